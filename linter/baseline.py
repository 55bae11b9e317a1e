"""Baselines: adopt medlint on an old archive and fail only on new problems.

A baseline records each finding by path, code and a hash of the normalised text it points at,
never by line number, so edits elsewhere in an article do not resurrect old findings. The same
text found twice is recorded twice: fixing one of two identical claims leaves one in the file.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from linter import __version__
from linter.errors import ConfigError
from linter.findings import Finding
from linter.fingerprint import key

FORMAT_VERSION = 1


def write(path: Path, findings: Iterable[Finding]) -> int:
    counts = Counter(key(finding) for finding in findings)
    entries = [{"path": p, "code": c, "hash": h, "count": n}
               for (p, c, h), n in sorted(counts.items())]
    data = {"medlint_baseline": FORMAT_VERSION, "tool_version": __version__, "findings": entries}
    path.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return sum(counts.values())


class Baseline:
    def __init__(self, known: Counter[tuple[str, str, str]]) -> None:
        self.known = known

    @classmethod
    def load(cls, path: Path) -> Baseline:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["findings"]
            known = Counter({(e["path"], e["code"], e["hash"]): int(e.get("count", 1))
                             for e in entries})
        except OSError as error:
            raise ConfigError(f"{path}: cannot read baseline: {error.strerror or error}") from None
        except (ValueError, KeyError, TypeError) as error:
            raise ConfigError(f"{path}: not a medlint baseline ({error})") from None
        return cls(known)

    def new(self, findings: Iterable[Finding]) -> list[Finding]:
        """The findings the baseline does not already account for."""
        fresh = []
        for finding in findings:
            identity = key(finding)
            if self.known[identity] > 0:
                self.known[identity] -= 1
            else:
                fresh.append(finding)
        return fresh
