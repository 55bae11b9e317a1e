"""Shared helpers for rule kinds: which blocks to read, patterns compiled once per process."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

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


# A text a match must begin with, whether it compares folded, and whether the match can
# only begin where a word does (a leading \b or (?<!\w)).
Start = tuple[str, bool, bool]
Gate = tuple[str, bool]  # a Start's text and how it compares, searched for once
# How find_all looks for gates: a text or a class of characters, which haystack, and the
# patterns to try where it is found mid-word and where a word starts (for a class, by
# character).
GateSearch = tuple["str | re.Pattern[str]", bool, list[int], "list[int] | dict[str, list[int]]"]


@lru_cache(maxsize=4096)
def match_starts(pattern: str, flags: int = 0) -> frozenset[Start] | None:
    """The texts one of which every match of the pattern begins with.

    A necessary condition read from the pattern's parse tree, as grep-like tools do: a text is
    a literal run, or one character of a small class such as \\d. Case-insensitive texts are
    compared with `folded` text. None when the pattern can begin with anything (or nothing):
    then it is searched for everywhere."""
    parsed = _parse(pattern, flags)
    if parsed is None:
        return None
    items, global_flags = parsed
    found = _starts(items, bool(global_flags & re.IGNORECASE), 0, False)
    if found and global_flags & (re.ASCII | re.LOCALE):
        found = {(text, fold, False) for text, fold, _ in found}  # \b and \w mean other things
    if not found:
        return None
    WORD_START_TEXTS.register(found)
    return frozenset(found)


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
    ((text, fold, word_start),) = head
    return {(text + tail, fold, word_start) for tail, _, _ in tails}


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


@lru_cache(maxsize=4096)
def required_texts(pattern: str, flags: int = 0) -> frozenset[Gate] | None:
    """Texts one of which every match of the pattern contains, wherever it begins: for a
    pattern that may begin with anything ('a', 'i' or 'my' then a rarer word), the cheap test
    that a text cannot hold a match. None when the pattern promises no such text."""
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
        if found and (best is None or _rarity(found) < _rarity(best)):
            best = found
        index += 1
    return best


def _gate(text: str, ignore_case: bool) -> set[Gate] | None:
    """A literal text as a gate: folded when case does not matter (ASCII only: `fold` keeps
    non-ASCII case-insensitive text exact), None when it cannot be compared that way."""
    if text.isascii():
        # A character without case reads the same in both folds: asked in one, not both.
        caseless = len(text) == 1 and text.lower() == text.upper()
        return {(text.lower(), True)} if ignore_case and not caseless else {(text, False)}
    return None if ignore_case or any(char.isdecimal() for char in text) else {(text, False)}


def _gates(texts: Iterable[str], ignore_case: bool) -> set[Gate] | None:
    """Each text as a gate (the characters of a class, say); None if one cannot be."""
    found: set[Gate] = set()
    for text in texts:
        gate = _gate(text, ignore_case)
        if gate is None:
            return None
        found |= gate
    return found


def _rarity(gates: set[Gate]) -> float:
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
# (test_scan checks this against the regex engine for every code point).
_SPECIAL_FOLDS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_FOLD_EXACT = _CaseFold(ignore_case=False)
_FOLD_CASE = _CaseFold(ignore_case=True)


def fold(text: str) -> tuple[str, str]:
    """(text for case-sensitive gates, text for case-insensitive ones), both the length of text."""
    if text.isascii():
        return text, text.lower()
    return text.translate(_FOLD_EXACT), text.translate(_FOLD_CASE)


# Blocks: each rule that scans a document asks for the same blocks' folds in turn.
folded = lru_cache(maxsize=256)(fold)


def _strong(starts: frozenset[Start] | None) -> frozenset[Start] | None:
    """Starts worth finding first: a lone letter begins too many words to narrow anything."""
    if starts is None or any(len(text) == 1 and text.isalpha() for text, _, _ in starts):
        return None
    return starts


Gated = list[tuple[re.Pattern[str], Callable[[str], bool]]]  # patterns with their block gates


def gated(patterns: Iterable[re.Pattern[str]], doc: Document) -> Gated:
    """The patterns that may match somewhere in the document, each with its block gate:
    a rule that tries several patterns on every block drops most of them once per document."""
    gates = document_gates(doc)
    return [(pattern, gate) for pattern in patterns if (gate := gates.block_gate(pattern)) is not _never]


def block_gate(pattern: re.Pattern[str], doc: Document) -> Callable[[str], bool]:
    """A test that is False only where the pattern cannot match a text of the document's
    blocks: none of the texts a match must begin with (or must contain, where those are
    rarer) occur there. Only the texts found in the document (looked for once per
    document) are looked for in the text."""
    return document_gates(doc).block_gate(pattern)


def _always(text: str) -> bool:
    return True


def _never(text: str) -> bool:
    return False


def _occurs(gates: Iterable[Gate], haystacks: tuple[str, str]) -> bool:
    return any(text in haystacks[fold_case] for text, fold_case in gates)


class WordStartTexts:
    """Gate texts that matter only where a word starts, to be found in one pass per document.

    An absent text costs a scan of the whole document with `in`, and a document has about two
    hundred of them. Instead, one regex over the folded text finds, at every word start, the
    longest registered text beginning there (a trie-shaped alternation inside a lookahead, so
    texts that overlap are all seen); texts that are prefixes of a found one are present too.
    Only case-insensitive texts are registered: case-sensitive ones are a handful
    ('HER2/neu'), not worth a pass of their own. Single letters are left to `in`: one begins
    nearly every word, so the pass would report most word starts (two-letter texts such as
    'in' or 'my' are worth it, measured). Compiling the regex takes longer than a few
    documents' worth of `in`, so a run starts using it only once it has read AFTER_DOCUMENTS
    documents: a pre-commit run of a few files never pays for it. The answers are the same
    either way."""

    MIN_LENGTH = 2
    AFTER_DOCUMENTS = 32

    def __init__(self) -> None:
        self.texts: set[str] = set()
        self._finder: tuple[re.Pattern[str], frozenset[str]] | None = None
        self.documents = 0

    @property
    def worth_it(self) -> bool:
        return self.documents > self.AFTER_DOCUMENTS

    def register(self, starts: Iterable[Start]) -> None:
        for start in starts:
            if _word_start_pass_covers(start) and start[0] not in self.texts:
                self.texts.add(start[0])
                self._finder = None

    def finder(self) -> tuple[re.Pattern[str], frozenset[str]]:
        """The regex over folded text, and the texts it covers."""
        if self._finder is None:
            covered = frozenset(self.texts)
            self._finder = (re.compile(rf"\b(?=({_trie(covered)}))"), covered)
        return self._finder

    @staticmethod
    @lru_cache(maxsize=4096)
    def prefixes(text: str, covered: frozenset[str]) -> tuple[str, ...]:
        """The covered texts that begin `text`: where it occurs, they do too."""
        return tuple(other for other in covered if text.startswith(other))


WORD_START_TEXTS = WordStartTexts()


def _trie(texts: Iterable[str]) -> str:
    """An alternation of texts with shared prefixes factored out: at each character the
    engine follows one branch instead of trying every text. Greedy, so the longest wins."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for text in texts:
        node = trie
        for char in text:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_body(trie) or "(?!)"


def _trie_body(node: dict) -> str:  # type: ignore[type-arg]
    branches = [re.escape(char) + _trie_body(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a text ends here: what follows is optional
        return f"(?:{body})?" if len(branches) == 1 else body + "?"
    return body


class DocumentGates:
    """Which gate texts occur in one document's source, each looked for once, whichever rule
    asks. The source holds every block's text, so what is absent there is absent from all."""

    def __init__(self, source: str) -> None:
        self.haystacks = fold(source)
        WORD_START_TEXTS.documents += 1
        self.word_start_pass = WORD_START_TEXTS.worth_it
        self.present: dict[Gate, bool] = {}
        self._block_gates: dict[tuple[str, int], Callable[[str], bool]] = {}
        self._word_starts: tuple[set[str], frozenset[str]] | None = None

    def occurs(self, gate: Gate) -> bool:
        """Whether the text occurs anywhere in the document."""
        found = self.present.get(gate)
        if found is None:
            found = self.present[gate] = gate[0] in self.haystacks[gate[1]]
        return found

    def _found_at_word_starts(self) -> set[str]:
        """The registered texts found at a word start (again if more were registered since)."""
        if self._word_starts is None or len(self._word_starts[1]) != len(WORD_START_TEXTS.texts):
            finder, covered = WORD_START_TEXTS.finder()
            found: set[str] = set()
            for text in set(finder.findall(self.haystacks[True])):
                found.update(WORD_START_TEXTS.prefixes(text, covered))
            self._word_starts = (found, covered)
        return self._word_starts[0]

    def present_starts(self, starts: StartGroup) -> set[Start]:
        """The starts of a group that occur where they allow. Those the word-start pass
        covers are read from its findings with one set intersection; the others (and all of
        them before the pass is worth running) are looked for anywhere, which can only say
        yes more often than a match could begin there."""
        if self.word_start_pass:
            found = self._found_at_word_starts()
            present = set(map(starts.word_start.__getitem__, found.intersection(starts.word_start)))
            others = starts.others
        else:
            present, others = set(), starts.everything
        present.update(filter(self._anywhere, others))
        return present

    def _anywhere(self, start: Start) -> bool:
        return self.occurs(start[:2])  # type: ignore[arg-type]

    def block_gate(self, pattern: re.Pattern[str]) -> Callable[[str], bool]:
        key = (pattern.pattern, pattern.flags)
        gate = self._block_gates.get(key)
        if gate is None:
            gate = self._block_gates[key] = self._new_block_gate(*key)
        return gate

    def _new_block_gate(self, pattern: str, flags: int) -> Callable[[str], bool]:
        """Of the texts a match must begin with and the texts it must contain, those that
        occur in the document: none, and the pattern cannot match; else a block is tested
        for the rarer kind ('interview' or 'told' rather than 'in' for an interview)."""
        starts = match_starts(pattern, flags)
        needed: set[Gate] | None = None
        if starts is not None:
            needed = {(text, fold_case) for text, fold_case, _ in self.present_starts(start_group(starts))}
            if not needed:
                return _never
        required = _required_beyond_starts(pattern, flags)
        if required is not None:
            contained = set(filter(self.occurs, required))
            if not contained:
                return _never
            if needed is None or _rarity(contained) < _rarity(needed):
                needed = contained
        if needed is None:
            return _always
        texts = tuple(needed)
        return lambda text: _occurs(texts, folded(text))


@lru_cache(maxsize=4096)
def _required_beyond_starts(pattern: str, flags: int) -> frozenset[Gate] | None:
    """The pattern's required texts, unless they are just its start texts (a list of terms):
    then every one present where a match may begin is present anywhere, and asking again
    could change nothing."""
    required = required_texts(pattern, flags)
    starts = match_starts(pattern, flags)
    if required is None or starts is None:
        return required
    return None if required == {(text, fold_case) for text, fold_case, _ in starts} else required


class StartGroup(NamedTuple):
    """Starts to look for together: those the word-start pass covers, by text, and the rest."""

    everything: tuple[Start, ...]
    word_start: dict[str, Start]
    others: tuple[Start, ...]


@lru_cache(maxsize=4096)
def start_group(starts: frozenset[Start]) -> StartGroup:
    word_start = {start[0]: start for start in starts if _word_start_pass_covers(start)}
    others = tuple(start for start in starts if not _word_start_pass_covers(start))
    return StartGroup(tuple(starts), word_start, others)


def _word_start_pass_covers(start: Start) -> bool:
    """The starts `WordStartTexts.register` takes (every start is registered when made)."""
    text, fold_case, word_start = start
    return word_start and fold_case and len(text) >= WordStartTexts.MIN_LENGTH


def document_gates(doc: Document) -> DocumentGates:
    gates = doc.derived.get("gates")
    if gates is None:
        gates = doc.derived["gates"] = DocumentGates(doc.source)
    return gates  # type: ignore[no-any-return]


class PatternSet:
    """A rule's patterns, compiled once, searched together.

    Most patterns must begin with one of a few texts (`match_starts`). `for_document` keeps
    the texts that occur anywhere in the document's source (a superset of its prose, so
    nothing that could match is lost) and drops the patterns left with none. `find_all` then
    finds, in each block, where those texts occur (str.find scans far faster than the regex
    engine can try a pattern at every position) and tries each pattern only there; the
    patterns with no such texts are found with one combined search.
    """

    def __init__(self, patterns: tuple[str, ...], flags: int = 0, live: tuple[int, ...] | None = None):
        self.patterns = patterns
        self.flags = flags
        self.live = tuple(range(len(patterns))) if live is None else live
        self.compiled = {index: compiled(patterns[index], flags) for index in self.live}
        gates = {index: _strong(match_starts(patterns[index], flags)) for index in self.live}
        self.searched = tuple(index for index in self.live if gates[index] is None)
        self.combined = any_of(tuple(patterns[index] for index in self.searched), flags)
        # One of these must be in a text for a searched pattern to match there (None: no test).
        required = [required_texts(patterns[index], flags) for index in self.searched]
        self.searched_needs: frozenset[Gate] | None = (
            None if any(needed is None for needed in required)
            else frozenset().union(*required))  # type: ignore[arg-type]
        # (gate text, folded) -> the patterns it may begin: anywhere, and only at a word start
        self.owners: dict[Gate, tuple[list[int], list[int]]] = {}
        for index in self.live:
            for text, fold_case, at_word_start in gates[index] or ():
                self.owners.setdefault((text, fold_case), ([], []))[at_word_start].append(index)
        self.whole_plan = self.plan(self.owners)  # for a text with no document around it
        # Each live pattern with its starts, one of which must occur for it to match.
        self.needs = tuple((index, match_starts(patterns[index], flags)) for index in self.live)
        self.starts = start_group(frozenset().union(*(needed for _, needed in self.needs if needed)))
        # Each gate with the start that decides it: anywhere if one of its patterns may begin
        # anywhere, else at a word start.
        self.gate_starts = tuple((gate, (gate[0], gate[1], not owners[0]))
                                 for gate, owners in self.owners.items())

    def for_document(self, doc: Document) -> DocumentPatterns:
        present = document_gates(doc).present_starts(self.starts)
        live = tuple(index for index, needed in self.needs
                     if needed is None or not needed.isdisjoint(present))
        narrowed = self if live == self.live else _narrowed(self.patterns, self.flags, live)
        gates = [gate for gate, start in narrowed.gate_starts if start in present]
        return DocumentPatterns(narrowed, narrowed.plan(gates))

    def find_all(self, text: str, plan: list[GateSearch] | None = None) -> list[tuple[int, re.Match[str]]]:
        """(pattern index, match) in text order; where matches overlap, the longest at the
        first place wins: the same result as trying every pattern at every place in turn,
        keeping the longest match and going on after it. `plan` limits the gate texts looked
        for to those known to occur (see `plan`)."""
        candidates = self._gated_candidates(text, self.whole_plan if plan is None else plan)
        searching = self.combined is not None and self._may_search(text)
        if not candidates and not searching:
            return []  # most blocks: nothing to try
        places = sorted(candidates)
        nowhere = len(text) + 1
        found: list[tuple[int, re.Match[str]]] = []
        position, next_place = 0, 0
        next_searched = -1 if searching else nowhere
        while True:
            while next_place < len(places) and places[next_place] < position:
                next_place += 1
            if next_searched < position:
                searched = self.combined.search(text, position)  # type: ignore[union-attr]
                next_searched = searched.start() if searched is not None else nowhere
            start = min(places[next_place] if next_place < len(places) else nowhere, next_searched)
            if start == nowhere:
                return found
            trying = candidates.get(start, [])
            if next_searched == start:
                trying = [*trying, *self.searched]
            best = self._longest(text, start, trying)
            if best is None:  # only empty matches here: step past this place
                position = start + 1
                continue
            found.append(best)
            position = best[1].end()

    def _may_search(self, text: str) -> bool:
        return self.searched_needs is None or _occurs(self.searched_needs, folded(text))

    def _gated_candidates(self, text: str, plan: list[GateSearch]) -> dict[int, list[int]]:
        """place -> the gated patterns whose gate text occurs there."""
        candidates: dict[int, list[int]] = {}
        haystacks = folded(text)
        for needle, fold_case, anywhere, everywhere in plan:
            haystack = haystacks[fold_case]
            if needle.__class__ is str:
                at = haystack.find(needle)  # type: ignore[arg-type]
                while at >= 0:
                    indexes = anywhere if at and _is_word_char(text[at - 1]) else everywhere
                    if indexes:
                        candidates.setdefault(at, []).extend(indexes)
                    at = haystack.find(needle, at + 1)  # type: ignore[arg-type]
            else:  # one of a class of characters, only where a word starts
                for match in needle.finditer(haystack):  # type: ignore[union-attr]
                    candidates.setdefault(match.start(), []).extend(everywhere[match.group()])  # type: ignore[call-overload]
        return candidates

    def plan(self, gates: Iterable[Gate]) -> list[GateSearch]:
        """How to look for the gates in a block: str.find for each text, but one regex for
        the single characters that begin patterns only where a word starts (the digits of
        number patterns): it skips the digits inside numbers in C. Made once per document,
        for the gates present in it."""
        plan: list[GateSearch] = []
        classes: dict[bool, dict[str, list[int]]] = {}
        for gate in gates:
            char, fold_case = gate
            anywhere, at_word_start = self.owners[gate]
            if len(char) == 1 and not anywhere:
                classes.setdefault(fold_case, {}).setdefault(char, []).extend(at_word_start)
            else:
                plan.append((char, fold_case, anywhere, anywhere + at_word_start))
        for fold_case, owners in classes.items():
            members = "".join(re.escape(char) for char in sorted(owners))
            plan.append((compiled(rf"(?<!\w)[{members}]"), fold_case, [], owners))  # type: ignore[arg-type]
        return plan

    def _longest(self, text: str, start: int, indexes: list[int]) -> tuple[int, re.Match[str]] | None:
        best: tuple[int, re.Match[str]] | None = None
        for index in sorted(set(indexes)):
            match = self.compiled[index].match(text, start)
            if match and match.end() > start and (best is None or match.end() > best[1].end()):
                best = (index, match)
        return best


class DocumentPatterns(NamedTuple):
    """A PatternSet narrowed to one document: its live patterns, and how to look for the gate
    texts present."""

    patterns: PatternSet
    plan: list[GateSearch]

    def find_all(self, text: str) -> list[tuple[int, re.Match[str]]]:
        if not self.plan and self.patterns.combined is None:
            return []  # no pattern can match anywhere in the document
        return self.patterns.find_all(text, self.plan)


@lru_cache(maxsize=1024)
def pattern_set(patterns: tuple[str, ...], flags: int = 0) -> PatternSet:
    return PatternSet(patterns, flags)


@lru_cache(maxsize=4096)
def _narrowed(patterns: tuple[str, ...], flags: int, live: tuple[int, ...]) -> PatternSet:
    return PatternSet(patterns, flags, live)
