"""The index of countries: every one with its count of readouts and its dates. `countries/`"""

from __future__ import annotations

from generator.pages import urls
from generator.pages.registry import SHOWS_SUMMARY, Page, PageKind, Site

DESCRIPTION = "Every country in the archive's readouts, with the number of readouts and the years they span."


def countries_index_pages(site: Site):
    yield Page(urls.COUNTRIES, KIND, shows=lambda: SHOWS_SUMMARY, description=lambda: DESCRIPTION)


KIND = PageKind("countries-index", "countries.md.j2", countries_index_pages, order=130, html=False, in_nav=True)
