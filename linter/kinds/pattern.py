"""pattern: the existence of a regex or of a term from a list is a finding.

For editors' own packs: house-style bans, words to avoid, phrases that need a second look.
The message may use {match}.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.context import RunContext
from linter.document import Document
from linter.findings import Finding, cut_off, finding_at
from linter.kinds import blocks
from linter.options import OptionSpec
from linter.patterns import PatternTimeout, pattern_set, term_alternation
from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("match",)
OPTIONS = {
    "patterns": OptionSpec("list[regex]", [], "regular expressions to report"),
    "terms": OptionSpec("list[str]", [], "literal words or phrases to report, whole words"),
    "ignore_case": OptionSpec("bool", True, "match without regard to case"),
    "headings": OptionSpec("bool", True, "also check headings"),
    "references": OptionSpec("bool", False, "also check reference-list entries"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    ignore_case = rule.options["ignore_case"]
    flags = re.IGNORECASE if ignore_case else 0
    patterns = list(rule.options["patterns"])
    terms = term_alternation(tuple(rule.options["terms"]), ignore_case)
    if terms is not None:
        patterns.append(terms.pattern)
    search = pattern_set(patterns, flags, rule.trusted)
    try:
        for block in blocks(doc, headings=rule.options["headings"],
                            references=rule.options["references"], matching=search):
            for _, match in search.find_all(block.text):
                yield finding_at(rule, doc.path, block.span(match.start(), match.end()),
                                 rule.format(match=match.group(0)), context=match.group(0))
    except PatternTimeout as cut:
        yield cut_off(rule, doc.path, cut)
