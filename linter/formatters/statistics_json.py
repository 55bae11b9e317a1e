"""statistics as JSON (`--statistics --format json`): one object per code, most frequent first.

`[{"code": "CIT001", "name": "unsourced-statistic", "count": 3,
   "severities": {"warning": 2, "info": 1}, "fixable": 0}, ...]`
"""

from __future__ import annotations

import json

from linter.formatters import Summary
from linter.formatters.statistics import Formatter as StatisticsFormatter


class Formatter(StatisticsFormatter):
    def end(self, summary: Summary) -> None:
        rows = [{"code": code, "name": self.name(code), "count": count,
                 "severities": {str(level): n for level, n in
                                sorted(self.severities[code].items(), reverse=True)},
                 "fixable": self.fixable[code]}
                for code, count in self.rows()]
        json.dump(rows, self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")
