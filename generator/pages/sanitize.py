"""Turn a readout's markdown body into safe HTML for its page.

The body is text copied from a government site, reviewed by pull request, but
never trusted: it is rendered here with Python-Markdown and cleaned with nh3
(an allowlist), and the page gets the result as one raw HTML block that MkDocs
passes through untouched. Cleaning the rendered HTML, not the markdown, is what
catches markdown links such as `[x](javascript:...)` as well as raw `<script>`.

Policy (CONTRIBUTING, "Formatting the text"): paragraphs, line breaks, emphasis,
headings, lists, quotes, tables, code and links survive. Links keep their
address only when it is a full http(s) or mailto: address or an in-page `#`
anchor; anything else (javascript:, data:, a path starting with `/`) loses its
href and stays as plain text. Images, iframes, forms, scripts, styles and
event-handler attributes (onclick=...) are removed; script, style and iframe
lose their content too.
"""

from __future__ import annotations

import re

import markdown
import nh3
from markupsafe import Markup

EXTENSIONS = ("tables", "def_list", "sane_lists")
TAGS = {
    "p", "br", "hr", "em", "strong", "b", "i", "s", "sub", "sup", "small", "abbr",
    "code", "pre", "blockquote", "ul", "ol", "li", "dl", "dt", "dd", "a",
    "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"style", "colspan", "rowspan"},
    "td": {"style", "colspan", "rowspan"},
}
DROPPED_WITH_CONTENT = {
    "script", "style", "iframe", "object", "embed", "noscript", "template",
    "textarea", "select", "frame", "frameset", "applet",
}
SAFE_PREFIXES = ("http://", "https://", "mailto:", "#")


def keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """nh3's attribute filter: an href survives only with a safe address."""
    if attribute == "href":
        address = value.strip()
        if not address.lower().startswith(SAFE_PREFIXES) or address.startswith("//"):
            return None
        return address
    return value


def clean_html(html: str) -> str:
    """`html` reduced to the allowed tags, attributes and addresses."""
    return nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ATTRIBUTES,
        attribute_filter=keep_attribute,
        url_schemes={"http", "https", "mailto"},
        filter_style_properties={"text-align"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


_CONVERTER = markdown.Markdown(extensions=list(EXTENSIONS), output_format="html")


# Text with none of these is plain paragraphs to Markdown: no markup, links, lists,
# headings, code, tables, hard breaks or entities. Most readouts are such text.
_MARKUP = re.compile(r"[\t<>&\[\]*_`|\\!{}#=~^]|^\s*(?:[-+>]|\d+[.)])|^[ \t]|[ \t]$|^-+$", re.M)


def plain_paragraphs(text: str) -> str | None:
    """What Markdown makes of `text` when it is plain paragraphs, else None (ask Markdown)."""
    if _MARKUP.search(text):
        return None
    paragraphs = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text.strip("\n"))]
    return "\n".join(f"<p>{p}</p>" for p in paragraphs if p.strip())


def render_body(text: str) -> Markup:
    """A readout body (markdown) as one block of clean HTML, ready for the page."""
    html = plain_paragraphs(text)
    if html is None:
        html = _CONVERTER.reset().convert(text)
    cleaned = clean_html(html).strip()
    return Markup(f'<div class="ra-body">\n{cleaned}\n</div>\n')
