"""Group readouts by topic, participant, country, year, month, event and pair of countries."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from generator.archive.events import Event, build_events
from generator.archive.relations import Relation, build_relations, pairs_of
from generator.archive.said import Said
from generator.archive.translations import Versions, build_versions
from generator.model import Readout


@dataclass(frozen=True)
class Indexes:
    """Readouts grouped by each way in; every list is newest first."""

    by_topic: dict[str, tuple[Readout, ...]]
    by_participant: dict[str, tuple[Readout, ...]]
    by_country: dict[str, tuple[Readout, ...]]
    by_year: dict[int, tuple[Readout, ...]]
    by_kind: dict[str, tuple[Readout, ...]]
    events: dict[str, Event] = field(default_factory=dict)  # newest first
    relations: dict[str, Relation] = field(default_factory=dict)  # by pair key ('cn-us'), in alphabetical order
    statements: Said = field(default_factory=Said, compare=False, repr=False)  # who says what, made when asked
    versions: dict[str, Versions] = field(default_factory=dict)  # an original and its translations, under each slug


def newest_first(readouts) -> tuple[Readout, ...]:
    return tuple(sorted(readouts, key=lambda r: r.sort_key, reverse=True))


def group_by(readouts, keys_of) -> dict:
    groups: dict = defaultdict(list)
    for readout in readouts:
        for key in keys_of(readout):
            groups[key].append(readout)
    return {key: newest_first(groups[key]) for key in sorted(groups)}


def build_indexes(readouts: tuple[Readout, ...], said: Said | None = None) -> Indexes:
    """`said`: statements already attributed (the preview keeps them between rebuilds)."""
    events = build_events(readouts)
    return Indexes(
        by_topic=group_by(readouts, lambda r: r.topics),
        by_participant=group_by(readouts, lambda r: r.participants),
        by_country=group_by(readouts, lambda r: r.countries),
        by_year=group_by(readouts, lambda r: (r.year,)),
        by_kind=group_by(readouts, lambda r: (r.kind,)),
        events=events,
        relations=build_relations(group_by(readouts, lambda r: pairs_of(r.countries)), events),
        statements=said if said is not None else Said(),
        versions=build_versions(readouts),
    )


def group_by_year(readouts: tuple[Readout, ...]) -> list[tuple[int, tuple[Readout, ...]]]:
    """Newest year first, each year's readouts newest first."""
    return [(year, items) for year, items in sorted(group_by(readouts, lambda r: (r.year,)).items(), reverse=True)]


def group_by_month(readouts: tuple[Readout, ...]) -> list[tuple[int, tuple[Readout, ...]]]:
    """Months of one year, January first, each month's readouts oldest first."""
    months = group_by(readouts, lambda r: (r.date.month,))
    return [(month, tuple(reversed(items))) for month, items in sorted(months.items())]


def count_years(years) -> dict[int, int]:
    """{year: how many times it is given}, oldest year first."""
    return dict(sorted(Counter(years).items()))


def year_positions(years) -> dict[int, tuple[int, int]]:
    """{year: (where it is first given, how many times)}, for each item's year in a listing's order."""
    found: dict[int, list[int]] = {}
    for position, year in enumerate(years):
        found.setdefault(year, [position, 0])[1] += 1
    return {year: (first, count) for year, (first, count) in found.items()}


def date_range(readouts: tuple[Readout, ...]) -> tuple:
    """(earliest, latest) date of some readouts."""
    dates = [r.date for r in readouts]
    return (min(dates), max(dates)) if dates else (None, None)


def co_occurring(readouts: tuple[Readout, ...], keys_of, exclude: str, limit: int | None = 8) -> list[tuple[str, int]]:
    """The most frequent other keys (topics, participants, countries) beside `exclude`."""
    counts = Counter(key for r in readouts for key in keys_of(r) if key != exclude)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]
