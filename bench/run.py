"""make bench: build synthetic archives of 1,000 and 10,000 readouts and measure.

For each size: the archive's `mkdocs build --strict` (Pagefind index included)
and a plain hand-made Material site of the same corpus (Material's search),
built in the same run; peak memory of every process; pages and bytes; bytes
a reader downloads before the first search result; and the preview time after
editing one readout under `mkdocs serve --dirty`. Prints a table, writes
bench-results/results.json. A benchmark, not a test: the figures depend on the
machine and on what else runs on it.

    .venv/bin/python -m bench.run [--counts 1000 10000] [--query fisheries]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import queue
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from bench.baseline import write_baseline
from bench.searchbytes import measure_search
from generator.sources.loader import read_sources
from generator.pipeline import check_sources

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench-results"
PYTHON = sys.executable


def run_measured(command: list[str], cwd: Path = ROOT) -> tuple[float, float, str]:
    """Wall seconds, peak memory in MB of the process and everything it waited for, stdout."""
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    out = process.stdout.read().decode()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed")
    return time.perf_counter() - started, usage.ru_maxrss / 1024, out


def archive_config(folder: Path) -> Path:
    """The project's mkdocs.yml with the synthetic corpus as docs_dir."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: content", f"docs_dir: {folder / 'content'}")
    text = text.replace("site_dir: site", f"site_dir: {folder / 'site'}")
    text = text.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    config = folder / "mkdocs.yml"
    config.write_text(text, encoding="utf-8")
    return config


def site_figures(site: Path, count: int) -> dict:
    files = [(p, p.stat().st_size) for p in site.rglob("*") if p.is_file()]
    pages = [p for p, _ in files if p.name == "index.html" and "pagefind" not in p.parts]
    readouts = sorted(p.stat().st_size for p in site.glob("readouts/*/*/index.html"))
    largest, largest_size = max(files, key=lambda found: found[1])
    total = sum(size for _, size in files)
    return {"pages": len(pages), "site_mb": total / 1e6, "files": len(files), "kb_per_readout": total / 1000 / count,
            "largest": str(largest.relative_to(site)), "largest_mb": largest_size / 1e6,
            "readout_html_kb": statistics.median(readouts) / 1000 if readouts else 0}


def build(config: Path) -> dict:
    """Into an empty site folder, as on a fresh checkout: MkDocs first deletes an old site's
    files, which took 6.5 s of the archive's 10,000-readout build here (and less of the plain
    site's, which has fewer files), and is not the build's work."""
    shutil.rmtree(config.parent / "site", ignore_errors=True)
    seconds, peak, out = run_measured([PYTHON, "-m", "bench.buildone", str(config)])
    found = json.loads(out.strip().splitlines()[-1])
    return {**found, "wall_seconds": seconds, "peak_mb_all_processes": peak}


def edit_and_wait(lines: queue.Queue, path: Path, old: str, new: str, timeout: float = 120) -> float:
    """Save an edit and time the rebuild (`lines`: mkdocs serve's log); an edit the watcher
    missed is saved again once, and timed from then."""
    while not lines.empty():  # a second rebuild for the previous save (an editor's save can be two writes)
        if lines.get_nowait() is None:
            raise SystemExit("bench: mkdocs serve stopped")
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    started = first = time.perf_counter()
    while True:
        try:
            line = lines.get(timeout=15)
        except queue.Empty:
            if time.perf_counter() - first > timeout:
                raise SystemExit(f"bench: no rebuild after editing {path}")
            if started == first:
                path.write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
                started = time.perf_counter()
            continue
        if line is None:
            raise SystemExit("bench: mkdocs serve stopped")
        # the end of a rebuild: livereload's "Reloading browsers" (MkDocs' build logger drops a
        # message it has logged before, so "Documentation built in 0.41 seconds" is not always there)
        if "Reloading browsers" in line:
            return time.perf_counter() - started
        if "Aborted" in line or "An error happened during the rebuild" in line:
            raise SystemExit(f"bench: the preview build failed after editing {path}")


def log_lines(stream) -> queue.Queue:
    """The lines of `stream` as they come, read by a thread (None at the end)."""
    lines: queue.Queue = queue.Queue()

    def read() -> None:
        for line in stream:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    return lines


def preview(config: Path, content: Path, port: int, rounds: int = 3) -> dict:
    """Seconds from saving one readout to the rebuilt site, under mkdocs serve --dirty:
    the median of `rounds` edits to the text and `rounds` edits to the title, in turn,
    each saved two seconds after the previous rebuild."""
    command = [PYTHON, "-m", "mkdocs", "serve", "--dirty", "-f", str(config), "-a", f"127.0.0.1:{port}"]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True, start_new_session=True,
                               env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    body, title = [], []
    lines = log_lines(process.stderr)
    paths = sorted((content / "readouts").rglob("*.md"))
    target = paths[len(paths) // 2]
    original = target.read_text(encoding="utf-8")
    try:
        while (line := lines.get()) is not None and "Serving on" not in line:
            pass
        for number in range(rounds):
            time.sleep(2)
            body.append(edit_and_wait(lines, target, "The ", "Then the "))
            time.sleep(2)
            title.append(edit_and_wait(lines, target, "title: ", f"title: Revised {number} "))
    finally:
        target.write_text(original, encoding="utf-8")  # the corpus is used again by the next run
        stop_serving(process)
        _, _, usage = os.wait4(process.pid, 0)
        process.returncode = 0
    return {"preview_body_edit_seconds": statistics.median(body), "preview_title_edit_seconds": statistics.median(title),
            "preview_all_seconds": [round(s, 2) for s in body + title], "preview_peak_mb": usage.ru_maxrss / 1024}


def stop_serving(process: subprocess.Popen) -> None:
    """Stop `mkdocs serve` as Ctrl-C does, so it removes its temporary site folder (6.6 GB at
    100,000 readouts; a SIGTERM left it in /tmp), then by force if it has not ended in a minute."""
    os.killpg(process.pid, signal.SIGINT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None:
            return
        time.sleep(0.2)
    os.killpg(process.pid, signal.SIGKILL)


def interleaved(mine: Path, plain: Path, rounds: int) -> tuple[dict, dict]:
    """Each build `rounds` times, in turn (archive, plain, archive, plain...), and the faster run of
    each, with every run's wall time. On a shared machine a run is slowed, never sped up, by what
    else is running, and taking turns spreads a slow spell over both."""
    runs: dict[Path, list[dict]] = {mine: [], plain: []}
    for _ in range(rounds):
        for config in (mine, plain):
            runs[config].append(build(config))
    best = {config: dict(min(found, key=lambda run: run["wall_seconds"])) for config, found in runs.items()}
    for config, found in runs.items():
        best[config]["wall_seconds_runs"] = [round(run["wall_seconds"], 1) for run in found]
    return best[mine], best[plain]


def measure(count: int, query: str, work: Path, rounds: int = 2, common: str = "the", plain: bool = True) -> dict:
    folder = work / f"c{count}"
    content = folder / "content"
    if not content.exists():
        subprocess.run([PYTHON, "-m", "generator", "synth", "--count", str(count), "--out", str(content)], cwd=ROOT, check=True)
    archive, _ = check_sources(read_sources(content))
    mine = archive_config(folder)
    if plain:
        ours, base = interleaved(mine, write_baseline(archive, folder / "baseline"), rounds)
    else:  # the archive alone (a plain Material site of 100,000 readouts is a 400 MB search index)
        ours, base = min((build(mine) for _ in range(rounds)), key=lambda run: run["wall_seconds"]), {}
    ours.update(site_figures(folder / "site", count))
    ours.update(measure_search(str(folder / "site"), query, "pagefind"))
    ours.update({f"common_{key}": value for key, value in measure_search(str(folder / "site"), common, "pagefind").items()})
    ours.update(preview(folder / "mkdocs.yml", content, 8700 + count % 97))
    if plain:
        base.update(site_figures(folder / "baseline" / "site", count))
        base.update(measure_search(str(folder / "baseline" / "site"), query, "material"))
    return {"count": count, "archive": ours, "baseline": base}


ROWS = (
    ("build, wall (s): the faster run", "wall_seconds", "{:.1f}"),
    ("build, wall (s): every run", "wall_seconds_runs", "{}"),
    ("build, CPU of the MkDocs process (s)", "mkdocs_cpu_seconds", "{:.1f}"),
    ("generator, in the MkDocs process (s)", "generator_seconds", "{:.2f}"),
    ("generator, worker beside MkDocs (s)", "worker_seconds", "{:.1f}"),
    ("generator, worker beside MkDocs, CPU (s)", "worker_cpu_seconds", "{:.1f}"),
    ("MkDocs waiting for the worker (s)", "waited_seconds", "{:.1f}"),
    ("peak MB, MkDocs process", "mkdocs_peak_mb", "{:.0f}"),
    ("peak MB, page worker", "worker_peak_mb", "{:.0f}"),
    ("peak MB, search indexer", "indexer_peak_mb", "{:.0f}"),
    ("indexer time, beside MkDocs (s)", "indexer_seconds", "{:.1f}"),
    ("indexer CPU, Pagefind (s)", "indexer_cpu_seconds", "{:.1f}"),
    ("pages", "pages", "{}"),
    ("site size (MB)", "site_mb", "{:.1f}"),
    ("readout page HTML (KB, median)", "readout_html_kb", "{:.1f}"),
    ("largest file (MB)", "largest_mb", "{:.1f}"),
    ("files", "files", "{}"),
    ("KB a readout (the whole site)", "kb_per_readout", "{:.1f}"),
    ("search bytes before 1st result (KB)", "search_bytes", "{:.0f}"),
    ("time to 1st search result (s)", "first_result_seconds", "{:.1f}"),
    ("commonest word: search bytes before 1st result (KB)", "common_search_bytes", "{:.0f}"),
    ("commonest word: time to 1st result (s)", "common_first_result_seconds", "{:.1f}"),
    ("preview after a body edit (s)", "preview_body_edit_seconds", "{:.2f}"),
    ("preview after a title edit (s)", "preview_title_edit_seconds", "{:.2f}"),
    ("peak MB, preview (mkdocs serve)", "preview_peak_mb", "{:.0f}"),
)


def table(results: list[dict]) -> str:
    head = ["measure"] + [f"{kind} {r['count']}" for r in results for kind in ("archive", "plain")]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for label, key, fmt in ROWS:
        cells = []
        for r in results:
            for kind in ("archive", "baseline"):
                value = r[kind].get(key)
                if key in ("search_bytes", "common_search_bytes") and value is not None:
                    value = value / 1000
                cells.append("-" if value is None else fmt.format(value))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--counts", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--query", default="fisheries", help="the typical query (default: fisheries)")
    parser.add_argument("--work", default=str(RESULTS / "work"), help="where corpora and sites go")
    parser.add_argument("--rounds", type=int, default=2, help="builds of each site, taking turns (default: 2)")
    parser.add_argument("--common", default="the", help="the commonest word, searched too (default: the)")
    parser.add_argument("--plain-up-to", type=int, default=10_000,
                        help="build the plain Material site up to this many readouts (default: 10000)")
    args = parser.parse_args(argv)
    results = [measure(count, args.query, Path(args.work), args.rounds, args.common, count <= args.plain_up_to)
               for count in args.counts]
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "results.json").write_text(json.dumps({"query": args.query, "cpus": os.cpu_count(), "results": results}, indent=2))
    print(table(results))
    if len(results) > 1:
        first, last = results[0], results[-1]
        ratio = last["archive"]["wall_seconds"] / first["archive"]["wall_seconds"]
        plain = [r for r in results if r["baseline"]]
        print(f"\nt({last['count']}) / t({first['count']}) = {ratio:.1f}" + (
            f"; search bytes at {plain[-1]['count']}: "
            f"{100 * plain[-1]['archive']['search_bytes'] / plain[-1]['baseline']['search_bytes']:.1f}% of Material's"
            if plain else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
