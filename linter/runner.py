"""The run: files through the Linter, then every finding to the formatters, file by file."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from linter.engine import Linter, decode
from linter.findings import Finding
from linter.formatters import Formatter, Summary
from linter.results import FileResult

if TYPE_CHECKING:
    from linter.article_facts import ArticleFacts
    from linter.baseline import Baseline
    from linter.nearest import Linters


@dataclass
class Outcome:
    summary: Summary = field(default_factory=Summary)
    errors: list[str] = field(default_factory=list)
    findings_by_file: dict[str, list[Finding]] = field(default_factory=dict)
    unchecked_site_links: int = 0
    facts_by_file: dict[str, ArticleFacts] = field(default_factory=dict)


class Source(NamedTuple):
    """A file to lint: a path on disk, or bytes read from stdin under a display name."""

    path: str
    data: bytes | None = None

    @property
    def text(self) -> str | None:
        """The stdin text as it is linted (decoded as files are); None for a path on disk."""
        return None if self.data is None else decode(self.data)[0]


def lint_sources(linter: Linter | Linters, sources: Iterable[Source]) -> Iterator[FileResult]:
    for source in sources:
        if source.data is None:
            yield linter.lint_path(source.path)
        else:
            yield linter.lint_read(source.path, source.data)


def run(formatters: Sequence[Formatter], results: Iterable[FileResult],
        keep: bool = False, baseline: Baseline | None = None) -> Outcome:
    """Write every file's findings to every formatter as each file is done (memory stays flat).

    With a baseline, only the findings it does not account for are reported.
    """
    outcome = Outcome()
    for formatter in formatters:
        formatter.begin()
    for result in results:
        if baseline is not None:
            result.findings = baseline.new(result.findings)
        outcome.summary.files += 1
        outcome.errors.extend(result.errors)
        outcome.unchecked_site_links += result.unchecked_site_links
        if result.findings:
            outcome.summary.files_with_findings += 1
        if keep:
            outcome.findings_by_file[result.path] = result.findings
            if result.facts is not None:
                outcome.facts_by_file[result.path] = result.facts
        for formatter in formatters:
            formatter.file(result.path)
        for finding in result.findings:
            outcome.summary.add(finding)
            for formatter in formatters:
                formatter.finding(finding)
    for formatter in formatters:
        formatter.end(outcome.summary)
    return outcome
