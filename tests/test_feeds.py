"""Atom feeds: valid, complete, escaped, deterministic, and linked from their pages."""

from __future__ import annotations

import feedparser

from conftest import HOSTILE_TITLE, run_pipeline, write_hostile
from generator.outputs.feeds import render_feeds
from generator.outputs.files import build_outputs
from generator.pages.registry import Site


def feeds_of(content, site_url=""):
    result = run_pipeline(content)
    assert result.ok, result.issues
    return render_feeds(result.archive, result.indexes, "Readout Archive", site_url)


def test_one_feed_for_the_archive_and_each_topic_person_and_country(basic):
    assert sorted(feeds_of(basic)) == [
        "countries/jp/feed.xml", "countries/no/feed.xml", "countries/pt/feed.xml", "feed.xml",
        "people/ana-ferreira/feed.xml", "people/jonas-berg/feed.xml", "people/kenji-mori/feed.xml",
        "topics/climate/feed.xml", "topics/security/feed.xml", "topics/trade/feed.xml",
    ]


def test_feeds_are_valid_atom_newest_first(basic):
    feeds = {uri: feedparser.parse(data) for uri, data in feeds_of(basic).items()}
    for uri, parsed in feeds.items():
        assert not parsed.bozo, (uri, parsed.get("bozo_exception"))
        assert parsed.version == "atom10"
    home = feeds["feed.xml"]
    assert [e.title for e in home.entries] == [
        "Ferreira and Mori speak about the climate summit", "Berg and Mori meet on Arctic security",
        "Mori visits Lisbon", "Ferreira and Berg discuss fisheries trade"]
    assert home.feed.updated == "2026-02-05T00:00:00+00:00"
    climate = feeds["topics/climate/feed.xml"]
    assert climate.feed.title == "Readout Archive: Climate"
    assert [e.published[:10] for e in climate.entries] == ["2026-02-05", "2026-01-16", "2025-11-20"]
    assert [t.term for t in climate.entries[1].tags] == ["security", "climate"]


def test_the_archives_feed_carries_the_texts_and_a_topics_feed_summaries(basic, monkeypatch):
    feeds = {uri: feedparser.parse(data) for uri, data in feeds_of(basic).items()}
    result = run_pipeline(basic)
    bodies = {r.title: " ".join(r.body.split()) for r in result.archive.readouts}
    for entry in feeds["feed.xml"].entries:
        assert " ".join(entry.content[0].value.split()) == bodies[entry.title]
    for entry in feeds["topics/climate/feed.xml"].entries:
        assert "content" not in entry and entry.summary.startswith(("Phone call, ", "Meeting, ", "Visit, "))
    monkeypatch.setattr("generator.outputs.feeds.TERM_FEED_SIZE", 2)  # a term feed is bounded; the archive's is not
    feeds = {uri: feedparser.parse(data) for uri, data in feeds_of(basic).items()}
    assert len(feeds["topics/climate/feed.xml"].entries) == 2 and len(feeds["feed.xml"].entries) == 4


def test_feed_links_are_relative_without_a_site_address_and_absolute_with_one(basic):
    entry = feedparser.parse(feeds_of(basic)["topics/climate/feed.xml"]).entries[0]
    assert entry.link.endswith("../../readouts/2026/2026-02-05-ferreira-mori-call/")
    data = feeds_of(basic, "https://example.org/archive/")["topics/climate/feed.xml"]
    entry = feedparser.parse(data).entries[0]
    assert entry.link == "https://example.org/archive/readouts/2026/2026-02-05-ferreira-mori-call/"
    assert b'href="https://example.org/archive/topics/climate/feed.xml" rel="self"' in data


def test_hostile_title_is_escaped_and_reads_back_as_written(basic):
    write_hostile(basic)
    data = feeds_of(basic)["topics/trade/feed.xml"]
    assert b"<script>" not in data and b"<b>" not in data
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    assert parsed.entries[0].title == HOSTILE_TITLE
    assert parsed.entries[0].author == 'Ministry of <i>Tests</i> & "Quotes"'


def test_feeds_do_not_change_between_builds(basic):
    first, second = run_pipeline(basic), run_pipeline(basic)
    a = build_outputs(Site(first.archive, first.indexes))
    b = build_outputs(Site(second.archive, second.indexes))
    assert a.files == b.files


def test_pages_link_their_feed(hostile_site):
    home = (hostile_site / "index.html").read_text()
    assert '<link rel="alternate feed" type="application/atom+xml" title="Readout Archive: latest readouts" href="feed.xml">' in home
    assert '<a href="feed.xml" type="application/atom+xml">Atom feed</a>' in home
    for page in ("topics/climate", "people/kenji-mori", "countries/jp"):
        html = (hostile_site / page / "index.html").read_text()
        assert 'rel="alternate feed" type="application/atom+xml"' in html and 'href="feed.xml">' in html, page
        assert '<a href="feed.xml" type="application/atom+xml">Atom feed</a>' in html, page
        assert (hostile_site / page / "feed.xml").is_file()
