"""A year's page: its readouts month by month, with a timeline of the months. `dates/<year>/`, paginated."""

from __future__ import annotations

from generator.pages import urls
from generator.pages.registry import PageKind, Site, listing_pages, span


def year_pages(site: Site):
    for year, items in site.indexes.by_year.items():
        yield from listing_pages(KIND, site, urls.year_uri(year), items, lambda year=year: dict(year=year),
                                 description=f"{span(items)} published in {year}, month by month.")


KIND = PageKind("year", "year.md.j2", year_pages, order=50)
