"""The link cache: results of past checks, in SQLite, shared by concurrent medlint processes.

WAL mode lets readers and one writer work at once; each write is its own short transaction
with a busy timeout, so processes started together by pre-commit neither corrupt the file nor
lose results. The file is not trusted: a damaged one is replaced by a new one, a malformed row
is checked again, and a cache locked for too long is skipped, each with one warning line. The
cache makes medlint faster, never makes it fail.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from linter.storage import discard, is_corrupt, open_cache, patiently, warn

SCHEMA = """
CREATE TABLE IF NOT EXISTS links (
    url TEXT PRIMARY KEY,
    outcome TEXT NOT NULL,
    status INTEGER,
    final_url TEXT,
    error TEXT NOT NULL DEFAULT '',
    anchors TEXT,
    https_works INTEGER,
    checked_at REAL NOT NULL
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


COLUMNS = ("url", "outcome", "status", "final_url", "error", "anchors", "https_works",
           "checked_at")
# Written by earlier versions and never read: dropped from an existing cache when it opens.
RETIRED = ("failures",)
OUTCOMES = ("ok", "moved", "dead", "unverified")
MAX_TEXT = 2000  # characters of a stored message or URL; anything longer was not written by us
MAX_ANCHOR_TEXT = 1_000_000  # a page's anchors as JSON: at most 5,000 names are kept


class LinkCache:
    def __init__(self, path: Path, ok_seconds: float, dead_seconds: float) -> None:
        self.path = path
        self.ok_seconds = ok_seconds
        self.dead_seconds = dead_seconds
        self.broken = False
        self._warned_entry = False
        self.connection = open_cache(path, SCHEMA, "links", COLUMNS, "link cache", retired=RETIRED,
                                     check_same_thread=False)

    def _failed(self, error: sqlite3.Error) -> None:
        """A damaged file is replaced at once; anything else ends caching for this run."""
        if self.connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self.connection.close()
        self.connection = None
        if self.broken:
            return
        self.broken = True
        if is_corrupt(error):
            discard(self.path)
            self.connection = open_cache(self.path, SCHEMA, "links", COLUMNS, "link cache", retired=RETIRED,
                                         check_same_thread=False)
            if self.connection is not None:
                warn(f"link cache {self.path} was corrupt ({error}); started a new one")
                return
        warn(f"link cache {self.path} is unusable ({error}); checking without it")

    def get(self, url: str, now: float | None = None) -> CachedResult | None:
        """A fresh result for the URL, or None. Unverified results are never served."""
        if self.connection is None:
            return None
        try:
            row = self.connection.execute(
                f"SELECT {', '.join(COLUMNS)} FROM links WHERE url = ?", (url,)).fetchone()
        except sqlite3.Error as error:
            self._failed(error)
            return None
        if row is None:
            return None
        try:
            result = _decoded(row)
        except (TypeError, ValueError, RecursionError):
            if not self._warned_entry:
                self._warned_entry = True
                warn(f"link cache {self.path} has malformed entries; they are checked again")
            return None
        age = (now or time.time()) - result.checked_at
        limit = {"ok": self.ok_seconds, "moved": self.ok_seconds, "dead": self.dead_seconds}.get(
            result.outcome, -1.0)
        return result if 0 <= age <= limit else None

    def put(self, url: str, outcome: str, status: int | None, final_url: str | None, error: str,
            anchors: frozenset[str] | None, https_works: bool | None) -> None:
        """Record one result."""
        if self.connection is None:
            return
        connection = self.connection
        try:
            patiently(lambda: connection.execute(
                "INSERT INTO links (url, outcome, status, final_url, error, anchors, https_works,"
                " checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(url) DO UPDATE SET outcome = excluded.outcome,"
                " status = excluded.status, final_url = excluded.final_url,"
                " error = excluded.error, anchors = excluded.anchors,"
                " https_works = excluded.https_works, checked_at = excluded.checked_at",
                (url, outcome, status, final_url, error,
                 json.dumps(sorted(anchors)) if anchors is not None else None,
                 None if https_works is None else int(https_works), time.time())))
        except sqlite3.Error as error:
            self._failed(error)

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
            self.connection = None


def _decoded(row: tuple[Any, ...]) -> CachedResult:
    """A stored row, checked field by field: the file is not trusted (ValueError, TypeError)."""
    url, outcome, status, final_url, error, anchors, https_works, checked_at = row
    if outcome not in OUTCOMES or not isinstance(error, str) or len(error) > MAX_TEXT:
        raise ValueError("outcome or message")
    if status is not None and not (isinstance(status, int) and 100 <= status <= 999):
        raise ValueError("status")
    if final_url is not None and not (isinstance(final_url, str) and len(final_url) <= MAX_TEXT
                                      and final_url.startswith(("http://", "https://"))):
        raise ValueError("final URL")
    if https_works not in (None, 0, 1) or not isinstance(checked_at, (int, float)):
        raise ValueError("https_works or time")
    names = None
    if anchors is not None:
        if not isinstance(anchors, str) or len(anchors) > MAX_ANCHOR_TEXT:
            raise ValueError("anchors")
        names = json.loads(anchors)
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            raise ValueError("anchors")
    return CachedResult(url, outcome, status, final_url, error,
                        None if names is None else frozenset(names),
                        None if https_works is None else bool(https_works), float(checked_at))
