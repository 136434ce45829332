"""The site's kinds of page: each declared once, in a module of its own under
generator/pages/kinds/, with everything the rest of the system needs to know.

A `PageKind` names its template, whether MkDocs gets its pages as HTML (`html`)
or as markdown, whether they are in the nav, and the `Page`s it has for an
archive. A `Page` carries its URI (its source path, which is its published
URL: see urls.py), the context its template renders from, which readouts it
shows (the preview's dependency map), its date for sitemap.xml, its front
matter (the description included) and the feed it offers, if any.

Everything that needs the list of pages loops over `all_pages`: rendering and
the order pages are rendered in (render.py), the preview's dependency map
(serve/deps.py), the page worker's list and the plugin's front matter
(serve/plugin.py), sitemap dates and feeds (outputs/). So they cannot disagree,
and a new kind of page is one module and one template. Pure.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache

from generator.archive.index import Indexes
from generator.archive.link import Links
from generator.model import Archive, Readout
from generator.pages import urls
from generator.pages.markup import Permalink

EVERYTHING = "*"  # in `Shows`: every readout of the archive


@dataclass(frozen=True)
class Options:
    page_size: int = 200
    latest: int = 10
    site_name: str = "Readout Archive"
    site_url: str = ""  # the published address (mkdocs.yml site_url); "" for local builds
    directory_urls: bool = True  # MkDocs' use_directory_urls, for links in raw HTML (timelines)
    html: Permalink | None = None  # write readout and listing pages as HTML (the MkDocs plugin); see markup.py


@dataclass(frozen=True)
class Site:
    """What every kind's pages are made from. `links` (previous, next, related for each
    readout's slug) is needed only to render pages or map what they show."""
    archive: Archive
    indexes: Indexes
    options: Options = Options()
    links: dict[str, Links] | None = None
    listed: dict = field(default_factory=dict, compare=False, repr=False)  # all_pages' list, made once a Site


@dataclass(frozen=True)
class Shows:
    """What a page shows, for the preview's dependency map (serve/deps.py)."""
    rows: frozenset[str] = frozenset()  # slugs of the readouts whose own fields the page prints
    summary: frozenset[str] = frozenset()  # slugs of the readouts it counts or summarises


SHOWS_NOTHING = Shows()
SHOWS_SUMMARY = Shows(summary=frozenset({EVERYTHING}))  # counts of every readout (an index page)
SHOWS_EVERYTHING = Shows(rows=frozenset({EVERYTHING}), summary=frozenset({EVERYTHING}))


def _nothing() -> dict:
    return {}


@dataclass(frozen=True, eq=False)
class Page:
    """One page of the site. `context`, `shows`, `meta` and `description` are called only when needed:
    `meta` by MkDocs' side before rendering (keep it cheap), the others by whoever renders the page."""
    uri: str
    kind: PageKind
    context: Callable[[], dict] = _nothing  # the template's variables besides the shared ones (render.py)
    shows: Callable[[], Shows] = lambda: SHOWS_NOTHING
    meta: Callable[[], dict] = _nothing  # front matter: Material's `template`, `hide`, `title`...
    description: Callable[[], str] = str  # plain text for <meta name="description"> and link previews ("": the site's)
    lastmod: str = ""  # ISO date for sitemap.xml: its newest readout ("": the archive's newest)
    feed: str = ""  # the subject of the Atom feed the page offers ("" for none), e.g. a topic's label
    feed_items: tuple[Readout, ...] = ()  # the feed's readouts, newest first


@dataclass(frozen=True)
class PageKind:
    name: str
    template: str  # a file in generator/pages/templates/ (or the name of `template_source`)
    pages: Callable[[Site], Iterable[Page]]  # every page of the kind, in a stable order
    order: int  # kinds are rendered, and MkDocs gets their pages, in this order
    html: bool = True  # MkDocs gets the pages as HTML (False: as markdown; for a handful of pages)
    in_nav: bool = False  # pages listed in mkdocs.yml's nav (the others are NOT_IN_NAV)
    og_type: str = "website"  # OpenGraph's og:type
    template_source: str | None = field(default=None, repr=False)  # the template's text, for a kind kept outside the package


@cache
def discover_kinds() -> tuple[PageKind, ...]:
    """Every kind declared in generator/pages/kinds/ (a module-level `KIND`), in `order`."""
    from generator.pages import kinds as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if hasattr(module, "KIND"):
            found.append(module.KIND)
    return tuple(sorted(found, key=lambda kind: (kind.order, kind.name)))


_extra: list[PageKind] = []  # kinds registered at run time (tests)


def page_kinds() -> tuple[PageKind, ...]:
    return tuple(sorted((*discover_kinds(), *_extra), key=lambda kind: (kind.order, kind.name)))


def register(kind: PageKind) -> Callable[[], None]:
    """Add a kind kept outside generator/pages/kinds/ (a test's); returns what removes it."""
    _extra.append(kind)
    return lambda: _extra.remove(kind)


def all_pages(site: Site, html: bool | None = None) -> Iterator[Page]:
    """Every page of the site in kind order (only the kinds written as HTML, or as markdown, if `html` is given).
    Listed once a `Site` (16,000 pages at 10,000 readouts take 0.1 s; a build asks several times)."""
    kinds = page_kinds()
    pages = site.listed.get(kinds)
    if pages is None:
        site.listed.clear()
        pages = site.listed[kinds] = tuple(page for kind in kinds for page in kind.pages(site))
    return iter(pages if html is None else [page for page in pages if page.kind.html == html])


def paginate(first_uri: str, items: tuple, size: int) -> list[tuple[int, str, tuple, list[str]]]:
    """[(number, uri, items on it, every page's uri)] for a listing `size` items a page:
    the first at `first_uri`, then page-2, page-3... (one page, empty, for no items)."""
    uris = urls.listing_uris(first_uri, len(items), size)
    return [(number, uri, items[(number - 1) * size: number * size], uris) for number, uri in enumerate(uris, start=1)]


def listing_pages(kind: PageKind, site: Site, first_uri: str, items: tuple[Readout, ...],
                  context: Callable[[], dict], description: str, feed: str = "") -> list[Page]:
    """The pages of one listing of readouts (newest first), `page_size` a page: the first at
    `first_uri`, then page-2, page-3... Each shows its own readouts and summarises all of them
    (its count, date span and frequent terms). `context` is made once for all its pages."""
    summary = frozenset(r.slug for r in items)
    shared = cache(context)
    newest = items[0].date.isoformat() if items else ""
    pages = []
    for number, uri, chunk, uris in paginate(first_uri, items, site.options.page_size):
        pages.append(Page(
            uri, kind,
            context=lambda chunk=chunk, number=number: dict(items=chunk, all_items=items, number=number,
                                                            page_uris=uris, **shared()),
            shows=lambda chunk=chunk: Shows(frozenset(r.slug for r in chunk), summary),
            description=lambda: description, lastmod=newest,
            feed=feed if number == 1 else "", feed_items=items if feed and number == 1 else ()))
    return pages


def span(items: tuple[Readout, ...]) -> str:
    """'3 readouts' for a description."""
    return f"{len(items)} readout{'' if len(items) == 1 else 's'}"
