"""Timelines (generator/timeline.py) and the final URLs they link to (urls.href)."""

from __future__ import annotations

import re

import pytest

from conftest import run_pipeline
from generator.pages import urls
from generator.pages.timeline import draw_years


@pytest.mark.parametrize("here, there, directory_urls, expected", [
    ("dates/index.md", "dates/2026.md", True, "2026/"),
    ("dates/2026.md", "dates/index.md", True, "../"),
    ("dates/2026/page-2.md", "dates/2026.md", True, "../"),
    ("index.md", "dates/2026.md", True, "dates/2026/"),
    ("dates/index.md", "dates/2026.md", False, "2026.html"),
    ("dates/2026/page-2.md", "dates/2026.md", False, "../2026.html"),
    ("browse.md", "index.md", False, "index.html"),
])
def test_href_is_the_published_relative_url(here, there, directory_urls, expected):
    assert urls.href(here, there, directory_urls) == expected


def links(svg: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="([^"]*)" aria-label="([^"]*)">', svg)


def test_years_without_readouts_are_empty_slots_without_links():
    svg = draw_years({2023: 2, 2025: 1}, lambda year: f"{year}/")
    assert links(svg) == [("2023/", "2023: 2 readouts"), ("2025/", "2025: 1 readout")]
    assert svg.count('class="ra-empty"') == 1
    assert '>2024</text>' in svg
    assert 'aria-label="Readouts per year, 2023 to 2025"' in svg


def test_the_tallest_bar_fills_the_plot_and_a_small_one_stays_visible():
    svg = draw_years({2020: 500, 2021: 1}, lambda year: f"{year}/")
    heights = re.findall(r'class="ra-bar" x="[\d.]+" y="[\d.]+" width="\d+" height="(\d+)"', svg)
    assert heights == ["96", "2"]


def test_date_index_links_each_year_page(basic):
    page = run_pipeline(basic).pages["dates/index.md"]
    assert links(page) == [("2025/", "2025: 2 readouts"), ("2026/", "2026: 2 readouts")]


def test_month_bars_link_the_page_where_the_month_begins(basic):
    """Newest first, one readout a page: November 2025 is on page 1, March on page 2."""
    pages = run_pipeline(basic, page_size=1).pages
    assert links(pages["dates/2025.md"]) == [("page-2/#march-2025", "March 2025: 1 readout"),
                                             ("#november-2025", "November 2025: 1 readout")]
    assert links(pages["dates/2025/page-2.md"]) == [("#march-2025", "March 2025: 1 readout"),
                                                    ("../#november-2025", "November 2025: 1 readout")]
    assert "## March 2025 { #march-2025 }" in pages["dates/2025/page-2.md"]


def test_titles_lead_each_page_escaped_and_readouts_carry_kind_and_date_tags(basic):
    """MkDocs takes a page's title only from a leading h1, so the h1 comes before the kicker."""
    readout = basic / "readouts/2025/2025-03-10-ferreira-berg-call.md"
    readout.write_text(readout.read_text().replace(
        "title: Ferreira and Berg discuss fisheries trade", "title: '<b>Cod</b> & \"quotas\"'"))
    pages = run_pipeline(basic).pages
    page = pages["readouts/2025/2025-03-10-ferreira-berg-call.md"]
    assert '\n---\n\n# &#60;b&#62;Cod&#60;/b&#62; &#38; "quotas"\n\n<p class="ra-kicker">' in page
    assert "\ntags:\n- Phone call · 10 March 2025\n" in page
    assert after_front_matter(pages["people/jonas-berg.md"]).startswith("# Jonas Berg\n")
    assert after_front_matter(pages["topics/trade.md"]).startswith("# Trade\n")
    assert after_front_matter(pages["countries/no.md"]).startswith('# <span class="ra-flag" aria-hidden="true">🇳🇴</span> Norway\n')

def after_front_matter(page: str) -> str:
    """A markdown page's text after its front matter (each listing page has a description)."""
    assert page.startswith("---\ndescription: ")
    return page.split("\n---\n\n", 1)[1]
