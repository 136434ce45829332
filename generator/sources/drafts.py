"""What `new` leaves in a readout for a person to finish, and the check that none of it is left.

`new` marks each value it suggested from a text with REVIEW_MARK at the end of the line
(and a note above them), and writes PLACEHOLDER_BODY where the text goes when it has none.
`check` warns about each mark and each placeholder still in a file, on its line, so no
unchecked guess and no placeholder reaches the published site. Pure: a Document in, issues out.
"""

from __future__ import annotations

import re

from generator.issues import Issue, warning
from generator.sources.reader import Document

REVIEW_MARK = "# review: suggested from the text"
REVIEW_NOTE = "# Suggested by '{by}': check each line marked 'review', then delete the marks."
DRAFT_CODES = frozenset({"review-mark", "placeholder-text"})  # what a fresh skeleton is expected to carry
PLACEHOLDER_BODY = "Paste the text of the readout here, word for word as it was published, in place of this line.\n"

# A '# review' comment ends the line: no quote after it, so a quoted title holding "# review" is no mark.
_MARK_RE = re.compile(r"(?:^|\s)#\s*review\b[^\"']*$", re.IGNORECASE)
_NOTE_RE = re.compile(r"^\s*" + re.escape(REVIEW_NOTE).replace(re.escape("{by}"), ".*"))


def check_draft_marks(doc: Document) -> list[Issue]:
    """A warning for each review mark, review note and placeholder line `new` wrote that is still there."""
    issues = []
    for offset, line in enumerate(doc.front_matter.split("\n")):
        number = doc.front_matter_line + offset
        if _NOTE_RE.match(line):
            issues.append(warning(doc.path, number, "review-mark", "the note 'new' wrote above its suggestions is still "
                                  "here; once every line marked 'review' is checked, delete this line"))
        elif _MARK_RE.search(line):
            key = line.split(":", 1)[0].strip()
            issues.append(warning(doc.path, number, "review-mark", f"'{key}' is still marked '# review': 'new' guessed it "
                                  "from the text; check it against the text, correct it if needed, then delete the mark"))
    placeholder = PLACEHOLDER_BODY.strip()
    for offset, line in enumerate(doc.body.split("\n")):
        if line.strip() == placeholder:
            issues.append(warning(doc.path, doc.body_line + offset, "placeholder-text", "this is the placeholder 'new' "
                                  "wrote, not the readout's text; put the text, word for word as published, in its place"))
    return issues
