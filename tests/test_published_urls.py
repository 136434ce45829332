"""Every URL the site publishes in its data resolves, in both of MkDocs' URL styles.

A small archive (with one renamed readout, so one redirect page) is built with MkDocs
with `use_directory_urls` true and false; then every URL the site hands out is
collected (catalog.json and catalog.csv, each readout's index.json, the feeds, the
citation permalink on each readout page, sitemap.xml, robots.txt, the redirect pages)
and mapped to a file in the site folder: a URL ending in / is that folder's
index.html, any other the file itself. A page URL must reach an HTML page (not a
folder holding only index.json, not a redirect page); a data URL, its file.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urldefrag, urljoin

import pytest

from tests.conftest import copy_corpus, mkdocs_build, write_readout

SITE_URL = "http://example.org/archive/"
OLD = "readouts/2026/2026-02-05-ferreira-mori-call/"
RENAMED = "readouts/2026/2026-02-05-ferreira-mori-climate-call.md"
READOUTS = 7  # the basic corpus's four, two accounts of one call and a single account of another
ACCOUNT = ("---\ntitle: {title}\ndate: {date}\nkind: call\nparticipants: [ana-ferreira, kenji-mori]\n"
           "topics: [trade]\nissuer: {issuer}\nevent: {event}\n---\n\nMori said that trade grew. Ferreira agreed.\n")

PAGE, DATA, ADDRESS = "page", "data", "address"  # ADDRESS: any file, a redirect page included


@dataclass(frozen=True)
class Found:
    where: str  # the file that publishes the URL, and in which field
    url: str  # absolute: resolved against the publishing file's own URL
    kind: str  # PAGE, DATA or ADDRESS


@dataclass(frozen=True)
class Site:
    folder: Path
    directory_urls: bool
    site_url: str


def build(root: Path, directory_urls: bool, site_url: str) -> Site:
    content = copy_corpus("basic", root / "content")
    old = content / "readouts/2026/2026-02-05-ferreira-mori-call.md"
    text = old.read_text().replace("topics: [climate]\n", f"topics: [climate]\naliases: [{OLD}]\n")
    old.unlink()
    write_readout(content, RENAMED, text)
    for slug, issuer, event in (("pt-account", "pt-pmo", "2026-04-01-call"), ("jp-account", "jp-mofa", "2026-04-01-call"),
                                ("lone-account", "pt-pmo", "2026-05-01-call")):
        date = event[:10]
        write_readout(content, f"readouts/2026/{date}-{slug}.md",
                      ACCOUNT.format(title=slug, date=date, issuer=issuer, event=event))
    folder = root / "site"
    mkdocs_build(content, folder, strict=True, site_url=site_url, use_directory_urls=directory_urls)
    return Site(folder, directory_urls, site_url)


@pytest.fixture(scope="module", params=[(True, SITE_URL), (False, SITE_URL), (False, "")],
                ids=["directory-urls", "file-urls", "file-urls-no-site-url"])
def site(request, tmp_path_factory) -> Site:
    directory_urls, site_url = request.param
    return build(tmp_path_factory.mktemp("published-urls"), directory_urls, site_url)


# Where the collected URLs live -------------------------------------------------------------

def url_of(site: Site, path: Path) -> str:
    """The address of a file in the site (under SITE_URL even when built without one:
    relative URLs resolve the same way under any address)."""
    rel = path.relative_to(site.folder).as_posix()
    if site.directory_urls and rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    elif rel == "index.html" and site.directory_urls:
        rel = ""
    return SITE_URL + rel


def target(site: Site, url: str) -> Path | None:
    """The file a URL under SITE_URL reaches, or None for a URL elsewhere."""
    url = urldefrag(url)[0].split("?", 1)[0]
    if not url.startswith(SITE_URL):
        return None
    rel = url[len(SITE_URL):]
    if rel == "" or rel.endswith("/"):
        rel += "index.html"
    return site.folder / rel


def is_redirect(text: str) -> bool:
    return 'http-equiv="refresh"' in text


def find_all(pattern: str, text: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(pattern, text, flags=re.S)]


# Collecting --------------------------------------------------------------------------------

def from_catalog_json(site: Site) -> list[Found]:
    path = site.folder / "catalog.json"
    data = json.loads(path.read_text())
    base = url_of(site, path)
    found = [Found("catalog.json $schema", urljoin(base, data["$schema"]), DATA)]
    if data["site_url"]:
        found.append(Found("catalog.json site_url", data["site_url"], PAGE))
    for record in data["readouts"]:
        found.append(Found(f"catalog.json {record['id']} url", urljoin(base, record["url"]), PAGE))
        found.append(Found(f"catalog.json {record['id']} json", urljoin(base, record["json"]), DATA))
    assert len(data["readouts"]) == READOUTS
    return found


def from_catalog_csv(site: Site) -> list[Found]:
    path = site.folder / "catalog.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"), newline="")))
    base = url_of(site, path)
    assert len(rows) == READOUTS
    return [Found(f"catalog.csv {row['id']} {column}", urljoin(base, row[column]), kind)
            for row in rows for column, kind in (("url", PAGE), ("json", DATA))]


def from_readout_json(site: Site) -> list[Found]:
    found = []
    files = sorted((site.folder / "readouts").glob("*/*/index.json"))
    assert len(files) == READOUTS
    home = SITE_URL
    for path in files:
        data = json.loads(path.read_text())
        where = path.relative_to(site.folder).as_posix()
        found.append(Found(f"{where} $schema", urljoin(url_of(site, path), data["$schema"]), DATA))
        # url and json are relative to the archive's home, as in catalog.json
        found.append(Found(f"{where} url", urljoin(home, data["url"]), PAGE))
        found.append(Found(f"{where} json", urljoin(home, data["json"]), DATA))
        found.append(Found(f"{where} citation.permalink", urljoin(home, data["citation"]["permalink"]), PAGE))
        found += chicago_and_bibtex(where, data["citation"]["chicago"], data["citation"]["bibtex"], site)
    return found


def chicago_and_bibtex(where: str, chicago: str, bibtex: str, site: Site) -> list[Found]:
    """The permalink at the end of the Chicago text and in BibTeX's url field."""
    chicago_url = re.search(r" (\S+)\.$", chicago).group(1)
    bibtex_url = re.search(r"^  url = \{(.*)\}$", bibtex, flags=re.M).group(1)
    return [Found(f"{where} Chicago text", urljoin(SITE_URL, chicago_url), PAGE),
            Found(f"{where} BibTeX url", urljoin(SITE_URL, bibtex_url), PAGE)]


def from_feeds(site: Site) -> list[Found]:
    found = []
    files = sorted(site.folder.rglob("*.xml"))
    files = [f for f in files if f.name == "feed.xml"]
    assert site.folder / "feed.xml" in files and len(files) > 5
    for path in files:
        text = path.read_text()
        base = url_of(site, path)
        where = path.relative_to(site.folder).as_posix()
        for tag in re.findall(r"<link\b[^>]*>", text):
            href = html.unescape(re.search(r'href="([^"]*)"', tag).group(1))
            rel = re.search(r'rel="([^"]*)"', tag)
            kind = DATA if rel and rel.group(1) == "self" else PAGE
            found.append(Found(f"{where} <link {rel.group(1) if rel else 'entry'}>", urljoin(base, href), kind))
        for ident in find_all(r"<id>(.*?)</id>", text):
            if ident.startswith("urn:"):  # a name, not an address: nothing to resolve
                continue
            found.append(Found(f"{where} <id>", urljoin(base, ident), PAGE))
    return found


def readout_pages(site: Site) -> list[Path]:
    pages = [p for p in sorted((site.folder / "readouts").rglob("*.html"))
             if 'id="cite"' in p.read_text() and not is_redirect(p.read_text())]
    assert len(pages) == READOUTS
    return pages


def from_readout_pages(site: Site) -> list[Found]:
    found = []
    for path in readout_pages(site):
        text = path.read_text()
        where = path.relative_to(site.folder).as_posix()
        base = url_of(site, path)
        metas = dict(re.findall(r'<meta name="(citation_[a-z_]+)" content="([^"]*)"', text))
        if site.site_url:
            for name in ("citation_public_url", "citation_abstract_html_url"):
                found.append(Found(f"{where} {name}", html.unescape(metas[name]), PAGE))
            ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', text, re.S).group(1))
            found.append(Found(f"{where} JSON-LD url", ld["url"], PAGE))
        else:
            assert "citation_public_url" not in metas
        blocks = find_all(r'<pre class="ra-cite"><code>(.*?)</code></pre>', text)
        assert len(blocks) == 2
        found += chicago_and_bibtex(where, *blocks, site)  # relative to the home without a site address
        # the Permalink line's link, and the link to the readout's JSON
        cite = text[text.index('id="cite"'):]
        first = find_all(r'<a [^>]*href="([^"]*)"', cite)[0]
        found.append(Found(f"{where} Permalink link", urljoin(base, first), PAGE))
        for href in find_all(r'href="([^"]*index\.json)"', text):
            found.append(Found(f"{where} JSON link", urljoin(base, href), DATA))
    return found


def from_sitemap(site: Site) -> list[Found]:
    path = site.folder / "sitemap.xml"
    locs = find_all(r"<loc>(.*?)</loc>", path.read_text())
    assert len(locs) > READOUTS
    return [Found("sitemap.xml <loc>", urljoin(url_of(site, path), loc), PAGE) for loc in locs]


def from_robots(site: Site) -> list[Found]:
    lines = [line for line in (site.folder / "robots.txt").read_text().splitlines() if line.startswith("Sitemap:")]
    return [Found("robots.txt Sitemap", line.split(None, 1)[1], DATA) for line in lines]


def from_redirects(site: Site) -> list[Found]:
    found = []
    pages = [p for p in sorted(site.folder.rglob("*.html")) if is_redirect(p.read_text())]
    lone = "events/2026-05-01-call/index.html" if site.directory_urls else "events/2026-05-01-call.html"
    assert sorted(p.relative_to(site.folder).as_posix() for p in pages) == sorted([OLD + "index.html", lone])
    for path in pages:
        text = path.read_text()
        where = path.relative_to(site.folder).as_posix()
        base = url_of(site, path)
        found.append(Found(f"{where} canonical", urljoin(base, find_all(r'<link rel="canonical" href="([^"]*)"', text)[0]), PAGE))
        found.append(Found(f"{where} refresh", urljoin(base, find_all(r'content="0; url=([^"]*)"', text)[0]), PAGE))
        found += [Found(f"{where} <a href>", urljoin(base, href), PAGE) for href in find_all(r'<a href="([^"]*)"', text)]
    return found


def from_events(site: Site) -> list[Found]:
    """events.json and each event's index.json: the event's address (a page, or for an event with
    one account a page leading to it) and each account's page."""
    data = json.loads((site.folder / "events.json").read_text())
    assert [event["key"] for event in data["events"]] == ["2026-05-01-call", "2026-04-01-call"]
    found = []
    for event in data["events"]:
        kind = PAGE if len(event["accounts"]) > 1 else ADDRESS
        found.append(Found(f"events.json {event['key']} url", urljoin(SITE_URL, event["url"]), kind))
        found.append(Found(f"events.json {event['key']} json", urljoin(SITE_URL, event["json"]), DATA))
        own = json.loads((site.folder / event["json"]).read_text())
        found += [Found(f"{event['json']} account", urljoin(SITE_URL, account["url"]), PAGE) for account in own["accounts"]]
    return found


COLLECTORS = [from_catalog_json, from_catalog_csv, from_readout_json, from_feeds, from_readout_pages,
              from_sitemap, from_robots, from_redirects, from_events]


def problem(site: Site, found: Found) -> str | None:
    path = target(site, found.url)
    if path is None:
        return f"{found.where}: {found.url} is not under the site's address"
    if not path.is_file():
        inside = sorted(p.name for p in path.parent.iterdir()) if path.parent.is_dir() else []
        return f"{found.where}: {found.url} reaches no file ({path.relative_to(site.folder)}; its folder holds {inside})"
    if found.kind == PAGE:
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix != ".html" or not text.lstrip().lower().startswith("<!doctype html"):
            return f"{found.where}: {found.url} is not an HTML page"
        if is_redirect(text):
            return f"{found.where}: {found.url} is a redirect page, not the page itself"
    return None


@pytest.mark.parametrize("collect", COLLECTORS, ids=lambda c: c.__name__)
def test_every_published_url_resolves(site, collect):
    found = collect(site)
    assert found or (collect is from_robots and not site.site_url)  # no address, no Sitemap line
    problems = [p for p in (problem(site, f) for f in found) if p]
    assert problems == []


def test_data_and_citations_name_each_readout_by_its_page(site):
    """The catalog, each readout's JSON and its citation agree on one address: the page's."""
    suffix = "/" if site.directory_urls else ".html"
    catalog = json.loads((site.folder / "catalog.json").read_text())
    for record in catalog["readouts"]:
        assert record["url"].endswith(record["id"] + suffix)
        data = json.loads((site.folder / record["json"]).read_text())
        assert data["url"] == record["url"]
        assert data["citation"]["permalink"] == (site.site_url + record["url"] if site.site_url else record["url"])
