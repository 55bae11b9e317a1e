"""no_sources: an article that makes medical claims but cites nothing at all.

One finding for the article, at its title (or first line), when the prose matches a claim
pattern at least `min_claims` times and there is neither an inline citation nor a
references/sources section.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter.citations import has_any_citation
from linter.document import Document
from linter.findings import Finding, finding_at
from linter.kinds._scan import compiled
from linter.options import OptionSpec
from linter.positions import Span

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("claims",)
OPTIONS = {
    "patterns": OptionSpec("list[regex]", [], "what counts as a medical claim"),
    "min_claims": OptionSpec("int", 1, "how many claims make an article need sources"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    if doc.has_references_section or doc.footnote_definitions or has_any_citation(doc):
        return
    patterns = [compiled(p) for p in rule.options["patterns"]]
    claims = sum(1 for block in doc.prose_blocks for p in patterns for _ in p.finditer(block.text))
    if claims < rule.options["min_claims"]:
        return
    heading = next((b for b in doc.blocks if b.kind == "heading"), None)
    line = heading.line if heading else (doc.front_matter_lines[1] + 1 if doc.front_matter_lines[1] else 1)
    yield finding_at(rule, doc.path, Span(line, 1, line, 1), rule.format(claims=claims),
                     context="no sources")
