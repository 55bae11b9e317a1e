"""The Document: one Markdown article, parsed once, with exact source positions.

Rules read Documents and never the raw text, so that code, HTML comments, link URLs and
front matter are never linted as prose. Every prose block keeps a text of the same length as
its source, with non-prose (code spans, link destinations, HTML, footnote markers) blanked
out, so an offset found by a regex maps straight back to a line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from linter.positions import OffsetMap, Span

if TYPE_CHECKING:
    from linter.citations import CitedBlock

FRONT_MATTER_MAX_CHARS = 64 * 1024
FRONT_MATTER_MAX_ALIASES = 100

REFERENCE_HEADING = re.compile(
    r"^\s*(references?|sources?|bibliography|citations?|works cited|notes|"
    r"further reading|literature|evidence)\s*:?\s*$",
    re.IGNORECASE,
)
BARE_URL = re.compile(r"""(?<![\w/@])(?:https?://|www\.)[^\s<>"'`\[\]]*[^\s<>"'`\[\].,;:!?)}*_]""")
FOOTNOTE_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:")
LEADING_NUMBER = re.compile(r"^\s*\[?(\d{1,3})[.)\]]\s")
COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)
# Block tokens that change nothing the builder tracks.
IGNORED_TOKENS = frozenset({"paragraph_open", "paragraph_close", "list_item_close", "hr",
                            "thead_open", "thead_close", "tbody_open", "tbody_close", "tr_close",
                            "table_close", "footnote_block_open", "footnote_block_close",
                            "footnote_anchor"})


@dataclass(frozen=True)
class Problem:
    """Something wrong with the file itself (reported under the FILE codes)."""

    code: str
    message: str
    line: int = 1
    column: int = 1


@dataclass
class Link:
    url: str
    text: str
    kind: str  # inline, reference, autolink, bare, image, definition
    span: Span
    block: Block | None = None
    start: int = 0  # offsets in the block's text
    end: int = 0


@dataclass(frozen=True)
class FootnoteRef:
    label: str
    span: Span
    start: int
    end: int


@dataclass(frozen=True)
class FootnoteDefinition:
    label: str
    span: Span


@dataclass(frozen=True)
class Comment:
    """An HTML comment, where suppression directives live."""

    body: str
    line: int
    column: int
    end_line: int


@dataclass
class Section:
    title: str
    level: int
    line: int
    end_line: int = 0
    blocks: list[Block] = field(default_factory=list)

    @property
    def is_references(self) -> bool:
        return bool(REFERENCE_HEADING.match(self.title))


@dataclass
class Block:
    """A run of prose: a paragraph, heading, table cell or footnote definition."""

    kind: str  # paragraph, heading, table_cell, footnote
    raw: str
    text: str
    offsets: OffsetMap
    line: int
    end_line: int
    heading_level: int = 0
    in_list: bool = False
    in_blockquote: bool = False
    list_number: int | None = None  # the item's number in an ordered list
    first_in_item: bool = False
    table: int | None = None  # which table (counted from 1) a cell belongs to
    section: Section | None = None
    is_reference: bool = False  # a references-list entry or footnote definition
    links: list[Link] = field(default_factory=list)
    footnote_refs: list[FootnoteRef] = field(default_factory=list)

    def span(self, start: int, end: int) -> Span:
        return self.offsets.span(start, end)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence of the block's prose, split once for every rule."""
        from linter.text import sentences

        return list(sentences(self.text))

    @cached_property
    def citations(self) -> CitedBlock:
        """The block's citation marks, found once for every CIT rule."""
        from linter.citations import CitedBlock

        return CitedBlock(self)


class _AliasCountingLoader(yaml.SafeLoader):
    """safe_load that refuses alias bombs: front matter is data, never a program."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.alias_count = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            self.alias_count += 1
            if self.alias_count > FRONT_MATTER_MAX_ALIASES:
                raise yaml.YAMLError(f"more than {FRONT_MATTER_MAX_ALIASES} YAML aliases")
        return super().compose_node(parent, index)


ALIAS = re.compile(r"\*[^\s,\[\]{}]+")


def load_front_matter(text: str) -> Any:
    """yaml.safe_load, bounded: libyaml when the text cannot hold more than the allowed number
    of aliases, the counting (pure Python) loader when it might."""
    if len(ALIAS.findall(text)) <= FRONT_MATTER_MAX_ALIASES and hasattr(yaml, "CSafeLoader"):
        return yaml.load(text, Loader=yaml.CSafeLoader)
    loader = _AliasCountingLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


class _Unheard:
    """Stands in for markdown-it-py's block-rule loggers (see _parser)."""

    @staticmethod
    def debug(*args: Any, **kwargs: Any) -> None:
        return None


def _silence_block_rule_logging() -> None:
    """markdown-it-py's block rules log each attempt at DEBUG level, about 1,200 logger calls
    per article that nothing listens to (3% of a run on the benchmark corpus)."""
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith("markdown_it.rules_block.") and hasattr(module, "LOGGER"):
            module.LOGGER = _Unheard()  # type: ignore[attr-defined]


def _parser() -> MarkdownIt:
    _silence_block_rule_logging()
    return (
        MarkdownIt("commonmark", {"html": True})
        .use(front_matter_plugin)
        .use(footnote_plugin)
        .enable("table")
        .enable("strikethrough")
    )


_PARSER: MarkdownIt | None = None


def parser() -> MarkdownIt:
    global _PARSER
    if _PARSER is None:
        _PARSER = _parser()
    return _PARSER


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; line numbers and columns are unchanged by this."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


@dataclass
class Document:
    path: str
    source: str
    front_matter: dict[str, Any] = field(default_factory=dict)
    front_matter_lines: tuple[int, int] = (0, 0)  # 1-based, inclusive; (0, 0) when absent
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    footnote_definitions: list[FootnoteDefinition] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    code_lines: set[int] = field(default_factory=set)
    problems: list[Problem] = field(default_factory=list)
    # Facts derived once and shared by several rules (the article's dates, say).
    derived: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def lines(self) -> list[str]:
        return self.source.split("\n")

    @cached_property
    def prose_blocks(self) -> list[Block]:
        """Blocks written as the article's own prose: not headings, not reference entries.
        Computed once: the document is complete before any rule reads it."""
        return [b for b in self.blocks if b.kind != "heading" and not b.is_reference]

    @cached_property
    def reference_entries(self) -> dict[int, Block]:
        """Numbered entries of the references list: number -> first block of the entry."""
        entries: dict[int, Block] = {}
        for block in self.blocks:
            if not block.is_reference or block.kind == "footnote":
                continue
            if block.list_number is not None and block.first_in_item:
                entries.setdefault(block.list_number, block)
            elif match := LEADING_NUMBER.match(block.raw):
                entries.setdefault(int(match.group(1)), block)
        return entries

    @property
    def has_references_section(self) -> bool:
        return any(s.is_references and s.blocks for s in self.sections)


def parse(path: str, source: str) -> Document:
    """Parse Markdown source into a Document. Never raises on odd input."""
    source = normalise_newlines(source.removeprefix("\ufeff"))
    doc = Document(path=path, source=source)
    env: dict[str, Any] = {}
    tokens = parser().parse(source, env)
    builder = _Builder(doc)
    builder.build(tokens)
    builder.reference_definitions(env.get("references", {}))
    return doc


class _Builder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.section = Section(title="", level=0, line=1)
        doc.sections.append(self.section)
        self.list_depth = 0
        self.quote_depth = 0
        self.footnote_depth = 0
        self.item_number: int | None = None
        self.item_fresh = False
        self.heading_level = 0
        self.row_cursor = 0
        self.in_cell = False
        self.tables = 0

    def build(self, tokens: list[Token]) -> None:
        for token in tokens:
            self._token(token)
        self._close_section(len(self.doc.lines))
        self._footnote_definitions()

    def _token(self, token: Token) -> None:
        kind = token.type
        if kind == "inline":  # the most common token, and the one that carries prose
            if token.map:
                self._inline(token)
        elif kind in IGNORED_TOKENS:
            return
        elif kind == "front_matter":
            self._front_matter(token)
        elif kind in ("fence", "code_block") and token.map:
            self.doc.code_lines.update(range(token.map[0] + 1, token.map[1] + 1))
        elif kind == "html_block" and token.map:
            self._comments(token.content, token.map[0] + 1, 1)
        elif kind == "heading_open":
            self.heading_level = int(token.tag[1])
        elif kind == "heading_close":
            self.heading_level = 0
        elif kind in ("bullet_list_open", "ordered_list_open"):
            self.list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            self.list_depth -= 1
        elif kind == "list_item_open":
            self.item_number = int(token.info) if token.info.isdigit() else None
            self.item_fresh = True
        elif kind == "blockquote_open":
            self.quote_depth += 1
        elif kind == "blockquote_close":
            self.quote_depth -= 1
        elif kind == "footnote_open":
            self.footnote_depth += 1
        elif kind == "footnote_close":
            self.footnote_depth -= 1
        elif kind == "table_open":
            self.tables += 1
        elif kind == "tr_open":
            self.row_cursor = 0
        elif kind in ("th_open", "td_open"):
            self.in_cell = True
        elif kind in ("th_close", "td_close"):
            self.in_cell = False

    def _front_matter(self, token: Token) -> None:
        assert token.map is not None
        self.doc.front_matter_lines = (token.map[0] + 1, token.map[1])
        if len(token.content) > FRONT_MATTER_MAX_CHARS:
            self._problem("FILE002", f"front matter is over {FRONT_MATTER_MAX_CHARS} characters")
            return
        try:
            data = load_front_matter(token.content)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            # A mark past the last line (an unclosed bracket) points at the last content line.
            line = min(token.map[0] + 2 + mark.line, token.map[1] - 1) if mark else token.map[0] + 1
            reason = getattr(error, "problem", None) or str(error)
            self._problem("FILE002", f"front matter is not valid YAML: {reason}", line)
            return
        if data is None:
            return
        if not isinstance(data, dict):
            kind = type(data).__name__
            self._problem("FILE002", f"front matter is a YAML {kind}, expected a mapping")
            return
        self.doc.front_matter = {str(key): value for key, value in data.items()}

    def _problem(self, code: str, message: str, line: int = 1) -> None:
        self.doc.problems.append(Problem(code, message, line))

    def _comments(self, content: str, line: int, column: int) -> None:
        for match in COMMENT.finditer(content):
            before = content[: match.start()]
            start_line = line + before.count("\n")
            start_column = (
                match.start() - before.rfind("\n") if "\n" in before else column + match.start()
            )
            end_line = start_line + match.group(0).count("\n")
            self.doc.comments.append(Comment(match.group(1), start_line, start_column, end_line))

    def _inline(self, token: Token) -> None:
        assert token.map is not None
        if self.heading_level:
            self._close_section(token.map[0])
            self.section = Section(title="", level=self.heading_level, line=token.map[0] + 1)
            self.doc.sections.append(self.section)
        in_table = self.in_cell
        offsets = self._offsets(token, in_table)
        kind = (
            "heading" if self.heading_level
            else "footnote" if self.footnote_depth
            else "table_cell" if in_table
            else "paragraph"
        )
        block = Block(
            kind=kind,
            raw=token.content,
            text=token.content,
            offsets=offsets,
            line=token.map[0] + 1,
            end_line=token.map[1],
            heading_level=self.heading_level,
            in_list=self.list_depth > 0,
            in_blockquote=self.quote_depth > 0,
            list_number=self.item_number if self.list_depth else None,
            first_in_item=self.item_fresh,
            table=self.tables if in_table else None,
            section=self.section,
            is_reference=bool(self.footnote_depth) or self.section.is_references,
        )
        self.item_fresh = False
        _InlineScanner(block, token.children or [], self.doc).scan()
        if self.heading_level:
            self.section.title = " ".join(block.text.split())
        self.section.blocks.append(block)
        self.doc.blocks.append(block)

    def _offsets(self, token: Token, in_table: bool) -> OffsetMap:
        """Where each line of the inline content starts in the source."""
        assert token.map is not None
        offsets = OffsetMap()
        offset = 0
        for index, content_line in enumerate(token.content.split("\n")):
            line_number = token.map[0] + index
            source_line = self.doc.lines[line_number] if line_number < len(self.doc.lines) else ""
            if in_table:
                column = source_line.find(content_line, self.row_cursor) if content_line else -1
                if column < 0:
                    column = self.row_cursor
                self.row_cursor = column + len(content_line)
            else:
                column = _suffix_column(source_line, content_line)
            offsets.add(offset, line_number + 1, column + 1)
            offset += len(content_line) + 1
        return offsets

    def _close_section(self, end_line: int) -> None:
        self.section.end_line = max(end_line, self.section.line)

    def reference_definitions(self, references: dict[str, Any]) -> None:
        """`[label]: url` lines: a link's URL is reported where it is defined."""
        for reference in references.values():
            line_index = reference.get("map", [None])[0]
            url = reference.get("href", "")
            if line_index is None or line_index >= len(self.doc.lines):
                continue
            line = self.doc.lines[line_index]
            column = line.find(url) if url else -1
            if column < 0:
                column = line.find("]:") + 2
                column += len(line[column:]) - len(line[column:].lstrip())
            span = Span(line_index + 1, column + 1, line_index + 1, column + 1 + len(url))
            self.doc.links.append(Link(url, "", "definition", span))

    def _footnote_definitions(self) -> None:
        """Definitions are found in the source: the parser drops those never referenced."""
        code = self.doc.code_lines
        for index, line in enumerate(self.doc.lines):
            if index + 1 in code:
                continue
            if match := FOOTNOTE_DEFINITION.match(line):
                column = match.start(1) - 1
                span = Span(index + 1, column, index + 1, match.end(1) + 2)
                self.doc.footnote_definitions.append(FootnoteDefinition(match.group(1), span))


def _suffix_column(source_line: str, content_line: str) -> int:
    """Content lines are source lines less their block markers (indent, '>', '-', '#')."""
    stripped = source_line.rstrip()
    content = content_line.rstrip()
    if content and stripped.endswith(content):
        return len(stripped) - len(content)
    found = source_line.find(content_line) if content_line else -1
    return max(found, 0)


class _InlineScanner:
    """Walks the parser's inline tokens along the raw content, blanking non-prose.

    markdown-it's inline tokens carry no positions, so each token is found in the raw text from
    a moving cursor; link destinations, code spans, HTML and footnote markers are blanked.
    """

    def __init__(self, block: Block, children: list[Token], doc: Document) -> None:
        self.block = block
        self.raw = block.raw
        self.children = children
        self.doc = doc
        self.mask = bytearray(len(self.raw))
        self.cursor = 0
        self.link_starts: list[tuple[int, Token]] = []
        self.autolink = False

    def scan(self) -> None:
        for token in self.children:
            handler = getattr(self, "_" + token.type, None)
            if handler is not None:
                handler(token)
        self._bare_urls()
        if any(self.mask):
            chars = list(self.raw)
            for index, masked in enumerate(self.mask):
                if masked and chars[index] != "\n":
                    chars[index] = " "
            self.block.text = "".join(chars)

    def _blank(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)

    def _find(self, needle: str) -> int:
        return self.raw.find(needle, self.cursor) if needle else -1

    def _text(self, token: Token) -> None:
        if self.autolink:
            return
        found = self._find(token.content)
        if found >= 0:
            self.cursor = found + len(token.content)

    def _softbreak(self, token: Token) -> None:
        found = self._find("\n")
        if found >= 0:
            self.cursor = found + 1

    _hardbreak = _softbreak

    def _code_inline(self, token: Token) -> None:
        start = self._find(token.markup)
        if start < 0:
            return
        close = self.raw.find(token.markup, start + len(token.markup))
        end = close + len(token.markup) if close >= 0 else len(self.raw)
        self._blank(start, end)
        self.cursor = end

    def _html_inline(self, token: Token) -> None:
        start = self._find(token.content)
        if start < 0:
            return
        end = start + len(token.content)
        self._blank(start, end)
        if token.content.startswith("<!--"):
            line, column = self.block.offsets.position(start)
            for match in COMMENT.finditer(token.content):
                self.doc.comments.append(Comment(match.group(1), line, column, line))
        self.cursor = end

    def _emphasis_marker(self, token: Token) -> None:
        start = self._find(token.markup)
        if start >= 0 and not self.raw[self.cursor : start].strip():
            self._blank(start, start + len(token.markup))
            self.cursor = start + len(token.markup)

    _em_open = _em_close = _strong_open = _strong_close = _emphasis_marker
    _s_open = _s_close = _emphasis_marker

    def _footnote_ref(self, token: Token) -> None:
        label = token.meta.get("label", "")
        start = self._find(f"[^{label}]")
        if start < 0:
            return
        end = start + len(label) + 3
        self._blank(start, end)
        self.block.footnote_refs.append(
            FootnoteRef(label, self.block.span(start, end), start, end)
        )
        self.cursor = end

    def _link_open(self, token: Token) -> None:
        if token.markup == "autolink":
            start = self._find("<")
            end = self.raw.find(">", start) + 1 if start >= 0 else 0
            if start < 0 or end <= 0:
                return
            self._blank(start, end)
            url = str(token.attrs.get("href", ""))
            self._add_link(url, self.raw[start + 1 : end - 1], "autolink", start, end)
            self.cursor = end
            self.autolink = True
            return
        start = self._find("[")
        if start >= 0:
            self.link_starts.append((start, token))
            self.cursor = start + 1

    def _link_close(self, token: Token) -> None:
        if self.autolink:
            self.autolink = False
            return
        if not self.link_starts:
            return
        start, opener = self.link_starts.pop()
        end, kind = self._link_tail(start)
        url = str(opener.attrs.get("href", ""))
        text_end = self.raw.rfind("]", start, end)
        self._add_link(url, self.raw[start + 1 : max(text_end, start + 1)], kind, start, end)

    def _image(self, token: Token) -> None:
        start = self._find("![")
        if start < 0:
            return
        self.cursor = start + 2
        end, _ = self._link_tail(start)
        self._blank(start, end)
        self._add_link(str(token.attrs.get("src", "")), token.content, "image", start, end)

    def _link_tail(self, start: int) -> tuple[int, str]:
        """Blank the destination after the link text's ']' and return (end, kind)."""
        close = _matching_bracket(self.raw, start + (2 if self.raw.startswith("![", start) else 1))
        if close < 0:
            return self.cursor, "inline"
        after = close + 1
        if self.raw.startswith("(", after):
            end = _matching_paren(self.raw, after)
            self._blank(after, end)
            self.cursor = end
            return end, "inline"
        if self.raw.startswith("[", after):
            end = self.raw.find("]", after) + 1 or after
            self._blank(after, end)
            self.cursor = end
            return end, "reference"
        self.cursor = after
        return after, "reference"

    def _add_link(self, url: str, text: str, kind: str, start: int, end: int) -> None:
        link = Link(url, text, kind, self.block.span(start, end), self.block, start, end)
        self.block.links.append(link)
        self.doc.links.append(link)

    def _bare_urls(self) -> None:
        taken = [(link.start, link.end) for link in self.block.links]
        for match in BARE_URL.finditer(self.raw):
            start, end = match.span()
            if any(self.mask[start:end]) or any(a <= start < b for a, b in taken):
                continue
            self._blank(start, end)
            url = match.group(0)
            if url.startswith("www."):
                url = "https://" + url
            self._add_link(url, match.group(0), "bare", start, end)


def _matching_bracket(text: str, index: int) -> int:
    depth = 1
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return -1


def _matching_paren(text: str, index: int) -> int:
    """End (exclusive) of a '(destination "title")' group starting at index."""
    depth = 0
    quote = ""
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'" and depth == 1 and text[index - 1].isspace():
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index += 1
    return len(text)
