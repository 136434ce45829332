"""Vocabulary suggestions: people a text names with a title who are not in participants.yml.

"Prime Minister Kenji Mori", "Foreign Minister of Japan Kenji Mori", "the German
Chancellor Lena Hartmann", "Japan's Foreign Minister Ana Lopes" each become a proposed
entry: key, name, country (from the title's adjective, possessive or "of" country; else
the issuer's side, since an account names its own officials without their country),
and the role, starting on the readout's date. Pure: texts and vocabularies in, entries
and the YAML that appends them out; `cli import` writes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, replace
from functools import lru_cache

import pycountry
from slugify import slugify

from generator.archive.statements.countries import DEMONYMS, OFFICE_WORDS, list_country_names
from generator.archive.statements.trie import fold_text
from generator.issues import ERROR, Issue
from generator.model import Participant, Role, Vocabulary
from generator.sources.vocabulary import build_vocabulary, parse_participants

UPPER = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper())  # Latin, Greek, Cyrillic capitals
WORD = rf"[{UPPER}](?:\.|[\w'’-]*)"  # a capitalised word, or an initial
PARTICLES = ("de", "da", "dos", "van", "von", "der", "bin", "al", "el", "del", "di", "du", "la", "le")
NOT_NAMES = frozenset(("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
                       "May June July August September October November December The And During").split())


@dataclass(frozen=True)
class Suggestion:
    """A proposed participants.yml entry, and where it was found."""

    key: str
    name: str
    country: str  # ISO alpha-2, "" when neither the text nor the issuer says
    title: str  # the role: "Chancellor of Germany"
    start: dt.date  # the readout's date: the role was held then
    origin: str  # the text it was found in
    words: str  # the words found, e.g. "the German Chancellor Lena Hartmann"
    line: int
    why: str  # where the country came from


@lru_cache(maxsize=1)
def title_pattern() -> re.Pattern:
    """An office (in title case, or lower case after an adjective), an optional 'of ...', then a name."""
    offices = sorted({capitalise(word) for word in OFFICE_WORDS} | {"Deputy Prime Minister", "Vice Premier", "State Councilor"},
                     key=len, reverse=True)
    office = "|".join(map(re.escape, offices)) + r"|(?:(?!The )[A-Z][a-z]+ )?Minister"
    lower = "|".join(re.escape(word) for word in sorted(OFFICE_WORDS, key=len, reverse=True))
    of = rf"(?: (?:of|for) (?:the )?{WORD}(?: (?:and |& )?{WORD})?){{0,2}}"  # of Foreign Affairs of Peru
    name = rf"{WORD}(?: (?:(?:{'|'.join(PARTICLES)}) )?{WORD}){{1,2}}"
    return re.compile(rf"(?<![\w-])(?P<office>(?:{office}|{lower}){of}) (?P<name>{name})")


@lru_cache(maxsize=1)
def country_words() -> tuple[dict[str, str], dict[str, str]]:
    """(folded adjective -> code, folded country name -> code): the archive's tables, then pycountry's names."""
    adjectives = {fold_text(word): code for code, words in DEMONYMS.items() for word in words}
    names: dict[str, str] = {}
    for code in [*DEMONYMS, *sorted(c.alpha_2 for c in pycountry.countries)]:
        for name in list_country_names(code):
            names.setdefault(fold_text(name), code)
    return adjectives, names


def capitalise(office: str) -> str:
    """'secretary of state' -> 'Secretary of State'."""
    return " ".join(word if word in ("of", "for", "the", "and", "&") else word[0].upper() + word[1:]
                    for word in office.split())


def country_name(code: str) -> str:
    """The country as a role title names it: 'Germany', 'the United States'."""
    name = list_country_names(code)[0]
    plural = name.endswith(("lands", "Islands", "ines", "Bahamas", "Maldives", "Comoros", "Emirates"))
    return f"the {name}" if name.startswith("United ") or plural or "Republic" in name else name


def country_before(text: str, start: int) -> tuple[str, str]:
    """(code, words) of a country adjective ('German') or possessive ("Japan's") just before `start`."""
    adjectives, names = country_words()
    words = text[max(0, start - 60):start].split()
    for size in (3, 2, 1):
        if len(words) < size:
            continue
        phrase = " ".join(words[-size:])
        folded = fold_text(phrase)
        if folded.endswith("'s") and folded[:-2] in names:
            return names[folded[:-2]], phrase
        if folded in adjectives:
            return adjectives[folded], phrase
    return "", ""


def country_after(text: str, end: int) -> tuple[str, str]:
    """(code, words) of ' of Japan' / ' of the United Kingdom' just after a name ending at `end`."""
    _, names = country_words()
    found = re.match(r",? of (?:the )?((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,3})", text[end:end + 80])
    if not found:
        return "", ""
    words = found.group(1).split()
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        if fold_text(phrase) in names:
            return names[fold_text(phrase)], f"of {phrase}"
    return "", ""


def clean_name(words: str) -> str:
    """The name without what follows it: 'Kenji Mori's' -> 'Kenji Mori'; '' if fewer than two words remain."""
    parts = words.split()
    if parts[-1].endswith(("'s", "’s")):
        parts[-1] = parts[-1][:-2]
    while parts and parts[-1] in NOT_NAMES:
        parts.pop()
    return " ".join(parts) if len(parts) >= 2 and parts[0] not in NOT_NAMES else ""


def known_names(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(fold_text(term) for key, person in vocab.participants.items()
                     for term in (key.replace("-", " "), person.name, *person.aliases))


def read_office(office: str, text: str, start: int, side: str, end: int | None = None) -> tuple[str, str, str]:
    """(country, role title, why) for an office found at `start` (its name ending at `end`);
    `side` is the issuer's country or ''."""
    _, names = country_words()
    office = capitalise(office)
    head, _, tail = office.rpartition(" of ")
    code = names.get(fold_text(tail.removeprefix("the ")), "") if tail else ""
    if code:
        return code, f"{head} of {country_name(code)}", f"'of {tail}' in the title"
    code, words = country_before(text, start)
    why = f"'{words}' before the title"
    if not code and end is not None:
        code, words = country_after(text, end)
        why = f"'{words}' after the name"
    if not code and side:
        code, why = side, "the issuer's country: an account names its own officials without their country"
    return code, (f"{office} of {country_name(code)}" if code else office), (why if code else "not stated")


def find_suggestions(text: str, vocab: Vocabulary, day: dt.date, side: str = "", origin: str = "",
                     known: frozenset[str] | None = None) -> list[Suggestion]:
    """Every titled name in `text` not in the vocabulary (`known`: its names, from known_names),
    first mention each, in order."""
    known, found = known_names(vocab) if known is None else known, {}
    for match in title_pattern().finditer(text):
        name = clean_name(match.group("name"))
        key = slugify(name)
        if not key or key in found or key in vocab.participants or fold_text(name) in known:
            continue
        country, title, why = read_office(match.group("office"), text, match.start(), side,
                                          match.start("name") + len(name))
        words = " ".join(f"{match.group('office')} {name}".split())
        found[key] = Suggestion(key, name, country, title, day, origin, words, text.count("\n", 0, match.start()) + 1, why)
    return list(found.values())


def merge_suggestions(found: list[Suggestion]) -> list[Suggestion]:
    """One entry a person: the earliest mention's, with the first country any mention gives; by key."""
    merged: dict[str, Suggestion] = {}
    for one in sorted(found, key=lambda s: (s.start, s.origin, s.line)):
        first = merged.setdefault(one.key, one)
        if not first.country and one.country:
            merged[one.key] = replace(first, country=one.country, title=one.title, why=one.why)
    return [merged[key] for key in sorted(merged)]


def scalar(text: str) -> str:
    return text if re.fullmatch(r"[^\W\d_][\w .'’-]*", text) else json.dumps(text, ensure_ascii=False)


def render_entries(suggestions: list[Suggestion], command: str) -> str:
    """The YAML to append to participants.yml (entries with a country only), each marked for review."""
    lines = [f"# Suggested by '{command}': check each entry (name, country, title, date), then delete its 'review' line."]
    for one in suggestions:
        if not one.country:
            continue
        lines += [f"- key: {one.key}", f"  # review: '{one.words}' in {one.origin}, line {one.line}; country: {one.why}",
                  f"  name: {scalar(one.name)}", f"  country: {one.country}", "  roles:",
                  f"    - title: {scalar(one.title)}", f"      from: {one.start.isoformat()}"]
    return "\n".join(lines) + "\n"


def append_text(old: bytes, addition: str) -> bytes:
    """`old` unchanged, then `addition` (after a line break if `old` lacks its last one)."""
    return old + (b"\n" if old and not old.endswith(b"\n") else b"") + addition.encode("utf-8")


def extend_participants(path: str, old: bytes, addition: str) -> tuple[bytes | None, list[Issue]]:
    """participants.yml with `addition` appended, or None and the errors appending it would cause."""
    new = append_text(old, addition)
    before = set(parse_participants(path, old)[1])
    errors = [issue for issue in parse_participants(path, new)[1] if issue.severity == ERROR and issue not in before]
    return (None, errors) if errors else (new, [])


def with_suggestions(vocab: Vocabulary, suggestions: list[Suggestion]) -> Vocabulary:
    """The vocabulary with the suggested people (those with a country) added."""
    people = dict(vocab.participants)
    for one in suggestions:
        if one.country and one.key not in people:
            people[one.key] = Participant(one.key, one.name, one.country, (Role(one.title, one.start),))
    return build_vocabulary(vocab.topics, people, vocab.issuers)
