"""Rule kinds: the code behind the rules. One module per kind, listed in KINDS.

A kind module declares OPTIONS (name -> OptionSpec) and a pure function
``check(doc, rule, context) -> Iterable[Finding]``. Modules are imported only when a rule of theirs
runs, so a run pays for what it selects and no more.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol

from linter.untrusted import quote

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.document import Document
    from linter.findings import Finding
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

    def check(self, doc: Document, rule: Rule, context: RunContext) -> Iterable[Finding]: ...


def kind_names() -> list[str]:
    return sorted(KINDS)


@cache
def kind_module(name: str) -> Any:
    module: ModuleType = importlib.import_module(KINDS[name])
    return module


_TYPES: dict[str, tuple[type, ...]] = {
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "str": (str,),
    "list": (list,),
    "dict": (dict,),
}


@dataclass(frozen=True)
class OptionSpec:
    """One option of a rule kind: its type, default, and what it means."""

    type: str  # int, float, bool, str, regex, list[str], list[regex], dict
    default: Any
    help: str = ""
    choices: tuple[str, ...] = ()

    @property
    def article_settable(self) -> bool:
        """Whether an article's front matter may set it: numbers, booleans and named choices;
        never patterns, paths, lists or mappings (front matter is untrusted input)."""
        return self.type in ("int", "float", "bool") or bool(self.choices)

    def check(self, value: Any) -> Any:
        base = self.type.split("[")[0]
        if base == "regex":
            base = "str"
        wanted = _TYPES[base]
        if not isinstance(value, wanted) or (base != "bool" and isinstance(value, bool)):
            raise ValueError(f"must be {self.type}, not {type(value).__name__} ({quote(value)})")
        if self.choices and value not in self.choices:
            raise ValueError(f"must be one of {', '.join(self.choices)}, not {quote(value)}")
        if self.type.startswith("list["):
            item = self.type[5:-1]
            for element in value:
                if not isinstance(element, str):
                    raise ValueError(f"must be a list of text, and {quote(element)} is not text")
                if item == "regex":
                    _compile(element)
        if self.type == "regex":
            _compile(value)
        return value


def _compile(pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"has a pattern that does not compile: {quote(pattern)}: {error}") from None
