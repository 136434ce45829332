"""Parse a YAML block into plain values, keeping the line of every key and item.

Nothing is constructed from tags: the block is composed into nodes with the
BaseLoader (every scalar stays a string: `NO` is Norway, not False; `12:30` and
`1e3` stay text) and the nodes are walked here. Duplicate keys, explicit tags,
anchors and aliases and absurd nesting are reported, never acted upon.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from generator.issues import Issue, error

Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)

MAX_DEPTH = 20

Path = tuple  # a key path such as ("source", "url") or ("topics", 2)


@dataclass(frozen=True)
class Parsed:
    """The values of a YAML block and the file line of each key path."""

    data: object
    lines: dict = field(default_factory=dict)

    def line(self, *path: object, default: int = 1) -> int:
        """The line of the deepest known prefix of `path`."""
        for end in range(len(path), 0, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return self.lines.get((), default)


def parse_yaml(text: str, path: str, first_line: int = 1) -> tuple[Parsed | None, list[Issue]]:
    """Parse `text`, whose first line is line `first_line` of the file at `path`.

    None when nothing could be read; otherwise the values, with any duplicate
    keys reported (the first one is kept, so the other checks still run).
    """
    try:
        issues = scan_events(text, path, first_line)
        if issues:
            return None, issues
        node = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + (mark.line if mark else 0)
        code, message = _syntax_message(exc, first_line)
        return None, [error(path, line, code, message)]
    except yaml.YAMLError as exc:
        message = f"the YAML could not be read ({_first_line(str(exc))}); check the indentation and quotes"
        return None, [error(path, first_line, "yaml-syntax", message)]
    if node is None:
        return Parsed(None, {(): first_line}), []
    walker = _Walker(path, first_line)
    data = walker.walk(node, ())
    return Parsed(data, walker.lines), walker.issues


def scan_events(text: str, path: str, first_line: int) -> list[Issue]:
    """Tags, anchors, aliases and deep nesting, found before anything is built.

    Only the first anchor and the first alias are reported: an alias bomb has
    thousands, and one line says what to fix. The parser streams events without
    recursion, so a block nested thousands of levels deep or an alias bomb is
    refused here, before the composer sees it.
    """
    issues: list[Issue] = []
    codes: set[str] = set()
    depth = 0
    for event in yaml.parse(text, Loader=Loader):
        kind = type(event)
        if kind is yaml.ScalarEvent or kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            if event.anchor is None and event.tag in (None, "!") and kind is yaml.ScalarEvent:
                continue  # nearly every event: a plain value
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            depth -= 1
            continue
        elif kind is not yaml.AliasEvent:
            continue  # the stream's and documents' starts and ends
        line = first_line + event.start_mark.line
        if kind is yaml.AliasEvent:
            if "yaml-alias" not in codes:
                codes.add("yaml-alias")
                issues.append(error(path, line, "yaml-alias", f"the alias '*{event.anchor}' is not allowed: anchors and aliases (&name, *name) are not used in front matter; write the value out in full"))
            continue
        if event.anchor is not None and "yaml-anchor" not in codes:
            codes.add("yaml-anchor")
            issues.append(error(path, line, "yaml-anchor", f"the anchor '&{event.anchor}' is not allowed: anchors and aliases (&name, *name) are not used in front matter; remove it"))
        if event.tag not in (None, "!"):
            issues.append(error(path, line, "yaml-tag", f"the YAML tag '{show_tag(event.tag)}' is not allowed (tags are never run or built); remove it and write a plain value"))
        if kind is not yaml.ScalarEvent:
            depth += 1
            if depth > MAX_DEPTH:
                issues.append(error(path, line, "yaml-depth", f"the YAML is nested more than {MAX_DEPTH} levels deep; front matter is a flat mapping of keys to values"))
                break
    return issues


def show_tag(tag: str) -> str:
    """A tag as it was written: 'tag:yaml.org,2002:python/name' -> '!!python/name'."""
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix):] if tag.startswith(prefix) else tag


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else "unknown error"


def _syntax_message(exc: yaml.MarkedYAMLError, first_line: int) -> tuple[str, str]:
    problem = exc.problem or exc.context or "invalid YAML"
    if "nesting depth" in problem or "flow level" in (exc.context or ""):
        return "yaml-depth", f"the YAML is nested more than {MAX_DEPTH} levels deep; front matter is a flat mapping of keys to values"
    if "tab" in problem or "'\\t'" in problem:
        return "yaml-syntax", "the YAML could not be read: a tab is used for indentation; indent with spaces"
    where = ""
    if exc.context and exc.problem and exc.context_mark is not None:
        where = f" ({exc.context} that starts on line {first_line + exc.context_mark.line})"
    hint = "check the indentation, and quote values that contain ': ' or start with a special character"
    return "yaml-syntax", f"the YAML could not be read: {problem}{where}; {hint}"


class _Walker:
    def __init__(self, path: str, first_line: int):
        self.path = path
        self.first_line = first_line
        self.lines: dict = {}
        self.issues: list[Issue] = []

    def line_of(self, node: yaml.Node) -> int:
        return self.first_line + node.start_mark.line

    def fail(self, node: yaml.Node, code: str, message: str) -> None:
        self.issues.append(error(self.path, self.line_of(node), code, message))

    def walk(self, node: yaml.Node, key_path: Path) -> object:
        self.lines.setdefault(key_path, self.line_of(node))
        if isinstance(node, yaml.MappingNode):
            return self.walk_mapping(node, key_path)
        if isinstance(node, yaml.SequenceNode):
            return [self.walk(item, key_path + (i,)) for i, item in enumerate(node.value)]
        return node.value

    def walk_mapping(self, node: yaml.MappingNode, key_path: Path) -> dict:
        result: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.fail(key_node, "yaml-key", "a key must be a plain word such as 'title', not a list or mapping")
                continue
            key = key_node.value
            if key in result:
                first = self.lines[key_path + (key,)]
                self.fail(key_node, "duplicate-key", f"the key '{key}' appears twice (first on line {first}); keep one of them")
                continue
            self.lines[key_path + (key,)] = self.line_of(key_node)
            result[key] = self.walk(value_node, key_path + (key,))
            self.lines[key_path + (key,)] = self.line_of(key_node)
        return result
