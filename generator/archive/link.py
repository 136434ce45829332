"""Link readouts to each other: previous and next in time, and related readouts."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from generator.archive.index import Indexes
from generator.model import Readout

WINDOW = 15  # candidates taken on each side in time, per shared topic or participant
RELATED = 5  # related readouts on a readout's page


@dataclass(frozen=True)
class Links:
    previous: Readout | None
    next: Readout | None
    related: tuple[Readout, ...]


def link_readouts(readouts: tuple[Readout, ...], indexes: Indexes, related: int = RELATED,
                  ranked: list[list[int]] | None = None) -> dict[str, Links]:
    """Links for every readout, keyed by slug. `readouts` is oldest first; `ranked` is
    `rank_all_related`'s result when already known (see `ranking_key`)."""
    ranked = ranked if ranked is not None else rank_all_related(readouts, related)
    links = {}
    for position, readout in enumerate(readouts):
        links[readout.slug] = Links(
            previous=readouts[position - 1] if position > 0 else None,
            next=readouts[position + 1] if position + 1 < len(readouts) else None,
            related=tuple(readouts[j] for j in ranked[position]),
        )
    return links


def ranking_key(readouts: tuple[Readout, ...]) -> tuple:
    """Everything `rank_all_related` reads: two archives with the same key rank alike
    (an edit to a title or a text keeps the ranking; see incremental.py)."""
    return tuple((r.slug, r.date, r.topics, r.participants) for r in readouts)


def keys_of(readout: Readout) -> frozenset[str]:
    return frozenset(["t:" + k for k in readout.topics] + ["p:" + k for k in readout.participants])


def rank_all_related(readouts: tuple[Readout, ...], limit: int) -> list[list[int]]:
    """For each readout (by position), the positions of its related readouts (see `rank_related`)."""
    return rank_related(readouts, limit, range(len(readouts)))


def rank_related(readouts: tuple[Readout, ...], limit: int, positions: range) -> list[list[int]]:
    """For the readouts at `positions`, the positions of their related readouts (the page
    worker's two children rank every other readout each).

    Related readouts share the most topics and participants, then are closest
    in time, then come first by slug. Candidates are the WINDOW readouts on each
    side in time under each shared topic and participant, so the cost stays
    linear in the size of the archive.
    """
    keys = [keys_of(r) for r in readouts]
    days = [r.date.toordinal() for r in readouts]
    slugs = [r.slug for r in readouts]
    members: dict[str, list[int]] = {}
    for position, mine in enumerate(keys):
        for key in mine:
            members.setdefault(key, []).append(position)  # positions ascend: oldest first
    ranked = []
    for position in positions:
        mine = keys[position]
        candidates: set[int] = set()
        for key in mine:
            items = members[key]
            at = bisect_left(items, position)
            candidates.update(items[max(0, at - WINDOW): at + WINDOW + 1])
        candidates.discard(position)
        day = days[position]
        scored = sorted((-len(mine & keys[j]), abs(days[j] - day), slugs[j], j) for j in candidates)
        ranked.append([item[3] for item in scored[:limit]])
    return ranked
