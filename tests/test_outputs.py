"""sitemap.xml, robots.txt, and the bytes of every generated file from one build to the next."""

from __future__ import annotations

import gzip
import re

from conftest import HOSTILE_SLUG, copy_corpus, mkdocs_build


def lastmods(site) -> dict[str, str]:
    text = (site / "sitemap.xml").read_text()
    return dict(re.findall(r"<loc>([^<]*)</loc>\s*<lastmod>([^<]*)</lastmod>", text))


def test_sitemap_dates_each_page_by_its_readouts(hostile_site):
    dates = lastmods(hostile_site)
    base = "https://example.org/archive/"
    assert dates[base + "readouts/2025/2025-03-10-ferreira-berg-call/"] == "2025-03-10"
    assert dates[base + f"readouts/2026/{HOSTILE_SLUG}/"] == "2026-03-01"
    assert dates[base + "topics/climate/"] == "2026-02-05"
    assert dates[base + "dates/2025/"] == "2025-11-20"
    assert dates[base] == "2026-03-01"
    assert len(dates) == (hostile_site / "sitemap.xml").read_text().count("<url>")
    assert gzip.decompress((hostile_site / "sitemap.xml.gz").read_bytes()) == (hostile_site / "sitemap.xml").read_bytes()


def test_robots_txt_points_at_the_sitemap(hostile_site, real_site):
    assert (hostile_site / "robots.txt").read_text() == (
        "# The whole archive may be crawled.\nUser-agent: *\nDisallow:\nSitemap: https://example.org/archive/sitemap.xml\n")
    assert "Sitemap: https" not in (real_site / "robots.txt").read_text()


def test_no_link_starts_with_a_slash(hostile_site, real_site):
    for site in (hostile_site, real_site):
        for path in sorted(site.rglob("*")):
            # MkDocs' 404.html is served at any address, so it links by absolute path on purpose.
            if path.suffix in (".html", ".xml") and path.name != "404.html":
                text = path.read_text()
                assert not re.search(r'(href|src)="/', text), path
        assert "<loc>/" not in (site / "sitemap.xml").read_text()
