"""reader: bytes to front matter and body, every failure with its line."""

from __future__ import annotations

import pytest

from generator.sources.reader import MAX_BYTES, read_document

GOOD = "---\ntitle: A call\ndate: 2026-02-05\n---\n\nFirst paragraph.\n\nSecond.\n"


def messages(data: bytes | str):
    doc, issues = read_document("f.md", data.encode() if isinstance(data, str) else data)
    return [issue.format() for issue in issues]


def test_a_good_file_gives_values_body_and_lines():
    doc, issues = read_document("f.md", GOOD.encode())
    assert issues == []
    assert doc.meta.data == {"title": "A call", "date": "2026-02-05"}
    assert doc.meta.line("date") == 3
    assert doc.body == "First paragraph.\n\nSecond.\n"
    assert doc.body_line == 6


@pytest.mark.parametrize("variant", [
    b"\xef\xbb\xbf" + GOOD.encode(),                       # byte-order mark
    GOOD.replace("\n", "\r\n").encode(),                    # CRLF
    GOOD.replace("\n", "  \n").replace("---  \n", "---   \n").encode(),  # trailing spaces
    GOOD.replace("\n", "\r").encode(),                      # old Mac line ends
])
def test_bom_crlf_and_trailing_spaces_read_like_the_plain_file(variant):
    doc, issues = read_document("f.md", variant)
    plain, _ = read_document("f.md", GOOD.encode())
    assert issues == []
    assert doc.meta.data == plain.meta.data and doc.meta.lines == plain.meta.lines
    assert doc.body.replace("  \n", "\n") == plain.body and doc.body_line == plain.body_line


@pytest.mark.parametrize("data, expected", [
    ("", "f.md:1: ERROR: the file is empty; start it with a front matter block: a line '---', the keys (title, date, kind, participants, topics), and a closing '---' [empty-file]"),
    (" \n\n", "f.md:1: ERROR: the file is empty; start it with a front matter block: a line '---', the keys (title, date, kind, participants, topics), and a closing '---' [empty-file]"),
    ("title: A\n\nText.\n", "f.md:1: ERROR: the file does not start with front matter; its first line must be '---', followed by the keys and a closing '---' [no-front-matter]"),
    ("---\ntitle: A\n\nText.\n", "f.md:1: ERROR: the front matter opened on line 1 is never closed; add a line '---' after the last key [unclosed-front-matter]"),
    ("---\n---\nText.\n", "f.md:1: ERROR: the front matter is empty; add title, date, kind, participants and topics between the '---' lines [empty-front-matter]"),
    ("---\n# only a comment\n---\nText.\n", "f.md:1: ERROR: the front matter is empty; add title, date, kind, participants and topics between the '---' lines [empty-front-matter]"),
    ("---\n- a\n---\nText.\n", "f.md:2: ERROR: the front matter is a list, not keys with values; write one 'key: value' per line [front-matter-not-mapping]"),
    ("---\njust some words\n---\nText.\n", "f.md:2: ERROR: the front matter is plain text, not keys with values; write one 'key: value' per line [front-matter-not-mapping]"),
    ("---\ntitle: A\n\tdate: x\n---\nText.\n", "f.md:3: ERROR: the YAML could not be read: a tab is used for indentation; indent with spaces [yaml-syntax]"),
])
def test_broken_front_matter_gets_one_clear_line(data, expected):
    assert messages(data) == [expected]


def test_bytes_that_are_not_utf8_name_their_line():
    data = "---\ntitle: A\n".encode() + "issuer: Ministère\n".encode("latin-1") + b"---\nText.\n"
    assert messages(data) == ["f.md:3: ERROR: byte 0xe8 is not UTF-8; save the file as UTF-8 (your editor's 'Save with encoding') [not-utf8]"]


def test_a_nul_byte_names_its_line():
    assert messages(b"---\ntitle: A\n---\n\nText\x00.\n") == ["f.md:5: ERROR: the file contains a NUL byte; a readout is a UTF-8 text file [binary]"]


def test_an_enormous_file_hits_the_size_limit():
    data = GOOD.encode() + b"x" * MAX_BYTES
    assert messages(data) == ["f.md:1: ERROR: the file is 512 KB; a readout may be at most 512 KB: trim the text or split it [too-large]"]


def test_an_enormous_front_matter_hits_its_own_limit():
    data = "---\n" + "".join(f"k{i}: {'v' * 60}\n" for i in range(600)) + "---\nText.\n"
    assert messages(data) == ["f.md:1: ERROR: the front matter is longer than 32 KB; it holds a few keys, the text goes below the closing '---' [front-matter-too-large]"]


def test_an_empty_body_points_at_the_closing_line():
    doc, issues = read_document("f.md", b"---\ntitle: A\n---\n\n\n")
    assert issues == [] and doc.body.strip() == "" and doc.body_line == 3


def test_a_horizontal_rule_in_the_body_is_not_front_matter():
    doc, _ = read_document("f.md", b"---\ntitle: A\n---\nOne.\n\n---\n\nTwo.\n")
    assert doc.body == "One.\n\n---\n\nTwo.\n" and doc.body_line == 4
