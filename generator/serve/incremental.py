"""Rebuilds under `mkdocs serve`: only the pages an edit affects.

Pure. `rebuild` takes the sources, the previous build and the preview's `Memo`
(each readout file's result, keyed by its bytes, and more), renders again only the pages
`deps.affected_pages` names, and returns the new build with the set of pages
whose text changed. The plugin hands MkDocs every page but marks the others as
unmodified, so a `--dirty` build converts only the changed ones. A change to a
vocabulary or to the plugin's options rebuilds everything.

Under `serve --dirty`, a page MkDocs has written is kept as `Written`: what it is compared
with later, its HTML only as a digest (`settled`). MkDocs never asks for an unchanged
page again, and the pages' HTML was most of the preview's memory (820 MB of 1.8 GB at
10,000 readouts).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from generator.serve.deps import SUMMARY_FIELDS, Shows, affected_pages, changed_readouts, page_dependencies
from generator.archive.index import build_indexes
from generator.archive.link import RELATED, link_readouts, rank_all_related, ranking_key
from generator.sources.loader import Sources
from generator.memo import Memo
from generator.pipeline import Result, check_sources
from generator.pages.markup import HtmlPage
from generator.pages.registry import Options, Site
from generator.pages.render import render_site


@dataclass(frozen=True)
class Written:
    """A page MkDocs has written, as the preview keeps it: its front matter (MkDocs' page object
    is given it at each rebuild) and a digest (BLAKE2b, 16 bytes) of the rest of its `HtmlPage`,
    its HTML, title, table of contents and anchors."""
    meta: dict
    digest: bytes

    @classmethod
    def of(cls, page: HtmlPage) -> Written:
        html = page.content.encode("utf-8", "surrogatepass")
        digest = hashlib.blake2b(len(html).to_bytes(8, "big"), digest_size=16)  # where the HTML ends
        digest.update(html)
        digest.update(repr((page.title, page.toc, sorted(page.anchors))).encode("utf-8", "surrogatepass"))
        return cls(page.meta, digest.digest())


def unchanged(before: str | HtmlPage | Written | None, after: str | HtmlPage) -> bool:
    """Whether a page rendered again is what the previous build had (kept whole or `Written`)."""
    if isinstance(before, Written):
        return isinstance(after, HtmlPage) and Written.of(after) == before
    return before == after


def settled(build: Build) -> Build:
    """The build with every page written as HTML kept as `Written` (markdown pages stay whole)."""
    pages = {uri: Written.of(page) if isinstance(page, HtmlPage) else page for uri, page in build.result.pages.items()}
    return replace(build, result=replace(build.result, pages=pages))


@dataclass(frozen=True)
class Build:
    key: tuple  # the vocabularies' bytes and the options
    result: Result
    deps: dict[str, Shows]
    site: Site | None = None  # what the pages were rendered from (its page list made once)


def build_key(sources: Sources, options: Options) -> tuple:
    return (sources.topics and sources.topics.data, sources.participants and sources.participants.data,
            sources.issuers and sources.issuers.data, options)


def ranking(archive, memo: Memo) -> list[list[int]]:
    """The related readouts' ranking, kept while no date, topic, participant or slug changes."""
    key = ranking_key(archive.readouts)
    if key not in memo.rankings:
        memo.rankings.clear()
        memo.rankings[key] = rank_all_related(archive.readouts, RELATED)
    return memo.rankings[key]


def full_build(sources: Sources, options: Options, result: Result, memo: Memo) -> Build:
    """The Build a full render made elsewhere (the page worker, for the preview's first build)
    amounts to, for the rebuilds after it."""
    archive, indexes = result.archive, result.indexes
    links = link_readouts(archive.readouts, indexes, ranked=ranking(archive, memo))
    site = Site(archive, indexes, options, links)
    return Build(build_key(sources, options), result, page_dependencies(site), site)


def rebuild(sources: Sources, options: Options, previous: Build | None, memo: Memo) -> tuple[Build, set[str] | None]:
    """The new build and the pages whose text changed (None: every page is new)."""
    key = build_key(sources, options)
    if previous is None or previous.key != key:
        memo.clear()
    archive, issues = check_sources(sources, memo)
    if archive is None:
        return Build(key, Result(None, None, {}, issues), {}), None
    indexes = build_indexes(archive.readouts, memo.said)
    site = Site(archive, indexes, options, link_readouts(archive.readouts, indexes, ranked=ranking(archive, memo)))
    deps = page_dependencies(site)
    if previous is None or previous.key != key or previous.result.archive is None:
        pages = render_site(site)
        return Build(key, Result(archive, indexes, pages, issues), deps, site), None
    before = previous.result.archive.readouts
    changed = changed_readouts(before, archive.readouts)
    summarised = changed_readouts(before, archive.readouts, SUMMARY_FIELDS)
    old = previous.result.pages
    unknown = set(old) - set(previous.deps)  # pages the map does not know: always rendered again
    affected = affected_pages(previous.deps, deps, changed, summarised)
    fresh = render_site(site, only=affected | unknown)
    modified = {uri for uri, page in fresh.items() if not unchanged(old.get(uri), page)}
    pages = {uri: fresh[uri] if uri in modified else old[uri] for uri in sorted(set(deps) | set(fresh))}
    return Build(key, Result(archive, indexes, pages, issues), deps, site), modified
