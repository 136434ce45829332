"""axe-core (axe-playwright-python) on the main pages, in the light and the dark palette."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

SEED = "readouts/2026/2026-02-05-xi-jinping-donald-trump-phone-call/"
PAGES = {
    "home": "archive/", "readout": "archive/" + SEED, "topic": "archive/topics/taiwan/",
    "year": "archive/dates/2026/", "dates": "archive/dates/", "person": "archive/people/xi-jinping/",
    "browse": "archive/browse/", "browse-filtered": "sample/browse/?topic=climate&kind=call",
    "year-with-timeline": "sample/dates/2025/",
}
AXE = Axe()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_serious_or_critical_violation(open_page, name, scheme):
    page = open_page(PAGES[name], scheme)
    if "browse" in name:
        page.wait_for_selector("#ra-browse[data-ready]")
    expected = "slate" if scheme == "dark" else "default"
    assert page.get_attribute("body", "data-md-color-scheme") == expected
    results = AXE.run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    report = "\n".join(f"{v['id']} ({v['impact']}): {v['help']}: " + "; ".join(n["html"][:120] for n in v["nodes"][:5])
                       for v in serious)
    assert serious == [], report
