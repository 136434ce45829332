"""The index of events: every call or meeting with more than one account or an event key,
newest first, with the sides whose accounts the archive holds. `events/`, paginated."""

from __future__ import annotations

from generator.pages import urls
from generator.pages.kinds.event import event_title
from generator.pages.registry import Page, PageKind, Shows, Site, paginate

DESCRIPTION = "Calls and meetings with each government's account side by side, newest first."


def events_index_pages(site: Site):
    events = tuple(site.indexes.events.values())
    summary = frozenset(r.slug for event in events for r in event.accounts)
    vocab = site.archive.vocabulary
    for number, uri, chunk, uris in paginate(urls.EVENTS, events, site.options.page_size):
        yield Page(uri, KIND,
                   context=lambda chunk=chunk, number=number: dict(
                       events=[(event, event_title(event, vocab)) for event in chunk], all_events=events,
                       number=number, page_uris=uris),
                   shows=lambda chunk=chunk: Shows(frozenset(r.slug for event in chunk for r in event.accounts), summary),
                   meta=lambda: {"title": "Events"}, description=lambda: DESCRIPTION,  # the nav's title, before rendering
                   lastmod=chunk[0].newest.date.isoformat() if chunk else "")


KIND = PageKind("events-index", "events.md.j2", events_index_pages, order=160, in_nav=True)
