"""What earlier runs learnt of each pattern's parse tree, kept in the user's cache folder.

Reading a pattern's start texts from its parse tree (`linter.patterns.analysis`) takes Python's
regex parser about a third of a millisecond; a pre-commit run on one article asks it of about
200 patterns, a fifth of the run. The answers depend only on the pattern, its flags, Python's
parser and the code that reads the tree, so they are stored in one file per Python version and
version of that code, and a later run reads them back instead.

The file is untrusted input like every cache: its first line is the SHA-256 of the rest, every
entry must have exactly the shape an analysis has, and a file that fails any check is ignored
(and replaced at the end of the run). It is JSON, never pickle. Writing it never fails a run.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 5_000  # the built-in rules ask about 300 (140 KB of JSON)
MAX_PATTERN = 10_000  # characters: a longer pattern (a repository's, say) is not stored
# Writes an analysis stays in the file unused: a pattern built from a set, say, may read
# differently in every run, and its old versions must not pile up.
MAX_IDLE = 16

# An analysis as stored: (starts, required, required sets), each a tuple of texts with their
# flags: starts (text, folded, at a word start) or None; required (text, folded) or None; and
# a tuple of such sets.
Entry = tuple[Any, Any, Any]
Key = tuple[str, int]


class PatternStore:
    """The stored analyses of one cache folder: those read from its file, and those this
    process worked out, written back by `save`."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.learnt: dict[Key, Entry] = {}
        self.used: set[Key] = set()

    @cached_property
    def _file(self) -> tuple[dict[Key, Entry], dict[Key, int]]:
        return _read(self.path) if self.path is not None else ({}, {})

    @property
    def known(self) -> dict[Key, Entry]:
        return self._file[0]

    def get(self, key: Key) -> Entry | None:
        found = self.known.get(key)
        if found is not None:
            self.used.add(key)
        return found

    def add(self, key: Key, entry: Entry) -> None:
        self.known[key] = self.learnt[key] = entry
        self.used.add(key)

    def save(self) -> None:
        """Write the known analyses if this process learnt one: atomically (a concurrent run
        reads the old file or the new one, never half of one), silently giving up when the
        folder cannot be written."""
        if self.path is None or not self.learnt:
            return
        idle = {key: 0 if key in self.used else self._file[1].get(key, 0) + 1 for key in self.known}
        kept = sorted(key for key, writes in idle.items() if writes <= MAX_IDLE)
        if len(kept) > MAX_ENTRIES:
            kept = sorted(self.used)
        if len(kept) > MAX_ENTRIES:
            return
        body = json.dumps([[pattern, flags, *_listed(self.known[pattern, flags]), idle[pattern, flags]]
                           for pattern, flags in kept], ensure_ascii=True, separators=(",", ":"))
        data = (hashlib.sha256(body.encode()).hexdigest() + "\n" + body).encode()
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(data)
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
            return
        self.learnt.clear()


# The store a command-line run opened (`open_store`); library use (tests, the editor server)
# opens none and reads no file. It only remembers answers: what it holds never changes one.
_OPENED: list[PatternStore] = []


def open_store(folder: Path, code_file: str) -> None:
    """Use the stored analyses of this cache folder, this Python and this version of the
    analysing code (in `code_file`) for the rest of the process. The file is read on first use."""
    version = _version(code_file)
    _OPENED[:] = [PatternStore(None if version is None else folder / f"pattern-analysis-{version}.json")]


def opened_store() -> PatternStore | None:
    return _OPENED[0] if _OPENED else None


def save_learnt() -> None:
    """Write what this process learnt to the opened store's file (at the end of a run)."""
    if _OPENED:
        _OPENED[0].save()


@lru_cache(maxsize=4)
def _version(code_file: str) -> str | None:
    try:
        code = Path(code_file).read_bytes()
    except OSError:
        return None
    return hashlib.sha256(sys.version.encode() + b"\0" + code).hexdigest()[:16]


def _listed(entry: Entry) -> list[Any]:
    starts, required, sets = entry
    return [None if starts is None else sorted(map(list, starts)),
            None if required is None else sorted(map(list, required)),
            [sorted(map(list, texts)) for texts in sets]]


def _read(path: Path) -> tuple[dict[Key, Entry], dict[Key, int]]:
    """The file's analyses and how many writes each has gone unused, or none if the file is
    missing, too large, damaged or not what medlint writes."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError:
        return {}, {}
    digest, _, body = data.partition(b"\n")
    if len(data) > MAX_FILE_BYTES or hashlib.sha256(body).hexdigest().encode() != digest:
        return {}, {}
    try:
        return _entries(json.loads(body))
    except (ValueError, TypeError, RecursionError):
        return {}, {}


def _entries(rows: Any) -> tuple[dict[Key, Entry], dict[Key, int]]:
    if not isinstance(rows, list) or len(rows) > MAX_ENTRIES:
        raise ValueError("not a list of analyses")
    found: dict[Key, Entry] = {}
    idle: dict[Key, int] = {}
    for row in rows:
        if not isinstance(row, list) or len(row) != 6:
            raise ValueError("not an analysis")
        pattern, flags, starts, required, sets, writes = row
        if not isinstance(pattern, str) or type(flags) is not int or not 0 <= flags < 1024:
            raise ValueError("not a pattern")
        if not isinstance(sets, list) or type(writes) is not int or not 0 <= writes <= MAX_IDLE:
            raise ValueError("not an analysis")
        found[pattern, flags] = (
            None if starts is None else _texts(starts, 3),
            None if required is None else _texts(required, 2),
            tuple(_texts(texts, 2) for texts in sets),
        )
        idle[pattern, flags] = writes
    return found, idle


def _texts(items: Any, width: int) -> frozenset[tuple[Any, ...]]:
    """Non-empty texts, each with `width - 1` flags."""
    if not isinstance(items, list) or not items:
        raise ValueError("not a list of texts")
    texts = []
    for item in items:
        if not (isinstance(item, list) and len(item) == width and isinstance(item[0], str) and item[0]
                and all(type(flag) is bool for flag in item[1:])):
            raise ValueError("not a text with its flags")
        texts.append(tuple(item))
    return frozenset(texts)
