"""sitemap.xml for an archive larger than one sitemap may be.

The sitemap protocol allows 50,000 addresses a file (and 50 MB); an archive of
100,000 readouts has 165,000 pages. MkDocs writes one sitemap.xml from the
theme's template (overrides/sitemap.xml); when it lists more than `LIMIT`
addresses, `split_sitemap` turns it into a sitemap index at the same address
(what robots.txt names) and parts beside it, sitemap-1.xml, sitemap-2.xml...,
each with its addresses in the order MkDocs listed them. Pure: the plugin
writes the files (serve/session.py, after MkDocs has written its own).
"""

from __future__ import annotations

import gzip
import io
import re

from generator.pages import urls

LIMIT = 50_000  # addresses a sitemap may list (sitemaps.org)
URL = re.compile(r"[ \t]*<url>.*?</url>\n?", re.S)
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
URLSET = '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
INDEX = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'


def part_name(number: int) -> str:
    return f"sitemap-{number}.xml"


def split_sitemap(text: str, site_url: str = "", limit: int | None = None) -> dict[str, bytes] | None:
    """The index (sitemap.xml and its .gz) and the parts, or None when `text` is within `limit`
    (LIMIT unless given)."""
    limit = limit or LIMIT
    if text.count("<url>") <= limit:  # most archives: nothing to parse
        return None
    entries = URL.findall(text)
    files: dict[str, bytes] = {}
    lastmods = []
    for number, start in enumerate(range(0, len(entries), limit), 1):
        chunk = entries[start:start + limit]
        files[part_name(number)] = (HEAD + URLSET + "".join(chunk) + "</urlset>\n").encode("utf-8")
        found = re.findall(r"<lastmod>([^<]*)</lastmod>", "".join(chunk))
        lastmods.append(max(found) if found else "")
    index = HEAD + INDEX + "".join(
        f"    <sitemap>\n         <loc>{urls.absolute(site_url, part_name(number))}</loc>\n"
        + (f"         <lastmod>{lastmod}</lastmod>\n" if lastmod else "") + "    </sitemap>\n"
        for number, lastmod in enumerate(lastmods, 1)) + "</sitemapindex>\n"
    files["sitemap.xml"] = index.encode("utf-8")
    files["sitemap.xml.gz"] = gzipped(files["sitemap.xml"])
    return files


def gzipped(data: bytes) -> bytes:
    """Deterministic: no name, no time."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", filename="", mtime=0) as out:
        out.write(data)
    return buffer.getvalue()
