"""The skeleton of a new readout: options in, a checked draft and its file text out.

Pure: `cli new` does the asking, reading and writing. Values come as the
strings a person typed (`--participants a,b`); each is checked against the
vocabularies, and every problem names the option and how to fix it.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, replace

from slugify import slugify

from generator.cli.detect import Detection
from generator.sources.fields import did_you_mean
from generator.model import KIND_LABELS, KINDS, Vocabulary
from generator.sources.drafts import PLACEHOLDER_BODY, REVIEW_MARK, REVIEW_NOTE
from generator.sources.events import NEAR, propose_event_key
from generator.sources.vocabulary import resolve_term

FIELDS = ("date", "kind", "participants", "topics", "title")
REVIEW = "  " + REVIEW_MARK


@dataclass(frozen=True)
class Draft:
    date: dt.date
    title: str
    kind: str
    participants: tuple[str, ...]
    topics: tuple[str, ...]
    slug: str
    countries: tuple[str, ...] = ()
    body: str = PLACEHOLDER_BODY
    review: tuple[str, ...] = ()  # the fields suggested from a text, to be checked by a person
    issuer: str = ""
    event: str = ""
    language: str = ""  # ISO 639-1, written only when given
    url: str = ""  # the source's address, written only when given

    @property
    def rel(self) -> str:
        """Where the file goes, relative to the content folder."""
        return f"readouts/{self.date.year}/{self.date.isoformat()}-{self.slug}.md"


def split_list(text: str | None) -> tuple[str, ...]:
    """'a, b,,c' -> ('a', 'b', 'c')."""
    return tuple(part.strip() for part in (text or "").split(",") if part.strip())


def merge_detection(raw: dict, found: Detection | None) -> tuple[dict, tuple[str, ...]]:
    """The options given, completed by what was detected in the text; and which fields were suggested."""
    if found is None:
        return dict(raw), ()
    detected = {
        "date": found.date.isoformat() if found.date else None,
        "kind": found.kind,
        "participants": ",".join(found.participants) or None,
        "topics": ",".join(found.topics) or None,
        "countries": ",".join(found.countries) or None,
        "language": found.language or None,
    }
    merged, review = dict(raw), []
    for field, value in detected.items():
        if not merged.get(field) and value:
            merged[field] = value
            review.append(field)
    return merged, tuple(review)


def missing_fields(raw: dict) -> list[str]:
    """The required fields still without a value (a title can be made up from the others)."""
    return [field for field in FIELDS if field != "title" and not (raw.get(field) or "").strip()]


def resolve_keys(option: str, text: str | None, terms: dict, names, vocab_file: str) -> tuple[tuple[str, ...], list[str]]:
    keys, errors = [], []
    for item in split_list(text):
        key, how = resolve_term(item, terms, names)
        if key is None and not how:
            how = partial_match(item, terms, names)
        if key is None:
            errors.append(f"--{option}: unknown {option[:-1]} '{item}'{how}; use a key from {vocab_file}, or add it there first")
        elif key not in keys:
            keys.append(key)
    if not keys and not errors:
        errors.append(f"--{option} is empty; give at least one key from {vocab_file}")
    return tuple(keys), errors


def partial_match(item: str, terms: dict, names) -> str:
    """' (did you mean 'jonas-berg'?)' for 'berg': a key or name holding the word."""
    word = slugify(item)
    close = [key for key, term in terms.items() if word and (word in key.split("-") or word in slugify(names(term)).split("-"))]
    return f" (did you mean '{close[0]}'?)" if len(close) == 1 else ""


def check_date(text: str | None) -> tuple[dt.date | None, list[str]]:
    try:
        return dt.date.fromisoformat((text or "").strip()), []
    except ValueError:
        return None, [f"--date '{text}' is not a date; write it as YYYY-MM-DD, e.g. --date 2026-02-05"]


def check_kind(text: str | None) -> tuple[str | None, list[str]]:
    kind = (text or "").strip()
    if kind in KINDS:
        return kind, []
    return None, [f"--kind '{kind}' is not a kind{did_you_mean(kind, KINDS)}; use one of: {', '.join(KINDS)}"]


def default_title(names: list[str], kind: str) -> str:
    """'Phone call between Xi Jinping and Donald Trump'."""
    joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    word = "by" if len(names) == 1 else "between"
    return f"{KIND_LABELS[kind]} {word} {joined}"


def default_slug(participants: tuple[str, ...], kind: str) -> str:
    """The archive's convention: the participants' keys, then the kind: xi-jinping-donald-trump-phone-call."""
    return slugify("-".join(participants[:3]) + "-" + KIND_LABELS[kind])


def check_field(field: str, value: str, vocab: Vocabulary) -> list[str]:
    """The problems with one value as typed at a prompt (the title is free text)."""
    if field == "date":
        return check_date(value)[1]
    if field == "kind":
        return check_kind(value)[1]
    if field == "participants":
        return resolve_keys(field, value, vocab.participants, lambda p: p.name, "content/participants.yml")[1]
    if field == "topics":
        return resolve_keys(field, value, vocab.topics, lambda t: t.label, "content/topics.yml")[1]
    return []


def make_draft(raw: dict, vocab: Vocabulary, body: str = PLACEHOLDER_BODY, review: tuple[str, ...] = ()) -> tuple[Draft | None, list[str]]:
    """A Draft from the options, or every problem with them."""
    day, errors = check_date(raw.get("date"))
    kind, found = check_kind(raw.get("kind"))
    errors += found
    people, found = resolve_keys("participants", raw.get("participants"), vocab.participants, lambda p: p.name, "content/participants.yml")
    errors += found
    topics, found = resolve_keys("topics", raw.get("topics"), vocab.topics, lambda t: t.label, "content/topics.yml")
    errors += found
    slug = slugify(raw.get("slug") or "") if raw.get("slug") else ""
    if raw.get("slug") and not slug:
        errors.append(f"--slug '{raw['slug']}' has no letters or digits; write a few words such as --slug phone-call")
    if errors:
        return None, errors
    title = " ".join((raw.get("title") or "").split()) or default_title([vocab.participants[p].name for p in people], kind)
    if review and not (raw.get("title") or "").strip():
        review += ("title",)
    countries = tuple(c.upper() for c in split_list(raw.get("countries")))
    issuer, found = resolve_issuer(raw.get("issuer"), vocab)
    if found:
        return None, found
    event = slugify(raw.get("event") or "")
    return Draft(day, title, kind, people, topics, slug or default_slug(people, kind), countries, body, review,
                 issuer, event, language=(raw.get("language") or "").lower()), []


def resolve_issuer(text: str | None, vocab: Vocabulary) -> tuple[str, list[str]]:
    if not (text or "").strip():
        return "", []
    key, how = resolve_term(text.strip(), vocab.issuers, lambda issuer: issuer.name)
    if key is None:
        return "", [f"--issuer '{text}' is not in content/issuers.yml{how}; use one of its keys, or add the issuer there"]
    return key, []


def choose_event(draft: Draft, readouts) -> tuple[Draft, str]:
    """The draft with an event key, and what to tell the contributor. The key of a readout of the
    same participants within two days (another account of the same call) is offered first;
    else a new key from the event's day, participants and kind. An --event given is kept."""
    if draft.event:
        return draft, ""
    kind = KIND_LABELS.get(draft.kind, draft.kind).lower()
    other = other_account(draft, readouts)
    if other and other.event:
        return replace(draft, event=other.event, review=draft.review + ("event",)), (
            f"event: {other.event}: the key of {other.path}, probably another account of the same "
            f"{kind}; keep it if it is, or delete the line")
    if other:  # the account already in the archive names the event
        key = propose_event_key(other.event_day, other.participants, other.kind)
        note = f"event: {key}: a new key for this {kind}; {other.path} looks like another account of it: add 'event: {key}' there too"
    else:
        key = propose_event_key(draft.date, draft.participants, draft.kind)
        note = f"event: {key}: a new key for this {kind}"
    return replace(draft, event=key, review=draft.review + ("event",)), note


def other_account(draft: Draft, readouts):
    """The readout of the same participants nearest the draft's day, at most two days away, or None."""
    people = set(draft.participants)
    near = [r for r in readouts if set(r.participants) == people and abs(r.event_day - draft.date) <= NEAR]
    return min(near, key=lambda r: (abs(r.event_day - draft.date), r.path), default=None)


def render_draft(draft: Draft, schema_ref: str, origin: str = "", command: str = "new --from-text") -> str:
    """The file's text: front matter (suggested lines marked for review), then the body."""
    def mark(field: str) -> str:
        return REVIEW if field in draft.review else ""

    lines = ["---", f"# yaml-language-server: $schema={schema_ref}"]
    if draft.review:
        by = f"{command} {origin}" if origin else "new"
        lines.append(REVIEW_NOTE.format(by=by))
    lines += [
        f"title: {json.dumps(draft.title, ensure_ascii=False)}{mark('title')}",
        f"date: {draft.date.isoformat()}{mark('date')}",
        f"kind: {draft.kind}{mark('kind')}",
        f"participants: [{', '.join(draft.participants)}]{mark('participants')}",
    ]
    if draft.countries:
        lines.append(f"countries: [{', '.join(draft.countries)}]{mark('countries')}")
    lines.append(f"topics: [{', '.join(draft.topics)}]{mark('topics')}")
    if draft.issuer:
        lines.append(f"issuer: {draft.issuer}{mark('issuer')}")
    else:
        lines.append("# issuer: a key from content/issuers.yml: who published this account")
    if draft.event:
        lines.append(f"event: {draft.event}{mark('event')}")
    if draft.url:
        lines += ["source:", f"  url: {json.dumps(draft.url, ensure_ascii=False)}",
                  "  # publisher: ..., title: ..., retrieved: YYYY-MM-DD"]
    else:
        lines.append("# source: {publisher: ..., url: https://..., title: ..., retrieved: YYYY-MM-DD}")
    if draft.language:
        lines.append(f"language: {draft.language}{mark('language')}")
    lines += [
        "---",
        "",
        draft.body.strip() + "\n",
    ]
    return "\n".join(lines)
