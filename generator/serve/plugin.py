"""The MkDocs edge: the `archive` plugin, a thin dispatcher of MkDocs events.

Readouts and vocabularies live in the docs folder (content/). Each hook hands its
event to the `Session` (session.py), which reads, validates and indexes the
archive, puts the generated pages into MkDocs' file list in place of the sources
(sitefiles.py), runs the page worker (worker.py) and the search indexer
(indexer.py) beside MkDocs, and keeps what `mkdocs serve` reuses between rebuilds.

Order matters for two hooks: `on_files` runs late (priority -50), after plugins that
add their own files, so the archive's pages claim their paths last and see the
final list; `on_page_context` runs early (priority 100), so a page written as HTML
has its content before any other plugin (a search index, say) reads it
(tests/test_plugin_order.py).
"""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files

from generator.serve.session import Session


class ArchiveConfig(base.Config):
    page_size = c.Type(int, default=200)
    latest = c.Type(int, default=10)
    search = c.Type(bool, default=True)  # the Pagefind index, built beside MkDocs
    # Readouts a part of the search index holds at most: a larger archive is indexed part by part
    # (the indexer's memory is a part's) and the browser merges the parts (outputs/searchdocs.py).
    search_part_size = c.Type(int, default=10_000)
    # Readout and listing pages go to MkDocs as the HTML their markdown becomes, skipping
    # Markdown (most of a build's time otherwise); false: the markdown `build --out` writes.
    html = c.Type(bool, default=True)
    # The nav, search box and config script of pages outside the nav, rendered once per
    # folder rather than once per page (serve/fragments.py); false: Material renders each.
    reuse_fragments = c.Type(bool, default=True)
    # Every page without the templates' indentation and blank lines (serve/compact.py).
    compact_html = c.Type(bool, default=True)


class ArchivePlugin(BasePlugin[ArchiveConfig]):
    def __init__(self) -> None:
        self.session = Session(self.config)

    def on_startup(self, *, command, dirty) -> None:
        """Defined so MkDocs keeps this object (and the session's caches) across `serve` rebuilds."""
        self.session = Session(self.config)
        self.session.startup(command, dirty)

    @event_priority(-50)
    def on_files(self, files: Files, *, config) -> Files:
        self.session.settings = self.config  # MkDocs validates the options again on each rebuild
        return self.session.add_files(files, config)

    def on_pre_build(self, *, config) -> None:
        self.session.pre_build()

    def on_nav(self, nav, *, config, files):
        self.session.nav = nav

    def on_env(self, env, *, config, files):
        return self.session.prepare_env(env, config, files)

    @event_priority(100)
    def on_page_context(self, context, *, page, config, nav):
        return self.session.page_context(context, page)

    @event_priority(-100)
    def on_post_page(self, output, *, page, config):
        return self.session.page_written(output, page)

    def on_post_build(self, *, config) -> None:
        self.session.post_build(config)

    def on_build_error(self, *, error: Exception) -> None:
        self.session.build_error()

    def on_shutdown(self) -> None:
        self.session.shutdown()

    # What bench/buildone.py reads after a build.
    @property
    def generator_seconds(self) -> float:
        return self.session.generator_seconds

    @property
    def worker(self):
        return self.session.worker

    @property
    def worker_report(self):
        return self.session.worker_report

    @property
    def search_report(self):
        return self.session.search_report
