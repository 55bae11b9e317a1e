"""Baselines: adopt medlint on an old archive and fail only on new problems.

A baseline records each finding by path, code and a hash of the normalised text it points at,
never by line number, so edits elsewhere in an article do not resurrect old findings. The same
text found twice is recorded twice: fixing one of two identical claims leaves one in the file.
Paths are recorded relative to the project root (the configuration file's folder, else the
current one), so `medlint check .` (`./a.md`), `medlint check a.md` and an absolute path agree.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from linter import __version__
from linter.errors import ConfigError
from linter.escaping import valid_unicode
from linter.findings import Finding
from linter.fingerprint import key

FORMAT_VERSION = 1


def project_path(path: str, root: Path) -> str:
    """The path as a baseline records it: relative to the project root, '/'-separated."""
    relative = os.path.relpath(os.path.abspath(path), os.path.abspath(root))
    return valid_unicode(Path(relative).as_posix())


def _identity(finding: Finding, root: Path) -> tuple[str, str, str]:
    path, code, text = key(finding)
    return project_path(path, root), code, text


def write(path: Path, findings: Iterable[Finding], root: Path) -> int:
    counts = Counter(_identity(finding, root) for finding in findings)
    entries = [{"path": p, "code": c, "hash": h, "count": n}
               for (p, c, h), n in sorted(counts.items())]
    data = {"medlint_baseline": FORMAT_VERSION, "tool_version": __version__, "findings": entries}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return sum(counts.values())


class Baseline:
    def __init__(self, known: Counter[tuple[str, str, str]], root: Path) -> None:
        self.known = known
        self.root = root

    @classmethod
    def load(cls, path: Path, root: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["findings"]
            known = Counter({(e["path"], e["code"], e["hash"]): int(e.get("count", 1))
                             for e in entries})
        except OSError as error:
            raise ConfigError(f"{path}: cannot read baseline: {error.strerror or error}") from None
        except (ValueError, KeyError, TypeError) as error:
            raise ConfigError(f"{path}: not a medlint baseline ({error})") from None
        return cls(known, root)

    def new(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings the baseline does not already account for."""
        fresh = []
        for finding in findings:
            identity = _identity(finding, self.root)
            if self.known[identity] > 0:
                self.known[identity] -= 1
            else:
                fresh.append(finding)
        return fresh
