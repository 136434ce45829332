"""vocabulary: topics.yml and participants.yml, checked like readouts."""

from __future__ import annotations

import datetime as dt

from generator.sources.reader import MAX_BYTES
from generator.sources.vocabulary import parse_participants, parse_topics, resolve_term
from tests.conftest import FIXTURES


def formatted(issues):
    return [issue.format() for issue in issues]


def test_the_fixture_vocabularies_are_clean():
    topics, issues = parse_topics("topics.yml", (FIXTURES / "basic" / "topics.yml").read_bytes())
    people, more = parse_participants("participants.yml", (FIXTURES / "basic" / "participants.yml").read_bytes())
    assert issues == more == []
    assert list(topics) == ["trade", "climate", "security"]
    assert people["jonas-berg"].country == "NO"  # Norway, not False
    assert people["jonas-berg"].role_on(dt.date(2025, 7, 1)).title == "Prime Minister of Norway"


def test_resolve_term_by_key_alias_or_name_and_suggest_the_canonical_key():
    topics, _ = parse_topics("t.yml", b"- key: trade\n  label: Trade\n  aliases: [tariffs]\n")
    label = lambda t: t.label  # noqa: E731
    assert resolve_term("trade", topics, label) == ("trade", "key")
    assert resolve_term("Tariffs", topics, label) == ("trade", "alias")
    assert resolve_term("TRADE", topics, label) == ("trade", "alias")
    assert resolve_term("tarifs", topics, label) == (None, " (did you mean 'trade'?)")
    assert resolve_term("weather", topics, label) == (None, "")


def test_a_role_that_ends_before_it_starts():
    data = b"- key: a-b\n  name: A B\n  country: PT\n  roles:\n    - title: Minister\n      from: 2026-01-01\n      to: 2025-01-01\n"
    people, issues = parse_participants("p.yml", data)
    assert formatted(issues) == ["p.yml:7: ERROR: the role ends (2025-01-01) before it starts (2026-01-01); swap 'from' and 'to' or correct one of them [role-ends-before-start]"]


def test_duplicate_keys_and_entries_are_errors_and_the_rest_is_still_checked():
    data = b"- key: trade\n  label: Trade\n  label: Commerce\n- key: trade\n  label: Again\n- key: Climate Change\n  label: Climate\n"
    topics, issues = parse_topics("t.yml", data)
    assert formatted(issues) == [
        "t.yml:3: ERROR: the key 'label' appears twice (first on line 2); keep one of them [duplicate-key]",
        "t.yml:4: ERROR: key 'trade' is already defined on line 1; merge the two entries [duplicate-entry]",
        "t.yml:6: ERROR: key 'Climate Change' must be lower case letters, digits and single hyphens; write 'climate-change' [bad-key]",
    ]


def test_broken_yaml_and_wrong_shapes():
    assert formatted(parse_topics("t.yml", b"- key: trade\n  aliases: [a\n")[1]) == [
        "t.yml:3: ERROR: the YAML could not be read: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 2); check the indentation, and quote values that contain ': ' or start with a special character [yaml-syntax]"]
    assert formatted(parse_participants("p.yml", b"key: a\n")[1]) == [
        "p.yml:1: ERROR: the participants file must be a list of entries, each starting with '- key: ...' [vocabulary-not-list]"]
    assert formatted(parse_participants("p.yml", b"- key: a\n  name: A\n")[1]) == [
        "p.yml:1: ERROR: 'country' is missing; add a line such as 'country: CN' [missing-key]"]


def test_a_huge_vocabulary_file_names_itself():
    assert formatted(parse_topics("t.yml", b"#" * (MAX_BYTES + 1))[1]) == [
        "t.yml:1: ERROR: the file is 512 KB; the topics file may be at most 512 KB: trim the text or split it [too-large]"]


def test_an_empty_vocabulary_file_is_no_entries():
    assert parse_topics("t.yml", b"") == ({}, [])


def test_aliases_in_other_scripts_keys_stay_ascii_slugs():
    data = ("- key: xi-jinping\n  name: Xi Jinping\n  country: CN\n  aliases: [Xi, 习近平, 习主席]\n"
            "- key: 特朗普\n  name: 特朗普\n  country: US\n").encode()
    people, issues = parse_participants("p.yml", data)
    assert people["xi-jinping"].aliases == ("Xi", "习近平", "习主席")
    assert formatted(issues) == [
        "p.yml:5: ERROR: key '特朗普' must be lower case letters, digits and single hyphens; write 'te-lang-pu' [bad-key]"]
    topics, issues = parse_topics("t.yml", "- key: taiwan\n  label: Taiwan\n  aliases: [台湾问题, 两岸关系]\n".encode())
    assert issues == [] and topics["taiwan"].aliases == ("台湾问题", "两岸关系")
    assert resolve_term("台湾问题", topics, lambda t: t.label) == ("taiwan", "alias")


def test_a_chinese_comma_inside_an_alias_is_two_aliases_written_as_one():
    topics, issues = parse_topics("t.yml", "- key: taiwan\n  label: Taiwan\n  aliases:\n    - 台湾\n    - 台湾问题，两岸关系\n".encode())
    assert formatted(issues) == [
        "t.yml:5: ERROR: the alias '台湾问题，两岸关系' holds a Chinese comma, which YAML does not read as a separator; "
        "write them as separate aliases with ', ' between: [台湾问题, 两岸关系] [alias-separator]"]
