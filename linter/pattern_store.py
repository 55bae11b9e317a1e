"""What earlier runs learnt of each pattern's parse tree, kept in the user's cache folder.

Reading a pattern's start texts from its parse tree (`linter.patterns.analysis`) takes Python's
regex parser about a third of a millisecond; a pre-commit run on one article asks it of about
200 patterns, a fifth of the run. The answers depend only on the pattern, its flags, Python's
parser and the code that reads the tree, so they are stored in one file per Python version and
version of that code, and a later run reads them back instead.

The file is untrusted input like every cache: its first line is the SHA-256 of the rest, and
an entry is used only if its text has exactly the shape an analysis has (checked when it is
looked up, so a run pays for the entries it uses). A file that fails the digest is ignored and
replaced at the end of the run. It is JSON, never pickle. Writing it never fails a run.

One line per pattern: the key (a hash of the pattern and its flags), how many writes the
entry has gone unused, and the analysis as compact JSON.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 5_000  # the built-in rules ask about 300
MAX_PATTERN = 10_000  # characters: a longer pattern (a repository's, say) is not stored
# Writes an analysis stays in the file unused: a pattern built from a set, say, may read
# differently in every run, and its old versions must not pile up.
MAX_IDLE = 16

# An analysis: (starts, required, required sets) as `linter.patterns.Analysis` holds them.
Entry = tuple[Any, Any, Any]
Key = tuple[str, int]

# The shape of an entry as `save` writes it: [starts, required, sets], where starts is null or
# a list of [text, folded, at a word start], required null or a list of [text, folded], and
# sets a list of such lists; every text a non-empty JSON string of printable ASCII characters.
_TEXT = r'"(?:[ !#-\[\]-~]|\\(?:["\\/bfnrt]|u[0-9a-f]{4}))+"'  # printable ASCII bar " and \
_BOOL = r"(?:true|false)"
_START = rf"\[{_TEXT},{_BOOL},{_BOOL}\]"
_GATES = rf"\[{_TEXT},{_BOOL}\](?:,\[{_TEXT},{_BOOL}\])*"
ENTRY_SHAPE = re.compile(rf"\[(?:null|\[{_START}(?:,{_START})*\]),(?:null|\[{_GATES}\]),"
                         rf"\[(?:\[{_GATES}\](?:,\[{_GATES}\])*)?\]\]")
_LINE = re.compile(r"([0-9a-f]{32}) (\d{1,2}) (\[.*\])")


class PatternStore:
    """The stored analyses of one file: those read from it, and those this process worked
    out, written back by `save`."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.learnt: dict[str, Entry] = {}
        self.used: set[str] = set()

    @cached_property
    def _stored(self) -> dict[str, tuple[int, str]]:
        """key -> (writes unused, the analysis as JSON): read once, checked entry by entry."""
        return _read(self.path) if self.path is not None else {}

    def get(self, pattern: str, flags: int) -> Entry | None:
        key = _key(pattern, flags)
        if key in self.learnt:
            return self.learnt[key]
        stored = self._stored.get(key)
        if stored is None or not ENTRY_SHAPE.fullmatch(stored[1]):
            return None
        starts, required, sets = json.loads(stored[1])
        self.used.add(key)
        return (None if starts is None else frozenset(map(tuple, starts)),
                None if required is None else frozenset(map(tuple, required)),
                tuple(frozenset(map(tuple, texts)) for texts in sets))

    def add(self, pattern: str, flags: int, entry: Entry) -> None:
        key = _key(pattern, flags)
        self.learnt[key] = entry
        self.used.add(key)

    def save(self) -> None:
        """Write the stored analyses if this process learnt one: atomically (a concurrent run
        reads the old file or the new one, never half of one), silently giving up when the
        folder cannot be written. An entry unused for MAX_IDLE writes is dropped, and one of
        another shape."""
        if self.path is None or not self.learnt:
            return
        lines = {key: f"{key} 0 {_json(entry)}" for key, entry in self.learnt.items()}
        for key, (idle, text) in self._stored.items():
            if key not in lines and (key in self.used or idle < MAX_IDLE) and ENTRY_SHAPE.fullmatch(text):
                lines[key] = f"{key} {0 if key in self.used else idle + 1} {text}"
        if len(lines) > MAX_ENTRIES:
            lines = {key: line for key, line in lines.items() if key in self.used}
        body = "\n".join(sorted(lines.values())).encode("ascii")
        if len(lines) > MAX_ENTRIES or len(body) > MAX_FILE_BYTES - 65:
            return
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)
            return
        self.learnt.clear()


def _key(pattern: str, flags: int) -> str:
    return hashlib.sha256(f"{int(flags)}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _json(entry: Entry) -> str:
    starts, required, sets = entry
    return json.dumps([None if starts is None else sorted(map(list, starts)),
                       None if required is None else sorted(map(list, required)),
                       [sorted(map(list, texts)) for texts in sets]],
                      ensure_ascii=True, separators=(",", ":"))


def _read(path: Path) -> dict[str, tuple[int, str]]:
    """The file's lines by key, or none if it is missing, too large or fails its digest."""
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError:
        return {}
    digest, _, body = data.partition(b"\n")
    if len(data) > MAX_FILE_BYTES or hashlib.sha256(body).hexdigest().encode() != digest \
            or not body.isascii():
        return {}
    found = {}
    for line in body.decode("ascii").split("\n"):
        match = _LINE.fullmatch(line)
        if match and int(match[2]) <= MAX_IDLE:
            found[match[1]] = (int(match[2]), match[3])
    return found if len(found) <= MAX_ENTRIES else {}


# The store a command-line run opened (`open_store`); library use (tests, the editor server)
# opens none and reads no file. It only remembers answers: what it holds never changes one.
_OPENED: list[PatternStore] = []


def open_store(folder: Path, code_file: str) -> None:
    """Use the stored analyses of this cache folder, this Python and this version of the
    analysing code (in `code_file`) for the rest of the process. The file is read on first use."""
    version = _version(code_file)
    _OPENED[:] = [PatternStore(None if version is None else folder / f"pattern-analysis-{version}.txt")]


def opened_store() -> PatternStore | None:
    return _OPENED[0] if _OPENED else None


def opened_folder() -> Path | None:
    """The cache folder of the store a command-line run opened (other stores keep their files
    there too), or None."""
    store = opened_store()
    return store.path.parent if store is not None and store.path is not None else None


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
