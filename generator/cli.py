"""The command line: python -m generator build | check."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from generator.issues import ERROR, format_report
from generator.loader import PARTICIPANTS_FILE, READOUTS, TOPICS_FILE, read_sources, write_pages
from generator.pipeline import build_pages, check_sources
from generator.synth import synth_corpus


def copy_hand_written(content: Path, out: Path) -> None:
    """Copy the hand-written pages and assets so `out` is a complete docs folder."""
    for path in sorted(content.rglob("*")):
        rel = path.relative_to(content)
        if path.is_dir() or rel.parts[0] == READOUTS or rel.as_posix() in (TOPICS_FILE, PARTICIPANTS_FILE):
            continue
        target = out / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def command_build(args) -> int:
    content, out = Path(args.content), Path(args.out)
    if out.resolve() == content.resolve() or content.resolve() in out.resolve().parents:
        print(f"error: --out {out} is inside {content}; choose a folder outside the content", file=sys.stderr)
        return 2
    result = build_pages(read_sources(content))
    if result.issues:
        print(format_report(result.issues), file=sys.stderr)
    if not result.ok:
        return 1
    copy_hand_written(content, out)
    count = write_pages(out, result.pages)
    print(f"{count} pages written to {out}")
    return 0


def command_check(args) -> int:
    content = Path(args.content)
    only = [Path(p) for p in args.paths] or None
    if only:
        missing = [str(p) for p in only if not p.is_file()]
        if missing:
            print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
            return 2
    archive, issues = check_sources(read_sources(content, only))
    if issues:
        print(format_report(issues))
    errors = sum(1 for i in issues if i.severity == ERROR)
    warnings = len(issues) - errors
    checked = "the given files" if only else "all readouts"
    print(f"Checked {checked} and the vocabularies: {errors} error(s), {warnings} warning(s).", file=sys.stderr)
    return 1 if errors else 0


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
    check.set_defaults(run=command_check)
    synth = sub.add_parser("synth", help="write a synthetic content folder for benchmarks (made-up text)")
    synth.add_argument("--count", type=int, required=True, help="how many readouts")
    synth.add_argument("--out", required=True, help="a new folder to write the content folder into")
    synth.add_argument("--seed", type=int, default=1, help="the random seed (default: 1)")
    synth.set_defaults(run=command_synth)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = make_parser().parse_args(argv)
    return args.run(args)
