"""spam_wording: phrases of health fraud, cure testimonials or drug selling, judged by context.

Words alone are not spam: a clinician writes "not a guaranteed cure", a pharmacy page "you can
buy these without a prescription". So each phrase is judged by what surrounds it, its block
and the `context_blocks` blocks either side in the same section:
  none      the phrase is negated ("not a guaranteed cure", "no vaccine is 100% effective"),
            or, with no spam context, warned against in its sentence ("check with your
            pharmacist before taking herbal remedies")
  warning   a selling or testimonial context: ordering or price language, a first-person
            cure story, a named healer, or a suspicious contact detail (found by the same
            finders as SPAM001); error when the contact detail is in the phrase's own block
  info      otherwise (`without_context`), so the phrase stays visible without crying wolf
The rule may also report the context phrases of one kind itself (`report_signals`): a
testimonial is its own context; a selling phrase needs another signal beside it ("free
delivery" alone is a pharmacy's service, "free delivery, only $49 per bottle" sells).
Reference sections are read too: comment spam pasted after a "References" heading is still
spam.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from linter import spam
from linter.document import Block, Document
from linter.findings import Finding, Severity, finding_at
from linter.options import OptionSpec
from linter.patterns import PatternSet, compiled, pattern_set

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("phrase",)
OPTIONS = {
    "patterns": OptionSpec("list[regex]", [], "the phrases to report"),
    "testimonial": OptionSpec("list[regex]", [], "a first-person cure story or a named healer"),
    "selling": OptionSpec("list[regex]", [], "ordering or price language"),
    "report_signals": OptionSpec("str", "", "also report the context phrases of this kind",
                                 ("", "testimonial", "selling")),
    "negation": OptionSpec("regex", "", "text just before a phrase that denies it"),
    "caution": OptionSpec("regex", "", "text in a phrase's sentence that warns against it"),
    **spam.CONTACT_OPTIONS,
    "without_context": OptionSpec("str", "info", "severity of a phrase with no spam context",
                                  ("info", "off")),
    "escalate_with_contact": OptionSpec("bool", True, "error when the block has contact details"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    options = rule.options
    reported = options["patterns"] + options.get(options["report_signals"], [])
    patterns = pattern_set(reported)
    searched = {id(block) for block in doc.blocks_where(patterns)}
    if not searched:  # most articles
        return
    blocks = [b for b in doc.blocks if b.kind != "heading"]
    judge = _Context(blocks, doc, options, rule.severity, patterns)
    for index, block in enumerate(blocks):
        matches = patterns.find_all(block.text) if id(block) in searched else None
        if not matches:
            continue
        for _, match in matches:
            sentence = _sentence(block, match.start())
            if _matches(options["negation"], block.text[sentence[0]:match.start()]):
                continue
            severity = judge.severity(index, match.span())
            # A warning ("ask your pharmacist before taking herbal remedies") is no spam
            # unless something around it sells.
            rest = block.text[sentence[0]:match.start()] + " " + block.text[match.end():sentence[1]]
            if severity is None or (severity is Severity.INFO and _matches(options["caution"], rest)):
                continue
            yield finding_at(rule, doc.path, block.span(*match.span()),
                             rule.format(phrase=" ".join(match.group(0).split())),
                             severity=severity, context=match.group(0))


def _matches(pattern: str, text: str) -> bool:
    return bool(pattern) and compiled(pattern).search(text) is not None


def _sentence(block: Block, offset: int) -> tuple[int, int]:
    for start, end in block.sentences:
        if start <= offset < end:
            return start, end
    return 0, len(block.text)


class _Context:
    """Whether a block sits among selling or testimonial signals, worked out lazily."""

    def __init__(self, blocks: list[Block], doc: Document, options: Mapping[str, Any],
                 in_context: Severity, reported: PatternSet) -> None:
        self.blocks = blocks
        self.reported = reported
        # ("free delivery" may be a pharmacy's service; "I was completely cured" is a testimonial
        # wherever it stands)
        self.own_signals_need_company = options["report_signals"] == "selling"
        self.in_context = in_context
        self.options = options
        self.contacts = spam.document_contacts(doc, options)
        # (a business's own page, with its address and hours, sells only its own services)
        self.signals = pattern_set(options["testimonial"] + ([] if self.contacts.own_premises
                                                             else options["selling"]))
        self.scores: dict[int, tuple[bool, bool]] = {}  # index -> (signal, contact)

    def severity(self, index: int, phrase: tuple[int, int]) -> Severity | None:
        """The severity of the phrase at `phrase` in block `index`; None: not reported. A phrase
        that is itself a selling signal ("free delivery") is no context for itself: another
        signal must stand beside it. A testimonial is its own context."""
        if self._score(index)[1] and self.options["escalate_with_contact"]:
            return Severity.ERROR
        section = self.blocks[index].section
        width = self.options["context_blocks"]
        for other in range(max(0, index - width), min(len(self.blocks), index + width + 1)):
            if self.blocks[other].section is not section or (other == index and self._alone(index, phrase)):
                continue
            if any(self._score(other)):
                return self.in_context
        return Severity.INFO if self.options["without_context"] == "info" else None

    def _alone(self, index: int, phrase: tuple[int, int]) -> bool:
        """Whether the selling phrase at `phrase` is its block's only signal, with no contact
        detail and no other reported phrase ("Buy pills without a prescription from our online
        pharmacy" holds two) beside it."""
        if not self.own_signals_need_company or self._score(index)[1]:
            return False
        start, end = phrase
        text = self.blocks[index].text
        return all(start <= found.start() and found.end() <= end
                   for _, found in [*self.signals.find_all(text), *self.reported.find_all(text)])

    def _score(self, index: int) -> tuple[bool, bool]:
        if index not in self.scores:
            block = self.blocks[index]
            signal = bool(self.signals.find_all(block.text))
            self.scores[index] = (signal, spam.has_suspicious_contact(self.contacts.contacts(block),
                                                                      self.options))
        return self.scores[index]

