"""Stable URLs: aliases become redirect pages; a published URL cannot silently break."""

from __future__ import annotations

import pytest

from tests.conftest import mkdocs_build, run_pipeline, serve_site, write_readout
from generator.cli import commands as cli
from generator.outputs.redirects import redirect_page, render_published_list

OLD = "readouts/2026/2026-02-05-ferreira-mori-call/"
NEW_FILE = "readouts/2026/2026-02-05-ferreira-mori-climate-call.md"


@pytest.fixture
def published(basic, tmp_path, monkeypatch):
    """The basic corpus with its published-urls.txt beside it; the working folder is tmp_path."""
    (tmp_path / "published-urls.txt").write_text(render_published_list(run_pipeline(basic).archive.readouts))
    monkeypatch.chdir(tmp_path)
    return basic


def rename(content, aliases: str | None) -> None:
    old = content / "readouts/2026/2026-02-05-ferreira-mori-call.md"
    text = old.read_text()
    if aliases:
        text = text.replace("topics: [climate]\n", f"topics: [climate]\naliases: {aliases}\n")
    old.unlink()
    write_readout(content, NEW_FILE, text)


def test_published_list_names_every_readout_url(published, tmp_path):
    assert (tmp_path / "published-urls.txt").read_text().splitlines()[3:] == [
        "readouts/2025/2025-03-10-ferreira-berg-call/", "readouts/2025/2025-11-20-mori-visit-lisbon/",
        "readouts/2026/2026-01-16-berg-mori-meeting/", OLD]


def test_renaming_without_an_alias_is_refused(published, capsys):
    rename(published, aliases=None)
    assert cli.main(["--content", "content", "check"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"published-urls.txt:7: ERROR: the published URL {OLD} no longer has a page "
        f"(renamed to content/{NEW_FILE}?); add 'aliases: [{OLD}]' to the front matter of the renamed readout, "
        "or delete this line if the readout was removed on purpose [published-url-broken]"]


def test_checking_some_files_does_not_compare_published_urls(published):
    rename(published, aliases=None)
    assert cli.main(["--content", "content", "check", f"content/{NEW_FILE}"]) == 0


def test_renaming_with_an_alias_passes_and_lists_both_urls(published, capsys):
    rename(published, aliases=f"[{OLD}]")
    assert cli.main(["--content", "content", "check"]) == 0
    capsys.readouterr()
    assert cli.main(["--content", "content", "urls"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [OLD, "readouts/2026/2026-02-05-ferreira-mori-climate-call/"]


def test_alias_errors(basic):
    rename(basic, aliases="[readouts/2026/2026-01-16-berg-mori-meeting/]")
    write_readout(basic, "readouts/2025/2025-12-01-extra-call.md", (
        "---\ntitle: Extra\ndate: 2025-12-01\nkind: call\nparticipants: [ana-ferreira, jonas-berg]\n"
        "topics: [trade]\naliases: [readouts/2025/2025-01-01-gone/]\n---\n\nText.\n"))
    write_readout(basic, "readouts/2025/2025-12-02-other-call.md", (
        "---\ntitle: Other\ndate: 2025-12-02\nkind: call\nparticipants: [ana-ferreira, jonas-berg]\n"
        "topics: [trade]\naliases: [readouts/2025/2025-01-01-gone]\n---\n\nText.\n"))
    messages = [(i.path.rsplit("/", 1)[-1], i.code, i.message) for i in run_pipeline(basic).issues]
    assert [m[:2] for m in messages] == [
        ("2025-12-02-other-call.md", "duplicate-alias"), ("2026-02-05-ferreira-mori-climate-call.md", "alias-is-a-page")]
    assert messages[1][2].startswith("alias 'readouts/2026/2026-01-16-berg-mori-meeting/' is the URL of ")
    assert messages[1][2].endswith("2026-01-16-berg-mori-meeting.md; remove it from 'aliases'")
    assert messages[0][2].startswith("alias 'readouts/2025/2025-01-01-gone/' is also claimed by ")
    assert messages[0][2].endswith("2025-12-01-extra-call.md; keep it on one readout only")


def test_old_url_redirects_to_the_renamed_readout(basic, tmp_path, browser):
    rename(basic, aliases=f"[{OLD}]")
    site = tmp_path / "site"
    mkdocs_build(basic, site, strict=True)
    page = (site / OLD / "index.html").read_text()
    assert '<meta http-equiv="refresh" content="0; url=../2026-02-05-ferreira-mori-climate-call/">' in page
    assert '<link rel="canonical" href="../2026-02-05-ferreira-mori-climate-call/">' in page
    assert 'href="/' not in page
    with serve_site(site) as base:
        page = browser.new_page()
        page.goto(base + OLD)
        page.wait_for_url(base + "readouts/2026/2026-02-05-ferreira-mori-climate-call/")
        assert page.locator("h1").inner_text().startswith("Ferreira and Mori speak about the climate summit")
        page.close()


@pytest.mark.parametrize("directory_urls, target", [
    (True, "2026-02-05-ferreira-mori-climate-call/"), (False, "2026-02-05-ferreira-mori-climate-call.html")])
def test_redirect_page_sends_to_the_page_in_either_url_style(basic, directory_urls, target):
    """The alias stays an old folder URL (<alias>/index.html); the page it sends to follows the URL style."""
    rename(basic, aliases=f"[{OLD}]")
    readout = next(r for r in run_pipeline(basic).archive.readouts if r.aliases)
    page = redirect_page(OLD, readout, "https://example.org/archive/", directory_urls)
    assert f'<meta http-equiv="refresh" content="0; url=../{target}">' in page
    assert f'<link rel="canonical" href="https://example.org/archive/readouts/2026/{target}">' in page
    assert f'<a href="../{target}">' in page
    relative = redirect_page(OLD, readout, "", directory_urls)
    assert f'<link rel="canonical" href="../{target}">' in relative
