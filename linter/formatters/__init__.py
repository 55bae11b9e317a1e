"""Output formats: one module each, behind the small Formatter interface below.

Adding a format is adding a module with a `Formatter` subclass named `Formatter` and listing it
in FORMATS. Formats that can stream write each finding as it arrives, so memory stays flat.
"""

from __future__ import annotations

import importlib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TextIO

from linter import DOCS_URL
from linter.findings import Finding, Severity
from linter.rules import Rule

FORMATS = {
    "text": "linter.formatters.text",
    "full": "linter.formatters.full",
    "json": "linter.formatters.json",
    "github": "linter.formatters.github",
    "gitlab": "linter.formatters.gitlab",
    "sarif": "linter.formatters.sarif",
    "junit": "linter.formatters.junit",
    "statistics": "linter.formatters.statistics",
    "statistics-json": "linter.formatters.statistics_json",
}
CHOICES = ("auto", "text", "full", "json", "github", "gitlab", "sarif", "junit")


@dataclass
class Summary:
    files: int = 0
    files_with_findings: int = 0
    by_severity: Counter[Severity] = field(default_factory=Counter)
    by_code: Counter[str] = field(default_factory=Counter)

    @property
    def total(self) -> int:
        return sum(self.by_severity.values())

    def add(self, finding: Finding) -> None:
        self.by_severity[finding.severity] += 1
        self.by_code[finding.code] += 1


@dataclass(frozen=True)
class FormatOptions:
    rules: Mapping[str, Rule]
    color: bool = False
    tool_version: str = ""
    docs_url: str = DOCS_URL
    # Text linted from stdin, by its display name: formats that quote source lines read it here.
    texts: Mapping[str, str] = field(default_factory=dict)


class Formatter:
    """Receives findings in output order, then the summary. Writes to one stream."""

    def __init__(self, stream: TextIO, options: FormatOptions) -> None:
        self.stream = stream
        self.options = options

    def begin(self) -> None:
        """Called once before the first finding."""

    def file(self, path: str) -> None:
        """Called once per linted file, before its findings (formats that list clean files)."""

    def finding(self, finding: Finding) -> None:
        raise NotImplementedError

    def end(self, summary: Summary) -> None:
        """Called once after the last finding."""


def resolve_auto(name: str, environ: Mapping[str, str]) -> str:
    """`auto`: github in GitHub Actions, except under pre-commit, which always gets text."""
    if name != "auto":
        return name
    if environ.get("GITHUB_ACTIONS") == "true" and not environ.get("PRE_COMMIT"):
        return "github"
    return "text"


def formatter(name: str, stream: TextIO, options: FormatOptions) -> Formatter:
    module = importlib.import_module(FORMATS[name])
    instance: Formatter = module.Formatter(stream, options)
    return instance
