"""Screenshots of the main pages, for a person to look at (test-artifacts/, ignored by git)."""

from __future__ import annotations

import pytest

from browser.conftest import screenshot

SEED = "readouts/2026/2026-02-05-xi-jinping-donald-trump-phone-call/"
PAGES = {"home": "archive/", "readout": "archive/" + SEED, "topic": "archive/topics/taiwan/",
         "dates": "archive/dates/", "year": "sample/dates/2025/", "person": "sample/people/kenji-mori/",
         "browse": "sample/browse/?topic=climate"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_screenshot(open_page, name, scheme):
    page = open_page(PAGES[name], scheme)
    if name == "browse":
        page.wait_for_selector("#ra-browse[data-ready]")
    expected = "slate" if scheme == "dark" else "default"
    assert page.get_attribute("body", "data-md-color-scheme") == expected
    assert screenshot(page, f"{name}-{scheme}").stat().st_size > 10_000
