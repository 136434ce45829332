"""The index of people: every one with its count of readouts and its dates. `people/`"""

from __future__ import annotations

from generator.pages import urls
from generator.pages.registry import SHOWS_SUMMARY, Page, PageKind, Site

DESCRIPTION = "Everyone who took part in the archive's calls and meetings, with their readouts and the years they span."


def people_index_pages(site: Site):
    yield Page(urls.PEOPLE, KIND, shows=lambda: SHOWS_SUMMARY, description=lambda: DESCRIPTION)


KIND = PageKind("people-index", "people.md.j2", people_index_pages, order=120, html=False, in_nav=True)
