"""With SITE_URL set, `check` keeps every readout URL the live site lists in its catalog.json
(sources/live.py); offline it falls back to published-urls.txt and says so; --require-published
(the Pages workflow) fails when it cannot tell. A local http.server plays the live site."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler

import pytest

from conftest import QuietServer, run_pipeline, write_readout
from generator.cli import commands as cli
from generator.outputs.catalog import render_data_files
from generator.outputs.redirects import urls_in_catalog
from generator.sources.live import fetch_published

OLD = "readouts/2026/2026-02-05-ferreira-mori-call/"
NEW_FILE = "readouts/2026/2026-02-05-ferreira-mori-climate-call.md"


class Site:
    """What the fake live site answers: {path: (status, body)}; anything else is a 404."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, bytes]] = {}
        self.delay = 0.0

    def handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                time.sleep(site.delay)
                status, body = site.pages.get(self.path, (404, b"not found"))
                self.send_response(status)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        return Handler


@pytest.fixture
def live(basic, tmp_path, monkeypatch):
    """The basic corpus published: the live site serves the catalog it builds, at /archive/."""
    site = Site()
    catalog = render_data_files(run_pipeline(basic).archive, "Readout Archive")["catalog.json"]
    site.pages["/archive/catalog.json"] = (200, catalog)
    # quiet: the timeout test's handler writes to a client that has gone, from a thread that
    # would otherwise print its traceback into a later test's captured stderr
    server = QuietServer(("127.0.0.1", 0), site.handler())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    site.url = f"http://127.0.0.1:{server.server_address[1]}/archive/"
    monkeypatch.setenv("SITE_URL", site.url)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.chdir(tmp_path)
    yield site
    server.shutdown()
    server.server_close()
    server.server_close()


def rename(content) -> None:
    old = content / "readouts/2026/2026-02-05-ferreira-mori-call.md"
    write_readout(content, NEW_FILE, old.read_text())
    old.unlink()


def check(capsys, *args):
    code = cli.main(["--content", "content", "check", *args])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def test_a_url_the_live_site_lists_is_kept_without_published_urls_txt(live, basic, capsys):
    assert check(capsys) == (0, [], [
        f"The published site lists 4 readout URL(s) in {live.url}catalog.json; check keeps each one working, "
        "with those of published-urls.txt",
        "Checked all readouts and the vocabularies: 0 error(s), 0 warning(s)."])
    rename(basic)
    code, out, _ = check(capsys)
    assert code == 1
    assert out == [f"{live.url}catalog.json:1: ERROR: the published URL {OLD} no longer has a page (renamed to "
                   f"content/{NEW_FILE}?); add 'aliases: [{OLD}]' to the front matter of the renamed readout, or if the "
                   f"readout was removed on purpose, add the line 'withdrawn: {OLD}' to published-urls.txt [published-url-broken]"]


def test_an_alias_or_a_withdrawn_line_settles_it(live, basic, tmp_path, capsys):
    rename(basic)
    (tmp_path / "published-urls.txt").write_text(f"# published\nwithdrawn: {OLD}\n")
    assert check(capsys)[0] == 0
    assert cli.main(["--content", "content", "urls"]) == 0  # make publish-list keeps the withdrawn line
    assert capsys.readouterr().out.splitlines()[-1] == f"withdrawn: {OLD}"
    (tmp_path / "published-urls.txt").unlink()
    renamed = basic / NEW_FILE
    renamed.write_text(renamed.read_text().replace("topics: [climate]\n", f"topics: [climate]\naliases: [{OLD}]\n"))
    assert check(capsys)[0] == 0


def test_a_url_both_list_is_reported_once_on_the_files_line(live, basic, tmp_path, capsys):
    (tmp_path / "published-urls.txt").write_text(f"# published\n{OLD}\n")
    rename(basic)
    code, out, _ = check(capsys)
    assert code == 1 and len(out) == 1 and out[0].startswith(f"published-urls.txt:2: ERROR: the published URL {OLD} ")


def test_a_site_built_without_directory_urls_lists_html_pages():
    catalog = json.dumps({"readouts": [{"url": "readouts/2026/2026-02-05-a.html", "aliases": ["readouts/2025/2025-01-01-b/"]}]})
    assert urls_in_catalog(catalog.encode()) == ("readouts/2025/2025-01-01-b/", "readouts/2026/2026-02-05-a/")
    for bad in (b"<html>", b"[]", b'{"readouts": [{"url": 1, "aliases": []}]}', b'{"readouts": [{"url": "x"}]}', b"\xff"):
        assert urls_in_catalog(bad) is None, bad


def test_offline_it_falls_back_to_published_urls_txt_and_says_so(live, basic, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("SITE_URL", "http://127.0.0.1:9/archive/")  # the discard port: nothing listens
    (tmp_path / "published-urls.txt").write_text(f"{OLD}\n")
    rename(basic)
    code, out, err = check(capsys)
    assert code == 1 and out[0].startswith(f"published-urls.txt:1: ERROR: the published URL {OLD} ")
    assert err[0].startswith("warning: http://127.0.0.1:9/archive/catalog.json could not be reached (")
    assert err[0].endswith("); only the URLs in published-urls.txt are protected")


@pytest.mark.parametrize("answer, told", [
    ((500, b"oops"), "answered HTTP 500"),
    ((200, b"<html><body>Welcome</body></html>"), "is not the archive's catalog (no 'readouts' with 'url' and 'aliases')"),
])
def test_require_published_fails_loudly_when_it_cannot_tell(live, capsys, answer, told):
    live.pages["/archive/catalog.json"] = answer
    code, out, err = check(capsys, "--require-published")
    assert (code, out) == (1, [])
    assert err == [f"error: cannot tell which readout URLs are published: {live.url}catalog.json {told}; nothing was "
                   "checked (without --require-published, check would protect only those of published-urls.txt)"]
    code, _, err = check(capsys)  # without the flag: a warning, and the check goes on
    assert code == 0 and err[0].startswith("warning: ") and err[-1].startswith("Checked all readouts")


def test_require_published_needs_site_url(live, capsys, monkeypatch):
    monkeypatch.delenv("SITE_URL")
    code, _, err = check(capsys, "--require-published")
    assert code == 1 and err == [
        "error: cannot tell which readout URLs are published: SITE_URL is not set; set it to the published site's "
        "address, e.g. https://owner.github.io/archive/; nothing was checked (without --require-published, check "
        "would protect only those of published-urls.txt)"]
    assert check(capsys)[0] == 0  # without SITE_URL and the flag: published-urls.txt only, no request


def test_nothing_published_yet_is_an_answer(live, capsys):
    """A first deployment: the site has no catalog.json (404), so nothing published can break."""
    del live.pages["/archive/catalog.json"]
    code, _, err = check(capsys, "--require-published")
    assert code == 0
    assert err[0] == (f"{live.url}catalog.json does not exist (HTTP 404): nothing is published there yet, "
                      "so only published-urls.txt is protected")


def test_a_slow_site_times_out(live):
    live.delay = 1.0
    published = fetch_published(live.url, timeout=0.2)
    assert published.site is None and published.message.startswith(f"{live.url}catalog.json could not be reached (")


def test_only_web_addresses_are_fetched():
    published = fetch_published("file:///etc/")
    assert published.site is None and published.message.startswith("SITE_URL is 'file:///etc/', not a web address")
