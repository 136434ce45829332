"""Stable URLs: redirect pages at old readout URLs (`aliases:` in front matter),
and the check that no published readout URL is left without a page.

The published URLs are listed in published-urls.txt beside the content folder,
refreshed by `make publish-list` (`python -m generator urls`) when publishing.
"""

from __future__ import annotations

import difflib
import html

from generator.pages import urls
from generator.issues import Issue, error
from generator.model import Readout

PUBLISHED_HEADER = (
    "# Every readout URL the archive has published (pages and aliases), relative to its home.\n"
    "# Refreshed by `make publish-list`; `check` fails when one of them would stop working.\n"
)


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


def render_published_list(readouts) -> str:
    return PUBLISHED_HEADER + "".join(url + "\n" for url in published_urls(readouts))


def parse_published_list(text: str) -> list[tuple[int, str]]:
    """(line, URL) for each URL in a published list; blank lines and # comments skipped."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            found.append((number, line.rstrip("/") + "/"))
    return found


def check_published(readouts: list[Readout], path: str, text: str) -> list[Issue]:
    """A published URL with neither a readout nor an alias would break: one issue each."""
    live = set(published_urls(readouts))
    slugs = {r.slug: r for r in readouts}
    issues = []
    for line, url in parse_published_list(text):
        if url in live:
            continue
        old = url.rstrip("/").rsplit("/", 1)[-1]
        close = difflib.get_close_matches(old, list(slugs), n=1, cutoff=0.5)
        hint = f" (renamed to {slugs[close[0]].path}?)" if close else ""
        issues.append(error(path, line, "published-url-broken",
                            f"the published URL {url} no longer has a page{hint}; add 'aliases: [{url}]' to the front matter "
                            f"of the renamed readout, or delete this line if the readout was removed on purpose"))
    return issues


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
