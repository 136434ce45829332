"""The matcher of a vocabulary: its compiled regexes and lookups, built once and kept while it lives.

It holds the mention regexes and meanings (names.py), the cue regexes (cues.py), the
topic regexes (topics.py), a cache of what each mention text means and one Cast per
participants tuple. Only the cue and topic regexes scan a text; mentions are matched
where they matter only: backwards from a reporting verb (on the reversed text) and
forwards after "according to".
"""

from __future__ import annotations

import re
import weakref

from generator.archive.statements.cast import Cast
from generator.archive.statements.cues import compile_cues
from generator.archive.statements.countries import CJK_LEADER_WORDS
from generator.archive.statements.names import compile_mentions, index_cjk_countries, index_countries, index_terms
from generator.archive.statements.topics import compile_topics
from generator.archive.statements.trie import compile_both_ways, fold_text, is_cjk
from generator.model import Vocabulary


class Matcher:
    """The compiled regexes and lookups for one vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        people = vocabulary.participants
        self.people = people
        self.order = {key: index for index, key in enumerate(people)}
        self.topic_order = {key: index for index, key in enumerate(vocabulary.topics)}
        self.casts: dict[tuple[str, ...], Cast] = {}
        self.compound: dict[str, tuple | None] = {}
        codes, self.adjectives, self.names, self.leaders = index_countries(people)
        common = set(self.adjectives) | set(self.names) | set(self.leaders)
        self.exact, as_written, any_case = index_terms(people, common)
        self.cjk_names = index_cjk_countries(codes)
        self.cjk_country = re.compile(compile_both_ways(self.cjk_names, fold=False, bound=False)[1])  # read backwards
        self.mentions = compile_mentions(codes, as_written, any_case, self.cjk_names)
        self.cues, self.cjk_cues, self.cue_kinds, self.subjects = compile_cues()
        self.topics, self.cjk_topics, self.topic_keys = compile_topics(vocabulary.topics)

    def cast(self, participants: tuple[str, ...]) -> Cast:
        cast = self.casts.get(participants)
        if cast is None:
            if len(self.casts) >= 4096:
                self.casts.pop(next(iter(self.casts)))
            cast = self.casts[participants] = Cast(self, participants)
        return cast

    def cue_kind(self, text: str) -> str:
        kind = self.cue_kinds.get(text)
        if kind is None:
            folded = fold_text(text.strip())
            kind = "verb"
            for subject, what in self.subjects:
                if folded.startswith(subject):
                    kind = what
                    break
            self.cue_kinds[text] = kind
        return kind

    def meaning(self, text: str) -> tuple | None:
        """What a mention says: ('person', key), ('surname', key), ('title', title),
        ('bare', office) or ('country', code, leader word); None for nothing known."""
        if text in self.compound:
            return self.compound[text]
        folded = fold_text(text)
        info = self.exact.get(folded)
        if info is None:
            info = self.parse_country(folded)
        if len(self.compound) < 100_000:
            self.compound[text] = info
        return info

    def parse_country(self, folded: str) -> tuple | None:
        """('country', code, leader word) for "president of kenya", "kenya's leader",
        "kenyan president" (folded), and ('country', code, (leader words)) for "美国总统", "中方";
        None for anything else."""
        if is_cjk(folded[:1]):
            for index in range(1, len(folded)):
                code, words = self.cjk_names.get(folded[:index]), CJK_LEADER_WORDS.get(folded[index:])
                if code and words:
                    return ("country", code, words)
            return None
        head, of, rest = folded.partition(" of ")
        if of and head in self.leaders:
            code = self.names.get(rest[4:] if rest.startswith("the ") else rest)
            if code:
                return ("country", code, head)
        name, owns, word = folded.partition("'s ")
        if owns and word in self.leaders and name in self.names:
            return ("country", self.names[name], word)
        for index, ch in enumerate(folded):
            if ch == " " and folded[:index] in self.adjectives and folded[index + 1:] in self.leaders:
                return ("country", self.adjectives[folded[:index]], folded[index + 1:])
        return None


_MATCHERS: dict[int, tuple[weakref.ref, Matcher]] = {}


def load_matcher(vocabulary: Vocabulary) -> Matcher:
    """The matcher of a vocabulary, compiled once and kept while the vocabulary lives."""
    ident = id(vocabulary)
    entry = _MATCHERS.get(ident)
    if entry is not None and entry[0]() is vocabulary:
        return entry[1]
    matcher = Matcher(vocabulary)
    _MATCHERS[ident] = (weakref.ref(vocabulary, lambda _ref, ident=ident: _MATCHERS.pop(ident, None)), matcher)
    return matcher
