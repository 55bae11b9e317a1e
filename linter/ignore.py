""".gitignore and .ignore files, read as git reads them (pathspec's GitIgnoreSpec).

Each folder's ignore files apply to what lies below it, a deeper file's patterns overriding
a shallower one's (so `!keep.md` below re-includes); the folders above the walked one count
up to the repository's root, and so does `.git/info/exclude`. Files named on the command
line are always linted, as ruff does.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import Any

IGNORE_FILES = (".gitignore", ".ignore")
MAX_IGNORE_FILE_BYTES = 1024 * 1024


@lru_cache(maxsize=4096)
def _folder_spec(folder: str) -> Any:
    """The patterns of one folder's ignore files, or None when it has none."""
    lines: list[str] = []
    names = [*IGNORE_FILES]
    if os.path.isdir(os.path.join(folder, ".git")):
        names.append(os.path.join(".git", "info", "exclude"))
    for name in names:
        path = os.path.join(folder, name)
        try:
            if os.path.isfile(path) and os.path.getsize(path) <= MAX_IGNORE_FILE_BYTES:
                with open(path, encoding="utf-8", errors="replace") as handle:
                    lines.extend(handle.read().splitlines())
        except OSError:
            continue
    if not lines:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _repository_folders(start: str) -> list[str]:
    """The folders from the repository's root (or the filesystem's) down to start's parent."""
    folder = Path(start).resolve()
    above: list[str] = []
    for parent in folder.parents:
        above.append(str(parent))
        if (parent / ".git").exists():
            break
    else:
        return []  # not in a repository: only the walked folders' own files count
    return above[::-1]


class IgnoreFiles:
    """Answers, during one top-down walk, whether git would ignore a path."""

    def __init__(self, root: str) -> None:
        self.root = os.path.abspath(root)
        self.above = [(folder, spec) for folder in _repository_folders(self.root)
                      if (spec := _folder_spec(folder)) is not None]
        self._by_folder: dict[str, list[tuple[str, Any]]] = {}

    def ignored(self, path: str, is_dir: bool) -> bool:
        """Whether the deepest pattern that matches the path excludes it."""
        absolute = os.path.abspath(path)
        decision = None
        for folder, spec in self._specs(os.path.dirname(absolute)):
            relative = os.path.relpath(absolute, folder).replace(os.sep, "/")
            result = spec.check_file(relative + "/" if is_dir else relative)
            if result.include is not None:
                decision = result.include
        return bool(decision)

    def _specs(self, folder: str) -> list[tuple[str, Any]]:
        if folder not in self._by_folder:
            self._by_folder[folder] = self._collect(folder)
        return self._by_folder[folder]

    def _collect(self, folder: str) -> list[tuple[str, Any]]:
        specs = list(self.above)
        relative = os.path.relpath(folder, self.root)
        current = self.root
        parts = [] if relative == "." else relative.split(os.sep)
        for part in ["", *parts]:
            current = os.path.join(current, part) if part else current
            spec = _folder_spec(current)
            if spec is not None:
                specs.append((current, spec))
        return specs
