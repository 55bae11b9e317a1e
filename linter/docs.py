"""Rule documentation, generated from the packs: `medlint rules`, `medlint explain`, README."""

from __future__ import annotations

import json
from collections.abc import Mapping

from linter.rules import CATEGORIES, Rule


def render_rule_list(rules: Mapping[str, Rule], output_format: str) -> str:
    ordered = sorted(rules.values(), key=lambda r: r.code)
    if output_format == "json":
        return json.dumps([
            {"code": r.code, "name": r.name, "severity": str(r.severity), "kind": r.kind,
             "pack": r.pack, "enabled": r.enabled, "summary": summary_of(r)}
            for r in ordered
        ], indent=2) + "\n"
    if output_format == "markdown":
        lines = ["| Code | Name | Severity | What it finds |", "| --- | --- | --- | --- |"]
        lines += [f"| `{r.code}` | {r.name} | {r.severity} | {summary_of(r)} |" for r in ordered]
        return "\n".join(lines) + "\n"
    width = max((len(r.name) for r in ordered), default=0)
    return "".join(
        f"{r.code:<8} {r.name:<{width}}  {r.severity!s:<7}  {summary_of(r)}\n" for r in ordered
    )


def summary_of(rule: Rule) -> str:
    """The description's first sentence."""
    text = " ".join(rule.description.split())
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def render_explanation(rule: Rule) -> str:
    category = CATEGORIES.get(rule.category, rule.category)
    parts = [
        f"{rule.code} ({rule.name})",
        f"Category: {category}. Default severity: {rule.severity}. Kind: {rule.kind}. "
        f"Pack: {rule.pack}.",
        "",
        rule.description.strip(),
    ]
    if rule.bad:
        parts += ["", "Bad:", _indent(rule.bad)]
    if rule.good:
        parts += ["", "Good:", _indent(rule.good)]
    if rule.options:
        from linter.kinds import kind_module

        specs = kind_module(rule.kind).OPTIONS
        parts += ["", "Options (set under `rules:` in config or front matter):"]
        for key, value in rule.options.items():
            shown = json.dumps(value)
            if len(shown) >= 70:
                shown = f"({len(value)} entries)"
            meaning = specs[key].help if key in specs else ""
            parts.append(f"    {key}: {shown}" + (f"  # {meaning}" if meaning else ""))
    return "\n".join(parts)


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


if __name__ == "__main__":
    import sys

    update_readme(sys.argv[1] if len(sys.argv) > 1 else "README.md")
