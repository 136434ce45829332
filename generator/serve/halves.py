"""Reading the readouts in two processes: a forked child parses and validates the second half.

Before the page workers and the search indexer can start, MkDocs' process reads
and validates every readout alone, one core idle: 1.5 s at 10,000 readouts, 15 s
at 100,000, nearly all of it parsing front matter and checking it. `in_two` gives
the second half of the files to a forked child (which inherits the vocabulary;
nothing is pickled on the way in) and reads the first half meanwhile; the child
sends its results back pickled (5,000 readouts: 17 MB, 0.07 s both ways).

It is a fast path of `pipeline.read_each`, with the same results in the same
order (tests/test_halves.py); when the child fails or cannot be forked, or there
are fewer than MINIMUM files, the files are read here, one after another.
"""

from __future__ import annotations

import multiprocessing
import pickle
from collections.abc import Callable

from generator.pipeline import read_each

MINIMUM = 2_000  # fewer files: forking costs more than it saves


def _child(connection, read: Callable, sources: list) -> None:
    try:
        connection.send_bytes(pickle.dumps(read_each(read, sources), protocol=pickle.HIGHEST_PROTOCOL))
    except BaseException:  # the parent reads them itself
        pass
    finally:
        connection.close()


def in_two(read: Callable, sources: list, minimum: int = MINIMUM) -> list:
    """`read` of each source, in order, the second half read by a forked child."""
    if len(sources) < minimum or "fork" not in multiprocessing.get_all_start_methods():
        return read_each(read, sources)
    half = len(sources) // 2
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(send, read, sources[half:]), daemon=True)
    process.start()
    send.close()
    try:
        first = read_each(read, sources[:half])
        try:
            second = pickle.loads(receive.recv_bytes())
        except (EOFError, OSError, pickle.UnpicklingError):  # the child failed: read its half here
            second = read_each(read, sources[half:])
    finally:
        receive.close()
        process.join()
    return first + second
