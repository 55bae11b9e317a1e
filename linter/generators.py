"""Which folders of a static-site generator's repository hold its pages.

A site's repository holds more than its pages: the generator's own developer docs (a fork
of Quartz ships them in docs/), its README, runbooks and templates. Those are not articles,
so in a folder holding a generator's configuration file medlint lints only the generator's
content folders (see README, "Sites, generators and notes").
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from linter.untrusted import read_regular

if TYPE_CHECKING:
    from linter.tree import LintedTree

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


# Generators that serve each page as a folder by default ("guide.md" at ".../guide/"), and
# the setting that turns it off: a relative link in such a page is resolved by the browser
# from one folder deeper than its file (MkDocs' `use_directory_urls`, Hugo's `uglyURLs`).
# (Each anchored at a line's start by blanks that are no line break: linear on any file.)
PAGES_AS_FOLDERS: dict[str, re.Pattern[str]] = {
    "mkdocs": re.compile(r"(?im)^[ \t]*use_directory_urls[ \t]*:[ \t]*[\"']?(?:false|no|off|n)\b"),
    "hugo": re.compile(r"(?im)^[ \t]*\"?uglyurls\"?[ \t]*[:=][ \t]*true\b"),
}
MAX_CONFIG_BYTES = 256 * 1024  # a generator's configuration is read up to this much of it


# Folders of pages a generator builds from the notes' metadata, not from files: Quartz's tag
# pages ("tags/⭐-Landmark").
GENERATED_FOLDERS: dict[str, frozenset[str]] = {"quartz": frozenset({"tags"})}


class SiteConfig(NamedTuple):
    generator: str
    path: str  # its configuration file, resolved


def site_generator(folder: str, tree: LintedTree) -> SiteConfig | None:
    """The generator of the site holding `folder`, from its configuration file in the folder
    or above it, within the linted tree: a file outside it (or a link out of it) is never read,
    nor looked for, so what lies outside the tree changes no finding."""
    current = os.path.realpath(folder)
    while tree.within(current):
        for name, generator in GENERATOR_FILES.items():
            candidate = os.path.join(current, name)
            if os.path.lexists(candidate):
                real = os.path.realpath(candidate)
                return SiteConfig(generator, real) if tree.contains(real) and os.path.isfile(real) else None
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    return None


def serves_pages_as_folders(site: SiteConfig | None) -> bool:
    """Whether the site (site_generator's answer) serves each page as a folder: MkDocs and
    Hugo do, unless configured not to."""
    return site is not None and site.generator in PAGES_AS_FOLDERS and not _turned_off(site)


def generated_page(site: SiteConfig | None, target: str) -> bool:
    """Whether `target` lies in a folder of pages the site's generator builds itself."""
    if site is None or site.generator not in GENERATED_FOLDERS:
        return False
    real_target = os.path.realpath(target)
    for content in PRESETS[site.generator]:
        below = os.path.relpath(real_target, os.path.join(os.path.dirname(site.path), content))
        if not below.startswith(os.pardir) and below.split(os.sep)[0] in GENERATED_FOLDERS[site.generator]:
            return True
    return False


def _turned_off(site: SiteConfig) -> bool:
    """Whether the configuration turns pages-as-folders off (asked only of a link found dead
    otherwise; read again whenever the file changes, as in a long-running server)."""
    try:
        status = os.stat(site.path)
    except OSError:
        return True  # (unreadable: assume the files' own layout)
    return _turned_off_in(site, (status.st_ino, status.st_size, status.st_mtime_ns, status.st_ctime_ns))


@lru_cache(maxsize=64)
def _turned_off_in(site: SiteConfig, stamp: tuple[int, int, int, int]) -> bool:
    """(stamp: the file's inode, size and times, so an edited file is read again)"""
    try:
        text = read_regular(site.path, MAX_CONFIG_BYTES)[:MAX_CONFIG_BYTES].decode("utf-8", errors="replace")
    except OSError:
        return True
    return PAGES_AS_FOLDERS[site.generator].search(text) is not None
