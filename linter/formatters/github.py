"""github: GitHub Actions workflow commands, one annotation per finding.

`::error file=PATH,line=L,col=C,endLine=..,endColumn=..,title=CODE name::message`, one line a
finding: the workflow-command escaping GitHub requires (`%`, CR and LF in data; also `:` and
`,` in properties), and every other control character made visible (linter.escaping). GitHub
shows only the first annotations of a step, so when $GITHUB_STEP_SUMMARY is set a Markdown
summary of every finding is written there too, its text Markdown-escaped.
"""

from __future__ import annotations

import os
from collections import Counter

from linter.docs import help_uri
from linter.escaping import markdown_text, one_line
from linter.findings import Finding, Severity
from linter.formatters import Formatter as BaseFormatter
from linter.formatters import Summary

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
SUMMARY_ROWS = 200


def escape_data(text: str) -> str:
    # CR and LF the GitHub way (the annotation shows a line break), every other control visibly.
    return one_line(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


class Formatter(BaseFormatter):
    def begin(self) -> None:
        self.kept: list[Finding] = []

    def finding(self, finding: Finding) -> None:
        properties = ",".join(f"{key}={escape_property(str(value))}" for key, value in (
            ("file", finding.path), ("line", finding.line), ("col", finding.column),
            ("endLine", finding.end_line), ("endColumn", finding.end_column),
            ("title", f"{finding.code} {finding.name}")))
        rule = self.options.rules.get(finding.code)
        docs = f"\n\nRule documentation: {help_uri(rule, self.options.docs_url)}" if rule else ""
        self.stream.write(f"::{LEVELS[finding.severity]} {properties}::"
                          f"{escape_data(finding.message + docs)}\n")
        if len(self.kept) < SUMMARY_ROWS:
            self.kept.append(finding)

    def end(self, summary: Summary) -> None:
        target = os.environ.get("GITHUB_STEP_SUMMARY")
        if target:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(step_summary(summary, self.kept))


def step_summary(summary: Summary, findings: list[Finding]) -> str:
    lines = ["## medlint", ""]
    if not summary.total:
        return "\n".join([*lines, f"No findings in {summary.files} files.", "", ""])
    counts = ", ".join(f"{summary.by_severity[s]} {s}" for s in (Severity.ERROR, Severity.WARNING,
                                                                 Severity.INFO) if summary.by_severity[s])
    lines += [f"**{summary.total} findings** ({counts}) in {summary.files_with_findings} of "
              f"{summary.files} files.", "", "| Code | Count |", "| --- | ---: |"]
    lines += [f"| `{code}` | {count} |" for code, count in Counter(summary.by_code).most_common()]
    lines += ["", "| File | Line | Code | Message |", "| --- | ---: | --- | --- |"]
    lines += [f"| {markdown_text(f.path)} | {f.line} | `{f.code}` | {markdown_text(f.message)} |"
              for f in findings]
    if summary.total > len(findings):
        lines.append(f"\n…and {summary.total - len(findings)} more.")
    return "\n".join(lines) + "\n\n"
