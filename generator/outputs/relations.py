"""The relations as data: beside each pair's page, relations/<a>-<b>/index.json holds its
counts per year, its topics per year, who took part on each side, and its events with
each side's account (addresses relative to the archive's home). Pure.
"""

from __future__ import annotations

from generator.archive.events import Event
from generator.archive.index import Indexes, count_years, date_range
from generator.archive.relations import Relation, side_people, topics_by_year
from generator.memo import Memo, remember
from generator.model import Archive
from generator.outputs.events import account_record
from generator.outputs.jsontext import json_file
from generator.pages import urls

SCHEMA_VERSION = 1


def event_entry(event: Event, archive: Archive, directory_urls: bool = True) -> dict:
    """One of the pair's events: its key (null for a readout without one), day, page (the
    event's, or its one account's when it has one) and accounts."""
    page = urls.event_uri(event.key) if len(event.accounts) > 1 else event.accounts[0].src_uri
    return {"key": event.key or None, "date": event.day.isoformat(), "url": urls.published(page, directory_urls),
            "participants": list(event.participants),
            "accounts": [account_record(r, archive, directory_urls, event.translations_of(r.slug)) for r in event.accounts]}


def relation_data(relation: Relation, archive: Archive, directory_urls: bool = True) -> bytes:
    readouts = count_years(r.year for r in relation.readouts)
    events = count_years(e.day.year for e in relation.events)
    first, last = date_range(relation.readouts)
    people = archive.vocabulary.participants
    return json_file({
        "$schema": "../../" + urls.RELATION_SCHEMA, "schema_version": SCHEMA_VERSION,
        "key": relation.key, "countries": list(relation.countries),
        "url": urls.published(urls.relation_uri(relation.key), directory_urls), "json": urls.relation_json_uri(relation.key),
        "count": {"readouts": len(relation.readouts), "events": len(relation.events)},
        "first": first.isoformat(), "last": last.isoformat(),
        "years": [{"year": year, "readouts": readouts.get(year, 0), "events": events.get(year, 0)}
                  for year in sorted(readouts.keys() | events.keys())],
        "topics": [{"topic": key, "count": total, "years": {str(year): count for year, count in years.items()}}
                   for key, years, total in topics_by_year(relation.readouts)],
        "participants": {code: [{"participant": taker.key, "first": taker.first.isoformat(),
                                 "last": taker.last.isoformat(), "readouts": taker.count}
                                for taker in side_people(relation.readouts, code, people)]
                         for code in relation.countries},
        "events": [event_entry(event, archive, directory_urls) for event in relation.events],
    })


def render_relation_files(archive: Archive, indexes: Indexes, directory_urls: bool = True,
                          memo: Memo | None = None) -> dict[str, bytes]:
    """Each pair's index.json (kept in `memo` under `serve` while the pair's readouts and events are the same)."""
    return {urls.relation_json_uri(key): remember(memo.relation_json if memo else None, (relation, directory_urls),
                                             lambda relation=relation: relation_data(relation, archive, directory_urls))
            for key, relation in indexes.relations.items()}
