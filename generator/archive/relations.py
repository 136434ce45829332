"""Relations: what two countries' readouts have in common, pair by pair.

Pure. A readout belongs to every pair of the countries it names (a readout of
three countries to three pairs). A `Relation` holds a pair's readouts and its
events: the accounts of one call or meeting that share an event key, or a readout
without one on its own. `topics_by_year` and `side_people` count
what a pair's page and its data file print.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from itertools import combinations

from generator.archive.events import Event
from generator.model import Participant, Readout


@dataclass(frozen=True)
class Relation:
    countries: tuple[str, str]  # ISO codes, in alphabetical order
    readouts: tuple[Readout, ...]  # newest first
    events: tuple[Event, ...]  # newest first

    @property
    def key(self) -> str:
        return pair_key(*self.countries)


@dataclass(frozen=True)
class Taker:
    """Someone who took part in a pair's readouts: when first and last, and how often."""
    key: str
    first: dt.date
    last: dt.date
    count: int


def pair_key(*countries: str) -> str:
    """('US', 'CN') -> 'cn-us': the pair's name in its address (relations/cn-us/)."""
    return "-".join(sorted(countries)).lower()


def pairs_of(countries: tuple[str, ...]) -> list[tuple[str, str]]:
    """Every pair of distinct countries, each in alphabetical order: ('US', 'CN') -> [('CN', 'US')]."""
    return list(combinations(sorted(set(countries)), 2))


def event_of(readout: Readout, events: dict[str, Event]) -> Event:
    """The event a readout is an account of; a readout without an event key is an event of its own."""
    found = events.get(readout.event) if readout.event else None
    return found or Event("", readout.event_day, (readout,), readout.participants)


def build_relations(by_pair: dict[tuple[str, str], tuple[Readout, ...]],
                    events: dict[str, Event]) -> dict[str, Relation]:
    """Each pair's relation, keyed by its pair key in alphabetical order; `by_pair`: each pair's readouts, newest first."""
    relations = {}
    for pair, readouts in sorted(by_pair.items()):
        found: dict[tuple[str, str], Event] = {}
        for readout in readouts:
            if readout.translation_of:  # one of its original's versions, not a call of its own
                continue
            event = event_of(readout, events)
            found.setdefault((event.key, event.accounts[0].slug), event)
        ordered = sorted(found.values(), key=lambda e: (e.day, e.key, e.accounts[0].slug), reverse=True)
        relations[pair_key(*pair)] = Relation(pair, readouts, tuple(ordered))
    return relations


def by_size(relations: dict[str, Relation]) -> list[Relation]:
    """The pairs with the most readouts first (then by key)."""
    return sorted(relations.values(), key=lambda relation: (-len(relation.readouts), relation.key))


def topics_by_year(readouts: tuple[Readout, ...]) -> list[tuple[str, dict[int, int], int]]:
    """[(topic, {year: readouts}, total)]: each topic the readouts raise, most frequent first (then by key)."""
    years: dict[str, Counter] = {}
    for readout in readouts:
        for topic in readout.topics:
            years.setdefault(topic, Counter())[readout.year] += 1
    rows = [(topic, dict(sorted(counts.items())), sum(counts.values())) for topic, counts in years.items()]
    return sorted(rows, key=lambda row: (-row[2], row[0]))


def side_people(readouts: tuple[Readout, ...], country: str, people: dict[str, Participant]) -> list[Taker]:
    """The people of `country` who took part in the readouts, in the order they first did (then by key)."""
    dates: dict[str, list[dt.date]] = {}
    for readout in readouts:
        for key in readout.participants:
            if people[key].country == country:
                dates.setdefault(key, []).append(readout.date)
    takers = [Taker(key, min(days), max(days), len(days)) for key, days in dates.items()]
    return sorted(takers, key=lambda taker: (taker.first, taker.key))
