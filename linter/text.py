"""Sentences and words in prose, with offsets, for the rules that read language."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = {
    "dr", "drs", "mr", "mrs", "ms", "prof", "st", "vs", "etc", "e.g", "i.e", "al", "fig", "no",
    "approx", "ca", "cf", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "u.s", "u.k", "inc", "ltd", "co", "vol", "pp", "ed", "eds", "ph.d", "m.d",
    "min", "max", "mg", "ml", "dept", "univ", "jr", "sr",
}
SENTENCE_END = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s+|$)")
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)*")
INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]?")
LETTER_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence; a line break after a list-like line also ends one."""
    start = 0
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        if text[match.start()] == "." and _is_abbreviation(_word_before(text, start, match.start())):
            continue
        following = text[end : end + 3].lstrip()
        if following and following[0].islower():
            continue
        yield from _trimmed(text, start, end)
        start = end
    yield from _trimmed(text, start, len(text))


def _word_before(text: str, start: int, stop: int) -> str:
    # Only the word before the stop matters: a bounded look back keeps this linear.
    words = text[max(start, stop - 40) : stop].rsplit(None, 1)
    return words[-1].lower() if words else ""


def _is_abbreviation(word: str) -> bool:
    word = word.strip("(\"'“‘[")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(
        INITIALS.fullmatch(word)
    )


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and any(c.isalnum() for c in text[start:end]):
        yield start, end


def words(text: str) -> list[str]:
    return LETTER_WORD.findall(text)
