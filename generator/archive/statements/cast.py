"""One readout's cast: its participants, and whom a mention names among them on the date.

A name or alias names its person; a surname alone only a participant; a role title
those holding it on the date (or, for a title no participant holds, whoever its
country and leader word name); an office word alone the one participant holding it,
else no one; a country with a leader word every participant of that country ("side",
"delegation", ...) or those of them holding that office on the date or with no role.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from generator.archive.statements.countries import WIDE_WORDS
from generator.archive.statements.trie import clean_term, fold_text

if TYPE_CHECKING:
    from generator.archive.statements.matcher import Matcher


def _head(title: str) -> str:
    """'president' for 'President of the United States'."""
    return fold_text(title).split(" of ", 1)[0].strip()


def _holds(head: str, word: str | tuple[str, ...]) -> bool:
    """Whether an office's head word is `word` (or one of the words a Chinese office word stands for)."""
    if isinstance(word, tuple):
        return any(_holds(head, one) for one in word)
    return head == word or (head.endswith(" " + word) and not head.startswith("vice "))


class Cast:
    """One readout's participants, for resolving mentions."""

    def __init__(self, matcher: Matcher, participants: tuple[str, ...]) -> None:
        self.matcher = matcher
        self.people = matcher.people
        self.keys = tuple(dict.fromkeys(key for key in participants if key in matcher.people))
        rank = {key: index for index, key in enumerate(self.keys)}
        extra = len(self.keys)
        self.rank = lambda key: rank.get(key, extra + matcher.order.get(key, 0))
        self.members = frozenset(self.keys)

    def offices(self, on: dt.date) -> dict[str, list[tuple[str, str]]]:
        return {key: [(fold_text(clean_term(role.title)), _head(role.title)) for role in self.people[key].roles
                      if role.held_on(on)] for key in self.keys}

    def order(self, keys) -> tuple[str, ...]:
        if len(keys) == 1:
            return tuple(keys)
        return tuple(sorted(set(keys), key=self.rank))

    def resolve(self, offices: dict, info: tuple | None) -> tuple[str, ...] | None:
        """The speakers a mention names: keys, () for someone outside the readout, None for
        no one in particular (unknown, or an office two participants hold): passed over."""
        if info is None:
            return None
        kind = info[0]
        if kind == "person":
            return (info[1],)
        if kind == "surname":
            return (info[1],) if info[1] in self.members else None
        if kind == "title":
            holders = [key for key in self.keys if any(title == info[1] for title, _ in offices[key])]
            if holders:
                return tuple(holders)
            return self.resolve(offices, self.matcher.parse_country(info[1])) or ()
        if kind == "bare":
            holders = [key for key in self.keys if any(_holds(head, info[1]) for _, head in offices[key])]
            return tuple(holders) if len(holders) == 1 else None
        code, word = info[1], info[2]
        members = [key for key in self.keys if self.people[key].country == code]
        if (word if isinstance(word, str) else word[0]) not in WIDE_WORDS:
            members = [key for key in members if not offices[key] or any(_holds(h, word) for _, h in offices[key])]
        return tuple(members)
