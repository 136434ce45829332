"""The index of dates: every one with its count of readouts and its dates. `dates/`"""

from __future__ import annotations

from generator.pages import urls
from generator.pages.registry import SHOWS_SUMMARY, Page, PageKind, Site

DESCRIPTION = "The archive's readouts by year of publication, with a timeline."


def dates_index_pages(site: Site):
    yield Page(urls.DATES, KIND, shows=lambda: SHOWS_SUMMARY, description=lambda: DESCRIPTION)


KIND = PageKind("dates-index", "dates.md.j2", dates_index_pages, order=140, html=False, in_nav=True)
