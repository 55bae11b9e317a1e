"""unsourced_quote: a quotation attributed to a named person, with no link or reference.

"…" – Dr. Jane Smith, Oncologist. Anyone can put words in a made-up doctor's mouth; a quote
that matters links to where it was said. Quotes from the publication's own interview ("in an
interview with …") or its own expert ("our in-house GP") are primary sources and pass.

An attribution needs a person: a title with a name ("Dr Roe", "Prof. Ana Lima") or at least
two capitalised names ("Richard Hamming"), not a word that happens to follow a dash
("When", "My", "No. Type", "A seemingly small injury…"), and it ends where an attribution
ends (the line, a comma, a role), not in the middle of a sentence.

A quote is sourced, too, when the page's sources name its speaker: another block that cites
(a source table's row, a reference entry) names the person ("Radio interview with Dr Ana
Lima, https://…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from linter import citations
from linter.document import Document
from linter.findings import Finding, finding_at
from linter.options import OptionSpec
from linter.patterns import compiled, pattern_set

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("name",)
OPTIONS = {
    "attribution": OptionSpec("list[regex]", [], "patterns of a quote's attribution; group "
                              "'name' is the person"),
    "primary_source": OptionSpec("regex", "", "text that makes the quote its own source"),
    "titles": OptionSpec("list[str]", [], "titles that make the next name a person's"),
    "not_names": OptionSpec("list[str]", [], "capitalised words that do not begin a name "
                            "(sentence starters, myth-versus-fact answers)"),
    "organisation_words": OptionSpec("list[str]", [], "words that make a name an organisation's"),
    "after_name": OptionSpec("regex", "", "what may follow a name that is an attribution"),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    attribution = pattern_set(rule.options["attribution"])
    if not attribution.might_match_within(doc.blocks_text):
        return
    patterns = [compiled(pattern) for pattern in rule.options["attribution"]]
    for block in doc.prose_blocks:
        if not attribution.might_match(block.text):
            continue
        people = _people(patterns, block.text, rule.options)
        # A block that cites, or is the publication's own interview, sources its quotes.
        if not people or citations.cited(block).marks or _is_primary(block.text, rule.options):
            continue
        for start, end, name in people:
            if _cited_elsewhere(doc, name, rule.options):
                continue
            yield finding_at(rule, doc.path, block.span(start, end),
                             rule.format(name=" ".join(name.split())), context=name)


def _people(patterns: list[Any], text: str, options: Mapping[str, Any]) -> list[tuple[int, int, str]]:
    """(start, end, name) of each attribution to a person, pattern by pattern."""
    found = []
    for pattern in patterns:
        group: int | str = "name" if "name" in pattern.groupindex else 0
        for match in pattern.finditer(text):
            start, end = match.span(group)
            if _is_person(match.group(group), text[end:], options):
                found.append((start, end, match.group(group)))
    return found


def _cited_elsewhere(doc: Document, name: str, options: Mapping[str, Any]) -> bool:
    """A block that cites names the person: the attribution's name without its title, whole
    ("Ana Lima" for "Prof. Ana Lima"), so another Lima in a reference list is not taken."""
    words = [word.rstrip(".,") for word in name.split()]
    if len(words) > 1 and words[0].casefold() in {t.casefold() for t in options["titles"]}:
        words = words[1:]
    named = re.compile(r"\b" + r"\.?\s+".join(map(re.escape, words)) + r"\b")
    return any(words[-1] in block.text and named.search(block.text) is not None
               and citations.cited(block).marks for block in doc.blocks)


def _is_primary(text: str, options: Mapping[str, Any]) -> bool:
    return bool(options["primary_source"]) and compiled(options["primary_source"]).search(text) is not None


def _is_person(name: str, after: str, options: Mapping[str, Any]) -> bool:
    """A person's name: a title and a name, or two or more capitalised names, followed by
    what follows an attribution (the end of the line, a comma, a role, "said")."""
    words = [w.rstrip(".,") for w in name.split()]
    titles = {t.casefold() for t in options["titles"]}
    titled = len(words) >= 2 and words[0].casefold() in titles
    names = words[1:] if titled else words
    if not names or words[0].casefold() in {w.casefold() for w in options["not_names"]}:
        return False
    if any(w.casefold() in {o.casefold() for o in options["organisation_words"]} for w in names):
        return False
    if not titled and (len(names) < 2 or not all(_looks_like_name(w) for w in names)):
        return False
    return not options["after_name"] or compiled(options["after_name"]).match(after) is not None


def _looks_like_name(word: str) -> bool:
    """Capitalised, then lower case: 'Hamming', "O'Brien", 'Smith-Jones'; not 'RBCs' or 'A'."""
    return len(word) > 1 and word[0].isupper() and any(c.islower() for c in word[1:]) \
        and not any(c.isdigit() for c in word)
