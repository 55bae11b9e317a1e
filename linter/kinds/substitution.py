"""substitution: a preferred term. Each `swap` maps a regex to the text to write instead.

The finding carries the replacement as its fix. Code, link URLs and (by default) reference-list
entries are left alone: references quote other people's titles as they were published.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.context import RunContext
from linter.document import Document
from linter.findings import Finding, finding_at
from linter.kinds import OptionSpec
from linter.kinds._scan import blocks, compiled, non_overlapping
from linter.rules import Rule

OPTIONS = {
    "swap": OptionSpec("dict", {}, "regex -> preferred text"),
    "ignore_case": OptionSpec("bool", False, "match the patterns without regard to case"),
    "references": OptionSpec("bool", False, "also check reference-list entries"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    flags = re.IGNORECASE if rule.options["ignore_case"] else 0
    swaps = [(compiled(str(pattern), flags), str(text))
             for pattern, text in rule.options["swap"].items()]
    for block in blocks(doc, references=rule.options["references"]):
        matches = {m: preferred for pattern, preferred in swaps for m in pattern.finditer(block.text)}
        for match in non_overlapping(list(matches)):
            actual, preferred = match.group(0), matches[match]
            if actual == preferred:
                continue
            yield finding_at(
                rule, doc.path, block.span(*match.span()),
                rule.format(expected=preferred, actual=actual),
                fix=preferred, context=actual,
            )
