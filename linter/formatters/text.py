"""text: `path:line:col: CODE message`, one finding a line, the shape flake8 and ruff print.

Exactly one line a finding whatever the input: control characters in paths and messages are
written as escapes (see linter.escaping), so nothing can start a line of its own.
"""

from __future__ import annotations

from linter.escaping import one_line
from linter.findings import Finding, Severity
from linter.formatters import Formatter as BaseFormatter

COLORS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m", Severity.INFO: "\033[36m"}
BOLD = "\033[1m"
RESET = "\033[0m"


def line_of(finding: Finding, color: bool) -> str:
    """The finding as one `path:line:col: CODE message` line, coloured on request."""
    where = f"{one_line(finding.path)}:{finding.line}:{finding.column}:"
    message = one_line(finding.message)
    if color:
        code = f"{COLORS[finding.severity]}{BOLD}{finding.code}{RESET}"
        return f"{BOLD}{where}{RESET} {code} {message}"
    return f"{where} {finding.code} {message}"


class Formatter(BaseFormatter):
    def finding(self, finding: Finding) -> None:
        self.stream.write(line_of(finding, self.options.color) + "\n")
