"""Topics: the vocabulary's topic labels and aliases compiled, and found sentence by sentence.

A sentence names a topic when it contains its label or an alias, any case, whole
words, any dash or apostrophe alike; where two overlap the longest wins ("food
security" is not also "security"). Every Latin term starts with a space, a literal
prefix, so re jumps from space to space; CJK terms have a regex of their own.
"""

from __future__ import annotations

import re

from generator.archive.statements.trie import Trie, bound_term, clean_term, fold_text, is_cjk


def compile_topics(topics) -> tuple[re.Pattern, re.Pattern, dict[str, tuple[str, ...]]]:
    """(topic regex, CJK topic regex, folded term -> topic keys) for the vocabulary's topics."""
    latin, cjk = Trie(fold=True), Trie(fold=True)
    keys: dict[str, tuple[str, ...]] = {}
    for key, topic in topics.items():
        for term in dict.fromkeys((topic.label, *topic.aliases)):
            term = clean_term(term)
            if not term:
                continue
            if is_cjk(term[0]):
                cjk.add(term, bound_term(term))
            else:
                latin.add(" " + term, bound_term(term))
            folded = fold_text(term)
            if key not in keys.get(folded, ()):
                keys[folded] = keys.get(folded, ()) + (key,)
    return re.compile(latin.pattern()), re.compile(cjk.pattern()), keys


def find_topics(matcher, text) -> list[set[str]]:
    """Each sentence's topic keys; `text` is a ReadoutText."""
    found: list[set] = [set() for _ in text.starts]
    topic_keys = matcher.topic_keys
    for index, _, match in text.sentence_matches(matcher.topics, matcher.cjk_topics):
        term = match.group()
        keys = topic_keys.get(term)
        if keys is None:
            keys = topic_keys[term] = topic_keys.get(fold_text(term.lstrip(" ")), ())
        if keys:
            found[index].update(keys)
    return found
