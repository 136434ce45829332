"""The Browse catalog (generator/browse.py), the Browse page, and how the plugin publishes them."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from mkdocs.exceptions import Abort

from conftest import HOSTILE_ISSUER, mkdocs_build, run_pipeline, write_hostile
from generator.model import Issuer
from generator.outputs.browse import build_browse_catalog

BASIC_CATALOG = """\
{"version":1,"page":"readouts/{year}/{slug}/","kinds":[["call","Phone call"],["meeting","Meeting"],["visit","Visit"]],\
"topics":[["climate","Climate"],["security","Security"],["trade","Trade"]],\
"people":[["ana-ferreira","Ana Ferreira"],["jonas-berg","Jonas Berg"],["kenji-mori","Kenji Mori"]],\
"countries":[["JP","Japan"],["NO","Norway"],["PT","Portugal"]],"sides":[["NO","Norway"],["PT","Portugal"]],\
"issuers":[["no-mfa","Ministry of Foreign Affairs of Norway",0],["pt-pmo","Office of the Prime Minister of Portugal",1]],\
"languages":[["en","English"]],"readouts":[
["2026-02-05","2026-02-05-ferreira-mori-call","Ferreira and Mori speak about the climate summit",0,[0],[0,2],[2,0]],
["2026-01-16","2026-01-16-berg-mori-meeting","Berg and Mori meet on Arctic security",1,[1,0],[1,2],[1,0],0],
["2025-11-20","2025-11-20-mori-visit-lisbon","Mori visits Lisbon",2,[2,0],[2,0],[0,2],1],
["2025-03-10","2025-03-10-ferreira-berg-call","Ferreira and Berg discuss fisheries trade",0,[2],[0,1],[2,1]]
]}
"""


def catalog_of(content, directory_urls=True) -> str:
    result = run_pipeline(content)
    return build_browse_catalog(result.archive, result.indexes, directory_urls)


def test_catalog_of_the_basic_corpus(basic):
    assert catalog_of(basic) == BASIC_CATALOG


def test_catalog_without_directory_urls_points_at_html_files(basic):
    assert json.loads(catalog_of(basic, directory_urls=False))["page"] == "readouts/{year}/{slug}.html"


def test_titles_stay_plain_text_and_bodies_stay_out(basic):
    readout = basic / "readouts/2025/2025-03-10-ferreira-berg-call.md"
    readout.write_text(readout.read_text().replace(
        "title: Ferreira and Berg discuss fisheries trade", "title: '<img src=x onerror=alert(1)> \"cod\"'"))
    text = catalog_of(basic)
    assert json.loads(text)["readouts"][-1][2] == '<img src=x onerror=alert(1)> "cod"'
    assert "salted cod" not in text  # a phrase from that readout's body


def test_issuers_in_use_with_their_sides_and_a_number_per_readout_that_names_one(basic):
    """jp-mofa is in issuers.yml but issues no readout: it is left out. Readouts without an issuer
    have no eighth value (the page counts them under "Not recorded")."""
    catalog = json.loads(catalog_of(basic))
    assert catalog["issuers"] == [["no-mfa", "Ministry of Foreign Affairs of Norway", 0],
                                  ["pt-pmo", "Office of the Prime Minister of Portugal", 1]]
    assert catalog["sides"] == [["NO", "Norway"], ["PT", "Portugal"]]
    assert {row[1]: row[7:] for row in catalog["readouts"]} == {
        "2026-02-05-ferreira-mori-call": [], "2026-01-16-berg-mori-meeting": [0],
        "2025-11-20-mori-visit-lisbon": [1], "2025-03-10-ferreira-berg-call": []}


def test_two_issuers_of_one_side_share_it(basic):
    with (basic / "issuers.yml").open("a", encoding="utf-8") as issuers:
        issuers.write("- key: no-pmo\n  name: Office of the Prime Minister of Norway\n  country: NO\n")
    readout = basic / "readouts/2026/2026-02-05-ferreira-mori-call.md"
    readout.write_text(readout.read_text().replace("kind: call\n", "kind: call\nissuer: no-pmo\n"))
    catalog = json.loads(catalog_of(basic))
    assert catalog["sides"] == [["NO", "Norway"], ["PT", "Portugal"]]
    assert catalog["issuers"] == [["no-mfa", "Ministry of Foreign Affairs of Norway", 0],
                                  ["no-pmo", "Office of the Prime Minister of Norway", 0],
                                  ["pt-pmo", "Office of the Prime Minister of Portugal", 1]]
    assert [row[7:] for row in catalog["readouts"]] == [[1], [0], [2], []]


def test_a_side_the_archive_has_no_name_for_shows_its_code(basic):
    """The archive names the countries of readouts and participants; an issuer's may be another."""
    result = run_pipeline(basic)
    archive = result.archive
    france = Issuer("fr-mfa", "Ministry for Europe and Foreign Affairs", "FR")
    vocabulary = replace(archive.vocabulary, issuers={**archive.vocabulary.issuers, "fr-mfa": france})
    readouts = tuple(replace(r, issuer="fr-mfa") if r.slug == "2025-03-10-ferreira-berg-call" else r for r in archive.readouts)
    catalog = json.loads(build_browse_catalog(replace(archive, readouts=readouts, vocabulary=vocabulary), result.indexes))
    assert "FR" not in archive.countries
    assert catalog["sides"] == [["FR", "FR"], ["NO", "Norway"], ["PT", "Portugal"]]
    assert catalog["readouts"][-1][7] == 0 and catalog["issuers"][0] == ["fr-mfa", france.name, 0]


def test_without_issuers_the_tables_are_empty_and_rows_keep_seven_values(basic):
    for readout in (basic / "readouts").rglob("*.md"):
        readout.write_text("".join(line for line in readout.read_text().splitlines(keepends=True)
                                   if not line.startswith("issuer:")))
    catalog = json.loads(catalog_of(basic))
    assert catalog["issuers"] == [] and catalog["sides"] == []
    assert {len(row) for row in catalog["readouts"]} == {7}


def test_an_issuer_name_stays_plain_text(basic):
    write_hostile(basic)
    catalog = json.loads(catalog_of(basic))
    assert ["hostile-ministry", HOSTILE_ISSUER, 1] in catalog["issuers"]


def test_plugin_publishes_the_catalog_and_the_browse_page(basic, tmp_path):
    site = tmp_path / "site"
    mkdocs_build(basic, site, strict=True)
    assert (site / "assets/browse.json").read_text(encoding="utf-8") == BASIC_CATALOG
    page = (site / "browse/index.html").read_text(encoding="utf-8")
    assert "<title>Browse · Readout Archive</title>" in page
    assert 'id="ra-browse"' in page and 'src="../assets/browse.js"' in page
    assert '<a href="../dates/">by date</a>' in page


def test_a_hand_written_catalog_is_refused(basic, tmp_path, caplog):
    (basic / "assets").mkdir()
    (basic / "assets/browse.json").write_text("{}")
    with pytest.raises(Abort):
        mkdocs_build(basic, tmp_path / "site")
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert errors == ["content/assets/browse.json is a generated file; remove the hand-written file of that name"]


def test_an_escaped_title_reaches_the_html_title_as_text(basic, tmp_path):
    readout = basic / "readouts/2025/2025-03-10-ferreira-berg-call.md"
    readout.write_text(readout.read_text().replace(
        "title: Ferreira and Berg discuss fisheries trade", "title: '<script>alert(1)</script> & cod'"))
    mkdocs_build(basic, tmp_path / "site", strict=True)
    page = (tmp_path / "site/readouts/2025/2025-03-10-ferreira-berg-call/index.html").read_text(encoding="utf-8")
    assert "<title>&#60;script&#62;alert&#40;1&#41;&#60;/script&#62; &#38; cod · Readout Archive</title>" in page
    assert "<script>alert(1)" not in page


def test_a_readout_in_another_language_has_it_as_its_ninth_value_after_its_issuer_or_null():
    from tests.conftest import FIXTURES
    catalog = json.loads(catalog_of(FIXTURES / "translations"))
    assert catalog["languages"] == [["en", "English"], ["zh", "Chinese"]]
    rows = {row[1]: row for row in catalog["readouts"]}
    assert rows["2026-04-10-li-wenbo-ana-ferreira-call"][7:] == [0, 1]
    assert len(rows["2026-04-11-li-wenbo-ana-ferreira-call-en"]) == 8
    nonlatin = json.loads(catalog_of(FIXTURES / "nonlatin"))
    assert nonlatin["languages"] == [["ar", "Arabic"], ["zh", "Chinese"]]
    assert [row[7:] for row in nonlatin["readouts"]] == [[None, 0], [None, 1]]
