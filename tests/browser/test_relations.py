"""Relation pages in a real browser: a pair of countries (tests/fixtures/relations: Japan–Portugal
over fifteen years), the index of pairs, and the readouts-per-year chart of a topic page.

Like test_events.py, the module's own `server` fixture builds only its fixture, under /site/
on a free port, so `open_page` (its request guard and its check of browser errors) works as
everywhere else.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser.conftest import ARTIFACTS, contrast, open_sized, serve_corpus
from browser.test_events import WIDTHS, boxes, tab_through

PAGES = {"pair": "site/relations/jp-pt/", "relations": "site/relations/", "topic": "site/topics/trade/",
         "country": "site/countries/pt/", "meeting": "site/readouts/2026/2026-04-02-berg-mori-meeting/"}
AXE = Axe()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve_corpus(tmp_path_factory, "relations") as served:
        yield served


def open_at(open_page, name: str, scheme: str = "light", size: str = "laptop"):
    return open_sized(open_page, PAGES[name], scheme, size)


def test_the_pair_page_lists_each_sides_account_and_links_to_it(open_page, server):
    page = open_at(open_page, "pair")
    assert page.locator(".md-content h1").evaluate("h => h.firstChild.textContent") == "Japan–Portugal"
    assert "25 readouts of 16 calls and meetings" in page.locator(".ra-span").inner_text()
    events = page.locator("ul.ra-rel-events > li")
    assert events.count() == 16
    call = events.filter(has_text="phone call, 10 March 2026")
    assert [label.split(" ", 1)[1] for label in call.locator(".ra-rel-label").all_inner_texts()] == [
        "JAPAN’S ACCOUNT", "PORTUGAL’S ACCOUNT"]  # after the flag
    assert call.locator(".ra-none").inner_text() == "None in the archive"
    meeting = events.first
    assert meeting.locator(".ra-rel-account a").count() == 3
    meeting.locator(".ra-rel-event a").click()  # the event's own page, its accounts side by side
    page.wait_for_url(server.url("site/events/2026-04-02-jonas-berg-kenji-mori-meeting/"))
    assert page.locator(".ra-account").count() == 3
    page.go_back()
    link = call.locator(".ra-rel-account a")
    title = link.inner_text()
    link.click()
    page.wait_for_url(server.url("site/readouts/2026/2026-03-10-mori-ferreira-call/"))
    assert page.locator(".md-content h1").evaluate("h => h.firstChild.textContent") == title
    # the readout links back to its pair
    page.locator(".ra-meta dd a", has_text="Japan–Portugal").click()
    page.wait_for_url(server.url(PAGES["pair"]))


def test_a_bar_of_the_timeline_leads_to_its_year(open_page, server):
    page = open_at(open_page, "pair")
    page.locator('.ra-timeline a[aria-label="2019: 1 event"]').click()
    page.wait_for_url(server.url(PAGES["pair"] + "#2019"))
    heading = page.locator("h3#\\32 019")
    assert heading.inner_text().startswith("2019") and heading.evaluate("h => h.getBoundingClientRect().top") < 200


def test_the_heat_table_shows_ten_topics_and_folds_the_rest(open_page):
    page = open_at(open_page, "pair")
    shown = page.locator(".ra-heat-table").first
    assert shown.locator("thead th").all_inner_texts() == ["Topic", "All", "2012–17", *map(str, range(2018, 2027))]
    assert shown.locator("tbody tr").count() == 10
    more = page.locator("details.ra-heat-more")
    assert not more.evaluate("d => d.open") and more.locator("tbody tr").first.is_hidden()
    more.locator("summary").click()
    assert more.locator("tbody tr").count() == 4 and more.locator("tbody tr").first.is_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_each_shade_of_the_heat_table_is_darker_than_the_last_and_its_numbers_read(open_page, scheme):
    page = open_at(open_page, "pair", scheme)
    cells = page.evaluate("""() => [1, 2, 3, 4].map(level => {
        const td = document.querySelector('.ra-heat-table td.ra-heat-' + level), s = getComputedStyle(td);
        return {background: s.backgroundColor, color: s.color}; })""")
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    steps = [contrast(cell["background"], background) for cell in cells]
    assert steps == sorted(steps) and steps[0] > 1.1, steps  # each further from the page than the last
    for cell in cells:
        assert contrast(cell["color"], cell["background"]) >= 4.5, cell


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["laptop", "phone"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_or_critical_violation(open_page, name, size, scheme):
    page = open_at(open_page, name, scheme, size)
    if name == "pair":
        page.locator("details.ra-heat-more summary").click()  # the folded table too
        page.locator("details.ra-year-table summary").click()
    results = AXE.run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    report = "\n".join(f"{v['id']} ({v['impact']}): {v['help']}: " + "; ".join(n["html"][:140] for n in v["nodes"][:5])
                       for v in serious)
    assert serious == [], report


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["laptop", "phone"])
def test_the_keyboard_reaches_the_chart_the_tables_and_every_account(open_page, size, scheme):
    page = open_at(open_page, "pair", scheme, size)
    page.evaluate("window.scrollTo(0, 0)")
    stops = tab_through(page, limit=200)
    hrefs = [stop["href"] for stop in stops]
    assert "#2026" in hrefs and "#2012" in hrefs, "Tab does not reach the timeline's bars"
    accounts = page.evaluate("[...document.querySelectorAll('.ra-rel-account a')].map(a => a.getAttribute('href'))")
    assert set(accounts) <= set(hrefs), "Tab does not reach every account"
    regions = [stop for stop in stops if stop["label"] in ("Topics by year", "More topics by year")]
    assert [region["label"] for region in regions] == ["Topics by year"]  # the folded one is closed
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    region = regions[0]
    assert region["visible"] and region["outline"] != "none" and region["outlineWidth"] >= 2, region
    assert contrast(region["outlineColour"], background) >= 3, region
    # the folded topics open from the keyboard
    page.locator("details.ra-heat-more summary").focus()
    page.keyboard.press("Enter")
    assert page.locator("details.ra-heat-more").evaluate("d => d.open")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_page_scrolls_sideways_on_a_phone(open_page, name, scheme):
    page = open_at(open_page, name, scheme, "phone")
    widths = page.evaluate(WIDTHS)
    assert widths["scroll"] <= widths["view"] == 390, f"{name} scrolls sideways: {widths}"


def test_on_a_phone_the_sides_stack_and_the_heat_table_scrolls_in_its_own_region(open_page):
    page = open_at(open_page, "pair", "light", "phone")
    sides = boxes(page, ".ra-rel-side")
    assert len({round(side["left"]) for side in sides}) == 1 and sides[1]["top"] >= sides[0]["bottom"], sides
    heat = boxes(page, ".ra-heat")[0]
    assert heat["left"] >= 8 and heat["right"] <= 390 - 8 and heat["scrollWidth"] > heat["clientWidth"], heat
    # the topics stay at the left while the years scroll under them
    page.locator(".ra-heat").first.evaluate("h => h.scrollLeft = h.scrollWidth")
    left = page.evaluate("""() => { const h = document.querySelector('.ra-heat');
        return [h.getBoundingClientRect().left, h.querySelector('tbody th').getBoundingClientRect().left]; }""")
    assert abs(left[0] - left[1]) <= 3, left


def test_on_a_laptop_the_sides_sit_side_by_side_and_the_heat_table_fits(open_page):
    page = open_at(open_page, "pair")
    sides = boxes(page, ".ra-rel-side")
    assert len({round(side["top"]) for side in sides}) == 1, sides
    heat = boxes(page, ".ra-heat")[0]
    assert heat["scrollWidth"] <= heat["clientWidth"], heat


@pytest.mark.parametrize("size", ["laptop", "phone"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", ["pair", "relations", "topic"])
def test_screenshot(open_page, name, scheme, size):
    """Screenshots for a person to look at (test-artifacts/relations-*.png)."""
    page = open_at(open_page, name, scheme, size)
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"relations-{name}-{scheme}-{size}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000, path
