"""ProperDocs (the maintained fork of MkDocs 1.6.1, pinned in requirements-dev.txt)
builds the same site as MkDocs, apart from the generator meta tag.

Each corpus is built twice, by the `mkdocs` and the `properdocs` commands of this
virtualenv (subprocesses, each into its own site folder, `build --strict` as `make
site` runs it), and the two folders are compared file by file: the same file list,
and every file byte-identical once each HTML page's one `<meta name="generator">`
tag is set aside. ProperDocs loads the archive plugin and Material's theme from
their `mkdocs.plugins` and `mkdocs.themes` entry points and aliases `mkdocs.*`
imports to its own modules, so the project needs no change to be built by either.

Pagefind's index (pagefind/) is compared by how many files each of its folders
holds: its filter and metadata files are named by hashes of data it writes in
hash-map order, so they differ even between two MkDocs builds (see
test_determinism.py). Its input comes from the archive, not from the built pages.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml
from mkdocs.utils.yaml import get_yaml_loader

from tests.conftest import CONTENT, ROOT, copy_corpus

BIN = Path(sys.executable).parent  # the commands of the virtualenv running the tests
GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
SEARCH = "pagefind"

# corpus (a tests/fixtures folder, or "content" for the real archive), SITE_URL (None: unset)
CORPORA = {
    "basic": "https://example.org/archive/",
    "nonlatin": None,
    "content": None,
}


def build(command: str, config: Path, site: Path, site_url: str | None) -> None:
    executable = BIN / command
    if not os.access(executable, os.X_OK):
        pytest.fail(f"{executable} is missing: run 'make test' (requirements-dev.txt pins properdocs)")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
    env.pop("SITE_URL", None)
    if site_url is not None:
        env["SITE_URL"] = site_url
    done = subprocess.run([str(executable), "build", "--strict", "--config-file", str(config), "--site-dir", str(site)],
                          cwd=config.parent, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{command} build failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"


def adapted_config(folder: Path, content: Path) -> Path:
    """The project's mkdocs.yml with `content` as its docs folder, as conftest.mkdocs_build
    overrides it (the command line has no docs folder option). Relative paths resolve
    against the inheriting file, so the theme's custom_dir is given again, absolute."""
    with open(ROOT / "mkdocs.yml", encoding="utf-8") as file:
        custom_dir = yaml.load(file, Loader=get_yaml_loader())["theme"]["custom_dir"]
    config = folder / "mkdocs.yml"
    config.write_text(f"INHERIT: {json.dumps(str(ROOT / 'mkdocs.yml'))}\n"
                      f"docs_dir: {json.dumps(str(content))}\n"
                      f"theme:\n  custom_dir: {json.dumps(str(ROOT / custom_dir))}\n", encoding="utf-8")
    return config


@pytest.fixture(scope="module", params=list(CORPORA))
def sites(request, tmp_path_factory) -> tuple[Path, Path]:
    """The corpus built by MkDocs and by ProperDocs: (mkdocs site, properdocs site)."""
    root = tmp_path_factory.mktemp(f"properdocs-{request.param}")
    # a copy, so both builds read the same files even while content/ is being edited
    content = copy_corpus(request.param, root / "content") if request.param != "content" else \
        Path(shutil.copytree(CONTENT, root / "content"))
    config = adapted_config(root, content)
    site_url = CORPORA[request.param]
    build("mkdocs", config, root / "site-mkdocs", site_url)
    build("properdocs", config, root / "site-properdocs", site_url)
    return root / "site-mkdocs", root / "site-properdocs"


def generator_tags(site: Path) -> set[bytes]:
    """Every HTML page's generator tag (each page must have exactly one)."""
    tags = set()
    for page in site.rglob("*.html"):
        found = GENERATOR.findall(page.read_bytes())
        assert len(found) == 1, (page, found)
        tags.update(found)
    return tags


def files(site: Path) -> dict[str, bytes]:
    """Every file outside pagefind/, HTML with its generator tag normalised."""
    found = {}
    for path in sorted(site.rglob("*")):
        name = path.relative_to(site).as_posix()
        if path.is_file() and not name.startswith(SEARCH + "/"):
            data = path.read_bytes()
            found[name] = GENERATOR.sub(b'<meta name="generator" content="">', data) if name.endswith(".html") else data
    return found


def search_shape(site: Path) -> Counter:
    """How many files each folder of pagefind/ holds."""
    return Counter(path.parent.relative_to(site).as_posix() for path in (site / SEARCH).rglob("*") if path.is_file())


def differences(one: Path, two: Path) -> list[str]:
    """What differs between two sites, beyond the generator tag and Pagefind's hashed names."""
    a, b = files(one), files(two)
    found = [f"only in {one.name}: {name}" for name in sorted(a.keys() - b.keys())]
    found += [f"only in {two.name}: {name}" for name in sorted(b.keys() - a.keys())]
    for name in sorted(a.keys() & b.keys()):
        if a[name] != b[name]:
            at = next((i for i, (x, y) in enumerate(zip(a[name], b[name])) if x != y), min(len(a[name]), len(b[name])))
            found.append(f"{name} differs at byte {at}: {a[name][max(0, at - 60):at + 60]!r} "
                         f"!= {b[name][max(0, at - 60):at + 60]!r}")
    if search_shape(one) != search_shape(two):
        found.append(f"{SEARCH}/ differs: {dict(search_shape(one))} != {dict(search_shape(two))}")
    return found


def test_properdocs_builds_the_same_site(sites):
    mkdocs_site, properdocs_site = sites
    # each site names the tool that built it (and the tag is the only difference allowed)
    (mkdocs_tag,), (properdocs_tag,) = generator_tags(mkdocs_site), generator_tags(properdocs_site)
    assert f'content="mkdocs-{version("mkdocs")}, '.encode() in mkdocs_tag
    assert f'content="mkdocs-ProperDocs {version("properdocs")}, '.encode() in properdocs_tag
    assert {"index.html", "sitemap.xml", "sitemap.xml.gz", "feed.xml", "catalog.json"} <= files(mkdocs_site).keys()
    assert search_shape(mkdocs_site)[SEARCH] > 0
    assert differences(mkdocs_site, properdocs_site) == []


def test_the_comparison_sees_a_difference(sites, tmp_path):
    """A changed byte in a page, or a missing file, is reported."""
    mkdocs_site, properdocs_site = sites
    edited = Path(shutil.copytree(properdocs_site, tmp_path / "site-edited"))
    page = edited / "about" / "index.html"
    assert b"</article>" in page.read_bytes()
    page.write_bytes(page.read_bytes().replace(b"</article>", b"!</article>", 1))
    (edited / "feed.xml").unlink()
    found = differences(mkdocs_site, edited)
    assert len(found) == 2, found
    assert found[0] == "only in site-mkdocs: feed.xml"
    assert found[1].startswith("about/index.html differs at byte "), found
