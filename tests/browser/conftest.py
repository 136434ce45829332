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

import contextlib
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Callable
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
SIZES = {"laptop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


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


@contextlib.contextmanager
def serve_corpus(tmp_path_factory, name: str, prepare: Callable[[Path], None] | None = None):
    """Fixture corpus `name` (after `prepare(content)`, if given) with the site's stylesheets and
    scripts, built and served under /site/ on a free port: a test module's own `server`, standing
    in for the session's so that `open_page` (its request guard, its check of browser errors)
    works as everywhere else without building the archive and the sample sites first."""
    root = tmp_path_factory.mktemp(f"{name}-served")
    served = Server(root)
    content = copy_corpus(name, tmp_path_factory.mktemp(name) / "content")
    if prepare is not None:
        prepare(content)
    shutil.copytree(CONTENT / "assets", content / "assets")
    mkdocs_build(content, root / "site", strict=True, site_url=served.url("site/"))
    served.content, served.root = content, root
    served.thread.start()
    try:
        yield served
    finally:
        served.httpd.shutdown()
        served.httpd.server_close()


def open_sized(open_page, path: str, scheme: str = "light", size: str = "laptop"):
    """Page `path` in `scheme`, loaded again at `size` (SIZES) so it starts as a phone would load it."""
    page = open_page(path, scheme)
    if size != "laptop":
        page.set_viewport_size(SIZES[size])
        page.reload()
    assert page.evaluate("innerWidth") == SIZES[size]["width"]
    assert page.get_attribute("body", "data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
    return page


def contrast(one: str, two: str) -> float:
    """WCAG contrast ratio of two opaque computed colours, 'rgb(r, g, b)'."""
    def luminance(colour: str) -> float:
        channels = [int(float(c)) / 255 for c in colour[colour.index("(") + 1:colour.index(")")].split(",")[:3]]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    light, dark = sorted((luminance(one), luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


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
