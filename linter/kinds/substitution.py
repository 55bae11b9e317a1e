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
from linter.kinds._scan import blocks, find_all
from linter.rules import Rule

OPTIONS = {
    "swap": OptionSpec("dict", {}, "regex -> preferred text"),
    "ignore_case": OptionSpec("bool", False, "match the patterns without regard to case"),
    "references": OptionSpec("bool", False, "also check reference-list entries"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    flags = re.IGNORECASE if rule.options["ignore_case"] else 0
    patterns = tuple(str(pattern) for pattern in rule.options["swap"])
    preferred = [str(text) for text in rule.options["swap"].values()]
    for block in blocks(doc, references=rule.options["references"]):
        for index, match in find_all(patterns, block.text, flags):
            actual = match.group(0)
            if actual == preferred[index]:
                continue
            yield finding_at(
                rule, doc.path, block.span(*match.span()),
                rule.format(expected=preferred[index], actual=actual),
                fix=preferred[index], context=actual,
            )
