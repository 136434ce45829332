"""source.archived_url: a copy in a web archive beside the original address, from the front
matter to the page, the readout's JSON, the citations and the catalog (test_parity.py builds
these readouts both ways)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema

from conftest import ROOT, mkdocs_build, run_pipeline, write_readout
from generator.outputs.catalog import render_data_files
from generator.outputs.citation import cite_readout

ARCHIVED = "https://web.archive.org/web/20251121000000*/https://example.org/readouts/mori-lisbon?a=1&b=2_x"
ONLY_ARCHIVED = "http://archive.example.org/2026/berg_call#text"
LISBON = "readouts/2025/2025-11-20-mori-visit-lisbon.md"
GONE = "readouts/2026/2026-03-05-berg-ferreira-call.md"
SCHEMAS = ROOT / "generator" / "schema"


def write_archived(content: Path) -> Path:
    """Give the Lisbon visit's source an archived copy, and add a readout whose source is only an
    archived copy (the original address is gone)."""
    lisbon = content / LISBON
    lisbon.write_text(lisbon.read_text().replace("  retrieved: 2025-11-21\n", f"  retrieved: 2025-11-21\n  archived_url: {ARCHIVED}\n"))
    write_readout(content, GONE, (
        "---\ntitle: Berg and Ferreira speak\ndate: 2026-03-05\nkind: call\nparticipants: [jonas-berg, ana-ferreira]\n"
        f"topics: [trade]\nsource:\n  archived_url: {ONLY_ARCHIVED}\n---\n\nThe leaders spoke about trade.\n"))
    return content


def readout(result, rel: str):
    return next(r for r in result.archive.readouts if r.src_uri == rel)


def test_an_archived_url_must_be_a_web_address(basic):
    for line, bad in ((8, "ftp://example.org/x"), (8, "web.archive.org/web/2025/x"), (8, "javascript:alert(1)")):
        write_readout(basic, GONE, f"---\ntitle: A\ndate: 2026-03-05\nkind: call\nparticipants: [jonas-berg]\n"
                                   f"topics: [trade]\nsource:\n  archived_url: {bad}\n---\n\nText.\n")
        issues = [(i.path.rsplit("/", 1)[1], i.line, i.code, i.message) for i in run_pipeline(basic).issues]
        assert issues == [(GONE.rsplit("/", 1)[1], line, "bad-url", "'source.archived_url' must be a web address "
                           f"starting with https:// or http://, not '{bad}'")]


def test_the_json_the_catalog_and_the_csv_carry_it(basic):
    result = run_pipeline(write_archived(basic))
    assert result.ok, result.issues
    files = render_data_files(result.archive, "Readout Archive")
    catalog = json.loads(files["catalog.json"])
    jsonschema.validate(catalog, json.loads((SCHEMAS / "catalog.schema.json").read_text()))
    sources = {r["id"]: r["source"] for r in catalog["readouts"]}
    assert sources["2025-11-20-mori-visit-lisbon"]["archived_url"] == ARCHIVED
    assert sources["2026-03-05-berg-ferreira-call"] == {"publisher": None, "url": None, "title": None, "retrieved": None,
                                                         "archived_url": ONLY_ARCHIVED}
    one = json.loads(files["readouts/2025/2025-11-20-mori-visit-lisbon/index.json"])
    jsonschema.validate(one, json.loads((SCHEMAS / "readout-data.schema.json").read_text()))
    assert one["source"]["archived_url"] == ARCHIVED and one["source"]["url"] == "https://example.org/readouts/mori-lisbon"
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(files["catalog.csv"].decode("utf-8")))}
    assert list(rows["2026-03-05-berg-ferreira-call"])[-3:] == ["source_archived_url", "translation_of", "translations"]  # columns added at the end
    assert rows["2025-11-20-mori-visit-lisbon"]["source_archived_url"] == ARCHIVED
    assert rows["2026-03-05-berg-ferreira-call"]["source_archived_url"] == ONLY_ARCHIVED
    assert rows["2026-01-16-berg-mori-meeting"]["source_archived_url"] == ""


def test_the_citations_say_where_it_is_archived(basic):
    result = run_pipeline(write_archived(basic))
    citation = cite_readout(readout(result, LISBON), result.archive.vocabulary, "Readout Archive", "https://example.org/a/")
    assert citation.chicago == ('Office of the Prime Minister of Portugal. "Mori visits Lisbon." Visit readout, November 20, 2025. '
                                "Readout Archive. https://example.org/a/readouts/2025/2025-11-20-mori-visit-lisbon/. "
                                f"Archived at {ARCHIVED}.")
    assert ("  note = {Visit readout; participants: Kenji Mori, Ana Ferreira; archived at "
            r"https://web.archive.org/web/20251121000000*/https://example.org/readouts/mori-lisbon?a=1\&b=2\_x},") in citation.bibtex
    assert "urldate" not in citation.bibtex  # it would date a visit to `url`, this archive's page
    data = json.loads(citation.json_ld.encode().decode("unicode_escape"))
    assert data["isBasedOn"] == "https://example.org/readouts/mori-lisbon" and data["archivedAt"] == ARCHIVED
    plain = cite_readout(readout(result, "readouts/2026/2026-01-16-berg-mori-meeting.md"), result.archive.vocabulary, "Readout Archive")
    assert "rchived" not in plain.chicago + plain.bibtex + plain.json_ld


def test_the_page_links_the_archived_copy_beside_the_source(basic, tmp_path):
    mkdocs_build(write_archived(basic), tmp_path / "site", strict=True, plugins=[{"archive": {"search": False}}])
    page = (tmp_path / "site/readouts/2025/2025-11-20-mori-visit-lisbon/index.html").read_text()
    source = page.split("<dt>Source</dt>", 1)[1].split("</dd>", 1)[0]
    assert ">Prime Minister receives Kenji Mori</a>, Office of the Prime Minister (retrieved 21 November 2025) · <a " in source
    assert 'href="https://web.archive.org/web/20251121000000*/https://example.org/readouts/mori-lisbon?a=1&amp;b=2_x"' in source
    assert source.endswith(">archived copy</a>")
    gone = (tmp_path / "site/readouts/2026/2026-03-05-berg-ferreira-call/index.html").read_text()
    source = gone.split("<dt>Source</dt>", 1)[1].split("</dd>", 1)[0]
    assert source.strip().startswith("<dd><a ") and f'href="{ONLY_ARCHIVED}"' in source and source.endswith(">archived copy</a>")
