"""The pattern layer finds exactly what trying every pattern at every place would find, and its
prefilter never rules out a text a pattern matches: checked against the regex engine itself
for every pattern set and regex the kinds and helpers use."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from linter.kinds import kind_module
from linter.patterns import PatternSet, folded, match_starts, single, term_alternation
from linter.rules import all_rules

ROOT = Path(__file__).resolve().parent.parent

# Patterns a user's pack may hold that the built-in packs do not: non-ASCII text with and
# without case, a pattern that may match nothing, one that begins with almost anything.
ODD_PATTERNS = ("(?i)straße", r"é\d", r"\bHER2", "x*", "[^a]bc", "(?i)k", "İstanbul", r"(?i)\bı",
                r"٣\d", r"(?i)(?<!\w)Ǆ")


def _find_all_sets() -> dict[str, tuple[tuple[str, ...], int]]:
    """Every list of patterns a kind hands to find_all, exactly as the kind builds it."""
    found: dict[str, tuple[tuple[str, ...], int]] = {}
    for rule in all_rules().values():
        options = rule.options
        if rule.kind == "pattern":
            patterns = list(options["patterns"])
            terms = term_alternation(tuple(options["terms"]), options["ignore_case"])
            if terms is not None:
                patterns.append(terms.pattern)
            found[rule.code] = (tuple(patterns), re.IGNORECASE if options["ignore_case"] else 0)
        elif rule.kind == "substitution":
            found[rule.code] = (tuple(map(str, options["swap"])), re.IGNORECASE if options["ignore_case"] else 0)
        elif rule.kind in ("unsourced_claim", "spam_wording"):
            found[rule.code] = (tuple(options["patterns"]), 0)
    found["user patterns"] = (ODD_PATTERNS, 0)
    found["user patterns, ignore case"] = (ODD_PATTERNS, re.IGNORECASE)
    return found


def _prefiltered_sets() -> dict[str, PatternSet]:
    """Every set the kinds and helpers ask might_match: single regexes and whole lists."""
    from linter import citations, dates, spam
    from linter.kinds import reference_dates
    from linter.therapies import finder_for

    found = {f"{code} find_all": PatternSet(patterns, flags)
             for code, (patterns, flags) in FIND_ALL_SETS.items()}
    regexes = {"bylines": dates.BYLINE, "accessed": reference_dates.ACCESSED, "emails": spam.EMAIL}
    regexes.update({f"citation mark {index}": regex
                    for index, (regex, _) in enumerate(citations.MARK_PATTERNS)})
    names = finder_for("her2-therapies.yml").regex
    assert names is not None
    regexes["therapy names"] = names
    for rule in all_rules().values():
        for key, spec in kind_module(rule.kind).OPTIONS.items():
            value = rule.options.get(key)
            if spec.type == "regex" and value:
                regexes[f"{rule.code} {key}"] = re.compile(value)
            elif spec.type == "list[regex]":
                regexes.update({f"{rule.code} {key} {index}": re.compile(pattern)
                                for index, pattern in enumerate(value)})
        if rule.kind == "spam_contacts":
            options = rule.options
            found[f"{rule.code} signals"] = PatternSet(
                (*options["testimonial"], *options["selling"], *options["fraud"]))
    found.update({name: single(regex) for name, regex in regexes.items()})
    for index, pattern in enumerate(ODD_PATTERNS):
        found[f"user pattern {index}"] = single(re.compile(pattern))
    return found


FIND_ALL_SETS = _find_all_sets()
PREFILTERED_SETS = _prefiltered_sets()

WORDS = st.sampled_from([
    "studies show", "Research has shown", "a recent study found", "according to the", "American",
    "Cancer Society", "NHS", "one in eight", "1 in 8", "20-25%", "6.5 per cent", "12,000 patients",
    "965 women", "hazard ratio of 0.62", "HR 0.7", "p < 0.05", "P=.01", "3-fold", "two times more likely",
    "5-year survival rate", "median survival of 9", "HER 2", "Her2/neu", "her-2", "miracle cure",
    "WhatsApp", "DM me", "I was cured", "stage 2", "version 20%", "often", "someone", "phone", "data",
    "İ", "ı", "ſ", "\u212a", "٣", "–", "’", "é", "Ǆ", "ǆ", "STRASSE", "straße", ".", ",", " ", "  ", "\n",
    "(", ")", "[1]", "told us", "in an interview with", "Smith et al., 2019", "10.1000/xyz",
    "PMID: 1234567", "NCT01234567", "<sup>2</sup>", "¹", "accessed on", "Retrieved", "March 3, 2013",
    "2013-03-04", "posted", "Last reviewed", "trastuzumab", "T-DXd", "Telegram", "call/WhatsApp",
    "guideline", "NCCN Guidelines Version 3.2013", "— Dr. Ada Smith", "name@gmail.com", "xbc", "é7",
    "≤", "≥ 10%", "below 5%", "→",
])
TEXTS = st.lists(WORDS | st.text(max_size=6), max_size=30).map("".join)


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


@pytest.mark.parametrize("name", sorted(FIND_ALL_SETS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_find_all_matches_trying_every_place(name: str, text: str) -> None:
    patterns, flags = FIND_ALL_SETS[name]
    found = [(index, match.span()) for index, match in PatternSet(patterns, flags).find_all(text)]
    assert found == reference(patterns, flags, text)


@pytest.mark.parametrize("name", sorted(PREFILTERED_SETS))
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_might_match_is_true_wherever_a_pattern_matches(name: str, text: str) -> None:
    patterns = PREFILTERED_SETS[name]
    if any(patterns.regex(index).search(text) for index in range(len(patterns.patterns))):
        assert patterns.might_match(text)


@pytest.mark.parametrize("name", sorted(FIND_ALL_SETS))
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(TEXTS, min_size=1, max_size=6))
def test_parts_that_may_match_hold_every_part_with_a_match(name: str, parts: list[str]) -> None:
    """A document's blocks, joined by newlines, chosen in one pass: every block where find_all
    finds something is among them."""
    patterns = PatternSet(*FIND_ALL_SETS[name])
    offsets = [sum(len(part) + 1 for part in parts[:index]) for index in range(len(parts))]
    chosen = patterns.parts_that_may_match(parts, "\n".join(parts), offsets)
    assert chosen == sorted(set(chosen))
    assert {index for index, part in enumerate(parts) if patterns.find_all(part)} <= set(chosen)


def test_might_match_rules_out_texts_without_a_start() -> None:
    therapies = PatternSet([r"(?i)\btrastuzumab\b", r"\bT-DXd\b"])
    assert not therapies.might_match("Ask your care team about side effects.")
    assert therapies.might_match("TRASTUZUMAB")
    assert not therapies.might_match("t-dxd")  # case-sensitive start


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


def test_a_character_without_case_matches_only_itself_ignoring_case() -> None:
    """What lets a non-ASCII start text without case ('≤') be compared exactly under (?i): sre
    compiles such a character as an exact literal, and in a class it compares a character's
    lower case, which is never a character without case but the character itself."""
    import _sre

    from linter.patterns import _without_case

    caseless = [code for code in range(sys.maxunicode + 1) if _without_case(chr(code))]
    assert ord("≤") in caseless and ord("→") in caseless and ord("é") not in caseless
    assert not any(_sre.unicode_iscased(code) for code in caseless)
    caseless_set = set(caseless)
    assert all(_sre.unicode_tolower(code) == code for code in range(sys.maxunicode + 1)
               if _sre.unicode_tolower(code) in caseless_set)


def test_text_folds_the_same_with_lower_as_with_the_tables() -> None:
    """Text with no character that folds apart takes str.lower(): the same folds, character for
    character, as the tables give (here every code point, a word of each among ASCII words)."""
    from linter.patterns import _FOLD_CASE, _FOLD_EXACT, _folds_apart, fold

    codes = [code for code in range(128, sys.maxunicode + 1)
             if not 0xD800 <= code <= 0xDFFF and not _folds_apart(chr(code))]
    for start in range(0, len(codes), 2000):
        text = " ".join(f"A{chr(code)}b {chr(code)}" for code in codes[start : start + 2000])
        assert fold(text) == (text.translate(_FOLD_EXACT), text.translate(_FOLD_CASE)), start
    assert fold("ΟΔΟΣ and more")[1] == "οδοσ and more"  # a capital sigma stays σ, as sre reads it


def test_text_blanks_the_same_through_bytes_as_through_the_table() -> None:
    """Non-word characters blank alike whichever way a text takes: every code point, in English
    text (bytes table, letters put back) and among its own kind (the table)."""
    from linter.patterns import _BLANK_NON_WORD, _blanked

    codes = [code for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF]
    for start in range(0, len(codes), 200):
        chars = [chr(code) for code in codes[start : start + 200]]
        for text in ("".join(f"and {c}? -{c}x then more of it" for c in chars), "".join(chars)):
            assert _blanked(text) == " " + text.translate(_BLANK_NON_WORD), start


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


def test_findings_of_a_file_do_not_depend_on_what_the_process_linted_before(tmp_path: Path) -> None:
    """No state kept between documents decides a result: one article gives the same findings
    linted alone as after 100 others in the same process."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from generate import generate
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    others = generate(tmp_path / "others", 100, seed=3)
    article = tmp_path / "zz-last" / "article.md"
    article.parent.mkdir()
    article.write_text((ROOT / "examples" / "comment-spam.md").read_text(encoding="utf-8")
                       + (ROOT / "examples" / "broken-citations.md").read_text(encoding="utf-8"),
                       encoding="utf-8")

    def findings_for_article(*paths: Path) -> list[str]:
        command = [sys.executable, "-m", "linter", "check", "--offline", "--jobs", "1", "--quiet",
                   "--today", "2026-11-21", "--format", "text", *map(str, paths)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert result.returncode == 1, result.stderr
        return [line for line in result.stdout.splitlines() if line.startswith(str(article))]

    alone = findings_for_article(article)
    assert len(alone) > 10
    assert findings_for_article(*sorted(others)[:100], article) == alone


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("ab Z1٣.,'’-/ \n")), max_size=80),
       limit=st.integers(min_value=0, max_value=12), start=st.integers(0, 10))
def test_long_sentence_shortcut_reads_words_as_findall_does(text: str, limit: int, start: int) -> None:
    from linter.kinds.long_sentence import more_words_than
    from linter.text import WORD

    expected = len(WORD.findall(text, start, len(text))) > limit
    assert (more_words_than(limit).match(text, start, len(text)) is not None) == expected


def test_a_caseless_start_before_case_insensitive_words_compares_folded() -> None:
    """'(' then 'sources?' or 'adapted' under (?i): '(Source: x' may match."""
    note = single(re.compile(r"(?i)\((?:sources?\s*:|adapted)"))
    assert note.might_match("(Source: NHS")
    assert note.might_match("(ADAPTED from")
    assert not note.might_match("(see below)")
