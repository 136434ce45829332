"""When Python's cyclic garbage collector runs during a build, and over what.

A build makes two kinds of objects: the archive (readouts, indexes, statements, the
page list, templates), made once and kept to the end, and the pages' many small
objects, made and dropped a page at a time. The collector's full passes look at
every object it tracks, so each one over the archive was wasted: at 10,000
readouts, 13 of them while a page worker attributed statements (2.4 to 4 s of its
CPU), 9 more while it rendered, 7 in MkDocs' process (1.6 s).

So the archive is made with the collector off (it makes little garbage: the workers'
peak memory is the same), `settle` puts what was made out of its reach, and the
collector, on again, looks at young objects YOUNG at a time: a page worker's
collections then took 1.4 to 1.6 s in all, not 4.1 to 6.6 s. `release` undoes it
when a build ends in a process that goes on (the preview, the tests). Under `serve`,
a rebuild runs without the collector and collects a second after (`pause`, `resume`).
"""

from __future__ import annotations

import gc
import threading

YOUNG = 3000  # allocations between two young collections (Python's default: 700)


def settle() -> tuple[int, int, int]:
    """Freeze what the process holds, and collect young objects YOUNG at a time from now on;
    returns the thresholds it replaced (for `release`)."""
    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(YOUNG, *before[1:])
    gc.enable()
    return before


def release(thresholds: tuple[int, int, int]) -> None:
    """The collector as it was before `settle`: what it froze can be collected again."""
    gc.unfreeze()
    gc.set_threshold(*thresholds)


def pause() -> bool:
    """A preview's rebuild runs without the cyclic garbage collector. After the first build is
    frozen (see Session.after_preview_build) Python counts no long-lived objects, so every tenth
    middle collection was a full one: six a rebuild at 10,000 readouts, 0.5 to 1 s of its 3.
    True when it was on (and is now paused)."""
    was = gc.isenabled()
    gc.disable()
    return was


def resume(paused: bool) -> bool:
    """Once the rebuild is done, and the browser told to reload, the collector is on again (if
    `pause` paused it) and collects the rebuild's garbage a second later."""
    if paused:
        gc.enable()
        timer = threading.Timer(1.0, gc.collect)
        timer.daemon = True
        timer.start()
    return False
