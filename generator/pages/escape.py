"""Escape metadata for markdown, so a value is always shown as text.

Every character that could start markdown or HTML syntax becomes a numeric
character reference: `[x](javascript:...)`, `<script>`, `*bold*` and `|` in a
table cell all reach the reader as the characters they are, in any renderer.
"""

from __future__ import annotations

from markupsafe import Markup

SPECIAL = "\\`*_{}[]()<>&|~^=!#"
_TABLE = {ord(ch): f"&#{ord(ch)};" for ch in SPECIAL}


def escape_markdown(value: object) -> Markup:
    """`value` as inline markdown text: one line, every special character escaped."""
    if isinstance(value, Markup):
        return value
    text = " ".join(str(value).split())
    return Markup(text.translate(_TABLE))


def finalize(value: object) -> object:
    """Jinja `finalize`: every printed value is escaped unless marked safe."""
    if value is None:
        return ""
    return escape_markdown(value)
