"""Which pages a changed readout affects, for incremental rebuilds under `serve`.

Pure. `page_dependencies` maps every generated page to what it shows, in two
parts. `rows`: the readouts whose own fields it prints (a readout page: itself,
its previous and next readouts and its related readouts; a listing page: the
readouts listed on it; the home page: everything, for its latest readouts).
`summary`: the readouts it counts or summarises (every readout of a listing,
since the count, date span, frequent terms and the number of pages printed on
each of its pages come from all of them; the home page and the index pages:
everything). A summary is made of SUMMARY_FIELDS only.

`affected_pages` compares the maps of two builds: a page is rendered again when
what it shows changed, when a readout in its rows changed in any way, or when a
readout in its summary changed in a summarised field, was added or removed. So
an edit to a title or a text re-renders the one listing page that lists the
readout, not all of its listing's pages. The rendered pages are then compared
with their previous text, and only those that differ go to MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.pages import urls
from generator.archive.index import Indexes
from generator.archive.link import Links
from generator.model import Archive, Readout

EVERYTHING = "*"  # a summary of every readout
SUMMARY_FIELDS = ("date", "topics", "participants", "countries")  # what counts, spans and frequent terms use


@dataclass(frozen=True)
class Shows:
    rows: frozenset[str] = frozenset()  # slugs of the readouts whose fields the page prints
    summary: frozenset[str] = frozenset()  # slugs of the readouts it counts or summarises


def readout_dependencies(readout: Readout, links: Links) -> Shows:
    shown = [readout, links.previous, links.next, *links.related]
    return Shows(rows=frozenset(r.slug for r in shown if r is not None))


def listing_dependencies(first_uri: str, items: tuple[Readout, ...], page_size: int) -> dict[str, Shows]:
    summary = frozenset(r.slug for r in items)
    return {uri: Shows(frozenset(r.slug for r in items[n * page_size:(n + 1) * page_size]), summary)
            for n, uri in enumerate(urls.listing_uris(first_uri, len(items), page_size))}


def page_dependencies(archive: Archive, indexes: Indexes, links: dict[str, Links], page_size: int) -> dict[str, Shows]:
    """Every generated page and what it shows."""
    found = {r.src_uri: readout_dependencies(r, links[r.slug]) for r in archive.readouts}
    listings = [(urls.topic_uri, indexes.by_topic), (urls.person_uri, indexes.by_participant),
                (urls.country_uri, indexes.by_country), (urls.year_uri, indexes.by_year)]
    for uri_of, groups in listings:
        for key, items in groups.items():
            found.update(listing_dependencies(uri_of(key), items, page_size))
    for uri in (urls.TOPICS, urls.PEOPLE, urls.COUNTRIES, urls.DATES):
        found[uri] = Shows(summary=frozenset({EVERYTHING}))
    found[urls.HOME] = Shows(rows=frozenset({EVERYTHING}), summary=frozenset({EVERYTHING}))  # the latest readouts
    return found


def changed_readouts(before: tuple[Readout, ...], after: tuple[Readout, ...],
                     fields: tuple[str, ...] | None = None) -> frozenset[str]:
    """Slugs of readouts added, removed or different in any field (or in one of `fields`)."""
    old = {r.slug: r for r in before}
    new = {r.slug: r for r in after}

    def differ(a: Readout | None, b: Readout | None) -> bool:
        if a is None or b is None or fields is None:
            return a != b
        return any(getattr(a, name) != getattr(b, name) for name in fields)

    return frozenset(slug for slug in old.keys() | new.keys() if differ(old.get(slug), new.get(slug)))


def affected_pages(before: dict[str, Shows], after: dict[str, Shows], changed: frozenset[str],
                   summarised: frozenset[str] | None = None) -> set[str]:
    """Pages of `after` to render again once the readouts `changed` changed (`summarised`:
    those of them changed in a SUMMARY_FIELDS field, added or removed; all of them if None)."""
    if not changed:
        return set()
    summarised = changed if summarised is None else summarised
    affected = set()
    for uri, shows in after.items():
        old = before.get(uri)
        if (old != shows or EVERYTHING in shows.rows or not shows.rows.isdisjoint(changed)
                or (summarised and (EVERYTHING in shows.summary or not shows.summary.isdisjoint(summarised)))):
            affected.add(uri)
    return affected
