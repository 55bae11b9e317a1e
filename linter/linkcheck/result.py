"""What checking one URL comes to. Kept apart from http.py so offline runs never import requests."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Result:
    outcome: str  # ok, moved, dead, unverified
    message: str
    status: int | None = None
    final_url: str | None = None
    anchors: frozenset[str] | None = None
    https_works: bool | None = None
    throttled: bool = False
    # "No such name": dead only if the resolver is known to work (another name resolved).
    unresolved_name: bool = False
    internal_error: bool = False  # a bug in medlint, not an answer about the link: never cached
