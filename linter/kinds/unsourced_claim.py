"""unsourced_claim: a sentence that needs a source has none.

Claims are found by the rule's `patterns` (statistics, research appeals, attributions,
efficacy claims). A claim is sourced when its sentence, or the paragraph it ends, carries a
citation (see linter.citations). A table cell's claim is sourced when any cell of its table,
or the paragraph just before or after the table, carries one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter import citations
from linter.document import Block, Document
from linter.findings import CONTEXT_CHARS, Finding, finding_at
from linter.kinds import OptionSpec
from linter.kinds._scan import DocumentPatterns, compiled, pattern_set

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

OPTIONS = {
    "patterns": OptionSpec("list[regex]", [], "regular expressions that find claims"),
    "not_after": OptionSpec("regex", "", "a claim is not one when the text before it matches"),
    "tables": OptionSpec("bool", True, "also read table cells"),
    "max_claim_chars": OptionSpec("int", 60, "how much of the claim the message quotes"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    patterns = pattern_set(tuple(rule.options["patterns"])).for_document(doc)
    not_after = compiled(rule.options["not_after"] + r"\s*$") if rule.options["not_after"] else None
    sourced_tables: set[int] | None = None  # worked out at the first claim in a table
    for block in doc.prose_blocks:
        if block.table is not None and not rule.options["tables"]:
            continue
        claims = _claims(block.text, patterns, not_after)
        if not claims:
            continue
        cited = citations.cited(block, doc)
        for start, end in claims:
            if block.table is not None:
                if sourced_tables is None:
                    sourced_tables = _sourced_tables(doc)
                if block.table in sourced_tables:
                    continue
            elif cited.claim_is_sourced(start):
                continue
            claim = _quote(block.text[start:end], rule.options["max_claim_chars"])
            sentence_start, sentence_end = cited.sentence_of(start)
            sentence = block.text[sentence_start : min(sentence_end, sentence_start + CONTEXT_CHARS)]
            yield finding_at(rule, doc.path, block.span(start, end), rule.format(claim=claim),
                             context=sentence)


def _claims(text: str, patterns: DocumentPatterns,
            not_after: re.Pattern[str] | None) -> list[tuple[int, int]]:
    return [m.span() for _, m in patterns.find_all(text)
            if not_after is None or not not_after.search(text[max(0, m.start() - 40) : m.start()])]


def _quote(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


SOURCE_COLUMN = re.compile(r"(?i)^\s*(?:sources?|references?|citations?|evidence|study|trial)\s*$")


def _sourced_tables(doc: Document) -> set[int]:
    """Tables whose cells (a header naming a study, "Roe 2001", too), or the paragraphs around
    them (a caption), carry a citation, or that have a Source column."""
    cells: dict[int, list[int]] = {}
    for index, block in enumerate(doc.blocks):
        if block.table is not None:
            cells.setdefault(block.table, []).append(index)
    sourced: set[int] = set()
    for table, indexes in cells.items():
        around: list[Block] = [doc.blocks[i] for i in indexes]
        for neighbour in (indexes[0] - 1, indexes[-1] + 1):
            if 0 <= neighbour < len(doc.blocks) and doc.blocks[neighbour].table is None:
                around.append(doc.blocks[neighbour])
        header = [doc.blocks[i] for i in indexes if doc.blocks[i].table_header]
        if any(citations.cited(block, doc).marks for block in around) \
                or any(SOURCE_COLUMN.match(b.text) for b in header):
            sourced.add(table)
    return sourced
