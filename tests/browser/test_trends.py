"""The phrase trend in the search box: matching readouts per year as bars, a year chosen by a bar.

The module's own `server` fixture stands in for the session's (browser/conftest.py): it builds
tests/fixtures/basic plus readouts that use the phrase "green shipping corridor" in some years
(and, in two, its words apart), with issuers of two sides, under /site/ on a free port. The
counts each test expects come from the readouts' own text (`expected`), not from the index.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser.conftest import SIZES, contrast, open_sized, serve_corpus
from browser.corpus import vocabulary_yaml
from conftest import FIXTURES, run_pipeline

PHRASE = "green shipping corridor"
USES = {2011: 1, 2019: 1, 2021: 3, 2022: 2, 2023: 5, 2025: 4, 2026: 2}  # readouts with the phrase, per year
APART = (2020, 2024)  # a readout with the three words, not together
OTHER = range(2019, 2027)  # a readout without them, each year
TEXTS = {"uses": "The ministers agreed to open a green shipping corridor between their ports, {n}.",
         "apart": "They spoke of a rail corridor and of green energy; shipping was not raised, {n}.",
         "other": "The ministers discussed fisheries and tariffs, {n}."}
ISSUERS = ("\n- key: br-mre\n  name: Ministry of Foreign Affairs of Brazil\n  country: BR\n"
           "- key: ke-mfa\n  name: Ministry of Foreign Affairs of Kenya\n  country: KE\n")
SIDE_OF = ("br-mre", "ke-mfa", "")  # the issuer of the n-th readout of a year, in turn
SHOTS = Path("/tmp/shots-trends")
AXE = Axe()


def write_trend_corpus(content: Path) -> None:
    """The basic fixture's vocabularies with the synthetic people and two issuers; the readouts."""
    people, topics = vocabulary_yaml(FIXTURES / "basic")
    people = people.replace("from: 2018-01-01", "from: 2010-01-01")  # in office for the 2011 readout
    (content / "participants.yml").write_text(people, encoding="utf-8")
    (content / "topics.yml").write_text(topics, encoding="utf-8")
    with (content / "issuers.yml").open("a", encoding="utf-8") as issuers:
        issuers.write(ISSUERS)
    texts = Counter()
    for year in sorted(set(USES) | set(APART) | set(OTHER)):
        made = ["uses"] * USES.get(year, 0) + ["apart"] * (year in APART) + ["other"] * (year in OTHER)
        for n, what in enumerate(made):
            texts[what] += 1
            issuer = SIDE_OF[n % 3]
            path = content / "readouts" / str(year) / f"{year}-{n + 1:02d}-14-prado-otieno-{what}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(
                f"---\ntitle: Prado and Otieno, {what} no. {texts[what]}\ndate: {year}-{n + 1:02d}-14\n"
                f"kind: {('call', 'meeting')[n % 2]}\nparticipants: [lucia-prado, amani-otieno]\ntopics: [trade]\n"
                + (f"issuer: {issuer}\n" if issuer else "") + "---\n\n"
                + TEXTS[what].format(n=f"number {texts[what]}") + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The trend corpus: the basic fixture's vocabularies, the readouts of write_trend_corpus."""
    with serve_corpus(tmp_path_factory, "basic", write_trend_corpus) as served:
        yield served


@pytest.fixture(scope="module")
def readouts(server):
    return run_pipeline(server.content).archive.readouts


def expected(readouts, words: list[str], together: bool, year: int | None = None) -> dict:
    """From the readouts' text: per year, and per side of the year's (or all) readouts using the words."""
    def uses(r) -> bool:
        text = " ".join(f"{r.title} {r.body}".lower().replace(",", " ").replace(";", " ").split())
        return " ".join(words) in text if together else all(w in text.split() for w in words)
    found = [r for r in readouts if uses(r)]
    sides = Counter({"br-mre": "Brazil", "ke-mfa": "Kenya", "": ""}[r.issuer] for r in found
                    if year is None or r.year == year)
    return {"years": Counter(r.year for r in found), "total": len(found), "sides": sides}


def search(open_page, query: str, scheme: str = "light", size: str = "laptop"):
    page = open_sized(open_page, "site/", scheme, size)
    page.click("label.md-header__button[for=__search]" if size == "phone" else "[data-ra-query]")
    page.fill("[data-ra-query]", query)
    page.wait_for_selector("[data-ra-trend]:not([hidden]) .ra-trend-bar")
    return page


def meta_is(page, text: str) -> None:
    """Wait for the result count to read `text` and for the first results to be listed."""
    page.wait_for_function("t => document.querySelector('[data-ra-meta]').textContent === t", arg=text)
    count = 0 if text.startswith("No") else int(text.split()[0])
    page.wait_for_function("n => document.querySelectorAll('[data-ra-results] > li').length === n", arg=min(count, 10))


BARS = """() => [...document.querySelectorAll('.ra-trend-bar')].map(b => ({
  year: +b.dataset.year, name: b.getAttribute('aria-label'), pressed: b.getAttribute('aria-pressed'),
  disabled: b.disabled, tabindex: b.tabIndex, title: b.title,
  fill: b.querySelector('.ra-trend-fill').getBoundingClientRect().height,
  column: b.querySelector('.ra-trend-column').clientHeight}))"""


def names(counts: Counter, first: int = 2011, last: int = 2026) -> list[str]:
    def said(n: int) -> str:
        return "no readouts" if n == 0 else "1 readout" if n == 1 else f"{n} readouts"
    return [f"{year}: {said(counts[year])}" for year in range(first, last + 1)]


def result_years(page) -> set[str]:
    return {line.split(" · ")[0][-4:] for line in page.locator("[data-ra-results] .ra-search-date").all_inner_texts()}


# The chart: a bar per year, its count in its name, heights in proportion.

def test_a_quoted_phrase_has_a_bar_per_year_with_its_count(open_page, readouts):
    page = search(open_page, f'"{PHRASE}"')
    want = expected(readouts, PHRASE.split(), together=True)
    assert want["years"] == Counter(USES)  # the oracle agrees with the corpus as written
    meta_is(page, f"{want['total']} matching readouts")
    bars = page.evaluate(BARS)
    assert [b["name"] for b in bars] == names(want["years"])
    assert all(b["title"] == b["name"] and b["pressed"] == "false" for b in bars)
    assert [b["year"] for b in bars if b["disabled"]] == [y for y in range(2011, 2027) if not want["years"][y]]
    peak = max(want["years"].values())
    for b in bars:
        assert abs(b["fill"] - b["column"] * want["years"][b["year"]] / peak) <= 1.5, b
    caption = page.locator(".ra-trend-caption").inner_text()
    assert caption == f"Readouts matching \u201c{PHRASE}\u201d by year"  # the phrase's quotes once
    assert page.locator("[data-ra-trend-summary]").inner_text() == \
        "Most in 2023 (5). Choose a year to see only its readouts."
    assert page.locator(".ra-trend-bars").get_attribute("role") == "toolbar"
    assert page.locator(".ra-trend-bars").get_attribute("aria-labelledby") == "ra-trend-caption"


def test_the_search_downloads_the_filters_it_counts_and_no_other(open_page):
    """kind, year, issuer and side: one index file each; not the topics', people's or countries'."""
    page = search(open_page, f'"{PHRASE}"')
    page.locator(".ra-trend-bar[data-year='2021']").click()
    meta_is(page, "3 matching readouts")
    filters = {url for url in page.requests if "/pagefind/filter/" in url}
    assert len(filters) == 4, sorted(filters)


def test_the_words_without_quotes_also_count_readouts_that_use_them_apart(open_page, readouts):
    page = search(open_page, PHRASE)
    want = expected(readouts, PHRASE.split(), together=False)
    assert set(APART) <= set(want["years"])
    meta_is(page, f"{want['total']} matching readouts")
    assert [b["name"] for b in page.evaluate(BARS)] == names(want["years"])


def sides_line(sides: Counter) -> str:
    """Most first (then by name), those without an issuer last; a side and its count held together."""
    named = sorted((side for side in sides if side), key=lambda side: (-sides[side], side))
    parts = [f"{side} {sides[side]}" for side in named] + [f"no issuer named {sides['']}"] * bool(sides[""])
    return "By side: " + " \u00b7 ".join(part.replace(" ", "\u00a0") for part in parts)


def test_the_sides_line_counts_the_results_by_issuer_country(open_page, readouts):
    page = search(open_page, f'"{PHRASE}"')
    want = expected(readouts, PHRASE.split(), together=True)["sides"]
    assert len(want) == 3
    assert page.locator("[data-ra-trend-sides]").text_content() == sides_line(want)
    page.locator(".ra-trend-bar[data-year='2023']").click()
    meta_is(page, "5 matching readouts")
    want = expected(readouts, PHRASE.split(), together=True, year=2023)["sides"]
    page.wait_for_function("t => document.querySelector('[data-ra-trend-sides]').textContent === t",
                           arg=sides_line(want))


# Choosing a year.

def test_a_bar_narrows_the_results_to_its_year_and_the_chart_keeps_every_year(open_page, readouts):
    page = search(open_page, f'"{PHRASE}"')
    want = expected(readouts, PHRASE.split(), together=True)
    page.locator(".ra-trend-bar[data-year='2021']").click()
    meta_is(page, "3 matching readouts")
    assert result_years(page) == {"2021"}
    assert page.locator("[data-ra-filter=year]").input_value() == "2021"
    bars = page.evaluate(BARS)
    assert [b["name"] for b in bars] == names(want["years"])  # the other years keep their counts
    assert [b["year"] for b in bars if b["pressed"] == "true"] == [2021]
    assert page.locator("[data-ra-trend-summary]").inner_text() == f"Showing 2021 only: 3 of {want['total']} readouts."
    # The Year filter lists every year with its count for the phrase, so another can be chosen there.
    options = page.locator("[data-ra-filter=year] option").all_inner_texts()
    assert options == ["All"] + [f"{y} ({want['years'][y]})" for y in sorted(want["years"], reverse=True)]
    page.locator(".ra-trend-bar[data-year='2025']").click()
    meta_is(page, "4 matching readouts")
    assert result_years(page) == {"2025"}
    page.get_by_role("button", name="Show all years").click()
    meta_is(page, f"{want['total']} matching readouts")
    assert page.locator("[data-ra-filter=year]").input_value() == ""
    assert page.locator(".ra-trend-bar[aria-pressed=true]").count() == 0
    assert page.locator("[data-ra-trend-clear]").is_hidden()
    page.locator(".ra-trend-bar[data-year='2019']").click()  # a chosen bar, clicked again, clears
    meta_is(page, "1 matching readout")
    page.locator(".ra-trend-bar[data-year='2019']").click()
    meta_is(page, f"{want['total']} matching readouts")


def test_with_a_kind_chosen_the_bars_count_that_kind(open_page, readouts):
    page = search(open_page, f'"{PHRASE}"')
    page.locator("[data-ra-filter=kind]").select_option("Meeting")
    meetings = Counter(r.year for r in readouts if r.kind == "meeting" and PHRASE in r.body)
    meta_is(page, f"{sum(meetings.values())} matching readouts")
    page.wait_for_function("t => document.querySelector('.ra-trend-bar[data-year=\"2023\"]').getAttribute('aria-label') === t",
                           arg=names(meetings)[2023 - 2011])
    assert [b["name"] for b in page.evaluate(BARS)] == names(meetings)
    page.locator(".ra-trend-bar[data-year='2023']").click()
    meta_is(page, f"{meetings[2023]} matching readouts")
    assert [b["name"] for b in page.evaluate(BARS)] == names(meetings)


# The keyboard.

def focused(page) -> dict:
    return page.evaluate("""() => { const e = document.activeElement;
        return {year: e.dataset.year || null, text: e.textContent.trim(), visible: e.matches(':focus-visible'),
                outline: getComputedStyle(e).outlineStyle}; }""")


def test_the_bars_are_one_tab_stop_and_the_arrow_keys_move_between_years(open_page, readouts):
    page = search(open_page, f'"{PHRASE}"')
    total = expected(readouts, PHRASE.split(), together=True)["total"]
    page.locator("[data-ra-filter=issuer]").focus()
    page.keyboard.press("Tab")
    assert focused(page)["year"] == "2011"  # the first year with a readout
    assert focused(page)["visible"] and focused(page)["outline"] == "solid"
    page.keyboard.press("ArrowRight")  # 2012 to 2018 have none: their bars are skipped
    assert focused(page)["year"] == "2019"
    page.keyboard.press("ArrowRight")
    assert focused(page)["year"] == "2021"
    page.keyboard.press("Enter")
    meta_is(page, "3 matching readouts")
    assert focused(page)["year"] == "2021", "the focus left the chart when it was drawn again"
    page.keyboard.press("End")
    assert focused(page)["year"] == "2026"
    page.keyboard.press("Space")
    meta_is(page, "2 matching readouts")
    page.keyboard.press("Home")
    assert focused(page)["year"] == "2011"
    page.keyboard.press("Tab")  # out of the chart, to the button that shows every year again
    assert focused(page)["text"] == "Show all years"
    page.keyboard.press("Enter")
    meta_is(page, f"{total} matching readouts")
    assert focused(page)["year"] == "2026", "the focus was lost with the button"
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.dataset.raFilter") == "issuer"
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # one stop for the chart: the next is the first result
    assert page.evaluate("document.activeElement.classList.contains('md-search-result__link')")


# Axe, a phone, and both palettes.

@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["laptop", "phone"])
def test_the_chart_passes_axe(open_page, scheme, size):
    """Scoped to the chart and the filters: with the search open, axe also judges Material's own
    result list and the dimmed page behind it (see tests/test_search_pagefind.py)."""
    page = search(open_page, f'"{PHRASE}"', scheme, size)
    page.locator(".ra-trend-bar[data-year='2022']").click()
    meta_is(page, "2 matching readouts")
    assert page.get_attribute("body", "data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
    results = AXE.run(page, context={"include": [[".ra-trend"], [".ra-search-controls"]]})
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(f"{v['id']}: {v['help']}: {[n['html'][:120] for n in v['nodes'][:4]]}"
                                    for v in serious)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_bars_and_the_chosen_bar_stand_out_in_both_palettes(open_page, scheme):
    """A bar is a graphic axe does not judge: each against the search panel at least 3:1, and
    the chosen one a colour of its own."""
    page = search(open_page, f'"{PHRASE}"', scheme)
    page.locator(".ra-trend-bar[data-year='2022']").click()
    meta_is(page, "2 matching readouts")
    page.mouse.move(0, 0)
    colours = page.evaluate("""() => ({
        panel: (e => { while (getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)') e = e.parentElement;
                       return getComputedStyle(e).backgroundColor; })(document.querySelector('.ra-trend')),
        bar: getComputedStyle(document.querySelector('.ra-trend-bar[data-year="2021"] .ra-trend-fill')).backgroundColor,
        chosen: getComputedStyle(document.querySelector('.ra-trend-bar[aria-pressed=true] .ra-trend-fill')).backgroundColor})""")
    assert contrast(colours["bar"], colours["panel"]) >= 3, colours
    assert contrast(colours["chosen"], colours["panel"]) >= 3, colours
    assert colours["chosen"] != colours["bar"], colours


LABELS = """() => [...document.querySelectorAll('.ra-trend-labelled .ra-trend-year')].map(l => {
  const r = l.getBoundingClientRect(), text = document.createRange();
  text.selectNodeContents(l);
  const t = text.getBoundingClientRect();
  return {year: l.textContent, left: t.left, right: t.right};
})"""


@pytest.mark.parametrize("size", ["laptop", "phone"])
def test_the_chart_fits_the_screen_and_its_year_labels_do_not_overlap(open_page, size):
    page = search(open_page, f'"{PHRASE}"', "light", size)
    width = SIZES[size]["width"]
    chart = page.locator(".ra-trend").bounding_box()
    assert chart["x"] >= 0 and chart["x"] + chart["width"] <= width, chart
    bars = page.locator(".ra-trend-bars").bounding_box()
    assert bars["x"] >= 8 and bars["x"] + bars["width"] <= width - 8, bars
    labels = page.evaluate(LABELS)
    assert len(labels) >= 4, labels
    assert all(l["left"] >= 0 and l["right"] <= width for l in labels), labels
    for one, two in zip(labels, labels[1:]):
        assert two["left"] - one["right"] >= 4, f"year labels overlap: {one} {two}"
    if size == "laptop":
        assert len(labels) == 16, "a laptop has room for every year"


@pytest.mark.parametrize("size", ["laptop", "phone"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshot(open_page, scheme, size):
    """For a person to look at: /tmp/shots-trends/trend-<scheme>-<size>[-year].png."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = search(open_page, f'"{PHRASE}"', scheme, size)
    meta_is(page, f"{sum(USES.values())} matching readouts")
    page.mouse.move(1, SIZES[size]["height"] - 1)  # no hover, no tooltip
    page.screenshot(path=str(SHOTS / f"trend-{scheme}-{size}.png"))
    page.locator(".ra-trend-bar[data-year='2023']").click()
    meta_is(page, "5 matching readouts")
    page.mouse.move(1, SIZES[size]["height"] - 1)  # no hover, no tooltip
    page.screenshot(path=str(SHOTS / f"trend-{scheme}-{size}-year.png"))
    assert (SHOTS / f"trend-{scheme}-{size}-year.png").stat().st_size > 10_000
