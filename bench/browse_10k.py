"""How fast the Browse page is with 10,000 readouts: python bench/browse_10k.py

Builds tests/fixtures/basic with MkDocs, swaps in a Browse catalog of 10,000
synthetic readouts (tests/browser/corpus.py), serves it on 127.0.0.1 and times,
in /usr/bin/chromium, the load and a few filter changes. Prints milliseconds.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from browser.conftest import CHROMIUM, CHROMIUM_ARGS, Server, big_catalog  # noqa: E402
from conftest import CONTENT, FIXTURES, mkdocs_build  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

CLICK = """selector => { const t = performance.now(); document.querySelector(selector).click();
  return performance.now() - t; }"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root, content = Path(tmp) / "served", Path(tmp) / "content"
        shutil.copytree(FIXTURES / "basic", content)
        shutil.copytree(CONTENT / "assets", content / "assets")
        server = Server(root)
        mkdocs_build(content, root / "big", site_url=server.url("big/"))
        catalog = big_catalog()
        (root / "big/assets/browse.json").write_text(catalog, encoding="utf-8")
        server.thread.start()
        print(f"catalog: {len(catalog.encode()) / 1e6:.2f} MB")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(server.url("big/browse/"))
            page.wait_for_selector("#ra-browse[data-ready]")
            ready = page.evaluate("performance.now()")
            print(f"page ready (navigation start to first page of results): {ready:.0f} ms")
            for selector in ("input[name=topic][value=energy]", "input[name=person][value=ravi-menon]",
                             "input[name=topic][value=energy]", "button.ra-more"):
                print(f"click {selector}: {page.evaluate(CLICK, selector):.1f} ms")
            page.fill("#ra-q", "otieno")
            print(f"typing filter: {page.evaluate(CLICK, 'button.ra-more'):.1f} ms (toggle after typing)")
            browser.close()
        server.httpd.shutdown()


if __name__ == "__main__":
    main()
