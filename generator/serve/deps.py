"""Which pages a changed readout affects, for incremental rebuilds under `serve`.

Pure. `page_dependencies` maps every generated page to what it shows, as its
kind declares it (generator/pages/kinds/), in two parts. `rows`: the readouts whose own fields it prints (a readout page: itself,
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


from generator.model import Readout
from generator.pages.registry import EVERYTHING, Shows, Site, all_pages

SUMMARY_FIELDS = ("date", "topics", "participants", "countries")  # what counts, spans and frequent terms use

__all__ = ["EVERYTHING", "SUMMARY_FIELDS", "Shows", "page_dependencies", "changed_readouts", "affected_pages"]


def page_dependencies(site: Site) -> dict[str, Shows]:
    """Every page and what it shows, as its kind declares (`site.links` is needed)."""
    return {page.uri: page.shows() for page in all_pages(site)}


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
