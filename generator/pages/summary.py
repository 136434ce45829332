"""Plain-text descriptions of pages: what a shared link previews and search engines show."""

from __future__ import annotations

import re

_TAG = re.compile(r"<[^>]*>")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARK = re.compile(r"[*_`#>]+")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])[\"'”’)]*(?:\s|$)")
LIMIT = 200  # characters: what link previews show whole


def plain_text(body: str) -> str:
    """A readout's text without markup, on one line."""
    text = _LINK.sub(r"\1", _TAG.sub(" ", body))
    return " ".join(_MARK.sub("", text).split())


def first_sentence(body: str, limit: int = LIMIT) -> str:
    """The text's first sentence, cut at a word with '…' when longer than `limit`."""
    text = plain_text(body[: limit * 8])
    end = _SENTENCE_END.search(text)
    sentence = text[: end.start()].rstrip() if end else text
    if len(sentence) <= limit:
        return sentence
    return sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
