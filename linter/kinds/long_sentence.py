"""long_sentence: a sentence with more than `max_words` words (default 25).

Long sentences are the first thing plain-language guides (NIH, CDC Clear Communication Index)
ask writers to split. Prose only: headings, tables, code and references are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter.document import Document
from linter.findings import CONTEXT_CHARS, Finding, finding_at
from linter.kinds import OptionSpec
from linter.text import WORD

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

OPTIONS = {
    "max_words": OptionSpec("int", 25, "words a sentence may have"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    limit = rule.options["max_words"]
    for block in doc.prose_blocks:
        if block.table is not None:
            continue
        for start, end in block.sentences:
            count = len(WORD.findall(block.text, start, end))
            if count > limit:
                yield finding_at(rule, doc.path, block.span(start, start + 1),
                                 rule.format(words=count, limit=limit),
                                 context=block.text[start : min(end, start + CONTEXT_CHARS)])
