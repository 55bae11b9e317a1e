"""SQLite shared by concurrent medlint processes (pre-commit batches, --jobs workers)."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

BUSY_TIMEOUT_SECONDS = 10.0
T = TypeVar("T")


def _locked(error: sqlite3.Error) -> bool:
    """Another process holds the lock: wait and try again, the file itself is fine."""
    text = str(error).lower()
    return isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def patiently(action: Callable[[], T]) -> T:
    """Run a cache operation, retrying while other processes hold the lock. Switching to WAL
    takes an exclusive lock and SQLite may answer "locked" there without waiting on the busy
    timeout, so several medlint processes starting at once must not take that for a broken
    file (and lose their results)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            return action()
        except sqlite3.Error as error:
            if not _locked(error) or time.monotonic() > deadline:
                raise
            time.sleep(random.uniform(0.01, 0.05))
