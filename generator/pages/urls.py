"""Where every page lives. These paths are the archive's published URLs:
a page at `topics/taiwan.md` is served at `topics/taiwan/`. Never change them."""

from __future__ import annotations

from functools import lru_cache

from generator.model import Readout

HOME = "index.md"
TOPICS = "topics/index.md"
PEOPLE = "people/index.md"
COUNTRIES = "countries/index.md"
DATES = "dates/index.md"
BROWSE = "browse.md"
EVENTS = "events/index.md"
RELATIONS = "relations/index.md"


def readout_uri(readout: Readout) -> str:
    return readout.src_uri


def topic_uri(key: str) -> str:
    return f"topics/{key}.md"


def person_uri(key: str) -> str:
    return f"people/{key}.md"


def country_uri(code: str) -> str:
    return f"countries/{code.lower()}.md"


def year_uri(year: int) -> str:
    return f"dates/{year}.md"


def event_uri(key: str) -> str:
    return f"events/{key}.md"


def relation_uri(key: str) -> str:
    """Two countries' relation: `relations/cn-us/` (their codes in lower case, in alphabetical order)."""
    return f"relations/{key}.md"


def statements_uri(key: str) -> str:
    """What a person is reported saying: `people/<key>/statements/`."""
    return f"people/{key}/statements.md"


def page_uri(first: str, number: int) -> str:
    """Page `number` of a paginated listing whose first page is `first`
    (`topics/trade.md` -> `topics/trade/page-2.md`; `events/index.md` -> `events/page-2.md`)."""
    if number == 1:
        return first
    folder = first[: -len("/index.md")] if first.endswith("/index.md") else first[:-3]
    return f"{folder}/page-{number}.md"


def listing_uris(first: str, count: int, page_size: int) -> list[str]:
    """The pages of a listing of `count` readouts whose first page is `first`: it, then page-2, page-3..."""
    return [page_uri(first, n) for n in range(1, max(1, -(-count // page_size)) + 1)]


def site_path(uri: str) -> str:
    """The published path of a page: `topics/taiwan.md` -> `topics/taiwan/`."""
    if uri == "index.md":
        return ""
    if uri.endswith("/index.md"):
        return uri[: -len("index.md")]
    return uri[:-3] + "/"


# One way to compute a relative URL: `relative_from` (cached); `relative` and `href` build on it,
# and so do feeds, redirect pages and validation's suggestions.
def relative(here: str, there: str) -> str:
    """A link from the page `here` to the page `there`, both source paths."""
    folder, _, _ = here.rpartition("/")
    return relative_from(folder, there)


@lru_cache(maxsize=65536)
def relative_from(folder: str, there: str) -> str:
    """`there` as seen from `folder` (both relative, '/'-separated, no '..')."""
    start = folder.split("/") if folder else []
    target = there.split("/")
    common = 0
    while common < min(len(start), len(target) - 1) and start[common] == target[common]:
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:])


# Data files beside the pages (published URLs too; see content/data.md).
FEED = "feed.xml"
CATALOG_JSON = "catalog.json"
CATALOG_CSV = "catalog.csv"
CATALOG_SCHEMA = "schema/catalog.schema.json"
READOUT_SCHEMA = "schema/readout-data.schema.json"
EVENTS_JSON = "events.json"
EVENTS_SCHEMA = "schema/events.schema.json"
RELATION_SCHEMA = "schema/relation.schema.json"
ROBOTS = "robots.txt"


def feed_uri(page: str) -> str:
    """The Atom feed of a listing page: `topics/taiwan.md` -> `topics/taiwan/feed.xml`."""
    return site_path(page) + FEED


def readout_json_uri(readout: Readout) -> str:
    """The readout's data, beside its page: `readouts/2026/<slug>/index.json`."""
    return site_path(readout.src_uri) + "index.json"


def relation_json_uri(key: str) -> str:
    """A pair's data, beside its page: `relations/cn-us/index.json`."""
    return site_path(relation_uri(key)) + "index.json"


def redirect_uri(alias: str) -> str:
    """The page left at an old readout URL: `readouts/2026/old/` -> `readouts/2026/old/index.html`."""
    return alias.rstrip("/") + "/index.html"


def absolute(site_url: str, path: str) -> str:
    """`path` (relative to the archive's home) under the site's address, or as it is without one."""
    return site_url.rstrip("/") + "/" + path if site_url else path
BROWSE_CATALOG = "assets/browse.json"


def published(uri: str, directory_urls: bool = True) -> str:
    """The file or folder a page is published at, from the site root."""
    return site_path(uri) if directory_urls else uri[:-3] + ".html"


def published_folder(uri: str, directory_urls: bool = True) -> str:
    """The folder a page's relative links start from: `topics/taiwan.md` -> `topics/taiwan`."""
    return site_path(uri).rstrip("/") if directory_urls else uri.rpartition("/")[0]


def href(here: str, there: str, directory_urls: bool = True) -> str:
    """The final URL from page `here` to page `there`, for raw HTML that MkDocs does not rewrite."""
    return relative_from(published_folder(here, directory_urls), published(there, directory_urls)) or "./"
