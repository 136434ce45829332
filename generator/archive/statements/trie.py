"""Terms as regexes: cleaning and folding a term, and a trie that compiles many terms into one.

Any dash matches any dash and either apostrophe matches either; a trie's regex is
nested literals, longest first, each term ending in its own tail (a word boundary,
or the lookahead of a verb such as "spoke"), and can be built for the text read
backwards, to match on the reversed text.
"""

from __future__ import annotations

import re

DASHES = "-‐‑‒–—"
NORMALIZE = str.maketrans({**{d: "-" for d in DASHES}, "’": "'"})
BOUND = r"(?![\w-])"


def is_cjk(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\uff00" <= ch <= "\uffef"


def clean_term(term: str) -> str:
    return " ".join(term.split()).translate(NORMALIZE)


def fold_text(text: str) -> str:
    return text.translate(NORMALIZE).casefold()


def bound_term(term: str) -> str:
    """The boundary that ends `term`: none after a CJK character, else no word character or dash."""
    return "" if is_cjk(term[-1]) else BOUND


class Trie:
    """Strings as one regex of nested literals (longest first), each ending in its own tail."""

    def __init__(self, fold: bool) -> None:
        self.fold = fold
        self.root: dict = {}

    def add(self, term: str, tail: str = "") -> None:
        """`term` as given (cleaned by the caller: single spaces, '-' and "'" for any dash and apostrophe)."""
        if not term:
            return
        node = self.root
        for ch in (term.casefold() if self.fold else term):
            node = node.setdefault(ch, {})
        node.setdefault(None, set()).add(tail)

    def _char(self, ch: str) -> str:
        if ch == "-":
            return "[" + re.escape(DASHES) + "]"
        if ch == "'":
            return "['’]"
        if self.fold:
            lower, upper = ch.lower(), ch.upper()
            if lower != upper and len(lower) == len(upper) == 1:
                return f"[{re.escape(lower)}{re.escape(upper)}]"
        return re.escape(ch)

    def _emit(self, node: dict) -> str:
        alternatives = [self._char(ch) + self._emit(child)
                        for ch, child in sorted((k, v) for k, v in node.items() if k is not None)]
        ends = node.get(None, set())
        alternatives += sorted(tail for tail in ends if tail)
        if not alternatives:
            return ""
        if len(alternatives) == 1 and "" not in ends:
            return alternatives[0]
        return "(?:" + "|".join(alternatives) + ")" + ("?" if "" in ends else "")

    def pattern(self) -> str:
        return "(?:" + self._emit(self.root) + ")" if self.root else "(?!)"


def compile_both_ways(terms, fold: bool, bound: bool) -> tuple[str, str]:
    """The regexes of `terms` read forwards and read backwards (for matching on the reversed text)."""
    forward, backward = Trie(fold), Trie(fold)
    for term in terms:
        term = clean_term(term)
        if term:
            forward.add(term, bound_term(term) if bound else "")
            backward.add(term[::-1], bound_term(term[::-1]) if bound else "")
    return forward.pattern(), backward.pattern()
