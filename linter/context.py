"""What every rule may know about the run besides the document and its own options."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class RunContext:
    today: date
    offline: bool = False
    refresh_links: bool = False
    links: dict[str, Any] = field(default_factory=dict)
    # Extra front matter date keys per role (the config's `dates:` map).
    date_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
