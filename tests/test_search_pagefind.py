"""The header's search box, in Chromium, on the real site and on a small synthetic one.

The site is served under /archive/ (as on GitHub Pages); every request the
page makes is recorded, so the test also proves nothing leaves the host.
"""

from __future__ import annotations

import pytest

from tests.conftest import mkdocs_build, serve_site, write_readout


@pytest.fixture(scope="module")
def served(real_site):
    with serve_site(real_site) as base:
        yield base


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page()
    yield page
    page.close()


def search(page, url: str, query: str) -> list[str]:
    """Open `url`, type `query` in the header's box; the requested URLs."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(url)
    page.fill("[data-ra-query]", query)
    page.wait_for_selector("[data-ra-results] .md-search-result__item")
    return requests


def test_busan_finds_the_seed_readout_with_its_date(page, served):
    requests = search(page, served + "topics/taiwan/", "Busan")
    first = page.locator("[data-ra-results] .md-search-result__item").first
    assert first.locator("h1").inner_text() == "Xi Jinping and Donald Trump speak by phone on China–US relations and Taiwan"
    assert first.locator(".ra-search-date").inner_text() == "5 February 2026 · Phone call"
    assert page.locator("[data-ra-meta]").inner_text() == "1 matching readout"
    href = first.locator("a").get_attribute("href")
    assert href == "../../readouts/2026/2026-02-05-xi-jinping-donald-trump-phone-call/"
    first.locator("a").click()
    page.wait_for_load_state()
    assert page.url == served + "readouts/2026/2026-02-05-xi-jinping-donald-trump-phone-call/"
    assert all(url.startswith(served) for url in requests), [u for u in requests if not u.startswith(served)]
    assert any("/pagefind/" in url for url in requests)
    assert not any("search_index.json" in url for url in requests)


def test_participant_and_topic_names_are_found_and_unknown_words_are_not(page, served):
    search(page, served, "Trump")
    assert page.locator("[data-ra-meta]").inner_text() == "1 matching readout"
    page.fill("[data-ra-query]", "sovereignty")
    page.wait_for_selector("[data-ra-results] .md-search-result__item")
    page.fill("[data-ra-query]", "zzyzxq")
    page.wait_for_function("document.querySelector('[data-ra-meta]').textContent === 'No matching readouts'")
    assert page.locator("[data-ra-results] .md-search-result__item").count() == 0
    assert page.locator("[data-ra-filter=kind] option").all_inner_texts() == ["All"]


MENTION = """---
title: Ferreira and Mori on fisheries quotas
date: 2025-06-01
kind: call
participants: [ana-ferreira, kenji-mori]
topics: [trade]
---

They talked of Berg. Berg's name came up again: Berg, Berg and Berg, who was not on the call.
"""


def test_a_participant_ranks_above_readouts_that_only_mention_the_name(browser, basic, tmp_path):
    """Search 'Berg': the two readouts Jonas Berg took part in come before the one that names him five times."""
    write_readout(basic, "readouts/2025/2025-06-01-ferreira-mori-fisheries.md", MENTION)
    site = tmp_path / "site"
    mkdocs_build(basic, site, strict=True)
    page = browser.new_page()
    try:
        with serve_site(site) as base:
            search(page, base, "Berg")
            page.wait_for_function("document.querySelector('[data-ra-meta]').textContent === '3 matching readouts'")
            titles = page.locator("[data-ra-results] .md-search-result__item h1").all_inner_texts()
    finally:
        page.close()
    assert sorted(titles[:2]) == ["Berg and Mori meet on Arctic security", "Ferreira and Berg discuss fisheries trade"]
    assert titles[2] == "Ferreira and Mori on fisheries quotas"
