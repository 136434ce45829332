"""Browse: every readout with filters (assets/browse.js over assets/browse.json). `browse/`"""

from __future__ import annotations

from generator.pages import urls
from generator.pages.registry import SHOWS_SUMMARY, Page, PageKind, Site

DESCRIPTION = ("Every readout in the archive, filtered by topic, person, country, kind, years, who published it, "
               "language and words of the title.")


def browse_pages(site: Site):
    yield Page(urls.BROWSE, KIND, shows=lambda: SHOWS_SUMMARY,
               meta=lambda: {"template": "browse.html", "title": "Browse", "hide": ["navigation", "toc"]},
               description=lambda: DESCRIPTION)


KIND = PageKind("browse", "browse.md.j2", browse_pages, order=150, html=False, in_nav=True)
