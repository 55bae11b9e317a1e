"""Results of unchanged files, remembered between runs (`--result-cache FILE`).

An entry is keyed on the file's content hash, its path, a hash of everything that decides its
findings (medlint's version, the date rules measure against, the selected rules with their
options and severities, the content of data files those options name, ignores) and never on
modification times, which CI checkouts reset.
Local links make a file's findings depend on other files, so an entry also records each
linked local file's size and modification time, and is not used when any of them changed.
Remote links are not cached here: they are checked (or read from the link cache) every run.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from linter.escaping import fs_bytes
from linter.results import FileResult
from linter.site import page_pieces
from linter.storage import discard, is_corrupt, open_cache, warn

if TYPE_CHECKING:
    from linter.rules import Rule

SCHEMA = ("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data TEXT NOT NULL, "
          "used_at REAL NOT NULL) WITHOUT ROWID")
COLUMNS = ("key", "data", "used_at")
LABEL = "result cache"
# The layout of a stored result; part of every key, so entries of an older layout are misses.
FORMAT = "2"


class ResultCache:
    """Opened (checked, and replaced when corrupt) in the process that starts the run; each
    worker process then opens its own connection, since one must not cross fork()."""

    def __init__(self, path: Path, settings: str) -> None:
        self.path = path
        self.settings = hashlib.sha256(f"{FORMAT}\0{settings}".encode()).hexdigest()
        self._connection = open_cache(path, SCHEMA, "results", COLUMNS, LABEL, thorough=True)
        self._pid = os.getpid()
        self.usable = self._connection is not None
        self._warned = False

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "_connection": None, "_pid": -1}

    def _db(self) -> sqlite3.Connection | None:
        if self.usable and self._pid != os.getpid():
            self._pid = os.getpid()
            self._connection = open_cache(self.path, SCHEMA, "results", COLUMNS, LABEL)
            self.usable = self._connection is not None
        return self._connection

    def _failed(self, error: sqlite3.Error) -> None:
        """A damaged file is removed (the next run starts a new one); this process stops using
        it. A lock held too long only costs this one entry."""
        if not is_corrupt(error):
            return
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
        self._connection, self.usable = None, False
        discard(self.path)
        warn(f"{LABEL} {self.path} is corrupt ({error}); continuing without it, "
             "a new one is started next run")

    def key(self, path: str, data: bytes) -> str:
        digest = hashlib.sha256(data)
        digest.update(b"\0" + fs_bytes(path) + b"\0" + self.settings.encode("ascii"))
        return digest.hexdigest()

    def get(self, key: str, path: str, rules: Mapping[str, Rule]) -> FileResult | None:
        """The remembered FileResult for this key, or None (absent, stale or malformed)."""
        db = self._db()
        if db is None:
            return None
        try:
            row = db.execute("SELECT data FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error as error:
            self._failed(error)
            return None
        if row is None:
            return None
        try:
            entry = json.loads(row[0])
            if not all(_stamp(p) == stamp for p, stamp in entry.get("dependencies", [])):
                return None
            return FileResult.from_json(entry, path, rules)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError, RecursionError):
            if not self._warned:
                self._warned = True
                warn(f"{LABEL} {self.path} has malformed entries; those files are linted again")
            return None

    def put(self, key: str, result: FileResult) -> None:
        db = self._db()
        if db is None:
            return
        entry = {**result.to_json(),
                 "dependencies": local_dependencies(result.path, result.local_links)}
        try:
            db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                       (key, json.dumps(entry, separators=(",", ":")), time.time()))
        except sqlite3.Error as error:
            self._failed(error)


def _stamp(path: str) -> list[int]:
    try:
        status = os.stat(path)
        return [status.st_size, status.st_mtime_ns]
    except OSError:
        return [-1, -1]


def local_dependencies(doc_path: str, urls: list[str]) -> list[list[Any]]:
    """The local files a document links to, with their current size and mtime."""
    base = Path(doc_path).parent
    found = []
    for url in urls:
        try:
            parts = urlsplit(url)
        except ValueError:  # a malformed remote URL, not a local file
            continue
        if parts.scheme or parts.netloc:
            continue
        if not parts.path:
            # A partial's #fragment may name a heading of another piece of its page.
            found += [[piece, _stamp(piece)] for piece in page_pieces(str(base))] if parts.fragment else []
            continue
        path = unquote(parts.path)
        # A folder page's link may lead to a sibling of its folder, and a page served as a
        # folder resolves from one folder deeper (kinds/local_links.py).
        for target in (str(base / path), str(base.parent / path), str(base / Path(doc_path).stem / path)):
            found.append([target, _stamp(target)])
    if found:
        found += _site_configuration(base)
    return found


# Folders above a document looked at for its site's configuration (a deeper site is rare).
MAX_SITE_DEPTH = 12


def _site_configuration(base: Path) -> list[list[Any]]:
    """What says how the site serves a document's links: each folder up to the one holding a
    generator's configuration (its stamp changes when a configuration appears or goes), and
    that file."""
    from linter.generators import GENERATOR_FILES

    found: list[list[Any]] = []
    for folder in [base, *base.parents][:MAX_SITE_DEPTH]:
        found.append([str(folder), _stamp(str(folder))])
        config = next((folder / name for name in GENERATOR_FILES if (folder / name).is_file()), None)
        if config is not None:
            found.append([str(config), _stamp(str(config))])
            break
    return found
