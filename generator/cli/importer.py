"""python -m generator import PATH...: readouts from a folder of texts, a .jsonl or a .csv file.

The edge of the import: reads the inputs and the content folder, asks `plan.plan_import`
what to write, writes it (whole files, never over one; participants.yml only appended to),
and prints a line per file on stdout and the summary on stderr. `--dry-run` writes nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from generator.cli import scaffold
from generator.cli.detect import detect_readout
from generator.cli.inputs import Problem, read_inputs
from generator.cli.plan import Plan, plan_import
from generator.cli.propose import Defaults
from generator.cli.safewrite import extend_file, write_new_file
from generator.cli.suggest import Suggestion, append_text, extend_participants, find_suggestions, render_entries
from generator.issues import ERROR, format_report
from generator.pipeline import load_vocabulary
from generator.sources.loader import PARTICIPANTS_FILE, display_path, read_sources

SCHEMA = Path(__file__).resolve().parent.parent / "schema" / "readout.schema.json"


class Progress:
    """'import: 120/2000 texts' on one line of stderr, only when it is a terminal."""

    def __init__(self, total: int, stream=None):
        self.total, self.done, self.stream = total, 0, stream or sys.stderr
        self.shown = total >= 50 and self.stream.isatty()
        self.step = max(1, total // 100)

    def tick(self) -> None:
        self.done += 1
        if self.shown and (self.done % self.step == 0 or self.done == self.total):
            self.stream.write(f"\rimport: {self.done}/{self.total} texts ({100 * self.done // self.total}%)")
            self.stream.flush()

    def close(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def check_defaults(args, vocab) -> tuple[Defaults, list[str]]:
    errors = []
    if args.kind:
        errors += scaffold.check_kind(args.kind)[1]
    if args.topics:
        errors += scaffold.resolve_keys("topics", args.topics, vocab.topics, lambda t: t.label, "content/topics.yml")[1]
    issuer, found = scaffold.resolve_issuer(args.issuer, vocab)
    return Defaults(args.kind or "", args.topics or "", issuer), errors + found


def command_import(args) -> int:
    content = Path(args.content)
    sources = read_sources(content)
    vocab, issues = load_vocabulary(sources)
    if any(i.severity == ERROR for i in issues):
        print(format_report(issues) + "\nerror: fix the vocabularies first; nothing was imported", file=sys.stderr)
        return 1
    defaults, errors = check_defaults(args, vocab)
    missing = [path for path in args.paths if not Path(path).exists()]
    errors += [f"no such file or folder: {path}" for path in missing]
    if errors:
        print("\n".join(f"error: {message}" for message in errors), file=sys.stderr)
        return 2
    items = read_inputs([Path(p) for p in args.paths], display_path)
    texts = [item for item in items if not isinstance(item, Problem)]
    progress = Progress(len(texts))
    shown = display_path(content.resolve())
    schema_ref = Path(os.path.relpath(SCHEMA, content.resolve() / "readouts" / "2000")).as_posix()
    plan = plan_import(texts, sources, defaults, args.add_vocabulary, schema_ref, shown, progress.tick)
    progress.close()
    order = {item.origin: index for index, item in enumerate(items)}
    skipped = sorted([*(i for i in items if isinstance(i, Problem)), *plan.skipped], key=lambda p: order.get(p.origin, -1))
    plan = Plan(plan.proposals, tuple(skipped), plan.suggestions, plan.vocabulary, plan.warnings)
    written = plan.proposals if args.dry_run else write_plan(content, sources, plan)
    if written is None:
        return 1
    done = {proposal.rel for proposal in written}
    lost = [Problem(p.origin, f"{shown}/{p.rel} appeared meanwhile and was left as it is; import again")
            for p in plan.proposals if p.rel not in done]
    for proposal in written:
        print(f"{shown}/{proposal.rel}  <- {proposal.origin}")
    print_summary(plan, written, lost, len(items), args, shown)
    return 0 if written else 1


def write_plan(content: Path, sources, plan: Plan):
    """Append the vocabulary (if any), then write each file; the proposals written, or None."""
    if plan.vocabulary:
        old = sources.participants.data
        if not extend_file(content / PARTICIPANTS_FILE, old, append_text(old, plan.vocabulary)):
            print(f"error: {content / PARTICIPANTS_FILE} changed while importing; nothing was written, import again",
                  file=sys.stderr)
            return None
    return [p for p in plan.proposals if write_new_file(content / p.rel, p.data)]


def describe(suggestion: Suggestion) -> str:
    country = f"{suggestion.country}, " if suggestion.country else "country not stated, "
    return (f"{suggestion.name} ({country}{suggestion.title}, from {suggestion.start}): '{suggestion.words}' in "
            f"{suggestion.origin}, line {suggestion.line}")


def print_suggestions(suggestions, yaml: str, state: str, shown: str) -> None:
    """The people named with a title who are not in participants.yml, and what was (`state`:
    'appended', 'would append') or may be done with them: the entries to append."""
    if not suggestions:
        return
    out = sys.stderr
    where = f"{shown}/{PARTICIPANTS_FILE}"
    how = {"appended": f"appended to {where}, each marked '# review'",
           "would append": f"--add-vocabulary would append these entries to {where}"}.get(
        state, f"proposed entries; --add-vocabulary appends them to {where}")
    print(f"Named with a title but not in {where} ({how}):", file=out)
    for suggestion in suggestions:
        extra = "" if suggestion.country else "; no country: write its entry by hand"
        print(f"  {suggestion.key}: {describe(suggestion)}{extra}", file=out)
    if state != "appended" and any(s.country for s in suggestions):
        print("".join(f"  {line}\n" for line in yaml.splitlines()), end="", file=out)


def offer_people(args, content: Path, sources, vocab, found, text: str):
    """For `new --from-text`: print the people the text names with a title who are not in the
    vocabulary; with --add-vocabulary append them and detect again. (sources, vocab, found), or None."""
    day = scaffold.check_date(args.date)[0] if args.date else found.date
    issuer = scaffold.resolve_issuer(args.issuer, vocab)[0]
    side = vocab.issuers[issuer].country if issuer else ""
    suggestions = find_suggestions(text, vocab, day, side, args.from_text) if day else []
    shown = display_path(content.resolve())
    yaml = render_entries(suggestions, f"new --from-text {args.from_text}")
    if not (suggestions and args.add_vocabulary and any(s.country for s in suggestions)):
        print_suggestions(suggestions, yaml, "proposed", shown)
        return sources, vocab, found
    old = sources.participants.data
    new, errors = extend_participants(sources.participants.path, old, yaml)
    if new is None or not extend_file(content / PARTICIPANTS_FILE, old, new):
        problem = format_report(errors, annotate=False) if errors else f"{shown}/{PARTICIPANTS_FILE} changed meanwhile"
        print(f"{problem}\nerror: the suggested people were not appended; nothing was written", file=sys.stderr)
        return None
    print_suggestions(suggestions, yaml, "appended", shown)
    sources = read_sources(content, [])
    vocab = load_vocabulary(sources)[0]
    return sources, vocab, detect_readout(text, vocab)


def print_summary(plan: Plan, written, lost, total: int, args, shown: str) -> None:
    out = sys.stderr
    verb = "would be written (dry run: nothing was written)" if args.dry_run else "written"
    renamed = [p for p in written if p.taken]
    print(f"\nImport: {total} text(s); {len(written)} readout(s) {verb}; {len(plan.skipped) + len(lost)} skipped.",
          file=out)
    if renamed:
        print("Renamed (a readout has the name already: a number was added):", file=out)
    for proposal in renamed:
        print(f"  {shown}/{proposal.rel}: {shown}/{proposal.taken} is taken", file=out)
    if plan.skipped or lost:
        print("Skipped:", file=out)
        for problem in (*plan.skipped, *lost):
            print(f"  {problem.format()}", file=out)
    events = {}
    for proposal in written:
        events.setdefault(proposal.draft.event, []).append(proposal)
    shared = [(key, group) for key, group in sorted(events.items()) if len(group) > 1]
    notes = [p for p in written if p.note and len(events[p.draft.event]) == 1]
    if shared or notes:
        print("Accounts of one call (the same participants within two days, by other or unknown issuers), given one "
              "event key: check each 'event' line:", file=out)
        for key, group in shared:
            print(f"  {key}: {', '.join(f'{shown}/{p.rel}' for p in group)}", file=out)
        for proposal in notes:
            print(f"  {shown}/{proposal.rel}: {proposal.note}", file=out)
    state = ("would append" if args.dry_run else "appended") if plan.vocabulary else "proposed"
    print_suggestions(plan.suggestions, plan.vocabulary or render_entries(list(plan.suggestions), "import"), state, shown)
    if plan.warnings:
        print(f"check will warn about the new files:\n{format_report(list(plan.warnings), annotate=False)}", file=out)
    if written:
        print("Every suggested value is marked '# review' in the files: check each, delete the marks, then run "
              "make check.", file=out)


def add_import_parser(sub) -> None:
    command = sub.add_parser("import", help="write a readout per text from a folder of .txt/.md, a .jsonl or a .csv file")
    command.add_argument("paths", nargs="+", metavar="PATH",
                         help="folders of .txt/.md texts, or .jsonl/.csv files with a text column "
                              "(and optional date, title, url, issuer, language)")
    command.add_argument("--dry-run", action="store_true", help="show what would be written; write nothing")
    command.add_argument("--add-vocabulary", action="store_true",
                         help="append the people the texts name with a title to content/participants.yml (marked for review)")
    command.add_argument("--kind", help="the kind of texts that name none (e.g. meeting)")
    command.add_argument("--topics", help="topic keys for texts that name none, comma separated")
    command.add_argument("--issuer", help="the issuer of texts whose row, address or words name none")
    command.set_defaults(run=command_import)
