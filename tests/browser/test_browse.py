"""The Browse page's filters, checked against the pipeline's own indexes of the sample corpus."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from playwright.sync_api import expect

from browser.conftest import BIG_SIZE
from browser.corpus import synthetic_readouts


def open_browse(open_page, path: str = "sample/browse/"):
    page = open_page(path)
    page.wait_for_selector("#ra-browse[data-ready]")
    return page


def has_status(page, text: str) -> None:
    """The status line reads `text` (waiting for the page to catch up, as after the back button)."""
    expect(page.locator(".ra-status")).to_have_text(text)


def has_query(page, query: str) -> None:
    """The address's query string is `query` (without '?')."""
    expect(page).to_have_url(re.compile(re.escape(urlsplit(page.url)._replace(query=query, fragment="").geturl()) + "$"))


def counted(total: int) -> str:
    """The status line for `total` results, on the first page."""
    return f"Readouts 1–50 of {total:,}" if total > 50 else f"{total} readout{'' if total == 1 else 's'}"


def label_of(page, facet: str, key: str) -> str:
    box = page.locator(f"input[name={facet}][value='{key}']")
    return page.locator(f"label[for='{box.get_attribute('id')}']").inner_text()


def titles(page) -> list[str]:
    return page.locator("table.ra-results tbody tr td:nth-child(2)").all_inner_texts()


def test_everything_listed_newest_first_a_page_at_a_time(open_page, sample_result):
    page = open_browse(open_page)
    newest = sorted(sample_result.archive.readouts, key=lambda r: r.sort_key, reverse=True)
    total = len(newest)
    has_status(page, f"Readouts 1–50 of {total}")
    assert titles(page) == [r.title for r in newest[:50]]
    assert page.locator(".ra-browse-plain").is_hidden()
    page.get_by_role("button", name="Older →").click()
    has_status(page, f"Readouts 51–100 of {total}")
    has_query(page, "page=2")
    assert titles(page)[0] == newest[50].title
    page.go_back()
    has_status(page, f"Readouts 1–50 of {total}")


def test_facets_narrow_the_list_and_count_what_each_value_would_leave(open_page, sample_result):
    indexes = sample_result.indexes
    climate = indexes.by_topic["climate"]
    page = open_browse(open_page)
    assert label_of(page, "topic", "climate") == f"Climate ({len(climate)})"
    page.locator("input[name=topic][value=climate]").check()
    has_status(page, counted(len(climate)))
    has_query(page, "topic=climate")
    with_climate = Counter(t for r in climate for t in r.topics)
    assert label_of(page, "topic", "trade") == f"Trade ({with_climate['trade']})"
    kinds = Counter(r.kind for r in climate)
    options = page.locator("#ra-kind option").all_inner_texts()
    assert f"Phone call ({kinds['call']})" in options and options[0] == f"Any kind ({len(climate)})"
    page.select_option("#ra-kind", label=f"Phone call ({kinds['call']})")
    calls = [r for r in climate if r.kind == "call"]
    has_status(page, counted(len(calls)))
    since = [r for r in calls if r.year >= 2022]
    page.select_option("#ra-from", label=f"2022 ({len(since)})")
    has_status(page, counted(len(since)))
    has_query(page, "topic=climate&kind=call&from=2022")
    assert titles(page) == [r.title for r in sorted(since, key=lambda r: r.sort_key, reverse=True)]


def test_the_address_round_trips_through_reload_and_the_back_button(open_page, sample_result):
    otieno = [r for r in sample_result.archive.readouts if "Otieno" in r.title and "energy" in r.topics]
    page = open_browse(open_page, "sample/browse/?topic=energy")
    page.fill("#ra-q", "otieno")
    has_query(page, "q=otieno&topic=energy")
    has_status(page, counted(len(otieno)))
    page.locator("input[name=person][value=amani-otieno]").check()
    has_query(page, "q=otieno&topic=energy&person=amani-otieno")
    page.reload()
    page.wait_for_selector("#ra-browse[data-ready]")
    assert page.input_value("#ra-q") == "otieno"
    assert page.locator("input[name=person][value=amani-otieno]").is_checked()
    has_status(page, counted(len(otieno)))
    page.go_back()
    has_query(page, "q=otieno&topic=energy")
    assert not page.locator("input[name=person][value=amani-otieno]").is_checked()
    page.go_back()
    has_query(page, "topic=energy")
    assert page.input_value("#ra-q") == ""
    has_status(page, counted(len(sample_result.indexes.by_topic['energy'])))
    page.go_forward()
    assert page.locator("input[name=person][value=amani-otieno]").is_checked() is False
    assert page.input_value("#ra-q") == "otieno"


def test_filters_work_from_the_keyboard_alone(open_page, sample_result):
    page = open_browse(open_page)
    page.focus("#ra-q")
    page.keyboard.type("mori")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "ra-kind"
    security = page.locator("input[name=topic][value=security]")
    security.focus()
    page.keyboard.press("Space")
    assert security.is_checked()
    has_status(page, "1 readout")
    assert titles(page) == ["Berg and Mori meet on Arctic security"]
    page.get_by_role("button", name="Clear all filters").press("Enter")
    has_query(page, "")
    has_status(page, f"Readouts 1–50 of {len(sample_result.archive.readouts)}")


def test_unknown_values_in_the_address_are_ignored(open_page, sample_result):
    calls = len(sample_result.indexes.by_kind["call"])
    page = open_browse(open_page, "sample/browse/?topic=no-such-topic&kind=call&from=1066&page=999")
    assert page.locator("#ra-kind").input_value() == "0"
    assert page.locator("#ra-from").input_value() == ""
    assert page.locator("input[name=topic]:checked").count() == 0
    has_status(page, counted(calls))


def test_ten_thousand_readouts(open_page):
    readouts = synthetic_readouts(BIG_SIZE)
    energy = [r for r in readouts if "energy" in r.topics]
    page = open_browse(open_page, "big/browse/")
    has_status(page, "Readouts 1–50 of 10,000")
    assert page.locator("table.ra-results tbody tr").count() == 50
    page.locator("input[name=topic][value=energy]").check()
    has_status(page, f"Readouts 1–50 of {len(energy):,}")
    assert page.locator(".ra-where").inner_text() == f"Page 1 of {-(-len(energy) // 50)}"


def test_without_javascript_the_page_offers_the_plain_lists(browser, server):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server.url("sample/browse/"))
        assert page.locator("#ra-browse").is_hidden()
        plain = page.locator(".ra-browse-plain a")
        assert plain.all_inner_texts() == ["by date", "by topic", "by person", "by country"]
        plain.first.click()
        page.wait_for_url(server.url("sample/dates/"))
        assert page.locator(".ra-timeline a").count() == 8  # 2019 to 2026, each year with readouts
    finally:
        context.close()


PT_PMO = "Office of the Prime Minister of Portugal"
NO_MFA = "Ministry of Foreign Affairs of Norway"


def test_choosing_an_issuer_shows_only_its_readouts_and_the_address_keeps_it(open_page, sample_result):
    unrecorded = [r for r in sample_result.archive.readouts if not r.issuer]
    page = open_browse(open_page)
    assert page.get_by_role("group", name="Published by").is_visible()
    assert label_of(page, "issuer", "pt-pmo") == f"{PT_PMO} (1)"
    assert label_of(page, "issuer", "not-recorded") == f"Not recorded ({len(unrecorded)})"
    assert label_of(page, "side", "NO") == "Norway (1)"
    assert label_of(page, "side", "not-recorded") == f"Not recorded ({len(unrecorded)})"
    page.locator("input[name=issuer][value=pt-pmo]").check()
    has_query(page, "issuer=pt-pmo")
    has_status(page, "1 readout")
    assert titles(page) == ["Mori visits Lisbon"]
    # another issuer counts the readouts choosing it would add; a side, those it would leave
    assert label_of(page, "issuer", "no-mfa") == f"{NO_MFA} (1)"
    assert label_of(page, "side", "PT") == "Portugal (1)"
    assert page.locator("input[name=side][value=NO]").is_hidden()
    page.locator("input[name=issuer][value=no-mfa]").check()
    has_query(page, "issuer=pt-pmo&issuer=no-mfa")
    has_status(page, "2 readouts")
    assert titles(page) == ["Berg and Mori meet on Arctic security", "Mori visits Lisbon"]
    page.reload()
    page.wait_for_selector("#ra-browse[data-ready]")
    assert page.locator("input[name=issuer]:checked").count() == 2
    has_status(page, "2 readouts")
    page.go_back()
    has_query(page, "issuer=pt-pmo")
    has_status(page, "1 readout")
    assert not page.locator("input[name=issuer][value=no-mfa]").is_checked()


def test_a_side_and_not_recorded_from_the_address_and_the_keyboard(open_page, sample_result):
    climate = sample_result.indexes.by_topic["climate"]
    unrecorded = [r for r in climate if not r.issuer]
    page = open_browse(open_page, "sample/browse/?topic=climate&side=not-recorded")
    assert page.locator("input[name=side][value=not-recorded]").is_checked()
    has_status(page, counted(len(unrecorded)))
    assert label_of(page, "side", "NO") == "Norway (1)"  # what choosing it would add
    norway = page.locator("input[name=side][value=NO]")
    norway.focus()
    page.keyboard.press("Space")
    has_query(page, "topic=climate&side=not-recorded&side=NO")
    has_status(page, counted(len(unrecorded) + 1))
    page.locator("input[name=side][value=not-recorded]").focus()
    page.keyboard.press("Space")
    has_query(page, "topic=climate&side=NO")
    has_status(page, "1 readout")
    assert titles(page) == ["Berg and Mori meet on Arctic security"]
    assert label_of(page, "issuer", "no-mfa") == f"{NO_MFA} (1)"
    assert label_of(page, "issuer", "not-recorded") == "Not recorded (0)"
    assert page.locator("input[name=issuer][value=not-recorded]").is_hidden()


def test_an_archive_whose_readouts_name_no_issuer_offers_no_issuer_filters(open_page):
    page = open_browse(open_page, "big/browse/?issuer=not-recorded")
    has_status(page, "Readouts 1–50 of 10,000")
    assert page.locator("input[name=issuer], input[name=side]").count() == 0
