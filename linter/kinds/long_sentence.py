"""long_sentence: a sentence with more than `max_words` words (default 25).

Long sentences are the first thing plain-language guides (NIH, CDC Clear Communication Index)
ask writers to split. Prose only: headings, tables, code and references are left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from linter.document import Document
from linter.findings import CONTEXT_CHARS, Finding, finding_at
from linter.options import OptionSpec
from linter.text import WORD

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("words", "limit")
OPTIONS = {
    "max_words": OptionSpec("int", 25, "words a sentence may have"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    limit = rule.options["max_words"]
    too_many = more_words_than(limit)
    for block in doc.prose_blocks:
        if block.table is not None:
            continue
        for start, end in block.sentences:
            if too_many.match(block.text, start, end) is None:
                continue
            count = len(WORD.findall(block.text, start, end))
            if count > limit:
                yield finding_at(rule, doc.path, block.span(start, start + 1),
                                 rule.format(words=count, limit=limit),
                                 context=block.text[start : min(end, start + CONTEXT_CHARS)])


@lru_cache(maxsize=16)
def more_words_than(limit: int) -> re.Pattern[str]:
    """Matches at a sentence's start when it holds more than `limit` words, read as
    WORD.findall reads them (skipping what cannot begin one), and stops reading there:
    most sentences are short, and counting every word of every one is the rule's cost.
    Tried once per sentence, at its start; atomic and possessive, it reads each character
    at most once."""
    return re.compile(rf"(?>[^A-Za-z\d]*+(?:{WORD.pattern})){{{max(limit, 0) + 1}}}")
