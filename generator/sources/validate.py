"""Turn parsed documents into Readout records, checking every field and name."""

from __future__ import annotations

import difflib
import re
import unicodedata
from functools import lru_cache

import pycountry
from slugify import slugify

from generator.sources.fields import KEY_RE, Checker, did_you_mean
from generator.issues import Issue, error, warning
from generator.model import KINDS, Readout, Source, Vocabulary
from generator.pages import urls
from generator.pages.sanitize import link_target, md_links
from generator.sources.events import check_events
from generator.sources.reader import Document
from generator.sources.translations import check_translation_of, check_translations
from generator.sources.vocabulary import resolve_term

READOUT_KEYS = (
    "title", "date", "event_date", "kind", "participants", "topics",
    "countries", "issuer", "event", "source", "language", "aliases", "translation_of",
)
SOURCE_KEYS = ("publisher", "url", "title", "retrieved", "archived_url")
NAME_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$")
ALIAS_RE = re.compile(r"^readouts/\d{4}/\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*/?$")


def check_location(path: str, rel: str) -> tuple[str | None, list[Issue]]:
    """The slug of a readout at `rel` (relative to content/), or why its name is wrong."""
    parts = rel.split("/")
    name = parts[-1]
    if len(parts) != 3 or parts[0] != "readouts" or not re.fullmatch(r"\d{4}", parts[1]):
        return None, [error(path, 1, "not-in-year-folder", "a readout must live in a year folder: content/readouts/YYYY/YYYY-MM-DD-short-slug.md")]
    if not NAME_RE.match(name):
        suggestion = suggest_file_name(name)
        return None, [error(path, 1, "bad-file-name", f"the file name '{name}' must be YYYY-MM-DD-short-slug.md in lower case ASCII letters, digits and hyphens; rename it to '{suggestion}'")]
    return name[:-3], []


@lru_cache(maxsize=65536)
def suggest_file_name(name: str) -> str:
    stem = re.sub(r"\.(md|markdown)$", "", name, flags=re.IGNORECASE)
    match = re.match(r"^(\d{4}-\d{2}-\d{2})[-_ ]*(.*)$", stem)
    date, rest = (match.group(1), match.group(2)) if match else ("YYYY-MM-DD", stem)
    return f"{date}-{slugify(rest) or 'readout'}.md"


def validate_readout(doc: Document, rel: str, vocab: Vocabulary) -> tuple[Readout | None, list[Issue]]:
    """A Readout from one document, or every issue found in it."""
    slug, issues = check_location(doc.path, rel)
    meta = doc.meta.data
    check = Checker(doc.path, doc.meta)
    check.unknown_keys(meta, READOUT_KEYS)
    title = check.text(("title",), meta.get("title"), "title: Phone call between A and B", required=True)
    date = check.date(("date",), meta.get("date"), required=True)
    event_date = check.date(("event_date",), meta.get("event_date"))
    kind = check_kind(check, meta.get("kind"))
    participants = check_terms(check, "participants", meta.get("participants"), vocab.participants, lambda p: p.name, "content/participants.yml")
    topics = check_terms(check, "topics", meta.get("topics"), vocab.topics, lambda t: t.label, "content/topics.yml")
    countries = check_countries(check, meta.get("countries"), participants, vocab)
    issuer = check_issuer(check, meta.get("issuer"), vocab)
    event = check_event(check, meta.get("event"))
    source = check_source(check, meta.get("source"))
    language = check_language(check, meta.get("language"))
    aliases = check_aliases(check, meta.get("aliases"))
    translation_of = check_translation_of(check, meta.get("translation_of"))
    if not doc.body.strip():
        check.issues.append(error(doc.path, doc.body_line, "empty-body", "the readout has no text; paste the text of the readout below the closing '---'"))
    if slug and date and not slug.startswith(date.isoformat()):
        where = f"content/readouts/{date.year}/{date.isoformat()}-{slug[11:]}.md"
        check.error(("date",), "file-date-mismatch", f"the date {date} disagrees with the file name; move the file to {where}")
    elif slug and date and rel.split("/")[1] != str(date.year):
        check.error(("date",), "wrong-year-folder", f"the readout is dated {date} but sits in the {rel.split('/')[1]} folder; move it to content/readouts/{date.year}/{slug}.md")
    if date and participants:
        check_roles(check, date, participants, vocab)
    if event_date and date and event_date > date:
        check.warning(("event_date",), "event-after-date", f"event_date {event_date} is after the readout's date {date}; a readout is published on or after the event")
    issues += check.issues
    if any(i.severity == "error" for i in issues):
        return None, issues
    return Readout(
        path=doc.path, slug=slug, title=title, date=date, kind=kind,
        participants=participants, topics=topics, countries=countries,
        body=unicodedata.normalize("NFC", doc.body), event_date=event_date, issuer=issuer or "",
        event=event or "", source=source, language=language, aliases=aliases, body_line=doc.body_line,
        event_line=check.line(("event",)) if event else 1, translation_of=translation_of or "",
        translation_line=check.line(("translation_of",)) if translation_of else 1,
    ), issues


def check_kind(check: Checker, value: object) -> str | None:
    kind = check.text(("kind",), value, "kind: call", required=True)
    if kind is None:
        return None
    if kind not in KINDS:
        check.error(("kind",), "unknown-kind", f"unknown kind '{kind}'{did_you_mean(kind, KINDS)}; use one of: {', '.join(KINDS)}")
        return None
    return kind


def check_issuer(check: Checker, value: object, vocab: Vocabulary) -> str | None:
    """A key of content/issuers.yml (its name or an alias is accepted with a warning)."""
    text = check.text(("issuer",), value, "issuer: cn-mfa")
    if text is None:
        return None
    key, how = resolve_term(text, vocab.issuers, lambda issuer: issuer.name)
    if key is None:
        known = "use a key from content/issuers.yml, or add it there" if vocab.issuers else \
            "add the issuer to content/issuers.yml (key, name, country) and use its key"
        check.error(("issuer",), "unknown-issuer", f"unknown issuer '{text}'{how}; {known}")
    elif how == "alias":
        check.warning(("issuer",), "alias-used", f"'{text}' names the issuer '{key}'; write '{key}'")
    return key


def check_event(check: Checker, value: object) -> str | None:
    """The key every account of one call or meeting shares: a lower-case slug."""
    text = check.text(("event",), value, "event: 2026-02-04-xi-jinping-donald-trump-call")
    if text is not None and not KEY_RE.match(text):
        check.error(("event",), "bad-event-key", f"the event key '{text}' must be lower case letters, digits and "
                    f"single hyphens; write '{slugify(text) or '2026-02-04-a-b-call'}'")
        return None
    return text


def check_terms(check: Checker, field: str, value: object, terms: dict, name, vocab_file: str) -> tuple[str, ...] | None:
    items = check.text_list((field,), value, f"{field}: [{next(iter(terms), 'key')}]", required=True)
    if items is None:
        return None
    keys: list[str] = []
    unknown = False
    for index, item in enumerate(value):
        text = " ".join(item.split()) if isinstance(item, str) else None
        if not text:
            continue
        key, how = resolve_term(text, terms, name)
        if key is None:
            unknown = True
            check.error((field, index), f"unknown-{field[:-1]}", f"unknown {field[:-1]} '{text}'{how}; use a key from {vocab_file}, or add it there")
        elif how == "alias":
            check.warning((field, index), "alias-used", f"'{text}' is an alias of the {field[:-1]} '{key}'; write '{key}'")
        if key in keys:
            check.warning((field, index), f"repeated-{field[:-1]}", f"the {field[:-1]} '{key}' is listed twice; remove one")
        elif key:
            keys.append(key)
    return None if unknown else tuple(keys)


def check_countries(check: Checker, value: object, participants, vocab: Vocabulary) -> tuple[str, ...]:
    if value is None:
        derived = []
        for key in participants or ():
            country = vocab.participants[key].country
            if country not in derived:
                derived.append(country)
        return tuple(derived)
    items = check.text_list(("countries",), value, "countries: [CN, US]")
    codes = [check.country(("countries", i), item) for i, item in enumerate(value)] if items else []
    return tuple(dict.fromkeys(code for code in codes if code))


def check_source(check: Checker, value: object) -> Source | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        check.error(("source",), "source-not-mapping", "'source' must be a mapping with publisher, url, title, retrieved and archived_url, each on its own indented line")
        return None
    check.unknown_keys(value, SOURCE_KEYS, ("source",))
    return Source(
        publisher=check.text(("source", "publisher"), value.get("publisher")) or "",
        url=check.url(("source", "url"), value.get("url")) or "",
        title=check.text(("source", "title"), value.get("title")) or "",
        retrieved=check.date(("source", "retrieved"), value.get("retrieved")),
        archived_url=check.url(("source", "archived_url"), value.get("archived_url")) or "",
    )


def check_language(check: Checker, value: object) -> str:
    text = check.text(("language",), value)
    if text is None:
        return "en"
    if len(text) != 2 or pycountry.languages.get(alpha_2=text.lower()) is None:
        codes = [lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2")]
        hint = _language_by_name(text) or did_you_mean(text.lower(), codes)
        check.error(("language",), "unknown-language", f"'{text}' is not an ISO 639-1 language code{hint}; use two letters such as en, zh or ru")
        return "en"
    return text.lower()


def _language_by_name(text: str) -> str:
    try:
        found = pycountry.languages.lookup(text)
    except LookupError:
        return ""
    code = getattr(found, "alpha_2", None)
    return f" (did you mean '{code}' for {found.name}?)" if code else ""


def check_aliases(check: Checker, value: object) -> tuple[str, ...]:
    items = check.text_list(("aliases",), value, "aliases: [readouts/2026/2026-02-05-old-slug/]") if value is not None else None
    aliases = []
    for index, alias in enumerate(items or ()):
        if not ALIAS_RE.match(alias):
            check.error(("aliases", index), "bad-alias", f"alias '{alias}' must be an old readout URL such as readouts/2026/2026-02-05-old-slug/")
        else:
            aliases.append(alias.rstrip("/") + "/")
    return tuple(aliases)


def check_roles(check: Checker, date, participants, vocab: Vocabulary) -> None:
    for index, key in enumerate(participants):
        person = vocab.participants[key]
        if person.roles and person.role_on(date) is None:
            check.warning(("participants", index), "no-role-on-date", f"{person.name} has no role on {date} in content/participants.yml; add the role held then")


def validate_collection(readouts: list[Readout]) -> list[Issue]:
    """Problems between readouts: colliding slugs, events and their accounts, dead links."""
    issues: list[Issue] = []
    by_slug: dict[str, Readout] = {}
    for readout in sorted(readouts, key=lambda r: r.path):
        folded = slugify(readout.slug)
        if folded in by_slug:
            other = by_slug[folded]
            issues.append(error(readout.path, 1, "duplicate-slug", f"this readout's URL readouts/{readout.year}/{folded}/ is also claimed by {other.path}; give one of them another slug"))
            continue
        by_slug[folded] = readout
    return issues + check_events(readouts) + check_translations(readouts) + check_links(readouts)


def check_links(readouts: list[Readout]) -> list[Issue]:
    """Links in a readout's text to `.md` files that are no readout's (see sanitize.link_target).
    Only texts containing '.md' are looked at, so this costs nothing on most archives."""
    linking = [r for r in readouts if ".md" in r.body]
    if not linking:
        return []
    known = {r.src_uri for r in readouts}
    names = {r.src_uri.rpartition("/")[2]: r.src_uri for r in readouts}
    issues = []
    for readout in linking:
        cursor = 0
        for address in md_links(readout.body):
            at = readout.body.find(address, cursor)
            if at >= 0:
                cursor = at + len(address)
            else:
                at = max(readout.body.find(address), 0)
            target, fragment = link_target(readout.src_uri, address)
            if target in known:
                continue
            line = readout.body_line + readout.body.count("\n", 0, at)
            hint = suggest_readout(readout.src_uri, target, names)
            if hint and fragment is not None:
                hint += "#" + fragment
            hint = f" (did you mean '{hint}'?)" if hint else ""
            shown = " ".join(address.split())[:200]
            issues.append(warning(readout.path, line, "dead-link", f"the link '{shown}' leads to no readout; link to a readout's file under content/readouts/, relative to this file{hint}"))
    return issues


def suggest_readout(here: str, target: str, names: dict[str, str]) -> str:
    """The readout a dead link probably meant, as a link from `here`, or ''."""
    name = target.rpartition("/")[2]
    if name in names:
        meant = names[name]
    else:
        nearby = [n for n in names if n[:7] == name[:7]] or list(names)
        close = difflib.get_close_matches(name, nearby, n=1, cutoff=0.6)
        if not close:
            return ""
        meant = names[close[0]]
    return urls.relative(here, meant)
