"""The whole pass over a readout: its sentences, each with its speakers and its topics.

Split the body (sentences.py), lay the sentences out as one text (subjects.py), find
each sentence's cues (cues.py) and topics (topics.py) with the vocabulary's matcher
(matcher.py), read each cue's attribution (subjects.py) and give every sentence its
speakers (rules.py).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from generator.archive.statements.cues import find_cues
from generator.archive.statements.matcher import load_matcher
from generator.archive.statements.rules import assign_speakers
from generator.archive.statements.sentences import split_sentences
from generator.archive.statements.subjects import ReadoutText
from generator.archive.statements.topics import find_topics
from generator.model import Vocabulary


class Statement(NamedTuple):
    """One sentence of a readout, with who is reported saying it and the topics it names
    (a tuple: cheap to make, to pickle to another process and to compare)."""
    text: str
    speakers: tuple[str, ...]
    topics: tuple[str, ...]
    paragraph: int


def attribute_statements(body: str, participants: tuple[str, ...], vocabulary: Vocabulary,
                         on: dt.date) -> tuple[Statement, ...]:
    """Each sentence of `body` with who says it and the topics it names (see the package's rules)."""
    pieces = split_sentences(body)
    if not pieces:
        return ()
    matcher = load_matcher(vocabulary)
    cast = matcher.cast(tuple(participants))
    texts = [text for _, text in pieces]
    readout = ReadoutText(matcher, cast, cast.offices(on), texts)
    cue_lists = find_cues(matcher, readout)
    topic_sets = find_topics(matcher, readout)
    found = [readout.pairs(start, start + len(text), cues) if cues else []
             for start, text, cues in zip(readout.starts, texts, cue_lists)]
    speakers = assign_speakers([paragraph for paragraph, _ in pieces], texts, found, cast.keys)
    order = matcher.topic_order.__getitem__
    return tuple([Statement(text, said, () if not topics else tuple(topics) if len(topics) == 1
                            else tuple(sorted(topics, key=order)), paragraph)
                  for (paragraph, text), said, topics in zip(pieces, speakers, topic_sets)])
