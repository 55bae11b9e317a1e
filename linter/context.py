"""What every rule may know about the run besides the document and its own options."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from linter.site import Site
    from linter.tree import LintedTree


@dataclass(frozen=True)
class RunContext:
    today: date
    offline: bool = False
    refresh_links: bool = False
    links: dict[str, Any] = field(default_factory=dict)
    # Extra front matter date keys per role (the config's `dates:` map).
    date_keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Where root-relative links lead (the config's `site:`); None: they are not checked.
    site: Site | None = None
    # The configuration's folder: wikilinks resolve in it when no .obsidian vault is found.
    root: str = "."
    # Domains whose pages are no source for a claim, besides the built-in content farms.
    not_sources: tuple[str, ...] = ()
    # Where local links may be followed (linter/tree.py); the Linter sets its own.
    tree: LintedTree | None = None
