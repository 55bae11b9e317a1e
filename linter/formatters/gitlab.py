"""gitlab: GitLab Code Quality JSON (the CodeClimate subset GitLab reads).

Each issue has description, check_name, a fingerprint unique per finding (stable when lines
move), severity (info, minor, major, critical, blocker) and location.path / lines.begin.
"""

from __future__ import annotations

import json

from linter.escaping import valid_unicode
from linter.findings import Finding, Severity
from linter.fingerprint import Fingerprinter
from linter.formatters import Formatter as BaseFormatter
from linter.formatters import Summary

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


class Formatter(BaseFormatter):
    def begin(self) -> None:
        self.count = 0
        self.fingerprint = Fingerprinter()
        self.stream.write("[")

    def finding(self, finding: Finding) -> None:
        issue = {
            "type": "issue",
            "description": f"{finding.code} {valid_unicode(finding.message)}",
            "check_name": finding.code,
            "categories": ["Style"],
            "fingerprint": self.fingerprint(finding),
            "severity": SEVERITIES[finding.severity],
            "location": {"path": valid_unicode(finding.path),
                         "lines": {"begin": finding.line, "end": finding.end_line}},
        }
        self.stream.write(("," if self.count else "") + "\n  " + json.dumps(issue, ensure_ascii=False))
        self.count += 1

    def end(self, summary: Summary) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
