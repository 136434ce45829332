"""Languages on the pages: the site's own words are English; a readout's title and text
carry the `lang` of their language, so browsers pick fonts and screen readers the voice.

Pure. `own_name` is a language's name in that language (中文, English, Русский), as a
list of versions shows it; `in_language` marks a piece of metadata in another language.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from markupsafe import Markup

from generator.archive.events import CJK
from generator.pages.escape import escape_markdown

SITE_LANGUAGE = "en"  # mkdocs.yml's theme.language: the pages' own words


@lru_cache(maxsize=None)
def own_name(code: str) -> str:
    """'zh' -> '中文', 'ru' -> 'Русский'; the code itself for a language Babel does not know."""
    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (UnknownLocaleError, ValueError):
        return code
    return name[:1].upper() + name[1:]


def lang_attribute(code: str) -> Markup:
    """' lang="zh"' for text in another language than the page's, else nothing."""
    return Markup("") if code == SITE_LANGUAGE else Markup(' lang="{}"').format(code)


def in_language(text: object, code: str) -> Markup:
    """`text` escaped as metadata, in a <span lang> when it is not in the site's language."""
    shown = escape_markdown(text)
    return shown if code == SITE_LANGUAGE else Markup('<span lang="{}">').format(code) + shown + Markup("</span>")


def version_groups(versions) -> list[tuple[str, list]]:
    """[('Original', [readout]), ('Translation' or 'Translations', [readouts])] of an account's versions."""
    if versions is None:
        return []
    label = "Translation" if len(versions.translations) == 1 else "Translations"
    return [("Original", [versions.original]), (label, list(versions.translations))]


_CHARACTER = re.compile(f"[{CJK}]")
UNSPACED = ("zh", "ja")  # languages written without spaces between words


def text_length(text: str, language: str) -> str:
    """'812 characters' for a text in Chinese or Japanese, '340 words' for others."""
    if language in UNSPACED:
        count = len(_CHARACTER.findall(text))
        return f"{count:,} character{'s' if count != 1 else ''}"
    count = len(text.split())
    return f"{count:,} word{'s' if count != 1 else ''}"
