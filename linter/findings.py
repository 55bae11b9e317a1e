"""Findings: what a rule reports, and how severe it is."""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import TYPE_CHECKING, NamedTuple

from linter.positions import Span

if TYPE_CHECKING:
    from linter.patterns import PatternTimeout
    from linter.rules import Rule


class Severity(IntEnum):
    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown severity {name!r}: use error, warning or info") from None

    def __str__(self) -> str:
        return _SEVERITY_NAMES[self]  # Enum.name is a Python-level property: once per finding


_SEVERITY_NAMES = {severity: severity.name.lower() for severity in Severity}


# The text a finding points at is kept for baselines and fingerprints; a sentence is plenty.
CONTEXT_CHARS = 300


class Finding(NamedTuple):
    """One problem at one place. Ordered by (path, line, column, code) for stable output."""

    path: str
    line: int
    column: int
    code: str
    end_line: int
    end_column: int
    name: str
    severity: Severity
    message: str
    fix: str | None = None
    # The text the finding points at, normalised: baselines key on it, never on line numbers.
    context: str = ""

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
        }
        if self.fix is not None:
            data["fix"] = self.fix
        return data


def in_order(findings: Iterable[Finding]) -> list[Finding]:
    """The findings sorted: a Finding is a tuple, compared field by field in C."""
    return sorted(findings)


def finding_at(
    rule: object,
    path: str,
    span: Span,
    message: str,
    *,
    severity: Severity | None = None,
    fix: str | None = None,
    context: str = "",
) -> Finding:
    """Build a finding for a rule (anything with code, name and severity attributes)."""
    return Finding(
        path=path,
        line=span.line,
        column=span.column,
        code=rule.code,  # type: ignore[attr-defined]
        end_line=span.end_line,
        end_column=span.end_column,
        name=rule.name,  # type: ignore[attr-defined]
        severity=severity or rule.severity,  # type: ignore[attr-defined]
        message=message,
        fix=fix,
        context=" ".join(context[:CONTEXT_CHARS].split()).lower(),
    )


def cut_off(rule: Rule, path: str, cut: PatternTimeout) -> Finding:
    """The one finding of a rule whose pattern ran out of time on a file: the rule stops
    there for the file, the run goes on."""
    from linter.untrusted import quote

    message = (f"{rule.code}'s pattern {quote(cut.pattern)} was stopped after {cut.budget:g} s "
               "(it backtracks without end on this text); the rule did not check the rest of the file")
    return finding_at(rule, path, Span(1, 1, 1, 1), message, context=cut.pattern)
