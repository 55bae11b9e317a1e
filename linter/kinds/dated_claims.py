"""dated_claims: a claim tied to a date ("as of June 2026, ... has not been approved",
"currently in phase 3 trials", "is expected to be approved in 2023", "at the time of writing").

Such a claim was true when written and goes stale by itself. Its date is the one it states,
else the article's date (its newest publication or update date). It is reported:

- always (warning) when an FDA approval in the therapies file contradicts it: the claim says a
  therapy it names is not approved, awaited or only in trials, and the approval (for the
  indication the sentence names, if the file has one) came after the claim's date;
- when the date it expects something by has passed (warning);
- when its date is more than `max_age_months` old: info, and a warning past
  `warning_age_months`. With no date at all, only a contradiction is reported.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from datetime import date
from functools import cache, partial
from typing import TYPE_CHECKING

from linter.citations import is_bibliographic_entry
from linter.dates import DATE_TEXT, MONTH, describe_age, months_between, parse_date
from linter.document import Block, Document, Section
from linter.facts import (
    CONDITION_SUBJECT,
    SAME_TARGET,
    WORDS_THAT_HOLD_A_LINE,
    CompiledFact,
    names_another_drug,
    pack_as_shipped,
)
from linter.findings import Finding, Severity, finding_at
from linter.options import OptionSpec
from linter.patterns import compiled, lazy_regex
from linter.therapies import (
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
    shown_names,
)

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

WHEN = rf"(?P<date>{DATE_TEXT}|(?:19|20)\d\d)"
# When in a year something is expected: "in 1H 2022", "by Q3 2021", "in the first half of 2024".
WITHIN_YEAR = (r"(?:(?:early|mid|late|(?:the\s+)?end\s+of)[- ]\s*|(?:[12]H|H[12]|Q[1-4]|[1-4]Q)\s*|"
               r"(?:the\s+)?(?:first|second|third|fourth|last)\s+quarter\s+of\s+|"
               r"(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)")
# "in", "by", "before", "sometime in", "the first half of": how an expectation is timed.
TIMED = (r"(?:in|by|during|before|until|after|around|circa|from|(?:some\s?time|later|early)\s+in|"
         r"(?:in\s+)?the\s+(?:first|second)\s+half\s+of)")
# A regulator's decision still to come: "FDA decision on accelerated approval pending" (a claim,
# and one an approval contradicts).
DECISION_PENDING = (r"\b(?:FDA|EMA|regulatory)\s+(?:decision|approval|review|filing|submission)\b"
                    r"[^.;|]{0,40}?\bpending\b")
# "expected at ASCO 2022": a congress of the year.
MEETING = r"at\s+(?:the\s+)?(?:ASCO|ESMO|SABCS|AACR|ASH|San\s+Antonio)(?:\s+(?:annual\s+)?meeting)?\s+"
PHASE = r"phase\s+(?:[1-3]|I{1,3})[ab]?(?:\s*/\s*(?:[1-3]|I{1,3})[ab]?)?"
STATUS = (rf"(?:in\s+(?:a\s+|an\s+)?(?:pivotal\s+|registrational\s+|large\s+|randomi[sz]ed\s+|ongoing\s+)?"
          rf"{PHASE}(?:\s+(?:clinical\s+)?(?:trials?|stud(?:y|ies)))?|"
          r"in\s+(?:a\s+)?(?:clinical\s+)?(?:trials?|stud(?:y|ies))|"
          r"being\s+(?:studied|tested|investigated|developed|validated|evaluated|piloted)|"
          r"(?:BLA|NDA|application|filing)\s+not\s+yet\s+(?:filed|submitted|made)|"
          r"under\s+(?:investigation|study|development|(?:FDA\s+)?(?:priority\s+)?review)|"
          r"(?:awaiting|waiting\s+(?:on|for))\s+(?:an?\s+)?(?:FDA\s+)?(?:approval|decision)|"
          r"pending\s+(?:FDA\s+)?approval|not\s+(?:yet\s+)?(?:been\s+)?(?:FDA[- ])?approved|unapproved|"
          r"investigational|experimental|(?:comparing|recruiting|enrolling)\b|"
          # interim funding: "currently available in England through the Cancer Drugs Fund"
          r"(?:available|funded|provided|offered)\s+(?:in\s+[A-Z]\w+\s+)?(?:only\s+)?(?:through|via|from|on|by)\s+(?:the\s+)?"
          r"(?:Cancer\s+Drugs\s+Fund|CDF|(?:an?\s+)?(?:early|expanded)\s+access\s+(?:programme|program|scheme))\b)")
INTERIM_FUNDING = lazy_regex(r"(?i)Cancer\s+Drugs\s+Fund|\bCDF\b|"
                             r"\b(?:early|expanded)\s+access\s+(?:programme|program|scheme)")
MONTH_AND_YEAR = lazy_regex(rf"(?i){MONTH}\.?,?\s+(?:19|20)\d\d")
AWAITED_DATA = lazy_regex(r"(?i)\b(?:read-?outs?|reads?\s+out|results|data|findings|analys[ei]s|top-?line)\b")
# What is booked rather than claimed: "echo due in May", "next scan scheduled for June".
BOOKED = lazy_regex(r"(?i)(?:due|scheduled|booked|planned)\b")
APPOINTMENT = lazy_regex(r"(?i)\b(?:echo|echocardiogram|MUGA|scans?|CT|MRI|PET|bloods?|labs?|appointment|"
                         r"visit|follow-?up|mammogram|injection|dose|infusion|cycle|biopsy|review)\s+(?:is\s+|are\s+)?\Z")
# A status cell of a dated table: "Phase 1b (Beamion LUNG-1)", "In phase 3 (HERIZON-GEA-01)".
STATUS_CELL = lazy_regex(rf"(?i)[\s|*_]*(?:{PHASE}|{STATUS})\b")
# "within about two weeks": a span from the article's date (the claims find it, _stated_date reads it)
NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
WITHIN = r"within\s+(?:about\s+|around\s+|roughly\s+)?"
COUNT = rf"{'|'.join(NUMBERS)}|[1-9]"
CLAIMS = [
    rf"(?i)\bas\s+(?:of|at)\s+(?:(?:early|mid|late)[- ]\s*|"
    rf"(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?{WHEN}",
    r"(?i)\bat\s+(?:the\s+)?time\s+of\s+(?:this\s+)?(?:writing|publication|going\s+to\s+press)|"
    r"\bas\s+(?:of|at)\s+(?:this|the\s+time\s+of)\s+(?:month|week|year|writing|update|revision|review|edition|"
    r"spring|summer|autumn|fall|winter|newsletter|issue|bulletin|post|article|page)|"
    r"\bas\s+of\s+(?:today|now)|"
    # "As we publish this in March 2024, ..."
    rf"\bas\s+(?:we|I)\s+(?:publish|write|go\s+to\s+press)(?:\s+this)?(?:\s+(?:in|on))?\s+{WHEN}|"
    r"\bat\s+the\s+time\s+(?:this|of\s+this)\s+(?:was|article\s+was)\s+written",
    rf"(?i)\b(?:currently|presently|right\s+now|at\s+present|so\s+far|to\s+date|still|now)\s+{STATUS}",
    r"(?i)\b(?:FDA|the\s+agency|regulators)\s+(?:is|are)\s+(?:currently\s+|still\s+|now\s+)?reviewing\b|"
    r"\bunder\s+(?:FDA|regulatory|priority)\s+review\b|"
    # "the application has priority review, with an action date in the second quarter"
    r"\b(?:has|have|with|granted|received|given)\s+(?:an?\s+)?(?:FDA\s+)?priority\s+review\b",
    r"(?i)\b(?:not|(?:is|are|has|have|was)n['’]t)\s+yet\s+(?:been\s+)?(?:FDA[- ])?approved|"
    r"\bhas\s+yet\s+to\s+(?:be|receive)\s+(?:FDA\s+)?approv\w*|"
    # a trial that "has not yet reported" (its results are still to come)
    r"\b(?:has|have)\s+not\s+yet\s+(?:reported|read\s+out)\b|\b(?:has|have)n['’]t\s+yet\s+(?:reported|read\s+out)\b|"
    # "BLA not yet filed": a regulatory step still to come
    r"\b(?:BLA|sBLA|NDA|sNDA|application|filing|submission)\s+(?:is\s+|has\s+)?not\s+yet\s+(?:been\s+)?(?:filed|submitted|made)",
    rf"(?i)\b(?:is|are|was|were)\s+(?:currently\s+)?(?:expected|anticipated|likely|set|scheduled|due|hoped)\s+"
    rf"to\s+(?:be\s+)?(?:commercially\s+|widely\s+|generally\s+)?"
    rf"(?:approved|available|launched|licensed|reported|published|reach\s+\w+|follow|come|arrive|"
    rf"report|read\s+out|make\s+(?:its|a|the)\s+decision|decide|rule|issue\s+(?:its|a)\s+\w+)[^.;]{{0,60}}?"
    rf"\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "Roche expects the FDA to approve the combination later in 2020", "to make a decision by July 2017"
    rf"(?i)\b(?:expects?|expected|anticipates?|hopes?)\s+(?:the\s+)?(?:FDA|agency|regulators)\s+to\s+"
    rf"(?:approve|decide|rule|act|consider|review|(?:make|reach|issue)\s+(?:its|a|the)\s+decision)\b[^.;]{{0,60}}?\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "the phase 3 trial ... should read out in 2022"
    rf"(?i)(?:\b(?:should|will|is\s+due\s+to|is\s+set\s+to)\s+(?:read\s+out|report(?:\s+results)?|be\s+reported)|"
    rf"\breads\s+out)\b"
    rf"[^.;]{{0,40}}?\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "a decision is expected later this year": a date the article's own date gives.
    # ("will be presented at the ESMO meeting later this month")
    r"(?i)\b(?:(?:expected|expects?|anticipated|due|likely|scheduled|planned|plans|intends)\s+"
    # (not a newsletter's own framing: "stories likely to matter this year")
    r"(?!to\s+(?:matter|shape|dominate|make\s+(?:headlines|news)|be\s+(?:important|interesting|big|busy))\b)"
    # "Doctors expect the approval to be widened to this earlier stage later this year"
    r"(?:(?:the|an?|its)\s+(?:[\w-]+\s+){0,2}?)?(?:to\s+[^.;]{1,80}?\s+)?"
    # "data are expected at a meeting later this year"
    r"(?:at\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|congress|conference)\s+)?|"
    r"will\s+be\s+(?:presented|reported|published|announced|released)\s+(?:[^.;]{1,60}?\s+)?|"
    # "the FDA will review the NeoSphere data later this year", "She thinks the FDA will approve it
    # for second line sometime this year", "KATHERINE ... will report by the end of the year"
    r"(?:FDA|EMA|NICE|agency|regulators)\s+will\s+(?:review|approve|decide|rule|act)\b(?:[^.;]{1,60}?\s+)?|"
    r"will\s+(?:report|read\s+out)\s+(?:[^.;]{1,40}?\s+)?|"
    # "Roche has said it will file with the FDA this year"
    r"will\s+(?:file|submit|apply)\b\s+(?:[^.;]{1,40}?\s+)?)(?:some\s?time\s+)?"
    r"(?P<relative>(?:later\s+|earlier\s+)?this\s+(?:year|month|spring|summer|autumn|fall|winter)|next\s+(?:year|month)|"
    # "expected any week now": a month or two from the article's date
    r"any\s+(?:day|week|month)\s+now|imminently|"
    # "a decision is expected in the coming weeks": a few months from the article's date (not a
    # newsletter's "decisions due in the coming months", its own framing)
    r"(?<!due\s)in\s+the\s+(?:coming|next\s+few)\s+(?:weeks|months)|"
    r"by\s+the\s+end\s+of\s+(?:this|the)\s+(?:year|month)|"
    # "the FDA decision is due by December 18": a day of the article's year
    rf"(?:by|on|before|in|(?:by\s+)?(?:the\s+)?end\s+of)\s+{MONTH}(?![a-z])(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})|(?![\s,.]*\d))|"
    # "expected at SABCS in December": this year's meeting
    r"at\s+(?:the\s+)?(?:SABCS|ASCO|ESMO|ASH|AACR|San\s+Antonio)\b(?!\s+(?:19|20)\d\d))",
    rf"(?i)\b(?:approval|(?:an?\s+|the\s+)?(?:(?:FDA|EMA|regulatory)\s+)?decision|launch(?:es)?|go-?live|roll-?out|results|findings|data|"
    rf"top-?line(?:\s+(?:results|data))?|(?:an?\s+|the\s+)?s?(?:NDA|BLA)(?:\s+(?:filing|submission))?|"
    # "Label expansion to ultralow expected sometime in 2025"
    rf"(?:label|indication)\s+(?:expansion|extension|update|change)|(?:[\w-]{{1,30}}\s+)?label|"
    rf"(?:(?:a|the)\s+)?read-?outs?|(?:primary\s+)?completion|(?:(?:first|final|interim|primary)\s+)?(?:\w+\s+)?analys[ei]s|filing|submission|(?:FDA\s+)?action(?:\s+date)?|"
    rf"(?:(?:final|updated?|new|draft)\s+)?(?:recommendation|guidance|guideline|statement|update|revision|draft)s?)"
    # ("an FDA decision covering HER2-low and ultralow disease is expected in early 2025")
    rf"(?:\s+(?:for|from|of|on|in|to|covering|about|regarding|concerning)\s+[^.;]{{1,80}}?)?,?\s+"
    rf"(?:is\s+|are\s+)?(?:not\s+)?(?:widely\s+|now\s+|generally\s+)?(?:expected|anticipated|due|likely|possible|plausible|planned|scheduled|"
    # a note's guess: "readout maybe 2025"; "primary completion estimated 2024"
    rf"maybe|perhaps|probably|estimated|projected)"
    rf"(?:,?\s*(?:perhaps|possibly|probably|likely))?\s+"
    rf"(?:(?:{TIMED}|for)\s+(?:the\s+)?|{MEETING}|by\s+the\s+(?:PDUFA\s+)?(?:(?:target|goal|action)\s+)?date\s+(?:in|of|on)\s+)?"
    rf"{WITHIN_YEAR}?{WHEN}",
    # "doctors hope it will be approved for lung cancer later in 2022"
    rf"(?i)\b(?:hope|hopes|hoped|expect|expects|anticipate|anticipates)\s+(?:that\s+)?(?:it|they|this|[\w-]+)\s+"
    rf"(?:will|would|could|might)\s+(?:be\s+|become\s+)?(?:approved|available|licensed)\b[^.;]{{0,60}}?"
    rf"\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "the company expects a decision in the second half of 2020", "anticipates FDA approval by mid-2024",
    # "expect the 2L approval around mid-2022"
    rf"(?i)\b(?:expects?|expected|anticipates?|anticipated|promised|promises)\s+"
    # "NICE ... expects to publish a decision in spring 2021"
    rf"(?:to\s+(?:publish|issue|make|announce|reach|give|receive|get)\s+)?(?:an?\s+|the\s+|its\s+)?(?:(?:FDA|EMA|US|U\.S\.|"
    rf"regulatory|supplemental|final|2L|1L|second-line|first-line)\s+)?"
    rf"(?:decision|approval|launch|ruling|answer|verdict|results|data|filing|submission)\b"
    rf"[^.;]{{0,40}}?\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "a decision could come later this year", "I would expect an FDA decision in the first half of next year"
    r"(?i)\b(?:(?:decision|approval|answer|ruling|verdict|results?|data)\s+(?:could|might|may|will|would|should)\s+"
    r"(?:come(?:\s+out)?|arrive|follow|be\s+(?:made|announced|issued|given|known|out|published|reported))|"
    r"expect\s+(?:an?\s+|the\s+)?(?:(?:FDA|EMA|regulatory|final)\s+)?(?:decision|approval|answer|ruling|verdict))\s+"
    r"(?:(?:in\s+)?the\s+(?:first|second)\s+half\s+of\s+|(?:early|late)\s+|sometime\s+)?"
    r"(?P<relative>(?:later\s+|earlier\s+)?this\s+year|next\s+year|by\s+the\s+end\s+of\s+(?:this|the)\s+year)",
    # "its results could lead to a wider approval, possibly in 2024"
    rf"(?i)\b(?:could|may|might|should|will|would)\s+lead\s+to\s+(?:an?\s+|the\s+)?"
    rf"(?:(?:wider|broader|new|first|full|FDA|US|U\.S\.)\s+)?(?:approval|licen[cs]e|label(?:\s+expansion)?)\b[^.;]{{0,40}}?"
    rf"(?:possibly\s+|perhaps\s+|probably\s+|likely\s+)?{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "a decision could come in 2025", "approval for HER2-low could come in 2023", "an expanded
    # indication could come during 2022"
    rf"(?i)\b(?:decision|approval|answer|ruling|verdict|results?|data|indication|label(?:\s+expansion)?)"
    rf"(?:\s+(?:for|on|in|of)\s+[^.;,]{{1,40}}?)?\s+(?:could|might|may|should|would)\s+"
    rf"(?:come|arrive|follow|be\s+(?:made|announced|issued|given|known))\s+{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "the expectation was that the FDA would act on ultralow sometime in 2025"
    rf"(?i)\b(?:expectation|consensus|word|talk|rumou?r|feeling|thinking|hope)\b[^.;]{{0,60}}?\b(?:is|was)\s+that\s+"
    rf"(?:the\s+)?(?:FDA|agency|regulators|EMA)\s+(?:would|will|could|might|should)\s+(?:act|decide|approve|rule|respond)\b"
    rf"[^.;]{{0,60}}?\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "Phesgo is expected to be available to patients within about two weeks" (not "death is
    # expected within 6 months", a prognosis)
    r"(?i)\b(?:is|are)\s+(?:expected|due|likely|set|scheduled)\s+to\s+(?:be\s+)?(?:commercially\s+|widely\s+)?"
    r"(?:available|approved|launched|on\s+sale|reach\s+\w+)\b(?:[^.;]{0,40}?\s)?"
    rf"(?P<relative>{WITHIN}(?:{COUNT})\s+(?:weeks?|months?))",
    # "my oncologist's guess is an approval around early 2025": a forecast with its date
    rf"(?i)\b(?:guess|bet|estimate|prediction|forecast)\s+is\s+(?:that\s+)?(?:an?\s+|the\s+)?(?:FDA\s+)?"
    rf"(?:approval|decision|launch)\s+(?:around|by|in|before|sometime\s+in)\s+{WITHIN_YEAR}?{WHEN}",
    # "we expect to start offering it by the end of 2020": a plan with its date
    rf"(?i)\b(?:expect|expects|plan|plans|hope|hopes|aim|aims|intend|intends)\s+to\s+(?:start\s+|begin\s+)?"
    rf"(?:offer|offering|use|using|stock|stocking|provide|providing|launch|file|submit|apply)\b[^.;]{{0,80}}?"
    rf"\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "Puma has filed the sNDA; no action date yet", "small N0 tumours: no trial data yet"
    r"(?i)\bno\s+(?:FDA\s+)?(?:action|decision|PDUFA|target)\s+date\s+(?:set\s+)?yet\b|"
    r"\bno\s+(?:trial\s+|published\s+|randomi[sz]ed\s+|phase\s+3\s+)?(?:data|results|evidence)\s+yet\b",
    # "DESTINY-Breast09 ... was not yet presented, but is widely expected in 2025"
    rf"(?i)\b(?:is|are)\s+(?:widely\s+|now\s+|generally\s+)?(?:expected|anticipated|due)\s+{TIMED}\s+"
    rf"{WITHIN_YEAR}?{WHEN}",
    # "approval probably early 2020", "readout possibly next year"
    rf"(?i)\b(?:approval|decision|launch|filing|read-?out|results)\s+(?:is\s+|are\s+)?(?:probably|likely|possibly|perhaps)\s+"
    rf"(?:{TIMED}\s+)?{WITHIN_YEAR}?{WHEN}",
    # "a law ... keeps coverage ... in place for the next two years"
    rf"(?i)\b(?:for|over)\s+the\s+(?P<relative>next\s+(?:{COUNT})\s+(?:years?|months?))\b",
    # "the first approvals are expected in the next year or two"
    rf"(?i)\b(?:expected|due|likely|anticipated)\s+(?:with)?in\s+the\s+(?P<relative>next\s+(?:year\s+or\s+two|couple\s+of\s+years|"
    rf"(?:{COUNT})\s+(?:years?|months?)))\b",
    # "Watch for an FDA decision in 2024"
    rf"(?i)\b(?:watch|look)\s+(?:out\s+)?for\s+(?:an?\s+|the\s+)?(?:FDA\s+|regulatory\s+)?"
    rf"(?:decision|approval|filing|read-?out|results)\s+{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "Final recommendation expected after public comment, probably in 2024"
    rf"(?i)\b(?:expected|due|anticipated)\b[^.;]{{0,40}}?,\s*(?:probably|likely|possibly|perhaps)\s+"
    rf"{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "an after-surgery licence is being applied for": a filing under way, as of the article's date
    r"(?i)\b(?:licen[cs]e|approval|indication|label)\s+(?:is|are)\s+(?:now\s+)?being\s+"
    r"(?:applied\s+for|sought|requested)\b",
    # "readout possibly next year", "approval likely later this year"
    r"(?i)\b(?:approval|decision|launch|filing|read-?out|results)\s+(?:is\s+|are\s+)?(?:probably|likely|possibly|perhaps)\s+"
    r"(?P<relative>next\s+year|(?:later\s+)?this\s+year)\b",
    # "Enhertu might be approved for lung in a couple of years"
    r"(?i)\b(?:might|could|may|should|will|would)\s+be\s+(?:FDA[- ])?approved\b[^.;]{0,40}?\bin\s+"
    r"(?P<relative>(?:a|the\s+next)\s+couple\s+of\s+years)\b",
    # "when the DESTINY-Breast04 results are published, which we expect in 2022"
    rf"(?i)\bwhich\s+(?:we|they|I|the\s+company|is|are)\s+(?:now\s+)?(?:expect(?:ed)?|anticipated?|due)\s+"
    rf"(?:to\s+\w+\s+)?{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "| Phase 3 (TULIP) ongoing |": a trial's status, as of the article's date
    rf"(?i)\b{PHASE}\b[^.;|]{{0,40}}?\b(?:ongoing|recruiting|enrolling|under\s+way|underway)\b",
    # "| Zanidatamab | ... | Phase 2b; BLA planned |": a filing planned, as of the article's date
    r"(?i)\b(?:s?BLA|s?NDA|filing|submission)\s+(?:is\s+|are\s+)?(?:planned|in\s+preparation|to\s+follow)\b",
    # "A US filing based on these data is expected.": an event expected, timed by the article's date
    r"(?i)\b(?:a|an|the)\s+(?:US\s+|U\.S\.\s+|FDA\s+)?(?:filing|submission|application|decision|approval)\b[^.;]{0,40}?"
    r"\b(?:is|are)\s+(?:now\s+)?expected(?=\s*(?:[.;]|$))",
    # "the company hopes to file in the US next year"
    r"(?i)\b(?:expects?|plans?|intends?|hopes?|aims?)\s+to\s+(?:file|submit|apply)\b[^.;]{0,40}?\b"
    r"(?P<relative>next\s+year|(?:later\s+)?this\s+year)\b",
    # "a filing is expected in the coming years": a regulatory step, three years at most (not
    # "rates are likely to rise in the coming years", a forecast of no step)
    r"(?i)\b(?:filing|submission|application|approval|decision|launch|label(?:\s+expansion)?)\b[^.;]{0,40}?"
    r"\b(?:expected|anticipated|due|likely|planned)\s+(?P<relative>in\s+the\s+(?:coming|next\s+few)\s+years)\b",
    # "Primary completion isn't expected until 2025"
    rf"(?i)\b(?:primary\s+)?(?:completion|read-?out|results|data)\s+(?:is|are)n['’]t\s+expected\s+"
    rf"(?:until|before)\s+{WITHIN_YEAR}?{WHEN}",
    # "Daiichi/AZ plan to file for a tissue-agnostic indication", "Kadcyla's maker plans to ask the
    # FDA to approve this use": a filing planned, as of the article's date
    r"(?i)\b(?:expects?|plans?|planning|intends?|intending|hopes?|aims?)\s+to\s+(?:file\s+for|"
    r"ask\s+(?:the\s+)?(?:FDA|regulators|agency)\s+(?:to\s+approve|for\s+(?:its\s+)?approval))\b"
    # (a year later in the sentence times it: "..., and a decision could come in 2025" is the claim)
    r"(?![^.;]*\b(?:19|20)\d\d\b)",
    # "FDA decision on accelerated approval pending (priority review)"
    rf"(?i){DECISION_PENDING}",
    # "Jazz expects to file with the FDA soon": a plan timed by the article's date
    r"(?i)\b(?:expects?|plans?|intends?|hopes?|aims?)\s+to\s+(?:file|submit|apply|seek\s+(?:FDA\s+)?approval)\b"
    r"[^.;]{0,40}?\b(?:soon|shortly|in\s+the\s+coming\s+(?:weeks|months))\b",
    # "As of September, screening volumes were still down": a month of the article's year or the one before
    rf"(?i)\bas\s+(?:of|at)\s+(?P<relative>{MONTH}(?<![a-z]{{4}}\.))(?![a-z])(?![\s,]*\d)",
    # "The updated rule takes effect in September", "comes into force on 10 September 2024"
    rf"(?i)\b(?:takes?|will\s+take|goes?\s+into|will\s+go\s+into|comes?\s+into|will\s+come\s+into)\s+"
    rf"(?:effect|force)\s+(?P<relative>(?:in|on|by)\s+{MONTH}(?<![a-z]{{4}}\.)(?![a-z])(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})|"
    rf"(?![\s,.]*\d)))",
    rf"(?i)\b(?:takes?|will\s+take|goes?\s+into|will\s+go\s+into|comes?\s+into|will\s+come\s+into)\s+"
    rf"(?:effect|force)\s+{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "(program rules in effect January 2019)": terms stated as of a date
    rf"(?i)\b(?:rules?|terms|prices?|costs?|policy|policies|coverage|criteria|fees?)\s+(?:in\s+effect|current|valid)\s+"
    rf"(?:as\s+of\s+|from\s+|in\s+|on\s+|since\s+)?{WHEN}",
    # "status at 26 February 2024, not FDA-approved": a status and its date
    rf"(?i)\bstatus\s+(?:at|on|as\s+(?:of|at))\s+{WHEN}",
    # "PDUFA target date 18 December 2020", "BLA accepted; PDUFA May 2023": the day the FDA means
    # to decide by.
    rf"(?i)\b(?:PDUFA|FDA)\s+(?:(?:target|goal|action)\s+)*date\s*(?:of|is|:|was\s+set\s+for|(?:is\s+)?expected)?\s*"
    rf"(?:{TIMED}\s+)?{WITHIN_YEAR}?{WHEN}",
    #   (a bare "PDUFA May 2023", "PDUFA late 2024"; not the user-fee law: "PDUFA in 2017")
    rf"(?i)\bPDUFA\s*:?\s*(?!(?:in|of|by|from|since|until)\b){WITHIN_YEAR}?{WHEN}",
    # "we may see FDA action on a tumour-agnostic indication in 2024": a regulator's step foreseen
    rf"(?i)\b(?:may|might|could|should|will|would)\s+(?:well\s+)?(?:see|get|have)\s+(?:an?\s+|the\s+)?"
    rf"(?:(?:FDA|EMA|regulatory)\s+)?(?:action|approval|decision|label\s+expansion)\b[^.;]{{0,60}}?\b{TIMED}\s+"
    rf"{WITHIN_YEAR}?{WHEN}",
    # "..., expected in 2022.": an expectation put after what it expects.
    rf"(?i)(?:(?<=[,;(:—–])|(?<=[,;(:—–]\s))(?:now\s+|currently\s+)?(?:expected|anticipated|due)\s+"
    rf"(?:to\s+be\s+(?:approved|available|launched|licensed)\s+)?(?:{TIMED}\s+)?{WITHIN_YEAR}?{WHEN}",
    # "Neoadjuvant use under discussion - FDA advisory committee later this year"
    r"(?i)\badvisory\s+committee\b[^.;]{0,40}?\b(?P<relative>(?:later\s+|earlier\s+)?this\s+(?:year|month)|next\s+(?:year|month))",
    # "I expect an sBLA within months and approval sometime next year", "it gets approved sometime
    # next year"
    r"(?i)\b(?:approval|(?:gets?|be|being|is)\s+approved\b[^.;]{0,40}?)\s+(?:by\s+|some\s?time\s+|later\s+)?"
    r"(?P<relative>next\s+year|(?:later\s+)?this\s+year)\b",
    # "Tucatinib should be approved sometime in 2020", "could be licensed by 2021"
    rf"(?i)\b(?:should|will|would|could|may|might)\s+(?:soon\s+|finally\s+)?(?:be|get)\s+(?:FDA[- ])?"
    rf"(?:approved|licensed|licenced)\b[^.;]{{0,40}}?\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "Puma says the FDA should make a decision on neratinib sometime in 2017"
    rf"(?i)\b(?:FDA|agency|regulators)\s+(?:should|will|would|could|is\s+to)\s+(?:make|reach|issue)\s+(?:a|its|the)\s+"
    rf"decision\b[^.;]{{0,60}}?\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "MARIANNE ...; enrolment complete, results awaited": a trial's status, as of the article's date
    r"(?i)\b(?:enrol+ment\s+(?:is\s+)?(?:complete|completed|closed)|(?:trial|study)\b[^.;]{0,60}?)[,;]?\s+"
    r"results\s+(?:are\s+)?(?:still\s+)?(?:awaited|pending)\b",
    # "Full data have not yet been released", "detailed results haven't been presented yet"
    r"(?i)\b(?:full|detailed|complete|final)\s+(?:data|results)\s+(?:have|has)(?:\s+not|n['’]t)\s+(?:yet\s+)?been\s+"
    r"(?:released|published|presented|reported|made\s+public)\b",
    # "MacroGenics plans a BLA submission in 2019"
    rf"(?i)\b(?:plans?|planning|expects?|intends?)\s+(?:an?\s+|its\s+|the\s+)?(?:s?BLA|s?NDA|US|FDA|regulatory)?\s*"
    rf"(?:filing|submission|application)\b[^.;]{{0,30}}?\b{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
    # "waiting for the FDA to update the label, hopefully in 2022"
    rf"(?i)\b(?:waiting|wait|waits)\s+for\s+(?:the\s+)?(?:FDA|EMA|NICE|agency|regulators)\s+to\s+"
    rf"(?:update|approve|decide|expand|extend|rule|act)\b[^.;]{{0,50}}?\b(?:hopefully\s+)?{TIMED}\s+{WITHIN_YEAR}?{WHEN}",
]
# A condition just before a claim: "if still recruiting", "if it's still in trials".
CONDITIONED = lazy_regex(rf"(?i)\b(?:if|unless|whether|in\s+case)\s+{CONDITION_SUBJECT}\Z")
EXPECTS = lazy_regex(r"(?i)\b(?:expected|expects?|anticipated|promised|promises|scheduled|due|hoped|hopes?|"
                     r"watch\s+for|look\s+(?:out\s+)?for|"
                     r"hopefully|plans?|waiting|wait|estimated|projected|next\s+(?:year|month)|later\s+this|"
                     r"likely|possible|plausible|maybe|perhaps|probably|could|might|will|would|should|PDUFA|guess|bet|estimate|prediction|forecast|"
                     # (the verb, not the month: "we may see", not "As of May 2026")
                     r"(?-i:may)(?![\s,]+\d)|"
                     r"reads\s+out|within|action\s+date|target\s+date)\b")
# A claim that something is not (yet) approved: what an approval contradicts outright.
DENIES = lazy_regex(
    r"(?i)(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:received\s+)?(?:FDA[- ])?approv\w*|"
    r"\byet\s+to\s+(?:be|receive)\s+(?:FDA\s+)?approv\w*|\b(?:awaiting|waiting\s+(?:on|for))\s+(?:FDA\s+)?approval|\bpending\s+(?:FDA\s+)?approval|"
    r"\bunapproved|\binvestigational|\bexperimental|\bexpected\s+to\s+be\s+approved|\bstill\s+under\s+investigation|"
    r"\b(?:only|still)\s+(?:available\s+)?(?:in|through)\s+(?:a\s+)?(?:clinical\s+)?trials?|"
    r"\bnot\s+(?:yet\s+)?available\s+(?:outside|except\s+in)\s+(?:of\s+)?(?:an?\s+)?(?:clinical\s+)?(?:trials?|stud(?:y|ies)|research)|"
    r"\bunder\s+(?:FDA\s+)?(?:priority\s+)?review|\b(?:under|in)\s+development|"
    r"\b(?:FDA|the\s+agency|regulators)\s+(?:is|are)\s+(?:still\s+)?reviewing|"
    rf"\bno\s+(?:FDA[- ])?approval|"
    rf"\bno\s+(?:[\w-]+\s+){{0,4}}(?:is|are|has\s+been|have\s+been)\s+(?:yet\s+)?(?:FDA[- ])?approved|"
    rf"\b(?:neither|none)\s+(?:of\s+them\s+)?(?:is|are|has\s+been|have\s+been)\s+(?:yet\s+)?"
    rf"(?:FDA[- ])?approved|"
    rf"\bawaiting\s+(?:an?\s+)?(?:FDA\s+)?decision|\bin\s+(?:a\s+)?{PHASE}\b|"
    r"\b(?:has|have|with|granted|received|given)\s+(?:an?\s+)?(?:FDA\s+)?priority\s+review|"
    rf"{DECISION_PENDING}|"
    r"\b(?:plans?|planning|intends?)\s+to\s+(?:file\s+for|ask\s+(?:the\s+)?(?:FDA|regulators|agency))\b")
# A claim that awaits a new approval ("regulators are reviewing the results"), not one that denies
# any: an approval from before it is no answer to it.
AWAITS = lazy_regex(r"(?i)\b(?:reviewing|under\s+(?:FDA\s+)?(?:priority\s+)?review|pending|awaiting|"
                    r"priority\s+review|expected\s+to\s+be\s+approved|plans?\s+to\s+(?:file|ask)|"
                    r"planning\s+to|intends?\s+to)\b")
DENIES_ANY = lazy_regex(r"(?i)(?:\bnot|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:FDA[- ])?approv\w*|\bunapproved|"
                        r"\binvestigational|\bexperimental|\bno\s+(?:FDA[- ])?approval|"
                        r"\bonly\s+(?:available\s+)?(?:in|through)\s+(?:a\s+)?(?:clinical\s+)?trials?")
# An approval stated with its limits, which the years may widen: "approved only in the United States
# and Japan" (lasting, yet reported for its age).
RESTRICTED = lazy_regex(r"(?i)\b(?:approved|licen[cs]ed|available)\s+only\s+(?:in|for)\b|"
                        r"\bonly\s+(?:approved|licen[cs]ed|available)\s+(?:in|for)\b|"
                        r"\b(?:approved|licen[cs]ed)\s+(?:for|in)\s+[^.;]{1,40}?\s+only\b")
# A sentence that tells of an approval as past: it narrates, it does not claim.
NARRATED = lazy_regex(r"(?i)\b(?:the\s+)?FDA\s+approved\s+(?:it|them|\w+)\s+(?:in|on)\b|"
                      # "As of January 1, 2016, CMS amended the fee schedule": when a change took effect
                      r"\bas\s+of\s+(?:[^,;]{3,20},\s*(?:19|20)\d\d|[^,;]{3,30}),\s+(?:[\w-]+\s+){1,8}?"
                      r"(?<!not\s)(?<!n't\s)(?<!never\s)(?:amended|changed|introduced|adopted|"
                      r"began|started|replaced|issued|published|released|dropped|added|removed|ended|stopped)\b|"
                      r"\b(?:was|were)\s+(?:still\s+|then\s+)(?:investigational|experimental|unapproved|in\s+(?:clinical\s+)?trials|"
                      r"not\s+(?:yet\s+)?approved|under\s+(?:FDA\s+)?review)\b|"
                      # "In 2020, T-DXd had shown activity ..., but it was not yet approved." (not a
                      # status as of a date: "As of January 2019, it was not yet approved")
                      r"^(?![^\n]*\bas\s+of\b)[^\n]*?\b(?:(?:was|were)\s+not\s+yet|had\s+not\s+yet\s+been)\s+"
                      r"(?:FDA[- ])?approved\b|"
                      r"\b(?:was|were)\s+(?:(?:FDA|finally|later|eventually)[- ]\s*)?approved\s+"
                      r"(?:in|on)\s+\w+")

# A claim that states something lasting: an approval that happened does not go stale.
LASTING = (r"(?i)\b(?:is|are|has\s+been|have\s+been|was|were|became)\s+(?:now\s+|also\s+|fully\s+)?"
           r"(?:FDA[- ])?(?:approved|licensed|available)\b|"
           # a list of what was approved by then: "Approved as of Sept 2016 (MBC): trastuzumab, ..."
           r"^[\s*_-]*(?:FDA[- ])?(?:approved|licensed)\s+(?:as\s+(?:of|at)|by)\b")

# The placeholders its rules' messages may use.
FIELDS = ("claim", "why")
OPTIONS = {
    "claims": OptionSpec("list[regex]", CLAIMS,
                         "claims tied to a date; a group named 'date' holds the date a claim states"),
    "lasting": OptionSpec("regex", LASTING,
                          "a claim that states something lasting (an approval) and is not reported "
                          "for its age, unless it also says something is not approved"),
    "max_age_months": OptionSpec("int", 12, "how old a claim's date may be before it is reported (info)"),
    "warning_age_months": OptionSpec("int", 60, "how old a claim's date may be before it is a warning"),
    "new_setting": OptionSpec(
        "regex", r"(?i)\b(?:before|after)\s+surgery|\bneo-?adjuvant|\badjuvant|\bearl(?:y|ier)[- ]stage|"
                 r"\bearly\s+breast|\bfirst[- ]line|\b1st[- ]line|\b1L\b|\bin\s+combination|"
                 r"\bcombined\s+with|"
                 r"\btogether\s+with|\bbrain\s+metastas|\bother\s+(?:cancers|tumou?rs|settings|uses)|"
                 r"\bin\s+(?:Europe|the\s+(?:UK|EU)|England|Scotland|Canada|Australia|Japan|China|India)|"
                 r"\b(?:NICE|NHS|EMA|PBS)\b|\bchildren\b|\bmaintenance\b|\bHER2[- ]mut\w*|\bnon-?amplified|"
                 r"\bearly\s+(?:BC|disease|setting|HER2)|\bEBC\b|\bon\s+its\s+own\b|\bby\s+itself\b|"
                 r"\b(?:gastric|stomach|gastro-?o?esophageal|GEJ|colorectal|bowel|biliary|endometrial|"
                 r"ovarian|bladder|cervical|pancrea\w*)\b",
        "words that put an approved therapy in a new setting, where 'not yet approved' is true"),
    "therapies_file": OptionSpec("file", "her2-therapies.yml",
                                 "the approvals that contradict a claim: a built-in name or a path; "
                                 "'' for none"),
    "facts_file": OptionSpec("file", "her2-facts.yml",
                             "the dated facts (DATE010's pack) whose topic tells what came of an awaited "
                             "event that no approval names: a built-in name or a path; '' for none"),
    "date_order": OptionSpec("str", "mdy", "how to read 3/4/2012", ("mdy", "dmy")),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    options = rule.options
    # The built-in claims need one of their anchor words: most articles, and most blocks of
    # the others, hold none (and then their patterns are not even compiled).
    anchored = options["claims"] == CLAIMS
    if anchored and not _anchored(lowered_source(doc)):
        return
    claims = [compiled(pattern) for pattern in options["claims"]]
    therapies = options["therapies_file"]
    finder = finder_for(therapies) if therapies else None
    approvals = load_therapies(therapies) if therapies else ()
    dated = article_date(doc, context, options["date_order"])
    new_setting = compiled(options["new_setting"])
    lasting = compiled(options["lasting"])
    header_dates: dict[int, date] = {}  # a table -> the date its header row states its rows as of
    titled = _titled_therapy(doc, finder) if finder is not None else None
    title = doc.title
    title_trials = cache(partial(_trialled, title, approvals))
    row_firsts = cache(partial(row_first_cells, doc))
    facts = partial(_facts, options["facts_file"], therapies)
    section: Section | None = None
    naming = ""  # the section's last block before this one that may name a therapy
    current = ""  # the block before, which a sentence may refer back to ("that advice")
    for block in doc.prose_blocks:
        previous, current = current, block.text
        lowered = block.text.lower()
        if block.section is not section:
            section, naming = block.section, ""
        before, may_name = naming, finder is not None and finder.may_occur(lowered)
        if may_name:
            naming = block.text
        # a row under a header that dates it ("| Drug | Status as of Sept 2023 |"): its status cell
        # ("| Phase 1b (Beamion LUNG-1) |") is a claim as of that date, anchor word or not
        status_row = block.table is not None and block.table in header_dates
        if (anchored and not status_row and not _anchored(lowered)) or is_bibliographic_entry(block.text):
            continue
        for start, end in block.sentences:
            sentence = block.text[start:end]
            if anchored and not status_row and not _anchored(lowered[start:end]):
                continue  # the built-in claims need an anchor word in the sentence, too
            match = _first_claim(claims, sentence) or (STATUS_CELL.match(sentence) if status_row else None)
            if match is not None and BOOKED.match(match.group(0)) \
                    and APPOINTMENT.search(sentence, 0, match.start()):
                continue  # "echo due in May": a patient's appointment, no claim
            if match is None or sentence.rstrip(" *_").endswith("?") \
                    or CONDITIONED.search(sentence, 0, match.start()) is not None:
                # (a question claims nothing: "**Q: Is tucatinib still experimental?**"; nor a
                # condition: "Screen for DESTINY-Breast04 if still recruiting")
                continue
            stated = _stated_date(match, options["date_order"], dated)
            if _is_stamp(sentence, match) or block.table_header:
                # "Status as of March 2022." or a header's "Status (as of Sept 2023)" dates what
                # follows (the page's own dates are DATE001's); a row takes its header's date.
                if block.table_header and block.table is not None and stated is not None:
                    header_dates[block.table] = stated
                continue
            if stated is None and block.table is not None:
                stated = header_dates.get(block.table)
            claim_date = stated or dated
            named = finder.mentions(sentence, others=True) if finder is not None else []
            # "An investigational antibody similar to trastuzumab; the FDA is reviewing it": the
            # drug it is likened to is not what the claim is about.
            named = [mention for mention in named if not LIKENED.search(sentence, 0, mention.start)]
            # (a trial the sentence before named: "A trial called DESTINY-Breast06 ... . Results expected
            # sometime next year.")
            trialled = _trialled(sentence, approvals) or (
                {} if named else _trialled(_with_referent(block, start, end, previous), approvals))
            # A trial named stands for its drug ("DESTINY-PanTumor02 results are expected ...").
            keys = {mention.key for mention in named}
            mentions = [*(Mention(0, 0, approval.key, trial) for approval, trial in trialled.items()
                          if approval.key not in keys),
                        *(mention for mention in named if mention.key)]
            if named and not named[0].key and (named[0].start < match.start() or not mentions):
                # "Zanidatamab is currently in a phase 3 trial ... after T-DXd": the claim is the
                # other drug's, named first; the table's drugs after it are not what it is about.
                # ("As of September 2026, zanidatamab is not approved": nor the page's drug.)
                mentions = []
            elif not named and not mentions and POINTS_TO_SUBJECT.match(sentence) \
                    and (subject := _subject_before(finder, block, start)) is not None:
                # "Margetuximab ... improved PFS. The BLA was accepted ...": the filing is the drug
                # the sentence before spoke of, not the page's.
                mentions = [subject]
            elif not mentions and titled is not None and not GUIDANCE.search(sentence):
                # a page on one drug speaks of it ("When will it be available?"), not where the
                # sentence speaks of a guideline ("The USPSTF's final recommendation is expected")
                mentions = [titled]
            elif not mentions and finder is not None and block.section is not None \
                    and (headed := one_therapy(block.section.title, finder)) is not None:
                mentions = [headed]  # "### Margenza (margetuximab)" over "The FDA is reviewing it."
            elif not mentions and block.table is not None and finder is not None and (row_drug := one_therapy(
                    row_firsts().get((block.table, block.line), ""), finder)):
                mentions = [row_drug]  # "| Margetuximab | ... | Not yet approved |": the row's drug
            elif not mentions and not named and (titled_trials := title_trials() or _trialled(
                    _block_title(block.text, start), approvals)):
                # a page on one trial ("DESTINY-Breast06: journal club") speaks of its approval
                trialled = titled_trials
                mentions = [Mention(0, 0, approval.key, trial) for approval, trial in trialled.items()]
            if NARRATED.search(sentence):
                continue  # "In 2016 X was still experimental; the FDA approved it in 2020": history
            approval = _contradiction(sentence, mentions, approvals, context.today, new_setting, claim_date,
                                      tuple(trialled))
            span = block.span(start + _claim_opening(sentence, match.start()), start + match.end())
            text = " ".join(match.group(0).split())
            if approval is not None:
                mention, entry = approval
                yield finding_at(
                    rule, doc.path, span,
                    rule.format(claim=text, why=f"{_shown(mention, entry)} was FDA-approved on "
                                f"{entry.approved.isoformat()}: {entry.indication} ({entry.source})"),
                    severity=Severity.WARNING, context=sentence)
                continue
            # (the claim's own clause: "have been approved, but at the time of writing none is on sale")
            clause = sentence[max(sentence.rfind(" but ", 0, match.start()),
                                  sentence.rfind(";", 0, match.start()), 0):]
            if claim_date is None or (lasting.search(clause) and not DENIES.search(clause)
                                      and not RESTRICTED.search(clause)):
                continue
            expects = bool(EXPECTS.search(match.group(0)))
            if expects and stated is not None and stated.day == 1 and MONTH_AND_YEAR.search(match.group(0)):
                # "expected by August 2020" runs to the month's end
                stated = claim_date = date(stated.year, stated.month,
                                           calendar.monthrange(stated.year, stated.month)[1])
            written = _written(claim_date, dated, expects)
            # "Puma expects a decision in 2020" after a paragraph on neratinib: what came of it
            # is neratinib's (a drug the block named before it, else its section's last block).
            earlier = (_named_before(finder, block.text[:start] if may_name else "", before)
                       if finder is not None and not mentions else [])
            referring = _with_referent(block, start, end, previous)
            # (a claim about a drug the pack does not know, "| Zanidatamab | BLA not yet filed |", is
            # that drug's: no change of the pack came of it)
            of_another = (bool(named) and not named[0].key) or (
                block.table is not None and not mentions
                and names_another_drug(row_firsts().get((block.table, block.line), "")))
            # (interim funding awaits no approval: "available through the Cancer Drugs Fund")
            # (awaited data in a setting the sentence names came as an approval only for that
            # setting: "DESTINY-Breast09 (..., 1L): readout maybe 2025" is not answered by the
            # drug's approval in another setting that year)
            data = bool(AWAITED_DATA.search(match.group(0)) and new_setting.search(sentence))
            # (a sentence on a change of the pack's own, under a page on one trial, speaks of that
            # change first: "ASCO/CAP are expected to publish a revised guideline" in a journal club
            # on NeoSphere)
            since = "" if INTERIM_FUNDING.search(match.group(0)) else (
                (not named and not of_another
                 and _came_of_the_topic(referring, "", facts(), written, context.today))
                or _since(sentence, mentions, approvals, trialled, written, context.today, fitting_only=data)
                or (not of_another
                    and _came_of_the_topic(referring, title, facts(), written, context.today, not named))
                or _since(sentence, earlier, approvals, {}, written, context.today, fitting_only=True))
            finding = _aged(rule, doc.path, span, text, claim_date, stated is not None,
                            expects, context.today, sentence, named, since)
            if finding is not None:
                yield finding


# The texts one of which the built-in claims need: a cheap test before any regex runs.
_ANCHORS = ("being applied", "being sought", "being requested", "watch for", "look for", "look out for",
            "as of", "as at", "time of", "time this", "currently", "presently", "right now", "reviewing",
            "at present", "so far", "to date", "still", "now", "not yet", "n't yet", "n’t yet", "yet to",
            "expect", "anticipat", "promise", "scheduled", "due", "likely", "possible", "plausible", "hoped",
            "set to", "may see", "should see", "will see", "would see", "may well", "may get", "should get",
            "will get", "would get", "may have", "should have", "will have", "would have",
            "priority review", "could", "might", "hope", "plans", "planned", "plan to", "intend", "pdufa",
            "status at", "status on", "will come", "will arrive", "will follow", "will be made",
            "will be announced", "will be issued", "will be known", "would come", "should come",
            "may come", "may arrive", "lead to", "in effect", "will be presented", "will be reported",
            "will be published", "will be released", "as we publish", "as we write", "as i write",
            "read out", "will report", "should report", "under fda", "under regulatory",
            "under priority", "fda to", "action date", "target date", "guess is", "bet is", "estimate is",
            "prediction is", "forecast is", "reads out", "that the fda", "to file", "to submit", "to apply",
            "into effect", "take effect", "takes effect", "into force", "date yet", "data yet", "results yet",
            "evidence yet", "probably", "for the next", "over the next", "in the next",
            "any week", "any day", "any month", "imminently", "which we", "which they", "ongoing",
            "recruiting", "enrolling", "underway", "under way", "planned", "to follow", "in preparation",
            "maybe", "perhaps", "cancer drugs fund", "cdf", "access program", "pending", "ask the fda",
            "will review", "will approve", "will decide",
            "will file", "will submit", "will apply", "will read out", "waiting for",
            "wait for", "submission", "filing", "estimated", "projected", "approval next",
            "approval sometime", "approval some time", "approval later", "approval this",
            "approved sometime", "approved some time", "approved next", "approved later", "make a decision",
            "make its decision", "results awaited", "results are awaited", "results pending",
            "results are pending", "results still", "advisory committee", "expected 19", "expected 20",
            "ask fda")


def _anchored(lowered: str) -> bool:
    return any(anchor in lowered for anchor in _ANCHORS)


def _first_claim(claims: list[re.Pattern[str]], sentence: str) -> re.Match[str] | None:
    found = [m for pattern in claims if (m := pattern.search(sentence)) is not None]
    return min(found, key=lambda m: m.start()) if found else None


# What a date stamp may say besides its date: "Status as of March 2022", "Prices correct as at".
STAMP_WORDS = frozenset({"status", "information", "info", "data", "details", "content", "prices", "price",
                         "figures", "correct", "accurate", "current", "updated", "valid", "last", "checked",
                         "reviewed", "true", "page", "this", "list", "table", "all", "the", "is", "are"})


def _is_stamp(sentence: str, match: re.Match[str]) -> bool:
    """Whether the sentence is only a date stamp: its words besides the claim's are stamp words."""
    if not match.group(0).lower().startswith(("as of", "as at", "status")):
        return False
    rest = sentence[:match.start()] + " " + sentence[match.end():]
    return all(word in STAMP_WORDS for word in re.findall(r"[a-z]+", rest.lower()))


def _month_number(month: str) -> int | None:
    """The number of a month's name as an article writes it ("Sept." is 9), by the dates' parser."""
    first, _ = parse_date(f"{month} 1, 2000")
    return first.month if first is not None else None


MONTH_DAY = lazy_regex(rf"(?i)(?:by|on|before|in|(?:by\s+)?(?:the\s+)?end\s+of)\s+({MONTH})"
                       rf"(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?")


def _day_after(month: str, day: str | None, dated: date) -> date | None:
    """A month (and day) without its year, as the first such date from the article's month on:
    "by December 18" in an article of September 2020 is 2020-12-18; a month alone runs to its end."""
    number = _month_number(month)
    if number is None:
        return None
    year = dated.year + (number < dated.month)
    last = calendar.monthrange(year, number)[1]
    return date(year, number, min(int(day), last) if day else last)


WITHIN_SPAN = lazy_regex(rf"(?i){WITHIN}({COUNT})\s+(week|month)")
NEXT_SPAN = lazy_regex(rf"(?i)(?:next|a)\s+(?:year\s+or\s+(two)|couple\s+of\s+years|"
                       rf"({COUNT})\s+(year|month))")
SOON = lazy_regex(r"(?i)any\s+(?:day|week|month)\s+now|imminently")
COMING = lazy_regex(r"(?i)in\s+the\s+(?:coming|next\s+few)\s+(week|month|year)s")


MONTH_ONLY = lazy_regex(rf"(?i){MONTH}")


def _month_up_to(month: str, dated: date) -> date | None:
    """A month named "as of" without its year: the last such month up to the article's ("as of
    September" in an article of October 2020 is September 2020; in one of March 2021, too)."""
    number = _month_number(month)
    if number is None:
        return None
    year = dated.year if number <= dated.month else dated.year - 1
    return date(year, number, calendar.monthrange(year, number)[1])


def _month_end(dated: date, ahead: int) -> date:
    """The last day of the month `ahead` months after the article's."""
    year, month = divmod(dated.year * 12 + dated.month - 1 + ahead, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


# The last month of each season a claim may be timed by ("a decision is expected this spring").
SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}


def _stated_date(match: re.Match[str], date_order: str, dated: date | None) -> date | None:
    relative = match.groupdict().get("relative")
    if relative and dated is not None:
        # "later this year" in an article of 2020 runs to 2020's end; "next year" to 2021's;
        # "later this month" to the end of the article's month, "next month" to the next's.
        ahead = relative.lower().startswith("next")
        if (within := WITHIN_SPAN.match(relative)) is not None:
            # "within about two weeks" of an article of 1 July runs to the end of August (weeks as
            # months, rounded up)
            count, unit = within.groups()
            ahead = NUMBERS.get(count.lower(), 0) or int(count)
            return _month_end(dated, -(-ahead // 4) if unit.lower().startswith("week") else ahead)
        if (day := MONTH_DAY.fullmatch(relative)) is not None:
            return _day_after(day.group(1), day.group(2), dated)
        if (span := NEXT_SPAN.match(relative)) is not None:
            # "for the next two years" of an article of January 2016 runs to January 2018's end
            or_two, count, unit = span.groups()
            if or_two or count is None:
                return _month_end(dated, 24)  # "the next year or two", "a couple of years": two at most
            months = NUMBERS.get(count.lower(), 0) or int(count)
            return _month_end(dated, months * 12 if unit.lower().startswith("year") else months)
        if SOON.fullmatch(relative):
            return _month_end(dated, 1)  # "expected any week now"
        if (coming := COMING.fullmatch(relative)) is not None:
            # "in the coming weeks" of an article of March runs to the end of May; "in the coming
            # months" to the end of September; "in the coming years" three years on
            return _month_end(dated, {"week": 2, "month": 6, "year": 36}[coming.group(1).lower()])
        if (month := MONTH_ONLY.fullmatch(relative)) is not None:
            return _month_up_to(month.group(0), dated)
        if relative.lower().endswith("month"):
            return _month_end(dated, ahead)
        if (season := SEASON_END.get(relative.lower().rsplit(None, 1)[-1])) is not None:
            # "expected this spring" in an article of February runs to the end of May
            return _month_end(dated, (season - dated.month) % 12)
        return date(dated.year + ahead, 12, 31)
    text = match.groupdict().get("date")
    if not text:
        return None
    if re.fullmatch(r"\d{4}", text):
        year = int(text)
        # "expected in 2023" runs to the year's end; "as of 2021" is true for the year.
        return date(year, 12, 31) if 1900 < year < 2200 else None
    value, _ = parse_date(text, date_order)
    return value


def _titled_therapy(doc: Document, finder: NameFinder) -> Mention | None:
    """The one therapy the page's title names (its front matter's, else its first heading's)."""
    named = page_therapy(doc.title, finder)
    return Mention(0, 0, named.key, named.text) if named is not None else None


# How long a block's first line may be to be its title (a callout's: '!!! note "KATHERINE"').
BLOCK_TITLE_CHARS = 60


def _block_title(text: str, start: int) -> str:
    """The block's first line when it is a short title above the sentence at `start`, or ''."""
    end = text.find("\n")
    return text[:end] if 0 <= end <= BLOCK_TITLE_CHARS and end < start else ""


def _trialled(sentence: str, approvals: tuple[Approval, ...]) -> dict[Approval, str]:
    """The approvals whose trials the sentence names, each with the trial as it is written."""
    named = {}
    for approval in approvals:
        trial = approval.trial_named_in(sentence) if approval.trials else None
        if trial is not None:
            named[approval] = trial
    return named


# What, just before a therapy's name, makes it what another is likened or compared to.
LIKENED = lazy_regex(r"(?i)\b(?:similar\s+to|compared\s+(?:with|to)|versus|vs\.?|unlike|instead\s+of|"
                     rf"{SAME_TARGET})"
                     r"\s*(?:the\s+|an?\s+)?[\[(*_]*\Z")
# A guideline or the body that issues it: what a sentence may speak of rather than its page's drug.
GUIDANCE = lazy_regex(r"\b(?:USPSTF|Task\s+Force|NCCN|ESMO|NICE|ASCO\s*/\s*CAP|recommendations?|guidelines?|"
                      r"guidance)\b")
# A sentence that speaks of what the one before it said: "the Task Force has not changed that advice".
REFERS_BACK = lazy_regex(r"(?i)\b(?:that|this|the\s+same|its|their)\s+(?:advice|recommendations?|guidance|"
                         r"guidelines?|statement|position|label|indication|decision)\b|"
                         # "... will take the data to the FDA": the trial the sentence before told of
                         r"\b(?:the|these|those)\s+(?:data|results|findings)\b|"
                         # ("Full data are expected at ASCO in June": the trial the sentence before named)
                         r"^[\W_]*(?:(?:full|final|complete|mature|detailed|updated)\s+)?(?:data|results|findings)\b")


def _with_referent(block: Block, start: int, end: int, previous: str) -> str:
    """The sentence, after the one before it (in its block, else the end of the block before)
    when it refers back to that one."""
    sentence = block.text[start:end]
    if not REFERS_BACK.search(sentence):
        return sentence
    before = [s_start for s_start, s_end in block.sentences if s_end <= start]
    if before:
        return block.text[before[-1]:end]
    return f"{previous[previous.rfind('. ', 0, len(previous) - 1) + 1:].strip()} {sentence}"


# A sentence that opens by pointing to what the one before spoke of: "The BLA was accepted ...".
POINTS_TO_SUBJECT = lazy_regex(r"[\s*_]*(?:(?:The|Its)\s+(?:s?BLA|s?NDA|application|filing|submission|"
                               r"(?:FDA\s+)?(?:decision|review|approval))|It|Its)\b")


def _subject_before(finder: NameFinder | None, block: Block, start: int) -> Mention | None:
    """The therapy of the pack that the block's sentence before `start` opens with naming."""
    before = [text_start for text_start, text_end in block.sentences if text_end <= start]
    if finder is None or not before:
        return None
    named = finder.mentions(block.text[before[-1]:start], others=True)
    return named[0] if named and named[0].key else None


def _named_before(finder: NameFinder, *texts: str) -> list[Mention]:
    """The therapies named by the first of the texts that names any."""
    for text in texts:
        named = finder.mentions(text) if text else []
        if named:
            return named
    return []


def _facts(facts_file: str, therapies_file: str) -> tuple[CompiledFact, ...]:
    """The fact pack's facts, loaded when a claim first needs them."""
    if not facts_file:
        return ()
    _, facts = pack_as_shipped(facts_file, therapies_file)
    return facts


def _came_of_the_topic(sentence: str, title: str, facts: tuple[CompiledFact, ...], written: date,
                       today: date, unnamed: bool = False) -> str:
    """What came of an awaited event that no approval names ("the final recommendation is
    expected in 2024"): the first change of the pack, from the claim's year on, whose topic the
    sentence is on (its subject in the sentence, its settings there or in the page's title). A
    sentence that names no therapy may have the page's title as its subject ("Herceptin and
    Perjeta in one injection?" over "The combined injection is under FDA review")."""
    # (the sentence on its own first: "The USPSTF's final recommendation is expected any week now"
    # under a title on Enhertu speaks of the USPSTF's change)
    readings = (sentence, f"{title}: {sentence}") if unnamed and title else (sentence,)
    for reading in readings:
        for fact in facts:
            item = fact.fact
            if not (item.on and written.year <= item.since.year and item.since <= today):
                continue
            if any(claim.topic and claim.end_in(reading, title) is not None for claim in fact.claims):
                return f"; since then ({item.since.isoformat()}): {item.changed} ({item.source})"
    return ""


def _written(claim_date: date, dated: date | None, expects: bool) -> date:
    """When the claim was made: the article's date, else its own date, except that what a
    page expects "by early 2018" was written before 2018 (the approval of December 2017 may be
    what it awaited)."""
    if dated is not None:
        return min(dated, claim_date)
    return date(claim_date.year - 1, 1, 1) if expects else claim_date


def _since(sentence: str, mentions: list[Mention], approvals: tuple[Approval, ...],
           trialled: dict[Approval, str], claim_date: date | None, today: date,
           fitting_only: bool = False) -> str:
    """What came of an awaited event, from the claim's year on: the first approval of a trial
    it names ("; since then DESTINY-PanTumor02 (…) led to FDA approval on …"), else of a
    therapy it names, for the indication the sentence names if it names one ("; it came:
    Enhertu … was FDA-approved on 2022-05-04 …"); '' when nothing came. A therapy named only
    before the sentence (fitting_only) counts for an indication the sentence names."""
    if claim_date is None:
        return ""
    def came(approval: Approval) -> bool:
        return approval.approved.year >= claim_date.year and approval.approved <= today

    def first(approval: Approval) -> tuple[bool, date]:
        # (one after the claim was written first: a page of June 2024 awaited no approval of
        # April 2024, though a page's date may be a later update than the claim's own)
        return approval.approved < claim_date, approval.approved
    later = sorted(((approval, trial) for approval, trial in trialled.items() if came(approval)),
                   key=lambda pair: first(pair[0]))
    if later:
        approval, trial = later[0]
        return (f"; since then {trial} ({approval.name}) led to FDA approval on "
                f"{approval.approved.isoformat()}: {approval.indication} ({approval.source})")
    lowered = sentence.lower()
    for mention in mentions:
        entries = [a for a in approvals if a.key == mention.key and came(a)]
        fitting = [a for a in entries if a.fits(lowered)]
        for approval in sorted(fitting if fitting or fitting_only else entries, key=first)[:1]:
            return (f"; it came: {_shown(mention, approval)} was FDA-approved on "
                    f"{approval.approved.isoformat()}: {approval.indication} ({approval.source})")
    return ""


def _contradiction(sentence: str, mentions: list[Mention], approvals: tuple[Approval, ...],
                   today: date, new_setting: re.Pattern[str], claim_date: date | None,
                   trialled: tuple[Approval, ...] = ()) -> tuple[Mention, Approval] | None:
    """The therapy the claim says is not approved, with the approval that says otherwise. A
    new setting excuses the claim only for a drug approved by its date: before its first
    approval, "in a phase 2 trial that includes brain metastases" is the drug's whole story."""
    denies = DENIES.search(sentence) is not None
    lowered = sentence.lower()
    if denies and claim_date is not None:
        # what was not approved when the claim was made is what it denies, before a partner
        # approved long since ("a Herceptin-plus-Perjeta injection called Phesgo is still waiting
        # on FDA approval")
        mentions = sorted(mentions, key=lambda mention: _approved_by(mention, approvals, claim_date))
    for mention in mentions:
        entries = [a for a in approvals if a.key == mention.key]
        first = min((a.approved for a in entries), default=None)
        approved_then = claim_date is None or first is None or first <= claim_date
        if not denies and approved_then:
            continue  # "still being studied" of a drug approved by then: a new trial, perhaps
        fitting = [a for a in entries if a in trialled or a.fits(lowered)]
        setting = new_setting.search(sentence) if approved_then else None
        if setting is not None and not any(a.fits(setting.group(0).lower()) for a in fitting):
            # "not yet approved before surgery" can be true of an approved drug, and "trials are
            # testing it in earlier HER2-low disease, before surgery" of its HER2-low approval
            continue
        if not fitting:
            fitting = [a for a in entries if not a.context][:1]
            if claim_date is not None and AWAITS.search(sentence) and not DENIES_ANY.search(sentence):
                fitting = [a for a in fitting if a.approved > claim_date]
            elif claim_date is not None and denies and approved_then and FOR_THIS.search(sentence):
                # a drug approved by then denied approval "for this": its next approval, if one
                # came, not its first ("Kadcyla is not yet approved for this" after a 2018
                # paragraph on KATHERINE)
                later = [a for a in entries if a.approved > claim_date]
                fitting = sorted(later, key=lambda a: a.approved)[:1] or fitting
        for approval in sorted(fitting, key=lambda a: a.approved, reverse=True):
            if approval.approved <= today:
                return mention, approval
    return None


# A denial that points to the setting the text before named: "not yet approved for this".
FOR_THIS = lazy_regex(r"(?i)\b(?:for|in)\s+(?:this|that)\b(?!\s+(?:drug|medicine|treatment|one)\b)")


def _approved_by(mention: Mention, approvals: tuple[Approval, ...], when: date) -> bool:
    """Whether the therapy had an approval by the date."""
    return any(a.key == mention.key and a.approved <= when for a in approvals)


def _claim_opening(sentence: str, claim: int) -> int:
    """Where a finding on the claim starting at `claim` starts: the claim itself, unless a
    wrapped sentence's line opens with it, or nearly ("... is looking at Enhertu in HER2-ultralow
    disease, with results /  expected later this year."): then its clause, from its subject's line."""
    line_start = sentence.rfind("\n", 0, claim) + 1
    opens = sentence[line_start:].lstrip()[:1]
    if not line_start or not opens.islower() \
            or len(sentence[line_start:claim].split()) >= WORDS_THAT_HOLD_A_LINE:
        return claim  # (a capital opens a line of its own: a callout's "Pending" over "As of ...")
    # (a semicolon may end the line before: "... in the HER2CLIMB trial;\nresults are expected ...")
    breaks = (found + len(word) for word in (";", " but ") if (found := sentence.rfind(word, 0, claim)) >= 0)
    clause = max(breaks, default=0)
    return clause + len(sentence[clause:]) - len(sentence[clause:].lstrip())


def _aged(rule: Rule, path: str, span: object, text: str, claim_date: date, stated: bool,
          expects: bool, today: date, sentence: str, named: list[Mention], since: str = "") -> Finding | None:
    whose = "its date" if stated else "the article's date"
    # The drugs the claim is about, so that a reader of the finding alone knows what to check.
    about = f" of {', '.join(shown_names(named))}" if named else ""
    if expects and stated and claim_date < today:
        why = f"the date it expects ({claim_date.isoformat()}) has passed{since}"
        return finding_at(rule, path, span, rule.format(claim=text, why=why),  # type: ignore[arg-type]
                          severity=Severity.WARNING, context=sentence)
    months = months_between(claim_date, today)
    if months <= rule.options["max_age_months"]:
        return None
    severity = Severity.WARNING if months > rule.options["warning_age_months"] else Severity.INFO
    # A claim with its own date ("As of 2019, ...") is dated already: only its truth is in question.
    then = "" if stated else " and date it"
    return finding_at(rule, path, span,  # type: ignore[arg-type]
                      rule.format(claim=text, why=f"{whose} ({claim_date.isoformat()}) is "
                                  f"{describe_age(months)} old; check it is still true{about}{then}{since}"),
                      severity=severity, context=sentence)


def _shown(mention: Mention, approval: Approval) -> str:
    shown = " ".join(mention.text.replace("[", " ").replace("]", " ").replace("|", " ").split())
    return shown if shown.lower() == approval.name.lower() else f"{shown} ({approval.name})"


def describe(rule: Rule) -> list[str]:
    """For `medlint explain`: the approvals that contradict a claim, with their sources."""
    from linter.kinds.outdated_therapy import describe_approvals

    return describe_approvals(rule.options["therapies_file"])
