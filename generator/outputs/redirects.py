"""Stable URLs: redirect pages at old readout URLs (`aliases:` in front matter),
and the check that no published readout URL is left without a page.

The published URLs are listed in published-urls.txt beside the content folder,
refreshed by `make publish-list` (`python -m generator urls`) when publishing; with
the site's address known, `check` also protects every readout URL the live site's
catalog.json lists (fetched by sources/live.py, read here by `urls_in_catalog`).
"""

from __future__ import annotations

import difflib
import html
import json
from dataclasses import dataclass

from generator.pages import urls
from generator.issues import Issue, error
from generator.model import Readout

PUBLISHED_HEADER = (
    "# Every readout URL the archive has published (pages and aliases), relative to its home.\n"
    "# Refreshed by `make publish-list`; `check` fails when one of them would stop working.\n"
    "# A readout removed on purpose, while the live site still lists it: a line 'withdrawn: URL'.\n"
)
WITHDRAWN = "withdrawn:"


@dataclass(frozen=True)
class PublishedSite:
    """The readout URLs the live site lists in its own catalog.json (`address`)."""

    address: str
    urls: tuple[str, ...]


def alias_targets(readouts: tuple[Readout, ...] | list[Readout]) -> dict[str, Readout]:
    """Every old URL with the readout it now points to."""
    return {alias: r for r in readouts for alias in r.aliases}


def check_aliases(readouts: list[Readout]) -> list[Issue]:
    """Aliases that name a current readout's URL, or that two readouts claim."""
    pages = {urls.site_path(r.src_uri): r for r in readouts}
    claimed: dict[str, Readout] = {}
    issues = []
    for readout in sorted(readouts, key=lambda r: r.path):
        for alias in readout.aliases:
            if alias in pages:
                issues.append(error(readout.path, 1, "alias-is-a-page", f"alias '{alias}' is the URL of {pages[alias].path}; remove it from 'aliases'"))
            elif alias in claimed:
                issues.append(error(readout.path, 1, "duplicate-alias", f"alias '{alias}' is also claimed by {claimed[alias].path}; keep it on one readout only"))
            else:
                claimed[alias] = readout
    return issues


def published_urls(readouts) -> list[str]:
    """The URLs to keep working: every readout page and every alias, sorted."""
    return sorted({urls.site_path(r.src_uri) for r in readouts} | set(alias_targets(readouts)))


def render_published_list(readouts, withdrawn: frozenset[str] = frozenset()) -> str:
    """published-urls.txt; the `withdrawn` URLs still without a page are kept as such."""
    gone = sorted(withdrawn - set(published_urls(readouts)))
    return (PUBLISHED_HEADER + "".join(url + "\n" for url in published_urls(readouts))
            + "".join(f"{WITHDRAWN} {url}\n" for url in gone))


def folder_url(url: str) -> str:
    """A readout URL in the list's form: `readouts/2026/x.html` (a site without directory URLs) -> `readouts/2026/x/`."""
    url = url.strip().lstrip("/")
    return (url[:-5] if url.endswith(".html") else url).rstrip("/") + "/"


def parse_published_list(text: str) -> list[tuple[int, str]]:
    """(line, URL) for each URL in a published list; blank lines, # comments and withdrawn URLs skipped."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith(("#", WITHDRAWN)):
            found.append((number, folder_url(line)))
    return found


def withdrawn_urls(text: str) -> frozenset[str]:
    """The URLs a published list marks 'withdrawn: URL': removed on purpose."""
    return frozenset(folder_url(line.strip()[len(WITHDRAWN):]) for line in text.splitlines()
                     if line.strip().startswith(WITHDRAWN))


def urls_in_catalog(data: bytes) -> tuple[str, ...] | None:
    """Every readout URL (pages and aliases) a catalog.json lists, in the list's form; None when
    `data` is not such a catalog."""
    try:
        catalog = json.loads(data)
        records = catalog["readouts"]
        found = {folder_url(url) for record in records for url in (record["url"], *record["aliases"])}
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
    return tuple(sorted(found))


def check_published(readouts: list[Readout], path: str, text: str, live: PublishedSite | None = None) -> list[Issue]:
    """A published URL (a line of the list at `path`, or a URL the `live` site lists) with
    neither a readout nor an alias would break: one issue each."""
    now = set(published_urls(readouts))
    slugs = {r.slug: r for r in readouts}
    listed = parse_published_list(text)
    issues = [broken(path, line, url, slugs, "delete this line if the readout was removed on purpose")
              for line, url in listed if url not in now]
    if live is not None:
        skip = now | {url for _, url in listed} | withdrawn_urls(text)
        issues += [broken(live.address, 1, url, slugs, f"if the readout was removed on purpose, add the line "
                          f"'{WITHDRAWN} {url}' to {path}") for url in live.urls if url not in skip]
    return issues


def broken(path: str, line: int, url: str, slugs: dict[str, Readout], removed: str) -> Issue:
    old = url.rstrip("/").rsplit("/", 1)[-1]
    close = difflib.get_close_matches(old, list(slugs), n=1, cutoff=0.5)
    hint = f" (renamed to {slugs[close[0]].path}?)" if close else ""
    return error(path, line, "published-url-broken", f"the published URL {url} no longer has a page{hint}; add "
                 f"'aliases: [{url}]' to the front matter of the renamed readout, or {removed}")


MOVED = ("Moved: {title}", "This readout has moved to {link}.")


def redirect_page(alias: str, readout: Readout, site_url: str = "", directory_urls: bool = True,
                  words: tuple[str, str] = MOVED) -> str:
    """A small HTML page in the folder `alias` (an old folder URL: `alias`/index.html in both URL
    styles) that sends the reader to the readout's page, in MkDocs' URL style (`directory_urls`);
    `words`: its title and sentence, with {title} and {link}."""
    target = urls.published(readout.src_uri, directory_urls)
    href = urls.relative_from(alias.rstrip("/"), target)
    canonical = urls.absolute(site_url, target) if site_url else href
    title = html.escape(" ".join(readout.title.split()))
    link = f'<a href="{html.escape(href)}">{title}</a>'
    return (
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<title>{words[0].format(title=title)}</title>\n"
        f"<link rel=\"canonical\" href=\"{html.escape(canonical)}\">\n"
        "<meta name=\"robots\" content=\"noindex\">\n"
        f"<meta http-equiv=\"refresh\" content=\"0; url={html.escape(href)}\">\n"
        "</head>\n<body>\n"
        f"<p>{words[1].format(link=link)}</p>\n"
        "</body>\n</html>\n"
    )


def render_redirects(readouts, site_url: str = "", directory_urls: bool = True) -> dict[str, bytes]:
    """Every redirect page, keyed by its path in the site."""
    return {urls.redirect_uri(alias): redirect_page(alias, readout, site_url, directory_urls).encode("utf-8")
            for alias, readout in sorted(alias_targets(readouts).items())}
