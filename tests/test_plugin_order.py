"""The plugin's hooks run where order matters, whatever the order of mkdocs.yml's plugins."""

from __future__ import annotations

import json

from conftest import mkdocs_build


def test_a_plugin_listed_first_still_reads_the_pages_written_as_html(basic, tmp_path):
    """MkDocs' own search plugin indexes each page's content in on_page_context; listed
    before the archive, it would see the readout pages empty unless the archive fills
    them first (its on_page_context has a higher priority)."""
    mkdocs_build(basic, tmp_path / "site", plugins=["search", {"archive": {"search": False}}])
    index = json.loads((tmp_path / "site/search/search_index.json").read_text())
    readout = next(doc for doc in index["docs"] if doc["location"] == "readouts/2025/2025-03-10-ferreira-berg-call/")
    assert "Ferreira and Berg discuss fisheries trade" in readout["title"]
    assert "fisheries" in readout["text"].lower() and len(readout["text"]) > 200
