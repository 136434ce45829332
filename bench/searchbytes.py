"""Bytes a reader downloads before the first search result, measured in Chromium.

The site is served under /archive/; the page is opened, the query typed into
the header's search box, and every response is counted until the first result
shows. Search bytes are the responses of the search machinery: Pagefind's
bundle, or Material's worker and search_index.json.

With `trend`, the archive's phrase chart is waited for too (it is drawn with the
first results), then the year with the most results is chosen from its bars:
`year_bytes` is the search bytes once that year's results show.
"""

from __future__ import annotations

import functools
import http.server
import threading
import time

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]
MOUNT = "/archive/"
SEARCH_PARTS = ("/pagefind/", "search_index.json", "/workers/search")
BOXES = {"pagefind": "[data-ra-query]", "material": "input[data-md-component=search-query]"}
RESULTS = {"pagefind": "[data-ra-results] .md-search-result__item", "material": ".md-search-result__item"}
TREND = "[data-ra-trend]:not([hidden]) .ra-trend-bar"
# The bar of the year with the most results, clicked; then its results, listed again.
TALLEST = """() => { const bars = [...document.querySelectorAll('.ra-trend-bar:not([disabled])')];
  const count = b => parseInt(b.getAttribute('aria-label').split(': ')[1], 10);
  const top = bars.reduce((a, b) => count(b) > count(a) ? b : a);
  top.click(); return top.getAttribute('aria-label'); }"""
CHOSEN = """() => document.querySelector('[data-ra-trend-summary]').textContent.startsWith('Showing')
  && document.querySelectorAll('[data-ra-results] > li').length > 0"""


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path):
        return super().translate_path("/" + path[len(MOUNT):] if path.startswith(MOUNT) else "/__missing__")

    def log_message(self, *args):
        pass


def search_bytes(sizes: dict[str, int]) -> int:
    return sum(size for u, size in sizes.items() if any(part in u for part in SEARCH_PARTS))


def measure_search(site: str, query: str, engine: str, trend: bool = False) -> dict:
    from playwright.sync_api import sync_playwright
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(SubPathHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}{MOUNT}"
    sizes: dict[str, int] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.on("requestfinished", lambda request: sizes.__setitem__(request.url, request.sizes()["responseBodySize"]))
            page.goto(url)
            started = time.perf_counter()
            page.fill(BOXES[engine], query)
            page.wait_for_selector(RESULTS[engine], timeout=600_000)
            if trend:
                page.wait_for_selector(TREND)
            seconds = time.perf_counter() - started
            page.wait_for_timeout(100)  # let the last finished responses be reported
            found = {"search_bytes": search_bytes(sizes), "all_bytes": sum(sizes.values()), "first_result_seconds": seconds}
            if trend:
                found["year"] = page.evaluate(TALLEST)
                page.wait_for_function(CHOSEN)
                page.wait_for_timeout(100)
                found["year_bytes"] = search_bytes(sizes)
            browser.close()
    finally:
        server.shutdown()
    return found
