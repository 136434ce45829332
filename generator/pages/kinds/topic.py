"""A topic's page: its readouts newest first by year, how often and when, the topics and
people that come up with it, and its feed. `topics/<key>/`, paginated."""

from __future__ import annotations

from generator.archive.index import co_occurring, year_positions
from generator.pages import urls
from generator.pages.registry import PageKind, Site, listing_pages, span


def topic_pages(site: Site):
    topics = site.archive.vocabulary.topics
    for key, items in site.indexes.by_topic.items():
        topic = topics[key]
        yield from listing_pages(
            KIND, site, urls.topic_uri(key), items,
            lambda topic=topic, items=items: dict(
                topic=topic, years=year_positions(r.year for r in items),
                related_topics=co_occurring(items, lambda r: r.topics, topic.key),
                counterparts=co_occurring(items, lambda r: r.participants, "")),
            description=topic.description or f"{span(items)} on {topic.label}.", feed=topic.label)


KIND = PageKind("topic", "topic.md.j2", topic_pages, order=20)
