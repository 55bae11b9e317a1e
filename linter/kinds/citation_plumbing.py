"""citation_plumbing: citations that point nowhere, and references nothing points to.

`check` selects which: `undefined-footnote` ([^2] with no [^2]: definition),
`unused-footnote` (a definition never referenced), `unmatched-number` ([4] when the
references list has no entry 4).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import TYPE_CHECKING

from linter.citations import BRACKET_NUMBERS, UNDEFINED_FOOTNOTE, expand_numbers
from linter.document import Block, Document
from linter.findings import Finding, finding_at
from linter.options import OptionSpec
from linter.patterns import lazy_regex

ENTRY_LINE = lazy_regex(r"(?m)^[ \t>]*\[(\d{1,3})\][ \t]+\S")
# Inline TeX math: "$...$" on one line, not a price ("$5 and $10": a space after the opening
# dollar or before the closing one, or a digit after it, is no math).
INLINE_MATH = lazy_regex(r"(?<![\\$])\$(?![\s$])[^$\n]+?(?<![\s\\])\$(?!\d)")

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use, per check.
FIELDS = {
    "undefined-footnote": ("label",),
    "unused-footnote": ("label",),
    "unmatched-number": ("number", "entries"),
}
OPTIONS = {
    "check": OptionSpec("str", "undefined-footnote", "which broken plumbing to report",
                        ("undefined-footnote", "unused-footnote", "unmatched-number"), identity=True),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    return {
        "undefined-footnote": _undefined_footnotes,
        "unused-footnote": _unused_footnotes,
        "unmatched-number": _unmatched_numbers,
    }[rule.options["check"]](doc, rule)


def _undefined_footnotes(doc: Document, rule: Rule) -> Iterator[Finding]:
    # The parser turns only defined footnotes into references; the rest stay text.
    # Labels match regardless of case, as GFM's do.
    defined = {d.label.casefold() for d in doc.footnote_definitions}
    for block in doc.blocks:
        for match in UNDEFINED_FOOTNOTE.finditer(block.text):
            if match.group(1).casefold() not in defined and not _in_math(block.text, match.start()):
                yield finding_at(rule, doc.path, block.span(*match.span()),
                                 rule.format(label=match.group(1)), context=match.group(0))


def _in_math(text: str, at: int) -> bool:
    """Whether `at` lies in inline TeX math ("$[^{11}C]$-PET", an isotope's notation), which
    holds no footnote."""
    return "$" in text and any(math.start() < at < math.end() for math in INLINE_MATH.finditer(text))


def _unused_footnotes(doc: Document, rule: Rule) -> Iterator[Finding]:
    used = {ref.label.casefold() for block in doc.blocks for ref in block.footnote_refs}
    for definition in doc.footnote_definitions:
        if definition.label.casefold() not in used:
            yield finding_at(rule, doc.path, definition.span,
                             rule.format(label=definition.label), context=definition.label)


def _unmatched_numbers(doc: Document, rule: Rule) -> Iterator[Finding]:
    if "[" not in doc.blocks_text:  # most articles: no bracket, no citation number
        return
    listed = doc.reference_entries
    entries: set[int] | None = None  # with the "[n] " entry lines, read for the first number not listed
    for block in doc.prose_blocks:
        matches = list(BRACKET_NUMBERS.finditer(block.text)) if "[" in block.text else []
        if not matches:
            continue
        # "[1] CRH → [2] ACTH → [3] cortisol": the steps of a chain, not citations.
        matches = [match for line in _by_line(block.text, matches) if not _numbered_chain(block.text, line)
                   for match in line]
        definitions = {start for _, start in _entry_lines(block)}
        links = [(link.start, link.end) for link in block.links]
        for match in matches:
            if match.start() in definitions or _inside(match.start(), links):
                continue
            numbers = expand_numbers(match.group(1))
            if all(n in listed for n in numbers):
                continue
            if entries is None:
                entries = set(listed) | {n for other in doc.blocks if "[" in other.raw
                                         for n, _ in _entry_lines(other)}
            missing = [n for n in numbers if n not in entries]
            if missing:
                yield finding_at(
                    rule, doc.path, block.span(*match.span()),
                    rule.format(number=", ".join(map(str, missing)),
                                entries=len(entries)),
                    context=match.group(0))


ARROW = re.compile(r"→|->|⇒|=>|⟶|➔")


def _by_line(text: str, matches: list[re.Match[str]]) -> list[list[re.Match[str]]]:
    """The matches, grouped by the line of the block each is on."""
    lines: dict[int, list[re.Match[str]]] = {}
    for match in matches:
        lines.setdefault(text.count("\n", 0, match.start()), []).append(match)
    return list(lines.values())


def _numbered_chain(text: str, matches: list[re.Match[str]]) -> bool:
    """Whether the bracketed numbers count 1, 2, 3 ... with an arrow between each and the next."""
    numbers = [match.group(1).strip() for match in matches]
    if len(numbers) < 2 or numbers != [str(n) for n in range(1, len(numbers) + 1)]:
        return False
    return all(ARROW.search(text, before.end(), after.start()) for before, after in pairwise(matches))


def _entry_lines(block: Block) -> Iterator[tuple[int, int]]:
    """(number, offset) of each line that starts with "[n] " and text: a numbered reference
    entry written without a list ("Citations:" then "[1] <https://…>" on each line)."""
    if "[" not in block.raw:
        return
    for match in ENTRY_LINE.finditer(block.raw):
        yield int(match.group(1)), match.start(1) - 1


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    """In a link: "[999](tel:999)" is a link's text, not a citation."""
    return any(start <= offset < end for start, end in spans)
