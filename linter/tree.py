"""The linted tree: the only files medlint reads on behalf of an article or a repository.

Symlinks in a repository are untrusted input: `docs/leak.md -> ../.git/config` would put the
checkout's credentials into the output, `x.md -> /etc/hosts` tells an article what the CI
host holds. So a path that passes through a symlink is read only when it really is a file in
the linted tree: inside a folder being linted (the project root, a folder named on the command
line, the folder of a file named on it) and not in a hidden or tool folder there (`.git`,
`node_modules`: the folders the walk skips). Whether a target outside exists is never told:
every such path gets the same answer.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator

from linter.errors import ConfigError
from linter.untrusted import quote

# The folders the walk never enters; a symlink into one of them leads outside the tree.
SKIPPED_DIRECTORIES = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", ".tox",
                                 "__pycache__", "site-packages"})
OUTSIDE = "a symlink leading outside the linted files"


class LintedTree:
    """The folders medlint may read in, resolved once."""

    def __init__(self, roots: Iterable[str]) -> None:
        self.roots = tuple(sorted({os.path.realpath(root) for root in roots}))

    @classmethod
    def of(cls, paths: Iterable[str], project_root: str, suffixes: tuple[str, ...]) -> LintedTree:
        """The tree of a run: the project root, each folder named on the command line and the
        folder of each file named on it (`-`, stdin, names no folder)."""
        roots = [project_root]
        for path in paths:
            if path != "-":
                roots.append(path if names_folder(path, suffixes) else os.path.dirname(path) or ".")
        return cls(roots)

    def contains(self, real_path: str) -> bool:
        """Whether a resolved path lies in a root, below no hidden or tool folder of it: a
        file medlint may read."""
        return any(not any(part.startswith(".") or part in SKIPPED_DIRECTORIES for part in parts)
                   for parts in self._below(real_path))

    def within(self, real_path: str) -> bool:
        """Whether a resolved path lies in a root at all (`.github/` included): a place whose
        files an article may link to, and be told whether they exist."""
        return any(True for _ in self._below(real_path))

    def _below(self, real_path: str) -> Iterator[list[str]]:
        """The path's parts below each root that holds it."""
        for root in self.roots:
            if real_path == root:
                yield []
            elif real_path.startswith(prefix := root.rstrip(os.sep) + os.sep):
                yield real_path[len(prefix):].split(os.sep)

    def beyond(self, root: str) -> list[str]:
        """The roots outside `root`: what the tree adds to a project root (a run given only
        files in the project has none, so its cached results do not depend on the file list)."""
        inside = LintedTree([root])
        return [folder for folder in self.roots if not inside.contains(folder)]

    def refusal(self, path: str) -> str | None:
        """Why the file at `path` may not be read, or None. Only paths that pass through a
        symlink are refused: the walk and the command line name the others."""
        real = os.path.realpath(path)
        if real == os.path.abspath(path) and not os.path.islink(path):  # a loop resolves to itself
            return None
        if not self.contains(real):
            return OUTSIDE
        return symlink_problem(path)


def confined(folder: str | os.PathLike[str], name: str, what: str) -> str:
    """A file the repository's configuration names (a pack, a data file, a cache), as a
    resolved path inside the configuration's folder. `..`, an absolute path elsewhere, a
    symlink out, or a file under .git or another tool folder is a configuration error that
    names the setting, never the file's content."""
    real = os.path.realpath(os.path.join(folder, name))
    top = os.path.realpath(folder)
    parts = real[len(top.rstrip(os.sep)) + 1:].split(os.sep) if real.startswith(top.rstrip(os.sep) + os.sep) \
        else None
    if parts is None or any(part in SKIPPED_DIRECTORIES for part in parts):
        raise ConfigError(f"{what} {quote(name)} is outside the configuration's folder {top} "
                          "(a repository's configuration may name only its own files)")
    return real


def names_folder(path: str, suffixes: tuple[str, ...]) -> bool:
    """Whether a command-line path is a folder to walk. A symlink named like an article is a
    file, whatever it leads to: a repository's file list (`git ls-files '*.md'`) may hold
    `notes.md -> /`, and that must not make medlint walk the machine."""
    return os.path.isdir(path) and not (os.path.islink(path) and path.lower().endswith(suffixes))


def symlink_problem(path: str) -> str | None:
    """What is wrong with a symlink whose target lies in the tree: a loop or a missing target."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "a symlink loop"
        if error.errno == errno.ENOENT:
            return "a symlink to a missing file"
    return None
