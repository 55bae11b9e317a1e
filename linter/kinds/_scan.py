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


GLOBAL_FLAGS = re.compile(r"^\(\?([aiLmsux]+)\)")


@lru_cache(maxsize=512)
def any_of(patterns: tuple[str, ...], flags: int = 0) -> re.Pattern[str] | None:
    """One regex that matches where any of the patterns would: a cheap first look at a block,
    so the patterns themselves run only on blocks that can match. Leading global flags such
    as (?i) become scoped groups, since an alternation cannot carry them."""
    if not patterns:
        return None
    parts = []
    for pattern in patterns:
        match = GLOBAL_FLAGS.match(pattern)
        parts.append(f"(?{match.group(1)}:{pattern[match.end():]})" if match else f"(?:{pattern})")
    return re.compile("|".join(parts), flags)


@lru_cache(maxsize=4096)
def leading_literals(pattern: str, flags: int = 0) -> tuple[frozenset[str], bool] | None:
    """The texts a match must begin with, and whether they compare case-insensitively.

    A necessary condition found in the pattern's parse tree, as grep-like tools do: when none
    of these texts occurs in a block, the pattern cannot match there and is not run. None when
    the pattern does not start with literal text in every branch (then it always runs)."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]

        tree = parser.parse(pattern, flags)
        ignore_case = bool(tree.state.flags & re.IGNORECASE)
        found = _prefixes(list(tree), ignore_case)
    except Exception:  # an internal API: if it ever changes, every pattern simply runs
        return None
    if not found or any(len(text) < 2 for text in found):
        return None
    return frozenset(text.lower() if ignore_case else text for text in found), ignore_case


def _prefixes(items: list, ignore_case: bool) -> set[str] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    index = 0
    while index < len(items) and items[index][0] in (c.AT, c.ASSERT, c.ASSERT_NOT):
        index += 1  # zero-width: \b, ^, lookarounds
    if index == len(items):
        return None
    op, value = items[index]
    if op is c.LITERAL:
        text = ""
        while index < len(items) and items[index][0] is c.LITERAL:
            text += chr(items[index][1])
            index += 1
        return {text}
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in value[1]:
            prefixes = _prefixes(list(branch), ignore_case)
            if not prefixes:
                return None
            found |= prefixes
        return found
    if op is c.SUBPATTERN:
        add_flags, del_flags = value[1], value[2]
        if (add_flags | del_flags) & re.IGNORECASE and bool(add_flags & re.IGNORECASE) != ignore_case:
            return None  # a scoped case flag that differs from the pattern's: keep it simple
        return _prefixes(list(value[3]), ignore_case)
    return None


def find_all(patterns: tuple[str, ...], text: str, flags: int = 0) -> list[tuple[int, re.Match[str]]]:
    """(pattern index, match) in text order; where matches overlap, the longest at the first
    place wins: the same result as non_overlapping() over every pattern's finditer, found with
    one combined search for the next place and the patterns tried only there. Patterns whose
    leading literals do not occur in the text are left out first."""
    lowered = text.lower()
    live = tuple(index for index, pattern in enumerate(patterns) if _may_match(pattern, flags, text, lowered))
    if not live:
        return []
    combined = any_of(tuple(patterns[index] for index in live), flags)
    if combined is None:
        return []
    singles = [compiled(patterns[index], flags) for index in live]
    found: list[tuple[int, re.Match[str]]] = []
    position = 0
    while (candidate := combined.search(text, position)) is not None:
        start = candidate.start()
        best: tuple[int, re.Match[str]] | None = None
        for index, pattern in zip(live, singles, strict=True):
            match = pattern.match(text, start)
            if match and match.end() > start and (best is None or match.end() > best[1].end()):
                best = (index, match)
        if best is None:  # only empty matches here: step past this place
            position = start + 1
            continue
        found.append(best)
        position = best[1].end()
    return found


def _may_match(pattern: str, flags: int, text: str, lowered: str) -> bool:
    gate = leading_literals(pattern, flags)
    if gate is None:
        return True
    literals, ignore_case = gate
    haystack = lowered if ignore_case else text
    return any(literal in haystack for literal in literals)


def non_overlapping(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """Matches in text order; where several overlap, the longest at the first place wins."""
    kept: list[re.Match[str]] = []
    taken_until = -1
    for match in sorted(matches, key=lambda m: (m.start(), -m.end())):
        if match.start() >= taken_until and match.end() > match.start():
            kept.append(match)
            taken_until = match.end()
    return kept
