"""Which pages a changed readout affects, for incremental rebuilds under `serve`.

Pure. `page_dependencies` maps every generated page to the readouts whose data
it shows: a readout page shows itself, its previous and next readouts and its
related readouts; a listing page (topic, person, country, year, with all its
numbered pages) shows every readout of its listing, since the count, date span
and frequent terms printed on each of its pages come from all of them; the
home page and the index pages show everything. `affected_pages` compares the
maps of two builds: a page is rebuilt when it shows a changed readout (before
or after the change), when what it shows changed, or when it is new. The
rebuilt pages are then compared with their previous text, and only those that
differ go to MkDocs.
"""

from __future__ import annotations

from generator import urls
from generator.index import Indexes
from generator.link import Links
from generator.model import Archive, Readout

EVERYTHING = "*"  # a page that depends on every readout


def readout_dependencies(readout: Readout, links: Links) -> frozenset[str]:
    shown = [readout, links.previous, links.next, *links.related]
    return frozenset(r.slug for r in shown if r is not None)


def listing_dependencies(first_uri: str, items: tuple[Readout, ...], page_size: int) -> dict[str, frozenset[str]]:
    slugs = frozenset(r.slug for r in items)
    count = max(1, -(-len(items) // page_size))
    return {urls.page_uri(first_uri, n): slugs for n in range(1, count + 1)}


def page_dependencies(archive: Archive, indexes: Indexes, links: dict[str, Links], page_size: int) -> dict[str, frozenset[str]]:
    """Every generated page and the slugs of the readouts it shows."""
    found = {r.src_uri: readout_dependencies(r, links[r.slug]) for r in archive.readouts}
    listings = [(urls.topic_uri, indexes.by_topic), (urls.person_uri, indexes.by_participant),
                (urls.country_uri, indexes.by_country), (urls.year_uri, indexes.by_year)]
    for uri_of, groups in listings:
        for key, items in groups.items():
            found.update(listing_dependencies(uri_of(key), items, page_size))
    for uri in (urls.HOME, urls.TOPICS, urls.PEOPLE, urls.COUNTRIES, urls.DATES):
        found[uri] = frozenset({EVERYTHING})
    return found


def changed_readouts(before: tuple[Readout, ...], after: tuple[Readout, ...]) -> frozenset[str]:
    """Slugs of readouts added, removed or different in any field."""
    old = {r.slug: r for r in before}
    new = {r.slug: r for r in after}
    return frozenset(slug for slug in old.keys() | new.keys() if old.get(slug) != new.get(slug))


def affected_pages(before: dict[str, frozenset[str]], after: dict[str, frozenset[str]], changed: frozenset[str]) -> set[str]:
    """Pages of `after` to render again once the readouts `changed` changed."""
    if not changed:
        return set()
    affected = set()
    for uri, shown in after.items():
        old = before.get(uri)
        if old != shown or EVERYTHING in shown or not shown.isdisjoint(changed) or not old.isdisjoint(changed):
            affected.add(uri)
    return affected
