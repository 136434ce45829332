"""Two countries' relation: how many of their calls and meetings the archive holds and
when, an event timeline by year, who took part on each side over time, the topics year
by year as a heat table, and every event newest first with each side's account.
`relations/<a>-<b>/` (ISO codes in lower case, alphabetical: relations/cn-us/), paginated.

Every page of a pair prints counts made from all its events, and how readouts group
into events depends on fields a summary does not follow (`event`, `event_date`), so each
page declares every account of the pair's events as shown: an edit to any of them
renders the pair's pages again.
"""

from __future__ import annotations

from functools import cache

from markupsafe import Markup

from generator.archive.events import Event
from generator.archive.index import date_range, year_positions
from generator.archive.relations import Relation, side_people, topics_by_year
from generator.model import Archive
from generator.pages import urls
from generator.pages.heat import Row, build_heat
from generator.pages.kinds.event import event_title
from generator.pages.registry import Page, PageKind, Shows, Site, paginate, span


def relation_title(countries: tuple[str, str], archive: Archive) -> str:
    """'China–United States': the two countries' names, in the order of their codes."""
    return "–".join(archive.countries[code].name for code in countries)


def event_row(event: Event, relation: Relation, archive: Archive) -> dict:
    """An event as the pair's page lists it: its title; when any account's side is recorded, each
    of the two sides' accounts (none when the archive holds none from that side); and the other
    accounts (a third country's, or one whose issuer is not recorded) with their side."""
    side = {r.slug: archive.vocabulary.side_of(r) for r in event.accounts}
    return dict(event=event, title=event_title(event, archive.vocabulary), known=any(side.values()),
                sides=[(code, [r for r in event.accounts if side[r.slug] == code]) for code in relation.countries],
                others=[(r, side[r.slug]) for r in event.accounts if side[r.slug] not in relation.countries])


def people_rows(relation: Relation, archive: Archive) -> list[tuple[str, list[dict]]]:
    """For each side, who took part, in the order they first did, with where their span of
    dates sits on the pair's (percent from the left, percent wide) for a bar."""
    first, last = date_range(relation.readouts)
    days = max((last - first).days, 1)
    people = archive.vocabulary.participants
    rows = []
    for code in relation.countries:
        takers = side_people(relation.readouts, code, people)
        rows.append((code, [dict(taker=taker, person=people[taker.key], role=people[taker.key].role_on(taker.last),
                                 left=round(100 * (taker.first - first).days / days, 1),
                                 width=max(round(100 * (taker.last - taker.first).days / days, 1), 1.5))
                            for taker in takers]))
    return rows


def heat_cells(row: Row) -> Markup:
    """A row's cells of the heat table as HTML, made here rather than in the template: a pair with a
    hundred topics has a thousand cells (counts and levels are integers: nothing to escape)."""
    return Markup("".join(f'<td class="ra-heat-{cell.level}">{cell.count or ""}</td>' for cell in row.cells))


def relation_summary(relation: Relation, archive: Archive) -> dict:
    """What every page of the pair shows above its events."""
    return dict(relation=relation, title=relation_title(relation.countries, archive),
                years=year_positions(event.day.year for event in relation.events))


def relation_overview(relation: Relation, archive: Archive) -> dict:
    """What the pair's first page shows besides: the people on each side and the topics by year."""
    return dict(sides=people_rows(relation, archive), heat=build_heat(topics_by_year(relation.readouts)),
                heat_cells=heat_cells)


def relation_pages(site: Site):
    archive = site.archive
    for relation in site.indexes.relations.values():
        shown = cache(lambda relation=relation: Shows(rows=frozenset(r.slug for event in relation.events for r in event.accounts)))
        shared = cache(lambda relation=relation: relation_summary(relation, archive))
        one, two = (archive.countries[code].name for code in relation.countries)
        description = (f"{span(relation.readouts)} of calls and meetings between {one} and {two}: "
                       f"each side's account, who took part, and the topics year by year.")
        newest = relation.readouts[0].date.isoformat()
        for number, uri, chunk, uris in paginate(urls.relation_uri(relation.key), relation.events, site.options.page_size):
            yield Page(uri, KIND,
                       context=lambda relation=relation, shared=shared, chunk=chunk, number=number, uris=uris: dict(
                           rows=[event_row(event, relation, archive) for event in chunk], number=number, page_uris=uris,
                           **shared(), **(relation_overview(relation, archive) if number == 1 else {})),
                       shows=shown, description=lambda description=description: description,
                       lastmod=newest)


KIND = PageKind("relation", "relation.md.j2", relation_pages, order=65)
