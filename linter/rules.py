"""Rules are data: YAML packs declare them, rule kinds (Python) check them.

A pack is a YAML file with a list of rules. Each rule names its kind, and the kind's module
declares which options it takes, so a pack is validated before anything runs and a mistake is
reported with the file, the rule and the field.
"""

from __future__ import annotations

import importlib.util
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from linter.categories import BY_PREFIX, PREFIXES, Category, prefix_of
from linter.errors import ConfigError, MedlintError
from linter.findings import Severity
from linter.kinds import kind_module, kind_names, message_fields
from linter.options import OptionSpec
from linter.patterns import lazy_regex, untrusted
from linter.untrusted import describe, load_yaml, quote, read_config_text, shorten

CODE = re.compile(rf"^({'|'.join(PREFIXES)})\d{{3}}$")
RULE_FIELDS = {"code", "name", "kind", "severity", "message", "summary", "why", "description",
               "examples", "options", "enabled", "fix"}
# How a rule's fixes may be applied: `--fix` applies safe ones, `--unsafe-fixes` adds those that
# change meaning or need a writer's judgement; "none" keeps a rule's suggestions out of --fix.
FIX_SAFETIES = ("safe", "unsafe", "none")
REQUIRED_FIELDS = ("code", "name", "kind", "message")
# A rule documents what it finds (summary, one line), why it matters, and the details
# (description). Built-in rules give a summary and a why; a user's pack needs a summary or a
# description (whose first sentence then serves as the summary).
DOC_FIELDS = ("summary", "why", "description")
BUILTIN_DOC_FIELDS = ("summary", "why")
SUMMARY_MAX = 160  # one line of a rules table, a SARIF shortDescription


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    kind: str
    severity: Severity
    message: str
    summary: str  # one line: what the rule finds
    why: str = ""  # why it matters to readers
    description: str = ""  # the details: what counts, what passes, the options
    bad: str = ""
    good: str = ""
    options: Mapping[str, Any] = field(default_factory=dict)
    pack: str = ""
    enabled: bool = True
    fix: str = "none"  # one of FIX_SAFETIES
    # Built in and not given patterns by a configuration: its regexes run on `re`. Otherwise
    # they come from the linted repository and run with a time budget (linter/patterns.py).
    trusted: bool = True

    @property
    def category(self) -> Category:
        return BY_PREFIX[prefix_of(self.code)]

    def format(self, **values: object) -> str:
        """The rule's message with the kind's values filled in. Its placeholders were checked
        against the kind's FIELDS when the pack loaded, so a failure here is a bug in the kind
        and is reported as one (FILE007), never printed as an unfilled template."""
        return self.message.format(**values)

    def configured(self, options: Mapping[str, Any], where: str) -> Rule:
        """A copy with options overridden (from config or front matter), validated."""
        if not options:
            return self
        specs = kind_module(self.kind).OPTIONS
        merged = dict(self.options)
        for key, value in options.items():
            spec = specs.get(key)
            if spec is not None and spec.identity:
                raise identity_error(self, key, where)
            merged[key] = validate_option(specs, key, value, f"{where}: {self.code}")
        validate_together(self.kind, merged, f"{where}: {self.code}")
        patterns_given = any("regex" in specs[key].type or specs[key].type == "dict"
                             for key in options if key in specs)
        rule = replace(self, options=merged, trusted=self.trusted and not patterns_given)
        return rule if rule.trusted else rule.with_untrusted_patterns()

    def with_untrusted_patterns(self) -> Rule:
        """A copy whose pattern options are marked as the repository's: every kind then runs
        them with a time budget (linter/patterns.py), whichever of them were changed."""
        specs = kind_module(self.kind).OPTIONS
        marked = {key: untrusted(value) if key in specs and "regex" in specs[key].type else value
                  for key, value in self.options.items()}
        return replace(self, options=marked, trusted=False)


def identity_error(rule: Rule, option: str, where: str) -> ConfigError:
    return ConfigError(f"{where}: {rule.code}: option {quote(option)} cannot be set: it says which "
                       f"check {rule.code} is ({rule.options.get(option)}); select the rule that "
                       "makes the other check by its code")


def validate_together(kind: str, options: Mapping[str, Any], where: str) -> None:
    """A kind may check its options as a whole (a fact pack's patterns compile, say), so a
    mistake is a configuration error before anything runs, not a failure in every file."""
    validate = getattr(kind_module(kind), "validate", None)
    try:
        if validate is not None:
            validate(options)
        if options.get("health_words_file"):
            # the vocabulary several kinds share (linter.health_topic): read now, not in each file
            from linter.health_topic import load_vocabulary

            load_vocabulary(options["health_words_file"])
    except ConfigError as error:
        raise ConfigError(f"{where}: {error}") from None


def validate_option(specs: Mapping[str, OptionSpec], key: str, value: Any, where: str,
                    compile_patterns: bool = True) -> Any:
    spec = specs.get(key)
    if spec is None:
        accepted = ", ".join(sorted(specs)) or "no options"
        raise ConfigError(f"{where}: unknown option {quote(key)} (accepted: {accepted})")
    try:
        return spec.check(value, compile_patterns)
    except ValueError as error:
        raise ConfigError(f"{where}: option {quote(key)} {error}") from None


class _PackLoader:
    def __init__(self, path: str, *, builtin: bool = False) -> None:
        self.path = path
        self.builtin = builtin

    def error(self, rule: str, what: str) -> ConfigError:
        return ConfigError(f"{self.path}: rule {rule}: {what}")

    def load(self, data: Any) -> list[Rule]:
        if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
            raise ConfigError(f"{self.path}: a rule pack is a mapping with a 'rules' list")
        pack = str(data.get("pack") or Path(self.path).stem)
        return [self.rule(index, entry, pack) for index, entry in enumerate(data["rules"], 1)]

    def rule(self, index: int, entry: Any, pack: str) -> Rule:
        label = f"#{index}"
        if not isinstance(entry, dict):
            raise self.error(label, "each rule is a mapping")
        label = shorten(str(entry.get("code", label)), 40)
        for key in entry:
            if key not in RULE_FIELDS:
                fields = ", ".join(sorted(RULE_FIELDS))
                raise self.error(label, f"unknown field {quote(key)} (fields: {fields})")
        for key in REQUIRED_FIELDS:
            if not isinstance(entry.get(key), str) or not entry[key].strip():
                raise self.error(label, f"field {quote(key)} is required and must be text")
        code = entry["code"]
        if not CODE.match(code):
            raise self.error(label, f"field 'code': {quote(code)} is not a category prefix "
                                    f"({', '.join(PREFIXES)}) and three digits")
        if entry["kind"] not in kind_names():
            raise self.error(label, f"field 'kind': unknown kind {quote(entry['kind'])} "
                                    f"(kinds: {', '.join(kind_names())})")
        try:
            severity = Severity.parse(str(entry.get("severity", "warning")))
        except ValueError as error:
            raise self.error(label, f"field 'severity': {error}") from None
        summary, why, description = self.documentation(label, entry)
        fix = self.fix_safety(label, entry)
        options = self.options(label, entry["kind"], entry.get("options") or {})
        self.check_message(label, entry["message"], message_fields(entry["kind"], options))
        examples = entry.get("examples") or {}
        if not isinstance(examples, dict) or set(examples) - {"bad", "good"}:
            raise self.error(label, "field 'examples' takes 'bad' and 'good' texts")
        return Rule(
            code=code,
            name=entry["name"],
            kind=entry["kind"],
            severity=severity,
            message=entry["message"],
            summary=summary,
            why=why,
            description=description,
            bad=str(examples.get("bad", "")),
            good=str(examples.get("good", "")),
            options=options,
            pack=pack,
            enabled=bool(entry.get("enabled", True)),
            fix=fix,
        )

    def documentation(self, label: str, entry: dict[str, Any]) -> tuple[str, str, str]:
        """summary, why and description, checked: the summary is the one line shown in rule
        lists and SARIF, so it is required of built-in rules and must fit on a line."""
        texts = {}
        for key in DOC_FIELDS:
            value = entry.get(key, "")
            if not isinstance(value, str):
                raise self.error(label, f"field {quote(key)} must be text")
            texts[key] = value.strip()
        missing = [key for key in BUILTIN_DOC_FIELDS if not texts[key]]
        if self.builtin and missing:
            raise self.error(label, f"a built-in rule documents {' and '.join(BUILTIN_DOC_FIELDS)}; "
                                    f"missing: {', '.join(missing)}")
        if not texts["summary"] and not texts["description"]:
            raise self.error(label, "field 'summary' (or 'description') is required and must be text")
        summary = texts["summary"] or first_sentence(texts["description"])
        if "\n" in texts["summary"] or len(texts["summary"]) > SUMMARY_MAX:
            raise self.error(label, f"field 'summary' is one line of at most {SUMMARY_MAX} characters")
        return summary, " ".join(texts["why"].split()), texts["description"]

    def fix_safety(self, label: str, entry: dict[str, Any]) -> str:
        """The pack's `fix:`; a kind that makes fixes (FIXES = True) defaults to safe."""
        makes_fixes = getattr(kind_module(entry["kind"]), "FIXES", False)
        fix = entry.get("fix", "safe" if makes_fixes else "none")
        if fix not in FIX_SAFETIES:
            raise self.error(label, f"field 'fix': {quote(fix)} is not one of {', '.join(FIX_SAFETIES)}")
        if fix != "none" and not makes_fixes:
            raise self.error(label, f"field 'fix': kind {quote(entry['kind'])} makes no fixes")
        return str(fix)

    def check_message(self, label: str, message: str, known: tuple[str, ...]) -> None:
        """Placeholders are plain names the kind fills in: `{match:>900000000}` would fill the
        memory, `{match.__class__}` reach into Python objects, and an unknown name would
        fail in every file."""
        try:
            fields = [(name, spec, conversion)
                      for _, name, spec, conversion in string.Formatter().parse(message) if name is not None]
        except ValueError as error:
            raise self.error(label, f"field 'message': {error}") from None
        for name, spec, conversion in fields:
            if not name.isidentifier() or spec or conversion:
                placeholder = "{" + name + (f"!{conversion}" if conversion else "") + \
                    (f":{spec}" if spec else "") + "}"
                raise self.error(label, "field 'message': placeholders are plain names such as "
                                        f"{{match}}, not {quote(placeholder)}")
            if name not in known:
                raise self.error(label, f"field 'message': unknown placeholder {{{name}}} "
                                        f"(this rule fills in: {', '.join(known) or 'nothing'})")

    def options(self, label: str, kind: str, options: Any) -> dict[str, Any]:
        if not isinstance(options, dict):
            raise self.error(label, "field 'options' must be a mapping")
        specs = kind_module(kind).OPTIONS
        values = {name: spec.default for name, spec in specs.items()}
        for key, value in options.items():
            values[key] = validate_option(specs, key, value, f"{self.path}: rule {label}: field 'options'",
                                          compile_patterns=not self.builtin)
        if options:
            validate_together(kind, values, f"{self.path}: rule {label}: field 'options'")
        return values


# Abbreviations whose full stop ends no sentence ("– Dr. Jane Roe" is one sentence).
_ABBREVIATION = lazy_regex(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|St|vs|etc|e\.g|i\.e|al|approx|No|Fig)|\b[A-Z])\.$")

_STARTS_SENTENCE = lazy_regex(r"[\"“‘'(]?[A-Z0-9]")


def first_sentence(text: str) -> str:
    """The first sentence of a description: a user pack's summary when it gives none."""
    words = text.split()
    for index, word in enumerate(words[:-1]):
        ends = word.endswith((".", "!", "?")) and not _ABBREVIATION.search(word)
        if ends and _STARTS_SENTENCE.match(words[index + 1]):
            return " ".join(words[: index + 1])
    return " ".join(words)


def load_pack(path: str | Path) -> list[Rule]:
    """A user's pack: untrusted (it may come with the linted repository), so read bounded."""
    text = read_config_text(Path(path), "rule pack")
    try:
        data = load_yaml(text)
    except yaml.YAMLError as error:
        raise ConfigError(f"{path}: rule pack is not valid YAML: {describe(error)}") from None
    return [rule.with_untrusted_patterns() for rule in _PackLoader(str(path)).load(data)]


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    """Every rule of the packs shipped in rules/ (installed as linter.packs)."""
    from linter.pack_store import load_builtin

    rules: list[Rule] = []
    for entry in sorted(packs_folder().iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".yml"):
            rules.extend(_PackLoader(f"rules/{entry.name}", builtin=True).load(load_builtin(entry)))
    return tuple(rules)


def builtin_data(name: str) -> Any:
    """A data file shipped beside the packs (rules/data/NAME)."""
    from linter.pack_store import load_builtin

    return load_builtin(packs_folder().joinpath("data", name))


@lru_cache(maxsize=1)
def packs_folder() -> Path:
    """The folder of the packs shipped in rules/ (installed as the package linter.packs), from
    the package's spec rather than importlib.resources, whose import (tempfile, shutil, the
    compression modules) costs a pre-commit run about 9 ms. pip installs it as a folder."""
    spec = importlib.util.find_spec("linter.packs")
    if spec is None or not spec.submodule_search_locations:
        raise MedlintError("the built-in rule packs are missing from this installation")
    return Path(next(iter(spec.submodule_search_locations)))


def all_rules(extra_packs: Iterable[str | Path] = ()) -> dict[str, Rule]:
    """Built-in rules, then users' packs. A user's rule may not take a code that is already
    declared (a built-in rule, or one of an earlier pack or of the same pack): a pack from the
    linted repository must not silently replace a rule the user relies on."""
    rules = {rule.code: rule for rule in builtin_rules()}
    for pack in extra_packs:
        for rule in load_pack(pack):
            if rule.code in rules:
                owner = rules[rule.code].pack
                raise ConfigError(f"{pack}: rule {rule.code}: the code is already declared by "
                                  f"{'the built-in pack ' if owner in _builtin_packs() else 'pack '}"
                                  f"{quote(owner)}; choose another number")
            rules[rule.code] = rule
    return rules


@lru_cache(maxsize=1)
def _builtin_packs() -> frozenset[str]:
    return frozenset(rule.pack for rule in builtin_rules())
