"""A block of markdown as plain text: its segments (the paragraph, or its headings and items).

Inline markdown and HTML are stripped: links keep their words; images, comments and
script, style and iframe elements are dropped; entities are decoded; emphasis and
code marks go; fences and rules are dropped; quote marks go; headings and list
items are segments of their own (each ends a sentence). Whitespace is collapsed.
"""

from __future__ import annotations

import html
import re

_MARKUP_CHARS = re.compile(r"[<>\[\]*_`&\\~#|]")
_DROP_ELEMENTS = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|iframe|object|template|noscript|svg)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.DOTALL | re.IGNORECASE)
_RULE_LINE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
_FENCE = re.compile(r"[ \t]{0,3}(?:`{3,}|~{3,})")
_QUOTE = re.compile(r"[ \t]{0,3}(?:>[ \t]?)+")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]+|$)")
_HEADING_TAIL = re.compile(r"[ \t]+#+[ \t]*$")
_ITEM = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+")
_ITEM_FIRST = frozenset("-+*0123456789")
_CODE = re.compile(r"(`+)(.+?)\1")
_AUTOLINK = re.compile(r"<((?:https?|mailto|ftp):[^\s<>]*)>", re.IGNORECASE)
_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)")
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_BLOCK_TAG = re.compile(
    r"</?(?:p|div|br|hr|li|ul|ol|h[1-6]|blockquote|table|tr|td|th|section|article|header|footer|pre)\b[^<>]*>",
    re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_STRONG = re.compile(r"(?<![\\\w])(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\\\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)|(?<![\\\w])_(?=\S)(.+?)(?<=\S)_(?!\w)")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~\"'])")


def strip_inline(text: str) -> str:
    """One segment's text with inline markdown and HTML stripped, whitespace collapsed."""
    if "`" in text:
        text = _CODE.sub(lambda m: m.group(2), text)
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "[" in text:
        text = _IMAGE.sub(" ", text)
        text = _LINK.sub(r"\1", text)
        text = _REF_LINK.sub(r"\1", text)
    if "<" in text:
        text = _BLOCK_TAG.sub(" ", text)
        text = _TAG.sub("", text)
    if "*" in text or "_" in text:
        text = _STRONG.sub(r"\2", text)
        text = _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    if "~" in text:
        text = _STRIKE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "&" in text:
        text = html.unescape(text)
    return " ".join(text.split())


def _is_plain(block: str) -> bool:
    """Whether a block has no markup and no list item: one segment as it stands."""
    if _MARKUP_CHARS.search(block) is not None:
        return False
    if "\n" not in block:
        return block.lstrip(" \t")[:1] not in _ITEM_FIRST
    return not any(line.lstrip(" \t")[:1] in _ITEM_FIRST and _ITEM.match(line) for line in block.split("\n"))


def _split_lines(block: str) -> list[str]:
    """A marked-up block's segments, markup still inline: fences and rules dropped, quote
    marks gone, each heading and list item a segment of its own."""
    segments: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            segments.append(" ".join(current))
            current.clear()

    for line in block.split("\n"):
        if _FENCE.match(line) or _RULE_LINE.fullmatch(line):
            flush()
            continue
        quote = _QUOTE.match(line)
        if quote:
            line = line[quote.end():]
        heading = _HEADING.match(line)
        if heading:
            flush()
            segments.append(_HEADING_TAIL.sub("", line[heading.end():]))
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            line = line[item.end():]
        current.append(line)
    flush()
    return segments


def split_segments(block: str) -> list[str]:
    """A block's text as segments: the paragraph, or its headings and list items one by one."""
    block = block.strip("\n")
    if _is_plain(block):
        if ("\n" in block or "  " in block or "\t" in block or not block.isascii()
                or block[:1].isspace() or block[-1:].isspace()):
            block = " ".join(block.split())
        return [block] if block else []
    segments = _split_lines(_DROP_ELEMENTS.sub(" ", block))
    return [text for text in map(strip_inline, segments) if text]
