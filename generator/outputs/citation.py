"""How to cite a readout: a permalink, Chicago and BibTeX text, and the
machine-readable metadata reference managers read (Highwire `citation_*`
meta tags and schema.org JSON-LD). Pure: strings in, strings out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from generator.dates import short_month, us_date
from generator.outputs.jsontext import compact_json
from generator.pages import urls
from generator.model import KIND_LABELS, Readout, Vocabulary

_BIBTEX = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&",
           "$": r"\$", "#": r"\#", "_": r"\_", "^": r"\^{}", "~": r"\~{}"}
_SCRIPT = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}

_SCRIPT_TABLE = str.maketrans(_SCRIPT)
_BIBTEX_TABLE = str.maketrans(_BIBTEX)


@dataclass(frozen=True)
class Citation:
    permalink: str  # absolute with a site address, else relative to the archive's home
    absolute: bool
    chicago: str
    bibtex: str
    meta: tuple[tuple[str, str], ...]  # Highwire (name, content) pairs, unescaped
    json_ld: str  # safe to print between <script> tags as it is


def one_line(text: str) -> str:
    return " ".join(str(text).split())


def author_of(readout: Readout, vocab: Vocabulary) -> str:
    """Who issued the readout, when known: the issuer's name, else the source's publisher."""
    if readout.issuer:
        return one_line(vocab.issuers[readout.issuer].name)
    return one_line(readout.source.publisher if readout.source else "")


def chicago_text(readout: Readout, vocab: Vocabulary, site_name: str, url: str) -> str:
    """Chicago notes-bibliography style for a web page."""
    day = us_date(readout.date)
    title = one_line(readout.title).rstrip(".")
    author = author_of(readout, vocab)
    lead = f"{author.rstrip('.')}. " if author else ""
    archived = f" Archived at {archived_at(readout)}." if archived_at(readout) else ""
    return f'{lead}"{title}." {KIND_LABELS[readout.kind]} readout, {day}. {one_line(site_name)}. {url}.{archived}'


def bibtex_escape(text: str) -> str:
    return one_line(text).translate(_BIBTEX_TABLE)


def bibtex_text(readout: Readout, vocab: Vocabulary, site_name: str, url: str) -> str:
    names = ", ".join(vocab.participants[k].name for k in readout.participants)
    note = f"{KIND_LABELS[readout.kind]} readout; participants: {names}"
    if archived_at(readout):  # BibTeX has no field for a copy in a web archive; `urldate` would date
        note += f"; archived at {archived_at(readout)}"  # a visit to `url`, this archive's page
    fields = [("title", "{" + bibtex_escape(readout.title) + "}")]
    if author_of(readout, vocab):
        fields.append(("author", "{" + bibtex_escape(author_of(readout, vocab)) + "}"))
    fields += [
        ("year", str(readout.date.year)),
        ("month", short_month(readout.date.month).lower()),  # BibTeX's month macros: jan, feb...
        ("date", readout.date.isoformat()),
        ("howpublished", bibtex_escape(site_name)),
        ("note", bibtex_escape(note)),
        ("language", readout.language),
        ("url", url),
    ]
    lines = [f"  {name} = {{{value}}}" if name != "month" else f"  {name} = {value}" for name, value in fields]
    return f"@misc{{{readout.slug},\n" + ",\n".join(lines) + "\n}"


def archived_at(readout: Readout) -> str:
    """The web archive's copy of the text ('' when none is recorded)."""
    return readout.source.archived_url if readout.source else ""


def highwire_meta(readout: Readout, vocab: Vocabulary, site_name: str, url: str, absolute: bool) -> tuple[tuple[str, str], ...]:
    day = readout.date.strftime("%Y/%m/%d")
    meta = [("citation_title", one_line(readout.title))]
    if author_of(readout, vocab):
        meta.append(("citation_author", author_of(readout, vocab)))
    meta += [("citation_publication_date", day), ("citation_date", day),
             ("citation_publisher", one_line(site_name)), ("citation_language", readout.language)]
    meta += [("citation_keywords", vocab.topics[key].label) for key in readout.topics]
    if absolute:
        meta += [("citation_public_url", url), ("citation_abstract_html_url", url)]
    return tuple(meta)


def script_json(data: object) -> str:
    """JSON that cannot end a <script> element or start markup inside it."""
    text = compact_json(data, sort_keys=True)
    return text.translate(_SCRIPT_TABLE)


def json_ld(readout: Readout, vocab: Vocabulary, site_name: str, url: str, absolute: bool) -> str:
    data: dict = {
        "@context": "https://schema.org", "@type": "Article",
        "headline": one_line(readout.title), "name": one_line(readout.title),
        "datePublished": readout.date.isoformat(), "inLanguage": readout.language,
        "genre": KIND_LABELS[readout.kind] + " readout",
        "about": [vocab.topics[key].label for key in readout.topics],
        "mentions": [{"@type": "Person", "name": vocab.participants[key].name} for key in readout.participants],
        "isPartOf": {"@type": "WebSite", "name": one_line(site_name)},
    }
    if readout.event_date:
        data["temporalCoverage"] = readout.event_date.isoformat()
    if author_of(readout, vocab):
        data["author"] = {"@type": "Organization", "name": author_of(readout, vocab)}
    if readout.source and readout.source.url:
        data["isBasedOn"] = readout.source.url
    if archived_at(readout):
        data["archivedAt"] = archived_at(readout)
    if absolute:
        data["url"] = url
    return script_json(data)


def cite_readout(readout: Readout, vocab: Vocabulary, site_name: str, site_url: str = "",
                 directory_urls: bool = True) -> Citation:
    """The citations of a readout. The page, its JSON and its <head> all ask for them, so they
    are kept, keyed by everything they are made from (the vocabulary entries they name included)."""
    people = tuple(vocab.participants[key] for key in readout.participants)
    topics = tuple(vocab.topics[key] for key in readout.topics)
    issuers = (vocab.issuers[readout.issuer],) if readout.issuer else ()
    return _cite(readout, people, topics, issuers, site_name, site_url, directory_urls)


@lru_cache(maxsize=32768)
def _cite(readout: Readout, people: tuple, topics: tuple, issuers: tuple, site_name: str, site_url: str,
          directory_urls: bool) -> Citation:
    vocab = Vocabulary(topics={t.key: t for t in topics}, participants={p.key: p for p in people},
                       issuers={i.key: i for i in issuers})
    path = urls.published(readout.src_uri, directory_urls)
    url = urls.absolute(site_url, path)
    absolute = bool(site_url)
    return Citation(
        permalink=url, absolute=absolute,
        chicago=chicago_text(readout, vocab, site_name, url),
        bibtex=bibtex_text(readout, vocab, site_name, url),
        meta=highwire_meta(readout, vocab, site_name, url, absolute),
        json_ld=json_ld(readout, vocab, site_name, url, absolute),
    )
