"""The real archive built with MkDocs: the seed readout is reachable every way in."""

import json
from html import unescape
import logging
import re
from pathlib import Path

import pytest

from generator.outputs.searchdocs import render_search_documents
from tests.conftest import CONTENT, SEED_SLUG, mkdocs_build, run_pipeline

SEED = f"readouts/2026/{SEED_SLUG}/"


def html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def test_seed_readout_page_has_its_header_and_text(real_site):
    page = html(real_site, SEED)
    assert "<title>Xi Jinping and Donald Trump speak by phone on China–US relations and Taiwan · Readout Archive</title>" in page
    assert '<a href="../../../people/xi-jinping/">Xi Jinping</a>, President of China' in page
    assert '<a href="../../../people/donald-trump/">Donald Trump</a>, President of the United States' in page
    assert "5 February 2026; the phone call took place on 4 February 2026" in page
    assert '<a href="../../../topics/taiwan/">Taiwan</a>' in page
    assert "had a successful meeting in Busan, charting the direction" in page


@pytest.mark.parametrize("path", ["topics/taiwan/", "people/xi-jinping/", "countries/cn/", "dates/2026/", ""])
def test_seed_is_reachable_from_each_way_in(real_site, path):
    depth = path.count("/")
    link = "../" * depth + SEED
    assert f'href="{link}"' in html(real_site, path)


def test_busan_is_in_the_search_index(real_site):
    """Pagefind indexes a lean document per readout (finding it in a browser: test_search_pagefind.py)."""
    archive = run_pipeline(CONTENT).archive
    documents = render_search_documents(archive)
    assert "Busan" in documents[SEED + "index.html"]
    entry = json.loads((real_site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert entry["languages"] == {"zh": {**entry["languages"]["zh"], "page_count": 1}}  # one index, every language


def test_no_link_starts_with_a_slash(real_site):
    # 404.html is served at any depth, so MkDocs gives it links from site_url's path: the exception
    for page in set(real_site.rglob("*.html")) - {real_site / "404.html"}:
        text = page.read_text(encoding="utf-8")
        assert not re.search(r'(?:href|src)="/(?!/)', text), page


def test_navigation_lists_index_pages_only(real_site):
    nav = re.findall(r'class="md-tabs__link"[^>]*>\s*([^<]+?)\s*<', html(real_site, SEED))
    assert nav == ["Home", "Browse", "Topics", "People", "Countries", "Dates", "Events", "Relations", "Data", "About"]


def test_neighbour_and_related_links_resolve(basic, tmp_path):
    site = tmp_path / "site"
    mkdocs_build(basic, site, strict=True)
    page = html(site, "readouts/2025/2025-11-20-mori-visit-lisbon/")
    after = page[page.index('class="ra-after"'):page.index("See all readouts of")]
    links = re.findall(r'href="([^"#]+)"', after)
    assert len(links) >= 5
    base = site / "readouts/2025/2025-11-20-mori-visit-lisbon"
    for link in links:
        assert (base / link / "index.html").resolve().is_file(), link


def test_build_logs_a_summary_and_no_warning(basic, tmp_path):
    records = mkdocs_build(basic, tmp_path / "site", strict=True)
    messages = [r.getMessage() for r in records]
    assert not [r for r in records if r.levelno >= logging.WARNING], messages
    summary = [m for m in messages if "Archive: " in m]
    assert len(summary) == 1
    assert re.fullmatch(r"generator: Archive: 4 readouts, 3 topics, 3 people, 3 countries, 29 pages written in \d+\.\d s "
                        r"\(generator \d+\.\d+ s; beside MkDocs: data files \d+\.\d s, pages \d+\.\d s, "
                        r"waited for \d+\.\d s; frame parts rendered \d+, reused \d+\)", summary[0])


def test_hand_written_pages_stay_in_the_site(real_site):
    assert "How readouts are chosen" in html(real_site, "about/")


def test_each_page_previews_as_itself_when_shared(basic, tmp_path):
    """A link shared in a chat shows the page's own title and description (OpenGraph), not the site's."""
    site = tmp_path / "site"
    mkdocs_build(basic, site, strict=True, site_url="https://example.org/archive/",
                 plugins=[{"archive": {"search": False}}])

    def meta(path: str) -> dict[str, str]:
        page = html(site, path)
        return {name: unescape(value) for name, value in
                re.findall(r'<meta (?:name|property)="([^"]+)" content="([^"]*)"', page)}

    readout = meta("readouts/2026/2026-02-05-ferreira-mori-call")
    assert readout["description"] == readout["og:description"] == "A short call ahead of the climate summit."
    assert readout["og:type"] == "article" and readout["og:title"] == "Ferreira and Mori speak about the climate summit"
    assert readout["og:url"] == "https://example.org/archive/readouts/2026/2026-02-05-ferreira-mori-call/"
    topic = meta("topics/climate")
    assert topic["description"] == topic["og:description"] == "Climate change and energy."
    assert topic["og:type"] == "website" and topic["og:title"] == "Climate"
    person = meta("people/kenji-mori")
    assert person["description"].startswith("3 readouts of calls and meetings in which Kenji Mori took part")
    about = meta("about")  # a hand-written page: the site's description, its own title
    assert about["og:description"] == about["description"] and about["og:title"] != "Readout Archive"
    assert len({meta(p)["description"] for p in ("", "topics", "people",
                                                 "readouts/2026/2026-02-05-ferreira-mori-call")}) == 4
