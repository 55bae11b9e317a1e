"""no_sources: an article that makes medical claims but cites nothing at all.

One finding for the article, at its title (or first line), when there is neither an inline
citation, a references/sources section, nor a web page its front matter names as its source
(a clipped page's "source: https://…") and the prose makes at least `min_claims` claims.
A claim is a research appeal (`patterns`: "studies show"), a statistic (`statistics`, less
CIT001's `not_claims`: "5% dextrose", "95% CI", "50% larger than body text", and its named
scales' points, `scale_blocks`: "Karnofsky 90%") or a plain claim
without numbers (`plain_claims`: "X treats certain poisonings", "targeted drugs have changed
outcomes"), not negated; plain claims count only in a sentence about health (`subject`), so
"the glaze kills the sourness" in a recipe is none. (A clinician's shorthand note, "AF
(10–16% incidence)", names no health word a list could know: statistics need none.) Plain
claims count from `min_plain_claims` on: one stray verb does not make a page an article of
medical claims. A site page that is no article (`not_articles` names, a home or list layout:
linter.page_kind) needs no sources list; an index of pages that makes claims does.

A note that names the work its content comes from has a source: a provenance line
(`provenance`: "from: [[Huppert's Notes]]", "Adapted from: Roe's Handbook") whose named work
reads as one (`source_works`: an author's book, a handbook or manual, a dated guideline or
classification), not as the author's own topic note ("from: [[breast cancer]]"); a note
whose title names the guideline it reproduces (`guideline_titles`); and a note whose title
names the paper it summarises by its authors and year (`paper_titles`: "Key findings: Roe et
al. 2019", "Roe & Doe 2020", "(Roe 2019)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from linter.article_facts import title_of
from linter.citations import has_any_citation, named_in_provenance, not_source_hosts, page_source
from linter.document import Block, Document
from linter.findings import Finding, finding_at
from linter.health_topic import HEALTH_OPTIONS, health_scoped
from linter.kinds.unsourced_claim import about_scale, class_bound, in_class_column
from linter.options import OptionSpec
from linter.page_kind import NOT_ARTICLES, NOT_ARTICLES_HELP, is_site_page
from linter.paper_notes import names_one_work
from linter.patterns import compiled, pattern_set
from linter.positions import Span

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("claims",)
OPTIONS = {
    "patterns": OptionSpec("list[regex]", [], "claims wherever they stand (research appeals)"),
    "statistics": OptionSpec("list[regex]", [], "numbers that are claims (less not_claims)"),
    "not_claims": OptionSpec("list[regex]", [], "numbers that are not claims where these match"),
    "scale_blocks": OptionSpec("regex", "", "a block (or its heading) about a named scale: its "
                               "numbers are points on the scale, no statistics"),
    "class_tables": OptionSpec("regex", "", "a table whose header row names classes (as CIT001's "
                               "`class_tables`): a range or bound in its cells is no statistic"),
    "rate_columns": OptionSpec("regex", "", "a column of such a table headed by a rate or risk: its "
                               "ranges are statistics"),
    "plain_claims": OptionSpec("list[regex]", [], "claims without numbers (treats, prevents…)"),
    "subject": OptionSpec("regex", "", "a plain claim counts only in a sentence this matches "
                          "(health words); empty: every sentence"),
    "negation": OptionSpec("regex", "", "a claim is none when the words just before it match"),
    "min_claims": OptionSpec("int", 1, "how many claims make an article need sources"),
    "min_plain_claims": OptionSpec("int", 2, "how many claims without numbers count at all"),
    "not_articles": OptionSpec("list[str]", list(NOT_ARTICLES), NOT_ARTICLES_HELP),
    "provenance": OptionSpec("regex", "", "a line naming where the note comes from; its `work` "
                             "group is the work named"),
    "source_works": OptionSpec("list[regex]", [], "a named work that is a source (a book, "
                               "a dated guideline), not another note"),
    "guideline_titles": OptionSpec("regex", "", "a title naming the guideline the note reproduces"),
    "work_titles": OptionSpec("regex", "", "a title naming the reference work the note reproduces "
                              "('Washington Manual Thyroid Disorders')"),
    "paper_titles": OptionSpec("regex", "", "a title naming the paper the note summarises by its "
                               "authors and year ('Key findings: Roe et al. 2019')"),
    **HEALTH_OPTIONS,
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    return health_scoped(doc, rule, _findings(doc, rule, context))


def _findings(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    options = rule.options
    if doc.has_references_section or doc.footnote_definitions or has_any_citation(doc) \
            or page_source(doc, not_source_hosts(context)) \
            or is_site_page(doc, options["not_articles"], listings=False) \
            or _names_its_source(doc, options) or names_one_work(doc):
        return
    claims = _count(doc, options["patterns"], [], None, negation=None)
    subject = compiled(options["subject"]) if options["subject"] else None
    negation = compiled(options["negation"] + r"\s*$") if options["negation"] else None
    scale = compiled(options["scale_blocks"]) if options["scale_blocks"] else None
    tables = _ClassTables(options["class_tables"], options["rate_columns"])
    claims += _count(doc, options["statistics"], options["not_claims"], None, negation, scale, tables)
    plain = _count(doc, options["plain_claims"], [], subject, negation)
    claims += plain if plain >= options["min_plain_claims"] else 0
    if claims < options["min_claims"] or claims == 0:
        return
    heading = next((b for b in doc.blocks if b.kind == "heading"), None)
    line = heading.line if heading else (doc.front_matter_lines[1] + 1 if doc.front_matter_lines[1] else 1)
    yield finding_at(rule, doc.path, Span(line, 1, line, 1), rule.format(claims=claims),
                     context="no sources")


def _names_its_source(doc: Document, options: Mapping[str, Any]) -> bool:
    """A provenance line naming a source work, or a title naming a guideline, a paper or a
    reference work."""
    title = title_of(doc)
    if any(options[key] and compiled(options[key]).search(title)
           for key in ("guideline_titles", "paper_titles", "work_titles")):
        return True
    return named_in_provenance(doc, options["provenance"], options["source_works"])


class _ClassTables:
    """The tables that classify, as CIT001 reads them: a bound in their cells is no statistic."""

    def __init__(self, class_tables: str, rate_columns: str) -> None:
        self.header = compiled(class_tables) if class_tables else None
        self.rates = compiled(rate_columns) if rate_columns else None

    def bounds(self, doc: Document, block: Block, start: int, end: int) -> bool:
        return self.header is not None and in_class_column(doc, block, self.header, self.rates) \
            and class_bound(block.text, start, end)


def _count(doc: Document, patterns: list[str], exceptions: list[str],
           subject: re.Pattern[str] | None, negation: re.Pattern[str] | None,
           scale: re.Pattern[str] | None = None, tables: _ClassTables | None = None) -> int:
    """Claims the patterns find in the article's prose, less exceptions, negated ones, those in
    a block about a named scale (as CIT001 reads it: "Karnofsky 90%" is a point on it), a
    class's bounds in a table that classifies and, with a subject, those in sentences about
    something other than health."""
    if not patterns:
        return 0
    found = pattern_set(patterns)  # one pass over a block for all of them
    not_claims = pattern_set(exceptions) if exceptions else None
    count = 0
    for block in doc.prose_blocks:
        if not found.might_match(block.text) or (scale is not None and about_scale(block, scale)):
            continue
        matches = [m.span() for _, m in found.find_all(block.text)]
        if matches and not_claims is not None:
            excepted = [m.span() for _, m in not_claims.find_all(block.text)]
            matches = [(s, e) for s, e in matches if not any(a < e and s < b for a, b in excepted)]
        if matches and tables is not None:
            matches = [(s, e) for s, e in matches if not tables.bounds(doc, block, s, e)]
        count += sum(1 for start, _ in matches if _counts(block, start, subject, negation))
    return count


def _counts(block: Block, start: int, subject: re.Pattern[str] | None,
            negation: re.Pattern[str] | None) -> bool:
    text = block.text
    if negation is not None and negation.search(text, max(0, start - 30), start):
        return False
    if subject is None:
        return True
    sentence = next(((s, e) for s, e in block.sentences if s <= start < e), (0, len(text)))
    return subject.search(text, *sentence) is not None
