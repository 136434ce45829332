"""The Browse page's catalog: every readout's metadata, compact, as JSON.

The page's script (content/assets/browse.js) loads it once and filters in the
browser. Values are numbers into vocabulary tables, so 10,000 readouts stay
about a megabyte before compression; no body text is included. One readout per
line, in a fixed order, so two builds write the same bytes.

    {"version": 1, "page": "readouts/{year}/{slug}/",
     "kinds": [[key, label], ...], "topics": [...], "people": [...], "countries": [...],
     "sides": [[code, name], ...], "issuers": [[key, name, side], ...], "languages": [[code, name], ...],
     "readouts": [[date, slug, title, kind, [topics], [people], [countries], issuer?, language?], ...]}

Readouts are newest first; `page` gives a readout's address from the site root.
`issuers` lists the issuers in use, each with its side (the country its accounts
speak for) as a number into `sides`. A readout's issuer is a number into
`issuers`, the row's eighth value; a readout without one has no eighth value
(so the catalog grows only by the readouts that name an issuer), or null when a
ninth follows. `languages` lists the languages in use, English first; a readout
in another language has it as a number into `languages`, the ninth value.
"""

from __future__ import annotations


from generator.outputs.jsontext import compact_json
from generator.pages import urls
from generator.archive.index import Indexes
from generator.model import KIND_LABELS, KINDS, Archive, Readout
from generator.pages.languages import SITE_LANGUAGE
from generator.pages.render import language_name

VERSION = 1


def page_pattern(directory_urls: bool) -> str:
    """A readout's address with {year} and {slug} to fill in."""
    return urls.published("readouts/{year}/{slug}.md", directory_urls)


def by_label(pairs) -> list[list[str]]:
    return sorted(([key, label] for key, label in pairs), key=lambda p: (p[1].casefold(), p[0]))


def vocabulary_tables(archive: Archive, indexes: Indexes) -> dict[str, list[list]]:
    """The values in use, each as [key, label] (an issuer also with its side), in the order the page lists them."""
    vocab = archive.vocabulary
    issuers = {vocab.issuers[r.issuer] for r in archive.readouts if r.issuer}
    sides = by_label((code, country_name(archive, code)) for code in {i.country for i in issuers})
    side_at = {pair[0]: n for n, pair in enumerate(sides)}
    return {
        "kinds": [[k, KIND_LABELS[k]] for k in KINDS if k in indexes.by_kind],
        "topics": by_label((k, vocab.topics[k].label) for k in indexes.by_topic),
        "people": by_label((k, vocab.participants[k].name) for k in indexes.by_participant),
        "countries": by_label((c, archive.countries[c].name) for c in indexes.by_country),
        "sides": sides,
        "issuers": [pair + [side_at[vocab.issuers[pair[0]].country]] for pair in by_label((i.key, i.name) for i in issuers)],
        "languages": sorted(([code, language_name(code)] for code in {r.language for r in archive.readouts}),
                            key=lambda pair: (pair[0] != SITE_LANGUAGE, pair[1].casefold(), pair[0])),
    }


def country_name(archive: Archive, code: str) -> str:
    """A side's name: the country's, when the archive knows it (else its code)."""
    country = archive.countries.get(code)
    return country.name if country else code


def readout_row(readout: Readout, position: dict[str, dict[str, int]]) -> list:
    row = [
        readout.date.isoformat(), readout.slug, " ".join(readout.title.split()),
        position["kinds"][readout.kind],
        [position["topics"][k] for k in readout.topics],
        [position["people"][k] for k in readout.participants],
        [position["countries"][c] for c in readout.countries],
    ]
    if readout.issuer:
        row.append(position["issuers"][readout.issuer])
    if readout.language != SITE_LANGUAGE:
        row += ([] if readout.issuer else [None]) + [position["languages"][readout.language]]
    return row


def build_browse_catalog(archive: Archive, indexes: Indexes, directory_urls: bool = True) -> str:
    """The catalog's JSON text for every readout, newest first."""
    tables = vocabulary_tables(archive, indexes)
    position = {name: {row[0]: n for n, row in enumerate(rows)} for name, rows in tables.items()}
    header = {"version": VERSION, "page": page_pattern(directory_urls), **tables}
    rows = [compact_json(readout_row(r, position)) for r in reversed(archive.readouts)]
    head = compact_json(header)[:-1]
    return head + ',"readouts":[\n' + ",\n".join(rows) + "\n]}\n"
