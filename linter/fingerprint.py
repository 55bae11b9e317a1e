"""Stable identities for findings: path, code and the text pointed at, never the line number.

Baselines, SARIF partialFingerprints and GitLab fingerprints all use this, so an edit
elsewhere in an article (which shifts every line) does not make an old finding look new.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from linter.escaping import fs_bytes
from linter.findings import Finding


def text_hash(finding: Finding) -> str:
    """A hash of the normalised text the finding points at (its message when it has none)."""
    text = finding.context or " ".join(finding.message.split()).lower()
    return hashlib.sha256(fs_bytes(text)).hexdigest()[:16]


def key(finding: Finding) -> tuple[str, str, str]:
    return finding.path, finding.code, text_hash(finding)


class Fingerprinter:
    """Unique fingerprints for a run: the same text twice in a file gets #2, #3..."""

    def __init__(self) -> None:
        self._seen: Counter[tuple[str, str, str]] = Counter()

    def __call__(self, finding: Finding) -> str:
        identity = key(finding)
        self._seen[identity] += 1
        digest = hashlib.sha256(fs_bytes("\0".join(identity))).hexdigest()[:32]
        occurrence = self._seen[identity]
        return digest if occurrence == 1 else f"{digest}-{occurrence}"
