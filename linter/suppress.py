"""Inline suppression directives, written as HTML comments so they never render.

    <!-- medlint-disable-next-line CIT001 -->   the next non-blank line
    <!-- medlint-disable CIT001 DATE -->        until a matching medlint-enable, or the end
    <!-- medlint-enable CIT001 DATE -->         (with no codes: everything disabled so far)
    <!-- medlint-disable-file SPAM -->          the whole file

With no codes a directive covers every code. Codes may be prefixes (CIT, DATE0).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from linter.document import Comment, Document
from linter.findings import Finding
from linter.patterns import lazy_regex

DIRECTIVE = lazy_regex(
    r"^\s*medlint-(disable-next-line|disable-file|disable|enable)\b(?P<codes>[\s\w,]*?)\s*$"
)
ALL = "*"
END = 10**9


class UnknownCode(NamedTuple):
    code: str
    line: int
    column: int


@dataclass
class Suppressions:
    """Line ranges per selector where findings are not reported. Small, so it pickles cheaply."""

    ranges: list[tuple[str, int, int]] = field(default_factory=list)
    unknown: list[UnknownCode] = field(default_factory=list)

    def covers(self, finding: Finding) -> bool:
        for selector, first, last in self.ranges:
            if first <= finding.line <= last and (
                selector == ALL or finding.code.startswith(selector)
            ):
                return True
        return False

    def filter(self, findings: Iterable[Finding]) -> list[Finding]:
        if not self.ranges:
            return list(findings)
        return [f for f in findings if not self.covers(f)]


def collect(doc: Document, known: Callable[[str], bool]) -> Suppressions:
    """Read every directive in the document. `known(selector)` says if a code exists."""
    result = Suppressions()
    open_ranges: dict[str, int] = {}
    for comment in sorted(doc.comments, key=lambda c: (c.line, c.column)):
        match = DIRECTIVE.match(comment.body)
        if not match:
            continue
        action = match.group(1)
        codes = _codes(match.group("codes"), comment, known, result)
        if action == "disable-file":
            result.ranges.extend((code, 1, END) for code in codes or [ALL])
        elif action == "disable-next-line":
            line = _next_content_line(doc, comment.end_line)
            result.ranges.extend((code, line, line) for code in codes or [ALL])
        elif action == "disable":
            for code in codes or [ALL]:
                open_ranges.setdefault(code, comment.line)
        else:
            for code in codes or list(open_ranges):
                if code in open_ranges:
                    result.ranges.append((code, open_ranges.pop(code), comment.line))
    result.ranges.extend((code, start, END) for code, start in open_ranges.items())
    return result


def _codes(
    text: str, comment: Comment, known: Callable[[str], bool], result: Suppressions
) -> list[str]:
    codes = [code for code in re.split(r"[\s,]+", text.strip()) if code]
    for code in codes:
        if not known(code):
            result.unknown.append(UnknownCode(code, comment.line, comment.column))
    return codes


def _next_content_line(doc: Document, after: int) -> int:
    lines = doc.lines
    line = after + 1
    while line <= len(lines) and not lines[line - 1].strip():
        line += 1
    return line
