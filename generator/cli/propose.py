"""What `import` proposes for one text: a readout draft, or the reason it cannot place the text.

Everything `new --from-text` suggests (cli/detect.py, merged by cli/scaffold.py and marked
for review the same way), completed by the text's columns (date, title, url, issuer,
language) and by the issuer the text's address or words name. Pure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from generator.cli import scaffold
from generator.cli.detect import detect_terms, split_date_header
from generator.cli.inputs import Problem, Text
from generator.cli.suggest import Suggestion
from generator.model import Vocabulary
from generator.sources.vocabulary import resolve_term


@dataclass(frozen=True)
class Defaults:
    """What the command line gives for texts that name none (not marked for review: a person chose it)."""

    kind: str = ""
    topics: str = ""
    issuer: str = ""


def host_and_path(url: str) -> tuple[str, str]:
    try:
        parts = urlsplit(url)
        return (parts.hostname or "").removeprefix("www."), parts.path or "/"
    except ValueError:
        return "", ""


def issuer_by_url(url: str, vocab: Vocabulary) -> str:
    """The issuer whose website the address is on (the longest matching path wins; '' if none or a tie)."""
    host, path = host_and_path(url) if url else ("", "")
    if not host:
        return ""
    found = []
    for key, issuer in vocab.issuers.items():
        its_host, its_path = host_and_path(issuer.url) if issuer.url else ("", "")
        if its_host == host and path.startswith(its_path):
            found.append((len(its_path), key))
    found.sort(reverse=True)
    return found[0][1] if found and (len(found) == 1 or found[0][0] > found[1][0]) else ""


def propose_issuer(item: Text, vocab: Vocabulary) -> tuple[str, str, Problem | None]:
    """(issuer key, how it was found: 'column', 'url', 'text' or '', a problem with the column)."""
    given = item.columns.get("issuer", "")
    if given:
        key, how = resolve_term(given, vocab.issuers, lambda issuer: issuer.name)
        if key is None:
            return "", "", Problem(item.origin, f"the issuer '{given}' is not in content/issuers.yml{how}; use one of "
                                                "its keys in the issuer column, or add the issuer there")
        return key, "column", None
    key = issuer_by_url(item.columns.get("url", ""), vocab)
    if key:
        return key, "url", None
    named = detect_terms(item.text, "issuer", vocab.issuers, lambda issuer: issuer.name)
    return (named[0].value, "text", None) if len(named) == 1 else ("", "", None)


def text_day(item: Text) -> dt.date | None:
    """The date the column gives, else the one the text states or holds first."""
    given = item.columns.get("date", "")
    return scaffold.check_date(given)[0] if given else split_date_header(item.text)[0]


def language_note(item: Text) -> str:
    """Why the vocabularies may not find anything: a language other than English, whose names and
    terms the vocabularies may not have as aliases yet."""
    language = item.columns.get("language", "")
    fix = "give the vocabularies' entries the names and terms it uses as aliases, such as [习近平]"
    if language and language.lower() != "en":
        return f" (the text is in '{language}': {fix})"
    letters = [ch for ch in item.text if ch.isalpha()]
    if letters and sum(ch.isascii() for ch in letters) < len(letters) / 2:
        return f" (the text is mostly in another script: {fix})"
    return ""


def unplaced(item: Text, raw: dict, unknown: list[Suggestion]) -> str:
    """Why a text cannot be placed or completed, or '' when it can."""
    if not raw.get("date"):
        return "no date found; put 'date YYYY-MM-DD' at the start of the text, or give a date column" + language_note(item)
    if not raw.get("participants"):
        found = f" (it names {', '.join(s.name for s in unknown)}, not in it yet: see the suggestions below)" if unknown else ""
        return ("no participant of content/participants.yml is named" + found + "; add them there "
                "(--add-vocabulary adds those suggested)" + language_note(item))
    if not raw.get("kind"):
        return (f"no kind found (words such as 'phone call', 'met with', 'held talks'); give --kind KIND for texts that "
                f"name none, one of: {', '.join(scaffold.KINDS)}")
    if not raw.get("topics"):
        return ("no topic of content/topics.yml is named; give --topics KEY for texts that name none, or add "
                "the words it uses as a topic's aliases")
    return ""


def propose_draft(item: Text, found, vocab: Vocabulary, defaults: Defaults, unknown: list[Suggestion],
                  issuer: tuple[str, str, Problem | None]) -> scaffold.Draft | Problem:
    """The draft for a text, from its columns, what was detected in it (`found`), its issuer
    (`propose_issuer`) and the defaults."""
    given = item.columns.get("date", "")
    if given and scaffold.check_date(given)[0] is None:
        return Problem(item.origin, f"the date column '{given}' is not a date; write it as YYYY-MM-DD, e.g. 2026-02-05")
    issuer, how, problem = issuer
    if problem:
        return problem
    raw = {"date": given or None, "title": item.columns.get("title"), "issuer": issuer or defaults.issuer or None,
           "language": item.columns.get("language") or None}
    raw, review = scaffold.merge_detection(raw, found)
    raw = {**raw, "kind": raw.get("kind") or defaults.kind, "topics": raw.get("topics") or defaults.topics}
    reason = unplaced(item, raw, unknown)
    if reason:
        return Problem(item.origin, reason)
    draft, errors = scaffold.make_draft(raw, vocab, found.body, review + (("issuer",) if how in ("url", "text") else ()))
    if draft is None:
        return Problem(item.origin, "; ".join(errors))
    return replace(draft, url=item.columns.get("url", ""))
