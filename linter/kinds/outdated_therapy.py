"""outdated_therapy: an approved therapy described as new, emerging or experimental.

Each therapy's first FDA approval date comes from a data file (rules/data/her2-therapies.yml
by default). A sentence that names a therapy (generic, brand or alias) together with a
novelty word is reported when the article's own date (its newest publication or update date;
today when it has none) is more than `max_years` after the approval. An article from 2013
calling pertuzumab "emerging" was right; one undated, or dated 2016 or later, is not.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.dates import article_dates
from linter.document import Document
from linter.errors import ConfigError
from linter.findings import Finding, finding_at
from linter.kinds import OptionSpec
from linter.kinds._scan import block_gate, compiled, term_alternation

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

OPTIONS = {
    "max_years": OptionSpec("int", 5, "years after approval a therapy stops being new"),
    "novelty": OptionSpec("regex", r"(?i)\b(?:new|newer|newest|novel|emerging|experimental|"
                          r"investigational|promising|cutting-edge|under\s+investigation|"
                          r"being\s+(?:studied|tested)|not\s+yet\s+approved|in\s+clinical\s+trials)\b",
                          "words that call a therapy new"),
    "therapies_file": OptionSpec("str", "her2-therapies.yml",
                                 "the therapies data file: a built-in name or a path"),
    "date_order": OptionSpec("str", "mdy", "how to read 3/4/2012", ("mdy", "dmy")),
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    therapies = load_therapies(rule.options["therapies_file"])
    names = term_alternation(tuple(name for t in therapies for name in t["names"]), True)
    if names is None:
        return
    novelty = compiled(rule.options["novelty"])
    reference = _article_date(doc, rule, context)
    by_name: dict[str, list[dict[str, Any]]] = {}
    for therapy in therapies:
        for name in therapy["names"]:
            by_name.setdefault(name.lower(), []).append(therapy)
    may_name = block_gate(names, doc)
    may_call_new = block_gate(novelty, doc)
    for block in doc.prose_blocks:
        # A therapy's name is rarer in prose than the novelty words: look for it first.
        if not may_name(block.text) or not may_call_new(block.text) or not novelty.search(block.text):
            continue
        for start, end in block.sentences:
            sentence = block.text[start:end]
            word = novelty.search(sentence)
            if word is None:
                continue
            for match in names.finditer(sentence):
                therapy = _applicable(by_name[match.group(0).lower()], sentence)
                years = (reference - therapy["approved"]).days / 365.25
                if years <= rule.options["max_years"]:
                    continue
                yield finding_at(
                    rule, doc.path, block.span(start + match.start(), start + match.end()),
                    rule.format(therapy=match.group(0), word=word.group(0),
                                year=therapy["approved"].year, years=int(years)),
                    context=sentence)


def _applicable(entries: list[dict[str, Any]], sentence: str) -> dict[str, Any]:
    """The latest approval whose context (an indication such as HER2-low) the sentence names."""
    lowered = sentence.lower()
    fitting = [e for e in entries if not e.get("context") or e["context"].lower() in lowered]
    return max(fitting or entries, key=lambda e: e["approved"])


def _article_date(doc: Document, rule: Rule, context: RunContext) -> date:
    from linter.kinds.article_dates import default_keys

    own = [d.value for d in article_dates(doc, default_keys(), rule.options["date_order"])
           if d.role != "next_review" and d.value <= context.today]
    return max(own) if own else context.today


@lru_cache(maxsize=8)
def load_therapies(name: str) -> tuple[dict[str, Any], ...]:
    from linter.rules import builtin_data

    if "/" in name or (Path(name).suffix and Path(name).exists()):
        import yaml

        try:
            data = yaml.safe_load(Path(name).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as error:
            raise ConfigError(f"{name}: cannot read therapies file: {error}") from None
    else:
        data = builtin_data(name)
    therapies = []
    for entry in (data or {}).get("therapies", []):
        approved = entry.get("approved")
        if not isinstance(approved, date):
            raise ConfigError(f"{name}: therapy {entry.get('name')!r}: 'approved' must be a date")
        names = [entry["name"], *entry.get("brands", []), *entry.get("aliases", [])]
        therapies.append({**entry, "names": [n for n in names if n]})
    return tuple(therapies)
