"""substitution: a preferred term. Each `swap` maps a regex to the text to write instead.

The finding carries the replacement as its fix. Code, link URLs and (by default) reference-list
entries are left alone: references quote other people's titles as they were published.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.document import Document
from linter.context import RunContext
from linter.findings import Finding, finding_at
from linter.kinds import OptionSpec
from linter.kinds._scan import blocks, compiled
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
        matches = [(m.start(), -m.end(), m.group(0), preferred)
                   for pattern, preferred in swaps for m in pattern.finditer(block.text)]
        taken_until = -1
        for start, negative_end, actual, preferred in sorted(matches):
            if start < taken_until or actual == preferred:
                continue  # overlapping swaps: the longest match at a place wins
            taken_until = -negative_end
            yield finding_at(
                rule, doc.path, block.span(start, -negative_end),
                rule.format(expected=preferred, actual=actual),
                fix=preferred, context=actual,
            )
