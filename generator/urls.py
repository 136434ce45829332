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


def page_uri(first: str, number: int) -> str:
    """Page `number` of a paginated listing whose first page is `first`."""
    return first if number == 1 else f"{first[:-3]}/page-{number}.md"


def site_path(uri: str) -> str:
    """The published path of a page: `topics/taiwan.md` -> `topics/taiwan/`."""
    if uri == "index.md":
        return ""
    if uri.endswith("/index.md"):
        return uri[: -len("index.md")]
    return uri[:-3] + "/"


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
