"""json: a JSON array of findings, the stable machine format.

Each object has the keys path, line, column, end_line, end_column, code, name, severity,
message, and fix where the rule suggests one. Written as a stream: one element at a time.
"""

from __future__ import annotations

import json

from linter.findings import Finding
from linter.formatters import Formatter as BaseFormatter
from linter.formatters import Summary

ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps would build one per finding


class Formatter(BaseFormatter):
    def begin(self) -> None:
        self.count = 0
        self.stream.write("[")

    def finding(self, finding: Finding) -> None:
        separator = "," if self.count else ""
        self.stream.write(f"{separator}\n  {ENCODER.encode(finding.to_dict())}")
        self.count += 1

    def end(self, summary: Summary) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
