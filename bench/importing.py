"""Time `python -m generator import` on a deterministic set of synthetic texts.

Writes a content folder holding the synthetic archive's vocabularies only (made-up people,
topics and issuers from `generator.cli.synth`) and a folder of texts: the body of each of
its readouts, with the readout's date on the first line ('date YYYY-MM-DD') and its
issuer's name on the next (as a page's header would give it), as texts/NNNN.txt. The same count and seed always give the same files. Then imports the
folder into the content folder, in a process of its own, and prints the time.

    .venv/bin/python -m bench.importing [--count 2000] [--seed 1] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.cli.synth import synth_corpus
from generator.sources.loader import VOCABULARY_FILES

ROOT = Path(__file__).resolve().parent.parent


def make_texts(count: int, seed: int) -> tuple[dict[str, str], dict[str, str]]:
    """({vocabulary file: text}, {texts/NNNN.txt: text}): made-up readouts' bodies, each headed by
    its date and its issuer's name; not the Chinese translations (a text names no original, so one
    would be a likely duplicate of its English original's)."""
    files = synth_corpus(count, seed)
    vocabularies = {name: files[name] for name in VOCABULARY_FILES}
    issuers = dict(re.findall(r"^- key: (\S+)\n  name: (.+)$", files["issuers.yml"], re.MULTILINE))
    texts = {}
    originals = sorted(name for name in files if name.startswith("readouts/") and "\ntranslation_of: " not in files[name])
    for number, rel in enumerate(originals, 1):
        front, body = files[rel].split("\n---\n", 1)
        fields = dict(line.split(": ", 1) for line in front.splitlines() if ": " in line)
        texts[f"texts/{number:04d}.txt"] = f"date {fields['date']}\n{issuers[fields['issuer']]}\n\n{body.lstrip()}"
    return vocabularies, texts


def write_files(folder: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.importing", description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=2000, help="how many texts (default: 2000)")
    parser.add_argument("--seed", type=int, default=1, help="the synthetic archive's seed (default: 1)")
    parser.add_argument("--out", help="a new folder to work in (default: a temporary one)")
    args = parser.parse_args(argv)
    folder = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="import-bench-"))
    vocabularies, texts = make_texts(args.count, args.seed)
    write_files(folder / "content", vocabularies)
    write_files(folder, texts)
    command = [sys.executable, "-m", "generator", "--content", "content", "import", "texts", "--kind", "meeting"]
    started, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    summary = next((line for line in done.stderr.splitlines() if line.startswith("Import:")), done.stderr[-500:])
    shown = " ".join(["python", *command[1:]])
    print(f"{len(texts)} texts in {folder / 'texts'}\n(cd {folder} && {shown})\n{summary}\n"
          f"{seconds:.1f} s wall, {cpu:.1f} s CPU, exit {done.returncode}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
