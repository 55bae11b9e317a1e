"""SQLite shared by concurrent medlint processes (pre-commit batches, --jobs workers)."""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

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


class Corrupt(Exception):
    """The file is not the database medlint wrote: damaged pages, or a schema it did not make."""


def is_corrupt(error: BaseException) -> bool:
    """Damage to the file itself (not a database, a malformed page, a schema medlint did not
    make), as opposed to a busy lock or an unwritable folder, which leave the file alone."""
    if isinstance(error, Corrupt) or "Could not decode" in str(error):  # text medlint never wrote
        return True
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError)


def warn(message: str) -> None:
    print(f"medlint: {message}", file=sys.stderr, flush=True)


def open_cache(path: Path, schema: str, table: str, columns: tuple[str, ...], label: str,
               thorough: bool = False, retired: tuple[str, ...] = (),
               **options: Any) -> sqlite3.Connection | None:
    """A cache database, checked: one that is corrupt is replaced by a new one, one that
    cannot be used at all is skipped; either way with one warning line. A cache only makes
    medlint faster, it never makes it fail. `thorough` runs SQLite's quick_check (every page,
    overflow pages included) where a process will not be there to replace the file later.
    `retired` columns, which earlier versions wrote last, are dropped from an existing file."""
    try:
        return _connect(path, schema, table, columns, thorough, options, retired)
    except (sqlite3.Error, OSError, Corrupt) as error:
        if not is_corrupt(error):
            warn(f"{label} {path} is unusable ({error}); continuing without it")
            return None
        reason = error
    discard(path)
    try:
        connection = _connect(path, schema, table, columns, thorough, options)
    except (sqlite3.Error, OSError, Corrupt) as error:
        warn(f"{label} {path} is corrupt ({reason}) and could not be replaced ({error}); "
             "continuing without it")
        return None
    warn(f"{label} {path} was corrupt ({reason}); started a new one")
    return connection


def _connect(path: Path, schema: str, table: str, columns: tuple[str, ...], thorough: bool,
             options: dict[str, Any], retired: tuple[str, ...] = ()) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None,
                                 **options)
    try:
        patiently(lambda: connection.execute("PRAGMA journal_mode=WAL"))
        connection.execute("PRAGMA synchronous=NORMAL")
        patiently(lambda: connection.execute(schema))
        found = tuple(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
        if retired and found == columns + retired:
            for column in retired:
                patiently(partial(connection.execute, f"ALTER TABLE {table} DROP COLUMN {column}"))
            found = columns
        if found != columns:
            raise Corrupt(f"table {table} has columns {', '.join(found)}")
        if thorough:
            problems = [row[0] for row in connection.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise Corrupt(problems[0].splitlines()[-1][:200])  # after "*** in database main ***"
        else:  # the table's pages (not overflow pages): a damaged one fails here, not mid-run
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()
    except BaseException:
        connection.close()
        raise
    return connection


def discard(path: Path) -> None:
    """Remove a corrupt database (and its journal files): the next open starts a new one."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(OSError):
            os.unlink(f"{path}{suffix}")
