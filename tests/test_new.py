"""`python -m generator new`: a skeleton that passes check and builds, never an overwrite."""

from __future__ import annotations

import io
import shutil

import pytest

from conftest import CONTENT, FIXTURES, SEED_SLUG, mkdocs_build, run_pipeline
from generator.cli.commands import main
from generator.sources.drafts import PLACEHOLDER_BODY

SEED = FIXTURES / "texts" / "seed-xi-trump-call.txt"  # a copy of ../shared/seed/000_c25b8d91ce99d5cb.txt
ZH_TEXT = FIXTURES / "texts" / "zh-synthetic-call.txt"  # synthetic Chinese sentences written for the tests
OPTIONS = ["--date", "2026-03-01", "--kind", "call", "--participants", "ana-ferreira,jonas-berg", "--topics", "trade,climate"]
NEW_REL = "readouts/2026/2026-03-01-ana-ferreira-jonas-berg-phone-call.md"
EVENT = "2026-03-01-ana-ferreira-jonas-berg-call"


@pytest.fixture
def here(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nothing is asked
    return basic


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def only_draft_marks(checked) -> bool:
    """`check` found nothing but what `new` leaves for a person to do (each one fails it until done)."""
    code, out, _ = checked
    return code == 1 and out != "" and all(line.endswith(("[review-mark]", "[placeholder-text]")) for line in out.splitlines())


def test_new_writes_a_skeleton_that_passes_check(here, capsys):
    code, out, err = run(capsys, "new", *OPTIONS)
    assert (code, out, err) == (0, f"content/{NEW_REL}\n", f"event: {EVENT}: a new key for this phone call\n")
    text = (here / NEW_REL).read_text()
    assert text.startswith("---\n# yaml-language-server: $schema=../../../../../")  # tmp content: path up to the repo
    assert 'title: "Phone call between Ana Ferreira and Jonas Berg"\n' in text
    assert "participants: [ana-ferreira, jonas-berg]\ntopics: [trade, climate]\n" in text
    assert f"\nevent: {EVENT}  # review: suggested from the text\n" in text  # the only suggestion
    assert text.count("review") == 2  # that line and the header asking to check it
    code, out, err = run(capsys, "check")  # what is left to do is listed, line by line
    assert [line.rsplit(" [", 1)[1] for line in out.splitlines()] == ["review-mark]", "review-mark]", "placeholder-text]"]
    assert [int(line.split(":")[1]) for line in out.splitlines()] == [3, 10, 14]
    assert code == 1 and err.endswith("0 error(s), 3 warning(s); the warnings will stop the published build "
                                      "(make site, mkdocs build --strict): placeholder-text (1), review-mark (2).\n")
    finished = "\n".join(line for line in text.replace("  # review: suggested from the text", "").splitlines()
                         if not line.startswith("# Suggested by"))
    (here / NEW_REL).write_text(finished.replace(PLACEHOLDER_BODY.strip(), "The ministers spoke by phone.") + "\n")
    assert run(capsys, "check") == (0, "", "Checked all readouts and the vocabularies: 0 error(s), 0 warning(s).\n")


def test_the_schema_reference_is_right_in_the_real_layout(tmp_path, monkeypatch, capsys):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    (tmp_path / "generator" / "schema").mkdir(parents=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    monkeypatch.setattr("generator.cli.commands.SCHEMA", tmp_path / "generator" / "schema" / "readout.schema.json")
    code, out, _ = run(capsys, "new", "--date", "2026-03-01", "--kind", "call", "--participants", "xi-jinping", "--topics", "taiwan")
    assert code == 0
    assert (tmp_path / out.strip()).read_text().splitlines()[1] == "# yaml-language-server: $schema=../../../generator/schema/readout.schema.json"


def test_new_then_build_includes_the_page(here, capsys, tmp_path, monkeypatch):
    assert run(capsys, "new", *OPTIONS, "--title", "Ferreira and Berg talk <b>climate</b>")[0] == 0
    result = run_pipeline(here)
    assert result.ok
    assert NEW_REL in result.pages
    assert "Ferreira and Berg talk &#60;b&#62;climate&#60;/b&#62;" in result.pages[NEW_REL]
    monkeypatch.undo()  # MkDocs reads the real stdin's attributes
    records = mkdocs_build(here, tmp_path / "site")  # a preview: the marks left to do are warnings
    assert sum("[review-mark]" in r.getMessage() for r in records) == 2
    html = (tmp_path / "site" / NEW_REL[:-3] / "index.html").read_text()
    assert "Ferreira and Berg talk &#60;b&#62;climate&#60;/b&#62;" in html
    assert "<b>climate" not in html


def test_new_twice_refuses_and_leaves_the_file(here, capsys):
    assert run(capsys, "new", *OPTIONS)[0] == 0
    path = here / NEW_REL
    path.write_text(path.read_text().replace("Paste the text", "Edited: paste the text"))
    before = path.read_bytes()
    code, out, err = run(capsys, "new", *OPTIONS, "--title", "Another title")
    assert (code, out) == (1, "")
    assert err == f"error: content/{NEW_REL} already exists and was left as it is; edit it, or pick another name with --slug\n"
    assert path.read_bytes() == before


def test_slug_gives_another_name(here, capsys):
    assert run(capsys, "new", *OPTIONS)[0] == 0
    code, out, _ = run(capsys, "new", *OPTIONS, "--slug", "Second Call")
    assert (code, out) == (0, "content/readouts/2026/2026-03-01-second-call.md\n")


def test_bad_options_are_explained_and_nothing_is_written(here, capsys):
    before = sorted(here.rglob("*"))
    code, out, err = run(capsys, "new", "--date", "2026-02-30", "--kind", "cal", "--participants", "berg,kenji-mori", "--topics", "trade")
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "error: --date '2026-02-30' is not a date; write it as YYYY-MM-DD, e.g. --date 2026-02-05",
        "error: --kind 'cal' is not a kind (did you mean 'call'?); use one of: call, video-call, meeting, talks, "
        "visit, summit, conference, statement, joint-statement, letter, message",
        "error: --participants: unknown participant 'berg' (did you mean 'jonas-berg'?); use a key from "
        "content/participants.yml, or add it there first",
    ]
    assert sorted(here.rglob("*")) == before


def test_missing_options_without_a_terminal(here, capsys):
    code, out, err = run(capsys, "new", "--date", "2026-03-01", "--kind", "call")
    assert (code, out) == (2, "")
    assert err.startswith("error: missing --participants, --topics; e.g. --date 2026-02-05")


def test_missing_options_are_asked_in_a_terminal(here, capsys, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Terminal())
    answers = iter(["berg", "jonas-berg, kenji-mori", "security", ""])
    prompts = []
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt.split(" (")[0]) or next(answers))
    code, out, err = run(capsys, "new", "--date", "2026-03-01", "--kind", "meeting")
    assert (code, out) == (0, "content/readouts/2026/2026-03-01-jonas-berg-kenji-mori-meeting.md\n")
    assert prompts == ["participants", "participants", "topics", "title"]  # a wrong answer is asked again
    assert err == ("  --participants: unknown participant 'berg' (did you mean 'jonas-berg'?); "
                   "use a key from content/participants.yml, or add it there first\n"
                   "event: 2026-03-01-jonas-berg-kenji-mori-meeting: a new key for this meeting\n")
    text = (here.parent / out.strip()).read_text()
    assert 'title: "Meeting between Jonas Berg and Kenji Mori"\n' in text


def test_an_alias_becomes_its_key_and_a_role_gap_warns(here, capsys):
    code, out, err = run(capsys, "new", "--date", "2020-01-01", "--kind", "call", "--participants", "Prime Minister Ferreira", "--topics", "tariffs")
    assert code == 0
    text = (here.parent / out.strip()).read_text()
    assert "participants: [ana-ferreira]\ntopics: [trade]\n" in text
    assert "[no-role-on-date]" in err


def test_from_text_on_the_seed(tmp_path, monkeypatch, capsys):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "new", "--from-text", str(SEED))
    assert (code, out) == (1, "")  # the seed is already in the archive, under the same name
    assert err.endswith(f"error: content/readouts/2026/{SEED_SLUG}.md already exists and was left as it is; "
                        "edit it, or pick another name with --slug\n")
    code, out, err = run(capsys, "new", "--from-text", str(SEED), "--slug", "from-seed")
    assert (code, out) == (0, "content/readouts/2026/2026-02-05-from-seed.md\n")
    lines = err.splitlines()
    assert lines[0] == f"Detected in {SEED} (check each one; the file marks them 'review'):"
    assert lines[1].split() == ["date", "2026-02-05", "the", "first", "line", "states", "'date", "2026-02-05'"]
    assert any(line.split()[:2] == ["participant", "xi-jinping"] for line in lines)
    text = (tmp_path / out.strip()).read_text()
    front, body = text.split("\n---\n\n", 1)
    assert "date: 2026-02-05  # review: suggested from the text" in front
    assert "kind: call  # review" in front
    assert "participants: [xi-jinping, donald-trump]  # review" in front
    assert "countries: [CN, US]  # review" in front
    topics = front.split("topics: [", 1)[1].split("]", 1)[0].split(", ")
    assert "taiwan" in topics and "china-us-relations" in topics
    real = (CONTENT / f"readouts/2026/{SEED_SLUG}.md").read_text().split("\n---\n", 1)[1]
    assert body == real.lstrip("\n")  # the body is the seed's text, word for word
    assert only_draft_marks(run(capsys, "check"))


def test_from_text_on_a_chinese_text(tmp_path, monkeypatch, capsys):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code, out, err = run(capsys, "new", "--from-text", str(ZH_TEXT))
    assert (code, out) == (0, "content/readouts/2025/2025-11-10-xi-jinping-donald-trump-phone-call.md\n")
    assert any(line.split()[:3] == ["participant", "xi-jinping", "'国家主席习近平'"] for line in err.splitlines())
    text = (tmp_path / out.strip()).read_text()
    front, body = text.split("\n---\n\n", 1)
    assert "date: 2025-11-10  # review: suggested from the text" in front
    assert "kind: call  # review" in front
    assert "participants: [xi-jinping, donald-trump]  # review" in front
    assert "topics: [china-us-relations, trade, taiwan, g20]  # review" in front
    assert "language: zh  # review" in front
    assert body == ZH_TEXT.read_text()  # word for word
    assert only_draft_marks(run(capsys, "check"))


def test_a_second_account_of_the_same_call_is_offered_the_first_ones_event(here, capsys):
    """Japan's account of a call Portugal's account already holds: same participants, a day later."""
    assert run(capsys, "new", *OPTIONS, "--issuer", "pt-pmo")[0] == 0
    code, out, err = run(capsys, "new", "--date", "2026-03-02", "--kind", "call", "--participants",
                         "jonas-berg,ana-ferreira", "--topics", "trade", "--issuer", "Ministry of Foreign Affairs of Norway")
    second = "readouts/2026/2026-03-02-jonas-berg-ana-ferreira-phone-call.md"
    assert (code, out) == (0, f"content/{second}\n")
    assert err == (f"event: {EVENT}: the key of content/{NEW_REL}, probably another account of the same phone call; "
                   "keep it if it is, or delete the line\n")
    text = (here / second).read_text()
    assert "\nissuer: no-mfa\n" in text and f"\nevent: {EVENT}  # review" in text
    assert only_draft_marks(run(capsys, "check"))


def test_an_earlier_account_without_an_event_is_named(here, capsys):
    write = here / "readouts/2026/2026-03-01-portugal-account.md"
    write.write_text("---\ntitle: A call\ndate: 2026-03-01\nkind: call\nparticipants: [ana-ferreira, jonas-berg]\n"
                     "topics: [trade]\nissuer: pt-pmo\n---\n\nThey spoke.\n")
    code, _, err = run(capsys, "new", "--date", "2026-03-02", "--kind", "call", "--participants",
                       "jonas-berg,ana-ferreira", "--topics", "trade", "--issuer", "no-mfa")
    assert code == 0
    assert err.endswith(f"event: {EVENT}: a new key for this phone call; content/readouts/2026/2026-03-01-portugal-account.md "
                        f"looks like another account of it: add 'event: {EVENT}' there too\n")
    assert "event:" not in write.read_text()  # another contributor's file is never touched


def test_an_unknown_issuer_is_explained(here, capsys):
    code, out, err = run(capsys, "new", *OPTIONS, "--issuer", "pt-pmx")
    assert (code, out) == (2, "")
    assert err == ("error: --issuer 'pt-pmx' is not in content/issuers.yml (did you mean 'pt-pmo'?); "
                   "use one of its keys, or add the issuer there\n")
