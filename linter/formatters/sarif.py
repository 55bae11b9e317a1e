"""sarif: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

The driver lists every rule (id, name, short and full description, help text, default level);
each result carries ruleId, level, message, a region, and partialFingerprints that survive
lines moving (path, code and the text pointed at; see linter.fingerprint).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from linter.docs import help_uri, render_explanation
from linter.escaping import fs_bytes, valid_unicode
from linter.findings import Finding, Severity
from linter.fingerprint import Fingerprinter
from linter.formatters import Formatter as BaseFormatter
from linter.formatters import Summary
from linter.rules import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A URI for the file; a name that is not UTF-8 keeps its own bytes, percent-encoded."""
    posix = Path(path).as_posix()
    if Path(path).is_absolute():
        return Path(path).as_uri()
    return quote(fs_bytes(posix), safe="/-._~")


class Formatter(BaseFormatter):
    def begin(self) -> None:
        self.results: list[dict] = []
        self.fingerprint = Fingerprinter()
        self.rules = sorted(self.options.rules.values(), key=lambda rule: rule.code)
        self.index = {rule.code: position for position, rule in enumerate(self.rules)}

    def finding(self, finding: Finding) -> None:
        result: dict = {
            "ruleId": finding.code,
            "level": LEVELS[finding.severity],
            "message": {"text": valid_unicode(finding.message)},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(finding.path)},
                "region": {"startLine": finding.line, "startColumn": finding.column,
                           "endLine": finding.end_line,
                           "endColumn": max(finding.end_column, finding.column)},
            }}],
            "partialFingerprints": {"medlintFingerprint/v1": self.fingerprint(finding)},
        }
        if finding.code in self.index:
            result["ruleIndex"] = self.index[finding.code]
        self.results.append(result)

    def end(self, summary: Summary) -> None:
        driver = {
            "name": "medlint",
            "version": self.options.tool_version,
            "informationUri": "https://pypi.org/project/medlint/",
            "rules": [{
                "id": rule.code,
                "name": rule.name,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": _full_description(rule)},
                "help": {"text": render_explanation(rule)},
                "helpUri": help_uri(rule, self.options.docs_url),
                "defaultConfiguration": {"level": LEVELS[rule.severity]},
                "properties": {"tags": [rule.category.name]},
            } for rule in self.rules],
        }
        log = {"$schema": SCHEMA, "version": "2.1.0",
               "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints",
                         "results": self.results}]}
        json.dump(log, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")


def _full_description(rule: Rule) -> str:
    """What the rule finds, why it matters and the details, on one line."""
    return " ".join(" ".join((rule.summary, rule.why, rule.description)).split())
