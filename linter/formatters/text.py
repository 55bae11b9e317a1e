"""text: `path:line:col: CODE message`, one finding a line, the shape flake8 and ruff print."""

from __future__ import annotations

from linter.findings import Finding, Severity
from linter.formatters import Formatter as BaseFormatter

COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
BOLD = "\033[1m"
RESET = "\033[0m"


def line_of(finding: Finding, color: bool) -> str:
    """The finding as one `path:line:col: CODE message` line, coloured on request."""
    where = f"{finding.path}:{finding.line}:{finding.column}:"
    if color:
        code = f"{COLORS[finding.severity]}{BOLD}{finding.code}{RESET}"
        return f"{BOLD}{where}{RESET} {code} {finding.message}"
    return f"{where} {finding.code} {finding.message}"


class Formatter(BaseFormatter):
    def finding(self, finding: Finding) -> None:
        self.stream.write(line_of(finding, self.options.color) + "\n")
