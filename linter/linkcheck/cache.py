"""The link cache: results of past checks, in SQLite, shared by concurrent medlint processes.

WAL mode lets readers and one writer work at once; each write is its own short transaction
with a busy timeout, so processes started together by pre-commit neither corrupt the file nor
lose results. A cache that is locked for too long, or corrupt, is reported once and the run
goes on checking without it: the cache makes medlint faster, never makes it fail.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from linter.storage import BUSY_TIMEOUT_SECONDS, patiently

SCHEMA = """
CREATE TABLE IF NOT EXISTS links (
    url TEXT PRIMARY KEY,
    outcome TEXT NOT NULL,
    status INTEGER,
    final_url TEXT,
    error TEXT NOT NULL DEFAULT '',
    anchors TEXT,
    https_works INTEGER,
    checked_at REAL NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID
"""


@dataclass(frozen=True)
class CachedResult:
    url: str
    outcome: str  # ok, dead, moved (unverified results are never stored as reusable)
    status: int | None
    final_url: str | None
    error: str
    anchors: frozenset[str] | None
    https_works: bool | None
    checked_at: float
    failures: int


class LinkCache:
    def __init__(self, path: Path, ok_seconds: float, dead_seconds: float) -> None:
        self.path = path
        self.ok_seconds = ok_seconds
        self.dead_seconds = dead_seconds
        self.connection: sqlite3.Connection | None = None
        self.broken = False
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS,
                                         isolation_level=None, check_same_thread=False)
            self.connection = connection
            patiently(lambda: connection.execute("PRAGMA journal_mode=WAL"))
            connection.execute("PRAGMA synchronous=NORMAL")
            patiently(lambda: connection.execute(SCHEMA))
        except (sqlite3.Error, OSError) as error:
            self._give_up(error)

    def _give_up(self, error: Exception) -> None:
        if not self.broken:
            print(f"medlint: link cache {self.path} is unusable ({error}); checking without it",
                  file=sys.stderr)
        self.broken = True
        if self.connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self.connection.close()
        self.connection = None

    def get(self, url: str, now: float | None = None) -> CachedResult | None:
        """A fresh result for the URL, or None. Unverified results are never served."""
        if self.connection is None:
            return None
        try:
            row = self.connection.execute(
                "SELECT url, outcome, status, final_url, error, anchors, https_works, "
                "checked_at, failures FROM links WHERE url = ?", (url,)).fetchone()
        except sqlite3.Error as error:
            self._give_up(error)
            return None
        if row is None:
            return None
        result = CachedResult(row[0], row[1], row[2], row[3], row[4],
                              frozenset(json.loads(row[5])) if row[5] is not None else None,
                              None if row[6] is None else bool(row[6]), row[7], row[8])
        age = (now or time.time()) - result.checked_at
        limit = {"ok": self.ok_seconds, "moved": self.ok_seconds, "dead": self.dead_seconds}.get(
            result.outcome, -1.0)
        return result if 0 <= age <= limit else None

    def put(self, url: str, outcome: str, status: int | None, final_url: str | None, error: str,
            anchors: frozenset[str] | None, https_works: bool | None) -> None:
        """Record one result; consecutive failures count up until a success resets them."""
        if self.connection is None:
            return
        failing = outcome in ("dead", "unverified")
        connection = self.connection
        try:
            patiently(lambda: connection.execute(
                "INSERT INTO links (url, outcome, status, final_url, error, anchors, https_works,"
                " checked_at, failures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET outcome = excluded.outcome,"
                " status = excluded.status, final_url = excluded.final_url,"
                " error = excluded.error, anchors = excluded.anchors,"
                " https_works = excluded.https_works, checked_at = excluded.checked_at,"
                " failures = CASE WHEN ? THEN links.failures + 1 ELSE 0 END",
                (url, outcome, status, final_url, error,
                 json.dumps(sorted(anchors)) if anchors is not None else None,
                 None if https_works is None else int(https_works), time.time(),
                 1 if failing else 0, failing)))
        except sqlite3.Error as error:
            self._give_up(error)

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None
