"""Moving around the built site by its links, under a sub-path, in a real browser."""

from __future__ import annotations

SEED = "readouts/2026/2026-02-05-xi-jinping-donald-trump-phone-call/"
TITLE = "Xi Jinping and Donald Trump speak by phone on China–US relations and Taiwan"


def test_topic_link_on_a_readout_leads_to_the_topic_listing_it(open_page, server):
    page = open_page("archive/" + SEED)
    page.locator(".ra-meta a", has_text="Taiwan").click()
    page.wait_for_url(server.url("archive/topics/taiwan/"))
    assert page.title() == "Taiwan · Readout Archive"
    assert page.locator(".ra-span").inner_text() == "1 readout, 5 February 2026"
    listed = page.locator("table a", has_text=TITLE)
    assert listed.count() == 1
    listed.click()
    page.wait_for_url(server.url("archive/" + SEED))


def test_date_index_timeline_and_year_page_lead_to_the_readout(open_page, server):
    page = open_page("archive/dates/")
    bar = page.locator(".ra-timeline a[aria-label='2026: 1 readout']")
    bar.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(server.url("archive/dates/2026/"))
    page.locator("table a", has_text=TITLE).click()
    page.wait_for_url(server.url("archive/" + SEED))


def test_month_bar_jumps_to_its_heading_on_the_year_page(open_page, server):
    page = open_page("sample/dates/2025/")
    labels = page.locator(".ra-timeline a").evaluate_all("links => links.map(a => a.getAttribute('aria-label'))")
    assert labels[:3] == ["January 2025: 2 readouts", "February 2025: 1 readout", "March 2025: 2 readouts"]
    page.locator(".ra-timeline a[aria-label='March 2025: 2 readouts']").click()
    page.wait_for_url(server.url("sample/dates/2025/#march-2025"))
    heading = page.locator("h2#march-2025")
    assert heading.is_visible()
    rows = page.locator("xpath=//h2[@id='march-2025']/following-sibling::*[1]//tbody/tr")
    assert rows.count() == 2


def test_person_page_shows_roles_over_time(open_page):
    page = open_page("sample/people/jonas-berg/")
    roles = page.locator(".ra-roles dd").inner_text().splitlines()
    assert roles == ["Prime Minister of Norway (1 July 2025 to present)",
                     "Foreign Minister of Norway (14 October 2021 to 30 June 2025)"]


def test_the_palette_a_reader_chooses_holds_on_the_next_page_from_its_first_paint(open_page, server):
    """The palette script (assets/javascripts/archive-palette.js, Material's own, as a file) sets
    the chosen palette on the next page before the page below the header is parsed, not when
    Material's bundle runs at the end of the page (a flash of the other palette)."""
    page = open_page("archive/" + SEED)
    assert page.locator("body").get_attribute("data-md-color-scheme") == "default"
    page.locator("label[for='__palette_1']").click()
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    page.add_init_script("""new MutationObserver(function (records, observer) {
      if (document.querySelector(".md-container")) {
        window.schemeBelowHeader = document.body.getAttribute("data-md-color-scheme");
        observer.disconnect();
      }
    }).observe(document, {childList: true, subtree: true});""")
    page.locator(".ra-meta a", has_text="Taiwan").click()
    page.wait_for_url(server.url("archive/topics/taiwan/"))
    assert page.evaluate("window.schemeBelowHeader") == "slate"
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
