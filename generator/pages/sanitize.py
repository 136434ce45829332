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

One address is rewritten rather than kept or dropped: a link to another
readout's file, as MkDocs users write it (`../2025/2025-11-14-slug.md#part`,
relative to this readout's file). Given the page (`here`), it becomes that
readout's published URL relative to this page, as MkDocs would make it, since
MkDocs never sees links inside the raw HTML block. The rewrite goes by the
path's form (`readouts/YYYY/YYYY-MM-DD-slug.md`), not by what exists, so a page
depends on its own text only; a link to a file that is no readout is the
`dead-link` warning of sources/validate.py, which fails a strict build.
"""

from __future__ import annotations

import posixpath
import re

import markdown
import nh3
from markupsafe import Markup

from generator.pages import urls

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


def clean_html(html: str, attribute_filter=keep_attribute) -> str:
    """`html` reduced to the allowed tags, attributes and addresses."""
    return nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ATTRIBUTES,
        attribute_filter=attribute_filter,
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


# A readout's source path, the page of `Readout.src_uri`: readouts/YYYY/YYYY-MM-DD-slug.md
READOUT_URI = re.compile(r"readouts/(\d{4})/\1-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.md")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def link_target(here: str, address: str) -> tuple[str, str | None] | None:
    """Where a relative link to a `.md` file leads from the page `here` (a source path
    such as `readouts/2026/x.md`): the source path it names (starting with `..` when it
    leaves the site's sources) and its fragment (None without `#`). None for any other
    address: absolute URLs, `/paths`, in-page anchors, links to files other than `.md`."""
    address = address.strip()
    path, hash_mark, fragment = address.partition("#")
    if not path.endswith(".md") or path.startswith(("/", "\\")) or _SCHEME.match(path):
        return None
    target = posixpath.normpath(posixpath.join(here.rpartition("/")[0], path))
    return target, (fragment if hash_mark else None)


def readout_href(here: str, address: str, directory_urls: bool = True) -> str | None:
    """The published URL, relative to the page `here`, of a link written to a readout's
    file (`../2025/2025-11-14-slug.md#part` -> `../../2025/2025-11-14-slug/#part`), or None
    when `address` is not a relative link to a readout's source path."""
    found = link_target(here, address)
    if found is None or not READOUT_URI.fullmatch(found[0]):
        return None
    target, fragment = found
    return urls.href(here, target, directory_urls) + ("" if fragment is None else "#" + fragment)


def _rewriting(here: str, directory_urls: bool):
    """nh3's attribute filter for a body with links to readouts' files."""
    def keep(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "href" and tag == "a":
            rewritten = readout_href(here, value, directory_urls)
            if rewritten is not None:
                return rewritten
        return keep_attribute(tag, attribute, value)
    return keep


def body_html(text: str) -> str:
    """What Markdown makes of a body, before cleaning."""
    html = plain_paragraphs(text)
    return _CONVERTER.reset().convert(text) if html is None else html


def md_links(text: str) -> list[str]:
    """The addresses of the body's links to `.md` files by relative path, in order, as
    render_body sees them (links in code, say, are none): what link_target resolves."""
    if ".md" not in text:
        return []
    found: list[str] = []

    def collect(tag: str, attribute: str, value: str) -> str | None:
        if attribute == "href" and tag == "a" and link_target("x", value) is not None:
            found.append(value.strip())
        return None

    nh3.clean(body_html(text), tags={"a"}, attributes={"a": {"href"}}, attribute_filter=collect,
              clean_content_tags=DROPPED_WITH_CONTENT, strip_comments=True)
    return found


def render_body(text: str, here: str | None = None, directory_urls: bool = True, lang: str = "") -> Markup:
    """A readout body (markdown) as one block of clean HTML, ready for the page (`lang`: the
    text's language, when it is not the page's).

    `here` is the readout's page (`Readout.src_uri`): with it, links to other readouts'
    files become their published URLs from this page (`directory_urls` as MkDocs'
    `use_directory_urls`). Without it, such links lose their address like any other path.
    """
    html = body_html(text)
    if here is not None and ".md" in text:
        cleaned = clean_html(html, _rewriting(here, directory_urls)).strip()
    else:
        cleaned = clean_html(html).strip()
    attribute = f' lang="{lang}"' if lang else ""
    return Markup(f'<div class="ra-body"{attribute}>\n{cleaned}\n</div>\n')
