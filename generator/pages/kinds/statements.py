"""What a person is reported saying: every statement the archive's accounts give them,
by topic, newest first, each with the account it comes from and whose side that
account speaks for. `people/<key>/statements/`, paginated by the person's readouts."""

from __future__ import annotations

from markupsafe import escape

from generator.archive.events import OTHER
from generator.pages import urls
from generator.pages.registry import Page, PageKind, Shows, Site, span

READOUTS_A_PAGE = 50  # a page shows the statements of this many of the person's readouts


def person_statements(person_key: str, readouts, site: Site) -> list[tuple[str, list[tuple]]]:
    """[(topic key or OTHER, [(readout, statement)])]: newest first within each topic, topics by count."""
    vocab = site.archive.vocabulary
    by_topic: dict[str, list] = {}
    for readout in readouts:
        for statement in site.indexes.statements(readout, vocab):
            if person_key in statement.speakers:
                for topic in statement.topics or (OTHER,):
                    by_topic.setdefault(topic, []).append((readout, statement))
    return sorted(by_topic.items(), key=lambda item: (item[0] == OTHER, -len(item[1]), item[0]))


def statement_pages(site: Site):
    people = site.archive.vocabulary.participants
    for key, items in site.indexes.by_participant.items():
        person = people[key]
        uris = urls.listing_uris(urls.statements_uri(key), len(items), READOUTS_A_PAGE)
        everything = frozenset(r.slug for r in items)  # statements move between pages when a text changes
        description = f"What {person.name} is reported saying in {span(items)}, by topic, with whose account reports it."
        for number, uri in enumerate(uris, start=1):
            chunk = items[(number - 1) * READOUTS_A_PAGE: number * READOUTS_A_PAGE]
            yield Page(uri, KIND,
                       context=lambda person=person, chunk=chunk, number=number, uris=uris, items=items: dict(
                           person=person, said=person_statements(person.key, chunk, site), chunk=chunk,
                           all_items=items, number=number, page_uris=uris),
                       shows=lambda everything=everything: Shows(everything, everything),
                       meta=lambda description=description: {"description": str(escape(description))},
                       lastmod=chunk[0].date.isoformat() if chunk else "")


KIND = PageKind("statements", "statements.md.j2", statement_pages, order=35)
