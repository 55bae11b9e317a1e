"""The article score, defined once: 100 minus weighted findings, never below 0.

Each finding costs its severity's weight times its category's factor:

    severity   error 10, warning 3, info 0.5
    category   SPAM 2 (spam destroys trust), CIT 1.5 (unsourced claims), DATE 1, LINK 1,
               READ 1, FILE 1, TERM 0.5 (style)

So an article with two unsourced statistics (warnings) scores 100 - 2 * 3 * 1.5 = 91; a
comment-spam testimonial with five contact errors scores 0. The score is rounded to one decimal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from linter.findings import Finding, Severity

SEVERITY_WEIGHTS = {Severity.ERROR: 10.0, Severity.WARNING: 3.0, Severity.INFO: 0.5}
CATEGORY_FACTORS = {"SPAM": 2.0, "CIT": 1.5, "DATE": 1.0, "LINK": 1.0, "READ": 1.0, "FILE": 1.0,
                    "TERM": 0.5}
CATEGORIES = ("CIT", "DATE", "LINK", "READ", "SPAM", "TERM", "FILE")


def category(code: str) -> str:
    return code.rstrip("0123456789")


def cost(finding: Finding) -> float:
    return SEVERITY_WEIGHTS[finding.severity] * CATEGORY_FACTORS.get(category(finding.code), 1.0)


def score(findings: Iterable[Finding]) -> float:
    return round(max(0.0, 100.0 - sum(cost(f) for f in findings)), 1)


def counts_by_category(findings: Iterable[Finding]) -> dict[str, int]:
    counts = Counter(category(f.code) for f in findings)
    return {name: counts.get(name, 0) for name in CATEGORIES}
