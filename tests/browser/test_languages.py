"""Originals and translations in a real browser (tests/fixtures/translations, synthetic sentences):
search finds Chinese text from an English page, the versions link to each other, an event's
account switches language in place, Browse filters by language, axe finds nothing serious,
and the Chinese readout page is photographed for a person to look at (/tmp/shots-zh/, with
Debian's fonts-noto-cjk: make browser installs it).

Like test_events.py, the module's own `server` fixture builds only its fixture, under /site/.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser.conftest import SIZES, open_sized, serve_corpus

ZH = "readouts/2026/2026-04-10-li-wenbo-ana-ferreira-call/"
EN = "readouts/2026/2026-04-11-li-wenbo-ana-ferreira-call-en/"
EVENT = "events/2026-04-10-li-wenbo-ana-ferreira-call/"
ZH_TITLE = "李文博同葡萄牙总理费雷拉通电话"
EN_TITLE = "Li Wenbo speaks with Portuguese Prime Minister Ferreira by phone"
SHOTS = Path("/tmp/shots-zh")
AXE = Axe()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The translations fixture, built and served under /site/."""
    with serve_corpus(tmp_path_factory, "translations") as served:
        yield served


def search(page, query: str) -> list[tuple[str, str | None]]:
    """Type `query` in the header's box; the results' (title, lang), once they are all shown."""
    page.fill("[data-ra-query]", "")
    page.wait_for_function("document.querySelector('[data-ra-meta]').textContent.startsWith('Type')")
    page.fill("[data-ra-query]", query)
    page.wait_for_function("""() => {
      const meta = document.querySelector('[data-ra-meta]').textContent, shown = document.querySelectorAll('[data-ra-results] h1').length;
      if (meta.startsWith('No matching')) return true;
      const found = /^(\\d+) matching/.exec(meta) || (meta === '1 matching readout' ? [0, '1'] : null);
      return found && shown === Math.min(+found[1], 10); }""")
    return [tuple(found) for found in page.evaluate(
        "[...document.querySelectorAll('[data-ra-results] h1')].map(h => [h.textContent, h.lang || null])")]


def test_a_chinese_word_from_an_english_page_finds_the_chinese_readout(open_page, server):
    page = open_page(f"site/{EN}")
    assert page.get_attribute("html", "lang") == "en"
    assert search(page, "半导体") == [(ZH_TITLE, "zh")]  # a word inside a sentence: 扩大半导体和新能源贸易
    assert sorted(search(page, "渔业")) == [("李文博同葡萄牙总理费雷拉通电话", "zh"), ("费雷拉总理在里斯本会见李文博外长", "zh")]
    assert search(page, "亚速尔群岛 气候") == [("费雷拉总理在里斯本会见李文博外长", "zh")]
    excerpt = page.locator("[data-ra-results] p[lang=zh]")  # its excerpt, in its language too
    assert excerpt.count() == 1 and "气候监测站" in excerpt.inner_text()
    assert not re.search(r"[\u3000-\u9fff]\s", excerpt.inner_text()), excerpt.inner_text()  # no gaps between words
    page.locator("[data-ra-results] a").first.click()
    page.wait_for_url(server.url("site/readouts/2026/2026-05-02-ana-ferreira-li-wenbo-meeting-zh/"))
    assert any("/pagefind/" in url for url in page.requests)


def test_english_queries_keep_finding_the_english_readouts(open_page):
    page = open_page("site/")
    assert search(page, "semiconductors") == [(EN_TITLE, None)]
    found = search(page, "discussed fishing")  # stems: discuss- and fish- (fisheries, fishing)
    assert found == [("Prime Minister Ferreira meets Foreign Minister Li in Lisbon", None)]
    assert search(page, "Lisbon") and search(page, "zzyzxq") == []


def test_the_original_and_its_translation_link_to_each_other_at_the_top(open_page, server):
    page = open_page(f"site/{ZH}")
    versions = page.locator(".ra-versions")
    text = lambda: " ".join(page.locator(".ra-versions").text_content().split())
    assert text() == "Original: 中文 (this page) · Translation: English"
    assert page.locator(".md-content h1 span[lang=zh]").inner_text() == ZH_TITLE
    assert page.get_attribute(".ra-body", "lang") == "zh"
    assert page.get_attribute("article", "lang") is None and page.get_attribute("html", "lang") == "en"
    assert page.locator(".ra-meta").evaluate("m => m.closest('[lang]').lang") == "en"  # the site's own words
    link = versions.locator("a")
    assert (link.get_attribute("lang"), link.get_attribute("hreflang")) == ("en", "en")
    link.click()
    page.wait_for_url(server.url(f"site/{EN}"))
    assert text() == "Original: 中文 · Translation: English (this page)"
    back = page.locator(".ra-versions a")
    assert back.get_attribute("lang") == "zh" and back.inner_text() == "中文"
    back.click()
    page.wait_for_url(server.url(f"site/{ZH}"))


def test_an_event_s_account_switches_its_language_in_place_from_the_keyboard(open_page):
    page = open_page(f"site/{EVENT}")
    china = page.locator(".ra-account[aria-label='China']")
    visible = lambda: china.locator(".ra-version:visible .ra-account-title").all_inner_texts()
    assert visible() == [EN_TITLE]  # the site's language first
    assert page.locator(".ra-account").count() == 2  # one column per account, not per version
    china.locator("input:checked").focus()
    page.keyboard.press("ArrowLeft")
    assert visible() == [ZH_TITLE]
    assert china.locator("input:checked + label").inner_text() == "中文 original"
    page.keyboard.press("ArrowRight")
    assert visible() == [EN_TITLE]
    assert page.locator(".ra-account[aria-label='Portugal'] .ra-version-choices").count() == 0


def test_browse_filters_by_language(open_page):
    page = open_page("site/browse/?language=zh")
    page.wait_for_selector("#ra-browse[data-ready]")
    titles = page.locator(".ra-results tbody a")
    assert sorted(titles.all_inner_texts()) == [ZH_TITLE, "费雷拉总理在里斯本会见李文博外长"]
    assert {titles.nth(i).get_attribute("lang") for i in range(2)} == {"zh"}
    legend = page.locator("fieldset.ra-facet", has=page.locator("legend", has_text="Language"))
    assert legend.locator("label").all_inner_texts() == ["English (3)", "Chinese (2)"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", [ZH, EN, EVENT, "browse/?language=zh"])
def test_no_serious_or_critical_violation(open_page, path, scheme):
    page = open_page(f"site/{path}", scheme)
    if "browse" in path:
        page.wait_for_selector("#ra-browse[data-ready]")
    serious = [v for v in AXE.run(page).response["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == [], "\n".join(f"{v['id']}: {v['help']}: {v['nodes'][0]['html'][:160]}" for v in serious)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", ["laptop", "phone"])
def test_the_chinese_readout_page_is_photographed_and_fits(open_page, size, scheme):
    page = open_sized(open_page, f"site/{ZH}", scheme, size)
    widths = page.evaluate("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], f"the page scrolls sideways: {widths}"
    # the Chinese text is drawn in a font that has it, not as boxes: make browser installs one
    assert subprocess.run(["fc-list", ":lang=zh"], capture_output=True, text=True).stdout.strip(), \
        "no font for Chinese: apt-get install fonts-noto-cjk (make browser)"
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"readout-{SIZES[size]['width']}-{scheme}.png"), full_page=True)
