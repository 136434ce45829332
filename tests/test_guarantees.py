"""What bad input may never do: stop the others, hide an error, touch content/, or vary the output."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_corpus, mkdocs_build, write_readout

BAD = Path(__file__).resolve().parent / "bad"

BAD_CONTENT = Path(__file__).resolve().parent / "bad" / "content"
MKDOCS = Path(sys.executable).parent / "mkdocs"


def tree_hash(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(*args, cwd=ROOT, env=None):
    full_env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **(env or {}))
    return subprocess.run(list(args), cwd=cwd, capture_output=True, text=True, env=full_env, timeout=120)


def site_config(tmp_path: Path, content: Path) -> Path:
    """The project's mkdocs.yml, pointed at another content folder."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: content", f"docs_dir: {content}").replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    config = tmp_path / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def test_check_reports_every_bad_file_in_one_run_sorted_without_a_traceback(tmp_path):
    content = tmp_path / "content"
    import shutil
    shutil.copytree(BAD_CONTENT, content)
    before = tree_hash(content)
    result = run(sys.executable, "-m", "generator", "--content", str(content), "check", cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    lines = result.stdout.splitlines()
    expected = [line for line in (BAD / "expected.txt").read_text(encoding="utf-8").splitlines() if line.startswith("content/")]
    assert lines == expected
    summary = result.stderr.strip()
    assert summary.startswith("Checked all readouts and the vocabularies: 59 error(s), 16 warning(s); the warnings will stop "
                              "the published build (make site, mkdocs build --strict): alias-used (")
    assert summary.count(" (") == len({line.rsplit(" [", 1)[1] for line in lines if ": WARNING: " in line}) + 1
    assert tree_hash(content) == before


def test_a_bad_readout_does_not_stop_the_others(basic, monkeypatch):
    from tests.conftest import run_pipeline
    monkeypatch.chdir(basic.parent)
    write_readout(basic, "readouts/2025/2025-01-01-broken.md", "---\ntitle: [\n---\nText.\n")
    write_readout(basic, "readouts/2026/2026-12-31-late.md", "---\ntitle: Late\ndate: 2026-12-31\nkind: cal\nparticipants: [kenji-mori]\ntopics: [tariffs]\n---\nText.\n")
    issues = [(i.path, i.line, i.code) for i in run_pipeline(basic).issues]
    assert issues == [
        ("content/readouts/2025/2025-01-01-broken.md", 3, "yaml-syntax"),
        ("content/readouts/2026/2026-12-31-late.md", 4, "unknown-kind"),
        ("content/readouts/2026/2026-12-31-late.md", 6, "alias-used"),
    ]


def test_github_annotations_under_actions(tmp_path):
    result = run(sys.executable, "-m", "generator", "--content", "content", "check", cwd=BAD, env={"GITHUB_ACTIONS": "true"})
    assert "::error file=content/readouts/2026/2026-01-09-bad-dates.md,line=3::'date' is 2026-02-30, which does not exist (February 2026 has 28 days); check the day and month [bad-date]" in result.stdout.splitlines()


def test_mkdocs_build_prints_all_errors_without_a_traceback_and_writes_nothing_into_content(tmp_path):
    content = copy_corpus("basic", tmp_path / "content")
    write_readout(content, "readouts/2026/2026-03-01-bad.md", "---\ntitle: A\ndate: 2026-02-30\nkind: yes\n---\nText.\n")
    before = tree_hash(content)
    config = site_config(tmp_path, content)
    for strict in ([], ["--strict"]):
        result = run(str(MKDOCS), "build", "-f", str(config), "-d", str(tmp_path / "site"), *strict, cwd=tmp_path)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert "content/readouts/2026/2026-03-01-bad.md:3: ERROR: 'date' is 2026-02-30, which does not exist (February 2026 has 28 days); check the day and month [bad-date]" in result.stderr
        assert "content/readouts/2026/2026-03-01-bad.md:4: ERROR: unknown kind 'yes'; use one of: call, video-call, meeting, talks, visit, summit, conference, statement, joint-statement, letter, message [unknown-kind]" in result.stderr
        assert "Aborted with a BuildError!" in result.stdout + result.stderr
    assert tree_hash(content) == before


def test_warnings_fail_check_and_the_strict_build_but_not_a_preview(tmp_path):
    """One meaning for "passes": `check` fails on the warnings the published build (`make site`,
    --strict) stops on, and says so; a plain build (what `make serve` does) shows them and goes on."""
    content = copy_corpus("basic", tmp_path / "content")
    config = site_config(tmp_path, content)
    check = run(sys.executable, "-m", "generator", "--content", "content", "check", cwd=tmp_path)
    strict = run(str(MKDOCS), "build", "-f", str(config), "-d", str(tmp_path / "site"), "--strict", cwd=tmp_path)
    assert (check.returncode, strict.returncode) == (0, 0)
    write_readout(content, "readouts/2026/2026-03-01-mori-call.md", "---\ntitle: A\ndate: 2026-03-01\nkind: call\nparticipants: [kenji-mori]\ntopics: [tariffs]\n---\nText.\n")
    check = run(sys.executable, "-m", "generator", "--content", "content", "check", cwd=tmp_path)
    plain = run(str(MKDOCS), "build", "-f", str(config), "-d", str(tmp_path / "site"), cwd=tmp_path)
    strict = run(str(MKDOCS), "build", "-f", str(config), "-d", str(tmp_path / "site"), "--strict", cwd=tmp_path)
    warning = "content/readouts/2026/2026-03-01-mori-call.md:6: WARNING: 'tariffs' is an alias of the topic 'trade'; write 'trade' [alias-used]"
    assert check.returncode == 1 and check.stdout == warning + "\n"
    assert check.stderr == ("Checked all readouts and the vocabularies: 0 error(s), 1 warning(s); the warnings will stop "
                            "the published build (make site, mkdocs build --strict): alias-used (1).\n")
    assert plain.returncode == 0 and warning in plain.stderr
    assert strict.returncode == 1 and warning in strict.stderr and "Traceback" not in strict.stderr


def test_builds_write_nothing_into_content(tmp_path):
    """(That two builds are byte-identical is tests/test_determinism.py.)"""
    content = copy_corpus("hostile", tmp_path / "content")
    before = tree_hash(content)
    mkdocs_build(content, tmp_path / "one", strict=True)
    result = run(sys.executable, "-m", "generator", "--content", str(content), "build", "--out", str(tmp_path / "pages"), cwd=tmp_path)
    assert result.returncode == 0
    assert tree_hash(content) == before


def test_build_refuses_to_write_inside_content(tmp_path):
    content = copy_corpus("basic", tmp_path / "content")
    before = tree_hash(content)
    result = run(sys.executable, "-m", "generator", "--content", str(content), "build", "--out", str(content / "out"), cwd=tmp_path)
    assert result.returncode == 2 and "is inside" in result.stderr
    assert tree_hash(content) == before
