"""Suggestions from a readout's text: what is found, and the reason given."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import CONTENT, FIXTURES
from generator.cli.detect import Finding, detect_readout
from generator.sources.loader import read_sources
from generator.pipeline import load_vocabulary


def vocabulary(folder):
    vocab, issues = load_vocabulary(read_sources(folder, []))
    assert issues == []
    return vocab


def test_the_seed():
    text = (FIXTURES / "texts" / "seed-xi-trump-call.txt").read_text()
    found = detect_readout(text, vocabulary(CONTENT))
    assert found.date == dt.date(2026, 2, 5)
    assert found.kind == "call"
    assert found.participants == ("xi-jinping", "donald-trump")
    assert found.countries == ("CN", "US")
    assert {"taiwan", "china-us-relations", "apec", "g20", "sovereignty"} <= set(found.topics)
    assert found.body.startswith("Chinese President Xi Jinping said on Wednesday")
    assert Finding("date", "2026-02-05", "the first line states 'date 2026-02-05'") in found.findings
    assert Finding("participant", "xi-jinping", "'Chinese President Xi Jinping' on line 1, 7 mention(s)") in found.findings
    assert Finding("topic", "taiwan", "'Taiwan question' on line 17, 5 mention(s)") in found.findings
    assert Finding("country", "CN", "the country of xi-jinping") in found.findings


def test_aliases_labels_and_words_not_inside_other_words(basic):
    text = ("Lisbon, 4 March 2026. Prime Minister Ferreira held talks in Lisbon with Kenji Mori.\n"
            "They discussed climate change and defence.\nNo word on tradesmen or Bergen.\n")
    found = detect_readout(text, vocabulary(basic))
    assert found.date == dt.date(2026, 3, 4)
    assert Finding("date", "2026-03-04", "'4 March 2026' on line 1, the first date in the text") in found.findings
    assert found.kind == "talks"
    assert found.participants == ("ana-ferreira", "kenji-mori")
    assert found.countries == ("PT", "JP")
    assert found.topics == ("climate", "security")
    assert found.body == text


def test_nothing_found(basic):
    found = detect_readout("A short note.", vocabulary(basic))
    assert (found.date, found.kind, found.participants, found.topics, found.findings) == (None, None, (), (), ())
    assert found.body == "A short note.\n"


def test_other_countries_are_reported_not_added(basic):
    found = detect_readout("Ana Ferreira spoke about Brazil and Portugal.", vocabulary(basic))
    assert found.countries == ("PT",)
    assert Finding("mentioned", "BR", "'Brazil' on line 1 names Brazil; not added") in found.findings


def test_a_chinese_text_by_the_vocabularies_chinese_aliases():
    text = (FIXTURES / "texts" / "zh-synthetic-call.txt").read_text()
    found = detect_readout(text, vocabulary(CONTENT))
    assert (found.date, found.kind, found.language) == (dt.date(2025, 11, 10), "call", "zh")
    assert found.participants == ("xi-jinping", "donald-trump") and found.countries == ("CN", "US")
    assert found.topics == ("china-us-relations", "trade", "taiwan", "g20")
    assert Finding("date", "2025-11-10", "'2025年11月10日' on line 1, the first date in the text") in found.findings
    assert Finding("kind", "call", "'通电话' on line 1") in found.findings
    # names found inside runs of characters; a name and the title before it are one mention
    assert Finding("participant", "xi-jinping", "'国家主席习近平' on line 1, 4 mention(s)") in found.findings
    assert Finding("topic", "taiwan", "'台湾问题' on line 5") in found.findings
    assert Finding("language", "zh", "147 of the text's 147 letters are Chinese characters") in found.findings


@pytest.mark.parametrize("words, kind", [
    ("习近平同特朗普通电话。", "call"), ("习近平同特朗普举行视频通话。", "video-call"),
    ("习近平在北京会见特朗普。", "meeting"), ("习近平同特朗普举行会谈。", "talks"),
    ("两国元首发表联合声明。", "joint-statement"), ("特朗普对中国进行国事访问。", "visit"),
])
def test_the_kind_from_chinese_words(words, kind):
    assert detect_readout(words, vocabulary(CONTENT)).kind == kind


def test_a_chinese_date_without_its_year_takes_the_year_of_the_texts_full_date():
    found = detect_readout("2月4日晚，习近平同特朗普通电话。\n（2026年2月5日发布）", vocabulary(CONTENT))
    assert found.date == dt.date(2026, 2, 4)
    assert Finding("date", "2026-02-04", "'2月4日' on line 1 (in the year of '2026年2月5日'), the first date in the text") \
        in found.findings
    assert detect_readout("2月4日晚，习近平同特朗普通电话。", vocabulary(CONTENT)).date is None  # no year anywhere
    assert detect_readout("2026年2月30日", vocabulary(CONTENT)).date is None  # no such day
    assert detect_readout("Xi Jinping spoke by phone.", vocabulary(CONTENT)).language == ""  # English: the default
