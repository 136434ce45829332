"""`python -m generator review --base REF`: what a pull request changes, as markdown for
GitHub's job summary: the readouts it adds, changes, renames or removes with their metadata,
the check results, and the vocabulary entries it adds, changes or removes.

Reads the content folder and git (gitdiff.py); writes nothing. Every value from the content
is escaped (pages/escape.py), so a title shows as typed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from generator.cli.gitdiff import ADDED, CHANGED, REMOVED, RENAMED, Change, Diff, GitError, content_diff, file_at
from generator.dates import long_date
from generator.issues import format_report, summary_line
from generator.memo import Memo
from generator.model import KIND_LABELS, Readout, Vocabulary
from generator.pages import urls
from generator.pages.escape import escape_markdown
from generator.pipeline import check_sources, load_readouts, load_vocabulary
from generator.sources.loader import ISSUERS_FILE, PARTICIPANTS_FILE, READOUTS, TOPICS_FILE, read_sources
from generator.sources.reader import read_document
from generator.sources.vocabulary import parse_issuers, parse_participants, parse_topics

MAX_ISSUES = 100  # the summary lists at most this many check messages; `make check` shows all
PARSERS = {TOPICS_FILE: parse_topics, PARTICIPANTS_FILE: parse_participants, ISSUERS_FILE: parse_issuers}
HEADINGS = {ADDED: "Added", CHANGED: "Changed", RENAMED: "Renamed", REMOVED: "Removed"}


def text(value: object) -> str:
    return str(escape_markdown(value))


def command_review(args) -> int:
    content = Path(args.content)
    try:
        diff = content_diff(content, args.base)
    except GitError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    sources, memo = read_sources(content), Memo()
    _, issues = check_sources(sources, memo)
    vocab, _ = load_vocabulary(sources)
    readouts = {r.src_uri: r for r in load_readouts(sources, vocab, memo)[0]}
    shown = {s.rel: s.path for s in sources.readouts}
    parts = [f"## Readouts this pull request adds or changes\n\n{counts(diff, args.base)}\n"]
    for change in diff.changes:
        if change.rel.startswith(READOUTS + "/") and change.rel.endswith(".md"):
            path = shown.get(change.rel, (content / change.rel).as_posix())
            parts.append(readout_section(change, path, readouts.get(change.rel), vocab, changed_parts(content, diff, change, sources)))
    parts += [check_section(issues), vocabulary_section(content, diff, sources)]
    if args.artifact:
        parts.append(f"## The built site\n\nThe site as this pull request would publish it is attached to this run as the "
                     f"artifact {text(args.artifact)}: download it, unzip it, run `python3 -m http.server --directory site` "
                     "in the folder you unzipped it to, and open http://localhost:8000/.\n")
    sys.stdout.write("\n".join(parts))
    return 0


def counts(diff: Diff, base: str) -> str:
    readouts = [c for c in diff.changes if c.rel.startswith(READOUTS + "/") and c.rel.endswith(".md")]
    found = ", ".join(f"{sum(c.status == status for c in readouts)} {status}" for status in HEADINGS)
    return f"Against {text(base)} (merge base {diff.base[:12]}): {found}."


def readout_section(change: Change, path: str, readout: Readout | None, vocab: Vocabulary, changed: str) -> str:
    where = text(path) + (f" (was {text(path[:len(path) - len(change.rel)] + change.old)})" if change.old else "")
    head = f"### {HEADINGS[change.status]}: {where}\n"
    if change.status == REMOVED:
        return head + "\nIts address must keep working: give the readout that replaces it `aliases:`, or see `published-url-broken` in CONTRIBUTING.md.\n"
    if readout is None:
        return head + "\nNot a valid readout yet: see the check results below.\n"
    rows = [("Title", text(readout.title)), ("Date", date_of(readout)), ("Kind", text(KIND_LABELS[readout.kind]))]
    rows.append(("Participants", "; ".join(person_of(vocab, key, readout) for key in readout.participants)))
    rows.append(("Countries", ", ".join(text(code) for code in readout.countries)))
    rows.append(("Topics", ", ".join(text(vocab.topics[key].label) for key in readout.topics)))
    if readout.issuer:
        rows.append(("Issued by", f"{text(vocab.issuers[readout.issuer].name)} ({text(vocab.side_of(readout))})"))
    if readout.event:
        rows.append(("Event", text(readout.event)))
    if readout.source:
        rows.append(("Source", source_of(readout)))
    rows += [("Language", text(readout.language)), ("Text", f"{len(readout.body.split())} word(s)"),
             ("Address", text(urls.site_path(readout.src_uri)))]
    if readout.aliases:
        rows.append(("Old addresses", ", ".join(text(alias) for alias in readout.aliases)))
    if changed:
        rows.append(("What changed", changed))
    return head + "\n| | |\n| :--- | :--- |\n" + "".join(f"| {name} | {value} |\n" for name, value in rows)


def date_of(readout: Readout) -> str:
    event = f" (the {KIND_LABELS[readout.kind].lower()}: {long_date(readout.event_date)})" if readout.event_date else ""
    return text(long_date(readout.date) + event)


def person_of(vocab: Vocabulary, key: str, readout: Readout) -> str:
    person = vocab.participants[key]
    role = person.role_on(readout.date)
    return text(person.name + (f", {role.title}" if role else ""))


def source_of(readout: Readout) -> str:
    source = readout.source
    named = " · ".join(text(part) for part in (source.publisher, source.title) if part)
    addresses = [text(source.url)] if source.url else []
    addresses += [f"archived copy: {text(source.archived_url)}"] if source.archived_url else []
    retrieved = [f"retrieved {text(source.retrieved.isoformat())}"] if source.retrieved else []
    return "; ".join(part for part in [named, *addresses, *retrieved] if part)


def changed_parts(content: Path, diff: Diff, change: Change, sources) -> str:
    """For a changed or renamed readout: the front matter keys that differ from the base, and the text."""
    if change.status not in (CHANGED, RENAMED):
        return ""
    before = file_at(content, diff, change.old or change.rel)
    now = next((s.data for s in sources.readouts if s.rel == change.rel), None)
    old_doc, _ = read_document("base", before) if before is not None else (None, [])
    new_doc, _ = read_document("now", now) if now is not None else (None, [])
    if old_doc is None or new_doc is None:
        return ""
    old, new = old_doc.meta.data, new_doc.meta.data
    keys = [key for key in dict.fromkeys([*old, *new]) if old.get(key) != new.get(key)]
    parts = [", ".join(text(key) for key in keys)] if keys else []
    if old_doc.body != new_doc.body:
        parts.append("**the text** (it must stay word for word as published)")
    return "; ".join(parts) or "nothing in the front matter or the text"


def check_section(issues) -> str:
    """check's summary line, and its messages as they print (in a fence no message can close)."""
    shown = format_report(issues[:MAX_ISSUES], annotate=False)
    if len(issues) > MAX_ISSUES:
        shown += f"\n... and {len(issues) - MAX_ISSUES} more: run make check to see them all"
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", shown)), default=0))
    listing = f"\n{fence}text\n{shown}\n{fence}\n\nEach message says how to fix it; CONTRIBUTING.md explains each code.\n" if issues else ""
    return f"## Check results\n\n> {summary_line(issues, 'all readouts')}\n{listing}"


def vocabulary_section(content: Path, diff: Diff, sources) -> str:
    current = {TOPICS_FILE: sources.topics, PARTICIPANTS_FILE: sources.participants, ISSUERS_FILE: sources.issuers}
    lines = []
    for change in (c for c in diff.changes if c.rel in PARSERS):
        parse, before, now = PARSERS[change.rel], file_at(content, diff, change.rel), current[change.rel]
        old = parse(change.rel, before)[0] if before is not None else {}
        new = parse(change.rel, now.data)[0] if now is not None else {}
        where = text(f"content/{change.rel}" if diff.prefix == "content" else change.rel)
        for key in sorted(set(old) | set(new)):
            if key not in old:
                lines.append(f"- {where}: added {text(key)}: {describe(new[key])}")
            elif key not in new:
                lines.append(f"- {where}: removed {text(key)} (a readout that uses it fails the check)")
            elif old[key] != new[key]:
                lines.append(f"- {where}: changed {text(key)}: now {describe(new[key])}")
    return "## Vocabulary entries\n\n" + ("\n".join(lines) or "No topic, participant or issuer added, changed or removed.") + "\n"


def describe(entry) -> str:
    """A vocabulary entry on one line: a topic's label and description, a person's name, country
    and roles, an issuer's name, country and address; and its aliases."""
    parts = [getattr(entry, "label", "") or getattr(entry, "name", "")]
    parts += [entry.country] if getattr(entry, "country", "") else []
    parts += [entry.description] if getattr(entry, "description", "") else []
    parts += [role.title + (f" from {role.start.isoformat()}" if role.start else "") + (f" to {role.end.isoformat()}" if role.end else "")
              for role in getattr(entry, "roles", ())]
    parts += [entry.url] if getattr(entry, "url", "") else []
    parts += [f"aliases: {', '.join(entry.aliases)}"] if entry.aliases else []
    return text("; ".join(parts))


def add_review_parser(sub) -> None:
    command = sub.add_parser("review", help="print, as markdown, what this branch changes since --base (for a pull request's summary)")
    command.add_argument("--base", required=True, help="the branch or commit the changes are compared with, e.g. origin/main")
    command.add_argument("--artifact", help="the name of the built site's artifact, to say how to open it")
    command.set_defaults(run=command_review)
