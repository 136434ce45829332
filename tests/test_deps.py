"""The dependency map and incremental rebuilds: an edit re-renders what it affects, and
the result is always exactly a full build's (never a stale link or title)."""

from __future__ import annotations

from conftest import run_pipeline, write_readout
from generator.serve.deps import EVERYTHING, SUMMARY_FIELDS, Shows, affected_pages, changed_readouts, page_dependencies
from generator.memo import Memo
from generator.serve.incremental import rebuild
from generator.archive.link import link_readouts
from generator.sources.loader import read_sources
from generator.pages.registry import Options, Site

CALL = "readouts/2025/2025-03-10-ferreira-berg-call.md"
VISIT = "readouts/2025/2025-11-20-mori-visit-lisbon.md"
MEETING = "readouts/2026/2026-01-16-berg-mori-meeting.md"
LATEST = "readouts/2026/2026-02-05-ferreira-mori-call.md"


def deps_of(content, **options):
    result = run_pipeline(content, **options)
    links = link_readouts(result.archive.readouts, result.indexes)
    return result, page_dependencies(Site(result.archive, result.indexes, Options(**options), links))


def test_a_readout_page_depends_on_itself_its_neighbours_and_related(basic):
    _, deps = deps_of(basic)
    assert deps[CALL] == Shows(rows={"2025-03-10-ferreira-berg-call", "2025-11-20-mori-visit-lisbon",
                                     "2026-01-16-berg-mori-meeting", "2026-02-05-ferreira-mori-call"})
    trade = {"2025-03-10-ferreira-berg-call", "2025-11-20-mori-visit-lisbon"}
    assert deps["topics/trade.md"] == Shows(rows=trade, summary=trade)
    assert deps["dates/2026.md"].summary == {"2026-01-16-berg-mori-meeting", "2026-02-05-ferreira-mori-call"}
    assert deps["topics/security.md"].rows == {"2026-01-16-berg-mori-meeting"}
    assert deps["topics/index.md"] == Shows(summary={EVERYTHING})
    assert deps["index.md"] == Shows(rows={EVERYTHING}, summary={EVERYTHING})


def test_each_page_of_a_paginated_listing_lists_its_own_and_summarises_the_whole_listing(basic):
    _, deps = deps_of(basic, page_size=1)
    pages = [deps["topics/climate.md"], deps["topics/climate/page-2.md"], deps["topics/climate/page-3.md"]]
    assert all(len(page.rows) == 1 for page in pages) and len(set().union(*(p.rows for p in pages))) == 3
    assert pages[0].summary == pages[1].summary == pages[2].summary == set().union(*(p.rows for p in pages))
    assert "topics/climate/page-4.md" not in deps


def test_a_new_title_re_renders_only_the_listing_page_that_lists_the_readout(basic):
    before, old = deps_of(basic, page_size=1)
    climate = [uri for uri in ("topics/climate.md", "topics/climate/page-2.md", "topics/climate/page-3.md")
               if "2026-02-05-ferreira-mori-call" in old[uri].rows]
    path = basic / LATEST
    path.write_text(path.read_text().replace("title: ", "title: Revised ", 1))
    after, new = deps_of(basic, page_size=1)
    content_changed = changed_readouts(before.archive.readouts, after.archive.readouts)
    assert content_changed == {"2026-02-05-ferreira-mori-call"}
    assert changed_readouts(before.archive.readouts, after.archive.readouts, SUMMARY_FIELDS) == set()
    affected = affected_pages(old, new, content_changed, frozenset())
    assert len(climate) == 1 and climate[0] in affected
    assert {"topics/climate.md", "topics/climate/page-2.md", "topics/climate/page-3.md"} & affected == set(climate)
    assert "index.md" in affected and "topics/index.md" not in affected
    moved = affected_pages(old, old, content_changed, content_changed)  # a new date: every page of it
    assert {"topics/climate.md", "topics/climate/page-2.md", "topics/climate/page-3.md", "topics/index.md"} <= moved


def test_a_body_edit_affects_the_pages_showing_the_readout_and_no_other(basic):
    before, old = deps_of(basic)
    path = basic / CALL
    path.write_text(path.read_text() + "\nOne more sentence.\n")
    after, new = deps_of(basic)
    changed = changed_readouts(before.archive.readouts, after.archive.readouts)
    assert changed == {"2025-03-10-ferreira-berg-call"}
    affected = affected_pages(old, new, changed)
    assert {CALL, VISIT, MEETING, LATEST, "topics/trade.md", "dates/2025.md", "people/jonas-berg.md",
            "countries/no.md", "index.md"} <= affected
    assert not {"dates/2026.md", "topics/climate.md", "topics/security.md", "people/kenji-mori.md",
                "countries/jp.md"} & affected


def test_nothing_changed_means_nothing_affected(basic):
    before, old = deps_of(basic)
    assert affected_pages(old, old, changed_readouts(before.archive.readouts, before.archive.readouts)) == set()


def incremental_then_full(content, edit, **options):
    """Build, edit, rebuild incrementally; return (incremental pages, modified, full pages)."""
    memo = Memo()
    first, _ = rebuild(read_sources(content), Options(**options), None, memo)
    edit(content)
    second, modified = rebuild(read_sources(content), Options(**options), first, memo)
    return second.result.pages, modified, run_pipeline(content, **options).pages


def retitle(content):
    path = content / "readouts/2025/2025-11-20-mori-visit-lisbon.md"
    path.write_text(path.read_text().replace("title: ", "title: Renamed ", 1))


def test_a_new_title_reaches_the_neighbours_and_the_term_pages(basic):
    pages, modified, full = incremental_then_full(basic, retitle)
    assert pages == full
    assert "Renamed" in pages[MEETING] and "Renamed" in pages[CALL]  # next and previous
    assert "Renamed" in pages["topics/trade.md"] and "Renamed" in pages["dates/2025.md"]
    assert {VISIT, MEETING, CALL, "topics/trade.md", "topics/climate.md", "dates/2025.md"} <= modified
    assert not {"dates/2026.md", "topics/security.md", "people/jonas-berg.md", "countries/no.md"} & modified


def redate(content):
    old = content / "readouts/2025/2025-11-20-mori-visit-lisbon.md"
    text = old.read_text().replace("date: 2025-11-20", "date: 2026-01-20")
    old.unlink()
    write_readout(content, "readouts/2026/2026-01-20-mori-visit-lisbon.md", text)


def test_a_new_date_moves_the_page_and_every_link_to_it(basic):
    pages, modified, full = incremental_then_full(basic, redate)
    assert pages == full
    assert VISIT not in pages and "readouts/2026/2026-01-20-mori-visit-lisbon.md" in pages
    assert "2026-01-20-mori-visit-lisbon.md" in pages[MEETING]
    assert "mori-visit-lisbon" not in pages["dates/2025.md"]
    assert "2026-01-20" in pages["topics/trade.md"]


def test_added_and_deleted_readouts_and_paginated_listings_match_a_full_build(basic):
    def edit(content):
        (content / CALL).unlink()
        write_readout(content, "readouts/2026/2026-03-01-berg-mori-call.md",
                      "---\ntitle: Berg and Mori call\ndate: 2026-03-01\nkind: call\n"
                      "participants: [jonas-berg, kenji-mori]\ntopics: [climate]\n---\n\nText.\n")
    pages, modified, full = incremental_then_full(basic, edit, page_size=1)
    assert pages == full
    assert CALL not in pages and "topics/climate/page-4.md" in modified


def test_a_vocabulary_edit_rebuilds_everything(basic):
    def edit(content):
        path = content / "topics.yml"
        path.write_text(path.read_text().replace("label: Trade", "label: Commerce"))
    pages, modified, full = incremental_then_full(basic, edit)
    assert pages == full and modified is None
