"""Screenshots of the main pages, for a person to look at (test-artifacts/, ignored by git),
at a laptop's width and a phone's, and measurements of what a person would see go wrong."""

from __future__ import annotations

import pytest

from browser.conftest import SIZES, open_sized, screenshot

SEED = "readouts/2026/2026-02-05-xi-jinping-donald-trump-phone-call/"
PAGES = {"home": "archive/", "readout": "archive/" + SEED, "topic": "archive/topics/taiwan/",
         "dates": "archive/dates/", "year": "sample/dates/2025/", "person": "sample/people/kenji-mori/",
         "browse": "sample/browse/?topic=climate"}
EDGE = 8  # px: the least room between the text and the side of the screen

# One element's box and type, in CSS px; right is measured from the viewport's right edge.
BOX = """selector => {
  const e = document.querySelector(selector);
  if (!e) return null;
  const r = e.getBoundingClientRect(), s = getComputedStyle(e), width = document.documentElement.clientWidth;
  return {left: r.left, right: width - r.right, width: r.width, height: r.height,
          lineHeight: parseFloat(s.lineHeight), fontSize: parseFloat(s.fontSize)};
}"""
WIDTHS = "() => ({scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth})"


def open_at(open_page, name: str, scheme: str, size: str):
    """Page `name` in `scheme`, loaded again at `size` so it starts as a phone would load it."""
    page = open_sized(open_page, PAGES[name], scheme, size)
    if name == "browse":
        page.wait_for_selector("#ra-browse[data-ready]")
    return page


def box(page, selector: str) -> dict:
    found = page.evaluate(BOX, selector)
    assert found, f"{selector} is not on {page.url}"
    return found


@pytest.mark.parametrize("size", sorted(SIZES))
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_screenshot(open_page, name, scheme, size):
    page = open_at(open_page, name, scheme, size)
    expected = "slate" if scheme == "dark" else "default"
    assert page.get_attribute("body", "data-md-color-scheme") == expected
    suffix = "" if size == "laptop" else f"-{size}"
    assert screenshot(page, f"{name}-{scheme}{suffix}").stat().st_size > 10_000
    widths = page.evaluate(WIDTHS)
    assert widths["scroll"] <= widths["view"], f"{name} is wider than the {size}'s screen: {widths}"
    title = box(page, ".md-content h1")
    assert min(title["left"], title["right"]) >= EDGE, f"{name}'s title touches the screen's side: {title}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_readout_reads_on_a_phone(open_page, scheme):
    """The bug: the readout's auto margins fell to 0 on a phone and the title ran to 4-5 lines."""
    page = open_at(open_page, "readout", scheme, "phone")
    widths = page.evaluate(WIDTHS)
    assert widths["scroll"] <= widths["view"] == 390, f"the readout scrolls sideways: {widths}"
    for selector in (".md-content h1", ".ra-kicker", ".ra-meta", ".ra-body p:not(.ra-said-by)"):
        found = box(page, selector)
        assert found["left"] >= EDGE and found["right"] >= EDGE, f"{selector} touches the screen's side: {found}"
    title = box(page, ".md-content h1")
    lines = round(title["height"] / title["lineHeight"])
    assert lines <= 3, f"the title runs to {lines} lines: {title}"
    text = box(page, ".ra-body p:not(.ra-said-by)")
    assert title["fontSize"] > text["fontSize"] >= 16, f"title {title['fontSize']}px, text {text['fontSize']}px"
    for selector in (".ra-meta dt", ".ra-meta dd"):
        assert box(page, selector)["fontSize"] >= 12, f"{selector} is too small to read"


def test_readout_is_a_centred_column_on_a_laptop(open_page):
    """The phone's margins leave the laptop's page as it was: one centred column of 46rem."""
    page = open_at(open_page, "readout", "light", "laptop")
    rem = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    column = box(page, ".md-content__inner")
    assert abs(column["left"] - column["right"]) <= 1, column
    assert abs(column["width"] - 46 * rem) <= 1, column
    title = box(page, ".md-content h1")
    assert round(title["height"] / title["lineHeight"]) <= 2, title
