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

from generator.model import Vocabulary

HEADER_RE = re.compile(r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})[ \t]*")
ISO_RE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
LONG_RES = (
    (re.compile(rf"\b{MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b"), "%B %d %Y", (1, 2, 3)),
    (re.compile(rf"\b(\d{{1,2}})\s+{MONTH},?\s+(\d{{4}})\b"), "%B %d %Y", (2, 1, 3)),
)
KIND_CUES = (  # the first cue found decides; more specific cues first
    ("video-call", ("video call", "video link", "videoconference", "virtual meeting")),
    ("call", ("phone call", "telephone", "over phone", "by phone", "over the phone", "phone conversation")),
    ("joint-statement", ("joint statement",)),
    ("summit", ("summit meeting",)),
    ("visit", ("state visit", "official visit")),
    ("talks", ("held talks", "talks in")),
    ("meeting", ("met with", "meeting with", "met in")),
    ("letter", ("letter to", "in a letter")),
    ("message", ("congratulatory message", "message to")),
)


@dataclass(frozen=True)
class Finding:
    """One suggested value and the evidence for it."""

    field: str  # date, kind, participant, country or topic
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


@functools.lru_cache(maxsize=4096)  # the vocabularies' terms, compiled once (re's own cache holds 512)
def term_pattern(term: str) -> re.Pattern:
    """`term` as a whole word or phrase, any case, any run of spaces between words."""
    words = [re.escape(word) for word in term.split()]
    return re.compile(r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def text_words(text: str) -> frozenset[str]:
    """The text's words in lower case: a term can only be in the text if all its words are."""
    return frozenset(re.findall(r"\w+", text.lower()))


@functools.lru_cache(maxsize=4096)
def term_words(term: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", term.lower()))


def first_mention(text: str, terms) -> tuple[str, int, int, int] | None:
    """(the words as written, their line, how many mentions, offset) of the earliest term found."""
    hits, words = [], text_words(text)
    for term in terms:
        if term.strip() and term_words(term) <= words:  # most terms are not in the text: no regex for them
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


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


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


def parse_iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def find_date(text: str) -> tuple[dt.date | None, str]:
    """The earliest date written in the text, as YYYY-MM-DD or 'February 5, 2026'."""
    found = []
    for match in ISO_RE.finditer(text):
        day = parse_iso(match.group(1))
        if day:
            found.append((match.start(), day, match.group(0)))
    for pattern, fmt, order in LONG_RES:
        for match in pattern.finditer(text):
            parts = [match.group(i) for i in order]
            try:
                day = dt.datetime.strptime(" ".join(parts), fmt).date()
            except ValueError:
                continue
            found.append((match.start(), day, match.group(0)))
    if not found:
        return None, ""
    start, day, words = min(found, key=lambda f: f[0])
    return day, f"'{words}' on line {line_of(text, start)}, the first date in the text"


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
    findings += ([kind] if kind else []) + people + countries + named + topics
    return Detection(
        date=day, kind=kind.value if kind else None,
        participants=tuple(f.value for f in people), countries=tuple(f.value for f in countries),
        topics=tuple(f.value for f in topics), body=body, findings=tuple(findings),
    )
