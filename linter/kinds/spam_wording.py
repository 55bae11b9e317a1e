"""spam_wording: phrases of health fraud, cure testimonials or drug selling.

Each phrase is reported at its position with the rule's severity, raised to error when the
same block also gives a contact detail (an email address, a phone number, a messaging call):
wording plus a way to buy is the shape of spam.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter import spam
from linter.document import Document
from linter.findings import Finding, Severity, finding_at
from linter.kinds import OptionSpec
from linter.kinds._scan import blocks, compiled, pattern_set

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

OPTIONS = {
    "patterns": OptionSpec("list[regex]", [], "the phrases to report"),
    "messaging": OptionSpec("list[regex]", [], "messaging-app calls that count as contact"),
    "escalate_with_contact": OptionSpec("bool", True, "error when the block has contact details"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    patterns = pattern_set(tuple(rule.options["patterns"])).for_document(doc)
    for block in blocks(doc):
        matches = patterns.find_all(block.text)
        if not matches:
            continue
        severity = None
        if rule.options["escalate_with_contact"] and _has_contact(block, rule):
            severity = Severity.ERROR
        for _, match in matches:
            yield finding_at(rule, doc.path, block.span(*match.span()),
                             rule.format(phrase=" ".join(match.group(0).split())),
                             severity=severity, context=match.group(0))


def _has_contact(block: object, rule: Rule) -> bool:
    text = block.text  # type: ignore[attr-defined]
    if spam.EMAIL.search(text) or spam.OBFUSCATED_EMAIL.search(text):
        return True
    if any(compiled(p).search(text) for p in rule.options["messaging"]):
        return True
    return bool(re.search(r"\+\d[\d\s().-]{7,}", text))
