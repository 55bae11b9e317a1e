"""The article score, defined once: 100 minus weighted findings, never below 0.

Each finding costs its severity's weight times its category's factor:

    severity   error 10, warning 3, info 0.5
    category   SPAM 2 (spam destroys trust), CIT 1.5 (unsourced claims), DATE 1, LINK 1,
               READ 1, FILE 1, TERM 0.5 (style): the factors in linter/categories.py

So an article with two unsourced statistics (warnings) scores 100 - 2 * 3 * 1.5 = 91; a
comment-spam testimonial with five contact errors scores 0. The score is rounded to one decimal.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from linter.categories import BY_PREFIX, PREFIXES, prefix_of
from linter.findings import Finding, Severity

SEVERITY_WEIGHTS = {Severity.ERROR: 10.0, Severity.WARNING: 3.0, Severity.INFO: 0.5}


def cost(finding: Finding) -> float:
    return SEVERITY_WEIGHTS[finding.severity] * BY_PREFIX[prefix_of(finding.code)].factor


def score(findings: Iterable[Finding]) -> float:
    return round(max(0.0, 100.0 - sum(cost(f) for f in findings)), 1)


def counts_by_category(findings: Iterable[Finding]) -> dict[str, int]:
    counts = Counter(prefix_of(f.code) for f in findings)
    return {prefix: counts.get(prefix, 0) for prefix in PREFIXES}
