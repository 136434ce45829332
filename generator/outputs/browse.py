"""The Browse page's catalog: every readout's metadata, compact, as JSON.

The page's script (content/assets/browse.js) loads it once and filters in the
browser. Values are numbers into vocabulary tables, so 10,000 readouts stay
about a megabyte before compression; no body text is included. One readout per
line, in a fixed order, so two builds write the same bytes.

    {"version": 1, "page": "readouts/{year}/{slug}/",
     "kinds": [[key, label], ...], "topics": [...], "people": [...], "countries": [...],
     "readouts": [[date, slug, title, kind, [topics], [people], [countries]], ...]}

Readouts are newest first; `page` gives a readout's address from the site root.
"""

from __future__ import annotations


from generator.outputs.jsontext import compact_json
from generator.pages import urls
from generator.archive.index import Indexes
from generator.model import KIND_LABELS, KINDS, Archive, Readout

VERSION = 1


def page_pattern(directory_urls: bool) -> str:
    """A readout's address with {year} and {slug} to fill in."""
    return urls.published("readouts/{year}/{slug}.md", directory_urls)


def vocabulary_tables(archive: Archive, indexes: Indexes) -> dict[str, list[list[str]]]:
    """The values in use, each as [key, label], in the order the page lists them."""
    vocab = archive.vocabulary
    return {
        "kinds": [[k, KIND_LABELS[k]] for k in KINDS if k in indexes.by_kind],
        "topics": sorted(([k, vocab.topics[k].label] for k in indexes.by_topic), key=lambda p: (p[1].casefold(), p[0])),
        "people": sorted(([k, vocab.participants[k].name] for k in indexes.by_participant), key=lambda p: (p[1].casefold(), p[0])),
        "countries": sorted(([c, archive.countries[c].name] for c in indexes.by_country), key=lambda p: (p[1].casefold(), p[0])),
    }


def readout_row(readout: Readout, position: dict[str, dict[str, int]]) -> list:
    return [
        readout.date.isoformat(), readout.slug, " ".join(readout.title.split()),
        position["kinds"][readout.kind],
        [position["topics"][k] for k in readout.topics],
        [position["people"][k] for k in readout.participants],
        [position["countries"][c] for c in readout.countries],
    ]


def build_browse_catalog(archive: Archive, indexes: Indexes, directory_urls: bool = True) -> str:
    """The catalog's JSON text for every readout, newest first."""
    tables = vocabulary_tables(archive, indexes)
    position = {name: {pair[0]: n for n, pair in enumerate(rows)} for name, rows in tables.items()}
    header = {"version": VERSION, "page": page_pattern(directory_urls), **tables}
    rows = [compact_json(readout_row(r, position)) for r in reversed(archive.readouts)]
    head = compact_json(header)[:-1]
    return head + ',"readouts":[\n' + ",\n".join(rows) + "\n]}\n"
