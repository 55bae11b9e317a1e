"""CSV: one row per article (path, title, archive, dates, sources, score, counts per category,
the score's change since the previous audit), for spreadsheets.

Text cells cannot become formulas: linter.escaping.spreadsheet_cell neutralises them."""

from __future__ import annotations

import csv
from pathlib import Path

from linter.categories import PREFIXES
from linter.escaping import spreadsheet_cell
from linter.reports import Audit


def write(audit: Audit, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["path", "title", "archive", "published", "updated", "reviewed",
                         "sources", "score", *PREFIXES, "total", "score_change"])
        for article in audit.articles:
            facts = article.facts
            writer.writerow([
                spreadsheet_cell(article.path), spreadsheet_cell(article.title),
                spreadsheet_cell(article.archive),
                *((facts.published, facts.updated, facts.reviewed, facts.sources) if facts
                  else ("", "", "", "")),
                f"{article.score:.1f}", *(article.counts[name] for name in PREFIXES),
                article.total, "" if article.delta is None else f"{article.delta:+.1f}"])
