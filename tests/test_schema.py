"""The front matter's JSON Schema: the real archive fits it, wrong files do not, no doubled messages."""

from __future__ import annotations

import json
import shutil

import pytest
from jsonschema import Draft202012Validator

from conftest import CONTENT, FIXTURES, run_pipeline, write_readout
from generator.model import KINDS
from generator.sources.reader import read_document
from generator.sources.schema import SCHEMA_FILE, check_schema, fits_schema, readout_validator

GOOD = """---
title: Berg and Mori meet
date: 2026-03-02
kind: meeting
participants: [jonas-berg, kenji-mori]
topics: [security]
---

Text.
"""


def document(text: str, path: str = "x.md"):
    doc, issues = read_document(path, text.encode())
    assert issues == []
    return doc


def test_the_schema_is_valid_and_its_kinds_are_the_models():
    schema = json.loads(SCHEMA_FILE.read_text())
    Draft202012Validator.check_schema(schema)
    assert schema["properties"]["kind"]["enum"] == list(KINDS)


@pytest.mark.parametrize("folder", [CONTENT, FIXTURES / "basic"], ids=["content", "basic"])
def test_real_content_and_fixtures_fit(folder):
    files = sorted((folder / "readouts").rglob("*.md"))
    assert files
    for path in files:
        assert check_schema(document(path.read_text(), str(path)), []) == []


WRONG = [
    (("kind: meeting", "kind: chat"), 4,
     "'kind' must be one of: " + ", ".join(KINDS) + " (readout schema)"),
    (("topics: [security]\n", ""), 2,
     "'topics' is missing (readout schema); add it: Keys from content/topics.yml, e.g. [taiwan, trade]."),
    (("date: 2026-03-02", "date: 2 March 2026"), 3,
     "'date' does not fit the readout schema: '2 March 2026' does not match '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'; "
     "The day the readout was published, as YYYY-MM-DD; the file name starts with it."),
    (("topics: [security]", "topics: [security]\nmood: tense"), 7,
     "'mood' is not a key of the readout schema; remove it or correct its spelling"),
    (("participants: [jonas-berg, kenji-mori]", "participants: [jonas-berg, Kenji Mori]"), 5,
     "'participants' does not fit the readout schema: 'Kenji Mori' does not match '^[a-z0-9]+(-[a-z0-9]+)*$'; "
     "Keys from content/participants.yml, e.g. [xi-jinping, donald-trump]."),
]


@pytest.mark.parametrize("change, line, message", WRONG)
def test_wrong_files_fail_with_the_line(change, line, message):
    issues = check_schema(document(GOOD.replace(*change)), [])
    assert [(i.line, i.code, i.message) for i in issues] == [(line, "schema", message)]


def front_matters():
    """Every front matter the tests have, good and bad, that reads as a mapping."""
    for path in sorted([*FIXTURES.rglob("*.md"), *(FIXTURES.parent / "bad").rglob("*.md"), *CONTENT.rglob("*.md")]):
        doc, _ = read_document(str(path), path.read_bytes())
        if doc is not None and isinstance(doc.meta.data, dict):
            yield str(path), doc.meta.data


def test_the_compiled_schema_and_jsonschema_agree_on_every_test_document():
    found = list(front_matters())
    wrong = [GOOD.replace(*change) for change, _, _ in WRONG]
    found += [(f"wrong-{n}", document(text).meta.data) for n, text in enumerate(wrong)]
    verdicts = {name: (fits_schema(data), readout_validator().is_valid(data)) for name, data in found}
    assert len(found) > 30 and {full for _, full in verdicts.values()} == {True, False}
    assert [name for name, (fast, full) in verdicts.items() if fast != full] == []


def test_no_schema_error_where_a_field_check_spoke(basic):
    write_readout(basic, "readouts/2026/2026-03-02-berg-mori-meeting.md", GOOD.replace("kind: meeting", "kind: chat"))
    result = run_pipeline(basic)
    codes = [(i.line, i.code) for i in result.issues]
    assert codes == [(4, "unknown-kind")]


def test_the_contributing_example_passes_check(tmp_path):
    text = (CONTENT.parent / "CONTRIBUTING.md").read_text()
    example = text.split("```yaml\n", 1)[1].split("```\n", 1)[0]
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    for old in (content / "readouts").rglob("*.md"):
        old.unlink()
    write_readout(content, "readouts/2026/2026-02-05-xi-jinping-donald-trump-phone-call.md", example)
    result = run_pipeline(content)
    assert [i.format() for i in result.issues] == []
    assert result.ok
