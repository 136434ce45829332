"""escape: metadata always reaches the reader as the characters it is."""

from __future__ import annotations

import markdown
from markupsafe import Markup

from generator.pages.escape import escape_markdown, finalize

HOSTILE = "<script>alert(1)</script> [x](javascript:alert(2)) *b* | `c` ![i](data:x) &amp;"


def test_every_special_character_becomes_a_reference():
    escaped = escape_markdown(HOSTILE)
    assert not any(ch in escaped for ch in "<>[]()*|`!")
    assert escaped.startswith("&#60;script&#62;alert&#40;1&#41;")


def test_escaped_text_renders_as_the_same_text_and_no_markup():
    html = markdown.markdown(str(escape_markdown(HOSTILE)), extensions=["tables", "attr_list", "md_in_html"])
    assert "<script" not in html and "<a" not in html and "<em>" not in html and "<img" not in html
    import html as html_module
    assert html_module.unescape(html.removeprefix("<p>").removesuffix("</p>")) == HOSTILE


def test_whitespace_and_newlines_collapse_to_one_line():
    assert escape_markdown("a\n\n# b\t c") == "a &#35; b c"


def test_finalize_prints_none_as_nothing_and_keeps_markup():
    assert finalize(None) == ""
    assert finalize(Markup("<br>")) == "<br>"
    assert finalize("<br>") == "&#60;br&#62;"
