"""The disk edge: read the content folder into bytes, write pages out.

Nothing here interprets the files; `pipeline` does. Nothing here writes
under the content folder.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

READOUTS = "readouts"
TOPICS_FILE = "topics.yml"
PARTICIPANTS_FILE = "participants.yml"
ISSUERS_FILE = "issuers.yml"  # optional: only readouts that name an issuer need it
VOCABULARY_FILES = (TOPICS_FILE, PARTICIPANTS_FILE, ISSUERS_FILE)
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
    issuers: SourceFile | None = None
    published: SourceFile | None = None  # the published URLs; None when absent or checking some files only
    read_at: float = 0.0  # when the readouts were read (time.time())


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


# A file changed less than this long before it was last read is read again even if its time and
# size look the same: some file systems keep times to the second or two (git's "racy" rule).
RACY_SECONDS = 3.0


def read_tree(content: Path, paths: list[Path], known: dict[str, SourceFile] | None = None,
              known_at: float = 0.0) -> tuple[SourceFile, ...]:
    """Read files found under the resolved `content`: one relpath and no resolve per file.
    A file in `known` (by relative path, read at `known_at`) whose time and size are the
    same, and whose time was well before that read, is not read again."""
    shown = display_path(content)
    prefix, start = str(content) + os.sep, len(str(content)) + 1
    files = []
    for path in paths:
        text = str(path)
        rel = text[start:] if text.startswith(prefix) else path.relative_to(content).as_posix()
        if known:
            old, found = known.get(rel.replace(os.sep, "/")), os.stat(text)
            if (old is not None and old.mtime == found.st_mtime and len(old.data) == found.st_size
                    and found.st_mtime < known_at - RACY_SECONDS):
                files.append(old)
                continue
        with open(text, "rb") as handle:
            mtime = os.fstat(handle.fileno()).st_mtime  # before reading: a write meanwhile shows next time
            data = handle.read()
        files.append(SourceFile(os.path.join(shown, rel) if shown != "." else rel, rel.replace(os.sep, "/"), data, mtime))
    return tuple(files)


def readout_paths(content: Path) -> list[Path]:
    """Every markdown file under content/readouts, in a stable order."""
    root = content / READOUTS
    if not root.is_dir():
        return []
    found, folders = [], [str(root)]
    while folders:  # os.scandir knows from the directory listing which entries are files
        with os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                elif entry.is_file() and entry.name.lower().endswith((".md", ".markdown")):
                    found.append(entry.path)
    return [Path(path) for path in sorted(found, key=lambda path: path.split(os.sep))]


def read_sources(content: Path, only: list[Path] | None = None, previous: Sources | None = None) -> Sources:
    """The vocabularies and the readouts (all, or only the files given). Under `serve`, the
    readouts of the `previous` read are kept where their time and size are the same."""
    content = Path(content)
    topics, people = content / TOPICS_FILE, content / PARTICIPANTS_FILE
    read_at = time.time()
    if only is None:
        known = {f.rel: f for f in previous.readouts} if previous is not None else None
        readouts = read_tree(content.resolve(), readout_paths(content.resolve()), known,
                             previous.read_at if previous is not None else 0.0)
    else:
        readouts = tuple(read_file(content.resolve(), p.resolve()) for p in only)
    return Sources(
        topics=read_file(content, topics) if topics.is_file() else None,
        participants=read_file(content, people) if people.is_file() else None,
        readouts=readouts,
        issuers=read_file(content, content / ISSUERS_FILE) if (content / ISSUERS_FILE).is_file() else None,
        published=read_published(content) if only is None else None,
        read_at=read_at,
    )


def read_published(content: Path) -> SourceFile | None:
    """published-urls.txt beside the content folder, if there is one."""
    path = content.resolve().parent / PUBLISHED_FILE
    if not path.is_file():
        return None
    return SourceFile(display_path(path), "../" + PUBLISHED_FILE, path.read_bytes(), path.stat().st_mtime)


def write_pages(out: Path, pages: dict[str, str | bytes]) -> int:
    """Write pages under `out`, only where the content differs; returns the count."""
    made: set[str] = set()  # folders known to exist: one mkdir a folder, not one a file
    for uri, text in pages.items():
        target = os.path.join(out, uri)
        folder = os.path.dirname(target)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        data = text.encode("utf-8") if isinstance(text, str) else text
        try:
            with open(target, "rb") as old:
                if old.read() == data:
                    continue
        except FileNotFoundError:
            pass
        with open(target, "wb") as new:
            new.write(data)
    return len(pages)
