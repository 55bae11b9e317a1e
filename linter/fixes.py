"""Fixes: findings -> edits -> the file's new bytes (`medlint check --fix` and `--diff`).

A finding's `fix` is the text to write instead of what it points at; its rule's pack says
whether the fix is safe (applied by --fix) or unsafe (only with --unsafe-fixes). A fix becomes
an Edit only where it cannot corrupt the article: prose fixes must replace exactly the prose the
rule read (never code, HTML, a link URL or a reference entry); the link rules' fixes replace a
link's URL and nothing else. Edits that overlap are left for the next pass, after the file is
linted again, up to MAX_PASSES. Everything outside the edits is kept byte for byte: a BOM, CRLF
or CR line endings, and any text the parser does not read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from linter.document import Block, Document, Link, parse
from linter.findings import Finding
from linter.results import FileResult
from linter.rules import Rule

MAX_PASSES = 10
# A prose fix is words: a line break or a control character in one would corrupt the article.
UNSAFE_PROSE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
# A URL fix must stay one URL: no spaces, no controls, nothing that ends a Markdown destination.
UNSAFE_URL = re.compile(r"[\x00-\x20\x7f<>\"'`\\]")
URL_FIX_KINDS = frozenset({"remote_links"})
LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")  # Markdown's line breaks, no others


@dataclass(frozen=True, order=True)
class Edit:
    """Replace source[start:end] (offsets in the Document's source) by text."""

    start: int
    end: int
    text: str
    code: str


def wanted(finding: Finding, rules: Mapping[str, Rule], unsafe: bool) -> bool:
    """Whether --fix (with or without --unsafe-fixes) applies this finding's fix."""
    if finding.fix is None:
        return False
    rule = rules.get(finding.code)
    return rule is not None and (rule.fix == "safe" or (unsafe and rule.fix == "unsafe"))


def edits_for(doc: Document, findings: Iterable[Finding], rules: Mapping[str, Rule]) -> list[Edit]:
    """Each finding's fix as an edit of doc.source; fixes that could corrupt are dropped."""
    lines = _line_starts(doc.source)
    edits = []
    for finding in findings:
        rule = rules.get(finding.code)
        if rule is None or finding.fix is None:
            continue
        url_fix = rule.kind in URL_FIX_KINDS
        edit = _url_edit(doc, finding) if url_fix else _prose_edit(doc, lines, finding)
        if edit is not None and doc.source[edit.start:edit.end] != edit.text:
            edits.append(edit)
    return edits


def compatible(edits: Iterable[Edit]) -> list[Edit]:
    """The edits that can go in together: in source order, each one not overlapping (nor
    touching the same point as) one already taken. The rest wait for the next pass."""
    taken: list[Edit] = []
    for edit in sorted(edits):
        if taken and (edit.start < taken[-1].end or edit.start == taken[-1].start):
            continue
        taken.append(edit)
    return taken


def apply(source: str, edits: Sequence[Edit]) -> str:
    """source with non-overlapping edits applied (offsets of `source`)."""
    pieces, position = [], 0
    for edit in sorted(edits):
        pieces += [source[position:edit.start], edit.text]
        position = edit.end
    pieces.append(source[position:])
    return "".join(pieces)


# -- finding positions to edits ------------------------------------------------------------

def _line_starts(source: str) -> list[int]:
    starts = [0]
    position = source.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = source.find("\n", position + 1)
    return starts


def _offset(source: str, starts: list[int], line: int, column: int) -> int | None:
    if not 1 <= line <= len(starts):
        return None
    end = starts[line] - 1 if line < len(starts) else len(source)
    offset = starts[line - 1] + column - 1
    return offset if starts[line - 1] <= offset <= end else None


def _prose_edit(doc: Document, lines: list[int], finding: Finding) -> Edit | None:
    """The finding's range, if it is prose the rule read: the same characters in the source
    as in the block's text, nothing blanked (code, URLs, HTML), not a reference entry."""
    if UNSAFE_PROSE.search(finding.fix or ""):
        return None
    start = _offset(doc.source, lines, finding.line, finding.column)
    end = _offset(doc.source, lines, finding.end_line, finding.end_column)
    if start is None or end is None or end <= start:
        return None
    for block in _blocks_at(doc, finding.line):
        raw_start = block.offsets.offset(finding.line, finding.column)
        raw_last = block.offsets.offset(finding.end_line, finding.end_column - 1)
        if raw_start is None or raw_last is None:
            continue
        raw_end = raw_last + 1
        original = doc.source[start:end]
        if block.raw[raw_start:raw_end] == original == block.text[raw_start:raw_end]:
            return Edit(start, end, finding.fix or "", finding.code)
    return None


def _blocks_at(doc: Document, line: int) -> Iterable[Block]:
    return (block for block in doc.blocks
            if block.line <= line <= block.end_line and not block.is_reference)


# The destination of an inline link or image: after '](' and optional spaces or '<'.
DESTINATION_START = re.compile(r"\]\([ \t]*<?")
HTML_ADDRESS = re.compile(r"""\b(?:href|src)\s*=\s*["']?([^"'\s>]*)""", re.IGNORECASE)


def _url_edit(doc: Document, finding: Finding) -> Edit | None:
    """A link rule's fix replaces the link's URL, wherever the link's syntax puts it."""
    new_url = finding.fix or ""
    if not new_url.startswith(("https://", "http://")) or UNSAFE_URL.search(new_url) \
            or new_url.count("(") != new_url.count(")"):
        return None
    link = _link_at(doc, finding)
    if link is None:
        return None
    lines = _line_starts(doc.source)
    start = _offset(doc.source, lines, link.span.line, link.span.column)
    end = _offset(doc.source, lines, link.span.end_line, link.span.end_column)
    if start is None or end is None:
        return None
    written = doc.source[start:end]
    at = _url_in(link, written)
    if at is None:
        return None
    return Edit(start + at, start + at + len(link.url), new_url, finding.code)


def _link_at(doc: Document, finding: Finding) -> Link | None:
    span = (finding.line, finding.column, finding.end_line, finding.end_column)
    for link in doc.links:
        if tuple(link.span) == span and link.kind != "reference":
            return link
    return None


def _url_in(link: Link, written: str) -> int | None:
    """Where the URL starts in the link's source text, if it is written there as it is."""
    url = link.url
    if link.kind in ("bare", "definition"):
        return 0 if written == url else None
    if link.kind == "autolink":
        return 1 if written == f"<{url}>" else None
    if written.startswith("<"):  # an HTML link or image: its href or src attribute, as written
        found = HTML_ADDRESS.search(written)
        return found.start(1) if found and found.group(1) == url else None
    starts = [match.end() for match in DESTINATION_START.finditer(written)
              if written.startswith(url, match.end())]
    return starts[-1] if starts else None


# -- files ---------------------------------------------------------------------------------

@dataclass
class Source:
    """A file's bytes as medlint reads them: a BOM prefix, then text with its own line
    endings. Offsets in the parsed (LF) text map onto it, so edits keep every other byte."""

    prefix: str
    text: str

    @classmethod
    def decode(cls, data: bytes) -> Source | None:
        """None for what is not strict UTF-8: replaced bytes could not be written back."""
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        body = text.removeprefix("\ufeff").removeprefix("\ufeff")  # as decode() and parse() do
        return cls(text[: len(text) - len(body)], body)

    def encode(self) -> bytes:
        return (self.prefix + self.text).encode("utf-8")

    def edited(self, edits: Sequence[Edit]) -> Source:
        """A copy with edits (offsets of the parsed text) applied to the text as written."""
        shift = _crlf_positions(self.text)
        moved = [Edit(_original(e.start, shift), _original(e.end, shift), e.text, e.code)
                 for e in edits]
        return Source(self.prefix, apply(self.text, moved))


def _crlf_positions(text: str) -> list[int]:
    """Offsets in the parsed text (CRLF read as one LF) where a CRLF stands."""
    positions: list[int] = []
    found = text.find("\r\n")
    while found >= 0:
        positions.append(found - len(positions))
        found = text.find("\r\n", found + 2)
    return positions


def _original(offset: int, crlf: list[int]) -> int:
    """A parsed-text offset as an offset of the text as written: each CRLF before it adds one.
    An offset at a line's end stays before its CR."""
    return offset + bisect_left(crlf, offset)


@dataclass
class Fixed:
    """What fixing one file did: its bytes before, the new bytes (None: nothing changed), how
    many fixes went in, and the findings of the fixed text."""

    original: bytes
    data: bytes | None
    applied: int
    result: FileResult


def fix_file(path: str, data: bytes, result: FileResult, rules: Mapping[str, Rule], unsafe: bool,
             relint: Callable[[str, str], FileResult]) -> Fixed:
    """Apply the wanted fixes of one file's findings, linting again after each pass so that
    fixes held back by an overlap get their turn; `relint(path, text)` lints fixed text."""
    source = Source.decode(data)
    if source is None:
        return Fixed(data, None, 0, result)
    applied = 0
    for _ in range(MAX_PASSES):
        todo = [f for f in result.findings if wanted(f, rules, unsafe)]
        if not todo:
            break
        doc = parse(path, source.text)
        edits = compatible(edits_for(doc, todo, rules))
        if not edits:
            break
        source = source.edited(edits)
        applied += len(edits)
        result = relint(path, source.text)
    new = source.encode()
    return Fixed(data, new if new != data else None, applied, result)


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    """A unified diff of two versions of a file, as `git diff` and `ruff --diff` show one."""
    import difflib

    old = LINE.findall(before.decode("utf-8"))
    new = LINE.findall(after.decode("utf-8"))
    lines = []
    for line in difflib.unified_diff(old, new, fromfile=path, tofile=path):
        lines.append(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n")
    return "".join(lines)
