"""The whole pipeline on in-memory sources: read -> validate -> index -> link -> render."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pycountry

from generator.archive.index import Indexes, build_indexes
from generator.issues import Issue, error, has_errors, sort_issues
from generator.archive.link import link_readouts
from generator.archive.translations import with_original_events
from generator.sources.loader import PARTICIPANTS_FILE, PUBLISHED_FILE, TOPICS_FILE, SourceFile, Sources
from generator.memo import Memo, remember
from generator.model import Archive, Country, Readout, Vocabulary
from generator.sources.reader import read_document
from generator.outputs.redirects import PublishedSite, check_aliases, check_published
from generator.pages.registry import Options, Site
from generator.pages.render import render_site
from generator.sources.drafts import check_draft_marks
from generator.sources.schema import check_schema
from generator.sources.validate import suggest_file_name, validate_collection, validate_readout
from generator.sources.vocabulary import build_vocabulary, parse_issuers, parse_participants, parse_topics


@dataclass(frozen=True)
class Result:
    archive: Archive | None
    indexes: Indexes | None
    pages: dict[str, str]
    issues: list[Issue]

    @property
    def ok(self) -> bool:
        return not has_errors(self.issues)


def load_vocabulary(sources: Sources) -> tuple[Vocabulary, list[Issue]]:
    issues: list[Issue] = []
    topics, people = {}, {}
    if sources.topics is None:
        issues.append(error(f"content/{TOPICS_FILE}", 1, "missing-vocabulary", f"the topics file content/{TOPICS_FILE} is missing; create it with one '- key: ...' entry per topic"))
    else:
        topics, found = parse_topics(sources.topics.path, sources.topics.data)
        issues += found
    if sources.participants is None:
        issues.append(error(f"content/{PARTICIPANTS_FILE}", 1, "missing-vocabulary", f"the participants file content/{PARTICIPANTS_FILE} is missing; create it with one '- key: ...' entry per person"))
    else:
        people, found = parse_participants(sources.participants.path, sources.participants.data)
        issues += found
    issuers = {}
    if sources.issuers is not None:
        issuers, found = parse_issuers(sources.issuers.path, sources.issuers.data)
        issues += found
    return build_vocabulary(topics, people, issuers), issues


def check_name_collisions(sources: Sources) -> list[Issue]:
    """Files whose names become the same URL once normalised (by case alone, say)."""
    seen: dict[str, str] = {}
    issues = []
    for source in sorted(sources.readouts, key=lambda s: s.path):
        folded = source.rel.rsplit("/", 1)[0].lower() + "/" + suggest_file_name(source.rel.rsplit("/", 1)[-1])
        if folded in seen:
            issues.append(error(source.path, 1, "duplicate-slug", f"this file and {seen[folded]} would have the same URL; rename one of them"))
        else:
            seen[folded] = source.path
    return issues


def read_readout(source, vocab: Vocabulary) -> tuple[Readout | None, list[Issue]]:
    doc, issues = read_document(source.path, source.data)
    if doc is None:
        return None, issues
    readout, found = validate_readout(doc, source.rel, vocab)
    return readout, issues + found + check_schema(doc, found) + check_draft_marks(doc)


def read_each(read: Callable, sources: list) -> list:
    """`read` of each source, in order: the default of `load_readouts`' `read_all`."""
    return [read(source) for source in sources]


def load_readouts(sources: Sources, vocab: Vocabulary, memo: Memo | None = None,
                  read_all: Callable = read_each) -> tuple[list[Readout], list[Issue]]:
    """Every valid readout and every issue. `memo` (for one vocabulary) keeps each file's
    result across rebuilds under `serve`. `read_all(read, sources)`: `read` of each source, in
    order (serve/halves.py reads them in two processes)."""
    readouts, issues = [], check_name_collisions(sources)
    parses = memo.parses if memo else None
    if parses is None:
        found = read_all(lambda source: read_readout(source, vocab), list(sources.readouts))
    else:
        found = [remember(parses, (source.path, source.rel, source.data), lambda source=source: read_readout(source, vocab))
                 for source in sources.readouts]
    for readout, more in found:
        issues += more
        if readout is not None:
            readouts.append(readout)
    return readouts, issues + validate_collection(readouts)


def countries_of(readouts: list[Readout], vocab: Vocabulary) -> dict[str, Country]:
    codes = ({c for r in readouts for c in r.countries} | {p.country for p in vocab.participants.values()}
             | {i.country for i in vocab.issuers.values()})
    found = {}
    for code in sorted(codes):
        country = pycountry.countries.get(alpha_2=code)
        name = getattr(country, "common_name", None) or country.name
        found[code] = Country(code, name, getattr(country, "flag", ""))
    return found


def check_sources(sources: Sources, memo: Memo | None = None, live: PublishedSite | None = None,
                  read_all: Callable = read_each) -> tuple[Archive | None, list[Issue]]:
    """Validate everything; the archive is None when any error was found. `live`: the readout URLs
    the published site lists, kept working like those of published-urls.txt. `read_all`: see
    load_readouts."""
    vocab, issues = remember(memo.vocabularies if memo else None, (sources.topics, sources.participants, sources.issuers),
                             lambda: load_vocabulary(sources))
    readouts, found = load_readouts(sources, vocab, memo, read_all)
    issues = sort_issues(issues + found + check_aliases(readouts))
    if (sources.published is not None or live is not None) and not has_errors(issues):
        listed = sources.published or SourceFile(PUBLISHED_FILE, "../" + PUBLISHED_FILE, b"")
        issues += check_published(readouts, listed.path, listed.data.decode("utf-8", "replace"), live)
    if has_errors(issues):
        return None, issues
    ordered = tuple(sorted(with_original_events(readouts), key=lambda r: r.sort_key))
    return Archive(ordered, vocab, countries_of(readouts, vocab)), issues


def build_pages(sources: Sources, options: Options = Options()) -> Result:
    archive, issues = check_sources(sources)
    if archive is None:
        return Result(None, None, {}, issues)
    indexes = build_indexes(archive.readouts)
    links = link_readouts(archive.readouts, indexes)
    return Result(archive, indexes, render_site(Site(archive, indexes, options, links)), issues)
