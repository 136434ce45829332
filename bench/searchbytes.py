"""Bytes a reader downloads before the first search result, measured in Chromium.

The site is served under /archive/; the page is opened, the query typed into
the header's search box, and every response is counted until the first result
shows. Search bytes are the responses of the search machinery: Pagefind's
bundle, or Material's worker and search_index.json.
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


class SubPathHandler(http.server.SimpleHTTPRequestHandler):
    def translate_path(self, path):
        return super().translate_path("/" + path[len(MOUNT):] if path.startswith(MOUNT) else "/__missing__")

    def log_message(self, *args):
        pass


def measure_search(site: str, query: str, engine: str) -> dict:
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
            seconds = time.perf_counter() - started
            page.wait_for_timeout(100)  # let the last finished responses be reported
            browser.close()
    finally:
        server.shutdown()
    search = sum(size for u, size in sizes.items() if any(part in u for part in SEARCH_PARTS))
    return {"search_bytes": search, "all_bytes": sum(sizes.values()), "first_result_seconds": seconds}
