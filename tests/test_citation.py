"""The Cite block, Chicago and BibTeX text, Highwire meta tags and JSON-LD."""

from __future__ import annotations

import html
import json
import re

from conftest import CONTENT, HOSTILE_SLUG, HOSTILE_TITLE, SEED_SLUG, run_pipeline
from generator.outputs.citation import bibtex_escape, cite_readout, script_json

SEED_URL = f"readouts/2026/{SEED_SLUG}/"
SEED_TITLE = "Xi Jinping and Donald Trump speak by phone on China–US relations and Taiwan"


def seed_citation(site_url=""):
    result = run_pipeline(CONTENT)
    return cite_readout(result.archive.readouts[0], result.archive.vocabulary, "Readout Archive", site_url)


def test_chicago_citation_of_the_seed_readout():
    assert seed_citation().chicago == f'"{SEED_TITLE}." Phone call readout, February 5, 2026. Readout Archive. {SEED_URL}.'
    assert seed_citation("https://example.org/archive/").chicago.endswith(
        f"Readout Archive. https://example.org/archive/{SEED_URL}.")


def test_bibtex_entry_of_the_seed_readout():
    assert seed_citation("https://example.org/archive/").bibtex == (
        f"@misc{{{SEED_SLUG},\n"
        f"  title = {{{{{SEED_TITLE}}}}},\n"
        "  year = {2026},\n  month = feb,\n  date = {2026-02-05},\n"
        "  howpublished = {Readout Archive},\n"
        "  note = {Phone call readout; participants: Xi Jinping, Donald Trump},\n"
        "  language = {en},\n"
        f"  url = {{https://example.org/archive/{SEED_URL}}}\n}}")


def test_bibtex_escapes_its_special_characters():
    assert bibtex_escape("{a} 100% & $x #1 _ ^ ~ \\") == r"\{a\} 100\% \& \$x \#1 \_ \^{} \~{} \textbackslash{}"


def test_json_ld_cannot_close_its_script_element():
    text = script_json({"title": "</script><!-- & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == {"title": "</script><!-- & \u2028"}


def test_seed_page_has_the_cite_block_and_citation_meta(real_site):
    page = (real_site / SEED_URL / "index.html").read_text()
    assert f'<meta name="citation_title" content="{SEED_TITLE}">' in page
    assert '<meta name="citation_publication_date" content="2026/02/05">' in page
    assert re.findall(r'<meta name="citation_keywords" content="([^"]*)">', page)[:2] == ["China–US relations", "Taiwan"]
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert data["@type"] == "Article" and data["headline"] == SEED_TITLE and data["datePublished"] == "2026-02-05"
    assert [p["name"] for p in data["mentions"]] == ["Xi Jinping", "Donald Trump"]
    assert 'id="cite">Cite this readout' in page
    blocks = re.findall(r'<pre class="ra-cite"><code>(.*?)</code></pre>', page, re.S)
    assert len(blocks) == 2
    assert html.unescape(blocks[0]) == seed_citation().chicago
    assert html.unescape(blocks[1]) == seed_citation().bibtex
    assert "content.code.copy" in page  # Material's copy button on those code blocks
    assert "without the archive's public address" in page


def test_hostile_title_stays_text_in_head_json_ld_and_cite_block(hostile_site):
    page = (hostile_site / "readouts/2026" / HOSTILE_SLUG / "index.html").read_text()
    assert "<script>alert" not in page and "<b>bold" not in page and "<i>Tests" not in page
    meta = re.search(r'<meta name="citation_title" content="([^"]*)">', page).group(1)
    assert html.unescape(meta) == HOSTILE_TITLE
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert len(scripts) == 1 and json.loads(scripts[0])["headline"] == HOSTILE_TITLE
    assert json.loads(scripts[0])["url"] == f"https://example.org/archive/readouts/2026/{HOSTILE_SLUG}/"
    assert f'<a href="https://example.org/archive/readouts/2026/{HOSTILE_SLUG}/">' in page
    blocks = re.findall(r'<pre class="ra-cite"><code>(.*?)</code></pre>', page, re.S)
    bibtex = html.unescape(re.sub(r"<[^>]+>", "", blocks[1]))
    assert r"""title = {{</script><script>alert("x")</script> \& <b>bold</b> 'q' \{b\} 100\% \~{}\_\^{}\#\$ ``` ]]> [l](javascript:x)}}""" in bibtex
    assert html.unescape(blocks[0]).startswith('Ministry of <i>Tests</i> & "Quotes". "</script><script>alert("x")</script>')
