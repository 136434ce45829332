"""Shared helpers: fixture corpora, the pipeline on a folder, and MkDocs builds."""

from __future__ import annotations

import functools
import http.server
import logging
import os
import threading
from contextlib import contextmanager
import shutil
import sys
from pathlib import Path

import pytest

from generator.sources.loader import read_sources
from generator.pipeline import build_pages

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CONTENT = ROOT / "content"
# Debian's chromium, driven by Playwright for Python (its own browser download cannot work here)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]
SEED_SLUG = "2026-02-05-xi-jinping-donald-trump-phone-call"


def copy_corpus(name: str, target: Path) -> Path:
    """A writable copy of tests/fixtures/<name>, as a content folder."""
    shutil.copytree(FIXTURES / name, target)
    return target


def write_readout(content: Path, rel: str, text: str | bytes) -> Path:
    """Add a file under `content` (creating folders); bytes are written as they are."""
    path = content / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def run_pipeline(content: Path, **options):
    """The pipeline's Result for a content folder."""
    from generator.pages.render import Options
    return build_pages(read_sources(content), Options(**options))


def mkdocs_build(content: Path, site: Path, **overrides) -> list[logging.LogRecord]:
    """Build `content` with the project's mkdocs.yml into `site`; returns the log records."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    records: list[logging.LogRecord] = []

    class Collect(logging.Handler):
        def emit(self, record):
            records.append(record)

    handler = Collect(level=logging.INFO)
    logger = logging.getLogger("mkdocs")
    logger.addHandler(handler)
    level = logger.level
    logger.setLevel(logging.INFO)
    try:
        config = load_config(str(ROOT / "mkdocs.yml"), docs_dir=str(content), site_dir=str(site), **overrides)
        build(config)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return records


@pytest.fixture
def basic(tmp_path) -> Path:
    """A writable copy of the small fixture corpus."""
    return copy_corpus("basic", tmp_path / "content")


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The real archive (content/), built once per test session."""
    site = tmp_path_factory.mktemp("real-site")
    mkdocs_build(CONTENT, site, strict=True)
    return site


# A readout whose title and issuer try every escape: HTML, JSON-in-<script>, XML, BibTeX, markdown.
HOSTILE_TITLE = """</script><script>alert("x")</script> & <b>bold</b> 'q' {b} 100% ~_^#$ ``` ]]> [l](javascript:x)"""
HOSTILE_ISSUER = """Ministry of <i>Tests</i> & "Quotes\""""
HOSTILE_SLUG = "2026-03-01-hostile-title"


def write_hostile(content: Path, aliases: str = "[readouts/2026/2026-03-01-old-name/]") -> Path:
    """Add the hostile readout (renamed from 2026-03-01-old-name) and its issuer to a content folder."""
    title = HOSTILE_TITLE.replace("'", "''")
    issuer = HOSTILE_ISSUER.replace("'", "''")
    with (content / "issuers.yml").open("a", encoding="utf-8") as issuers:
        issuers.write(f"- key: hostile-ministry\n  name: '{issuer}'\n  country: PT\n")
    return write_readout(content, f"readouts/2026/{HOSTILE_SLUG}.md", (
        f"---\ntitle: '{title}'\ndate: 2026-03-01\nkind: meeting\n"
        f"participants: [ana-ferreira, jonas-berg]\ntopics: [trade]\nissuer: hostile-ministry\naliases: {aliases}\n---\n\n"
        "The ministers met.\n"))


@pytest.fixture(scope="session")
def hostile_site(tmp_path_factory) -> Path:
    """The basic corpus plus the hostile readout, built with a site address."""
    root = tmp_path_factory.mktemp("hostile")
    content = copy_corpus("basic", root / "content")
    write_hostile(content)
    site = root / "site"
    mkdocs_build(content, site, strict=True, site_url="https://example.org/archive/")
    return site


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run 'make browser' (apt-get install chromium) or 'make test'")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class QuietServer(http.server.ThreadingHTTPServer):
    """A local test server that does not print a traceback when the browser drops a request
    it no longer needs (a page left while a file was still being sent)."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            super().handle_error(request, client_address)


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves its folder under MOUNT only, as GitHub Pages serves a project site."""

    mount = "/archive/"

    def translate_path(self, path):
        if not path.startswith(self.mount):
            return str(Path(self.directory) / "__missing__")
        return super().translate_path("/" + path[len(self.mount):])

    def log_message(self, *args):
        pass


@contextmanager
def serve_site(site: Path):
    """Serve a built site on a free localhost port under /archive/; yields its base URL."""
    server = QuietServer(("127.0.0.1", 0), functools.partial(SubPathHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{SubPathHandler.mount}"
    finally:
        server.shutdown()
