"""The synthetic corpus, and a few hundred synthetic readouts built end to end."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

from conftest import CONTENT, ROOT, mkdocs_build
from generator.cli.synth import synth_corpus


def test_the_corpus_is_deterministic_and_shaped_like_the_archive():
    files = synth_corpus(60, seed=3)
    assert files == synth_corpus(60, seed=3)
    assert files != synth_corpus(60, seed=4)
    readouts = [text for path, text in files.items() if path.startswith("readouts/")]
    assert len(readouts) == 60
    years = {int(path.split("/")[1]) for path in files if path.startswith("readouts/")}
    assert min(years) >= 1996 and max(years) <= 2025 and len(years) > 15
    words = [len(text.split("---\n", 2)[2].split()) for text in readouts]
    assert min(words) >= 300 and max(words) <= 700


def test_synth_command_writes_a_content_folder_that_checks_clean(tmp_path):
    out = tmp_path / "content"
    made = subprocess.run([sys.executable, "-m", "generator", "--content", str(CONTENT), "synth", "--count", "40",
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert made.returncode == 0 and made.stdout == f"40 synthetic readouts written to {out}\n"
    assert (out / "about.md").is_file() and (out / "assets" / "archive.css").is_file()
    checked = subprocess.run([sys.executable, "-m", "generator", "--content", str(out), "check"],
                             cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 0
    assert checked.stderr == "Checked all readouts and the vocabularies: 0 error(s), 0 warning(s).\n"
    again = subprocess.run([sys.executable, "-m", "generator", "synth", "--count", "5", "--out", str(out)],
                           cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 2 and again.stderr == f"error: --out {out} is not empty; choose a new folder\n"


def write_corpus(folder: Path, count: int) -> Path:
    subprocess.run([sys.executable, "-m", "generator", "--content", str(CONTENT), "synth", "--count", str(count),
                    "--out", str(folder)], cwd=ROOT, check=True, capture_output=True)
    return folder


def test_three_hundred_readouts_build_strict_with_search_and_pagination(tmp_path):
    content = write_corpus(tmp_path / "content", 300)
    site = tmp_path / "site"
    records = mkdocs_build(content, site, strict=True, plugins=[{"archive": {"page_size": 20}}])
    assert not [r for r in records if r.levelno >= logging.WARNING]
    assert len(list(site.glob("readouts/*/*/index.html"))) == 300
    assert (site / "pagefind" / "pagefind.js").is_file() and (site / "pagefind" / "pagefind-entry.json").is_file()
    assert not (site / "search").exists()  # Material's search_index.json is not built
    person = max(site.glob("people/*/index.html"), key=lambda p: len(p.read_text()))
    html = person.read_text()
    pages = re.findall(r'href="(page-\d+/)"', html)
    assert pages and all((person.parent / p / "index.html").is_file() for p in pages)
    assert html.count('class="ra-nowrap"') <= 20
    assert not re.search(r'(href|src)="/', html)
