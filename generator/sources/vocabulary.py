"""Validate the controlled vocabularies: content/topics.yml, content/participants.yml and content/issuers.yml."""

from __future__ import annotations

import datetime as dt

from slugify import slugify

from generator.sources.fields import KEY_RE, Checker, did_you_mean
from generator.issues import Issue, error
from generator.model import Issuer, Participant, Role, Topic, Vocabulary
from generator.sources.reader import decode_text
from generator.sources.yamlnodes import parse_yaml

TOPIC_KEYS = ("key", "label", "description", "aliases")
PARTICIPANT_KEYS = ("key", "name", "country", "roles", "aliases")
ROLE_KEYS = ("title", "from", "to")
ISSUER_KEYS = ("key", "name", "country", "url", "aliases")
# separators of other scripts that YAML's flow list does not split on: [习近平，习主席] is one alias
WIDE_SEPARATORS = ("，", "、", "；")


def read_entries(path: str, data: bytes, what: str) -> tuple[Checker | None, list, list[Issue]]:
    """The list of entries in a vocabulary file, and a Checker for its lines."""
    text, issues = decode_text(path, data, what)
    if text is None:
        return None, [], issues
    parsed, issues = parse_yaml(text, path, 1)
    if parsed is None:
        return None, [], issues
    checker = Checker(path, parsed)
    checker.issues += issues
    if parsed.data is None:
        return checker, [], []
    if not isinstance(parsed.data, list):
        return None, [], [error(path, 1, "vocabulary-not-list", f"{what} must be a list of entries, each starting with '- key: ...'")]
    return checker, parsed.data, []


def check_key(checker: Checker, at: tuple, entry: dict, seen: dict[str, int]) -> str | None:
    key = checker.text(at + ("key",), entry.get("key"), "key: china-us-relations", required=True)
    if key is None:
        return None
    if not KEY_RE.match(key):
        checker.error(at + ("key",), "bad-key", f"key '{key}' must be lower case letters, digits and single hyphens; write '{slugify(key) or 'china-us-relations'}'")
        return None
    if key in seen:
        checker.error(at + ("key",), "duplicate-entry", f"key '{key}' is already defined on line {seen[key]}; merge the two entries")
        return None
    seen[key] = checker.line(at + ("key",))
    return key


def check_aliases(checker: Checker, at: tuple, value: object, example: str) -> tuple[str, ...]:
    """The aliases, in any script; one holding a Chinese comma (，、；) is two aliases written as one."""
    aliases = checker.text_list(at, value, example) or ()
    for index, alias in enumerate(aliases):
        if any(mark in alias for mark in WIDE_SEPARATORS):
            parts = [part.strip() for part in alias.replace("、", "，").replace("；", "，").split("，") if part.strip()]
            checker.error(at + (index,), "alias-separator",
                          f"the alias '{alias}' holds a Chinese comma, which YAML does not read as a separator; "
                          f"write them as separate aliases with ', ' between: [{', '.join(parts)}]")
    return aliases


def parse_topics(path: str, data: bytes) -> tuple[dict[str, Topic], list[Issue]]:
    checker, entries, issues = read_entries(path, data, "the topics file")
    if checker is None:
        return {}, issues
    topics: dict[str, Topic] = {}
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        at = (index,)
        if not isinstance(entry, dict):
            checker.error(at, "entry-not-mapping", "each topic is a mapping with key, label, description and aliases")
            continue
        checker.unknown_keys(entry, TOPIC_KEYS, at)
        key = check_key(checker, at, entry, seen)
        label = checker.text(at + ("label",), entry.get("label"), "label: Taiwan", required=True)
        description = checker.text(at + ("description",), entry.get("description")) or ""
        aliases = check_aliases(checker, at + ("aliases",), entry.get("aliases"), "aliases: [Taiwan question, 台湾问题]")
        if key and label:
            topics[key] = Topic(key, label, description, aliases)
    return topics, checker.issues


def parse_roles(checker: Checker, at: tuple, value: object) -> tuple[Role, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        checker.error(at, "not-a-list", "'roles' must be a list of entries with title, from and to")
        return ()
    roles = []
    for index, entry in enumerate(value):
        where = at + (index,)
        if not isinstance(entry, dict):
            checker.error(where, "entry-not-mapping", "each role is a mapping with title, from and to")
            continue
        checker.unknown_keys(entry, ROLE_KEYS, where)
        title = checker.text(where + ("title",), entry.get("title"), "title: President of China", required=True)
        start = checker.date(where + ("from",), entry.get("from"))
        end = checker.date(where + ("to",), entry.get("to"))
        if start and end and end < start:
            checker.error(where + ("to",), "role-ends-before-start", f"the role ends ({end}) before it starts ({start}); swap 'from' and 'to' or correct one of them")
            continue
        if title:
            roles.append(Role(title, start, end))
    return tuple(sorted(roles, key=lambda r: (r.start or r.end or dt.date.min, r.title)))


def parse_participants(path: str, data: bytes) -> tuple[dict[str, Participant], list[Issue]]:
    checker, entries, issues = read_entries(path, data, "the participants file")
    if checker is None:
        return {}, issues
    people: dict[str, Participant] = {}
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        at = (index,)
        if not isinstance(entry, dict):
            checker.error(at, "entry-not-mapping", "each participant is a mapping with key, name, country, roles and aliases")
            continue
        checker.unknown_keys(entry, PARTICIPANT_KEYS, at)
        key = check_key(checker, at, entry, seen)
        name = checker.text(at + ("name",), entry.get("name"), "name: Xi Jinping", required=True)
        country = checker.country(at + ("country",), entry.get("country"))
        if entry.get("country") is None:
            checker.missing(at + ("country",), "country: CN")
        roles = parse_roles(checker, at + ("roles",), entry.get("roles"))
        aliases = check_aliases(checker, at + ("aliases",), entry.get("aliases"), "aliases: [President Xi, 习近平]")
        if key and name and country:
            people[key] = Participant(key, name, country, roles, aliases)
    return people, checker.issues


def parse_issuers(path: str, data: bytes) -> tuple[dict[str, Issuer], list[Issue]]:
    """content/issuers.yml: who publishes accounts, and the country each speaks for."""
    checker, entries, issues = read_entries(path, data, "the issuers file")
    if checker is None:
        return {}, issues
    issuers: dict[str, Issuer] = {}
    seen: dict[str, int] = {}
    for index, entry in enumerate(entries):
        at = (index,)
        if not isinstance(entry, dict):
            checker.error(at, "entry-not-mapping", "each issuer is a mapping with key, name, country, url and aliases")
            continue
        checker.unknown_keys(entry, ISSUER_KEYS, at)
        key = check_key(checker, at, entry, seen)
        name = checker.text(at + ("name",), entry.get("name"), "name: Ministry of Foreign Affairs of China", required=True)
        country = checker.country(at + ("country",), entry.get("country"))
        if entry.get("country") is None:
            checker.missing(at + ("country",), "country: CN")
        url = checker.url(at + ("url",), entry.get("url")) if entry.get("url") is not None else ""
        aliases = checker.text_list(at + ("aliases",), entry.get("aliases"), "aliases: [MFA]") or ()
        if key and name and country:
            issuers[key] = Issuer(key, name, country, url or "", aliases)
    return issuers, checker.issues


def resolve_term(value: str, terms: dict, names) -> tuple[str | None, str]:
    """(canonical key, how it matched) for a value that may be a key or an alias."""
    if value in terms:
        return value, "key"
    folded = value.casefold()
    for key, term in terms.items():
        if folded == key.casefold() or any(folded == alias.casefold() for alias in term.aliases):
            return key, "alias"
        if folded == names(term).casefold():
            return key, "alias"
    choices = {key: key for key in terms}
    for key, term in terms.items():
        choices.update({alias: key for alias in term.aliases})
        choices.setdefault(names(term), key)
    return None, did_you_mean(value, choices)


def build_vocabulary(topics: dict[str, Topic], participants: dict[str, Participant],
                     issuers: dict[str, Issuer] | None = None) -> Vocabulary:
    return Vocabulary(topics=dict(sorted(topics.items())), participants=dict(sorted(participants.items())),
                      issuers=dict(sorted((issuers or {}).items())))
