"""The home page: counts, the ways in, the latest readouts, and the archive's main feed. `./`"""

from __future__ import annotations

from generator.pages import urls
from generator.pages.registry import SHOWS_EVERYTHING, Page, PageKind, Site


def home_pages(site: Site):
    readouts = site.archive.readouts
    yield Page(urls.HOME, KIND, context=lambda: dict(latest=readouts[::-1][: site.options.latest]),
               shows=lambda: SHOWS_EVERYTHING, meta=lambda: {"hide": ["navigation", "toc"]},
               feed="latest readouts", feed_items=tuple(reversed(readouts)))


KIND = PageKind("home", "home.md.j2", home_pages, order=100, html=False, in_nav=True)
