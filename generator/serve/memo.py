"""Results kept across `mkdocs serve` rebuilds.

A cache is a plain dict owned by the plugin and emptied whenever the
vocabularies or the build options change (see incremental.py); a key is made
of the immutable values a result is computed from (readouts are frozen
dataclasses), so a hit is the same result computed again. Without a cache
(`mkdocs build`, `build --out`) every result is computed.
"""

from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")


def remember(cache: dict | None, key: object, make: Callable[[], T]) -> T:
    if cache is None:
        return make()
    try:
        return cache[key]
    except KeyError:
        found = cache[key] = make()
        return found
