"""Audit reports for editors: per-article scores, as HTML (self-contained) and CSV."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from linter.escaping import one_line
from linter.findings import Finding, Severity
from linter.scoring import CATEGORIES, counts_by_category, score


@dataclass
class ArticleReport:
    path: str
    score: float
    counts: dict[str, int]
    findings: list[Finding]
    previous_score: float | None = None

    @property
    def total(self) -> int:
        return len(self.findings)

    @property
    def delta(self) -> float | None:
        return None if self.previous_score is None else round(self.score - self.previous_score, 1)


@dataclass
class Audit:
    articles: list[ArticleReport]
    run_at: datetime
    history: list[dict[str, object]] = field(default_factory=list)  # earlier audits, oldest first

    @classmethod
    def build(cls, findings_by_file: Mapping[str, list[Finding]], run_at: datetime) -> Audit:
        # A report shows each file name as every output does: control characters and bytes that
        # are not UTF-8 as visible escapes, so HTML, CSV and the SQLite history can all hold it.
        articles = [ArticleReport(one_line(path), score(found), counts_by_category(found), list(found))
                    for path, found in findings_by_file.items()]
        articles.sort(key=lambda a: (a.score, a.path))  # worst first
        return cls(articles, run_at)

    @property
    def total(self) -> int:
        return sum(a.total for a in self.articles)

    @property
    def mean_score(self) -> float:
        return round(sum(a.score for a in self.articles) / len(self.articles), 1) if self.articles else 100.0

    def by_category(self) -> dict[str, int]:
        totals: Counter[str] = Counter()
        for article in self.articles:
            totals.update(article.counts)
        return {name: totals.get(name, 0) for name in CATEGORIES}

    def by_severity(self) -> dict[str, int]:
        counts = Counter(str(f.severity) for a in self.articles for f in a.findings)
        return {str(level): counts.get(str(level), 0)
                for level in (Severity.ERROR, Severity.WARNING, Severity.INFO)}

    def by_code(self) -> dict[str, int]:
        return dict(Counter(f.code for a in self.articles for f in a.findings).most_common())
