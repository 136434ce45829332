"""The synthetic corpus, and a few hundred synthetic readouts built end to end."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

from conftest import CONTENT, ROOT, mkdocs_build
from generator.cli.synth import synth_corpus
from generator.pipeline import check_sources
from generator.sources.events import propose_event_key
from generator.sources.loader import SourceFile, Sources

REPORTED = re.compile(r", (he|she) (added|said|stressed|noted)\.")  # "..., she said.": the reported-speech style
SHORT = "The leaders discussed "  # the short style's first paragraph
REPORTED_ZH = re.compile(r"[他她](还表示|还说|强调|指出)，|，[^，。]+说。")  # "她还表示，……", "……，瓦尔加说。"
SHORT_ZH = re.compile(r"^[^\n]*(两|三)国领导人讨论了")


def test_the_corpus_is_deterministic_and_shaped_like_the_archive():
    files = synth_corpus(60, seed=3)
    assert files == synth_corpus(60, seed=3)
    assert files != synth_corpus(60, seed=4)
    assert {"participants.yml", "topics.yml", "issuers.yml"} <= set(files)
    readouts = [text for path, text in files.items() if path.startswith("readouts/")]
    assert len(readouts) == 60
    years = {int(path.split("/")[1]) for path in files if path.startswith("readouts/")}
    assert min(years) >= 1996 and max(years) <= 2025 and len(years) > 15
    words = [len(text.split("---\n", 2)[2].split()) for text in readouts if "\nlanguage: zh\n" not in text]
    assert min(words) >= 300 and max(words) <= 700
    characters = [len(text.split("---\n", 2)[2]) for text in readouts if "\nlanguage: zh\n" in text]
    assert characters and min(characters) >= 600 and max(characters) <= 1400  # about two a word
    for count in (1, 2, 3, 5, 8):
        assert sum(path.startswith("readouts/") for path in synth_corpus(count, seed=2)) == count


def check_corpus(files: dict[str, str]):
    """The pipeline's check on the corpus, in memory: (archive, issues)."""
    def source(rel: str) -> SourceFile:
        return SourceFile(rel, rel, files[rel].encode("utf-8"))

    readouts = tuple(source(rel) for rel in sorted(files) if rel.startswith("readouts/"))
    return check_sources(Sources(source("topics.yml"), source("participants.yml"), readouts,
                                 issuers=source("issuers.yml")))


def test_events_are_told_by_each_side_and_the_corpus_checks_with_no_warning():
    files = synth_corpus(400, seed=5)
    assert files == synth_corpus(400, seed=5)
    archive, issues = check_corpus(files)
    assert issues == []
    readouts = archive.readouts
    assert len(readouts) == 400 and all(r.issuer for r in readouts)
    issuers = archive.vocabulary.issuers
    assert all(i.key.startswith(i.country.lower() + "-") for i in issuers.values())
    events = defaultdict(list)
    for readout in readouts:
        if readout.event and not readout.translation_of:  # a translation is its original's account, not another
            events[readout.event].append(readout)
    sizes = Counter(len(accounts) for accounts in events.values())
    assert sizes[3] >= 1 and sizes[2] >= 40 and set(sizes) <= {1, 2, 3}
    assert sizes[1] >= 20 and any(not r.event for r in readouts)  # single accounts, with their own key or none
    told = sum(len(accounts) for accounts in events.values() if len(accounts) > 1)
    assert 0.4 <= told / len(readouts) <= 0.6
    for key, accounts in events.items():
        assert any(key == propose_event_key(r.event_day, r.participants, r.kind) for r in accounts)
        assert len({r.event_day for r in accounts}) == 1 and len({frozenset(r.participants) for r in accounts}) == 1
        if len(accounts) == 1:
            continue
        sides = [issuers[r.issuer].country for r in accounts]
        assert len(set(sides)) == len(accounts)  # a different issuer, from each side's country
        assert all(side in r.countries for side, r in zip(sides, accounts))
        assert all(issuers[r.issuer].country == archive.vocabulary.participants[r.participants[0]].country
                   for r in accounts)  # each account names its own leader first
        topics = [set(r.topics) for r in accounts]
        assert set.intersection(*topics)  # shared topics ...
        assert all(mine - set.union(*(t for t in topics if t is not mine)) for mine in topics)  # ... and its own
    assert any(r.event_date and r.event_date < r.date for r in readouts)  # accounts published the next day


def test_accounts_come_in_two_styles_naming_who_speaks():
    archive, _ = check_corpus(synth_corpus(300, seed=6))
    people = archive.vocabulary.participants
    styles = Counter()
    for readout in archive.readouts:
        leader, *others = (people[key] for key in readout.participants)
        if readout.language == "zh":  # the same styles in Chinese, names in characters (the first alias)
            reported, short = bool(REPORTED_ZH.search(readout.body)), bool(SHORT_ZH.search(readout.body))
            assert reported != short, readout.path
            styles["zh"] += 1
            assert leader.aliases[0] in readout.body.split("\n", 1)[0]
            continue
        reported, short = bool(REPORTED.search(readout.body)), SHORT in readout.body
        assert reported != short, readout.path
        styles["reported" if reported else "short"] += 1
        assert leader.name in readout.body.split("\n", 1)[0]  # named in full at first
        if reported and readout.event and len(others) == 1:  # its own side speaks most
            mentions = [len(re.findall(rf"\b{p.name.split()[-1]}\b", readout.body)) for p in (leader, others[0])]
            styles["own leader first"] += mentions[0] > mentions[1]
    assert styles["reported"] >= 60 and styles["short"] >= 60 and styles["zh"] >= 15
    assert styles["own leader first"] >= 20


def test_a_tenth_is_chinese_some_translating_an_english_account_of_the_same_issuer(monkeypatch):
    files = synth_corpus(1000, seed=7)
    archive, issues = check_corpus(files)
    assert issues == []
    chinese = [r for r in archive.readouts if r.language == "zh"]
    assert 0.08 <= len(chinese) / len(archive.readouts) <= 0.12
    by_slug = {r.slug: r for r in archive.readouts}
    translations = [r for r in chinese if r.translation_of]
    assert 0.3 <= len(translations) / len(chinese) <= 0.6
    for readout in translations:
        original = by_slug[readout.translation_of]
        assert (original.language, original.issuer, original.date) == ("en", readout.issuer, readout.date)
        assert original.participants == readout.participants and readout.event == original.event  # the original's
        assert "\nevent:" not in files[readout.path]  # ... left to it in the file
    people = archive.vocabulary.participants
    assert all(len(p.aliases) == 2 and not p.aliases[0].isascii() for p in people.values())  # 安娜·瓦尔加, 瓦尔加
    assert all(len(t.aliases) == 1 and not t.aliases[0].isascii() for t in archive.vocabulary.topics.values())
    # the English accounts are those of a corpus without Chinese: drawn from the same random numbers
    monkeypatch.setattr("generator.cli.synth.corpus.ZH_ORIGINALS", 0)
    monkeypatch.setattr("generator.cli.synth.corpus.ZH_TRANSLATIONS", 0)
    plain = [(path, text) for path, text in synth_corpus(1000, seed=7).items() if path.startswith("readouts/")]
    accounts = [(path, text) for path, text in files.items() if path.startswith("readouts/") and "translation_of" not in text]
    # in the order written, a Chinese original stands where an English account was; only the last events
    # differ (fewer readouts are left to write once translations are counted)
    pairs = list(zip(accounts, plain))[:len(plain) - len(translations) - 3]
    english = [(mine, theirs) for mine, theirs in pairs if "\nlanguage: zh\n" not in mine[1]]
    assert len(english) > 800 and all(mine == theirs for mine, theirs in english)


def test_readouts_spread_over_pairs_of_countries_a_few_with_many():
    archive, _ = check_corpus(synth_corpus(600, seed=1))
    pairs = Counter()
    for readout in archive.readouts:
        codes = sorted(set(readout.countries))
        pairs.update((a, b) for index, a in enumerate(codes) for b in codes[index + 1:])
    counts = sorted(pairs.values(), reverse=True)
    assert counts[0] >= 25 and sum(counts[:5]) >= 100  # a few pairs with many readouts
    assert sum(1 for n in counts if n <= 2) >= 40  # and a long tail


def test_synth_command_writes_a_content_folder_that_checks_clean(tmp_path):
    out = tmp_path / "content"
    made = subprocess.run([sys.executable, "-m", "generator", "--content", str(CONTENT), "synth", "--count", "40",
                           "--out", str(out)], cwd=ROOT, capture_output=True, text=True)
    assert made.returncode == 0 and made.stdout == f"40 synthetic readouts written to {out}\n"
    assert (out / "about.md").is_file() and (out / "assets" / "archive.css").is_file()
    checked = subprocess.run([sys.executable, "-m", "generator", "--content", str(out), "check"],
                             cwd=ROOT, capture_output=True, text=True)
    assert checked.returncode == 0
    assert checked.stderr == "Checked all readouts and the vocabularies: 0 error(s), 0 warning(s).\n"
    again = subprocess.run([sys.executable, "-m", "generator", "synth", "--count", "5", "--out", str(out)],
                           cwd=ROOT, capture_output=True, text=True)
    assert again.returncode == 2 and again.stderr == f"error: --out {out} is not empty; choose a new folder\n"


def write_corpus(folder: Path, count: int) -> Path:
    subprocess.run([sys.executable, "-m", "generator", "--content", str(CONTENT), "synth", "--count", str(count),
                    "--out", str(folder)], cwd=ROOT, check=True, capture_output=True)
    return folder


def test_three_hundred_readouts_build_strict_with_search_and_pagination(tmp_path):
    content = write_corpus(tmp_path / "content", 300)
    site = tmp_path / "site"
    records = mkdocs_build(content, site, strict=True, plugins=[{"archive": {"page_size": 20}}])
    assert not [r for r in records if r.levelno >= logging.WARNING]
    assert len(list(site.glob("readouts/*/*/index.html"))) == 300
    assert (site / "pagefind" / "pagefind.js").is_file() and (site / "pagefind" / "pagefind-entry.json").is_file()
    assert not (site / "search").exists()  # Material's search_index.json is not built
    person = max(site.glob("people/*/index.html"), key=lambda p: len(p.read_text()))
    html = person.read_text()
    pages = re.findall(r'href="(page-\d+/)"', html)
    assert pages and all((person.parent / p / "index.html").is_file() for p in pages)
    assert html.count('class="ra-nowrap"') <= 20
    assert not re.search(r'(href|src)="/', html)
