"""A readout's own page: its metadata, its text, its citations, its neighbours in time,
the readouts related to it and a link to each of its pairs of countries. Published at
the readout's source path (`readouts/2026/2026-02-05-<slug>/`)."""

from __future__ import annotations

from markupsafe import escape

from generator.dates import long_date
from generator.archive.relations import pair_key, pairs_of
from generator.model import KIND_LABELS, Archive, Readout
from generator.pages.kinds.relation import relation_title
from generator.pages.registry import Page, PageKind, Shows, Site
from generator.pages.sanitize import render_body
from generator.pages.speakers import label_speakers
from generator.pages.summary import first_sentence


def readout_meta(readout: Readout) -> dict:
    """Front matter. Material prints `tags` (its search shows them beside the title: the
    kind and date) into HTML unescaped, so it is escaped here."""
    label = f"{KIND_LABELS.get(readout.kind, readout.kind)} · {long_date(readout.date)}"
    return {"template": "readout.html", "tags": [str(escape(" ".join(label.split())))],
            "language": readout.language, "hide": ["navigation", "toc"]}


def readout_body(readout: Readout, site: Site):
    """The text as clean HTML, each paragraph labelled with the speaker the account reports."""
    people = site.archive.vocabulary.participants
    body = render_body(readout.body, here=readout.src_uri, directory_urls=site.options.directory_urls)
    return label_speakers(body, readout.body, site.indexes.statements(readout, site.archive.vocabulary),
                          lambda keys: " and ".join(people[key].name for key in keys))


def readout_relations(readout: Readout, archive: Archive) -> list[tuple[str, str]]:
    """(pair key, title) of each pair of the readout's countries: it is on each pair's page."""
    return [(pair_key(*pair), relation_title(pair, archive)) for pair in pairs_of(readout.countries)]


def readout_pages(site: Site):
    links, events = site.links, site.indexes.events
    for readout in site.archive.readouts:
        yield Page(
            readout.src_uri, KIND,
            context=lambda r=readout: dict(readout=r, links=links[r.slug], event=events.get(r.event),
                                           body=readout_body(r, site), relations=readout_relations(r, site.archive)),
            shows=lambda r=readout: readout_shows(r, links, events),
            meta=lambda r=readout: readout_meta(r), lastmod=readout.date.isoformat(),
            description=lambda r=readout: first_sentence(r.body) or r.title)


def readout_shows(readout: Readout, links, events) -> Shows:
    """Itself, its previous and next readouts, its related readouts and the other accounts
    of its event: their titles, dates and issuers are printed."""
    found = links[readout.slug]
    event = events.get(readout.event)
    shown = [readout, found.previous, found.next, *found.related, *(event.accounts if event else ())]
    return Shows(rows=frozenset(r.slug for r in shown if r is not None))


KIND = PageKind("readout", "readout.md.j2", readout_pages, order=10, og_type="article")
