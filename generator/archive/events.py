"""Events: the accounts of one call or meeting, side by side.

Pure. An `Event` gathers the readouts that share an `event:` key (its accounts);
`compare_topics` says which topics every account mentions and which only one
does; `speaker_grid` says, topic by topic, what each account reports each
participant saying, and `speaker_shares` how much of each account each speaker
has (from the statements of archive/statements/).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from generator.model import Readout

JOINT = "*joint"  # a row of the grid: statements the account gives to all its participants together
OTHER = ""  # a section of the grid: statements that mention no topic of the vocabulary


@dataclass(frozen=True)
class Event:
    key: str
    day: dt.date  # the day most accounts give
    accounts: tuple[Readout, ...]  # oldest first, then by issuer
    participants: tuple[str, ...]  # every account's participants, in order of first mention
    translations: tuple[tuple[str, tuple[Readout, ...]], ...] = ()  # (account's slug, its translations by language)

    @property
    def newest(self) -> Readout:
        return max(self.accounts, key=lambda r: r.sort_key)

    def translations_of(self, slug: str) -> tuple[Readout, ...]:
        return dict(self.translations).get(slug, ())


def build_events(readouts: tuple[Readout, ...]) -> dict[str, Event]:
    """Every event key with its accounts, newest event first. A translation is not an account
    of its own: it is one of its original's versions (archive/translations.py)."""
    groups: dict[str, list[Readout]] = {}
    translated: dict[str, list[Readout]] = {}
    for readout in readouts:
        if readout.event and not readout.translation_of:
            groups.setdefault(readout.event, []).append(readout)
        elif readout.event:
            translated.setdefault(readout.translation_of, []).append(readout)
    events = []
    for key, accounts in groups.items():
        accounts.sort(key=lambda r: (r.date, r.issuer, r.slug))
        day = Counter(r.event_day for r in accounts).most_common(1)[0][0]
        people = tuple(dict.fromkeys(p for r in accounts for p in r.participants))
        translations = tuple((r.slug, tuple(sorted(translated[r.slug], key=lambda t: (t.language, t.slug))))
                             for r in accounts if r.slug in translated)
        events.append(Event(key, day, tuple(accounts), people, translations))
    events.sort(key=lambda e: (e.day, e.key), reverse=True)
    return {event.key: event for event in events}


CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"  # kana and Han characters: a text without spaces between words
_WORD = re.compile(f"[{CJK}]|[^\\s{CJK}\u3000-\u303f\uff00-\uffef]+")


def words(text: str) -> int:
    """How many words: each Han or kana character counts as one (Chinese and Japanese put no
    space between words), punctuation as none."""
    return len(_WORD.findall(text))


def compare_topics(event: Event) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """(topics every account names, {slug: topics only that account names}); with one account, all are shared."""
    counts = Counter(topic for r in event.accounts for topic in r.topics)
    shared = tuple(t for t in dict.fromkeys(t for r in event.accounts for t in r.topics)
                   if counts[t] == len(event.accounts))
    only = {r.slug: tuple(t for t in r.topics if counts[t] == 1) for r in event.accounts} if len(event.accounts) > 1 else {}
    return shared, {slug: topics for slug, topics in only.items() if topics}


def row_of(statement) -> str | None:
    """The grid row of a statement: its one speaker, JOINT for several, None for narration."""
    if not statement.speakers:
        return None
    if len(statement.speakers) > 1:
        return JOINT
    return statement.speakers[0]


def speaker_grid(event: Event, statements: dict[str, tuple]) -> list[tuple[str, list[tuple[str, dict[str, list]]]]]:
    """[(topic key or OTHER, [(row, {slug: [statements]})])]: topic by topic, for each speaker (and
    JOINT), what each account reports. A statement naming several topics appears under each; topics
    in the order the accounts first raise them, OTHER last; rows the event's participants, then JOINT."""
    cells: dict[str, dict[str, dict[str, list]]] = {}
    for readout in event.accounts:
        for statement in statements.get(readout.slug, ()):
            row = row_of(statement)
            if row is None:
                continue
            for topic in statement.topics or (OTHER,):
                cells.setdefault(topic, {}).setdefault(row, {}).setdefault(readout.slug, []).append(statement)
    order = sorted(cells, key=lambda topic: topic == OTHER)  # stable: first raised first, OTHER last
    rows = [*event.participants, JOINT]
    return [(topic, [(row, cells[topic][row]) for row in rows if row in cells[topic]]) for topic in order]


def speaker_shares(readout: Readout, statements: tuple) -> list[tuple[str | None, int]]:
    """[(speaker, JOINT or None for narration; percent of the account's words)], largest first,
    rounded so they add up to 100."""
    counts: Counter = Counter()
    for statement in statements:
        counts[row_of(statement)] += words(statement.text)
    total = sum(counts.values())
    if not total:
        return []
    shares = {who: count * 100 / total for who, count in counts.items()}
    rounded = {who: int(share) for who, share in shares.items()}
    for who in sorted(shares, key=lambda w: rounded[w] - shares[w])[: 100 - sum(rounded.values())]:
        rounded[who] += 1
    order = sorted(rounded.items(), key=lambda item: (item[0] is None, -item[1], str(item[0])))
    return [(who, share) for who, share in order if share]
