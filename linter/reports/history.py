"""Audit history in SQLite: each audit's totals and per-article scores, for trends.

One audit is written in one transaction, so an interrupted run leaves the history as it was.
The file is untrusted input like any other: it may be corrupt, or crafted. Every value read
back is checked for type and range (and read with bounded length) before it reaches a report;
a row that fails is left out, and a database SQLite cannot use is one warning: the audit goes
on without a trend and the file is left alone.
"""

from __future__ import annotations

import json
import math
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from linter.categories import PREFIXES
from linter.reports import Audit, PastAudit

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
MAX_TEXT_CHARS = 4096  # a run_at, a path or a by_category value longer than this is not ours
MAX_COUNT = 10**9
BUDGET_SECONDS = 10  # a crafted view can make a query endless; SQLite is interrupted after this


def record(audit: Audit, path: Path) -> list[str]:
    """Fill in the audit's history and score changes from earlier audits, then add this one.
    Returns warnings: what of the file could not be used."""
    try:
        connection = sqlite3.connect(str(path), timeout=10)
    except sqlite3.Error as error:
        return [_unusable(path, error)]
    deadline = time.monotonic() + BUDGET_SECONDS
    connection.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    try:
        # Views and triggers in a crafted file may not call functions with side effects.
        connection.execute("PRAGMA trusted_schema = OFF")
        with connection:
            connection.executescript(SCHEMA)
            skipped = _read_previous(audit, connection)
            cursor = connection.execute(
                "INSERT INTO audits (run_at, files, findings, mean_score, by_category, by_severity)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (audit.run_at.isoformat(timespec="seconds"), len(audit.articles), audit.total,
                 audit.mean_score, json.dumps(audit.by_category()), json.dumps(audit.by_severity())))
            connection.executemany(
                "INSERT INTO scores (audit_id, path, score, findings) VALUES (?, ?, ?, ?)",
                [(cursor.lastrowid, a.path, a.score, a.total) for a in audit.articles])
    except sqlite3.Error as error:
        audit.history = []
        for article in audit.articles:
            article.previous_score = None
        return [_unusable(path, error)]
    finally:
        connection.close()
    if skipped:
        return [f"{path}: audit history: ignored {skipped} row(s) that are not what medlint "
                "writes (the file was changed by something else)"]
    return []


def _unusable(path: Path, error: sqlite3.Error) -> str:
    return (f"{path}: cannot use as audit history ({error}); this audit was neither compared "
            "with earlier ones nor recorded")


def _read_previous(audit: Audit, connection: sqlite3.Connection) -> int:
    """Read earlier audits into `audit`; returns how many rows were ignored as invalid."""
    rows = connection.execute(
        "SELECT id, substr(run_at, 1, ?), files, findings, mean_score, substr(by_category, 1, ?)"
        " FROM audits ORDER BY id DESC LIMIT ?",
        (MAX_TEXT_CHARS + 1, MAX_TEXT_CHARS + 1, TREND_LENGTH)).fetchall()
    past = [(row[0], _past_audit(row[1:])) for row in reversed(rows)]
    audit.history = [entry for _, entry in past if entry is not None]
    skipped = len(past) - len(audit.history)
    if not past or past[-1][1] is None or not isinstance(past[-1][0], int):
        return skipped
    previous: dict[str, float] = {}
    for path, score in _previous_scores(connection, past[-1][0], [a.path for a in audit.articles]):
        if isinstance(path, str) and _is_score(score):
            previous[path] = float(score)
        else:
            skipped += 1
    for article in audit.articles:
        article.previous_score = previous.get(article.path)
    return skipped


def _previous_scores(connection: sqlite3.Connection, audit_id: int,
                     paths: list[str]) -> list[tuple[Any, Any]]:
    """The scores the previous audit gave to this audit's articles (and no more rows)."""
    connection.execute("CREATE TEMP TABLE IF NOT EXISTS current_paths (path TEXT PRIMARY KEY)")
    connection.execute("DELETE FROM current_paths")
    connection.executemany("INSERT OR IGNORE INTO current_paths VALUES (?)", ((p,) for p in paths))
    return connection.execute(
        "SELECT s.path, s.score FROM scores s JOIN current_paths c ON c.path = s.path"
        " WHERE s.audit_id = ? LIMIT ?", (audit_id, len(paths))).fetchall()


def _past_audit(row: tuple[Any, ...]) -> PastAudit | None:
    run_at, files, findings, mean_score, by_category = row
    if not (isinstance(run_at, str) and len(run_at) <= MAX_TEXT_CHARS and _is_count(files)
            and _is_count(findings) and _is_score(mean_score)):
        return None
    try:
        when = datetime.fromisoformat(run_at)
    except ValueError:
        return None
    categories = _categories(by_category)
    if categories is None:
        return None
    return PastAudit(when, files, findings, float(mean_score), categories)


def _categories(value: Any) -> dict[str, int] | None:
    if not isinstance(value, str) or len(value) > MAX_TEXT_CHARS:
        return None
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not set(data) <= set(PREFIXES):
        return None
    if not all(_is_count(count) for count in data.values()):
        return None
    return {name: data.get(name, 0) for name in PREFIXES}


def _is_count(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_COUNT


def _is_score(value: Any) -> bool:
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value) and 0 <= value <= 100)
