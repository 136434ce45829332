"""A person's page: the readouts they took part in, their roles over time, the topics
they discussed and their counterparts, and a feed. `people/<key>/`, paginated."""

from __future__ import annotations

from generator.archive.index import co_occurring, year_positions
from generator.pages import urls
from generator.pages.registry import PageKind, Site, listing_pages, span


def person_pages(site: Site):
    people = site.archive.vocabulary.participants
    for key, items in site.indexes.by_participant.items():
        person = people[key]
        yield from listing_pages(
            KIND, site, urls.person_uri(key), items,
            lambda person=person, items=items: dict(
                person=person, years=year_positions(r.year for r in items),
                related_topics=co_occurring(items, lambda r: r.topics, ""),
                counterparts=co_occurring(items, lambda r: r.participants, person.key)),
            description=f"{span(items)} of calls and meetings in which {person.name} took part.",
            feed=person.name)


KIND = PageKind("person", "person.md.j2", person_pages, order=30)
