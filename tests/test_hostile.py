"""Hostile and non-Latin content through a real `mkdocs build --strict`.

tests/fixtures/hostile puts HTML, script and markdown links in every metadata
value and in the body; tests/fixtures/nonlatin uses Chinese, Arabic and Russian.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator.outputs.searchdocs import render_search_documents
from tests.conftest import FIXTURES, mkdocs_build, run_pipeline

HOSTILE_PAGE = "readouts/2026/2026-03-01-hostile-call/index.html"
DANGEROUS_TAGS = {"iframe", "img", "object", "embed", "frame", "base"}


class Elements(HTMLParser):
    """Every start tag with its attributes, and the text inside each <script>."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, list]] = []
        self.scripts: list[str] = []
        self.json_ld: list[str] = []
        self.title = ""
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))
        self._in = "json-ld" if tag == "script" and ("type", "application/ld+json") in attrs else tag

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "script":
            self.scripts.append(data)
        if self._in == "json-ld":
            self.json_ld.append(data)
        if self._in == "title":
            self.title += data


def parse_text(html: str) -> Elements:
    parser = Elements()
    parser.feed(html)
    return parser


def parse(path: Path) -> Elements:
    return parse_text(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("hostile-site")
    records = mkdocs_build(FIXTURES / "hostile", site, strict=True)
    assert [r.getMessage() for r in records if r.levelno >= 30] == []
    return site


@pytest.fixture(scope="module")
def nonlatin_site(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("nonlatin-site")
    mkdocs_build(FIXTURES / "nonlatin", site, strict=True)
    return site


def test_no_page_has_script_handlers_or_dangerous_links(hostile_site):
    pages = sorted(hostile_site.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        found = parse(page)
        for tag, attrs in found.tags:
            assert tag not in DANGEROUS_TAGS, (page, tag)
            for name, value in attrs:
                assert not name.startswith("on"), (page, tag, name)
                if name in ("href", "src", "action", "formaction"):
                    assert not (value or "").strip().lower().startswith(("javascript:", "data:", "vbscript:")), (page, value)
        assert not any("alert" in script for script in found.scripts), page
        # JSON-LD is data, never run; it carries the title as JSON text with < > & escaped
        assert not any(ch in data for data in found.json_ld for ch in "<>&"), page


def test_hostile_title_is_text_in_the_title_element_and_the_heading(hostile_site):
    page = hostile_site / HOSTILE_PAGE
    found = parse(page)
    assert found.title == ("<script>alert('title')</script> [click](javascript:alert('title-link')) "
                           "<img src=x onerror=\"alert('img')\"> · Readout Archive")
    html = page.read_text(encoding="utf-8")
    assert "&#60;script&#62;alert&#40;'title'&#41;&#60;/script&#62;" in html
    assert "&#60;b onmouseover&#61;\"alert&#40;'name'&#41;\"&#62;Eve&#60;/b&#62;" in html
    assert "&#60;script&#62;alert&#40;'publisher'&#41;&#60;/script&#62;" in html


def test_the_body_keeps_its_text_and_loses_its_scripts_and_links(hostile_site):
    html = (hostile_site / HOSTILE_PAGE).read_text(encoding="utf-8")
    assert "<p>A paragraph with a handler.</p>" in html
    assert "body-script" not in html and "body-onclick" not in html and "evil.example" not in html
    assert '<a rel="noopener noreferrer">a raw one</a>' in html


def test_the_source_link_is_the_checked_http_address(hostile_site):
    html = (hostile_site / HOSTILE_PAGE).read_text(encoding="utf-8")
    assert 'href="https://example.org/readout?a=1&amp;b=%5Bx%5D%28y%29"' in html


def test_the_search_documents_hold_escaped_text_only(hostile_site):
    """Pagefind indexes lean documents made from the readouts (generator/searchdocs.py)."""
    archive = run_pipeline(FIXTURES / "hostile").archive
    documents = render_search_documents(archive)
    assert documents
    for path, html in documents.items():
        found = parse_text(html)
        for tag, attrs in found.tags:
            assert tag not in DANGEROUS_TAGS, (path, tag)
            assert not any(name.startswith("on") for name, _ in attrs), (path, tag)
    document = documents["readouts/2026/2026-03-01-hostile-call/index.html"]
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in document
    assert (hostile_site / "pagefind" / "pagefind.js").is_file()


def test_nav_and_listings_show_names_as_text(hostile_site):
    people = (hostile_site / "people" / "index.html").read_text(encoding="utf-8")
    assert "&#60;b onmouseover&#61;" in people and "<b onmouseover" not in people
    topics = (hostile_site / "topics" / "trade" / "index.html").read_text(encoding="utf-8")
    assert "<title>&#60;iframe src&#61;\"javascript:alert&#40;'topic'&#41;\"&#62;&#60;/iframe&#62;Trade · Readout Archive</title>" in topics


@pytest.mark.parametrize("uri, title", [
    ("readouts/2026/2026-03-02-xi-putin-call/index.html", "习近平同俄罗斯总统普京通电话"),
    ("readouts/2026/2026-03-03-putin-bin-salman-call/index.html", "محادثة هاتفية بين محمد بن سلمان وفلاديمير بوتين"),
    ("people/vladimir-putin/index.html", "Владимир Путин"),
    ("topics/strategic-partnership/index.html", "Стратегическое партнёрство"),
])
def test_non_latin_text_in_titles_and_names(nonlatin_site, uri, title):
    assert parse(nonlatin_site / uri).title == f"{title} · Readout Archive"


def test_non_latin_text_is_in_the_search_documents(nonlatin_site):
    text = " ".join(render_search_documents(run_pipeline(FIXTURES / "nonlatin").archive).values())
    for piece in ("习近平同俄罗斯总统普京通电话", "Владимир Путин", "محمد بن سلمان", "3月2日，国家主席习近平"):
        assert piece in text
    assert (nonlatin_site / "pagefind" / "pagefind.js").is_file()


def test_the_readout_page_declares_the_language_of_its_text(nonlatin_site):
    html = (nonlatin_site / "readouts/2026/2026-03-03-putin-bin-salman-call/index.html").read_text(encoding="utf-8")
    assert 'lang="ar"' in html


def test_statements_reach_the_event_and_person_pages_as_text(hostile_site):
    """The second account reports Mallory (a hostile name) saying sentences with a script, a
    javascript: link and a handler: every page and file they reach holds them as text."""
    event = (hostile_site / "events/2026-03-01-hostile-call/index.html").read_text(encoding="utf-8")
    person = (hostile_site / "people/eve-mallory/statements/index.html").read_text(encoding="utf-8")
    for page in (event, person):
        assert "Minister Mallory said that trade rules were" in page
        assert "said-script" not in page and "said-link" not in page and "said-b" not in page
        assert not [tag for tag, attrs in parse_text(page).tags if any(name.startswith("on") for name, _ in attrs)]
    assert "&#60;b onmouseover" in event and "<b onmouseover" not in event  # the speaker's name, escaped
    data = json.loads((hostile_site / "events/2026-03-01-hostile-call/index.json").read_text(encoding="utf-8"))
    said = [text for row in data["grid"][0]["rows"] for texts in row["accounts"].values() for text in texts]
    assert "Ferreira said that trade & \"fairness\" mattered." in said
    record = json.loads((hostile_site / "readouts/2026/2026-03-02-portugal-account/index.json").read_text(encoding="utf-8"))
    assert all("<" not in statement["text"] for statement in record["statements"])
