"""sanitize: a readout body keeps its text and a small safe subset of HTML."""

from __future__ import annotations

import pytest

from generator.pages.sanitize import clean_html, render_body


def body(text: str) -> str:
    html = str(render_body(text))
    assert html.startswith('<div class="ra-body">\n') and html.endswith("\n</div>\n")
    return html


@pytest.mark.parametrize("text, gone", [
    ("Hi <script>alert('x')</script> there", ["<script", "alert"]),
    ("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>", ["<script", "evil"]),
    ('<p onclick="alert(1)" onmouseover="alert(2)">p</p>', ["onclick", "onmouseover", "alert"]),
    ("<img src=x onerror=alert(1)>", ["<img", "onerror"]),
    ('<iframe src="https://evil.example/"></iframe>', ["<iframe", "evil"]),
    ("<style>body{display:none}</style>", ["<style", "display"]),
    ("<svg onload=alert(1)></svg>", ["<svg", "onload"]),
    ('<form action="https://evil.example/"><input name=x></form>', ["<form", "<input"]),
    ("[x](javascript:alert(1))", ["javascript", "href"]),
    ("[x](JaVaScRiPt:alert(1))", ["javascript", "href"]),
    ("[x]( javascript:alert(1))", ["javascript", "href"]),
    ('<a href="&#106;avascript:alert(1)">x</a>', ["avascript", "href"]),
    ("[x](data:text/html;base64,PHNjcmlwdD4=)", ["data:", "href"]),
    ("[x](/absolute/path)", ["href"]),
    ("[x](//evil.example/)", ["href", "evil"]),
    ("![pixel](https://evil.example/p.png)", ["<img", "evil"]),
    ("<!-- <script>alert(1)</script> -->", ["<!--", "script"]),
])
def test_hostile_html_and_links_are_removed(text, gone):
    html = body(text).lower()
    for piece in gone:
        assert piece.lower() not in html


def test_the_safe_subset_survives():
    text = ("## Heading\n\nSome *emphasis*, **strong**, `code` and a [link](https://example.org/a?b=1&c=2).\n\n"
            "> a quote\n\n- one\n- two\n\n1. first\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\nline one<br>line two\n")
    assert body(text) == (
        '<div class="ra-body">\n<h2>Heading</h2>\n<p>Some <em>emphasis</em>, <strong>strong</strong>, <code>code</code> and a '
        '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">link</a>.</p>\n<blockquote>\n<p>a quote</p>\n</blockquote>\n'
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>\n<table>\n<thead>\n<tr>\n"
        '<th style="text-align:left">a</th>\n<th style="text-align:right">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n'
        '<td style="text-align:left">1</td>\n<td style="text-align:right">2</td>\n</tr>\n</tbody>\n</table>\n'
        "<p>line one<br>line two</p>\n</div>\n")


def test_text_stays_word_for_word():
    text = "Xi said: \"It is always right to do a good thing, however small\" -- 5 < 6 & 7 > 2.\n"
    assert body(text) == '<div class="ra-body">\n<p>Xi said: "It is always right to do a good thing, however small" -- 5 &lt; 6 &amp; 7 &gt; 2.</p>\n</div>\n'


def test_styles_other_than_alignment_are_dropped_and_mailto_kept():
    cell = clean_html('<table><tr><td style="position:fixed;text-align:left">x</td></tr></table>')
    assert cell == '<table><tbody><tr><td style="text-align:left">x</td></tr></tbody></table>'
    assert clean_html('<a href="mailto:press@example.org">m</a>') == '<a href="mailto:press@example.org" rel="noopener noreferrer">m</a>'
    assert clean_html('<a href="#part-2">in page</a>') == '<a href="#part-2" rel="noopener noreferrer">in page</a>'


from hypothesis import given, settings
from hypothesis import strategies as st

from generator.pages.sanitize import _CONVERTER, plain_paragraphs

WORDS = st.sampled_from(["The", "two", "sides", "agreed", "1.", "-", "--", "U.S.", "China's", "(no. 7)", "2026",
                         "said:", "Xi", "—", "“quoted”", "50%", "a+b", "é", "习近平", "\t", " ", "  "])
TEXTS = st.lists(st.lists(WORDS, min_size=1, max_size=12).map(" ".join), min_size=1, max_size=6).map(
    lambda lines: "\n".join(lines)).flatmap(lambda t: st.sampled_from([t, t + "\n\n" + t, t.replace(" ", "\n", 1)]))


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_the_plain_paragraph_shortcut_gives_what_markdown_gives(text):
    fast = plain_paragraphs(text)
    if fast is not None:
        assert fast == _CONVERTER.reset().convert(text)


def test_the_shortcut_takes_plain_text_and_leaves_markup_to_markdown():
    assert plain_paragraphs("One line.\nSame paragraph.\n\nAnother.") == "<p>One line.\nSame paragraph.</p>\n<p>Another.</p>"
    for text in ("*a*", "a <b>", "[x](y)", "- item", "1. item", "# Title", "a  \nb", "    code", "a\n---"):
        assert plain_paragraphs(text) is None, text


from generator.pages.sanitize import link_target, md_links, readout_href

HERE = "readouts/2026/2026-02-05-ferreira-mori-call.md"
LINKS = ("Recalling [the earlier call](../2025/2025-11-14-some-slug.md), its [second part]"
         "(../2025/2025-11-14-some-slug.md#part-2) and <a href=\"./2026-01-16-berg-mori.md\">the meeting</a>.")


def anchors(html: str) -> list[str]:
    import re
    return re.findall(r"<a( href=\"[^\"]*\")? rel=\"noopener noreferrer\">", html)


def test_links_to_readouts_files_become_their_urls_with_directory_urls():
    assert anchors(str(render_body(LINKS, here=HERE))) == [
        ' href="../../2025/2025-11-14-some-slug/"', ' href="../../2025/2025-11-14-some-slug/#part-2"',
        ' href="../2026-01-16-berg-mori/"']


def test_links_to_readouts_files_become_their_urls_without_directory_urls():
    assert anchors(str(render_body(LINKS, here=HERE, directory_urls=False))) == [
        ' href="../2025/2025-11-14-some-slug.html"', ' href="../2025/2025-11-14-some-slug.html#part-2"',
        ' href="2026-01-16-berg-mori.html"']


def test_without_the_page_links_to_md_files_lose_their_address_as_before():
    assert str(render_body(LINKS)) == str(render_body(LINKS, here=None)) == (
        '<div class="ra-body">\n<p>Recalling <a rel="noopener noreferrer">the earlier call</a>, its '
        '<a rel="noopener noreferrer">second part</a> and <a rel="noopener noreferrer">the meeting</a>.</p>\n</div>\n')


@pytest.mark.parametrize("text, kept", [
    ("[notes](../notes.md)", None),                             # no readout's path: not rewritten, dropped as any path
    ("[page](../../about.md)", None),
    ("[wrong folder](../2025/2026-01-16-berg-mori.md)", None),  # a readout is in its date's year folder
    ("[outside](../../../2025/2025-11-14-x.md)", None),
    ("[rooted](/readouts/2025/2025-11-14-x.md)", None),
    ("[upper](../2025/2025-11-14-X.md)", None),
    ("[js](javascript:alert(1)//../2025/2025-11-14-x.md)", None),
    ("[site](https://example.org/readouts/2025/2025-11-14-x.md)", "https://example.org/readouts/2025/2025-11-14-x.md"),
    ("[mail](mailto:press@example.md)", "mailto:press@example.md"),
    ("[text](../2025/2025-11-14-x.txt)", None),
    ("[query](../2025/2025-11-14-x.md?a=1)", None),
])
def test_other_addresses_are_left_to_the_policy(text, kept):
    html = str(render_body(text, here=HERE))
    assert anchors(html) == ([f' href="{kept}"'] if kept else [""])


def test_a_link_to_a_readout_that_does_not_exist_is_rewritten_too_and_left_to_validation():
    """The page depends on its own text only (incremental rebuilds re-render a page when it
    changes, not when another readout appears); a dead link is validation's dead-link warning."""
    assert anchors(str(render_body("[gone](../2025/2025-11-14-nope.md)", here=HERE))) == [' href="../../2025/2025-11-14-nope/"']


def test_links_in_code_are_text():
    text = "`[a](../2025/2025-11-14-a.md)`\n\n    [b](../2025/2025-11-14-b.md)\n"
    assert "href" not in str(render_body(text, here=HERE)) and md_links(text) == []


def test_a_link_to_the_page_itself_and_a_fragment():
    assert readout_href(HERE, "2026-02-05-ferreira-mori-call.md#x") == "./#x"
    assert readout_href(HERE, "2026-02-05-ferreira-mori-call.md", directory_urls=False) == "2026-02-05-ferreira-mori-call.html"
    assert readout_href(HERE, " ../2025/2025-11-14-a.md# ") == "../../2025/2025-11-14-a/#"
    assert readout_href(HERE, "#part") is None and readout_href(HERE, "https://x.org/a.md") is None


def test_link_targets_and_the_links_validation_reads():
    assert link_target(HERE, "../2025/2025-11-14-a.md#p") == ("readouts/2025/2025-11-14-a.md", "p")
    assert link_target(HERE, "../../data.md") == ("data.md", None)
    assert link_target(HERE, "../../../x.md") == ("../x.md", None)
    assert link_target(HERE, "x.txt") is None and link_target(HERE, "/x.md") is None and link_target(HERE, "data:x.md") is None
    assert md_links(LINKS + " [x](https://e.org/a.md) [y](z.txt)") == [
        "../2025/2025-11-14-some-slug.md", "../2025/2025-11-14-some-slug.md#part-2", "./2026-01-16-berg-mori.md"]
    assert md_links("No links to files here.") == []
