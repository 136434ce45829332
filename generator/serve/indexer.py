"""The search indexer's edge: Pagefind, run beside MkDocs on another core.

Like `loader`, this module touches the disk (and runs a process); the
documents themselves come from the pure `searchdocs`. `start` forks a child
that writes the lean documents into a temporary folder (in memory where the
system has one: `scratch_folder`) and runs Pagefind's binary over it, writing
the bundle to `<site>/pagefind/`; MkDocs goes on converting pages meanwhile.
`wait` collects the child's report: the time taken and the indexer's peak
memory (from `wait4`).

An archive larger than a part (`searchdocs.search_parts`) is indexed one part
after another, each into its own bundle (`pagefind/part-N/`, the newest part in
`pagefind/` itself), and `pagefind/parts.json` lists them for the browser: the
indexer's memory is then a part's, whatever the archive's size.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from generator.sources.loader import write_pages
from generator.model import Archive
from generator.outputs.searchdocs import PART_SIZE, part_documents, parts_manifest, search_parts

BUNDLE = "pagefind"


@dataclass(frozen=True)
class IndexReport:
    documents: int
    seconds: float
    peak_mb: float  # the Pagefind process's peak resident memory
    returncode: int
    output: str  # Pagefind's last lines when it failed
    cpu_seconds: float = 0.0  # the Pagefind process's CPU time (its threads together)

    @property
    def ok(self) -> bool:
        return self.returncode == 0


# Every document is indexed as Chinese, whatever its language: Pagefind keeps one index per
# language and searches only the page's, so one index is what lets one box find both; its
# extended build cuts Chinese text into words (an index under English would not), and stems
# no word (archive-search.js cuts the query's English words back to a stem instead).
INDEX_LANGUAGE = "zh"


def pagefind_command(site: str, out: str) -> list[str]:
    from pagefind_bin_extended import get_executable
    return [str(get_executable()), "--site", site, "--output-path", out, "--force-language", INDEX_LANGUAGE, "--silent"]


RUNNING: list = []  # the Pagefind process of this child, while it runs (see _stopped)

# Linux's shared-memory file system: the documents are written, read once and removed, so on a
# disk they cost the kernel more than Pagefind's reading them (10,000 readouts: 2 s to write and
# 1 s to remove on ext4, 0.2 and 0.2 here; the same bytes, 43 MB a part at most).
MEMORY_FOLDER = "/dev/shm"


def scratch_folder(memory: str | None = None) -> str | None:
    """Where the documents go: `memory` (MEMORY_FOLDER) if it is a folder this process can write
    to and TMPDIR does not choose another place; None (the system's temporary folder) otherwise."""
    memory = memory or MEMORY_FOLDER
    if os.environ.get("TMPDIR") or not os.path.isdir(memory) or not os.access(memory, os.W_OK | os.X_OK):
        return None
    return memory


def index_folder(folder: str, out: str) -> IndexReport:
    """One run of Pagefind over the documents in `folder`, its bundle written to `out`."""
    started = time.perf_counter()
    process = subprocess.Popen(pagefind_command(folder, out), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    RUNNING[:] = [process]
    output = process.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(process.pid, 0)
    returncode = os.waitstatus_to_exitcode(status)
    tail = "\n".join(output.strip().splitlines()[-5:]) if returncode else ""
    return IndexReport(0, time.perf_counter() - started, usage.ru_maxrss / 1024, returncode, tail,
                       usage.ru_utime + usage.ru_stime)


def run_pagefind(archive: Archive, out: str, directory_urls: bool, part_size: int = PART_SIZE) -> IndexReport:
    """Write each part's documents, index them, list the parts, and return how it went (runs in the
    child): the time and CPU of every part, the peak memory of the largest."""
    started = time.perf_counter()
    parts = search_parts(archive.readouts, part_size)
    documents, peak, cpu = 0, 0.0, 0.0
    for part in parts:
        with tempfile.TemporaryDirectory(prefix="archive-search-", dir=scratch_folder()) as folder:
            docs = part_documents(part, archive, len(parts) > 1, directory_urls)
            write_pages(Path(folder), docs)
            del docs
            report = index_folder(folder, os.path.join(out, part.folder))
        documents, peak, cpu = documents + len(part.readouts), max(peak, report.peak_mb), cpu + report.cpu_seconds
        if not report.ok:
            return IndexReport(documents, time.perf_counter() - started, peak, report.returncode, report.output, cpu)
    write_pages(Path(out), {"parts.json": parts_manifest(parts)})
    kept = {part.folder.rstrip("/") for part in parts}
    for old in Path(out).glob("part-*"):  # an earlier index's parts past this one's (the preview's)
        if old.name not in kept:
            shutil.rmtree(old, ignore_errors=True)
    return IndexReport(documents, time.perf_counter() - started, peak, 0, "", cpu)


# Under `serve`, the index is made after this many quiet seconds (the next edit's rebuild stops
# a run before it has begun), at low priority: the preview's rebuilds come first.
QUIET_SECONDS = 5


def _stopped(*_) -> None:
    """SIGTERM: from `stop` (to the group: Pagefind has it too) or because MkDocs' process is gone
    (to this child alone). Pagefind is ended either way; the temporary folder is still removed."""
    for process in RUNNING:
        if process.poll() is None:
            process.kill()
    sys.exit(1)


def end_with_parent(parent: int) -> None:
    """Linux: this child is sent SIGTERM if MkDocs' process ends without stopping it (killed, not
    interrupted: `mkdocs serve` stopped with Ctrl-C stops it itself). In a group of its own it
    would otherwise go on indexing an archive nobody serves."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the run ends by itself
        return
    if os.getppid() != parent:  # gone before the line above
        _stopped()


def _child(connection, archive: Archive, out: str, directory_urls: bool, background: bool, part_size: int,
           parent: int) -> None:
    os.setpgrp()  # Pagefind joins this group, so `stop` ends both
    signal.signal(signal.SIGTERM, _stopped)
    end_with_parent(parent)
    gc.freeze()  # the archive, inherited, outlives the child: the collector's passes leave it alone
    gc.enable()  # forked while MkDocs' process reads without it (session.add_files)
    if background:
        os.nice(10)
        time.sleep(QUIET_SECONDS)
    try:
        connection.send(run_pagefind(archive, out, directory_urls, part_size))
    except Exception as exc:  # reported by the parent as one message, never a traceback
        connection.send(IndexReport(0, 0.0, 0.0, 1, f"{type(exc).__name__}: {exc}"))
    finally:
        connection.close()


class SearchIndexer:
    """One indexing run at a time; `start` stops a run still going (a newer build wins)."""

    def __init__(self) -> None:
        self.process = None
        self.connection = None
        self.stopping: list = []  # runs told to stop, not yet gone

    def start(self, archive: Archive, site_dir: str, directory_urls: bool = True, background: bool = False,
              part_size: int = PART_SIZE) -> None:
        self.stop()
        context = multiprocessing.get_context("fork")  # the child shares the archive; nothing is pickled
        receive, send = context.Pipe(duplex=False)
        out = os.path.join(site_dir, BUNDLE)
        arguments = (send, archive, out, directory_urls, background, part_size, os.getpid())
        self.process = context.Process(target=_child, args=arguments, daemon=True)
        self.process.start()
        send.close()
        self.connection = receive

    def wait(self) -> IndexReport | None:
        if self.process is None:
            return None
        try:
            report = self.connection.recv()
        except EOFError:
            report = IndexReport(0, 0.0, 0.0, 1, "the search indexer stopped without a report")
        self.process.join()
        self.process = self.connection = None
        return report

    def stop(self, wait: bool = False) -> None:
        """End the run still going. Its child removes its temporary folder on the way out;
        the next build does not wait for that (`wait`: at the end of `serve`, it does)."""
        if self.process is not None and self.process.is_alive():
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            self.stopping.append(self.process)
        if wait:
            for process in self.stopping:
                process.join()
        self.stopping = [process for process in self.stopping if process.is_alive()]  # is_alive reaps the others
        self.process = self.connection = None
