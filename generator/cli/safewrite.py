"""Writing under content/ whole or not at all: a temporary file in the same folder, then a rename.

A new readout never replaces a file (a hard link to the finished file is made under the
new name, which fails if the name exists); participants.yml is only ever extended,
and only if it still holds what was read.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from pathlib import Path


def default_mode() -> int:
    """The mode a new file gets under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextlib.contextmanager
def finished_copy(target: Path, data: bytes):
    """A temporary file beside `target` holding all of `data`, on disk; removed afterwards if still there."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        yield Path(temporary)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def write_new_file(target: Path, data: bytes) -> bool:
    """Write a new file whole; False, and nothing written, when `target` exists."""
    with finished_copy(target, data) as temporary:
        os.chmod(temporary, default_mode())
        try:
            os.link(temporary, target)  # fails when the name exists: never replaces a file
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links
            if target.exists():
                return False
            os.replace(temporary, target)
    return True


def extend_file(target: Path, old: bytes, new: bytes) -> bool:
    """Replace `target` by `new`, which starts with `old`, if the file still holds `old`; else False."""
    if not new.startswith(old):
        raise ValueError("extend_file only appends")
    with finished_copy(target, new) as temporary:
        shutil.copymode(target, temporary)
        if target.read_bytes() != old:
            return False
        os.replace(temporary, target)
    return True
