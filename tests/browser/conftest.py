"""Browser tests: real sites built with MkDocs, served under sub-paths, driven by Debian's chromium.

One session per xdist worker builds three sites into one folder and serves it on
a free 127.0.0.1 port:
  /archive/  the real archive (content/)
  /sample/   tests/fixtures/basic plus SAMPLE_SIZE synthetic readouts
  /big/      the sample site with a Browse catalog of BIG_SIZE synthetic readouts
Every page a test opens goes through `open_page`, which records each request and
fails the test if one went to any other host.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from generator.outputs.browse import build_browse_catalog
from generator.archive.index import build_indexes
from generator.model import Archive, Country, Participant, Topic, Vocabulary
from browser.corpus import PEOPLE, TOPICS, synthetic_readouts, write_corpus
from conftest import (CHROMIUM, CHROMIUM_ARGS, CONTENT, FIXTURES, ROOT, QuietServer, copy_corpus, mkdocs_build,
                      run_pipeline)

SAMPLE_SIZE = 120
BIG_SIZE = 10_000
ARTIFACTS = ROOT / "test-artifacts"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


class Server:
    """A threaded static server for `folder` on a free port; `url(path)` gives addresses."""

    def __init__(self, folder: Path):
        handler = functools.partial(QuietHandler, directory=str(folder))
        self.httpd = QuietServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return f"{self.origin}/{path.lstrip('/')}"


def big_catalog() -> str:
    """The Browse catalog of BIG_SIZE synthetic readouts, made by generator.browse."""
    readouts = synthetic_readouts(BIG_SIZE)
    vocab = Vocabulary({k: Topic(k, label) for k, label in TOPICS.items()},
                       {k: Participant(k, name, cc) for k, (name, cc) in PEOPLE.items()})
    countries = {cc: Country(cc, cc) for _, cc in PEOPLE.values()}
    return build_browse_catalog(Archive(readouts, vocab, countries), build_indexes(readouts))


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("served")
    served = Server(root)
    sample = copy_corpus("basic", tmp_path_factory.mktemp("sample") / "content")
    write_corpus(sample, FIXTURES / "basic", SAMPLE_SIZE)
    shutil.copytree(CONTENT / "assets", sample / "assets")  # the site's stylesheet and scripts
    served.sample_content = sample
    for name, content in (("archive", CONTENT), ("sample", sample)):
        mkdocs_build(content, root / name, strict=True, site_url=served.url(f"{name}/"))
    shutil.copytree(root / "sample", root / "big")
    (root / "big" / "assets" / "browse.json").write_text(big_catalog(), encoding="utf-8")
    served.root = root
    served.thread.start()
    yield served
    served.httpd.shutdown()
    served.httpd.server_close()


@pytest.fixture(scope="session")
def sample_result(server):
    """The pipeline's own view of the sample corpus: the oracle for counts."""
    return run_pipeline(server.sample_content)


@pytest.fixture
def open_page(browser, server):
    """open_page(path, scheme="light") -> a Playwright page; every request is recorded and checked."""
    contexts, requests, errors = [], [], []

    def guard(route):
        if route.request.url.startswith(server.origin + "/"):
            route.continue_()
        else:
            route.abort()

    def opener(path: str, scheme: str = "light"):
        context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 900})
        context.on("request", lambda request: requests.append(request.url))
        context.route("**/*", guard)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(f"{page.url}: {error}"))
        page.on("console", lambda message: message.type == "error" and errors.append(f"{page.url}: {message.text}"))
        page.set_default_timeout(10_000)
        page.requests = requests
        page.goto(server.url(path))
        return page

    yield opener
    for context in contexts:
        context.close()
    outside = [url for url in requests if not url.startswith(server.origin + "/")]
    assert not outside, f"requests left 127.0.0.1: {outside}"
    assert not errors, f"errors in the browser: {errors}"


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under test-artifacts/ for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
