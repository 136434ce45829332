"""The two ways a generated page is written: markdown, or the HTML it becomes.

Templates print the page's structure through a `Syntax` object, `s`: headings,
links to other pages, definition lists, blocks whose content is in the same
syntax, paragraphs. Everything else in a template (the readout's text, listing
rows, citation blocks, timelines) is raw HTML, the same in both.

- `MarkdownSyntax` writes markdown for Python-Markdown with attr_list, md_in_html,
  def_list and toc: what `python -m generator build --out` publishes, readable
  and buildable by any Material-compatible builder.
- `HtmlSyntax` writes the HTML those extensions make of it (with MkDocs' link
  rewriting and the toc extension's ids and permalinks), so the MkDocs plugin
  can skip Markdown for the pages the generator wrote; tests/test_parity.py
  builds a site both ways and compares every page.

A syntax object serves one page: `HtmlSyntax` collects the page's headings and,
in `finish`, gives them the ids the toc extension would (explicit ids first,
then unique slugs in order) and returns the page's title and table of contents.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import yaml
from markdown.extensions.toc import nest_toc_tokens, slugify, strip_tags, unique
from markupsafe import Markup

from generator.pages import urls
from generator.pages.escape import escape_markdown


@dataclass(frozen=True)
class Permalink:
    """The toc extension's permalink settings (mkdocs.yml `toc:`), for headings written as HTML."""
    text: str | None = "&para;"  # None: no permalink
    css_class: str = "headerlink"
    title: str = "Permanent link"

    @classmethod
    def from_toc_config(cls, config: dict) -> Permalink:
        setting = config.get("permalink", False)
        text = "&para;" if setting is True else (setting or None)
        return cls(text, config.get("permalink_class", "headerlink"), config.get("permalink_title", "Permanent link"))


@dataclass(frozen=True)
class HtmlPage:
    """A generated page as HTML, with what MkDocs would have taken from its markdown."""
    meta: dict
    title: str | None
    content: str
    toc: list  # the toc extension's nested tokens
    anchors: frozenset[str] = frozenset()


_PLACEHOLDER = re.compile("\x00([0-9]+)\x00")  # where a heading's id goes, by its number
_AMP = re.compile(r"&(?!(?:#[0-9]+|#x[0-9a-f]+|[0-9a-z]+);)", re.I)


def attribute(value: object) -> str:
    """An attribute value as Python-Markdown's serializer writes it (an entity's & is kept)."""
    text = _AMP.sub("&amp;", str(value))
    return text.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _attrs(cls: str | None, attrs: dict) -> list[tuple[str, str]]:
    pairs = [("class", cls)] if cls else []
    return pairs + [(name.replace("_", "-"), value) for name, value in attrs.items() if value is not None]


class MarkdownSyntax:
    markdown = True

    def __init__(self, here: str, directory_urls: bool = True) -> None:
        self.here = here

    def heading(self, level: int, text, anchor: str | None = None) -> Markup:
        suffix = f" {{ #{anchor} }}" if anchor else ""
        return Markup(f"{'#' * level} {escape_markdown(text)}{suffix}")

    def link(self, text, there: str, cls: str | None = None, **attrs) -> Markup:
        """A link to the page or file `there` (a path under content/), which MkDocs resolves and checks."""
        pairs = _attrs(cls, attrs)
        extra = ""
        if pairs:
            extra = "{ " + " ".join(f".{v}" if k == "class" else f'{k}="{v}"' for k, v in pairs) + " }"
        return Markup(f"[{escape_markdown(text)}]({urls.relative(self.here, there)}){extra}")

    def external(self, text, url: Markup) -> Markup:
        return Markup(f"[{escape_markdown(text)}]({url})")

    def strong(self, text) -> Markup:
        return Markup(f"**{escape_markdown(text)}**")

    def code(self, text: str) -> Markup:
        """Inline code: a constant of the templates (a code span shows entities as they are)."""
        assert "`" not in text
        return Markup(f"`{text}`")

    def open(self, tag: str, cls: str | None = None, **attrs) -> Markup:
        """The start of a block whose content is written in this syntax."""
        found = "".join(f' {k}="{v}"' for k, v in _attrs(cls, attrs))
        return Markup(f"<{tag}{found} markdown>")

    def close(self, tag: str) -> Markup:
        return Markup(f"</{tag}>")

    def p_open(self) -> Markup:
        return Markup("")

    def p_close(self) -> Markup:
        return Markup("")

    def dl_open(self) -> Markup:
        return Markup("")

    def dl_close(self) -> Markup:
        return Markup("")

    def dt(self, term) -> Markup:
        """A term and the start of its description, which `dd_end` ends."""
        return Markup(f"{escape_markdown(term)}\n:   ")

    def dd_end(self) -> Markup:
        return Markup("\n")

    def finish(self, text: str, meta: dict) -> str:
        """The page as a markdown file: its front matter, then the text."""
        if not meta:
            return text
        return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000) + "---\n\n" + text


class HtmlSyntax:
    markdown = False

    def __init__(self, here: str, directory_urls: bool = True, permalink: Permalink = Permalink()) -> None:
        self.here = here
        self.directory_urls = directory_urls
        self.permalink = permalink
        self.headings: list[tuple[int, str, str | None]] = []

    def heading(self, level: int, text, anchor: str | None = None) -> Markup:
        inner = str(escape_markdown(text))
        ident = anchor or f"\x00{len(self.headings)}\x00"  # an id given in `finish`
        self.headings.append((level, inner, anchor))
        link = ""
        if self.permalink.text is not None:
            link = (f'<a class="{self.permalink.css_class}" href="#{ident}" '
                    f'title="{self.permalink.title}">{self.permalink.text}</a>')
        return Markup(f'<h{level} id="{ident}">{inner}{link}</h{level}>')

    def link(self, text, there: str, cls: str | None = None, **attrs) -> Markup:
        if there.endswith(".md"):
            target = urls.href(self.here, there, self.directory_urls)
        else:  # a file published as it is (a feed, a JSON file)
            target = urls.relative_from(urls.published_folder(self.here, self.directory_urls), there)
        found = "".join(f' {k}="{attribute(v)}"' for k, v in [("href", target), *_attrs(cls, attrs)])
        return Markup(f"<a{found}>{escape_markdown(text)}</a>")

    def external(self, text, url: Markup) -> Markup:
        return Markup(f'<a href="{attribute(url)}">{escape_markdown(text)}</a>')

    def strong(self, text) -> Markup:
        return Markup(f"<strong>{escape_markdown(text)}</strong>")

    def code(self, text: str) -> Markup:
        return Markup("<code>{}</code>").format(text)

    def open(self, tag: str, cls: str | None = None, **attrs) -> Markup:
        found = "".join(f' {k}="{attribute(v)}"' for k, v in _attrs(cls, attrs))
        return Markup(f"<{tag}{found}>")

    def close(self, tag: str) -> Markup:
        return Markup(f"</{tag}>")

    def p_open(self) -> Markup:
        return Markup("<p>")

    def p_close(self) -> Markup:
        return Markup("</p>")

    def dl_open(self) -> Markup:
        return Markup("<dl>")

    def dl_close(self) -> Markup:
        return Markup("</dl>")

    def dt(self, term) -> Markup:
        return Markup(f"<dt>{escape_markdown(term)}</dt>\n<dd>")

    def dd_end(self) -> Markup:
        return Markup("</dd>")

    def finish(self, text: str, meta: dict) -> HtmlPage:
        """The page, with the ids the toc extension would give its headings, its title and its toc."""
        used = {anchor for _, _, anchor in self.headings if anchor}
        counters: dict[str, int] = {}
        tokens = []
        for level, inner, anchor in self.headings:
            name = strip_tags(inner)
            ident = anchor or unique(slugify(html.unescape(name), "-"), used, counters)
            tokens.append({"level": level, "id": ident, "name": name, "html": inner, "data-toc-label": ""})
        if any(not anchor for _, _, anchor in self.headings):  # one pass over the page, not one per heading
            text = _PLACEHOLDER.sub(lambda found: tokens[int(found.group(1))]["id"], text)
        title = None
        if text.lstrip().startswith("<h1") and self.headings:
            title = strip_tags(self.headings[0][1])
        ids = frozenset(token["id"] for token in tokens)
        return HtmlPage(meta, title, text, nest_toc_tokens(tokens), ids)
