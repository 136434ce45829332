"""The archive as data: catalog.json, catalog.csv and one index.json per readout.

Pure: returns each file's bytes keyed by its path in the site. The shapes are
described by the JSON Schemas in generator/schema/ (published under schema/);
change SCHEMA_VERSION and the schemas together, and only by adding fields.
"""

from __future__ import annotations

from importlib import resources

from generator.archive.translations import build_versions
from generator.outputs.jsontext import compact_json, json_file
from generator.pages import urls
from generator.outputs.citation import author_of, cite_readout
from generator.memo import Memo, remember
from generator.model import KIND_LABELS, Archive, Readout

SCHEMA_VERSION = 1
EXCERPT_CHARS = 280
CSV_COLUMNS = ("id", "date", "event_date", "kind", "title", "participants", "countries", "topics",
               "issuer", "issuer_key", "side", "event", "language", "source_url", "url", "json", "excerpt",
               "source_archived_url", "translation_of", "translations")  # columns are only ever added at the end


def excerpt(body: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of the text on one line, cut at a word, with '…' when cut."""
    text = " ".join(body.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def readout_record(readout: Readout, archive: Archive, directory_urls: bool = True,
                   translations: tuple[str, ...] = ()) -> dict:
    """One readout's metadata, as in catalog.json (URLs relative to the archive's home;
    `url` is the page in MkDocs' URL style, `json` the data file beside it in either;
    `translations`: the slugs of the readouts that translate it)."""
    vocab = archive.vocabulary
    source = readout.source
    return {
        "id": readout.slug,
        "url": urls.published(readout.src_uri, directory_urls),
        "json": urls.readout_json_uri(readout),
        "title": readout.title,
        "date": readout.date.isoformat(),
        "event_date": readout.event_date.isoformat() if readout.event_date else None,
        "kind": readout.kind,
        "kind_label": KIND_LABELS[readout.kind],
        "participants": [participant_record(vocab.participants[k], readout) for k in readout.participants],
        "countries": [{"code": c, "name": archive.countries[c].name} for c in readout.countries],
        "topics": [{"key": k, "label": vocab.topics[k].label} for k in readout.topics],
        "issuer": author_of(readout, vocab) or None,
        "issuer_key": readout.issuer or None,
        "side": vocab.side_of(readout) or None,
        "event": readout.event or None,
        "language": readout.language,
        "translation_of": readout.translation_of or None,
        "translations": list(translations),
        "source": {
            "publisher": source.publisher or None, "url": source.url or None, "title": source.title or None,
            "retrieved": source.retrieved.isoformat() if source.retrieved else None,
            "archived_url": source.archived_url or None,
        } if source else None,
        "aliases": list(readout.aliases),
        "excerpt": excerpt(readout.body),
    }


def participant_record(person, readout: Readout) -> dict:
    role = person.role_on(readout.date)
    return {"key": person.key, "name": person.name, "country": person.country, "role": role.title if role else None}


def catalog_json(archive: Archive, site_name: str, site_url: str = "", records: dict | None = None,
                 memo: Memo | None = None, directory_urls: bool = True) -> bytes:
    """Every readout, newest first (each record's JSON kept in `memo` under `serve`)."""
    records = records or readout_records(archive, directory_urls=directory_urls)
    readouts = tuple(reversed(archive.readouts))
    head = json_file({
        "$schema": urls.CATALOG_SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "title": site_name,
        "site_url": site_url or None,
        "updated": readouts[0].date.isoformat() if readouts else None,
        "count": len(readouts),
    }).decode("utf-8")[:-2]
    items = [remember(memo.record_json if memo else None, (r, directory_urls, tuple(records[r.src_uri]["translations"])),
                      lambda r=r: compact_json(records[r.src_uri])) for r in readouts]
    return (head + ',"readouts":[' + ",".join(items) + "]}\n").encode("utf-8")


def readout_json(readout: Readout, archive: Archive, site_name: str, site_url: str = "",
                 record: dict | None = None, directory_urls: bool = True, statements: tuple = ()) -> bytes:
    """One readout's metadata, its full text and how to cite it. The file stays at
    readouts/YYYY/<slug>/index.json in both URL styles; its `url` and permalink name the page."""
    citation = cite_readout(readout, archive.vocabulary, site_name, site_url, directory_urls)
    record = {"$schema": posixpath_up(urls.readout_json_uri(readout)) + urls.READOUT_SCHEMA,
              "schema_version": SCHEMA_VERSION, **(record or readout_record(readout, archive, directory_urls))}
    record["text"] = readout.body
    record["statements"] = [{"speakers": list(s.speakers), "text": s.text, "topics": list(s.topics)} for s in statements]
    record["citation"] = {"permalink": citation.permalink, "chicago": citation.chicago, "bibtex": citation.bibtex}
    return json_file(record)


def posixpath_up(uri: str) -> str:
    """The way back to the archive's home from the file at `uri`."""
    return "../" * uri.count("/")


def catalog_csv(archive: Archive, records: dict | None = None, memo: Memo | None = None,
                directory_urls: bool = True) -> bytes:
    """One row per readout, newest first; lists are joined with '; ' (rows kept in `memo` under `serve`)."""
    records = records or readout_records(archive, directory_urls=directory_urls)
    rows = [csv_row(CSV_COLUMNS)]
    rows += [remember(memo.csv_rows if memo else None, (r, directory_urls, tuple(records[r.src_uri]["translations"])),
                      lambda r=r: csv_row(record_cells(r, records[r.src_uri])))
             for r in reversed(archive.readouts)]
    return "".join(rows).encode("utf-8")


def record_cells(readout: Readout, record: dict) -> list[str]:
    return [record["id"], record["date"], record["event_date"] or "", record["kind"], record["title"],
            "; ".join(readout.participants), "; ".join(readout.countries), "; ".join(readout.topics),
            record["issuer"] or "", record["issuer_key"] or "", record["side"] or "", record["event"] or "",
            record["language"], readout.source.url if readout.source else "",
            record["url"], record["json"], record["excerpt"], readout.source.archived_url if readout.source else "",
            record["translation_of"] or "", "; ".join(record["translations"])]


# A cell starting with one of these is a formula to Excel and LibreOffice (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """One cell as RFC 4180 writes it (quoted when it holds a comma, quote or line break, quotes
    doubled). A cell a spreadsheet would take for a formula gets a leading single quote, and is
    quoted, as OWASP recommends: `=1+2` becomes `"'=1+2"`, shown as text."""
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    elif not any(ch in text for ch in ',"\r\n'):
        return text
    return '"' + text.replace('"', '""') + '"'


def csv_row(cells) -> str:
    return ",".join(csv_cell(cell) for cell in cells) + "\r\n"


def translations_of(archive: Archive) -> dict[str, tuple[str, ...]]:
    """{an original's slug: the slugs of its translations}, by language then slug."""
    return {slug: tuple(r.slug for r in group.translations)
            for slug, group in build_versions(archive.readouts).items() if group.original.slug == slug}


def readout_records(archive: Archive, memo: Memo | None = None, directory_urls: bool = True) -> dict[str, dict]:
    """Every readout's record, keyed by its source path (kept in `memo` under `serve`)."""
    translations = translations_of(archive)
    return {r.src_uri: remember(memo.records if memo else None, (r, directory_urls, translations.get(r.slug, ())),
                                lambda r=r: readout_record(r, archive, directory_urls, translations.get(r.slug, ())))
            for r in archive.readouts}


SCHEMAS = {urls.CATALOG_SCHEMA: "catalog.schema.json", urls.READOUT_SCHEMA: "readout-data.schema.json",
           urls.EVENTS_SCHEMA: "events.schema.json", urls.RELATION_SCHEMA: "relation.schema.json"}


def schema_files() -> dict[str, bytes]:
    """The JSON Schemas, published as they are shipped."""
    folder = resources.files("generator") / "schema"
    return {uri: (folder / name).read_bytes() for uri, name in SCHEMAS.items()}


def render_data_files(archive: Archive, site_name: str, site_url: str = "", memo: Memo | None = None,
                      directory_urls: bool = True, statements=None) -> dict[str, bytes]:
    """catalog.json, catalog.csv, the schemas and every readout's index.json
    (whose `url`s name the pages in MkDocs' URL style, `directory_urls`; `statements(readout)`
    gives its statements, none without it)."""
    records = readout_records(archive, memo, directory_urls)
    return {**render_catalog_files(archive, site_name, site_url, records, memo, directory_urls),
            **render_readout_files(archive, archive.readouts, site_name, site_url, records, memo, directory_urls,
                                   statements)}


def render_catalog_files(archive: Archive, site_name: str, site_url: str, records: dict, memo: Memo | None = None,
                         directory_urls: bool = True) -> dict[str, bytes]:
    """catalog.json, catalog.csv and the schemas."""
    return {urls.CATALOG_JSON: catalog_json(archive, site_name, site_url, records, memo, directory_urls),
            urls.CATALOG_CSV: catalog_csv(archive, records, memo, directory_urls), **schema_files()}


def render_readout_files(archive: Archive, readouts, site_name: str, site_url: str, records: dict,
                         memo: Memo | None = None, directory_urls: bool = True, statements=None) -> dict[str, bytes]:
    """The index.json of each of `readouts` (`records`: readout_records' for the whole archive)."""
    files = {}
    for readout in readouts:
        files[urls.readout_json_uri(readout)] = remember(
            memo.readout_json if memo else None,
            (readout, site_name, site_url, directory_urls, tuple(records[readout.src_uri]["translations"])),
            lambda r=readout: readout_json(r, archive, site_name, site_url, records[r.src_uri], directory_urls,
                                           statements(r) if statements else ()))
    return files
