"""Pages without their templates' indentation (generator/serve/compact.py): the same documents,
drawn the same way, in fewer bytes. A site built with `compact_html` is compared, document by
document, with the site built without it."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html

from conftest import copy_corpus, mkdocs_build
from generator.serve.compact import compact_html

CODE = """# Notes

An example, indented as written:

```
readouts:
    - key: value
      indented:   three spaces kept
```

<textarea>
  kept
    as typed</textarea>
"""


def test_indentation_and_blank_lines_go_but_pre_and_textarea_stay_as_they_are():
    html = "<div>\n    <p>\n      text\n\n    </p>\n<pre>  a\n    b\n</pre>\n  <textarea>\n  c\n</textarea>\n  </div>"
    assert compact_html(html) == "<div>\n<p>\ntext\n</p>\n<pre>  a\n    b\n</pre>\n<textarea>\n  c\n</textarea>\n</div>"
    assert compact_html("<p>a</p>") == "<p>a</p>"


def documents(site: Path) -> dict[str, tuple]:
    """Every HTML file as its elements (tag, attributes, text with its spaces normalised) in order,
    with <pre> and <textarea> text exactly as written; and every other file as bytes."""
    found = {}
    for path in sorted(site.rglob("*")):
        name = str(path.relative_to(site))
        if not path.is_file() or name.endswith(".gz"):
            continue
        if path.suffix != ".html":
            found[name] = path.read_bytes()
            continue
        tree = lxml.html.fromstring(path.read_bytes())
        found[name] = tuple(
            (element.tag, tuple(sorted(element.attrib.items())),
             *((element.text_content(),) if element.tag in ("pre", "textarea")
               else (" ".join((element.text or "").split()), " ".join((element.tail or "").split()))))
            for element in tree.iter() if isinstance(element.tag, str))
    return found


def test_a_compact_site_has_the_same_documents_in_fewer_bytes(tmp_path):
    content = copy_corpus("basic", tmp_path / "content")
    (content / "notes.md").write_text(CODE, encoding="utf-8")
    sites = {}
    for compact in (True, False):
        site = tmp_path / f"site-{compact}"
        mkdocs_build(content, site, strict=True, plugins=[{"archive": {"search": False, "compact_html": compact}}])
        sites[compact] = site
    compact, loose = documents(sites[True]), documents(sites[False])
    assert sorted(compact) == sorted(loose)
    assert [name for name in compact if compact[name] != loose[name]] == []
    pre = next(e for e in compact["notes/index.html"] if e[0] == "pre")
    assert "    - key: value\n      indented:   three spaces kept" in pre[2]
    size = {k: sum(p.stat().st_size for p in site.rglob("*.html")) for k, site in sites.items()}
    assert size[True] < 0.9 * size[False]
    readout = (sites[True] / "readouts/2026/2026-02-05-ferreira-mori-call/index.html").read_text()
    assert not re.search(r"\n[ \t]", readout.split("<pre")[0])
