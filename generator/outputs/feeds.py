"""Atom feeds: the archive's newest readouts, and one feed per topic, person and country.

The archive's own feed carries each readout's full text (FEED_SIZE entries); a topic's,
person's or country's carries a summary and the link (TERM_FEED_SIZE entries): the
same texts would otherwise be repeated in a feed for each of their topics, people and
countries (16 of 63 MB of a 1,000-readout site).

Pure: returns each feed's bytes keyed by its path in the site. Every date in a
feed is a readout's date (never the build time), so two builds give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass

from feedgen.feed import FeedGenerator

from generator.pages import urls
from generator.outputs.catalog import excerpt
from generator.outputs.citation import author_of
from generator.archive.index import Indexes
from generator.pages.registry import Options, Site, all_pages
from generator.memo import Memo, remember
from generator.model import KIND_LABELS, Archive, Readout

FEED_SIZE = 50  # the archive's feed: the newest readouts, with their text
TERM_FEED_SIZE = 20  # a topic's, person's or country's: the newest, summarised
ID_PREFIX = "urn:readout-archive:"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class FeedSpec:
    page: str  # the listing page the feed belongs to, e.g. topics/taiwan.md
    title: str
    readouts: tuple[Readout, ...]  # newest first

    @property
    def uri(self) -> str:
        return urls.feed_uri(self.page)

    @property
    def full_text(self) -> bool:
        """Only the archive's own feed (the home page's) carries the texts."""
        return self.page == urls.HOME

    @property
    def entries(self) -> tuple[Readout, ...]:
        return self.readouts[:FEED_SIZE if self.full_text else TERM_FEED_SIZE]


def list_feeds(archive: Archive, indexes: Indexes, site_name: str, site: Site | None = None) -> list[FeedSpec]:
    """Every feed: one for each page whose kind offers one (the whole archive's on the
    home page; a topic's, a person's, a country's), ordered by its page (`site`: the
    archive's, if its pages are listed already)."""
    site = site or Site(archive, indexes, Options(site_name=site_name))
    specs = [spec for spec in (page_feed(page, site_name) for page in all_pages(site)) if spec]
    return sorted(specs, key=lambda spec: spec.page)


def page_feed(page, site_name: str) -> FeedSpec | None:
    """The feed a page offers, if its kind gives it one."""
    return FeedSpec(page.uri, f"{site_name}: {page.feed}", page.feed_items) if page.feed else None


def xml_text(text: str) -> str:
    """Text XML can hold: characters XML 1.0 forbids are dropped."""
    return _NOT_XML.sub("", str(text))


def link_from(feed: str, path: str, site_url: str) -> str:
    """A link from the feed at `feed` to the site path `path` ('' is the home page)."""
    if site_url:
        return urls.absolute(site_url, path)
    return urls.relative_from(posixpath.dirname(feed), path) or "./"


def as_datetime(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def add_entry(feed: FeedGenerator, spec: FeedSpec, readout: Readout, archive: Archive, site_url: str,
              directory_urls: bool = True) -> None:
    entry = feed.add_entry(order="append")
    # The id is a name, not an address: the same in both URL styles, so readers never see an entry twice.
    entry.id(ID_PREFIX + urls.site_path(readout.src_uri))
    entry.title(xml_text(readout.title))
    # One link only: feedgen 1.0.0 drops an entry link's rel and type (entry.py shadows
    # `link`), and two rel-less links would be two "alternate" links of the same type.
    entry.link(href=link_from(spec.uri, urls.published(readout.src_uri, directory_urls), site_url))
    entry.updated(as_datetime(readout.date))
    entry.published(as_datetime(readout.date))
    if author_of(readout, archive.vocabulary):
        entry.author({"name": xml_text(author_of(readout, archive.vocabulary))})
    for key in readout.topics:
        entry.category(term=key, label=xml_text(archive.vocabulary.topics[key].label))
    entry.summary(xml_text(f"{KIND_LABELS[readout.kind]}, {readout.date.isoformat()}. {excerpt(readout.body)}"))
    if spec.full_text:
        entry.content(xml_text(readout.body), type="text")


def render_feed(spec: FeedSpec, archive: Archive, site_name: str, site_url: str, directory_urls: bool = True) -> bytes:
    """The feed's bytes; its links name the pages in MkDocs' URL style (`directory_urls`)."""
    feed = FeedGenerator()
    feed.id(ID_PREFIX + spec.uri)
    feed.title(xml_text(spec.title))
    feed.author({"name": xml_text(site_name)})
    feed.generator("Readout Archive")
    feed.link(href=link_from(spec.uri, urls.published(spec.page, directory_urls), site_url), rel="alternate", type="text/html")
    feed.link(href=link_from(spec.uri, spec.uri, site_url), rel="self", type="application/atom+xml")
    newest = spec.readouts[0].date if spec.readouts else dt.date(1970, 1, 1)
    feed.updated(as_datetime(newest))
    for readout in spec.entries:
        add_entry(feed, spec, readout, archive, site_url, directory_urls)
    return feed.atom_str(pretty=True)


def render_feeds(archive: Archive, indexes: Indexes, site_name: str, site_url: str = "",
                 memo: Memo | None = None, directory_urls: bool = True, site: Site | None = None) -> dict[str, bytes]:
    """Every feed's bytes, keyed by its path in the site (kept in `memo` under `serve`).
    A feed stays at e.g. topics/taiwan/feed.xml in both URL styles."""
    return {spec.uri: remember(memo.feeds if memo else None, (spec.page, spec.title, spec.entries, site_name, site_url,
                                       directory_urls),
                               lambda spec=spec: render_feed(spec, archive, site_name, site_url, directory_urls))
            for spec in list_feeds(archive, indexes, site_name, site)}
