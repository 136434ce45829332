"""Convert front-matter values one field at a time, collecting every issue.

A `Checker` belongs to one file. Each method takes a key path and the raw value
(a string, list or dict from `yamlnodes`) and returns the converted value, or
None after recording an issue that says what is wrong and how to fix it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import difflib
import re
from urllib.parse import urlsplit

import pycountry

from generator.issues import Issue, error, warning
from generator.sources.yamlnodes import Parsed

KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
OTHER_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %d %Y", "%b %d, %Y", "%B %d, %Y", "%Y%m%d")


def did_you_mean(word: str, choices) -> str:
    """' (did you mean 'x'?)' when a choice is close to `word`, else ''.

    `choices` is a list, or a mapping from what is compared to what is suggested
    (an alias to its canonical key, say).
    """
    suggest = choices if isinstance(choices, dict) else {choice: choice for choice in choices}
    folded = {}
    for choice in sorted(suggest):
        folded.setdefault(choice.casefold(), suggest[choice])
    close = difflib.get_close_matches(word.casefold(), list(folded), n=1, cutoff=0.6)
    return f" (did you mean '{folded[close[0]]}'?)" if close else ""


def name_of(key_path: tuple) -> str:
    return ".".join(str(part) for part in key_path if not isinstance(part, int)) or "front matter"


def show(value: object) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


class Checker:
    """Collects the issues of one file while its fields are converted."""

    def __init__(self, path: str, parsed: Parsed):
        self.path = path
        self.parsed = parsed
        self.issues: list[Issue] = []

    def line(self, key_path: tuple) -> int:
        return self.parsed.line(*key_path)

    def error(self, key_path: tuple, code: str, message: str) -> None:
        self.issues.append(error(self.path, self.line(key_path), code, message))

    def warning(self, key_path: tuple, code: str, message: str) -> None:
        self.issues.append(warning(self.path, self.line(key_path), code, message))

    def missing(self, key_path: tuple, example: str) -> None:
        self.error(key_path[:-1], "missing-key", f"'{name_of(key_path)}' is missing; add a line such as '{example}'")

    def text(self, key_path: tuple, value: object, example: str = "", required: bool = False) -> str | None:
        if value is None:
            if required:
                self.missing(key_path, example)
            return None
        if not isinstance(value, str):
            kind = "a list" if isinstance(value, list) else "a mapping"
            self.error(key_path, "not-text", f"'{name_of(key_path)}' must be text, not {kind}; write it on one line, in quotes if it contains ':' or '#'")
            return None
        text = " ".join(value.split())
        if not text:
            self.error(key_path, "empty-value", f"'{name_of(key_path)}' is empty; give it a value or remove the line")
            return None
        return text

    def date(self, key_path: tuple, value: object, required: bool = False) -> dt.date | None:
        text = self.text(key_path, value, f"{name_of(key_path)}: 2026-02-05", required)
        if text is None:
            return None
        match = DATE_RE.match(text)
        if not match:
            self.error(key_path, "bad-date", f"'{name_of(key_path)}' is '{show(text)}', not a date in the form YYYY-MM-DD{_date_hint(text)}")
            return None
        year, month, day = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            if 1 <= month <= 12 and year >= 1:
                days = calendar.monthrange(year, month)[1]
                reason = f"{calendar.month_name[month]} {year} has {days} days"
            else:
                reason = "the month must be 01 to 12"
            self.error(key_path, "bad-date", f"'{name_of(key_path)}' is {text}, which does not exist ({reason}); check the day and month")
            return None

    def text_list(self, key_path: tuple, value: object, example: str, required: bool = False) -> tuple[str, ...] | None:
        if value is None:
            if required:
                self.missing(key_path, example)
            return None
        if isinstance(value, str):
            items = [part.strip() for part in value.split(",") if part.strip()]
            if not items:
                self.error(key_path, "empty-value", f"'{name_of(key_path)}' is empty; give a list such as '{example}', or remove the line")
                return None
            suggestion = f"[{', '.join(items)}]" if items else "[...]"
            self.error(key_path, "not-a-list", f"'{name_of(key_path)}' must be a list; write {name_of(key_path)}: {suggestion}")
            return None
        if not isinstance(value, list):
            self.error(key_path, "not-a-list", f"'{name_of(key_path)}' must be a list, not a mapping; write {example}")
            return None
        if not value:
            self.error(key_path, "empty-list", f"'{name_of(key_path)}' is an empty list; give at least one value, as in '{example}'")
            return None
        items = []
        for index, item in enumerate(value):
            text = self.text(key_path + (index,), item)
            if text is not None and text not in items:
                items.append(text)
        return tuple(items)

    def url(self, key_path: tuple, value: object) -> str | None:
        text = self.text(key_path, value)
        if text is None:
            return None
        parts = urlsplit(text.strip())
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc or text != text.strip():
            self.error(key_path, "bad-url", f"'{name_of(key_path)}' must be a web address starting with https:// or http://, not '{show(text)}'")
            return None
        if any(ch in text for ch in "<>\"' \\"):
            self.error(key_path, "bad-url", f"'{name_of(key_path)}' contains a space, quote or angle bracket; copy the address from the browser's address bar")
            return None
        return text

    def country(self, key_path: tuple, value: object) -> str | None:
        text = self.text(key_path, value, "country: CN")
        if text is None:
            return None
        if pycountry.countries.get(alpha_2=text.upper()) is None or len(text) != 2:
            codes = [c.alpha_2 for c in pycountry.countries]
            hint = did_you_mean(text.upper(), codes) or _country_by_name(text)
            self.error(key_path, "unknown-country", f"'{show(text)}' is not an ISO 3166-1 alpha-2 country code{hint}; use two letters such as CN or US")
            return None
        if text != text.upper():
            self.warning(key_path, "country-case", f"country codes are upper case; write '{text.upper()}'")
        return text.upper()

    def unknown_keys(self, data: dict, known: tuple[str, ...], prefix: tuple = ()) -> None:
        for key in data:
            if key not in known:
                self.warning(prefix + (key,), "unknown-key", f"unknown key '{key}'{did_you_mean(key, known)} is ignored; known keys: {', '.join(known)}")


def _date_hint(text: str) -> str:
    if re.match(r"^\d{4}-\d{2}-\d{2}[T ]", text):
        return f"; write only the day: {text[:10]}"
    for fmt in OTHER_DATE_FORMATS:
        try:
            day = dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return f"; write {day.isoformat()}"
    return "; write it as 2026-02-05"


def _country_by_name(text: str) -> str:
    try:
        found = pycountry.countries.lookup(text)
    except LookupError:
        return ""
    return f" (did you mean '{found.alpha_2}' for {found.name}?)"
