"""People a text names with a title who are not in participants.yml: proposed entries, printed by
`new --from-text` and `import`, appended by --add-vocabulary without touching a byte already there."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.cli.commands import main
from generator.cli.suggest import (Suggestion, append_text, extend_participants, find_suggestions, merge_suggestions,
                                   render_entries)
from generator.model import Participant, Vocabulary
from generator.sources.vocabulary import parse_participants

DAY = dt.date(2026, 3, 1)
VOCAB = Vocabulary(participants={"ana-ferreira": Participant("ana-ferreira", "Ana Ferreira", "PT",
                                                             aliases=("Prime Minister Ferreira",))})
TEXT = "date 2026-03-05 The German Chancellor Lena Hartmann spoke by phone with Prime Minister Ana Ferreira about tariffs.\n"


def found(text: str, side: str = "") -> list[tuple[str, str, str, str]]:
    return [(s.key, s.name, s.country, s.title) for s in find_suggestions(text, VOCAB, DAY, side, "t.txt")]


def test_the_issues_examples():
    text = "Prime Minister Kenji Mori met Foreign Minister Wang Yi and the German Chancellor Lena Hartmann."
    assert found(text) == [("kenji-mori", "Kenji Mori", "", "Prime Minister"),
                           ("wang-yi", "Wang Yi", "", "Foreign Minister"),
                           ("lena-hartmann", "Lena Hartmann", "DE", "Chancellor of Germany")]
    # in an account by Japan's foreign ministry, its own officials are named without their country
    assert found(text, side="JP")[:2] == [("kenji-mori", "Kenji Mori", "JP", "Prime Minister of Japan"),
                                          ("wang-yi", "Wang Yi", "JP", "Foreign Minister of Japan")]
    suggestion = find_suggestions(text, VOCAB, DAY, "", "t.txt")[2]
    assert (suggestion.words, suggestion.line, suggestion.why) == ("Chancellor Lena Hartmann", 1, "'German' before the title")


@pytest.mark.parametrize("text, expected", [
    ("Japan's Foreign Minister Ana Lopes arrived.", ("ana-lopes", "Ana Lopes", "JP", "Foreign Minister of Japan")),
    ("the President of the United States Mark Olsen said", ("mark-olsen", "Mark Olsen", "US", "President of the United States")),
    ("Minister of Foreign Affairs of Peru Rosa Quispe said", ("rosa-quispe", "Rosa Quispe", "PE", "Minister of Foreign Affairs of Peru")),
    ("the French president Émile Dubois said", ("emile-dubois", "Émile Dubois", "FR", "President of France")),
    ("U.S. Secretary of State John F. Kennedy's visit", ("john-f-kennedy", "John F. Kennedy", "US", "Secretary of State of the United States")),
    ("met Prime Minister Tomas Ruiz Monday.", ("tomas-ruiz", "Tomas Ruiz", "", "Prime Minister")),
    ("Prime Minister Kenji Mori of Japan spoke", ("kenji-mori", "Kenji Mori", "JP", "Prime Minister of Japan")),
    ("with Chancellor Lena Hartmann, of the United Kingdom,", ("lena-hartmann", "Lena Hartmann", "GB", "Chancellor of the United Kingdom")),
    ("President Mark Olsen of Ruritania said", ("mark-olsen", "Mark Olsen", "", "President")),
])
def test_titles_countries_and_names(text, expected):
    assert found(text) == [expected]


@pytest.mark.parametrize("text", [
    "Prime Minister Ana Ferreira said",  # a name in the vocabulary
    "Prime Minister Ferreira said",  # one word: no name to propose
    "The Minister said that President Xi agreed.",
    "the prime minister and the president spoke",
])
def test_known_or_incomplete_names_are_not_proposed(text):
    assert found(text) == []


def test_one_entry_a_person_with_the_earliest_date_and_a_country():
    early = Suggestion("wang-yi", "Wang Yi", "", "Foreign Minister", dt.date(2026, 1, 2), "a.txt", "w", 1, "not stated")
    late = Suggestion("wang-yi", "Wang Yi", "CN", "Foreign Minister of China", dt.date(2026, 5, 1), "b.txt", "w", 3, "'Chinese'")
    assert merge_suggestions([late, early]) == [early.__class__(**{**early.__dict__, "country": "CN",
                                                                   "title": "Foreign Minister of China", "why": "'Chinese'"})]


def test_entries_parse_as_participants_and_skip_those_without_a_country():
    suggestions = find_suggestions("Foreign Minister Wang Yi met the German Chancellor Lena Hartmann.", VOCAB, DAY)
    yaml = render_entries(suggestions, "import")
    assert "wang-yi" not in yaml
    people, issues = parse_participants("p.yml", yaml.encode())
    assert issues == []
    assert people["lena-hartmann"].country == "DE"
    assert people["lena-hartmann"].role_on(DAY).title == "Chancellor of Germany"


OLD_FILES = st.lists(st.sampled_from([
    "# The archive's participants.\n", "- key: ana-ferreira\n  name: Ana Ferreira\n  country: PT\n",
    "# a comment between entries\n", "\n", "- key: jonas-berg  # trailing comment\n  name: 'Jonas Berg'\n  country: \"NO\"\n",
]), min_size=1, max_size=5, unique=True).map("".join)


@settings(max_examples=60, deadline=None)
@given(old=OLD_FILES, newline=st.booleans())
def test_appending_keeps_every_byte_already_there(old, newline):
    data = (old if newline else old.rstrip("\n")).encode()
    yaml = render_entries(find_suggestions("the German Chancellor Lena Hartmann", Vocabulary(), DAY), "import")
    new, errors = extend_participants("p.yml", data, yaml)
    assert errors == []
    assert new.startswith(data) and new == append_text(data, yaml)
    assert "lena-hartmann" in parse_participants("p.yml", new)[0]


def test_an_addition_that_would_break_the_file_is_refused():
    new, errors = extend_participants("p.yml", b"[]\n", render_entries(
        find_suggestions("the German Chancellor Lena Hartmann", Vocabulary(), DAY), "import"))
    assert new is None and errors and errors[0].code == "yaml-syntax"


@pytest.fixture
def here(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    (basic.parent / "readout.txt").write_text(TEXT)
    return basic


def test_new_from_text_prints_the_entries(here, capsys):
    before = (here / "participants.yml").read_bytes()
    code = main(["new", "--from-text", "readout.txt"])
    err = capsys.readouterr().err
    assert code == 0
    assert ("Named with a title but not in content/participants.yml (proposed entries; --add-vocabulary appends them "
            "to content/participants.yml):\n  lena-hartmann: Lena Hartmann (DE, Chancellor of Germany, from "
            "2026-03-05): 'Chancellor Lena Hartmann' in readout.txt, line 1\n") in err
    assert "  - key: lena-hartmann\n" in err and "      - title: Chancellor of Germany\n" in err
    assert (here / "participants.yml").read_bytes() == before


def test_new_from_text_add_vocabulary_appends_and_uses_them(here, capsys):
    before = (here / "participants.yml").read_bytes()
    code = main(["new", "--from-text", "readout.txt", "--add-vocabulary"])
    out, err = capsys.readouterr()
    assert code == 0
    after = (here / "participants.yml").read_bytes()
    assert after.startswith(before) and len(after) > len(before)  # the old file, byte for byte, then the entry
    assert after[len(before):].decode() == (
        "# Suggested by 'new --from-text readout.txt': check each entry (name, country, title, date), then delete its "
        "'review' line.\n- key: lena-hartmann\n  # review: 'Chancellor Lena Hartmann' in readout.txt, line 1; country: "
        "'German' before the title\n  name: Lena Hartmann\n  country: DE\n  roles:\n    - title: Chancellor of Germany\n"
        "      from: 2026-03-05\n")
    assert "appended to content/participants.yml, each marked '# review'" in err
    assert out == "content/readouts/2026/2026-03-05-lena-hartmann-ana-ferreira-phone-call.md\n"
    assert "participants: [lena-hartmann, ana-ferreira]  # review" in (here.parent / out.strip()).read_text()


def test_import_add_vocabulary_places_texts_that_name_only_new_people(here, capsys):
    (here.parent / "texts").mkdir()
    (here.parent / "texts" / "a.txt").write_text("date 2026-03-06 The German Chancellor Lena Hartmann and the Danish "
                                                 "Prime Minister Mette Lund spoke by phone about tariffs.\n")
    before = (here / "participants.yml").read_bytes()
    code = main(["import", "texts"])
    assert code == 1 and "(it names Lena Hartmann, Mette Lund, not in it yet" in capsys.readouterr().err
    assert (here / "participants.yml").read_bytes() == before
    code = main(["import", "texts", "--add-vocabulary"])
    out, _ = capsys.readouterr()
    assert code == 0
    after = (here / "participants.yml").read_bytes()
    assert after.startswith(before)
    people = parse_participants("p.yml", after)[0]
    assert (people["mette-lund"].country, people["mette-lund"].roles[0].title) == ("DK", "Prime Minister of Denmark")
    assert out == "content/readouts/2026/2026-03-06-lena-hartmann-mette-lund-phone-call.md  <- texts/a.txt\n"
    main(["check"])
    assert [line for line in capsys.readouterr().out.splitlines() if not line.endswith("[review-mark]")] == []
