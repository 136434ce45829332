"""A readout's body as sentences: (paragraph index, sentence), in text order.

Paragraphs are the body's blocks between blank lines, each counted even when no text
is left once its markup is stripped (markup.py). A sentence ends at . ! ? … (and
closing quotes) followed by a space and anything but a lower-case letter, and at 。！？
with no space needed; not after a title ("Mr."), "No." or a month before a number, an
initial, or a dotted acronym unless the next word usually opens a sentence.
"""

from __future__ import annotations

import re
from itertools import repeat

from generator.archive.statements.markup import split_segments

_ALWAYS_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st gen sen rep gov lt col capt sgt adm maj rev hon amb pres fr messrs mt ft vs cf "
    "approx inc ltd co corp dept".split())
_NUMBER_ABBREVIATIONS = frozenset(
    "no nos art arts vol vols p pp para paras fig figs sec ch jan feb mar apr jun jul aug sep sept oct "
    "nov dec".split())
_STARTERS = frozenset(
    "The A An He She It They We I This That These Those There Both But However In On At As Its His Her "
    "Their Our If When While After Before Since According For Meanwhile Also And Yet Still So Such Each "
    "All Under During Over With From Not No Nor Neither".split())
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")

# a possible end: . ! ? … (closing quotes) a space, and a letter that is not lower case
_BREAK = re.compile(r"([.!?…؟]+)([\"'”’»)\]]*) (?=[\"'“‘«(\[]*[^a-z\s])")
_CJK_BREAK = re.compile(r"[。！？]+[”’」』）》\"']*")
_OPENING = frozenset("\"'“‘«([「『（《")
_BLOCKS = re.compile(r"\n[^\S\n]*\n")


def _ends_here(word: str, text: str, after: int) -> bool:
    """Whether a '.' after `word` ends the sentence; text[after] is the next word's first letter."""
    folded = word.casefold()
    if folded in _ALWAYS_ABBREVIATIONS:
        return False
    if folded in _NUMBER_ABBREVIATIONS and text[after:after + 1].isdigit():
        return False
    if len(word) == 1 and word.isupper():  # an initial: J. Smith
        return False
    if _ACRONYM.fullmatch(word):  # U.S. President ... / ... the U.S. The ...
        space = text.find(" ", after)
        following = text[after:space if space >= 0 else len(text)].strip("\"'“‘«(,;:.!?")
        return following in _STARTERS
    return True


def _find_cuts(text: str) -> list[tuple[int, int]]:
    """(end of a sentence, start of the next) for each sentence end in a segment's text."""
    cuts: list[tuple[int, int]] = []
    plain = text.isascii()
    for match in _BREAK.finditer(text):
        space = match.end() - 1
        letter = match.end()
        if not plain:  # a lower-case letter beyond ASCII: no end
            while letter < len(text) and text[letter] in _OPENING:
                letter += 1
            if letter < len(text) and text[letter].islower():
                continue
        if match.group(1) == "." and not match.group(2):
            dot = match.start()
            word = text[text.rfind(" ", 0, dot) + 1:dot]
            if len(word) <= 6 or "." in word:
                while letter < len(text) and text[letter] in _OPENING:
                    letter += 1
                if not _ends_here(word.lstrip("\"'“‘«(["), text, letter):
                    continue
        cuts.append((space, space + 1))
    if not plain:
        for match in _CJK_BREAK.finditer(text):
            end = match.end()
            if end < len(text):
                cuts.append((end, end + (text[end] == " ")))
        cuts.sort()
    return cuts


def _split_text(text: str) -> list[str]:
    sentences, start = [], 0
    for end, following in _find_cuts(text):
        if end > start:
            piece = text[start:end].strip()
            if piece:
                sentences.append(piece)
            start = following
    piece = text[start:].strip()
    if piece:
        sentences.append(piece)
    return sentences


def split_sentences(body: str) -> list[tuple[int, str]]:
    """(paragraph index, sentence) for every sentence of the body, in text order."""
    found: list[tuple[int, str]] = []
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    paragraph = 0
    for block in _BLOCKS.split(body):
        if not block.strip():
            continue
        for segment in split_segments(block):
            found.extend(zip(repeat(paragraph), _split_text(segment)))
        paragraph += 1
    return found
