"""A readout's text linking to another readout's file, as MkDocs users write it, end to end:
the built page links to the other readout's page in both URL styles, and a dead link fails
`mkdocs build --strict` with the file and line (the rewrite is sanitize.py, the check validate.py)."""

from __future__ import annotations

import os
import posixpath
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import copy_corpus, mkdocs_build, write_readout
from tests.test_guarantees import site_config

MKDOCS = Path(sys.executable).parent / "mkdocs"
SLUG = "2026-03-10-mori-recalls-lisbon"
LINKING = (
    "---\ntitle: Mori recalls the Lisbon visit\ndate: 2026-03-10\nkind: call\n"
    "participants: [kenji-mori, ana-ferreira]\ntopics: [trade]\n---\n\n"
    "The leaders recalled [the Lisbon visit](../2025/2025-11-20-mori-visit-lisbon.md#wind)\n"
    "and [their call in February](2026-02-05-ferreira-mori-call.md).\n")


def body_hrefs(page: Path) -> list[str]:
    html = page.read_text(encoding="utf-8")
    body = html[html.index('<div class="ra-body">'):]
    body = body[: body.index("</div>")]
    return re.findall(r'href="([^"]*)"', body)


def page_file(site: Path, page: Path, href: str, directory_urls: bool) -> Path:
    """The file a relative link on `page` opens, as a static web server serves it."""
    path, _, _ = href.partition("#")
    target = Path(posixpath.normpath(posixpath.join(page.parent.relative_to(site).as_posix(), path)))
    return site / target / "index.html" if directory_urls else site / target


@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_link_to_another_readouts_file_opens_its_page(tmp_path, directory_urls):
    content = copy_corpus("basic", tmp_path / "content")
    write_readout(content, f"readouts/2026/{SLUG}.md", LINKING)
    site = tmp_path / "site"
    mkdocs_build(content, site, strict=True, use_directory_urls=directory_urls)
    page = site / "readouts/2026" / (f"{SLUG}/index.html" if directory_urls else f"{SLUG}.html")
    hrefs = body_hrefs(page)
    if directory_urls:
        assert hrefs == ["../../2025/2025-11-20-mori-visit-lisbon/#wind", "../2026-02-05-ferreira-mori-call/"]
    else:
        assert hrefs == ["../2025/2025-11-20-mori-visit-lisbon.html#wind", "2026-02-05-ferreira-mori-call.html"]
    opened = [page_file(site, page, href, directory_urls) for href in hrefs]
    assert opened == [
        site / "readouts/2025" / ("2025-11-20-mori-visit-lisbon/index.html" if directory_urls else "2025-11-20-mori-visit-lisbon.html"),
        site / "readouts/2026" / ("2026-02-05-ferreira-mori-call/index.html" if directory_urls else "2026-02-05-ferreira-mori-call.html"),
    ]
    for target in opened:
        assert "<h1" in target.read_text(encoding="utf-8")
    assert "Mori visits Lisbon" in opened[0].read_text(encoding="utf-8")


def test_a_dead_link_fails_a_strict_build_with_its_file_and_line(tmp_path):
    content = copy_corpus("basic", tmp_path / "content")
    write_readout(content, f"readouts/2026/{SLUG}.md", LINKING.replace("2025-11-20-mori-visit-lisbon.md", "2025-11-20-mori-visit-lisbn.md"))
    config = site_config(tmp_path, content)
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    result = subprocess.run([str(MKDOCS), "build", "-f", str(config), "-d", str(tmp_path / "site"), "--strict"],
                            cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    message = (f"content/readouts/2026/{SLUG}.md:9: WARNING: the link '../2025/2025-11-20-mori-visit-lisbn.md#wind' "
               "leads to no readout; link to a readout's file under content/readouts/, relative to this file "
               "(did you mean '../2025/2025-11-20-mori-visit-lisbon.md#wind'?) [dead-link]")
    assert result.returncode == 1 and message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
