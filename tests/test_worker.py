"""The page worker: pages and data files made in a forked child beside `mkdocs build`."""

from __future__ import annotations

import time

import pytest
from mkdocs.exceptions import Abort

from conftest import mkdocs_build, run_pipeline
from generator.archive.index import build_indexes
from generator.archive.link import link_readouts
from generator.pages.markup import HtmlPage, Permalink
from generator.outputs.files import output_files, output_uris, readout_head
from generator.pages.registry import Options, Site
from generator.pages.render import page_order, render_pages
from generator.serve.worker import PageWorker


def test_page_order_is_the_order_pages_are_rendered_in(basic):
    result = run_pipeline(basic, page_size=1)
    archive = result.archive
    indexes = build_indexes(archive.readouts)
    options = Options(page_size=1)
    made = [uri for uri, _ in render_pages(Site(archive, indexes, options, link_readouts(archive.readouts, indexes)),
                                           html=True)]
    assert made == page_order(Site(archive, indexes, options))
    assert any(uri.endswith("/page-2.md") for uri in made)
    assert set(made) | {uri for uri in result.pages if uri.endswith("index.md") or uri == "browse.md"} == set(result.pages)


def test_output_uris_name_every_file_output_files_writes(basic):
    result = run_pipeline(basic)
    made = output_files(result.archive, result.indexes, "Readout Archive")
    assert output_uris(result.archive, result.indexes, "Readout Archive") == sorted(made)
    assert "catalog.json" in made and any(uri.endswith("/index.json") for uri in made)


def test_the_worker_hands_over_every_page_and_writes_the_data_files(basic, tmp_path):
    options = Options(html=Permalink())
    result = run_pipeline(basic, html=Permalink())
    worker = PageWorker()
    worker.start(result.archive, result.indexes, options, str(tmp_path))
    order = page_order(Site(result.archive, result.indexes, options))
    for uri in reversed(order):  # in any order, each once
        page, head = worker.page(uri)
        assert isinstance(page, HtmlPage) and page == result.pages[uri]
        readout = next((r for r in result.archive.readouts if r.src_uri == uri), None)
        assert head == (readout and readout_head(readout, result.archive, options.site_name, ""))
    report = worker.finish()  # the data files are written by then
    assert report.pages == len(order)
    written = output_files(result.archive, result.indexes, options.site_name)
    assert "catalog.json" in written and all((tmp_path / uri).read_bytes() == data for uri, data in written.items())
    # two children, which shared the work out between them
    assert len(worker.reports) == 2 and sum(r.pages for r in worker.reports) == len(order)


def test_a_failing_worker_stops_the_build_with_a_message(basic, tmp_path, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise ValueError("a bug in rendering")

    monkeypatch.setattr("generator.serve.worker.render_page", broken)  # the forked child inherits it
    with pytest.raises(Abort):
        mkdocs_build(basic, tmp_path / "site", plugins=[{"archive": {"search": False}}])
    message = "\n".join(r.getMessage() for r in caplog.records if r.levelname == "ERROR")
    assert "the archive's pages could not be rendered" in message and "ValueError: a bug in rendering" in message


def test_the_children_render_a_bounded_number_of_pages_ahead_of_mkdocs(basic, tmp_path, monkeypatch):
    """At 100,000 readouts the pages rendered before MkDocs asks for them would fill its process:
    the children go at most AHEAD batches past the last page asked for (here 1 batch of 2 pages)."""
    monkeypatch.setattr("generator.serve.worker.BATCH", 2)  # the forked children inherit both
    monkeypatch.setattr("generator.serve.worker.AHEAD", 1)
    options = Options(html=Permalink(), page_size=1)
    result = run_pipeline(basic, html=Permalink(), page_size=1)
    order = page_order(Site(result.archive, result.indexes, options))
    assert len(order) > 8
    worker = PageWorker()
    worker.start(result.archive, result.indexes, options, str(tmp_path))
    worker.expect(order)
    worker._wait_for(lambda: len(worker.pages) >= 2)
    time.sleep(0.5)  # unbounded, the children render every page of this corpus in far less
    assert len(worker.pages) == 2
    for number, uri in enumerate(order):
        page, _ = worker.page(uri)
        assert page == result.pages[uri]
        assert len(worker.pages) <= 2 * 2  # this page's batch and the one after it, at most
    assert worker.finish().pages == len(order)
