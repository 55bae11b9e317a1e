"""statistics: a count per code instead of the findings, like ruff's --statistics.

Severities are the ones actually reported (after config, front matter and per-file overrides),
not the rules' defaults: a code reported at two severities lists both.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from linter.findings import Finding, Severity
from linter.formatters import Formatter as BaseFormatter
from linter.formatters import Summary


class Formatter(BaseFormatter):
    def begin(self) -> None:
        self.counts: Counter[str] = Counter()
        self.severities: defaultdict[str, Counter[Severity]] = defaultdict(Counter)
        self.fixable: Counter[str] = Counter()

    def finding(self, finding: Finding) -> None:
        self.counts[finding.code] += 1
        self.severities[finding.code][finding.severity] += 1
        if finding.fix is not None:
            self.fixable[finding.code] += 1

    def rows(self) -> list[tuple[str, int]]:
        """(code, count), most frequent first, then by code."""
        return sorted(self.counts.items(), key=lambda item: (-item[1], item[0]))

    def severity_names(self, code: str) -> list[str]:
        """The severities this code was reported at, most severe first."""
        return [str(level) for level in sorted(self.severities[code], reverse=True)]

    def name(self, code: str) -> str:
        rule = self.options.rules.get(code)
        return rule.name if rule is not None else ""

    def end(self, summary: Summary) -> None:
        width = len(str(max(self.counts.values(), default=0)))
        name_width = max((len(self.name(code)) for code in self.counts), default=0)
        for code, count in self.rows():
            severity = f"[{', '.join(self.severity_names(code))}]"
            fixable = f"  {self.fixable[code]} fixable" if self.fixable[code] else ""
            self.stream.write(f"{count:>{width}}  {code:<8} {self.name(code):<{name_width}}  "
                              f"{severity}{fixable}\n")
