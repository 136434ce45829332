"""`python -m generator check` end to end: report lines, annotations, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import ROOT, write_readout
from generator.cli.commands import main

BAD_TOPIC = """---
title: Berg and Mori discuss whaling
date: 2026-03-02
kind: call
participants: [jonas-berg, kenji-mori]
topics: [whaling]
---

They spoke about whaling.
"""
ALIAS_TOPIC = BAD_TOPIC.replace("[whaling]", "[tariffs]")
REL = "readouts/2026/2026-03-02-berg-mori-call.md"
SHOWN = "content/" + REL


def snapshot(folder):
    return {p: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def here(basic, monkeypatch):
    """Run from the folder holding content/, so paths print as content/..."""
    monkeypatch.chdir(basic.parent)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return basic


def run_check(capsys, *args):
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_clean_corpus_exits_0(here, capsys):
    code, out, err = run_check(capsys)
    assert (code, out) == (0, [])
    assert err == "Checked all readouts and the vocabularies: 0 error(s), 0 warning(s).\n"


def test_an_error_exits_1_with_path_line_and_code(here, capsys):
    write_readout(here, REL, BAD_TOPIC)
    before = snapshot(here)
    code, out, err = run_check(capsys)
    assert code == 1
    assert len(out) == 1
    assert out[0].startswith(f"{SHOWN}:6: ERROR: unknown topic 'whaling'")
    assert out[0].endswith(" [unknown-topic]")
    assert "1 error(s), 0 warning(s)" in err
    assert snapshot(here) == before  # check never writes into content/


def test_warnings_exit_1_and_the_summary_names_those_that_stop_the_published_build(here, capsys):
    write_readout(here, REL, ALIAS_TOPIC)
    write_readout(here, "readouts/2026/2026-03-03-berg-mori-call.md",
                  ALIAS_TOPIC.replace("2026-03-02", "2026-03-03").replace("kind: call", "kind: call  # review"))
    code, out, err = run_check(capsys)
    assert code == 1
    assert len(out) == 3
    assert out[0].startswith(f"{SHOWN}:6: WARNING: 'tariffs'")
    assert out[0].endswith(" [alias-used]")
    assert err == ("Checked all readouts and the vocabularies: 0 error(s), 3 warning(s); the warnings will stop the "
                   "published build (make site, mkdocs build --strict): alias-used (2), review-mark (1).\n")


def test_annotations_under_github_actions(here, capsys, monkeypatch):
    write_readout(here, REL, BAD_TOPIC)
    write_readout(here, "readouts/2026/2026-03-03-berg-mori-call.md", ALIAS_TOPIC.replace("2026-03-02", "2026-03-03"))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = run_check(capsys)
    assert code == 1
    assert len(out) == 4
    error_line, error_note, warning_line, warning_note = out
    message = error_line.split(": ERROR: ", 1)[1]
    assert error_note == f"::error file={SHOWN},line=6::{message}"
    message = warning_line.split(": WARNING: ", 1)[1]
    assert warning_note == f"::warning file=content/readouts/2026/2026-03-03-berg-mori-call.md,line=6::{message}"


def test_no_annotations_outside_github_actions(here, capsys):
    write_readout(here, REL, BAD_TOPIC)
    _, out, _ = run_check(capsys)
    assert not any(line.startswith("::") for line in out)


def test_only_the_files_given(here, capsys):
    write_readout(here, REL, BAD_TOPIC)
    code, out, err = run_check(capsys, "content/readouts/2026/2026-01-16-berg-mori-meeting.md")
    assert (code, out) == (0, [])
    assert err.startswith("Checked the given files and the vocabularies: 0 error(s)")


def test_a_file_outside_content_is_explained(here, capsys):
    outside = here.parent / "draft.md"
    outside.write_text(BAD_TOPIC.replace("[whaling]", "[trade]"))
    code, out, err = run_check(capsys, "draft.md")
    assert code == 1
    assert out == ["draft.md:1: ERROR: a readout must live in a year folder: "
                   "content/readouts/YYYY/YYYY-MM-DD-short-slug.md [not-in-year-folder]"]
    assert "Traceback" not in err


def test_a_missing_file_exits_2(here, capsys):
    code, out, err = run_check(capsys, "content/readouts/2026/nope.md")
    assert (code, out) == (2, [])
    assert err == "error: no such file: content/readouts/2026/nope.md\n"


def test_the_command_in_a_process(here):
    write_readout(here, REL, BAD_TOPIC)
    env = dict(os.environ, GITHUB_ACTIONS="true", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "generator", "check"], cwd=here.parent, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert result.stdout.splitlines()[1].startswith(f"::error file={SHOWN},line=6::unknown topic 'whaling'")
    assert "Traceback" not in result.stderr
