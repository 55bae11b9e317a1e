"""Each file is linted with the configuration nearest above it, as ruff does.

So a pre-commit batch (`medlint check a/x.md b/y.md`) gives each file the findings a run
over the whole tree gives it, whichever other files share the batch. The run-wide settings
(the output, `fail-on`, the link checker, the baseline) stay those of the configuration found
for the run's common folder. Every configuration is read before the first file is linted,
so a broken one stops the run (exit 2) instead of failing files one by one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from linter import config as config_module
from linter.engine import Linter
from linter.results import FileResult


class Linters:
    """A Linter per configuration, chosen by each file's folder; used where one Linter was."""

    def __init__(self, primary: Linter, by_folder: dict[str, Linter]) -> None:
        self.primary = primary
        self.by_folder = by_folder

    @property
    def context(self):  # type: ignore[no-untyped-def]
        return self.primary.context

    @property
    def phase_kinds(self) -> set[str]:
        return {kind for linter in {id(x): x for x in [self.primary, *self.by_folder.values()]}.values()
                for kind in linter.phase_kinds}

    def for_path(self, path: str) -> Linter:
        return self.by_folder.get(_folder(path), self.primary)

    def walk(self, paths: Iterable[str]) -> Iterator[str]:
        return self.primary.walk(paths)

    def lint_path(self, path: str) -> FileResult:
        return self.for_path(path).lint_path(path)

    def lint_text(self, path: str, text: str) -> FileResult:
        return self.for_path(path).lint_text(path, text)

    def lint_read(self, path: str, data: bytes) -> FileResult:
        return self.for_path(path).lint_read(path, data)

    def lint_bytes(self, path: str, data: bytes) -> FileResult:
        return self.for_path(path).lint_bytes(path, data)

    def excluded(self, path: str) -> bool:
        """Excluded by the file's own configuration (the walk applied the run's)."""
        linter = self.for_path(path)
        return linter is not self.primary and linter.excluded(Path(path))


def _folder(path: str) -> str:
    return os.path.dirname(os.path.abspath(path))


def nearest_linters(primary: Linter, paths: Iterable[str],
                    make: Callable[[config_module.Config], Linter]) -> Linters:
    """A Linters for these files: each folder's nearest configuration, read once each."""
    # A linter per configuration file, and per project root for files no configuration governs.
    primary_key = primary.config.source.resolve() if primary.config.source else primary.config.root.resolve()
    found: dict[str, Path] = {}  # folder -> the key of its linter
    built: dict[Path, Linter] = {primary_key: primary}
    by_folder: dict[str, Linter] = {}
    for path in paths:
        folder = _folder(path)
        if folder in by_folder or folder in found:
            continue
        nearest = config_module.discover(Path(folder))
        if nearest is not None:
            key = nearest.resolve()
            config = config_module.load(key) if key not in built else None
        else:
            key = config_module.unconfigured_root(Path(folder)).resolve()
            config = config_module.Config(root=key) if key not in built else None
        found[folder] = key
        if config is not None:
            built[key] = make(config)
        if built[key] is not primary:
            by_folder[folder] = built[key]
    return Linters(primary, by_folder)
