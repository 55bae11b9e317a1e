"""substitution: a preferred term. Each `swap` maps a regex to the text to write instead.

The finding carries the replacement as its fix (`medlint check --fix` applies it). Code, link
URLs and (by default) reference-list entries are left alone: references quote other people's
titles as they were published; so is a match inside a dotted identifier
("breast.cancer.Her2.adjuvant", a template's or a file's name), which renaming would break.
A match that starts with a capital gets a capitalised replacement, so a fix at the start of a
sentence keeps the sentence's capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from linter.context import RunContext
from linter.document import Document
from linter.findings import Finding, cut_off, finding_at
from linter.kinds import blocks
from linter.options import OptionSpec
from linter.patterns import PatternTimeout, pattern_set
from linter.rules import Rule

FIXES = True
# The placeholders its rules' messages may use.
FIELDS = ("expected", "actual")
OPTIONS = {
    "swap": OptionSpec("dict", {}, "regex -> preferred text"),
    "ignore_case": OptionSpec("bool", False, "match the patterns without regard to case"),
    "references": OptionSpec("bool", False, "also check reference-list entries"),
    "skip_audiences": OptionSpec("list[str]", [], "front matter `audience:` values this rule is off for"),
    "audience_key": OptionSpec("str", "audience", "front matter key naming the audience"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    if _audience_skipped(doc, rule):
        return
    flags = re.IGNORECASE if rule.options["ignore_case"] else 0
    patterns = pattern_set((str(p) for p in rule.options["swap"]), flags, rule.trusted)
    preferred = [str(text) for text in rule.options["swap"].values()]
    try:
        for block in blocks(doc, references=rule.options["references"], matching=patterns):
            for index, match in patterns.find_all(block.text):
                actual = match.group(0)
                if _in_dotted_identifier(block.text, *match.span()):
                    continue
                wanted = _with_case_of(actual, preferred[index])
                if actual == wanted:
                    continue
                yield finding_at(
                    rule, doc.path, block.span(*match.span()),
                    rule.format(expected=wanted, actual=actual),
                    fix=wanted, context=actual,
                )
    except PatternTimeout as cut:
        yield cut_off(rule, doc.path, cut)


def _audience_skipped(doc: Document, rule: Rule) -> bool:
    skipped = rule.options["skip_audiences"]
    audience = doc.audience(rule.options["audience_key"]) if skipped else None
    return audience is not None and audience in {a.lower() for a in skipped}


# A run of word characters joined by dots, with at least two dots: "a.b.c".
DOTTED_IDENTIFIER = re.compile(r"\w+(?:\.\w+){2,}")


def _in_dotted_identifier(text: str, start: int, end: int) -> bool:
    """The match is part of "breast.cancer.Her2.adjuvant": joined by a dot to a word on
    either side, in a run with two dots or more (one dot may be a missing space)."""
    joined_before = start >= 2 and text[start - 2].isalnum() and text[start - 1] == "."
    joined_after = text[end:end + 1] == "." and text[end + 1:end + 2].isalnum()
    if not (joined_before or joined_after):
        return False
    left = start
    while left > 0 and (text[left - 1].isalnum() or text[left - 1] in "._"):
        left -= 1
    run = DOTTED_IDENTIFIER.match(text, left)
    return run is not None and run.end() >= end


def _with_case_of(actual: str, replacement: str) -> str:
    """'Prognosis' -> 'Outlook': a capital at the start of the match stays a capital."""
    if actual[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
