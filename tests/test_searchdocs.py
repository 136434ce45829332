"""The lean HTML documents the search indexer reads, one per readout."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

from conftest import CONTENT, HOSTILE_SLUG, SEED_SLUG, mkdocs_build, run_pipeline, write_hostile, write_readout
from generator.outputs.searchdocs import (document_path, part_documents, parts_manifest, render_search_document,
                                          render_search_documents, search_parts)


def test_one_document_per_readout_at_its_published_path(basic):
    archive = run_pipeline(basic).archive
    docs = render_search_documents(archive)
    assert sorted(docs) == [
        "readouts/2025/2025-03-10-ferreira-berg-call/index.html",
        "readouts/2025/2025-11-20-mori-visit-lisbon/index.html",
        "readouts/2026/2026-01-16-berg-mori-meeting/index.html",
        "readouts/2026/2026-02-05-ferreira-mori-call/index.html",
    ]
    assert document_path(archive.readouts[0], directory_urls=False) == "readouts/2025/2025-03-10-ferreira-berg-call.html"


def test_metadata_is_weighted_above_the_body_with_date_sort_and_filters():
    archive = run_pipeline(CONTENT).archive
    doc = render_search_document(archive.readouts[0], archive)
    title = "Xi Jinping and Donald Trump speak by phone on China–US relations and Taiwan"
    assert f'<h1 data-pagefind-meta="title" data-pagefind-weight="10">{title}</h1>' in doc
    assert '<span data-pagefind-meta="date:5 February 2026"></span>' in doc
    assert '<span data-pagefind-sort="date:2026-02-05"></span>' in doc
    assert '<span data-pagefind-filter="kind:Phone call"></span>' in doc
    assert '<span data-pagefind-filter="year:2026"></span>' in doc
    assert '<span data-pagefind-filter="participant:Donald Trump"></span>' in doc
    assert '<span data-pagefind-filter="country:China"></span>' in doc
    assert '<p data-pagefind-weight="8">Xi Jinping, Donald Trump</p>' in doc
    assert '<p data-pagefind-weight="8">China–US relations, Taiwan, Arms sales,' in doc
    assert "had a successful meeting in Busan, charting the direction" in doc
    assert SEED_SLUG not in doc  # the URL comes from the document's path, not its text


def test_markup_in_titles_and_text_is_escaped(basic):
    write_readout(basic, "readouts/2026/2026-03-01-script-call.md",
                  "---\ntitle: <script>alert(1)</script> call\ndate: 2026-03-01\nkind: call\n"
                  "participants: [jonas-berg]\ntopics: [trade]\n---\n\nText with <b>tags</b> & \"quotes\".\n")
    archive = run_pipeline(basic).archive
    doc = render_search_documents(archive)["readouts/2026/2026-03-01-script-call/index.html"]
    assert "<script>" not in doc and "<b>" not in doc
    assert "&lt;script&gt;alert(1)&lt;/script&gt; call" in doc
    assert "<p>Text with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;.</p>" in doc


def test_the_issuer_is_shown_with_its_side_and_both_are_filters(basic):
    archive = run_pipeline(basic).archive
    docs = render_search_documents(archive)
    lisbon = docs["readouts/2025/2025-11-20-mori-visit-lisbon/index.html"]
    assert '<span data-pagefind-meta="issuer:Office of the Prime Minister of Portugal"></span>' in lisbon
    assert '<span data-pagefind-meta="side:Portugal"></span>' in lisbon
    assert '<span data-pagefind-filter="issuer:Office of the Prime Minister of Portugal"></span>' in lisbon
    assert '<span data-pagefind-filter="side:Portugal"></span>' in lisbon  # the trend's counts per side
    tromso = docs["readouts/2026/2026-01-16-berg-mori-meeting/index.html"]
    assert '<span data-pagefind-filter="issuer:Ministry of Foreign Affairs of Norway"></span>' in tromso
    assert '<span data-pagefind-meta="side:Norway"></span>' in tromso
    assert '<span data-pagefind-filter="side:Norway"></span>' in tromso


def test_a_readout_without_an_issuer_has_no_issuer_filter_or_meta(basic):
    docs = render_search_documents(run_pipeline(basic).archive)
    call = docs["readouts/2026/2026-02-05-ferreira-mori-call/index.html"]
    assert "issuer:" not in call and "side:" not in call


def test_an_issuer_name_is_escaped(basic):
    write_hostile(basic)
    hostile = render_search_documents(run_pipeline(basic).archive)[f"readouts/2026/{HOSTILE_SLUG}/index.html"]
    assert ('<span data-pagefind-filter="issuer:Ministry of &lt;i&gt;Tests&lt;/i&gt; &amp; &quot;Quotes&quot;"></span>'
            in hostile)
    assert '<span data-pagefind-meta="side:Portugal"></span>' in hostile
    assert "<i>" not in hostile


def test_a_large_archive_is_indexed_in_even_parts_consecutive_in_time_newest_first(basic):
    readouts = run_pipeline(basic).archive.readouts  # 2025-03-10, 2025-11-20, 2026-01-16, 2026-02-05
    parts = search_parts(readouts, part_size=3)
    assert [[r.date.isoformat() for r in p.readouts] for p in parts] == [["2026-02-05", "2026-01-16"],
                                                                         ["2025-11-20", "2025-03-10"]]
    assert [p.folder for p in parts] == ["", "part-2/"]
    assert [len(p.readouts) for p in search_parts(readouts, part_size=1)] == [1, 1, 1, 1]
    assert [len(p.readouts) for p in search_parts(readouts, part_size=10_000)] == [4]
    assert [len(p.readouts) for p in search_parts([], part_size=10)] == [0]
    manifest = json.loads(parts_manifest(parts))
    assert manifest == {"parts": [
        {"part": 1, "path": "", "readouts": 2, "from": "2026-01-16", "to": "2026-02-05"},
        {"part": 2, "path": "part-2/", "readouts": 2, "from": "2025-03-10", "to": "2025-11-20"}]}


def test_a_document_names_its_part_only_in_a_divided_index(basic):
    archive = run_pipeline(basic).archive
    one, two = search_parts(archive.readouts, part_size=2)
    divided = part_documents(two, archive, divided=True)
    assert sorted(divided) == sorted(document_path(r) for r in two.readouts)
    assert all('<span data-pagefind-filter="part:2"></span>' in doc for doc in divided.values())
    whole = part_documents(search_parts(archive.readouts)[0], archive, divided=False)
    assert whole == render_search_documents(archive) and "part:" not in "".join(whole.values())


def test_the_indexer_writes_a_bundle_a_part_and_replaces_an_earlier_index_s_parts(basic, tmp_path):
    """Pagefind run once a part; a second index of the same folder in fewer parts (the preview's,
    after readouts were removed, say) leaves no part of the first behind."""
    from generator.serve.indexer import run_pagefind

    archive = run_pipeline(basic).archive
    out = tmp_path / "pagefind"
    report = run_pagefind(archive, str(out), True, part_size=1)
    assert report.ok and report.documents == 4
    assert sorted(p.name for p in out.glob("part-*")) == ["part-2", "part-3", "part-4"]
    assert [p["path"] for p in json.loads((out / "parts.json").read_text())["parts"]] == ["", "part-2/", "part-3/",
                                                                                        "part-4/"]
    assert all((out / p / "pagefind-entry.json").is_file() for p in ("", "part-2", "part-3", "part-4"))
    report = run_pagefind(archive, str(out), True, part_size=2)
    assert report.ok and sorted(p.name for p in out.glob("part-*")) == ["part-2"]
    assert len(json.loads((out / "parts.json").read_text())["parts"]) == 2


def test_the_documents_go_to_the_memory_folder_and_are_removed_after(basic, tmp_path, monkeypatch):
    """The scratch folder is the memory-backed one when it can be written to (and TMPDIR names
    no other); Pagefind indexes the documents written there, and none is left behind."""
    from generator.serve import indexer

    memory = tmp_path / "shm"
    memory.mkdir()
    monkeypatch.delenv("TMPDIR", raising=False)
    monkeypatch.setattr(indexer, "MEMORY_FOLDER", str(memory))
    assert indexer.scratch_folder() == str(memory)
    assert indexer.scratch_folder(str(tmp_path / "missing")) is None
    folders = []
    write = indexer.write_pages
    monkeypatch.setattr(indexer, "write_pages", lambda folder, pages: (folders.append(Path(folder)), write(folder, pages)))
    out = tmp_path / "pagefind"
    report = indexer.run_pagefind(run_pipeline(basic).archive, str(out), True)
    assert report.ok and report.documents == 4 and (out / "pagefind-entry.json").is_file()
    assert folders[0].parent == memory and list(memory.iterdir()) == []
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    assert indexer.scratch_folder() is None


def _serve_like(archive, site_dir, report) -> None:
    """A stand-in for `mkdocs serve`: starts a background index, says its child's pid, waits."""
    from generator.serve.indexer import SearchIndexer

    indexer = SearchIndexer()
    indexer.start(archive, site_dir, background=True)
    report.send(indexer.process.pid)
    time.sleep(60)


def test_the_search_indexer_ends_when_the_preview_is_killed(basic, tmp_path):
    """A killed `mkdocs serve` (not stopped with Ctrl-C) leaves no indexer running: its child
    was in a group of its own and went on indexing an archive nobody served."""
    import multiprocessing

    archive = run_pipeline(basic).archive
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    parent = context.Process(target=_serve_like, args=(archive, str(tmp_path), send))
    parent.start()
    child = receive.recv()
    os.kill(child, 0)  # running (waiting for quiet seconds before it indexes)
    os.kill(parent.pid, signal.SIGKILL)
    parent.join()
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    else:
        os.kill(child, signal.SIGKILL)
        raise AssertionError("the indexer outlived the preview")


def test_a_part_size_below_one_is_refused_with_a_message(basic, tmp_path, caplog):
    import pytest
    from mkdocs.exceptions import Abort

    with pytest.raises(Abort):
        mkdocs_build(basic, tmp_path / "site", plugins=[{"archive": {"search_part_size": 0}}])
    message = "\n".join(r.getMessage() for r in caplog.records if r.levelname == "ERROR")
    assert "mkdocs.yml: search_part_size under the `archive` plugin is 0" in message and "Traceback" not in message
