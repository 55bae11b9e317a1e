"""Therapies and where an article names them: shared by the DATE rules that know approvals.

The therapy table (rules/data/her2-therapies.yml by default) lists each approval with the
names a writer may use: generic, brand, abbreviations. A name is found whole, whatever its case,
and its words may be split by markup (`[[Trastuzumab]] deruxtecan`, `**T-DXd**`), so a
wikilink or emphasis never turns one drug into another.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linter.errors import ConfigError
from linter.patterns import automaton, lazy_regex, occurs, single
from linter.untrusted import MAX_CONFIG_BYTES, quote, read_regular

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.document import Document

# What may stand between the words of a name: white space, a hyphen (trastuzumab-deruxtecan)
# and the markup left in prose (wikilink brackets and pipes, emphasis blanked to spaces).
NAME_GAP = r"[\s\[\]*_|-]+"
MARKUP = lazy_regex(r"[\[\]|*_]")  # wikilink, table and emphasis marks inside a name
NAME_MARKS = str.maketrans(dict.fromkeys("[]*_|-", " "))  # NAME_GAP's characters other than white space
# Where a sentence turns from one statement to another ("approved for HER2-low; not approved
# for HER2-null", "... but not before surgery"): DATE008 and DATE010 read one clause at a time.
# (", and other ADCs are being studied" opens a clause on another subject)
CLAUSE_BREAK = lazy_regex(r";|\b(?:but|whereas|however|although|though|unlike|except)\b"
                          r"|,\s+and\s+(?=(?:other|another|newer|several|many)\s)", re.IGNORECASE)
# A dated document that a quotation comes from: "our own 2018 patient handout", "the 2016 guide".
DATED_SOURCE = lazy_regex(r"(?i)\b((?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}(?:handout|leaflet|guide|guidelines?|"
                          r"version|edition|slides?|notes?|page|article|post|booklet|brochure|statement|label|text|"
                          r"document|newsletter|FAQ|website|recommendation|advice|guidance|summary|summaries|"
                          r"review|report|abstract|teaching|lecture)s?\b")
# A label or table cell that is only a year ("- **2019**: ...", "| 1998 | ... |"): a timeline's
# entry, which narrates that year (DATE008 and DATE010 alike).
ONLY_A_YEAR = lazy_regex(r"\s*[*_]{0,2}((?:19|20)\d\d)[*_]{0,2}\s*")


@dataclass(frozen=True)
class Approval:
    """One FDA approval of a therapy: its first, or a later indication (`context`)."""

    key: str  # the therapy's id, shared by all its approvals (TDXD)
    name: str  # the generic name, as messages show it
    names: tuple[str, ...]  # every name that means this therapy
    approved: date
    indication: str
    source: str
    context: str = ""  # text a sentence must name for this approval to apply (HER2-low)
    trials: tuple[str, ...] = ()  # the trials it rests on: naming one names this approval

    def fits(self, lowered: str) -> bool:
        """Whether a (lowered) text names this approval's context, the indication it is for."""
        return bool(self.context) and any(part.strip().lower() in lowered
                                          for part in self.context.split("|") if part.strip())

    def trial_named_in(self, text: str) -> str | None:
        """The first of its trials the text names, spelled as the text spells it."""
        found = trial_pattern(self.trials).search(text) if self.trials else None
        return found.group(0) if found else None


@lru_cache(maxsize=64)
def trial_pattern(trials: tuple[str, ...]) -> re.Pattern[str]:
    """Trial names as pages write them: "DESTINY-Breast03", "DESTINY Breast 3", "DB-03". A name
    with a number is read in any case; one without ("SOPHIA", "NALA") only in its own, so that a
    person's name is not a trial."""
    def spelled(name: str) -> str:
        runs = re.findall(r"[A-Za-z]+|\d+", name)
        body = r"[\s-]*".join(f"0*{run.lstrip('0') or '0'}" if run.isdigit() else re.escape(run)
                               for run in runs)
        return f"(?i:{body})" if any(run.isdigit() for run in runs) else body
    return re.compile(r"(?<![\w-])(?:" + "|".join(spelled(name) for name in trials) + r")(?![\w-])")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str
    text: str


@lru_cache(maxsize=8)
def load_therapies(name: str) -> tuple[Approval, ...]:
    """The approvals of a therapies file: a built-in name or a path."""
    data = load_data(name, "therapies")
    approvals = []
    for entry in (data or {}).get("therapies", []) if isinstance(data, dict) else []:
        approvals.append(_approval(name, entry))
    return tuple(approvals)


def names_a_path(name: str) -> bool:
    """A data file option names a file of the user's (a path the engine resolved from the
    configuration's folder, and confined to it), or else one shipped in rules/data."""
    return os.path.isabs(name)


def data_digest(name: str) -> str:
    """A digest of the data file a rule's option names, so that a result cache notices an
    edited fact pack (or a built-in data file changed in a development install)."""
    from linter.rules import packs_folder

    try:
        if names_a_path(name):
            data = read_regular(name, MAX_CONFIG_BYTES)
        else:
            data = packs_folder().joinpath("data", name).read_bytes()
    except (OSError, ValueError):
        return "unreadable"
    return hashlib.sha256(data).hexdigest()


def load_data(name: str, what: str) -> Any:
    from linter.rules import builtin_data

    if names_a_path(name):
        import yaml

        from linter.untrusted import describe, load_yaml, read_config_text

        text = read_config_text(Path(name), f"{what} file")
        try:
            return load_yaml(text)
        except yaml.YAMLError as error:  # the line and the problem, never the file's text
            raise ConfigError(f"{name}: {what} file is not valid YAML: {describe(error)}") from None
    if "/" in name or "\\" in name or name.startswith("."):
        raise ConfigError(f"{quote(name)}: a {what} file given by its path is set in the "
                          "configuration's `rules:` (a path from its folder), not in a pack")
    try:
        return builtin_data(name)
    except (OSError, ValueError) as error:
        raise ConfigError(f"{name}: no built-in {what} file of that name ({error})") from None


def _approval(file: str, entry: Any) -> Approval:
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
        raise ConfigError(f"{file}: each therapy is a mapping with a 'name'")
    approved = entry.get("approved")
    if not isinstance(approved, date):
        raise ConfigError(f"{file}: therapy {entry.get('name')!r}: 'approved' must be a date")
    names = [entry["name"], *entry.get("brands", []), *entry.get("aliases", [])]
    return Approval(
        key=str(entry.get("id") or entry["name"]).upper(),
        name=entry["name"],
        names=tuple(str(n) for n in names if n),
        approved=approved,
        indication=str(entry.get("indication", "")),
        source=str(entry.get("source", "")),
        context=str(entry.get("context") or ""),
        trials=tuple(str(trial) for trial in entry.get("trials") or () if trial),
    )


def names_by_key(approvals: Iterable[Approval]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for approval in approvals:
        for name in approval.names:
            if name not in found.setdefault(approval.key, []):
                found[approval.key].append(name)
    return {key: tuple(names) for key, names in found.items()}


@lru_cache(maxsize=64)
def name_regex(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """Whole names, any case, longest first, their words joined by white space or markup."""
    # Longest first, then by text: the same regex in every process, whatever the hash seed.
    ordered = sorted({n.strip() for n in names if n.strip()}, key=lambda name: (-len(name), name))
    if not ordered:
        return None
    body = "|".join(NAME_GAP.join(re.escape(word) for word in name.split()) for name in ordered)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def normalised(name: str) -> str:
    """The words of a name or text, lowered, with each run of NAME_GAP's characters as one space
    (done with str methods, not a regex: FactPack.terms_in runs it on every passage)."""
    return " ".join(name.translate(NAME_MARKS).lower().split())


class NameFinder:
    """Finds the therapies a text names: one regex for every name of every therapy."""

    def __init__(self, names: Mapping[str, tuple[str, ...]], others: tuple[str, ...] = ()) -> None:
        # Other drugs' names are found too (longest first), so that they hide the therapy
        # name they begin with; their mentions are then dropped.
        self._names = tuple(n for group in names.values() for n in group) + others
        self.key_of = {normalised(n): key for key, group in names.items() for n in group}
        # Lowered texts one of which a text must hold to name anything: a cheap first test. The
        # longest word of each name ('dm1' of 'T-DM1', not 't'), which a text naming it holds.
        self.literals = automaton((literal, literal) for literal in
                                  {max(n.split(), key=len) for n in self.key_of if n})

    @cached_property
    def regex(self) -> re.Pattern[str] | None:
        """Compiled when a text first may name a therapy: an article that names none never needs it."""
        return name_regex(self._names)

    def may_occur(self, lowered: str) -> bool:
        return occurs(self.literals, lowered)

    def mentions(self, text: str, others: bool = False) -> list[Mention]:
        """The therapies a text names; with `others`, also the other drugs (zanidatamab), whose
        mentions have no key."""
        if self.regex is None:
            return []
        # The names' first words are found in one automaton pass and the regex tried only there:
        # the same matches as finditer, without the regex trying every name at every place.
        found = [Mention(m.start(), m.end(), self.key_of.get(normalised(m.group(0)), ""), m.group(0))
                 for _, m in single(self.regex).find_all(text)]
        return found if others else [mention for mention in found if mention.key]


def shown_names(mentions: list[Mention]) -> list[str]:
    """The names mentions give, each once, without markup: what a claim is about."""
    return list(dict.fromkeys(" ".join(MARKUP.sub(" ", mention.text).split()) for mention in mentions))


@lru_cache(maxsize=8)
def other_drugs(name: str) -> tuple[str, ...]:
    """Names of other drugs that begin with a therapy's name (trastuzumab duocarmazine)."""
    data = load_data(name, "therapies")
    names = data.get("other_drugs") if isinstance(data, dict) else None
    if names is None:
        return ()
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ConfigError(f"{name}: 'other_drugs' must be a list of names")
    return tuple(names)


@lru_cache(maxsize=8)
def finder_for(file: str) -> NameFinder:
    return NameFinder(names_by_key(load_therapies(file)), other_drugs(file))


def article_date(doc: Document, context: RunContext, date_order: str = "mdy") -> date | None:
    """The article's newest publication or update date (never a future one), or None."""
    from linter.dates import article_dates, date_keys

    own = [d.value for d in article_dates(doc, date_keys({}, context.date_keys), date_order)
           if d.role != "next_review" and d.value <= context.today]
    return max(own) if own else None


YEAR_NAMED = re.compile(r"(?<![\d/.-])(?:19[89]\d|20[0-4]\d)(?![\d/-])")


def newest_year_named(doc: Document, today: date) -> int | None:
    """The newest year up to today's that the article's text names anywhere, or None."""
    years = [year for year in map(int, YEAR_NAMED.findall(doc.source)) if year <= today.year]
    return max(years) if years else None


def row_first_cells(doc: Document) -> dict[tuple[int | None, int], str]:
    """The text of each table row's first cell, by (table, line): what the row's other cells
    speak of (a therapy) or when (a timeline's "| 1998 | ..., a new kind of drug |")."""
    firsts: dict[tuple[int | None, int], str] = {}
    for block in doc.prose_blocks:
        if block.kind == "table_cell":
            firsts.setdefault((block.table, block.line), block.text)
    return firsts


def one_therapy(text: str, finder: NameFinder) -> Mention | None:
    """The one therapy a text names, if it names exactly one: what a table row's cells speak of
    (its first cell), or a section's passages (its title)."""
    named = finder.mentions(text)
    return named[0] if named and len({mention.key for mention in named}) == 1 else None


# What, before a therapy in a page's title, makes the page about others: "Other HER2 agents
# (beyond trastuzumab-based regimens)", "... apart from Herceptin".
BESIDES = re.compile(r"(?i)\b(?:beyond|besides|apart\s+from|other\s+than|aside\s+from|except|excluding|"
                     r"not\s+including|non)[\s-]*\Z")


def page_therapy(title: str, finder: NameFinder) -> Mention | None:
    """The one therapy a page's title is about: the one it names, unless it names it only as
    what the page is beside ("Other HER2 agents, beyond trastuzumab")."""
    named = one_therapy(title, finder)
    if named is None or BESIDES.search(title[:named.start].rstrip(" ([*_")) is not None:
        return None
    return named


def lowered_source(doc: Document) -> str:
    """The document's source in lower case, made once for every rule's literal pre-checks."""
    return doc.lowered
