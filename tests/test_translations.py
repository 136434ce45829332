"""Originals and translations (`translation_of`): one account in several languages.

tests/fixtures/translations holds a Chinese original with its English translation
(and the other side's English account of the same call), and an English original
with its Chinese translation; every sentence in it is made up for the tests. The
messages for bad uses are in the bad-file corpus (tests/bad, 2026-03-0*).
"""

from __future__ import annotations

import pytest

from generator.archive.translations import build_versions
from generator.pages.languages import in_language, own_name, text_length
from generator.sources.events import check_events
from tests.conftest import FIXTURES, run_pipeline

ZH_ORIGINAL = "2026-04-10-li-wenbo-ana-ferreira-call"
EN_TRANSLATION = "2026-04-11-li-wenbo-ana-ferreira-call-en"
PT_ACCOUNT = "2026-04-10-ana-ferreira-li-wenbo-call"
EN_ORIGINAL = "2026-05-02-ana-ferreira-li-wenbo-meeting"
ZH_TRANSLATION = "2026-05-02-ana-ferreira-li-wenbo-meeting-zh"
EVENT = "2026-04-10-li-wenbo-ana-ferreira-call"


@pytest.fixture(scope="module")
def result():
    return run_pipeline(FIXTURES / "translations")


def test_the_fixture_is_clean_and_no_pair_is_a_likely_duplicate_or_two_accounts(result):
    assert result.ok and result.issues == []
    assert check_events(list(result.archive.readouts)) == []


def test_versions_group_an_original_with_its_translations_under_each_slug(result):
    versions = result.indexes.versions
    assert versions[ZH_ORIGINAL] is versions[EN_TRANSLATION]
    assert [r.slug for r in versions[ZH_ORIGINAL].all] == [ZH_ORIGINAL, EN_TRANSLATION]
    assert versions[ZH_ORIGINAL].preferred().slug == EN_TRANSLATION
    assert versions[EN_ORIGINAL].preferred().slug == EN_ORIGINAL
    assert PT_ACCOUNT not in versions
    assert build_versions(()) == {}


def test_a_translation_is_its_original_s_account_of_the_event(result):
    event = result.indexes.events[EVENT]
    assert [r.slug for r in event.accounts] == [ZH_ORIGINAL, PT_ACCOUNT]
    by_slug = {r.slug: r for r in result.archive.readouts}
    assert by_slug[EN_TRANSLATION].event == EVENT  # the original's key, given to its translation
    relation = result.indexes.relations["cn-pt"]
    assert [e.key or e.accounts[0].slug for e in relation.events] == [EN_ORIGINAL, EVENT]


def test_each_readout_page_links_to_its_other_versions_at_the_top(result):
    zh = result.pages[f"readouts/2026/{ZH_ORIGINAL}.md"]
    en = result.pages[f"readouts/2026/{EN_TRANSLATION}.md"]
    assert ('<p class="ra-versions" markdown>Original: <strong lang="zh">中文</strong><span class="ra-visually-hidden"> '
            f'(this page)</span> · Translation: [English]({EN_TRANSLATION}.md){{ lang="en" hreflang="en" }}</p>') in zh
    assert (f'Original: [中文]({ZH_ORIGINAL}.md){{ lang="zh" hreflang="zh" }} · Translation: <strong lang="en">English'
            '</strong>') in en
    assert zh.index("ra-versions") < zh.index("ra-meta")
    # the other side's account is listed, not the page's own original
    assert f"]({PT_ACCOUNT}.md)" in en and f"Event\n:   [All 2 accounts" in en
    assert "readouts/2026/2026-04-10-li-wenbo-ana-ferreira-call.md)" not in en.split("Event\n")[1].split("\n")[0]


def test_the_title_and_text_carry_their_language_and_the_site_s_words_stay_english(result):
    zh = result.pages[f"readouts/2026/{ZH_ORIGINAL}.md"]
    assert '# <span lang="zh">李文博同葡萄牙总理费雷拉通电话</span>' in zh
    assert '<div class="ra-body" lang="zh">' in zh
    assert '<p class="ra-said-by" lang="en">' in zh or "ra-said-by" not in zh
    en = result.pages[f"readouts/2026/{EN_TRANSLATION}.md"]
    assert '<div class="ra-body">' in en and "lang=" not in en.split('<div class="ra-body">')[1].split("</div>")[0]


def test_listings_mark_a_title_in_another_language(result):
    topic = result.pages["topics/fisheries.md"]
    assert f'/{ZH_ORIGINAL}/" lang="zh">李文博同葡萄牙总理费雷拉通电话</a>' in topic
    assert f'/{EN_TRANSLATION}/">Li Wenbo speaks' in topic


def test_an_event_page_shows_one_column_per_account_with_its_versions_to_choose_from(result):
    page = result.pages[f"events/{EVENT}.md"]
    assert page.count('<section class="ra-account"') == 2
    china = page.split('<section class="ra-account" aria-label="China">')[1].split("</section>")[0]
    assert china.count('type="radio"') == 2 and china.count('class="ra-version"') == 2
    assert f'id="ra-version-{EN_TRANSLATION}" checked>' in china  # the site's language first shown
    assert '<span lang="zh">中文</span> <span class="ra-version-role">original</span>' in china
    assert "103 characters · Chinese (original)" in china and "83 words · English (translation)" in china
    assert "China (English translation)</th>" in page


def test_language_helpers():
    assert own_name("zh") == "中文" and own_name("ru") == "Русский" and own_name("en") == "English"
    assert own_name("xx") == "xx"
    assert in_language("A & B", "en") == "A &#38; B"
    assert in_language("甲", "zh") == '<span lang="zh">甲</span>'
    assert text_length("中葡两国。", "zh") == "4 characters" and text_length("a b", "en") == "2 words"


def test_the_data_files_carry_language_translation_of_and_translations():
    import csv
    import io
    import json

    import jsonschema

    from generator.outputs.catalog import render_data_files
    from generator.outputs.events import render_event_files
    from tests.conftest import ROOT
    result = run_pipeline(FIXTURES / "translations")
    files = render_data_files(result.archive, "Readout Archive")
    schema = lambda name: json.loads((ROOT / "generator" / "schema" / f"{name}.schema.json").read_text())
    catalog = json.loads(files["catalog.json"])
    jsonschema.validate(catalog, schema("catalog"))
    records = {r["id"]: r for r in catalog["readouts"]}
    assert (records[ZH_ORIGINAL]["language"], records[ZH_ORIGINAL]["translation_of"],
            records[ZH_ORIGINAL]["translations"]) == ("zh", None, [EN_TRANSLATION])
    assert (records[EN_TRANSLATION]["language"], records[EN_TRANSLATION]["translation_of"],
            records[EN_TRANSLATION]["translations"]) == ("en", ZH_ORIGINAL, [])
    assert records[EN_TRANSLATION]["event"] == EVENT
    one = json.loads(files[f"readouts/2026/{ZH_TRANSLATION}/index.json"])
    jsonschema.validate(one, schema("readout-data"))
    assert one["translation_of"] == EN_ORIGINAL and one["language"] == "zh"
    rows = {row["id"]: row for row in csv.DictReader(io.StringIO(files["catalog.csv"].decode("utf-8")))}
    assert rows[EN_ORIGINAL]["translations"] == ZH_TRANSLATION and rows[ZH_TRANSLATION]["translation_of"] == EN_ORIGINAL
    events = render_event_files(result.archive, result.indexes)
    data = json.loads(events[f"events/{EVENT}/index.json"])
    jsonschema.validate(data, schema("events"))
    assert data["accounts"][0]["translations"] == [
        {"readout": EN_TRANSLATION, "language": "en", "url": f"readouts/2026/{EN_TRANSLATION}/"}]


def test_one_account_once_on_a_person_s_statements_and_its_versions_not_among_related(result):
    said = result.pages["people/li-wenbo/statements.md"]
    assert f"/{EN_TRANSLATION}/" in said and f"/{ZH_ORIGINAL}/" not in said  # the English version of that account
    assert f"/{EN_ORIGINAL}/" in said and f"/{ZH_TRANSLATION}/" not in said
    related = result.pages[f"readouts/2026/{ZH_ORIGINAL}.md"].split("## Related readouts")[1].split("ra-sequence")[0]
    assert EN_TRANSLATION not in related and PT_ACCOUNT in related


def test_a_relation_page_marks_a_chinese_account_s_title(result):
    page = result.pages["relations/cn-pt.md"]
    assert f'/{ZH_ORIGINAL}/" lang="zh">李文博同葡萄牙总理费雷拉通电话</a>' in page
