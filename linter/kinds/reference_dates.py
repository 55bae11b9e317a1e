"""reference_dates: sources that are old.

`check` selects what to report:
  reference  an entry accessed more than `max_years` ago ("(Accessed on August 07, 2013)"),
             or a reference list whose newest entry was published more than `max_years` ago:
             the evidence base is judged, not each landmark trial in it, and a source
             accessed within the limit, or an undated entry linking to a page its publisher
             keeps current (a WHO fact sheet; not a paper), makes it current
             (`per_reference` reports every old entry instead); a note on one paper, whose
             only dated entry is the paper its title names (by its first author and year,
             or by the paper's own title), has that paper for its subject, not its evidence
  guideline  a cited guideline version older than `max_years` ("NCCN Guidelines Version 3.2013")
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter.article_facts import title_of
from linter.dates import DATE_TEXT, parse_date
from linter.document import Block, Document
from linter.findings import Finding, finding_at
from linter.options import OptionSpec
from linter.paper_notes import names_one_work
from linter.patterns import compiled, lazy_regex, single

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

ACCESSED = lazy_regex(
    rf"(?i:\b(?:accessed|retrieved|viewed|cited)(?:\s{{1,3}}(?:on|at))?\s{{0,3}}:?\s{{0,3}})(?P<date>{DATE_TEXT})"
)
YEAR = lazy_regex(r"(?<![\d.:/-])(?:19[5-9]\d|20\d\d)(?![\d/-])")
# An entry's first author's family name ("Roe AB, Doe C.", "- Soul-Lawton J,"), and the words of a
# title long enough to name one paper.
FIRST_AUTHOR = lazy_regex(r"^[\s\-*\d.\[\]]*([A-Z][\w'’-]+)\s+[A-Z]{1,3}\b")
WORD = lazy_regex(r"\w+")
MIN_TITLE_WORDS = 4
# A link to a paper rather than to a page kept current.
PAPER_URL = lazy_regex(r"(?i)doi\.org/|/doi/|pubmed|/pmc/|/articles?/|\.pdf(?:$|[?#])|jamanetwork|nejm\.org"
                       r"|thelancet|bmj\.com|springer|wiley|sciencedirect|academic\.oup|nature\.com")

# The placeholders its rules' messages may use, per check.
FIELDS = {
    "reference": ("what", "how", "year", "age", "limit"),
    "guideline": ("guideline", "year", "age", "limit"),
}
OPTIONS = {
    "check": OptionSpec("str", "reference", "what to report", ("reference", "guideline"),
                        identity=True),
    "max_years": OptionSpec("int", 10, "how many years old a source may be"),
    "per_reference": OptionSpec("bool", False, "report every old entry, not only a list "
                                "whose newest entry is old"),
    "date_order": OptionSpec("str", "mdy", "how to read 3/4/2012: mdy (US) or dmy", ("mdy", "dmy")),
    "guideline_pattern": OptionSpec(
        "regex",
        r"(?i)\b(?:NCCN|ASCO|ESMO|NICE|ASCO/CAP|CAP)\b[^.\n]{0,60}?\b(?:version|v\.?)\s*"
        r"\d{1,2}\.(?P<year>(?:19|20)\d\d)\b",
        "a cited guideline version; group 'year' is its year"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    if rule.options["check"] == "guideline":
        return _guidelines(doc, rule, context)
    return _references(doc, rule, context)


def _references(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    limit = rule.options["max_years"]
    may_be_accessed = single(ACCESSED).might_match
    if not single(ACCESSED).might_match_within(doc.blocks_text):
        may_be_accessed = _never
    dated: list[tuple[Block, re.Match[str]]] = []  # each reference entry and its newest year
    consulted_lately = False  # a source accessed within the limit: the evidence is current
    for block in doc.blocks:
        accessed = list(ACCESSED.finditer(block.text)) if may_be_accessed(block.text) else []
        for match in accessed:
            value, _ = parse_date(match.group("date"), rule.options["date_order"])
            if value is not None and _years(value.year, context) > limit:
                yield _finding(doc, rule, block, match.span("date"), "accessed", value.year,
                               context, match.group(0), "reference")
            elif value is not None:
                consulted_lately = True
        if accessed or not block.is_reference:
            continue
        years = list(YEAR.finditer(block.text))
        if years:
            dated.append((block, max(years, key=lambda m: int(m.group(0)))))
        elif _links_a_living_page(block):
            consulted_lately = True
    old = [(block, m) for block, m in dated if _years(int(m.group(0)), context) > limit]
    if not rule.options["per_reference"] and (
            (len(dated) == 1 and _title_names(doc, *dated[0])) or names_one_work(doc)):
        return  # a note on one paper: its list is that paper's context, not the note's evidence
    if not rule.options["per_reference"] and dated:
        # One finding, at the newest entry, when even the newest is old and no source was
        # consulted lately (an old study beside current web guidance accessed this year).
        newest_entry = max(dated, key=lambda item: int(item[1].group(0)))
        old = [newest_entry] if len(old) == len(dated) and not consulted_lately else []
    for block, newest in old:
        what = "reference" if rule.options["per_reference"] else "newest reference"
        yield _finding(doc, rule, block, newest.span(), "published", int(newest.group(0)),
                       context, block.text, what)


def _title_names(doc: Document, entry: Block, year: re.Match[str]) -> bool:
    """The page's title names the entry: its first author and year ("Roe et al. (2004) - A
    cough trial" over "Roe AB, Doe C. ... 2004;12:34"), or the paper's own title."""
    title = title_of(doc).casefold()
    author = FIRST_AUTHOR.match(entry.text)
    if author is not None and author.group(1).casefold() in title and year.group(0) in title:
        return True
    words = WORD.findall(title)
    return len(words) >= MIN_TITLE_WORDS and " ".join(words) in " ".join(WORD.findall(entry.text.casefold()))


def _guidelines(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    pattern = compiled(rule.options["guideline_pattern"])
    limit = rule.options["max_years"]
    may_be_guideline = single(pattern).might_match
    if not single(pattern).might_match_within(doc.blocks_text):
        return
    for block in doc.blocks:
        if not may_be_guideline(block.text):
            continue
        for match in pattern.finditer(block.text):
            year = int(match.group("year")) if "year" in pattern.groupindex else 0
            if year and _years(year, context) > limit:
                yield finding_at(rule, doc.path, block.span(*match.span()),
                                 rule.format(guideline=" ".join(match.group(0).split()),
                                             year=year, age=_years(year, context), limit=limit),
                                 context=match.group(0))


def _links_a_living_page(block: Block) -> bool:
    """An entry with no year that links to a page its publisher keeps current (a WHO fact
    sheet, a CDC or NHS page), not to a paper (a DOI, PubMed or PMC record, a journal
    article): the reader gets today's version of it."""
    return any(link.url.startswith(("http://", "https://")) and not PAPER_URL.search(link.url)
               for link in block.links)


def _never(text: str) -> bool:
    return False


def _years(year: int, context: RunContext) -> int:
    return context.today.year - year


def _finding(doc: Document, rule: Rule, block: Block, span: tuple[int, int], how: str,
             year: int, context: RunContext, text: str, what: str) -> Finding:
    return finding_at(rule, doc.path, block.span(*span),
                      rule.format(what=what, how=how, year=year, age=_years(year, context),
                                  limit=rule.options["max_years"]),
                      context=text)
