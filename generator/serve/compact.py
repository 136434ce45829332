"""Every page's HTML without its indentation and blank lines.

Material's templates indent their output deeply and leave blank lines where
their blocks and conditions were: 4 KB of a 29 KB readout page (14%), on every
one of the archive's pages. A newline and the spaces after it are one space to
a browser anywhere but inside <pre> and <textarea> (and in `white-space: pre`
styles, which neither Material nor the archive gives to indented markup), so
they become a bare newline: the same page, drawn the same way. It takes about
0.06 ms a page. `compact_html: false` under the plugin turns it off;
tests/test_compact.py builds a site both ways and compares their documents.
"""

from __future__ import annotations

import re

KEPT = re.compile(r"(<pre\b.*?</pre>|<textarea\b.*?</textarea>)", re.S | re.I)
INDENT = re.compile(r"\n[ \t\r\n]+")


def compact_html(html: str) -> str:
    if "<pre" not in html and "<textarea" not in html:
        return INDENT.sub("\n", html)
    parts = KEPT.split(html)  # odd items: the kept elements, as they are
    return "".join(part if number % 2 else INDENT.sub("\n", part) for number, part in enumerate(parts))
