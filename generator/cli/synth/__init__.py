"""A deterministic synthetic archive for benchmarks and scale tests.

Pure: `synth_corpus(count, seed)` returns the files of a content folder
(vocabularies, issuers and readouts) as {relative path: text}. Every name, place
and sentence is made up from the word lists in words.py; no real readout text is used.
The same count and seed always give the same files.

The corpus looks like the archive at scale:

- Readouts fall on pairs of countries drawn with skewed weights (a few pairs of
  "hub" countries have many readouts, a long tail of pairs one or two).
- About half the readouts are accounts of events told by several governments: two
  accounts (one per side) or three (three countries), each by an issuer of its own
  side's country, all with the event's key (`propose_event_key`), participants and
  day (`event_date` when an account is published the next day), sharing some topics
  and each with one or two of its own. The others are single accounts, with an
  issuer and their own event key or none.
- Accounts come in two styles: reported speech ("President Varga noted that ...,
  she said.") giving most of the text to the account's own leader, and a short
  style ("The leaders reaffirmed ...", "Both sides agreed ..."). Participants are
  named by name, by title and name, or by country adjective and role.
- No two readouts of the same participants lie within two days of each other unless
  they are accounts of one event, so the corpus checks with no warning.
- A tenth of the readouts are in Chinese (`language: zh`): accounts written in Chinese
  (6% of accounts), and Chinese translations of English accounts (`translation_of`, the
  same issuer and date, the event left to the original; 4.5%), in the same two styles
  ("瓦尔加总统指出，……", "双方同意……"), naming people and topics by their Chinese names,
  which the vocabularies list as aliases. Which ones is drawn from a random generator of
  its own, so the English accounts are those a corpus without Chinese would have.

The modules, each with one job: words.py and words_zh.py (the word lists and sentence
templates, in English and in Chinese), model.py (countries, people, issuers, events),
vocabulary.py (the made-up people, issuers and topics, and their YAML files), texts.py
(one account's text in either style) with texts_zh.py (its Chinese writer), and corpus.py
(events on pairs of countries, and `synth_corpus`).
"""

from generator.cli.synth.corpus import synth_corpus

__all__ = ["synth_corpus"]
