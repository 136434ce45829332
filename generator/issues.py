"""Problems found in the content: one record per problem, with where it is."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Issue:
    """A problem in one file, at one line, with a message that says how to fix it."""

    path: str
    line: int
    severity: str
    code: str
    message: str

    def format(self) -> str:
        return f"{self.path}:{self.line}: {self.severity.upper()}: {self.message} [{self.code}]"

    def github_annotation(self) -> str:
        kind = "error" if self.severity == ERROR else "warning"
        message = self.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        return f"::{kind} file={self.path},line={self.line}::{message} [{self.code}]"


def error(path: str, line: int, code: str, message: str) -> Issue:
    return Issue(path, line, ERROR, code, message)


def warning(path: str, line: int, code: str, message: str) -> Issue:
    return Issue(path, line, WARNING, code, message)


def has_errors(issues: list[Issue]) -> bool:
    return any(issue.severity == ERROR for issue in issues)


def summary_line(issues: list[Issue], checked: str) -> str:
    """check's last line: the counts, and the warnings (by code) that will stop the published build.
    Every warning does: the plugin logs each as a MkDocs warning, and the published build (`make
    site`: `mkdocs build --strict`) stops on those; so `check` exits 1 on them as on errors."""
    errors = sum(1 for i in issues if i.severity == ERROR)
    warnings = Counter(i.code for i in issues if i.severity == WARNING)
    line = f"Checked {checked} and the vocabularies: {errors} error(s), {sum(warnings.values())} warning(s)"
    if not warnings:
        return line + "."
    codes = ", ".join(f"{code} ({count})" for code, count in sorted(warnings.items()))
    return line + f"; the warnings will stop the published build (make site, mkdocs build --strict): {codes}."


def sort_issues(issues: list[Issue]) -> list[Issue]:
    """Sorted by path, then line, then message: the order a reader fixes them in."""
    return sorted(set(issues), key=lambda i: (i.path, i.line, i.severity, i.code, i.message))


def format_report(issues: list[Issue], annotate: bool | None = None) -> str:
    """The lines to print for a list of issues, with GitHub annotations under Actions."""
    if annotate is None:
        annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    lines = []
    for issue in sort_issues(issues):
        lines.append(issue.format())
        if annotate:
            lines.append(issue.github_annotation())
    return "\n".join(lines)
