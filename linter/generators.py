"""Which folders of a static-site generator's repository hold its pages.

A site's repository holds more than its pages: the generator's own developer docs (a fork
of Quartz ships them in docs/), its README, runbooks and templates. Those are not articles,
so in a folder holding a generator's configuration file medlint lints only the generator's
content folders (see README, "Sites, generators and notes").
"""

from __future__ import annotations

import os
from collections.abc import Iterable

# The folders each generator builds pages from (also where `site: preset:` looks for them).
PRESETS: dict[str, tuple[str, ...]] = {
    "astro": ("src/pages", "src/content", "public"),
    "hugo": ("content", "static"),
    "jekyll": (".",),
    "eleventy": (".", "src"),
    "docusaurus": ("docs", "blog", "src/pages", "static"),
    "mkdocs": ("docs",),
    "quartz": ("content",),
}

# A generator's configuration file at the top of a folder: the folder is that generator's
# site, and only the preset's content folders hold its pages (a fork of Quartz ships
# Quartz's own developer docs in docs/; an Astro site its runbooks and templates).
# Jekyll's and Eleventy's pages may lie anywhere, so they have no entry.
GENERATOR_FILES: dict[str, str] = {
    **dict.fromkeys(("quartz.config.ts", "quartz.config.js", "quartz.config.yaml"), "quartz"),
    **dict.fromkeys(("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json"), "hugo"),
    **dict.fromkeys(("astro.config.mjs", "astro.config.js", "astro.config.ts", "astro.config.mts",
                     "astro.config.cjs"), "astro"),
    **dict.fromkeys(("docusaurus.config.js", "docusaurus.config.ts", "docusaurus.config.mjs",
                     "docusaurus.config.cjs"), "docusaurus"),
    **dict.fromkeys(("mkdocs.yml", "mkdocs.yaml"), "mkdocs"),
}


def generator_content(folder: str, names: Iterable[str] | None = None) -> tuple[str, ...] | None:
    """The content folders (absolute) of the generator whose configuration file `folder`
    holds (`names`: its file names, when the caller has listed it), or None when it holds
    none, or none of the preset's content folders exists (a site configured elsewhere)."""
    if names is None:
        generator = next((GENERATOR_FILES[name] for name in GENERATOR_FILES
                          if os.path.lexists(os.path.join(folder, name))), None)
    else:
        generator = next((GENERATOR_FILES[name] for name in names if name in GENERATOR_FILES), None)
    if generator is None:
        return None
    folders = tuple(os.path.join(folder, part) for part in PRESETS[generator])
    return folders if any(os.path.isdir(path) for path in folders) else None
