"""substitution: a preferred term. Each `swap` maps a regex to the text to write instead.

The finding carries the replacement as its fix (`medlint check --fix` applies it). Code, link
URLs and (by default) reference-list entries are left alone: references quote other people's
titles as they were published. A match that starts with a capital gets a capitalised
replacement, so a fix at the start of a sentence keeps the sentence's capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.context import RunContext
from linter.document import Document
from linter.findings import Finding, cut_off, finding_at
from linter.kinds import blocks
from linter.options import OptionSpec
from linter.patterns import PatternTimeout, pattern_set
from linter.rules import Rule

FIXES = True
# The placeholders its rules' messages may use.
FIELDS = ("expected", "actual")
OPTIONS = {
    "swap": OptionSpec("dict", {}, "regex -> preferred text"),
    "ignore_case": OptionSpec("bool", False, "match the patterns without regard to case"),
    "references": OptionSpec("bool", False, "also check reference-list entries"),
    "skip_audiences": OptionSpec("list[str]", [], "front matter `audience:` values this rule is off for"),
    "audience_key": OptionSpec("str", "audience", "front matter key naming the audience"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    if _audience_skipped(doc, rule):
        return
    flags = re.IGNORECASE if rule.options["ignore_case"] else 0
    patterns = pattern_set((str(p) for p in rule.options["swap"]), flags, rule.trusted)
    preferred = [str(text) for text in rule.options["swap"].values()]
    try:
        for block in blocks(doc, references=rule.options["references"], matching=patterns):
            for index, match in patterns.find_all(block.text):
                actual = match.group(0)
                wanted = _with_case_of(actual, preferred[index])
                if actual == wanted:
                    continue
                yield finding_at(
                    rule, doc.path, block.span(*match.span()),
                    rule.format(expected=wanted, actual=actual),
                    fix=wanted, context=actual,
                )
    except PatternTimeout as cut:
        yield cut_off(rule, doc.path, cut)


def _audience_skipped(doc: Document, rule: Rule) -> bool:
    skipped = rule.options["skip_audiences"]
    audience = doc.audience(rule.options["audience_key"]) if skipped else None
    return audience is not None and audience in {a.lower() for a in skipped}


def _with_case_of(actual: str, replacement: str) -> str:
    """'Prognosis' -> 'Outlook': a capital at the start of the match stays a capital."""
    if actual[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
