"""json: a JSON array of findings, the stable machine format.

Each object has the keys path, line, column, end_line, end_column, code, name, severity,
message, and fix where the rule suggests one. Written as a stream: one element at a time. A
file name that is not UTF-8 is written with its bytes escaped (linter.escaping.valid_unicode).
"""

from __future__ import annotations

from json.encoder import encode_basestring

from linter.escaping import valid_unicode
from linter.findings import Finding
from linter.formatters import Formatter as BaseFormatter
from linter.formatters import Summary


def encode(finding: Finding) -> str:
    """`json.dumps(finding.to_dict(), ensure_ascii=False)`, written out: an archive audit has
    tens of thousands of findings, and the generic encoder costs four times as much."""
    text = encode_basestring
    line = (f'{{"path": {text(valid_unicode(finding.path))}, "line": {finding.line}, '
            f'"column": {finding.column}, '
            f'"end_line": {finding.end_line}, "end_column": {finding.end_column}, '
            f'"code": {text(finding.code)}, "name": {text(finding.name)}, '
            f'"severity": "{finding.severity}", "message": {text(valid_unicode(finding.message))}')
    return line + (f', "fix": {text(valid_unicode(finding.fix))}}}' if finding.fix is not None else "}")


class Formatter(BaseFormatter):
    def begin(self) -> None:
        self.count = 0
        self.stream.write("[")

    def finding(self, finding: Finding) -> None:
        separator = "," if self.count else ""
        self.stream.write(f"{separator}\n  {encode(finding)}")
        self.count += 1

    def end(self, summary: Summary) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
