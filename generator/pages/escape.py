"""Escape metadata for markdown, so a value is always shown as text.

Every character that could start markdown or HTML syntax becomes a numeric
character reference: `[x](javascript:...)`, `<script>`, `*bold*` and `|` in a
table cell all reach the reader as the characters they are, in any renderer.
"""

from __future__ import annotations

import re

from markupsafe import Markup

SPECIAL = "\\`*_{}[]()<>&|~^=!#"
_REFERENCE = {ch: f"&#{ord(ch)};" for ch in SPECIAL}
# A regex that finds the few special characters (most values have none) takes half the time of
# str.translate, which looks each character up: this function was 7% of the page workers' time.
_SPECIALS = re.compile("[" + re.escape(SPECIAL) + "]")


def _reference(match: re.Match) -> str:
    return _REFERENCE[match.group()]


def escape_markdown(value: object) -> Markup:
    """`value` as inline markdown text: one line, every special character escaped."""
    if isinstance(value, Markup):
        return value
    text = " ".join(str(value).split())
    return Markup(_SPECIALS.sub(_reference, text))


def finalize(value: object) -> object:
    """Jinja `finalize`: every printed value is escaped unless marked safe."""
    if value is None:
        return ""
    return escape_markdown(value)
