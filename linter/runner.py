"""The run: files through the Linter, the whole-run link phase, then the formatters."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from linter.engine import FileResult, Linter
from linter.findings import Finding
from linter.formatters import Formatter, Summary


@dataclass
class Outcome:
    summary: Summary = field(default_factory=Summary)
    errors: list[str] = field(default_factory=list)
    findings_by_file: dict[str, list[Finding]] = field(default_factory=dict)


@dataclass
class Source:
    """A file to lint: a path on disk, or text read from stdin under a display name."""

    path: str
    text: str | None = None


def lint_sources(linter: Linter, sources: Iterable[Source]) -> Iterator[FileResult]:
    for source in sources:
        if source.text is None:
            yield linter.lint_path(source.path)
        else:
            yield linter.lint_text(source.path, source.text)


def run(linter: Linter, results: Iterable[FileResult], formatters: Sequence[Formatter],
        keep: bool = False) -> Outcome:
    """Write every file's findings to every formatter, in path order.

    Without a network link phase findings stream file by file; with one, results are held
    until the links of every file have been checked once.
    """
    outcome = Outcome()
    for formatter in formatters:
        formatter.begin()
    ordered = _with_link_phase(linter, results)
    for result in ordered:
        outcome.summary.files += 1
        outcome.errors.extend(result.errors)
        if result.findings:
            outcome.summary.files_with_findings += 1
        if keep:
            outcome.findings_by_file[result.path] = result.findings
        for finding in result.findings:
            outcome.summary.add(finding)
            for formatter in formatters:
                formatter.finding(finding)
    for formatter in formatters:
        formatter.end(outcome.summary)
    return outcome


def _with_link_phase(linter: Linter, results: Iterable[FileResult]) -> Iterable[FileResult]:
    """Files' pending remote links are checked together, each distinct URL once."""
    from linter.kinds import kind_module

    remote = [rule for rule in linter.selected if rule.kind == "remote_links"]
    if not remote:
        return results
    held = sorted(results, key=lambda r: r.path)
    kind_module("remote_links").resolve(held, linter.context, linter.all_rules)
    return held
