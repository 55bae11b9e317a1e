"""Patterns compiled once and searched together: the one matching layer rules and helpers use.

A `PatternSet` holds a list of regexes and answers two questions about a text:
`might_match(text)`, a cheap test that is False only where no pattern can match, and
`find_all(text)`, every match in text order, longest first where they overlap.

Most patterns must begin with one of a few literal texts (`match_starts`, read from the
regex's parse tree as grep-like tools do). One Aho–Corasick automaton per set (the
`pyahocorasick` package, in C) finds where those texts occur in one pass over the text, and
each pattern is tried only there; the few patterns that may begin with almost anything are
found with one combined regex search. Everything here is a pure function of the patterns and
the text: caches only remember compiled answers, so a file's findings never depend on what
else the process linted.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property, lru_cache
from typing import Any, NamedTuple

import ahocorasick

Hit = tuple[int, re.Match[str]]  # (pattern index, match)


# Seconds one match or search of a repository's pattern may take: far above any linear
# pattern on a 5 MiB file, far below a hang.
UNTRUSTED_BUDGET = 1.0


class UntrustedPattern(str):
    """A pattern the linted repository supplied (its configuration or packs): `compiled` and
    `pattern_set` run it with a time budget. Joined to more text, it stays untrusted."""

    def __add__(self, other: str) -> UntrustedPattern:
        return UntrustedPattern(str(self) + other)

    def __radd__(self, other: str) -> UntrustedPattern:
        return UntrustedPattern(other + str(self))


def untrusted(value: Any) -> Any:
    """A rule option's patterns marked as the repository's: texts, and lists of texts."""
    if isinstance(value, str):
        return UntrustedPattern(value)
    if isinstance(value, list):
        return [untrusted(item) for item in value]
    return value


@lru_cache(maxsize=4096, typed=True)  # typed: a trusted and an untrusted text never share
def compiled(pattern: str, flags: int = 0) -> Any:
    """The pattern compiled once per process: on re, or with a time budget when untrusted."""
    if isinstance(pattern, UntrustedPattern):
        return BudgetedRegex(str(pattern), flags)
    return re.compile(pattern, flags)


class _LazyRegex:
    """A module-level regex compiled on its first use. The first attribute asked for compiles
    it, then every attribute of the compiled pattern is kept on this object, so a later
    `.search` costs what it costs on the pattern itself."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self.pattern = pattern  # `single` reads it without compiling

    def __getattr__(self, name: str) -> Any:
        regex = re.compile(*self._source)
        self.__dict__.update({attribute: getattr(regex, attribute) for attribute in _PATTERN_ATTRIBUTES})
        return getattr(regex, name)


_PATTERN_ATTRIBUTES = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
                       "pattern", "flags", "groups", "groupindex", "scanner")


def lazy_regex(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile for a module-level pattern that most runs never use: a pre-commit run on one
    small article uses about 30 of the modules' 80, and compiling the others cost it 3%.
    It offers the methods and attributes of the compiled pattern (not isinstance, and not the
    re module's functions that take a pattern)."""
    return _LazyRegex(pattern, flags)  # type: ignore[return-value]


def automaton(words: Iterable[tuple[str, Any]]) -> ahocorasick.Automaton:
    """An Aho–Corasick automaton of these (text, value) pairs, ready to search."""
    built = ahocorasick.Automaton()
    for word, value in words:
        built.add_word(word, value)
    if len(built):
        built.make_automaton()
    return built


def occurs(found_by: ahocorasick.Automaton, text: str) -> bool:
    """Whether one of the automaton's texts occurs in the text (its first hit is enough)."""
    return len(found_by) > 0 and next(found_by.iter(text), None) is not None


@lru_cache(maxsize=512)
def term_alternation(terms: tuple[str, ...], ignore_case: bool) -> re.Pattern[str] | None:
    """One regex for a list of literal terms, whole words only, longest first."""
    if not terms:
        return None
    ordered = sorted({t for t in terms if t}, key=lambda term: (-len(term), term))  # one text per run
    body = "|".join(re.escape(term) for term in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE if ignore_case else 0)


GLOBAL_FLAGS = lazy_regex(r"^\(\?([aiLmsux]+)\)")


def _any_of(patterns: tuple[str, ...], flags: int = 0) -> re.Pattern[str] | None:
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


# A text a match must begin with, whether it compares folded, and whether the match can
# only begin where a word does (a leading \b or (?<!\w)).
Start = tuple[str, bool, bool]
Gate = tuple[str, bool]  # a Start's text and how it compares


def match_starts(pattern: str, flags: int = 0) -> frozenset[Start] | None:
    """The texts one of which every match of the pattern begins with.

    A necessary condition read from the pattern's parse tree, as grep-like tools do: a text is
    a literal run, or one character of a small class such as \\d. Case-insensitive texts are
    compared with `folded` text. None when the pattern can begin with anything (or nothing):
    then it is searched for everywhere."""
    return analysis(pattern, flags).starts


class Analysis(NamedTuple):
    """What the prefilters read from a pattern's parse tree (see the functions of these names)."""

    starts: frozenset[Start] | None
    required: frozenset[Gate] | None
    required_sets: tuple[frozenset[Gate], ...]


@lru_cache(maxsize=4096)
def analysis(pattern: str, flags: int = 0) -> Analysis:
    """The pattern's analysis, read from its parse tree, or from the store a command-line run
    opened when an earlier run stored it (`linter.pattern_store`): parsing the patterns costs
    a pre-commit run a fifth of its time."""
    from linter.pattern_store import MAX_PATTERN, opened_store

    store = opened_store()
    stored = store.get(pattern, flags) if store is not None else None
    if stored is not None:
        return Analysis(*stored)
    found = Analysis(_read_starts(pattern, flags), _read_required(pattern, flags),
                     _read_required_sets(pattern, flags))
    if store is not None and len(pattern) <= MAX_PATTERN:
        store.add(pattern, flags, found)
    return found


def _read_starts(pattern: str, flags: int) -> frozenset[Start] | None:
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None
    items, global_flags = parsed
    found = _starts(items, bool(global_flags & re.IGNORECASE), 0, False)
    if found and global_flags & (re.ASCII | re.LOCALE):
        found = {(text, fold, False) for text, fold, _ in found}  # \b and \w mean other things
    if not found:
        return None
    return frozenset(found)


@lru_cache(maxsize=1024)
def _parse(pattern: str, flags: int) -> tuple[list, int] | None:
    """The pattern's parse tree and its global flags, from sre's own parser: an internal API,
    so if it ever changes (or the pattern does not parse) the answer is None and the pattern
    is simply searched everywhere."""
    try:
        from re import _parser as parser  # type: ignore[attr-defined]

        tree = parser.parse(pattern, flags)
        return list(tree), tree.state.flags
    except Exception:
        return None


def _scoped_ignore_case(value: tuple, ignore_case: bool) -> bool:
    """Whether a group (?i:...) or (?-i:...) compares case-insensitively."""
    add_flags, del_flags = value[1], value[2]
    return (ignore_case or bool(add_flags & re.IGNORECASE)) and not del_flags & re.IGNORECASE


def _starts(items: list, ignore_case: bool, depth: int, word_start: bool) -> set[Start] | None:
    from re import _constants as c  # type: ignore[attr-defined]

    index = 0
    while index < len(items) and items[index][0] in (c.AT, c.ASSERT, c.ASSERT_NOT):
        word_start = word_start or _not_after_word(items[index])
        index += 1  # zero-width: \b, ^, lookarounds
    if index == len(items) or depth > 20:
        return None
    op, value = items[index]
    rest = items[index + 1 :]
    if op is c.LITERAL:
        text = ""
        while index < len(items) and items[index][0] is c.LITERAL:
            text += chr(items[index][1])
            index += 1
        head = _start(text, ignore_case, word_start)
        return _extended(head, items[index:], ignore_case, depth) if head else None
    if op is c.IN:
        chars = _class_chars(value)
        return _with_word_start(_gates(chars, ignore_case), word_start) if chars else None
    if op is c.BRANCH:
        return _union([list(branch) + rest for branch in value[1]], ignore_case, depth, word_start)
    if op is c.SUBPATTERN:
        if (value[1] | value[2]) & (re.ASCII | re.LOCALE | re.UNICODE):
            return None  # a scoped (?a:...) changes what \b and \w mean
        scoped = _scoped_ignore_case(value, ignore_case)
        # Where the group's flag differs from what follows it, the group alone must decide.
        return _starts(list(value[3]) + (rest if scoped == ignore_case else []), scoped, depth + 1,
                       word_start)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        low, _, item = value
        once = list(item) + rest
        if low:
            return _starts(once, ignore_case, depth + 1, word_start)
        return _union([once, rest], ignore_case, depth, word_start)
    return None


def _extended(head: set[Start], rest: list, ignore_case: bool, depth: int) -> set[Start]:
    """A literal run followed by a few alternatives ('w' then 'hats|atsapp') is as many
    longer texts, each far rarer in prose than the run alone."""
    tails = _starts(rest, ignore_case, depth + 1, False) if rest else None
    if not tails or len(tails) > 16 or any(fold != ignore_case for _, fold, _ in tails):
        return head
    ((text, _, word_start),) = head
    # The tails decide how the longer text compares: a caseless head such as '(' is exact,
    # and '(' + 'source' must still be compared folded when the tails are.
    return {(text + tail, fold, word_start) for tail, fold, _ in tails}


@lru_cache(maxsize=1024)
def _refuses_digit_before(pattern: str, flags: int) -> bool:
    """Whether no match can begin right after a decimal digit: the pattern opens with a
    look-behind refusing one ('(?<![\\d.])', '(?<!\\d)') that every alternative passes."""
    from re import _constants as c  # type: ignore[attr-defined]

    parsed = _parse(pattern, flags)
    if parsed is None or parsed[1] & (re.ASCII | re.LOCALE):  # (?a): \\d is only 0-9
        return False
    for op, value in parsed[0]:
        if op not in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return False
        if op is c.ASSERT_NOT and value[0] == -1 and len(value[1]) == 1 and value[1][0][0] is c.IN:
            refused = value[1][0][1]
            if (c.CATEGORY, c.CATEGORY_DIGIT) in refused and (c.NEGATE, None) not in refused:
                return True
    return False


def _not_after_word(item: tuple) -> bool:
    """\b, or a lookbehind refusing word characters: what follows cannot continue a word."""
    from re import _constants as c  # type: ignore[attr-defined]

    op, value = item
    if op is c.AT:
        return value is c.AT_BOUNDARY
    if op is c.ASSERT_NOT and value[0] == -1 and len(value[1]) == 1 and value[1][0][0] is c.IN:
        return (c.CATEGORY, c.CATEGORY_WORD) in value[1][0][1]
    return False


def _union(alternatives: list[list], ignore_case: bool, depth: int,
           word_start: bool) -> set[Start] | None:
    found: set[Start] = set()
    for items in alternatives:
        starts = _starts(items, ignore_case, depth + 1, word_start)
        if not starts:
            return None
        found |= starts
    return found


def _start(text: str, ignore_case: bool, word_start: bool) -> set[Start] | None:
    """A gate text compared where `fold` keeps it exact: folded text for ASCII ones, the
    unfolded text for case-sensitive ones (bar digits, which fold to '0')."""
    return _with_word_start(_gate(text, ignore_case), word_start)


def _with_word_start(gates: set[Gate] | None, word_start: bool) -> set[Start] | None:
    # \b before '(' means the opposite: only a text that begins with a word character keeps it
    if gates is None:
        return None
    return {(text, fold_case, word_start and _is_word_char(text[0])) for text, fold_case in gates}


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what sre's \w is for str


def _class_chars(items: list) -> str | None:
    """The characters of a small positive class ([abc], [0-9], \\d)."""
    from re import _constants as c  # type: ignore[attr-defined]

    chars = ""
    for op, value in items:
        if op is c.LITERAL:
            chars += chr(value)
        elif op is c.RANGE and value[1] - value[0] < 16:
            chars += "".join(map(chr, range(value[0], value[1] + 1)))
        elif op is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
            chars += "0123456789"
        else:
            return None
    return chars


def required_texts(pattern: str, flags: int = 0) -> frozenset[Gate] | None:
    """Texts one of which every match of the pattern contains, wherever it begins: for a
    pattern that may begin with anything ('a', 'i' or 'my' then a rarer word), the cheap test
    that a text cannot hold a match. None when the pattern promises no such text."""
    return analysis(pattern, flags).required


def _read_required(pattern: str, flags: int) -> frozenset[Gate] | None:
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None
    items, global_flags = parsed
    found = _required(items, bool(global_flags & re.IGNORECASE), 0)
    return frozenset(found) if found else None


def required_text_sets(pattern: str, flags: int = 0) -> tuple[frozenset[Gate], ...]:
    """Every set of texts the pattern's top-level sequence promises: a match holds one text of
    each set. A stricter test than required_texts' rarest set, for patterns whose rarest set is
    common in the texts searched (drug names in a HER2 article)."""
    return analysis(pattern, flags).required_sets


def _read_required_sets(pattern: str, flags: int) -> tuple[frozenset[Gate], ...]:
    parsed = _parse(pattern, flags)
    if parsed is None:
        return ()
    items, global_flags = parsed
    ignore_case = bool(global_flags & re.IGNORECASE)
    found = (_required([item], ignore_case, 0) for item in items)
    return tuple(frozenset(texts) for texts in found if texts)


def _required(items: list, ignore_case: bool, depth: int) -> set[Gate] | None:
    """The rarest of the texts each item of a sequence promises."""
    from re import _constants as c  # type: ignore[attr-defined]

    best: set[Gate] | None = None
    index = 0
    while index < len(items) and depth <= 20:
        op, value = items[index]
        found: set[Gate] | None = None
        if op is c.LITERAL:
            text = ""
            while index < len(items) and items[index][0] is c.LITERAL:
                text += chr(items[index][1])
                index += 1
            index -= 1
            found = _gate(text, ignore_case)
        elif op is c.SUBPATTERN and not (value[1] | value[2]) & (re.ASCII | re.LOCALE):
            found = _required(list(value[3]), _scoped_ignore_case(value, ignore_case), depth + 1)
        elif op is c.BRANCH:
            found = set()
            for branch in value[1]:
                alternative = _required(list(branch), ignore_case, depth + 1)
                if alternative is None:
                    found = None
                    break
                found |= alternative
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and value[0] >= 1:
            found = _required(list(value[2]), ignore_case, depth + 1)
        elif op is c.IN and (chars := _class_chars(value)):
            found = _gates(chars, ignore_case)
        if found and (best is None or rarity(found) < rarity(best)):
            best = found
        index += 1
    return best


def _gate(text: str, ignore_case: bool) -> set[Gate] | None:
    """A literal text as a gate: folded when case does not matter (ASCII only: `fold` keeps
    non-ASCII case-insensitive text exact), None when it cannot be compared that way. Non-ASCII
    text whose every character is without case ('≤', '→') is compared exactly: sre matches
    such a character only by itself, case-insensitive or not."""
    if text.isascii():
        # A character without case reads the same in both folds: asked in one, not both.
        caseless = len(text) == 1 and text.lower() == text.upper()
        return {(text.lower(), True)} if ignore_case and not caseless else {(text, False)}
    if ignore_case and not all(map(_without_case, text)):
        return None
    return None if any(char.isdecimal() for char in text) else {(text, False)}


def _without_case(char: str) -> bool:
    return char.lower() == char == char.upper() == char.casefold()


def _gates(texts: Iterable[str], ignore_case: bool) -> set[Gate] | None:
    """Each text as a gate (the characters of a class, say); None if one cannot be."""
    found: set[Gate] = set()
    for text in texts:
        gate = _gate(text, ignore_case)
        if gate is None:
            return None
        found |= gate
    return found


def rarity(gates: set[Gate]) -> float:
    """How often one of the texts may turn up in English prose: a rough guess, enough to
    prefer 'survey' to 'a', and '<' to 'p'."""
    total = 0.0
    for text, _ in gates:
        chance = 1.0
        for char in text:
            chance *= (0.06 if char.isalpha() else 0.15 if char == " " else
                       0.02 if char.isdigit() or char in ".,-'" else 0.003)
        total += chance
    return total


class _CaseFold(dict):  # type: ignore[type-arg]
    """A str.translate table: each character to the ASCII one a gate text compares with.

    Every character sre's IGNORECASE matches with an ASCII letter maps to that letter (the
    Kelvin sign, dotted and dotless i, long s), and every Unicode decimal digit to '0', so
    folding keeps each character in place and hides no match. Built as characters are met."""

    def __init__(self, ignore_case: bool) -> None:
        super().__init__()
        self.ignore_case = ignore_case

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = char
        if char.isdecimal() and not char.isascii():
            folded = "0"
        elif self.ignore_case:
            folded = _SPECIAL_FOLDS.get(char) or (char.lower() if len(char.lower()) == 1 else char)
        self[code] = folded
        return folded


# Characters sre's IGNORECASE pairs with an ASCII letter that str.lower() does not give
# (test_patterns checks this against the regex engine for every code point).
_SPECIAL_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD_EXACT = _CaseFold(ignore_case=False)
_FOLD_CASE = _CaseFold(ignore_case=True)


def fold(text: str) -> tuple[str, str]:
    """(text for case-sensitive gates, text for case-insensitive ones), both the length of text."""
    if text.isascii() or not any(map(_folds_apart, set("".join(_NON_ASCII.findall(text))))):
        return text, text.lower()  # str.lower() in C, not a table lookup per character
    return text.translate(_FOLD_EXACT), text.translate(_FOLD_CASE)


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


@lru_cache(maxsize=4096)
def _folds_apart(char: str) -> bool:
    """Whether a character folds otherwise than str.lower() folds a whole text: a decimal digit
    (folded to '0'), one IGNORECASE pairs with an ASCII letter, 'İ' (two characters in lower
    case) and 'Σ' (which str.lower() makes final at a word's end)."""
    return char.isdecimal() or char in _SPECIAL_FOLDS or len(char.lower()) != 1 or char == "\u03a3"


# Blocks: each rule that scans a document asks for the same blocks' folds in turn.
folded = lru_cache(maxsize=256)(fold)


def holds_one_of(needs: Iterable[Gate], text: str) -> bool:
    """Whether the text holds one of the texts, each compared folded or exactly as it says."""
    haystacks = folded(text)
    return any(needle in haystacks[fold_case] for needle, fold_case in needs)


class _BlankNonWord(dict):  # type: ignore[type-arg]
    """A str.translate table: each character that is not a word character (sre's \\w) to a blank."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = char if _is_word_char(char) else " "
        return self[code]  # type: ignore[no-any-return]


_BLANK_NON_WORD = _BlankNonWord()


# Bytes: each ASCII non-word character, and '?' (which encode() puts for any other), to a blank.
_BLANK_ASCII = bytes(code if _is_word_char(chr(code)) and code != ord("?") else ord(" ")
                     for code in range(256))


@lru_cache(maxsize=256)
def _blanked(haystack: str) -> str:
    """A blank, then the haystack with every non-word character blanked: the same length
    plus one, so a text found at i + 1 begins a word at i of the haystack."""
    if haystack.isascii():  # a bytes table costs a step per character, a dict table many
        return " " + haystack.encode("ascii").translate(_BLANK_ASCII).decode("ascii")
    # A page's curly quotes and dashes would send every character through the dict table:
    # the text goes through a bytes table instead (encode() puts '?' for every non-ASCII
    # character, and the table blanks it), and its non-ASCII letters are put back one by one.
    encoded = haystack.encode("ascii", "replace")
    if encoded.count(b"?") * 20 > len(encoded):  # a page in another script: the table is faster
        return " " + haystack.translate(_BLANK_NON_WORD)
    blanked = encoded.translate(_BLANK_ASCII).decode("ascii")
    pieces, done = [" "], 0
    at = encoded.find(b"?")
    while at != -1:
        if _is_word_char(char := haystack[at]):
            pieces += (blanked[done:at], char)
            done = at + 1
        at = encoded.find(b"?", at + 1)
    pieces.append(blanked[done:])
    return "".join(pieces)


def _strong(starts: frozenset[Start] | None) -> frozenset[Start] | None:
    """Starts worth finding first: a lone letter begins too many words to narrow anything."""
    if starts is None or any(len(text) == 1 and text.isalpha() for text, _, _ in starts):
        return None
    return starts


class PatternTimeout(Exception):
    """A budgeted pattern ran out of time: the linted repository's pattern backtracks."""

    def __init__(self, pattern: str, budget: float | None) -> None:
        super().__init__(pattern)
        self.pattern = pattern
        self.budget = budget or UNTRUSTED_BUDGET


class PatternSet:
    """A list of patterns with one prefilter: where none of their start texts occurs (and the
    patterns that may begin anywhere do not match), nothing can match.

    With a `budget` (seconds), the patterns are untrusted (a repository's pack or
    configuration) and run on the `regex` module, whose every match and search stops with
    PatternTimeout when the budget is spent: Python's `re` cannot be interrupted, so `(a|aa)+$`
    would hang the run. The prefilter, read from `re`'s parse tree, is the same."""

    def __init__(self, patterns: Sequence[str], flags: int = 0, budget: float | None = None) -> None:
        self.patterns = tuple(patterns)
        self.flags = flags
        self.budget = budget
        self._regexes: list[Any] = [None] * len(self.patterns)
        starts = [_strong(match_starts(pattern, flags)) for pattern in self.patterns]
        # Patterns without starts worth finding: searched for with one combined regex.
        self.searched = tuple(index for index, found in enumerate(starts) if found is None)
        # A pattern that may begin almost anywhere ('a', 'i' or 'my' before a rarer word) is
        # searched for only in a text holding one of the texts its every match contains.
        required = [required_texts(self.patterns[index], flags) for index in self.searched]
        self.searched_needs: tuple[Gate, ...] | None = (
            None if any(needed is None for needed in required)
            else tuple(frozenset().union(*required)))  # type: ignore[arg-type]
        # One automaton per haystack (exact text, folded text); each start text maps to the
        # patterns it may begin anywhere and those it begins only where a word starts.
        owners: dict[Gate, tuple[list[int], list[int]]] = {}
        for index, found in enumerate(starts):
            for text, fold_case, at_word_start in found or ():
                owners.setdefault((text, fold_case), ([], []))[at_word_start].append(index)
        # Texts that begin patterns only where a word starts (most: a pattern's leading \b) are
        # looked for in the text with every other character blanked and a blank before it, as
        # a blank and the text: a word that merely contains them ('in' in 'within') is never
        # reported, which would cost a Python step per occurrence.
        self.automata: list[tuple[bool, bool, ahocorasick.Automaton]] = []
        for fold_case in (False, True):
            for word_start in (False, True):
                automaton = ahocorasick.Automaton()
                for (text, folds), (anywhere, word_start_only) in owners.items():
                    at_word_start = not anywhere and _is_word_char(text[0])
                    if folds != fold_case or at_word_start != word_start:
                        continue
                    key = " " + text.translate(_BLANK_NON_WORD) if word_start else text
                    value = (len(text), tuple(anywhere), tuple(anywhere + word_start_only),
                             self._after_digit(text, anywhere))
                    previous = automaton.get(key, None)
                    if previous is not None:  # two texts that read the same once blanked
                        value = (len(text), (), tuple(sorted({*previous[2], *value[2]})), ())
                    automaton.add_word(key, value)
                if len(automaton):
                    automaton.make_automaton()
                    self.automata.append((fold_case, word_start, automaton))

    def _after_digit(self, text: str, anywhere: list[int]) -> tuple[int, ...]:
        """Of the patterns a digit begins anywhere, those that may begin right after another
        digit: not those whose look-behind refuses one ('(?<![\\d.])\\d+'), which would
        otherwise be tried at every digit of every number."""
        if not text[0].isdecimal():
            return tuple(anywhere)
        return tuple(index for index in anywhere
                     if not _refuses_digit_before(self.patterns[index], self.flags))

    @cached_property
    def combined(self) -> Any:
        """The searched patterns as one regex, compiled when a text first holds what they need:
        a short article seldom does."""
        combined = _any_of(tuple(self.patterns[index] for index in self.searched), self.flags)
        if self.budget is None or combined is None:
            return combined
        return BudgetedRegex(combined.pattern, combined.flags & ~re.UNICODE, self.budget)

    def regex(self, index: int) -> Any:
        """A pattern compiled when a text first holds one of its starts: most of a pack's
        patterns never do in a short article, and compiling them all would be most of a
        pre-commit run's time."""
        found = self._regexes[index]
        if found is None:
            pattern = self.patterns[index]
            found = self._regexes[index] = compiled(pattern, self.flags) if self.budget is None \
                else BudgetedRegex(pattern, self.flags, self.budget)
        return found

    def might_match(self, text: str) -> bool:
        """False only where no pattern can match the text: none of their start texts occurs
        in it, and the combined search for the others finds nothing."""
        return self._starts_occur(text) or (
            self._may_search(text) and self._search(text, 0) is not None)

    def might_match_within(self, text: str) -> bool:
        """False only where no pattern can match any part of the text, such as one block of a
        document whose blocks are joined in `text`: only the texts a match must begin with or
        contain are looked for, never the patterns themselves, whose anchors and lookarounds
        could read differently in the part than in the whole."""
        return self._starts_occur(text) or self._may_search(text)

    def parts_that_may_match(self, parts: Sequence[str], joined: str, offsets: Sequence[int]) -> list[int]:
        """The indexes of the parts where a pattern may match, in order: `joined` is the parts
        joined by newlines, `offsets` where each begins in it. Where no part is returned, no
        pattern matches (as `might_match_within` says of each part), found with one pass of
        each automaton over the joined text, which resumes at the next part once a part holds a
        start text: a rule then searches the few parts that hold one, not every part."""
        found: set[int] = set()
        haystacks = folded(joined)
        for fold_case, word_start, automaton in self.automata:
            # Blanked, the key of a text at i begins at i (its blank stands for joined[i - 1]).
            haystack = _blanked(haystacks[fold_case]) if word_start else haystacks[fold_case]
            position = 0
            while position < len(joined):
                for end, (length, anywhere, _, _) in automaton.iter(haystack, position):
                    at = end - length + (0 if word_start else 1)
                    # A newline ends each part, so a text at a part's start begins a word in both.
                    if not (word_start or anywhere or not at or not _is_word_char(joined[at - 1])):
                        continue
                    part = bisect_right(offsets, at) - 1
                    found.add(part)
                    position = offsets[part + 1] if part + 1 < len(offsets) else len(joined)
                    break
                else:
                    break
        if self._may_search(joined):
            found.update(index for index, part in enumerate(parts) if self._may_search(part))
        return sorted(found)

    def _starts_occur(self, text: str) -> bool:
        haystacks = folded(text)
        for fold_case, word_start, automaton in self.automata:
            haystack = _blanked(haystacks[fold_case]) if word_start else haystacks[fold_case]
            for _ in automaton.iter(haystack):
                return True
        return False

    def _may_search(self, text: str) -> bool:
        if not self.searched:
            return False
        return self.searched_needs is None or holds_one_of(self.searched_needs, text)

    def find_all(self, text: str) -> list[Hit]:
        """(pattern index, match) in text order; where matches overlap, the longest at the
        first place wins: the same result as trying every pattern at every place in turn,
        keeping the longest match (the first pattern on a tie) and going on after it. Empty
        matches are never reported."""
        return list(self._hits(text))

    def _hits(self, text: str) -> Iterator[Hit]:
        candidates = self._candidates(text)
        searching = self._may_search(text)
        if not candidates and not searching:
            return
        places = sorted(candidates)
        nowhere = len(text) + 1
        position, next_place = 0, 0
        next_searched = -1 if searching else nowhere
        while True:
            while next_place < len(places) and places[next_place] < position:
                next_place += 1
            if next_searched < position:
                searched = self._search(text, position)
                # search clamps a position past the end to the end: an empty match there is no place
                next_searched = searched.start() if searched is not None and searched.start() >= position \
                    else nowhere
            start = min(places[next_place] if next_place < len(places) else nowhere, next_searched)
            if start == nowhere:
                return
            trying = candidates.get(start, [])
            if next_searched == start:
                trying = [*trying, *self.searched]
            best = self._longest(text, start, trying)
            if best is None:  # only empty matches here: step past this place
                position = start + 1
                continue
            yield best
            position = best[1].end()

    def _candidates(self, text: str) -> dict[int, list[int]]:
        """place -> the patterns whose start text occurs there (where they allow it)."""
        candidates: dict[int, list[int]] = {}
        haystacks = folded(text)
        for fold_case, word_start, automaton in self.automata:
            if word_start:  # the key is a blank and the text; the blank stands for text[at - 1]
                for end, (length, _, everywhere, _) in automaton.iter(_blanked(haystacks[fold_case])):
                    candidates.setdefault(end - length, []).extend(everywhere)
                continue
            for end, (length, anywhere, everywhere, after_digit) in automaton.iter(haystacks[fold_case]):
                at = end - length + 1
                if not at or not _is_word_char(before := text[at - 1]):
                    indexes = everywhere
                else:
                    indexes = after_digit if before.isdecimal() else anywhere
                if indexes:
                    candidates.setdefault(at, []).extend(indexes)
        return candidates

    def _search(self, text: str, position: int) -> Any:
        try:
            return self.combined.search(text, position)
        except PatternTimeout:  # name the pattern of the set that backtracks, not the union
            raise PatternTimeout(self._slowest(text, position), self.budget) from None

    def _slowest(self, text: str, position: int) -> str:
        """Which of the searched patterns ran out of time (each tried with the budget)."""
        for index in self.searched:
            try:
                self.regex(index).search(text, position)
            except PatternTimeout:
                return self.patterns[index]
        return self.patterns[self.searched[0]]

    def _longest(self, text: str, start: int, indexes: list[int]) -> Hit | None:
        best: Hit | None = None
        regexes = self._regexes  # most places try one pattern, most of them compiled already
        for index in indexes if len(indexes) == 1 else sorted(set(indexes)):
            match = (regexes[index] or self.regex(index)).match(text, start)
            if match and match.end() > start and (best is None or match.end() > best[1].end()):
                best = (index, match)
        return best


@lru_cache(maxsize=1024)
def _pattern_set(patterns: tuple[str, ...], flags: int, budget: float | None = None) -> PatternSet:
    return PatternSet(patterns, flags, budget)


def pattern_set(patterns: Iterable[str], flags: int = 0, trusted: bool = True) -> PatternSet:
    """The set for these patterns, built once per process and shared by every document.
    Untrusted patterns (a repository's) run with a time budget per match and search."""
    texts = tuple(patterns)
    trusted = trusted and not any(isinstance(text, UntrustedPattern) for text in texts)
    return _pattern_set(tuple(map(str, texts)), flags, None if trusted else UNTRUSTED_BUDGET)


@lru_cache(maxsize=1024)
def budgeted(pattern: str, flags: int = 0) -> Any:
    """A repository's pattern on the `regex` module: pass `timeout=UNTRUSTED_BUDGET` to each
    match and search, and a pattern that backtracks without end raises TimeoutError."""
    import regex  # only for a repository's own patterns: built-in packs stay on re

    try:
        return regex.compile(pattern, flags)
    except regex.error as error:  # callers handle re's error, whichever engine compiles
        raise re.error(str(error)) from None


def single(regex: re.Pattern[str] | BudgetedRegex) -> PatternSet:
    """A set of one compiled regex: for its `might_match`, a cheap test before searching. A
    `lazy_regex` stays uncompiled until a text holds one of its starts."""
    if isinstance(regex, BudgetedRegex):
        return _pattern_set((regex.pattern,), regex.flags, UNTRUSTED_BUDGET)
    if isinstance(regex, _LazyRegex):
        return _pattern_set((regex.pattern,), regex._source[1])
    return _pattern_set((regex.pattern,), regex.flags & _NOT_UNICODE)


# An int: RegexFlag's operators are Python code, and `single` is asked once per block.
_NOT_UNICODE = ~re.UNICODE.value


class BudgetedRegex:
    """A repository's pattern for a kind that searches with it directly: the `re.Pattern`
    methods kinds use, each run with the time budget; running out of it raises PatternTimeout
    (the engine reports it as a finding of the rule, and the run goes on)."""

    def __init__(self, pattern: str, flags: int = 0, budget: float = UNTRUSTED_BUDGET) -> None:
        self.pattern = pattern
        self.flags = flags
        self.budget = budget
        self._regex = budgeted(pattern, flags)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._run(self._regex.search, text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._run(self._regex.match, text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._run(self._regex.fullmatch, text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        return iter(self._run(lambda *args, **kwargs: list(self._regex.finditer(*args, **kwargs)),
                              text, pos, endpos))

    def _run(self, method: Any, text: str, pos: int, endpos: int | None) -> Any:
        try:
            return method(text, pos, len(text) if endpos is None else endpos, timeout=self.budget)
        except TimeoutError:
            raise PatternTimeout(self.pattern, self.budget) from None

