"""Lean HTML documents for the search indexer (Pagefind), one per readout.

Pure: built from the readouts the pipeline already holds, never from the
rendered site. Each document carries only what search needs: the title, the
participants and topics weighted above the body, the date shown in results and
used for sorting, the issuer and its side shown beside them, and filters
(kind, year, topic, participant, country, issuer and side; a readout without
an issuer has neither, so those filters list only issuers and sides). The search
box counts results per year and per side from these filters (the phrase trend).
Its path mirrors the readout's published path, so Pagefind's URL for it is the
readout page's URL. A readout in another language than English has its language
as `language` beside its title, for the result's `lang`.

A large archive is indexed in parts (`search_parts`): each a run of Pagefind over
at most `part_size` readouts, consecutive in time, newest first, so the indexer's
memory is bounded by a part's, not the archive's. The browser merges the parts'
indexes (archive-search.js, from `parts.json`); each document of a divided index
names its part as a filter, which is what lets "Newest first" list the parts in
order (Pagefind orders by date within one index only).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from html import escape

from generator.model import KIND_LABELS, Archive, Issuer, Readout
from generator.pages.render import long_date

TITLE_WEIGHT = "10"
TERMS_WEIGHT = "8"


def document_path(readout: Readout, directory_urls: bool = True) -> str:
    """Where the document goes under the indexer's folder: the page's own path."""
    stem = readout.src_uri[:-3]
    return f"{stem}/index.html" if directory_urls else f"{stem}.html"


def attribute(name: str, key: str, value: str) -> str:
    return f'<span {name}="{escape(key)}:{escape(value.replace(",", " "))}"></span>'


def body_html(body: str) -> str:
    """The readout's text as paragraphs of plain, escaped text."""
    paragraphs = [" ".join(part.split()) for part in body.split("\n\n")]
    return "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs if p)


def side_name(issuer: Issuer, archive: Archive) -> str:
    """The side an issuer's accounts speak for: its country's name (its code when the archive has no name)."""
    country = archive.countries.get(issuer.country)
    return country.name if country else issuer.country


def render_search_document(readout: Readout, archive: Archive, part: int | None = None) -> str:
    people = archive.vocabulary.participants
    topics = archive.vocabulary.topics
    names = [people[k].name for k in readout.participants]
    labels = [topics[k].label for k in readout.topics]
    countries = [archive.countries[c].name for c in readout.countries if c in archive.countries]
    kind = KIND_LABELS.get(readout.kind, readout.kind)
    issuer = archive.vocabulary.issuers[readout.issuer] if readout.issuer else None
    side = side_name(issuer, archive) if issuer else ""
    filters = ([attribute("data-pagefind-filter", "kind", kind), attribute("data-pagefind-filter", "year", str(readout.year))]
               + [attribute("data-pagefind-filter", "topic", label) for label in labels]
               + [attribute("data-pagefind-filter", "participant", name) for name in names]
               + [attribute("data-pagefind-filter", "country", name) for name in countries]
               + ([attribute("data-pagefind-filter", "issuer", issuer.name),
                   attribute("data-pagefind-filter", "side", side)] if issuer else [])
               + ([attribute("data-pagefind-filter", "part", str(part))] if part is not None else []))
    shown = ([attribute("data-pagefind-meta", "issuer", issuer.name), attribute("data-pagefind-meta", "side", side)]
             if issuer else [])
    return "\n".join([
        f'<!DOCTYPE html><html lang="{escape(readout.language)}"><head><meta charset="utf-8">'
        f"<title>{escape(readout.title)}</title></head>",
        "<body data-pagefind-body>",
        f'<h1 data-pagefind-meta="title" data-pagefind-weight="{TITLE_WEIGHT}">{escape(readout.title)}</h1>',
        attribute("data-pagefind-meta", "date", long_date(readout.date)),
        attribute("data-pagefind-meta", "kind", kind),
        *shown,
        *([attribute("data-pagefind-meta", "language", readout.language)] if readout.language != "en" else []),
        attribute("data-pagefind-sort", "date", readout.date.isoformat()),
        *filters,
        f'<p data-pagefind-weight="{TERMS_WEIGHT}">{escape(", ".join(names))}</p>',
        f'<p data-pagefind-weight="{TERMS_WEIGHT}">{escape(", ".join(labels))}</p>',
        body_html(readout.body),
        "</body></html>",
        "",
    ])


def render_search_documents(archive: Archive, directory_urls: bool = True) -> dict[str, str]:
    """Every readout's search document, keyed by its path under the indexer's folder (one part)."""
    return {document_path(r, directory_urls): render_search_document(r, archive) for r in archive.readouts}


PART_SIZE = 10_000  # readouts a part of the search index holds at most (Pagefind: 1.4 GB at 10,000)


@dataclass(frozen=True)
class SearchPart:
    number: int  # 1 is the newest part; its bundle is the main one (pagefind/)
    readouts: tuple[Readout, ...]

    @property
    def folder(self) -> str:
        """The part's bundle, under the site's pagefind/ folder ("" for the main one)."""
        return "" if self.number == 1 else f"part-{self.number}/"


def search_parts(readouts, part_size: int = PART_SIZE) -> list[SearchPart]:
    """The readouts in consecutive runs of time, newest first, as even as `part_size` allows
    (25,000 readouts at 10,000 a part: three parts of 8,334, 8,333 and 8,333)."""
    ordered = sorted(readouts, key=lambda r: (r.date, r.src_uri), reverse=True)
    count = max(1, math.ceil(len(ordered) / max(1, part_size)))
    size, extra = divmod(len(ordered), count)
    parts, start = [], 0
    for number in range(1, count + 1):
        end = start + size + (1 if number <= extra else 0)
        parts.append(SearchPart(number, tuple(ordered[start:end])))
        start = end
    return parts


def part_documents(part: SearchPart, archive: Archive, divided: bool, directory_urls: bool = True) -> dict[str, str]:
    """A part's documents; in a divided index (more than one part), each names its part."""
    return {document_path(r, directory_urls): render_search_document(r, archive, part.number if divided else None)
            for r in part.readouts}


def parts_manifest(parts: list[SearchPart]) -> bytes:
    """pagefind/parts.json: the parts the browser merges, newest first, with their dates."""
    listed = [{"part": p.number, "path": p.folder, "readouts": len(p.readouts),
               "from": p.readouts[-1].date.isoformat() if p.readouts else None,
               "to": p.readouts[0].date.isoformat() if p.readouts else None} for p in parts]
    return (json.dumps({"parts": listed}, indent=1, ensure_ascii=False) + "\n").encode("utf-8")
