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
    """A regex that matches at least wherever any of the patterns starts a match.

    It finds candidate places only; each pattern is then tried exactly at the candidate, so it
    may match more often than the patterns, never less. That lets it drop what slows Python's
    regex engine down at every position: leading lookbehinds and scoped case flags (a shared
    leading flag such as (?i) becomes a global one). A leading \\b stays: it rejects most
    positions more cheaply than the alternatives behind it would (measured)."""
    if not patterns:
        return None
    split = [_split_flags(pattern) for pattern in patterns]
    shared = {flags_text for flags_text, _ in split}
    if len(shared) == 1:
        (flags_text,) = shared
        body = "|".join(f"(?:{_without_leading_assertions(rest)})" for _, rest in split)
        return re.compile(f"(?{flags_text}){body}" if flags_text else body, flags)
    body = "|".join(f"(?{f}:{_without_leading_assertions(rest)})" if f else
                    f"(?:{_without_leading_assertions(rest)})" for f, rest in split)
    return re.compile(body, flags)


def _split_flags(pattern: str) -> tuple[str, str]:
    match = GLOBAL_FLAGS.match(pattern)
    return (match.group(1), pattern[match.end():]) if match else ("", pattern)


def _without_leading_assertions(pattern: str) -> str:
    """Drop leading lookbehinds: zero-width, so the rest matches wherever they did."""
    while True:
        if pattern.startswith(("(?<!", "(?<=")):
            end = _group_end(pattern)
            if end < 0:
                return pattern
            pattern = pattern[end:]
        else:
            return pattern


def _group_end(pattern: str) -> int:
    """The index after the group that opens at 0, or -1."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return -1


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


class PatternSet:
    """A rule's patterns, compiled once, searched together.

    `for_document` leaves out the patterns whose leading literals occur nowhere in the
    document's source (a superset of its prose, so nothing that could match is lost); then
    `find_all` searches each block with one combined regex of the patterns still live.
    """

    def __init__(self, patterns: tuple[str, ...], flags: int = 0, live: tuple[int, ...] | None = None):
        self.patterns = patterns
        self.flags = flags
        self.live = tuple(range(len(patterns))) if live is None else live
        self.singles = [compiled(patterns[index], flags) for index in self.live]
        self.combined = any_of(tuple(patterns[index] for index in self.live), flags)

    def for_document(self, doc: Document) -> PatternSet:
        source = doc.source
        lowered = doc.derived.get("lowered source")
        if lowered is None:
            lowered = doc.derived["lowered source"] = source.lower()
        live = tuple(i for i in self.live if _may_match(self.patterns[i], self.flags, source, lowered))
        return self if live == self.live else _narrowed(self.patterns, self.flags, live)

    def find_all(self, text: str) -> list[tuple[int, re.Match[str]]]:
        """(pattern index, match) in text order; where matches overlap, the longest at the
        first place wins: the same result as running each pattern's finditer and keeping, of overlapping
        matches, the longest at the first place,
        found with one combined search for the next place and the patterns tried only there."""
        if self.combined is None:
            return []
        found: list[tuple[int, re.Match[str]]] = []
        position = 0
        while (candidate := self.combined.search(text, position)) is not None:
            start = candidate.start()
            best: tuple[int, re.Match[str]] | None = None
            for index, pattern in zip(self.live, self.singles, strict=True):
                match = pattern.match(text, start)
                if match and match.end() > start and (best is None or match.end() > best[1].end()):
                    best = (index, match)
            if best is None:  # only empty matches here: step past this place
                position = start + 1
                continue
            found.append(best)
            position = best[1].end()
        return found


@lru_cache(maxsize=1024)
def pattern_set(patterns: tuple[str, ...], flags: int = 0) -> PatternSet:
    return PatternSet(patterns, flags)


@lru_cache(maxsize=4096)
def _narrowed(patterns: tuple[str, ...], flags: int, live: tuple[int, ...]) -> PatternSet:
    return PatternSet(patterns, flags, live)


def _may_match(pattern: str, flags: int, text: str, lowered: str) -> bool:
    gate = leading_literals(pattern, flags)
    if gate is None:
        return True
    literals, ignore_case = gate
    haystack = lowered if ignore_case else text
    return any(literal in haystack for literal in literals)
