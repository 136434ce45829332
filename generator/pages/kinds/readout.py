"""A readout's own page: its metadata, its text, its citations, its neighbours in time,
the readouts related to it and a link to each of its pairs of countries. Published at
the readout's source path (`readouts/2026/2026-02-05-<slug>/`)."""

from __future__ import annotations

from markupsafe import Markup, escape

from generator.dates import long_date
from generator.archive.relations import pair_key, pairs_of
from generator.model import KIND_LABELS, Archive, Readout
from generator.pages.kinds.relation import relation_title
from generator.pages import urls
from generator.pages.escape import escape_markdown
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


def readout_facts(readout: Readout, site: Site, syntax, relations, event, account: Readout) -> Markup:
    """The list under the title: date, kind, participants, countries, relations, topics, issuer,
    event, source, language. Written here, not in the template: there its fifty small calls
    were a third of the page's time (ten thousand pages at 10,000 readouts)."""
    from generator.pages.render import account_name, flag, language_name, safe_url

    archive = site.archive
    vocab, countries = archive.vocabulary, archive.countries
    text = escape_markdown
    kind = KIND_LABELS.get(readout.kind, readout.kind)

    def country(code: str) -> str:
        return str(syntax.link(flag(code, archive) + " " + text(countries[code].name), urls.country_uri(code)))

    # every value a str, already escaped (a Markup would escape again what is added to it)
    facts: list[tuple[str, str]] = []
    date = f"{text(long_date(readout.date))}"
    if readout.event_date and readout.event_date != readout.date:
        date += f"; the {text(kind.lower())} took place on {text(long_date(readout.event_date))}"
    facts.append(("Date", date))
    facts.append(("Kind", str(text(kind))))
    participants = []
    for key in readout.participants:
        person = vocab.participants[key]
        role = person.role_on(readout.date)
        participants.append(f"{syntax.link(person.name, urls.person_uri(key))}" + (f", {text(role.title)}" if role else ""))
    facts.append(("Participants", "<br>".join(participants)))
    facts.append(("Countries", " · ".join(country(code) for code in readout.countries)))
    if relations:
        facts.append(("Relations", " · ".join(syntax.link(title, urls.relation_uri(key)) for key, title in relations)))
    facts.append(("Topics", " · ".join(syntax.link(vocab.topics[key].label, urls.topic_uri(key)) for key in readout.topics)))
    if readout.issuer:
        issuer = vocab.issuers[readout.issuer]
        facts.append(("Issued by", f"{text(issuer.name)} ({country(issuer.country)}’s account)"))
    if event:
        if len(event.accounts) > 1:
            others = " · ".join(syntax.link(account_name(other, archive), other.src_uri)
                                for other in event.accounts if other.slug != account.slug)
            shown = f"{syntax.link(f'All {len(event.accounts)} accounts side by side', urls.event_uri(event.key))}: {others}"
        else:
            shown = (f"The only account of this {text(kind.lower())} in the archive so far; others published with "
                     f"the event key {syntax.code(event.key)} will appear beside it")
        facts.append(("Event", shown))
    source = readout.source
    if source:
        shown = str(syntax.external(source.title or source.publisher or "Original text", safe_url(source.url))
                    if source.url else text(source.title or ""))
        if source.publisher and (source.title or not source.url):
            shown += f", {text(source.publisher)}"
        if source.retrieved:
            shown += f" (retrieved {text(long_date(source.retrieved))})"
        if source.archived_url:
            shown += " · " if source.url or source.title or source.publisher else ""
            shown += str(syntax.external("archived copy", safe_url(source.archived_url)))
        facts.append(("Source", shown))
    items = [f"{syntax.dt(term)}{value}{syntax.dd_end()}" for term, value in facts]
    items.append(f"{syntax.dt('Language')}{text(language_name(readout.language))}{syntax.dd_end()}")
    return Markup(f'{syntax.open("div", "ra-meta")}\n\n{syntax.dl_open()}\n' + "\n\n".join(items)
                  + f'\n{syntax.dl_close()}\n\n{syntax.close("div")}')


def readout_relations(readout: Readout, archive: Archive) -> list[tuple[str, str]]:
    """(pair key, title) of each pair of the readout's countries: it is on each pair's page."""
    return [(pair_key(*pair), relation_title(pair, archive)) for pair in pairs_of(readout.countries)]


def readout_pages(site: Site):
    links, events, versions = site.links, site.indexes.events, site.indexes.versions
    for readout in site.archive.readouts:
        yield Page(
            readout.src_uri, KIND,
            context=lambda r=readout: readout_context(r, site, links, events, versions),
            shows=lambda r=readout: readout_shows(r, links, events, versions),
            meta=lambda r=readout: readout_meta(r), lastmod=readout.date.isoformat(),
            description=lambda r=readout: first_sentence(r.body) or r.title)


def readout_context(readout: Readout, site: Site, links, events, versions) -> dict:
    """What readout.md.j2 prints; `facts(syntax)` is the list under the title (readout_facts)."""
    event, account = events.get(readout.event), account_of(readout, versions)
    relations = readout_relations(readout, site.archive)
    return dict(readout=readout, links=links[readout.slug], versions=versions.get(readout.slug),
                related=related_of(readout, links, versions), body=readout_body(readout, site),
                facts=lambda syntax: readout_facts(readout, site, syntax, relations, event, account))


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
