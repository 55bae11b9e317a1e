"""What counts as a citation, for the CIT rules.

A Markdown link, a footnote reference, a bracketed number ([1], [1,3], [2-4]), a superscript
number (also `<sup><a href=…>3,4</a></sup>`), an author-year cite ("(Smith et al., 2019)",
"(registry data, Paret et al. 1997)", "Smith et al. (2019)"), a journal short cite
("Lancet Oncol 2012;13:25", "J Clin Oncol. 2023;41(22):3867"), a DOI, a PMID or an NCT number.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from linter.document import Block, Document
from linter.kinds._scan import Gated, gated

# Not a reference-style link's label ("[Figure 1][12]") nor a placeholder ("[1] <>").
BRACKET_NUMBERS = re.compile(r"(?:(?<=\[\d\])|(?<=\[\d\d\])|(?<=\[\d\d\d\])|(?<!\]))"
                             r"\[(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\](?![(:])(?!\[[^\]\d])(?!\s{0,2}<(?:>|\s))")
SUPERSCRIPT = re.compile(r"<sup>(?:\s*<a\b[^<>]{0,400}>)?\s*\[?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]?\s*"
                         r"(?:</a>\s*)?</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
AUTHOR_YEAR = re.compile(
    r"\((?:[^()]{0,80}?[;,]\s*)?[A-Z][\w'’-]+(?:\s+(?:et\s+al\.?|and|&)\s*(?:[A-Z][\w'’-]+)?)?,?\s+"
    r"(?:19|20)\d{2}[a-z]?(?:;[^()]*)?\)"
    r"|\b[A-Z][\w'’-]+\s+et\s+al\.?,?\s*\(?(?:19|20)\d{2}[a-z]?\b"
)
# year;volume(issue):page, the short form of a journal citation.
JOURNAL_CITE = re.compile(r"\b(?:19|20)\d{2}\s*(?:[A-Z][a-z]{2}\s*(?:\d{1,2}\s*)?)?;\s*\d{1,4}"
                          r"(?:\s*\([\w\s-]{1,12}\))?\s*:\s*[eES]?\d{1,6}")
IDENTIFIER = re.compile(r"\b(?:doi:\s*|https?://doi\.org/)?10\.\d{4,9}/\S+|\bPMID:?\s*\d{5,9}\b"
                        r"|\bNCT\d{8}\b", re.IGNORECASE)
# "Roe 2001", "Roe et al. 2005": a study named in a table's header cell.
HEADER_CITE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+et\s+al\.?)?,?\s+\(?(?:19|20)\d{2}[a-z]?\b")
UNDEFINED_FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")
NON_SOURCE_SCHEMES = ("mailto:", "tel:", "#")


def expand_numbers(group: str) -> list[int]:
    """'1, 3-5' -> [1, 3, 4, 5] (ranges capped, so '[1-999]' cannot blow up)."""
    numbers: list[int] = []
    for part in re.split(r"\s*,\s*", group):
        bounds = re.split(r"\s*[–-]\s*", part)
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            low, high = int(bounds[0]), int(bounds[1])
            numbers.extend(range(low, min(high, low + 50) + 1))
        elif part.isdigit():
            numbers.append(int(part))
    return numbers


# Images, and an Obsidian note's links to its other notes, are not sources.
NOT_SOURCE_KINDS = ("image", "wikilink", "embed")


def cited(block: Block, doc: Document) -> CitedBlock:
    """The block's citation marks, found once for every CIT rule."""
    found = block.__dict__.get("_cited")
    if found is None:
        found = block.__dict__["_cited"] = CitedBlock(block, doc)
    return found  # type: ignore[no-any-return]


@dataclass
class CitedBlock:
    """A block's sentences and which of them carry a citation."""

    block: Block
    doc: Document  # whose gate texts rule out most citation patterns at once

    @property
    def sentence_spans(self) -> list[tuple[int, int]]:
        return self.block.sentences

    @cached_property
    def marks(self) -> list[tuple[int, int]]:
        """Offsets of every citation mark in the block."""
        block = self.block
        found = [(link.start, link.end) for link in block.links
                 if not link.url.startswith(NON_SOURCE_SCHEMES)
                 and link.kind not in NOT_SOURCE_KINDS]
        found += [(ref.start, ref.end) for ref in block.footnote_refs]
        if block.table_header:
            found += [m.span() for m in HEADER_CITE.finditer(block.text)]
        for pattern, may_match in _mark_patterns(self.doc):
            if may_match(block.raw):
                found += [m.span() for m in pattern.finditer(block.raw)]
        return found

    @cached_property
    def _starts(self) -> list[int]:
        return [start for start, _ in self.sentence_spans]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self._starts, offset) - 1
        if index >= 0:
            start, end = self.sentence_spans[index]
            if offset < end:
                return start, end
        return 0, len(self.block.text)

    def is_cited(self, start: int, end: int) -> bool:
        # A mark right after the sentence's full stop ("... 25%.[^1]") belongs to it.
        end = end + _trailing_mark_room(self.block.raw, end)
        return any(start <= m_start < end for m_start, _ in self.marks)

    def claim_is_sourced(self, offset: int) -> bool:
        """Sourced if its sentence carries a citation, or the paragraph it ends in does."""
        start, end = self.sentence_of(offset)
        if self.is_cited(start, end):
            return True
        if self.sentence_spans:
            last_start, last_end = self.sentence_spans[-1]
            return self.is_cited(last_start, last_end)
        return False


def _mark_patterns(doc: Document) -> Gated:
    """The citation patterns that may match in the document, found once for all its blocks."""
    found = doc.derived.get("citation_patterns")
    if found is None:
        found = doc.derived["citation_patterns"] = gated(
            (BRACKET_NUMBERS, SUPERSCRIPT, AUTHOR_YEAR, JOURNAL_CITE, IDENTIFIER), doc)
    return found  # type: ignore[no-any-return]


TRAILING_MARK = re.compile(r"\s{0,3}(?:\[\^[^\]]+\]|\[\d[\d,\s–-]*\]|<sup>.*?</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
                           r"|\((?=[^()]{0,120}\b(?:19|20)\d{2}[a-z]?\b)[^()]{1,160}\))")


def _trailing_mark_room(raw: str, end: int) -> int:
    """A citation just after the full stop ("… 25%. (Roe et al., 2019)") belongs to the sentence."""
    match = TRAILING_MARK.match(raw, end)
    return match.end() - end if match else 0


def has_any_citation(doc: Document) -> bool:
    """An inline citation anywhere in the article's own prose."""
    return any(cited(block, doc).marks for block in doc.prose_blocks)
