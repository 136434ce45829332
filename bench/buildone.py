"""One `mkdocs build --strict` of a config file, in its own process, for the benchmark.

Prints one JSON line: the build's time, this process's peak memory, and, when
the archive plugin ran, the generator's time and the search indexer's report.
"""

from __future__ import annotations

import json
import resource
import sys
import time

from mkdocs.commands.build import build
from mkdocs.config import load_config


def main(config_file: str) -> None:
    started = time.perf_counter()
    config = load_config(config_file, strict=True)
    build(config)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    found = {"seconds": time.perf_counter() - started, "mkdocs_cpu_seconds": usage.ru_utime + usage.ru_stime,
             "mkdocs_peak_mb": usage.ru_maxrss / 1024}
    plugin = config.plugins.get("archive")
    if plugin is not None:
        found["generator_seconds"] = plugin.generator_seconds
        worker = plugin.worker_report
        if worker is not None:
            found.update(worker_seconds=worker.outputs_seconds + worker.pages_seconds, worker_peak_mb=worker.peak_mb,
                         worker_cpu_seconds=worker.cpu_seconds,
                         waited_seconds=plugin.worker.waited)
        report = plugin.search_report
        if report is not None:
            found.update(indexer_seconds=report.seconds, indexer_peak_mb=report.peak_mb,
                         indexer_cpu_seconds=report.cpu_seconds)
    print(json.dumps(found))


if __name__ == "__main__":
    main(sys.argv[1])
