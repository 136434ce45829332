"""Everything the site publishes besides its pages: feeds, data files, redirects,
robots.txt, and what each page's <head> carries (feed links, citation metadata,
its last-modified date for sitemap.xml). Pure; the plugin writes it out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from generator.pages import urls
from generator.outputs.browse import build_browse_catalog
from generator.outputs.catalog import SCHEMAS, readout_records, render_catalog_files, render_readout_files
from generator.outputs.citation import cite_readout
from generator.outputs.events import event_json_uri, event_redirect_path, render_event_files
from generator.outputs.feeds import list_feeds, page_feed, render_feeds
from generator.archive.index import Indexes
from generator.pages.registry import Site, all_pages
from generator.memo import Memo, remember
from generator.model import Archive
from generator.outputs.redirects import alias_targets, render_redirects
from generator.outputs.relations import render_relation_files


@dataclass(frozen=True)
class Head:
    """What a page's <head> carries. Values are unescaped text: the template escapes them."""

    lastmod: str = ""  # ISO date: the page's newest readout
    feeds: tuple[tuple[str, str], ...] = ()  # (title, feed path in the site)
    meta: tuple[tuple[str, str], ...] = ()  # Highwire citation_* (name, content)
    json_ld: str = ""  # already safe inside <script type="application/ld+json">
    og_type: str = "website"  # OpenGraph's og:type, from the page's kind


@dataclass(frozen=True)
class Outputs:
    files: dict[str, bytes] = field(default_factory=dict)  # site path -> bytes
    heads: dict[str, Head] = field(default_factory=dict)  # page source path -> Head
    lastmod: str = ""  # the newest readout's date: for pages with nothing newer to say


def robots_txt(site_url: str) -> bytes:
    lines = ["# The whole archive may be crawled.", "User-agent: *", "Disallow:"]
    if site_url:
        lines.append(f"Sitemap: {urls.absolute(site_url, 'sitemap.xml')}")
    else:
        lines.append("# Sitemap: set SITE_URL when building to name the sitemap's full address here.")
    return ("\n".join(lines) + "\n").encode("utf-8")


def readout_head(readout, archive: Archive, site_name: str, site_url: str, directory_urls: bool = True,
                 citation=None) -> Head:
    """`citation`: the readout's, if made already (its page prints it too)."""
    citation = citation or cite_readout(readout, archive.vocabulary, site_name, site_url, directory_urls)
    return Head(lastmod=readout.date.isoformat(), meta=citation.meta, json_ld=citation.json_ld, og_type="article")


def build_heads(site: Site, citations: bool = True, memo: Memo | None = None) -> dict[str, Head]:
    """Every page's head, from what its kind declares; with `citations` false a readout's
    carries no citations (the page worker sends them with the page: see serve/worker.py)."""
    archive, options = site.archive, site.options
    heads: dict[str, Head] = {}
    for page in all_pages(site):
        feed = page_feed(page, options.site_name)
        heads[page.uri] = Head(lastmod=page.lastmod, feeds=((feed.title, feed.uri),) if feed else (),
                               og_type=page.kind.og_type)
    if citations:
        for readout in archive.readouts:
            heads[readout.src_uri] = remember(memo.heads if memo else None, (readout, options), lambda r=readout: readout_head(
                r, archive, options.site_name, options.site_url, options.directory_urls))
    return dict(sorted(heads.items()))


READOUT_FILES = 2_000  # readouts' data files a part of output_parts


def output_parts(archive: Archive, indexes: Indexes, site_name: str, site_url: str = "",
                 directory_urls: bool = True, memo: Memo | None = None,
                 site: Site | None = None) -> list[Callable[[], dict[str, bytes]]]:
    """`output_files` in independent parts, each made when called (the page worker's children
    share them out: serve/worker.py), the readouts' data files READOUT_FILES readouts a part, so
    what a part holds in memory is bounded whatever the archive's size. `site`: the archive's,
    if its pages are listed already."""
    records = cache(lambda: readout_records(archive, memo, directory_urls))  # once a process, if at all

    def readout_files(start: int) -> dict[str, bytes]:
        return render_readout_files(archive, archive.readouts[start:start + READOUT_FILES], site_name, site_url,
                                    records(), memo, directory_urls,
                                    statements=lambda readout: indexes.statements(readout, archive.vocabulary))

    return [
        lambda: render_catalog_files(archive, site_name, site_url, records(), memo, directory_urls),
        *(lambda start=start: readout_files(start) for start in range(0, len(archive.readouts), READOUT_FILES)),
        lambda: render_feeds(archive, indexes, site_name, site_url, memo, directory_urls=directory_urls, site=site),
        lambda: {urls.BROWSE_CATALOG: build_browse_catalog(archive, indexes, directory_urls).encode("utf-8")},
        lambda: render_event_files(archive, indexes, directory_urls, memo, site_url),
        lambda: render_relation_files(archive, indexes, directory_urls, memo),
        lambda: {**render_redirects(archive.readouts, site_url, directory_urls=directory_urls),
                 urls.ROBOTS: robots_txt(site_url)},
    ]


def output_files(archive: Archive, indexes: Indexes, site_name: str, site_url: str = "",
                 directory_urls: bool = True, memo: Memo | None = None, site: Site | None = None) -> dict[str, bytes]:
    """Feeds, data files, redirect pages and robots.txt, keyed by their path in the site
    (with a `memo` under `serve`, a feed or a readout's file unchanged is not made again)."""
    files: dict[str, bytes] = {}
    for part in output_parts(archive, indexes, site_name, site_url, directory_urls, memo, site):
        files.update(part())
    return dict(sorted(files.items()))


def output_uris(archive: Archive, indexes: Indexes, site_name: str, directory_urls: bool = True) -> list[str]:
    """The paths `output_files` writes, known without making any of them."""
    found = [spec.uri for spec in list_feeds(archive, indexes, site_name)]
    found += [urls.BROWSE_CATALOG, urls.CATALOG_JSON, urls.CATALOG_CSV, *SCHEMAS, urls.ROBOTS]
    found += [urls.readout_json_uri(r) for r in archive.readouts]
    found += [urls.redirect_uri(alias) for alias in alias_targets(archive.readouts)]
    found += [urls.EVENTS_JSON, *(event_json_uri(key) for key in indexes.events)]
    found += [event_redirect_path(event.key, directory_urls) for event in indexes.events.values()
              if len(event.accounts) == 1]
    found += [urls.relation_json_uri(key) for key in indexes.relations]
    return sorted(found)


def build_outputs(site: Site, files: bool = True, memo: Memo | None = None) -> Outputs:
    """Heads and files, unless `files` is false: then the page worker makes the files and
    the readouts' citations in the heads (see serve/worker.py)."""
    archive, options = site.archive, site.options
    made = (output_files(archive, site.indexes, options.site_name, options.site_url, options.directory_urls, memo, site)
            if files else {})
    newest = archive.readouts[-1].date.isoformat() if archive.readouts else ""
    return Outputs(made, build_heads(site, files, memo), newest)
