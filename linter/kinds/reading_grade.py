"""reading_grade: patient text written above the grade it is meant for.

Scores prose only: paragraphs and list items (each item a sentence, and so each line of a
block that reads as a list: a line without a full stop before a capitalised one; a block
ending in a colon ends its sentence, as the lead-in to a list does). A piece of one or two
words ("tea", "heat packs") is a label, not a sentence: textstat would add its words to the
next sentence's, so it is not scored, though it counts towards `min_words`. Headings, code,
tables, component markup, reference lists, link URLs and front matter are left out, and the
full stops of abbreviations ("e.g.", "Dr.", "et al.") end no sentence. `scope: article` gives
one finding for the whole article; `scope: section` one for each section much harder than the target
(`margin` grades above it), at the section's first prose line. Texts shorter than
`min_words` words or `min_sentences` sentences are not scored: no formula means anything there.
A grade under `warning_margin` grades above the target is reported at info, not the rule's
severity: a formula's grade is an estimate with an error of about a grade (the formulas
disagree by two to five grades on one text), so a fraction of a grade over says little.
The article's audience (front matter `audience:`, else the configuration's `audiences:` for its
path) can raise the target or switch it off. A site page that is no article (`not_articles`
names, a home or list layout, an index of pages: linter.page_kind) is not scored, nor is a
page with nothing to review (a stub, a directory of links, whose labels are no prose).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from linter.document import Block, Document
from linter.findings import Finding, Severity, finding_at
from linter.health_topic import HEALTH_OPTIONS, health_scoped
from linter.options import OptionSpec
from linter.page_kind import NOT_ARTICLES, NOT_ARTICLES_HELP, has_nothing_to_review, is_site_page
from linter.patterns import lazy_regex, single, term_alternation
from linter.positions import Span

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("where", "grade", "formula", "target", "words", "sentences")
OPTIONS = {
    "scope": OptionSpec("str", "article", "article or section", ("article", "section")),
    "formula": OptionSpec("str", "flesch-kincaid", "the readability formula",
                          ("flesch-kincaid", "smog", "gunning-fog", "coleman-liau", "consensus")),
    "target_grade": OptionSpec("float", 8, "the highest grade patient text should need"),
    "margin": OptionSpec("float", 0, "grades above the target before a finding"),
    "warning_margin": OptionSpec("float", 0, "grades above the target under which a finding is info"),
    "min_words": OptionSpec("int", 100, "shorter texts are not scored"),
    "min_sentences": OptionSpec("int", 3, "texts with fewer sentences are not scored"),
    "audience_key": OptionSpec("str", "audience", "front matter key naming the audience"),
    "audience_targets": OptionSpec("dict[float]", {"professional": 0, "clinician": 0, "hcp": 0},
                                   "audience -> target grade (0 switches the rule off)"),
    "exclude_terms": OptionSpec("list[str]", [], "terms (drug names…) not counted as hard words"),
    "not_articles": OptionSpec("list[str]", list(NOT_ARTICLES), NOT_ARTICLES_HELP),
    **HEALTH_OPTIONS,
}
# The stops textstat ends a sentence at: a block ending in a colon ("You can help by:"
# before a list) ends its sentence too, or the list's first item is read as part of it.
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
# A line break that ends a list-like line: no closing punctuation but a colon, and the next
# line opens with a capital, a digit, a bullet or bold (a lazy list, lines an author set one
# per row, "**Topic:** …" metadata lines).
LIST_LINE_BREAK = lazy_regex(r"(?<=[\w)\]%*_:;])[ \t]*\n(?=[ \t]*(?:[A-Z0-9]|[-*•]\s|\*\*|__))")
# textstat counts no sentence of fewer words: a one- or two-word list item ("tea", "heat
# packs") would add its words to its neighbour's sentence. Such a piece is a label, not prose.
MIN_PIECE_WORDS = 3
# A paper's record, not prose: "Authors: Roe, Doe, ...", "Institutes: ...", "Publisher: ..." (a
# research summary's details block; its names made one 40-word "sentence").
METADATA_LINE = lazy_regex(r"[\s*_]*(?i:authors?|institutes?|institutions?|affiliations?|publisher|journal|"
                           r"keywords?|tags?|doi|funding|published\s+in|received|accepted)[\s*_]*:")
# Full stops that end no sentence: "e.g.", "i.e.", "et al.", "Dr.", "approx.", "vs."
ABBREVIATION_STOP = lazy_regex(
    r"(?i)(?<![\w.])(e\.g|i\.e|et\s+al|vs|approx|dr|drs|prof|mr|mrs|ms|fig|figs|cf|incl|resp"
    r"|dept|jr)\.(?=\s|,|\)|$)")


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    return health_scoped(doc, rule, _findings(doc, rule, context))


def _findings(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    options = rule.options
    target = _target(doc, options)
    if not target or is_site_page(doc, options["not_articles"]) or has_nothing_to_review(doc):
        return
    everything = [b for b in doc.blocks if _scored(doc, b)]
    if options["scope"] == "article":
        groups = [everything]
    else:
        # A section that is the whole article is READ001's to report, not reported twice.
        groups = [[b for b in section.blocks if _scored(doc, b)] for section in doc.sections]
        groups = [blocks for blocks in groups if len(blocks) < len(everything)]
    for blocks in groups:
        finding = _score(doc, rule, blocks, target)
        if finding is not None:
            yield finding


def _target(doc: Document, options: Mapping[str, Any]) -> float:
    audience = doc.audience(options["audience_key"])
    if audience is not None:
        targets = {str(k).lower(): v for k, v in options["audience_targets"].items()}
        if audience in targets:
            return float(targets[audience])
    return float(options["target_grade"])


def _scored(doc: Document, block: Block) -> bool:
    """Prose of the article's body: the front matter's text fields are not scored."""
    return block.kind == "paragraph" and not block.is_reference \
        and block.line > doc.front_matter_lines[1]


def prose_text(doc: Document, blocks: Sequence[Block], exclude_terms: Sequence[str] = ()) -> str:
    """The blocks as one text; a list item or paragraph without a full stop ends a sentence."""
    joined = " ".join(text for text, _ in (_sentence_text(doc, block) for block in blocks) if text)
    terms = term_alternation(tuple(exclude_terms), True)
    # An excluded term still counts as a word, but as an easy one-syllable word.
    return terms.sub("term", joined) if terms is not None else joined


def label_words(doc: Document, blocks: Sequence[Block]) -> int:
    """Words of the blocks' labels: not scored, but part of how long the article is."""
    return sum(labels for _, labels in (_sentence_text(doc, block) for block in blocks))


def _sentence_text(doc: Document, block: Block) -> tuple[str, int]:
    """The block's prose on one line, ending a sentence, and the words of its labels; read for
    the article and again for its section, so kept with the document."""
    known = doc.shared.sentence_texts.get(id(block))
    if known is None:
        text, labels = block.text, 0
        if "\n" in text:
            prose = []
            for piece in LIST_LINE_BREAK.split(text):
                size = len(piece.split(maxsplit=MIN_PIECE_WORDS))  # exact below the minimum
                if size >= MIN_PIECE_WORDS and not METADATA_LINE.match(piece):
                    prose.append(piece)
                else:
                    labels += len(piece.split())
            text = ". ".join(prose)
        elif len(text.split(maxsplit=MIN_PIECE_WORDS)) < MIN_PIECE_WORDS or METADATA_LINE.match(text):
            text, labels = "", len(text.split())
        # Most blocks hold no abbreviation: the pattern layer's one automaton pass says so
        # faster than the substitution's lookbehind tried at every character.
        if single(ABBREVIATION_STOP).might_match(text):
            text = ABBREVIATION_STOP.sub(_without_stops, text)
        text = " ".join(text.split())
        if text and not SENTENCE_END.search(text):
            text += "."
        known = doc.shared.sentence_texts[id(block)] = (text, labels)
    return known


def _without_stops(match: re.Match[str]) -> str:
    return match.group(1).replace(".", "")


def _score(doc: Document, rule: Rule, blocks: list[Block], target: float) -> Finding | None:
    from linter import readability

    options = rule.options
    if not blocks:
        return None
    text = prose_text(doc, blocks, options["exclude_terms"])
    # Labels ("tea", "heat packs") are not scored but count towards the article's length.
    labels = label_words(doc, blocks)
    if text.count(" ") + 1 + labels < options["min_words"]:
        # textstat's words are white-space runs with a letter or digit, and prose_text leaves
        # single spaces between runs: no more words than spaces and one.
        return None
    words, sentences = readability.counts(text)
    if words + labels < options["min_words"] or sentences < options["min_sentences"]:
        return None
    score, label = readability.formula(options["formula"])
    grade = float(score(text))
    shown = round(grade, 1)  # as the message shows it: 8.04 is 8.0
    if shown <= target + options["margin"]:
        return None
    # Within the formula's own error of the target: said, but not at the rule's severity.
    near = shown < target + options["warning_margin"]
    first = blocks[0]
    line, column = first.offsets.position(0)
    where = "the article" if options["scope"] == "article" else _section_name(first)
    return finding_at(rule, doc.path, Span(line, column, line, column),
                      rule.format(where=where, grade=f"{grade:.1f}", formula=label,
                                  target=f"{target:g}", words=words, sentences=sentences),
                      severity=Severity.INFO if near else None,
                      context=f"{where} {label}")


def _section_name(block: Block) -> str:
    title = block.section.title if block.section else ""
    return f"section '{title}'" if title else "the introduction"
