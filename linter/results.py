"""What linting one file produces, as plain data: its findings, the filter that decides which
of them are reported, and the work it leaves for the run's whole-run phases.

The engine makes these, whole-run phases (the remote link check) add to them, the result
cache stores them as JSON (never pickle: a cache file is not trusted code) and reads them
back, every field checked, and the runner reports them. Nothing here lints.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from linter.config import matches
from linter.findings import Finding, Severity, in_order
from linter.positions import Span
from linter.suppress import Suppressions, UnknownCode

if TYPE_CHECKING:
    from linter.article_facts import ArticleFacts
    from linter.rules import Rule

SEVERITIES = {str(level): level for level in Severity}


class PendingLink(NamedTuple):
    """A remote link waiting for the run's link phase."""

    url: str  # as written, less any `user:password@`: credentials reach no output or cache
    base: str  # normalised, without the fragment: what is requested
    fragment: str
    span: Span
    had_credentials: bool = False  # then no fix is offered: it would drop them from the article

    def to_json(self) -> list[Any]:
        return [self.url, self.base, self.fragment, _span(self.span), self.had_credentials]

    @classmethod
    def from_json(cls, data: Any) -> PendingLink:
        url, base, fragment, span, had_credentials = _list(data)
        return cls(_text(url), _text(base), _text(fragment), Span(*_numbers(span, 4)),
                   _flag(had_credentials))


@dataclass
class FileFilter:
    """Everything that decides, after the rules and the whole-run phases, whether a finding
    is reported."""

    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    suppressions: Suppressions = field(default_factory=Suppressions)

    def apply(self, findings: Iterable[Finding]) -> list[Finding]:
        kept = []
        for finding in self.suppressions.filter(findings):
            if matches(finding.code, self.ignore):
                continue
            level = self.severity.get(finding.code)
            if level is not None and level != finding.severity:
                finding = finding._replace(severity=level)
            kept.append(finding)
        return kept

    def to_json(self) -> dict[str, Any]:
        return {
            "ignore": list(self.ignore),
            "severity": {code: str(level) for code, level in self.severity.items()},
            "ranges": [list(r) for r in self.suppressions.ranges],
            "unknown": [[u.code, u.line, u.column] for u in self.suppressions.unknown],
        }

    @classmethod
    def from_json(cls, data: Any) -> FileFilter:
        return cls(
            ignore=tuple(_text(code) for code in _list(data["ignore"])),
            severity={_text(code): Severity.parse(_text(level))
                      for code, level in data["severity"].items()},
            suppressions=Suppressions(
                [(_text(selector), _number(first), _number(last))
                 for selector, first, last in _list(data["ranges"])],
                [UnknownCode(_text(code), _number(line), _number(column))
                 for code, line, column in _list(data["unknown"])]),
        )


@dataclass
class FileResult:
    path: str
    # Until `filtered()`: everything the rules found. The filter is applied once, after the
    # whole-run phases added their findings.
    findings: list[Finding] = field(default_factory=list)
    filter: FileFilter = field(default_factory=FileFilter)
    errors: list[str] = field(default_factory=list)
    # Work for the whole-run phases: the remote links to check, and the rules of whole-run
    # kinds this file runs (its ignores already left out).
    pending_links: list[PendingLink] = field(default_factory=list)
    phase_rules: list[Rule] = field(default_factory=list)
    # Relative link targets: a cached result is only good while these files are unchanged.
    local_links: list[str] = field(default_factory=list)
    # Root-relative links left unchecked because no `site:` says where pages live.
    unchecked_site_links: int = 0
    # Title, dates and sources for audit reports; only when the Linter collects them.
    facts: ArticleFacts | None = None

    def filtered(self) -> FileResult:
        """The findings a user sees: suppressions, ignores and severities applied."""
        return replace(self, findings=in_order(self.filter.apply(self.findings)))

    def to_json(self) -> dict[str, Any]:
        """What the result cache stores: everything but the path (the cache's key holds it)
        and the local links (the cache stores their stamps instead)."""
        return {
            "findings": [_finding(f) for f in self.findings],
            "pending": [link.to_json() for link in self.pending_links],
            "phase_rules": [rule.code for rule in self.phase_rules],
            "filter": self.filter.to_json(),
            "unchecked_site_links": self.unchecked_site_links,
            "facts": self.facts.to_dict() if self.facts is not None else None,
        }

    @classmethod
    def from_json(cls, data: Any, path: str, rules: Mapping[str, Rule]) -> FileResult:
        """A FileResult from stored JSON, every field checked (ValueError, TypeError, KeyError
        otherwise): the file is not trusted, and a wrong type would crash a formatter later."""
        from linter.article_facts import ArticleFacts

        facts = data.get("facts")
        return cls(
            path,
            findings=[_stored_finding(f, path, rules) for f in _list(data["findings"])],
            filter=FileFilter.from_json(data["filter"]),
            pending_links=[PendingLink.from_json(link) for link in _list(data["pending"])],
            phase_rules=[rules[code] for code in _list(data["phase_rules"]) if code in rules],
            unchecked_site_links=_number(data["unchecked_site_links"]),
            facts=_stored_facts(ArticleFacts.from_dict(facts)) if facts is not None else None,
        )


def _stored_facts(facts: ArticleFacts) -> ArticleFacts:
    """An audit's facts of an article: a title, ISO dates (or ""), a count of sources."""
    dates = (facts.published, facts.updated, facts.reviewed, facts.next_review)
    if type(facts.title) is not str or len(facts.title) > 1000 or type(facts.sources) is not int:
        raise ValueError("malformed article facts")
    for value in dates:
        if _text(value):
            date.fromisoformat(value)
    return facts


def _finding(f: Finding) -> list[Any]:
    return [f.line, f.column, f.code, f.end_line, f.end_column, f.name, str(f.severity),
            f.message, f.fix, f.context]


def _stored_finding(f: Any, path: str, rules: Mapping[str, Rule]) -> Finding:
    # Checked inline: a warm run decodes every finding of the archive through here.
    line, column, code, end_line, end_column, name, severity, message, fix, context = f
    if (code not in rules or type(name) is not str or type(message) is not str
            or type(context) is not str or not (fix is None or type(fix) is str)
            or not all(type(n) is int and 0 <= n < 2**31 for n in (line, column, end_line, end_column))):
        raise ValueError("a malformed finding")
    return Finding(path, line, column, code, end_line, end_column, name, SEVERITIES[severity],
                   message, fix, context)


def _span(span: Span) -> list[int]:
    return [span.line, span.column, span.end_line, span.end_column]


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("a list was expected")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("a string was expected")
    return value


def _number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**31:
        raise TypeError("a line or column number was expected")
    return value


def _numbers(values: Any, count: int) -> list[int]:
    if len(_list(values)) != count:
        raise ValueError(f"{count} numbers were expected")
    return [_number(value) for value in values]


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("true or false was expected")
    return value
