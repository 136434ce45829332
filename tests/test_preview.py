"""`make serve` end to end: after each edit, the folder `mkdocs serve --dirty` serves
holds what a fresh `mkdocs build` of the same content makes, file for file.

The preview session runs here as MkDocs runs it (one plugin object kept across
rebuilds, a new config each time, dirty builds into the same folder); each
reference build runs in its own process. Readouts are edited the way an editor
saves them: at once after the previous rebuild, with the same size where it can.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import ROOT, copy_corpus, write_readout
from test_parity import events

SERVE_URL = "http://127.0.0.1:8000/"
READOUT = "readouts/2025/2025-03-10-ferreira-berg-call.md"


def config_file(folder: Path, content: Path) -> Path:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("docs_dir: content", f"docs_dir: {content}")
    text = text.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    text = text.replace("      page_size: 200", "      page_size: 2\n      search: false")
    path = folder / "mkdocs.yml"
    path.write_text(text, encoding="utf-8")
    return path


class Preview:
    """A `mkdocs serve --dirty` session without the web server."""

    def __init__(self, config: Path, site: Path, dirty: bool = True) -> None:
        self.config, self.site, self.dirty = config, site, dirty
        first = self.load()
        first.plugins.on_startup(command="serve", dirty=dirty)
        self.plugins = first.plugins
        build(first, serve_url=SERVE_URL, dirty=False)

    def load(self):
        config = load_config(str(self.config), site_dir=str(self.site))
        config.site_url = SERVE_URL
        return config

    def rebuild(self) -> None:
        config = self.load()
        assert config.plugins["archive"] is self.plugins["archive"]  # MkDocs keeps the plugin object
        build(config, serve_url=SERVE_URL, dirty=self.dirty)

    def close(self) -> None:
        self.plugins.on_shutdown()


def reference(config: Path, site: Path) -> None:
    """A fresh build of the same content, in another process (no state shared with the session)."""
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)],
                   cwd=ROOT, check=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "SITE_URL": SERVE_URL})


def assert_serves_the_same(served: Path, fresh: Path, what: str) -> None:
    wrong = []
    for path in sorted(p for p in fresh.rglob("*") if p.is_file()):
        name = path.relative_to(fresh)
        mine = served / name
        if name.name == "sitemap.xml.gz":
            continue
        if not mine.is_file():
            wrong.append(f"{name}: missing")
        elif path.suffix == ".html":
            if events(mine) != events(path):
                wrong.append(f"{name}: differs")
        elif name.name == "sitemap.xml":
            if sorted(mine.read_bytes().splitlines()) != sorted(path.read_bytes().splitlines()):
                wrong.append(f"{name}: differs")
        elif mine.read_bytes() != path.read_bytes():
            wrong.append(f"{name}: differs")
    assert wrong == [], f"after editing {what}"


@pytest.fixture
def session(tmp_path):
    content = copy_corpus("basic", tmp_path / "content")
    config = config_file(tmp_path, content)
    preview = Preview(config, tmp_path / "served")
    yield preview, content, config, tmp_path
    preview.close()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_every_edit_serves_what_a_fresh_build_makes(session, caplog):
    preview, content, config, tmp_path = session
    steps = [
        ("a word of the text, same size", lambda: edit(content / READOUT, "fisheries", "fisherman")),
        ("the title", lambda: edit(content / READOUT, "title: ", "title: Revised ")),
        ("a topic", lambda: edit(content / READOUT, "topics: [", "topics: [security, ")),
        ("a new readout", lambda: write_readout(content, "readouts/2026/2026-04-01-berg-mori-call.md", (
            "---\ntitle: Berg and Mori speak again\ndate: 2026-04-01\nkind: call\n"
            "participants: [jonas-berg, kenji-mori]\ntopics: [security]\n---\n\nThey spoke.\n"))),
        ("a topic's label in the vocabulary", lambda: edit(content / "topics.yml", "label: Security", "label: Security policy")),
    ]
    for number, (what, change) in enumerate(steps):
        change()
        with caplog.at_level(logging.WARNING, logger="mkdocs"):
            preview.rebuild()
        fresh = tmp_path / f"fresh-{number}"
        reference(config, fresh)
        assert_serves_the_same(preview.site, fresh, what)
    assert "Berg and Mori speak again" in (preview.site / "topics/security/index.html").read_text()
    assert "Security policy" in (preview.site / READOUT.replace(".md", "/index.html")).read_text()


def test_a_rebuild_without_changes_writes_nothing_again(session):
    preview, content, config, tmp_path = session
    before = {p: p.stat().st_mtime_ns for p in preview.site.rglob("*") if p.is_file()}
    preview.rebuild()
    after = {p: p.stat().st_mtime_ns for p in preview.site.rglob("*") if p.is_file()}
    rewritten = sorted(str(p.relative_to(preview.site)) for p in before if after[p] != before[p])
    assert [p for p in rewritten if p.endswith((".json", ".xml", ".csv")) and p != "sitemap.xml"] == []
    assert not [p for p in rewritten if p.startswith("readouts/")]


def test_an_edit_to_one_account_re_renders_its_event_page(tmp_path, caplog):
    """The event page shows every account's statements: a changed sentence in one account
    reaches it, and the served site is still what a fresh build makes."""
    content = copy_corpus("events", tmp_path / "content")
    config = config_file(tmp_path, content)
    preview = Preview(config, tmp_path / "served")
    try:
        event = preview.site / "events/2026-03-10-ana-ferreira-kenji-mori-call/index.html"
        assert "Mori said Japan valued the partnership" in event.read_text()
        edit(content / "readouts/2026/2026-03-10-ferreira-mori-call.md", "Mori said Japan valued the partnership",
             "Mori said Japan treasured the partnership")
        with caplog.at_level(logging.WARNING, logger="mkdocs"):
            preview.rebuild()
        assert "Mori said Japan treasured the partnership" in event.read_text()
        fresh = tmp_path / "fresh"
        reference(config, fresh)
        assert_serves_the_same(preview.site, fresh, "a sentence of one account")
    finally:
        preview.close()


def test_a_rebuild_pauses_the_garbage_collector_and_gives_it_back(session, monkeypatch):
    """Rebuilds run without the cyclic collector (serve/session.py: pause_collector); it is on again
    once a rebuild ends, whether the rebuild worked or stopped on an error in the content."""
    import gc

    preview, content, config, tmp_path = session
    seen = []
    plugin = preview.plugins["archive"]
    real = plugin.session.add_files
    monkeypatch.setattr(plugin.session, "add_files", lambda *args: seen.append(gc.isenabled()) or real(*args))
    edit(content / READOUT, "fisheries", "fisherman")
    preview.rebuild()
    assert seen == [False] and gc.isenabled()
    edit(content / READOUT, "title: ", "title: [unclosed ")
    with pytest.raises(Exception):
        preview.rebuild()
    assert seen == [False, False] and gc.isenabled()


def html_kept(preview: Preview) -> tuple[list[str], list[str]]:
    """The generated pages whose HTML the preview's session still holds, and those of MkDocs' objects."""
    from generator.pages.markup import HtmlPage
    from generator.serve.sitefiles import WrittenPage

    session = preview.plugins["archive"].session
    held = sorted(uri for uri, page in session.build.result.pages.items() if isinstance(page, HtmlPage))
    filled = sorted(uri for (what, uri), file in session.kept[1].items()
                    if what == "page" and isinstance(file.page, WrittenPage) and file.page.content)
    return held, filled


def test_under_dirty_the_preview_keeps_no_written_page_s_html(session):
    """Once MkDocs has written a page, `serve --dirty` keeps a digest of its HTML, not the HTML
    (serve/incremental.py: Written): at 10,000 readouts the pages were 820 MB of 1.8 GB."""
    from generator.serve.incremental import Written

    preview, content, config, tmp_path = session
    pages = preview.plugins["archive"].session.build.result.pages
    assert sum(isinstance(page, Written) for page in pages.values()) > 20
    assert html_kept(preview) == ([], [])
    edit(content / READOUT, "fisheries", "fisherman")
    preview.rebuild()
    assert html_kept(preview) == ([], [])
    page = preview.plugins["archive"].session.build.result.pages[READOUT]
    assert isinstance(page, Written) and "fisherman" in (preview.site / READOUT.replace(".md", "/index.html")).read_text()


def test_a_page_kept_as_a_digest_is_rendered_again_if_mkdocs_builds_it(session):
    """A `--dirty` build never builds an unchanged page again; should one ask for it anyway, it
    gets the page rendered once more, not an error or an empty page."""
    from generator.pages.render import render_site
    from generator.serve.incremental import Written

    preview, content, config, tmp_path = session
    archive = preview.plugins["archive"].session
    archive.written = {READOUT: archive.build.result.pages[READOUT]}
    assert isinstance(archive.written[READOUT], Written)
    again = archive.html_of(READOUT)
    assert again == render_site(archive.build.site, only={READOUT})[READOUT]
    assert Written.of(again) == archive.build.result.pages[READOUT] and archive.written == {}


def test_without_dirty_every_rebuild_serves_what_a_fresh_build_makes(tmp_path, caplog):
    """`mkdocs serve` without `--dirty` builds every page at each rebuild, so the preview keeps
    the pages whole (and MkDocs its objects' HTML)."""
    content = copy_corpus("basic", tmp_path / "content")
    config = config_file(tmp_path, content)
    preview = Preview(config, tmp_path / "served", dirty=False)
    try:
        assert html_kept(preview)[0] != []
        edit(content / READOUT, "fisheries", "fisherman")
        edit(content / READOUT, "title: ", "title: Revised ")
        with caplog.at_level(logging.WARNING, logger="mkdocs"):
            preview.rebuild()
        fresh = tmp_path / "fresh"
        reference(config, fresh)
        assert_serves_the_same(preview.site, fresh, "a word and the title, without --dirty")
        assert "fisherman" in (preview.site / READOUT.replace(".md", "/index.html")).read_text()
    finally:
        preview.close()


def test_a_page_kept_as_a_digest_tells_any_change_from_none():
    """`unchanged` against a `Written` page: the same page is unchanged; a change to its HTML,
    title, table of contents, anchors or front matter is a change."""
    from dataclasses import replace

    from generator.pages.markup import HtmlPage
    from generator.serve.incremental import Written, unchanged

    page = HtmlPage({"title": "A call"}, "A call", "<h1 id=\"a\">A call</h1><p>Text.</p>",
                    [{"level": 1, "id": "a", "name": "A call", "children": []}], frozenset({"a", "b"}))
    kept = Written.of(page)
    assert unchanged(kept, replace(page, anchors=frozenset({"b", "a"}))) and unchanged(page, page)
    for changed in (replace(page, content=page.content + " "), replace(page, title="A call!"),
                    replace(page, toc=[]), replace(page, anchors=frozenset({"a"})),
                    replace(page, meta={"title": "Another"}), page.content):
        assert not unchanged(kept, changed)
    assert kept.meta is page.meta and len(kept.digest) == 16


def test_under_dirty_the_data_files_written_are_read_from_the_site_folder(session):
    """The readouts' and events' index.json are kept in the preview's folder once written, not in
    memory (memo.Made, sitefiles.keep_on_disk): an edit writes the one that changed."""
    from generator.memo import KEPT

    preview, content, config, tmp_path = session
    archive = preview.plugins["archive"].session
    uri = READOUT.replace(".md", "/index.json")

    def on_disk() -> list[str]:
        return sorted(u for u, data in archive.outputs.files.items() if data is KEPT)

    kept = on_disk()
    assert uri in kept and all(u.endswith("/index.json") for u in kept)
    file = archive.kept[1]["file", uri]
    assert file.abs_src_path == file.abs_dest_path
    edit(content / READOUT, "fisheries", "fisherman")
    preview.rebuild()
    assert "fisherman" in (preview.site / uri).read_text(encoding="utf-8") and on_disk() == kept


def test_data_files_made_by_a_build_that_stopped_are_written_by_the_next(session, monkeypatch, caplog):
    """A build can stop after the data files are made and before MkDocs writes them: the next
    rebuild writes them, so the served folder is still what a fresh build makes."""
    preview, content, config, tmp_path = session
    archive = preview.plugins["archive"].session
    real = archive.prepare_env

    def fail(*args):
        raise RuntimeError("stopped before writing")

    monkeypatch.setattr(archive, "prepare_env", fail)
    edit(content / READOUT, "fisheries", "fisherman")
    with pytest.raises(RuntimeError):
        preview.rebuild()
    monkeypatch.setattr(archive, "prepare_env", real)
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        preview.rebuild()
    assert "fisherman" in (preview.site / READOUT.replace(".md", "/index.json")).read_text(encoding="utf-8")
    fresh = tmp_path / "fresh"
    reference(config, fresh)
    assert_serves_the_same(preview.site, fresh, "a word, after a build that stopped")


def test_after_an_error_in_the_content_the_next_rebuild_renders_only_what_changed(session, caplog):
    """A rebuild stopped by a broken readout leaves the served site as it was; once the file is
    fixed, the next rebuild starts from the last build that ended: it writes the pages that show
    the edited readout, not every page, and serves what a fresh build makes."""
    preview, content, config, tmp_path = session
    edit(content / READOUT, "title: ", "title: [unclosed ")
    with pytest.raises(Exception):
        preview.rebuild()
    edit(content / READOUT, "title: [unclosed ", "title: ")
    edit(content / READOUT, "fisheries", "fisherman")
    before = {p: p.stat().st_mtime_ns for p in preview.site.rglob("*.html")}
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        preview.rebuild()
    rewritten = {p for p in before if p.stat().st_mtime_ns != before[p]}
    assert preview.site / READOUT.replace(".md", "/index.html") in rewritten
    assert len(rewritten) < len(before) / 2
    fresh = tmp_path / "fresh"
    reference(config, fresh)
    assert_serves_the_same(preview.site, fresh, "a word, after an error in the content")
