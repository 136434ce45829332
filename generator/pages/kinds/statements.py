"""What a person is reported saying: every statement the archive's accounts give them,
by topic, newest first, each with the account it comes from and whose side that
account speaks for. `people/<key>/statements/`, paginated by the person's readouts."""

from __future__ import annotations

from markupsafe import Markup, escape

from generator.archive.events import OTHER
from generator.pages import urls
from generator.pages.escape import escape_markdown
from generator.pages.languages import in_language
from generator.pages.registry import Page, PageKind, Shows, Site, span

READOUTS_A_PAGE = 50  # a page shows the statements of this many of the person's readouts


def person_statements(person, readouts, site: Site, here: str) -> list[tuple[str, list[Markup]]]:
    """[(topic key or OTHER, [for each readout, its statements on the topic as one block])]: topics
    by count, readouts newest first. The blocks are made here, not in the template: a person's
    page may hold thousands of sentences (as many as their readouts give them)."""
    vocab = site.archive.vocabulary
    versions = site.indexes.versions
    by_topic: dict[str, list] = {}
    for readout in readouts:
        if readout.slug in versions and versions[readout.slug].preferred() is not readout:
            continue  # one account, once: in its version in the site's language, if any (as on an event's page)
        said: dict[str, list[str]] = {}
        for statement in site.indexes.statements(readout, vocab):
            if person.key in statement.speakers:
                others = [vocab.participants[key].name for key in statement.speakers if key != person.key]
                jointly = f' <span class="ra-jointly">(jointly with {escape_markdown(", ".join(others))})</span>' if others else ""
                for topic in statement.topics or (OTHER,):
                    said.setdefault(topic, []).append(f"<li>{in_language(statement.text, readout.language)}{jointly}</li>")
        if said:
            source = statement_source(readout, person, site, here)
            for topic, items in said.items():
                by_topic.setdefault(topic, []).append(Markup(f'<li>{source}<ul>{"".join(items)}</ul></li>'))
    return sorted(by_topic.items(), key=lambda item: (item[0] == OTHER, -len(item[1]), item[0]))


def statement_source(readout, person, site: Site, here: str) -> str:
    """'2026-03-11 · Japan's account (...)' with the link, and the 'other side' tag."""
    vocab = site.archive.vocabulary
    if readout.issuer:
        issuer = vocab.issuers[readout.issuer]
        name = f"{site.archive.countries[issuer.country].name}’s account ({issuer.name})"
        other = ' <span class="ra-tag">other side</span>' if issuer.country != person.country else ""
    else:
        name, other = f"Account of {readout.date.isoformat()}", ""
    link = escape(urls.href(here, readout.src_uri, site.options.directory_urls))
    return (f'<p class="ra-statement-source">{readout.date.isoformat()} · '
            f'<a href="{link}">{escape_markdown(name)}</a>{other}</p>')


def statement_pages(site: Site):
    people = site.archive.vocabulary.participants
    for key, items in site.indexes.by_participant.items():
        person = people[key]
        uris = urls.listing_uris(urls.statements_uri(key), len(items), READOUTS_A_PAGE)
        everything = frozenset(r.slug for r in items)  # the pages are cut by readouts: only dates move them
        description = f"What {person.name} is reported saying in {span(items)}, by topic, with whose account reports it."
        for number, uri in enumerate(uris, start=1):
            chunk = items[(number - 1) * READOUTS_A_PAGE: number * READOUTS_A_PAGE]
            yield Page(uri, KIND,
                       context=lambda person=person, chunk=chunk, number=number, uris=uris, items=items, uri=uri: dict(
                           person=person, said=person_statements(person, chunk, site, uri), chunk=chunk,
                           all_items=items, number=number, page_uris=uris),
                       shows=lambda chunk=chunk, everything=everything: Shows(frozenset(r.slug for r in chunk), everything),
                       description=lambda description=description: description,
                       lastmod=chunk[0].date.isoformat() if chunk else "")


KIND = PageKind("statements", "statements.md.j2", statement_pages, order=35)
