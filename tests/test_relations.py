"""Relations between two countries (generator/archive/relations.py, pages/heat.py, the relation
kinds and outputs/relations.py), on tests/fixtures/relations: Japan–Portugal over fifteen
years (2012 to 2026, fourteen topics, accounts from one side, both, or none recorded), a
Norway–Portugal call, and a meeting of the three with each government's account."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re

import jsonschema
import pytest

from conftest import ROOT, copy_corpus, run_pipeline
from generator.archive.events import Event
from generator.archive.link import link_readouts
from generator.archive.relations import by_size, pair_key, pairs_of, side_people, topics_by_year
from generator.model import Readout
from generator.outputs.files import output_files, output_uris
from generator.pages.heat import LEVELS, build_heat, year_columns
from generator.pages.registry import Options, Site
from generator.serve.deps import page_dependencies
from test_preview import Preview, assert_serves_the_same, config_file, edit, reference

PAIR = "relations/jp-pt.md"
MEETING = "2026-04-02-jonas-berg-kenji-mori-meeting"  # the three countries' meeting: an account from each


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    return run_pipeline(copy_corpus("relations", tmp_path_factory.mktemp("relations") / "content"))


def readout(slug: str, countries: tuple[str, ...], event: str = "", day: str = "2026-01-01") -> Readout:
    return Readout(path=f"{slug}.md", slug=slug, title=slug, date=dt.date.fromisoformat(day), kind="call",
                   participants=("a",), topics=("trade",), countries=countries, body="", event=event)


# Grouping and counting

def test_a_pair_is_two_codes_in_alphabetical_order_and_a_readout_is_in_each_of_its_pairs():
    assert pairs_of(("US", "CN")) == [("CN", "US")]
    assert pairs_of(("PT", "JP", "NO")) == [("JP", "NO"), ("JP", "PT"), ("NO", "PT")]
    assert pairs_of(("JP", "JP")) == [] and pairs_of(("JP",)) == []
    assert pair_key("US", "CN") == pair_key("CN", "US") == "cn-us"


def test_every_pair_that_appears_together_has_a_relation_with_its_readouts_and_events(result):
    relations = result.indexes.relations
    assert list(relations) == ["jp-no", "jp-pt", "no-pt"]
    pair = relations["jp-pt"]
    assert pair.countries == ("JP", "PT") and pair.key == "jp-pt"
    assert len(pair.readouts) == 25 and len(pair.events) == 16
    assert [r.date for r in pair.readouts] == sorted((r.date for r in pair.readouts), reverse=True)
    assert [e.day for e in pair.events] == sorted((e.day for e in pair.events), reverse=True)
    # the three countries' meeting is one event of each of its three pairs, with all three accounts
    for key in ("jp-no", "jp-pt", "no-pt"):
        assert relations[key].events[0].key == MEETING and len(relations[key].events[0].accounts) == 3
    # a readout without an event key is an event of its own, with no key
    alone = [e for e in pair.events if not e.key]
    assert len(alone) == 8 and all(len(e.accounts) == 1 for e in alone)
    assert [r.key for r in by_size(relations)] == ["jp-pt", "no-pt", "jp-no"]


def test_accounts_sharing_an_event_key_count_once_and_a_key_shared_with_a_solo_slug_does_not_merge():
    from generator.archive.relations import build_relations
    one, two = readout("a-1", ("CN", "US"), "k"), readout("a-2", ("US", "CN"), "k")
    solo = readout("k", ("CN", "US"))  # a slug equal to the other event's key
    event = Event("k", one.date, (one, two), ("a",))
    relation = build_relations({("CN", "US"): (two, one, solo)}, {"k": event})["cn-us"]
    assert len(relation.events) == 2 and relation.events[0].key == "k"


def test_topics_by_year_most_frequent_first_and_people_by_side_in_order_of_first_appearance(result):
    pair = result.indexes.relations["jp-pt"]
    topics = topics_by_year(pair.readouts)
    assert [key for key, _, _ in topics][:3] == ["trade", "climate", "fisheries"]
    assert topics[0] == ("trade", {2012: 1, 2013: 2, 2014: 1, 2015: 2, 2017: 2, 2020: 2, 2024: 2, 2025: 2, 2026: 1}, 15)
    assert len(topics) == 14
    people = result.archive.vocabulary.participants
    japan = side_people(pair.readouts, "JP", people)
    assert [(t.key, t.first.year, t.last.year, t.count) for t in japan] == [
        ("haruki-endo", 2012, 2023, 17), ("yui-tanaka", 2019, 2022, 3), ("kenji-mori", 2024, 2026, 8)]
    assert [t.key for t in side_people(pair.readouts, "PT", people)] == ["tomas-varela", "ana-ferreira"]


# The heat table stays small

def test_years_fold_into_one_column_past_ten():
    assert [c.label for c in year_columns(2020, 2026)] == [str(y) for y in range(2020, 2027)]
    assert len(year_columns(2017, 2026)) == 10 and year_columns(2017, 2026)[0].years == (2017,)
    columns = year_columns(1997, 2026)
    assert len(columns) == 10
    assert (columns[0].label, columns[0].name, columns[0].years) == ("1997–17", "1997 to 2017", tuple(range(1997, 2018)))
    assert [c.label for c in columns[1:]] == [str(y) for y in range(2018, 2027)]


def test_thirty_years_and_a_hundred_topics_give_ten_columns_and_ten_rows_shown():
    rows = [(f"topic-{n:03}", {year: (n + year) % 5 + 1 for year in range(1997, 2027)}, 0) for n in range(100)]
    heat = build_heat(rows)
    assert len(heat.columns) == 10 and len(heat.shown) == 10 and len(heat.folded) == 90
    assert all(len(row.cells) == 10 for row in (*heat.shown, *heat.folded))
    levels = {cell.level for row in (*heat.shown, *heat.folded) for cell in row.cells}
    assert levels <= set(range(1, LEVELS + 1)) and LEVELS in levels
    # the folded column (21 years) is shaded by its yearly average, not its sum
    assert heat.shown[0].cells[0].count > 60 and heat.shown[0].cells[0].level < LEVELS


def test_an_empty_cell_has_no_shade_and_the_busiest_year_the_darkest():
    heat = build_heat([("trade", {2020: 4, 2022: 1}, 5)])
    assert [(c.count, c.level) for c in heat.shown[0].cells] == [(4, 4), (0, 0), (1, 1)]
    assert build_heat([]).columns == ()


# The pages

def test_the_pair_page_counts_charts_lists_people_topics_and_each_sides_account(result):
    page = result.pages[PAIR]
    assert "# Japan–Portugal" in page
    assert "25 readouts of 16 calls and meetings, 28 December 2012 to 4 April 2026" in page
    assert 'aria-label="Events per year, 2012 to 2026"' in page and '<a href="#2026" aria-label="2026: 2 events">' in page
    assert "<summary>Events per year as a table</summary>" in page
    assert page.index("Haruki Endo") < page.index("Yui Tanaka") < page.index("Kenji Mori")
    assert "2012–2023 · 17 readouts" in page
    shown, folded = page.split('<details class="ra-heat-more">')
    assert '<th scope="col" class="ra-heat-folded" aria-label="2012 to 2017">2012–17</th>' in shown
    assert shown.count('<tr><th scope="row">') == 10 and folded.count('<tr><th scope="row">') == 4
    assert "<summary>4 more topics</summary>" in folded
    # an event with one side's account says so; one with both links each; the meeting its page
    call = page[page.index("2026-03-10"):page.index("### 2025")]
    assert "Japan’s account" in call and "Portugal’s account</span><span class=\"ra-none\">None in the archive" in call
    meeting = page[page.index("2026-04-02"):page.index("2026-03-10")]
    assert 'href="../../events/2026-04-02-jonas-berg-kenji-mori-meeting/"' in meeting and "3 accounts side by side" in meeting
    assert "Norway’s account" in meeting
    unrecorded = page[page.index("2016-11-02"):page.index("### 2015")]
    assert "Account, issuer not recorded" in unrecorded and "None in the archive" not in unrecorded
    assert [int(y) for y in re.findall(r"^### (\d{4})$", page, re.M)] == list(range(2026, 2011, -1))


def test_the_index_lists_pairs_by_readouts_and_pages_link_to_them(result):
    index = result.pages["relations/index.md"]
    rows = re.findall(r'<tr><td><a href="([^"]+)">.*?</a></td><td>(\d+)</td><td>(\d+)</td><td class="ra-nowrap">([\d-]+)</td>', index)
    assert rows == [("jp-pt/", "25", "16", "2012-12-28"), ("no-pt/", "4", "2", "2025-09-18"), ("jp-no/", "3", "1", "2026-04-02")]
    country = result.pages["countries/pt.md"]
    assert "Relations with\n:   [Japan](../relations/jp-pt.md) (25) · [Norway](../relations/no-pt.md) (4)" in country
    meeting = result.pages["readouts/2026/2026-04-02-berg-mori-meeting.md"]
    assert ("Relations\n:   [Japan–Norway](../../relations/jp-no.md) · [Japan–Portugal](../../relations/jp-pt.md)"
            " · [Norway–Portugal](../../relations/no-pt.md)") in meeting


def test_topic_person_and_country_pages_chart_readouts_per_year_with_a_table(result):
    for uri, first in (("topics/trade.md", "2012"), ("people/ana-ferreira.md", "2024"), ("countries/jp.md", "2012")):
        page = result.pages[uri]
        assert f'aria-label="Readouts per year, {first} to 2026"' in page, uri
        assert "<summary>Readouts per year as a table</summary>" in page, uri
    assert '<a href="#2013" aria-label="2013: 2 readouts">' in result.pages["topics/trade.md"]
    assert "Readouts per year" not in result.pages["topics/space.md"]  # one year: no chart


def test_long_lists_paginate_and_the_chart_links_each_year_where_it_begins(tmp_path):
    pages = run_pipeline(copy_corpus("relations", tmp_path / "content"), page_size=5).pages
    assert [uri for uri in sorted(pages) if uri.startswith("relations/jp-pt")] == [
        "relations/jp-pt.md", "relations/jp-pt/page-2.md", "relations/jp-pt/page-3.md", "relations/jp-pt/page-4.md"]
    first, second = pages["relations/jp-pt.md"], pages["relations/jp-pt/page-2.md"]
    assert "Page 1 of 4" in first and "Topics by year" in first
    assert "Page 2 of 4" in second and "Topics by year" not in second and "Who took part" not in second
    assert '<a href="page-2/#2021" aria-label="2021: 1 event">' in first
    assert '<a href="../#2026" aria-label="2026: 2 events">' in second and '<a href="#2021"' in second


def test_every_page_of_a_pair_shows_every_account_of_its_events(result):
    site = Site(result.archive, result.indexes, Options(), links=link_readouts(result.archive.readouts, result.indexes))
    shows = page_dependencies(site)
    pair = result.indexes.relations["jp-pt"]
    assert shows[PAIR].rows == {r.slug for e in pair.events for r in e.accounts}
    assert len(shows[PAIR].rows) == 25 and "2026-04-02-berg-mori-meeting" in shows[PAIR].rows  # Norway's account too


# The data

def test_each_pair_has_its_data_file_valid_against_its_schema(result):
    schema = json.loads((ROOT / "generator/schema/relation.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    files = output_files(result.archive, result.indexes, "Archive")
    uris = output_uris(result.archive, result.indexes, "Archive")
    assert {"relations/jp-no/index.json", "relations/jp-pt/index.json", "relations/no-pt/index.json",
            "schema/relation.schema.json"} <= set(uris) and set(uris) == set(files)
    for key in ("jp-no", "jp-pt", "no-pt"):
        jsonschema.validate(json.loads(files[f"relations/{key}/index.json"]), schema)
    data = json.loads(files["relations/jp-pt/index.json"])
    assert data["$schema"] == "../../schema/relation.schema.json"
    assert (data["key"], data["countries"], data["url"], data["json"]) == (
        "jp-pt", ["JP", "PT"], "relations/jp-pt/", "relations/jp-pt/index.json")
    assert data["count"] == {"readouts": 25, "events": 16}
    assert (data["first"], data["last"]) == ("2012-12-28", "2026-04-04")
    assert data["years"][0] == {"year": 2012, "readouts": 1, "events": 1}
    assert data["years"][-1] == {"year": 2026, "readouts": 4, "events": 2}
    assert data["topics"][0]["topic"] == "trade" and data["topics"][0]["count"] == 15
    assert data["topics"][0]["years"]["2013"] == 2
    assert [p["participant"] for p in data["participants"]["JP"]] == ["haruki-endo", "yui-tanaka", "kenji-mori"]
    meeting = data["events"][0]
    assert meeting["key"] == MEETING and meeting["url"] == f"events/{MEETING}/"
    assert [a["country"] for a in meeting["accounts"]] == ["NO", "JP", "PT"]
    unrecorded = next(e for e in data["events"] if e["date"] == "2016-11-02")
    assert unrecorded["key"] is None and unrecorded["url"] == "readouts/2016/2016-11-02-endo-varela-call/"
    assert unrecorded["accounts"][0]["country"] is None
    again = output_files(result.archive, result.indexes, "Archive")
    assert again["relations/jp-pt/index.json"] == files["relations/jp-pt/index.json"]


# The preview

def test_an_edit_to_a_readout_re_renders_its_pairs_pages(tmp_path, caplog):
    """Two events a page (the preview's page_size): a title reaches the page listing it, and an
    account moved to the year before reaches the first page's timeline, though that page does
    not list it. The served site is what a fresh build makes."""
    content = copy_corpus("relations", tmp_path / "content")
    config = config_file(tmp_path, content)
    preview = Preview(config, tmp_path / "served")
    try:
        first, fourth = preview.site / "relations/jp-pt/index.html", preview.site / "relations/jp-pt/page-4/index.html"
        edit(content / "readouts/2021/2021-02-23-endo-varela-call.md", "title: Haruki Endo and Tomas Varela talk",
             "title: Haruki Endo and Tomas Varela confer")
        with caplog.at_level(logging.WARNING, logger="mkdocs"):
            preview.rebuild()
        assert "Haruki Endo and Tomas Varela confer" in fourth.read_text()
        assert 'aria-label="2013: 1 event"' in first.read_text()
        edit(content / "readouts/2014/2014-03-05-endo-varela-call.md", "date: 2014-03-05\n",
             "date: 2014-03-05\nevent_date: 2013-12-30\n")
        with caplog.at_level(logging.WARNING, logger="mkdocs"):
            preview.rebuild()
        assert 'aria-label="2013: 2 events"' in first.read_text()
        fresh = tmp_path / "fresh"
        reference(config, fresh)
        assert_serves_the_same(preview.site, fresh, "readouts of the pair")
    finally:
        preview.close()
