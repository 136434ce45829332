"""Link readouts to each other: previous and next in time, and related readouts."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from generator.index import Indexes
from generator.model import Readout

WINDOW = 30  # candidates taken on each side in time, per shared topic or participant


@dataclass(frozen=True)
class Links:
    previous: Readout | None
    next: Readout | None
    related: tuple[Readout, ...]


def link_readouts(readouts: tuple[Readout, ...], indexes: Indexes, related: int = 5) -> dict[str, Links]:
    """Links for every readout, keyed by slug. `readouts` is oldest first."""
    ordered = {key: tuple(reversed(items)) for key, items in indexes.by_topic.items()}
    people = {key: tuple(reversed(items)) for key, items in indexes.by_participant.items()}
    links = {}
    for position, readout in enumerate(readouts):
        links[readout.slug] = Links(
            previous=readouts[position - 1] if position > 0 else None,
            next=readouts[position + 1] if position + 1 < len(readouts) else None,
            related=rank_related(readout, ordered, people, related),
        )
    return links


def nearby(readout: Readout, items: tuple[Readout, ...]) -> tuple[Readout, ...]:
    """The readouts of one oldest-first list closest in time to `readout`."""
    at = bisect_left(items, readout.sort_key, key=lambda r: r.sort_key)
    return items[max(0, at - WINDOW): at + WINDOW + 1]


def rank_related(readout: Readout, by_topic: dict, by_person: dict, limit: int) -> tuple[Readout, ...]:
    """Readouts sharing the most topics and participants, then closest in time.

    Candidates are the readouts nearest in time under each shared topic and
    participant, so the cost stays linear in the size of the archive.
    """
    candidates: dict[str, Readout] = {}
    for key in readout.topics:
        for other in nearby(readout, by_topic.get(key, ())):
            candidates[other.slug] = other
    for key in readout.participants:
        for other in nearby(readout, by_person.get(key, ())):
            candidates[other.slug] = other
    candidates.pop(readout.slug, None)
    topics, people = set(readout.topics), set(readout.participants)

    def score(other: Readout) -> tuple:
        shared = len(topics.intersection(other.topics)) + len(people.intersection(other.participants))
        return (-shared, abs((other.date - readout.date).days), other.slug)

    return tuple(sorted(candidates.values(), key=score)[:limit])
