"""The generator's heavy half, in two forked children beside MkDocs.

`mkdocs build` spends its time on one core: Material's templates, one page after
another. Once the archive is validated and indexed, the rest of the generator's
work needs nothing from MkDocs: two children forked then (sharing the archive;
nothing is pickled on the way in) render the pages written as HTML, in the order
MkDocs will build them, each readout's with the citations its <head> carries,
and write the feeds and data files into the site folder. A thread in the parent
receives the pages as they come, so a child never waits for MkDocs; MkDocs takes
each page when it builds it (`page`), waiting only if no child has got there yet.

The children first attribute the readouts' statements and rank their related
readouts, each half of them, and hand their halves to each other (most pages and
the data files need them). Then each takes the next unclaimed task (`claim`)
until none is left, so neither idles while the other has work (the pages' costs
differ by kind and by size): the next batch of pages in MkDocs' order, unless
the children are AHEAD batches past the page MkDocs last asked for (what they
have rendered waits in MkDocs' process, so that bounds its memory), then the
next part of the data files (MkDocs needs none before its post_build: it copies
none of them, sitefiles.WrittenFile).

Like `indexer`, this module runs processes and touches the disk; what it runs
is the pure `render.render_page` and `outputs.output_parts`.
"""

from __future__ import annotations

import gc
import multiprocessing
import resource
import threading
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from generator.archive.index import Indexes
from generator.archive.link import RELATED, link_readouts, rank_related
from generator.sources.loader import write_pages
from generator.pages.markup import HtmlPage
from generator.model import Archive
from generator.outputs.files import Head, output_parts, readout_head
from generator.pages.registry import Options, Page, Site, all_pages
from generator.pages.render import render_page, site_environment
from generator.serve import collector

BATCH = 64  # pages a task, and a message
AHEAD = 48  # batches the children may render before MkDocs asks for them (the parent holds them meanwhile)
CHILDREN = 2  # the machines this runs on have two cores or more; MkDocs and the search indexer share them


class WorkerFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class WorkerReport:
    outputs_seconds: float  # writing the feeds and data files (both children: summed)
    pages_seconds: float  # attributing statements, linking the readouts, rendering the pages (summed)
    pages: int
    peak_mb: float  # a child's peak resident memory (pages shared with MkDocs included; the larger)
    cpu_seconds: float = 0.0  # the children's CPU time, summed (their wall time stretches when cores are shared)


def combined(reports: list[WorkerReport]) -> WorkerReport:
    return WorkerReport(sum(r.outputs_seconds for r in reports), sum(r.pages_seconds for r in reports),
                        sum(r.pages for r in reports), max(r.peak_mb for r in reports), sum(r.cpu_seconds for r in reports))


def share_work(number: int, peer, archive: Archive, indexes: Indexes) -> list[list[int]]:
    """Attribute every other readout's statements and rank its related readouts (this child's half),
    and swap halves with the other child over `peer`: child 0 sends first, child 1 receives first,
    so neither blocks the other. Returns the whole ranking (link.rank_all_related's)."""
    readouts, vocabulary = archive.readouts, archive.vocabulary
    mine = (indexes.statements.export(readouts[number::CHILDREN], vocabulary),
            rank_related(readouts, RELATED, range(number, len(readouts), CHILDREN)))
    if number == 0:
        peer.send(mine)
        theirs = peer.recv()
    else:
        theirs = peer.recv()
        peer.send(mine)
    indexes.statements.adopt(vocabulary, readouts[1 - number::CHILDREN], theirs[0])
    ranked: list = [None] * len(readouts)
    ranked[number::CHILDREN], ranked[1 - number::CHILDREN] = mine[1], theirs[1]
    return ranked


def batches(pages: list[Page]) -> list[list[Page]]:
    """The pages in MkDocs' order, BATCH a task (small ones, so the children end together)."""
    return [pages[start:start + BATCH] for start in range(0, len(pages), BATCH)]


def claim(counters, batch_count: int, part_count: int, allowed=None):
    """The tasks this child takes, one at a time, each taken by one child only: ("pages", n) or
    ("outputs", n). `counters` (shared): the next batch of pages and the next part of the data
    files. A batch comes first when MkDocs lets it in: `allowed` (shared) is the last batch the
    children may begin, AHEAD past the last page MkDocs asked for, so the pages waiting in its
    process are bounded whatever the archive's size. Otherwise a part of the data files (MkDocs
    needs them only at the end), or, with none left, a short wait for MkDocs to ask. Asking for a
    page lets its batch in (`PageWorker.page`), so no wait is endless."""
    while True:
        with counters.get_lock():
            batch, part = counters[0], counters[1]
            if batch < batch_count and (allowed is None or batch <= allowed.value):
                counters[0] = batch + 1
                task = ("pages", batch)
            elif part < part_count:
                counters[1] = part + 1
                task = ("outputs", part)
            elif batch >= batch_count:
                return
            else:
                task = None
        if task is None:
            time.sleep(0.005)
        else:
            yield task


def _child(number: int, connection, peers, counters, allowed, archive: Archive, indexes: Indexes, options: Options,
           site_dir: str, outputs: bool) -> None:
    try:
        started = time.perf_counter()
        gc.freeze()  # what the fork inherited lives to the end: the collector's passes leave it alone
        gc.disable()  # (as MkDocs' process was when it forked) what is made next lives to the end too
        peers[1 - number].close()  # the other child's end: its exit then ends a wait here
        ranked = share_work(number, peers[number], archive, indexes)
        peers[number].close()
        site = Site(archive, indexes, options, link_readouts(archive.readouts, indexes, ranked=ranked))
        pages = list(all_pages(site, html=True))  # the pages MkDocs gets as HTML, in its order
        env = site_environment(archive, options)
        cite = env.globals["cite"]  # what a readout page printed, its <head> carries too
        readouts = {r.src_uri: r for r in archive.readouts}
        parts = (output_parts(archive, indexes, options.site_name, options.site_url, options.directory_urls, site=site)
                 if outputs else [])
        todo = batches(pages)
        count, outputs_seconds = 0, 0.0
        collector.settle()  # then the pages' objects, made and dropped: serve/collector.py
        for what, task in claim(counters, len(todo), len(parts), allowed):
            if what == "outputs":
                begun = time.perf_counter()
                write_pages(Path(site_dir), parts[task]())
                outputs_seconds += time.perf_counter() - begun
                continue
            batch = []
            for page in todo[task]:
                rendered = render_page(env, page, site)
                readout = readouts.get(page.uri)
                head = readout and readout_head(readout, archive, options.site_name, options.site_url,
                                                options.directory_urls, citation=cite(readout))
                batch.append((page.uri, (rendered, head)))
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
    """One run: `start`, then `page` for each page, `finish` (see the module's docstring)."""

    def __init__(self, keep: Callable[[HtmlPage], object] | None = None) -> None:
        self.processes: list = []
        # The preview's first build keeps what `keep` makes of each page once handed over (see session.py)
        self.keep = keep
        self.pages: dict[str, tuple[HtmlPage, Head | None]] = {}  # kept: (keep(page), head)
        self.reports: list[WorkerReport] = []
        self.report: WorkerReport | None = None  # every child's, summed, once all are done
        self.failure: str | None = None
        self.waited = 0.0  # seconds MkDocs spent waiting for the children
        self.arrived = threading.Condition()
        self.allowed = None  # the last batch the children may begin (see claim)
        self.batch_of: dict[str, int] = {}  # each page's batch, once `expect` has been told the order

    @staticmethod
    def available() -> bool:
        return "fork" in multiprocessing.get_all_start_methods()

    def start(self, archive: Archive, indexes: Indexes, options: Options, site_dir: str, outputs: bool = True) -> None:
        """Fork the children to render the pages of the kinds written as HTML and, unless `outputs`
        is false, write the data files into `site_dir`."""
        context = multiprocessing.get_context("fork")
        counters = context.Array("i", 2)  # the next batch of pages, the next part of the data files
        self.allowed = allowed = context.Value("i", AHEAD - 1, lock=False)
        peers = context.Pipe(duplex=True)
        for number in range(CHILDREN):
            receive, send = context.Pipe(duplex=False)
            process = context.Process(target=_child, daemon=True, args=(
                number, send, peers, counters, allowed, archive, indexes, options, site_dir, outputs))
            process.start()
            send.close()
            self.processes.append(process)
            threading.Thread(target=self._receive, args=(receive,), daemon=True).start()
        for peer in peers:
            peer.close()

    def expect(self, uris: list[str]) -> None:
        """The pages the children render, in their order (all_pages'), so that asking for one lets
        the children go AHEAD batches past it."""
        self.batch_of = {uri: number // BATCH for number, uri in enumerate(uris)}

    def _receive(self, connection) -> None:
        while True:
            try:
                kind, value = connection.recv()
            except (EOFError, OSError):
                kind, value = "error", "the page worker stopped without finishing"
            with self.arrived:
                if kind == "pages":
                    self.pages.update(value)
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

    def page(self, uri: str) -> tuple[HtmlPage, Head | None]:
        """The page and, for a readout, its head; handed over once (MkDocs builds each page once).
        A page the child finished without sending is an error, never a wait."""
        if self.allowed is not None:
            batch = self.batch_of.get(uri)
            self.allowed.value = max(self.allowed.value, (1 << 30) if batch is None else batch + AHEAD)
        self._wait_for(lambda: uri in self.pages or self.report is not None)
        with self.arrived:
            if uri not in self.pages:
                raise WorkerFailed(f"the page worker finished without rendering {uri}; every page the "
                                   "registry lists must be rendered (generator/pages/registry.py)")
            if self.keep is None:
                return self.pages.pop(uri)
            page, head = self.pages[uri]
            self.pages[uri] = (self.keep(page), head)
            return page, head

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
