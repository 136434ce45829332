"""The command line: python -m generator build | check | new."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from generator.cli import scaffold
from generator.cli.detect import detect_readout
from generator.cli.importer import add_import_parser, offer_people
from generator.cli.review import add_review_parser
from generator.issues import ERROR, format_report, summary_line
from generator.sources.drafts import DRAFT_CODES
from generator.sources.live import fetch_published
from generator.sources.loader import READOUTS, VOCABULARY_FILES, SourceFile, Sources, read_sources, write_pages
from generator.pipeline import build_pages, check_sources, load_vocabulary
from generator.serve.halves import in_two
from generator.outputs.files import build_outputs
from generator.outputs.redirects import render_published_list, withdrawn_urls
from generator.pages.registry import Options, Site
from generator.cli.synth import synth_corpus

SCHEMA = Path(__file__).resolve().parent.parent / "schema" / "readout.schema.json"


def copy_hand_written(content: Path, out: Path) -> None:
    """Copy the hand-written pages and assets so `out` is a complete docs folder."""
    for path in sorted(content.rglob("*")):
        rel = path.relative_to(content)
        if path.is_dir() or rel.parts[0] == READOUTS or rel.as_posix() in VOCABULARY_FILES:
            continue
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def command_build(args) -> int:
    content, out = Path(args.content), Path(args.out)
    if out.resolve() == content.resolve() or content.resolve() in out.resolve().parents:
        print(f"error: --out {out} is inside {content}; choose a folder outside the content", file=sys.stderr)
        return 2
    options = Options(site_url=os.environ.get("SITE_URL", ""))
    result = build_pages(read_sources(content), options)
    if result.issues:
        print(format_report(result.issues), file=sys.stderr)
    if not result.ok:
        return 1
    copy_hand_written(content, out)
    count = write_pages(out, result.pages)
    outputs = build_outputs(Site(result.archive, result.indexes, options))
    files = write_pages(out, outputs.files)
    print(f"{count} pages and {files} data files written to {out}")
    return 0


def command_check(args) -> int:
    content = Path(args.content)
    only = [Path(p) for p in args.paths] or None
    if only:
        missing = [str(p) for p in only if not p.is_file()]
        if missing:
            print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
            return 2
        if args.require_published:
            print("error: --require-published checks the whole archive; give no file paths", file=sys.stderr)
            return 2
    live, site_url = None, os.environ.get("SITE_URL", "").strip()
    if not only and (site_url or args.require_published):
        published = fetch_published(site_url)
        if published.site is None and args.require_published:
            print(f"error: cannot tell which readout URLs are published: {published.message}; nothing was checked "
                  "(without --require-published, check would protect only those of published-urls.txt)", file=sys.stderr)
            return 1
        live = published.site
        print(published.message if live else f"warning: {published.message}; only the URLs in published-urls.txt "
              "are protected", file=sys.stderr)
    archive, issues = check_sources(read_sources(content, only), live=live, read_all=in_two)
    if issues:
        print(format_report(issues))
    checked = "the given files" if only else "all readouts"
    print(summary_line(issues, checked), file=sys.stderr)
    return 1 if issues else 0  # a warning stops the published build too (see summary_line)


def ask_missing(raw: dict, vocab) -> dict:
    """Ask for each missing value, one line each (only called when stdin is a terminal)."""
    hints = {
        "date": "YYYY-MM-DD", "kind": ", ".join(scaffold.KINDS),
        "participants": "keys, comma separated: " + ", ".join(vocab.participants),
        "topics": "keys, comma separated: " + ", ".join(vocab.topics),
        "title": "Enter for a title made from the participants and kind",
    }
    raw = dict(raw)
    for field in scaffold.FIELDS:
        while not (raw.get(field) or "").strip():
            value = input(f"{field} ({hints[field]}): ").strip()
            problems = scaffold.check_field(field, value, vocab) if value or field != "title" else []
            for message in problems:
                print(f"  {message}", file=sys.stderr)
            if not problems:
                raw[field] = value
                if field == "title":
                    break
    return raw


def print_detection(found, origin: str) -> None:
    print(f"Detected in {origin} (check each one; the file marks them 'review'):", file=sys.stderr)
    for finding in found.findings:
        print(f"  {finding.field:<12} {finding.value:<20} {finding.reason}", file=sys.stderr)


def command_new(args) -> int:
    content = Path(args.content)
    sources = read_sources(content, [])
    vocab, issues = load_vocabulary(sources)
    if any(i.severity == ERROR for i in issues):
        print(format_report(issues), file=sys.stderr)
        return 1
    raw = {f: getattr(args, f) for f in (*scaffold.FIELDS, "slug", "countries", "issuer", "event")}
    found, body = None, scaffold.PLACEHOLDER_BODY
    if args.from_text:
        try:
            text = Path(args.from_text).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"error: cannot read {args.from_text} as UTF-8 text ({exc.__class__.__name__}); save the readout's text as a UTF-8 .txt file", file=sys.stderr)
            return 2
        found = detect_readout(text, vocab)
        offered = offer_people(args, content, sources, vocab, found, text)  # people it names who are not in the vocabulary
        if offered is None:
            return 1
        sources, vocab, found = offered
        body = found.body
        print_detection(found, args.from_text)
    raw, review = scaffold.merge_detection(raw, found)
    if scaffold.missing_fields(raw) and sys.stdin.isatty():
        raw = ask_missing(raw, vocab)
    missing = scaffold.missing_fields(raw)
    if missing:
        print(f"error: missing {', '.join('--' + m for m in missing)}; e.g. --date 2026-02-05 --kind call "
              "--participants xi-jinping,donald-trump --topics taiwan (or run it in a terminal to be asked)", file=sys.stderr)
        return 2
    draft, errors = scaffold.make_draft(raw, vocab, body, review)
    for message in errors:
        print(f"error: {message}", file=sys.stderr)
    if draft is None:
        return 2
    archive, _ = check_sources(read_sources(content))  # the other accounts of the same call, if any
    draft, note = scaffold.choose_event(draft, archive.readouts if archive else ())
    return write_draft(content, sources, draft, args.from_text or "", note)


def write_draft(content: Path, sources: Sources, draft, origin: str, note: str = "") -> int:
    """Write the skeleton unless the file exists or the draft would not pass `check`; then say
    what was suggested (`note`) and print the file's path."""
    target = content / draft.rel
    shown = os.path.relpath(target)
    if target.exists():
        print(f"error: {shown} already exists and was left as it is; edit it, or pick another name with --slug", file=sys.stderr)
        return 1
    schema_ref = Path(os.path.relpath(SCHEMA, target.parent)).as_posix()
    data = scaffold.render_draft(draft, schema_ref, origin).encode("utf-8")
    _, issues = check_sources(Sources(sources.topics, sources.participants, (SourceFile(shown, draft.rel, data),),
                                      issuers=sources.issuers))
    if any(i.severity == ERROR for i in issues):
        print(format_report(issues) + "\nerror: nothing was written; fix the options above", file=sys.stderr)
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open(target, "xb") as out:  # 'x': never replaces a file that appeared meanwhile
            out.write(data)
    except FileExistsError:
        print(f"error: {shown} already exists and was left as it is", file=sys.stderr)
        return 1
    issues = [i for i in issues if i.code not in DRAFT_CODES]  # the marks it just wrote: `check` lists them
    if issues:
        print(format_report(issues, annotate=False), file=sys.stderr)
    if note:
        print(note, file=sys.stderr)
    print(shown)
    return 0


def command_urls(args) -> int:
    """Print the list of published readout URLs (for published-urls.txt); writes nothing."""
    sources = read_sources(Path(args.content))
    archive, issues = check_sources(sources)
    if archive is None:
        print(format_report(issues), file=sys.stderr)
        return 1
    listed = sources.published.data.decode("utf-8", "replace") if sources.published else ""
    sys.stdout.write(render_published_list(archive.readouts, withdrawn_urls(listed)))
    return 0


def command_synth(args) -> int:
    content, out = Path(args.content), Path(args.out)
    if out.exists() and any(out.iterdir()):
        print(f"error: --out {out} is not empty; choose a new folder", file=sys.stderr)
        return 2
    if args.count < 1:
        print("error: --count must be at least 1", file=sys.stderr)
        return 2
    copy_hand_written(content, out)
    files = synth_corpus(args.count, args.seed)
    write_pages(out, files)
    print(f"{args.count} synthetic readouts written to {out}")
    return 0


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m generator", description="Build and check the readout archive.")
    parser.add_argument("--content", default="content", help="the content folder (default: content)")
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="write the generated markdown pages to a folder")
    build.add_argument("--out", required=True, help="the folder to write into")
    build.set_defaults(run=command_build)
    check = sub.add_parser("check", help="validate readouts and vocabularies")
    check.add_argument("paths", nargs="*", help="readout files to check (default: all)")
    check.add_argument("--require-published", action="store_true",
                       help="fail unless the URLs the live site (SITE_URL) lists can be fetched (the Pages workflow)")
    check.set_defaults(run=command_check)
    new = sub.add_parser("new", help="write the skeleton of a new readout into content/readouts/YYYY/")
    new.add_argument("--date", help="the readout's date, YYYY-MM-DD")
    new.add_argument("--title", help="the title (default: made from the kind and participants)")
    new.add_argument("--kind", help="call, meeting, visit, ... (see CONTRIBUTING.md)")
    new.add_argument("--participants", help="participant keys, comma separated: xi-jinping,donald-trump")
    new.add_argument("--topics", help="topic keys, comma separated: taiwan,trade")
    new.add_argument("--countries", help="country codes, comma separated (default: the participants' countries)")
    new.add_argument("--slug", help="the file name's words after the date (default: participants and kind)")
    new.add_argument("--issuer", help="who published this account: a key from content/issuers.yml, e.g. cn-mfa")
    new.add_argument("--event", help="the event key all accounts of this call share (default: proposed, see CONTRIBUTING.md)")
    new.add_argument("--from-text", metavar="FILE", help="start from a readout's text: its date, names and topics are suggested")
    new.add_argument("--add-vocabulary", action="store_true",
                     help="with --from-text: append the people it names with a title to content/participants.yml")
    new.set_defaults(run=command_new)
    add_import_parser(sub)
    add_review_parser(sub)
    listing = sub.add_parser("urls", help="print every published readout URL, for published-urls.txt")
    listing.set_defaults(run=command_urls)
    synth = sub.add_parser("synth", help="write a synthetic content folder for benchmarks (made-up text)")
    synth.add_argument("--count", type=int, required=True, help="how many readouts")
    synth.add_argument("--out", required=True, help="a new folder to write the content folder into")
    synth.add_argument("--seed", type=int, default=1, help="the random seed (default: 1)")
    synth.set_defaults(run=command_synth)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    return args.run(args)
