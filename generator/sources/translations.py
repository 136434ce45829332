"""`translation_of`: a readout that translates another one (its original).

An original and its translations are one account: the same issuer's, of the same
call, published within a few days of each other in other languages. Pure: every
problem is an Issue on the translation's `translation_of:` line (or its `issuer:`,
`date:` or `event:` line), saying what to write.

- bad-translation-of: the value is not a readout's file name without `.md`.
- unknown-original: no readout has that file name (or it names the readout itself).
- same-language: the translation and its original are in the same `language`.
- translation-chain: the original is itself a translation (a chain, or a cycle).
- translation-issuer, translation-date, translation-event: the two disagree on the
  issuer, lie more than NEAR days apart, or give different event keys.
- likely-duplicate (warning): two translations of one original into one language.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

import pycountry

from generator.issues import Issue, error, warning
from generator.model import Readout
from generator.sources.fields import Checker

SLUG_RE = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$")
NEAR = dt.timedelta(days=3)  # a translation is published within three days of its original
EXAMPLE = "2026-02-05-xi-jinping-donald-trump-phone-call"


def check_translation_of(check: Checker, value: object) -> str | None:
    """The original's slug (its file name without .md), or None after an issue."""
    text = check.text(("translation_of",), value, f"translation_of: {EXAMPLE}")
    if text is None or SLUG_RE.match(text):
        return text
    name = text.rstrip("/").rpartition("/")[2].removesuffix(".md")
    hint = f"write 'translation_of: {name}'" if SLUG_RE.match(name) else f"e.g. 'translation_of: {EXAMPLE}'"
    check.error(("translation_of",), "bad-translation-of",
                f"'translation_of' is '{text}', not a readout's file name without .md; {hint}")
    return None


def language_label(code: str) -> str:
    """'Chinese (zh)'"""
    found = pycountry.languages.get(alpha_2=code)
    return f"{found.name} ({code})" if found else code


def check_translations(readouts: list[Readout]) -> list[Issue]:
    by_slug = {r.slug: r for r in readouts}
    issues: list[Issue] = []
    seen: dict[tuple[str, str], Readout] = {}
    for readout in sorted((r for r in readouts if r.translation_of), key=lambda r: r.path):
        original = by_slug.get(readout.translation_of)
        if original is None or original is readout:
            issues.append(unknown_original(readout, by_slug))
        elif original.translation_of:
            issues += chain(readout, original, by_slug)
        else:
            issues += check_pair(readout, original)
            other = seen.setdefault((original.slug, readout.language), readout)
            if other is not readout:
                issues.append(warning(readout.path, readout.translation_line, "likely-duplicate",
                                      f"{other.path} is also the {language_label(readout.language)} translation of "
                                      f"{original.path}; keep one"))
    return issues


def unknown_original(readout: Readout, by_slug: dict[str, Readout]) -> Issue:
    if readout.translation_of == readout.slug:
        return error(readout.path, readout.translation_line, "unknown-original",
                     "'translation_of' names this readout itself; name the original's file name without .md, "
                     "or remove the line if this readout is the original")
    nearby = [s for s in by_slug if s[:7] == readout.translation_of[:7] and s != readout.slug] or \
        [s for s in by_slug if s != readout.slug]
    close = difflib.get_close_matches(readout.translation_of, nearby, n=1, cutoff=0.6)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return error(readout.path, readout.translation_line, "unknown-original",
                 f"'translation_of' names '{readout.translation_of}', which is no readout's file name{hint}; "
                 "write the original's file name without .md")


def chain(readout: Readout, original: Readout, by_slug: dict[str, Readout]) -> list[Issue]:
    """One line: the original to name instead, or, for a cycle, which line to remove (on the
    cycle's first file only)."""
    path, at = [readout], original
    while at is not None and at.translation_of and at not in path:
        path.append(at)
        at = by_slug.get(at.translation_of)
    if at in path:
        cycle = path[path.index(at):]
        if readout in cycle and readout is not min(cycle, key=lambda r: r.path):
            return []
        names = " -> ".join(r.slug for r in cycle + [at])
        return [error(readout.path, readout.translation_line, "translation-chain",
                      f"the translations go round in a cycle ({names}); remove 'translation_of' from the "
                      "one that is the original, and let the others name it")]
    root = at.slug if at is not None else original.translation_of
    return [error(readout.path, readout.translation_line, "translation-chain",
                  f"{original.path} is itself a translation (of {root}); a translation names the original: "
                  f"write 'translation_of: {root}'")]


def check_pair(readout: Readout, original: Readout) -> list[Issue]:
    issues = []
    line = readout.translation_line
    if readout.language == original.language:
        issues.append(error(readout.path, line, "same-language",
                            f"this readout and its original {original.path} are both in "
                            f"{language_label(readout.language)}; set 'language' to the language of each text "
                            "(en when left out), e.g. 'language: zh' on a Chinese text"))
    if readout.issuer != original.issuer:
        if original.issuer:
            fix = f"write 'issuer: {original.issuer}' here"
        else:
            fix = f"add 'issuer: {readout.issuer}' to the original, or remove it here"
        issues.append(error(readout.path, line, "translation-issuer",
                            f"a translation is its original's account, but this one's issuer is "
                            f"'{readout.issuer or 'not given'}' and {original.path}'s is "
                            f"'{original.issuer or 'not given'}'; {fix}"))
    apart = abs((readout.date - original.date).days)
    if apart > NEAR.days:
        issues.append(error(readout.path, line, "translation-date",
                            f"this translation is dated {readout.date}, {apart} days from its original "
                            f"{original.path} ({original.date}); a translation is published within {NEAR.days} "
                            "days of its original: correct the date, or 'translation_of'"))
    if readout.event and readout.event != original.event:
        fix = f"write 'event: {original.event}'" if original.event else "move the event key to the original"
        issues.append(error(readout.path, readout.event_line, "translation-event",
                            f"a translation belongs to its original's event, but this one's event is "
                            f"'{readout.event}' and {original.path}'s is '{original.event or 'not given'}'; "
                            f"remove 'event' here (the original's is used), or {fix}"))
    return issues
