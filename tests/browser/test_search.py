"""Search in the header box, in a real browser (Material's search today).

The readout's kind and date reach the result as the page's search tag (see
generator/templates/readout.md.j2); a search engine that replaces Material's
should keep showing the date with each result.
"""

from __future__ import annotations

from playwright.sync_api import expect

SEED = "readouts/2026/2026-02-05-xi-jinping-donald-trump-phone-call/"
TITLE = "Xi Jinping and Donald Trump speak by phone on China–US relations and Taiwan"


def search(page, words: str, meta: str):
    """Type `words` and wait until the results' heading reads `meta` (results follow each key typed)."""
    page.click("input.md-search__input")
    page.keyboard.type(words)
    expect(page.locator(".md-search-result__meta")).to_have_text(meta)
    return page.locator(".md-search-result__list > li")


def test_busan_finds_the_seed_readout_with_its_date(open_page, server):
    page = open_page("archive/")
    results = search(page, "Busan", "1 matching document")
    assert results.count() == 1
    link = results.first.locator("a").first
    assert link.get_attribute("href").startswith(server.url("archive/" + SEED))
    assert link.locator("h1").inner_text() == TITLE
    assert link.locator(".md-tag").inner_text() == "Phone call · 5 February 2026"
    assert link.locator(".md-tag").is_visible()
    link.click()
    page.wait_for_url(server.url("archive/" + SEED) + "**")
    assert page.title() == f"{TITLE} · Readout Archive"


def test_a_word_found_nowhere_finds_nothing(open_page):
    page = open_page("archive/")
    results = search(page, "Zanzibar", "No matching documents")
    assert results.count() == 0
