"""Suggestions from a readout's text: what is found, and the reason given."""

from __future__ import annotations

import datetime as dt

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
