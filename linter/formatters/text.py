"""text: `path:line:col: CODE message`, one finding a line, the shape flake8 and ruff print."""

from __future__ import annotations

from linter.findings import Finding, Severity
from linter.formatters import Formatter as BaseFormatter

COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
BOLD = "\033[1m"
RESET = "\033[0m"


class Formatter(BaseFormatter):
    def finding(self, finding: Finding) -> None:
        where = f"{finding.path}:{finding.line}:{finding.column}:"
        if self.options.color:
            color = COLORS[finding.severity]
            line = f"{BOLD}{where}{RESET} {color}{BOLD}{finding.code}{RESET} {finding.message}"
        else:
            line = f"{where} {finding.code} {finding.message}"
        self.stream.write(line + "\n")
