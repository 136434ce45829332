"""The page-kind registry: a kind declared in one place is built, listed, dated and kept
fresh by the preview, with no other module changed.

The toy kind here (a page per kind of readout: calls, meetings...) lives only in this
test: it is registered at run time with its template's text, as a module under
generator/pages/kinds/ would declare it."""

from __future__ import annotations

import re

import pytest

from conftest import copy_corpus, mkdocs_build, run_pipeline
from generator.pages.registry import Options, Page, PageKind, Shows, Site, all_pages, page_kinds, register
from generator.serve.deps import page_dependencies
from generator.archive.link import link_readouts
from test_preview import Preview, config_file

TEMPLATE = """{{ syntax.heading(1, "Readouts of kind " ~ name) }}

{% for readout in items %}
{{ syntax.p_open() }}{{ syntax.link(readout.title, readout.src_uri) }}{{ syntax.p_close() }}

{% endfor %}
"""


def toy_pages(site: Site):
    for kind, items in site.indexes.by_kind.items():
        yield Page(f"kinds/{kind}.md", TOY, context=lambda kind=kind, items=items: dict(name=kind, items=items),
                   shows=lambda items=items: Shows(rows=frozenset(r.slug for r in items)),
                   meta=lambda kind=kind: {"description": f"Every readout of kind {kind}."},
                   lastmod=items[0].date.isoformat())


TOY = PageKind("toy", "toy.md.j2", toy_pages, order=55, template_source=TEMPLATE)


@pytest.fixture
def toy():
    unregister = register(TOY)
    yield TOY
    unregister()


def test_kinds_are_found_in_their_folder_in_order():
    names = [kind.name for kind in page_kinds()]
    assert [name for name in names if name in ("readout", "topic", "person", "country", "year")] == [
        "readout", "topic", "person", "country", "year"]
    assert names[0] == "readout" and {"event", "statements", "events-index"} <= set(names)
    assert {"home", "topics-index", "people-index", "countries-index", "dates-index", "browse"} <= set(names)
    assert [kind.order for kind in page_kinds()] == sorted(kind.order for kind in page_kinds())


def test_every_page_has_one_kind_and_a_unique_address(basic):
    result = run_pipeline(basic, page_size=1)
    site = Site(result.archive, result.indexes, Options(page_size=1), links=link_readouts(result.archive.readouts, result.indexes))
    uris = [page.uri for page in all_pages(site)]
    assert len(uris) == len(set(uris))
    assert set(uris) == set(result.pages)  # every page rendered is listed by its kind, and only those


def test_a_registered_kind_is_built_listed_in_the_sitemap_and_dated(toy, basic, tmp_path):
    result = run_pipeline(basic)
    site = Site(result.archive, result.indexes, links=link_readouts(result.archive.readouts, result.indexes))
    assert page_dependencies(site)["kinds/call.md"].rows == {r.slug for r in result.indexes.by_kind["call"]}
    mkdocs_build(basic, tmp_path / "site", plugins=[{"archive": {"search": False}}])
    page = (tmp_path / "site/kinds/call/index.html").read_text()
    assert "Readouts of kind call" in page and 'content="Every readout of kind call."' in page
    for readout in result.indexes.by_kind["call"]:
        assert readout.title in page
    sitemap = (tmp_path / "site/sitemap.xml").read_text()
    locs = re.findall(r"<loc>(.*?)</loc>", sitemap)
    toy_at = [n for n, loc in enumerate(locs) if loc.startswith("kinds/")]
    year_at = [n for n, loc in enumerate(locs) if loc.startswith("dates/20")]
    assert toy_at and max(year_at) < min(toy_at)  # the kind's order: after the year pages
    newest_call = result.indexes.by_kind["call"][0].date.isoformat()
    entry = sitemap[sitemap.index("kinds/call/"):]
    assert entry[: entry.index("</url>")].count(f"<lastmod>{newest_call}</lastmod>") == 1


def test_the_preview_re_renders_a_registered_kind_after_an_edit_to_a_readout_it_shows(toy, tmp_path):
    content = copy_corpus("basic", tmp_path / "content")
    site = tmp_path / "served"
    preview = Preview(config_file(tmp_path, content), site)
    try:
        readout = content / "readouts/2025/2025-03-10-ferreira-berg-call.md"
        assert "Ferreira and Berg discuss fisheries trade" in (site / "kinds/call/index.html").read_text()
        readout.write_text(readout.read_text().replace("title: Ferreira and Berg discuss fisheries trade",
                                                       "title: Ferreira and Berg settle fisheries trade"))
        preview.rebuild()
        assert "Ferreira and Berg settle fisheries trade" in (site / "kinds/call/index.html").read_text()
    finally:
        preview.close()
