"""spam_contacts: contact details, judged by the spam signals around them.

Each email address (plain or "name at gmail dot com"), phone number (libphonenumber),
messaging-app call ("call/WhatsApp", "Telegram") and link to a free blog host or URL
shortener is reported at its own position. Its severity comes from its context, the block
and the `context_blocks` blocks either side in the same section:
  error    a spam context: a cure testimonial or selling phrase, or two fraud phrases
  info     otherwise, for a personal email, a messaging call, a foreign mobile number, a blog
           or shortener link; a phone number or organisation email with no spam context is
           not reported at all (a hospital's appointment line is not spam)
Allowlisted domains and numbers are never reported.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from linter import spam
from linter.document import Block, Document
from linter.findings import Finding, Severity, finding_at
from linter.options import OptionSpec
from linter.patterns import compiled, pattern_set

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("detail", "text", "where")
OPTIONS = {
    "testimonial": OptionSpec("list[regex]", [], "cure-testimonial phrases (strong signals)"),
    "selling": OptionSpec("list[regex]", [], "drug-selling phrases (strong signals)"),
    "fraud": OptionSpec("list[regex]", [], "health-fraud wording (weak signals)"),
    **spam.CONTACT_OPTIONS,
    "weak_signals_for_spam": OptionSpec("int", 2, "fraud phrases that make a spam context"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    options = rule.options
    # Reference sections too: comment spam pasted after a "References" heading is still spam.
    blocks = [b for b in doc.blocks if b.kind != "heading"]
    scores: dict[int, tuple[int, int, int]] = {}  # scored only around blocks with contact details
    finders = spam.document_contacts(doc, options)
    for index, block in enumerate(blocks):
        contacts = finders.contacts(block)
        if not contacts:
            continue
        testimonial, selling, weak = _window(blocks, scores, index, options)
        # (a business's own page sells its own services: its ordering words are no spam context)
        spammy = testimonial > 0 or (selling > 0 and not finders.own_premises) \
            or weak >= options["weak_signals_for_spam"]
        for contact in contacts:
            if spam.allowed(contact, options["allow_domains"], options["allow_numbers"]):
                continue
            severity = _severity(contact, spammy, options["home_region"])
            if severity is None:
                continue
            where = "in a spam context" if spammy else "with no spam context"
            yield finding_at(rule, doc.path, block.span(contact.start, contact.end),
                             rule.format(detail=contact.detail, text=contact.text, where=where),
                             severity=severity, context=contact.text)


def _severity(contact: spam.Contact, spammy: bool, home_region: str) -> Severity | None:
    if spammy:
        return Severity.ERROR
    return Severity.INFO if spam.suspicious(contact, home_region) else None


def signal_score(block: Block, options: Mapping[str, Any]) -> tuple[int, int, int]:
    """(testimonial, selling, weak) spam signals in one block: the first two are strong."""
    text = block.text
    signals = (*options["testimonial"], *options["selling"], *options["fraud"])
    if not pattern_set(signals).might_match(text):
        return 0, 0, 0
    def count(kind: str) -> int:
        return sum(1 for p in options[kind] if compiled(p).search(text))
    return count("testimonial"), count("selling"), count("fraud")


def _window(blocks: list[Block], scores: dict[int, tuple[int, int, int]], index: int,
            options: Mapping[str, Any]) -> tuple[int, int, int]:
    section = blocks[index].section
    width = options["context_blocks"]
    testimonial = selling = weak = 0
    for other in range(max(0, index - width), min(len(blocks), index + width + 1)):
        if blocks[other].section is section:
            if other not in scores:
                scores[other] = signal_score(blocks[other], options)
            testimonial += scores[other][0]
            selling += scores[other][1]
            weak += scores[other][2]
    return testimonial, selling, weak
