"""An event's page: the accounts of one call or meeting side by side, the topics each
raises, and what each account reports each participant saying. `events/<key>/`"""

from __future__ import annotations

from collections import Counter

from generator.archive.events import JOINT, Event, compare_topics, speaker_grid, speaker_shares
from generator.dates import long_date
from generator.model import KIND_LABELS, Vocabulary
from generator.pages import urls
from generator.pages.registry import Page, PageKind, Shows, Site


def event_title(event: Event, vocab: Vocabulary) -> str:
    """e.g. 'Xi Jinping and Donald Trump: phone call, 4 February 2026'"""
    names = [vocab.participants[key].name for key in event.participants]
    people = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    kind = KIND_LABELS.get(event.accounts[0].kind, event.accounts[0].kind).lower()
    return f"{people}: {kind}, {long_date(event.day)}"


def account_labels(event: Event, vocab: Vocabulary, countries: dict) -> dict[str, str]:
    """Each account's short name: its side ('China'), with the issuer when a side has two accounts."""
    side = {r.slug: vocab.side_of(r) for r in event.accounts}
    count = Counter(side.values())
    labels = {}
    for readout in event.accounts:
        code = side[readout.slug]
        if not code:
            labels[readout.slug] = f"Account of {long_date(readout.date)}"
        elif count[code] > 1:
            labels[readout.slug] = f"{countries[code].name} ({vocab.issuers[readout.issuer].name})"
        else:
            labels[readout.slug] = countries[code].name
    return labels


def event_context(event: Event, site: Site) -> dict:
    """Each account is a card with its versions (an original and its translations) to choose
    from; the shares and the grid are those of the version in the site's language, if any."""
    vocab = site.archive.vocabulary
    versions = {r.slug: site.indexes.versions.get(r.slug) for r in event.accounts}
    shown = {r.slug: versions[r.slug].preferred() if versions[r.slug] else r for r in event.accounts}
    said = {r.slug: site.indexes.statements(shown[r.slug], vocab) for r in event.accounts}
    labels = account_labels(event, vocab, site.archive.countries)
    shared, only = compare_topics(event)
    accounts = [dict(readout=r, label=labels[r.slug], issuer=vocab.issuers.get(r.issuer), shown=shown[r.slug],
                     versions=versions[r.slug].all if versions[r.slug] else (r,),
                     side=vocab.side_of(r), shares=speaker_shares(shown[r.slug], said[r.slug]),
                     only=only.get(r.slug, ()))
                for r in event.accounts]
    # each speaker one colour on every card: the event's participants in order, then "jointly"
    colour = {who: index % 4 for index, who in enumerate((*event.participants, JOINT))} | {None: 0}
    return dict(event=event, title=event_title(event, vocab), accounts=accounts, shared=shared,
                grid=speaker_grid(event, said), colour=colour)


def event_pages(site: Site):
    vocab = site.archive.vocabulary
    for event in site.indexes.events.values():
        if len(event.accounts) < 2:  # its address leads to the one account (outputs/events.py)
            continue
        versions = site.indexes.versions
        slugs = frozenset(v.slug for r in event.accounts for v in (versions[r.slug].all if r.slug in versions else (r,)))
        description = (f"{len(event.accounts)} account{'s' if len(event.accounts) != 1 else ''} of one "
                       f"{KIND_LABELS.get(event.accounts[0].kind, '').lower()} side by side, and who is reported saying what.")
        yield Page(urls.event_uri(event.key), KIND, context=lambda event=event: event_context(event, site),
                   shows=lambda slugs=slugs: Shows(rows=slugs),
                   meta=lambda: {"hide": ["navigation"]},
                   description=lambda event=event, description=description: f"{event_title(event, vocab)}: {description}",
                   lastmod=event.newest.date.isoformat())


KIND = PageKind("event", "event.md.j2", event_pages, order=60)
