"""sitemap.xml past the protocol's 50,000 addresses: an index and its parts (outputs/sitemaps.py)."""

from __future__ import annotations

import gzip
import re

from conftest import copy_corpus, mkdocs_build
from generator.outputs import sitemaps
from generator.outputs.sitemaps import split_sitemap


def sitemap(count: int) -> str:
    entries = "".join(f"    <url>\n         <loc>https://x.org/a/p{n}/</loc>\n         <lastmod>2020-01-{n % 28 + 1:02d}"
                      f"</lastmod>\n    </url>\n" for n in range(count))
    return sitemaps.HEAD + sitemaps.URLSET + entries + "</urlset>\n"


def test_within_the_limit_the_sitemap_stays_as_it_is():
    assert split_sitemap(sitemap(5), "https://x.org/a/", limit=5) is None


def test_past_the_limit_an_index_names_parts_holding_every_address_once_in_order():
    text = sitemap(7)
    files = split_sitemap(text, "https://x.org/a/", limit=3)
    assert sorted(files) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml", "sitemap.xml.gz"]
    index = files["sitemap.xml"].decode()
    assert re.findall(r"<loc>([^<]*)</loc>", index) == [f"https://x.org/a/sitemap-{n}.xml" for n in (1, 2, 3)]
    assert re.findall(r"<lastmod>([^<]*)</lastmod>", index) == ["2020-01-03", "2020-01-06", "2020-01-07"]
    parts = [files[f"sitemap-{n}.xml"].decode() for n in (1, 2, 3)]
    assert [len(re.findall("<url>", p)) for p in parts] == [3, 3, 1]
    assert "".join(re.findall(r"<loc>[^<]*</loc>", "".join(parts))) == "".join(re.findall(r"<loc>[^<]*</loc>", text))
    assert gzip.decompress(files["sitemap.xml.gz"]) == files["sitemap.xml"]
    assert split_sitemap(text, "https://x.org/a/", limit=3) == files  # the same bytes every time


def test_a_build_past_the_limit_publishes_an_index_and_its_parts(tmp_path, monkeypatch):
    """The limit lowered to 10 addresses: the basic corpus has about 30 pages."""
    monkeypatch.setattr(sitemaps, "LIMIT", 10)
    content = copy_corpus("basic", tmp_path / "content")
    site = tmp_path / "site"
    mkdocs_build(content, site, strict=True, site_url="https://example.org/archive/",
                 plugins=[{"archive": {"search": False}}])
    index = (site / "sitemap.xml").read_text()
    assert "<sitemapindex" in index
    parts = sorted(site.glob("sitemap-*.xml"))
    assert [f"https://example.org/archive/{p.name}" for p in parts] == re.findall(r"<loc>([^<]*)</loc>", index)
    pages = sorted(str(p.parent.relative_to(site)) for p in site.rglob("index.html"))
    listed = re.findall(r"<loc>https://example.org/archive/([^<]*)</loc>", "".join(p.read_text() for p in parts))
    assert len(listed) == len(set(listed)) > 10 and "readouts/2026/2026-02-05-ferreira-mori-call/" in listed
    assert (site / "robots.txt").read_text().count("Sitemap: https://example.org/archive/sitemap.xml") == 1
    assert len(pages) >= len(listed)
