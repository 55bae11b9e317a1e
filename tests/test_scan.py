"""The pattern scanner finds exactly what trying every pattern at every place would find."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.kinds._scan import PatternSet, WordStartTexts, folded, match_starts, required_texts
from linter.rules import all_rules

PATTERN_LISTS = {
    f"{rule.code} {key}": (tuple(str(p) for p in patterns), re.IGNORECASE if rule.options.get(
        "ignore_case") else 0)
    for rule in all_rules().values()
    for key in ("patterns", "swap")
    if (patterns := rule.options.get(key))
}



def _gated_patterns() -> dict[str, tuple[tuple[str, ...], int]]:
    """Every pattern a block gate may test for its required texts: each rule's regex options,
    and the patterns the engine itself gates."""
    from linter import citations, dates
    from linter.kinds import kind_module, reference_dates
    from linter.therapies import finder_for

    found: dict[str, tuple[tuple[str, ...], int]] = {}
    for rule in all_rules().values():
        for key, spec in kind_module(rule.kind).OPTIONS.items():
            value = rule.options.get(key)
            if "regex" in spec.type and value:
                found[f"{rule.code} {key}"] = (tuple(map(str, value)) if isinstance(value, list) else (value,), 0)
    names = finder_for("her2-therapies.yml").regex
    assert names is not None
    for name, pattern in [("citation marks", citations.BRACKET_NUMBERS), ("superscripts", citations.SUPERSCRIPT),
                          ("author-year", citations.AUTHOR_YEAR), ("identifiers", citations.IDENTIFIER),
                          ("bylines", dates.BYLINE), ("accessed", reference_dates.ACCESSED),
                          ("therapy names", names)]:
        found[name] = ((pattern.pattern,), pattern.flags & ~re.UNICODE)
    return found


GATED_PATTERNS = _gated_patterns()

WORDS = st.sampled_from([
    "studies show", "Research has shown", "a recent study found", "according to the", "American",
    "Cancer Society", "NHS", "one in eight", "1 in 8", "20-25%", "6.5 per cent", "12,000 patients",
    "965 women", "hazard ratio of 0.62", "HR 0.7", "p < 0.05", "P=.01", "3-fold", "two times more likely",
    "5-year survival rate", "median survival of 9", "HER 2", "Her2/neu", "her-2", "miracle cure",
    "WhatsApp", "DM me", "I was cured", "stage 2", "version 20%", "often", "someone", "phone", "data",
    "İ", "ı", "ſ", "\u212a", "٣", "–", "’", "é", ".", ",", " ", "  ", "\n", "(", ")", "[1]",
    "told us", "in an interview with", "Smith et al., 2019", "10.1000/xyz", "PMID: 1234567",
    "NCT01234567", "<sup>2</sup>", "¹", "accessed on", "Retrieved", "March 3, 2013", "2013-03-04",
    "posted", "Last reviewed", "trastuzumab", "T-DXd", "Telegram", "call/WhatsApp", "guideline",
])


def reference(patterns: tuple[str, ...], flags: int, text: str) -> list[tuple[int, tuple[int, int]]]:
    """Try every pattern at every place; keep the longest (the first pattern on a tie)."""
    compiled = [re.compile(pattern, flags) for pattern in patterns]
    found, position = [], 0
    while position <= len(text):
        best = None
        for index, pattern in enumerate(compiled):
            match = pattern.match(text, position)
            if match and match.end() > position and (best is None or match.end() > best[1][1]):
                best = (index, match.span())
        if best is None:
            position += 1
            continue
        found.append(best)
        position = best[1][1]
    return found


@pytest.mark.parametrize("name", sorted(PATTERN_LISTS))
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(WORDS | st.text(max_size=6), max_size=30).map("".join))
def test_find_all_matches_trying_every_place(name: str, text: str) -> None:
    patterns, flags = PATTERN_LISTS[name]
    found = [(index, match.span()) for index, match in PatternSet(patterns, flags).find_all(text)]
    assert found == reference(patterns, flags, text)


def test_every_character_ignorecase_pairs_with_a_letter_folds_to_it() -> None:
    everything = "".join(chr(code) for code in range(sys.maxunicode + 1)
                         if not 0xD800 <= code <= 0xDFFF)
    exact, case_folded = folded(everything)
    assert len(exact) == len(case_folded) == len(everything)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        for match in re.finditer(f"(?i){letter}", everything):
            assert case_folded[match.start()] == letter, hex(ord(match.group()))
    for match in re.finditer(r"\d", everything):
        assert exact[match.start()] in "0123456789" and case_folded[match.start()] in "0123456789"


@pytest.mark.parametrize(("pattern", "starts"), [
    (r"(?<![\w.])\d+%", {(digit, False, True) for digit in "0123456789"}),
    (r"(?i)\b(?:hazard|odds)\s+ratio", {("hazard", True, True), ("odds", True, True)}),
    (r"(?i:according\s+to\s+)(?:[A-Z]\w*\s+)+Society", {("according", True, False)}),
    (r"(?:\d+-year\s+)?survival", {(d, False, False) for d in "0123456789"} | {("survival", False, False)}),
    (r"\bHER[- ]2", {("HER-", False, True), ("HER ", False, True)}),
    (r"\b\(\d", {(f"({d}", False, False) for d in "0123456789"}),  # \b before '(': a word ends
    (r"(?i)\b(?:whats\s?app|watsapp)", {("whats", True, True), ("watsapp", True, True)}),
    (r"a(?i:b)", {("a", False, False)}),
    (r"(?a)\bone", {("one", False, False)}),  # an ASCII \b: 'é' before it is no word
    (r"(?i)(?<![\w.])(?:one|two)\s", {("one", True, True), ("two", True, True)}),
    (r"(?i)x?", None),  # may match nothing
    (r"[^a]bc", None),  # begins with almost anything
])
def test_match_starts(pattern: str, starts: set | None) -> None:
    assert match_starts(pattern) == (frozenset(starts) if starts is not None else None)


GATE_TEXTS = st.lists(st.text(alphabet="abcé-. 1", min_size=1, max_size=7).filter(lambda t: t[0].isalnum()),
                      min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(texts=GATE_TEXTS, haystack=st.text(alphabet="abcé-. 1\nXy", max_size=60))
def test_word_start_texts_are_found_as_a_search_at_every_word_start_finds_them(
        texts: list[str], haystack: str) -> None:
    registry = WordStartTexts()
    registry.register((text, True, True) for text in texts)
    finder, covered = registry.finder()
    found = {prefix for text in finder.findall(haystack) for prefix in registry.prefixes(text, covered)}
    for text in covered:
        at_word_starts = any(haystack.startswith(text, at) and not (at and re.match(r"\w", haystack[at - 1]))
                             for at in range(len(haystack)))
        assert (text in found) == at_word_starts, (text, haystack)


@pytest.mark.parametrize("name", sorted(PATTERN_LISTS.keys() | GATED_PATTERNS.keys()))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(WORDS | st.text(max_size=6), max_size=30).map("".join))
def test_every_match_holds_one_of_its_required_texts(name: str, text: str) -> None:
    patterns, flags = PATTERN_LISTS.get(name) or GATED_PATTERNS[name]
    for pattern in patterns:
        required = required_texts(pattern, flags)
        if required is None:
            continue
        for match in re.finditer(pattern, text, flags):
            exact, case_folded = folded(match.group(0))
            assert any(needed in (case_folded if fold_case else exact) for needed, fold_case in required), (
                pattern, match.group(0), required)


@pytest.mark.parametrize(("pattern", "required"), [
    (r"(?i)\bp\s*[<=]\s*0?\.\d+", {("<", False), ("=", False)}),  # no case: read exact
    (r"(?i)\b(?:i|she)\s+was\s+(?:cured|healed)\b", {("cured", True), ("healed", True)}),
    (r"a(?:b|c)?d", {("a", False)}),
    (r"x*", None),
])
def test_required_texts(pattern: str, required: set | None) -> None:
    assert required_texts(pattern) == (frozenset(required) if required is not None else None)


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab Z1٣.,'’-/ \n")), max_size=80),
       limit=st.integers(min_value=0, max_value=12), start=st.integers(0, 10))
def test_long_sentence_shortcut_reads_words_as_findall_does(text: str, limit: int, start: int) -> None:
    from linter.kinds.long_sentence import more_words_than
    from linter.text import WORD

    expected = len(WORD.findall(text, start, len(text))) > limit
    assert (more_words_than(limit).match(text, start, len(text)) is not None) == expected
