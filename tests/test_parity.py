"""The plugin writes readout and listing pages as HTML (generator/markup.py's HtmlSyntax),
skipping Markdown, in a worker beside MkDocs; `build --out` writes them as markdown.
Both must give the same site.

Each corpus is built twice with the project's mkdocs.yml, `archive: html: true` (the
default) and `html: false` (MkDocs converts the markdown `build --out` writes), and
every HTML file is compared after normalising whitespace between and inside text:
tags, attributes with their raw values, text and character references must agree.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

from conftest import CONTENT, FIXTURES, copy_corpus, mkdocs_build, write_hostile
from test_archived_url import write_archived
from test_synth import write_corpus

ATTRIBUTE = re.compile(r"""([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")


class Events(HTMLParser):
    """A page as a list of events: tags with their raw attributes, text, references."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.events: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        raw = self.get_starttag_text()[1 + len(tag):].rstrip(">").rstrip("/")
        found = sorted((m.group(1), (m.group(2) or "").strip("\"'")) for m in ATTRIBUTE.finditer(raw))
        self.events.append(("start", tag, tuple(found)))

    def handle_endtag(self, tag):
        self.events.append(("end", tag))

    def handle_data(self, data):
        if text := " ".join(data.split()):
            self.events.append(("text", text))

    def handle_entityref(self, name):
        self.events.append(("entity", name))

    def handle_charref(self, name):
        self.events.append(("charref", name))


def events(path: Path) -> list[tuple]:
    parser = Events()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser.events


def build_both(content: Path, tmp_path: Path, **archive) -> tuple[Path, Path, list]:
    sites = []
    for html in (True, False):
        site = tmp_path / f"site-{html}"
        records = mkdocs_build(content, site, strict=True,
                               plugins=[{"archive": {"search": False, "html": html, **archive}}])
        assert not [r.getMessage() for r in records if r.levelno >= 30]
        sites.append(site)
    return sites[0], sites[1], sorted(p.relative_to(sites[0]) for p in sites[0].rglob("*.html"))


def assert_same_pages(direct: Path, converted: Path, pages: list[Path]) -> None:
    """Every page alike; every other file (feeds, data files) byte for byte; the sitemap's lines."""
    assert pages == sorted(p.relative_to(converted) for p in converted.rglob("*.html"))
    differing = [str(page) for page in pages if events(direct / page) != events(converted / page)]
    assert differing == []
    others = sorted(p.relative_to(direct) for p in direct.rglob("*") if p.is_file() and p.suffix != ".html")
    assert others == sorted(p.relative_to(converted) for p in converted.rglob("*")
                            if p.is_file() and p.suffix != ".html")
    assert any(p.name == "index.json" for p in others)
    for name in others:
        one, two = (direct / name).read_bytes(), (converted / name).read_bytes()
        if name.name == "sitemap.xml":  # the same entries; MkDocs lists pages in the order it built them
            one, two = sorted(one.splitlines()), sorted(two.splitlines())
        if name.name != "sitemap.xml.gz":
            assert one == two, name


@pytest.mark.parametrize("corpus", ["basic", "hostile", "nonlatin", "events", "relations", "translations", "basic+hostile readout", "basic+archived copies"])
def test_fixture_corpora_build_the_same_both_ways(corpus, tmp_path):
    content = FIXTURES / corpus
    if corpus == "basic+hostile readout":  # markup, entities and a query string in every field
        content = copy_corpus("basic", tmp_path / "content")
        write_hostile(content)
    if corpus == "basic+archived copies":  # source.archived_url with and without the original's address
        content = write_archived(copy_corpus("basic", tmp_path / "content"))
    direct, converted, pages = build_both(content, tmp_path)
    assert any("readouts/" in str(p) for p in pages)
    assert_same_pages(direct, converted, pages)


def test_the_real_archive_builds_the_same_both_ways(tmp_path):
    direct, converted, pages = build_both(CONTENT, tmp_path)
    assert_same_pages(direct, converted, pages)


def test_paginated_synthetic_archive_builds_the_same_both_ways_and_without_directory_urls(tmp_path):
    content = write_corpus(tmp_path / "content", 120)
    direct, converted, pages = build_both(content, tmp_path / "a", page_size=15)
    assert any("page-2" in str(p) for p in pages)
    assert_same_pages(direct, converted, pages)
    # MkDocs' use_directory_urls: false changes every link; both ways must follow it.
    sites = []
    for html in (True, False):
        site = tmp_path / f"flat-{html}"
        mkdocs_build(content, site, strict=True, use_directory_urls=False,
                     plugins=[{"archive": {"search": False, "html": html, "page_size": 40}}])
        sites.append(site)
    flat = sorted(p.relative_to(sites[0]) for p in sites[0].rglob("*.html"))
    assert any(p.name.startswith("2025-") for p in flat)
    assert_same_pages(sites[0], sites[1], flat)


def test_a_difference_in_an_attribute_escape_is_noticed(tmp_path):
    """The comparison itself: `&` against `&amp;` in an href, and a moved class, differ."""
    one, two, three = tmp_path / "1.html", tmp_path / "2.html", tmp_path / "3.html"
    one.write_text('<p><a href="x?a=1&amp;b=2" class="c">t</a></p>')
    two.write_text('<p><a href="x?a=1&b=2" class="c">t</a></p>')
    three.write_text('<p>\n<a class="c"  href="x?a=1&amp;b=2">t</a></p>')
    assert events(one) != events(two)
    assert events(one) == events(three)


def test_a_toc_setting_the_html_pages_would_not_follow_is_refused(basic, tmp_path, caplog):
    """HtmlSyntax gives headings the toc extension's ids and permalinks from three of its
    settings; another (here toc_depth) would make the two render paths differ silently."""
    def extensions():  # MkDocs empties the dicts it reads
        return ["attr_list", "md_in_html", "def_list", "tables", "admonition",
                {"toc": {"permalink": True, "toc_depth": 2}}]

    with pytest.raises(Abort):
        mkdocs_build(basic, tmp_path / "site", markdown_extensions=extensions(), plugins=[{"archive": {"search": False}}])
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any("the toc setting(s) toc_depth are not followed" in message and "html: false" in message
               for message in errors)
    records = mkdocs_build(basic, tmp_path / "site2", markdown_extensions=extensions(),
                           plugins=[{"archive": {"search": False, "html": False}}])
    assert not [r for r in records if r.levelname == "ERROR"]
