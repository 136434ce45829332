"""Read one readout file's bytes into its front matter and body.

Pure: takes the bytes and the path to show in messages, returns a Document or
issues. The file itself is never written.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

from frontmatter.default_handlers import YAMLHandler

from generator.issues import Issue, error
from generator.sources.yamlnodes import Parsed, parse_yaml

MAX_BYTES = 512 * 1024
MAX_FRONT_MATTER = 32 * 1024
BOM = b"\xef\xbb\xbf"
_HANDLER = YAMLHandler()


@dataclass(frozen=True)
class Document:
    path: str
    meta: Parsed
    body: str
    body_line: int
    front_matter: str = ""  # the YAML block as written, comments included (sources/drafts.py reads them)
    front_matter_line: int = 2


def decode_text(path: str, data: bytes, what: str = "a readout") -> tuple[str | None, list[Issue]]:
    """UTF-8 text with a byte-order mark dropped and line endings made `\\n`."""
    if len(data) > MAX_BYTES:
        size = f"{len(data) // 1024} KB"
        return None, [error(path, 1, "too-large", f"the file is {size}; {what} may be at most {MAX_BYTES // 1024} KB: trim the text or split it")]
    if data.startswith(BOM):
        data = data[len(BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start]
        return None, [error(path, line, "not-utf8", f"byte 0x{byte:02x} is not UTF-8; save the file as UTF-8 (your editor's 'Save with encoding')")]
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [error(path, line, "binary", "the file contains a NUL byte; a readout is a UTF-8 text file")]
    return text.replace("\r\n", "\n").replace("\r", "\n"), []


def split_front_matter(path: str, text: str) -> tuple[tuple[str, int, str, int] | None, list[Issue]]:
    """(front matter, its first line, body, its first line), or issues."""
    if not text.strip():
        return None, [error(path, 1, "empty-file", "the file is empty; start it with a front matter block: a line '---', the keys (title, date, kind, participants, topics), and a closing '---'")]
    if not _HANDLER.detect(text):
        return None, [error(path, 1, "no-front-matter", "the file does not start with front matter; its first line must be '---', followed by the keys and a closing '---'")]
    boundaries = list(islice(_HANDLER.FM_BOUNDARY.finditer(text), 2))
    if len(boundaries) < 2:
        return None, [error(path, 1, "unclosed-front-matter", "the front matter opened on line 1 is never closed; add a line '---' after the last key")]
    opening, closing = boundaries[0], boundaries[1]
    block = text[text.index("\n", opening.start()) + 1: closing.start()]
    block_line = 2
    if len(block) > MAX_FRONT_MATTER:
        return None, [error(path, 1, "front-matter-too-large", f"the front matter is longer than {MAX_FRONT_MATTER // 1024} KB; it holds a few keys, the text goes below the closing '---'")]
    closing_line = text[: closing.start()].count("\n") + 1
    rest = text[closing.end():]
    body = rest.lstrip()
    body_line = text[: len(text) - len(body)].count("\n") + 1 if body else closing_line
    return (block, block_line, body.rstrip() + "\n", body_line), []


def read_document(path: str, data: bytes) -> tuple[Document | None, list[Issue]]:
    """Decode, split and parse one readout file.

    The Document may come with errors (a duplicate key): the pipeline still
    validates it, to report everything at once, and then builds nothing.
    """
    text, issues = decode_text(path, data)
    if text is None:
        return None, issues
    parts, issues = split_front_matter(path, text)
    if parts is None:
        return None, issues
    block, block_line, body, body_line = parts
    parsed, issues = parse_yaml(block, path, block_line)
    if parsed is None:
        return None, issues
    if parsed.data is None:
        return None, [error(path, 1, "empty-front-matter", "the front matter is empty; add title, date, kind, participants and topics between the '---' lines")]
    if not isinstance(parsed.data, dict):
        what = "a list" if isinstance(parsed.data, list) else "plain text"
        return None, [error(path, block_line, "front-matter-not-mapping", f"the front matter is {what}, not keys with values; write one 'key: value' per line")]
    return Document(path, parsed, body, body_line, block, block_line), issues
