"""The disk edge: read the content folder into bytes, write pages out.

Nothing here interprets the files; `pipeline` does. Nothing here writes
under the content folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

READOUTS = "readouts"
TOPICS_FILE = "topics.yml"
PARTICIPANTS_FILE = "participants.yml"
PUBLISHED_FILE = "published-urls.txt"  # beside the content folder, not in it


@dataclass(frozen=True)
class SourceFile:
    path: str  # as shown in messages: relative to the working folder when inside it
    rel: str  # relative to the content folder, with '/' separators
    data: bytes
    mtime: float = 0.0


@dataclass(frozen=True)
class Sources:
    topics: SourceFile | None
    participants: SourceFile | None
    readouts: tuple[SourceFile, ...] = field(default_factory=tuple)
    published: SourceFile | None = None  # the published URLs; None when absent or checking some files only


def display_path(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def relative_to_content(content: Path, path: Path) -> str:
    """`path` relative to the content folder; '../x.md' for a file outside it (validation says where it belongs)."""
    try:
        return path.relative_to(content).as_posix()
    except ValueError:
        try:
            return Path(os.path.relpath(path, content)).as_posix()
        except ValueError:  # another drive on Windows
            return path.as_posix()


def read_file(content: Path, path: Path) -> SourceFile:
    return SourceFile(display_path(path), relative_to_content(content, path), path.read_bytes(), path.stat().st_mtime)


def read_tree(content: Path, paths: list[Path]) -> tuple[SourceFile, ...]:
    """Read files found under the resolved `content`: one relpath and no resolve per file."""
    shown = display_path(content)
    prefix, start = str(content) + os.sep, len(str(content)) + 1
    files = []
    for path in paths:
        text = str(path)
        rel = text[start:] if text.startswith(prefix) else path.relative_to(content).as_posix()
        with open(text, "rb") as handle:
            data = handle.read()
            mtime = os.fstat(handle.fileno()).st_mtime
        files.append(SourceFile(os.path.join(shown, rel) if shown != "." else rel, rel.replace(os.sep, "/"), data, mtime))
    return tuple(files)


def readout_paths(content: Path) -> list[Path]:
    """Every markdown file under content/readouts, in a stable order."""
    root = content / READOUTS
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in (".md", ".markdown"))


def read_sources(content: Path, only: list[Path] | None = None) -> Sources:
    """The vocabularies and the readouts (all, or only the files given)."""
    content = Path(content)
    topics, people = content / TOPICS_FILE, content / PARTICIPANTS_FILE
    if only is None:
        readouts = read_tree(content.resolve(), readout_paths(content.resolve()))
    else:
        readouts = tuple(read_file(content.resolve(), p.resolve()) for p in only)
    return Sources(
        topics=read_file(content, topics) if topics.is_file() else None,
        participants=read_file(content, people) if people.is_file() else None,
        readouts=readouts,
        published=read_published(content) if only is None else None,
    )


def read_published(content: Path) -> SourceFile | None:
    """published-urls.txt beside the content folder, if there is one."""
    path = content.resolve().parent / PUBLISHED_FILE
    if not path.is_file():
        return None
    return SourceFile(display_path(path), "../" + PUBLISHED_FILE, path.read_bytes(), path.stat().st_mtime)


def write_pages(out: Path, pages: dict[str, str | bytes]) -> int:
    """Write pages under `out`, only where the content differs; returns the count."""
    for uri, text in pages.items():
        target = out / uri
        target.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8") if isinstance(text, str) else text
        if not target.is_file() or target.read_bytes() != data:
            target.write_bytes(data)
    return len(pages)
