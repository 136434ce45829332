"""A readout's own page: its metadata, its text, its citations, its neighbours in time,
the readouts related to it and a link to each of its pairs of countries. Published at
the readout's source path (`readouts/2026/2026-02-05-<slug>/`)."""

from __future__ import annotations

from markupsafe import escape

from generator.dates import long_date
from generator.archive.relations import pair_key, pairs_of
from generator.model import KIND_LABELS, Archive, Readout
from generator.pages.kinds.relation import relation_title
from generator.pages.languages import SITE_LANGUAGE
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
    """The text as clean HTML in its language, each paragraph labelled with the speaker the account reports."""
    people = site.archive.vocabulary.participants
    other = readout.language != SITE_LANGUAGE
    body = render_body(readout.body, here=readout.src_uri, directory_urls=site.options.directory_urls,
                       lang=readout.language if other else "")
    return label_speakers(body, readout.body, site.indexes.statements(readout, site.archive.vocabulary),
                          lambda keys: " and ".join(people[key].name for key in keys),
                          label_lang=SITE_LANGUAGE if other else "")


def readout_relations(readout: Readout, archive: Archive) -> list[tuple[str, str]]:
    """(pair key, title) of each pair of the readout's countries: it is on each pair's page."""
    return [(pair_key(*pair), relation_title(pair, archive)) for pair in pairs_of(readout.countries)]


def readout_pages(site: Site):
    links, events, versions = site.links, site.indexes.events, site.indexes.versions
    for readout in site.archive.readouts:
        yield Page(
            readout.src_uri, KIND,
            context=lambda r=readout: dict(readout=r, links=links[r.slug], event=events.get(r.event),
                                           versions=versions.get(r.slug), account=account_of(r, versions),
                                           related=related_of(r, links, versions),
                                           body=readout_body(r, site), relations=readout_relations(r, site.archive)),
            shows=lambda r=readout: readout_shows(r, links, events, versions),
            meta=lambda r=readout: readout_meta(r), lastmod=readout.date.isoformat(),
            description=lambda r=readout: first_sentence(r.body) or r.title)


def related_of(readout: Readout, links, versions) -> tuple[Readout, ...]:
    """Its related readouts but its own versions, which the top of the page links already."""
    mine = versions.get(readout.slug)
    return tuple(r for r in links[readout.slug].related if not (mine and r in mine.all))


def account_of(readout: Readout, versions) -> Readout:
    """The account a readout is a version of: its original (itself, when it is one)."""
    found = versions.get(readout.slug)
    return found.original if found else readout


def readout_shows(readout: Readout, links, events, versions) -> Shows:
    """Itself, its previous and next readouts, its related readouts, the other accounts
    of its event and its other versions: their titles, dates, issuers and languages are printed."""
    found = links[readout.slug]
    event = events.get(readout.event)
    mine = versions.get(readout.slug)
    shown = [readout, found.previous, found.next, *found.related, *(event.accounts if event else ()),
             *(mine.all if mine else ())]
    return Shows(rows=frozenset(r.slug for r in shown if r is not None))


KIND = PageKind("readout", "readout.md.j2", readout_pages, order=10, og_type="article")
