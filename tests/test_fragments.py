"""The frame's shared parts (tabs, sidebar nav, palette, search box, config script) are rendered once per
folder and reused (generator/serve/fragments.py). A site built with `reuse_fragments`
must be byte for byte the site built without it, in both URL styles."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from conftest import FIXTURES, mkdocs_build
from generator.serve.fragments import Fragments
from test_synth import write_corpus


def build(content: Path, site: Path, reuse: bool, **config) -> dict[str, bytes]:
    records = mkdocs_build(content, site, strict=True,
                           plugins=[{"archive": {"search": False, "page_size": 15, "reuse_fragments": reuse}}], **config)
    assert not [r.getMessage() for r in records if r.levelno >= 30]
    summary = next(r.getMessage() for r in records if "Archive:" in r.getMessage())
    rendered, reused = map(int, re.search(r"frame parts rendered (\d+), reused (\d+)", summary).groups())
    assert (reused > 0) if reuse else (reused == 0)  # the fast path is taken, or not at all
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("directory_urls", [True, False])
def test_reused_fragments_build_the_same_site_byte_for_byte(tmp_path, directory_urls):
    content = write_corpus(tmp_path / "content", 60)
    reused = build(content, tmp_path / "reused", True, use_directory_urls=directory_urls)
    fresh = build(content, tmp_path / "fresh", False, use_directory_urls=directory_urls)
    assert sorted(reused) == sorted(fresh)
    assert [name for name in reused if reused[name] != fresh[name] and not name.endswith(".gz")] == []
    # the comparison has something to compare: pages in and out of the nav, at several depths
    assert "topics/index.html" in reused or "topics.html" in reused
    assert any(name.count("/") >= 2 and name.startswith("readouts/") for name in reused)


def test_events_fixture_builds_the_same_with_and_without_reuse(tmp_path):
    reused = build(FIXTURES / "events", tmp_path / "reused", True)
    fresh = build(FIXTURES / "events", tmp_path / "fresh", False)
    assert [name for name in reused if reused.get(name) != fresh.get(name) and not name.endswith(".gz")] == []


def page(url: str, parent: object = None) -> SimpleNamespace:
    return SimpleNamespace(url=url, parent=parent)


def fragments() -> Fragments:
    nav = SimpleNamespace(pages=[page(""), page("topics/"), page("people/"), page("about/")])
    return Fragments(nav)


def test_pages_of_one_folder_share_a_fragment_and_other_folders_do_not():
    made = fragments()
    calls = []
    render = lambda: calls.append(1) or f"html {len(calls)}"  # noqa: E731
    one = made("tabs", page("readouts/2019/a/"), render)
    assert made("tabs", page("readouts/2019/b/"), render) == one
    assert made("tabs", page("readouts/2020/c/"), render) != one  # another folder: rendered again
    assert made("tabs", page("people/xi/"), render) != one
    assert made("tabs", page("people/li/"), render) == made("tabs", page("people/xi/"), render)
    assert len(calls) == 3


def test_nav_pages_and_pages_in_sections_are_never_shared():
    made = fragments()
    calls = []
    render = lambda: calls.append(1) or str(len(calls))  # noqa: E731
    topics = made.nav_pages[1]
    made("tabs", topics, render), made("tabs", topics, render)
    assert len(calls) == 2  # a nav page: its own tab is the active one
    made("tabs", page("readouts/2019/a/", parent="a section"), render)
    assert len(calls) == 3
    made("tabs", page("people/"), render)  # the nav's people/ lies inside this folder
    assert len(calls) == 4
    made("nav", page("events/a/"), render), made("tabs", page("events/a/"), render)
    assert len(calls) == 6  # each fragment its own
    off = Fragments(SimpleNamespace(pages=[]), enabled=False)
    off("tabs", page("readouts/2019/a/"), render), off("tabs", page("readouts/2019/b/"), render)
    assert len(calls) == 8


def heading(title: str, url: str, level: int, children=()) -> SimpleNamespace:
    return SimpleNamespace(title=title, url=url, level=level, children=list(children))


def test_tables_of_contents_are_shared_by_their_headings_under_the_title():
    made = fragments()
    calls = []
    render = lambda: calls.append(1) or str(len(calls))  # noqa: E731
    cite = heading("Cite this readout", "#cite", 2)
    one = SimpleNamespace(toc=[heading("First readout", "#first", 1, [cite])])
    two = SimpleNamespace(toc=[heading("Second readout", "#second", 1, [cite])])
    other = SimpleNamespace(toc=[heading("Third", "#third", 1, [cite, heading("Related readouts", "#related", 2)])])
    assert made.toc(one, render) == made.toc(two, render)  # the title is not in the sidebar's toc
    assert made.toc(other, render) != made.toc(one, render)
    assert len(calls) == 2


def written_page(**changes) -> SimpleNamespace:
    fields = {"url": "readouts/2019/a/", "parent": None, "edit_url": None, "meta": {},
              "content": '<h1 id="a">A readout</h1>\n<p>Its text.</p>', "file": SimpleNamespace(generated_by="archive")}
    return SimpleNamespace(**{**fields, **changes})


def test_a_written_page_with_nothing_around_its_text_is_its_html_and_any_other_is_rendered():
    made = Fragments(SimpleNamespace(pages=[]), plain_content=True)
    render = lambda: "rendered"  # noqa: E731
    plain = written_page()
    assert made.content(plain, render, None) == plain.content
    hand_written = written_page(file=SimpleNamespace(generated_by=None))  # a page of content/: Material's partial
    assert made.content(hand_written, render, None) == "rendered"
    assert made.content(plain, render, ["a tag"]) == "rendered"  # tags, git authors or committers
    assert made.content(written_page(edit_url="https://example.org/edit"), render, None) == "rendered"
    assert made.content(written_page(content="<p>No heading</p>"), render, None) == "rendered"  # Material adds one
    assert made.content(written_page(meta={"revision_date": "2026-01-01"}), render, None) == "rendered"
    for off in (Fragments(SimpleNamespace(pages=[]), enabled=False, plain_content=True),
                Fragments(SimpleNamespace(pages=[]), plain_content=False)):
        assert off.content(plain, render, None) == "rendered"


def test_content_is_plain_only_without_feedback_and_with_a_comments_partial_that_prints_nothing(tmp_path):
    from jinja2 import DictLoader, Environment
    from generator.serve.fragments import plain_content
    config = SimpleNamespace(extra={})
    assert plain_content(Environment(loader=DictLoader({"partials/comments.html": "{# Material's #}\n"})), config)
    assert not plain_content(Environment(loader=DictLoader({"partials/comments.html": "<div>comments</div>"})), config)
    assert not plain_content(Environment(loader=DictLoader({"partials/comments.html": "{{ page.url.x }}"})), config)
    feedback = SimpleNamespace(extra={"analytics": {"feedback": {"title": "Was this page helpful?"}}})
    assert not plain_content(Environment(loader=DictLoader({"partials/comments.html": ""})), feedback)


def test_without_compaction_the_frame_differs_only_in_the_whitespace_compaction_removes(tmp_path):
    from generator.serve.compact import compact_html
    content = write_corpus(tmp_path / "content", 8)

    def site(reuse: bool, name: str) -> dict[str, bytes]:
        records = mkdocs_build(content, tmp_path / name, strict=True, plugins=[
            {"archive": {"search": False, "reuse_fragments": reuse, "compact_html": False}}])
        assert not [r.getMessage() for r in records if r.levelno >= 30]
        return {str(p.relative_to(tmp_path / name)): p.read_bytes() for p in (tmp_path / name).rglob("*.html")}

    reused, fresh = site(True, "reused"), site(False, "fresh")
    assert sorted(reused) == sorted(fresh)
    differ = [name for name in reused if reused[name] != fresh[name]]
    assert differ, "the content shortcut leaves Material's whitespace out: some pages differ before compaction"
    for name in differ:
        assert compact_html(reused[name].decode()) == compact_html(fresh[name].decode()), name
