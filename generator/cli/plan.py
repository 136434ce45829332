"""The plan of an import: every text's readout file, or why it is skipped. Pure.

`plan_import` takes the texts and the content folder as read (`Sources`) and returns
what `import` would write: one file per text it can place, named as `new` names it
(with -2, -3 ... when the name is taken), each accounts of one call given one event
key (scaffold.choose_event, among accounts by other issuers), the same text only once,
every file checked together with the archive as `check` would; and the people the
texts name with a title who are not in the vocabulary (cli/suggest.py).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, replace

from slugify import slugify

from generator.cli import scaffold
from generator.cli.detect import detect_readout
from generator.cli.inputs import Problem, Text
from generator.cli.propose import Defaults, propose_draft, propose_issuer, text_day
from generator.cli.suggest import (Suggestion, extend_participants, find_suggestions, known_names, merge_suggestions,
                                   render_entries, with_suggestions)
from generator.issues import ERROR, Issue
from generator.model import Readout, Vocabulary
from generator.pipeline import check_sources, load_readouts, load_vocabulary
from generator.sources.drafts import DRAFT_CODES
from generator.sources.loader import SourceFile, Sources


@dataclass(frozen=True)
class Proposal:
    origin: str  # the text it is made from
    draft: scaffold.Draft
    rel: str  # where it goes, relative to the content folder
    data: bytes  # the file
    note: str = ""  # about another account of the same call, when there is one
    taken: str = ""  # the name it would have had, when that was taken


@dataclass(frozen=True)
class Plan:
    proposals: tuple[Proposal, ...]
    skipped: tuple[Problem, ...]
    suggestions: tuple[Suggestion, ...]  # not in the vocabulary: proposed entries
    vocabulary: str = ""  # the text appended to participants.yml (with --add-vocabulary), else ""
    warnings: tuple[Issue, ...] = ()  # what `check` will say about the new files


def fingerprint(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def collect_suggestions(texts: list[Text], vocab: Vocabulary, issuers: dict[str, tuple]) -> dict[str, list[Suggestion]]:
    """The people each text names with a title who are not in the vocabulary, by the text's origin
    (`issuers`: each text's, from propose_issuer: an account names its own officials without their country)."""
    found, known = {}, known_names(vocab)
    for item in texts:
        day = text_day(item)
        if day is not None:
            issuer = issuers[item.origin][0]
            side = vocab.issuers[issuer].country if issuer else ""
            found[item.origin] = find_suggestions(item.text, vocab, day, side, item.origin, known)
    return found


def as_readout(draft: scaffold.Draft, path: str) -> Readout:
    """A proposal as the record choose_event compares (body and topics play no part)."""
    return Readout(path, draft.rel.rsplit("/", 1)[-1][:-3], draft.title, draft.date, draft.kind, draft.participants,
                   draft.topics, draft.countries, "", issuer=draft.issuer, event=draft.event)


def place_event(draft: scaffold.Draft, path: str, by_people: dict) -> tuple[scaffold.Draft, str]:
    """The draft's event key: another account's of the same call (same participants within two days,
    another issuer, or either unknown), else a new one; and the note when another account was found."""
    accounts = by_people[frozenset(draft.participants)]
    others = [r for r in accounts if not (draft.issuer and r.issuer == draft.issuer)]
    other = scaffold.other_account(draft, others)
    draft, note = scaffold.choose_event(draft, [other] if other else [])
    accounts.append(as_readout(draft, path))
    return draft, note if other else ""


def free_name(draft: scaffold.Draft, taken: set[str]) -> str:
    """The draft's file, or the first of -2, -3 ... that no readout has (names compared as URLs)."""
    stem, number = draft.rel[:-3], 2
    rel = draft.rel
    while slugify(rel.rsplit("/", 1)[-1][:-3]) in taken:
        rel, number = f"{stem}-{number}.md", number + 1
    taken.add(slugify(rel.rsplit("/", 1)[-1][:-3]))
    return rel


def draft_texts(texts: list[Text], vocab: Vocabulary, defaults: Defaults, by_text: dict[str, list[Suggestion]],
                issuers: dict[str, tuple], seen: dict[str, str], tick) -> tuple[list[tuple[Text, scaffold.Draft]], list[Problem]]:
    """Each text's draft, or why it has none; `seen`: where each text (fingerprint) already is."""
    drafts, skipped = [], []
    for item in texts:
        tick()
        found = detect_readout(item.text, vocab)
        body = fingerprint(found.body)
        if body in seen:
            skipped.append(Problem(item.origin, f"the same text as {seen[body]}; imported once"))
            continue
        unknown = [s for s in by_text.get(item.origin, ()) if s.key not in vocab.participants]
        draft = propose_draft(item, found, vocab, defaults, unknown, issuers[item.origin])
        if isinstance(draft, Problem):
            skipped.append(draft)
        else:
            seen[body] = item.origin
            drafts.append((item, draft))
    return drafts, skipped


def place_drafts(drafts: list[tuple[Text, scaffold.Draft]], existing: list[Readout], sources: Sources,
                 schema_ref: str, shown: str) -> list[Proposal]:
    """Each draft's file name and event key, oldest first (an event's key is its first account's day);
    the proposals in the order of the texts."""
    by_people: dict[frozenset, list[Readout]] = defaultdict(list)
    for readout in existing:
        by_people[frozenset(readout.participants)].append(readout)
    taken = {slugify(s.rel.rsplit("/", 1)[-1].rsplit(".", 1)[0]) for s in sources.readouts}
    placed = {}
    for index, (item, draft) in sorted(enumerate(drafts), key=lambda pair: (pair[1][1].date, pair[0])):
        rel = free_name(draft, taken)
        draft, note = place_event(draft, f"{shown}/{rel}", by_people)
        data = scaffold.render_draft(draft, schema_ref, item.origin, "import").encode("utf-8")
        placed[index] = Proposal(item.origin, draft, rel, data, note, draft.rel if rel != draft.rel else "")
    return [placed[index] for index in sorted(placed)]


def plan_import(texts: list[Text], sources: Sources, defaults: Defaults = Defaults(), add_vocabulary: bool = False,
                schema_ref: str = "", shown: str = "content", tick=lambda: None) -> Plan:
    """The plan for `texts` against the content folder `sources` (vocabularies checked by the caller)."""
    vocab = load_vocabulary(sources)[0]
    existing, _ = load_readouts(sources, vocab)
    issuers = {item.origin: propose_issuer(item, vocab) for item in texts}
    by_text = collect_suggestions(texts, vocab, issuers)
    suggestions = merge_suggestions([s for found in by_text.values() for s in found])
    participants, addition, skipped = sources.participants, "", []
    if add_vocabulary and any(s.country for s in suggestions):
        addition = render_entries(suggestions, "import")
        data, errors = extend_participants(participants.path, participants.data, addition)
        if data is None:
            skipped.append(Problem(participants.path, "the suggested people cannot be appended (" + "; ".join(
                i.format() for i in errors) + "); add them by hand"))
            addition = ""
        else:
            vocab = with_suggestions(vocab, suggestions)
            participants = replace(participants, data=data)
    seen = {fingerprint(r.body): r.path for r in existing}
    drafts, found = draft_texts(texts, vocab, defaults, by_text, issuers, seen, tick)
    proposals = place_drafts(drafts, existing, sources, schema_ref, shown)
    skipped += found
    plan = Plan(tuple(proposals), tuple(skipped), tuple(suggestions), addition)
    return check_plan(plan, replace(sources, participants=participants, published=None), shown)


def check_plan(plan: Plan, sources: Sources, shown: str) -> Plan:
    """The plan with every file `check` would stop moved to the skipped, with its messages, in the
    archive as it would be; and the other warnings on the new files."""
    files = tuple(SourceFile(f"{shown}/{p.rel}", p.rel, p.data) for p in plan.proposals)
    _, issues = check_sources(replace(sources, readouts=sources.readouts + files))
    ours: dict[str, list[Issue]] = defaultdict(list)
    for issue in issues:
        ours[issue.path].append(issue)
    kept, skipped = [], list(plan.skipped)
    for proposal, file in zip(plan.proposals, files):
        errors = [i for i in ours.get(file.path, ()) if i.severity == ERROR]
        if errors:
            skipped.append(Problem(proposal.origin, "would not pass check: " + "; ".join(
                f"{i.message} [{i.code}]" for i in errors)))
        else:
            kept.append(proposal)
    written = {f"{shown}/{p.rel}" for p in kept}
    warnings = tuple(i for file in files if file.path in written for i in ours.get(file.path, ())
                     if i.code not in DRAFT_CODES)  # not the marks it just wrote: `check` lists those
    return replace(plan, proposals=tuple(kept), skipped=tuple(skipped), warnings=warnings)
