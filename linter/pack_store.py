"""JSON copies of the built-in packs and data files, kept in the user's cache folder.

A pre-commit run parses the built-in YAML (the rule packs, the HER2 facts and therapies, about
110 KB) with PyYAML, whose constructor is Python: about a tenth of the run. The same data as
JSON loads in a twentieth of that time. A copy is used only while the YAML file's bytes and the
PyYAML version are those it was made from, and only by a command-line run (the store of
`linter.pattern_store` is open): library use parses the YAML.

A copy is untrusted input like every cache: its first line is the SHA-256 of the rest, the
second the key of the YAML it copies, the rest JSON (never pickle); anything else, and the YAML
is parsed and the copy written anew. Writing a copy never fails a run.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from linter.pattern_store import opened_folder

MAX_COPY_BYTES = 4 * 1024 * 1024
DATE_KEY = "\0date"  # {DATE_KEY: "2019-12-20"} stands for a YAML date


def load_builtin(path: Path) -> Any:
    """The built-in YAML file's data, from its copy when one matches it."""
    text = path.read_bytes()
    folder = opened_folder()
    if folder is None:
        return _parse(text)
    copy = folder / f"pack-{path.parent.name}-{path.name}.json"
    key = hashlib.sha256(f"{yaml.__version__}\0{_loader().__name__}\0".encode() + text).hexdigest()
    found = _read(copy, key)
    if found is not None:
        return found
    data = _parse(text)
    _write(copy, key, data)
    return data


def _loader() -> Any:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _parse(text: bytes) -> Any:
    return yaml.load(text.decode("utf-8"), Loader=_loader())


def _read(copy: Path, key: str) -> Any:
    try:
        with copy.open("rb") as file:
            data = file.read(MAX_COPY_BYTES + 1)
        digest, stored_key, body = data.split(b"\n", 2)
    except (OSError, ValueError):
        return None
    if len(data) > MAX_COPY_BYTES or stored_key != key.encode() \
            or hashlib.sha256(stored_key + b"\n" + body).hexdigest().encode() != digest:
        return None
    try:
        return json.loads(body, object_hook=_with_dates)
    except (ValueError, TypeError, RecursionError):  # TypeError: a date that is not text
        return None


def _with_dates(mapping: dict[str, Any]) -> Any:
    if len(mapping) == 1 and DATE_KEY in mapping:
        return date.fromisoformat(mapping[DATE_KEY])  # ValueError, TypeError: the copy is ignored
    return mapping


def _write(copy: Path, key: str, data: Any) -> None:
    """Write the copy if JSON can hold the data exactly (text keys, dates but no times)."""
    if not _copyable(data, 0):
        return
    body = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False,
                      default=lambda value: {DATE_KEY: value.isoformat()}).encode()
    rest = key.encode() + b"\n" + body
    temporary = copy.with_name(f"{copy.name}.{os.getpid()}.tmp")
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(hashlib.sha256(rest).hexdigest().encode() + b"\n" + rest)
        os.replace(temporary, copy)
    except OSError:
        temporary.unlink(missing_ok=True)


def _copyable(value: Any, depth: int) -> bool:
    if depth > 50:
        return False
    if isinstance(value, dict):
        return all(isinstance(k, str) and k != DATE_KEY and _copyable(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return all(_copyable(item, depth + 1) for item in value)
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    return value is None or type(value) in (str, int, bool, date)
