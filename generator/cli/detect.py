"""Suggest a readout's metadata from its text: date, kind, participants, countries, topics.

Pure: takes the text and the vocabularies, returns what was found and why.
Every suggestion is for a person to review; nothing here is ever final.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import pycountry

from generator.archive.statements.trie import is_cjk
from generator.cli.textdates import find_date, line_of, parse_iso
from generator.model import Vocabulary

HEADER_RE = re.compile(r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})[ \t]*")
KIND_CUES = (  # the first cue found decides; more specific cues first (Chinese ones too: 视频通话 before 通话)
    ("video-call", ("video call", "video link", "videoconference", "virtual meeting", "视频通话", "视频会晤",
                    "视频会议", "视频连线")),
    ("call", ("phone call", "telephone", "over phone", "by phone", "over the phone", "phone conversation",
              "通电话", "通话")),
    ("joint-statement", ("joint statement", "联合声明")),
    ("summit", ("summit meeting",)),
    ("visit", ("state visit", "official visit", "国事访问", "正式访问")),
    ("talks", ("held talks", "talks in", "会谈")),
    ("meeting", ("met with", "meeting with", "met in", "会见", "会晤")),
    ("letter", ("letter to", "in a letter", "致信", "复信")),
    ("message", ("congratulatory message", "message to", "贺电", "致电")),
)


@dataclass(frozen=True)
class Finding:
    """One suggested value and the evidence for it."""

    field: str  # date, kind, participant, country, topic or language
    value: str
    reason: str


@dataclass(frozen=True)
class Detection:
    date: dt.date | None
    kind: str | None
    participants: tuple[str, ...]
    countries: tuple[str, ...]
    topics: tuple[str, ...]
    body: str
    findings: tuple[Finding, ...]
    language: str = ""  # "zh" for a text mostly in Chinese characters, else "" (English, the default)


@functools.lru_cache(maxsize=4096)  # the vocabularies' terms, compiled once (re's own cache holds 512)
def term_pattern(term: str) -> re.Pattern:
    """`term` as a whole word or phrase, any case, any run of spaces between words; a Chinese
    term anywhere in a run of characters (no spaces to bound it)."""
    words = [re.escape(word) for word in term.split()]
    before = "" if is_cjk(term.strip()[:1]) else r"(?<![\w-])"
    after = "" if is_cjk(term.strip()[-1:]) else r"(?![\w-])"
    return re.compile(before + r"\s+".join(words) + after, re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def text_words(text: str) -> frozenset[str]:
    """The text's words in lower case: a term can only be in the text if all its words are."""
    return frozenset(re.findall(r"\w+", text.lower()))


@functools.lru_cache(maxsize=4096)
def is_cjk_term(term: str) -> bool:
    return not term.isascii() and any(is_cjk(ch) for ch in term)


@functools.lru_cache(maxsize=4096)
def term_words(term: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", term.lower()))


def first_mention(text: str, terms) -> tuple[str, int, int, int] | None:
    """(the words as written, their line, how many mentions, offset) of the earliest term found."""
    hits, words = [], text_words(text)
    for term in terms:
        if not term.strip():
            continue
        # most terms are not in the text: no regex for them (a Chinese term is in a run of characters)
        if (term.strip() in text) if is_cjk_term(term) else term_words(term) <= words:
            hits += list(term_pattern(term).finditer(text))
    if not hits:
        return None
    hits.sort(key=lambda m: (m.start(), -m.end()))
    first, count, end = hits[0], 0, -1
    for match in hits:  # overlapping matches ('Xi' in 'President Xi') are one mention
        if match.start() >= end:
            count += 1
        end = max(end, match.end())
    return " ".join(first.group(0).split()), line_of(text, first.start()), count, first.start()


def mention_reason(found: tuple[str, int, int, int]) -> str:
    words, line, count, _ = found
    more = f", {count} mention(s)" if count > 1 else ""
    return f"'{words}' on line {line}{more}"


def split_date_header(text: str) -> tuple[dt.date | None, str, list[Finding]]:
    """The date stated at the start (`date 2026-02-05 ...`), and the text after it."""
    match = HEADER_RE.match(text)
    if match:
        day = parse_iso(match.group(1))
        if day is not None:
            reason = f"the first line states 'date {day.isoformat()}'"
            return day, text[match.end():], [Finding("date", day.isoformat(), reason)]
    day, reason = find_date(text)
    findings = [Finding("date", day.isoformat(), reason)] if day else []
    return day, text, findings


def detect_kind(text: str) -> Finding | None:
    for kind, cues in KIND_CUES:
        found = first_mention(text, cues)
        if found:
            return Finding("kind", kind, mention_reason(found))
    return None


def detect_terms(text: str, field: str, terms: dict, names) -> list[Finding]:
    """Vocabulary entries whose name, label, key or aliases occur in the text, in order of first mention."""
    found = []
    for key, term in terms.items():
        mention = first_mention(text, (names(term), key.replace("-", " "), *term.aliases))
        if mention:
            found.append((mention[3], key, Finding(field, key, mention_reason(mention))))
    return [finding for _, _, finding in sorted(found, key=lambda f: (f[0], f[1]))]


def detect_countries(participants: list[Finding], vocab: Vocabulary) -> list[Finding]:
    """The countries of the detected participants, in their order."""
    found: dict[str, Finding] = {}
    for finding in participants:
        code = vocab.participants[finding.value].country
        found.setdefault(code, Finding("country", code, f"the country of {finding.value}"))
    return list(found.values())


@functools.lru_cache(maxsize=1)
def country_names() -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """(code, names, the name shown) of every country pycountry knows."""
    found = []
    for country in pycountry.countries:
        shown = getattr(country, "common_name", country.name)
        found.append((country.alpha_2, tuple(sorted({country.name, shown})), shown))
    return tuple(found)


def detect_named_countries(text: str, countries: tuple[str, ...]) -> list[Finding]:
    """Other countries the text names: reported, never added (a readout's countries are its sides')."""
    named = []
    for code, names, shown in country_names():
        mention = first_mention(text, names) if code not in countries else None
        if mention:
            reason = f"{mention_reason(mention)} names {shown}; not added"
            named.append((mention[3], Finding("mentioned", code, reason)))
    return [finding for _, finding in sorted(named, key=lambda f: (f[0], f[1].value))]


def detect_language(text: str) -> Finding | None:
    """Chinese when most of the text's letters are Chinese characters (English is the default)."""
    letters = [ch for ch in text if ch.isalpha()]
    chinese = sum(1 for ch in letters if is_cjk(ch))
    if letters and chinese > len(letters) / 2:
        return Finding("language", "zh", f"{chinese} of the text's {len(letters)} letters are Chinese characters")
    return None


def detect_readout(text: str, vocab: Vocabulary) -> Detection:
    """Everything `new --from-text` suggests for a readout's text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    day, body, findings = split_date_header(text)
    body = body.strip() + "\n"
    kind = detect_kind(text)  # the whole text, so that lines are the file's lines
    people = detect_terms(text, "participant", vocab.participants, lambda p: p.name)
    countries = detect_countries(people, vocab)
    topics = detect_terms(text, "topic", vocab.topics, lambda t: t.label)
    named = detect_named_countries(text, tuple(f.value for f in countries))
    language = detect_language(body)
    findings += ([kind] if kind else []) + people + countries + named + topics + ([language] if language else [])
    return Detection(
        date=day, kind=kind.value if kind else None,
        participants=tuple(f.value for f in people), countries=tuple(f.value for f in countries),
        topics=tuple(f.value for f in topics), body=body, findings=tuple(findings),
        language=language.value if language else "",
    )
