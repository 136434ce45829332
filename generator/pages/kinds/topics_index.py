"""The index of topics: every one with its count of readouts and its dates. `topics/`"""

from __future__ import annotations

from generator.pages import urls
from generator.pages.registry import SHOWS_SUMMARY, Page, PageKind, Site

DESCRIPTION = "Every topic the archive's readouts cover, with the number of readouts and the years they span."


def topics_index_pages(site: Site):
    yield Page(urls.TOPICS, KIND, shows=lambda: SHOWS_SUMMARY, description=lambda: DESCRIPTION)


KIND = PageKind("topics-index", "topics.md.j2", topics_index_pages, order=110, html=False, in_nav=True)
