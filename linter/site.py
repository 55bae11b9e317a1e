"""Where a site's links lead: root-relative URLs to content files, wikilinks to notes.

A link such as `/guides/heart-failure/#symptoms` means a page of the site, not a file at the
machine's root. The `site:` configuration says where pages come from:

    site:
      preset: astro            # content folders of a generator (linter.generators.PRESETS)
      content: [src/content]   # or the folders themselves, relative to the config file
      base: /                  # a base path that every URL starts with (Docusaurus' baseUrl)
      routes:                  # URL prefixes served from another folder
        /health/: src/content/guides/
      host: www.example.org    # the site's own host: its pages are no source (CIT008)

A URL path `x` is a page when a content folder holds `x`, `x.md`, `x.mdx`, `x.markdown`,
`x.html`, `x.astro`, `x/index.md`, `x/index.mdx`, `x/_index.md`, `x/index.html` or
`x/index.astro`, or a page of its folder whose front matter says `slug: x` (a trailing
slash is ignored). Without a `site:` section root-relative links are not checked at all: medlint
cannot know where they lead, and says so once in the run's summary.

Obsidian's wikilinks name a note, not a path: `[[Heart failure]]` is any `Heart failure.md`
in the vault (the nearest folder above holding `.obsidian`, else the configuration's folder).
"""

from __future__ import annotations

import os
import posixpath
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from linter.errors import ConfigError
from linter.generators import PRESETS
from linter.patterns import lazy_regex
from linter.tree import SKIPPED_DIRECTORIES, LintedTree

PAGE_FORMS = ("", ".md", ".mdx", ".markdown", ".html", ".astro", "/index.md", "/index.mdx",
              "/_index.md", "/index.html", "/index.astro", "/README.md")
INDEX_NAMES = ("index.md", "index.mdx", "_index.md", "index.html", "index.astro", "README.md")
NOTE_SUFFIXES = (".md", ".mdx", ".markdown")
MAX_PAGE_PIECES = 30  # Markdown files of one folder a page may be assembled from
MAX_NOTES = 200_000  # files indexed per vault: a bound, not a limit any vault reaches
SITE_KEYS = ("preset", "content", "base", "routes", "host")
SLUG_HEAD = 4096  # characters read from a page to find its `slug:`
FRONT_MATTER = lazy_regex(r"(?:---|\+\+\+)[ \t]*\r?\n.*?^(?:---|\+\+\+)[ \t]*$", flags=re.M | re.S)
SLUG_LINE = lazy_regex(r"""^slug[ \t]*[:=][ \t]*["']?([^"'\s#/][^"'\s#]*)["']?[ \t]*(?:#.*)?$""",
                       flags=re.M)
HOST_NAME = lazy_regex(r"(?:[A-Za-z0-9-]{1,63}\.)*[A-Za-z0-9-]{1,63}")


class Site(NamedTuple):
    """How root-relative URLs map to files: absolute content folders, a base path, routes."""

    content: tuple[str, ...]
    base: str = "/"
    routes: tuple[tuple[str, str], ...] = ()
    host: str = ""  # the site's own host name: its pages are no source for a medical claim
    # Whether the section names the content folders (`content:` or `preset:`); without, a
    # generator's configuration file still says which folders hold pages (linter.generators).
    content_named: bool = False

    def page(self, url_path: str) -> str | None:
        """The file a root-relative URL path leads to, or None when no content folder has it."""
        path = url_path
        if self.base != "/" and path.startswith(self.base.rstrip("/")):
            path = "/" + path[len(self.base.rstrip("/")):].lstrip("/")
        # '..' climbs no higher than the site's root, as in a browser: `/../../etc/passwd`
        # is the page etc/passwd of the site, never a file of the machine.
        relative = posixpath.normpath("/" + path.strip("/")).strip("/")
        folders = [(folder, relative[len(prefix.strip("/")):].strip("/"))
                   for prefix, folder in self.routes
                   if (relative + "/").startswith(prefix.strip("/") + "/")]
        folders += [(folder, relative) for folder in self.content]
        for folder, rest in folders:
            for form in PAGE_FORMS:
                candidate = os.path.join(folder, rest + form) if rest else \
                    os.path.join(folder, form.lstrip("/")) if form else folder
                if (os.path.isfile(candidate) or (not form and rest and os.path.isdir(candidate)
                                                  and _has_index(candidate))) \
                        and _stays_in(candidate, folder):
                    return candidate
            # Astro, Hugo and Docusaurus serve a page whose front matter says `slug: x` at
            # x in its folder, whatever the file is called.
            parent, _, last = rest.rpartition("/")
            if last and (named := slugs(os.path.join(folder, parent)).get(last.lower())) \
                    and _stays_in(named, folder):
                return named
        return None


def page_pieces(folder: str) -> list[str]:
    """The Markdown files of a folder a page is assembled from; none when it holds more
    than MAX_PAGE_PIECES (a notes folder, not one page)."""
    try:
        with os.scandir(folder) as entries:
            pieces = sorted(entry.path for entry in entries
                            if entry.name.lower().endswith(NOTE_SUFFIXES))
    except OSError:
        return []
    return pieces if len(pieces) <= MAX_PAGE_PIECES else []


@lru_cache(maxsize=64)
def slugs(folder: str) -> dict[str, str]:
    """The pages of a folder by the `slug:` their front matter gives (read once per process;
    only the head of each file, where front matter is)."""
    named: dict[str, str] = {}
    for piece in _folder_pages(folder):
        try:
            with open(piece, encoding="utf-8-sig", errors="replace") as file:
                head = file.read(SLUG_HEAD)
        except OSError:
            continue
        # A long front matter may close after the head; its start still holds the slug.
        block = FRONT_MATTER.match(head)
        front = block.group(0) if block else head if head.startswith(("---", "+++")) else ""
        if slug := SLUG_LINE.search(front):
            named.setdefault(slug.group(1).lower(), piece)
    return named


def _folder_pages(folder: str) -> list[str]:
    try:
        with os.scandir(folder) as entries:
            return sorted(entry.path for entry in entries
                          if entry.name.lower().endswith(NOTE_SUFFIXES) and entry.is_file())
    except OSError:
        return []


def _stays_in(candidate: str, folder: str) -> bool:
    """Whether a candidate page, symlinks resolved, is still in its content folder: a symlink
    leading out is no page, whether or not its target exists (either way the search goes on
    to the next form, so the answer tells nothing about the target)."""
    real, top = os.path.realpath(candidate), os.path.realpath(folder)
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


def _has_index(folder: str) -> bool:
    return any(os.path.isfile(os.path.join(folder, name)) for name in INDEX_NAMES)


def parse_site(value: Any, root: Path, where: str) -> Site:
    """The `site:` section of a configuration, folders made absolute from its folder."""
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a mapping with {', '.join(SITE_KEYS)}")
    for key in value:
        if key not in SITE_KEYS:
            raise ConfigError(f"{where}: unknown key {key!r} (accepted: {', '.join(SITE_KEYS)})")
    preset = value.get("preset")
    if preset is not None and preset not in PRESETS:
        raise ConfigError(f"{where}: 'preset' must be one of {', '.join(PRESETS)}, not {preset!r}")
    content = value.get("content", PRESETS[preset] if preset else ["."])
    if isinstance(content, str):
        content = [content]
    if not isinstance(content, (list, tuple)) or not all(isinstance(c, str) for c in content):
        raise ConfigError(f"{where}: 'content' must be a list of folders")
    base = value.get("base", "/")
    if not isinstance(base, str) or not base.startswith("/"):
        raise ConfigError(f"{where}: 'base' must be a path starting with '/', not {base!r}")
    routes = value.get("routes", {})
    if not isinstance(routes, dict) or not all(isinstance(v, str) for v in routes.values()):
        raise ConfigError(f"{where}: 'routes' must map URL prefixes to folders")
    host = value.get("host", "")
    if not isinstance(host, str) or not HOST_NAME.fullmatch(host or "x"):
        raise ConfigError(f"{where}: 'host' must be a host name such as www.example.org, not {host!r}")
    return Site(
        content=tuple(_inside(root, folder, where) for folder in content),
        base=base,
        host=host.lower(),
        routes=tuple((str(prefix), _inside(root, folder, where)) for prefix, folder in routes.items()),
        content_named="content" in value or preset is not None,
    )


def _inside(root: Path, folder: str, where: str) -> str:
    """A content folder, which must lie within the configuration's folder."""
    resolved = (root / folder).resolve()
    if resolved != root.resolve() and root.resolve() not in resolved.parents:
        raise ConfigError(f"{where}: {folder!r} is outside the configuration's folder")
    return str(resolved)


# -- wikilinks -------------------------------------------------------------------------------

def vault_root(document_path: str, config_root: str, tree: LintedTree | None = None) -> str:
    """The folder a note's wikilinks are resolved in: the nearest one above holding
    `.obsidian` (within the linted tree: a vault is never searched outside it), else the
    configuration's folder when the note lies in it, else the folder named on the command line
    that holds it (a vault copied without its `.obsidian` folder, linted with a configuration
    kept elsewhere), else its own."""
    folder = Path(document_path).resolve().parent
    for candidate in (folder, *folder.parents):
        if tree is not None and not tree.within(str(candidate)):
            break
        if (candidate / ".obsidian").is_dir():
            return str(candidate)
    root = Path(config_root).resolve()
    if root == folder or root in folder.parents:
        return str(root)
    linted = [Path(named) for named in (tree.roots if tree is not None else ())]
    holding = [named for named in linted if named == folder or named in folder.parents]
    return str(max(holding, key=lambda named: len(named.parts))) if holding else str(folder)


class Notes(NamedTuple):
    """Every file of a vault by its name (attachments), its stem (notes) and its path."""

    by_name: dict[str, tuple[str, ...]]
    by_stem: dict[str, tuple[str, ...]]

    def find(self, target: str) -> str | None:
        """The file a wikilink target names, as Obsidian resolves it, or None."""
        target = target.strip().replace("\\", "/").lstrip("/").lower()
        if not target:
            return None
        name = target.rsplit("/", 1)[-1]
        stem = name[: -len(suffix)] if (suffix := _note_suffix(name)) else name
        candidates = (self.by_stem.get(stem, ()) if not suffix or suffix in NOTE_SUFFIXES else ()) \
            + self.by_name.get(name, ())
        if "/" in target:
            # A path picks among notes of that name; a folder that is not there (a note
            # published without its folder) falls back to the name, as Quartz's
            # "shortest" resolution and Obsidian's do.
            relative = (target[: -len(suffix)] if suffix else target).lstrip("./")
            matches = [p for p in candidates if _relative_key(p).endswith("/" + relative)]
            candidates = tuple(matches) or candidates
        return candidates[0] if candidates else None


def _note_suffix(name: str) -> str:
    return next((s for s in NOTE_SUFFIXES if name.endswith(s)), "")


def _relative_key(path: str) -> str:
    lowered = path.lower()
    suffix = _note_suffix(lowered)
    return lowered[: -len(suffix)] if suffix else lowered


@lru_cache(maxsize=8)
def notes(root: str) -> Notes:
    """The vault's files, walked once per process (hidden and tool folders skipped)."""
    by_name: dict[str, list[str]] = {}
    by_stem: dict[str, list[str]] = {}
    count = 0
    for folder, directories, files in os.walk(root):
        directories[:] = sorted(d for d in directories
                                if d not in SKIPPED_DIRECTORIES and not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(folder, name)
            lowered = name.lower()
            by_name.setdefault(lowered, []).append(path)
            if suffix := _note_suffix(lowered):
                by_stem.setdefault(lowered[: -len(suffix)], []).append(path)
            count += 1
        if count > MAX_NOTES:
            break
    return Notes({k: tuple(v) for k, v in by_name.items()},
                 {k: tuple(v) for k, v in by_stem.items()})
