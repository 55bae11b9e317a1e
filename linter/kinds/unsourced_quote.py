"""unsourced_quote: a quotation attributed to a named person, with no link or reference.

"…" – Dr. Jane Smith, Oncologist. Anyone can put words in a made-up doctor's mouth; a quote
that matters links to where it was said. Quotes from the publication's own interview ("in an
interview with …") are primary sources and pass.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter import citations
from linter.document import Document
from linter.findings import Finding, finding_at
from linter.kinds import OptionSpec
from linter.kinds._scan import block_gate, compiled, gated

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

OPTIONS = {
    "attribution": OptionSpec("list[regex]", [], "patterns of a quote's attribution; group "
                              "'name' is the person"),
    "primary_source": OptionSpec("regex", "", "text that makes the quote its own source"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    patterns = gated(map(compiled, rule.options["attribution"]), doc)
    primary = compiled(rule.options["primary_source"]) if rule.options["primary_source"] else None
    may_be_primary = block_gate(primary, doc) if primary is not None else None
    for block in doc.prose_blocks:
        if may_be_primary is not None and may_be_primary(block.text) and primary.search(block.text):  # type: ignore[union-attr]
            continue
        cited = citations.cited(block, doc)
        for pattern, may_attribute in patterns:
            if not may_attribute(block.text):
                continue
            for match in pattern.finditer(block.text):
                if cited.marks:
                    break
                name = match.group("name") if "name" in pattern.groupindex else match.group(0)
                start, end = match.span("name") if "name" in pattern.groupindex else match.span()
                yield finding_at(rule, doc.path, block.span(start, end),
                                 rule.format(name=" ".join(name.split())), context=name)
