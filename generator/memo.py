"""What `make serve` keeps between rebuilds, in one typed object.

The serve side (serve/plugin.py) owns the one `Memo` of a preview and empties it
whenever the vocabularies or the build options change (serve/incremental.py).
Pure functions take it as an optional argument: None under `mkdocs build` and
`build --out`, where everything is computed. Each kind of result has its own
store, keyed by the immutable values it is computed from (readouts are frozen
dataclasses), so a hit is the same result computed again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, TypeVar

from generator.archive.said import Said

T = TypeVar("T")


@dataclass
class Memo:
    parses: dict = field(default_factory=dict)  # (path, rel, bytes) -> (Readout | None, issues)
    vocabularies: dict = field(default_factory=dict)  # (topics file, participants file) -> (Vocabulary, issues)
    rankings: dict = field(default_factory=dict)  # link.ranking_key -> the related ranking (the latest only)
    heads: dict = field(default_factory=dict)  # (Readout, options) -> a readout page's Head
    feeds: dict = field(default_factory=dict)  # what a feed shows -> its bytes
    records: dict = field(default_factory=dict)  # (Readout, URL style) -> its catalog record
    record_json: dict = field(default_factory=dict)  # (Readout, URL style) -> its line of catalog.json
    csv_rows: dict = field(default_factory=dict)  # (Readout, URL style) -> its row of catalog.csv
    readout_json: dict = field(default_factory=dict)  # (Readout, site, URL style) -> its index.json
    event_json: dict = field(default_factory=dict)  # (Event, URL style) -> its index.json
    event_records: dict = field(default_factory=dict)  # (Event, URL style) -> its entry in events.json
    relation_json: dict = field(default_factory=dict)  # (Relation, URL style) -> its index.json
    said: Said = field(default_factory=Said)  # each readout's statements

    @classmethod
    def files_on_disk(cls) -> Memo:
        """For `serve --dirty`, which keeps a file written once in its folder (serve/session.py): the
        readouts' and events' index.json are remembered as made, not kept (see `Made`)."""
        return cls(readout_json=Made(), event_json=Made())

    def clear(self) -> None:
        for store in vars(self).values():
            store.clear()


class Kept:
    """What a `Made` store gives for a file made before: it is in the preview's folder, unchanged."""

    def __repr__(self) -> str:
        return "KEPT"


KEPT = Kept()


class Made(dict):
    """A store that remembers which keys' files were made, not the files: a hit is KEPT. At
    100,000 readouts the readouts' and events' index.json are 1.4 GB."""

    def __setitem__(self, key, value) -> None:
        super().__setitem__(key, None)

    def __getitem__(self, key):
        super().__getitem__(key)
        return KEPT


def remember(store: dict | None, key: object, make: Callable[[], T]) -> T:
    """`make()`, kept in `store` under `key` (computed every time without a store)."""
    if store is None:
        return make()
    try:
        return store[key]
    except KeyError:
        found = store[key] = make()
        return found
