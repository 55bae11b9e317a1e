"""Shared helpers for rule kinds: which blocks to read, patterns compiled once per process."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from linter.document import Block, Document


def blocks(doc: Document, *, headings: bool = True, references: bool = False) -> Iterator[Block]:
    for block in doc.blocks:
        if block.kind == "heading" and not headings:
            continue
        if block.is_reference and not references:
            continue
        yield block


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


@lru_cache(maxsize=512)
def term_alternation(terms: tuple[str, ...], ignore_case: bool) -> re.Pattern[str] | None:
    """One regex for a list of literal terms, whole words only, longest first."""
    if not terms:
        return None
    ordered = sorted({t for t in terms if t}, key=len, reverse=True)
    body = "|".join(re.escape(term) for term in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE if ignore_case else 0)


def non_overlapping(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """Matches in text order; where several overlap, the longest at the first place wins."""
    kept: list[re.Match[str]] = []
    taken_until = -1
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if match.start() >= taken_until and match.end() > match.start():
            kept.append(match)
            taken_until = match.end()
    return kept
