"""unsourced_claim: a sentence that needs a source has none.

Claims are found by the rule's `patterns` (statistics, research appeals, attributions,
efficacy claims), less those `needs_context` matches in a sentence without `context` (the
plain intensifier "significantly reduces the risk" with no comparison, study or endpoint
beside it), less what `not_claims` says are no claims (thresholds, concentrations,
confidence levels, frequency bands; where such a pattern has a group named `exempt`, only that
group is no claim and the rest is its context), none in a block about a named scale
(`scale_blocks`), and no range or open bound ("6.5% or more") in a table that classifies
(`class_tables`: its header names classes, so "15-30%" under "Level" or "Normal" is a class's
bound, not a rate).
A claim is sourced when its sentence, or the paragraph it ends, carries a citation (see
linter.citations), or its section has a "Sources:" label (a line of its own, also the line
just under a paragraph) with a citation. A table cell's claim
is sourced when any cell of its table, or the paragraph just before or after the table,
carries one, or the table has a Source column. With `per_sentence` one finding names every
claim of a sentence, or of a table row. A claim whose very words ("31%", "15,579 cases") a citation sources
elsewhere in the article (a summary restating its sourced timeline; in an article of
"Sources:"-labelled entries also rounded or approximate: "14%" for "13.8%") is sourced, and so is
every claim of a page clipped from a web page its front matter names ("source: https://…",
linter.citations.page_source), and every claim of the front matter's summary of a page
whose text cites (`description:`), and a claim referring back to a study the page names
(`refers_back`: "the trial found") where the page cites, and every claim of a note
whose provenance line names a source work ("from: [[Roe's Handbook]]", `provenance` and
`source_works`, as CIT003 reads them), and every claim of a page
that cites as a textbook chapter does, by a references list of papers' entries with no mark
in its text pointing into it (`list_sources_page`, linter.citations.cites_by_its_list), and
every claim of a note about
one named, dated work (linter.paper_notes: "Roe_2019_Topic/key-findings.md", a trial named by
its registration number in a field, a reading note headed by its paper's DOI or PMID), and every
claim of a literature note's entry on one paper (under "### Roe & Doe 2021 - …" or a bold
"**3. Roe et al. (2024) - …**", or in a list item labelled "**Roe 2017**: …"), and every claim of a paragraph
just after or before a citation line (a short paragraph outside lists that claims nothing and
ends citing: the entry's reference line, the link to the review a note summarises), and every
claim of a section whose first paragraph is such a line. With
`report: weakly-sourced` the rule reports instead the claims whose
only citations are links to the site's own pages or to domains that are no source
(linter.citations.not_source_hosts).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import cache, partial
from itertools import groupby, pairwise
from typing import TYPE_CHECKING, Any

from linter import citations
from linter.document import Block, ClaimsKey, Document, Section
from linter.findings import CONTEXT_CHARS, Finding, finding_at
from linter.health_topic import HEALTH_OPTIONS, health_scoped
from linter.options import OptionSpec
from linter.paper_notes import names_one_work, papers_entries
from linter.patterns import PatternSet, compiled, lazy_regex, pattern_set, single
from linter.positions import Span as SourceSpan
from linter.therapies import row_first_cells

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

Span = tuple[int, int]  # a claim's offsets in its block's text
BlockSpans = list[tuple[Block, list[Span]]]  # blocks, each with its claims

# At a line's start: "Sources:" written on the line under a paragraph continues the paragraph.
SOURCES_LABEL = lazy_regex(r"(?im)^[ \t]*(?:sources?|references?|citations?|further\s+reading)[ \t]*:")
LABEL_WORDS = ("source", "reference", "citation", "further")  # one of them is in every label
# How far before a claim `not_after` looks: a clause's negation ("No single signature has
# been shown to …") may stand a few words before it.
NOT_AFTER_CHARS = 80
NUMBER_WORDS = {word: str(value) for value, word in enumerate((
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    "twenty"))}
# A figure in words: "Seven out of ten", "one in five".
WORDED_FRACTION = lazy_regex(r"(?i)(" + "|".join(NUMBER_WORDS) + r")\s+(?:out\s+of|in)\s+("
                             + "|".join(NUMBER_WORDS) + r")(?:\s+[\w-]+)?")
# The stem of a measure a claim may name with no figure: "mortality rate" says "mortality".
MEASURE_STEM = lazy_regex(r"(?i)\b(?:mortality|survival|recurrence|response|remission|relapse|cure)")
# "ten female participants", "114 participants": a count, and the people it counts.
PEOPLE_COUNT = lazy_regex(r"(?i)\b(\d[\d,]*|" + "|".join(NUMBER_WORDS) + r")\s+(?:[\w/-]+\s+){0,3}?"
                          r"(?:patients|participants|subjects|people|persons|individuals|adults|cases)\b")
PEOPLE = lazy_regex(r"\b(?:patients|participants|subjects|people|persons|individuals|adults|cases)\b")
# A range of values ("15-30%", "4 to 6%"), or a value with "or more" after it: in a table that
# classifies, the bounds of a class.
RANGE = lazy_regex(r"\d\s*%?\s*(?:-|–|—|to)\s*\d")
OPEN_BOUND = lazy_regex(r"[*_]*\s*(?:or\s+(?:more|above|higher|greater|over|less|below|lower|under)\b|\+)")
# ... or a value with a comparison before it (">75%", "up to 140%"), or either end of a range, one
# that runs to a named limit too ("80% to 120%", "60% to LLN").
BOUND_BEFORE = lazy_regex(r"(?i)(?:[<>≤≥]=?|\bup\s+to|\bat\s+(?:least|most)|\b(?:below|above|under|over)"
                          r"|\b(?:less|more|greater|lower|higher)\s+than|\d\s*%?\s*(?:-|–|—|to))\s*$")
BOUND_TO = lazy_regex(r"\s*(?:-|–|—|to)\s*[<>≤≥]?\s*[A-Za-z\d]")
BOUND_WORDS_CHARS = 16  # "greater than " and some space
# A front-matter field's key, and the fields that summarise the page.
FRONT_MATTER_KEY = lazy_regex(r"^\s*(?:-\s+)?['\"]?([\w-]+)['\"]?\s*:")
SUMMARY_KEYS = ("description", "summary", "excerpt", "abstract", "tldr", "subtitle")
# A percentage or a range of them ("13.8%", "56–63%", "20 to 25 percent"), and the words that
# make a figure approximate ("about 60%").
PER_CENT = lazy_regex(r"%|\bper\s?cent\b")
SHARE = lazy_regex(r"(?<![\w.])(\d+(?:\.\d+)?)(?:\s*%?\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*(?:%|per\s?cent\b)")
APPROXIMATE = lazy_regex(r"(?i)(?:\b(?:about|approximately|around|roughly|nearly|almost|some|circa|over"
                         r"|more\s+than)|~|≈)\s*$")
NARROW_RANGE = 10  # percentage points: "56–63%" holds an approximate "about 60%", "10–90%" nothing
SOURCE_COLUMN = lazy_regex(r"(?i)^\s*(?:sources?|references?|citations?|evidence|study|trial)\s*$")
# A line under a table naming where its figures come from ("*Source: NCI SEER database.*",
# "Data: Office for National Statistics, 2024"), with or without a link; "Source: unknown"
# names none.
TABLE_SOURCE_LINE = lazy_regex(r"(?i)^[\W_]*(?:sources?|data(?:\s+sources?)?|adapted\s+from"
                               r"|reproduced\s+from)[\W_]*:[\W_]*(?-i:[A-Z0-9])(?!nknown)")

# How long a paragraph that only cites may be, and how many letters and digits may follow its
# last citation ("…;352:837–853."): a reference line, not a sentence naming a source in passing.
CITATION_LINE_CHARS = 250
CITATION_LINE_TAIL = 6
# How many items before it a list item that only cites closes, and such an item's text: one
# parenthesised group, with no nesting deeper than one.
CLOSED_ITEMS = 3
_PARENTHESISED = r"\((?:[^()\n]|\([^()\n]*\))*\)"
PARENTHESISED_ITEM = lazy_regex(rf"^\s*{_PARENTHESISED}[\s.;,]*$")
# The names a short cite may have beside it, each a capitalised word or a trial's code
# ("MONARCH-1", "Clin", "J", "Oncol.").
NAMES_BESIDE_CITES = 6
NAME_WORD = lazy_regex(r"[(\[]?[A-Z][\w'’-]*\.?[)\]]?|[(\[)\]:.–—-]")
# What a study found: the words a paragraph of its results opens with (RESULTS_OPENING).
_RESULTS = r"results?|findings?|outcomes?|(?:[\w'’-]+\s+)?(?:subgroups?|arms?|cohorts?)"
# Words by which a sentence refers back to the study the one before it named.
REFERS_BACK = lazy_regex(rf"(?i)\b(?:the|these|those|its|this|that)\s+"
                         rf"(?:{_RESULTS}|data|trial|study|participants)\b")
# A question this short that opens a paragraph leads into its next sentence ("Even more exciting?").
MAX_LEAD_IN_WORDS = 4
# A sentence that goes on about the study the one before named: "It was the first head-to-head trial".
# (match only: its leading repeat would make a search quadratic; "It is ..." is too common a start)
STUDY_PRONOUN = lazy_regex(r"[\s*_]*(?:It|They)\s+(?:was|were|showed|found|enrolled|included|compared|"
                           r"randomi[sz]ed|followed|recruited)\b")
# How a paragraph of a study's results opens: "The results were striking", "In the women's
# subgroup" (not "The data are mixed on coffee", which opens a subject of its own).
RESULTS_OPENING = lazy_regex(rf"(?i)\b(?:the|these|those|its|this|that)\s+(?:{_RESULTS})\b")
# A line of parenthesised groups only ("(30% of cases; Kidney Int 2017;12:938):").
# A list's label line: "**Weight management (if overweight):**", "Effectiveness:".
LIST_LABEL = lazy_regex(r"[\s*_]*[^\n.!?:]{1,60}:[\s*_]*")
# A lead-in naming the body or guideline whose advice follows: "According to WHO guidelines and
# 2023 international PCOS guidelines, ...", "According to the North American Menopause Society, ...".
ATTRIBUTED_LEAD_IN = lazy_regex(r"(?i:\baccording\s+to\s+(?:the\s+)?)"
                                r"(?:(?:(?-i:[A-Z0-9][\w&.'’-]*)|and|of|for|on)\s+){0,8}?"
                                r"(?:(?i:guidelines?|recommendations|position\s+statement)|(?-i:Society|Association|College|"
                                r"Organi[sz]ation|Institute|Academy|Foundation|WHO|NICE|CDC|FDA|NHS|ACOG|ASCO|NCCN|ESMO|USPSTF))\b")
PARENTHESES_ONLY = lazy_regex(rf"^\s*(?:{_PARENTHESISED}[\s.;,:]*)+$")
# The placeholders its rules' messages may use.
FIELDS = ("claim", "claims", "plural", "verb")
OPTIONS = {
    "patterns": OptionSpec("list[regex]", [], "regular expressions that find claims"),
    "not_after": OptionSpec("regex", "", "a claim is not one when the text before it matches"),
    "tables": OptionSpec("bool", True, "also read table cells"),
    "not_claims": OptionSpec("list[regex]", [], "numbers that are not claims where these match"),
    "scale_blocks": OptionSpec("regex", "", "a block (or its heading) about a named scale: "
                               "its numbers are points on the scale"),
    "class_tables": OptionSpec("regex", "", "a table whose header row names classes or categories "
                               "('Classification', 'Level', 'Normal'): a range in its cells is a "
                               "class bound, no claim"),
    "rate_columns": OptionSpec("regex", "", "a column of such a table headed by a rate or risk "
                               "('Yearly risk', 'Survival'): its ranges are claims"),
    "needs_context": OptionSpec("regex", "", "a claim whose words this matches ('significantly "
                                "reduces') is one only in a sentence that `context` matches"),
    "context": OptionSpec("regex", "", "what makes a `needs_context` claim one: a comparison, a "
                          "study, an endpoint in its sentence"),
    "refers_back": OptionSpec("regex", "", "a claim this matches at its start refers back to a "
                              "study the page names ('the trial found'): sourced where the page cites"),
    "per_sentence": OptionSpec("bool", False, "one finding per sentence (a table row: one for the row), "
                               "naming its claims"),
    "attributed": OptionSpec("regex", "", "a claim whose sentence this matches names its source ('according "
                             "to the CDC', 'the Lancet Commission (2024) estimates'): not reported here"),
    "list_sources_page": OptionSpec("bool", True, "a page that cites only by a references list of papers, "
                                    "with no mark in its text pointing into it (a textbook chapter), has "
                                    "its claims sourced by that list"),
    "provenance": OptionSpec("regex", "", "a line naming where the note comes from; its `work` group is "
                             "the work named (CIT003's option of the same name)"),
    "source_works": OptionSpec("list[regex]", [], "a named work that is a source (a book, a dated "
                               "guideline): every claim of a note taken from one is that work's"),
    "work_titles": OptionSpec("regex", "", "a title naming the reference work the note reproduces "
                              "('Washington Manual Thyroid Disorders'): every claim of the note is "
                              "that work's"),
    "authority": OptionSpec("regex", "", "an appeal to a named body, its `name` group ('according to the "
                            "North American Menopause Society'): sourced where an entry of the page's "
                            "references list names the body (its position statement)"),
    "max_claim_chars": OptionSpec("int", 60, "how much of the claim the message quotes"),
    "report": OptionSpec("str", "unsourced", "unsourced claims, or weakly-sourced ones: cited only "
                         "by links to the site's own pages or to domains that are no source",
                         ("unsourced", "weakly-sourced")),
    **HEALTH_OPTIONS,
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    return health_scoped(doc, rule, _findings(doc, rule, context))


def _findings(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    hosts = citations.not_source_hosts(context)
    options = rule.options
    claims = _document_claims(doc, options)
    found_in = _in_context(claims.found, options)
    if not found_in or _page_sources_its_claims(doc, options, hosts):
        return
    weak_only = options["report"] == "weakly-sourced"
    sourced: BlockSpans = []  # the claims a citation sources, exceptions still in
    pending: list[tuple[Block, citations.CitedBlock, list[Span]]] = []
    candidates = {id(block): in_block for block, in_block in found_in}
    citation_lines: _CitationLines | None = None
    refers_back = compiled(options["refers_back"]) if options["refers_back"] else None
    attributed = compiled(options["attributed"]) if options["attributed"] else None
    authority = compiled(options["authority"]) if options["authority"] else None
    first_cells = cache(partial(row_first_cells, doc))  # a table row's first cell, read once a page
    before_in_section = cache(partial(_prose_before_in_section, doc))
    for block, in_block in found_in:
        if block.table is not None and block.table in _sourced_tables(doc):
            sourced.append((block, in_block))
            continue
        if id(block.section) in _labelled_sections(doc) or id(block) in papers_entries(doc) \
                or (block.in_list and _list_cites_for(doc, block, hosts)) \
                or _defines_an_instrument(doc, block, first_cells):
            sourced.append((block, in_block))
            continue
        cited = citations.cited(block)
        if weak_only:
            found = [(start, end) for start, end in in_block if block.table is None
                     and cited.only_non_sources(cited.sources_of(start), hosts)]
        else:
            found = [(start, end) for start, end in in_block
                     if block.table is not None or not cited.claim_is_sourced(start)]
        found = claims.kept(block, found)
        if found and attributed is not None:
            # named, not cited: not reported here, and a summary restating the figure points the
            # reader to where the page names its source ("16.6%" above "the OASIS 4 trial ... 16.6%")
            found = [claim for claim in found
                     if not _names_its_source(block, claim[0], attributed, before_in_section())
                     and not _restates_the_block_before(block, claim, attributed, before_in_section())]
        if not weak_only:
            if found and block.table is None:
                if citation_lines is None:
                    citation_lines = _CitationLines(
                        doc, lambda line: bool(claims.kept(line, candidates.get(id(line), []))), hosts)
                if citation_lines.source(block) or _summary_of_a_cited_page(doc, block, hosts):
                    found = []
            if found and authority is not None:
                found = [claim for claim in found if not _listed_authority(doc, block, claim, authority)]
            if found and refers_back is not None:
                # "The trial suggested …" in a post about one trial: the trial the page cites
                found = [claim for claim in found
                         if not (refers_back.match(block.text, claim[0]) and _page_cites(doc, hosts))]
            sourced.append((block, [claim for claim in in_block if claim not in found]))
        if found:
            pending.append((block, cited, found))
    if not pending:
        return
    sourced_claims = _sourced_claims(claims, sourced, pending)
    if any(_claim_text(block, claim).endswith(" people") for block, _, found in pending for claim in found):
        sourced_claims |= _counts_of_people_sourced(doc)
    # A summary restating a number its article sources further on ("31% of patients", "ten
    # participants") is sourced there: the reader finds the citation beside it. In an article
    # of entries each under its own "Sources:" label (a research timeline), so is a summary's
    # figure rounded or approximate ("about 60%" for "56–63%").
    pending = [(block, cited, [claim for claim in found
                               if not _restates(_claim_text(block, claim), sourced_claims)])
               for block, cited, found in pending]
    shares = [share for block, _, found in pending for claim in found
              if (share := SHARE.search(block.text, *claim)) is not None] if _labelled_sections(doc) else []
    sourced_shares = _SourcedShares(doc, shares) if shares else None
    # (a table row is one statement: one finding names the claims of all its cells)
    by_row = (lambda entry: (entry[0].table, entry[0].line) if entry[0].table is not None else id(entry[0])) \
        if options["per_sentence"] else (lambda entry: id(entry[0]))
    for _, cells in groupby(pending, key=by_row):
        claims_by_cell = []
        for block, cited, found in cells:
            if sourced_shares is not None:
                found = [claim for claim in found if not sourced_shares.restated(block, *claim)]
            if found:
                claims_by_cell.append((block, cited, found))
        if len(claims_by_cell) > 1:
            yield _row_finding(doc, rule, claims_by_cell)
            continue
        for block, cited, found in claims_by_cell:
            for group in _grouped(found, cited, options["per_sentence"]):
                yield _finding(doc, rule, block, cited, group)


# A published instrument a page or section is about, whose bands' figures are its definition:
# "Sokal score", "Pulmonary Embolism Severity Index", "Child-Pugh classification" (not a
# "large-scale" study).
INSTRUMENT = lazy_regex(r"(?i)(?<![\w-])(?:scores?|index|indices|scales?|classifications?|nomograms?)\b")
# A band's label, opening its line or row: a class ("I", "Class III", "Grade 2"), a risk group
# ("Low", "Intermediate"), or a range of points ("0-65", ">125").
BAND_LABEL = lazy_regex(r"(?i)[\s|*_]*(?:[IVX]{1,4}|(?:class|grade|group|tier|category|level)\s+\w+|"
                        r"(?:very\s+)?(?:low|intermediate|moderate|high)(?:[- ]risk)?|"
                        r"[<>≤≥]=?\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*(?:-|–|to)\s*\d+(?:\.\d+)?)(?=[\s|:*_]|$)")
BAND_LINE_WORDS = 8  # a band's line: "I  0.0-1.6%" under "## 0-65"


def _defines_an_instrument(doc: Document, block: Block,
                           first_cells: Callable[[], Mapping[tuple[int | None, int], str]]) -> bool:
    """A band's row or line (a table row, or a line of a few words, opening with a class, a risk
    group or a range of points) on a page or under a heading named for a score, index or scale
    (audit s20: PESI's mortality classes, the Sokal score's risk groups): its figures are the
    instrument's own bands, which its name sources."""
    if block.table is None and len(block.text.split()) > BAND_LINE_WORDS:
        return False
    titles = (doc.title, block.section.title if block.section is not None else "")
    if not any(INSTRUMENT.search(title) for title in titles):
        return False  # (most pages: the rest is not looked at)
    label = block.text if block.table is None else first_cells().get((block.table, block.line), "")
    return BAND_LABEL.match(label) is not None


def _list_cites_for(doc: Document, block: Block, hosts: tuple[str, ...]) -> bool:
    """A list item whose citation stands in another item: a sub-item under a cited item
    ("1. **Roe et al. (2014)**" over "- 45% more activation"), one of a run of items that
    make one sentence, ended with a comma, whose last item cites ("- 70-90% for stage I," ...
    "- 0-10% stage IV (J Thorac Oncol 2016;11:39);"), or an item closed by one that only cites
    ("  - (NEJM 2016;375:1925; Ann Oncol 2018;29:1541)")."""
    if doc.shared.cited_by_another_item is None:
        blocks = doc.blocks
        doc.shared.cited_by_another_item = _under_a_cited_item(blocks) | _in_a_cited_sentence(blocks) \
            | _closed_by_a_citing_item(blocks, hosts)
    return id(block) in doc.shared.cited_by_another_item


def _under_a_cited_item(blocks: list[Block]) -> set[int]:
    """Sub-items (by id) whose parent item, or an item before them under the same parent,
    cites. One pass: for each depth, whether the current group at that depth has a citation
    (its parent's, or a sibling's so far)."""
    found: set[int] = set()
    group_cites: dict[int, bool] = {}  # depth -> the current group's parent or a sibling cites
    for block in blocks:
        if not block.in_list:
            group_cites.clear()
            continue
        depth = block.list_depth
        cites = bool(citations.cited(block).marks)
        if depth > 1 and group_cites.get(depth, False):
            found.add(id(block))
        for deeper in [d for d in group_cites if d > depth]:
            del group_cites[deeper]
        group_cites[depth + 1] = cites  # the parent of the items under it
        group_cites[depth] = group_cites.get(depth, False) or cites
    return found


def _closed_by_a_citing_item(blocks: list[Block], hosts: tuple[str, ...]) -> set[int]:
    """Items (by id) just before an item that only cites, a citation line written as a list
    item (a note's "- See table below" then "  - (NEJM 2016;375:1925; JCO 2019;5:5)"): the
    items back to one that cites, at most CLOSED_ITEMS of them, in the same list."""
    found: set[int] = set()
    for index, block in enumerate(blocks):
        if not (block.in_list and _only_cites(block, hosts)):
            continue
        for earlier in blocks[max(0, index - CLOSED_ITEMS):index][::-1]:
            if not earlier.in_list or citations.cited(earlier).marks:
                break
            found.add(id(earlier))
    return found


def _only_cites(item: Block, hosts: tuple[str, ...]) -> bool:
    """An item that is a citation and nothing else: in parentheses ("(Blood 1984;63:789)", "(Ann
    Intern Med 2019;12:40; JCO 2020;8:115)"), or short cites with no more than the trial's and
    the journal's names beside them ("MONARCH-1, Clin Cancer Res 2017;23:5218"); not one linking
    only to the site's own pages or to content farms. An item saying something beside its
    citation ("PE in 25% (NEJM …)") cites for itself."""
    cited = citations.cited(item)
    if not cited.cites_a_source(hosts):
        return False
    return PARENTHESISED_ITEM.match(item.text) is not None or _names_beside_marks(item.text, cited.marks)


def _names_beside_marks(text: str, marks: list[tuple[int, int]]) -> bool:
    """Whether the text outside the marks is no more than a few capitalised names ("MONARCH-1",
    "Clin Cancer Res") and punctuation."""
    outside, start = [], 0
    for mark_start, mark_end in sorted(marks):
        outside.append(text[start:mark_start])
        start = max(start, mark_end)
    outside.append(text[start:])
    words = " ".join(outside).replace(",", " ").replace(";", " ").split()
    return len(words) <= NAMES_BESIDE_CITES and all(NAME_WORD.fullmatch(word) for word in words)


def _in_a_cited_sentence(blocks: list[Block]) -> set[int]:
    """Items (by id) ended with a comma whose sentence goes on in the items after them, up to
    one that cites. One pass from the end."""
    found: set[int] = set()
    for index in range(len(blocks) - 2, -1, -1):
        block, later = blocks[index], blocks[index + 1]
        if block.text.rstrip().endswith(",") and later.in_list \
                and (id(later) in found or citations.cited(later).marks):
            found.add(id(block))
    return found


def _page_sources_its_claims(doc: Document, options: Mapping[str, Any], hosts: tuple[str, ...]) -> bool:
    """The page as a whole has a source for its claims: it is a note on one work, a clip of a
    web page, a chapter citing by its references list, a note taken from a named work, or one
    titled as the reference work it reproduces.
    Asked only of a page with claims: most pages have none."""
    return names_one_work(doc) or citations.page_source(doc, hosts) \
        or (options["list_sources_page"] and citations.cites_by_its_list(doc)) \
        or citations.named_in_provenance(doc, options["provenance"], options["source_works"]) \
        or bool(options["work_titles"] and compiled(options["work_titles"]).search(doc.title))


def _listed_authority(doc: Document, block: Block, claim: Span, authority: re.Pattern[str]) -> bool:
    """Whether a claim appeals to a body by name that an entry of the page's references list
    names too ("The 2017 position statement of The North American Menopause Society. …")."""
    found = authority.match(block.text, *claim)
    if found is None or not found.group("name"):
        return False
    words = found.group("name").split()
    # A body's full name in any case; an acronym ("WHO", not "who") as written.
    flags = re.IGNORECASE if len(words) > 1 else 0
    named = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", flags)
    return any(named.search(entry.text) for entry in doc.blocks if entry.is_reference)


def _names_its_source(block: Block, start: int, attributed: re.Pattern[str],
                      before_in_section: Mapping[int, Block]) -> bool:
    """Whether the sentence a claim starts in names where it comes from, or, when it refers back
    to it ("The results were ...", "In this trial ..."), the sentence before it does; for a
    paragraph's first sentence, the paragraph before it in its section ("**SURMOUNT-5 Trial:**
    ..." over "The results were striking: ...")."""
    sentences = block.sentences
    number = next((number for number, (begin, end) in enumerate(sentences) if begin <= start < end), None)
    # (back along the sentences that refer back: "The results were ... . These results held ...")
    while number is not None:
        begin, end = sentences[number]
        if attributed.search(block.text, begin, end) is not None:
            return True
        if number == 0 or (REFERS_BACK.search(block.text, begin, end) is None
                           and STUDY_PRONOUN.match(block.text, begin) is None):
            # (a paragraph of results that opens by referring back to its study goes on with it:
            # "The results were striking: ... . Nearly 47% more women ...")
            return _opens_as_results(block, attributed, before_in_section, number)
        number -= 1
    return False


def _lead_in_question(block: Block, number: int) -> bool:
    """Whether the block's sentence is a short question that leads into the next: "Even more
    exciting? About one-third of patients ..." goes on with the paragraph before."""
    begin, end = block.sentences[number]
    words = block.text[begin:end].split()
    return len(words) <= MAX_LEAD_IN_WORDS and words[-1].endswith("?") and len(block.sentences) > number + 1


def _opens_as_results(block: Block, attributed: re.Pattern[str],
                      before_in_section: Mapping[int, Block], number: int) -> bool:
    """Whether the paragraph opens with the results of a study the paragraph before names: its
    first sentence referring back to them ("The results were striking: ..."), or a short
    lead-in question; then its later sentences are those results too. Its first sentence may
    refer back to the study with any word ("The trial enrolled ...") and be sourced alone."""
    begin, end = block.sentences[0]
    opening = REFERS_BACK if number == 0 else RESULTS_OPENING
    before = before_in_section.get(id(block))
    return (opening.search(block.text, begin, end) is not None or _lead_in_question(block, 0)) \
        and before is not None and attributed.search(before.text) is not None


def _restates_the_block_before(block: Block, claim: Span, attributed: re.Pattern[str],
                               before_in_section: Mapping[int, Block]) -> bool:
    """Whether a claim says again what the block just before it sourced: the measure it names
    with no figure ("may decrease the one-month mortality rate" in a gloss under "↓ 1-mo
    mortality (NEJM 2015;372:1619)"), or its figure in words ("Seven out of ten women." after
    "The Menopause Society's 2025 report estimated that up to 70% ...")."""
    before = before_in_section.get(id(block))
    if before is None:
        return False
    text = block.text[claim[0]:claim[1]]
    if any(char.isdigit() for char in text):
        return False
    cited = citations.cited(before)
    sourced = bool(cited.marks) or attributed.search(before.text) is not None
    if not sourced:
        return False
    if (fraction := WORDED_FRACTION.fullmatch(text.strip())) is not None:
        part, whole = (int(NUMBER_WORDS[word.lower()]) for word in fraction.groups())
        # ("one in eight" is 12.5%, and a text may round it either way)
        return whole > 0 and any(abs(float(share.group(1)) - 100 * part / whole) <= 1
                                 for share in SHARE.finditer(before.text))
    measure = MEASURE_STEM.search(text)
    return measure is not None and re.search(rf"(?i)\b{measure.group(0)}", before.text) is not None


def _prose_before_in_section(doc: Document) -> dict[int, Block]:
    """Each prose block (by id) -> the prose block before it, when both stand in one section."""
    blocks = doc.prose_blocks
    return {id(after): before for before, after in pairwise(blocks)
            if after.section is before.section and after.table is None and not after.is_reference}


def _in_context(claims_by_block: BlockSpans, options: Mapping[str, Any]) -> BlockSpans:
    """Less the claims whose words need a context their sentence lacks: "significantly
    reduces" appeals to research beside a comparison, a trial or an endpoint ("significantly
    improved survival compared with placebo"), and is the plain intensifier of a patient
    leaflet without one ("early treatment significantly reduces the risk"). Each claim is
    tried where it starts, with no pass over the whole document first: most documents name
    a measure ("survival rate") somewhere, and the pass cost more than the matches it saved."""
    if not options["needs_context"] or not claims_by_block:
        return claims_by_block
    needs_context = compiled(options["needs_context"])
    context = compiled(options["context"]) if options["context"] else None
    kept: BlockSpans = []
    for block, claims in claims_by_block:
        text = block.text
        claims = [(start, end) for start, end in claims if not needs_context.match(text, start)
                  or (context is not None
                      and _beside(context, text, block.citations.sentence_of(start), (start, end)))]
        if claims:
            kept.append((block, claims))
    return kept


def _beside(context: re.Pattern[str], text: str, sentence: tuple[int, int], claim: tuple[int, int]) -> bool:
    """Whether the context is in the sentence outside the claim's own words ("the absolute risk
    increase is small" says nothing of how it goes: its "increase" is the measure's name)."""
    return context.search(text, sentence[0], claim[0]) is not None \
        or context.search(text, claim[1], sentence[1]) is not None


def _summary_of_a_cited_page(doc: Document, block: Block, hosts: tuple[str, ...]) -> bool:
    """A front-matter summary ("description: WHO's new data shows …") tells what the page
    says: its claims are sourced where the page's text cites (the report linked below)."""
    first, last = doc.front_matter_lines
    if not first <= block.line <= last:
        return False
    key = next((found.group(1) for number in range(block.line, first - 1, -1)
                if (found := FRONT_MATTER_KEY.match(doc.lines[number - 1]))), "")
    return key.casefold() in SUMMARY_KEYS and _page_cites(doc, hosts)


def _page_cites(doc: Document, hosts: tuple[str, ...]) -> bool:
    """The page's text (below its front matter) cites a source: a mark that is not only a
    link to the site's own page or to a content farm."""
    last = doc.front_matter_lines[1]
    return any(cited.cites_a_source(hosts)
               for cited in (citations.cited(b) for b in doc.prose_blocks if b.line > last)) \
        or bool(papers_entries(doc))


def _sourced_claims(claims: DocumentClaims, sourced: BlockSpans,
                    pending: list[tuple[Block, citations.CitedBlock, list[Span]]]) -> set[str]:
    """The texts of the claims a citation sources that an unsourced claim's words restate: of
    those, only the few that do are searched for exceptions."""
    restated = {_claim_text(block, claim) for block, _, found in pending for claim in found}
    found: set[str] = set()
    for block, in_block in sourced:
        same = [claim for claim in in_block if _claim_text(block, claim) in restated]
        found.update(_claim_text(block, claim) for claim in claims.kept(block, same))
    return found


def _restates(claim: str, sourced_claims: set[str]) -> bool:
    """A number the article sources elsewhere; words alone ("trials show") restate nothing."""
    return claim in sourced_claims and any(char.isdigit() for char in claim)


class _SourcedShares:
    """The percentages the article's sourced blocks state (a timeline entry under its
    "Sources:" label, a sentence with a citation), claims or not ("autonomic failure in over
    89%"), for a summary that restates one further up: the same figure, a figure rounded
    ("14%" for "13.8%"), or an approximate one inside a narrow sourced range ("about 60%" for
    "56–63%"). A round or one-digit figure ("50%", "20–30%", "5%") restates only as the very
    claim text (see `_restates`): it is too common to tie two sentences together. Only the
    figures that may restate one of the unsourced claims (`wanted`) are looked up."""

    def __init__(self, doc: Document, wanted: list[re.Match[str]]) -> None:
        labelled = _labelled_sections(doc)
        values = {_share(match)[0] for match in wanted if match.group(2) is None}
        ranges = {_share(match) for match in wanted if match.group(2) is not None}
        self.index = {id(block): index for index, block in enumerate(doc.prose_blocks)}
        # each figure with the index of the last block that sources it
        self.values: dict[float, int] = {}
        self.ranges: dict[tuple[float, float], int] = {}
        for index, block in enumerate(doc.prose_blocks):
            if "%" not in block.text and "cent" not in block.text:
                continue
            for match in SHARE.finditer(block.text):
                low, high = _share(match)
                if not _may_restate(low, high, values, ranges):
                    continue
                if id(block.section) in labelled or citations.cited(block).claim_is_sourced(match.start()):
                    if high is None:
                        self.values[low] = index
                    else:
                        self.ranges[(low, high)] = index

    def restated(self, block: Block, start: int, end: int) -> bool:
        match = SHARE.search(block.text, start, end)
        if match is None:
            return False
        here = self.index.get(id(block), len(self.index))
        low, high = _share(match)
        if high is not None:
            return self.ranges.get((low, high), -1) > here and not (_common(low) and _common(high))
        if not _common(low) and (self.values.get(low, -1) > here or any(
                not value.is_integer() and _half_up(value) == low and where > here
                for value, where in self.values.items())):
            return True
        return bool(APPROXIMATE.search(block.text, max(0, start - 20), start)) and any(
            lower <= low <= upper and upper - lower <= NARROW_RANGE and where > here
            for (lower, upper), where in self.ranges.items())


def _may_restate(low: float, high: float | None, values: set[float],
                 ranges: set[tuple[float, float | None]]) -> bool:
    """Whether a sourced figure is one of the wanted values, rounds to one, or is a narrow
    range holding one (or a wanted range itself)."""
    if high is None:
        return low in values or _half_up(low) in values
    return (low, high) in ranges or any(low <= value <= high <= low + NARROW_RANGE for value in values)


def _share(match: re.Match[str]) -> tuple[float, float | None]:
    return float(match.group(1)), float(match.group(2)) if match.group(2) else None


def _common(value: float) -> bool:
    return value.is_integer() and (value < 10 or value % 5 == 0)


def _half_up(value: float) -> float:
    return float(int(value + 0.5))


class _CitationLines:
    """Which blocks a citation line sources: a short paragraph that claims nothing and ends
    with a citation of a source ("UKPDS. *Lancet* 1998;352:837", a link to the review a note
    summarises) introduces or closes the entry just before or after it in its section; just
    under a heading ("(Circ 2021;143:e254; Lancet 2021;398:957)"), or in the heading itself
    ("## Epidemiology (Lancet 2016;387:156)"), it gives its whole section's sources. A line
    linking only to the site's own pages ("See [our guide](/guides/x)") is a cross-reference,
    no source. Lines are read only around the blocks asked about, once each."""

    def __init__(self, doc: Document, has_claims: Callable[[Block], bool], hosts: tuple[str, ...]) -> None:
        self.blocks = doc.blocks
        self.has_claims = has_claims
        self.hosts = hosts
        self.index = {id(block): index for index, block in enumerate(doc.blocks)}
        self.headings = {block.line: block for block in doc.blocks if block.kind == "heading"}
        self.lines: dict[int, bool] = {}  # block index -> whether it is a citation line
        self.opened: dict[int, bool] = {}  # id(section) -> whether a citation line opens it
        self.sections = doc.sections
        self.enclosing: dict[int, list[Section]] | None = None  # id(section) -> headed sections it is in
        self.list_starts: dict[int, int] = {}  # block index of a list item -> its list's first item

    def _enclosing(self, section: Section) -> list[Section]:
        """The sections of the headings above a section's ("# Pleural fluid" over "## Cytology"):
        a citation line opening one gives the sections under it their source too."""
        if self.enclosing is None:
            self.enclosing = {}
            open_headings: list[tuple[int, Section]] = []  # (level, section), outermost first
            for each in self.sections:
                heading = self.headings.get(each.line)
                level = heading.heading_level if heading is not None else 0
                while level and open_headings and open_headings[-1][0] >= level:
                    open_headings.pop()
                self.enclosing[id(each)] = [enclosing for _, enclosing in open_headings]
                if level:
                    open_headings.append((level, each))
        return self.enclosing.get(id(section), [])

    def source(self, block: Block) -> bool:
        section = block.section
        if section is not None and any(self._opened(each) for each in (section, *self._enclosing(section))) \
                and any(b is block for b in section.blocks):
            return True
        index = self.index[id(block)]
        if any(0 <= near < len(self.blocks) and self.blocks[near].section is section
               and self._is_line(near) and not self._opens(near) for near in (index - 1, index + 1)):
            return True
        return block.in_list and (self._list_under_a_line(index) or self._list_under_an_attribution(index))

    def _list_under_an_attribution(self, index: int) -> bool:
        """Lists under a lead-in that gives whose advice they set out, through their labels
        ("**According to WHO guidelines**, lifestyle change comes first:" over "**Weight:**" and
        its bullets; "According to the Menopause Society, hormone therapy is first-line." over
        "**Effectiveness:**" and its bullets): the lead-in is their source (audit s22a)."""
        blocks, section = self.blocks, self.blocks[index].section
        before, labels = self._list_start(index) - 1, 0
        while before >= 0 and blocks[before].section is section \
                and (blocks[before].in_list or LIST_LABEL.fullmatch(blocks[before].text)):
            labels += not blocks[before].in_list
            before = self._list_start(before) - 1 if blocks[before].in_list else before - 1
        if before < 0 or blocks[before].section is not section or blocks[before].in_list:
            return False
        lead_in = blocks[before].text
        introduces = lead_in.rstrip(" *_").endswith(":") or labels > 0
        return introduces and ATTRIBUTED_LEAD_IN.search(lead_in) is not None

    def _list_under_a_line(self, index: int) -> bool:
        """A list right under a line of parentheses that cites ("(classic PAN) (Nat Rev Rheumatol
        2017;13:381)" over the list of its definition and epidemiology): the line is the list's
        source, as it is a section's just under its heading (audit s20b)."""
        blocks = self.blocks
        first = self._list_start(index)
        return first > 0 and blocks[first - 1].section is blocks[index].section \
            and self._parenthesised_sources(blocks[first - 1])

    def _list_start(self, index: int) -> int:
        """The first item of the run of list items an item is in, in its section (each run walked
        once, however many of its items are asked about)."""
        blocks, walked = self.blocks, []
        first = index
        while first not in self.list_starts and first > 0 and blocks[first - 1].in_list \
                and blocks[first - 1].section is blocks[index].section:
            walked.append(first)
            first -= 1
        first = self.list_starts.get(first, first)
        for each in walked:
            self.list_starts[each] = first
        return first

    def _opens(self, index: int) -> bool:
        """A line just under a heading opens its section."""
        blocks = self.blocks
        return index > 0 and blocks[index].section is not None and blocks[index - 1].kind == "heading"

    def _opened(self, section: Section) -> bool:
        if id(section) not in self.opened:
            indexes = (self.index.get(id(line)) for line in section.blocks if line.section is section)
            self.opened[id(section)] = self._heading_cites(section) or any(
                index is not None and self._opens(index)
                and (self._is_line(index) or self._parenthesised_sources(self.blocks[index])
                     or self._opening_line_cites(self.blocks[index]))
                for index in indexes)
        return self.opened[id(section)]

    def _heading_cites(self, section: Section) -> bool:
        """A heading that carries its section's sources ("## Epidemiology (Lancet 2016;387:156)")."""
        heading = self.headings.get(section.line)
        if heading is None:
            return False
        return citations.cited(heading).cites_a_source(self.hosts)

    def _lone_entry(self, item: Block) -> bool:
        """A list of one item ("1. Roe AB. Title. J Med. 2007;1:229. <https://…>"), as a note
        closes a paragraph with its source; not an item of a longer list."""
        index = self.index[id(item)]
        blocks = self.blocks
        return not any(blocks[near].in_list for near in (index - 1, index + 1) if 0 <= near < len(blocks))

    def _parenthesised_sources(self, line: Block) -> bool:
        """A note's line of parentheses just under its heading, ending with their sources, gives
        the section its sources, what it says besides them too ("(30% of cases; Kidney Int
        2017;12:938)", "(NEJM 2002;346:1971)")."""
        if line.kind != "paragraph" or line.in_list or len(line.text.strip()) > CITATION_LINE_CHARS \
                or PARENTHESES_ONLY.match(line.text) is None:
            return False
        cited = citations.cited(line)
        return cited.cites_a_source(self.hosts) \
            and _words_after_marks(line.text, cited.marks) <= CITATION_LINE_TAIL

    def _opening_line_cites(self, block: Block) -> bool:
        """A paragraph whose first line is only a citation, the lines under it unparted from it:
        in parentheses ("(Nat Rev Dis Primers 2016;2:16061)" over "• Nulliparity, ..."), or a
        short cite ("JAMA. 2022;328(3):280-291." over a line on why the review is worth reading)."""
        first, parted, _ = block.text.partition("\n")
        if not parted or block.kind != "paragraph":
            return False
        cited = citations.cited(block)
        in_first = [mark for mark in cited.marks if mark[0] < len(first)]
        if not in_first or not cited.cites_a_source(self.hosts):
            return False
        return PARENTHESES_ONLY.match(first) is not None or (
            len(first.split()) <= NAMES_BESIDE_CITES
            and _words_after_marks(first, in_first) <= CITATION_LINE_TAIL)

    def _is_line(self, index: int) -> bool:
        if index not in self.lines:
            self.lines[index] = self._reads_as_line(self.blocks[index])
        return self.lines[index]

    def _reads_as_line(self, line: Block) -> bool:
        if line.kind != "paragraph" or (line.in_list and not self._lone_entry(line)) or line.is_reference \
                or len(line.text.strip()) > CITATION_LINE_CHARS:
            return False
        cited = citations.cited(line)
        return cited.cites_a_source(self.hosts) \
            and _words_after_marks(line.text, cited.marks) <= CITATION_LINE_TAIL \
            and not self.has_claims(line)


def _words_after_marks(text: str, marks: list[tuple[int, int]]) -> int:
    return sum(char.isalnum() for char in text[max(end for _, end in marks):])


def _counts_of_people_sourced(doc: Document) -> set[str]:
    """Counts of people ("ten participants", "57 patients") in the blocks a citation or a
    "Sources:" label sources, as claim texts read them ("10 people")."""
    labelled = _labelled_sections(doc)
    found: set[str] = set()
    for block in doc.prose_blocks:
        counts = PEOPLE_COUNT.findall(block.text) if PEOPLE.search(block.text) else []
        if counts and (id(block.section) in labelled or citations.cited(block).marks):
            found.update(f"{NUMBER_WORDS.get(number.casefold(), number)} people" for number in counts)
    return found


class DocumentClaims:
    """A document's claims, found once for every rule with the same patterns (CIT001 reports
    the unsourced ones, CIT008 those with only weak sources): each block's candidates, and
    which of them `not_claims` leaves claims. The exceptions are searched for only in the
    blocks where they can change a finding: where a candidate would be reported, where a
    sourced one's words are restated, and around a citation line; most candidates are
    sourced, and most blocks need no search."""

    def __init__(self, found: BlockSpans, not_claims: PatternSet | None) -> None:
        self.found = found  # (block, its candidates): the blocks with at least one
        self.not_claims = not_claims
        self.exceptions: dict[int, list[Span]] = {}  # id(block) -> the spans no claim may overlap

    def kept(self, block: Block, candidates: list[Span]) -> list[Span]:
        """The candidates of the block that no exception ("95% CI", "5% dextrose", "up to 1
        in 10") overlaps: its `exempt` group where it has one (the rest of its match is context,
        which may hold claims)."""
        if not candidates or self.not_claims is None:
            return candidates
        spans = self.exceptions.get(id(block))
        if spans is None:
            spans = self.exceptions[id(block)] = [
                m.span("exempt") if "exempt" in m.re.groupindex else m.span()
                for _, m in self.not_claims.find_all(block.text)]
        return [(start, end) for start, end in candidates if not any(s < end and start < e for s, e in spans)]


def _document_claims(doc: Document, options: Mapping[str, Any]) -> DocumentClaims:
    key: ClaimsKey = (tuple(options["patterns"]), options["not_after"], tuple(options["not_claims"]),
                      options["scale_blocks"], options["tables"],
                      options["class_tables"], options["rate_columns"])
    found = doc.shared.claims.get(key)
    if found is None:
        not_claims = pattern_set(options["not_claims"]) if options["not_claims"] else None
        found = doc.shared.claims[key] = DocumentClaims(list(_find_claims(doc, options)), not_claims)
    return found


def _find_claims(doc: Document, options: Mapping[str, Any]) -> Iterator[tuple[Block, list[Span]]]:
    """Each block's candidates: what the patterns find, less what `not_after`, a class table
    and a named scale make no claim (`not_claims` is DocumentClaims.kept's)."""
    patterns = pattern_set(options["patterns"])
    not_after = compiled(options["not_after"] + r"\s*$") if options["not_after"] else None
    scale = compiled(options["scale_blocks"]) if options["scale_blocks"] else None
    class_tables = compiled(options["class_tables"]) if options["class_tables"] else None
    rate_columns = compiled(options["rate_columns"]) if options["rate_columns"] else None
    # A block names a scale only where the document may: most never do.
    scale = scale if scale is not None and single(scale).might_match_within(doc.blocks_text) else None
    for block in doc.prose_blocks:
        # (a header row labels the columns below it: "| High > 50% | Mod 30~50% |" names a class)
        if block.table is not None and (not options["tables"] or block.table_header):
            continue
        claims = _claims(block.text, patterns, not_after)
        if claims and class_tables is not None and in_class_column(doc, block, class_tables, rate_columns):
            claims = [claim for claim in claims if not class_bound(block.text, *claim)]
        if claims and (scale is None or not about_scale(block, scale)):
            yield block, claims


def _claim_text(block: Block, claim: tuple[int, int]) -> str:
    """The words of a claim as a restatement may write them: "66 patients" and "66
    participants" are one count of people."""
    words = " ".join(block.text[claim[0] : claim[1]].split()).casefold()
    return PEOPLE.sub("people", words)


def _finding(doc: Document, rule: Rule, block: Block, cited: citations.CitedBlock,
             group: list[tuple[int, int]]) -> Finding:
    start, end = group[0]
    sentence_start, sentence_end = cited.sentence_of(start)
    sentence = block.text[sentence_start : min(sentence_end, sentence_start + CONTEXT_CHARS)]
    return finding_at(rule, doc.path, block.span(start, end),
                      _message(rule, [block.text[s:e] for s, e in group]), context=sentence)


def _message(rule: Rule, claims: list[str]) -> str:
    """The rule's message naming the claims, each quoted and shortened."""
    quoted = [f"'{_quote(claim, rule.options['max_claim_chars'])}'" for claim in claims]
    listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " and " + quoted[-1]
    many = len(quoted) > 1
    return rule.format(claim=quoted[0][1:-1], claims=listed, plural="s" if many else "",
                       verb="have" if many else "has")


def _row_finding(doc: Document, rule: Rule,
                 cells: list[tuple[Block, citations.CitedBlock, list[Span]]]) -> Finding:
    """One finding for a table row's claims in several cells ("| ABC subtype | 75.9% | 75.9% |"),
    from its first claim to its last."""
    first, _, first_claims = cells[0]
    last, _, last_claims = cells[-1]
    start = first.span(*first_claims[0])
    end = last.span(*last_claims[-1])
    return finding_at(rule, doc.path, SourceSpan(start.line, start.column, end.end_line, end.end_column),
                      _message(rule, [block.text[s:e] for block, _, found in cells for s, e in found]),
                      context=first.text[:CONTEXT_CHARS])


def _grouped(claims: list[tuple[int, int]], cited: citations.CitedBlock,
             per_sentence: bool) -> Iterator[list[tuple[int, int]]]:
    if not per_sentence:
        yield from ([claim] for claim in claims)
        return
    groups: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for claim in claims:
        groups.setdefault(cited.sentence_of(claim[0]), []).append(claim)
    yield from groups.values()


def _claims(text: str, patterns: PatternSet,
            not_after: re.Pattern[str] | None) -> list[tuple[int, int]]:
    found = patterns.find_all(text)
    # Where no part of the block can match `not_after`, no text before a claim does.
    if not found or not_after is None or not single(not_after).might_match_within(text):
        return [m.span() for _, m in found]
    return [m.span() for _, m in found
            if not not_after.search(text[max(0, m.start() - NOT_AFTER_CHARS) : m.start()])]


def in_class_column(doc: Document, block: Block, class_tables: re.Pattern[str],
                    rate_columns: re.Pattern[str] | None) -> bool:
    """Whether the block is a cell of a table that classifies, in a column not headed by a rate:
    its ranges and bounds are the classes' ("| Mild | 60% to LLN |"), no claims."""
    if block.table is None:
        return False
    tables = doc.shared.classifying_tables.get(class_tables.pattern)
    if tables is None:
        tables = doc.shared.classifying_tables[class_tables.pattern] = _classifying_tables(doc, class_tables)
    header = tables.get(block.table, {}).get(_column(doc, block))
    return header is not None and (rate_columns is None or not rate_columns.search(header))


def class_bound(text: str, start: int, end: int) -> bool:
    """Whether the number at start:end is a class's bound: a range, an open bound ("or more"),
    a comparison before it (">75%", "up to 140%") or an end of a range ("80% to 120%", "60% to
    LLN")."""
    return RANGE.search(text, start, end) is not None or OPEN_BOUND.match(text, end) is not None \
        or BOUND_BEFORE.search(text, max(0, start - BOUND_WORDS_CHARS), start) is not None \
        or BOUND_TO.match(text, end) is not None


def _classifying_tables(doc: Document, class_header: re.Pattern[str]) -> dict[int, dict[int, str]]:
    """Tables with a header cell naming classes ("Level", "Classification", "Normal"): the
    ranges in their cells bound the classes. Each with its header's text by column."""
    headers: dict[int, dict[int, str]] = {}
    for block in doc.prose_blocks:
        if block.table is not None and block.table_header:
            headers.setdefault(block.table, {})[_column(doc, block)] = block.text
    return {table: columns for table, columns in headers.items()
            if any(class_header.search(text) for text in columns.values())}


def _column(doc: Document, cell: Block) -> int:
    """A table cell's column: how many cell bars stand before it on its line."""
    start = cell.span(0, 0)
    before = doc.lines[start.line - 1][: start.column - 1]
    return before.count("|") - before.count("\\|")


def about_scale(block: Block, scale: re.Pattern[str]) -> bool:
    """A block, or the title of its section, names the scale."""
    title = block.section.title if block.section is not None else ""
    return scale.search(block.text) is not None or scale.search(title) is not None


def _labelled_sections(doc: Document) -> set[int]:
    """Sections with a "Sources:" label whose block, or the block after it, cites something:
    a timeline entry's own source list sources the entry (worked out once per document)."""
    if doc.shared.labelled_sections is None:
        doc.shared.labelled_sections = _find_labelled_sections(doc)
    return doc.shared.labelled_sections


def _find_labelled_sections(doc: Document) -> set[int]:
    found: set[int] = set()
    if not any(word in doc.lowered for word in LABEL_WORDS):
        return found
    blocks = doc.blocks
    for index, block in enumerate(blocks):
        if block.section is None or ":" not in block.text or not SOURCES_LABEL.search(block.text):
            continue
        following = blocks[index : index + 2]
        # the list under a label paragraph is the label's own references section
        if any((b.section is block.section or (b.section is not None and b.section.line == block.line))
               and citations.cited(b).marks for b in following):
            found.add(id(block.section))
    return found


def _quote(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"




def _sourced_tables(doc: Document) -> set[int]:
    """Tables whose cells (a header naming a study, "Roe 2001", too), or the paragraphs around
    them (a caption), carry a citation, or that have a Source column or a line naming their
    source just under them (once per document)."""
    if doc.shared.sourced_tables is None:
        doc.shared.sourced_tables = _find_sourced_tables(doc)
    return doc.shared.sourced_tables


def _find_sourced_tables(doc: Document) -> set[int]:
    cells: dict[int, list[int]] = {}
    for index, block in enumerate(doc.blocks):
        if block.table is not None:
            cells.setdefault(block.table, []).append(index)
    sourced: set[int] = set()
    for table, indexes in cells.items():
        around: list[Block] = [doc.blocks[i] for i in indexes]
        for neighbour in (indexes[0] - 1, indexes[-1] + 1):
            if 0 <= neighbour < len(doc.blocks) and doc.blocks[neighbour].table is None:
                around.append(doc.blocks[neighbour])
        header = [doc.blocks[i] for i in indexes if doc.blocks[i].table_header]
        under = doc.blocks[indexes[-1] + 1] if indexes[-1] + 1 < len(doc.blocks) else None
        if any(SOURCE_COLUMN.match(b.text) for b in header) \
                or any(citations.cited(block).marks for block in around) \
                or (under is not None and under.table is None and TABLE_SOURCE_LINE.match(under.text)):
            sourced.add(table)
    return sourced
