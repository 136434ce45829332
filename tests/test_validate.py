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


ACCOUNT = ("---\ntitle: {title}\ndate: {date}\nkind: call\nparticipants: [{people}]\n"
           "topics: [trade]\n{extra}---\n\nThe two leaders spoke by phone.\n")


def write_account(content, slug, issuer, event=None, date="2026-03-05", people="ana-ferreira, kenji-mori",
                  event_date=None):
    extra = "".join(f"{key}: {value}\n" for key, value in
                    (("issuer", issuer), ("event", event), ("event_date", event_date)) if value is not None)
    write_readout(content, f"readouts/{date[:4]}/{date}-{slug}.md",
                  ACCOUNT.format(title=slug, date=date, people=people, extra=extra))


A, B = "content/readouts/2026/2026-03-05-ferreira-mori-call.md", "content/readouts/2026/2026-03-05-mori-ferreira-call.md"


def test_accounts_of_one_call_by_different_issuers_are_no_duplicates_but_are_told_to_share_an_event(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_account(basic, "ferreira-mori-call", "pt-pmo")
    write_account(basic, "mori-ferreira-call", "jp-mofa")
    fix = "probably two accounts of one event; give both 'event: 2026-03-05-ana-ferreira-kenji-mori-call' [likely-same-event]"
    assert issues_of(basic) == [
        f"{A}:1: WARNING: this readout and {B} have the same participants, the same day, by different issuers: {fix}",
        f"{B}:1: WARNING: this readout and {A} have the same participants, the same day, by different issuers: {fix}"]


def test_two_accounts_of_one_event_are_silent(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_account(basic, "ferreira-mori-call", "pt-pmo", event="2026-03-05-ferreira-mori-call")
    write_account(basic, "mori-ferreira-call", "jp-mofa", event="2026-03-05-ferreira-mori-call",
                  date="2026-03-06", event_date="2026-03-05")
    assert issues_of(basic) == []


def test_accounts_a_day_apart_by_different_issuers_are_probably_one_event(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_account(basic, "ferreira-mori-call", "pt-pmo")
    write_account(basic, "mori-ferreira-call", "jp-mofa", date="2026-03-06")
    found = issues_of(basic)
    assert len(found) == 2 and all("1 day apart" in line and "[likely-same-event]" in line for line in found)


def test_accounts_of_one_call_by_the_same_issuer_are_likely_duplicates(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_account(basic, "ferreira-mori-call", "jp-mofa")
    write_account(basic, "mori-ferreira-call", "jp-mofa")
    assert issues_of(basic) == [
        f"{B}:1: WARNING: this readout has the same date, participants and issuer as {A}; if both are the same account, keep one [likely-duplicate]"]


def test_an_account_without_issuer_may_be_a_duplicate_of_any(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_account(basic, "a-japan", "jp-mofa", event="2026-03-05-call")
    write_account(basic, "b-portugal", "pt-pmo", event="2026-03-05-call")
    write_account(basic, "c-unknown", None)
    assert issues_of(basic) == [
        "content/readouts/2026/2026-03-05-c-unknown.md:1: WARNING: this readout has the same date and participants as content/readouts/2026/2026-03-05-a-japan.md; if both are accounts of one event, keep one, or, if they are accounts by different publishers, set 'issuer' in both [likely-duplicate]"]


def test_an_event_whose_accounts_disagree_names_the_file_to_fix(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_account(basic, "a", "jp-mofa", event="2026-03-05-call")
    write_account(basic, "b", "pt-pmo", event="2026-03-05-call")
    write_account(basic, "c", "no-mfa", event="2026-03-05-call", date="2026-03-20")
    write_account(basic, "d", "no-mfa", event="2026-03-05-call", people="jonas-berg")
    found = issues_of(basic)
    assert ("content/readouts/2026/2026-03-20-c.md:8: ERROR: the event '2026-03-05-call' took place on 2026-03-05 by "
            "content/readouts/2026/2026-03-05-a.md, but this readout dates it 2026-03-20; set 'event_date: 2026-03-05' "
            "here if it is an account of the same event, or give it another event key [event-date-mismatch]") in found
    assert ("content/readouts/2026/2026-03-05-d.md:8: ERROR: the event '2026-03-05-call' is between ana-ferreira, "
            "kenji-mori by content/readouts/2026/2026-03-05-a.md, but this readout's participants are jonas-berg; fix "
            "the participants, or give this readout another event key [event-participants-mismatch]") in found
    assert not [line for line in found if "2026-03-05-a.md" in line.split(":")[0] and "ERROR" in line]


def test_issuer_keys_and_event_keys_are_checked(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_account(basic, "a", "jp-mfa", event="2026-03-05 Call")
    write_account(basic, "b", "Ministry of Foreign Affairs of Norway")
    found = issues_of(basic)
    assert ("content/readouts/2026/2026-03-05-a.md:7: ERROR: unknown issuer 'jp-mfa' (did you mean 'jp-mofa'?); "
            "use a key from content/issuers.yml, or add it there [unknown-issuer]") in found
    assert ("content/readouts/2026/2026-03-05-a.md:8: ERROR: the event key '2026-03-05 Call' must be lower case "
            "letters, digits and single hyphens; write '2026-03-05-call' [bad-event-key]") in found
    assert ("content/readouts/2026/2026-03-05-b.md:7: WARNING: 'Ministry of Foreign Affairs of Norway' names the "
            "issuer 'no-mfa'; write 'no-mfa' [alias-used]") in found


LINKING = ("---\ntitle: A call that recalls others\ndate: 2026-03-06\nkind: call\nparticipants: [kenji-mori]\n"
           "topics: [trade]\nsource:\n  publisher: A ministry\n  url: https://example.org/x\n---\n\n"
           "Mori recalled [the Lisbon visit](../2025/2025-11-20-mori-visit-lisbon.md#talks).\n\n"
           "He also recalled [the call](2026-02-05-ferreira-mori-cal.md), [the other call]"
           "(../2025/2025-11-14-nope.md#part-2)\nand [a page](../../about.md).\n\n"
           "    [in code](../2025/2025-11-14-code.md)\n\n"
           "Not touched: [a copy](https://example.org/readout.md), [a file](../2025/notes.txt), [mail](mailto:a@b.md).\n")


def test_links_to_md_files_that_are_no_readout_are_dead_with_their_line(basic, monkeypatch):
    monkeypatch.chdir(basic.parent)
    write_readout(basic, "readouts/2026/2026-03-06-mori-recalls.md", LINKING)
    fix = "link to a readout's file under content/readouts/, relative to this file"
    assert issues_of(basic) == [
        f"content/readouts/2026/2026-03-06-mori-recalls.md:14: WARNING: the link '../2025/2025-11-14-nope.md#part-2' leads to no readout; {fix} [dead-link]",
        f"content/readouts/2026/2026-03-06-mori-recalls.md:14: WARNING: the link '2026-02-05-ferreira-mori-cal.md' leads to no readout; {fix} (did you mean '2026-02-05-ferreira-mori-call.md'?) [dead-link]",
        f"content/readouts/2026/2026-03-06-mori-recalls.md:15: WARNING: the link '../../about.md' leads to no readout; {fix} [dead-link]",
    ]


def test_only_texts_with_md_links_are_read_again(basic, monkeypatch):
    import generator.sources.validate as validate
    seen = []
    monkeypatch.setattr(validate, "md_links", lambda text: seen.append(text) or [])
    result = run_pipeline(basic)
    assert result.issues == [] and seen == []
    write_readout(basic, "readouts/2026/2026-03-06-mori-recalls.md", LINKING)
    run_pipeline(basic)
    assert len(seen) == 1 and "mori-visit-lisbon.md" in seen[0]


def test_an_issuers_country_is_a_known_country_even_if_no_readout_or_person_has_it(basic, monkeypatch):
    """A side is shown by its country's name: an issuer's country needs no participant from it."""
    monkeypatch.chdir(basic.parent)
    with (basic / "issuers.yml").open("a") as issuers:
        issuers.write("- key: fr-elysee\n  name: Élysée Palace\n  country: FR\n")
    write_account(basic, "french-account", "fr-elysee")
    result = run_pipeline(basic)
    assert result.ok and result.archive.countries["FR"].name == "France"
    page = result.pages["readouts/2026/2026-03-05-french-account.md"]
    assert "France" in page
