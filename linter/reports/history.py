"""Audit history in SQLite: each audit's totals and per-article scores, for trends.

One audit is written in one transaction, so an interrupted run leaves the history as it was.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from linter.errors import ConfigError
from linter.reports import Audit

SCHEMA = """
CREATE TABLE IF NOT EXISTS audits (
    id INTEGER PRIMARY KEY,
    run_at TEXT NOT NULL,
    files INTEGER NOT NULL,
    findings INTEGER NOT NULL,
    mean_score REAL NOT NULL,
    by_category TEXT NOT NULL,
    by_severity TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS scores (
    audit_id INTEGER NOT NULL REFERENCES audits(id),
    path TEXT NOT NULL,
    score REAL NOT NULL,
    findings INTEGER NOT NULL,
    PRIMARY KEY (audit_id, path)
);
"""
TREND_LENGTH = 20


def record(audit: Audit, path: Path) -> None:
    """Fill in the audit's history and score changes from earlier audits, then add this one."""
    try:
        connection = sqlite3.connect(str(path), timeout=10)
        with connection:
            connection.executescript(SCHEMA)
            _read_previous(audit, connection)
            cursor = connection.execute(
                "INSERT INTO audits (run_at, files, findings, mean_score, by_category, by_severity)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (audit.run_at.isoformat(timespec="seconds"), len(audit.articles), audit.total,
                 audit.mean_score, json.dumps(audit.by_category()), json.dumps(audit.by_severity())))
            connection.executemany(
                "INSERT INTO scores (audit_id, path, score, findings) VALUES (?, ?, ?, ?)",
                [(cursor.lastrowid, a.path, a.score, a.total) for a in audit.articles])
        connection.close()
    except sqlite3.Error as error:
        raise ConfigError(f"{path}: cannot use as audit history: {error}") from None


def _read_previous(audit: Audit, connection: sqlite3.Connection) -> None:
    rows = connection.execute(
        "SELECT id, run_at, files, findings, mean_score, by_category FROM audits "
        "ORDER BY id DESC LIMIT ?", (TREND_LENGTH,)).fetchall()
    audit.history = [{"run_at": r[1], "files": r[2], "findings": r[3], "mean_score": r[4],
                      "by_category": json.loads(r[5])} for r in reversed(rows)]
    if not rows:
        return
    previous = dict(connection.execute("SELECT path, score FROM scores WHERE audit_id = ?",
                                       (rows[0][0],)).fetchall())
    for article in audit.articles:
        article.previous_score = previous.get(article.path)
