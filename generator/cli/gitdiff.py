"""The git edge of `review`: which files under the content folder a branch adds, changes,
renames or removes since it left its base, and a file as it was there.

Compares the merge base of `base` and HEAD with the working tree (and the untracked
files), so a pull request's checkout and a contributor's uncommitted work both count.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

ADDED, CHANGED, RENAMED, REMOVED = "added", "changed", "renamed", "removed"
_STATUS = {"A": ADDED, "M": CHANGED, "T": CHANGED, "R": RENAMED, "C": ADDED, "D": REMOVED}


class GitError(Exception):
    """git could not answer: the message says what to do."""


@dataclass(frozen=True)
class Change:
    status: str  # ADDED, CHANGED, RENAMED or REMOVED
    rel: str  # relative to the content folder: the file now (as it was, when removed)
    old: str = ""  # a renamed file's former path


@dataclass(frozen=True)
class Diff:
    base: str  # the merge base's commit
    prefix: str  # the content folder, relative to the repository's top
    changes: tuple[Change, ...]


def git(folder: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise GitError(f"git could not be run ({exc.__class__.__name__}); install git") from None
    if done.returncode:
        raise GitError(done.stderr.decode("utf-8", "replace").strip() or f"git {args[0]} failed")
    return done.stdout


def content_diff(content: Path, base: str) -> Diff:
    """The content folder's files that differ between `base` (its merge base with HEAD) and now."""
    content = content.resolve()
    try:
        top = Path(git(content, "rev-parse", "--show-toplevel").decode().strip())
    except GitError:
        raise GitError(f"{content} is not inside a git repository; run review in a clone") from None
    try:
        merge_base = git(top, "merge-base", base, "HEAD").decode().strip()
    except GitError:
        raise GitError(f"--base {base}: no common history with HEAD; fetch it first (git fetch origin, or "
                       "actions/checkout with fetch-depth: 0)") from None
    prefix = content.relative_to(top).as_posix()
    fields = git(top, "diff", "--name-status", "-M", "-z", "--no-color", merge_base, "--", prefix).decode().split("\0")
    changes, at = [], 0
    while at < len(fields) - 1:
        status = _STATUS.get(fields[at][:1], CHANGED)
        if fields[at][:1] in "RC":
            old, new, at = fields[at + 1], fields[at + 2], at + 3
        else:
            old, new, at = "", fields[at + 1], at + 2
        changes.append(Change(status, within(new, prefix), within(old, prefix) if status == RENAMED else ""))
    untracked = git(top, "ls-files", "-z", "--others", "--exclude-standard", "--", prefix).decode().split("\0")
    changes += [Change(ADDED, within(path, prefix)) for path in untracked if path]
    return Diff(merge_base, prefix, tuple(sorted(set(changes), key=lambda c: (c.rel, c.status))))


def within(path: str, prefix: str) -> str:
    return path[len(prefix) + 1:] if prefix not in ("", ".") else path


def file_at(content: Path, diff: Diff, rel: str) -> bytes | None:
    """The file `rel` (relative to the content folder) at the merge base; None if it was not there."""
    path = f"{diff.prefix}/{rel}" if diff.prefix not in ("", ".") else rel
    try:
        return git(content.resolve(), "show", f"{diff.base}:{path}")
    except GitError:
        return None
