"""The generated pages and files as MkDocs sees them: `File`s and `Page`s.

The readout sources and vocabularies leave MkDocs' file list; the generated
pages come in at the same paths (content/readouts/2026/x.md is served at
readouts/2026/x/). A page the generator writes as HTML is a `WrittenPage`:
MkDocs reads no source and runs no Markdown for it; its HTML, table of contents
and title are handed over by `fill` just before Material's template renders it.
"""

from __future__ import annotations

import os

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.memo import KEPT
from generator.sources.loader import READOUTS, VOCABULARY_FILES
from generator.pages.markup import HtmlPage

class WrittenPage(Page):
    """A page whose HTML the generator writes: nothing to read, nothing to convert."""

    def __init__(self, file: File, config, meta: dict) -> None:
        super().__init__(None, file, config)
        self.front_matter = meta

    def read_source(self, config) -> None:
        self.markdown = ""
        self.meta = dict(self.front_matter)

    def render(self, config, files) -> None:
        self.content = ""  # until `fill`
        self.toc = get_toc([])
        self.present_anchor_ids = set()

    def fill(self, page: HtmlPage) -> None:
        self.content = page.content
        self.meta.update(page.meta)  # what only the renderer knows (the description)
        self.toc = get_toc(page.toc)
        self.present_anchor_ids = set(page.anchors)  # what MkDocs checks links to #anchors against
        if page.title:
            self.meta["title"] = page.title


def remove_sources(files: Files) -> Files:
    """Drop the readout sources and the vocabularies: the generator reads them itself."""
    for file in list(files):
        if file.src_uri.startswith(READOUTS + "/") or file.src_uri in VOCABULARY_FILES:
            files.remove(file)
    return files


def _claim(files: Files, uri: str, what: str) -> None:
    if uri in files.src_uris:
        raise PluginError(f"content/{uri} is a generated {what}; remove the hand-written file of that name")


def add_pages(files: Files, pages: dict[str, str], written: dict[str, dict], config, in_nav: set[str],
              kept: dict | None = None) -> Files:
    """Markdown pages with their text, and pages written as HTML (uri -> front matter), in that order
    (those in `in_nav` are in the nav; the others NOT_IN_NAV).

    Under `serve`, `kept` holds the File and WrittenPage of each HTML page from the
    previous rebuild (making 10,000 of them anew, canonical URLs and all, takes seconds)."""
    for uri, text in pages.items():
        _claim(files, uri, "page")
        inclusion = InclusionLevel.INCLUDED if uri in in_nav else InclusionLevel.NOT_IN_NAV
        files.append(File.generated(config, uri, content=text, inclusion=inclusion))
    for uri, meta in written.items():
        _claim(files, uri, "page")
        file = kept.get(("page", uri)) if kept is not None else None
        if file is None:
            inclusion = InclusionLevel.INCLUDED if uri in in_nav else InclusionLevel.NOT_IN_NAV
            file = File.generated(config, uri, content="", inclusion=inclusion)
            WrittenPage(file, config, meta)
            if kept is not None:
                kept["page", uri] = file
        file.page.front_matter = meta
        files.append(file)
    return files


def add_outputs(files: Files, outputs: dict[str, bytes], config, kept: dict | None = None) -> Files:
    """Add the feeds, data files and redirect pages, so `mkdocs serve` serves them too
    (under `serve`, the File objects of the previous rebuild, from `kept`, with their new bytes;
    a file KEPT is the one in the site folder: see `keep_on_disk`)."""
    for uri, data in outputs.items():
        _claim(files, uri, "file")
        file = kept.get(("file", uri)) if kept is not None else None
        if file is None:
            file = (File.generated(config, uri, abs_src_path=os.path.join(config.site_dir, uri)) if data is KEPT
                    else File.generated(config, uri, content=data))
            if kept is not None:
                kept["file", uri] = file
        elif data is not KEPT and file.content_bytes is not data:
            file.content_bytes = data
        files.append(file)
    return files


def keep_on_disk(outputs: dict[str, bytes], kept: dict, config) -> dict[str, bytes]:
    """Under `serve --dirty`, once MkDocs has written them: the readouts' and events' index.json
    (which the memo then gives as KEPT: memo.Made) as files read from the site folder, where
    MkDocs copies nothing onto itself, and KEPT in the outputs returned."""
    settled = dict(outputs)
    for uri, data in outputs.items():
        if data is not KEPT and one_items_file(uri) and uri.endswith(".json"):
            kept["file", uri] = File.generated(config, uri, abs_src_path=kept["file", uri].abs_dest_path)
            settled[uri] = KEPT
    return settled


class WrittenFile(File):
    """A file the page worker writes straight into the site folder, maybe after MkDocs' copying
    (it is done by post_build): MkDocs knows it (links to it are checked) but copies nothing."""

    def copy_file(self, dirty: bool = False) -> None:
        pass

    def is_modified(self) -> bool:
        return True


def add_written_outputs(files: Files, uris: list[str], config) -> Files:
    """Files another process writes straight into the site folder (`WrittenFile`). The files of
    one readout or event (its index.json, a redirect page) are not made into MkDocs Files:
    no page MkDocs checks links to them, and at 10,000 readouts they are 15,000 objects."""
    for uri in uris:
        _claim(files, uri, "file")
        if not one_items_file(uri):
            files.append(WrittenFile.generated(config, uri, abs_src_path=os.path.join(config.site_dir, uri)))
    return files


def one_items_file(uri: str) -> bool:
    """A file of one readout or one event: readouts/YYYY/<slug>/index.json, events/<key>/index.json,
    a redirect page."""
    return uri.endswith(".html") or (uri.endswith("/index.json") and uri.startswith(("readouts/", "events/")))


def mark_unmodified(files: Files, unchanged: set[str]) -> None:
    """Generated pages and files whose content is what the previous build had: a `--dirty`
    build (make serve) then neither converts nor writes them again. (A File kept from an
    earlier rebuild forgets what that rebuild said.)"""
    for file in files:
        if "is_modified" in file.__dict__:
            del file.is_modified
        if file.src_uri in unchanged:
            file.is_modified = _unmodified


def _unmodified() -> bool:
    return False
