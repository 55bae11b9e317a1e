"""dated_facts: a statement a dated fact has made outdated ("T-DM1 is the standard second-line
treatment" after DESTINY-Breast03).

The facts come from a fact pack (rules/data/her2-facts.yml by default; see linter/facts.py),
extended or overridden by the rule's options. A sentence that matches one of a fact's
`outdated` patterns, and none of its `unless` patterns nor the narration of the past, is
reported with what changed, when and on which source, and the fact's current wording as the
finding's fix (not a safe fix: a writer must check it reads right). An article dated before
the change gets the same finding, saying that the article predates it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from linter.document import Block, Document
from linter.facts import CompiledFact, fact_index, fact_keywords, pack_for
from linter.findings import Finding, finding_at
from linter.options import OptionSpec
from linter.patterns import compiled
from linter.positions import Span
from linter.therapies import article_date, lowered_source

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

HISTORICAL = (r"(?i)\b(?:in|by|until|till|before|through|during|around|circa)\s+"
              r"(?:(?:early|mid|late)[- ])?(?:[A-Z][a-z]+\.?\s+)?(?:the\s+)?(?P<year>(?:19|20)\d\d)s?\b|"
              r"\b(?:at\s+(?:that|the)\s+time|back\s+then|historically|formerly|used\s+to|"
              r"no\s+longer|was\s+once|once\s+was|had\s+been|outdated|superseded|replaced)\b")

# Curly apostrophes, Unicode hyphens and trademark signs, one character for one.
PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u00ae": " ",
                       "\u2122": " "})

# A sentence that speaks of the drug the sentence before it named.
NOUNS = r"(?:drug|medicine|medication|treatment|therapy|antibody|combination|option)s?"
PRONOUN = re.compile(rf"(?:It|It's|It’s|They|This(?:\s+{NOUNS})?|(?:The|These)\s+{NOUNS})\b")

FIXES = True  # the fact's current wording; packs declare it unsafe (a writer must read it)

# The placeholders its rules' messages may use.
FIELDS = ("id", "changed", "since", "source", "current", "predates", "drug")
OPTIONS = {
    "facts_file": OptionSpec("file", "her2-facts.yml",
                             "the fact pack: a built-in name or a path; '' for none"),
    "therapies_file": OptionSpec("file", "her2-therapies.yml",
                                 "the therapies whose ids name terms (<TDXD>); '' for none"),
    "terms": OptionSpec("dict", {}, "more names for terms, or new terms: NAME -> list of names"),
    "facts": OptionSpec("list", [], "more facts, or changes to a fact of the pack by its id"),
    "enable": OptionSpec("list[str]", [], "ids of unconfirmed facts to turn on"),
    "disable": OptionSpec("list[str]", [], "ids of facts to turn off"),
    "historical": OptionSpec("regex", HISTORICAL,
                             "narration of the past: a year up to the change, or words such as 'previously'"),
    "date_order": OptionSpec("str", "mdy", "how to read 3/4/2012", ("mdy", "dmy")),
}


def validate(options: Mapping[str, Any]) -> None:
    """Load the pack the options describe, and compile every pattern of a pack or fact an
    editor supplied: a bad fact fails the run at its start. The built-in pack's patterns are
    compiled only when an article needs them (its tests compile them all)."""
    _, facts = pack_for(options)
    if options["facts"] or options["terms"] or options["facts_file"] != OPTIONS["facts_file"].default:
        for fact in facts:
            _ = fact.outdated, fact.unless


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    pack, facts = pack_for(rule.options)
    lowered = lowered_source(doc)
    keywords = fact_keywords(facts)
    named = keywords.facts_in(lowered)
    live = [fact for fact in facts if fact.fact.on and fact in named]
    if not live:
        return
    index = fact_index(tuple(live))  # the facts this article may hold: a short one, few
    historical = compiled(rule.options["historical"])
    dated = article_date(doc, context, rule.options["date_order"])
    for passage in _passages(doc.prose_blocks):
        # Typography that pages use and patterns do not spell ("don’t", "T‑DM1", "Herceptin®"),
        # made plain character for character, so that offsets still map to the source.
        text = passage.text if passage.text.isascii() else passage.text.translate(PLAIN)
        heading = passage.heading if passage.heading.isascii() else passage.heading.translate(PLAIN)
        # Every reading of a sentence is a substring of this, so a pattern that does not match
        # it cannot match any sentence: one search per passage, not one per sentence.
        haystack = f"{heading}: {text}" if heading else text
        lowered_haystack = haystack.lower()
        matching = index.matching(haystack, lowered_haystack)
        # In the pack's order: the first fact that knows a sentence reports it.
        candidates = [(fact, patterns) for fact in live if (patterns := matching.get(fact))]
        if not candidates:
            continue
        for number, (start, end) in enumerate(passage.sentences):
            sentence = text[start:end]
            # (reading, where a match must end beyond): a passage's first sentence is read under
            # its heading too ("## 2nd line" over "- T-DM1 (EMILIA)" says "2nd line: T-DM1"), and
            # a sentence that opens with a pronoun or answers a question together with the one
            # before it ("Kadcyla ... . It is the standard second-line treatment.").
            readings = [(sentence, 0)]
            if heading and not number:
                readings.append((f"{heading}: {sentence}", 0))
            if number and (PRONOUN.match(sentence) or text[:start].rstrip().endswith("?")):
                before = passage.sentences[number - 1][0]
                readings.append((text[before:end], start - before))
            facts_named = [(reading, keywords.facts_in(reading.lower()), beyond)
                                for reading, beyond in readings]
            for fact, patterns in candidates:
                match = next((found for reading, named_in_reading, beyond in facts_named
                              if fact in named_in_reading
                              and (found := _outdated(fact, patterns, reading, historical))
                              is not None and found.end() > beyond), None)
                if match is None:
                    continue
                item = fact.fact
                predates = (f"; this article (dated {dated.isoformat()}) predates the change"
                            if dated is not None and dated < item.since else "")
                # The whole sentence, so that its fix (the current wording) replaces it whole;
                # a table row gets no fix (a sentence in place of its cells would break it).
                yield finding_at(
                    rule, doc.path, passage.span(start, end),
                    rule.format(id=item.id, changed=item.changed, since=item.since.isoformat(),
                                source=item.source, current=item.current, predates=predates,
                                drug=pack.name_of(item.drug) if item.drug else ""),
                    fix=(item.current or None) if passage.fixable else None,
                    context=passage.text[start:end])
                break  # one finding a sentence is plenty: the first fact that knows it


class _Row:
    """A table row read as one statement: "| Enhertu | after two or more prior regimens |"
    says what neither cell says alone. Its cells' texts are joined with " | "."""

    fixable = False

    def __init__(self, cells: list[Block]) -> None:
        self.cells = cells
        self.text = " | ".join(cell.text for cell in cells)
        self.sentences = [(0, len(self.text))]
        self.heading = _heading(cells[0])

    def span(self, start: int, end: int) -> Span:
        first, last = self.cells[0], self.cells[-1]
        opening = first.span(0, 0)
        closing = last.span(len(last.text), len(last.text))
        return Span(opening.line, opening.column, closing.end_line, closing.end_column)


class _Prose:
    """A block other than a table cell, read sentence by sentence."""

    fixable = True

    def __init__(self, block: Block, parent: str) -> None:
        self.block = block
        self.text = block.text
        # What the first sentence is read under: a nested list item's parent item ("- Kadcyla"
        # over "  - standard 2nd line"), else the section heading of a list item or table cell,
        # or of a paragraph that opens with a pronoun ("## Kadcyla" over "It is the standard").
        self.heading = parent or _heading(block)
        if not self.heading and block.section is not None and PRONOUN.match(block.text):
            self.heading = block.section.title
        self.span = block.span

    @property
    def sentences(self) -> list[tuple[int, int]]:
        """Split only for the blocks some pattern matched: most blocks never need it."""
        return self.block.sentences


def _passages(blocks: list[Block]) -> Iterator[_Row | _Prose]:
    """Each block, except that the cells of one table row come together as the row; a nested
    list item comes with the text of the item it is nested in."""
    row: list[Block] = []
    items: list[tuple[int, str]] = []  # (column, text) of the list items a next item may nest in
    for block in blocks:
        if row and not (block.table == row[0].table and block.line == row[0].line):
            yield _Row(row)
            row = []
        if block.table is not None and block.kind == "table_cell":
            row.append(block)
            continue
        parent = ""
        if block.in_list and block.kind == "paragraph":
            column = block.span(0, 0).column
            while items and items[-1][0] >= column:
                items.pop()
            parent = items[-1][1] if items else ""
            items.append((column, block.text))
        else:
            items.clear()
        yield _Prose(block, parent)
    if row:
        yield _Row(row)


def _heading(block: Block) -> str:
    """The title of the section a list item or table cell sits in, or ''."""
    if (block.in_list or block.table) and block.section is not None:
        return block.section.title
    return ""


def _outdated(fact: CompiledFact, patterns: list[re.Pattern[str]], sentence: str,
              historical: re.Pattern[str]) -> re.Match[str] | None:
    """The first of the patterns (those that matched the block) that matches the sentence, unless
    the fact's exceptions or the narration of the past say the sentence is current."""
    for pattern in patterns:
        match = pattern.search(sentence)
        if match is not None:
            break
    else:
        return None
    if any(unless.search(sentence) for unless in fact.unless):
        return None
    for past in historical.finditer(sentence):
        year = past.group("year")
        if year is None or int(year) <= fact.fact.since.year:
            return None
    return match


def describe(rule: Rule) -> list[str]:
    """For `medlint explain`: every fact with its date, source and whether it is on."""
    pack, _ = pack_for(rule.options)
    lines = [f"Facts known ({rule.options['facts_file'] or 'configuration only'}):"]
    for fact in sorted(pack.facts, key=lambda f: (f.since, f.id)):
        state = "on" if fact.on else ("off: unconfirmed" if not fact.confirmed else "off")
        lines.append(f"    {fact.id} [{state}] since {fact.since.isoformat()}: {fact.changed}")
        lines.append(f"        source: {fact.source}")
    return lines
