"""Sentences and words in prose, with offsets, for the rules that read language."""

from __future__ import annotations

import re
from itertools import pairwise

from linter.patterns import lazy_regex

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = {
    "dr", "drs", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "al", "fig", "no",
    "approx", "ca", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "u.s", "u.k", "inc", "ltd", "co", "vol", "pp", "ed", "eds", "ph.d", "m.d",
    "min", "max", "mg", "ml", "dept", "univ", "jr", "sr",
}
# A run of stops (and closing quotes) before white space or the end. It begins with its
# character class so the regex engine skips from stop to stop; the lookbehind after the
# first stop refuses to begin inside a run (linear on any run of dots).
SENTENCE_END = re.compile(r"[.!?](?<![.!?]{2})[.!?]*+[\"'”’)\]]*+(?=\s|$)")
# A line that defines an abbreviation (PHP Markdown Extra, pymdownx.abbr): "*[HER2]: ...".
ABBREVIATION_ENTRY = re.compile(r"\n(?=[ \t]*\*\[[^\]\n]{1,60}\]:)")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?")
ALPHANUMERIC = re.compile(r"[^\W_]")  # what str.isalnum() accepts
# A letter that names a thing ("vitamin D.", "hepatitis C.") is no initial: its stop ends a sentence.
LETTER_NAME = lazy_regex(r"(?i:\b(?:vitamin|hepatitis|type|group|class|factor|plan|part|schedule"
                         r"|appendix|influenza|strep|protein|kinase|complex))\s+[A-Z]$")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence. An abbreviation's definition ("*[ADC]: antibody-drug
    conjugate", one a line) is one too: the lines have no full stops."""
    if "*[" not in text:
        return _sentences(text, 0, len(text))
    bounds = [0, *(entry.start() + 1 for entry in ABBREVIATION_ENTRY.finditer(text)), len(text)]
    return [span for start, stop in pairwise(bounds) for span in _sentences(text, start, stop)]


def _sentences(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """The sentences of text[start:stop], with offsets in text."""
    found: list[tuple[int, int]] = []
    for match in SENTENCE_END.finditer(text, start, stop):
        end = match.end()
        if text[match.start()] == "." and _is_abbreviation(_word_before(text, start, match.start())) \
                and not LETTER_NAME.search(text, max(start, match.start() - 30), match.start()):
            continue
        following = text[end : min(end + 3, stop)].lstrip()
        if following and following[0].islower():
            continue
        _add_trimmed(found, text, start, end)
        start = end
    _add_trimmed(found, text, start, stop)
    return found


def _word_before(text: str, start: int, stop: int) -> str:
    # Only the word before the stop matters: a bounded look back keeps this linear.
    words = text[max(start, stop - 40) : stop].rsplit(None, 1)
    return words[-1].lower() if words else ""


def _is_abbreviation(word: str) -> bool:
    word = word.strip("(\"'“‘[")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(
        INITIALS.fullmatch(word)
    )


def _add_trimmed(found: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """The span less its surrounding white space, if it holds a letter or digit."""
    piece = text[start:end]
    stripped = piece.strip()
    if stripped and ALPHANUMERIC.search(stripped):
        start += len(piece) - len(piece.lstrip())
        found.append((start, start + len(stripped)))
