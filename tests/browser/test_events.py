"""Event pages in a real browser: the accounts of one call side by side, who said what,
a person's statements and a readout's speaker labels (tests/fixtures/events).

The module's own `server` fixture stands in for the session's (browser/conftest.py) for
the tests here: it builds only the events fixture, under /site/ on a free port, so
`open_page` (its request guard and its check of browser errors) works as everywhere else
without building the archive and the sample sites first.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser.conftest import ARTIFACTS, contrast, open_sized, serve_corpus

CALL = "events/2026-03-10-ana-ferreira-kenji-mori-call/"
MEETING = "events/2026-04-02-jonas-berg-kenji-mori-ana-ferreira-meeting/"
PORTUGAL = "readouts/2026/2026-03-10-ferreira-mori-call/"
JAPAN = "readouts/2026/2026-03-11-mori-ferreira-call/"
ACCOUNTS = {  # the call's accounts, in the page's order: label -> (issuer, readout, title)
    "Portugal": ("Office of the Prime Minister of Portugal", PORTUGAL,
                 "Prime Minister Ferreira speaks with Prime Minister Mori"),
    "Japan": ("Ministry of Foreign Affairs of Japan", JAPAN, "Japan–Portugal Summit Telephone Call"),
}
PAGES = {"event": "site/" + CALL, "meeting": "site/" + MEETING, "events": "site/events/",
         "statements": "site/people/ana-ferreira/statements/", "readout": "site/" + PORTUGAL}
AXE = Axe()

# The page's own width against its content's: a page that scrolls sideways has scroll > view.
WIDTHS = "() => ({scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth})"
BOXES = """selector => [...document.querySelectorAll(selector)].map(e => {
  const r = e.getBoundingClientRect();
  return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width,
          scrollWidth: e.scrollWidth, clientWidth: e.clientWidth};
})"""
# Every cell of every who-said-what grid: {label, headers, rows: [{speaker, cells: [{text, other, tag}]}]}
GRIDS = """() => [...document.querySelectorAll('.ra-grid')].map(g => ({
  label: g.getAttribute('aria-label'), role: g.getAttribute('role'), tabindex: g.getAttribute('tabindex'),
  headers: [...g.querySelectorAll('thead th')].map(th => th.textContent.trim()),
  rows: [...g.querySelectorAll('tbody tr')].map(tr => ({
    speaker: tr.querySelector('th[scope=row]').textContent.trim(),
    cells: [...tr.querySelectorAll('td')].map(td => ({
      text: td.textContent.trim(), other: td.classList.contains('ra-other-side'),
      tag: !!td.querySelector('.ra-tag')}))}))}))"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with serve_corpus(tmp_path_factory, "events") as served:
        yield served


def open_at(open_page, name: str, scheme: str = "light", size: str = "laptop"):
    """Page `name` in `scheme`, loaded again at `size` so it starts as a phone would load it."""
    return open_sized(open_page, PAGES[name], scheme, size)


def boxes(page, selector: str) -> list[dict]:
    found = page.evaluate(BOXES, selector)
    assert found, f"no {selector} on {page.url}"
    return found


# The event page: its accounts, its topics and its grid.

def test_each_account_has_a_card_with_its_issuer_and_a_link_to_its_readout(open_page, server):
    page = open_at(open_page, "event")
    cards = page.locator(".ra-account")
    assert cards.count() == len(ACCOUNTS)
    for index, (label, (issuer, readout, title)) in enumerate(ACCOUNTS.items()):
        card = cards.nth(index)
        assert card.get_attribute("aria-label") == label
        assert card.locator(".ra-account-side").text_content().strip().endswith(label)
        assert card.locator("dt", has_text="Issued by").locator("xpath=following-sibling::dd[1]").inner_text() == issuer
        link = card.locator(".ra-account-title a")
        assert link.inner_text() == title
        link.click()
        page.wait_for_url(server.url("site/" + readout))
        assert page.locator(".md-content h1").evaluate("h => h.firstChild.textContent") == title
        assert issuer in page.locator(".ra-meta").inner_text()
        page.go_back()
        page.wait_for_url(server.url(PAGES["event"]))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_topics_only_one_account_mentions_are_highlighted(open_page, scheme):
    page = open_at(open_page, "event", scheme)
    topics = page.locator(".ra-topics-shared")
    assert topics.locator("a").all_inner_texts() == ["Trade"]  # every account's: a link, not marked
    marked = topics.locator("mark")
    assert marked.all_inner_texts() == ["Fisheries", "Climate", "Shipping", "Security"]
    # "Highlighted": a background of its own, unlike the paragraph's, and a rule under it.
    style = marked.first.evaluate("""m => { const s = getComputedStyle(m), p = getComputedStyle(m.parentElement);
        return {background: s.backgroundColor, parent: p.backgroundColor, border: s.borderBottomStyle,
                borderWidth: parseFloat(s.borderBottomWidth)}; }""")
    assert style["background"] not in (style["parent"], "rgba(0, 0, 0, 0)"), style
    assert style["border"] == "solid" and style["borderWidth"] >= 1, style
    only = {label: page.locator(f".ra-account[aria-label='{label}'] .ra-only a").all_inner_texts() for label in ACCOUNTS}
    assert only == {"Portugal": ["Fisheries", "Climate"], "Japan": ["Shipping", "Security"]}


def test_who_said_what_has_a_row_per_speaker_and_a_column_per_account(open_page):
    page = open_at(open_page, "event")
    grids = page.evaluate(GRIDS)
    assert [g["label"].split(":")[0] for g in grids] == ["Trade", "Fisheries", "Climate", "Shipping", "Security",
                                                          "Other statements"]
    for grid in grids:
        assert grid["role"] == "region" and grid["tabindex"] == "0", grid
        assert grid["headers"] == ["Speaker", *ACCOUNTS], grid
        speakers = [row["speaker"] for row in grid["rows"]]
        assert len(speakers) == len(set(speakers)), f"a speaker has two rows: {grid}"
        assert all(len(row["cells"]) == len(ACCOUNTS) for row in grid["rows"]), grid
    other = {row["speaker"]: dict(zip(ACCOUNTS, row["cells"])) for row in grids[-1]["rows"]}
    assert list(other) == ["Ana Ferreira", "Kenji Mori", "Jointly"]
    # Japan's account reports Portugal's prime minister: the other side, marked so.
    ferreira_in_japan = other["Ana Ferreira"]["Japan"]
    assert ferreira_in_japan["other"] and ferreira_in_japan["tag"], ferreira_in_japan
    assert ferreira_in_japan["text"].lower().startswith("other side")
    assert "expressed her appreciation for Japan's support" in ferreira_in_japan["text"]
    # Portugal's account of its own prime minister is not the other side; nor is a cell with nothing in it.
    assert not other["Ana Ferreira"]["Portugal"]["other"] and not other["Ana Ferreira"]["Portugal"]["tag"]
    assert other["Kenji Mori"]["Portugal"]["other"] and not other["Kenji Mori"]["Japan"]["other"]
    assert other["Kenji Mori"]["Japan"]["text"] == "Not in this account"
    marked = [(g["label"], row["speaker"], account) for g in grids for row in g["rows"]
              for account, cell in zip(ACCOUNTS, row["cells"]) if cell["tag"]]
    assert sorted(marked) == [("Other statements: who said what, by account", "Ana Ferreira", "Japan"),
                              ("Other statements: who said what, by account", "Kenji Mori", "Portugal")]


def test_a_three_account_meeting_has_three_columns(open_page):
    page = open_at(open_page, "meeting")
    assert page.locator(".ra-account").count() == 3
    for grid in page.evaluate(GRIDS):
        assert len(grid["headers"]) == 4 and all(len(row["cells"]) == 3 for row in grid["rows"]), grid


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_share_bars_and_tags_stand_out_in_both_palettes(open_page, scheme):
    """Each segment of a share bar against its card at least 3:1 (a graphic's contrast; the bar
    is hidden from assistive technology, so axe does not look at it), narration grey in both
    palettes, and each segment the colour of its swatch in the list of shares beside it."""
    page = open_at(open_page, "meeting", scheme)
    cards = page.evaluate("""() => [...document.querySelectorAll('.ra-account')].map(card => ({
        card: getComputedStyle(card).backgroundColor,
        segments: [...card.querySelectorAll('.ra-shares .ra-share')].map(s => ({
            colour: getComputedStyle(s).backgroundColor, narration: s.classList.contains('ra-share-narration')})),
        swatches: [...card.querySelectorAll('.ra-share-list .ra-swatch')].map(s => getComputedStyle(s).backgroundColor)}))""")
    assert len(cards) == 3
    for card in cards:
        assert [s["colour"] for s in card["segments"]] == card["swatches"], card
        for segment in card["segments"]:
            assert contrast(segment["colour"], card["card"]) >= 3, f"{segment} on {card['card']}"
        narration = [s["colour"] for s in card["segments"] if s["narration"]]
        assert narration, card
        red, green, blue = (int(c) for c in narration[0][4:-1].split(", "))
        assert max(red, green, blue) - min(red, green, blue) <= 24, f"narration is not grey: {narration}"
    tag = page.locator(".ra-other-side .ra-tag").first
    colours = tag.evaluate("t => ({text: getComputedStyle(t).color, border: getComputedStyle(t).borderTopColor,"
                           " page: getComputedStyle(document.body).backgroundColor})")
    assert colours["text"] == colours["border"] and contrast(colours["text"], colours["page"]) >= 4.5, colours


# Accessibility: axe in both palettes, and the keyboard.

@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["laptop", "phone"])
@pytest.mark.parametrize("name", ["event", "events", "statements", "readout"])
def test_no_serious_or_critical_violation(open_page, name, size, scheme):
    page = open_at(open_page, name, scheme, size)
    if name == "readout":
        assert page.locator(".ra-said-by").count() >= 2, "the readout has no speaker labels to check"
    results = AXE.run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    report = "\n".join(f"{v['id']} ({v['impact']}): {v['help']}: " + "; ".join(n["html"][:140] for n in v["nodes"][:5])
                       for v in serious)
    assert serious == [], report


FOCUSED = """() => { const e = document.activeElement, s = getComputedStyle(e);
  return {tag: e.tagName, href: e.getAttribute('href'), grid: e.classList.contains('ra-grid'),
          label: e.getAttribute('aria-label'), visible: e.matches(':focus-visible'),
          outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth), outlineColour: s.outlineColor,
          footer: !!e.closest('.md-footer')}; }"""


def tab_through(page, limit: int = 150) -> list[dict]:
    """Press Tab from the top of the page until the focus reaches the footer; every element it stops at."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["footer"] or focused["tag"] == "BODY":
            break
        stops.append(focused)
    return stops


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["laptop", "phone"])
def test_tab_reaches_every_account_link_and_every_grid_with_a_visible_focus(open_page, size, scheme):
    page = open_at(open_page, "event", scheme, size)
    page.evaluate("window.scrollTo(0, 0)")
    stops = tab_through(page)
    hrefs = [stop["href"] for stop in stops]
    for _, readout, _ in ACCOUNTS.values():
        assert f"../../{readout}" in hrefs, f"Tab never reaches the link to {readout}: {hrefs}"
    grids = [stop for stop in stops if stop["grid"]]
    expected = page.evaluate("[...document.querySelectorAll('.ra-grid')].map(g => g.getAttribute('aria-label'))")
    assert [grid["label"] for grid in grids] == expected
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    for grid in grids:
        assert grid["visible"] and grid["outline"] != "none" and grid["outlineWidth"] >= 2, grid
        assert contrast(grid["outlineColour"], background) >= 3, f"the focus ring is faint: {grid} on {background}"
    links = [stop for stop in stops if stop["href"] and stop["href"].startswith("../../readouts/")]
    assert all(link["visible"] and link["outline"] != "none" for link in links), links


def test_a_grid_narrower_than_its_table_scrolls_sideways_with_the_arrow_keys(open_page):
    page = open_at(open_page, "event", "light", "phone")
    page.evaluate("window.scrollTo(0, 0)")
    for _ in range(150):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('ra-grid')"):
            break
    grid = page.locator(".ra-grid:focus")
    size = grid.evaluate("g => ({scroll: g.scrollWidth, client: g.clientWidth, left: g.scrollLeft})")
    assert size["scroll"] > size["client"] and size["left"] == 0, size
    # The next account's column shows at the region's edge: there is more to the right.
    edge = grid.evaluate("""g => { const r = g.getBoundingClientRect(), th = g.querySelectorAll('thead th');
        return {right: r.right, next: th[2].getBoundingClientRect().left}; }""")
    assert edge["next"] < edge["right"] - 12, f"nothing of the next column shows: {edge}"
    for _ in range(3):
        page.keyboard.press("ArrowRight")
    page.wait_for_function("document.activeElement.scrollLeft > 0")
    # The speakers' column stays at the left while the accounts scroll under it.
    stays = grid.evaluate("""g => [g.getBoundingClientRect().left,
        ...[...g.querySelectorAll('tbody th')].map(th => th.getBoundingClientRect().left)]""")
    assert all(abs(left - stays[0] - 1) <= 1 for left in stays[1:]), f"the speakers scrolled away: {stays}"
    for _ in range(6):
        page.keyboard.press("ArrowLeft")
    page.wait_for_function("document.activeElement.scrollLeft === 0")
    assert page.evaluate("window.scrollX") == 0, "the page scrolled sideways, not the grid"


# A readout's speaker labels: in the left margin on a laptop, a small line above the paragraph on a phone.

LABELS = """() => [...document.querySelectorAll('.ra-body .ra-said-by')].map(label => {
  const p = label.nextElementSibling, box = e => e.getBoundingClientRect();
  const mark = document.createElement('span');  // the paragraph's first baseline
  mark.style.cssText = 'display: inline-block; width: 0; height: 0';
  p.prepend(mark);
  const found = {text: label.textContent, label: box(label), p: box(p), before: box(label.previousElementSibling),
                 baseline: box(mark).top,
                 labelFont: parseFloat(getComputedStyle(label).fontSize), pFont: parseFloat(getComputedStyle(p).fontSize),
                 labelFamily: getComputedStyle(label).fontFamily, pFamily: getComputedStyle(p).fontFamily};
  mark.remove();
  return found;
})"""


@pytest.mark.parametrize("size", ["laptop", "phone"])
def test_speaker_labels_sit_beside_or_above_their_paragraph(open_page, size):
    page = open_at(open_page, "readout", "light", size)
    labels = page.evaluate(LABELS)
    assert [label["text"] for label in labels] == ["Reported speaker: Ana Ferreira", "Reported speaker: Kenji Mori",
                                                   "Reported speaker: Ana Ferreira and Kenji Mori"]
    for label in labels:
        box, p = label["label"], label["p"]
        assert label["labelFont"] < 0.75 * label["pFont"], f"the label is as big as the text: {label}"
        assert label["labelFamily"] != label["pFamily"], f"the label is set like the text: {label}"
        assert box["left"] >= 8, f"the label touches the screen's side: {label}"
        if size == "laptop":  # in the margin, level with the paragraph's first line
            assert box["right"] <= p["left"] - 8, f"the label is not in the margin: {label}"
            assert p["top"] <= box["top"] < label["baseline"], f"the label is not level with its paragraph: {label}"
        else:  # on its own line just above the paragraph, nearer it than the paragraph before
            assert box["left"] == p["left"] and box["bottom"] <= p["top"] <= box["bottom"] + 12, label
            assert box["top"] - label["before"]["bottom"] > 2 * (p["top"] - box["bottom"]), label


# A phone's width.

@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_page_scrolls_sideways_on_a_phone(open_page, name, scheme):
    page = open_at(open_page, name, scheme, "phone")
    widths = page.evaluate(WIDTHS)
    assert widths["scroll"] <= widths["view"] == 390, f"{name} scrolls sideways: {widths}"


@pytest.mark.parametrize("name", ["event", "meeting"])
def test_on_a_phone_the_cards_stack_and_the_grid_scrolls_in_its_own_region(open_page, name):
    page = open_at(open_page, name, "light", "phone")
    cards = boxes(page, ".ra-account")
    assert len({round(card["left"]) for card in cards}) == 1, f"the cards are not one column: {cards}"
    for above, below in zip(cards, cards[1:]):
        assert below["top"] >= above["bottom"], f"the cards overlap: {cards}"
    for card in cards:
        assert card["left"] >= 8 and card["right"] <= 390 - 8, f"a card touches the screen's side: {card}"
    for grid in boxes(page, ".ra-grid"):
        assert grid["left"] >= 8 and grid["right"] <= 390 - 8, f"a grid is wider than the screen: {grid}"
        assert grid["scrollWidth"] > grid["clientWidth"], f"the grid does not scroll in its own region: {grid}"


@pytest.mark.parametrize("name", ["event", "meeting"])
def test_on_a_laptop_the_cards_sit_side_by_side_and_the_accounts_columns_line_up(open_page, name):
    page = open_at(open_page, name, "light", "laptop")
    cards = boxes(page, ".ra-account")
    assert len({round(card["top"]) for card in cards}) == 1, f"the cards are not side by side: {cards}"
    for grid in boxes(page, ".ra-grid"):
        assert grid["scrollWidth"] <= grid["clientWidth"], f"a grid scrolls on a laptop: {grid}"
    # Every account's column as wide as the others, and at the same place in every grid.
    heads = page.evaluate("""() => [...document.querySelectorAll('.ra-said thead tr')].map(tr =>
        [...tr.cells].slice(1).map(th => { const r = th.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.width)]; }))""")
    assert len({tuple(map(tuple, row)) for row in heads}) == 1, f"the grids' columns do not line up: {heads}"
    widths = [width for _, width in heads[0]]
    assert max(widths) - min(widths) <= 1, f"the accounts' columns differ in width: {widths}"


# Screenshots for a person to look at (test-artifacts/events-*.png).

def shoot(page, name: str, full_page: bool = True) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"events-{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    assert path.stat().st_size > 10_000, path


@pytest.mark.parametrize("size", ["laptop", "phone"])
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_screenshot(open_page, name, scheme, size):
    page = open_at(open_page, name, scheme, size)
    shoot(page, f"{name}-{scheme}-{size}")
    if name in ("event", "meeting"):
        shoot(page, f"{name}-top-{scheme}-{size}", full_page=False)
        page.evaluate("document.getElementById('other-statements').scrollIntoView({block: 'start'})")
        shoot(page, f"{name}-grid-{scheme}-{size}", full_page=False)
