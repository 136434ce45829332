import re
from datetime import date, timedelta

from tests.conftest import run_pipeline, write_readout

HOSTILE = """---
title: "[click](javascript:alert(1)) <script>alert(2)</script> *bold* | pipe"
date: 2026-03-01
kind: call
participants: [ana-ferreira]
topics: [trade]
issuer: img-issuer
---

Text.
"""


def test_every_page_is_rendered_at_its_published_path(basic):
    pages = run_pipeline(basic).pages
    assert sorted(pages) == [
        "browse.md", "countries/index.md", "countries/jp.md", "countries/no.md", "countries/pt.md",
        "dates/2025.md", "dates/2026.md", "dates/index.md", "events/index.md", "index.md",
        "people/ana-ferreira.md", "people/ana-ferreira/statements.md", "people/index.md", "people/jonas-berg.md",
        "people/jonas-berg/statements.md", "people/kenji-mori.md", "people/kenji-mori/statements.md",
        "readouts/2025/2025-03-10-ferreira-berg-call.md", "readouts/2025/2025-11-20-mori-visit-lisbon.md",
        "readouts/2026/2026-01-16-berg-mori-meeting.md", "readouts/2026/2026-02-05-ferreira-mori-call.md",
        "relations/index.md", "relations/jp-no.md", "relations/jp-pt.md", "relations/no-pt.md",
        "topics/climate.md", "topics/index.md", "topics/security.md", "topics/trade.md",
    ]


def test_readout_page_shows_roles_held_on_its_date(basic):
    pages = run_pipeline(basic).pages
    early = pages["readouts/2025/2025-03-10-ferreira-berg-call.md"]
    late = pages["readouts/2026/2026-01-16-berg-mori-meeting.md"]
    assert "[Jonas Berg](../../people/jonas-berg.md), Foreign Minister of Norway" in early
    assert "[Jonas Berg](../../people/jonas-berg.md), Prime Minister of Norway" in late
    assert "16 January 2026; the meeting took place on 15 January 2026" in late


def test_readout_page_links_topics_countries_neighbours_and_year(basic):
    page = run_pipeline(basic).pages["readouts/2025/2025-11-20-mori-visit-lisbon.md"]
    assert "[Trade](../../topics/trade.md)" in page
    assert "[Climate](../../topics/climate.md)" in page
    assert "(../../countries/jp.md)" in page and "(../../countries/pt.md)" in page
    assert "[← Previous: 2025-03-10 · Ferreira and Berg discuss fisheries trade](2025-03-10-ferreira-berg-call.md)" in page
    assert "(../2026/2026-01-16-berg-mori-meeting.md){ .ra-next }" in page
    assert "[Prime Minister receives Kenji Mori](https://example.org/readouts/mori-lisbon), Office of the Prime Minister (retrieved 21 November 2025)" in page
    assert "## Related readouts" in page
    assert page.rstrip().endswith("See all readouts of [2025](../../dates/2025.md).\n\n</div>".rstrip())


def test_body_is_kept_word_for_word(basic):
    page = run_pipeline(basic).pages["readouts/2026/2026-01-16-berg-mori-meeting.md"]
    assert "<p>The leaders met in Tromsø and discussed Arctic shipping lanes, melting sea ice and the security of undersea cables.</p>" in page


def test_metadata_never_becomes_markup_or_a_link(basic):
    write_readout(basic, "readouts/2026/2026-03-01-hostile.md", HOSTILE)
    with (basic / "issuers.yml").open("a") as issuers:
        issuers.write("- key: img-issuer\n  name: '<img src=x onerror=alert(3)>'\n  country: PT\n")
    pages = run_pipeline(basic).pages
    for uri, text in pages.items():
        text = re.sub(r'<pre class="ra-cite"><code>.*?</code></pre>', "", text, flags=re.S)  # shown as typed, escaped
        assert "<script" not in text, uri
        assert "](javascript" not in text, uri
        assert "<img" not in text, uri
    page = pages["readouts/2026/2026-03-01-hostile.md"]
    assert "# &#91;click&#93;&#40;javascript:alert&#40;1&#41;&#41; &#60;script&#62;" in page
    assert "&#124; pipe" in page


def test_term_and_year_pages_group_newest_first(basic):
    pages = run_pipeline(basic).pages
    topic = pages["topics/climate.md"]
    assert topic.index("## 2026") < topic.index("## 2025")
    assert "3 readouts, 20 November 2025 to 5 February 2026" in topic
    year = pages["dates/2025.md"]
    assert year.index("## March 2025") < year.index("## November 2025")
    person = pages["people/jonas-berg.md"]
    assert "Prime Minister of Norway (1 July 2025 to present)<br>Foreign Minister of Norway (14 October 2021 to 30 June 2025)" in person


def test_long_listings_are_paginated(basic):
    pages = run_pipeline(basic, page_size=2).pages
    assert "topics/trade.md" in pages and "topics/trade/page-2.md" not in pages
    first, second = pages["people/ana-ferreira.md"], pages["people/ana-ferreira/page-2.md"]
    assert "Page 1 of 2:" in first and "[2](ana-ferreira/page-2.md)" in first
    assert "[1](../ana-ferreira.md)" in second
    assert len(re.findall(r"^<tr><td", first, re.M)) == 2
    assert len(re.findall(r"^<tr><td", second, re.M)) == 1


def test_index_pages_count_and_span(basic):
    pages = run_pipeline(basic).pages
    assert "| [Climate](climate.md) | 3 | 2025-11-20 | 2026-02-05 | Climate change and energy. |" in pages["topics/index.md"]
    assert "| [2025](2025.md) | 2 |" in pages["dates/index.md"]
    home = pages["index.md"]
    assert "- **4** readouts" in home and "- **2025–2026** years covered" in home


def test_the_home_page_counts_with_thousands_separated(basic):
    for number in range(996):  # 1,000 readouts with the fixture's four
        day = date(2020, 1, 1) + timedelta(days=number)
        write_readout(basic, f"readouts/{day.year}/{day.isoformat()}-call-{number}.md",
                      f"---\ntitle: Call {number}\ndate: {day.isoformat()}\nkind: call\n"
                      "participants: [ana-ferreira, jonas-berg]\ntopics: [trade]\n---\n\nThey spoke.\n")
    home = run_pipeline(basic).pages["index.md"]
    assert "- **1,000** readouts" in home
