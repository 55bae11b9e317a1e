"""Rule documentation, generated from the packs: `medlint rules`, `medlint explain`, README."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Mapping

from linter.rules import Rule


def render_rule_list(rules: Mapping[str, Rule], output_format: str) -> str:
    ordered = sorted(rules.values(), key=lambda r: r.code)
    if output_format == "json":
        return json.dumps([
            {"code": r.code, "name": r.name, "severity": str(r.severity), "kind": r.kind,
             "pack": r.pack, "enabled": r.enabled, "fix": r.fix, "summary": r.summary, "why": r.why}
            for r in ordered
        ], indent=2) + "\n"
    if output_format == "markdown":
        lines = ["| Code | Name | Severity | What it finds |", "| --- | --- | --- | --- |"]
        lines += [f"| `{r.code}` | {r.name} | {r.severity} | {r.summary} |" for r in ordered]
        return "\n".join(lines) + "\n"
    width = max((len(r.name) for r in ordered), default=0)
    return "".join(
        f"{r.code:<8} {r.name:<{width}}  {r.severity!s:<7}  {r.summary}\n" for r in ordered
    )


FIX_NOTES = {
    "safe": "Fix: safe (applied by `medlint check --fix`; `--diff` shows it first).",
    "unsafe": "Fix: unsafe (applied with `--fix --unsafe-fixes`): it can change the meaning, "
              "so check each one.",
}


def render_explanation(rule: Rule) -> str:
    category = rule.category.name
    parts = [
        f"{rule.code} ({rule.name})",
        f"Category: {category}. Default severity: {rule.severity}. Kind: {rule.kind}. "
        f"Pack: {rule.pack}.",
        "",
        _wrap(rule.summary),
    ]
    if rule.why:
        parts += ["", _wrap(f"Why: {rule.why}")]
    if rule.description:
        parts += ["", rule.description]
    if rule.fix in FIX_NOTES:
        parts += ["", FIX_NOTES[rule.fix]]
    if rule.bad:
        parts += ["", "Bad:", _indent(rule.bad)]
    if rule.good:
        parts += ["", "Good:", _indent(rule.good)]
    from linter.kinds import kind_module

    describe = getattr(kind_module(rule.kind), "describe", None)
    if describe is not None:
        parts += ["", *describe(rule)]
    if rule.options:

        specs = kind_module(rule.kind).OPTIONS
        parts += ["", "Options (set under `rules:` in config or front matter):"]
        for key, value in rule.options.items():
            shown = json.dumps(value, default=str)
            if len(shown) >= 70:
                shown = f"({len(value)} entries)"
            spec = specs.get(key)
            meaning = spec.help if spec is not None else ""
            if spec is not None and spec.identity:
                meaning += " (fixed per rule)"
            parts.append(f"    {key}: {shown}" + (f"  # {meaning}" if meaning else ""))
    return "\n".join(parts)


def anchor(rule: Rule) -> str:
    """The rule's section anchor in docs/rules.md, as GitHub slugs the heading `CODE name`."""
    return f"{rule.code.lower()}-{rule.name.lower()}"


def help_uri(rule: Rule, docs_url: str) -> str:
    return f"{docs_url}#{anchor(rule)}"


def render_rule_pages(rules: Mapping[str, Rule]) -> str:
    """docs/rules.md: every rule's explanation under its own heading, in code order."""
    parts = ["# medlint rules", "",
             "Generated from the packs in `rules/` by `python -m linter.docs`; "
             "`medlint explain CODE` prints the same text.", ""]
    for rule in sorted(rules.values(), key=lambda r: r.code):
        parts += [f"## {rule.code} {rule.name}", "", "```text", render_explanation(rule), "```", ""]
    return "\n".join(parts)


def _wrap(text: str) -> str:
    return textwrap.fill(text, 90, break_on_hyphens=False, break_long_words=False)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.rstrip().splitlines())


def update_readme(path: str) -> bool:
    """Rewrite the README's rule table from the packs; True when it changed."""
    from pathlib import Path

    from linter.rules import all_rules

    readme = Path(path)
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split("<!-- rules:start -->\n", 1)
    _, tail = rest.split("<!-- rules:end -->", 1)
    table = render_rule_list(all_rules(), "markdown")
    updated = f"{head}<!-- rules:start -->\n{table}<!-- rules:end -->{tail}"
    readme.write_text(updated, encoding="utf-8")
    return updated != text


def update_rule_pages(path: str) -> bool:
    """Rewrite docs/rules.md from the packs; True when it changed."""
    from pathlib import Path

    from linter.rules import all_rules

    page = Path(path)
    before = page.read_text(encoding="utf-8") if page.exists() else ""
    updated = render_rule_pages(all_rules())
    page.write_text(updated, encoding="utf-8")
    return updated != before


if __name__ == "__main__":
    import sys

    readme = sys.argv[1] if len(sys.argv) > 1 else "README.md"
    update_readme(readme)
    from pathlib import Path

    update_rule_pages(str(Path(readme).resolve().parent / "docs" / "rules.md"))
