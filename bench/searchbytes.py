"""Bytes a reader downloads before the first search result, measured in Chromium.

The site is served under /archive/; the page is opened, the query typed into
the header's search box, and the server counts every response it sends until
the first result goes into the list (the page's clock, a MutationObserver).
Search bytes are the responses of the search machinery: Pagefind's bundle, or
Material's worker and search_index.json; `complete_bytes` are those of the
whole search (a divided index shows its newest part's results first).

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
    """Serves the site under MOUNT and counts what it sends: (time received, path, body bytes) in
    `served`. The page's own record of requests misses those Pagefind's web worker makes (its
    index and WebAssembly: Chromium reports their sizes as -1), so the server counts instead."""

    served: list = []

    def translate_path(self, path):
        return super().translate_path("/" + path[len(MOUNT):] if path.startswith(MOUNT) else "/__missing__")

    def do_GET(self):
        self.received = time.time()
        super().do_GET()

    def copyfile(self, source, outputfile):
        data = source.read()
        outputfile.write(data)
        self.served.append((self.received, self.path, len(data)))

    def log_message(self, *args):
        pass


# The time (the page's clock, ms since the epoch) the first result went into the list.
WATCH = """selector => { window.__firstResult = null; new MutationObserver((_, observer) => {
  if (document.querySelector(selector)) { window.__firstResult = Date.now(); observer.disconnect(); }
}).observe(document.body, {childList: true, subtree: true}); }"""


def search_bytes(served: list, until: float | None = None) -> int:
    """The search machinery's bytes, of the requests received by `until` (seconds since the epoch)."""
    return sum(size for received, path, size in served
               if (until is None or received <= until) and any(part in path for part in SEARCH_PARTS))


def measure_search(site: str, query: str, engine: str, trend: bool = False) -> dict:
    from playwright.sync_api import sync_playwright
    served: list = []
    handler = type("Counting", (SubPathHandler,), {"served": served})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}{MOUNT}"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            page = browser.new_page()
            page.goto(url)
            page.evaluate(WATCH, RESULTS[engine])
            started = time.perf_counter()
            page.fill(BOXES[engine], query)
            page.wait_for_selector(RESULTS[engine], timeout=600_000)
            if trend:
                page.wait_for_selector(TREND)
            seconds = time.perf_counter() - started
            first = page.evaluate("window.__firstResult") / 1000
            # a divided index goes on to every part's results after the first part's
            page.wait_for_function("!/searching/.test(document.querySelector('[data-ra-meta]')?.textContent || '')"
                                   if engine == "pagefind" else "true", timeout=600_000)
            page.wait_for_timeout(200)  # the last responses
            found = {"search_bytes": search_bytes(served, first), "all_bytes": sum(size for *_, size in served),
                     "first_result_seconds": seconds, "complete_bytes": search_bytes(served),
                     "complete_seconds": time.perf_counter() - started}
            if trend:
                found["year"] = page.evaluate(TALLEST)
                page.wait_for_function(CHOSEN)
                page.wait_for_timeout(200)
                found["year_bytes"] = search_bytes(served)
            browser.close()
    finally:
        server.shutdown()
    return found
