"""A note about one named, dated work: a reading note on a paper, or a note on one trial.

Such a note's claims are the work's own results and its date is the work's, so it is neither
unsourced (CIT001-003) nor undated (DATE002), and the paper it summarises is no stale evidence
base (DATE004). A literature folder files each paper's notes under a folder named for it
("Roe_2019_Fatigue/key-findings.md", "Roe2019Fatigue/notes.md", "critique-Roe-2019/…") or in a
file named so ("Roe_2019_summary.md"); a note may head itself "Key findings: Roe 2019 — …",
state "**Primary source:** Roe & Doe (2025)", or be titled by the one trial it summarises
("FinHER trial"), or summarise one study: name one trial by its registration number in a
field ("Trial Name/NCT Number: NCT02422615") or in the paper's own registration statement, or
be headed by one paper's DOI or PMID field (a reading note). A month, a season or a word such
as "Update" or "Overview" before a year names no author ("Summer_2024", "Update-2023"), and a
date ("STATUS_2026-02-05") no paper.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator

from linter import citations
from linter.article_facts import title_of
from linter.document import Block, Document
from linter.patterns import lazy_regex

# A surname as folders and headings write it: "Roe", "Castro-Marrero", "RuizPablos", "vanRoe",
# "O'Neal", "ONeal", "McRoe", "Ruhrländer"; or a consortium's name ("DecodeME").
_SURNAME = (r"(?:(?:van|von|de|der|den|del|da|di|du|le|la|ten|ter)['’]?)?(?:Mc|Mac|O['’]?)?"
            r"[A-Z][a-zà-öø-ÿ'’]+(?:-?[A-Z][a-zà-öø-ÿ]+)?(?:[A-Z]{1,3}(?![a-z]))?")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
DIGIT = lazy_regex(r"\d")
# In a folder's or a file's name: the surname, an optional "et al", then the year, with no
# month and day after it ("_2026-02-05" dates a file, it names no paper).
PATH_NAME = lazy_regex(r"(?:^|[_\-\s.])(?P<name>" + _SURNAME + r")(?:[_\-\s]?et[_\-\s]?al)?[_\-\s]?"
                       + _YEAR + r"(?!\d)(?![-_.]\d{1,2}\b)")
# A note's title: a note's label, then the paper ("Key findings: Roe 2019 — …", "Notes - Roe et
# al. (2019)").
TITLE = lazy_regex(r"(?i)^\W*(?:key\s+findings|findings|(?:reading\s+)?notes?|summary|integration\s+guide"
                   r"|paper|study)\s*[:—–-]\s*(?-i:(?P<name>" + _SURNAME + r"))(?:\s+et\s+al\.?)?,?\s*\(?"
                   + _YEAR + r"\b")
# A line naming the one work the note draws on: "**Primary source:** Roe & Doe (2025), …".
PRIMARY_SOURCE = lazy_regex(r"(?im)^[ \t>*_-]*(?:\*\*|__)?primary\s+source(?:\*\*|__)?\s*:(?:\*\*|__)?[ \t]*"
                            r"(?P<name>" + _SURNAME + r")(?:\s+et\s+al\.?|\s*(?:&|and)\s+" + _SURNAME
                            + r")?,?\s*\(?" + _YEAR + r"\b")
# A note titled by the one trial it is about: "FinHER trial", "ABC Trial", "carmena trial";
# "Phase I Clinical Trials" or "Randomized trial" names a kind of trial, not one.
TRIAL_TITLE = lazy_regex(r"(?i)^\W*(?P<name>(?:[\w-]+\s+)?[\w-]+)\s+trial\W*$")
# A note named for the one trial it is about, by the trial's code ("KEYNOTE-181",
# "toxicity_in_majestec-1", "Summary-of-TAILORx"): letters, a hyphen and a number, or capitals
# alone after a label; not a virus, a score or a regimen numbered alike ("COVID-19", "FOLFOX-6"),
# nor a vault's second copy of a note ("GIST 2").
TRIAL_CODE_NAME = lazy_regex(
    r"(?i)^\W*(?:(?P<label>summary|results?|toxicit(?:y|ies)|notes?|review|critique|key[\s_-]+findings|outcomes?"
    r"|efficacy|safety)(?:[\s_-]+(?:of|in|on|from|for))?[\s_-]+)?"
    r"(?P<code>[a-z]{4,}(?:-[a-z]+)?(?P<dash>-)\d{1,3}[a-z]?)\W*$"
    r"|^\W*(?:summary|results?|toxicit(?:y|ies)|notes?|review|critique|key[\s_-]+findings)(?:[\s_-]+(?:of|in|on|from|for))?"
    r"[\s_-]+(?P<caps>(?-i:[A-Z]{5,}[a-z]?))\W*$")
_NOT_TRIAL_CODE_WORDS = """
    covid sars mers folfox mfolfox folfiri folfirinox xelox capox curb chads cha2ds2 hba1c apache
    week chapter lecture stage grade type part block unit session module lesson step level phase
    """
NOT_TRIAL_CODES = frozenset(_NOT_TRIAL_CODE_WORDS.split())
# Words of a title that say which kind of trial, or what the note does with one ("Reading a
# trial", "Joining a trial"): no trial's name.
_NOT_TRIAL_NAME_WORDS = """
    a an the this that my our your their one any every clinical randomised randomized controlled
    phase pivotal pilot landmark key major recent new ongoing negative positive open blind blinded
    double single drug vaccine cancer placebo about on of in for to and or
    """
NOT_TRIAL_NAMES = frozenset(_NOT_TRIAL_NAME_WORDS.split())
_NOT_SURNAME_WORDS = """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter season
    update updates version review report summary overview guide guideline guidelines edition
    conference meeting congress notes note session batch plan protocol status year term week
    cohort criteria consensus statement integration literature research study trial chapter
    part issue vol volume since before after until from the and of in to class fiscal budget
    census covid sars data release changelog roadmap archive backup draft
    """
NOT_SURNAMES = frozenset(_NOT_SURNAME_WORDS.split())
# A trial's registration number, and a field of a trial summary that names it.
REGISTRATION = lazy_regex(r"\bNCT\s?(\d{8})\b")
TRIAL_FIELD = lazy_regex(r"(?im)^[ \t>*_-]*(?:\d+\.[ \t]*)?(?:\*\*|__)?(?:trial|study|nct|registration"
                         r"|clinicaltrials\.gov)\b[^:\n]{0,50}:[^\n]*\bNCT\s?\d{8}\b")
TRIAL_NAME_FIELD = lazy_regex(r"(?im)^[ \t>*_-]*(?:\d+\.[ \t]*)?(?:\*\*|__)?trial\s+name\b[^:\n]{0,30}:")
DOI = lazy_regex(r"\b10\.\d{4,9}/[^\s)\]>]+")
PMID = lazy_regex(r"(?i)\bPMID\s*:?[*_\s]*(\d{5,9})\b")
# A paper's record heading a note on it: "**DOI:** 10.1000/x", "PMID: 12345678" on a line of its
# own (not an empty template field, "doi: ''"), or a link field that points at the paper by its
# DOI or PubMed address ("**Link:** [DOI](https://doi.org/10.1136/...)").
RECORD_FIELD = lazy_regex(r"(?im)^[ \t>*_-]*(?:\*\*|__)?(?:(?:doi|pmid)(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?"
                          r"[ \t]*['\"<\[]?(?:https?://(?:dx\.)?doi\.org/)?(?:10\.\d{4,9}/|\d{5,9}\b)|"
                          r"(?:link|url|source|paper|article|publication|study)(?:\*\*|__)?[ \t]*:[ \t]*"
                          r"(?:\*\*|__)?[ \t]*"
                          r"(?:\[(?:DOI|PubMed|PMID|PMC|full[ \t]text|paper|article|study|abstract)\]\(<?https?://|"
                          r"<?(?:\[[^\]\n]{0,40}\]\(<?)?https?://(?:(?:dx\.)?doi\.org/10\.\d{4,9}/|"
                          r"pubmed\.ncbi\.nlm\.nih\.gov/\d{5,9}\b|(?:www\.)?ncbi\.nlm\.nih\.gov/pmc/articles/PMC\d+|"
                          r"(?:www\.)?clinicaltrials\.gov/(?:study|ct2/show)/NCT\d{8}\b)))")
# A work's record with an authors field and one link field to its page, whatever the host (a
# conference report on a news site, a book on a library's shelf): "- **Authors:** Roe AB",
# "- **Link:** [Frontiers](https://…)".
AUTHORS_FIELD = lazy_regex(r"(?im)^[ \t>*_-]*(?:\*\*|__)?authors?(?:\*\*|__)?[ \t]*:")
WEB_LINK_FIELD = lazy_regex(r"(?im)^[ \t>*_-]*(?:\*\*|__)?(?:link|url|source)(?:\*\*|__)?[ \t]*:[ \t]*"
                            r"(?:\*\*|__)?[ \t]*(?:\[[^\]\n]{0,200}\]\(|<)?(?P<url>https?://[^\s)>]+)")
# A paper's web address: by its DOI, or its PubMed or PMC record.
# (a library's proxy spells the host with hyphens: "pubmed-ncbi-nlm-nih-gov.proxy.example.org/23177514/")
PAPER_ADDRESS = lazy_regex(r"(?i)^https?://[^\s]*(?:\b10\.\d{4,9}/|pubmed[.-]ncbi[.-]nlm[.-]nih[.-]gov[^/\s]*/\d|"
                           r"/pmc/articles/PMC\d)")
# An abstract's or a paper's statement of its own registration ("This trial is registered with
# ClinicalTrials.gov, NCT01234567", "ClinicalTrials.gov number, NCT01234567").
OWN_REGISTRATION = lazy_regex(r"(?i)\b(?:(?:is|was)\s+registered\s+(?:with|at|in|on)\s+ClinicalTrials\.gov"
                              r"|ClinicalTrials\.gov\s+(?:number|identifier|registration))[^.\n]{0,30}?\bNCT\s?\d{8}\b")
# A paper named by its authors and year, in a heading or a bold paragraph that heads its entry
# ("### 4. O'Neal & Hanson 2021 - Enterovirus review", "**3. Di Pierro et al. (2024) - CoQ10**"),
# or as the label of a list item ("**Roe 2017**: aldosterone fell by a third").
ENTRY_PAPER = lazy_regex(r"(?:^|[\s(*_.:—–-])(?P<name>" + _SURNAME + r")(?:\s+et\s+al\.?|\s*(?:&|and)\s+"
                         + _SURNAME + r")?,?\s*\(?" + _YEAR + r"[a-z]?\b(?![-/.]\d)")
ENTRY_LABEL = lazy_regex(r"^[*_]{0,2}(?P<name>" + _SURNAME + r")(?:\s+et\s+al\.?|\s*(?:&|and)\s+"
                         + _SURNAME + r")?,?\s*\(?" + _YEAR + r"[a-z]?\)?[*_]{0,2}\s*:")
# How long a bold paragraph that heads an entry may be.
ENTRY_HEAD_CHARS = 200


def names_one_work(doc: Document) -> bool:
    """Whether the note is about one named, dated work (see the module's docstring); worked out
    once per document for the five rules that ask."""
    if doc.shared.names_one_work is None:
        doc.shared.names_one_work = _names_one_work(doc)
    return doc.shared.names_one_work


def _names_one_work(doc: Document) -> bool:
    if _summary_of_one_study(doc):
        return True
    folder, name = posixpath.split(doc.path.replace("\\", "/"))
    # A year needs digits, a trial its word: most pages are passed without a pattern compiled.
    if any(_names_paper(PATH_NAME.finditer(part))
           for part in (posixpath.basename(folder), posixpath.splitext(name)[0]) if _has_digit(part)):
        return True
    title = title_of(doc)
    if any(_names_trial_code(TRIAL_CODE_NAME.match(part)) for part in (posixpath.splitext(name)[0], title)):
        return True
    if (_has_digit(title) and _names_paper(TITLE.finditer(title))) \
            or ("trial" in title.casefold() and _names_trial(TRIAL_TITLE.match(title))):
        return True
    return "primary source" in doc.lowered and _names_paper(PRIMARY_SOURCE.finditer(doc.source))


def _names_paper(matches: Iterator[re.Match[str]]) -> bool:
    return any(match.group("name").casefold() not in NOT_SURNAMES for match in matches)


def _names_trial(match: re.Match[str] | None) -> bool:
    return match is not None and not any(
        word.casefold() in NOT_TRIAL_NAMES or word.endswith("ing") for word in match.group("name").split())


def _names_trial_code(match: re.Match[str] | None) -> bool:
    if match is None:
        return False
    code = match.group("code") or match.group("caps") or ""
    if match.group("label") is None and sum(letter.isupper() for letter in code) < 3:
        return False  # a bare name is a trial's code in capitals: "PALOMA-3", not "Week 3"
    return re.sub(r"[\s_-]?\d+[a-z]?$", "", code).casefold() not in NOT_TRIAL_CODES


def _has_digit(text: str) -> bool:
    return DIGIT.search(text) is not None


def papers_entries(doc: Document) -> set[int]:
    """The blocks (by id) that report one named paper: those under a heading or a bold paragraph
    naming a paper by its authors and year, up to the next such head, and list items labelled
    by one ("**Roe 2017**: …"). A literature note's entries are its papers' results, cited by
    their heads. Worked out once per document."""
    if doc.shared.papers_entries is None:
        doc.shared.papers_entries = _papers_entries(doc) if _has_digit(doc.source) else set()
    return doc.shared.papers_entries


def _papers_entries(doc: Document) -> set[int]:
    found: set[int] = set()
    under_paper = False
    for block in doc.blocks:
        if block.kind == "heading" or _bold_head(block):
            under_paper = _has_digit(block.text) and _names_paper(ENTRY_PAPER.finditer(block.raw))
        elif under_paper or (block.in_list and _has_digit(block.raw[:80])
                             and (label := ENTRY_LABEL.match(block.raw)) is not None
                             and label.group("name").casefold() not in NOT_SURNAMES):
            found.add(id(block))
    return found


def _bold_head(block: Block) -> bool:
    raw = block.raw.strip()
    return block.kind == "paragraph" and not block.in_list and len(raw) <= ENTRY_HEAD_CHARS \
        and raw.startswith(("**", "__")) and raw.rstrip(":").endswith(("**", "__"))


def _summary_of_one_study(doc: Document) -> bool:
    """A note summarising one study, which its results and conclusions are: the study is their
    source. It names one trial by its registration number in a field ("**Trial Name/NCT
    Number:** MONALEESA-3, NCT02422615"; a trial registered in parts by all its numbers there)
    or in the paper's own statement of it ("This trial is
    registered with ClinicalTrials.gov, NCT02569242", an abstract clipped whole); or it has a
    trial field and names one paper by its DOI ("Trial Name/NCT Number: SOFT." under "DOI:
    10.1056/…"); or the paper's record heads it, a DOI or PMID field above its first section,
    and it names no other paper (a reading note: "**Journal:** … **DOI:** 10.1007/…"), or an
    authors field and one link field to the work's page (a conference report on a news site),
    or a paragraph that is only a link to the paper (a trial's note under its NEJM link)."""
    source = doc.source
    if "NCT" in source and _registers_one_study(source):
        return True
    lowered = doc.lowered
    if "author" in lowered and _web_record_heads(doc):
        return True
    if not any(word in lowered for word in ("doi", "pmid", "pubmed", "/pmc/", "clinicaltrials.gov")):
        return False
    dois = len(set(DOI.findall(source)))
    if "trial name" in lowered and TRIAL_NAME_FIELD.search(source) and dois == 1:
        return True
    return dois <= 1 and len(set(PMID.findall(source))) <= 1 \
        and (_record_heads(doc) or _paper_link_heads(doc))


def _registers_one_study(source: str) -> bool:
    """Whether the note names one study by its registration: one NCT number, in a trial field
    or the paper's own statement, or the numbers of one trial registered in parts, all in its
    trial field ("Trial Acronym/NCTId Number: NCT03145181/NCT04557098")."""
    numbers = set(REGISTRATION.findall(source))
    field = TRIAL_FIELD.search(source)
    if len(numbers) == 1:
        return field is not None or OWN_REGISTRATION.search(source) is not None
    return field is not None and numbers == set(REGISTRATION.findall(field.group()))


def _web_record_heads(doc: Document) -> bool:
    """One work's record in the page's text above its first section: an authors field and a
    single link field to the work's page, not a content farm's (in the page's text: the front
    matter's `author:` and `url:` are the page's own)."""
    # The authors field first, in the lines between the front matter and the first section
    # (most pages name an author only in their front matter), then the body's link fields.
    first_section = _first_section(doc) or len(doc.lines) + 1
    head = "\n".join(doc.lines[doc.front_matter_lines[1]:first_section - 1])
    if AUTHORS_FIELD.search(head) is None:
        return False
    body = "\n".join(doc.lines[doc.front_matter_lines[1]:])
    links = list(WEB_LINK_FIELD.finditer(body))
    return len(links) == 1 and WEB_LINK_FIELD.search(head) is not None \
        and not citations.is_not_a_source(links[0]["url"], citations.CONTENT_FARMS)


def _first_section(doc: Document) -> int | None:
    """The line of the page's first section (a heading below its title), if it has one."""
    return next((block.line for block in doc.blocks
                 if block.kind == "heading" and block.heading_level > 1), None)


def _above_first_section(doc: Document, line: int) -> bool:
    """Whether a line is above the page's first section."""
    first_section = _first_section(doc)
    return first_section is None or line < first_section


def _paper_link_heads(doc: Document) -> bool:
    """A paragraph that is only a link to the paper (its DOI or PubMed address: "[Isatuximab
    for myeloma | NEJM](https://www.nejm.org/doi/full/10.1056/…)"), above the first section."""
    for block in doc.prose_blocks:
        if not _above_first_section(doc, block.line):
            return False
        links = [link for link in block.links if PAPER_ADDRESS.search(link.url)]
        if len(links) == 1 and not any(char.isalnum() for char in
                                       block.text[:links[0].start] + block.text[links[0].end:]):
            return True
    return False


def _record_heads(doc: Document) -> bool:
    """A DOI or PMID field above the page's first section (a heading below its title)."""
    record = RECORD_FIELD.search(doc.source)
    return record is not None and _above_first_section(doc, doc.source.count("\n", 0, record.start()) + 1)
