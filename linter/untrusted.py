"""Reading data that may be hostile: front matter, the linted repository's configuration and packs.

Every YAML document medlint reads goes through `load_yaml`, which bounds what a document can
cost before it is built: nesting depth, and the size the document would have with every alias
expanded (an alias bomb of a few hundred bytes otherwise expands to gigabytes). Values that
YAML cannot construct (`2020-13-45`, a 5,000-digit integer, `!!timestamp 'garbage'`) are YAML
errors with a line, like any syntax error. `check_shape` applies the same bounds to data parsed
from other formats (TOML, JSON), and `shorten` is how any such value is quoted in a message.
"""

from __future__ import annotations

import os
import reprlib
import stat
from pathlib import Path
from typing import Any

import yaml

from linter.errors import ConfigError

MAX_DEPTH = 64
# Nodes plus scalar characters, aliases expanded: far above any real front matter or
# configuration (a 64 KiB front matter has at most about 130,000), far below a bomb.
MAX_EXPANDED = 1_000_000
QUOTE_CHARS = 60


class UntrustedDataError(yaml.MarkedYAMLError):
    """A document that is too deep or too large when expanded, or holds a value that cannot
    be constructed. A YAMLError, so callers that report YAML errors report these the same way."""

    def __init__(self, problem: str, mark: Any = None) -> None:
        super().__init__(problem=problem, problem_mark=mark)

    def __str__(self) -> str:
        return describe(self)


def describe(error: yaml.YAMLError) -> str:
    """'line N: what is wrong', never the document's text itself (PyYAML's own messages quote
    the offending line, which may come from a file that is not ours to show)."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    where = f"line {mark.line + 1}: " if mark is not None else ""
    return where + yaml_problem(error)


def yaml_problem(error: yaml.YAMLError) -> str:
    """What a YAML error says is wrong, without its position or a quote of the text."""
    text = getattr(error, "problem", None) or getattr(error, "context", None) or type(error).__name__
    return shorten(str(text), 200)


class _Quote(reprlib.Repr):
    def __init__(self, limit: int) -> None:
        super().__init__()
        self.maxstring = self.maxother = self.maxlong = limit
        self.maxlevel, self.maxlist, self.maxdict, self.maxtuple, self.maxset = 3, 5, 5, 5, 5

    def repr_int(self, x: int, level: int) -> str:
        if x.bit_length() > 200:  # repr of a 5,000-digit integer raises ValueError
            return f"<an integer of {x.bit_length()} bits>"
        return super().repr_int(x, level)


def shorten(value: Any, limit: int = QUOTE_CHARS) -> str:
    """A value as a message may quote it: text as it is, anything else as its repr, cut to
    about `limit` characters with '...' where it was cut."""
    if isinstance(value, str):
        return value if len(value) <= limit else value[: max(limit - 3, 1)] + "..."
    return _Quote(limit).repr(value)


def quote(value: Any, limit: int = QUOTE_CHARS) -> str:
    """`shorten` in quotes when the value is text: the bounded form of `{value!r}`."""
    return repr(shorten(value, limit)) if isinstance(value, str) else shorten(value, limit)


def check_events(text: str, max_depth: int = MAX_DEPTH, max_expanded: int = MAX_EXPANDED) -> None:
    """Walk the YAML event stream (libyaml, no recursion) and refuse documents nested deeper
    than `max_depth` or larger than `max_expanded` once every alias is expanded. An anchor's
    expanded size is computed once, so the walk is linear in the text, bombs included."""
    sizes: dict[str, int] = {}
    open_frames: list[list[Any]] = []  # [anchor, expanded size so far]
    total = 0
    for event in yaml.parse(text, Loader=_loader_base()):
        if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            if len(open_frames) >= max_depth:
                raise UntrustedDataError(f"nested more than {max_depth} levels deep", event.start_mark)
            open_frames.append([event.anchor, 1])
            continue
        if isinstance(event, yaml.ScalarEvent):
            size = 1 + len(event.value)
            if event.anchor:
                sizes[event.anchor] = size
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            anchor, size = open_frames.pop()
            if anchor:
                sizes[anchor] = size
        elif isinstance(event, yaml.AliasEvent):
            if event.anchor not in sizes:  # undefined, or an alias inside its own anchor
                raise UntrustedDataError(f"alias *{shorten(event.anchor, 40)} refers to no complete "
                                         "anchor before it", event.start_mark)
            size = sizes[event.anchor]
        else:
            continue
        if open_frames:
            open_frames[-1][1] += size
            size = open_frames[-1][1]
        else:
            total += size
            size = total
        if size > max_expanded:
            raise UntrustedDataError(f"larger than {max_expanded:,} nodes and characters once its "
                                     "aliases are expanded (an alias bomb?)", event.start_mark)


def _loader_base() -> type:
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _BoundedLoader(_loader_base()):  # type: ignore[misc]
    """The safe loader, with construction failures turned into YAML errors with a line."""

    def construct_object(self, node: Any, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, TypeError, AttributeError, OverflowError, RecursionError) as error:
            if isinstance(error, yaml.YAMLError):
                raise
            value = shorten(node.value) if isinstance(node, yaml.ScalarNode) else node.tag
            raise UntrustedDataError(f"cannot read {value!r} as {node.tag.rsplit(':', 1)[-1]}",
                                     node.start_mark) from None


def load_yaml(text: str, max_depth: int = MAX_DEPTH, max_expanded: int = MAX_EXPANDED) -> Any:
    """yaml.safe_load for untrusted text: bounded in depth and expanded size, never raising
    anything but yaml.YAMLError on any input."""
    try:
        check_events(text, max_depth, max_expanded)
        loader = _BoundedLoader(text)
        try:
            return loader.get_single_data()
        finally:
            loader.dispose()
    except RecursionError:  # the pure-Python loader, where libyaml is missing
        raise UntrustedDataError(f"nested more than {max_depth} levels deep") from None


def check_shape(data: Any, max_depth: int = MAX_DEPTH, max_expanded: int = MAX_EXPANDED) -> None:
    """The same bounds for data parsed from TOML or JSON: depth, and nodes plus characters
    (shared objects counted every time they appear, as an expanded alias is)."""
    pending: list[tuple[Any, int]] = [(data, 1)]
    size = 0
    while pending:
        value, depth = pending.pop()
        size += 1 + (len(value) if isinstance(value, str) else 0)
        if size > max_expanded:
            raise UntrustedDataError(f"larger than {max_expanded:,} nodes and characters")
        if isinstance(value, dict):
            children: Any = [*value.keys(), *value.values()]
        elif isinstance(value, (list, tuple)):
            children = value
        else:
            continue
        if children and depth >= max_depth:
            raise UntrustedDataError(f"nested more than {max_depth} levels deep")
        pending.extend((child, depth + 1) for child in children)


MAX_CONFIG_BYTES = 1024 * 1024


class NotRegularFile(OSError):
    """A path that is a directory, FIFO, socket or device where a file was expected."""


def file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO"),
                       (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "not a regular file"


def read_regular(path: str | Path, limit: int) -> bytes:
    """Up to `limit + 1` bytes of a regular file (one more than allowed, so the caller can
    tell it is too large). Opened without blocking, so a FIFO is refused, not waited on."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(f"{file_kind(mode)}, not a regular file")
    except BaseException:
        os.close(descriptor)
        raise
    with os.fdopen(descriptor, "rb") as handle:
        return handle.read(limit + 1)


def read_config_text(path: Path, what: str, limit: int = MAX_CONFIG_BYTES) -> str:
    """A configuration file or pack as text: a regular file, at most `limit` bytes, UTF-8.
    Anything else (a FIFO, /dev/zero, a directory, a 2 GB file) is a ConfigError naming it."""
    try:
        data = read_regular(path, limit)
    except NotRegularFile as error:
        raise ConfigError(f"{path}: cannot read {what}: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read {what}: {error.strerror or error}") from None
    if len(data) > limit:
        raise ConfigError(f"{path}: cannot read {what}: larger than {limit:,} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: cannot read {what}: not UTF-8") from None
