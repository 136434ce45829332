"""The corpus of bad files under tests/bad/: every file's exact messages.

tests/bad/expected.txt holds the `check` report of each content folder in
tests/bad/ (paths relative to tests/bad). After a deliberate change of wording,
refresh it with: UPDATE_EXPECTED=1 .venv/bin/python -m pytest tests/test_bad_corpus.py
and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.issues import format_report
from generator.sources.loader import read_sources
from generator.pipeline import check_sources

BAD = Path(__file__).resolve().parent / "bad"
EXPECTED = BAD / "expected.txt"
FOLDERS = ("content", "vocab-broken", "vocab-problems")


def report(folder: str) -> list[str]:
    cwd = os.getcwd()
    os.chdir(BAD)
    try:
        _, issues = check_sources(read_sources(Path(folder)))
    finally:
        os.chdir(cwd)
    return format_report(issues, annotate=False).splitlines()


def actual_lines() -> list[str]:
    return [line for folder in FOLDERS for line in report(folder)]


if os.environ.get("UPDATE_EXPECTED"):
    EXPECTED.write_text("\n".join(actual_lines()) + "\n", encoding="utf-8")


def expected_lines() -> list[str]:
    return EXPECTED.read_text(encoding="utf-8").splitlines()


def corpus_files() -> list[str]:
    files = []
    for folder in FOLDERS:
        files += sorted(p.relative_to(BAD).as_posix() for p in (BAD / folder).rglob("*") if p.is_file())
    return files


@pytest.fixture(scope="module")
def actual() -> list[str]:
    return actual_lines()


@pytest.mark.parametrize("rel", corpus_files())
def test_each_bad_file_gets_its_exact_messages(rel, actual):
    mine = [line for line in actual if line.startswith(rel + ":")]
    assert mine == [line for line in expected_lines() if line.startswith(rel + ":")]


def test_every_bad_file_is_named_in_the_expected_report():
    named = {line.split(":", 1)[0] for line in expected_lines()}
    valid = {  # files in the corpus on purpose with nothing wrong
        "content/readouts/2026/2026-01-24-same-slug.md",
        "content/readouts/2026/2026-01-28-ferreira-berg-call.md",
        "content/readouts/2026/2026-01-30-valid.md",
        # an original and its translation: one account, never likely duplicates
        "content/readouts/2026/2026-03-01-mori-berg-call.md",
        "content/readouts/2026/2026-03-01-mori-berg-call-zh.md",
        # a cycle of translations is one line, on its first file (2026-03-05-cycle-a.md)
        "content/readouts/2026/2026-03-05-cycle-b.md",
        "content/participants.yml", "content/topics.yml",
    }
    assert set(corpus_files()) - named == valid


def test_the_whole_report_is_sorted_by_path_and_line(actual):
    assert actual == expected_lines()
    for folder in FOLDERS:
        keys = [(line.split(":")[0], int(line.split(":")[1])) for line in actual if line.startswith(folder + "/")]
        assert keys == sorted(keys)
