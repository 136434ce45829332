"""What `import` reads: a folder of .txt/.md texts, or a .jsonl or .csv file of texts.

Parsing is pure: each function takes a file's name and bytes and returns the texts
found and a `Problem` for each one it could not read, as `path:line: problem and fix`.
Only `read_inputs` touches the disk.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from generator.sources.reader import MAX_BYTES, decode_text, split_front_matter

COLUMNS = ("text", "date", "title", "url", "issuer", "language")
TEXT_SUFFIXES = (".txt", ".md")
TABLE_SUFFIXES = (".jsonl", ".csv")


@dataclass(frozen=True)
class Text:
    """One readout's text and what its row said about it (empty when not given)."""

    origin: str  # where it came from, as shown in messages: a file, or file:line for a row
    text: str
    columns: dict[str, str] = field(default_factory=dict)  # date, title, url, issuer, language


@dataclass(frozen=True)
class Problem:
    """Something that could not be imported, and why: shown as `origin: reason`."""

    origin: str
    reason: str

    def format(self) -> str:
        return f"{self.origin}: {self.reason}"


def check_text(origin: str, text: str, columns: dict[str, str]) -> Text | Problem:
    if not text.strip():
        return Problem(origin, "the text is empty; nothing to import")
    if len(text.encode("utf-8")) > MAX_BYTES:
        return Problem(origin, f"the text is over {MAX_BYTES // 1024} KB, more than a readout may be; split it or trim it")
    return Text(origin, text.replace("\r\n", "\n").replace("\r", "\n"), columns)


def parse_text_file(path: str, data: bytes) -> Text | Problem:
    """A .txt or .md file: the whole file is one text."""
    text, issues = decode_text(path, data, "a text")
    if text is None:
        issue = issues[0]
        return Problem(f"{issue.path}:{issue.line}", issue.message)
    if text.startswith("---") and split_front_matter(path, text)[0] is not None:
        return Problem(f"{path}:1", "the file already has front matter: it is a readout, not a text; copy it "
                                    "under content/readouts/YYYY/ and run check")
    return check_text(path, text, {})


def decode_table(path: str, data: bytes) -> tuple[str | None, Problem | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, Problem(f"{path}:{line}", f"byte 0x{data[exc.start]:02x} is not UTF-8; save the file as UTF-8")


def pick_columns(origin: str, row: dict) -> tuple[dict[str, str], Problem | None]:
    """The known columns of a row, as stripped strings (empty ones left out)."""
    found = {}
    for name in COLUMNS[1:]:
        value = row.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            return {}, Problem(origin, f'"{name}" is {type(value).__name__}; write it as a string, e.g. "{name}": "..."')
        if value.strip():
            found[name] = value.strip()
    return found, None


def parse_jsonl(path: str, data: bytes) -> tuple[list[Text], list[Problem]]:
    """One JSON object a line, with "text" and optional date, title, url, issuer, language."""
    decoded, problem = decode_table(path, data)
    if decoded is None:
        return [], [problem]
    texts, problems = [], []
    for number, line in enumerate(decoded.splitlines(), 1):
        if not line.strip():
            continue
        origin = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(origin, f"not JSON ({exc.msg} at column {exc.colno}); write one object a line, "
                                            'e.g. {"text": "...", "date": "2026-02-05"}'))
            continue
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            problems.append(Problem(origin, 'no "text" string; write one object a line, e.g. {"text": "...", "date": "2026-02-05"}'))
            continue
        columns, problem = pick_columns(origin, row)
        found = problem or check_text(origin, row["text"], columns)
        (texts if isinstance(found, Text) else problems).append(found)
    return texts, problems


def parse_csv(path: str, data: bytes) -> tuple[list[Text], list[Problem]]:
    """A header row naming a "text" column and optional date, title, url, issuer, language columns."""
    decoded, problem = decode_table(path, data)
    if decoded is None:
        return [], [problem]
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES * 4))  # a readout's text may be long
    reader = csv.reader(io.StringIO(decoded, newline=""), strict=True)
    try:
        header = [name.strip().lower() for name in next(reader, [])]
    except csv.Error as exc:
        return [], [Problem(f"{path}:1", f"the header cannot be read ({exc}); write a first line such as text,date,title")]
    if "text" not in header:
        shown = ", ".join(header) or "nothing"
        return [], [Problem(f"{path}:1", f"no 'text' column (the header has {shown}); name the column of the texts "
                                         "'text' in the first line, e.g. text,date,title")]
    texts, problems = [], []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem(f"{path}:{start}", f"the row cannot be read ({exc}); put a field with commas, quotes "
                                                       'or line breaks in double quotes, doubling the quotes inside ("")'))
            continue  # the reader goes on at the next line
        origin = f"{path}:{start}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(Problem(origin, f"{len(row)} fields where the header has {len(header)}; put a field with "
                                            "commas in double quotes"))
            continue
        values = dict(zip(header, row))
        found = check_text(origin, values["text"], pick_columns(origin, values)[0])
        (texts if isinstance(found, Text) else problems).append(found)
    return texts, problems


def list_text_files(folder: Path) -> list[Path]:
    """The .txt and .md files under `folder`, in a stable order."""
    return sorted((p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES),
                  key=lambda p: p.relative_to(folder).parts)


def read_inputs(paths: list[Path], shown) -> list[Text | Problem]:
    """Every text in the folders and files given, and every problem, in order; `shown` makes a
    path as messages show it."""
    found: list[Text | Problem] = []
    for path in paths:
        files = list_text_files(path) if path.is_dir() else [path]
        if path.is_dir() and not files:
            found.append(Problem(shown(path), "no .txt or .md file in this folder"))
        for file in files:
            name, suffix = shown(file), file.suffix.lower()
            if suffix not in TEXT_SUFFIXES + TABLE_SUFFIXES:
                found.append(Problem(name, "not a .txt, .md, .jsonl or .csv file, or a folder of texts"))
                continue
            try:
                data = file.read_bytes()
            except OSError as exc:
                found.append(Problem(name, f"cannot be read ({exc.strerror or exc}); check the path"))
                continue
            if suffix in TABLE_SUFFIXES:
                texts, problems = (parse_jsonl if suffix == ".jsonl" else parse_csv)(name, data)
                found += sorted([*texts, *problems], key=lambda item: int(item.origin.rsplit(":", 1)[1]))
            else:
                found.append(parse_text_file(name, data))
    return found
