"""The events as data: events.json (every event and its accounts) and, beside each
event's page, events/<key>/index.json (its accounts, the topics they share and
those only one names, and who each account reports saying what). Pure.
"""

from __future__ import annotations

from generator.archive.events import JOINT, OTHER, Event, compare_topics, speaker_grid, speaker_shares
from generator.archive.index import Indexes
from generator.memo import Memo, remember
from generator.model import Archive, Readout
from generator.outputs.jsontext import json_file
from generator.outputs.redirects import redirect_page
from generator.pages import urls

SCHEMA_VERSION = 1


def event_json_uri(key: str) -> str:
    return urls.site_path(urls.event_uri(key)) + "index.json"


def speaker_key(who: str | None) -> str | None:
    return "joint" if who == JOINT else who


def account_record(readout: Readout, archive: Archive, directory_urls: bool = True,
                   translations: tuple[Readout, ...] = ()) -> dict:
    """One account of an event: its readout, issuer, side, language and page, and its translations."""
    return {"readout": readout.slug, "issuer": readout.issuer or None,
            "country": archive.vocabulary.side_of(readout) or None,
            "language": readout.language, "url": urls.published(readout.src_uri, directory_urls),
            "translations": [{"readout": r.slug, "language": r.language,
                              "url": urls.published(r.src_uri, directory_urls)} for r in translations]}


def event_record(event: Event, archive: Archive, directory_urls: bool = True) -> dict:
    """An event as events.json lists it (addresses relative to the archive's home)."""
    return {
        "key": event.key,
        "date": event.day.isoformat(),
        "url": urls.published(urls.event_uri(event.key), directory_urls),
        "json": event_json_uri(event.key),
        "participants": list(event.participants),
        "accounts": [account_record(r, archive, directory_urls, event.translations_of(r.slug)) for r in event.accounts],
    }


def event_data(event: Event, archive: Archive, statements: dict[str, tuple], directory_urls: bool = True) -> bytes:
    """events/<key>/index.json: the record, the topics compared, the grid and each account's shares."""
    shared, only = compare_topics(event)
    grid = [{"topic": topic if topic != OTHER else None,
             "rows": [{"speaker": speaker_key(row),
                       "accounts": {slug: [s.text for s in said] for slug, said in by_account.items()}}
                      for row, by_account in rows]}
            for topic, rows in speaker_grid(event, statements)]
    shares = {r.slug: [{"speaker": speaker_key(who), "percent": share}
                       for who, share in speaker_shares(r, statements[r.slug])] for r in event.accounts}
    record = {"$schema": "../../" + urls.EVENTS_SCHEMA, "schema_version": SCHEMA_VERSION,
              **event_record(event, archive, directory_urls),
              "topics": {"shared": list(shared), "only": {slug: list(keys) for slug, keys in only.items()}},
              "grid": grid, "shares": shares}
    return json_file(record)


ONE_ACCOUNT = ("Event: {title}", "The archive holds one account of this event so far: {link}.")


def event_redirect_path(key: str, directory_urls: bool) -> str:
    """Where the page at an event's address is written: events/<key>/index.html or events/<key>.html."""
    published = urls.published(urls.event_uri(key), directory_urls)
    return published + "index.html" if directory_urls else published


def event_redirect(event: Event, site_url: str, directory_urls: bool) -> tuple[str, bytes]:
    """An event with one account has no page of its own yet: its address leads to the account
    (and becomes the event's page when a second account is added)."""
    path = event_redirect_path(event.key, directory_urls)
    folder = path.rpartition("/")[0] + "/"
    return path, redirect_page(folder, event.accounts[0], site_url, directory_urls, ONE_ACCOUNT).encode("utf-8")


def render_event_files(archive: Archive, indexes: Indexes, directory_urls: bool = True,
                       memo: Memo | None = None, site_url: str = "") -> dict[str, bytes]:
    """events.json, each event's index.json (kept in `memo` under `serve` while its accounts are
    the same) and the redirect at the address of each event with one account."""
    vocab = archive.vocabulary
    files = {urls.EVENTS_JSON: json_file({
        "$schema": urls.EVENTS_SCHEMA, "schema_version": SCHEMA_VERSION, "count": len(indexes.events),
        "events": [remember(memo.event_records if memo else None, (event, directory_urls),
                            lambda event=event: event_record(event, archive, directory_urls))
                   for event in indexes.events.values()]})}
    for event in indexes.events.values():
        if len(event.accounts) == 1:
            path, page = event_redirect(event, site_url, directory_urls)
            files[path] = page
        files[event_json_uri(event.key)] = remember(
            memo.event_json if memo else None, (event, directory_urls),
            lambda event=event: event_data(event, archive, {r.slug: indexes.statements(r, vocab) for r in event.accounts},
                                           directory_urls))
    return files
