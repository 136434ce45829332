"""The header's search box, in Chromium, on the real site and on a small synthetic one.

The site is served under /archive/ (as on GitHub Pages); every request the
page makes is recorded, so the test also proves nothing leaves the host.
"""

from __future__ import annotations

import json

import pytest

from tests.conftest import CONTENT, copy_corpus, mkdocs_build, run_pipeline, serve_site, write_readout


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


PT_PMO = "Office of the Prime Minister of Portugal"
NO_MFA = "Ministry of Foreign Affairs of Norway"


@pytest.fixture(scope="module")
def basic_served(tmp_path_factory):
    """tests/fixtures/basic: one readout issued by pt-pmo, one by no-mfa, two without an issuer."""
    root = tmp_path_factory.mktemp("issuers")
    site = root / "site"
    mkdocs_build(copy_corpus("basic", root / "content"), site, strict=True)
    with serve_site(site) as base:
        yield base


def shown(page) -> list[tuple[str, str]]:
    items = page.locator("[data-ra-results] .md-search-result__item")
    return [(item.locator("h1").inner_text(), item.locator(".ra-search-date").inner_text()) for item in items.all()]


def test_results_show_their_issuer_and_can_be_filtered_by_it_from_the_keyboard(page, basic_served):
    search(page, basic_served, "Mori")
    page.wait_for_function("document.querySelector('[data-ra-meta]').textContent === '3 matching readouts'")
    issuer = page.locator("[data-ra-filter=issuer]")
    assert page.get_by_label("Issuer").is_visible()
    assert issuer.locator("option").all_inner_texts() == ["All", f"{NO_MFA} (1)", f"{PT_PMO} (1)"]
    assert sorted(shown(page)) == [
        ("Berg and Mori meet on Arctic security", f"16 January 2026 · Meeting · {NO_MFA} (Norway)"),
        ("Ferreira and Mori speak about the climate summit", "5 February 2026 · Phone call"),
        ("Mori visits Lisbon", f"20 November 2025 · Visit · {PT_PMO} (Portugal)"),
    ]
    issuer.focus()
    page.keyboard.press("ArrowDown")  # a closed select changes its value, and says so, from the keyboard
    page.keyboard.press("ArrowDown")
    page.wait_for_function("document.querySelector('[data-ra-meta]').textContent === '1 matching readout'")
    assert issuer.input_value() == PT_PMO
    assert shown(page) == [("Mori visits Lisbon", f"20 November 2025 · Visit · {PT_PMO} (Portugal)")]
    issuer.select_option("")
    page.wait_for_function("document.querySelector('[data-ra-meta]').textContent === '3 matching readouts'")


def test_an_index_without_issuers_offers_no_issuer_filter(page, served):
    """The real archive's readouts name no issuer (yet): the select is not shown."""
    if any(r.issuer for r in run_pipeline(CONTENT).archive.readouts):
        pytest.skip("content/ has readouts with an issuer")
    search(page, served, "Busan")
    assert page.locator("[data-ra-filter=kind]").is_visible()
    assert page.locator("[data-ra-filter=issuer]").is_hidden()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_issuer_filter_and_the_result_lines_pass_axe(browser, basic_served, scheme):
    """Scoped to the filters and the date · kind · issuer lines: with the overlay open, axe also
    flags Material's own result count, <mark> and the dimmed page behind, which this does not judge."""
    from axe_playwright_python.sync_playwright import Axe

    context = browser.new_context(color_scheme=scheme)
    try:
        page = context.new_page()
        search(page, basic_served, "Mori")
        page.locator("[data-ra-filter=issuer]").select_option(PT_PMO)
        page.wait_for_function("document.querySelector('[data-ra-meta]').textContent === '1 matching readout'")
        assert page.get_attribute("body", "data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
        results = Axe().run(page, context={"include": [[".ra-search-controls"], [".ra-search-date"]]})
    finally:
        context.close()
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(f"{v['id']}: {v['help']}: {[n['html'][:100] for n in v['nodes']]}" for v in serious)


@pytest.fixture(scope="module")
def parts_served(tmp_path_factory):
    """tests/fixtures/basic indexed in parts of at most two readouts (two parts, each its own bundle)."""
    root = tmp_path_factory.mktemp("parts")
    site = root / "site"
    mkdocs_build(copy_corpus("basic", root / "content"), site, strict=True,
                 plugins=[{"archive": {"search_part_size": 2}}])
    with serve_site(site) as base:
        yield base, site


def test_an_index_in_parts_lists_them_and_each_part_holds_its_own_readouts(parts_served):
    _, site = parts_served
    manifest = json.loads((site / "pagefind" / "parts.json").read_text())
    assert [(p["path"], p["readouts"], p["from"], p["to"]) for p in manifest["parts"]] == [
        ("", 2, "2026-01-16", "2026-02-05"), ("part-2/", 2, "2025-03-10", "2025-11-20")]
    for folder in (site / "pagefind", site / "pagefind" / "part-2"):
        entry = json.loads((folder / "pagefind-entry.json").read_text())
        assert [language["page_count"] for language in entry["languages"].values()] == [2]


def test_a_search_covers_every_part_and_newest_first_runs_across_them(page, parts_served, basic_served):
    base, _ = parts_served
    search(page, base, "Mori")
    page.wait_for_function("document.querySelector('[data-ra-meta]').textContent === '3 matching readouts'")
    issuer = page.locator("[data-ra-filter=issuer] option").all_inner_texts()
    years = page.locator("[data-ra-filter=year] option").all_inner_texts()
    assert issuer == ["All", f"{NO_MFA} (1)", f"{PT_PMO} (1)"] and years == ["All", "2026 (2)", "2025 (1)"]
    page.locator("[data-ra-sort]").select_option("desc")
    page.wait_for_function("document.querySelectorAll('[data-ra-results] .ra-search-date').length === 3 && "
                           "document.querySelector('[data-ra-results] .ra-search-date').textContent"
                           ".startsWith('5 February 2026')")
    dates = [line.split(" · ")[0] for _, line in shown(page)]
    assert dates == ["5 February 2026", "16 January 2026", "20 November 2025"]
    page.locator("[data-ra-sort]").select_option("asc")
    page.wait_for_function("document.querySelectorAll('[data-ra-results] .ra-search-date').length === 3 && "
                           "document.querySelector('[data-ra-results] .ra-search-date').textContent"
                           ".startsWith('20 November 2025')")
    assert [line.split(" · ")[0] for _, line in shown(page)] == list(reversed(dates))
    # the same counts as the index in one part
    search(page, basic_served, "Mori")
    page.wait_for_function("document.querySelector('[data-ra-meta]').textContent === '3 matching readouts'")
    assert page.locator("[data-ra-filter=year] option").all_inner_texts() == years


def test_the_newest_part_answers_first_while_the_others_load(page, parts_served):
    """What a reader waits for is the first part's index: its results show before any other
    part is downloaded (part 2's requests are held here until they have), then every part's."""
    base, _ = parts_served
    held = []
    page.route("**/pagefind/part-2/**", lambda route: held.append(route))
    try:
        search(page, base, "Mori")
        assert page.locator("[data-ra-meta]").inner_text() == "2 matching readouts from 2026; searching the years before…"
        assert sorted(title for title, _ in shown(page)) == ["Berg and Mori meet on Arctic security",
                                                            "Ferreira and Mori speak about the climate summit"]
        assert page.locator("[data-ra-more]").is_hidden()
        for _ in range(100):  # part 2 is asked for once the first part's results are shown
            if held:
                break
            page.wait_for_timeout(50)
        assert held
    finally:
        page.unroute("**/pagefind/part-2/**")  # the held requests go on
    page.wait_for_function("document.querySelector('[data-ra-meta]').textContent === '3 matching readouts' && "
                           "document.querySelectorAll('[data-ra-results] .ra-search-date').length === 3")
    assert "Mori visits Lisbon" in [title for title, _ in shown(page)]
