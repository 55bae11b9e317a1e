"""full: each finding with the source line it points at, a caret under its span, and its fix.

    article.md:3:26: CIT001 statistic '20%' has no source
      |
    3 | Up to 20% of women have it.
      |       ^^^ CIT001
      = fix: ...

ruff's name and shape, for people reading in a terminal; `text` stays the one-line format for
tools. Source lines are read again from the file (or taken from stdin's text), with control
characters shown as escapes so that an article cannot write to the terminal.
"""

from __future__ import annotations

from pathlib import Path

from linter.escaping import one_line
from linter.findings import Finding
from linter.formatters import Formatter as BaseFormatter
from linter.formatters.text import COLORS, RESET, line_of

TAB_WIDTH = 4
MAX_SOURCE_CHARS = 200  # a line longer than this is shown around the span only


def _visible(text: str) -> str:
    return one_line(text.expandtabs(TAB_WIDTH))


class Formatter(BaseFormatter):
    def begin(self) -> None:
        self._path = ""
        self._lines: list[str] = []
        self._first = True

    def _source_lines(self, path: str) -> list[str]:
        if path != self._path:
            self._path = path
            text = self.options.texts.get(path)
            if text is None:
                text = _read(path)
            self._lines = text.splitlines()
        return self._lines

    def finding(self, finding: Finding) -> None:
        if not self._first:
            self.stream.write("\n")
        self._first = False
        self.stream.write(line_of(finding, self.options.color) + "\n")
        lines = self._source_lines(finding.path)
        if 1 <= finding.line <= len(lines):
            self.stream.write(self._snippet(finding, lines[finding.line - 1]))
        if finding.fix is not None:
            self.stream.write(f"  = fix: replace with {_visible(finding.fix)!r}\n")

    def _snippet(self, finding: Finding, source: str) -> str:
        start = finding.column - 1
        end = finding.end_column - 1 if finding.end_line == finding.line else len(source)
        end = max(end, start + 1)
        offset = max(0, start - MAX_SOURCE_CHARS // 2) if len(source) > MAX_SOURCE_CHARS else 0
        shown = source[offset:offset + MAX_SOURCE_CHARS]
        before = _visible(shown[: start - offset])
        marked = _visible(shown[start - offset: end - offset]) or " "
        number = str(finding.line)
        gutter = " " * len(number)
        caret = "^" * len(marked)
        if self.options.color:
            caret = f"{COLORS[finding.severity]}{caret}{RESET}"
        return (f"{gutter} |\n{number} | {_visible(shown)}\n"
                f"{gutter} | {' ' * len(before)}{caret} {finding.code}\n")


def _read(path: str) -> str:
    """The file's text as the linter decoded it, or nothing when it cannot be read now."""
    from linter.engine import decode

    try:
        with Path(path).open("rb") as handle:
            data = handle.read(16 * 1024 * 1024)
    except OSError:
        return ""
    return decode(data)[0]
