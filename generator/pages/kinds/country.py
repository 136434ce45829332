"""A country's page: the readouts it took part in, readouts per year, its frequent topics,
its relations with each other country, and a feed. `countries/<cc>/`, paginated."""

from __future__ import annotations

from generator.archive.index import co_occurring, year_positions
from generator.archive.relations import pair_key
from generator.pages import urls
from generator.pages.registry import PageKind, Site, listing_pages, span


def country_pages(site: Site):
    countries = site.archive.countries
    for code, items in site.indexes.by_country.items():
        country = countries[code]
        yield from listing_pages(
            KIND, site, urls.country_uri(code), items,
            lambda country=country, items=items: dict(
                country=country, years=year_positions(r.year for r in items),
                related_topics=co_occurring(items, lambda r: r.topics, ""),
                # each other country with the readouts the two share: the pair's relation
                relations=co_occurring(items, lambda r: r.countries, country.code, limit=None),
                relation_uri=lambda other, code=country.code: urls.relation_uri(pair_key(code, other))),
            description=f"{span(items)} of calls and meetings involving {country.name}.", feed=country.name)


KIND = PageKind("country", "country.md.j2", country_pages, order=40)
