"""outdated_therapy: an approved therapy described as new, emerging or not yet approved.

Each therapy's FDA approvals come from a data file (rules/data/her2-therapies.yml by default).
Two kinds of wording are read in each sentence that names a therapy:

- `novelty` ("new", "emerging", "promising", "recently approved", "in clinical trials") stays
  fair for a while: it is reported when today is more than `max_years` after the approval (a
  reader today takes "new" to mean new now, however old the article);
- `recent` ("recently approved", "has just been approved") is fair for `max_recent_years`
  (2 by default), measured the same way;
- `unapproved` ("experimental", "under development", "awaiting approval", "not yet approved")
  is untrue from the day of the approval, so it is reported from then on.

An article dated before the approval is left to DATE010 (dated_facts), which reports what it
says of the drug as written before the change: one finding a sentence.

The finding names the drug the words describe, not the nearest name: the drugs the words
introduce ("new drugs such as T-DXd"), else the sentence's subject, with drugs named after a
comparison ("vs. T-DM1", "after trastuzumab") left out. A list item under a heading such as
"Therapies under development" that begins with a therapy is read as if the heading's words
were in it, and a paragraph that opens with the words under a drug's heading ("### Phesgo"
over "A brand-new injection that combines Perjeta and Herceptin") speaks of that drug. Left
alone: words about something else ("emerging data", "new trials"), a new setting of an
approved drug ("being tested before surgery"), and narration of the past ("in 1998
trastuzumab was a new kind of drug"), and claims tied to a date ("as of 2020 ... not yet
approved", "currently in trials"), which DATE011 (dated_claims) reports with their date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from linter.citations import is_bibliographic_entry
from linter.dates import describe_age, months_between
from linter.document import Block, Document, Section
from linter.facts import CALLOUT_TITLE, CHECKS_A_CLAIM, COMPARED, STUDIED_OR_TESTED, names_another_drug
from linter.findings import Finding, finding_at
from linter.kinds.dated_claims import CLAIMS
from linter.options import OptionSpec
from linter.patterns import PatternSet, compiled, lazy_regex, pattern_set
from linter.therapies import (
    CLAUSE_BREAK,
    DATED_SOURCE,
    ONLY_A_YEAR,
    Approval,
    Mention,
    NameFinder,
    article_date,
    finder_for,
    load_therapies,
    lowered_source,
    one_therapy,
    page_therapy,
    row_first_cells,
)

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# What the words say: not yet approved (untrue from the approval), approved recently (fair
# for max_recent_years), new (fair for max_years).
Wording = Literal["unapproved", "recent", "new"]

# The placeholders its rules' messages may use.
FIELDS = ("therapy", "word", "year", "date", "years", "age", "indication", "source")
OPTIONS = {
    "max_years": OptionSpec("int", 5, "years after approval a therapy stops being new"),
    "max_recent_years": OptionSpec("int", 2, "years after approval it stops being just or recently approved"),
    "recent": OptionSpec("regex", r"(?i)\b(?:recently\s+(?:been\s+)?(?:FDA[- ])?(?:approved|licensed)|"
                         r"(?:has\s+|have\s+)?just\s+(?:been\s+|got\s+|gotten\s+)?(?:FDA[- ])?"
                         r"(?:approved|licensed|launched)|"
                         r"newly\s+(?:approved|licensed)|(?:brand[- ])?new(?:ly)?\s+(?:FDA[- ])?approved|"
                         # "Pertuzumab for adjuvant therapy is a recent approval"
                         r"an?\s+(?:very\s+|fairly\s+|relatively\s+)?recent\s+(?:FDA\s+)?approval|"
                         # "Brand-new FDA approval on 5 August 2022, the first for HER2-low"
                         r"brand[- ]new\s+(?:FDA\s+)?approval|"
                         # "was approved just two months ago"
                         r"(?:approved|licensed)\s+(?:just|only)\s+(?:a\s+few|two|three|four|five|six|\d)\s+"
                         r"(?:weeks?|months?)\s+ago|"
                         # an approved therapy is no longer "emerging" once it is established
                         r"emerging)\b",
                         "words that call an approval recent: fair for max_recent_years after it"),
    # (not a person new somewhere: "for anyone new here")
    "novelty": OptionSpec("regex", r"(?i)(?<!nothing\s)(?<!anyone\s)(?<!someone\s)(?<!everyone\s)"
                          r"(?<!anybody\s)(?<!somebody\s)(?<!those\s)"
                          r"\b(?:new(?!\s+(?-i:England|York|Zealand|South\s+Wales|"
                          r"Jersey|Mexico|Year)\b)"
                          # (not the patient's next step: "at the start of a new line of therapy")
                          r"(?!\s+(?:lines?|cycles?|courses?|prescriptions?|diagnos[ie]s)\b)|"
                          # (not the book: "bring a book but not a novel")
                          r"newest|novel(?!\s*(?:[.,;!?)]|$))|promising|cutting-edge|"
                          r"recently\s+(?:FDA[- ])?approved|"
                          r"newly\s+(?:developed|approved|available|introduced|licensed)|"
                          r"under\s+investigation|"
                          r"being\s+(?:studied|tested|investigated)|in\s+clinical\s+trials|"
                          r"being\s+(?:looked\s+at|evaluated|assessed|explored|trial(?:l)?ed)\s+in\s+(?:clinical\s+)?"
                          r"(?:trials?|stud(?:y|ies)|research))\b",
                          "words that call a therapy new: fair for max_years after its approval"),
    "unapproved": OptionSpec("regex", r"(?i)\b(?:experimental|investigational|"
                             r"(?:under|in)\s+development|(?:awaiting|waiting\s+(?:on|for))\s+(?:(?:FDA|US|U\.S\.)\s+)?approval|"
                             r"pending\s+(?:FDA\s+)?approval|"
                             r"(?:not|(?:is|are|has|have|was)n['’]t)\s+(?:yet\s+)?(?:been\s+)?"
                             # (not whom it is not for: "Then Enhertu is not approved for you")
                             r"(?:FDA[- ])?approved(?!\s+for\s+(?:you|yourself|them|him)\b)|"
                             r"not\s+(?:yet\s+)?available\s+in\s+the\s+(?:US|U\.S\.|United\s+States)|"
                             r"(?:only|still)\s+(?:available\s+)?in\s+(?:clinical\s+)?trials|expected\s+to\s+be\s+approved|"
                             r"(?:could|may|might|should)\s+(?:soon\s+)?be\s+approved|yet\s+to\s+be\s+approved|"
                             r"only\s+(?:be\s+)?(?:available|given|get\s+\w+|obtain\w*|accessible)\s+"
                             r"(?:\w+\s+){0,3}?(?:in|through|by\s+joining|as\s+part\s+of)\s+(?:a\s+)?"
                             r"(?:clinical\s+)?trials?|"
                             r"(?:still\s+)?waiting\s+for\s+(?:its\s+|an?\s+|the\s+)?(?:FDA\s+)?"
                             r"(?:licen[cs]e|approval|decision)|(?:still\s+)?waiting\s+on\s+(?:the\s+)?FDA|"
                             r"await(?:ing|s)\s+(?:an?\s+|the\s+|its\s+)?(?:FDA\s+)?(?:decision|licen[cs]e)|"
                             r"(?:not|(?:is|are|has|have|was)n['’]t)\s+(?:yet\s+)?(?:been\s+)?licen[cs]ed|unlicen[cs]ed|"
                             r"(?:not\s+(?:yet\s+)?available|unavailable)\s+outside\s+(?:of\s+)?(?:an?\s+)?"
                             r"(?:clinical\s+)?(?:trials?|stud(?:y|ies)))\b",
                             "words that say a therapy is not approved: untrue from its approval"),
    "not_about_therapy": OptionSpec(
        "regex", r"(?i)(?<![\s,-])[\s-]*(?:(?:IV|SC|intravenous|subcutaneous|oral)\s+)?(?:[\w-]{1,30}\s+)?"
                 r"(?:data|results?|evidence|findings?|trials?|stud(?:y|ies)|"
                 # (not "a new combination injection": the product itself)
                 r"analys[ie]s|indications?|approvals?|uses?|settings?|"
                 # ("the new fixed-dose combination of pertuzumab and trastuzumab": the product itself)
                 r"combination(?!\s+(?:injection|shot|jab|product|pill|tablet|of)\b)|"
                 r"combinations(?!\s+(?:injection|shot|jab|product|pill|tablet))|combos?|formulations?|"
                 r"categor(?:y|ies)|subtypes?|classifications?|"
                 r"research|guidance|guidelines?|biosimilars?|label|dosing|doses?|partners?|backbones?|"
                 r"schedules?|regimens?\s+(?:with|of)|"
                 # (not the product said to be one: "Phesgo is a new way to get both antibodies")
                 r"(?<!\bis\sa\snew\s)ways?\s+(?:of|to)|"
                 r"arms?|groups?|cohorts?|"
                 r"tissue|samples?|specimens?|biops(?:y|ies)|blocks?|slides?|tests?|testing|scans?|diagnos[ie]s|"
                 # a lab's or clinic's own paperwork: "the new HER2 template"
                 r"templates?|fields?|reporting|platforms?|assays?|protocols?|pathways?|policy|policies|meds?\b|"
                 r"formular(?:y|ies)|"
                 # the product's supply, not the drug: "new Herceptin vial size?"
                 r"vials?|sizes?|packs?|packaging|strengths?|syringes?|supplies|supply|stock|shortages?|"
                 r"prices?|pricing|costs?|codes?|leaflets?|"
                 # what a label says: "the label was updated with new liver-safety wording"
                 r"wording|warnings?|precautions?|language|"
                 # the writer's own: "Olanzapine at night is my new friend", "my new normal"
                 r"friends?|normal|routine|habits?|favou?rites?|"
                 # where the next injection goes: "keep new injections at least 2.5 cm from the previous site"
                 r"injections?\s+(?:at\s+least|(?:[\w.]+\s+){0,4}(?:from|away\s+from)\s+the\s+(?:previous|last|old))|"
                 r"applications?|filings?|submissions?|starts?|patients?|prescriptions?|orders?|users?|"
                 r"readers?|visitors?|subscribers?|members?|followers?|posts?|episodes?|sites?|"
                 # a new doctor or place of care: "New onc (moved states) says Enhertu next"
                 r"oncs?\b|oncologists?|doctors?|consultants?|nurses?|teams?|hospitals?|clinics?|insurers?|insurance|"
                 # new people on the ward: "the question I get most from new starters"
                 r"starters?|staff|hires?|recruits?|colleagues?|trainees?|residents?|fellows?|"
                 # what a class of new drugs brings: "next-generation ADCs with new linkers and payloads"
                 r"linkers?|payloads?|mechanisms?|approaches|technolog(?:y|ies)|designs?|formats?|"
                 # what a scan finds: "two small new liver spots"
                 r"spots?|lesions?|nodules?|masses|growths?|deposits?|mets|metastas[ie]s|"
                 # ("2 new asymptomatic brain mets")
                 r"[\w-]{1,30}\s+(?:spots?|lesions?|nodules?|mets|metastas[ie]s)|"
                 # ("new or progressing BM")
                 r"or\s+(?:progressing|growing|worsening|enlarging|recurrent)\b|"
                 r"(?:or\s+worsening\s+)?(?:symptoms?|signs?|cough\w*|breath\w*|shortness|pain|fever|rash|lumps?|"
                 r"swelling|bruising|bleeding|infections?|side\s+effects?|problems?|changes?)|"
                 r"(?:options?|drugs?|treatments?|therap(?:y|ies)|medicines?|agents?)\s+"
                 r"(?:exist|are\s+(?:now\s+)?(?:available|used|preferred)|have\s+(?:come|arrived)))\b",
        "what may follow a novelty word when it describes something other than the therapy"),
    "new_setting": OptionSpec(
        "regex", r"(?i)\b(?:before|after)\s+surgery|\bneo-?adjuvant|\badjuvant|\bearl(?:y|ier)[- ]stage|"
                 r"\bearly\s+breast|\bfirst[- ]line|\b1st[- ]line|\bin\s+combination|\bcombined\s+with|"
                 r"\btogether\s+with|\bother\s+(?:cancers|tumou?rs|settings|uses)|\bas\s+(?:the\s+)?first\s+treatment\b|"
                 r"\boutside\s+(?:of\s+)?(?:breast|the\s+breast)|"
                 r"\b(?:womb|uterine|uterus|endometrial|ovarian|cervical|bladder|bowel|colorectal|colon|biliary|gastric|stomach|"
                 r"bile\s+duct|pancreatic|salivary|o?esophageal|lung)\s+(?:cancers?|tumou?rs)|\bNSCLC\b|"
                 r"\bin\s+(?:Europe|the\s+(?:UK|EU)|England|Scotland|Canada|Australia|Japan|China|India)|"
                 # ("maintenance" therapy, not "a 5-minute maintenance injection")
                 r"\b(?:NICE|NHS|EMA|PBS)\b|\bchildren\b|\bmaintenance\b(?!\s+(?:injections?|doses?|infusions?|visits?))|"
                 r"\bHER2[- ]mut\w*|\bnon-?amplified|"
                 # (another route into another compartment: "intrathecal trastuzumab - experimental")
                 r"\bintra(?:thecal|ventricular|peritoneal|pleural|vesical|tumou?ral)\b|\bleptomeningeal\b|"
                 r"\bearly\s+(?:BC|disease|setting|HER2)|\bEBC\b|\bon\s+its\s+own\b|\bby\s+itself\b|"
                 r"\bfor\s+this\s+(?:use|indication|setting|cancer|tumou?r)\b|"
                 r"\bas\s+(?:a\s+)?(?:single\s+agent|monotherapy)|\bcombos?\b|"
                 r"\bHER2[- ]?(?:null|0|zero)\b|\bno\s+(?:HER2\s+)?staining|\bIHC\s*0\b|\bnull\b",
        "words that put a therapy in a new setting, where trials and 'not yet approved' are true"),
    "historical": OptionSpec(
        "regex", r"(?i)(?<!reported\s)(?<!presented\s)(?<!published\s)(?<!announced\s)"
                 r"\b(?:in|by|until|before|since|from|during|around|circa|as\s+of|as\s+at)\s+"
                 r"(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:[A-Z][a-z]+\.?\s+)?(?:the\s+)?"
                 r"(?P<year>(?:19|20)\d\d)s?\b|"
                 r"\b(?:at\s+(?:that|the)\s+time|back\s+then|historically|originally|at\s+first|"
                 r"in\s+(?:the|its|their)\s+early\s+days|"
                 r"(?:\w+|\d+)\s+years?\s+ago|(?:FDA|agency|Administration)\)?\s+(?:has\s+|have\s+)?(?:just\s+)?"
                 r"approved\s+a\s+new|called\s+the\s+(?:drug|medicine|ADC|antibody)\b|"
                 r"when\s+it\s+was\s+(?:first\s+)?(?:approved|introduced|launched)|"
                 # "When Herceptin arrived it was a genuinely new kind of medicine"
                 r"when\s+(?:it|they|[\w-]+)\s+(?:first\s+)?(?:arrived|came\s+(?:out|along|in)|appeared)|"
                 # what someone remembers: "remembers when Herceptin was the shiny new thing"
                 r"(?:remembers?|remembered|recalls?)\s+when|"
                 r"(?:older|earlier|past|previous)\s+(?:sources|articles|pages|guides|leaflets|versions|editions)|"
                 r"(?:was|were)\s+(?:once\s+|then\s+|first\s+)?(?:called|described|hailed|billed|touted|known)|"
                 # what someone called it then: "my oncologist still called it experimental"
                 r"\b(?:still\s+|even\s+)?called\s+(?:it|them)\b|"
                 r"before\s+it\s+(?:had|got|was\s+given)\s+(?:a|its)\s+(?:brand\s+)?name|"
                 # "had only just been approved that summer"
                 r"had\s+(?:only\s+)?(?:just|recently)\s+been|"
                 # trials that were run: "biosimilars were compared with Herceptin in clinical trials"
                 r"(?:was|were)\s+(?:\w+\s+)?(?:compared|tested|studied|evaluated|assessed|trialled|trialed)|"
                 r"(?:was|were)\s+(?:still\s+|then\s+|once\s+)?(?:an?\s+|the\s+)?(?:new|novel|experimental|"
                 r"investigational)|,\s*then\s+(?:still\s+)?(?:an?\s+)?(?:new|novel|experimental|investigational))\b",
        "narration of the past: a year (no later than the approval + max_years), 'at the time', or what "
        "older sources called it"),
    "comparator": OptionSpec(
        "regex", r"(?i)(?:\bvs\.?|\bversus|\bcompared\s+(?:with|to)|\bthan|\binstead\s+of|\bafter|"
                 r"\bfollowing|\bover|\breplac\w+|\bbeyond|\bunlike|\bprogress\w*\s+on|"
                 r"\bprevious(?:ly)?(?:\s+treated)?\s+with|\bprior|"
                 # what patients have had before: "in patients who have already had T-DXd"
                 r"\b(?:have|has|had)\s+(?:already\s+)?(?:had|received|been\s+(?:given|treated\s+with))|"
                 r"\b(?:partner|companion|add-on|addition|complement)\s+(?:to|for|of)|\badded\s+to|"
                 r"\bon\s+top\s+of|\balongside|\bsimilar\s+to|\bsame\s+(?:[\w-]+\s+){0,2}as|"
                 # a partner in what is tested: "a tablet being tested with Herceptin and capecitabine"
                 r"\b(?:tested|studied|trialled|trialed|given|used|combined)\s+(?:together\s+)?with|"
                 # a trial's partners in brackets: "a trial called HER2CLIMB (with Herceptin and Xeloda)"
                 r"\(\s*(?:together\s+)?with|"
                 # a part of what the words describe: "one shot that combines X and Y"
                 r"\bcombin(?:es|ing)|\bcontain(?:s|ing)|"
                 # another product made after it: "Biosimilar pertuzumab candidates are in development"
                 r"\bbiosimilars?(?:\s+versions?\s+of|\s+to|\s+of)?)[\s\[\]*_(]*$",
        "what, just before a therapy, makes it a comparator or a part rather than what the words describe"),
    "therapies_file": OptionSpec("file", "her2-therapies.yml",
                                 "the therapies data file: a built-in name or a path"),
    "date_order": OptionSpec("str", "mdy", "how to read 3/4/2012", ("mdy", "dmy")),
}

# Between two therapies of one list: commas, "and", "or", a brand in brackets (not "+", "plus"
# or "&", which join a regimen's partners to its new drug: "tucatinib + Herceptin + Xeloda,
# which just got approved").
LIST_GAP = lazy_regex(r"[\s,;/()\[\]*_|-]*(?:\b(?:and|or)\b[\s,;/()\[\]*_|]*)?")
# How far after the words a therapy they introduce may begin ("new drugs such as X"), and what
# introduces it beyond two words ("X is a new injection that combines Y" describes X).
INTRODUCED_WITHIN = 6  # words
# What stands between a therapy and words said of it ("T-DM1 = investigational", "Kadcyla, a
# new", "Herceptin Hylecta is a new form of Herceptin"): the therapy before is their subject.
# (and a relative clause or an apposition: "Nerlynx (neratinib), which was only just approved",
# "Herceptin Hylecta, a brand new version of Herceptin")
PREDICATE = lazy_regex(r"(?i)\s*\)?\s*(?:\([^()]*\)\s*)?(?:,|=|:|-|–|—|\bis\b|\bare\b|\bremains\b)?\s*"
                       r"(?:\b(?:which|that)\s+(?:was|were|is|are|has\s+been|have\s+been)\b\s*)?"
                       r"(?:\b(?:a|an|the|still|now|currently|only)\b\s*)*(?:brand[- ])?")
CONSEQUENCE = lazy_regex(r",\s*(?:and\s+)?(?:so|which\s+means|meaning|that\s+is\s+why)\b|;")
INTRODUCER = lazy_regex(r"(?i)\bsuch\s+as\b|\blike\b|\binclud\w*|\be\.g\.|\bcalled\b|\bnamed\b|:|"
                        r"\b(?:is|are)\b")
# A clause of its own between the words and a therapy: "it became the new standard once
# Herceptin stopped working" does not call Herceptin new.
SUBORDINATE = lazy_regex(r"(?i)\b(?:once|when|after|before|if|until|unless|because|since|while|whereas)\b")


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    options = rule.options
    finder = finder_for(options["therapies_file"])
    if not finder.may_occur(lowered_source(doc)):
        return
    approvals = load_therapies(options["therapies_file"])
    reader = _Reader(rule, approvals, context.today, article_date(doc, context, options["date_order"]))
    row_firsts = row_first_cells(doc)
    spoken_of: SpokenOf = (None, None)
    # A page on one drug ("Phesgo approved ...") speaks of it where a section names none:
    # "the new injection takes about 8 minutes" under "## What it means for patients".
    page_drug = page_therapy(doc.title, finder)
    introduction = ""  # the block before, which may introduce a quotation ("Our 2013 summary read:")
    for block in doc.prose_blocks:
        introduced_by, introduction = introduction, block.text
        occurs = finder.may_occur(block.text.lower())
        # A list item that names no therapy may speak of its section's ("- Emerging ADC"); a
        # paper's title calls its drug "novel" in its own day.
        # (and a table's cell speaks of the therapy its row's first cell names: "| Tucatinib |
        # TKI | recently approved |")
        first_cell = row_firsts.get((block.table, block.line), "") if block.table is not None else ""
        noted = block.in_list or NOTE_LABEL.match(block.text) is not None or bool(first_cell)
        if (not (noted or occurs) and block.section is not None
                and finder.may_occur(block.section.title.lower())):
            # A paragraph with no subject under a drug's heading ("## Margenza" over "Recently
            # approved antibody for ...") speaks of that drug, as a note's line does.
            noted = reader.has_word(block.text) and _opens_with_word(block.text, reader)
        listed = noted and reader.has_word(block.text)
        # A question ("**My friend says Enhertu is brand-new. Is that right?**") claims nothing;
        # its answer does.
        # (not a post's statements before its closing "Anyone else?")
        asks = len(block.text) < QUESTION_LENGTH and block.text.rstrip(" *_").endswith("?") and (
            len(block.sentences) < 2 or CHECKS_A_CLAIM.match(block.text, block.sentences[-1][0]) is not None)
        referred = _referred(block, reader, spoken_of, page_drug) if not (occurs or listed) else None
        if not (occurs or listed or referred) or asks or is_bibliographic_entry(block.text):
            continue
        heading_word = _heading_word(block, reader) if occurs else None
        if heading_word is None and not reader.has_word(block.text):
            if occurs and (named := finder.mentions(block.text)):
                spoken_of = (block.section, named[0])
            continue  # no sentence can call a therapy new: most blocks, found by two searches
        named = finder.mentions(block.text) if occurs else []
        if named:
            spoken_of = (block.section, named[0])
        titled = (one_therapy(first_cell, finder) if first_cell else _by_title(block, finder, page_drug)) \
            if noted and not named else referred
        # A timeline's entry ("- **2019**: ... T-DXd, an experimental ADC, ...") narrates its year.
        entry = TIMELINE_ENTRY.match(block.text)
        row_year = ONLY_A_YEAR.fullmatch(first_cell)
        year = entry.group(1) if entry else row_year.group(1) if row_year else ""
        # A quotation its introduction dates ("Our 2013 summary of EMILIA read:" over "> T-DM1 is the
        # new standard ...") says what was said then.
        if not year and block.in_blockquote and introduced_by.rstrip().endswith(":") \
                and (source := DATED_SOURCE.search(introduced_by)) is not None:
            year = source.group(1)
        narrated = f"in {year}: " if year else ""
        labelled = _label_therapy(block, named)
        before: list[Mention] = []  # the therapies the sentence before named
        opener = False  # whether the sentence before opened with one of them, its subject
        for start, end in _titled_sentences(block):
            # The block's mentions that lie in the sentence, at their places in it: one search
            # of the names per block, not one per sentence.
            mentions = [Mention(m.start - start, m.end - start, m.key, m.text)
                        for m in named if start <= m.start and m.end <= end]
            sentence = block.text[start:end]
            said_before, opened_before, before = before, opener, mentions
            opener = bool(mentions) and not sentence[:mentions[0].start].strip(" *_-#>[|:")
            # ("**T-DXd** - Enhertu. Emerging data as 2nd line vs. T-DM1.": a sentence that opens with
            # the words names only a comparator; it speaks of the entry's drug)
            subjectless = NOVELTY_OPENS.match(sentence) is not None and all(
                COMPARED.search(sentence[:mention.start]) for mention in mentions)
            if (not mentions or subjectless) and opened_before and len({m.key for m in said_before}) == 1 \
                    and (IT_OPENS.match(sentence) or subjectless) and not NOT_NEW.search(sentence):
                # "Tukysa is a tablet. It was recently approved by the FDA.": the subject of the
                # sentence before (not "Pyrotinib, a pill similar to neratinib, ... . It has not been
                # approved", nor "It's not new")
                mentions = _of_the_title(sentence, said_before[0], reader)
            if (not mentions or subjectless or all(PART_OF.search(sentence[:m.start]) for m in mentions)) \
                    and start == block.sentences[0][0] and _opens_with_word(sentence, reader) \
                    and (headed := _titled_therapy(block, finder)) is not None:
                # "### Phesgo" over "A brand-new injection that combines Perjeta and Herceptin
                # ...": a paragraph that opens with the words, under a drug's heading, speaks of it
                mentions = _of_the_title(sentence, headed, reader)
            if ASKS_IF_NEW.match(sentence):
                continue  # a question before its answer ("**When was Herceptin new?** In 1998 ...")
            if not mentions and titled is not None:
                mentions = _of_the_title(sentence, titled, reader)
            # the novelty words, found once for the readings below
            found = reader.word_match(sentence) if mentions or labelled is not None else None
            if mentions and first_cell and (row_drug := one_therapy(first_cell, finder)) is not None \
                    and found is not None and found[0].end() <= mentions[0].start:
                # "| Tucatinib (Tukysa) | PO | Recently approved; 300 mg BID with trastuzumab |": the
                # words come before the partners the cell names; they are said of the row's drug
                mentions = _of_the_title(sentence, row_drug, reader)
            if labelled is not None and mentions and start > block.sentences[0][0] \
                    and found is not None and found[0].end() <= mentions[0].start \
                    and not sentence[:found[0].start()].strip(" *_-").split(" ", 2)[2:]:
                # "**Tukysa (tucatinib).** A newly approved pill, taken with Herceptin and Xeloda":
                # the entry's label, not the partners after the words
                mentions = _of_the_title(sentence, labelled, reader)
            if not mentions and labelled is not None and start > block.sentences[0][0] \
                    and found is not None and _refers_at(sentence, found[0].start()):
                # "- **Margenza.** The newly approved antibody; ...": the item's label is the subject
                mentions = _of_the_title(sentence, labelled, reader)
            if not mentions:
                continue
            under_heading = heading_word if start == block.sentences[0][0] else None
            if found is None and under_heading is None:
                continue  # no words that could be outdated
            if any(compiled(claim).search(sentence) for claim in CLAIMS):
                continue  # a claim tied to a date is DATE011's (dated_claims)
            # "Then Enhertu is not approved for you in this setting" under "## What if my result
            # is HER2 0?": the setting the sentence points to is its section's
            pointed = ""
            if block.section is not None and THIS_SETTING.search(sentence):
                pointed = block.section.title
            for mention, word, approval in reader.outdated(sentence, mentions, found, under_heading,
                                                           narrated, pointed):
                at = _reported_at(sentence, mention, found[0] if found is not None else None, word)
                yield _finding(doc, rule, block, start, at, mention, word, approval, context.today)


WHATS_NEW = lazy_regex(r"(?i)\bwhat(?:'s|’s|\s+is)\s+\Z")
# A question whether (or when) a therapy is new, which its answer answers: "When was Herceptin
# new?", "Is Enhertu a new drug?" (not "Has anyone had Phesgo, the new injection ...?", which calls it new).
ASKS_IF_NEW = lazy_regex(r"(?i)\W*(?:when|why|how|is|was|are|were)\b[^?.]{0,60}?\b(?:new|novel|experimental|"
                         r"investigational|emerging)(?:\s+(?:kind\s+of\s+|type\s+of\s+)?(?:drug|medicine|treatment|"
                         r"therapy|option))?[\s*_]*\?")
# Words that point to the setting the section names: "in this setting", "for this group".
THIS_SETTING = lazy_regex(r"(?i)\b(?:in|for)\s+(?:this|that|these|such)\s+(?:setting|situation|case|group|"
                          r"cancers?|tumou?rs?|results?)\b")
TIMELINE_ENTRY = lazy_regex(r"\s*[*_]{0,2}((?:19|20)\d\d)[*_]{0,2}\s*(?::|—|–|-\s)")

# Evidence still "emerging" in a setting the therapy was approved in years ago: "T-DXd: emerging
# data as 2nd line", "... in HER2-low disease" (the approval of that setting must fit the sentence:
# not "emerging data suggest it may help in more tumour types", nor "new data" of an established drug).
EMERGING_EVIDENCE = lazy_regex(r"(?i)emerging\s+(?:[\w-]{1,20}\s+)?(?:data|evidence|results)\b")
# What makes the year after it an approval's date, put beside the therapy: "a new pill, approved in
# April 2020" (but "when it was approved in 1998 it was new" tells the story's time).
# (not "it wasn't approved until 2012": when it came, told as the past)
APPROVAL_DATE = lazy_regex(r"(?i)(?:(?:,|\()\s*|(?<!was)(?<!were)(?<!been)(?<!got)(?<!\bis)(?<!n't)(?<!n’t)"
                           r"(?<!\bnot)\s)"
                           r"(?:FDA[- ])?(?:approved|licen[cs]ed|launched|cleared)"
                           r"(?:\s+by\s+the\s+FDA)?\s*\Z")
QUESTION_LENGTH = 250  # characters: longer blocks that end with a question hold statements too

# A note's line that opens with a label ("**Status:** recently approved ...", "Status: new").
NOTE_LABEL = lazy_regex(r"\s*[*_]{0,2}[A-Z][\w /&-]{0,30}[*_]{0,2}:[*_]{0,2}\s")


def _titled_sentences(block: Block) -> list[tuple[int, int]]:
    """The block's sentences, a callout's title line among them as one of its own."""
    sentences = block.sentences
    title = CALLOUT_TITLE.match(block.text) if block.text.startswith("    ") else None
    if title is None or not sentences or not sentences[0][0] < title.end() - 1 < sentences[0][1]:
        return sentences
    first_start, first_end = sentences[0]
    return [(first_start, title.end() - 1), (title.end(), first_end), *sentences[1:]]


def _opens_with_word(text: str, reader: _Reader) -> bool:
    """Whether the text opens with the words, an article before them ("A new pill ...", "The
    newest antibody ...", "A brand-new injection ...")."""
    found = reader.word_match(text)
    return found is not None and ARTICLE_BEFORE_WORD.fullmatch(text, 0, found[0].start()) is not None


# "This recently approved option", "the newly approved injection": a drug the page named before.
REFERRING = lazy_regex(r"(?i)\b(?:this|that|the)\s+(?:[\w-]+\s+){1,3}?(?:drug|treatment|therapy|medicine|"
                       r"medication|injection|shot|pill|tablet|option|combination|antibody|infusion)\b")


SpokenOf = tuple[Section | None, Mention | None]  # a section, and the last drug its paragraphs named


def _referred(block: Block, reader: _Reader, spoken_of: SpokenOf,
              page_drug: Mention | None) -> Mention | None:
    """The drug a paragraph that names none refers back to ("This recently approved option is
    the first ..."): the first one named in the paragraphs before it in its section, else the
    one the page's title names."""
    section, mention = spoken_of
    if not reader.has_word(block.text):
        return None
    if mention is None or section is not block.section:
        mention = None if names_another_drug(block.text) else page_drug
    if mention is None:
        return None
    found = reader.word_match(block.text)
    return mention if found is not None and _refers_at(block.text, found[0].start()) else None


def _refers_at(text: str, at: int) -> bool:
    """Whether a referring phrase ("the newly approved injection") holds the words at `at`, or
    they are said of "it" ("it is an emerging option")."""
    return any(match.start() <= at < match.end()
               for match in REFERRING.finditer(text, max(0, at - 40), at + 60)) \
        or IT_IS.search(text, max(0, at - 40), at) is not None


# A condition just before words that say a therapy is not approved: "if it's not approved in time".
IF_CLAUSE = lazy_regex(r"(?i)\bif\s+(?:it|they|this|that|[\w-]+)\s*"
                       r"(?:'s|’s|\s+is|\s+are|\s+was|\s+were)?\s*\Z")
# After "recently approved": the approval's use, not a use of its own ("approved for use with X").
FOR_USE = lazy_regex(r"\s+for\s+use\b")
# What a recent approval approved, which is as old as its approval: "a newly approved combination",
# "the newly approved adjuvant indication" (a new trial or data of an approved drug is no approval).
APPROVED_THING = lazy_regex(r"(?i)[\s-]*(?:[\w-]{1,30}\s+)?(?:indications?|combinations?|uses?|approvals?)\b")
# A sentence that opens with the novelty words, with no subject before them: "Emerging data as
# 2nd line".
# (with its article: "**T-DXd** - trastuzumab deruxtecan. An investigational ADC in trials.")
NOVELTY_OPENS = lazy_regex(r"[\s*_]*(?:(?:An?|The)\s+)?(?:[Ee]merging|[Nn]ew|[Nn]ewer|[Ee]xperimental|"
                           r"[Ii]nvestigational|(?:[Rr]ecently|[Nn]ewly)\s+approved)\b")
ARTICLE_BEFORE_WORD = lazy_regex(r"[\s*_>]*(?:(?:A|An|The)\s+)?(?:[Bb]rand[- ])?")
# What makes the drugs named after it the parts of what a sentence speaks of: "A new injection
# that combines Perjeta and Herceptin".
PART_OF = lazy_regex(r"(?i)\b(?:combin(?:es|ing)|contain(?:s|ing)|joins?|pairs?)\b")
# A sentence that speaks of the one before's therapy: "It was recently approved", "This drug is new"
# (but not "It's not new").
IT_OPENS = lazy_regex(r"\s*(?:It|They|This\s+(?:drug|medicine|treatment|tablet|pill|injection|antibody|ADC))"
                      r"\b")
NOT_NEW = lazy_regex(r"(?i)(?:\bnot|n['’]t|\bnever|\bno\s+longer)\s+(?:\w+\s+)?"
                     r"(?:new|novel|experimental|recent)")
# The words said of "it": "For HER2-low breast cancer it is an emerging option".
IT_IS = lazy_regex(r"(?i)\b(?:it|they)\s+(?:is|are|was|were|has\s+been|have\s+been|remains?)\s+(?:still\s+)?"
                   r"(?:(?:considered|seen\s+as|regarded\s+as|called)\s+)?(?:an?\s+|the\s+)?\Z")


# A list item's or paragraph's opening label: "**Margenza (margetuximab).**", "**Kadcyla:**".
BOLD_LABEL = lazy_regex(r"\s*(?:\*\*|__)[^*_\n]{1,60}?[.:]?(?:\*\*|__)")


def _label_therapy(block: Block, named: list[Mention]) -> Mention | None:
    """The one therapy a block's bold opening label names, if it opens with one."""
    label = BOLD_LABEL.match(block.raw) if named else None
    if label is None:
        return None
    text_end = block.sentences[0][1] if block.sentences else 0
    in_label = [mention for mention in named if mention.end <= text_end]
    return in_label[0] if in_label and len({mention.key for mention in in_label}) == 1 else None


def _by_title(block: Block, finder: NameFinder, page_drug: Mention | None) -> Mention | None:
    """The one therapy a noted block's section title names, else the page's title's (not where
    the block names a drug the table does not know: "Pyrotinib: approved in China only")."""
    return _titled_therapy(block, finder) or (None if names_another_drug(block.text) else page_drug)


def _titled_therapy(block: Block, finder: NameFinder) -> Mention | None:
    """The one therapy the title of a list item's or labelled line's section names ("#
    [[Trastuzumab deruxtecan]]" over "- Emerging ADC; ..." or "**Status:** new"): a note's line
    that names no drug speaks of it."""
    if block.section is None or names_another_drug(block.text):
        return None
    named = finder.mentions(block.section.title)
    return named[0] if named and len({mention.key for mention in named}) == 1 else None


def _of_the_title(sentence: str, titled: Mention, reader: _Reader) -> list[Mention]:
    """The section's therapy, placed at the novelty words of a sentence that names none."""
    found = reader.word_match(sentence)
    approval = reader.applicable(titled.key, sentence.lower())
    if STUDIED_OR_TESTED.match(sentence):
        return []  # a sentence with its own subject: "Loperamide prophylaxis is being studied"
    if found is None or approval is None or (approval.context and found[1] == "unapproved"):
        # an item denying a later indication ("- HER2-ultralow: not yet licensed") is DATE010's;
        # one calling it new ("| Kadcyla | newly approved for residual disease |") is ours
        return []
    match, _ = found
    return [Mention(match.start(), match.start(), titled.key, titled.text)]


# What a heading's word must describe to be said of the therapies listed under it ("New
# treatments", "In the pipeline"; not "Drug list for new interns").
THERAPY_NOUN = lazy_regex(r"(?i)\b(?:drugs?|therap(?:y|ies)|treatments?|options?|agents?|medicines?|"
                          r"medications?|ADCs?|antibod(?:y|ies)|TKIs?|tablets?|pipeline|development)\b")


def _heading_word(block: Block, reader: _Reader) -> tuple[str, Wording] | None:
    """The novelty words of the heading a list item or table cell sits under, if any, when they
    describe therapies: the word's own words up to the heading's next comma or bracket."""
    if not (block.in_list or block.table) or block.section is None:
        return None
    found = reader.word_match(block.section.title)
    if found is None:
        return None
    match, wording = found
    if WHATS_NEW.search(block.section.title, 0, match.start()):
        return None  # "What's new in HER2 treatment": news of a field, not new drugs
    own = re.split(r"[,;:(\[—–]", block.section.title[match.start():], maxsplit=1)[0]
    return (match.group(0), wording) if THERAPY_NOUN.search(own) else None


class _Reader:
    def __init__(self, rule: Rule, approvals: tuple[Approval, ...], today: date, dated: date | None) -> None:
        options = rule.options
        # How long after the approval each kind of wording stays fair.
        self.fair_years: dict[Wording, int] = {"unapproved": 0, "recent": options["max_recent_years"],
                                               "new": options["max_years"]}
        self.options = options
        self.today = today
        self.dated = dated  # the article's date, if it has one
        self.approvals: dict[str, list[Approval]] = {}
        for approval in approvals:
            self.approvals.setdefault(approval.key, []).append(approval)

    # Compiled when a block first needs them: most articles hold no novelty word at all.
    novelty = property(lambda self: compiled(self.options["novelty"]))
    unapproved = property(lambda self: compiled(self.options["unapproved"]))
    recent = property(lambda self: compiled(self.options["recent"]))
    not_about_therapy = property(lambda self: compiled(self.options["not_about_therapy"]))
    new_setting = property(lambda self: compiled(self.options["new_setting"]))
    historical = property(lambda self: compiled(self.options["historical"]))
    comparator = property(lambda self: compiled(self.options["comparator"]))

    @cached_property
    def _words(self) -> PatternSet:
        return pattern_set((self.options["unapproved"], self.options["recent"], self.options["novelty"]))

    def has_word(self, text: str) -> bool:
        """False only where the text holds no novelty or unapproved word at all."""
        return self._words.might_match(text)

    def word_match(self, text: str) -> tuple[re.Match[str], Wording] | None:
        """The first word that says a therapy is not approved, else the first that calls its
        approval recent, else the first that calls it new: "newer drugs ... are still
        experimental" is wrong from the approval day."""
        readings: tuple[tuple[re.Pattern[str], Wording], ...] = (
            (self.unapproved, "unapproved"), (self.recent, "recent"), (self.novelty, "new"))
        for pattern, wording in readings:
            for match in pattern.finditer(text):
                # ("recently approved for use with capecitabine" is the therapy's approval, not a use's)
                if not self.not_about_therapy.match(text, match.end()) or (wording == "recent" and (
                        EMERGING_EVIDENCE.match(text, match.start()) or FOR_USE.match(text, match.end())
                        or APPROVED_THING.match(text, match.end()))):
                    return match, wording
        return None

    def outdated(self, sentence: str, mentions: list[Mention], found: tuple[re.Match[str], Wording] | None,
                 heading_word: tuple[str, Wording] | None,
                 narrated: str = "", pointed: str = "") -> Iterator[tuple[Mention, str, Approval]]:
        """The therapies the sentence's words (found: word_match's answer), or its heading's,
        call new or unapproved when that is outdated."""
        match: re.Match[str] | None = None
        if found is not None:
            match, wording = found
            subjects = _subjects(sentence, mentions, match.start(), match.end(), self.comparator)
            word = match.group(0)
        elif heading_word is not None and _leads(sentence, mentions[0]):
            subjects, (word, wording) = [mentions[0]], heading_word
        else:
            return
        if match is not None and wording == "unapproved" and IF_CLAUSE.search(sentence, 0, match.start()):
            return  # a condition, not a claim: "So if it's not approved in time, what do people do?"
        if match is not None and (_quoted(sentence, match.start()) or _in_link_text(sentence, match.start())):
            # someone's words, reported: "a letter called it 'a new kind of drug'"; the title of
            # a page the text links to ("[Hylecta: the new shot that ...](/2020/08/hylecta/)")
            return
        lowered = sentence.lower()
        evidence = match is not None and EMERGING_EVIDENCE.match(sentence, match.start()) is not None
        for mention in subjects:
            approval = self.applicable(mention.key, lowered)
            if approval is None or (evidence and not (approval.context and approval.fits(lowered))):
                continue
            scope = _setting_scope(sentence, match, wording, approval)
            if self._excused(narrated + _statement(sentence, match), approval, wording,
                             f"{pointed}: {scope}" if pointed else scope):
                continue
            if self.dated is not None and self.dated < approval.approved:
                continue  # written before the approval: DATE010's
            months = months_between(approval.approved, self.today)
            if months < 0 or months <= self.fair_years[wording] * 12:
                continue
            yield mention, word, approval

    def applicable(self, key: str, lowered: str) -> Approval | None:
        """The latest approval whose context (an indication such as HER2-low) the sentence names,
        else the first approval."""
        entries = self.approvals.get(key, [])
        fitting = [e for e in entries if e.fits(lowered)]
        if fitting:
            return max(fitting, key=lambda e: e.approved)
        general = [e for e in entries if not e.context]
        return min(general or entries, key=lambda e: e.approved) if entries else None

    def _excused(self, sentence: str, approval: Approval, wording: Wording, scope: str) -> bool:
        # "early breast cancer" is no new setting for neratinib, whose approval it is; any setting
        # the scope names may be the new one ("IHC 0 with no staining at all" is not ultralow's)
        settings = self.new_setting.finditer(scope)
        if any(not _is_its_indication(setting.group(0), approval) for setting in settings):
            # An approved drug tried, or not approved, in another setting; where the sentence
            # names an indication (HER2-low), the words' own clause must name the other
            # setting ("approved for HER2-low; it is not approved for HER2-null tumours").
            return True
        for match in self.historical.finditer(sentence):
            if APPROVAL_DATE.search(sentence, 0, match.start()):
                continue  # "a new pill, approved in April 2020": the approval's date, not the story's
            year = match.group("year")
            if year is None or int(year) <= approval.approved.year + self.fair_years[wording]:
                return True
        return False


def _is_its_indication(setting: str, approval: Approval) -> bool:
    """Whether every word of a setting the words name is in the approval's indication, or the
    setting is one its context names ("after surgery" for T-DM1's residual-disease approval)."""
    if approval.fits(setting.lower()):
        return True
    words = [word for word in re.findall(r"[a-z0-9]+", setting.lower()) if word not in SMALL_WORDS]
    indication = approval.indication.lower()
    return bool(words) and all(word in indication for word in words)


SMALL_WORDS = frozenset({"in", "the", "a", "an", "with", "of", "as", "on", "by", "other", "its", "own"})


def _in_link_text(sentence: str, at: int) -> bool:
    """Whether `at` is inside a link's text: "[...]" around it."""
    opened, closed = sentence.rfind("[", 0, at), sentence.find("]", at)
    return opened >= 0 and closed >= 0 and "]" not in sentence[opened:at] and "[" not in sentence[at:closed]


def _quoted(sentence: str, at: int) -> bool:
    """Whether a double quotation mark opened before `at` is still open there."""
    before = sentence[:at]
    return before.count('"') % 2 == 1 or before.rfind("\u201c") > before.rfind("\u201d")


def _setting_scope(sentence: str, match: re.Match[str] | None, wording: Wording, approval: Approval) -> str:
    """Where a new setting must stand to excuse the words: for "recently approved", beside
    them ("recently approved for maintenance"; not "Phesgo, a recently approved injection that
    ..., takes 5 minutes for maintenance doses"); for the others ("being studied before
    surgery"), in the words' clause when the approval has a context, else in their statement
    (the sentence between semicolons)."""
    if match is not None and wording == "recent":
        # (nor a label before a colon: "Good news for those on maintenance Herceptin: the FDA has
        # just approved Herceptin Hylecta")
        start = max(match.start() - SETTING_REACH, sentence.rfind(";", 0, match.start()) + 1,
                    sentence.rfind(": ", 0, match.start()) + 1)
        end = sentence.find(";", match.end())
        return sentence[start : min(match.end() + SETTING_REACH, end if end >= 0 else len(sentence))]
    return _clause(sentence, match) if approval.context else _statement(sentence, match)


# How far from "recently approved" a setting it describes may stand.
SETTING_REACH = 40


def _clause(sentence: str, match: re.Match[str] | None) -> str:
    """The clause of the sentence the words are in (the whole sentence without words)."""
    if match is None:
        return sentence
    starts = [0, *(found.end() for found in CLAUSE_BREAK.finditer(sentence, 0, match.start()))]
    ends = [found.start() for found in CLAUSE_BREAK.finditer(sentence, match.end())]
    return sentence[starts[-1]:ends[0] if ends else len(sentence)]


def _statement(sentence: str, match: re.Match[str] | None) -> str:
    """The part of the sentence between the semicolons around the words: a note's "novel,
    recently approved; combos under study" says two things, and the trials are the second's."""
    if match is None:
        return sentence
    start = sentence.rfind(";", 0, match.start()) + 1
    end = sentence.find(";", match.end())
    return sentence[start:end if end >= 0 else len(sentence)]


def _leads(sentence: str, mention: Mention) -> bool:
    """Whether the sentence begins with the therapy (a list item naming it first)."""
    return len(sentence[: mention.start].split()) <= 1


def _subjects(sentence: str, mentions: list[Mention], word_start: int, word_end: int,
              comparator: re.Pattern[str]) -> list[Mention]:
    """The therapies the words describe: those they introduce, else the subject's list."""
    # A list a comparator opens is the comparator's whole: "after trastuzumab and pertuzumab".
    lists = [group for group in _lists(sentence, mentions)
             if not comparator.search(sentence[max(0, group[0].start - 40) : group[0].start])]
    said_of = [group for group in lists if group[-1].end <= word_start
               and PREDICATE.fullmatch(sentence, group[-1].end, word_start)]
    if said_of:
        return _distinct(said_of[-1])
    before = [group for group in lists if group[0].start < word_start]
    for group in lists:
        gap = sentence[word_end : group[0].start]
        # (not a partner after the words: "tucatinib (Tukysa), recently approved, with trastuzumab")
        if group[0].start >= word_end and len(gap.split()) <= INTRODUCED_WITHIN \
                and not SUBORDINATE.search(gap) and (len(gap.split()) <= 2 or INTRODUCER.search(gap)) \
                and not (before and PARTNER.search(gap)) and not LIKENED_TO.search(gap):
            return _distinct(group)
    if before and not names_another_drug(_unnamed(sentence, before[0][-1].end, word_start, mentions)):
        # ("neratinib gave few responses, and poziotinib remains investigational": poziotinib's)
        return _distinct(before[0])
    if before:
        return []
    # "It is not approved for stomach cancer, so people have trastuzumab by drip": a therapy the
    # sentence's consequence names is not what the words describe.
    # ("It's an experimental antibody, kind of a tweaked Herceptin": nor a therapy it is likened to)
    # (nor one another item of a list names: "a new antibody-drug conjugate, a new way to give
    # trastuzumab")
    # (nor what a new way gives: "This is a new way to give trastuzumab")
    after = [group for group in lists if not CONSEQUENCE.search(sentence, word_end, group[0].start)
             and not LIKENED_TO.search(sentence, max(word_end, group[0].start - 30), group[0].start)
             and not NEXT_ITEM.search(sentence, word_end, group[0].start)
             and not WAY_OF.match(sentence, word_end)]
    return _distinct(after[0]) if after else []


# A way of giving what follows: "a new way to give trastuzumab", "a new way of having both".
WAY_OF = lazy_regex(r"\s+ways?\s+(?:of|to)\b")
# Where a list's next item begins: ", a new way to give ...", "and a new way to give ...".
NEXT_ITEM = lazy_regex(r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?:a|an|the)\s")
# What, just before a therapy, makes it a partner of the one named before the words.
PARTNER = lazy_regex(r"(?i)\b(?:with|plus|alongside|(?:together|combined|in\s+combination)\s+with)\s*\Z")
# What, just before a therapy, likens another to it: "kind of a tweaked Herceptin", "similar to".
LIKENED_TO = lazy_regex(r"(?i)\b(?:like|similar\s+to|based\s+on|related\s+to|modell?ed\s+on|"
                        r"(?:kind|sort|type|version|form)\s+of(?:\s+an?)?(?:\s+[\w-]+)?)\s+\Z")


def _unnamed(sentence: str, start: int, end: int, mentions: list[Mention]) -> str:
    """sentence[start:end] less the therapies of the table it names ("after trastuzumab" is no
    drug outside the table)."""
    kept, at = [], start
    for mention in mentions:
        if start <= mention.start and mention.end <= end:
            kept.append(sentence[at:mention.start])
            at = mention.end
    return " ".join([*kept, sentence[at:end]])


def _lists(sentence: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Mentions grouped into lists: "pertuzumab (Perjeta) and T-DM1" is one."""
    groups: list[list[Mention]] = []
    for mention in mentions:
        if groups and LIST_GAP.fullmatch(sentence, groups[-1][-1].end, mention.start):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    return groups


def _distinct(group: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    kept = []
    for mention in group:
        if mention.key not in seen:
            seen.add(mention.key)
            kept.append(mention)
    return kept


def _reported_at(sentence: str, mention: Mention, found: re.Match[str] | None, word: str) -> tuple[int, int]:
    """Where in the sentence the finding goes: at the therapy named, unless its words are on
    another line (a glossary's "**Margetuximab**" over ": An investigational antibody ..."),
    where the outdated words are what a reader must change."""
    if found is not None:
        between = sentence[min(mention.end, found.start()):max(mention.start, found.end())]
        if "\n" in between:
            return found.start(), found.end()
    # A therapy named by the section's title is reported at the words said of it.
    return mention.start, mention.end if mention.end > mention.start else mention.start + len(word)


def _finding(doc: Document, rule: Rule, block: Block, offset: int, at: tuple[int, int], mention: Mention,
             word: str, approval: Approval, today: date) -> Finding:
    shown = " ".join(mention.text.replace("[", " ").replace("]", " ").replace("|", " ").split())
    if shown.lower() != approval.name.lower():
        shown = f"{shown} ({approval.name})"
    months = months_between(approval.approved, today)
    return finding_at(
        rule, doc.path, block.span(offset + at[0], offset + at[1]),
        rule.format(therapy=shown, word=" ".join(word.split()), year=approval.approved.year,
                    date=approval.approved.isoformat(), years=months // 12, age=describe_age(months),
                    indication=approval.indication, source=approval.source),
        context=block.text[offset + mention.start : offset + mention.end + 80])


def describe(rule: Rule) -> list[str]:
    """For `medlint explain`: the approvals this rule knows, with their sources."""
    return describe_approvals(rule.options["therapies_file"])


def describe_approvals(therapies_file: str) -> list[str]:
    if not therapies_file:
        return []
    lines = [f"Approvals known ({therapies_file}):"]
    for approval in sorted(load_therapies(therapies_file), key=lambda a: (a.key, a.approved)):
        names = ", ".join(approval.names[1:4])
        shown = f"{approval.name} ({names})" if names else approval.name
        lines.append(f"    {approval.approved.isoformat()}  {shown}")
        lines.append(f"        {approval.indication}")
        lines.append(f"        source: {approval.source}")
    return lines
