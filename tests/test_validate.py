"""validate: names, dates, terms and collisions; the cases a committed file cannot hold.

Most rules are in the bad-file corpus (tests/bad, test_bad_corpus.py); these need
names that not every file system keeps (case alone, non-ASCII) or generated data.
"""

from __future__ import annotations

from generator.sources.validate import check_location, suggest_file_name
from tests.conftest import run_pipeline, write_readout

VALID = "---\ntitle: A call\ndate: {date}\nkind: call\nparticipants: [{people}]\ntopics: [trade]\n---\n\nThe text.\n"


def issues_of(content):
    return [issue.format().replace(str(content), "content") for issue in run_pipeline(content).issues]


def test_slugs_that_differ_by_case_alone_collide(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_readout(basic, "readouts/2026/2026-03-01-same.md", VALID.format(date="2026-03-01", people="kenji-mori"))
    write_readout(basic, "readouts/2026/2026-03-01-SAME.md", VALID.format(date="2026-03-01", people="jonas-berg"))
    assert issues_of(basic) == [
        "content/readouts/2026/2026-03-01-SAME.md:1: ERROR: the file name '2026-03-01-SAME.md' must be YYYY-MM-DD-short-slug.md in lower case ASCII letters, digits and hyphens; rename it to '2026-03-01-same.md' [bad-file-name]",
        "content/readouts/2026/2026-03-01-same.md:1: ERROR: this file and content/readouts/2026/2026-03-01-SAME.md would have the same URL; rename one of them [duplicate-slug]",
    ]


def test_a_non_ascii_file_name_gets_a_transliterated_suggestion(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_readout(basic, "readouts/2026/2026-03-02-习近平-ferreira.md", VALID.format(date="2026-03-02", people="ana-ferreira"))
    assert issues_of(basic) == [
        "content/readouts/2026/2026-03-02-习近平-ferreira.md:1: ERROR: the file name '2026-03-02-习近平-ferreira.md' must be YYYY-MM-DD-short-slug.md in lower case ASCII letters, digits and hyphens; rename it to '2026-03-02-xi-jin-ping-ferreira.md' [bad-file-name]"]


def test_suggested_names_for_common_mistakes():
    assert suggest_file_name("2026-02-05 Xi Trump Call.md") == "2026-02-05-xi-trump-call.md"
    assert suggest_file_name("2026-02-05_Путин.markdown") == "2026-02-05-putin.md"
    assert suggest_file_name("2026-02-05-..-..-etc.md") == "2026-02-05-etc.md"
    assert suggest_file_name("call.md") == "YYYY-MM-DD-call.md"


def test_locations():
    assert check_location("p", "readouts/2026/2026-02-05-a-b.md") == ("2026-02-05-a-b", [])
    for rel in ("readouts/a.md", "readouts/2026/x/2026-02-05-a.md", "readouts/twenty/2026-02-05-a.md"):
        slug, issues = check_location("p", rel)
        assert slug is None and [i.code for i in issues] == ["not-in-year-folder"]


def test_an_alias_listed_with_its_key_keeps_the_readout_whole(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_readout(basic, "readouts/2026/2026-03-03-ferreira-call.md",
                  VALID.format(date="2026-03-03", people="ana-ferreira, Prime Minister Ferreira, kenji-mori"))
    result = run_pipeline(basic)
    assert [i.format() for i in result.issues] == [
        "content/readouts/2026/2026-03-03-ferreira-call.md:5: WARNING: 'Prime Minister Ferreira' is an alias of the participant 'ana-ferreira'; write 'ana-ferreira' [alias-used]",
        "content/readouts/2026/2026-03-03-ferreira-call.md:5: WARNING: the participant 'ana-ferreira' is listed twice; remove one [repeated-participant]",
    ]
    readout = next(r for r in result.archive.readouts if r.slug == "2026-03-03-ferreira-call")
    assert readout.participants == ("ana-ferreira", "kenji-mori")


def test_bom_crlf_and_trailing_spaces_build_a_clean_readout(basic):
    text = VALID.format(date="2026-03-04", people="kenji-mori").replace("\n", "  \r\n")
    write_readout(basic, "readouts/2026/2026-03-04-mori-call.md", b"\xef\xbb\xbf" + text.encode())
    result = run_pipeline(basic)
    assert result.issues == [] and "readouts/2026/2026-03-04-mori-call.md" in result.pages
