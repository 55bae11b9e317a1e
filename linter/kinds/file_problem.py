"""file_problem: problems with the file itself (unreadable, not UTF-8, malformed front matter).

These are found while reading and parsing, before any rule runs; the engine reports them under
the rule's code. The kind exists so that FILE rules are declared, selected and documented
like every other rule.
"""

from __future__ import annotations

from collections.abc import Iterator

from linter.context import RunContext
from linter.document import Document
from linter.findings import Finding
from linter.options import OptionSpec
from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("code", "rule")
OPTIONS: dict[str, OptionSpec] = {}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    return iter(())
