"""The MkDocs edge: run the pipeline inside `mkdocs build` and `mkdocs serve`.

Readouts and vocabularies live in the docs folder (content/). The plugin takes
the readout files out of MkDocs' file list and puts the generated pages in,
in memory, at the same paths: content/readouts/2026/x.md is served at
readouts/2026/x/.
"""

from __future__ import annotations

import time
from pathlib import Path

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import get_toc

from generator import urls
from generator.incremental import rebuild
from generator.indexer import SearchIndexer
from generator.issues import ERROR, format_report
from generator.loader import PARTICIPANTS_FILE, READOUTS, TOPICS_FILE, read_sources
from generator.markup import HtmlPage, Permalink
from generator.outputs import Outputs, build_outputs
from generator.pipeline import Result, build_pages
from generator.render import Options

log = get_plugin_logger(__name__)
IN_NAV = {urls.HOME, urls.TOPICS, urls.PEOPLE, urls.COUNTRIES, urls.DATES, urls.BROWSE}


class ArchiveConfig(base.Config):
    page_size = c.Type(int, default=200)
    latest = c.Type(int, default=10)
    search = c.Type(bool, default=True)  # the Pagefind index, built beside MkDocs
    # Readout and listing pages go to MkDocs as the HTML their markdown becomes, skipping
    # Markdown (most of a build's time otherwise); false: the markdown `build --out` writes.
    html = c.Type(bool, default=True)


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    def __init__(self) -> None:
        self.result: Result | None = None
        self.outputs = Outputs()
        self.files: Files | None = None
        self.started = 0.0
        self.serving = False
        self.indexer = SearchIndexer()
        self.build = None  # the previous build under `serve`, and each readout file's parse
        self.cache: dict = {}
        self.generator_seconds = 0.0
        self.search_report = None

    def on_startup(self, *, command, dirty) -> None:
        """Defined so MkDocs keeps this object (and its caches) across `serve` rebuilds."""
        self.serving = command == "serve"

    def on_files(self, files: Files, *, config) -> Files:
        self.started = time.perf_counter()
        content = Path(config.docs_dir)
        options = Options(page_size=self.config.page_size, latest=self.config.latest, site_name=config.site_name,
                          site_url=config.site_url or "", directory_urls=config.use_directory_urls,
                          html=Permalink.from_toc_config(config.mdx_configs.get("toc", {})) if self.config.html else None)
        modified = None
        if self.serving:
            self.build, modified = rebuild(read_sources(content), options, self.build, self.cache)
            self.result = result = self.build.result
        else:
            self.result = result = build_pages(read_sources(content), options)
        for issue in result.issues:
            if issue.severity != ERROR:
                log.warning(issue.format())
        if not result.ok:
            errors = [i for i in result.issues if i.severity == ERROR]
            raise PluginError(f"{len(errors)} problem(s) in the content; fix them and build again:\n"
                              + format_report(errors, annotate=False))
        if self.config.search:
            self.indexer.start(result.archive, config.site_dir, config.use_directory_urls)
        files = replace_sources(files, result.pages, config)
        if modified is not None:
            mark_unmodified(files, set(result.pages) - modified)
        self.outputs = build_outputs(result.archive, result.indexes, config.site_name, config.site_url or "",
                                     config.use_directory_urls)
        self.files = add_outputs(files, self.outputs.files, config)
        self.generator_seconds = time.perf_counter() - self.started
        return self.files

    def on_page_markdown(self, markdown: str, *, page, config, files) -> str:
        """Every page's date for sitemap.xml: its newest readout's, never the build's.
        A page written as HTML gets its front matter here and no markdown to convert."""
        head = self.outputs.heads.get(page.file.src_uri)
        page.update_date = (head.lastmod if head else "") or self.outputs.lastmod or page.update_date
        written = self.result.pages.get(page.file.src_uri) if self.result else None
        if isinstance(written, HtmlPage):
            page.meta = {**written.meta, "title": written.title} if written.title else dict(written.meta)
            return ""
        return markdown

    def on_page_content(self, html: str, *, page, config, files) -> str:
        """The HTML of a page the generator wrote as HTML, with its table of contents and ids."""
        written = self.result.pages.get(page.file.src_uri) if self.result else None
        if not isinstance(written, HtmlPage):
            return html
        page.toc = get_toc(written.toc)
        page.present_anchor_ids = set(written.anchors)  # what MkDocs checks links to #anchors against
        return written.content

    def on_page_context(self, context, *, page, config, nav):
        """What overrides/partials/archive-head.html prints into the page's <head>."""
        head = self.outputs.heads.get(page.file.src_uri)
        if head is not None and self.files is not None:
            feeds = [(title, self.files.get_file_from_path(uri).url_relative_to(page.file)) for title, uri in head.feeds]
            context["archive_head"] = {"feeds": feeds, "meta": head.meta, "json_ld": head.json_ld}
        return context

    def on_post_build(self, *, config) -> None:
        if self.result is None or self.result.archive is None:
            return
        if not self.serving:  # under `serve` the index is rebuilt in the background
            self.search_report = self.indexer.wait()
            report_search_index(self.search_report)
        archive, indexes = self.result.archive, self.result.indexes
        seconds = time.perf_counter() - self.started
        log.info(
            f"Archive: {len(archive.readouts)} readouts, {len(indexes.by_topic)} topics, "
            f"{len(indexes.by_participant)} people, {len(indexes.by_country)} countries, "
            f"{len(self.result.pages)} pages written in {seconds:.1f} s (generator {self.generator_seconds:.2f} s)")

    def on_build_error(self, *, error: Exception) -> None:
        self.indexer.stop()

    def on_shutdown(self) -> None:
        self.indexer.stop()


def report_search_index(report) -> None:
    if report is None:
        return
    if not report.ok:
        raise PluginError(f"the search index could not be built (Pagefind exited with {report.returncode}):\n{report.output}")
    log.info(f"Search index: {report.documents} readouts indexed by Pagefind in {report.seconds:.1f} s, "
             f"indexer peak memory {report.peak_mb:.0f} MB")


def mark_unmodified(files: Files, unchanged: set[str]) -> None:
    """Generated pages whose text is what the previous build had: a `--dirty`
    build (make serve) then neither converts nor writes them again."""
    for file in files:
        if file.src_uri in unchanged:
            file.is_modified = lambda: False


def replace_sources(files: Files, pages: dict[str, str | HtmlPage], config) -> Files:
    """Drop readout sources and vocabularies from `files`; add the generated pages."""
    for file in list(files):
        if file.src_uri.startswith(READOUTS + "/") or file.src_uri in (TOPICS_FILE, PARTICIPANTS_FILE):
            files.remove(file)
    for uri, text in pages.items():
        if files.get_file_from_path(uri) is not None:
            raise PluginError(f"content/{uri} is a generated page; remove the hand-written file of that name")
        inclusion = InclusionLevel.INCLUDED if uri in IN_NAV else InclusionLevel.NOT_IN_NAV
        content = "" if isinstance(text, HtmlPage) else text  # HTML pages come in on_page_content
        files.append(File.generated(config, uri, content=content, inclusion=inclusion))
    return files


def add_outputs(files: Files, outputs: dict[str, bytes], config) -> Files:
    """Add the feeds, data files and redirect pages, so `mkdocs serve` serves them too."""
    for uri, data in outputs.items():
        if files.get_file_from_path(uri) is not None:
            raise PluginError(f"content/{uri} is a generated file; remove the hand-written file of that name")
        files.append(File.generated(config, uri, content=data))
    return files
