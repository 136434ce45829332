"""yamlnodes: plain strings only, a line for every key and item, nothing built from tags."""

from __future__ import annotations

import pytest
import yaml

from generator.sources import yamlnodes
from generator.sources.yamlnodes import parse_yaml


def lines_of(issues):
    return [issue.format() for issue in issues]


def test_every_key_and_list_item_keeps_its_file_line():
    text = "title: A\ntopics:\n  - trade\n  - climate\ncountries: [NO,\n  PT]\nsource:\n  url: https://x.org\n"
    parsed, issues = parse_yaml(text, "f.md", 2)
    assert issues == []
    assert parsed.line("title") == 2
    assert parsed.line("topics", 0) == 4 and parsed.line("topics", 1) == 5
    assert parsed.line("countries") == 6 and parsed.line("countries", 1) == 7
    assert parsed.line("source", "url") == 9
    assert parsed.line("source", "missing") == 8  # the deepest known prefix


@pytest.mark.parametrize("value", ["NO", "on", "yes", "off", "true", "12:30", "1e3", "012", "2026-02-05", "~", "null"])
def test_scalars_stay_the_text_that_was_written(value):
    parsed, issues = parse_yaml(f"v: {value}\n", "f.md")
    assert issues == [] and parsed.data == {"v": value}


def test_duplicate_key_is_an_error_and_the_first_value_is_kept():
    parsed, issues = parse_yaml("title: A\nkind: call\ntitle: B\n", "f.md", 2)
    assert lines_of(issues) == ["f.md:4: ERROR: the key 'title' appears twice (first on line 2); keep one of them [duplicate-key]"]
    assert parsed.data["title"] == "A"


@pytest.mark.parametrize("text, shown", [
    ("a: !!python/object/apply:os.system ['echo owned']\n", "!!python/object/apply:os.system"),
    ("a: !!str x\n", "!!str"),
    ("a: !local x\n", "!local"),
    ("a: !!map {b: c}\n", "!!map"),
])
def test_any_explicit_tag_is_refused_and_never_constructed(text, shown):
    parsed, issues = parse_yaml(text, "f.md", 2)
    assert parsed is None
    assert lines_of(issues) == [f"f.md:2: ERROR: the YAML tag '{shown}' is not allowed (tags are never run or built); remove it and write a plain value [yaml-tag]"]


def billion_laughs(levels: int = 9) -> str:
    text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for i in range(1, levels):
        prev, name = chr(96 + i), chr(97 + i)
        text += f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    return text


def test_an_alias_bomb_gets_one_line_per_kind_and_is_never_expanded():
    parsed, issues = parse_yaml(billion_laughs(), "f.md", 2)
    assert parsed is None
    assert lines_of(issues) == [
        "f.md:2: ERROR: the anchor '&a' is not allowed: anchors and aliases (&name, *name) are not used in front matter; remove it [yaml-anchor]",
        "f.md:3: ERROR: the alias '*a' is not allowed: anchors and aliases (&name, *name) are not used in front matter; write the value out in full [yaml-alias]",
    ]


@pytest.mark.parametrize("loader", ["CBaseLoader", "BaseLoader"])
@pytest.mark.parametrize("text", ["a: " + "[" * 5000 + "]" * 5000 + "\n", "a:\n" + "".join("  " * i + "- \n" for i in range(1, 60))])
def test_deep_nesting_is_refused_with_either_loader(monkeypatch, loader, text):
    if not hasattr(yaml, loader):
        pytest.skip("libyaml is not installed")
    monkeypatch.setattr(yamlnodes, "Loader", getattr(yaml, loader))
    parsed, issues = parse_yaml(text, "f.md", 2)
    assert parsed is None
    assert [(i.code, i.message) for i in issues] == [
        ("yaml-depth", "the YAML is nested more than 20 levels deep; front matter is a flat mapping of keys to values")]


def test_a_syntax_error_names_the_line_and_where_the_broken_list_starts():
    parsed, issues = parse_yaml("title: A\ntopics: [trade\nkind: call\n", "f.md", 2)
    assert parsed is None
    assert lines_of(issues) == ["f.md:4: ERROR: the YAML could not be read: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 3); check the indentation, and quote values that contain ': ' or start with a special character [yaml-syntax]"]


def test_a_complex_key_is_refused():
    parsed, issues = parse_yaml("? [a, b]\n: c\n", "f.md", 2)
    assert lines_of(issues) == ["f.md:2: ERROR: a key must be a plain word such as 'title', not a list or mapping [yaml-key]"]


def test_empty_text_is_no_data():
    parsed, issues = parse_yaml("", "f.md", 2)
    assert issues == [] and parsed.data is None
