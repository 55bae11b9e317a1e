"""Dated facts: what changed, since when, on whose authority, and the statements it outdated.

A fact pack is YAML an editor can read and extend (rules/data/her2-facts.yml is the built-in
one; examples/ has one for another topic). Each fact has an `id`, what `changed`, `since` (a
date), its primary `source`, the `outdated` statements as patterns, the `current` wording to
suggest, and whether it is `confirmed` from a primary document (unconfirmed facts are off
unless a configuration enables them).

Patterns are regular expressions (matched without regard to case) with two conveniences:
`<NAME>` stands for any name of a term (a therapy id from the therapies file, such as <TDXD>,
or a term of the pack's `terms:`), its words matched across markup; ` ... ` stands for a gap
of up to 80 characters inside the sentence; and a space matches any white space (` ?` any or
none), since a sentence may break across lines.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import Any

import ahocorasick

from linter.errors import ConfigError
from linter.patterns import (
    UntrustedPattern,
    automaton,
    compiled,
    fold,
    lazy_regex,
    match_starts,
    occurs,
    rarity,
    required_text_sets,
)
from linter.therapies import (
    CLAUSE_BREAK,
    NAME_GAP,
    Approval,
    load_data,
    load_therapies,
    names_a_path,
    names_by_key,
    normalised,
)

TERM = re.compile(r"<([A-Z][A-Z0-9_]*)>")
# The stems that end international nonproprietary names of cancer drugs (INN stems: -mab
# antibodies, -tinib/-ciclib/-lisib/-parib kinase and other inhibitors, -tecan, -platin, -taxel,
# -rubicin, -strant, -trozole, -xifen): a name a pack does not know is still a drug.
OTHER_DRUG = lazy_regex(r"(?i)\b[a-z]{3,}(?:mab|tinib|ciclib|lisib|parib|tecan|platin|taxel|rubicin|strant|"
                        r"trozole|xifen)\b")
OTHER_DRUG_ENDINGS = ("mab", "tinib", "ciclib", "lisib", "parib", "tecan", "platin", "taxel", "rubicin",
                      "strant", "trozole", "xifen")


def names_another_drug(text: str) -> bool:
    """Whether the text names a drug by the stem of its name (the stems first, as text)."""
    lowered = text.lower()
    return any(ending in lowered for ending in OTHER_DRUG_ENDINGS) and OTHER_DRUG.search(text) is not None


# Fewer words than this of a statement on a wrapped line leave the statement to the line
# before, where the DATE rules report it ("... who have had two or more / HER2-targeted
# treatments", "... and an updated / draft is expected later this year").
WORDS_THAT_HOLD_A_LINE = 3
# The subject a condition may give before what it says ("if it's still in trials", "if they are
# approved"): the DATE rules read a statement right after a condition as no claim.
CONDITION_SUBJECT = r"(?:it(?:'s|’s|\s+is)\s+|they(?:'re|’re|\s+are)\s+)?"
# A question that puts the sentence before it in doubt: "Is that right?", "Is this still true?"
_ASKS_IF_IT = r"(?:is|isn't|was|are)\s+(?:that|this|it|they)\s+"
CHECKS_A_CLAIM = lazy_regex(rf"(?i)[\s*_]*{_ASKS_IF_IT}(?:still\s+)?(?:right|true|correct|so|accurate)\b")
# ... and, as DATE010 reads a post's question, whether what it reported holds at all: "Is that
# really all there is?", "Is that it??"
ASKS_WHETHER_IT_HOLDS = lazy_regex(rf"(?i)[\s*_>]*{_ASKS_IF_IT}(?:really\s+|still\s+)?"
                                   r"(?:right|true|correct|so|accurate|it|all(?:\s+there\s+is)?)\W*\?")
# A question that sets the views before it against each other: "Who is right??" after two
# doctors' advice; the writer states neither.
WEIGHS_VIEWS = lazy_regex(r"(?i)[\s*_]*(?:who|which(?:\s+one)?)(?:'s|’s|\s+is)\s+(?:right|correct)\b")
# A sentence in the first person speaks of its writer, not of a drug named around it.
FIRST_PERSON = lazy_regex(r"\b(?:I|I'm|I’m|I've|I’ve)\b|\b(?:[Mm]y|[Mm]e)\b")
# What is studied or tested, not the drug: "Researchers are also studying whether HER2-low
# cancers behave differently", "CD16A genotyping not routinely available".
STUDY_OR_TEST = (r"(?:Researchers|Scientists|Investigators|Experts|"
                 r"(?:Later|Newer|Other|Further)\s+(?:studies|trials))\s+(?![^.]*\b(?:it|its|them|this\s+drug|"
                 r"the\s+drug|this\s+medicine|the\s+medicine)\b)[^.]*\bwhether\b"
                 r"|(?:[\w/+-]+\s+){0,3}(?:genotyping|sequencing|assays?)\b"
                 # supportive care studied beside the drug: "Loperamide prophylaxis is being studied"
                 r"|(?:[\w/+-]+\s+){0,2}(?:prophylaxis|premedication|pre-medication|scalp\s+cooling)\b")
# A name's other name in brackets, when the name is the subject of the verb after it:
# "trastuzumab deruxtecan (Enhertu) is only given for HER2-positive cancers".
ALIAS_ASIDE = (r"(?:[ \t]?\([^()\n]{1,40}\)(?=[ \t]+(?:is|are|was|were|has|have|had|can|cannot|may|"
               r"might|will|would|should|must|remains?|stays?|becomes?|only|still|isn't|aren't|wasn't|"
               r"doesn't|does|do)\b))?")
# A sentence about a dose, not the drug: "The higher 6.4 mg/kg dose ... is not used in lung cancer".
DOSE_SUBJECT = (r"(?:The|This|That|A|Its|Their)\s+(?:[\w./-]+\s+){0,3}?(?:doses?|dosing|schedule|"
                r"starting\s+dose|infusion\s+rate)\b(?!\s+of\b)")
DOSE_SENTENCE = lazy_regex(rf"[\s*_\"“]*{DOSE_SUBJECT}")
# A sentence that names its own subject, not the drug named before it: "Other HER2 tablets are
# being tested too", "These are not licensed uses" (the uses the sentence before named).
OTHER_SUBJECT = lazy_regex(r"[\s*_\"“]*(?:(?:Other|Another|Further|Newer|Several|Many)\s|Others\b"
                           r"|(?:These|Those)\s+(?:are|were)\b"
                           # the news itself: '"This is a clear change in the standard of care," ...'
                           r"|(?:This|That|It)\s+is\s+an?\s+(?:[\w-]{1,20}\s+){0,2}(?:change|shift|step|advance|"
                           rf"milestone|breakthrough)\b|{STUDY_OR_TEST}|{DOSE_SUBJECT})")
STUDIED_OR_TESTED = lazy_regex(rf"[\s*_\"“]*(?:{STUDY_OR_TEST})")
# A callout's title line: its '[!tip]' or '!!! info' marker blanked to spaces, then the title
# ('!!! info "Recently approved"'), which heads the callout's text, not its first sentence.
CALLOUT_TITLE = lazy_regex(r" {4,}(\S[^\n]{0,80})\n")

# The heading or label a sentence is read under: "Thoughts: ...".
READING_LABEL = lazy_regex(r"[^:\n]{1,80}:\s+")
# A drug likened to another by what it binds: "same epitope as trastuzumab".
SAME_TARGET = r"same\s+(?:epitope|target|binding\s+site|antigen)\s+as"
# Words that name a therapy as what came before or what another is compared with.
COMPARED = lazy_regex(r"(?i)\b(?:after|following|post|beyond|vs|versus|than|over|replacing|progress\w*\s+on|"
                      r"failure\s+of|instead\s+of|compared\s+(?:with|to)|similar\s+to|treated\s+with|"
                      rf"{SAME_TARGET})\b")
# What, just before a therapy's name, makes it the one a trial beat, not the subject:
# "DESTINY-Breast03 beat Kadcyla", "superior to trastuzumab emtansine". ("After Kadcyla" and
# "vs T-DM1" may still be what a sequence claim is about.)
BEATEN = lazy_regex(r"(?i)\b(?:beat|beats|outperformed|bested|surpassed|superior\s+to|better\s+than|"
                    # "it kept the cancer under control much longer than Kadcyla"
                    r"(?:longer|further|more\s+effectively)\s+than|"
                    # "preferred second-line drug ..., ahead of T-DM1"
                    r"replacing|ahead\s+of|"
                    r"replaced|instead\s+of|compared\s+(?:with|to)(?:\s+(?:continuing|staying\s+on|carrying\s+on\s+with))?|"
                    # "would compete in 3L+ with T-DXd": the rival, not the subject
                    r"compet\w*\s+(?:in\s+[^\s,;]{1,10}\s+)?(?:with|against)|"
                    # what took another's place: "largely displaced by tucatinib and T-DXd; still used ..."
                    r"(?:displaced|replaced|superseded|supplanted|overtaken)\s+by|"
                    # a control arm's figure: "PFS 75.8% vs 34.1% with T-DM1"
                    r"(?:vs\.?|versus)\s+[\d.,]+\s*(?:%|months?|mo)?\s+(?:with|on|for))"
                    r"\s*(?:the\s+|an?\s+)?[\[(*_]*"
                    # (each of a list it governs: "displaced by tucatinib and T-DXd")
                    r"(?:[\w-]{1,30}[\])*_]*\s*(?:,|\band\b|\bor\b|&|/)\s*[\[(*_]*){0,3}\Z")
# What joins a prefix to a drug's name within another's ("ado-trastuzumab"), and the words
# that make a name a combination of drugs rather than a longer name of one.
JOINED_PREFIX = re.compile(r"[a-z]{2,6}-")
COMBINING = frozenset({"and", "or", "with", "plus", "+", "&", "/", ","})
# A clause that opens with a treatment outside the therapies speaks of it: "adjuvant T-DM1 ×14
# (KATHERINE); PMRT discussed, not indicated".
OTHER_TREATMENT = lazy_regex(r"(?i)[;,\s]*(?:(?:but|whereas|however|although|though)\s+)?(?:the\s+)?"
                             r"(?:PMRT|RT|XRT|radiotherapy|radiation|surgery|mastectomy|lumpectomy|"
                             r"reconstruction|ovarian\s+suppression|bisphosphonates?)\b")
# What makes a trial one choice among others: "enrol in trials where we can", "... if eligible".
WHERE_POSSIBLE = lazy_regex(r"(?i)\s*(?:where|when|whenever|if)\s+(?:we|you|they|possible|available|eligible|"
                            r"one\s+is\s+(?:open|available))\b(?:\s+can\b)?")
# What a claim's words are said of when an unnamed drug or a contrast comes just before them:
# "if your regimen includes a drug that has no injectable version", "the difference between a
# drug and no drug".
SAID_OF_NO_SUBJECT = lazy_regex(r"(?i)(?:\b(?:a|an|any|another|some)\s+(?:other\s+)?"
                                r"(?:drug|medicine|medication|treatment|agent|product|therapy)\s+"
                                r"(?:that|which)\s+(?:has|have|is|are|comes?)\s+"
                                r"(?:only\s+)?|\bbetween\s+(?:[\w-]+\s+){1,4}(?:and|or)\s+)\Z")


def said_of_no_subject(text: str, at: int, floor: int = 0) -> bool:
    """Whether words starting at `at` follow an unnamed drug or a contrast (SAID_OF_NO_SUBJECT),
    looked for in the 60 characters before them, not before `floor`."""
    return SAID_OF_NO_SUBJECT.search(text, max(floor, at - 60), at) is not None


# What a phase's data showed is a result, not the drug's status: "Phase 1 data showed responses".
DATA_SHOWED = lazy_regex(r"(?i)\s+(?:data|results?|findings)\s+"
                         r"(?:showed|shows?|suggested|found|demonstrated)\b")
# A wait on a payer or a committee, not on a regulator: "conversion ..., pending payer review".
PAYERS_NEXT = lazy_regex(r"(?i)\s+(?:payer|payor|insurer|insurance|prior[- ]auth\w*|P&T|formulary|committee|"
                         r"budget)s?\b")
# What ends a passage's label after its subject: "**NALA:** ...".
LABEL_END = lazy_regex(r"[*_]*:")
# What makes the drug after it the one another is compared with: "emerging data as 2nd line vs.
# trastuzumab emtansine" says "emerging" of the other drug, not of T-DM1.
VERSUS = lazy_regex(r"(?i)(?:\bvs\.?|\bversus|\bcompared\s+(?:with|to)|\bagainst)\s+\Z")
# What, just before a therapy's name, makes it what came before in a sequence: "3L after THP → T-DXd",
# "later-line after tucatinib / T-DXd".
# (Not one a relative clause goes on with: "after THP → T-DM1, which stays the 2L standard".)
AFTER_CHAIN = lazy_regex(r"(?i)\b(?:after|following|post)\s+"
                         r"(?:[\w+/-]{1,20}\s*(?:→|->|\+|/)\s*){1,4}[\[(*_]*\Z")
# A criterion that opens by naming the treatments had before: "Prior trastuzumab and T-DM1;".
PRIOR_CRITERION = lazy_regex(r"(?i)[\s*_]*(?:prior|previous(?:ly)?(?:\s+treated\s+with)?)\s+"
                             r"[^;:.\n]{1,80}[;:]")
RELATIVE_CLAUSE = lazy_regex(r"\s*(?:\([^()]{0,40}\)\s*)?,?\s*(?:which|that|who)\b")
# Words that name a trial's comparator: "the head-to-head comparison with T-DM1".
COMPARATOR = lazy_regex(r"(?i)\b(?:comparison|compared|comparing|vs\.?|versus|against)\b")
# A bracketed aside: "KATHERINE (T-DM1 vs H): results awaited" names T-DM1 only in passing.
BRACKETED = re.compile(r"\([^()]*\)")
# A clause on other drugs than the subject: ", and other antibody-drug conjugates are ...".
OTHER_DRUGS_CLAUSE = lazy_regex(r"(?i)[;,\s]*(?:and\s+)?(?:other|another|newer|several|many)\s")
# A negation just before what a claim says: "is not the standard", "doesn't usually", "without
# chemotherapy first".
NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bwithout)\s+\Z")
# A trial that "had already finished enrolling" is recruiting no more.
ENDED = re.compile(r"\b(?:finished|stopped|completed|closed|ended)\s+\Z")
RECRUITING = re.compile(r"(?i)enrol|recruit|accru")
# (a list may hold a word that names no therapy: "after trastuzumab/pertuzumab/taxane and then T-DM1")
# (not a bare comma after such a word: "after trastuzumab and a taxane, Kadcyla" names Kadcyla)
_WORD_JOIN = r"(?:/|\+|&|,?\s*\band(?:\s+then)?\b|,?\s*\bor\b|\bplus\b)"
LIST_JOIN = re.compile(rf"\s*(?:,|{_WORD_JOIN})\s*(?:(?:an?\s+)?[A-Za-z][\w-]*\s*{_WORD_JOIN}\s*)*")
TERMS_ONLY = re.compile(r"<[A-Z][A-Z0-9_]*>(?:\|<[A-Z][A-Z0-9_]*>)*")  # "<A>" or "<A>|<B>": gated by name
GAP = re.compile(r"\s+\.\.\.\s+")
GAP_REGEX = r"[^\w;](?:[^;]{0,80}?[^\w;])?"  # up to 80 characters, not across a semicolon
# A set of gate texts at least this likely in prose ('a', 'is' or '2') rules out too few
# blocks to be worth a lookup: a pattern's gates keep only rarer sets.
COMMON_GATE = 0.002
FACT_FIELDS = {"id", "drug", "changed", "since", "source", "confirmed", "enabled", "outdated",
               "claims", "topic", "unless", "unless_clause", "unless_page", "current", "keywords"}
CLAIM_FIELDS = {"about", "says", "setting", "dated_before"}


@dataclass(frozen=True)
class Claim:
    """An outdated statement read by its parts, in any order and wording: it speaks of one of
    `about` (a drug, or the HER2 drugs as a class) and says one of `says` ("not approved",
    "only in trials", "the standard") in the same clause, in a sentence that names every
    `setting` ("HER2-low", "second line"). Each part is a pattern of the pack's language,
    usually one term: "<TDXD>", "<NOT_APPROVED>"."""

    about: tuple[str, ...]
    says: tuple[str, ...]
    setting: tuple[str, ...] = ()
    # Made only by an article dated before the change: "tucatinib is experimental" in a newer
    # one is the wording DATE008 measures from the approval, and one finding is enough.
    dated_before: bool = False
    # Made by any sentence on the fact's topic in an article dated before the change: a
    # statement to check, not one known to be outdated (Fact.topic).
    topic: bool = False


# What a topic's claim "says": anything, so that naming the topic is enough.
ANYTHING = r"\S"


@dataclass(frozen=True)
class Fact:
    id: str
    changed: str
    since: date
    source: str
    outdated: tuple[str, ...] = ()
    claims: tuple[Claim, ...] = ()
    current: str = ""
    drug: str = ""  # a term (therapy id) whose first name messages show
    confirmed: bool = True
    enabled: bool = True
    unless: tuple[str, ...] = ()  # patterns that make a matching sentence current or historical
    # Patterns that make the statement current only in its own clause: "no targeted drug for
    # first-line use" is true, but not "no targeted drug is approved; first-line is chemotherapy".
    unless_clause: tuple[str, ...] = ()
    # Patterns that, in the title of the page or of the section a sentence stands in, put it on
    # another subject: another tumour's HER2 scoring keeps the >30% cut-off the breast one left.
    unless_page: tuple[str, ...] = ()
    keywords: tuple[str, ...] | None = None  # lowered texts one of which a sentence must hold
    # What the change is about: its subject ("<TDXD>") then its settings ("<HER2LOW>"). In an
    # article dated before the change, a sentence that names them all may say what the change
    # overtook in words no claim lists: it is reported to be checked.
    topic: tuple[str, ...] = ()

    @property
    def on(self) -> bool:
        return self.enabled and self.confirmed

    @property
    def all_claims(self) -> tuple[Claim, ...]:
        """Its claims, and its topic read as a claim that any sentence naming it makes."""
        if not self.topic:
            return self.claims
        topic = Claim(about=self.topic[:1], says=(ANYTHING,), setting=self.topic[1:], dated_before=True,
                      topic=True)
        return (*self.claims, topic)


class CompiledFact:
    """A fact with its patterns, compiled on first use: a pack's patterns are large term
    alternations, and compiling all of them would cost a pre-commit run of one article about
    a third of a second, though most facts never match its words."""

    def __init__(self, fact: Fact, pack: FactPack, keywords: tuple[str, ...] | None) -> None:
        self.fact = fact
        self.keywords = keywords  # lowered texts one of which a match needs (None: any text)
        self._pack = pack
        self._compiled: dict[int, re.Pattern[str]] = {}

    @cached_property
    def outdated(self) -> tuple[re.Pattern[str], ...]:
        return tuple(self.outdated_pattern(index) for index in range(len(self.fact.outdated)))

    def outdated_pattern(self, index: int) -> re.Pattern[str]:
        """One outdated pattern, compiled when a block first gets as far as trying it."""
        found = self._compiled.get(index)
        if found is None:
            found = self._compiled[index] = self._pack.pattern(self.fact.outdated[index], self.fact.id)
        return found

    @cached_property
    def starts(self) -> tuple[frozenset[str] | None, ...]:
        """Per outdated pattern, the folded texts one of which its every match begins with (the
        first word of each name of a leading term, or the literal words the pattern opens
        with), or None where the pattern may begin anywhere."""
        return tuple(self._pack.starts(text) for text in self.fact.outdated)

    @cached_property
    def unless(self) -> tuple[re.Pattern[str], ...]:
        return tuple(self._pack.pattern(text, self.fact.id) for text in self.fact.unless)

    @cached_property
    def unless_clause(self) -> tuple[re.Pattern[str], ...]:
        return tuple(self._pack.pattern(text, self.fact.id) for text in self.fact.unless_clause)

    @cached_property
    def unless_page(self) -> tuple[re.Pattern[str], ...]:
        return tuple(self._pack.pattern(text, self.fact.id) for text in self.fact.unless_page)

    def is_off_the_page(self, titles: str) -> bool:
        """Whether the page's or the section's title puts the sentences under it on another
        subject than the fact's."""
        return any(pattern.search(titles) for pattern in self.unless_page)

    @cached_property
    def claims(self) -> tuple[CompiledClaim, ...]:
        return tuple(CompiledClaim(claim, self._pack, self.fact.id) for claim in self.fact.all_claims)


    @cached_property
    def gates(self) -> tuple[tuple[GateSet, ...], ...]:
        """Per outdated pattern, its two rarest sets of literal texts (a match holds one text of
        each) that are rare enough to rule something out, read from the pattern as written with
        its terms left out: cheap to parse, and the words around the terms ('standard',
        'biosimilar') are what is rare in a HER2 article, whose every block names some drug."""
        found = []
        for text in self.fact.outdated:
            ranked = sorted((rarity(set(texts)), index, texts)
                            for index, texts in enumerate(required_text_sets(_skeleton(text), re.IGNORECASE))
                            if not any(TERM_STANDIN in gate for gate, _ in texts))
            kept = tuple(texts for chance, _, texts in ranked[:2] if chance < COMMON_GATE)
            found.append(tuple(_gate_set(texts) for texts in kept + self._pack.leading_term_ends(text)))
        return tuple(found)


class ClaimPart:
    """One part of a claim: patterns one of which must match. When each is one term ("<STANDARD>"),
    `terms` names them, and a text that holds none of their names (FactPack.terms_in) is not
    searched; a part with other patterns is searched wherever the rest of its claim may hold."""

    def __init__(self, texts: tuple[str, ...], pack: FactPack, where: str, whole_names: bool = False) -> None:
        self.texts = texts
        self._pack = pack
        self._where = where
        self._whole_names = whole_names
        bare = all(TERMS_ONLY.fullmatch(text.strip()) for text in texts)
        self.terms = frozenset(term for text in texts for term in TERM.findall(text)) if bare else None

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(self._pack.pattern(text, self._where, self._whole_names) for text in self.texts)

    def matches(self, text: str, start: int, end: int) -> list[re.Match[str]]:
        """Every pattern's matches in text[start:end], in the order they begin."""
        found = [match for pattern in self.patterns for match in pattern.finditer(text, start, end)]
        return sorted(found, key=lambda match: match.start())

    def last_end(self, text: str) -> int | None:
        """Where the text's last match of any pattern ends, or None."""
        ends = (found.end() for pattern in self.patterns for found in pattern.finditer(text))
        return max(ends, default=None)

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first pattern's match in text[start:end] (read with the text around it)."""
        stop = len(text) if end is None else end
        return next((found for pattern in self.patterns if (found := pattern.search(text, start, stop))),
                    None)


def _after_label(reading: str) -> int:
    """Where a reading's own words start, after the heading or label it is read under
    ("Thoughts: CD16A genotyping not routinely available")."""
    label = READING_LABEL.match(reading)
    return label.end() if label else 0


class CompiledClaim:
    def __init__(self, claim: Claim, pack: FactPack, where: str) -> None:
        self._pack = pack
        # (what a claim is about is a drug by its whole name: not trastuzumab in "trastuzumab
        # deruxtecan", whereas a pattern may spell out "<TRASTUZUMAB> SC" on purpose)
        self.about = ClaimPart(claim.about, pack, where, whole_names=True)
        self.says = ClaimPart(claim.says, pack, where)
        self.settings = tuple(ClaimPart((text,), pack, where) for text in claim.setting)
        self.dated_before = claim.dated_before
        self.topic = claim.topic
        # The terms of each part made of terms: a text must name one of each.
        self.terms = tuple(part.terms for part in (self.about, self.says, *self.settings) if part.terms)
        # A claim about a therapy by name: what it says must not follow another therapy's name
        # more closely ("T-DM1 -> now 3L+ or when T-DXd is unsuitable" puts T-DM1, not T-DXd, there).
        self._about_therapy = self.about.terms is not None and self.about.terms <= set(pack.drug_terms)

    def may_hold(self, present: frozenset[str]) -> bool:
        """Whether a text naming these terms (FactPack.terms_in) may make the claim."""
        return all(not present.isdisjoint(terms) for terms in self.terms)

    def end_in(self, reading: str, surroundings: str = "", beyond: int = 0) -> int | None:
        """Where what the claim says ends in a reading that makes it (what it says found from
        `beyond` on: the sentence a longer reading is for), or None. Each setting may be
        named in the reading or where it stands (its section's title, the question it
        answers), and so may what it is about, for a passage that names no drug. A clause
        that names no drug speaks of the one an earlier clause named ("Enhertu is approved
        for breast cancer, but for any other cancer you would have to join a trial")."""
        if not all(setting.search(reading) or setting.search(surroundings) for setting in self.settings):
            return None
        # (a criterion naming what came before, "Prior trastuzumab, pertuzumab and T-DM1; use as
        # 3rd line or later only", still speaks of the page's drug: read from after it)
        prior = PRIOR_CRITERION.match(reading, _after_label(reading))
        start = prior.end() if prior else 0
        # Whether the clauses so far leave the claim's subject as what is spoken of.
        # (not a topic's: a sentence under "## Pertuzumab" in an old page is not each on its topic).
        subject = not self.topic and bool(surroundings) and self.about.search(surroundings) is not None \
            and not self._names_its_own_subject(reading[start:]) and not FIRST_PERSON.search(reading) \
            and not STUDIED_OR_TESTED.match(reading, _after_label(reading))
        # (not a break inside brackets: "trastuzumab (NCCN; Fader trial) | not FDA-labelled" is one clause)
        asides = [aside.span() for aside in BRACKETED.finditer(reading)] if "(" in reading else []
        breaks = (found.start() for found in CLAUSE_BREAK.finditer(reading)
                  if not any(opens < found.start() < closes for opens, closes in asides))
        for end in [*breaks, len(reading)]:
            clause = reading[start:end]
            about = self.about.search(clause)
            # (what is said before a comparator is not said of it: "... emerging data vs. T-DM1")
            # (of a drug's approval, not of a sequence: "2L: T-DXd vs T-DM1" may still be T-DM1's place)
            compared = (about is not None and not self.topic and self.dated_before
                        and VERSUS.search(clause[:about.start()]) is not None)
            compared_from = start + about.start() if compared and about is not None else -1
            # (nor is a comparator named only in an aside the subject, here or in the clauses after:
            # "2L: preferred (DB-03: HR 0.28 vs T-DM1)", "2L: T-DXd (DB-03 vs T-DM1); NCCN preferred")
            aside = (about is not None and not self.topic
                     and VERSUS.search(clause[:about.start()]) is not None
                     and any(opens < start + about.start() < closes for opens, closes in asides))
            if about is not None and not aside and not self._of_another_drug(clause[:about.start()]) \
                    and not ((BEATEN.search(clause, 0, about.start())
                              or (AFTER_CHAIN.search(clause, 0, about.start())
                                  and not RELATIVE_CLAUSE.match(clause, about.end())))
                             and (self._about_therapy or self._pack.names_a_therapy_in(about.group()))):
                subject = True
            elif subject and (self._names_another_subject(clause) or OTHER_TREATMENT.match(clause)
                              or OTHER_DRUGS_CLAUSE.match(clause)):
                subject = False
            if subject and end > beyond:
                said = next((found for found in self.says.matches(reading, max(start, beyond), end)
                             # ("does not usually cause hair loss" says nothing is usual; "enrol in
                             # trials where we can" offers a trial, it does not say there is only that)
                             if not self._negated(reading, max(start, found.start() - 12), found)
                             and not found.start() < compared_from
                             and not WHERE_POSSIBLE.match(reading, found.end())
                             and not DATA_SHOWED.match(reading, found.end())
                             and not PAYERS_NEXT.match(reading, found.end())
                             and not said_of_no_subject(reading, found.start(), start)
                             and self._said_of_the_subject(reading[start:found.start()])), None)
                if said is not None:
                    return said.end()
            # ("HER2-directed agents: Zanidatamab | ... (2024); not approved" speaks of zanidatamab, a
            # drug the pack does not know; "DESTINY-Breast03 compares Enhertu with Kadcyla, but its
            # results ..." still of the trial)
            # (not when what it is about labels the passage: "**NALA:** neratinib + capecitabine vs
            # lapatinib + capecitabine; results are pending" is all the trial's)
            if subject and not self._about_therapy and (last := self.about.last_end(clause)) is not None \
                    and names_another_drug(BRACKETED.sub(" ", clause[last:])) \
                    and not LABEL_END.match(clause, last):
                subject = False
            start = end
        return None

    def _names_its_own_subject(self, text: str) -> bool:
        """Whether the text names a drug it speaks of, not only those named as what came before
        ("Preferred second line after trastuzumab plus pertuzumab and a taxane" under a page on
        Kadcyla still speaks of Kadcyla)."""
        if not self._pack.names_a_therapy_in(text):
            return False
        return bool(self._pack.subject_mentions(text)) or self._another_drug_after(text, 0)

    def _names_a_drug(self, text: str) -> bool:
        """Whether the text names a therapy that becomes what is spoken of, or a drug the pack
        does not know by the stem of its name."""
        return self._names_another_subject(text) or names_another_drug(text)

    def _names_another_subject(self, clause: str) -> bool:
        """Whether a clause names a therapy that becomes what is spoken of; not a trial's
        comparator in an aside ("DESTINY-Breast03, the comparison with T-DM1, has not reported"),
        nor, after a therapy, one named as what came before it ("; use reserved for 3rd line,
        after progression on T-DM1" still speaks of T-DXd)."""
        if not self._pack.names_a_therapy_in(clause):
            return False
        if self._about_therapy:
            return bool(self._pack.subject_mentions(clause))
        return COMPARATOR.search(clause) is None

    @staticmethod
    def _negated(reading: str, start: int, said: re.Match[str]) -> bool:
        """Whether what the claim says is denied just before it ("not the standard", "finished
        enrolling")."""
        if NEGATED.search(reading, start, said.start()) is not None:
            return True
        ended = ENDED.search(reading, start, said.start()) is not None
        return ended and RECRUITING.match(said.group()) is not None

    def _of_another_drug(self, before: str) -> bool:
        """Whether a class or 'no drug' claim's words follow, in their clause, a drug outside the
        therapies ("zanidatamab has no approval in breast cancer"): they are said of that drug."""
        return (not self._about_therapy and names_another_drug(before)
                and not self._pack.names_a_therapy(self._pack.terms_in(before)))

    def _said_of_the_subject(self, before: str) -> bool:
        """Whether the therapy named last before what the claim says, leaving out those named
        as what came before or what it is compared with ("DS-8201 after T-DM1 (3L+)"), is its
        subject; true when there is none, unless the text names another drug (its subject)."""
        if not self._about_therapy:
            # "Approved HER2-directed therapy: ... | Trastuzumab with chemotherapy (off-label)":
            # what follows a drug named after the class words is said of that drug
            # (not a drug in brackets: "KATHERINE (T-DM1 vs H): results awaited")
            # (nor a drug the pack does not know: "HER2-directed agents: Zanidatamab | ... | not approved")
            last = self.about.last_end(before)
            if last is None:
                return True
            return not self._names_a_drug(BRACKETED.sub(" ", before[last:]))
        # A comparison governs the names it is nearest to, and a list it opens: in "After
        # Kadcyla, lapatinib ..." lapatinib is the subject; in "After trastuzumab, pertuzumab
        # and a taxane, the usual next step is T-DM1", none of the three is.
        subjects = self._pack.subject_mentions(before)
        # "Sacituzumab govitecan after >=2 prior lines ... T-DXd": another drug's statement
        if self._another_drug_after(before, subjects[-1][0] if subjects else 0):
            return False
        return self.about.search(subjects[-1][1]) is not None if subjects else True

    def _another_drug_after(self, text: str, start: int) -> bool:
        """Whether the text names a drug outside the therapies after `start`."""
        if not names_another_drug(text[start:]):
            return False
        return any(not self._pack.names_a_therapy(self._pack.terms_in(found.group()))
                   for found in OTHER_DRUG.finditer(text, start))


# How many texts' subjects FactPack.subject_mentions keeps (a sentence's readings, asked by
# each claim in turn).
SUBJECT_TEXTS_KEPT = 512

# A gate set as its texts compared with the lowered text and those compared as they are.
GateSet = tuple[tuple[str, ...], tuple[str, ...]]


def _gate_words(name: str) -> list[str]:
    """A name's words as gate texts: folded, each its longest ASCII run."""
    return [word.lower() if word.isascii() else _ascii_core(fold(word)[1]) for word in name.split()]


def _ascii_core(word: str) -> str:
    """The longest run of ASCII characters in a word ('low' of '“low”'): a name's word matches
    only as written, so a text that holds the word holds that run ('' when there is none)."""
    return max(ASCII_RUN.findall(word), key=len, default="")


ASCII_RUN = lazy_regex(r"[\x00-\x7f]+")


def _gate_set(texts: frozenset[tuple[str, bool]]) -> GateSet:
    return (tuple(sorted(text for text, folded in texts if folded)),
            tuple(sorted(text for text, folded in texts if not folded)))


TERM_STANDIN = "\x00"


@lru_cache(maxsize=1024)
def _skeleton(text: str) -> str:
    """A fact pattern as the regex it expands to, with each <TERM> a stand-in character."""
    return TERM.sub(TERM_STANDIN, _spaced(text))


def _spaced(text: str) -> str:
    """` ... ` is a gap inside the sentence; a space is any white space (` ?` any or none)."""
    return GAP.sub(lambda _: GAP_REGEX, text).replace(" ?", r"\s*").replace(" ", r"\s+")


def _alternation(names: list[tuple[str, ...]]) -> str:
    """A term's names (as words) as one alternation that shares their first words, longer
    continuations tried first: "HER2-targeted (?:therapy|drugs|...)" instead of a hundred names
    each spelled out, which compiled at some 20 ms a pattern."""
    groups: dict[str, tuple[str, list[tuple[str, ...]]]] = {}
    for words in names:
        groups.setdefault(words[0].lower(), (words[0], []))[1].append(words[1:])
    parts = []
    for first, rests in sorted(groups.values(), key=lambda group: len(group[0]), reverse=True):
        longer = [rest for rest in rests if rest]
        tail = ""
        if longer:
            tail = f"(?:{NAME_GAP}(?:{_alternation(longer)})){'?' if len(longer) < len(rests) else ''}"
        parts.append(re.escape(first) + tail)
    return "|".join(parts)


def _around_name(longer: str, name: str, drugs_beside: set[str]) -> tuple[str, str] | None:
    """What comes before and the word after a drug's name inside another drug's longer name
    ("fam-", "deruxtecan"), or None: not a word of it, or the longer name is a combination of
    drugs ("pertuzumab, trastuzumab and hyaluronidase") or a prefixed phrase, not one name."""
    at = longer.find(name)
    if at < 0 or longer == name:
        return None
    end = at + len(name)
    if (at > 0 and longer[at - 1].isalnum()) or (end < len(longer) and longer[end].isalnum()):
        return None  # inside a word of the longer name
    before, rest = longer[:at], longer[end:]
    after = rest.strip(" -").split()
    if (before and not JOINED_PREFIX.fullmatch(before)) or rest[:1] in COMBINING or (
            after and (after[0] in COMBINING or after[0] in drugs_beside)):
        return None
    return before, after[0] if after else ""


@dataclass(frozen=True)
class FactPack:
    terms: Mapping[str, tuple[str, ...]]
    facts: tuple[Fact, ...]
    approvals: tuple[Approval, ...] = ()
    # False when the linted repository wrote any of it (a fact file of its own, or facts and
    # terms in its configuration): its patterns then run with a time budget.
    trusted: bool = True

    def compiled(self) -> tuple[CompiledFact, ...]:
        return tuple(CompiledFact(fact, self, self._keywords(fact)) for fact in self.facts)

    @cached_property
    def page_topic(self) -> re.Pattern[str] | None:
        """What a page's title must name to be where its passages stand (the PAGE_TOPIC term)."""
        return self.pattern("<PAGE_TOPIC>", "PAGE_TOPIC") if "PAGE_TOPIC" in self.terms else None

    def pattern(self, text: str, where: str, whole_names: bool = False) -> re.Pattern[str]:
        def term(match: re.Match[str]) -> str:
            names = self.terms.get(match.group(1))
            if not names:
                raise ConfigError(f"fact {where}: pattern {text!r} names an unknown term <{match.group(1)}> "
                                  f"(terms: {', '.join(sorted(self.terms))})")
            body = _alternation([tuple(name.split()) for name in names if name.split()])
            if not whole_names:
                # (only where words follow the name at once: a gap after it spans an aside already)
                aside = ALIAS_ASIDE if match.string.startswith(r"\s+", match.end()) else ""
                return rf"(?<!\w)(?:{body})(?!\w){aside}"
            name = match.group(1)
            return rf"{self._not_inside(name)}(?<!\w)(?:{body})(?!\w){self._not_part_of(name)}"

        expanded = TERM.sub(term, _spaced(text))
        if expanded[:1].isalnum():
            expanded = r"(?<!\w)" + expanded
        try:
            return compiled(expanded if self.trusted else UntrustedPattern(expanded), re.IGNORECASE)
        except re.error as error:
            raise ConfigError(f"fact {where}: pattern {text!r} does not compile: {error}") from None

    def starts(self, text: str) -> frozenset[str] | None:
        skeleton = _skeleton(text)
        if skeleton.startswith(TERM_STANDIN):
            term = TERM.match(text)
            names = self.terms.get(term.group(1), ()) if term else ()
            firsts = {fold(name.split()[0])[1] for name in names if name.split()}
            return frozenset(firsts) if firsts and all(first.isascii() for first in firsts) else None
        found = match_starts(skeleton, re.IGNORECASE)
        if found is None or any(TERM_STANDIN in start for start, _, _ in found):
            return None
        return frozenset(start for start, _, _ in found)

    def leading_term_ends(self, text: str) -> tuple[frozenset[tuple[str, bool]], ...]:
        """For a pattern that opens with a term, one word of each of the term's names as one gate
        set: a match holds a whole name, so 'HER2' alone cannot begin 'HER2-low'. Of a name's
        words the one fewest terms' names share ('low' of 'HER2 low', not 'HER2')."""
        if not _skeleton(text).startswith(TERM_STANDIN) or (term := TERM.match(text)) is None:
            return ()
        found = self._term_ends.get(term.group(1))
        if found is None:
            words = {min(name_words, key=lambda word: (self._terms_naming[word], -len(word)))
                     for name in self.terms.get(term.group(1), ()) if (name_words := _gate_words(name))}
            found = self._term_ends[term.group(1)] = \
                (frozenset((word, True) for word in words),) if words and all(words) else ()
        return found

    @cached_property
    def _term_ends(self) -> dict[str, tuple[frozenset[tuple[str, bool]], ...]]:
        return {}  # a cache of leading_term_ends' answer per term

    @cached_property
    def _terms_naming(self) -> Counter[str]:
        """How many terms have a name with each word (as _gate_words gives it)."""
        return Counter(word for names in self.terms.values()
                       for word in {word for name in names for word in _gate_words(name)})

    def term_keywords(self, text: str) -> set[str] | None:
        """The longest word of every name of each term a pattern names (one of which a text
        must hold for the pattern to match), or None when the pattern names no term."""
        terms = TERM.findall(text)
        if not terms:
            return None
        return {word for term in terms for word in self._longest_words(term)}

    def _longest_words(self, term: str) -> frozenset[str]:
        """The longest word of each of a term's names, normalised: worked out once a term."""
        found = self._term_words.get(term)
        if found is None:
            found = self._term_words[term] = frozenset(
                max(words.split(), key=len) for words in self._normalised_names(term))
        return found

    def _normalised_names(self, term: str) -> tuple[str, ...]:
        found = self._term_names_normalised.get(term)
        if found is None:
            found = self._term_names_normalised[term] = tuple(
                words for name in self.terms.get(term, ()) if (words := normalised(name)))
        return found

    @cached_property
    def _term_words(self) -> dict[str, frozenset[str]]:
        return {}  # a cache of _longest_words, filled as terms are first asked for

    @cached_property
    def _term_names_normalised(self) -> dict[str, tuple[str, ...]]:
        return {}  # a cache of _normalised_names

    def _keywords(self, fact: Fact) -> tuple[str, ...] | None:
        """The longest word of every name of each pattern's first term: one must be in a
        sentence for the pattern to match (a name matches whole), and a long word is found in
        fewer sentences than a name's first ('t' of T-DXd). None when a pattern has no term
        (it is tried everywhere)."""
        found: set[str] = set(fact.keywords or ())
        for text in fact.outdated if fact.keywords is None else ():
            first = TERM.search(text)
            if first is None:
                return None
            found.update(self._longest_words(first.group(1)))
        for claim in fact.all_claims:
            for text in claim.about:
                about = self.term_keywords(text)
                if about is None:
                    return None
                found.update(about)
        return tuple(sorted(found))

    @cached_property
    def _term_names(self) -> ahocorasick.Automaton:
        """The names of the terms claims are made of, and of the therapies, as normalised text
        (markup and hyphens as spaces), found in one pass: (length, term) for each name."""
        terms = set(self._drug_terms)
        for fact in self.facts:
            for claim in fact.all_claims:
                for text in (*claim.about, *claim.says, *claim.setting):
                    terms.update(TERM.findall(text))
        names: dict[str, set[tuple[int, str]]] = {}
        for term in terms:
            for words in self._normalised_names(term):
                names.setdefault(words, set()).add((len(words), term))
        return automaton((words, tuple(owners)) for words, owners in names.items())

    @property
    def drug_terms(self) -> list[str]:
        return self._drug_terms

    @cached_property
    def _longer_drug_names(self) -> dict[str, list[tuple[str, str]]]:
        """For each drug term, (before, after) of every other drug's name that holds one of its
        names as a word: ("", "deruxtecan") and ("fam-", "deruxtecan") for trastuzumab."""
        names = {term: [name.lower() for name in self.terms.get(term, ())] for term in self._drug_terms}
        found: dict[str, list[tuple[str, str]]] = {}
        for term, own in names.items():
            for other, longer_names in names.items():
                # (a form of the same drug, "trastuzumab and hyaluronidase" as "Herceptin SC", is
                # what claims about the drug speak of too)
                if other == term or any(f"{name} and " in longer for name in own for longer in longer_names):
                    continue
                drugs_beside = {name for third, third_names in names.items() if third not in (term, other)
                                for name in third_names}
                found.setdefault(term, []).extend(
                    around for longer in longer_names for name in own
                    if (around := _around_name(longer, name, drugs_beside)) is not None)
        return found

    def _not_part_of(self, term: str) -> str:
        """A lookahead that keeps a drug's name out of a longer drug name it begins ("trastuzumab"
        of "trastuzumab deruxtecan", "Herceptin" of "Herceptin Hylecta")."""
        after = sorted({re.escape(rest) for before, rest in self._longer_drug_names.get(term, ())
                        if rest and not before})
        return rf"(?!{NAME_GAP}(?:{'|'.join(after)})(?!\w))" if after else ""

    def _not_inside(self, term: str) -> str:
        """Lookbehinds that keep a drug's name out of a longer name it ends or sits in
        ("trastuzumab" of "ado-trastuzumab emtansine")."""
        before = sorted({start for start, _ in self._longer_drug_names.get(term, ()) if start})
        return "".join(f"(?<!{re.escape(start)})" for start in before)

    @cached_property
    def _drug_of_name(self) -> dict[str, str]:
        return {words: term for term in self._drug_terms for words in self._normalised_names(term)}

    def drugs_named(self, text: str) -> frozenset[str]:
        """The therapies the text names, each by a whole name ("ado-trastuzumab emtansine" is
        T-DM1's, not trastuzumab's too)."""
        names = self._drug_of_name
        return frozenset(term for _, name in self.drug_mentions(text)
                         if (term := names.get(normalised(name))) is not None)

    @cached_property
    def _drug_terms(self) -> list[str]:
        return sorted({approval.key for approval in self.approvals} & set(self.terms))

    def terms_in(self, text: str) -> frozenset[str]:
        """The terms (of claims and therapies) a text names, each name whole."""
        names = self._term_names
        if not len(names):
            return frozenset()
        found: set[str] = set()
        spaced = normalised(text)
        for end, owners in names.iter(spaced):
            for length, term in owners:
                start = end - length + 1
                if (start == 0 or not spaced[start - 1].isalnum()) and \
                        (end + 1 == len(spaced) or not spaced[end + 1].isalnum()):
                    found.add(term)
        return frozenset(found)

    @cached_property
    def _any_drug(self) -> re.Pattern[str]:
        return self.pattern("|".join(f"<{term}>" for term in self._drug_terms) or "(?!)", "therapies")

    def names_a_therapy_in(self, text: str) -> bool:
        """Whether the text names a drug: a therapy of the pack, or another drug by the stem
        of its name ("sacituzumab govitecan", "ribociclib"), which is then what it speaks of."""
        return self.names_a_therapy(self.terms_in(text)) or names_another_drug(text)

    def names_a_therapy(self, present: frozenset[str]) -> bool:
        """Whether a text naming these terms (terms_in) names a therapy."""
        return not present.isdisjoint(self._drug_terms)

    def may_name_a_therapy(self, text: str) -> bool:
        """A cheap test, for a choice that needs no more: whether the text holds the longest
        word of a name of a therapy, or names another drug by its stem."""
        lowered = text.lower()
        return any(word in lowered for word in self._drug_words) or names_another_drug(text)

    @cached_property
    def _drug_words(self) -> frozenset[str]:
        return frozenset(word for term in self._drug_terms for word in self._longest_words(term))

    def drug_mentions(self, text: str) -> list[tuple[int, str]]:
        """Where each name of a therapy in the text ends, and the name as written."""
        return [(found.end(), found.group()) for found in self._any_drug.finditer(text)]

    @cached_property
    def _subjects_by_text(self) -> dict[str, tuple[tuple[int, str], ...]]:
        """subject_mentions of the texts asked about lately: every claim of every fact asks it
        of the same readings of a sentence."""
        return {}

    def subject_mentions(self, text: str) -> tuple[tuple[int, str], ...]:
        """drug_mentions less the therapies named as what came before or what another is
        compared with ("after trastuzumab/pertuzumab", "compared with continuing Herceptin")."""
        seen = self._subjects_by_text
        found = seen.get(text)
        if found is None:
            if len(seen) >= SUBJECT_TEXTS_KEPT:
                seen.clear()
            found = seen[text] = tuple(self._subject_mentions(text))
        return found

    def _subject_mentions(self, text: str) -> list[tuple[int, str]]:
        kept: list[tuple[int, str]] = []
        previous_end, previous_compared = 0, False
        for found in self._any_drug.finditer(text):
            start = found.start()
            # (within the name's sentence: "... what comes after that. She mentioned tucatinib")
            since = max(previous_end, start - 30, text.rfind(". ", 0, start) + 1,
                        text.rfind(";", 0, start) + 1)
            # (an opening phrase closed by a comma governs nothing after it: "after DESTINY-Breast03,
            # T-DXd is the usual next step")
            governs = any("," not in text[word.end():start] for word in COMPARED.finditer(text, since, start))
            listed = previous_compared and LIST_JOIN.fullmatch(text, previous_end, start) is not None
            compared = governs or listed
            if not compared:
                kept.append((found.end(), found.group()))
            previous_end, previous_compared = found.end(), compared
        return kept

    def last_drug(self, text: str) -> str:
        """The last name of a therapy in the text, as written, that is not a comparator ("...
        cut the risk by half compared with continuing Herceptin" still speaks of Kadcyla), else
        the last name, or ''."""
        named = self.subject_mentions(text) or self.drug_mentions(text)
        return named[-1][1] if named else ""

    def name_of(self, term: str) -> str:
        names = self.terms.get(term)
        return names[0] if names else term


def load_pack(facts_file: str, therapies_file: str, extra_terms: Mapping[str, Any],
              extra_facts: Iterable[Any], enable: Iterable[str], disable: Iterable[str]) -> FactPack:
    """The pack a rule's options describe: the built-in or named files, then the options'
    terms and facts (a fact with a known id changes that fact's fields), then enable/disable."""
    terms, facts = _base(facts_file, therapies_file)
    terms = dict(terms)
    for name, names in (extra_terms or {}).items():
        terms[str(name)] = tuple(dict.fromkeys([*terms.get(str(name), ()), *_texts(names, f"term {name}")]))
    by_id = {fact.id: fact for fact in facts}
    for entry in extra_facts:
        fact = _fact(entry, "configuration", by_id)
        by_id[fact.id] = fact
    enabled, disabled = set(enable), set(disable)
    unknown = (enabled | disabled) - set(by_id)
    if unknown:
        raise ConfigError(f"no fact with id {', '.join(sorted(unknown))} (facts: {', '.join(sorted(by_id))})")
    final = tuple(replace(f, enabled=f.id not in disabled, confirmed=f.confirmed or f.id in enabled)
                  if f.id in enabled | disabled else f for f in by_id.values())
    approvals = load_therapies(therapies_file) if therapies_file else ()
    trusted = not extra_terms and not extra_facts and not any(
        names_a_path(name) for name in (facts_file, therapies_file) if name)
    return FactPack(terms, final, approvals, trusted)


@lru_cache(maxsize=8)
def _base(facts_file: str, therapies_file: str) -> tuple[dict[str, tuple[str, ...]], tuple[Fact, ...]]:
    terms: dict[str, tuple[str, ...]] = {}
    if therapies_file:
        terms.update(names_by_key(load_therapies(therapies_file)))
    if not facts_file:
        return terms, ()
    data = load_data(facts_file, "facts")
    if not isinstance(data, dict):
        raise ConfigError(f"{facts_file}: a fact pack is a mapping with 'terms' and 'facts'")
    for name, names in (data.get("terms") or {}).items():
        more = _texts(names, f"{facts_file}: term {name}")
        terms[str(name)] = tuple(dict.fromkeys([*terms.get(str(name), ()), *more]))
    facts: dict[str, Fact] = {}
    for entry in data.get("facts") or []:
        fact = _fact(entry, facts_file, facts)
        facts[fact.id] = fact
    return terms, tuple(facts.values())


def _texts(value: Any, where: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: must be a text or a list of texts")
    return list(value)


def _fact(entry: Any, where: str, known: Mapping[str, Fact]) -> Fact:
    if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
        raise ConfigError(f"{where}: each fact is a mapping with an 'id'")
    label = f"{where}: fact {entry['id']}"
    for key in entry:
        if key not in FACT_FIELDS:
            raise ConfigError(f"{label}: unknown field {key!r} (fields: {', '.join(sorted(FACT_FIELDS))})")
    base = known.get(entry["id"])
    values: dict[str, Any] = {} if base is None else dict(base.__dict__)
    for key, value in entry.items():
        values[key] = _field(label, key, value)
    for key in ("changed", "since", "source"):
        if key not in values:
            raise ConfigError(f"{label}: field {key!r} is required")
    if not values.get("outdated") and not values.get("claims"):
        raise ConfigError(f"{label}: give the statements it outdates, as 'outdated' patterns or 'claims'")
    return Fact(**values)


def _field(label: str, key: str, value: Any) -> Any:
    if key == "since":
        if not isinstance(value, date):
            raise ConfigError(f"{label}: 'since' must be a date (YYYY-MM-DD), not {value!r}")
        return value
    if key in ("confirmed", "enabled"):
        if not isinstance(value, bool):
            raise ConfigError(f"{label}: {key!r} must be true or false, not {value!r}")
        return value
    if key == "claims":
        if not isinstance(value, list):
            raise ConfigError(f"{label}: 'claims' must be a list of mappings with 'about' and 'says'")
        return tuple(_claim(label, entry) for entry in value)
    if key in ("outdated", "unless", "unless_clause", "unless_page", "keywords", "topic"):
        texts = tuple(_texts(value, f"{label}: {key!r}"))
        return tuple(t.lower() for t in texts) if key == "keywords" else texts
    if not isinstance(value, str):
        raise ConfigError(f"{label}: {key!r} must be text, not {value!r}")
    return value.strip() if key != "drug" else value.strip().upper()


def _claim(label: str, entry: Any) -> Claim:
    if not isinstance(entry, dict) or not {"about", "says"} <= set(entry):
        raise ConfigError(f"{label}: each claim is a mapping with 'about' and 'says' (and 'setting')")
    unknown = set(entry) - CLAIM_FIELDS
    if unknown:
        raise ConfigError(f"{label}: unknown claim field {sorted(unknown)[0]!r} "
                          f"(fields: {', '.join(sorted(CLAIM_FIELDS))})")
    dated_before = entry.get("dated_before", False)
    if not isinstance(dated_before, bool):
        raise ConfigError(f"{label}: a claim's 'dated_before' must be true or false, not {dated_before!r}")
    parts = {key: tuple(_texts(entry[key], f"{label}: claim {key!r}")) for key in ("about", "says", "setting")
             if key in entry}
    if not parts["about"] or not parts["says"]:
        raise ConfigError(f"{label}: a claim's 'about' and 'says' must not be empty")
    return Claim(about=parts["about"], says=parts["says"], setting=parts.get("setting", ()),
                 dated_before=dated_before)


Compiled = tuple[FactPack, tuple[CompiledFact, ...]]



class FactKeywords:
    """Which facts a lowered text may hold: those with a keyword in it (and those without
    keywords), found for every fact in one automaton pass."""

    def __init__(self, facts: tuple[CompiledFact, ...]) -> None:
        self.always = frozenset(fact for fact in facts if fact.keywords is None)
        owners: dict[str, set[CompiledFact]] = {}
        for fact in facts:
            for keyword in fact.keywords or ():
                owners.setdefault(keyword, set()).add(fact)
        self.automaton = automaton((keyword, frozenset(found)) for keyword, found in owners.items())

    def any_in(self, lowered: str) -> bool:
        """Whether a lowered text holds a keyword of some fact (facts_in holds more than always)."""
        return occurs(self.automaton, lowered)

    def facts_in(self, lowered: str) -> set[CompiledFact]:
        found = set(self.always)
        if len(self.automaton):
            for _, owners in self.automaton.iter(lowered):
                found |= owners
        return found


@lru_cache(maxsize=32)
def fact_keywords(facts: tuple[CompiledFact, ...]) -> FactKeywords:
    return FactKeywords(facts)


class FactIndex:
    """Which facts' outdated patterns match a block, for every fact of a pack at once.

    A pattern is tried only where a match can begin (one of its first term's names, or the
    literal words it opens with), found for all patterns in one Aho–Corasick pass over a
    block, and only if the block holds one text of each of its rarer gate sets
    (`CompiledFact.gates`). Which gate sets a block holds is found in one more pass over it
    (two when some gate texts are compared as they are), as bits: a pattern's gates hold when
    its bits are all among them. Patterns are compiled when a block first gets that far."""

    def __init__(self, facts: tuple[CompiledFact, ...]) -> None:
        self.patterns: list[tuple[CompiledFact, int]] = []  # (fact, index of its outdated pattern)
        self.needs: list[int] = []  # per pattern, the bits of the gate sets a text must hold
        self.anywhere: list[int] = []  # patterns whose starts are unknown: searched for
        bits: dict[GateSet, int] = {}
        start_owners: dict[str, list[int]] = {}
        for fact in facts:
            if not fact.fact.on:
                continue
            for index, starts in enumerate(fact.starts):
                entry = len(self.patterns)
                self.patterns.append((fact, index))
                self.needs.append(sum(1 << bits.setdefault(gate_set, len(bits))
                                      for gate_set in set(fact.gates[index])))
                if starts is None:
                    self.anywhere.append(entry)
                for start in starts or ():
                    start_owners.setdefault(start, []).append(entry)
        self.starts = automaton((text, (len(text), tuple(owners))) for text, owners in start_owners.items())
        self.always = 0  # gate sets with an empty text, which every text holds
        folded: dict[str, int] = {}
        exact: dict[str, int] = {}
        for (folded_texts, exact_texts), bit in bits.items():
            for texts, owners in ((folded_texts, folded), (exact_texts, exact)):
                for text in texts:
                    if text:
                        owners[text] = owners.get(text, 0) | 1 << bit
                    else:
                        self.always |= 1 << bit
        self.folded_gates = automaton(folded.items())
        self.exact_gates = automaton(exact.items())

    def matching(self, text: str, lowered: str) -> dict[CompiledFact, list[re.Pattern[str]]]:
        """fact -> its outdated patterns that match somewhere in the text (lowered: text.lower())."""
        found: set[int] = set()
        held = self._held(text, lowered)
        needs = self.needs
        if len(self.starts):
            for end, (length, entries) in self.starts.iter(fold(text)[1]):
                for entry in entries:
                    need = needs[entry]
                    if need & held == need and entry not in found and \
                            self._pattern(entry).match(text, end - length + 1):
                        found.add(entry)
        found.update(entry for entry in self.anywhere
                     if needs[entry] & held == needs[entry] and self._pattern(entry).search(text))
        matched: dict[CompiledFact, list[re.Pattern[str]]] = {}
        for entry in sorted(found):
            matched.setdefault(self.patterns[entry][0], []).append(self._pattern(entry))
        return matched

    def _held(self, text: str, lowered: str) -> int:
        """The bits of the gate sets one of whose texts the text holds."""
        held = self.always
        for gates, haystack in ((self.folded_gates, lowered), (self.exact_gates, text)):
            if len(gates):
                for _, bits in gates.iter(haystack):
                    held |= bits
        return held

    def _pattern(self, entry: int) -> re.Pattern[str]:
        fact, index = self.patterns[entry]
        return fact.outdated_pattern(index)


class ClaimIndex:
    """Which of the facts' claims a passage may make, from the terms it names (FactPack.terms_in).

    Each claim is filed under the terms of one of its parts that is made of terms, a setting
    before what it says before what it is about (settings are the rarest words in a HER2
    article, whose every passage names some drug), so a passage is checked only against the
    claims filed under a term it names; a claim with no such part is checked everywhere."""

    def __init__(self, facts: tuple[CompiledFact, ...]) -> None:
        self.anywhere: list[tuple[int, CompiledFact, CompiledClaim]] = []
        self.by_term: dict[str, list[tuple[int, CompiledFact, CompiledClaim]]] = {}
        order = 0  # the pack's order, kept in the answer
        for fact in facts:
            for claim in fact.claims:
                entry = (order, fact, claim)
                order += 1
                parts = (*claim.settings, claim.says, claim.about)
                filed = next((part.terms for part in parts if part.terms), None)
                if filed is None:
                    self.anywhere.append(entry)
                for term in filed or ():
                    self.by_term.setdefault(term, []).append(entry)

    def claims_in(self, present: frozenset[str], predates: Callable[[CompiledFact, CompiledClaim], bool]
                  ) -> dict[CompiledFact, list[CompiledClaim]]:
        """fact -> its claims whose every part may be in a text naming these terms (claims
        made only by older articles left out where predates(fact, claim) is false)."""
        entries = {entry[0]: entry for term in present for entry in self.by_term.get(term, ())}
        entries.update((entry[0], entry) for entry in self.anywhere)
        found: dict[CompiledFact, list[CompiledClaim]] = {}
        for _, fact, claim in sorted(entries.values(), key=lambda entry: entry[0]):
            if claim.may_hold(present) and (not claim.dated_before or predates(fact, claim)):
                found.setdefault(fact, []).append(claim)
        return found


@lru_cache(maxsize=32)
def claim_index(facts: tuple[CompiledFact, ...]) -> ClaimIndex:
    return ClaimIndex(facts)


@lru_cache(maxsize=32)
def fact_index(facts: tuple[CompiledFact, ...]) -> FactIndex:
    return FactIndex(facts)


@lru_cache(maxsize=32)
def compiled_pack(facts_file: str, therapies_file: str, extra_terms: str, extra_facts: str,
                  enable: tuple[str, ...], disable: tuple[str, ...]) -> Compiled:
    """A pack and its compiled patterns, once per process for each setting (the options'
    mappings come as their JSON text, so they can be cache keys)."""
    import json

    pack = load_pack(facts_file, therapies_file, json.loads(extra_terms), _dated(json.loads(extra_facts)),
                     enable, disable)
    return pack, pack.compiled()


def _dated(facts: list[Any]) -> list[Any]:
    """JSON has no dates: `since` comes back as text and is read again here."""
    for fact in facts:
        if isinstance(fact, dict) and isinstance(fact.get("since"), str):
            with suppress(ValueError):
                fact["since"] = date.fromisoformat(fact["since"])
    return facts


def pack_for(options: Mapping[str, Any]) -> Compiled:
    import json

    return compiled_pack(options["facts_file"], options["therapies_file"],
                         json.dumps(options["terms"], sort_keys=True, default=str),
                         json.dumps(options["facts"], sort_keys=True, default=str),
                         tuple(options["enable"]), tuple(options["disable"]))


def pack_as_shipped(facts_file: str, therapies_file: str) -> Compiled:
    """A pack as its files have it, with no configuration's terms, facts or switches (what
    DATE011 reads for the changes an awaited event led to)."""
    return pack_for({"facts_file": facts_file, "therapies_file": therapies_file, "terms": {}, "facts": [],
                     "enable": [], "disable": []})
