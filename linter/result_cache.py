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
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from linter.escaping import fs_bytes
from linter.findings import Finding, Severity
from linter.positions import Span
from linter.storage import discard, is_corrupt, open_cache, warn
from linter.suppress import Suppressions, UnknownCode

SCHEMA = ("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, data TEXT NOT NULL, "
          "used_at REAL NOT NULL) WITHOUT ROWID")
COLUMNS = ("key", "data", "used_at")
LABEL = "result cache"


class ResultCache:
    """Opened (checked, and replaced when corrupt) in the process that starts the run; each
    worker process then opens its own connection, since one must not cross fork()."""

    def __init__(self, path: Path, settings: str) -> None:
        self.path = path
        self.settings = hashlib.sha256(settings.encode("utf-8")).hexdigest()
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

    def get(self, key: str, path: str, rules: dict[str, Any]) -> Any:
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
            return decode(entry, path, rules)
        except (KeyError, TypeError, ValueError, IndexError, AttributeError, RecursionError):
            if not self._warned:
                self._warned = True
                warn(f"{LABEL} {self.path} has malformed entries; those files are linted again")
            return None

    def put(self, key: str, entry: dict[str, Any]) -> None:
        db = self._db()
        if db is None:
            return
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
    """A FileResult from stored JSON, every field checked (ValueError, TypeError, KeyError
    otherwise): the file is not trusted, and a wrong type would crash a formatter later."""
    from linter.article_facts import ArticleFacts
    from linter.engine import FileFilter, FileResult
    from linter.kinds.remote_links import PendingLink

    data = entry["filter"]
    result = FileResult(path)
    if entry.get("facts") is not None:
        result.facts = _stored_facts(ArticleFacts.from_dict(entry["facts"]))
    result.findings = [_stored_finding(f, path, rules) for f in _list(entry["findings"])]
    result.pending_links = [
        PendingLink(_text(url), _text(base), _text(fragment), Span(*_numbers(span, 4)),
                    _flag(had_credentials))
        for url, base, fragment, span, had_credentials in _list(entry["pending"])]
    result.link_rules = {_text(outcome): rules[code] for outcome, code in entry["link_rules"].items()
                         if code in rules}
    result.filter = FileFilter(
        ignore=tuple(_text(code) for code in _list(data["ignore"])),
        severity={_text(code): Severity.parse(_text(level)) for code, level in data["severity"].items()},
        suppressions=Suppressions(
            [(_text(selector), _number(first), _number(last))
             for selector, first, last in _list(data["ranges"])],
            [UnknownCode(_text(code), _number(line), _number(column))
             for code, line, column in _list(data["unknown"])]),
    )
    return result


SEVERITIES = {str(level): level for level in Severity}


def _stored_facts(facts: Any) -> Any:
    """An audit's facts of an article: a title, ISO dates (or ""), a count of sources."""
    dates = (facts.published, facts.updated, facts.reviewed, facts.next_review)
    if type(facts.title) is not str or len(facts.title) > 1000 or type(facts.sources) is not int:
        raise ValueError("malformed article facts")
    for value in dates:
        if _text(value):
            date.fromisoformat(value)
    return facts


def _stored_finding(f: Any, path: str, rules: dict[str, Any]) -> Finding:
    # Checked inline: a warm run decodes every finding of the archive through here.
    line, column, code, end_line, end_column, name, severity, message, fix, context = f
    if (code not in rules or type(name) is not str or type(message) is not str
            or type(context) is not str or not (fix is None or type(fix) is str)
            or not all(type(n) is int and 0 <= n < 2**31 for n in (line, column, end_line, end_column))):
        raise ValueError("a malformed finding")
    return Finding(path, line, column, code, end_line, end_column, name, SEVERITIES[severity],
                   message, fix, context)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("a list was expected")
    return value


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("a string was expected")
    return value


def _number(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**31:
        raise TypeError("a line or column number was expected")
    return value


def _numbers(values: Any, count: int) -> list[int]:
    if len(_list(values)) != count:
        raise ValueError(f"{count} numbers were expected")
    return [_number(value) for value in values]


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("true or false was expected")
    return value


def _finding(f: Finding) -> list[Any]:
    return [f.line, f.column, f.code, f.end_line, f.end_column, f.name, str(f.severity),
            f.message, f.fix, f.context]


def _span(span: Span) -> list[int]:
    return [span.line, span.column, span.end_line, span.end_column]
