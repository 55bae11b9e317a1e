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
from linter.kinds._scan import blocks, pattern_set
from linter.rules import Rule

OPTIONS = {
    "swap": OptionSpec("dict", {}, "regex -> preferred text"),
    "ignore_case": OptionSpec("bool", False, "match the patterns without regard to case"),
    "references": OptionSpec("bool", False, "also check reference-list entries"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    flags = re.IGNORECASE if rule.options["ignore_case"] else 0
    patterns = pattern_set(tuple(str(p) for p in rule.options["swap"]), flags).for_document(doc)
    preferred = [str(text) for text in rule.options["swap"].values()]
    for block in blocks(doc, references=rule.options["references"]):
        for index, match in patterns.find_all(block.text):
            actual = match.group(0)
            if actual == preferred[index]:
                continue
            yield finding_at(
                rule, doc.path, block.span(*match.span()),
                rule.format(expected=preferred[index], actual=actual),
                fix=preferred[index], context=actual,
            )
