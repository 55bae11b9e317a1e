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
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from functools import cached_property, partial
from itertools import chain, groupby
from typing import TYPE_CHECKING, Any, NamedTuple

from linter.citations import is_bibliographic_entry
from linter.dates import MONTH
from linter.document import Block, Document, Section
from linter.facts import (
    ASKS_WHETHER_IT_HOLDS,
    BEATEN,
    CALLOUT_TITLE,
    COMPARED,
    CONDITION_SUBJECT,
    DOSE_SENTENCE,
    FIRST_PERSON,
    OTHER_SUBJECT,
    WEIGHS_VIEWS,
    WORDS_THAT_HOLD_A_LINE,
    CompiledClaim,
    CompiledFact,
    FactPack,
    claim_index,
    fact_index,
    fact_keywords,
    names_another_drug,
    pack_for,
    said_of_no_subject,
)
from linter.findings import Finding, Severity, finding_at
from linter.options import OptionSpec
from linter.patterns import compiled, lazy_regex
from linter.positions import Span
from linter.therapies import (
    DATED_SOURCE,
    ONLY_A_YEAR,
    article_date,
    lowered_source,
    newest_year_named,
)

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

HISTORICAL = (r"(?i)(?:\b(?:in|by|until|till|before|through|during|around|circa)\s+"
              r"(?:(?:early|mid|late)[- ])?(?:[A-Z][a-z]+\.?\s+)?(?:the\s+)?"
              r"|\bpre-?|\b(?:19|20)\d\d\s*[-–]\s*|\bfrom\s+(?:19|20)\d\d\s+(?:to|until|till|through)\s+"
              # a restriction put down to a dated approval: "(pertuzumab neoadjuvant only, per 2013
              # accelerated approval)"
              r"|\bper\s+(?:the\s+|its\s+)?(?=(?:19|20)\d\d\s+(?:accelerated\s+|FDA\s+|original\s+|initial\s+)?"
              r"(?:approval|label)\b)"
              # a patient's history: "Dx 2015 cT2N1 → TCH, surgery (residual 4 mm), trastuzumab to 1 yr"
              r"|\b(?:dx|diagnosed|diagnosis)\s+(?:in\s+)?(?:[A-Z][a-z]+\.?\s+)?"
              # a timeline's entry: "2019: ...", "- **2019** — ..."
              r"|(?:^|:\s)[\s>*-]*(?=(?:19|20)\d\d(?:\s*(?:and|&|,|/)\s*(?:19|20)\d\d)*(?:\*\*|__)?\s*(?::|—|–|-\s|\|))"
              # a trial's result labelled by its year: "- EMILIA (2012): T-DM1 beat ..." (not a
              # guideline's version, "USPSTF (2016): biennial from 50", which is advice it gives)
              r"|(?:^|:\s)[\s>*-]*(?!(?:USPSTF|NCCN|ASCO|CAP|ESMO|NICE|ACS|ACR|ACOG|SSO|ASTRO)\b)"
              r"(?-i:[A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*)\s+\((?=(?:19|20)\d\d\)\s*:)"
              # a table's row dated in its first cell: "| Dec 2019 | ... |", "| 20 Dec 2019 | ... |" (not
              # a body's version, "| USPSTF 2016 | 50 |", which is the advice it gives)
              r"|(?:^|:\s)\s*(?:\d{1,2}\s+)?(?-i:[A-Z][a-z]{2,8})\.?\s+(?=(?:19|20)\d\d\s*\|))"
              r"(?P<year>(?:19|20)\d\d)s?\b|"
              # a case's history, labelled: "**Case:** 52F ...; 1L THP (22 mo), 2L T-DM1 (9 mo), now ...",
              # "Prior: THP → T-DM1 → lapatinib"
              r"(?:^|:\s)[\s>*-]*(?:case|hx|history|hpi|background|(?:prior|previous)(?:\s+(?:therapy|treatment|line|regimen)s?)?)"
              r"[\s*_]*:\s|"
              r"\bbefore\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:trial|study|results|data|approval)s?\b|"
              # "Before that, tumours scored 1+ had no option", "Before, the advice was 50" (not
              # "until then, the standard remains"; not "before surgery, ... was", a setting)
              r"\bbefore(?:\s+(?:that|then|this),?|,)\s+(?:[^\s.;]+\s+){1,8}?(?:had|was|were|did|told|said|advised|"
              r"recommended|gave|offered|suggested|used|required|needed|covered|allowed|excluded)\b|"
              # (not "until DESTINY-Breast03 reads out": what is awaited; not "not before T-DM1", a drug)
              r"\b(?:before|until|till)\s+(?:the\s+)?(?!T-?DM-?1\b|T-?DXd\b|DS-?8201)(?-i:[A-Z][A-Za-z]*(?:-[A-Za-z]+)*-?\d+\w*(?!\w)|[A-Z]{4,}(?![\w-]))"
              r"(?!\s+(?:reads?\s+out|reports?\b|is\s+(?:published|presented|reported|approved|acted\s+on|filed)|goes\s+through|"
              r"gets?\s+(?:approved|through)|wins?\s+approval|(?:submission|application|filing|review)\b))|"
              r"\b(?:was|were|got|received|gained|won)\s+(?:(?:its|an?|the|FDA|accelerated|full|first)\s+)*approv(?:ed|al)\b|"
              # a body's past decision: "was recommended by NICE ... (TA704, 2021)"
              r"\b(?:was|were)\s+(?:first\s+)?recommended\s+by\b|"
              # words written under a rule since replaced: '"a ratio above 2.2" was written under an
              # older scheme'
              r"\bwritten\s+under\s+(?:an?\s+|the\s+)?(?:older|earlier|previous|former|superseded)\s+"
              r"(?:scheme|system|guideline|criteria|version|edition|rules?)\b|"
              # what an approval covered: "The December 20 approval covered adults who had ..."
              r"\bapproval\s+(?:covered|applied\s+to|was\s+(?:for|limited|restricted))\b|"
              # a sentence that tells the change itself: "the 2013 update brought those down", "the
              # final recommendation moved the start ... from 50 to 40"
              r"\b(?:update|revision|change|recommendation|guideline|guidance)\s+(?:brought|lowered|raised|cut|"
              r"dropped|moved|changed)\b|"
              # the news of an approval: "The FDA on Friday granted accelerated approval to ..."
              r"\bthe\s+(?:US\s+|U\.S\.\s+)?(?:FDA|agency|Food\s+and\s+Drug\s+Administration|USPSTF|"
              r"(?:Preventive\s+Services\s+)?Task\s+Force)\s+(?:\([A-Z]{2,8}\)\s+)?(?:(?:on|this|last)\s+\w+(?:\s+\d{1,2})?,?\s+)?"
              r"(?:granted|gave|approved|cleared|published|proposed|issued|released|posted|unveiled|announced|"
              # (the news of a draft: "the Task Force (USPSTF) has released a draft ...")
              r"ha(?:s|ve)\s+(?:published|proposed|issued|released|posted|unveiled))\b|"
              # a wording quoted as one not to use: 'Do not write "HER2-negative, not eligible ..."'
              r"\b(?:do\s+not|don't|never|avoid)\s+(?:write|writing|say|saying)\s+[\"“]|"
              # a patient's story of what they had believed: "I'd made peace with the fact that ..."
              r"\b(?:I|we|she|he)['’]d\s+(?:made\s+peace|thought|assumed|believed|accepted|been\s+told)\b|"
              # what people were told then: "If your test came back 1+, you were told ... would not help"
              r"\b(?:you|they|we|patients|people|women)\s+(?:were|had\s+been)\s+(?:told|advised|informed)\b|"
              # a "then" column's past: "HER2 3+ was defined as ...", '"HER2-negative" meant no HER2 drugs'
              r"\buntil\s+(?:now|recently|(?:this|last)\s+(?:week|month|year))\b|"
              r"\bfor\s+(?:most|much|all)\s+of\s+the\s+(?:19|20)\d0s\b|"
              r"\b(?:was|were)\s+defined\s+as\b|\b(?:was|were)\s+(?:simply|just|all)\s+called\b|"
              # a class of results named in the past: "Ratios from 1.8 to 2.2 were called equivocal"
              # (not one patient's: "her cancer was called HER2-positive because ...")
              r"\bwere\s+(?:then\s+)?(?:called|termed)\b|"
              r"(?<!\bis\s)(?<!\bare\s)\bmeant\b(?!\s+to\b)|"
              # a wording shown as one not to use: '"IHC 3+ = >30%" still appears in old decks; do not use it'
              r"\b(?:do\s+not|don't|never)\s+use\s+(?:it|this|that|them)\b(?!\s+(?:to|for|when|in)\b)|"
              r"\bfor\s+(?:(?:many|several|some|a\s+few|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
              r"[a-z]+teen|[a-z]+ty)\s+)?years,?\s+(?:[\w()+-]+\s+){1,12}?(?:was|were|had\s+been|said|advised|"
              r"recommended|told)\b|"
              r"\b(?:was|were|used\s+to\s+be)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:standard|preferred|usual|first\s+choice)\b|"
              r"\bwas\s+(?:then\s+|once\s+|long\s+|still\s+)?(?:the\s+)?(?:only|sole)\b|"
              r"\b(?:served|stood|reigned|functioned)\s+as\b|\bwas\s+(?:used|given|offered)\s+as\b|"
              r"\b(?:was|were)\s+(?:all\s+|simply\s+|just\s+)?(?:treated|managed|classed|classified|counted|grouped|"
              r"lumped|considered|regarded|sorted|called|labell?ed)\s+(?:together\s+)?(?:as|like|with|in)\b|"
              r"\bfor\s+(?:nearly\s+|almost\s+|about\s+|over\s+|more\s+than\s+)?(?:a|one|two)\s+decades?\b|"
              r"\b(?:made|kept)\s+(?:it|them)\s+the\b|"
              r"\b(?:prior|previous|former|old|older|earlier|superseded)\s+(?:rec\w*|guideline|guidance|advice|"
              r"version|criteria|label|indication|standard|report|result)s?\b|"
              r"\b(?:until|before)\s+(?:that|this|the)\s+(?:change|update|approval|decision|revision)\b|"
              r"\bthere\s+(?:was|were)\s+(?:no|not|only)\b(?!\s+(?:doubt|question|need|point|hesitation)\b)|\b(?:was|were)\s+based\s+on\b|"
              # what someone said at a time gone: "her oncologist told her last year that Kadcyla is ..."
              r"\btold\s+(?:her|him|me|us|them)\s+(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter)|"
              r"(?:a\s+few|two|three|several)\s+(?:years|months)\s+ago|back\s+then)\s+that\b|"
              # a trial's activity told in the past: "KATHERINE was enrolling women like me"
              r"\b(?:was|were)\s+(?:still\s+)?(?:enrolling|recruiting)\b|"
              r"\b(?:was|were)\s+(?:still\s+|then\s+)(?:investigational|experimental|in\s+(?:clinical\s+)?trials|unapproved|"
              r"not\s+(?:yet\s+)?approved)\b|"
              # a wait told in the past: "so for a while the first biosimilar was not yet on the market"
              r"\b(?:was|were)\s+not\s+yet\b|"
              # ("used to": the past, not "isn't used to treat")
              # (not "patients previously treated with trastuzumab": whom a label names)
              r"\b(?:previously(?!\s+(?:treated|untreated|received|exposed|given|had|diagnosed|tried|used)\b)|"
              r"at\s+(?:that|the)\s+time(?!\s+of\s+(?:writing|(?:your\s+|the\s+)?(?:surgery|operation|diagnosis|biopsy|"
              r"relapse|recurrence|progression)))|back\s+then|historically|"
              # (not a former code name: "Tucatinib (formerly ONT-380) is an investigational TKI")
              r"formerly(?!\s+(?:known\s+as\s+|called\s+)?[A-Z]{2,}[-\s]?\d)|"
              # what old pages said: "reading old forum threads from 2008, ... 'the only HER2 drug'"
              r"\b(?:old|older|earlier|past)\s+(?:forum\s+)?(?:threads?|posts?|leaflets?|pages?|articles?|sources|guides|editions|versions)\b|"
              r"(?<!\bnot\s)(?<!n't\s)used\s+to(?!\s+(?:treat|help|manage|control|prevent|reduce|shrink|slow|stop|target|"
              r"choose|guide|decide|select|pick|plan)\b)|"
              # (not the patient's course: "HER2 drugs will no longer be part of your treatment"; nor
              # advice that now stands: "The Task Force no longer recommends routine screening ...")
              r"no\s+longer(?!\s+(?:be\s+)?(?:part\s+of\b|an?\s+option\b|offered\b|recommends?\b|recommended\b|advises?\b|"
              r"used\s*(?:[,;.]|and\b|for\s+(?:you|them|her|him)\b)))|"
              r"was\s+once|once\s+was|had\s+(?:always\s+|long\s+|once\s+)?been|outdated|supersed(?:ed|es)|"
              r"replace[sd])\b|"
              # what was believed or advised then: "a group once thought to have no option", "Since
              # 2009 the task force had said ..."
              r"\b(?:once|long)\s+(?:thought|believed|considered|regarded|seen)\b|"
              r"\bhad\s+(?:said|recommended|advised|told|called)\b|"
              # "When I was diagnosed, the Task Force said every two years from 50"
              r"\bwhen\s+(?:I|she|he|we|my\s+\w+)\s+(?:was|were)\s+(?:first\s+)?diagnosed\b|"
              # the writer's own story: "In my case the next step was Kadcyla"
              r"\bin\s+my\s+case,?\s+(?:[^\s.;]+\s+){0,6}?(?:was|were|had|got|did)\b|"
              # what another page may say: "If a page says Enhertu is used only after two treatments, ..."
              r"\bif\s+(?:a|an|the|your|another|any)\s+(?:older\s+|old\s+)?(?:page|leaflet|website|site|article|"
              r"source|guide|book|handout|brochure|post)\s+(?:says|tells\s+you|claims|states)\b|"
              # what older sources say, and what someone remembers: "Older leaflets may say that ...",
              # "remembers when Herceptin was the shiny new thing"
              r"\b(?:older|old|earlier|previous|outdated)\s+(?:leaflets?|pages?|sources?|guides?|articles?|"
              r"books?|websites?|materials?|handouts?|brochures?)\s+(?:may\s+|might\s+|often\s+|still\s+)?"
              r"(?:say|said|state|stated|tell|told|claim|claimed)\b|\b(?:remembers?|remembered|recalls?)\s+when\b|"
              r"\bhad\s+no\s+(?:approved\s+)?(?:HER2(?:[- ](?:directed|targeted))?\s+)?"
              r"(?:options?|drugs?|treatments?|therap(?:y|ies))\b|"
              # a change told from where it started: 'has moved from "no approved options" to a
              # crowded field', "has gone quickly from no options to three"
              r"\b(?:has|have|had)\s+(?:moved|gone|shifted|changed|evolved|come|grown)\s+(?:[\w-]+\s+){0,3}?from\b|"
              # a course told: "My wife's sequence was THP -> Kadcyla -> Enhertu"
              r"\b(?:sequence|course|journey|treatment\s+path)\s+(?:was|went|has\s+been)\b|"
              # a wording said to be older than a change: 'A review that calls HER2-low "HER2-negative"
              # predates August 2022', "A 2020 guideline that lists T-DM1 as 2nd line was right then"
              r"\bpredates?\b|\b(?:was|were)\s+right\s+(?:then|at\s+the\s+time)\b|"
              # what a document's earlier version said: 'v3 grouped 0 and 1+ together and added the
              # comment "..."', 'Version 2 carried the note "..."'
              r"\b(?-i:v\d{1,2}|[Vv]ersion\s+\d{1,2})(?:\s+\((?:19|20)\d\d\))?\s+(?:[\w+/-]+\s+){0,8}?"
              r"(?:added|carried|had|included|said|stated|used|put|grouped|listed|read|contained|recommended)\b")

# Curly apostrophes, Unicode hyphens and minus signs, and trademark signs, one character for one.
PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-", "\u2212": "-",
                       "\u00ae": " ", "\u2122": " "})

# The names of regulatory filings, whose words are not what they say ("a new drug application").
FILING = lazy_regex(r"(?i)\b(?:supplemental\s+)?(?:new\s+drug|biologics?\s+licen[cs]e)\s+applications?\b|"
                    r"\binvestigational\s+new\s+drug(?:\s+application)?\b")

# A sentence about the future: a year in it is not narration of the past.
# ("nobody expected activity" in 2019 is the past's surprise, not an expectation).
FUTURE = lazy_regex(r"\b(?:will|hopes?|hoped|hoping|expect(?:s|ing)?|"
                    r"expected\s+(?:to|in|by|before|until|within|around|at|later|soon|next|this)|"
                    r"anticipat\w*|plann?ed|due to)\b", re.IGNORECASE)

# A sentence that speaks of the setting the list item before it named ("- KATHERINE ... residual
# invasive disease ... / - T-DM1 is not licensed for this setting yet").
SETTING_NAMED_BEFORE = lazy_regex(r"(?i)\b(?:this|that)\s+(?:setting|situation|indication|scenario)\b|"
                                  # "Enhertu isn't approved for her kind of cancer" after naming it
                                  r"\b(?:her|his|their|your|my|this|that)\s+(?:kind|type|form)\s+of\s+cancer\b|"
                                  # "In practice this means HER2 drugs will not help" after a definition
                                  r"^\W*(?:in\s+practice,?\s+|so\s+|practically,?\s+)?(?:this|that)\s+means\b")
# A sentence that speaks of what the one before it defined.
THIS_GROUP = lazy_regex(r"(?i)\b(?:this|that|these|those)\s+(?:group|category|subgroup|results?|scores?|"
                        r"settings?|situations?|indications?|"
                        r"tumou?rs?|"
                        r"cancers?|patients|people|women|cases)\b|"
                        # "HER2-null: IHC 0 with no staining at all. T-DXd is not indicated here."
                        r"\bnot\s+(?:indicated|approved|used|licensed|an\s+option)\s+here\b|"
                        # a note's verbless verdict on what it just defined: "IHC 1+ or 2+/FISH- =
                        # HER2-negative. No HER2-directed therapy; treat by HR status."
                        r"^[\s*_]*No\s+(?:[\w-]+\s+){0,3}?(?:therapy|therapies|treatment|treatments|drugs?|"
                        r"options?|agents?)\s*(?:[;.,]|$|\()")

# What separates where a sentence stands (its section, the question it answers) from the text
# "this group" points back to, which follows it in the same string.
POINTED_BACK_TO = "\n"
# A plan for the case a note has just described: "- Plan: resume trastuzumab to complete a year"
# after "- Surgery: ... residual invasive disease", or a "### Recommendation" under "## Case 3".
# ("- Discussion: residual disease after TCHP. Consensus = complete 1 yr of trastuzumab")
PLAN_LABEL = lazy_regex(r"(?i)[\s*_>]*(?:\d{1,2}[.)]\s*)?(?:plan|recommendations?|decision|outcome|consensus|"
                        r"discussion|(?:mdt|tumou?r\s+board)\s+(?:outcome|recommendation|decision)|a/p|a\s*&\s*p)[\s*_]*[:—–=]")
# A section on one patient's case: "## Case 3 – 48F, cT2N1", "## Patient 2 (54 y/o)".
CASE_TITLE = lazy_regex(r"(?i)\b(?:case|patient|pt|consult(?:ation)?|referral)\b|"
                        r"\b\d{1,3}\s*(?:[MF]|yo|y/o|years?\s+old)\b")
# ... or whose text opens one: "Case for Thursday board.", "- 48F, cT2 cN1, ...".
CASE_TEXT = lazy_regex(r"(?m)^\W*(?i:case|patient)\b|\b\d{1,3}[MF]\b")
PLAN_TITLE = lazy_regex(r"(?i)\W*(?:(?:mdt|team|tumou?r\s+board|board)\s+)?"
                        r"(?:plan|recommendations?|decision|outcome|consensus|management(?:\s+plan)?|next\s+steps|"
                        r"assessment\s+(?:and|&)\s+plan)\W*")

# The line (or the end of the quotation's line) that attributes it, with the year it was said:
# "— from our 2016 handout", '"..." — editorial, 2018'.
# (Bounded: a line of many dashes and no year is not read to its end from each of them.)
QUOTE_ATTRIBUTION = lazy_regex(r"(?:\n[ \t>]*|[\"\u201d][ \t]*)(?:—|–|--|-)[ \t]*"
                               r"[^\n]{0,80}?\b((?:19|20)\d\d)\b")

# A section that tells a history: its passages narrate the years they name.
HISTORY_SECTION = lazy_regex(r"(?i)\b(?:history|historical|timeline|milestones|chronology|older\s+statements|"
                             r"quoted\s+for\s+context|superseded)\b|"
                             r"\b(?:US|U\.S\.|FDA)\s+approvals\b|"
                             # a year's events: "## FDA actions in 2019", "## Approvals of 2020"
                             r"\b(?:approvals|actions|decisions|events)\s+(?:in|of)\s+(?:19|20)\d\d\b")
YEAR = lazy_regex(r"\b(?:19|20)\d\d\b")
# A table's column of when each row's approval came: "| Setting | Trial | FDA date |".
# ("| Setting | Since | Pivotal trial |")
APPROVAL_DATE_HEADER = lazy_regex(r"(?i)\|\s*(?:FDA\s+(?:date|approval)|(?:approval|approved)"
                                  r"(?:\s+(?:date|year))?|date\s+(?:of\s+)?approv\w*|year\s+(?:of\s+)?approv\w*|"
                                  r"(?:(?:FDA|US|approved)\s+)?since)"
                                  r"\s*(?:\||$)")
# A timeline's entry labelled with its month and year: "- December 2019: ...".
MONTH_AND_YEAR = lazy_regex(rf"\s*{MONTH}\s+((?:19|20)\d\d)\s*")
# A month that labels an entry of a year's review ("- **December:** Enhertu, accelerated approval").
MONTH_LABEL = lazy_regex(r"\s*(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\s*")

# A passage that opens with a label ("- **1+**: faint staining. Report as negative; ..."): each
# of its sentences speaks of what the label names.
PASSAGE_LABEL = lazy_regex(r"[ \t]*[*_]{0,2}([^:\n*_]{1,30}?)[*_]{0,2}:[*_]{0,2}\s")

# A timeline's entry that opens with its year and a dash: "- **2019** — ...".
# (or "**2007.** ASCO and CAP publish ...")
# (or with its month: "- 12/2019 — HER2+ unresectable ... after >=2 prior regimens")
YEAR_ENTRY = lazy_regex(r"[ \t]*[*_]{0,2}(?:\d{1,2}/)?((?:19|20)\d\d)"
                        r"(?:[*_]{0,2}[ \t]*(?:—|–|-[ \t])|\.[*_]{0,2}[ \t])")
# A heading that opens with a year: "2007: raising the bar", "2013 — the update".
SECTION_YEAR = lazy_regex(r"\W*((?:19|20)\d\d)\s*(?::|—|–|-\s|\(|\Z)")

# What turns from a clause narrating the past to the present: ", but for now", "; however".
CONTRAST = lazy_regex(r"[,;]\s*(?:but|yet|however)\b|;\s*(?:until|unless|for\s+now|as\s+yet)\b"
                      r"|\bbut\s+(?:for\s+now|now|currently|still|so\s+far|as\s+yet)\b|\b(?:currently|at\s+present|for\s+now)\b"
                      # "a draft posted in May 2023 ...; the final version is still pending": the present
                      r"|;[^;]{0,80}?\b(?:(?:is|are|remains?|has|have)\s+(?:still|not\s+yet|not\s+been|expected|"
                      r"not\s+(?:available|approved|licen[cs]ed))|(?:is|are|has|have)n['’]?t\s+(?:yet\s+)?(?:been|expected)|"
                      r"still\s+(?:begins?|starts?|says|is|are|recommends?))\b"
                      # "... approved in December 2017 but there is no biosimilar on our shelves yet"
                      r"|\bbut\s+(?:there\s+(?:is|are)|it\s+is|they\s+are|it's|none\s+(?:is|are))\s+(?:no|not|still|none)\b"
                      # "... approved in Feb 2013 (EMILIA) – it is now the standard second line"
                      r"|\s[–—-]{1,2}\s+(?:it|this|they)\s+(?:is|are|remains?)\s+(?:now|still|currently)\b"
                      # "... published a draft in May 2023, and its final version is expected later"
                      r"|,\s+and\s+(?:its|the|their|a)\s+[^,;]{0,60}?\b(?:is|are)\s+(?:still\s+)?"
                      r"(?:expected|pending|awaited|due)\b"
                      # "... received approval in December 2019 and is indicated (or used) for ...":
                      # the present
                      r"|\band\s+(?:is|are)\s+(?:(?:now\s+|still\s+)?(?:not\s+yet\s+\w+|the\s+(?:standard|preferred|usual))"
                      r"|(?:now\s+|still\s+|only\s+)?(?:used|given|offered|indicated|licensed|reserved))\b")
# A time that ends at a year, told in the past: "Before 2019, every patient received the brand,
# because no biosimilar was yet on sale" is the past's, whatever the year.
UP_TO_A_YEAR = lazy_regex(r"(?i)(?:before|until|till)\s")
# A statement told as the present: "T-DXd is at present approved only after two regimens, under
# the accelerated approval granted in December 2019" (the year after it dates the approval).
PRESENT_MARK = lazy_regex(r"(?i)\b(?:currently|at\s+present|for\s+now|right\s+now|as\s+of\s+now|"
                          r"now\s+(?:recommends?|advises?|says|is|are|requires?|means?|defines?))\b")
# Words that put a statement in the writer's today: "there's no cheaper copy yet".
NOW_WORD = lazy_regex(r"(?i)\b(?:yet|currently|at\s+present|for\s+now|right\s+now|today|these\s+days|"
                      r"nowadays)\b")
# What a writer was told: "My onc says ...", "the nurse told me ...".
TOLD = lazy_regex(r"(?i)\b(?:says?|said|told|tells)\b")
# A present-tense verb joined to a past one, which tells what holds now: "... received approval
# and slots in as a third-line option".
CONJOINED_PRESENT = lazy_regex(r"\band\s+(?:now\s+)?(?:is|are|remains|stays|sits|slots|fits|comes|goes|"
                               r"joins)\b")
PAST_TENSE = lazy_regex(r"\b(?:was|were|had|did|received|got|went|could)\b")
# A condition contrary to fact: "if the IHC had been 3+".
HYPOTHETICAL = lazy_regex(r"(?i)\bif\s+(?:[^\s.;,]{1,30}\s+){0,6}had\s+been\Z")
# A table column of what a trial compared its drug with: "| Trial | Setting | Comparator |".
COMPARATOR_HEADER = lazy_regex(r"(?i)[\s*_]*(?:comparator|control(?:\s+arm)?|comparison|"
                               r"compared\s+(?:with|to)|vs\.?|versus)[\s*_]*(?:\(?s\)?|arms?)?[\s*_]*")
# A sentence's opening phrase of place or time, before its subject: "In the United States, ".
OPENING_PHRASE = lazy_regex(r"(?:In|On|Since|By|From|As\s+of|After|Before|At|Back\s+in)\s[^,.;:\n]{1,40},\s*")
# A condition of a word or two, ending where a statement would: "Screen for the trial if still
# recruiting"; "trastuzumab + other chemo if nothing else" (a last resort, not "nothing else").
SHORT_CONDITION = lazy_regex(rf"(?i)\b(?:if|unless|whether)\s+{CONDITION_SUBJECT}"
                             r"(?:still\s+|currently\s+)?[\w-]+\Z|\b(?:if|when)\s+(?:nothing|all)\s+else\Z")
# A denial of entry to trials ("excluded from the trials"), which is who the trials took.
EXCLUDED_FROM = lazy_regex(r"(?i)\bexclud(?:ed|es?)\s+from\Z")
TRIALS_NEXT = lazy_regex(r"(?i)\s+(?:(?:the|most|all|these|those|clinical|pivotal|registration)\s+)*"
                         r"(?:trials?|stud(?:y|ies))\b")
PHASE_ENDS = lazy_regex(r"(?i)\bphase\s*(?:[1-3]|I{1,3})(?:[ab]|\s*/\s*(?:[1-3]|I{1,3}))?\Z")
TRIAL_DESIGN_NEXT = lazy_regex(r"(?i)[\s,]*(?:[\w-]+[\s,]+){0,2}?(?:randomi[sz]ed|double-blind|open-label|"
                               r"placebo-controlled|single-arm|multicent(?:er|re)|n\s*=)"
                               # its results, labelled by phase: "Phase 1: responses in ...", "Phase 1
                               # (2010s): responses in ..."
                               r"|(?:\s*\([^()\n]{1,30}\))?\s*[:—–-]\s*(?:(?:early|durable|partial|objective)\s+)?"
                               r"(?:responses?|results?|ORR|data|activity)\b")
# A phase as where results came from ("Phase 1 HER2-low cohort ORR ~37%", "several fatal cases
# in phase 1"), not the drug's status: a response rate with its figure, a cohort, cases or deaths.
PHASE_NAMED_AT = lazy_regex(r"(?i)\bphase\s*(?:[1-3]|I{1,3})[ab]?\b[^;|]{0,40}\Z")
PHASE_RESULT = lazy_regex(r"(?i)\b(?:ORR|PFS|OS|DoR|DCR|response\s+rate)\b\s*(?:of\s+|was\s+|[~≈:=]\s*)?\d|"
                          r"\bcohorts?\b|\b(?:fatal\s+)?(?:cases|deaths)\s+in\b")
REAL_WORLD = lazy_regex(r"(?i)\b(?:rates?|data|results|outcomes|experience|evidence|safety|efficacy|"
                        r"toxicit(?:y|ies)|practice)\s+(?:of\s+[\w-]+\s+)?outside\s+(?:of\s+)?(?:clinical\s+)?"
                        r"(?:trials?|stud(?:y|ies))\Z")
INVESTIGATIONAL_ENDS = lazy_regex(r"(?i)\binvestigational\Z")
DEPARTMENT_NEXT = lazy_regex(r"(?i)\s+(?:drugs?\s+(?:service|pharmacy|section|unit|office)|pharmacy|"
                             r"(?:review|research)\s+(?:board|committee|office))\b")
NOT_FOR = lazy_regex(r"(?i)\bnot\s+for\Z")
THE_DRUG_NEXT = lazy_regex(r"(?i)\s+(?:the|this|that)\s+(?:drug|medicine|treatment|infusion|chemo)"
                           r"\s+itself\b")
# Columns a table may have: a table's column gets its own table number when the table has a
# column per drug (table * this + column).
MAX_TABLE_COLUMNS = 1000
# A sentence's opening condition, up to the break before what it says to do: "- If still
# equivocal: discuss at next board."
CONDITION_OPENING = lazy_regex(r"(?i)[\s*_>-]*(?:if|unless|should|in\s+case)\b[^:,;.\n]{0,60}[:,;]")
# A body other than the one a statement named ("The American Cancer Society advises ...").
OTHER_BODY = lazy_regex(r"\b(?:[A-Z][a-z]+\s+){1,4}(?:Society|College|Association|Network|Institute|"
                        r"Programme|Program|Agency|Foundation|Academy|Group|Alliance)\b"
                        r"|\b(?:NCCN|ACS|ACR|ACOG|ACP|ASCO|ESMO|NICE|NHS|EMA)\b")
# A relative clause set off by commas: ", which received accelerated approval last December,".
RELATIVE_ASIDE = lazy_regex(r",\s+(?:which|who)\s+[^,;.]{1,100},")
# A sentence that opens on when its subject was approved: "Approved in December 2019, Enhertu is
# for people who have had two or more regimens" (the main clause speaks in the present).
IS_ARE = lazy_regex(r"\b(?:is|are|remains?)\b")
WAS_WERE = lazy_regex(r"\b(?:was|were)\b")
APPROVED_OPENER = lazy_regex(r"(?i)^\W*(?:first\s+)?(?:approved|licensed|authori[sz]ed|launched)"
                             r"\s+[^,;.]{1,60},")
# Where a statement turns to a question: ", so maybe ask ...?", "; what about ...?".
QUESTION_TURN = lazy_regex(r"(?:,\s+(?:so|and|but)|;|\s[—–-])\s+[^,;]*\?[\s*_]*$")
# What ends a statement's clause: a semicolon, a table cell's bar, a dash, a turn ("but").
STATEMENT_CLAUSE = lazy_regex(r";|\||\s[—–]\s|\s(?:→|->|=>)\s|\b(?:but|whereas|however|although|though)\b|"
                              # a clause of its own: "..., and standard chemotherapy remains first line",
                              # what follows from it: "No approved drug → platinum doublet first line",
                              # a next step: "finish 1 yr H, then consider extended neratinib"
                              r",\s+(?:and|while|then)\s", re.IGNORECASE)
# A cancer named by where it grows: a sentence that names another speaks of its own scope.
CANCER_SITE = lazy_regex(r"\b(?:lung|nsclc|kidney|renal|stomach|gastric|gastro-?o?esophageal|bladder|ovar\w+|"
                         r"colorectal|bowel|colon|biliary|bile|uter\w+|endometri\w+|cervi\w+|pancrea\w+|"
                         r"breast|brain|liver|skin|prostate|thyroid|salivary)\b")
# What, just before a year, makes it date something other than the statement's past:
# - a document: "the current recommendation, issued in 2016, ...", "the guideline published in 2007";
# - a drug's approval put beside it: "Enhertu, approved in December 2019, is used only after ...";
# - an event the statement follows: "under FDA review following a favourable ODAC vote in May 2017";
# - the present it is told of: "Right now, in June 2023, the advice has not changed".
DATES_SOMETHING_ELSE = lazy_regex(
    r"(?:,|\()\s*(?:first\s+)?(?:issued|published|released|dated|adopted)\s*\Z"
    r"|(?i:\b(?:guidelines?|recommendations?|criteria|version|edition|statement)\s+(?:first\s+)?"
    r"(?:issued|published|released)\s*\Z)"
    r"|(?i:(?:,|\()\s*(?:first\s+)?(?:FDA[- ])?(?:approved|licen[cs]ed|launched)\s*\Z)"
    r"|(?i:\b(?:following|after)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:vote|meeting|filing|submission|presentation|publication|readout|read-out)\s*\Z)"
    r"|(?i:\b(?:right\s+now|currently|today|at\s+present|at\s+the\s+moment|for\s+now)[,\s]*\Z)")

# A line break before a line that opens with a label ("2L:", "3L+:") or an arrow or bullet, or
# after a line that is a label ("**Answer from a member:**" above the answer).
LABELLED_LINE = lazy_regex(r"\n(?=[ \t]*(?:(?:[\w+/-]{1,15}[ \t]+){0,2}[\w+/-]{1,15}[ \t]*:|[-*+•→>][ \t]))"
                           r"|:[*_]{0,2}[ \t]*\n")

# A line that is an inline field or a flash card: "Oral HER2 TKIs::lapatinib only".
FIELD_LINE = lazy_regex(r"\n(?=[^\n:]{1,120}::)")
# A post's byline over its text, a line of its own: "lorraineB · Feb 11 2016", "tom.r — 14 Jun 2021",
# "#3 ask_the_data (2018-11-21)".
BYLINE = lazy_regex(r"(?m)^(?:[^\n·•|—–]{1,40}[ \t]+[·•|—–][ \t]+[^\n]{0,40}?\b(?:19|20)\d\d\b[^\n.!?]{0,12}"
                    r"|[^\n.!?]{1,50}\((?:19|20)\d\d-\d\d-\d\d\)[ \t]*)(\n)")

# A paragraph that is only a label: "**3L+:**".
ONLY_A_LABEL = lazy_regex(r"\s*[*_]{0,2}[^:\n]{1,20}:[*_]{0,2}\s*")
# A glossary's term on a line of its own above its definition ("**HER2-low**" / "A term used in
# research ..."): the statement is the definition's, reported at its own line.
# (it may hold italics: "**Uterine serous (posted by *tallgrass*)**")
# (a user name's underscore is no emphasis: "**rosie_r**")
BOLD_LINE = lazy_regex(r"[ \t]*(?:\*\*|__)(?:[^*_\n]|(?<=\w)_(?=\w)|([*_])[^*_\n]{1,40}\1){1,60}"
                       r"(?:\*\*|__)[ \t]*")
# A post's opening of a story of the writer's own: "My husband had ...", "I did ...".
OWN_STORY = lazy_regex(r"[\s*_]*(?:I|I'm|I've|I’m|I’ve|My|We|We've|We’ve|Our)\b")
# A line that opens a forum's or a thread's next post: "**Reply – Sandra**", "**Ginny_R** replied:".
POST_LINE = lazy_regex(r"(?i)[ \t]*(?:\*\*|__)(?:[^*_\n?]{0,30}\b(?:reply|replies|post|comment|response)\b"
                       r"[^*_\n?]{0,30}(?:\*\*|__)|[^*_\n?]{1,40}(?:\*\*|__)[ \t]*"
                       r"(?:replied|wrote|writes|posted|commented)\b[^\n]{0,20}?):?[ \t]*")
TERM_LINE = lazy_regex(r"[^\n]{1,80}\n")
# A passage that is only an admonition's or content tab's title, which the passage after it
# (its indented body, after a blank line) is read under.
# (An admonition's marker is blanked in its block: what is left is its quoted title.)
TITLE_ONLY = lazy_regex(r'(?:(?:===\+?|!!!|\?\?\?\+?)[ \t]*(?:[\w-]{1,40}[ \t]+)?|[ \t]{4,})'
                        r'"([^"\n]{1,200})"')
# A title with a verb of its own states something: "Margetuximab is not FDA-approved".
TITLE_STATES = lazy_regex(r"(?i)\b(?:is|are|was|were|has|have|remains?|isn't|aren't)\b")
# A content tab's title line ('=== "HER2-low breast cancer"'), read the same way.
TAB_TITLE = lazy_regex(r'===\+?[ \t]*"([^"\n]{1,80})"[ \t]*\n')

# A sentence that speaks of the drug the sentence before it named.
NOUNS = r"(?:drug|medicine|medication|treatment|therapy|antibody|combination|option)s?"
# A likeness before the pronoun: "Like Herceptin, it can only be given by IV" is of the drug before.
LIKENESS = r"(?:Like|Unlike|As\s+with)\s+[^,.;]{1,40},\s+(?:it|they)"
# (after a connective too: "But at present this wouldn't change your treatment")
CONNECTED = (r"(?:But|And|So|However|Yet|Still),?\s+"
             r"(?:(?:at\s+present|for\s+now|currently|right\s+now|as\s+yet)\s*,?\s+)?")
# A pronoun subject after a short opening phrase: "For most people it is the standard ...".
# (or after reported speech: "She said it's only approved for ...")
OPENED_PRONOUN = (r"(?:(?:For\s+(?:most|many)\s+(?:people|patients|women)|"
                  r"In\s+most\s+(?:cases|people|patients)|Usually|Often|Mostly|Generally),?|(?:She|He|My\s+\w+|The\s+(?:doctor|nurse|oncologist))\s+"
                  r"(?:said|says|told\s+(?:me|us)|explained)(?:\s+that)?)\s+(?:it|they)"
                  r"(?=(?:'s|’s|\s+(?:is|are|was|were|has|have|can|may|will|remains?))\b)")
PRONOUN = lazy_regex(rf"(?:{LIKENESS}|It|It's|It’s|That's|That’s|They|{OPENED_PRONOUN}"
                     rf"|(?:These|Those)(?=\s+(?:are|were)\b)|For\s+(?:them|these\s+(?:patients|people|women))|This(?:\s+{NOUNS})?|(?:The|These)\s+{NOUNS}"
                     rf"|{CONNECTED}(?:it|this|that|they)(?!\s+(?:is|was)\s+(?:why|because|how)))\b")

# Where a sentence's opening clause ends, for whose it is: a comma or semicolon, or a conjunction.
WRITER_CLAUSE_BREAK = lazy_regex(r"[,;:]\s|\s(?:but|though|although|because|so|and)\s")
CONNECTED_PRONOUN = lazy_regex(rf"{CONNECTED}(?:it|this|that|they)\b")
# A pronoun for a drug ("It is the standard"; not "This is a clear change", the news before it).
DRUG_PRONOUN = lazy_regex(rf"[\s*_]*(?:{LIKENESS}|It|It's|It’s|They|{OPENED_PRONOUN})\b")
# A verb in the present tense.
PRESENT = lazy_regex(r"(?i)\b(?:is|are|remains?|stays?|has|have|comes?|goes?)\b")
# An answer's label: "**A:** T-DM1 (EMILIA)" after its question.
ANSWER_LABEL = lazy_regex(r"[\s*_]*(?:A|Answer|Ans)[\s*_]*:[\s*_]*")
ANSWERED = lazy_regex(r"\?[\s*_]*(?:A|Answer|Ans)[\s*_]*:[\s*_]*")
# A sentence that replies to the question above it: "Yes.", "In the US, yes.", "Not yet."
REPLY = lazy_regex(r"(?i)[\s*_]*(?:[^.,;:]{0,30},\s*)?(?:yes|no|not\s+yet|not\s+now|not\s+currently|"
                   r"not\s+outside|only|correct|right|true)\b")
# A quiz's question, labelled though it asks in the imperative: "**Q6.** Define IHC 3+."
QUESTION_LABEL = lazy_regex(r"[\s*_]*(?:Q|Question)\s?\d{0,3}[\s*_]*[.:)][\s*_]*\S")

# A paragraph with no subject, as notes and wiki pages open: "Newly approved (2019) for ...",
# "Given every three weeks ..." speak of the drug the section is titled with.
SUBJECTLESS = lazy_regex(r"(?i)(?:(?:newly|recently|just|first|now|also|currently|only|usually|mainly|still)"
                         r"\s+)?(?:approved|licensed|licenced|given|used|indicated|reserved|available|offered|"
                         r"kept|prescribed|preferred|recommended)\b")

# A definition list's term line ("**Margetuximab**" over ": An investigational antibody"):
# what the definition says is on the definition's line.
DEFINED_TERM = lazy_regex(r"[^\n]{1,100}\n(?=:\s)")
# A glossary's entry: "**Perjeta (pertuzumab)** — An antibody ... . Approved ..., it is not ...".
BOLD_TERM_AND_DASH = r"(?:\*\*|__)[^*_\n]{1,60}(?:\*\*|__)\s*[—–]\s"
GLOSSARY_TERM = lazy_regex(rf"\s*{BOLD_TERM_AND_DASH}")
# The same in the source, after a list's marker, and in the prose, its bold blanked.
SOURCE_GLOSSARY_TERM = lazy_regex(rf"\s*(?:[-*+]\s+|\d+[.)]\s+)?{BOLD_TERM_AND_DASH}")
BLANKED_TERM = lazy_regex(r"\s*[^\n—–]{1,60}?\s*[—–]\s")
# A definition's sentence that is a noun phrase for its term, or a verb phrase with no subject:
# "**T-DM1**" / ": Short name for trastuzumab emtansine. The usual second treatment when ...".
TERM_PHRASE = lazy_regex(r"[\s*_]*(?:(?:The|A|An)\s+(?:usual|standard|preferred|main|normal|common|only|"
                         r"first|second|third|next|newest|newer|latest)|"
                         # "... . Used only for HER2-positive cancer that has spread."
                         r"(?:Used|Given|Approved|Licensed|Licenced|Indicated|Offered|Reserved|Kept))\b")

# A sentence that speaks of a drug it does not name ("the FDA has not approved it").
PRONOUN_WORD = lazy_regex(r"\b(?:[Ii]t|[Tt]hey|[Tt]hem|[Tt]his (?:drug|medicine|treatment|antibody))\b")

FIXES = True  # the fact's current wording; packs declare it unsafe (a writer must read it)

# The placeholders its rules' messages may use.
FIELDS = ("id", "changed", "since", "source", "current", "predates", "drug", "verdict")
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
            _ = fact.outdated, fact.unless, fact.unless_clause
            for claim in fact.claims:
                _ = [part.patterns for part in (claim.about, claim.says, *claim.settings)]


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    return _restated_at_info(_one_per_change(_statements(doc, rule, context)))


Found = tuple[str, bool, int | None, Finding]  # what changed, only to check, the section, the finding


def _bold_lead(raw: str, start: int) -> str:
    """The sentences a paragraph opens with in bold, as its label, for a sentence after them
    (at `start`), or ''. Not a label ("**2L:**", a plan's line), which the passage is read
    under otherwise."""
    text = raw.lstrip()
    marker = text[:2]
    if marker not in ("**", "__"):
        return ""
    close = text.find(marker, 2)
    lead = text[2:close].strip() if close > 2 else ""
    if not lead.endswith((".", "!", "?")):
        return ""
    return lead if start >= close else ""


def _one_per_change(found: Iterator[Found]) -> Iterator[Found]:
    """One finding per change on a line: its outdated statement's, else the first sentence to
    check (two sentences of one paragraph, or two facts on one change, are one line's news)."""
    for _, on_line in groupby(found, key=lambda entry: entry[3].line):
        entries = list(on_line)
        stated = {changed for changed, to_check, _, _ in entries if not to_check}
        seen: set[str] = set()
        for entry in entries:
            changed, to_check, _, _ = entry
            if changed in seen or (to_check and changed in stated):
                continue
            seen.add(changed)
            yield entry


def _section_key(passage: _Row | _Prose) -> int | None:
    """The section a passage lies in, by its heading's line (None before the first heading)."""
    return passage.section.line if passage.section is not None else None


def _restated_at_info(found: Iterator[Found]) -> Iterator[Finding]:
    """One warning per change and section: a later line of the section that states it again
    (a case's "Outcome:" line after its plan, a dose line under a "2L" heading that named the
    drug) is reported at info, pointing back to the line that said it first, where the fix is."""
    first: dict[tuple[int | None, str], int] = {}
    for changed, _, section, finding in found:
        key = (section, changed)
        if finding.severity is Severity.INFO:  # (a sentence only to check is info already)
            yield finding
        elif key in first:
            yield finding._replace(severity=Severity.INFO,
                                   message=f"{finding.message}; said again (first at line {first[key]})")
        else:
            first[key] = finding.line
            yield finding


def _statements(doc: Document, rule: Rule, context: RunContext) -> Iterator[Found]:
    """(what changed, whether the sentence is only to check, the finding) for each sentence
    that makes an outdated statement or, in an older page, speaks of what changed since."""
    pack, facts = pack_for(rule.options)
    lowered = lowered_source(doc)
    keywords = fact_keywords(facts)
    named = keywords.facts_in(lowered)
    live = [fact for fact in facts if fact.fact.on and fact in named]
    if not live:
        return
    index = fact_index(tuple(live))  # the facts this article may hold: a short one, few
    historical: str = rule.options["historical"]  # compiled when a sentence first makes a statement
    dated = article_date(doc, context, rule.options["date_order"])
    # An undated note whose newest year named is before a change ("Source: Wolff 2007") was
    # written from what was known then: its claims are read as an older page's.
    evidence = None if dated is not None else newest_year_named(doc, context.today)
    claim_finder = claim_index(tuple(fact for fact in live if fact.claims))
    around = _Surroundings(pack, doc.title)
    introduction = ""  # the passage before, which may introduce a quotation ("our 2018 handout said:")
    introduction_section: Section | None = None
    # The outdated statement the sentence before made, and its section: the next sentence may go
    # on with it without naming its subject again ("The Task Force advises a mammogram every
    # other year from 50. ... Women aged 40 to 49 can choose to begin earlier.").
    continued: tuple[CompiledFact, str, Section | None] | None = None
    cases = _Cases(doc)
    list_lead = ""  # what the numbered list a passage is in follows ("The usual order is:")
    for passage in _passages(doc.prose_blocks, pack.may_name_a_therapy):
        introduced_by, introduction = introduction, passage.text
        list_lead = _list_lead(passage, introduced_by, list_lead)
        # (the passage before in the same section, which "this setting" may point back to)
        before_here = introduced_by if introduction_section is passage.section else ""
        introduction_section = passage.section
        # Typography that pages use and patterns do not spell ("don’t", "T‑DM1", "Herceptin®"),
        # made plain character for character, so that offsets still map to the source.
        text = passage.text if passage.text.isascii() else passage.text.translate(PLAIN)
        if "application" in text or "nvestigational new" in text:
            # "a new drug application" is a filing, not a new drug: its name, blanked in place.
            text = FILING.sub(lambda found: "NDA".ljust(len(found.group(0))), text)
        heading = passage.heading if passage.heading.isascii() else passage.heading.translate(PLAIN)
        if not heading and (opened := TITLE_ONLY.fullmatch(introduced_by.rstrip())) is not None:
            heading = opened.group(1)  # '=== "Residual disease"', a blank line, then its indented text
        if (line := _line_of_a_sequence(passage, list_lead, pack)):
            heading = f"{heading}, {line}" if heading else line  # "2. Kadcyla" after "The usual order is:"
        own = f"{heading} {text}"
        # A passage that holds no keyword of a fact that may be in the article, and whose
        # section's title holds none ("# When to start mammograms" over "In your 40s, ..."), can
        # make a claim only of a drug its section named: its terms are not looked for.
        keyed = keywords.any_in(own.lower()) or (passage.section is not None
                                                 and keywords.any_in(passage.section.title.lower()))
        present = pack.terms_in(own) if keyed else frozenset()
        borrows = around.read(passage, own, present)
        if isinstance(passage, _Row) and passage.cells[0].table_header:
            continued = None
            continue  # a header row names what its columns hold ("| Use | Status |"): the rows say it
        # Every reading of a sentence is a substring of this, so a pattern that does not match
        # it cannot match any sentence: one search per passage, not one per sentence.
        haystack = f"{heading}: {text}" if heading else text
        if around.header:
            haystack = f"{haystack}\n{around.header}: {text}"
        if "?" in text and (answered := ANSWERED.sub("?: ", text)) != text:
            haystack = f"{haystack}\n{answered}"  # an answer read after its question
        matching = index.matching(haystack, haystack.lower())
        terms = present | around.setting_terms | (around.terms if borrows else frozenset())
        case = cases.of(passage)  # the case a plan is for, which names its setting
        if case:
            terms |= pack.terms_in(case)
        if before_here and SETTING_NAMED_BEFORE.search(text):
            terms |= pack.terms_in(before_here)
        # DATE008 reads sentences, not rows: "| tucatinib | investigational |" is DATE010's whatever
        # the page's date.
        older = partial(_predates_change, dated, evidence, isinstance(passage, _Row))
        claims_of = claim_finder.claims_in(terms, older) if keyed or borrows else {}
        candidates = [(fact, matching.get(fact, []),
                       [claim for claim in claims_of.get(fact, []) if not claim.topic])
                      for fact in live if (fact in matching or fact in claims_of)
                      and not fact.is_off_the_page(around.titles)]
        if not candidates and (continued is None or continued[2] is not passage.section):
            continued = None
            continue
        if dated is not None:
            # What made a dated page's statement outdated came after the page was written: a
            # change it could have known of ("the only other oral TKI" in a 2019 page on
            # neratinib) is read after those it could not.
            candidates.sort(key=lambda candidate: candidate[0].fact.since <= dated)
        # In an article dated before a change, a sentence on its topic that makes none of the
        # statements listed: checked after every statement, and reported as one to check.
        topics: list[Candidate] = [(fact, [], topical) for fact, _, _ in candidates
                  if (topical := [claim for claim in claims_of.get(fact, []) if claim.topic])]
        # (a paragraph that opens with "It" speaks of the drug the paragraph before opened with:
        # "Kadcyla is a treatment for ... after trastuzumab. / It is usually the next treatment")
        carried = f"{(DRUG_PRONOUN.match(text) and around.opener()) or around.name()}: " \
            if borrows and claims_of else ""
        named_before: list[tuple[int, str]] | None = None  # (end, name) of the therapies the passage names
        label = PASSAGE_LABEL.match(text)
        # A timeline's entry ("- **2019**: ... . T-DXd, then experimental, ...") narrates its
        # year in every sentence, not only in the one that opens with it.
        era = _era(passage, text, label, introduced_by, dated, around.header)
        in_history = passage.section is not None and HISTORY_SECTION.search(passage.section.title) is not None
        term = DEFINED_TERM.match(text) or GLOSSARY_TERM.match(text) or _glossary_term(doc, passage, text)
        defined = term.group(0).strip(" *_\n—–:-") if term else ""
        # A quotation with its dated attribution ('"T-DM1 is preferred ..." / — our 2016 handout')
        # says what was said then.
        attribution = QUOTE_ATTRIBUTION.search(text) if '"' in text or "\u201c" in text else None
        for number, (start, end) in enumerate(passage.sentences):
            sentence = text[start:end]
            if number + 1 < len(passage.sentences) \
                    and WEIGHS_VIEWS.match(text, passage.sentences[number + 1][0]) is not None:
                continue  # a view the next sentence weighs: "First onc says Kadcyla next ... Who is right?"
            # (reading, where a match must end beyond): a passage's first sentence is read under
            # its heading too ("## 2nd line" over "- T-DM1 (EMILIA)" says "2nd line: T-DM1"), and
            # a sentence that opens with a pronoun or answers a question together with the one
            # before it ("Kadcyla ... . It is the standard second-line treatment.").
            readings: list[tuple[str, int]] = [(sentence, 0)]
            # (a reading's span of an earlier sentence, whose narration is its own: "T-DM1 was
            # first approved in 2013 ... . It is the standard second-line treatment.")
            quiet: dict[int, tuple[int, int]] = {}
            # ("I'm on my third line now" is the writer's; "**3L+:**" alone labels the list below it)
            # (a later sentence that points back with a connective, "So it's ...", is read with the
            # sentence it points to, below)
            if carried and not (_of_the_writer(sentence) or OTHER_SUBJECT.match(sentence)
                                or ONLY_A_LABEL.fullmatch(sentence)
                                or (number and CONNECTED_PRONOUN.match(sentence))):
                readings.append((carried + sentence, len(carried)))
            if heading and not number:
                # (what the heading says by itself is no statement of this sentence: a case's title
                # "## ... on 2L T-DM1" over each of its notes, nor a question's words, "Where is
                # Enhertu being studied next?" over "**HER2-ultralow.**", unless the sentence
                # replies to it: "Does Herceptin have to be given through a drip?" over "In the US, yes.")
                asks = heading.rstrip(" *_").endswith("?") and not REPLY.match(sentence)
                # (a section's title that makes a claim by itself is the title's: "## 3 · 63F, HER2+
                # MBC, on T-DXd (3L)" over "- chose tucatinib triplet"; a parent item's is the
                # setting its sub-items go on with)
                titled = passage.section is not None and heading == passage.section.title and not asks \
                    and not heading.rstrip(" *_").endswith("?")
                states = asks or any(pattern.search(heading)
                                     for _, patterns, _ in candidates for pattern in patterns) \
                    or (titled and any(claim.end_in(heading) is not None
                                       for _, _, claims in candidates for claim in claims))
                # (nor is what a condition of the sentence's would add to it: "## Case 2 — ratio
                # 2.1" over "- If still equivocal: discuss at next board" says the ratio is nothing)
                condition = CONDITION_OPENING.match(sentence)
                readings.append((f"{heading}: {sentence}",
                                 len(heading) + 2 + condition.end() if condition
                                 else len(heading) + 1 if states else 0))
            if label and number:
                readings.append((f"{label.group(1)}: {sentence}", len(label.group(1)) + 2))
            if around.header:
                # A row says what its header names ("| HER2:CEP17 ratio | Report as |" over
                # "| > 2.2 | Amplified |"): read under it, its statement still ending in the row.
                readings.append((f"{around.header}: {sentence}", len(around.header) + 2))
            # (a sentence that names a therapy only as what came before speaks of the subject
            # before it: "**T-DM1** – DM1 payload. Standard second-line therapy after trastuzumab.")
            # (not the writer's own: "I had it third line after Kadcyla")
            names_none = number > 0 and claims_of and (not pack.names_a_therapy_in(sentence) or (
                _only_compared(pack, sentence) and not FIRST_PERSON.search(sentence)))
            if number and (PRONOUN.match(sentence) or text[:start].rstrip().endswith("?")
                           or (names_none and PRONOUN_WORD.search(sentence))) \
                    and not _of_an_unknown_drug(pack, text[:start]):
                before = passage.sentences[number - 1][0]
                answer = ANSWER_LABEL.match(sentence)
                if answer and text[:start].rstrip().endswith("?"):
                    # "**Q:** Standard 2L after THP?\n**A:** T-DM1": the answer to the question
                    asked_text = f"{text[before:start].rstrip()}: "
                    joined = (f"{asked_text}{sentence[answer.end():]}", len(asked_text))
                else:
                    joined = (text[before:end], start - before)
                if DRUG_PRONOUN.match(sentence) and PRESENT.search(sentence):
                    # (an earlier sentence's year does not date a present statement; "It defined
                    # IHC 3+ as ..." after "The first guideline appeared in 2007" is its past)
                    quiet[len(readings)] = (0, joined[1])
                readings.append(joined)
            if number and defined and (PRONOUN.match(sentence) or TERM_PHRASE.match(sentence)):
                # "**Kadcyla**\n: Trastuzumab joined to a chemotherapy. It is approved only ...":
                # the pronoun is the defined term, not the drug its definition names.
                readings.append((f"{defined}: {sentence}", len(defined) + 2))
            if names_none and named_before is None:
                named_before = pack.drug_mentions(text)
            # ("it" is not a drug a trial beat: "... the trial that beat Kadcyla. NCCN lists it as
            # preferred"; "the standard second line" may be: "... better than Kadcyla. These results
            # may change the standard second-line treatment")
            pointed = PRONOUN_WORD.search(sentence) is not None
            earlier = next((name for name_end, name in reversed(named_before or []) if name_end <= start
                            and not (pointed and _beaten(text, name_end - len(name)))), "")
            own_subject = FIRST_PERSON.search(sentence) or OTHER_SUBJECT.match(sentence)
            # (a pronoun inside the sentence then points to the drug the sentence before named, not
            # to one named where the sentence stands: "... the FDA approved it after one prior
            # regimen. Most guidelines list it as the preferred second line now." under a title
            # on Kadcyla and Enhertu)
            points_to_earlier = False
            if names_none and earlier and not own_subject and not CONNECTED_PRONOUN.match(sentence):
                # "Enhertu is not approved for HER2-low. Approval for lung cancer is expected."
                readings.append((f"{earlier}: {sentence}", len(earlier) + 2))
                points_to_earlier = number > 0 and not DRUG_PRONOUN.match(sentence) \
                    and PRONOUN_WORD.search(sentence) is not None \
                    and pack.names_a_therapy_in(text[passage.sentences[number - 1][0]:start])
            if number and claims_of and DRUG_PRONOUN.match(sentence) and not own_subject:
                # A pronoun speaks of the sentence before's subject, the drug it opens with, not of
                # the last one it named: "Perjeta is added to Herceptin ... . It is not approved ..."
                opener = _antecedent(pack, text, passage.sentences, number)
                if opener and opener != earlier:
                    readings.append((f"{opener}: {sentence}", len(opener) + 2))
            # A question the passage asked before the sentence ("**And HER2-low?** It is a
            # research label ...") is where the sentence stands, as a FAQ's question block is.
            # (The question's whole line: "**Q: 1 cm was left. Does that change anything?**";
            # not the answers before it, whose words would be read as where this one stands.)
            asked = next((text[text.rfind("\n", 0, q_start) + 1:q_end]
                          for q_start, q_end in reversed(passage.sentences[:number])
                          if text[q_start:q_end].rstrip(" *_").endswith("?")), "")
            if not asked and number and isinstance(passage, _Prose):
                # so is a bold lead that labels the paragraph: "**4. Don't panic if some cancer
                # is left.** You just keep going with Herceptin ..."
                asked = _bold_lead(passage.block.raw, start)
            where = f"{around.setting} {asked}" if asked else around.setting
            stands = around.setting_terms | pack.terms_in(asked) if asked else around.setting_terms
            if defined and number:
                # a glossary entry's term frames its later sentences: "**Mammogram** — a breast
                # X-ray. Guidelines say every two years from age 50 to 74."
                where, stands = f"{where} {defined}", stands | pack.terms_in(defined)
            points_back = (number or before_here) and (
                (number and THIS_GROUP.search(sentence)) or SETTING_NAMED_BEFORE.search(sentence))
            if points_back:
                # "IHC 0 with no staining at all. No HER2 drug is approved for this group.": the
                # group is the one the sentence (or list item) before defined, within the section's title.
                defined = text[passage.sentences[number - 1][0]:start] if number else before_here
                where, stands = f"{where}{POINTED_BACK_TO}{defined}", stands | pack.terms_in(defined)
            on_topic_where = where  # (a case's words put its plans on no topic: too loose)
            if case:
                where, stands = f"{where}{POINTED_BACK_TO}{case}", stands | pack.terms_in(case)
            # A fact whose keyword is only where the sentence stands may still be its subject.
            placed = keywords.facts_in(where.lower())
            narrated = era
            if era and in_history and NOW_WORD.search(sentence) and not (YEAR.search(sentence)
                                                                        or PAST_TENSE.search(sentence)):
                # (a history section's sentence of today: "My nurse says there's no cheaper copy yet")
                narrated = ""
            elif era[:4].isdigit() and dated is not None and int(era[:4]) >= dated.year \
                    and NOW_WORD.search(sentence):
                # (an entry of the page's own year is its present: "May 2023: a draft moves the start to
                # 40, not final yet, keep using 50")
                narrated = ""
            if attribution and start < attribution.start() and _opens_a_quotation(sentence):
                narrated = f"{attribution.group(1)}: "
            views = []
            for position, (reading, beyond) in enumerate(readings):
                if points_to_earlier and not pack.names_a_therapy_in(reading):
                    continue
                told = narrated + reading
                quiet_from, quiet_to = quiet.get(position, (0, 0))
                views.append(_Reading(told, keywords.facts_in(told.lower()) | placed,
                                      pack.terms_in(told) | stands, beyond + len(narrated),
                                      (quiet_from + len(narrated), quiet_to + len(narrated))))
            found = _first_made(candidates, views, where, historical)
            # (a sentence on a line of its own in a paragraph is an entry of a list written as lines)
            paragraph = isinstance(passage, _Prose) and passage.is_paragraph \
                and not (number and text[:start].rstrip(" \t").endswith("\n"))
            if found is None and continued is not None and continued[2] is passage.section and paragraph \
                    and not _own_subject(sentence, pack):
                found = _goes_on_with(continued, sentence, pack, stands, where, historical)
            continued = None
            to_check = found is None and bool(topics)
            if to_check and not (borrows and around.from_title):  # a topic is too loose for that
                # (and its subject must be the sentence's own: "## HER2-low" over "- Your team
                # will explain each step" does not put the item on the topic)
                own_views = [view for view in views if not (heading and view.text.startswith(f"{heading}: "))]
                found = _first_made(topics, own_views, on_topic_where, historical)
            if found is None:
                continue
            if not to_check and paragraph:
                continued = (found, sentence, passage.section)
            item = found.fact
            predates = (f"; this article (dated {dated.isoformat()}) predates the change"
                        if dated is not None and dated < item.since else "")
            # What a post says it was told, then asks about ("My onc says ... . Is that right?"),
            # is the question of its writer, which the answers below take up: only to check.
            questioned = not to_check and _asked_about(text, sentence, passage.sentences, number)
            if questioned:
                predates += "; a question about what its writer was told"
            if to_check:
                predates += ": check what this sentence says of it"
            else:
                predates += _also(found, candidates, views, where, historical)
            # The whole sentence, so that its fix (the current wording) replaces it whole;
            # a table row gets no fix (a sentence in place of its cells would break it).
            term = DEFINED_TERM.match(sentence)
            if term is None and "\n" in sentence and _bold_line(doc, passage.span(start, start + 1).line):
                term = TERM_LINE.match(sentence)
            opening = start + (term.end() if term else 0)
            # A sentence wrapped over lines is reported from the line that holds its statement's
            # words ("... was presented in December and\n  published; an FDA decision is
            # expected in the coming months."), without a fix: the wording replaces no part of it.
            wrapped = "\n" in sentence and not to_check and isinstance(passage, _Prose)
            said = _statement_end(found, candidates, views, where, historical, sentence) if wrapped else 0
            line_break = _statement_line_break(text, opening, start + said) if said else -1
            if line_break >= 0:
                rest = text[line_break + 1:end]
                opening = line_break + 1 + len(rest) - len(rest.lstrip())
            yield item.changed, to_check, _section_key(passage), finding_at(
                rule, doc.path, passage.span(opening, end),
                rule.format(id=item.id, changed=item.changed, since=item.since.isoformat(),
                            source=item.source, current=item.current, predates=predates,
                            drug=pack.name_of(item.drug) if item.drug else "",
                            verdict="possibly outdated" if to_check else "outdated"),
                fix=(item.current or None) if passage.fixable and not to_check and line_break < 0 else None,
                severity=Severity.INFO if to_check or questioned else None,
                context=passage.text[start:end])


# A fact a passage may hold, with its outdated patterns that matched it and its claims it may make.
Candidate = tuple[CompiledFact, list[re.Pattern[str]], list[CompiledClaim]]


def _asked_about(text: str, sentence: str, sentences: list[tuple[int, int]], number: int) -> bool:
    """Whether the sentence reports what its writer was told and the next one asks whether it
    holds ("My onc said with a 0 there's no HER2 drug I can have. Is that right?")."""
    return number + 1 < len(sentences) and TOLD.search(sentence) is not None \
        and ASKS_WHETHER_IT_HOLDS.match(text, sentences[number + 1][0]) is not None


def _opens_a_quotation(text: str) -> bool:
    return text.lstrip(" *_").startswith(('"', "\u201c"))


# A passage that opens by telling the past: "For a long time, breast cancers were either ...".
PAST_OPENING = lazy_regex(r"[\s*_]*(?:For\s+(?:a\s+long\s+time|(?:many\s+)?years|decades)|Until\s+recently|"
                          r"In\s+the\s+past|Historically|Previously),")


def _era(passage: _Row | _Prose, text: str, label: re.Match[str] | None, before: str,
         dated: date | None, header: str = "") -> str:
    """The year a passage narrates, as a reading's prefix ("2019: "), or '': a timeline's entry
    ("- **2019**: ...", or "- **December:** ..." in a year's review dated that year), a passage
    of a history section ("## Approval history" over "| ... | 20 Dec 2019 |"), a row dated by
    its approval's column ("| Setting | Trial | FDA date |"), a quotation that the passage
    before introduces with its year ("our 2018 handout said:")."""
    if isinstance(passage, _Row) and APPROVAL_DATE_HEADER.search(header) and (year := YEAR.search(text)):
        return f"{year.group(0)}: "
    if label and ONLY_A_YEAR.fullmatch(label.group(1)):
        return f"{label.group(1)}: "
    if label and (month_year := MONTH_AND_YEAR.fullmatch(label.group(1))) is not None:
        return f"{month_year.group(1)}: "  # "- December 2019: T-DXd, at first only for ..."
    if PAST_OPENING.match(text):
        return "formerly: "  # "For a long time, ... If your cancer was HER2-negative, ... were not ..."
    if (entry := YEAR_ENTRY.match(text)) is not None:
        return f"{entry.group(1)}: "  # "- **2019** — Hylecta is approved in February; ..."
    if (title := CALLOUT_TITLE.match(text)) is not None and _opens_a_quotation(text[title.end():]) \
            and (year := YEAR.search(title.group(1))) is not None:
        return f"{year.group(0)}: "  # '> [!quote] Wolff et al., 2007' over the words it quotes
    if label and dated is not None and MONTH_LABEL.fullmatch(label.group(1)):
        return f"{dated.year}: "
    year_label = SECTION_YEAR.match(passage.section.title) if passage.section is not None else None
    if year_label:
        return f"{year_label.group(1)}: "  # a history told by its years' headings: "## 2007: raising the bar"
    if passage.section is not None and HISTORY_SECTION.search(passage.section.title):
        # (the passage's own year, else the section's: "## 2007 guideline (historical)")
        year = YEAR.search(text) or YEAR.search(passage.section.title)
        return f"{year.group(0)}: " if year else ""
    quotation = _opens_a_quotation(text) or (isinstance(passage, _Prose) and passage.block.in_blockquote)
    if quotation and before.rstrip().endswith(":"):
        source = DATED_SOURCE.search(before)
        return f"{source.group(1)}: " if source else ""
    return ""


def _first_made(candidates: list[Candidate], views: list[_Reading], where: str,
                historical: str) -> CompiledFact | None:
    """In the pack's order, the first fact whose statement the sentence makes by itself, else
    the first it makes with a setting named where it stands: one finding a sentence is plenty."""
    return next((fact for setting in ("", where) for fact, patterns, claims in candidates
                 if any(_makes(fact, patterns, claims, reading, setting, historical) for reading in views)),
                None)


def _statement_line_break(text: str, opening: int, said: int) -> int:
    """The line break before the line that holds a wrapped statement ending at `said`: the
    line of its end, unless only a word or two of it end there ("... who have had two or more
    /  HER2-targeted treatments"); -1 for the sentence's first line."""
    line_break = text.rfind("\n", opening, said)
    if line_break >= 0 and len(text[line_break + 1:said].split()) < WORDS_THAT_HOLD_A_LINE:
        return text.rfind("\n", opening, line_break)
    return line_break


def _statement_end(found: CompiledFact, candidates: list[Candidate], views: list[_Reading], where: str,
                   historical: str, sentence: str) -> int:
    """Where, in the sentence, the first reading that makes the fact's statement has it end
    (every reading ends with the sentence itself); 0 when none does (a sentence read after the
    one before it, a topic)."""
    candidate = next((candidate for candidate in candidates if candidate[0] is found), None)
    if candidate is None:
        return 0
    _, patterns, claims = candidate
    ends = ((said, view) for setting in ("", where) for view in views
            if (said := _made_at(found, patterns, claims, view, setting, historical)) is not None)
    said, view = next(ends, (0, None))
    return max(0, said - (len(view.text) - len(sentence))) if view is not None else 0


# What makes a numbered list a sequence of treatment lines: its lead-in ("The usual order is:",
# "the order of HER2 treatment", "lines of treatment") or its section ("## Secondary (metastatic) BC").
ORDER_LEAD = lazy_regex(r"(?i)\b(?:(?:usual|typical|standard|common)\s+order|"
                        r"order\s+of\s+(?:[\w+-]+\s+){0,3}?(?:treatments?|therapy|therapies|drugs|medicines)|"
                        r"in\s+(?:this|that|the\s+following)\s+order|sequence|sequencing|"
                        r"lines?\s+of\s+(?:treatment|therapy)|one\s+after\s+(?:the\s+)?other)\b")
SEQUENCE_SECTION = lazy_regex(r"(?i)\b(?:metastatic|secondary|advanced|stage\s+(?:IV|4)|mbc|sequenc\w*|"
                              r"lines?\s+of)\b")
LINES = ("first line", "second line", "third line", "fourth line")


def _list_lead(passage: _Row | _Prose, introduced_by: str, lead: str) -> str:
    """The lead-in of the numbered list the passage is in: the passage before its first item."""
    if not isinstance(passage, _Prose) or not passage.block.in_list:
        return ""
    return introduced_by if passage.block.list_number == 1 else lead


def _line_of_a_sequence(passage: _Row | _Prose, lead: str, pack: FactPack) -> str:
    """Which line of treatment a numbered item that opens with a therapy names, in a list that
    lays out a sequence ("1. THP / 2. Kadcyla / 3. Enhertu ..." after "The usual order is:")."""
    # (a sub-list too, under an item that leads it in: "- Agreed sequence for HER2+ MBC:" over
    # "  1. THP / 2. T-DM1")
    if not isinstance(passage, _Prose) or passage.block.list_depth not in (1, 2):
        return ""
    number = passage.block.list_number
    if number is None or not 1 <= number <= len(LINES) or not _opening_drug(pack, passage.text):
        return ""
    section = passage.section.title if passage.section is not None else ""
    led = ORDER_LEAD.search(lead) is not None
    sectioned = passage.block.list_depth == 1 and SEQUENCE_SECTION.search(section) is not None
    return LINES[number - 1] if led or sectioned else ""


def _opening_drug(pack: FactPack, text: str) -> str:
    """The therapy a text opens with (its subject: "Kadcyla is ... after trastuzumab", "In the
    United States, T-DM1 was approved ..."), or ''."""
    text = text.lstrip(" *_#>-")
    if (opening := OPENING_PHRASE.match(text)) is not None:
        text = text[opening.end():]
    first = pack.drug_mentions(text[:80])
    return first[0][1] if first and text.startswith(first[0][1]) else ""


def _of_an_unknown_drug(pack: FactPack, said: str) -> bool:
    """Whether what a passage said before a pronoun names only a drug the pack does not know,
    which the pronoun then speaks of ("**Zanidatamab** ... . In 2024 it was approved for biliary
    cancer. It is also being tested ...")."""
    return names_another_drug(said) and not pack.drug_mentions(said)


def _antecedent(pack: FactPack, text: str, sentences: list[tuple[int, int]], number: int) -> str:
    """The therapy a pronoun opening sentence `number` speaks of: the one the sentence before
    opens with, or, when that one opens with a pronoun too, the one before it ("Kadcyla is
    only given ... . For most people it is ... . It is not used for early breast cancer")."""
    for index in range(number - 1, -1, -1):
        before = text[sentences[index][0]:sentences[index][1]]
        drug = _opening_drug(pack, before)
        if drug or not DRUG_PRONOUN.match(before):
            return drug
    return ""


def _own_subject(sentence: str, pack: FactPack) -> bool:
    """Whether a sentence names what it speaks of: a therapy, another body, a subject of its own
    ("Many women in their 40s ...") or a label ('Result "HER2 0": ...')."""
    return bool(pack.names_a_therapy_in(sentence) or OTHER_BODY.search(sentence)
                or OTHER_SUBJECT.match(sentence) or PASSAGE_LABEL.match(sentence))


def _glossary_term(doc: Document, passage: _Row | _Prose, text: str) -> re.Match[str] | None:
    """A glossary entry's term, where the prose blanked its bold ("  Mammogram   — a breast
    X-ray."): the source line opens with the bold term and its dash."""
    if not isinstance(passage, _Prose):
        return None
    line = passage.span(0, 1).line
    if not 0 < line <= len(doc.lines) or SOURCE_GLOSSARY_TERM.match(doc.lines[line - 1]) is None:
        return None
    return BLANKED_TERM.match(text)


def _beaten(text: str, start: int) -> bool:
    """Whether the drug named at `start` is what a trial beat or another replaced."""
    return BEATEN.search(text, max(0, start - 80), start) is not None


def _bold_line(doc: Document, line: int) -> bool:
    """Whether the source line is only a bold term ("**Margetuximab**")."""
    return 0 < line <= len(doc.lines) and BOLD_LINE.fullmatch(doc.lines[line - 1]) is not None


def _goes_on_with(continued: tuple[CompiledFact, str, Section | None], sentence: str, pack: FactPack,
                  stands: frozenset[str], where: str, historical: str) -> CompiledFact | None:
    """The fact whose outdated statement the sentence before made, when this sentence makes one
    of its claims of the same subject, read after it (the subject must not change between)."""
    fact, before, _ = continued
    if any(unless.search(sentence) for unless in fact.unless):
        return None  # (its exceptions read it alone too: "| 50–74 | every 2 years |" after the 40s row)
    claims = [claim for claim in fact.claims if not claim.topic]
    if any(site not in before.lower() for site in CANCER_SITE.findall(sentence.lower())):
        return None  # a scope of its own: "For renal cancer, X is in trials. X is in trials for lung cancer."
    reading = f"{before} {sentence}"
    view = _Reading(reading, {fact}, pack.terms_in(reading) | stands, len(before) + 1, (0, len(before)))
    return _first_made([(fact, [], claims)], [view], where, historical)


def _also(found: CompiledFact, candidates: list[Candidate], views: list[_Reading], where: str,
          historical: str) -> str:
    """The other changes the sentence's statement also overlooks: another drug's ("the only
    pill is lapatinib": neratinib's NALA approval and tucatinib's, two months apart) or the same
    drug's in another setting ("still experimental for lung cancer and for other cancers": T-DXd's
    lung approval of 2022 and its tumour-agnostic one of 2024), so that the finding names every
    change that contradicts it, not only the pack's first."""
    also: dict[str, str] = {}  # each change once, though two facts of two drugs tell it (Phesgo's)
    for fact, patterns, claims in candidates:
        if fact is found or not fact.fact.drug \
                or fact.fact.changed in also or fact.fact.changed == found.fact.changed:
            continue
        if any(_makes(fact, patterns, claims, view, setting, historical)
               for setting in ("", where) for view in views):
            item = fact.fact
            also[item.changed] = f"; also since {item.since.isoformat()}: {item.changed} ({item.source})"
    return "".join(also.values())


class _Cases:
    """The case each plan is for, in a note of cases (a tumour board's, a clinic's): in a section
    on a case, a passage that opens with a plan's label stands in the section's passages before
    it ("- Surgery: ... residual invasive disease" over "- Plan: resume trastuzumab to complete
    a year"); a section titled as a plan ("### Recommendation") in the case it is under ("## Case
    3 ..."). Not a disease overview's "## Management" under its description."""

    def __init__(self, doc: Document) -> None:
        self._section: Section | None = None
        self._before: list[str] = []  # the section's passages so far
        self._cases: dict[int, str] = {}  # a plan section (by id) -> the case it is under, as text
        levels: list[tuple[int, Section]] = []
        for section in doc.sections:
            opening = section.blocks[0] if section.blocks else None
            level = opening.heading_level if opening is not None and opening.kind == "heading" else 0
            if not level:
                continue
            while levels and levels[-1][0] >= level:
                levels.pop()
            if levels and PLAN_TITLE.fullmatch(section.title):
                parent = levels[-1][1]
                if _on_a_case(parent.title, [block.text for block in parent.blocks]):
                    body = (block.text for block in parent.blocks if block.kind != "heading")
                    self._cases[id(section)] = " ".join([parent.title, *body])
            levels.append((level, section))

    def of(self, passage: _Row | _Prose) -> str:
        """The case the passage is a plan for ('' when it is none), then take it in."""
        if passage.section is not self._section:
            self._section, self._before = passage.section, []
        case = ""
        if PLAN_LABEL.match(passage.text) and passage.section is not None \
                and _on_a_case(passage.section.title, self._before):
            case = " ".join(self._before)
        elif passage.section is not None:
            case = self._cases.get(id(passage.section), "")
        self._before.append(passage.text)
        return case


def _on_a_case(title: str, texts: list[str]) -> bool:
    """Whether a section, by its title or the text it opens with, is on one patient's case."""
    return CASE_TITLE.search(title) is not None or any(CASE_TEXT.search(text) for text in texts[:4])


def _predates_change(dated: date | None, evidence: int | None, row: bool, fact: CompiledFact,
                     claim: CompiledClaim) -> bool:
    """Whether a claim made only by older pages may be made here: in a page dated before the
    change, in an undated page whose newest year named is before the change's, or in a table
    row (but a topic only in a page dated before it)."""
    if claim.topic:
        return dated is not None and dated < fact.fact.since
    return (row or (dated is not None and dated < fact.fact.since)
            or (evidence is not None and evidence < fact.fact.since.year))


class _Surroundings:
    """What a passage is read with beyond its own text, kept per section.

    - The therapy the section last named: what a passage that names none speaks of ("- T-DXd:
      HER2-low, 2022" above "- HER2-ultralow: not an approved indication").
    - Where it stands: the section's title, the question it answers in an FAQ ("**When should
      I start mammograms?**" above "At 50, according to the USPSTF") and a table row's header
      row ("| Age | USPSTF advice |"). A claim's setting may be named there.
    """

    def __init__(self, pack: FactPack, title: str) -> None:
        self._pack = pack
        # A page titled with one drug ("Herceptin: your questions") speaks of it in a section
        # that names none ("## How long will I have it?" over "One year in total ...").
        named = pack.terms_in(title)
        # (not one it names as what the page goes past: "Pipeline watch: HER2 beyond T-DXd")
        one_drug = len(pack.drugs_named(title)) == 1 and not _only_compared(pack, title)
        self._title, self._title_terms = (title, named) if one_drug else ("", frozenset())
        self._page_title = title
        # A page whose title is on the pack's subject (its PAGE_TOPIC term, or a therapy: "Mammograms:
        # when to start", "Enhertu") frames every passage; "Pancreatic cancer: targeted therapy" does not.
        on_topic = pack.page_topic is not None and pack.page_topic.search(title) is not None
        self._framing = title if on_topic or pack.names_a_therapy(named) else ""
        self._section: Section | None = None
        self._naming = ""  # the section's last passage that named a therapy
        self._naming_table: int | None = None  # the table that passage is a row of, if it is one
        self.terms: frozenset[str] = frozenset()  # the terms it named
        self._name: str | None = None
        self._question = ""
        self._after_post = False  # whether the passage before opened a thread's next post
        self._headers: dict[int, str] = {}  # a table (its first cell's line) -> its header row
        self.titles = title  # the page's title and the passage's section's
        self.header = ""  # the header row of the table a row is in
        self.setting = ""  # where the passage stands: title, question, header row
        self.setting_terms: frozenset[str] = frozenset()

    def read(self, passage: _Row | _Prose, text: str, present: frozenset[str]) -> bool:
        """Take in the next passage (its text and the terms it names); whether it names no
        therapy and so speaks of the section's."""
        if passage.section is not self._section:
            self._section, self._naming, self.terms, self._question = (passage.section, self._title,
                                                                        self._title_terms, "")
            self._naming_table = None
            self._name = None
        after_post, self._after_post = self._after_post, isinstance(passage, _Prose) \
            and POST_LINE.fullmatch(passage.block.raw) is not None
        header = ""
        if isinstance(passage, _Row):
            header = self._headers.setdefault(passage.table, passage.text)
            header = "" if header == passage.text else header
        elif text.rstrip(" *_").endswith("?") or QUESTION_LABEL.match(text):
            self._question = text
        self.header = header
        # Every passage stands under its page's title too ("Mammograms: when to start" over
        # "| 40-49 | your choice |"), and a page without headings under that title only.
        section_title = passage.section.title if passage.section is not None else ""
        self.titles = f"{self._page_title} {section_title}"
        title = section_title if section_title in ("", self._framing) else f"{section_title} {self._framing}"
        title = title or self._page_title
        setting = f"{title} {self._question} {header}"
        if setting != self.setting:
            self.setting, self.setting_terms = setting, self._pack.terms_in(setting)
        # "It was approved ... after a year of trastuzumab" still speaks of the section's drug.
        names = self._pack.names_a_therapy(present) or names_another_drug(text)
        table = passage.table if isinstance(passage, _Row) else None
        # "- Preferred 2L after progression on trastuzumab/pertuzumab" under a T-DM1 note's
        # heading names only what came before: it still speaks of the section's drug.
        # (only a passage with a word of comparison can name its drugs only as what came before)
        mentions = (self._pack.drug_mentions(text) if names and self._naming and table is None
                    and COMPARED.search(text) else [])
        only_before = (bool(mentions) and not self._pack.subject_mentions(text)
                       and not names_another_drug(text[: mentions[0][0] - len(mentions[0][1])]))
        if names and not only_before and not (self._naming and PRONOUN.match(passage.text)):
            self._naming, self.terms, self._name, self._naming_table = text, present, None, table
            return False
        if after_post and OWN_STORY.match(text):
            # A thread's next post that opens a story of its own ("**Reply – Sandra**" over "My
            # husband had ...") speaks of what it names itself, not of the drug an earlier post
            # named; one that answers it ("That is the usual next step") still may.
            self._name_the_title()
        if table is None and (DEFINED_TERM.match(text) or GLOSSARY_TERM.match(text)):
            # A glossary's entry speaks of its own term ("**Experimental treatment**" under the
            # entry that named Ogivri), not of the drug an entry before it named.
            self._name_the_title()
            return bool(self._naming)
        # A table's rows are parallel entries: "| HER2-null | None approved |" is not said of the
        # drug the row above it named.
        return bool(self._naming) and (table is None or table != self._naming_table)

    def _name_the_title(self) -> None:
        """Let the passages that follow borrow only the page title's drug, if it names one."""
        self._naming, self.terms = self._title, self._title_terms
        self._name, self._naming_table = None, None

    @property
    def from_title(self) -> bool:
        """Whether the drug a passage borrows is the page title's, no passage of its section's."""
        return bool(self._title) and self._naming is self._title

    def opener(self) -> str:
        """The therapy the naming passage opens with, its subject, or ''."""
        return _opening_drug(self._pack, self._naming)

    def name(self) -> str:
        """The last name of a therapy the naming passage wrote, found when first needed."""
        if self._name is None:
            self._name = self._pack.last_drug(self._naming)
        return self._name


class _Row:
    """A table row read as one statement: "| Enhertu | after two or more prior regimens |"
    says what neither cell says alone. Its cells' texts are joined with " | "."""

    fixable = False

    def __init__(self, cells: list[Block], blanked: frozenset[int] = frozenset(),
                 table: int | None = None, subject: str = "", framed: bool = True) -> None:
        self.cells = cells
        # (a comparator's cell, blanked in place, says nothing of its drug: "| DESTINY-Breast03 |
        # 2L | T-DM1 |" under "| Trial | Setting | Comparator |" does not make T-DM1 second line;
        # nor, in a table with a column per drug, another drug's column)
        self.text = " | ".join(" " * len(cell.text) if column in blanked else cell.text
                               for column, cell in enumerate(cells))
        if subject:  # (its column's drug, said first: the row's statements are that drug's)
            self.text = f"{subject} | {self.text}"
        self.sentences = [(0, len(self.text))]
        # (a table after a paragraph of its section's own is no list of the heading's: a
        # side-effect table under "### Drugs being studied" after "Ask about trials." does not
        # say its drugs are being studied)
        self.heading = _heading(cells[0]) if framed else ""
        self.section = cells[0].section
        self.table = table if table is not None else cells[0].table or 0  # a cell's table is never None

    def span(self, start: int, end: int) -> Span:
        first, last = self.cells[0], self.cells[-1]
        opening = first.span(0, 0)
        closing = last.span(len(last.text), len(last.text))
        return Span(opening.line, opening.column, closing.end_line, closing.end_column)


class _Prose:
    """A block other than a table cell, read sentence by sentence."""

    fixable = True

    def __init__(self, block: Block, parent: str, names_a_drug: Callable[[str], bool]) -> None:
        self.block = block
        # An inline field or flash card ("Standard 2L after THP::T-DM1") reads as a label.
        self.text = block.text.replace("::", ": ") if "::" in block.text else block.text
        # What the first sentence is read under: a nested list item's parent item ("- Kadcyla"
        # over "  - standard 2nd line"), else the section heading of a list item or table cell,
        # or of a paragraph that opens with a pronoun ("## Kadcyla" over "It is the standard").
        self.heading = parent or _heading(block)
        if not self.heading and block.section is not None and _speaks_of_an_unnamed_drug(block.text,
                                                                                           names_a_drug):
            self.heading = block.section.title
        # A callout's title ("> [!tip] Default" above "> Progression on THP -> T-DM1") is what
        # the callout's text is read under, and a line of its own.
        title = CALLOUT_TITLE.match(block.text) or TAB_TITLE.match(block.text)
        self._title_end = title.end() if title else 0
        # (a title that makes a statement, '!!! warning "Margetuximab is not FDA-approved"', is
        # read as a sentence of its own, not as what the text below it is read under)
        self._title_sentence = title.span(1) if title and TITLE_STATES.search(title.group(1)) else None
        if title and not self.heading and self._title_sentence is None:
            self.heading = title.group(1)
        self.section = block.section
        self.span = block.span
        # (a list's items and a table's cells are entries side by side, each of its own subject)
        self.is_paragraph = block.kind == "paragraph" and not block.in_list and block.table is None

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """Split only for the blocks some pattern matched: most blocks never need it. A line
        that opens with a label or an arrow is a statement of its own, as a note's lines are
        ("1L: THP" above "2L: T-DM1 = preferred")."""
        found = [self._title_sentence] if self._title_sentence else []
        text = self.block.text
        # (the bylines of the block's posts, found once: "^" needs the search to start at a line)
        bylines = [byline.span(1) for byline in BYLINE.finditer(text)] if "\n" in text else []
        for start, end in self.block.sentences:
            if end <= self._title_end and self._title_sentence:
                continue
            if start < self._title_end < end:
                start = self._title_end  # the title is read as the heading
            breaks = sorted([*((line_break.start(), line_break.end()) for regex in (LABELLED_LINE, FIELD_LINE)
                               for line_break in regex.finditer(text, start, end)),
                             *(span for span in bylines if start < span[0] < end)])
            for break_start, break_end in breaks:
                if break_start >= start:
                    found.append((start, break_start))
                    start = break_end
            found.append((start, end))
        return found


def _passages(blocks: list[Block], names_a_drug: Callable[[str], bool]) -> Iterator[_Row | _Prose]:
    """Each block, except that the cells of one table row come together as the row; a nested
    list item comes with the text of the item it is nested in."""
    row: list[Block] = []
    columns: dict[int, _Columns] = {}  # a table -> its comparator and drug columns, by header
    items: list[tuple[int, str]] = []  # (column, text) of the list items a next item may nest in
    section: Section | None = None
    # A bold line of its own over a list ("**Preferred second line**" over "- T-DM1") titles the
    # list's items, within the section's title.
    label = ""
    said = False  # the section has a paragraph of its own (no lead-in) so far
    unframed: set[int] = set()  # the tables after one: no list of their heading's
    for block in blocks:
        if row and not (block.table == row[0].table and block.line == row[0].line):
            yield from _rows(row, columns, names_a_drug, row[0].table not in unframed)
            row = []
        if block.section is not section:
            said = False
        if block.table is not None and block.kind == "table_cell":
            if said:
                unframed.add(block.table)
            row.append(block)
            continue
        said = said or (block.kind == "paragraph" and not (block.in_list or block.in_blockquote)
                        and not block.text.rstrip(" *_").endswith(":"))
        if is_bibliographic_entry(block.text):
            continue  # a paper's title ("... in previously treated HER2-low ...") is of its day
        parent = ""
        if items and block.section is not section:
            items.clear()  # a list under the next heading nests in nothing above it
        if block.section is not section:
            label = ""
        section = block.section
        if block.in_list and block.kind == "paragraph":
            column = block.span(0, 0).column
            while items and items[-1][0] >= column:
                items.pop()
            parent = items[-1][1] if items else (_within(section, label) if label else "")
            items.append((column, block.text))
        else:
            items.clear()
            label = block.text.strip() if BOLD_LINE.fullmatch(block.raw) and not block.in_blockquote else ""
        yield _Prose(block, parent, names_a_drug)
    if row:
        yield from _rows(row, columns, names_a_drug, row[0].table not in unframed)


class _Columns(NamedTuple):
    """What a table's header row says of its columns: which hold a trial's comparator ("|
    Trial | Setting | Comparator |"), and which are one drug's each ("| | Kadcyla | Enhertu |"),
    counted from the row's end (an empty corner cell is no block of its own)."""

    comparators: frozenset[int]
    drugs: tuple[tuple[int, str], ...]  # (column from the end, its header's text)


def _rows(row: list[Block], columns: dict[int, _Columns],
          names_a_drug: Callable[[str], bool], framed: bool = True) -> Iterator[_Row]:
    """The row as read: once, its comparators' cells blanked; in a table with a column per drug,
    once per drug's column, the other drugs' columns blanked (its own table for each, so that
    each has its own header: "| EBC | residual disease (KATHERINE) | not indicated |" under
    "| | Kadcyla | Enhertu |" says Enhertu is not indicated there, not Kadcyla)."""
    table = row[0].table or 0
    header = row[0].table_header
    if header:
        named = tuple((column - len(row), cell.text) for column, cell in enumerate(row)
                      if names_a_drug(cell.text))
        columns[table] = _Columns(frozenset(column for column, cell in enumerate(row)
                                            if COMPARATOR_HEADER.fullmatch(cell.text)),
                                  named if len(named) > 1 else ())
    found = columns.get(table, _Columns(frozenset(), ()))
    # (a drug's column is never the row's label: "| Kadcyla | ... |" is a row of a table of drugs)
    first = 0 if header else 1
    drugs = {len(row) + column: name for column, name in found.drugs if len(row) + column >= first}
    if len(drugs) < 2:
        yield _Row(row, frozenset() if header else found.comparators, framed=framed)
        return
    for drug, name in drugs.items():
        others = frozenset(column for column in drugs if column != drug)
        yield _Row(row, others if header else found.comparators | others, table * MAX_TABLE_COLUMNS + drug,
                   "" if header else name, framed)


def _within(section: Section | None, label: str) -> str:
    """A list's bold label read within its section's title ("Metastatic: Preferred second line")."""
    return f"{section.title}: {label}" if section is not None and section.title else label


def _speaks_of_an_unnamed_drug(text: str, names_a_drug: Callable[[str], bool]) -> bool:
    """A paragraph that opens with a pronoun or with no subject, or has a pronoun early on and
    names no drug: its section's title says what it speaks of ("## Kadcyla" over "It is the
    standard", "## Enhertu" over "Approved for ...")."""
    return (PRONOUN.match(text) is not None or SUBJECTLESS.match(text) is not None
            or (PRONOUN_WORD.search(text, 0, 200) is not None and not names_a_drug(text)))


def _heading(block: Block) -> str:
    """The title of the section a list item or table cell sits in, or ''."""
    if (block.in_list or block.table) and block.section is not None:
        return block.section.title
    return ""


class _Reading(NamedTuple):
    """A sentence as read (alone, under its heading, after the sentence before it), the facts
    and terms it names, and where a statement must end beyond to be the sentence's own."""

    text: str
    facts: set[CompiledFact]
    terms: frozenset[str]
    beyond: int
    quiet: tuple[int, int] = (0, 0)  # the span of an earlier sentence: its narration is its own


def _makes(fact: CompiledFact, patterns: list[re.Pattern[str]], claims: list[CompiledClaim],
           reading: _Reading, setting: str, historical: str) -> bool:
    """Whether the reading makes one of the fact's outdated statements, ending in its sentence
    (setting: where its passage stands, which may name a claim's setting)."""
    return _made_at(fact, patterns, claims, reading, setting, historical) is not None


def _made_at(fact: CompiledFact, patterns: list[re.Pattern[str]], claims: list[CompiledClaim],
             reading: _Reading, setting: str, historical: str) -> int | None:
    """Where in the reading the fact's outdated statement that it makes ends, or None."""
    if fact not in reading.facts:
        return None
    said = _outdated(fact, patterns, claims, reading.text, reading.terms, setting, historical, reading.beyond,
                     reading.quiet)
    return said if said is not None and said > reading.beyond else None


def _only_compared(pack: FactPack, title: str) -> bool:
    """Whether every therapy a title names follows a word of comparison ("beyond", "after")."""
    mentions = pack.drug_mentions(title)
    return bool(mentions) and all(COMPARED.search(title[max(0, end - len(name) - 20):end - len(name)])
                                  for end, name in mentions)


def _of_the_writer(sentence: str) -> bool:
    """Whether a sentence speaks of its writer: the first person in its opening clause ("I'm on
    my third line now"), not in a later one ("For HER2-low it's only through trials though, my
    friend was told ...")."""
    opening = next((found.start() for found in WRITER_CLAUSE_BREAK.finditer(sentence)
                    if len(sentence[:found.start()].split()) >= 3), len(sentence))
    return FIRST_PERSON.search(sentence, 0, opening) is not None


def _outdated(fact: CompiledFact, patterns: list[re.Pattern[str]], claims: list[CompiledClaim],
              sentence: str, named: frozenset[str], setting: str, historical: str,
              beyond: int = 0, quiet: tuple[int, int] = (0, 0)) -> int | None:
    """Where the sentence's outdated statement ends: the first of the patterns (those that
    matched the block) that matches it, else the first of the claims (those whose parts the
    block may hold) it makes (named: the terms the sentence names); None when it makes none,
    or the fact's exceptions or the narration of the past say the sentence is current."""
    asks = sentence.rstrip(" *_").endswith("?")
    # (not words said of no drug in particular: "the difference between a drug and no drug")
    pattern_ends = (found.end() for pattern in patterns for found in pattern.finditer(sentence)
                    if not said_of_no_subject(sentence, found.start()))
    claim_ends = (claim.end_in(sentence, setting, beyond) for claim in claims if claim.may_hold(named))
    # (a statement the narration of the past excuses may be followed by one it does not: "a draft
    # posted in May 2023 would move ...; the final version is still pending")
    ends = (end for end in chain(pattern_ends, claim_ends) if end is not None and end > beyond)
    first = next(ends, None)
    if first is None or (asks and not _answered_before_asking(sentence, first)) \
            or SHORT_CONDITION.search(sentence, 0, first) is not None \
            or _denies_something_else(sentence, first):
        return None  # a question claims nothing, nor does a condition ("... if still recruiting")
    # Where the sentence stands may say it is current too ("## If no cancer is left" over "carry on
    # with Herceptin to complete a year"), when a claim's setting was read there.
    if any(unless.search(sentence) or (setting and unless.search(setting)) for unless in fact.unless):
        return None
    # (where the sentence stands frames its clause too: "### Is Enhertu an option for HER2-low?"; not
    # the sentence before that "this group" points back to)
    frame = setting.partition(POINTED_BACK_TO)[0]
    # (and so does the sentence a pronoun points back to: "Enhertu got approved for HER2-low ... .
    # So it's a later-line option.")
    antecedent = sentence[:beyond] if sentence[:beyond].rstrip()[-1:] in (".", "!", "?") else ""
    if fact.unless_clause and any(unless.search(sentence, *_clause_around(sentence, first))
                                  or (frame and unless.search(frame))
                                  or (antecedent and unless.search(antecedent))
                                  for unless in fact.unless_clause):
        return None
    return next((end for end in chain((first,), ends)
                 if not _narrated(fact, sentence, end, historical, quiet)), None)


def _denies_something_else(sentence: str, end: int) -> bool:
    """Whether a statement ending at `end` is of something other than a drug's use: patients
    kept out of trials ("baseline ILD excluded from trials" is who the trials took), the drug as
    a purpose ("ice chips during the infusion, not for the drug itself"), a trial's design, what
    is measured in practice ("ILD rates outside trials"), a department ("Investigational Drug
    Service")."""
    if EXCLUDED_FROM.search(sentence, 0, end) is not None and TRIALS_NEXT.match(sentence, end) is not None:
        return True
    if PHASE_ENDS.search(sentence, 0, end) is not None and TRIAL_DESIGN_NEXT.match(sentence, end) is not None:
        return True  # a trial's design: "Phase 2 randomised, double-blind, n = 612: tucatinib or placebo ..."
    if PHASE_NAMED_AT.search(sentence, 0, end) is not None \
            and PHASE_RESULT.search(sentence, *_clause_around(sentence, end)) is not None:
        return True  # what a phase found: "Phase 1 HER2-low cohort ORR ~37%", "fatal cases in phase 1"
    if DOSE_SENTENCE.match(sentence) is not None:
        return True  # a dose's use: "The higher 6.4 mg/kg dose ... is not used in lung cancer"
    if REAL_WORLD.search(sentence, 0, end) is not None:
        return True  # what is measured in practice: "... focused on ILD rates outside trials"
    if INVESTIGATIONAL_ENDS.search(sentence, 0, end) is not None and DEPARTMENT_NEXT.match(sentence, end):
        return True  # a pharmacy's department: "Investigational Drug Service, ext. 4471"
    return NOT_FOR.search(sentence, 0, end) is not None and THE_DRUG_NEXT.match(sentence, end) is not None


def _earlier_clause_date(sentence: str, past: re.Match[str], year: int) -> bool:
    """Whether the narration of the past found in a clause of its own is dated before the
    given year: by its own year, else by every year its clause holds ("the FDA gave it
    Breakthrough designation in May 2020")."""
    if past.group("year") is not None:
        return int(past.group("year")) < year
    years = [int(found.group(0)) for found in YEAR.finditer(sentence, *_clause_around(sentence, past.end()))]
    return bool(years) and max(years) < year


def _answered_before_asking(sentence: str, end: int) -> bool:
    """Whether a sentence that ends with a question makes the statement ending at `end` before
    it turns to ask ("For HER2-low it's only available in a trial, so maybe ask about trials?")."""
    return QUESTION_TURN.search(sentence, end) is not None


def _clause_around(sentence: str, end: int) -> tuple[int, int]:
    """(start, end) of the clause a statement ending at `end` stands in: between the breaks
    (a semicolon, 'but', a table cell's bar) before its end and after it."""
    start = max((found.end() for found in STATEMENT_CLAUSE.finditer(sentence, 0, max(end - 1, 0))), default=0)
    after = STATEMENT_CLAUSE.search(sentence, end)
    return start, after.start() if after else len(sentence)


def _narrated(fact: CompiledFact, sentence: str, end: int, historical: str, quiet: tuple[int, int]) -> bool:
    """Whether the narration of the past (a year up to the change, "previously") says the
    statement that ends at `end` is the past's."""
    future = FUTURE.search(sentence) is not None  # "hopes it will be approved later in 2020"
    for past in compiled(historical).finditer(sentence):
        if CONTRAST.search(sentence, past.end(), end) or _of_another_drug_after(sentence, end, past.start()):
            continue  # the past is another clause's: "... in May 2020, but for now it is only in trials"
        if past.start() >= end and PRESENT_MARK.search(sentence, 0, end):
            continue  # the present's statement, with the past's date after it
        if past.start() >= end and STATEMENT_CLAUSE.search(sentence, end, past.start()) is not None \
                and _earlier_clause_date(sentence, past, fact.fact.since.year):
            # another clause's earlier date: "... is investigational; the trial met its endpoint
            # in 2019", "..., and the FDA gave it Breakthrough designation in May 2020" (not the
            # change's own: "... from 50; in 2024 it moved the start to 40")
            continue
        if DATES_SOMETHING_ELSE.search(sentence, 0, past.start()) or quiet[0] <= past.start() < quiet[1]:
            continue
        if past.group("year") is None and HYPOTHETICAL.search(sentence, 0, past.end()):
            continue  # "If the IHC had been 3+, meaning staining of more than 30%": no past
        if _in_an_aside(sentence, past.start(), end):
            continue  # "T-DXd, which received accelerated approval last December, is reserved for ..."
        if past.end() < end and CONJOINED_PRESENT.search(sentence, past.end(), end):
            continue  # the present joined to it: "... just received approval and slots in as 3L+"
        year = past.group("year")
        if year is None or (int(year) <= fact.fact.since.year and not future):
            return True
        if not future and UP_TO_A_YEAR.match(past.group(0)) and PAST_TENSE.search(sentence, past.end(), end):
            return True
    return False


def _in_an_aside(sentence: str, start: int, end: int) -> bool:
    """Whether `start` lies in a relative clause set off by commas that closes before the
    statement's end, or in an opening "Approved in ...," before a main clause in the present:
    the aside's past is its own, not the main clause's."""
    asides = RELATIVE_ASIDE.finditer(sentence, 0, end)
    if any(aside.start() <= start < aside.end() <= end for aside in asides):
        return True
    opener = APPROVED_OPENER.match(sentence, 0, end)
    if opener is None or start >= opener.end():
        return False
    present, past = IS_ARE.search(sentence, opener.end(), end), WAS_WERE.search(sentence, opener.end(), end)
    return present is not None and (past is None or present.start() < past.start())


def _of_another_drug_after(sentence: str, end: int, start: int) -> bool:
    """Whether a clause after the statement's end, before `start`, names another drug whose past
    it tells ("...; tucatinib, approved in April 2020, is another option")."""
    semicolon = sentence.find(";", end, start)
    return semicolon >= 0 and names_another_drug(sentence[semicolon:start])


def describe(rule: Rule) -> list[str]:
    """For `medlint explain`: every fact with its date, source and whether it is on."""
    pack, _ = pack_for(rule.options)
    lines = [f"Facts known ({rule.options['facts_file'] or 'configuration only'}):"]
    for fact in sorted(pack.facts, key=lambda f: (f.since, f.id)):
        state = "on" if fact.on else ("off: unconfirmed" if not fact.confirmed else "off")
        lines.append(f"    {fact.id} [{state}] since {fact.since.isoformat()}: {fact.changed}")
        lines.append(f"        source: {fact.source}")
    return lines
