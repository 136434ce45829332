"""Each sentence's speakers from its attributions: rules 1 to 4 of the package's docstring.

A sentence with attributions takes the trailing one (the last), else the first; a
pronoun continues the last single speaker named, a joint subject is every participant.
With none, a sentence telling of the event itself (_NARRATION) has no speaker;
otherwise it takes the speakers of the sentence before it in its paragraph, and the
sentences opening a paragraph wait for its first attribution (if trailing) or take
what the paragraph before hands over (CARRY_OVER).
"""

from __future__ import annotations

import re

# What happens at an unattributed paragraph opening (rule 4 of the docstring):
# "speaker" carries the previous paragraph's single speaker over when that paragraph
# ended in one person's reported speech; "reset" gives no speaker; "always" carries
# any previous speakers over. (Read here: set `rules.CARRY_OVER` to measure another.)
CARRY_OVER = "reported"

_NARRATION = re.compile(
    r"\b(?:spoke|speak|speaks|talked|talk)(?: (?:by|over|on|via) (?:the )?(?:phone|telephone|video)"
    r"|(?: \w+)? (?:with|to)\b)"
    r"|\b(?:held|hold|holds|had) (?:a |an |their |the )?(?:first |second |bilateral |official |formal )?"
    r"(?:phone |telephone |video |virtual )?(?:call|talks|conversation|meeting|summit)"
    r"|\b(?:was|were|is|are|will be) (?:held|signed|launched|adopted|issued)\b|\b(?:take|takes|took) place\b"
    r"|\blasted\b|\bsigned (?:a |an |the )?(?:[\w-]+ ){0,3}(?:agreements?|documents?|deals?|memorand\w+"
    r"|declarations?|contracts?|treaty|treaties|accords?)\b"
    r"|\bat the (?:request|invitation) of\b|\b(?:met|meets|received|receives|hosted|hosts|visited|attended"
    r"|witnessed|accompanied|greeted|arrived|toured|inspected)\b|\bpaid (?:a |an )(?:\w+ )?visit\b"
    r"|\btook office\b|\bfirst (?:visit|call|conversation|meeting|talks|trip)\b"
    r"|\b(?:call|talks|meeting|visit|conversation|exchange) (?:ended|began|concluded|opened)\b"
    r"|\bon the sidelines of\b|举行|会见|会谈|通电话|通话|应约|应邀|历时|出席|陪同",
    re.IGNORECASE)


def _carry_over(keys: tuple[str, ...], how: str, reported: bool) -> tuple[str, ...]:
    """What a paragraph hands over to the next one's unattributed opening (rule 4)."""
    if CARRY_OVER == "always":
        return keys if how != "narration" else ()
    if CARRY_OVER in ("speaker", "reported"):
        return keys if reported and how in ("speech", "carried") and len(keys) == 1 else ()
    return ()


def _choose_pair(pairs: list) -> tuple:
    """The attribution that gives a sentence's speakers: the last trailing one, else the first."""
    trailing = [pair for pair in pairs if pair[3]]
    return trailing[-1] if trailing else min(pairs, key=lambda p: p[0])


class _Speakers:
    """The speakers given so far, and what the next sentences may continue."""

    def __init__(self, count: int, everyone: tuple[str, ...], reported: bool) -> None:
        self.said: list[tuple[str, ...]] = [()] * count
        self.everyone, self.reported = everyone, reported
        self.last_named: tuple[str, ...] | None = None  # whom "he said" continues
        self.prior: tuple[tuple[str, ...], str] = ((), "none")  # the sentence before: speakers, how attributed
        self.pending: list[int] = []  # the unattributed sentences opening the current paragraph
        self.carried: tuple[str, ...] = ()  # what the paragraph before hands over (rule 4)

    def settle(self, keys: tuple[str, ...]) -> None:
        for waiting in self.pending:
            self.said[waiting] = keys
        self.pending.clear()

    def open_paragraph(self) -> None:
        if self.pending:
            self.settle(self.carried)
            self.prior = (self.carried, "carried")
        self.carried = _carry_over(*self.prior, self.reported)

    def attribute(self, index: int, pairs: list) -> None:
        _, kind, keys, is_trailing = pairs[0] if len(pairs) == 1 else _choose_pair(pairs)
        if kind == "pronoun":
            keys = self.last_named if self.last_named is not None else ()
        elif kind == "joint":
            keys = self.everyone
        else:
            self.last_named = keys if len(keys) <= 1 else None
        self.said[index] = keys
        if self.pending:
            self.settle(keys if is_trailing else self.carried)
        self.prior = (keys, "joint" if kind == "joint" else "speech")

    def narrate(self) -> None:
        if self.pending:
            self.settle(self.carried)
        self.prior = ((), "narration")

    def run_on(self, index: int) -> None:
        keys, how = self.prior
        self.said[index] = keys
        self.prior = (keys, how if how != "narration" else "none")


def assign_speakers(paragraphs: list[int], texts: list[str], found: list[list],
                    everyone: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Each sentence's speakers, from its paragraph, its text and its attributions (`found`)."""
    # the seed's reported-speech style: somewhere a trailing attribution ("..., Xi said.")
    reported = CARRY_OVER != "reported" or any(pair[3] for pairs in found for pair in pairs)
    speakers = _Speakers(len(texts), everyone, reported)
    paragraph = -1
    for index, pairs in enumerate(found):
        opening = paragraphs[index] != paragraph
        if opening:
            paragraph = paragraphs[index]
            speakers.open_paragraph()
        if pairs:
            speakers.attribute(index, pairs)
        elif _NARRATION.search(texts[index]):
            speakers.narrate()
        elif opening or speakers.pending:
            speakers.pending.append(index)
        else:
            speakers.run_on(index)
    speakers.settle(speakers.carried)
    return speakers.said
