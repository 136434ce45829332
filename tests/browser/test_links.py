"""Every internal link of every built page resolves: no browser, just the HTML files.

Runs over the real archive and the sample site, both built for a sub-path
(site_url http://127.0.0.1:PORT/<name>/). A link resolves when it names a file
of the site (a folder means its index.html) and, with a #fragment, an id on that page.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

FETCHED = {("link", "href"), ("script", "src"), ("img", "src"), ("image", "href"), ("source", "src"), ("iframe", "src")}
LINKED = {("a", "href"), ("area", "href")}


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.ids.add(value)
            if value is not None and ((tag, name) in FETCHED or (tag, name) in LINKED or name == "xlink:href"):
                self.refs.append((tag, name, value))


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def target_file(site: Path, path: str) -> Path:
    file = site / unquote(path)
    return file / "index.html" if path.endswith("/") or path == "" else file


def check_site(site: Path, base: str) -> tuple[int, list[str]]:
    """(links checked, problems) for every HTML page under `site`, published at `base`."""
    pages = {p: parse(p) for p in sorted(site.rglob("*.html"))}
    problems, checked = [], 0
    for path, page in pages.items():
        here = base + path.relative_to(site).as_posix()
        for tag, attribute, value in page.refs:
            where = f"{path.relative_to(site)}: <{tag} {attribute}={value!r}>"
            if path.name == "404.html" and value.startswith(urlsplit(base).path):
                pass  # MkDocs' 404 page links from the site's root path, to work at any depth
            elif value.startswith("/") or value.startswith("javascript:"):
                problems.append(f"{where}: links must be relative")
                continue
            url = urlsplit(urljoin(here, value))
            if url.scheme in ("mailto", "data"):
                continue
            if not (url.scheme + "://" + url.netloc + url.path).startswith(base):
                if (tag, attribute) in FETCHED:
                    problems.append(f"{where}: the page would fetch from another host or path")
                continue  # a plain link out of the site, such as a readout's original source
            checked += 1
            file = target_file(site, url.path[len(urlsplit(base).path):])
            if not file.is_file():
                problems.append(f"{where}: no file {file.relative_to(site)}")
            elif url.fragment and file.suffix == ".html":
                ids = pages[file].ids if file in pages else parse(file).ids
                if unquote(url.fragment) not in ids:
                    problems.append(f"{where}: no id {url.fragment!r} in {file.relative_to(site)}")
    return checked, problems


@pytest.mark.parametrize("name", ["archive", "sample"])
def test_every_internal_link_resolves(server, name):
    site = server.root / name
    checked, problems = check_site(site, server.url(f"{name}/"))
    assert problems == []
    pages = len(list(site.rglob("*.html")))
    assert checked > pages * 10  # the crawl really followed the navigation and listings


def test_the_crawler_reports_a_dead_link_and_a_root_relative_one(tmp_path):
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text('<a href="a/">ok</a><a href="b/">dead</a><a href="/a/">root</a>'
                                     '<a href="a/#there">anchor</a><a href="a/#nowhere">bad anchor</a>'
                                     '<a href="https://example.org/x">out</a><script src="https://cdn.example/x.js"></script>')
    (site / "a" / "index.html").write_text('<h2 id="there">There</h2>')
    checked, problems = check_site(site, "http://127.0.0.1:1/archive/")
    assert checked == 4
    assert problems == [
        "index.html: <a href='b/'>: no file b/index.html",
        "index.html: <a href='/a/'>: links must be relative",
        "index.html: <a href='a/#nowhere'>: no id 'nowhere' in a/index.html",
        "index.html: <script src='https://cdn.example/x.js'>: the page would fetch from another host or path",
    ]


def test_links_resolve_without_directory_urls(tmp_path):
    """Timelines and the Browse catalog write final URLs themselves: check them in .html mode too."""
    import json
    import shutil

    from conftest import CONTENT, FIXTURES, mkdocs_build

    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "basic", content)
    shutil.copytree(CONTENT / "assets", content / "assets")
    site = tmp_path / "site"
    mkdocs_build(content, site, strict=True, use_directory_urls=False, site_url="http://127.0.0.1:1/archive/")
    checked, problems = check_site(site, "http://127.0.0.1:1/archive/")
    assert problems == []
    assert 'href="2025.html"' in (site / "dates/index.html").read_text(encoding="utf-8")
    catalog = json.loads((site / "assets/browse.json").read_text(encoding="utf-8"))
    for date, slug, *_ in catalog["readouts"]:
        assert (site / catalog["page"].format(year=date[:4], slug=slug)).is_file()
