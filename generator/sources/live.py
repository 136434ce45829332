"""The network edge: which readout URLs the published site lists, from its own catalog.json.

`check` protects these URLs as it does those of published-urls.txt, so a URL stays protected
without anyone remembering `make publish-list`. The only request the generator makes, and only
when the site's address (SITE_URL) is known; what could not be fetched is said, never guessed.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import urlsplit

from generator.outputs.redirects import PublishedSite, urls_in_catalog
from generator.pages import urls

TIMEOUT = 10.0  # seconds: a published site answers in well under that
MAX_BYTES = 64 * 1024 * 1024  # the catalog of 10,000 readouts is about 12 MB


@dataclass(frozen=True)
class Published:
    """What the live site lists (None when it could not be told) and what to tell the person."""

    site: PublishedSite | None
    message: str


def fetch_published(site_url: str, timeout: float = TIMEOUT) -> Published:
    """The readout URLs `site_url`/catalog.json lists. A 404 means nothing is published there
    yet (an empty list); an unreachable site, another error or a file that is not the archive's
    catalog means it cannot be told (None)."""
    address = urls.absolute(site_url, urls.CATALOG_JSON)
    if urlsplit(site_url).scheme.lower() not in ("http", "https") or not urlsplit(site_url).netloc:
        told = f"is '{site_url}', not a web address" if site_url else "is not set"
        return Published(None, f"SITE_URL {told}; set it to the published site's address, e.g. https://owner.github.io/archive/")
    request = urllib.request.Request(address, headers={"Accept": "application/json", "User-Agent": "readout-archive-check"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as exc:
        if exc.code == 404:
            return Published(PublishedSite(address, ()), f"{address} does not exist (HTTP 404): nothing is published "
                                                         "there yet, so only published-urls.txt is protected")
        return Published(None, f"{address} answered HTTP {exc.code}")
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", None) or exc
        return Published(None, f"{address} could not be reached ({reason})")
    if len(data) > MAX_BYTES:
        return Published(None, f"{address} is larger than {MAX_BYTES // 2**20} MB")
    found = urls_in_catalog(data)
    if found is None:
        return Published(None, f"{address} is not the archive's catalog (no 'readouts' with 'url' and 'aliases')")
    return Published(PublishedSite(address, found), f"The published site lists {len(found)} readout URL(s) in {address}; "
                                                    "check keeps each one working, with those of published-urls.txt")
