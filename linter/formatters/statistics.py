"""statistics: a count per code instead of the findings, like ruff's --statistics."""

from __future__ import annotations

from collections import Counter

from linter.findings import Finding
from linter.formatters import Formatter as BaseFormatter
from linter.formatters import Summary


class Formatter(BaseFormatter):
    def begin(self) -> None:
        self.counts: Counter[str] = Counter()

    def finding(self, finding: Finding) -> None:
        self.counts[finding.code] += 1

    def end(self, summary: Summary) -> None:
        rules = self.options.rules
        width = len(str(max(self.counts.values(), default=0)))
        names = {code: rules[code].name if code in rules else "" for code in self.counts}
        name_width = max((len(name) for name in names.values()), default=0)
        for code, count in sorted(self.counts.items(), key=lambda item: (-item[1], item[0])):
            severity = f"[{rules[code].severity}]" if code in rules else ""
            self.stream.write(f"{count:>{width}}  {code:<8} {names[code]:<{name_width}}  {severity}\n")
