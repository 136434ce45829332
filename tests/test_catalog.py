"""catalog.json, catalog.csv and each readout's index.json, checked against the shipped schemas."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import HOSTILE_SLUG, HOSTILE_TITLE, ROOT, SEED_SLUG, run_pipeline, write_hostile, write_readout
from generator.outputs.catalog import CSV_COLUMNS, csv_row, excerpt, render_data_files

SCHEMAS = ROOT / "generator" / "schema"


def schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text())


def data_files(content, site_url="", directory_urls=True):
    result = run_pipeline(content)
    assert result.ok, result.issues
    return render_data_files(result.archive, "Readout Archive", site_url, directory_urls=directory_urls)


def test_the_schemas_are_valid_and_agree_on_a_readout():
    for name in ("catalog", "readout-data"):
        jsonschema.Draft202012Validator.check_schema(schema(name))
    one = schema("readout-data")["properties"]
    for key, definition in schema("catalog")["$defs"]["readout"]["properties"].items():
        assert one[key] == definition, key


def test_catalog_lists_every_readout_newest_first(basic):
    files = data_files(basic)
    catalog = json.loads(files["catalog.json"])
    jsonschema.validate(catalog, schema("catalog"))
    assert catalog["count"] == 4 and catalog["updated"] == "2026-02-05" and catalog["schema_version"] == 1
    assert [r["id"] for r in catalog["readouts"]] == [
        "2026-02-05-ferreira-mori-call", "2026-01-16-berg-mori-meeting",
        "2025-11-20-mori-visit-lisbon", "2025-03-10-ferreira-berg-call"]
    lisbon = catalog["readouts"][2]
    assert lisbon["url"] == "readouts/2025/2025-11-20-mori-visit-lisbon/"
    assert lisbon["json"] == "readouts/2025/2025-11-20-mori-visit-lisbon/index.json"
    assert lisbon["participants"][0] == {"key": "kenji-mori", "name": "Kenji Mori", "country": "JP", "role": "Prime Minister of Japan"}
    assert lisbon["source"] == {"publisher": "Office of the Prime Minister", "url": "https://example.org/readouts/mori-lisbon",
                                "title": "Prime Minister receives Kenji Mori", "retrieved": "2025-11-21",
                                "archived_url": None}
    assert lisbon["issuer"] == "Office of the Prime Minister of Portugal" and lisbon["issuer_key"] == "pt-pmo"


def test_each_readout_has_its_json_with_text_and_citation(basic):
    files = data_files(basic, "https://example.org/archive/")
    uri = "readouts/2026/2026-01-16-berg-mori-meeting/index.json"
    record = json.loads(files[uri])
    jsonschema.validate(record, schema("readout-data"))
    assert record["$schema"] == "../../../schema/readout-data.schema.json"
    assert record["text"] == "The leaders met in Tromsø and discussed Arctic shipping lanes, melting sea ice and the security of undersea cables.\n"
    assert record["event_date"] == "2026-01-15" and record["countries"] == [{"code": "NO", "name": "Norway"}, {"code": "JP", "name": "Japan"}]
    assert record["citation"]["permalink"] == "https://example.org/archive/readouts/2026/2026-01-16-berg-mori-meeting/"
    assert sum(1 for name in files if name.endswith("/index.json")) == 4


def test_with_file_urls_the_data_names_each_page_and_stays_in_place(basic):
    """use_directory_urls: false: a readout's page is <slug>.html; its JSON stays at <slug>/index.json."""
    files = data_files(basic, "https://example.org/archive/", directory_urls=False)
    page, data = "readouts/2026/2026-01-16-berg-mori-meeting.html", "readouts/2026/2026-01-16-berg-mori-meeting/index.json"
    catalog = json.loads(files["catalog.json"])
    assert catalog["readouts"][1]["url"] == page and catalog["readouts"][1]["json"] == data
    record = json.loads(files[data])
    assert record["url"] == page and record["json"] == data
    assert record["citation"]["permalink"] == "https://example.org/archive/" + page
    assert record["citation"]["chicago"].endswith(f" https://example.org/archive/{page}.")
    assert f"url = {{https://example.org/archive/{page}}}" in record["citation"]["bibtex"]
    rows = list(csv.DictReader(io.StringIO(files["catalog.csv"].decode("utf-8"))))
    assert rows[1]["url"] == page and rows[1]["json"] == data
    assert sum(1 for name in files if name.endswith("/index.json")) == 4
    jsonschema.validate(catalog, schema("catalog"))  # the published schemas describe both URL styles
    jsonschema.validate(record, schema("readout-data"))


def test_catalog_csv_has_a_row_per_readout(basic):
    rows = list(csv.DictReader(io.StringIO(data_files(basic)["catalog.csv"].decode("utf-8"))))
    assert len(rows) == 4 and tuple(rows[0]) == CSV_COLUMNS
    assert rows[1]["countries"] == "NO; JP" and rows[1]["topics"] == "security; climate"
    assert rows[2]["source_url"] == "https://example.org/readouts/mori-lisbon"


def test_hostile_title_round_trips_through_json_and_csv(basic):
    write_hostile(basic)
    files = data_files(basic)
    catalog = json.loads(files["catalog.json"])
    jsonschema.validate(catalog, schema("catalog"))
    assert catalog["readouts"][0]["title"] == HOSTILE_TITLE
    assert catalog["readouts"][0]["aliases"] == ["readouts/2026/2026-03-01-old-name/"]
    row = next(csv.DictReader(io.StringIO(files["catalog.csv"].decode("utf-8"))))
    assert row["title"] == HOSTILE_TITLE and row["id"] == HOSTILE_SLUG


def csv_text(content) -> str:
    return data_files(content)["catalog.csv"].decode("utf-8")


def test_a_formula_title_is_text_in_a_spreadsheet(basic):
    """OWASP's CSV injection advice: a leading quote, and the cell quoted."""
    write_readout(basic, "readouts/2026/2026-03-02-formula.md", (
        "---\ntitle: '=HYPERLINK(\"http://x\",\"y\")'\ndate: 2026-03-02\nkind: call\n"
        "participants: [ana-ferreira, jonas-berg]\ntopics: [trade]\n---\n\n@SUM(1+1) was not said.\n"))
    text = csv_text(basic)
    assert text.splitlines()[1].startswith('2026-03-02-formula,2026-03-02,,call,"\'=HYPERLINK(""http://x"",""y"")",')
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["title"] == "'=HYPERLINK(\"http://x\",\"y\")" and row["excerpt"] == "'@SUM(1+1) was not said."
    catalog = json.loads(data_files(basic)["catalog.json"])
    assert catalog["readouts"][0]["title"] == '=HYPERLINK("http://x","y")'  # the JSON keeps the title as written


def test_a_title_starting_with_a_minus_keeps_its_text_after_the_quote(basic):
    """A legitimate '-' start is escaped too (a spreadsheet cannot tell it from '-1+cmd'):
    the spreadsheet shows the text; a program reading the CSV strips one leading quote."""
    write_readout(basic, "readouts/2026/2026-03-02-minus.md", (
        "---\ntitle: \"-30 °C in Tromsø: the leaders on Arctic shipping\"\ndate: 2026-03-02\nkind: call\n"
        "participants: [ana-ferreira, jonas-berg]\ntopics: [trade]\n---\n\nThe leaders spoke.\n"))
    row = next(csv.DictReader(io.StringIO(csv_text(basic))))
    assert row["title"] == "'-30 °C in Tromsø: the leaders on Arctic shipping"
    assert row["title"][1:] == json.loads(data_files(basic)["catalog.json"])["readouts"][0]["title"]


@pytest.mark.parametrize("cell", ["=1+2", "+1", "-1", "@A1", "\tx", "\rx"])
def test_every_formula_start_is_escaped_and_quoted(cell):
    assert csv_row(["a", cell]) == "a,\"'" + cell + "\"\r\n"


@pytest.mark.parametrize("cells", [
    ["plain", "", "with, comma", 'with "quotes"', "line\nbreak", "cr\rlf", "'already quoted", " space", "100%"],
])
def test_other_cells_are_written_as_the_csv_module_writes_them(cells):
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(cells)
    assert csv_row(cells) == out.getvalue()


@given(st.lists(st.text(), min_size=2, max_size=4))
def test_any_row_reads_back_with_formula_cells_quoted(cells):
    (row,) = csv.reader(io.StringIO(csv_row(cells), newline=""))
    assert row == [("'" if cell.startswith(("=", "+", "-", "@", "\t", "\r")) else "") + cell for cell in cells]


@pytest.mark.parametrize("body, expected", [
    ("Short text.\n\nTwo paragraphs.", "Short text. Two paragraphs."),
    ("word " * 100, ("word " * 56).strip() + "…"),
    ("abcdefghij" * 30, "abcdefghij" * 28 + "…"),
])
def test_excerpt_cuts_at_a_word(body, expected):
    assert excerpt(body) == expected


def test_real_site_publishes_the_catalog_and_schemas(real_site):
    catalog = json.loads((real_site / "catalog.json").read_text())
    jsonschema.validate(catalog, json.loads((real_site / "schema/catalog.schema.json").read_text()))
    assert [r["id"] for r in catalog["readouts"]] == [SEED_SLUG]
    record = json.loads((real_site / "readouts/2026" / SEED_SLUG / "index.json").read_text())
    jsonschema.validate(record, json.loads((real_site / "schema/readout-data.schema.json").read_text()))
    seed = (ROOT / "content/readouts/2026" / f"{SEED_SLUG}.md").read_text()
    assert seed.endswith(record["text"]) and record["text"].startswith("Chinese President Xi Jinping said on Wednesday")
    assert (real_site / "catalog.csv").read_bytes().startswith(b"id,date,event_date,kind,title,")
