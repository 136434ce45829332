"""Who speaks in each paragraph of a readout's text, shown beside it.

Pure. A readout's paragraphs are labelled with the speaker the account reports
(from its statements: archive/statements/) where the speaker changes, so a
reader sees who says each paragraph without losing the text's flow. Only plain
paragraphs are labelled: a text with lists, headings or quotes is left as it is.
"""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_PARAGRAPH = re.compile(r"^<p>", re.M)
_BLOCK_MARK = re.compile(r"^\s*(?:[-*+>#|]|\d+[.)]\s|```|<)")


def paragraph_speakers(statements, count: int) -> list[tuple[str, ...]]:
    """For each of `count` paragraphs, the speakers of most of its words (() for narration)."""
    words: list[dict[tuple, int]] = [{} for _ in range(count)]
    for statement in statements:
        if 0 <= statement.paragraph < count:
            tally = words[statement.paragraph]
            tally[statement.speakers] = tally.get(statement.speakers, 0) + len(statement.text.split())
    return [max(tally.items(), key=lambda item: (item[1], item[0]))[0] if tally else () for tally in words]


def label_speakers(body_html: str, body: str, statements, name_of, label_lang: str = "") -> Markup:
    """`body_html` (render_body's) with a label before each paragraph whose speaker differs from the
    previous paragraph's. `name_of(speakers)` gives the label's text; `label_lang` its language,
    when the text is in another (the labels are the site's words)."""
    label = f'<p class="ra-said-by" lang="{label_lang}">' if label_lang else '<p class="ra-said-by">'
    paragraphs = [p for p in re.split(r"\n\s*\n", body.strip()) if p.strip()]
    starts = [match.start() for match in _PARAGRAPH.finditer(body_html)]
    if not statements or len(starts) != len(paragraphs) or any(_BLOCK_MARK.match(p) for p in paragraphs):
        return Markup(body_html)
    speakers = paragraph_speakers(statements, len(paragraphs))
    pieces, at, previous = [], 0, ()
    for start, said in zip(starts, speakers):
        if said and said != previous:
            pieces.append(body_html[at:start])
            pieces.append(f'{label}<span class="ra-visually-hidden">Reported speaker: </span>'
                          f'{escape(name_of(said))}</p>\n')
            at = start
        previous = said
    pieces.append(body_html[at:])
    return Markup("".join(pieces))
