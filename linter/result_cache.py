"""Results of unchanged files, remembered between runs (`--result-cache FILE`).

An entry is keyed on the file's content hash, its path, a hash of everything that decides its
findings (medlint's version, the date rules measure against, the selected rules with their
options and severities, ignores) and never on modification times, which CI checkouts reset.
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
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from linter.escaping import fs_bytes
from linter.findings import Finding, Severity
from linter.positions import Span
from linter.storage import BUSY_TIMEOUT_SECONDS, patiently
from linter.suppress import Suppressions, UnknownCode

SCHEMA = ("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data TEXT NOT NULL, "
          "used_at REAL NOT NULL) WITHOUT ROWID")


class ResultCache:
    def __init__(self, path: Path, settings: str) -> None:
        self.path = path
        self.settings = hashlib.sha256(settings.encode("utf-8")).hexdigest()
        self._connection: sqlite3.Connection | None = None
        self._pid = -1
        self.hits = 0

    def _db(self) -> sqlite3.Connection | None:
        # A connection must not cross fork(): each worker process opens its own.
        if self._pid != os.getpid():
            self._pid = os.getpid()
            self._connection = None
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_SECONDS,
                                             isolation_level=None)
                patiently(lambda: connection.execute("PRAGMA journal_mode=WAL"))
                connection.execute("PRAGMA synchronous=NORMAL")
                patiently(lambda: connection.execute(SCHEMA))
                self._connection = connection
            except sqlite3.Error:
                self._connection = None  # a broken cache only costs speed
        return self._connection

    def key(self, path: str, data: bytes) -> str:
        digest = hashlib.sha256(data)
        digest.update(b"\0" + fs_bytes(path) + b"\0" + self.settings.encode("ascii"))
        return digest.hexdigest()

    def get(self, key: str) -> dict[str, Any] | None:
        db = self._db()
        if db is None:
            return None
        try:
            row = db.execute("SELECT data FROM results WHERE key = ?", (key,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None:
            return None
        entry: dict[str, Any] = json.loads(row[0])
        if not all(_stamp(p) == stamp for p, stamp in entry.get("dependencies", [])):
            return None
        self.hits += 1
        return entry

    def put(self, key: str, entry: dict[str, Any]) -> None:
        db = self._db()
        if db is None:
            return
        with contextlib.suppress(sqlite3.Error):
            db.execute("INSERT OR REPLACE INTO results VALUES (?, ?, ?)",
                       (key, json.dumps(entry, separators=(",", ":")), time.time()))


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
        if parts.scheme or parts.netloc or not parts.path:
            continue
        target = str(base / unquote(parts.path))
        found.append([target, _stamp(target)])
    return found


def encode(result: Any, dependencies: list[list[Any]]) -> dict[str, Any]:
    """A FileResult as JSON-ready data (never pickle: a cache file is not trusted code)."""
    return {
        "findings": [_finding(f) for f in result.findings],
        "pending": [[link.url, link.base, link.fragment, _span(link.span), link.had_credentials]
                    for link in result.pending_links],
        "link_rules": {outcome: rule.code for outcome, rule in result.link_rules.items()},
        "filter": {
            "ignore": list(result.filter.ignore),
            "severity": {code: str(level) for code, level in result.filter.severity.items()},
            "ranges": [list(r) for r in result.filter.suppressions.ranges],
            "unknown": [[u.code, u.line, u.column] for u in result.filter.suppressions.unknown],
        },
        "dependencies": dependencies,
        "facts": result.facts.to_dict() if result.facts is not None else None,
    }


def decode(entry: dict[str, Any], path: str, rules: dict[str, Any]) -> Any:
    from linter.article_facts import ArticleFacts
    from linter.engine import FileFilter, FileResult
    from linter.kinds.remote_links import PendingLink

    data = entry["filter"]
    result = FileResult(path)
    if entry.get("facts") is not None:
        result.facts = ArticleFacts.from_dict(entry["facts"])
    result.findings = [Finding(path=path, line=f[0], column=f[1], code=f[2], end_line=f[3],
                               end_column=f[4], name=f[5], severity=Severity.parse(f[6]),
                               message=f[7], fix=f[8], context=f[9]) for f in entry["findings"]]
    result.pending_links = [PendingLink(url, base, fragment, Span(*span), had_credentials)
                            for url, base, fragment, span, had_credentials in entry["pending"]]
    result.link_rules = {outcome: rules[code] for outcome, code in entry["link_rules"].items()
                         if code in rules}
    result.filter = FileFilter(
        ignore=tuple(data["ignore"]),
        severity={code: Severity.parse(level) for code, level in data["severity"].items()},
        suppressions=Suppressions([tuple(r) for r in data["ranges"]],  # type: ignore[misc]
                                  [UnknownCode(*u) for u in data["unknown"]]),
    )
    return result


def _finding(f: Finding) -> list[Any]:
    return [f.line, f.column, f.code, f.end_line, f.end_column, f.name, str(f.severity),
            f.message, f.fix, f.context]


def _span(span: Span) -> list[int]:
    return [span.line, span.column, span.end_line, span.end_column]
