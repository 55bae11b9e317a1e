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

from linter.untrusted import read_regular

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
PAGES_AS_FOLDERS: dict[str, re.Pattern[str]] = {
    "mkdocs": re.compile(r"(?m)^\s*use_directory_urls\s*:\s*(?:false|False|no|off)\b"),
    "hugo": re.compile(r"(?im)^\s*\"?uglyurls\"?\s*[:=]\s*true\b"),
}
MAX_CONFIG_BYTES = 256 * 1024  # a generator's configuration is read up to this size


# Folders of pages a generator builds from the notes' metadata, not from files: Quartz's tag
# pages ("tags/⭐-Landmark").
GENERATED_FOLDERS: dict[str, frozenset[str]] = {"quartz": frozenset({"tags"})}


def site_generator(folder: str, top: str) -> tuple[str, str] | None:
    """The generator of the site holding `folder` and its configuration file, found in the
    folder or above it, up to `top`; None for none."""
    for current in _up_to(os.path.realpath(folder), os.path.realpath(top)):
        found = _generator_file(current)
        if found is not None:
            name, path = found
            return GENERATOR_FILES[name], path
    return None


def serves_pages_as_folders(folder: str, top: str) -> bool:
    """Whether the site holding `folder` serves each page as a folder: MkDocs and Hugo do,
    unless configured not to."""
    found = site_generator(folder, top)
    return found is not None and found[0] in PAGES_AS_FOLDERS and not _turned_off(found[1], found[0])


def generated_page(folder: str, top: str, target: str) -> bool:
    """Whether `target` lies in a folder of pages the site's generator builds itself."""
    found = site_generator(folder, top)
    if found is None or found[0] not in GENERATED_FOLDERS:
        return False
    generator, config = found
    for content in PRESETS[generator]:
        below = os.path.relpath(os.path.normpath(target), os.path.join(os.path.dirname(config), content))
        if not below.startswith(os.pardir) and below.split(os.sep)[0] in GENERATED_FOLDERS[generator]:
            return True
    return False


def _up_to(folder: str, top: str) -> Iterable[str]:
    current = folder
    while True:
        yield current
        if current == top or os.path.dirname(current) == current or not current.startswith(top):
            return
        current = os.path.dirname(current)


def _generator_file(folder: str) -> tuple[str, str] | None:
    name = next((name for name in GENERATOR_FILES if os.path.isfile(os.path.join(folder, name))), None)
    return (name, os.path.join(folder, name)) if name is not None else None


def _turned_off(path: str, generator: str) -> bool:
    """Whether the configuration turns pages-as-folders off (asked only of a link found dead
    otherwise; read again when the file changes, as in a long-running server)."""
    try:
        status = os.stat(path)
    except OSError:
        return True  # (unreadable: assume the files' own layout)
    return _turned_off_in(path, generator, status.st_mtime_ns, status.st_size)


@lru_cache(maxsize=64)
def _turned_off_in(path: str, generator: str, mtime: int, size: int) -> bool:
    try:
        text = read_regular(path, MAX_CONFIG_BYTES)[:MAX_CONFIG_BYTES].decode("utf-8", errors="replace")
    except OSError:
        return True
    return PAGES_AS_FOLDERS[generator].search(text) is not None
