"""The index of relations: every pair of countries that appear together in a readout, the
pairs with the most readouts first, with their counts and dates. `relations/`, paginated."""

from __future__ import annotations

from functools import cache

from generator.archive.relations import by_size
from generator.pages import urls
from generator.pages.kinds.relation import relation_title
from generator.pages.registry import EVERYTHING, Page, PageKind, Shows, Site, paginate

DESCRIPTION = "Every pair of countries in the archive's readouts, the most frequent first, with their calls and meetings."


def relations_index_pages(site: Site):
    relations = tuple(by_size(site.indexes.relations))
    archive = site.archive
    for number, uri, chunk, uris in paginate(urls.RELATIONS, relations, site.options.page_size):
        # the order comes from every readout's countries; a pair's count of events from its readouts' event keys
        shown = cache(lambda chunk=chunk: Shows(
            frozenset(r.slug for relation in chunk for event in relation.events for r in event.accounts), frozenset({EVERYTHING})))
        yield Page(uri, KIND,
                   context=lambda chunk=chunk, number=number, uris=uris: dict(
                       relations=[(relation, relation_title(relation.countries, archive)) for relation in chunk],
                       all_relations=relations, number=number, page_uris=uris),
                   shows=shown,
                   meta=lambda: {"title": "Relations"}, description=lambda: DESCRIPTION,  # the nav's title, before rendering
                   lastmod=max(relation.readouts[0].date for relation in chunk).isoformat() if chunk else "")


KIND = PageKind("relations-index", "relations.md.j2", relations_index_pages, order=165, in_nav=True)
