"""What counts as a citation, for the CIT rules.

A Markdown link, a footnote reference, a bracketed number ([1], [1,3], [2-4]) or one in
parentheses closing a sentence ("… volume regulation (25–31)."), a superscript
number (also `<sup><a href=…>3,4</a></sup>`), an author-year cite ("(Smith et al., 2019)",
"(registry data, Paret et al. 1997)", "Smith et al. (2019)"), a journal short cite
("Lancet Oncol 2012;13:25", "J Clin Oncol. 2023;41(22):3867"), a journal and year in
brackets ("(GADOLIN Study, Lancet Oncol 2016)"), a DOI, a PMID, an NCT number
or a source note ("(Source: 2022 AHA/ACC Guideline …)"). A page clipped from another
(a web clipper's `source: https://…` in its front matter) has that page as its source.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from linter.document import Block, Document
from linter.patterns import compiled, lazy_regex, pattern_set, single

if TYPE_CHECKING:
    from linter.context import RunContext

# Not a reference-style link's label ("[Figure 1][12]") nor a placeholder ("[1] <>"). The "["
# comes first and the look-behinds read it too, so a search jumps from one "[" to the next
# instead of trying the look-behinds at every character.
BRACKET_NUMBERS = re.compile(r"\[(?:(?<=\[\d\]\[)|(?<=\[\d\d\]\[)|(?<=\[\d\d\d\]\[)|(?<!\]\[))"
                             r"(\d{1,3}(?:\s*[,–-]\s*\d{1,3})*)\](?![(:])(?!\[[^\]\d])(?!\s{0,2}<(?:>|\s))")
SUPERSCRIPT = re.compile(r"<sup>(?:\s*<a\b[^<>]{0,400}>)?\s*\[?\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]?\s*"
                         r"(?:</a>\s*)?</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
AUTHOR_YEAR = re.compile(
    r"\((?:[^()]{0,80}?[;,]\s*)?[A-Z][\w'’-]+(?:\s+(?:et\s+al\.?|and|&)\s*(?:[A-Z][\w'’-]+)?)?,?\s+"
    r"(?:19|20)\d{2}[a-z]?(?:;[^()]*)?\)"
    # "Roe et al. (2019)", "Roe et al., *The Lancet* (2025)"
    r"|\b[A-Z][\w'’-]+\s+et\s+al\.?,?\s*(?:[*_]{0,2}[A-Z][\w .&'’-]{0,60}?[*_]{0,2},?\s*)?"
    r"\(?(?:19|20)\d{2}[a-z]?\b"
)
# "(25–31)" or "(4, 7)" closing a sentence: reference numbers in parentheses, as textbooks cite
# (also before a pointer to a figure: "… regulation (25–31) (see Figure 5).").
PARENTHESISED_NUMBERS = re.compile(r"(?<=[a-z\s])\((\d{1,3}(?:\s*[,–-]\s*\d{1,3})+|\d{1,3})\)"
                                   r"(?=\s*[.;]|\s*$|\s*\([^()]{0,60}\b(?:Fig(?:ure)?s?\.?|Tables?)\s*\d{1,3}[A-Za-z]?\)\s*(?:[.;]|$))")
# "(Source: 2022 AHA/ACC Guideline …)", "(Adapted from Roe …)": a source note under a figure.
# (Case spelled out: the prefilter of `(?i)` before an alternation misses "(Source".)
SOURCE_NOTE = re.compile(r"\((?:[Ss]ources?\s*:|[Aa]dapted\s+from"
                         r"|[Rr]eprinted\s+(?:with\s+permission\s+)?from)\s*[A-Z0-9][^()]{8,}")
# "(Ref)" closing a drug reference's sentence (Lexicomp, UpToDate): its link to the reference,
# whose text a clipper kept without the address; the sentence cites, as a bare "[12]" does.
CLIPPED_REF = re.compile(r"\(Refs?\)")
# A citation key of a scholarly toolchain: LaTeX's "\\cite{Roe2019}" (and citep, citet), pandoc's
# "[@roe2019]" or "[see @roe2019, p. 4]", and a note's "BibTeX key: `Roe2019`". The key stands for
# a reference in the project's bibliography, as "[12]" does for a numbered list's entry.
CITATION_KEY = re.compile(r"\\cite[pt]?\*?\{[\w:.+/-]+(?:,\s*[\w:.+/-]+)*\}"
                          r"|\[(?:[^\[\]\n@\x22]{0,20}\s)?-?@[A-Za-z][\w:.+-]{2,}[^\[\]\n\x22]{0,40}\]"
                          r"|\b(?i:bibtex|bib)\s*(?i:key)?\s*[*_]{0,2}\s*:\s*[*_]{0,2}\s*`[A-Za-z][\w:.+-]{2,}`")
# year;volume(issue):page, the short form of a journal citation (also as "2019:156;461", a
# note's slip of volume and page marks).
JOURNAL_CITE = re.compile(r"\b(?:19|20)\d{2}\s*(?:[A-Z][a-z]{2}\s*(?:\d{1,2}\s*)?)?;\s*\d{1,4}"
                          r"(?:\s*\([\w\s-]{1,12}\))?\s*:\s*[eES]?\d{1,6}"
                          r"|\b(?:19|20)\d{2}:\d{1,4};\s*[eES]?\d{1,6}\b")
# "(GADOLIN Study, Lancet Oncol 2016)", "(Chen, Blood 2016)": a journal and year in brackets.
JOURNAL_YEAR = re.compile(r"\([^()\n]{0,60}\b(?:Lancet(?:\s+[A-Z][a-z]+)?|N\s?Engl\s?J\s?Med|NEJM|BMJ|"
                          r"JAMA(?:\s+[A-Z][a-z]+)?|JCO|J\s?Clin\s?Oncol|Ann\s?Oncol|Blood|Nat(?:ure)?\s?Med|"
                          r"Gastroenterology|Circulation|Hepatology|Pediatrics|Neurology)\.?,?\s+(?:19|20)\d{2}\)")
IDENTIFIER = re.compile(r"\b(?:doi:\s*|https?://doi\.org/)?10\.\d{4,9}/\S+|\bPMID:?\s*\d{5,9}\b"
                        r"|\bNCT\d{8}\b", re.IGNORECASE)
# "Roe 2001", "Roe et al. 2005": a study named in a table's header cell.
HEADER_CITE = lazy_regex(r"\b[A-Z][\w'’-]+(?:\s+et\s+al\.?)?,?\s+\(?(?:19|20)\d{2}[a-z]?\b")
# "Modi S, et al. A novel antibody ... Lancet Oncol. 2017.": a bibliographic entry wherever it is
# listed ("## Reading list" too). It quotes a paper's title; it does not speak for the article.
BIBLIOGRAPHIC_ENTRY = lazy_regex(
    r"^(?:[a-z]{2,4}\s)?[A-Z][\w'’-]+\s[A-Z]{1,3}(?:,\s*(?:et\s+al\b|(?:[a-z]{2,4}\s)?[A-Z][\w'’-]+\s[A-Z]{1,3}\b)"
    r"|\.?\s+et\s+al\b)[^\n]*\b(?:19|20)\d{2}\b")
# "a study by Laursen et al.": a named study, without its year.
STUDY_BY = re.compile(r"\b(?:[Ss]tudy|[Tt]rial|[Rr]eview|[Aa]nalysis|[Pp]aper|[Cc]ohort)\s+(?:by|from)\s+"
                      r"[A-Z][\w'’-]+\s+et\s+al\b")
# "[FDA Press Release 2022 Nov 30]", "[NICE NG101, 2018]": a dated document of an agency, in brackets.
AGENCY_NOTE = re.compile(r"\[(?:FDA|EMA|MHRA|NICE|WHO|CDC|NIH|NCI|USPSTF|ASCO|NCCN|ESMO|AHA|ACC|ADA)\b"
                         r"[^\]\n]{0,60}?\b(?:19|20)\d{2}\b[^\]\n]{0,20}\]")
UNDEFINED_FOOTNOTE = re.compile(r"\[\^([^\]\s]+)\]")
NON_SOURCE_SCHEMES = ("mailto:", "tel:", "#")
# Each citation regex with its prefilter, and one prefilter for them all: most blocks cite
# nothing, and one pass of the set's automata tells so instead of one pass per regex.
MARK_REGEXES = (BRACKET_NUMBERS, PARENTHESISED_NUMBERS, SUPERSCRIPT, AUTHOR_YEAR, JOURNAL_CITE, JOURNAL_YEAR,
                IDENTIFIER,
                SOURCE_NOTE, CLIPPED_REF, CITATION_KEY, STUDY_BY, AGENCY_NOTE)
MARK_PATTERNS = tuple((regex, single(regex)) for regex in MARK_REGEXES)
ANY_MARK = pattern_set(tuple(("(?i)" if regex.flags & re.IGNORECASE else "") + regex.pattern
                             for regex in MARK_REGEXES))


def expand_numbers(group: str) -> list[int]:
    """'1, 3-5' -> [1, 3, 4, 5] (ranges capped, so '[1-999]' cannot blow up). Split with str
    methods: a regex split at blanks around the commas is quadratic on a long run of spaces
    ("[1       -2]")."""
    numbers: list[int] = []
    for part in (piece.strip() for piece in group.split(",")):
        bounds = [bound.strip() for bound in part.replace("–", "-").split("-")]
        if len(bounds) == 2 and bounds[0].isdigit() and bounds[1].isdigit():
            low, high = int(bounds[0]), int(bounds[1])
            numbers.extend(range(low, min(high, low + 50) + 1))
        elif part.isdigit():
            numbers.append(int(part))
    return numbers


# Images, and an Obsidian note's links to its other notes, are not sources.
NOT_SOURCE_KINDS = ("image", "wikilink", "embed")
# Sites whose pages are no source for a medical claim: user-written answers, social media and
# content farms (the configuration's `not-sources:` adds more, `site: host:` the site itself).
CONTENT_FARMS = ("ehow.com", "wikihow.com", "answers.com", "ask.com", "quora.com", "reddit.com",
                 "pinterest.com", "facebook.com", "instagram.com", "tiktok.com", "twitter.com",
                 "x.com", "medium.com", "blogspot.com", "wordpress.com", "livestrong.com",
                 "naturalnews.com", "mercola.com")
# A URL scheme; the look-behind keeps a search linear (one try per run of scheme characters).
SCHEME = lazy_regex(r"(?<![\w+.-])[A-Za-z][\w+.-]*:")
PAGE_SUFFIXES = ("", ".md", ".mdx", ".markdown", ".html", ".htm")
HOST = lazy_regex(r"(?i)^(?:https?:)?//(?:[^@/?#]*@)?([^/:?#]+)")


def not_source_hosts(context: RunContext) -> tuple[str, ...]:
    """Domains whose pages are no source: the content farms, the configuration's, the site's own."""
    own = (context.site.host,) if context.site is not None and context.site.host else ()
    return CONTENT_FARMS + context.not_sources + own


# Front-matter keys naming the page a note was clipped or copied from (compared without case,
# "-" or "_": "source", "source_url", "sourceURL"); its web address is the whole page's source.
PAGE_SOURCE_KEYS = frozenset(("source", "sources", "sourceurl", "originalurl", "clippedfrom"))
WEB_ADDRESS = lazy_regex(r"(?i)^\s*https?://[^\s/?#]+\.[^\s/?#]+")


def page_source(doc: Document, hosts: tuple[str, ...]) -> bool:
    """The front matter names the web page the text is taken from (a NEJM page a clipper
    saved, "source: https://…"), and that page is a source (not the site's own, not a
    content farm): every claim of the page is that page's."""
    for key, value in doc.front_matter.items() if doc.front_matter else ():
        if key.casefold().replace("-", "").replace("_", "") not in PAGE_SOURCE_KEYS:
            continue
        for url in value if isinstance(value, list) else [value]:
            if isinstance(url, str) and WEB_ADDRESS.match(url) and not is_not_a_source(url.strip(), hosts):
                return True
    return False


def named_in_provenance(doc: Document, provenance: str, source_works: list[str]) -> bool:
    """A line of its own naming where the note comes from (`provenance`: "from: [[Roe's
    Handbook]]", "來自: [[Huppert's Notes]]") names a work that reads as a source
    (`source_works`: an author's book, a reference work, a dated guideline), not the author's
    own topic note ("from: [[breast cancer]]"): the work is the whole note's source."""
    if not provenance or not source_works:
        return False
    known = doc.shared.named_in_provenance.get(provenance)
    if known is None:  # the CIT rules share their provenance options: worked out once
        line = compiled(provenance)
        works = pattern_set(source_works)
        known = doc.shared.named_in_provenance[provenance] = any(
            (found := line.match(block.text)) is not None and bool(works.find_all(found.group("work")))
            for block in doc.prose_blocks)
    return known


def is_not_a_source(url: str, hosts: tuple[str, ...]) -> bool:
    """A link to the site's own page, or to a domain in hosts (or below one), is no source."""
    found = HOST.match(url)
    if found is None:
        return _own_page(url)
    host = found.group(1).lower().rstrip(".")
    return any(host == domain or host.endswith("." + domain) or host == "www." + domain
               for domain in hosts)


def cited(block: Block) -> CitedBlock:
    """The block's citation marks, found once for every CIT rule."""
    return block.citations


def _own_page(url: str) -> bool:
    """A relative or root-relative link to a page (not to a file such as a PDF)."""
    if not url or url.startswith("#") or SCHEME.match(url):
        return False
    name = re.split(r"[?#]", url, maxsplit=1)[0].rstrip("/").rsplit("/", 1)[-1]
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    return suffix in PAGE_SUFFIXES


@dataclass
class CitedBlock:
    """A block's sentences and which of them carry a citation."""

    block: Block

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
        if ANY_MARK.might_match_within(block.raw):
            for pattern, prefilter in MARK_PATTERNS:
                if prefilter.might_match(block.raw):
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

    def claim_is_sourced(self, offset: int) -> bool:
        """Sourced if its sentence carries a citation, or the paragraph it ends in does (a
        block with no citation at all is not split into sentences for it)."""
        return bool(self.marks) and bool(self.sources_of(offset))

    def sources_of(self, offset: int) -> list[tuple[int, int]]:
        """The citation marks that source a claim: its sentence's, else those of the sentence
        ending its paragraph."""
        start, end = self.sentence_of(offset)
        found = self._marks_in(start, end)
        if not found and self.sentence_spans:
            found = self._marks_in(*self.sentence_spans[-1])
        return found

    def _marks_in(self, start: int, end: int) -> list[tuple[int, int]]:
        # A mark right after the sentence's full stop ("... 25%.[^1]") belongs to it.
        end = end + _trailing_mark_room(self.block.raw, end)
        return [mark for mark in self.marks if start <= mark[0] < end]

    def cites_a_source(self, hosts: tuple[str, ...]) -> bool:
        """Whether the block has a mark that is not only a link to the site's own pages or to a
        domain in hosts."""
        return bool(self.marks) and not self.only_non_sources(self.marks, hosts)

    def only_non_sources(self, marks: list[tuple[int, int]], hosts: tuple[str, ...]) -> bool:
        """Whether every mark is a link to the site's own page or to a non-source domain."""
        urls = {(link.start, link.end): link.url for link in self.block.links}
        return bool(marks) and all(mark in urls and is_not_a_source(urls[mark], hosts)
                                   for mark in marks)


TRAILING_MARK = lazy_regex(r"\s{0,3}(?:\[\^[^\]]+\]|\[\d[\d,\s–-]*\]|<sup>.*?</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
                           r"|\((?=[^()]{0,120}\b(?:19|20)\d{2}[a-z]?\b)[^()]{1,160}\))")


def _trailing_mark_room(raw: str, end: int) -> int:
    """A citation just after the full stop ("… 25%. (Roe et al., 2019)") belongs to the sentence."""
    match = TRAILING_MARK.match(raw, end)
    return match.end() - end if match else 0


def is_bibliographic_entry(text: str) -> bool:
    """Whether a block is a paper's reference (authors, title, journal, year)."""
    return BIBLIOGRAPHIC_ENTRY.match(text) is not None


# Inline marks that point into a references list: numbers, superscripts, author-year cites,
# citation keys (footnote references are read from the blocks).
LIST_POINTERS = (BRACKET_NUMBERS, PARENTHESISED_NUMBERS, SUPERSCRIPT, AUTHOR_YEAR, CITATION_KEY)
# How many papers' entries make a references list the page's way of citing (one is the work a
# note summarises, two are further reading).
MIN_LIST_ENTRIES = 3
FURTHER_READING = lazy_regex(r"(?i)further|reading|see\s+also|useful|links")


def cites_by_its_list(doc: Document) -> bool:
    """The page cites as a textbook chapter does: a references list of papers' entries ("Roe AB,
    Doe C. Title. Journal. 2019;…", or any entry with a journal's "2019;12:40") at its end, and
    no mark in its text pointing into it (no "[3]", no superscript, no footnote, no "(Roe
    2019)"; one paragraph with such a mark is a stray number, "at higher risk (9)" in a table).
    Such a list is the source of the page's claims; a page that does point into its list leaves
    a claim without a pointer uncited. Worked out once per document for the rules that ask."""
    if doc.shared.cites_by_its_list is None:
        doc.shared.cites_by_its_list = _cites_by_its_list(doc)
    return doc.shared.cites_by_its_list


def _cites_by_its_list(doc: Document) -> bool:
    entries = sum(1 for block in doc.blocks if block.is_reference
                  and (is_bibliographic_entry(block.text) or JOURNAL_CITE.search(block.text)))
    if entries < MIN_LIST_ENTRIES:
        return _summarises_its_references(doc)
    pointing = (block for block in doc.blocks if not block.is_reference
                and (block.footnote_refs or any(pattern.search(block.raw) for pattern in LIST_POINTERS)))
    return next(pointing, None) is None or next(pointing, None) is None


def _summarises_its_references(doc: Document) -> bool:
    """A note on the one work its "References" or "Sources" section names (a paper's entry, or a
    link to a work's page that is no content farm), with no citation in its text: a summary of
    a study whose link is the list below it (not a "Sources:" label, which gives one entry's).
    With two works, which one a claim is from is unsaid; "Further reading" is the reader's next
    step, not the note's source."""
    headings = {block.line for block in doc.blocks if block.kind == "heading"}
    lists = [section for section in doc.sections if section.is_references and section.blocks
             and section.line in headings and FURTHER_READING.search(section.title) is None]
    if not lists:
        return False
    entries = [block for section in lists for block in section.blocks
               if block.is_reference and block.kind != "heading"]
    return len(entries) == 1 and _names_a_work(entries[0]) and not has_any_citation(doc)


def _names_a_work(entry: Block) -> bool:
    return is_bibliographic_entry(entry.text) or JOURNAL_CITE.search(entry.text) is not None \
        or any(HOST.match(link.url) and not is_not_a_source(link.url, CONTENT_FARMS)
               for link in entry.links if link.kind not in NOT_SOURCE_KINDS)


def has_any_citation(doc: Document) -> bool:
    """An inline citation anywhere in the article's own text, its headings too ("## Colitis
    (Gastro 2021;160:906)" cites the paper the section sums up)."""
    return any(cited(block).marks for block in doc.blocks if not block.is_reference)
