"""Attributions in a readout's text: each cue's subject, and who it names (rule 1).

A ReadoutText is the text laid out for matching, ' sentence\n sentence...', with
where each sentence starts, and reversed. A reporting verb's subject is the mention
just before it (read on the reversed text, past adverbs or an aside), with those
coordinated with it ("A and B agreed"); "according to X" and ", said X" are read
forwards; "X's view" backwards. An attribution is trailing when only a few words (or
a participle clause) follow it in its sentence: "..., Xi said." A participle opening
the sentence ("Noting that Lin had stressed ..., the president said") hides the
attributions inside it.
"""

from __future__ import annotations

import re

from generator.archive.statements.trie import is_cjk

# between coordinated subjects, longest first (", " only in a list that has an "and")
_AND = (" as well as ", " and the ", " and his ", " and her ", ", and ", " and ", " & ", ", ", " ", "和", "与", "同", "、")
# the conjunctions of _AND read backwards, for one match on the reversed text
_AND_BACKWARDS = re.compile("|".join(re.escape(joint[::-1]) for joint in _AND))
_OPENERS_TO_SPACE = str.maketrans({ch: " " for ch in "\"“‘([«「『（《"})
_CJK_ANY = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
_TAIL = re.compile(r"(?: [^ ,]+){0,4}?[.!?…\"”’)]*$|(?: [^ ,]+){0,4}?, [a-z]+ing\b")
_CJK_TAIL = re.compile(_TAIL.pattern + r"|[\u4e00-\u9fff]{0,4}[。！？”’」』]+$")  # '……，习近平说。'
_LEAD_CHARS = frozenset(',"”’\'')
_CJK_LEAD_CHARS = frozenset("，”’」』")
_ARTICLES = frozenset(("the ", "The ", "his ", "her "))


def _lead_in(doc: str, at: int) -> bool:
    """Whether the subject at `at` follows a comma or a closing quote: '..., Xi said', '……，习近平说'."""
    if doc[at - 1] in _CJK_LEAD_CHARS:
        return True
    if doc[at - 4:at] in _ARTICLES:
        at -= 4
    return at >= 3 and doc[at - 2] in _LEAD_CHARS


class ReadoutText:
    """One readout's text laid out for matching: ' sentence\n sentence...', and reversed."""

    def __init__(self, matcher, cast, offices: dict, texts: list[str]) -> None:
        self.matcher, self.cast, self.offices = matcher, cast, offices
        self.doc = doc = " " + "\n ".join(texts)
        self.size = len(doc)
        self.reversed = doc[::-1]
        self.resolved: dict[str, tuple[str, ...] | None] = {}  # mention text -> speakers
        self.scan = doc.translate(_OPENERS_TO_SPACE)  # what the cue and topic regexes read
        self.starts, at = [], 1  # where each sentence starts in doc
        for text in texts:
            self.starts.append(at)
            at += len(text) + 2
        self.bounds = self.starts[1:] + [1 << 62]  # where the sentence after each starts (none: far away)
        self.cjk = not doc.isascii() and _CJK_ANY.search(doc) is not None
        mentions = matcher.mentions  # a Chinese text's mention regexes know Chinese countries and offices too
        self.backward = mentions.cjk_backward if self.cjk else mentions.backward
        self.tail = _CJK_TAIL if self.cjk else _TAIL

    def sentence_matches(self, latin: re.Pattern, cjk: re.Pattern):
        """(sentence index, start, match) of each match of `latin` (whose matches begin with the
        space before a word) and, in a text with Chinese, of `cjk`, over `scan`, in order per pattern."""
        for pattern, spaced in ((latin, True), (cjk, False)):
            if not spaced and not self.cjk:
                continue
            index, bounds = 0, self.bounds
            for match in pattern.finditer(self.scan):
                at = match.start() + spaced  # past the space the match starts with
                while at >= bounds[index]:
                    index += 1
                yield index, at, match

    def before(self, end: int, pattern: re.Pattern | None = None):
        """(start, speakers) of the mention ending at `end` (after a gap when `pattern` is the
        subject regex), or None."""
        hit = (pattern or self.backward).match(self.reversed, self.size - end)
        if hit is None:
            return None
        who_end = self.size - hit.start("who") if pattern is not None else end
        start = self.size - hit.end("who" if pattern is not None else 0)
        return start, self.speakers(start, who_end)

    def after(self, start: int):
        """(end, speakers) of the mention starting at `start` ('Prime Minister Varga': a title
        and a name are one mention), or None."""
        hit = self.matcher.mentions.forward.match(self.doc, start)
        if hit is None:
            return None
        end, found = hit.end(), self.speakers(start, hit.end())
        while self.doc.startswith(" ", end):
            more = self.matcher.mentions.forward.match(self.doc, end + 1)
            if more is None:
                break
            also = self.speakers(end + 1, more.end())
            end = more.end()
            if also is not None:
                found = self.cast.order((found or ()) + also) if also else found if found is not None else also
        return end, found

    def speakers(self, start: int, end: int):
        text = self.doc[start:end]
        if text in self.resolved:
            return self.resolved[text]
        found = self.resolved[text] = self.cast.resolve(self.offices, self.matcher.meaning(text))
        return found

    def adjacent(self, start: int):
        """(start, speakers) of a Chinese mention just before `start` ('美国总统' before '特朗普'), or of a
        title or a country's name that names no one ('国家主席', '中国' before '国家主席习近平'); None."""
        previous = self.before(start)
        if previous is not None:
            return previous if previous[1] is not None else (previous[0], ())
        country = self.matcher.cjk_country.match(self.reversed, self.size - start)
        return (start - country.end() + country.start(), ()) if country else None

    def group(self, start: int, speakers: tuple[str, ...]) -> tuple[int, set]:
        """Mentions coordinated with the one at `start`: 'A and B agreed', 'Brazilian President Helena Marquez'."""
        found, seen_and = set(speakers), False
        while True:
            if self.doc[start - 2] == "\n":  # the sentence's first word
                return start, found
            joint = _AND_BACKWARDS.match(self.reversed, self.size - start)
            if joint is None and self.cjk and is_cjk(self.doc[start - 1]):  # '美国总统特朗普': one mention
                previous = self.adjacent(start)
                if previous is None:
                    return start, found
                start = previous[0]
                found.update(previous[1])
                continue
            if joint is None or (joint.group() == " ," and not seen_and):
                return start, found
            previous = self.before(start - len(joint.group()))
            if previous is None:  # (an office two hold, 'Prime Minister', passes: it names no one)
                return start, found
            start = previous[0]
            found.update(previous[1] or ())
            seen_and = seen_and or joint.group() != " "

    def _verb_pair(self, start: int, at: int, stop: int, end: int):
        """The attribution of the reporting verb at doc[at:stop]: its subject before it, or
        '..., said Xi' after it; None."""
        doc = self.doc
        mentions = self.matcher.mentions
        mention = self.before(at, mentions.cjk_subject if self.cjk and is_cjk(doc[at]) else mentions.subject)
        if mention is not None and mention[1] is not None:
            first, group = self.group(*mention)
            trailing = _lead_in(doc, first) and bool(self.tail.match(doc, stop, end))
            return first, "named", self.cast.order(group), trailing
        if at - 2 >= start and doc[at - 2] in ',"”’':  # '..., said Xi.'
            mention = self.after(stop + 5 if doc.startswith(" the ", stop) else stop + 1)
            if mention is not None and mention[1] is not None:
                return at, "named", mention[1], bool(self.tail.match(doc, mention[0], end))
        return None

    def pairs(self, start: int, end: int, cues: list) -> list[tuple[int, str, tuple | None, bool]]:
        """(position, kind, speakers, trailing) for each attribution in doc[start:end]."""
        doc, found, opener_end = self.doc, [], -1
        for at, stop, kind in cues:
            if kind == "opener":
                if at == start:
                    comma = doc.find(", ", at, end)
                    opener_end = comma if comma >= 0 else end
            elif kind == "according":
                mention = self.after(stop + 5 if doc.startswith(" the ", stop) else stop + 1)
                if mention is not None and mention[1] is not None:
                    found.append((at, "named", mention[1], at > start and bool(self.tail.match(doc, mention[0], end))))
            elif kind in ("pronoun", "joint"):
                found.append((at, kind, None, _lead_in(doc, at) and bool(self.tail.match(doc, stop, end))))
            elif kind == "view":
                if doc.startswith(("'s", "’s"), at - 3):
                    mention = self.before(at - 3)
                    if mention is not None and mention[1] is not None:
                        found.append((mention[0], "named", mention[1], False))
            else:  # a reporting verb: its subject ends just before it
                pair = self._verb_pair(start, at, stop, end)
                if pair is not None:
                    found.append(pair)
        if opener_end >= 0:
            found = [pair for pair in found if pair[0] > opener_end] or found
        return found
