"""What the `archive` plugin does at each MkDocs event, and the state of one build or preview.

plugin.py only dispatches MkDocs' events here. Under `mkdocs build` the archive
is read, validated and indexed in `add_files`, and a forked worker renders the
pages and writes the data files beside MkDocs (worker.py); under `mkdocs serve`
rebuilds render only what an edit changed (incremental.py), with the `Memo` and
the MkDocs objects kept here between them.
"""
from __future__ import annotations

import gc
import time
from dataclasses import replace
from pathlib import Path


from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files

from generator.serve import collector
from generator.serve.compact import compact_html
from generator.serve.incremental import Written, full_build, rebuild, settled
from generator.serve.fragments import Fragments, plain_content
from generator.serve.halves import in_two
from generator.serve.indexer import SearchIndexer
from generator.issues import ERROR, format_report
from generator.sources.loader import read_sources, write_pages
from generator.outputs.sitemaps import split_sitemap
from generator.pages.markup import HtmlPage, Permalink
from generator.outputs.files import Head, Outputs, build_outputs, output_uris
from generator.memo import Memo
from generator.pipeline import Result, build_pages, check_sources
from generator.archive.index import build_indexes
from generator.pages.registry import Options, Site, all_pages
from generator.pages.render import COMPILED, render_pages, render_site
from generator.serve.sitefiles import (WrittenPage, add_outputs, add_pages, add_written_outputs, keep_on_disk,
                                 mark_unmodified, remove_sources)
from generator.serve.worker import PageWorker, WorkerFailed

NO_HEAD = Head()
log = get_plugin_logger("generator.serve.plugin")  # one logger for the plugin's messages
FOLLOWED_TOC_SETTINGS = frozenset({"permalink", "permalink_class", "permalink_title"})  # see markup.Permalink


class Session:
    """One `mkdocs build`, or one `mkdocs serve` with its rebuilds: what the plugin's hooks do."""

    def __init__(self, settings) -> None:
        self.settings = settings  # the plugin's options (ArchiveConfig)
        self.result: Result | None = None
        self.outputs = Outputs()
        self.ended: tuple = (None, self.outputs)  # under `serve`, the build and outputs of the last build that ended
        self.written: dict[str, HtmlPage | Written] = {}  # pages of a rebuild (serve), until MkDocs takes them
        self.worker: PageWorker | None = None  # or rendered beside MkDocs (build)
        self.page_count = 0
        self.files: Files | None = None
        self.nav = None  # MkDocs' nav of this build (see serve/fragments.py)
        self.fragments = Fragments(None)
        self.started = 0.0
        self.serving = False
        self.settling = False  # under `serve --dirty`: a page MkDocs has written is kept as `Written`
        self.indexer = SearchIndexer()
        self.build = None  # the previous build under `serve`, and each readout file's parse
        self.memo = Memo()  # what the preview keeps between rebuilds
        self.sources = None  # the files read by the previous rebuild under `serve`
        self.kept: tuple = (None, {})  # see kept_objects
        self.frozen = False  # see on_post_build
        self.pending = None  # the preview's first build, until it is done
        self.paused = False  # the garbage collector, during a preview's rebuild
        self.settled = None  # the collector's thresholds before a build settled it (serve/collector.py)
        self.generator_seconds = 0.0
        self.search_report = None
        self.worker_report = None

    def startup(self, command: str, dirty: bool = False) -> None:
        self.serving = command == "serve"
        self.settling = self.serving and dirty  # a `--dirty` build never asks for an unchanged page again
        memo = Memo.files_on_disk() if self.settling else Memo()
        self.build, self.sources, self.memo, self.outputs, self.kept = None, None, memo, Outputs(), (None, {})
        self.ended = (None, self.outputs)
        self.frozen, self.pending = False, None

    def options(self, config) -> Options:
        toc = config.mdx_configs.get("toc", {})
        if self.settings.html:
            check_toc_config(toc)
        if self.settings.search_part_size < 1:
            raise PluginError(f"mkdocs.yml: search_part_size under the `archive` plugin is "
                              f"{self.settings.search_part_size}; it is the most readouts a part of the search index "
                              "holds: set a positive number (10000 unless set), or remove it")
        return Options(page_size=self.settings.page_size, latest=self.settings.latest, site_name=config.site_name,
                       site_url=config.site_url or "", directory_urls=config.use_directory_urls,
                       html=Permalink.from_toc_config(toc) if self.settings.html else None)

    def add_files(self, files: Files, config) -> Files:
        self.started = time.perf_counter()
        self.worker = self.worker_report = None
        collecting = gc.isenabled()
        gc.disable()  # reading and indexing make a million objects that live as long as the build, and little garbage:
        # the collector's passes over them took 2 s of the 5 s here at 10,000 readouts
        try:
            sources = read_sources(Path(config.docs_dir), previous=self.sources if self.serving else None)
            self.sources, options = sources, self.options(config)
            files = remove_sources(files)
            if options.html is None or not PageWorker.available() or (self.serving and self.build is not None):
                self.files = self.render_here(files, sources, options, config)
            else:  # `build`, and the preview's first build
                self.files = self.render_beside(files, sources, options, config)
        finally:
            if collecting and not self.serving:
                self.settled = collector.settle()  # the archive lives to the build's end (serve/collector.py)
            elif collecting:
                gc.enable()
        self.generator_seconds = time.perf_counter() - self.started
        return self.files

    def render_here(self, files: Files, sources, options: Options, config) -> Files:
        """Every page and file made in this process (under `serve`: only what an edit changed)."""
        modified = None
        if self.serving:
            self.build, modified = rebuild(sources, options, self.build, self.memo)
            result = self.build.result
        else:
            result = build_pages(sources, options)
        self.accept(result, config)
        self.written = {uri: page for uri, page in result.pages.items() if isinstance(page, (HtmlPage, Written))}
        markdown = {uri: page for uri, page in result.pages.items() if not isinstance(page, (HtmlPage, Written))}
        kept = self.kept_objects(config)
        site = self.build.site if self.serving and self.build.site else Site(result.archive, result.indexes, options)
        add_pages(files, markdown, {uri: page.meta for uri, page in self.written.items()}, config, in_nav(site), kept)
        previous = self.outputs.files
        self.outputs = build_outputs(site, memo=self.memo if self.serving else None)
        self.page_count = len(result.pages)
        add_outputs(files, self.outputs.files, config, kept)
        if self.serving:  # what MkDocs need not write again (nothing after a full render)
            same = {uri for uri, data in self.outputs.files.items() if previous.get(uri) == data}
            mark_unmodified(files, set() if modified is None else (set(result.pages) - modified) | same)
        return files

    def kept_objects(self, config) -> dict | None:
        """Under `serve`, MkDocs objects of generated pages and files kept across rebuilds
        (for as long as the site's folder, address and URL style stay the same)."""
        if not self.serving:
            return None
        key = (config.site_dir, config.site_url, config.use_directory_urls)
        if self.kept[0] != key:
            self.kept = (key, {})
        return self.kept[1]

    def render_beside(self, files: Files, sources, options: Options, config) -> Files:
        """Validate and index here; the page worker (and the search indexer) start as soon as the
        archive is known to be sound, and link the readouts and render the pages while MkDocs'
        process does the rest of its part. Under `build` the worker also writes the data files;
        under `serve` they are made here, and the worker's pages are kept for the rebuilds to
        come (see on_post_build)."""
        memo = self.memo if self.serving else None
        archive, issues = check_sources(sources, memo, read_all=in_two)
        indexes = archive and build_indexes(archive.readouts, memo.said if memo else None)
        self.accept(Result(archive, indexes, {}, issues), config)  # stops here on an error
        self.worker = PageWorker(keep=(Written.of if self.settling else kept_whole) if self.serving else None)
        self.worker.start(archive, indexes, options, config.site_dir, outputs=not self.serving)
        site = Site(archive, indexes, options)
        markdown_pages = dict(render_pages(site, html=False))
        self.result = Result(archive, indexes, markdown_pages, issues)
        pages = list(all_pages(site, html=True))
        self.worker.expect([page.uri for page in pages])
        written = {page.uri: page.meta() for page in pages}
        kept = self.kept_objects(config)
        add_pages(files, markdown_pages, written, config, in_nav(site), kept)
        self.outputs = build_outputs(site, files=self.serving, memo=memo)
        self.page_count = len(markdown_pages) + len(written)
        if self.serving:
            self.pending = (sources, options)
            return add_outputs(files, self.outputs.files, config, kept)
        return add_written_outputs(files, output_uris(archive, indexes, config.site_name, config.use_directory_urls), config)

    def accept(self, result: Result, config) -> None:
        """Report the content's problems (stopping the build on an error), then start the search index
        (under `serve`, once the rebuild is done: see on_post_build)."""
        self.result = result
        for issue in result.issues:
            if issue.severity != ERROR:
                log.warning(issue.format())
        if not result.ok:
            errors = [i for i in result.issues if i.severity == ERROR]
            raise PluginError(f"{len(errors)} problem(s) in the content; fix them and build again:\n"
                              + format_report(errors, annotate=False))
        if self.settings.search and not self.serving:
            self.indexer.start(result.archive, config.site_dir, config.use_directory_urls,
                               part_size=self.settings.search_part_size)

    def pre_build(self) -> None:
        """Under `serve`, a search index still being made for the previous rebuild gives way, and
        a rebuild (not the first build) runs without the cyclic garbage collector."""
        if self.serving:
            self.indexer.stop()
            if self.build is not None:
                self.paused = collector.pause()

    def prepare_env(self, env, config, files):
        """Every page's date for sitemap.xml (rendered next): its newest readout's, never the
        build's; set here, not per page, since a `--dirty` rebuild skips unchanged pages.
        Under `serve`, the theme's templates compiled by an earlier rebuild are reused."""
        for file in files.documentation_pages():
            if file.page is not None:
                head = self.outputs.heads.get(file.src_uri)
                file.page.update_date = (head.lastmod if head else "") or self.outputs.lastmod or file.page.update_date
        if self.serving:
            env.bytecode_cache = COMPILED
        self.fragments = env.globals["archive_fragment"] = Fragments(
            self.nav, self.settings.reuse_fragments, plain_content(env, config), env, config.theme.get("language") or "en")
        return env

    def page_context(self, context, page):
        """A page written as HTML gets its HTML; every page, what overrides/partials/archive-head.html prints."""
        head = self.outputs.heads.get(page.file.src_uri, NO_HEAD)  # hand-written pages: OpenGraph only
        if isinstance(page, WrittenPage) and self.worker is not None:
            written, citations = self.call_worker(self.worker.page, page.file.src_uri)
            page.fill(written)
            head = citations or head
        elif isinstance(page, WrittenPage):
            page.fill(self.html_of(page.file.src_uri))
        if self.files is not None:
            feeds = [(title, self.files.get_file_from_path(uri).url_relative_to(page.file)) for title, uri in head.feeds]
            context["archive_head"] = {"feeds": feeds, "meta": head.meta, "json_ld": head.json_ld,
                                       "og_type": head.og_type}
        return context

    def html_of(self, uri: str) -> HtmlPage:
        """A page for MkDocs to build under `serve`: as rendered by this rebuild, or, for a page kept
        only as `Written` (which a `--dirty` build does not build again), rendered once more."""
        page = self.written.pop(uri)
        return render_site(self.build.site, only={uri})[uri] if isinstance(page, Written) else page

    def page_written(self, output: str, page) -> str:
        """The page's HTML as written: compacted (serve/compact.py). Under `build` and `serve --dirty`,
        the page's HTML is then let go: MkDocs keeps every page object to the end (for the links to
        anchors it checks last: `present_anchor_ids` stays), and the pages' text was most of its
        process's memory (987 MB -> 643 MB at 10,000 readouts). A preview without `--dirty` builds
        every page at every rebuild, from MkDocs' objects as they are."""
        if not self.serving or self.settling:
            page.content = None
            page.toc = None
        return compact_html(output) if self.settings.compact_html else output

    def call_worker(self, method, *args):
        try:
            return method(*args)
        except WorkerFailed as failed:
            raise PluginError(f"the archive's pages could not be rendered:\n{failed}") from None

    def release_collector(self) -> None:
        self.paused = collector.resume(self.paused)
        if self.settled is not None:
            collector.release(self.settled)
            self.settled = None

    def post_build(self, config) -> None:
        self.release_collector()
        if self.result is None or self.result.archive is None:
            return
        beside = ""
        if self.worker is not None:
            self.worker_report = report = self.call_worker(self.worker.finish)
            beside = (f"; beside MkDocs: data files {report.outputs_seconds:.1f} s, pages {report.pages_seconds:.1f} s, "
                      f"waited for {self.worker.waited:.1f} s")
        split_written_sitemap(config.site_dir, config.site_url or "")
        if self.serving:
            self.after_preview_build(config)
        else:
            self.search_report = self.indexer.wait()
            report_search_index(self.search_report)
        archive, indexes = self.result.archive, self.result.indexes
        seconds = time.perf_counter() - self.started
        log.info(
            f"Archive: {len(archive.readouts)} readouts, {len(indexes.by_topic)} topics, "
            f"{len(indexes.by_participant)} people, {len(indexes.by_country)} countries, "
            f"{self.page_count} pages written in {seconds:.1f} s (generator {self.generator_seconds:.2f} s{beside}; "
            f"frame parts rendered {self.fragments.rendered}, reused {self.fragments.reused})")

    def after_preview_build(self, config) -> None:
        """Under `serve`: after a first build made beside MkDocs, the state later rebuilds start
        from; after a rebuild under `--dirty`, that build with the pages MkDocs has written kept
        as `Written` (serve/incremental.py) and the readouts' and events' data files it wrote read
        from the site folder from now on (sitefiles.keep_on_disk). The search index is made again
        in the background, at low priority, once the preview is ready. The first build's objects
        (the archive, the pages, the kept Files) live as long as the preview, so they leave the
        garbage collector's full passes, which otherwise take 0.5 s or more of a rebuild at
        10,000 readouts."""
        if self.pending is not None:
            (sources, options), self.pending = self.pending, None
            pages = {**self.result.pages, **{uri: page for uri, (page, _) in self.worker.pages.items()}}
            self.worker.pages = {}
            self.build = full_build(sources, options, Result(self.result.archive, self.result.indexes, pages,
                                                             self.result.issues), self.memo)
        elif self.settling:
            self.build = settled(self.build)
            self.result = self.build.result
        if self.settling:
            self.outputs = replace(self.outputs, files=keep_on_disk(self.outputs.files, self.kept[1], config))
        self.ended = (self.build, self.outputs)
        if not self.frozen:
            gc.freeze()
            self.frozen = True
        if self.settings.search:
            self.indexer.start(self.result.archive, config.site_dir, config.use_directory_urls, background=True,
                               part_size=self.settings.search_part_size)

    def build_error(self) -> None:
        """A build that stopped. Under `serve`, what it made may never have been written: the next
        rebuild compares its pages and files with those of the last build that ended (so, too,
        it renders again only what changed since), and under `--dirty`, if this one made data
        files, the memo forgets that the readouts' and events' were made (memo.Made)."""
        if self.serving:
            if self.settling and self.outputs is not self.ended[1]:
                self.memo.readout_json.clear()
                self.memo.event_json.clear()
            self.build, self.outputs = self.ended
        self.release_collector()
        self.indexer.stop()
        if self.worker is not None:
            self.worker.stop()

    def shutdown(self) -> None:
        self.indexer.stop(wait=True)
        self.serving = False


def kept_whole(page: HtmlPage) -> HtmlPage:
    """What a preview without `--dirty` keeps of a page MkDocs has built: all of it."""
    return page


def check_toc_config(toc: dict) -> None:
    """The pages written as HTML give headings the ids and permalinks the toc extension
    would, following only the settings `Permalink` knows: any other would make them differ."""
    unknown = sorted(set(toc) - FOLLOWED_TOC_SETTINGS)
    if unknown:
        raise PluginError(
            f"mkdocs.yml: the toc setting(s) {', '.join(unknown)} are not followed by the pages the archive "
            f"writes as HTML (only {', '.join(sorted(FOLLOWED_TOC_SETTINGS))} are); remove them, or set "
            "`html: false` under the `archive` plugin to hand MkDocs markdown instead (slower)")


def in_nav(site: Site) -> set[str]:
    """The pages of the kinds listed in mkdocs.yml's nav."""
    return {page.uri for page in all_pages(site) if page.kind.in_nav}


def split_written_sitemap(site_dir: str, site_url: str) -> None:
    """The sitemap MkDocs has written, as an index and parts if it lists more than the protocol
    allows (outputs/sitemaps.py); a previous build's parts go first."""
    site = Path(site_dir)
    for old in site.glob("sitemap-*.xml"):
        old.unlink()
    try:
        text = (site / "sitemap.xml").read_text(encoding="utf-8")
    except FileNotFoundError:  # a theme without one
        return
    files = split_sitemap(text, site_url)
    if files:
        write_pages(site, files)


def report_search_index(report) -> None:
    if report is None:
        return
    if not report.ok:
        raise PluginError(f"the search index could not be built (Pagefind exited with {report.returncode}):\n{report.output}")
    log.info(f"Search index: {report.documents} readouts indexed by Pagefind in {report.seconds:.1f} s, "
             f"indexer peak memory {report.peak_mb:.0f} MB")
