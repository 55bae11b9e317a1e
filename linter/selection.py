"""Which rules run: the packs' defaults, then config, then command-line flags (ruff's model)."""

from __future__ import annotations

from linter.config import Config, matches
from linter.errors import UsageError
from linter.rules import Rule, all_rules


def select_rules(config: Config, select: list[str] | None, extend_select: list[str],
                 ignore: list[str]) -> tuple[dict[str, Rule], set[str]]:
    """All known rules, and the codes selected to run.

    `select` from the command line replaces the configured selection; `extend_select` and
    `ignore` add to the configured ones. A selector that matches no code is a usage error.
    """
    rules = all_rules(config.packs)
    for code in (*config.severity, *config.rules):
        if code not in rules:
            raise UsageError(f"{config.source or 'configuration'}: no rule {code!r}")
    base = select if select is not None else config.select
    extend = [*config.extend_select, *extend_select]
    ignored = [*config.ignore, *ignore]
    for selector in (*(base or ()), *extend, *ignored):
        if not any(code.startswith(selector) for code in rules):
            raise UsageError(f"unknown rule code or prefix {selector!r}; `medlint rules` lists them")
    for glob, selectors in config.per_file_ignores.items():
        for selector in selectors:
            if not any(code.startswith(selector) for code in rules):
                raise UsageError(f"{config.source or 'configuration'}: per-file-ignores {glob!r}: "
                                 f"unknown rule code or prefix {selector!r}; `medlint rules` lists them")
    if base is None:
        chosen = {code for code, rule in rules.items() if rule.enabled}
    else:
        chosen = {code for code in rules if matches(code, base)}
    chosen |= {code for code in rules if matches(code, extend)}
    chosen -= {code for code in chosen if matches(code, ignored)}
    return rules, chosen
