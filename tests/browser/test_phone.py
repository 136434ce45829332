"""The readout listings (Date | Readout | Kind | Participants) on a phone and on a laptop.

The bug: at 390 px the listing stayed a four-column table, the title column was squeezed
to a word or two a line and the Participants sat behind the table's own sideways scroll.
On a phone each row is now a block of its own (content/assets/archive.css); on a laptop
the table is as it was; and on both it is still a table to assistive technology.
"""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser.test_look import PAGES, SIZES

LISTING = ".md-content table:has(> tbody > tr > td.ra-nowrap:first-child)"
HEADERS = ["Date", "Readout", "Kind", "Participants"]
# Every kind of page with a listing; the readout's is its "Related readouts".
LISTED = {"home": PAGES["home"], "topic": PAGES["topic"], "person": PAGES["person"], "year": PAGES["year"],
          "country": "sample/countries/jp/", "readout": "sample/readouts/2026/2026-02-05-ferreira-mori-call/"}

# Every cell of the first listing: its box in the viewport (CSS px) and its text.
CELLS = """selector => {
  const table = document.querySelector(selector);
  if (!table) return null;
  const width = document.documentElement.clientWidth;
  const box = e => { const r = e.getBoundingClientRect();
                     return {text: e.textContent.trim(), left: r.left, right: r.right, top: r.top,
                             width: r.width, height: r.height, lineHeight: parseFloat(getComputedStyle(e).lineHeight)}; };
  const rows = [...table.querySelectorAll("tbody tr")].map(tr => [...tr.cells].map(box));
  const link = table.querySelector("tbody tr td:nth-child(2) a");
  return {width, rows, headers: [...table.querySelectorAll("thead th")].map(box),
          link: link && box(link)};
}"""


def open_at(open_page, name: str, scheme: str, size: str):
    """Page `name` of LISTED in `scheme`, loaded again at `size` as a phone would load it."""
    page = open_page(LISTED[name], scheme)
    if size != "laptop":
        page.set_viewport_size(SIZES[size])
        page.reload()
    assert page.evaluate("innerWidth") == SIZES[size]["width"]
    return page


def cells(page) -> dict:
    found = page.evaluate(CELLS, LISTING)
    assert found and found["rows"], f"no listing table on {page.url}"
    return found


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(LISTED))
def test_listing_reads_on_a_phone(open_page, name, scheme):
    page = open_at(open_page, name, scheme, "phone")
    found = cells(page)
    outside = [cell for row in found["rows"] for cell in row
               if cell["left"] < 0 or cell["right"] > found["width"]]
    first = found["rows"][0]
    date, title, kind, people = first
    link = found["link"]
    assert link["lineHeight"] > 0, link
    # The topic's first title is long: its link must get 150 px. A short title ("Mori visits
    # Lisbon", 123 px) may be narrower if it is on one line; its cell must still be 150 px.
    squeezed = title["width"] < 150 or (link["width"] < 150 and (name == "topic" or link["height"] > 1.5 * link["lineHeight"]))
    problems = ([f"the first title is squeezed: link {link['width']:.0f} px, cell {title['width']:.0f} px"] if squeezed else []) + \
               ([f"{len(outside)} cells outside the {found['width']} px screen: {outside[:2]}"] if outside else [])
    assert not problems, f"{name}: " + "; ".join(problems)
    assert people["text"], f"the first row on {name} has no participants: {first}"
    assert people["top"] >= title["top"] + title["height"] - 1, f"the participants are not under the title: {first}"
    assert abs(date["top"] - kind["top"]) <= 2 and date["top"] < title["top"], f"date and kind are not one line above the title: {first}"


def test_listing_is_a_table_on_a_laptop(open_page):
    """On a laptop the listing keeps its header row and one line of four cells per readout."""
    page = open_at(open_page, "topic", "light", "laptop")
    found = cells(page)
    assert [h["text"] for h in found["headers"]] == HEADERS
    assert all(h["height"] > 20 and h["width"] > 40 for h in found["headers"]), found["headers"]
    for row in found["rows"]:
        assert len({round(cell["top"]) for cell in row}) == 1, f"a row's cells are not side by side: {row}"
        lefts = [cell["left"] for cell in row]
        assert lefts == sorted(lefts), row
        for cell, header in zip(row, found["headers"]):
            assert abs(cell["left"] - header["left"]) <= 1, f"a cell is not under its header: {cell} {header}"


def test_listing_is_the_same_table_to_assistive_technology(open_page):
    """The phone's layout changes how the rows look, not what they are: the accessibility tree
    of the listing (a table, its column headers, its rows of cells) is the laptop's."""
    trees = {}
    for size in ("laptop", "phone"):
        page = open_at(open_page, "person", "light", size)
        trees[size] = page.locator(LISTING).first.aria_snapshot()
    tree = trees["phone"]
    assert tree.startswith("- table"), tree
    for header in HEADERS:
        assert f'- columnheader "{header}"' in tree, tree
    assert tree.count("- row ") >= 3 and tree.count("- cell ") >= 8, tree
    assert trees["phone"] == trees["laptop"], trees


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_listing_on_a_phone_is_axe_clean(open_page, scheme):
    page = open_at(open_page, "topic", scheme, "phone")
    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(f"{v['id']}: {v['help']}: {[n['html'][:120] for n in v['nodes'][:3]]}"
                                    for v in serious)
