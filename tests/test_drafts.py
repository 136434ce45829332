"""`check` warns about each review mark and placeholder `new` left in a readout (sources/drafts.py)."""

from __future__ import annotations

import datetime as dt

from generator.cli.scaffold import Draft, render_draft
from generator.issues import warning
from generator.sources.drafts import PLACEHOLDER_BODY, check_draft_marks
from generator.sources.reader import read_document

PATH = "content/readouts/2026/2026-03-01-a-b-call.md"
MARK = "'new' guessed it from the text; check it against the text, correct it if needed, then delete the mark"
NOTE = "the note 'new' wrote above its suggestions is still here; once every line marked 'review' is checked, delete this line"
PLACEHOLDER = "this is the placeholder 'new' wrote, not the readout's text; put the text, word for word as published, in its place"


def marks(text: str):
    doc, issues = read_document(PATH, text.encode("utf-8"))
    assert doc is not None, issues
    return check_draft_marks(doc)


def test_every_mark_new_writes_is_one_warning_on_its_line():
    draft = Draft(dt.date(2026, 3, 1), "Call between A and B", "call", ("ana-ferreira",), ("trade",), "a-b-call",
                  ("PT",), review=("date", "kind", "participants", "countries", "title"), event="2026-03-01-a-call")
    text = render_draft(draft, "schema.json", "readout.txt")
    assert marks(text) == [
        warning(PATH, 3, "review-mark", NOTE),
        warning(PATH, 4, "review-mark", "'title' is still marked '# review': " + MARK),
        warning(PATH, 5, "review-mark", "'date' is still marked '# review': " + MARK),
        warning(PATH, 6, "review-mark", "'kind' is still marked '# review': " + MARK),
        warning(PATH, 7, "review-mark", "'participants' is still marked '# review': " + MARK),
        warning(PATH, 8, "review-mark", "'countries' is still marked '# review': " + MARK),
        warning(PATH, 15, "placeholder-text", PLACEHOLDER),
    ]
    assert text.splitlines()[14] == PLACEHOLDER_BODY.strip()


def test_a_placeholder_left_among_the_text_is_found_on_its_line():
    text = f"---\ntitle: A\n---\n\nThe leaders spoke.\n\n{PLACEHOLDER_BODY}\nThey agreed.\n"
    assert marks(text) == [warning(PATH, 7, "placeholder-text", PLACEHOLDER)]


def test_a_finished_readout_has_no_warning():
    text = ("---\n# yaml-language-server: $schema=x.json\ntitle: \"The # review of trade\"\ndate: 2026-03-01\n"
            "# source: {publisher: ..., url: https://..., title: ..., retrieved: YYYY-MM-DD}\n---\n\n"
            "# Review of the year\n\nThe ministers reviewed trade. # review\n")
    assert marks(text) == []  # '# review' in a quoted title or in the text is no mark


def test_a_mark_typed_by_hand_counts_too():
    text = "---\ntitle: A\ntopics: [trade]   #Review this\n---\n\nText.\n"
    assert marks(text) == [warning(PATH, 3, "review-mark", "'topics' is still marked '# review': " + MARK)]
