"""The built site makes no request to any other host: every request the browser makes is recorded.

`open_page` (conftest.py) also checks this after every browser test; here one
visit goes through the main pages, a search and the Browse page, and looks at the record.
"""

from __future__ import annotations

SEED = "readouts/2026/2026-02-05-xi-jinping-donald-trump-phone-call/"


def test_no_request_leaves_localhost(open_page, server):
    page = open_page("archive/")
    for path in (SEED, "topics/taiwan/", "people/xi-jinping/", "countries/cn/", "dates/", "dates/2026/", "about/"):
        page.goto(server.url("archive/" + path))
        page.wait_for_load_state("networkidle")
    page.click("input.md-search__input")
    page.keyboard.type("Taiwan")
    page.wait_for_selector(".md-search-result__list > li")
    page.goto(server.url("archive/browse/"))
    page.wait_for_selector("#ra-browse[data-ready]")
    page.wait_for_load_state("networkidle")
    local = server.origin + "/archive/"
    assert [url for url in page.requests if not url.startswith(local)] == []
    fetched = {url[len(local):].split("?")[0] for url in page.requests}
    assert {"pagefind/pagefind.js", "assets/browse.json", "assets/browse.js", "assets/archive.css"} <= fetched
