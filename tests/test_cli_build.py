"""`python -m generator build --out DIR`: the generated pages as a plain docs folder."""

import re

from generator.cli.commands import main
from tests.conftest import mkdocs_build, write_readout


def test_build_writes_every_page_and_the_hand_written_ones(basic, tmp_path, capsys):
    out = tmp_path / "pages"
    assert main(["--content", str(basic), "build", "--out", str(out)]) == 0
    assert re.fullmatch(rf"29 pages and \d+ data files written to {out}", capsys.readouterr().out.strip())
    assert (out / "feed.xml").is_file() and (out / "catalog.json").is_file()
    assert (out / "readouts/2025/2025-03-10-ferreira-berg-call.md").read_text().startswith("---\ntemplate: readout.html\n")
    assert (out / "about.md").read_text() == (basic / "about.md").read_text()
    assert not (out / "topics.yml").exists()


def test_build_output_is_a_docs_folder_mkdocs_builds(basic, tmp_path):
    out = tmp_path / "pages"
    main(["--content", str(basic), "build", "--out", str(out)])
    site = tmp_path / "site"
    mkdocs_build(out, site, plugins=["search"], strict=True)
    assert (site / "topics/climate/index.html").is_file()
    assert "Mori visits Lisbon" in (site / "readouts/2025/2025-11-20-mori-visit-lisbon/index.html").read_text()


def test_build_refuses_bad_content_and_writes_nothing(basic, tmp_path, capsys):
    write_readout(basic, "readouts/2026/2026-03-01-broken.md", "---\ntitle: x\n")
    out = tmp_path / "pages"
    assert main(["--content", str(basic), "build", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "2026-03-01-broken.md:1: ERROR: the front matter opened on line 1 is never closed" in err
    assert not out.exists()


def test_build_never_writes_into_the_content_folder(basic, capsys):
    assert main(["--content", str(basic), "build", "--out", str(basic / "pages")]) == 2
    assert not (basic / "pages").exists()
