"""A country's page: the readouts it took part in, its frequent topics and counterpart
countries, and a feed. `countries/<cc>/`, paginated."""

from __future__ import annotations

from generator.archive.index import co_occurring
from generator.pages import urls
from generator.pages.registry import PageKind, Site, listing_pages, span


def country_pages(site: Site):
    countries = site.archive.countries
    for code, items in site.indexes.by_country.items():
        country = countries[code]
        yield from listing_pages(
            KIND, site, urls.country_uri(code), items,
            lambda country=country, items=items: dict(
                country=country, related_topics=co_occurring(items, lambda r: r.topics, ""),
                counterparts=co_occurring(items, lambda r: r.countries, country.code)),
            description=f"{span(items)} of calls and meetings involving {country.name}.", feed=country.name)


KIND = PageKind("country", "country.md.j2", country_pages, order=40)
