"""The generator's heavy half, in a forked child beside MkDocs.

`mkdocs build` spends its time on one core: Material's templates, one page after
another. Once the archive is validated and indexed, the rest of the generator's
work needs nothing from MkDocs: a child forked then (sharing the archive;
nothing is pickled on the way in) writes the feeds and data files into the site
folder, then links the readouts (previous, next, related) and renders the
readout, event and statements pages in the order MkDocs will build them, each
readout's with the citations its <head> carries, and sends them back in
batches; a second child renders the listing pages meanwhile (`PageKind.light`). A thread
in the parent receives them as they come, so the child never waits for MkDocs;
MkDocs takes each page when it builds it (`page`), waiting only if the child
has not got there yet.

Like `indexer`, this module runs processes and touches the disk; what it runs
is the pure `render.render_pages` and `outputs.output_files`.
"""

from __future__ import annotations

import multiprocessing
import resource
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from generator.archive.index import Indexes
from generator.archive.link import link_readouts
from generator.sources.loader import write_pages
from generator.pages.markup import HtmlPage
from generator.model import Archive
from generator.outputs.files import Head, output_files, readout_head
from generator.pages.registry import Options, Page, Site
from generator.pages.render import render_pages

BATCH = 64  # pages a message


class WorkerFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class WorkerReport:
    outputs_seconds: float  # writing the feeds and data files
    pages_seconds: float  # linking the readouts and rendering the pages, after that (both children: summed)
    pages: int
    peak_mb: float  # a child's peak resident memory (pages shared with MkDocs included; the larger)
    cpu_seconds: float = 0.0  # the children's CPU time, summed (their wall time stretches when cores are shared)


def combined(reports: list[WorkerReport]) -> WorkerReport:
    return WorkerReport(sum(r.outputs_seconds for r in reports), sum(r.pages_seconds for r in reports),
                        sum(r.pages for r in reports), max(r.peak_mb for r in reports), sum(r.cpu_seconds for r in reports))


def _child(connection, archive: Archive, indexes: Indexes, options: Options, site_dir: str, outputs: bool,
           only: frozenset[str], linked: bool) -> None:
    try:
        started = time.perf_counter()
        if outputs:
            files = output_files(archive, indexes, options.site_name, options.site_url, options.directory_urls)
            write_pages(Path(site_dir), files)
            connection.send(("outputs", time.perf_counter() - started))
        outputs_seconds = time.perf_counter() - started
        batch, count = [], 0
        site = Site(archive, indexes, options, link_readouts(archive.readouts, indexes) if linked else None)
        readouts = {r.src_uri: r for r in archive.readouts}
        for uri, page in render_pages(site, only=only, html=True):
            readout = readouts.get(uri)
            head = readout and readout_head(readout, archive, options.site_name, options.site_url,
                                            options.directory_urls)
            batch.append((uri, (page, head)))
            if len(batch) == BATCH:
                connection.send(("pages", batch))
                count, batch = count + len(batch), []
        connection.send(("pages", batch))
        count += len(batch)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        connection.send(("done", WorkerReport(outputs_seconds, time.perf_counter() - started - outputs_seconds, count,
                                              usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)))
    except Exception:  # the parent reports it as one message
        connection.send(("error", traceback.format_exc()))
    finally:
        connection.close()


class PageWorker:
    """One run: `start`, then `wait_outputs`, `page` for each page, `finish`.

    Two children: the first writes the data files, links the readouts and renders the
    kinds that need the links or the readouts' statements (readouts, events, a person's
    statements); the second, meanwhile, renders the `light` kinds (topics, people,
    countries, years, relations, the indexes), which need neither. MkDocs waits for
    the data files before its first page, so without the second child a core would
    idle while the first works alone."""

    def __init__(self, keep: bool = False) -> None:
        self.processes: list = []
        self.keep = keep  # keep every page after handing it over (the preview's first build: see plugin.py)
        self.pages: dict[str, tuple[HtmlPage, Head | None]] = {}
        self.outputs_done = False
        self.reports: list[WorkerReport] = []
        self.report: WorkerReport | None = None  # every child's, summed, once all are done
        self.failure: str | None = None
        self.waited = 0.0  # seconds MkDocs spent waiting for the children
        self.arrived = threading.Condition()

    @staticmethod
    def available() -> bool:
        return "fork" in multiprocessing.get_all_start_methods()

    def start(self, archive: Archive, indexes: Indexes, options: Options, site_dir: str, pages: list[Page],
              outputs: bool = True) -> None:
        """Fork the children to render `pages` (the registry's, written as HTML); the first writes
        the data files into `site_dir` first, unless `outputs` is false."""
        heavy = frozenset(page.uri for page in pages if not page.kind.light)
        light = frozenset(page.uri for page in pages if page.kind.light)
        self.outputs_done = not outputs
        context = multiprocessing.get_context("fork")
        for only, writes, linked in ((heavy, outputs, True), (light, False, False)):
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_child, args=(send, archive, indexes, options, site_dir, writes, only, linked),
                                      daemon=True)
            process.start()
            send.close()
            self.processes.append(process)
            threading.Thread(target=self._receive, args=(receive,), daemon=True).start()

    def _receive(self, connection) -> None:
        while True:
            try:
                kind, value = connection.recv()
            except (EOFError, OSError):
                kind, value = "error", "the page worker stopped without finishing"
            with self.arrived:
                if kind == "pages":
                    self.pages.update(value)
                elif kind == "outputs":
                    self.outputs_done = True
                elif kind == "done":
                    self.reports.append(value)
                    if len(self.reports) == len(self.processes):
                        self.report = combined(self.reports)
                elif self.report is None:
                    self.failure = value
                self.arrived.notify_all()
            if kind in ("done", "error"):
                connection.close()
                return

    def _wait_for(self, ready) -> None:
        started = time.perf_counter()
        with self.arrived:
            while not ready() and self.failure is None:
                self.arrived.wait()
        self.waited += time.perf_counter() - started
        if not ready():
            raise WorkerFailed(self.failure)

    def wait_outputs(self) -> None:
        self._wait_for(lambda: self.outputs_done)

    def page(self, uri: str) -> tuple[HtmlPage, Head | None]:
        """The page and, for a readout, its head; handed over once (MkDocs builds each page once).
        A page the child finished without sending is an error, never a wait."""
        self._wait_for(lambda: uri in self.pages or self.report is not None)
        with self.arrived:
            if uri not in self.pages:
                raise WorkerFailed(f"the page worker finished without rendering {uri}; every page the "
                                   "registry lists must be rendered (generator/pages/registry.py)")
            return self.pages[uri] if self.keep else self.pages.pop(uri)

    def finish(self) -> WorkerReport:
        self._wait_for(lambda: self.report is not None)
        for process in self.processes:
            process.join()
        return self.report

    def stop(self) -> None:
        for process in self.processes:
            if process.is_alive():
                process.terminate()
                process.join()
        self.processes = []
