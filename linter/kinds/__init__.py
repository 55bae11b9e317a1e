"""Rule kinds: the code behind the rules. One module per kind, listed in KINDS.

A kind module declares OPTIONS (name -> OptionSpec), FIELDS (the placeholders its rules'
messages may use; per value of the identity option when its checks differ) and a pure function
``check(doc, rule, context) -> Iterable[Finding]``. A kind with a whole-run phase (remote links,
checked once for all files) has instead a pair: ``collect(doc)``, the file's work for the
phase, and ``report(results, context, quiet)``, which runs the phase over every file's result
and adds the findings. Modules are imported only when a rule of theirs runs, so a run pays for
what it selects and no more.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from linter.options import OptionSpec

if TYPE_CHECKING:
    from collections.abc import Iterator

    from linter.context import RunContext
    from linter.document import Block, Document
    from linter.findings import Finding
    from linter.patterns import PatternSet
    from linter.rules import Rule

KINDS = {
    "pattern": "linter.kinds.pattern",
    "substitution": "linter.kinds.substitution",
    "unsourced_claim": "linter.kinds.unsourced_claim",
    "no_sources": "linter.kinds.no_sources",
    "unsourced_quote": "linter.kinds.unsourced_quote",
    "citation_plumbing": "linter.kinds.citation_plumbing",
    "article_dates": "linter.kinds.article_dates",
    "reference_dates": "linter.kinds.reference_dates",
    "outdated_therapy": "linter.kinds.outdated_therapy",
    "dated_facts": "linter.kinds.dated_facts",
    "dated_claims": "linter.kinds.dated_claims",
    "spam_contacts": "linter.kinds.spam_contacts",
    "spam_wording": "linter.kinds.spam_wording",
    "reading_grade": "linter.kinds.reading_grade",
    "long_sentence": "linter.kinds.long_sentence",
    "local_links": "linter.kinds.local_links",
    "remote_links": "linter.kinds.remote_links",
    "mailto_links": "linter.kinds.mailto_links",
    "file_problem": "linter.kinds.file_problem",
}


class KindModule(Protocol):
    OPTIONS: dict[str, OptionSpec]
    FIELDS: tuple[str, ...] | dict[str, tuple[str, ...]]

    def check(self, doc: Document, rule: Rule, context: RunContext) -> Iterable[Finding]: ...


def blocks(doc: Document, *, headings: bool = True, references: bool = False,
           matching: PatternSet | None = None) -> Iterator[Block]:
    """The document's blocks a rule reads: headings and reference entries where it asks; with
    `matching`, only those where one of its patterns may match."""
    for block in doc.blocks if matching is None else doc.blocks_where(matching):
        if block.kind == "heading" and not headings:
            continue
        if block.is_reference and not references:
            continue
        yield block


@cache
def has_phase(kind: str) -> bool:
    """Whether the kind works in a whole-run phase (collect, then report) instead of check."""
    return hasattr(kind_module(kind), "report")


def kind_names() -> list[str]:
    return sorted(KINDS)


@cache
def kind_module(name: str) -> Any:
    module: ModuleType = importlib.import_module(KINDS[name])
    return module




def message_fields(kind: str, options: Mapping[str, Any]) -> tuple[str, ...]:
    """The placeholders a rule of this kind, with these options, fills in its message."""
    module = kind_module(kind)
    fields = module.FIELDS
    if isinstance(fields, dict):
        identity = next(name for name, spec in module.OPTIONS.items() if spec.identity)
        return tuple(fields.get(options.get(identity), ()))
    return tuple(fields)
