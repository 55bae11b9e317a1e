"""Audit reports for editors: per-article scores, as HTML (self-contained) and CSV."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from linter.article_facts import ArticleFacts
from linter.categories import PREFIXES
from linter.escaping import one_line
from linter.findings import Finding, Severity
from linter.scoring import counts_by_category, score

# The findings that make an article overdue for review: stale, undated, next review passed.
OVERDUE_CODES = ("DATE001", "DATE002", "DATE003")
# The findings of claims made without a source.
UNSOURCED_CODES = ("CIT001", "CIT002")
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)


@dataclass
class ArticleReport:
    path: str
    score: float
    counts: dict[str, int]
    findings: list[Finding]
    facts: ArticleFacts | None = None  # None for a file that could not be read or parsed
    archive: str = ""
    previous_score: float | None = None

    @property
    def total(self) -> int:
        return len(self.findings)

    @property
    def delta(self) -> float | None:
        return None if self.previous_score is None else round(self.score - self.previous_score, 1)

    @property
    def title(self) -> str:
        return self.facts.title if self.facts else ""

    @property
    def last_maintained(self) -> str:
        return self.facts.last_maintained if self.facts else ""

    def by_severity(self) -> dict[Severity, int]:
        counts = Counter(f.severity for f in self.findings)
        return {level: counts.get(level, 0) for level in SEVERITIES}

    def with_codes(self, codes: tuple[str, ...]) -> list[Finding]:
        return [f for f in self.findings if f.code in codes]

    def sort_key(self) -> tuple[object, ...]:
        """Worst first: the lowest score; on a tie the more severe findings, then the article
        least recently published, updated or reviewed (no date at all first), then the path."""
        severity = self.by_severity()
        return (self.score, *(-severity[level] for level in SEVERITIES),
                self.last_maintained, self.path)


@dataclass(frozen=True)
class PastAudit:
    """One earlier audit, as read back from the history."""

    run_at: datetime
    files: int
    findings: int
    mean_score: float
    by_category: dict[str, int]


@dataclass
class Audit:
    articles: list[ArticleReport]
    run_at: datetime
    archives: list[str] = field(default_factory=list)
    history: list[PastAudit] = field(default_factory=list)  # earlier audits, oldest first

    @classmethod
    def build(cls, findings_by_file: Mapping[str, list[Finding]], run_at: datetime,
              facts_by_file: Mapping[str, ArticleFacts] | None = None,
              archive_of: Callable[[str], str] | None = None) -> Audit:
        facts_by_file = facts_by_file or {}
        # A report shows each file name as every output does: control characters and bytes that
        # are not UTF-8 as visible escapes, so HTML, CSV and the SQLite history can all hold it.
        articles = [ArticleReport(one_line(path), score(found), counts_by_category(found), list(found),
                                  facts_by_file.get(path),
                                  one_line(archive_of(path)) if archive_of else "")
                    for path, found in findings_by_file.items()]
        articles.sort(key=ArticleReport.sort_key)
        archives = sorted({a.archive for a in articles if a.archive})
        return cls(articles, run_at, archives)

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
        return {name: totals.get(name, 0) for name in PREFIXES}

    def by_severity(self) -> dict[str, int]:
        counts = Counter(str(f.severity) for a in self.articles for f in a.findings)
        return {str(level): counts.get(str(level), 0) for level in SEVERITIES}

    def by_code(self) -> dict[str, int]:
        return dict(Counter(f.code for a in self.articles for f in a.findings).most_common())

    def overdue(self) -> list[ArticleReport]:
        """Articles overdue for review, the longest unmaintained first."""
        found = [a for a in self.articles if a.with_codes(OVERDUE_CODES)]
        return sorted(found, key=lambda a: (a.last_maintained, a.path))

    def uncited(self) -> list[ArticleReport]:
        """Articles that cite nothing at all, the most unsourced claims first."""
        found = [a for a in self.articles if a.facts is not None and a.facts.sources == 0]
        return sorted(found, key=lambda a: (-len(a.with_codes(UNSOURCED_CODES)), a.score, a.path))

    def below(self, threshold: float) -> list[ArticleReport]:
        return [a for a in self.articles if a.score < threshold]
