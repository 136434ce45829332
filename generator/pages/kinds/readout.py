"""A readout's own page: its metadata, its text, its citations, its neighbours in time
and the readouts related to it. Published at the readout's source path
(`readouts/2026/2026-02-05-<slug>/`)."""

from __future__ import annotations

from markupsafe import escape

from generator.dates import long_date
from generator.model import KIND_LABELS, Readout
from generator.pages.registry import Page, PageKind, Shows, Site
from generator.pages.sanitize import render_body
from generator.pages.summary import first_sentence


def readout_meta(readout: Readout) -> dict:
    """Front matter. Material prints `tags` (its search shows them beside the title: the
    kind and date) and `description` into HTML unescaped, so both are escaped here."""
    label = f"{KIND_LABELS.get(readout.kind, readout.kind)} · {long_date(readout.date)}"
    return {"template": "readout.html", "tags": [str(escape(" ".join(label.split())))],
            "language": readout.language, "hide": ["navigation", "toc"],
            "description": str(escape(first_sentence(readout.body) or readout.title))}


def readout_pages(site: Site):
    links = site.links
    for readout in site.archive.readouts:
        yield Page(
            readout.src_uri, KIND,
            context=lambda r=readout: dict(readout=r, links=links[r.slug], body=render_body(
                r.body, here=r.src_uri, directory_urls=site.options.directory_urls)),
            shows=lambda r=readout: readout_shows(r, links),
            meta=lambda r=readout: readout_meta(r), lastmod=readout.date.isoformat())


def readout_shows(readout: Readout, links) -> Shows:
    """Itself, its previous and next readouts and its related readouts: their titles and dates are printed."""
    found = links[readout.slug]
    shown = [readout, found.previous, found.next, *found.related]
    return Shows(rows=frozenset(r.slug for r in shown if r is not None))


KIND = PageKind("readout", "readout.md.j2", readout_pages, order=10, og_type="article")
