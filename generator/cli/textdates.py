"""Dates written in a readout's text: 2026-02-05, February 5, 2026, 5 February 2026, and in
Chinese 2026年2月4日 (or 2月4日, in the year of the text's first full date). Pure."""

from __future__ import annotations

import datetime as dt
import re

ISO_RE = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December)"
LONG_RES = (
    (re.compile(rf"\b{MONTH}\s+(\d{{1,2}}),?\s+(\d{{4}})\b"), "%B %d %Y", (1, 2, 3)),
    (re.compile(rf"\b(\d{{1,2}})\s+{MONTH},?\s+(\d{{4}})\b"), "%B %d %Y", (2, 1, 3)),
)
# a date in Chinese: 2026年2月4日, or 2月4日 with the year of the text's first full date
CJK_DATE_RE = re.compile(r"(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


def line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def parse_iso(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def find_date(text: str) -> tuple[dt.date | None, str]:
    """The earliest date written in the text, as YYYY-MM-DD, 'February 5, 2026' or 2026年2月5日."""
    found = []  # (offset, date, the words, how the year was found)
    for match in ISO_RE.finditer(text):
        day = parse_iso(match.group(1))
        if day:
            found.append((match.start(), day, match.group(0), ""))
    for pattern, fmt, order in LONG_RES:
        for match in pattern.finditer(text):
            parts = [match.group(i) for i in order]
            try:
                day = dt.datetime.strptime(" ".join(parts), fmt).date()
            except ValueError:
                continue
            found.append((match.start(), day, match.group(0), ""))
    found += find_cjk_dates(text, found)
    if not found:
        return None, ""
    start, day, words, year = min(found, key=lambda f: f[0])
    return day, f"'{words}' on line {line_of(text, start)}{year}, the first date in the text"


def find_cjk_dates(text: str, found: list) -> list[tuple[int, dt.date, str, str]]:
    """Dates written 2026年2月4日, and 2月4日 in the year of the text's first full date."""
    dates, partial = [], []
    for match in CJK_DATE_RE.finditer(text):
        if not match.group(1):
            partial.append(match)
            continue
        day = make_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if day:
            dates.append((match.start(), day, match.group(0), ""))
    full = min(dates + found, key=lambda f: f[0], default=None)
    for match in partial if full else ():
        day = make_date(full[1].year, int(match.group(2)), int(match.group(3)))
        if day:
            dates.append((match.start(), day, match.group(0), f" (in the year of '{full[2]}')"))
    return dates


def make_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
