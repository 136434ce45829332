"""Parts of Material's page frame rendered once for many pages.

Material renders its navigation (the tabs and the sidebar's nav), its palette
toggle, its search box and its `__config` script on every page: at 10,000
readouts that was about 40% of the MkDocs process's time. For a page outside
the nav (every readout, topic, person, event... page) these parts depend only
on where the page sits, since their links are relative to it. Pages in one
folder share them: `readouts/2019/<slug>/` all link to `topics/` as
`../../../topics/`, so the tabs are rendered once for the year, not once per
readout. (The sidebar's table of contents is the page's own: it is not shared.)

overrides/main.html and partials/header.html wrap those parts in
`archive_fragment(name, page, render)`. A page in the nav, or one with a
nav page inside its own folder, is always rendered as it is. `reuse_fragments:
false` in mkdocs.yml turns this off; tests/test_fragments.py builds a site both
ways and compares every file byte for byte.

The page's own part, Material's partials/content.html, is for a page the archive
writes only its HTML: such a page has no tags, no edit or view button, no dates
or authors from git, and its own <h1>; the site has no feedback form and
Material's empty comments partial. `content` then gives the HTML without
rendering the partial and the five it includes (5% of MkDocs' process).

The texts of Material's interface ("Skip to content", "Search"...) are looked up
once a build (`translate`, through overrides/partials/language.html) rather than
by Material's `lang.t`, which built its language's table of 150 texts at each of
the twenty calls a page makes.
"""

from __future__ import annotations

from collections.abc import Callable


class Fragments:
    """One build's cache (a new one each build: the nav, config and templates may change)."""

    def __init__(self, nav, enabled: bool = True, plain_content: bool = False, env=None, language: str = "en") -> None:
        self.enabled = enabled
        self.env, self.language = env, language
        self.translating = enabled and env is not None  # `translate` needs the theme's templates
        self.texts: dict[str, object] = {}  # see `translate`
        self.plain_content = enabled and plain_content  # see `content`
        self.nav_pages = tuple(nav.pages) if nav is not None else ()  # kept: their ids stay theirs
        self.nav_ids = frozenset(id(page) for page in self.nav_pages)  # MkDocs' Page compares slowly (title and file)
        self.nav_urls = tuple(page.url for page in self.nav_pages)
        self.folders: dict[str, tuple | None] = {}  # a folder -> what its pages' fragments depend on
        self.made: dict[tuple, str] = {}
        self.rendered = self.reused = 0  # reported in the build's summary line

    def __call__(self, name: str, page, render: Callable[[], str]) -> str:
        key = self.key(name, page)
        if key is None:
            self.rendered += 1
            return render()
        return self._made(key, render)

    def _made(self, key: tuple, render: Callable[[], str]) -> str:
        found = self.made.get(key)
        if found is None:
            self.rendered += 1
            found = self.made[key] = render()
        else:
            self.reused += 1
        return found

    def translate(self, key: str):
        """Material's `lang.t(key)` (partials/language.html): the theme language's text for `key`,
        else English's, else the key; worked out once a build."""
        found = self.texts.get(key)
        if found is None:
            tables = [self.env.get_template(f"partials/languages/{name}.html").module
                      for name in (self.language, "en")]
            found = self.texts[key] = tables[0].t(key) or tables[1].t(key) or key
        return found

    def content(self, page, render: Callable[[], str], extras) -> str:
        """Material's partials/content.html, which for a page a plugin writes (MkDocs' `generated_by`)
        with nothing around its text (`extras`: the template's `tags`, `git_info` and `committers`)
        is the page's HTML."""
        if (self.plain_content and page.file.generated_by is not None and not extras and not page.edit_url
                and "<h1" in page.content and not (page.meta and any(key in page.meta for key in DATED))):
            self.reused += 1
            return page.content
        self.rendered += 1
        return render()

    def toc(self, page, render: Callable[[], str]) -> str:
        """The sidebar's table of contents: its links are anchors in the page, so pages with the
        same headings under their title share it (every readout has Cite, most Related readouts)."""
        if not self.enabled or page is None or page.toc is None:
            return render()
        return self._made(("toc", shown_headings(page.toc)), render)

    def key(self, name: str, page) -> tuple | None:
        """What the fragment's HTML depends on, or None when the page must be rendered as it is."""
        url = getattr(page, "url", None)
        if not self.enabled or url is None or id(page) in self.nav_ids or getattr(page, "parent", None) is not None:
            return None  # in the nav: its own tab and entry are the active ones
        folder = url if url.endswith("/") or not url else url.rpartition("/")[0] + "/"
        if folder not in self.folders:
            self.folders[folder] = self.folder_key(folder)
        shared = self.folders[folder]
        return None if shared is None else (name, *shared)

    def folder_key(self, folder: str) -> tuple | None:
        if any(target.startswith(folder) for target in self.nav_urls):
            return None  # a nav page inside this page's folder: its link differs from page to page
        # links from `folder` are links from its parent with one more '../': the parent is the key
        return (folder.rstrip("/").rpartition("/")[0], folder.count("/"))



# What Material's partials/source-file.html prints a page's dates from.
DATED = ("git_revision_date_localized", "revision_date", "git_creation_date_localized")


def plain_content(env, config) -> bool:
    """Whether the site has nothing Material's partials/content.html adds to every page: no
    feedback form, and a comments partial (Material's, unless overridden) that prints nothing."""
    if (config.extra.get("analytics") or {}).get("feedback"):
        return False
    try:
        return env.get_template("partials/comments.html").render().strip() == ""
    except Exception:  # an override that needs a page: it prints something
        return False


def shown_headings(toc) -> tuple:
    """What Material's partials/toc.html prints of a page's toc: the entries under the title
    when the first is the title (level 1), each with its text, anchor and children."""
    items = list(toc)
    if items and items[0].level == 1:
        items = items[0].children
    return tuple((item.title, item.url, repr(getattr(item, "typeset", None)), shown_headings(item.children))
                 for item in items)
