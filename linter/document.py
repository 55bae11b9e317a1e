"""The Document: one Markdown article, parsed once, with exact source positions.

Rules read Documents and never the raw text, so that code, HTML comments, link URLs and
front matter are never linted as prose. Every prose block keeps a text of the same length as
its source, with non-prose (code spans, link destinations, HTML, footnote markers) blanked
out, so an offset found by a regex maps straight back to a line and column.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING, Any, NamedTuple

import yaml

from linter.patterns import lazy_regex
from linter.positions import OffsetMap, Span
from linter.syntax import ADMONITION, blank_mdx, blank_templates, dedent_bodies
from linter.untrusted import UntrustedDataError, check_shape, load_yaml, shorten, yaml_problem

if TYPE_CHECKING:
    from pyromark import Options

    from linter.citations import CitedBlock
    from linter.dates import ArticleDate
    from linter.kinds.unsourced_claim import DocumentClaims
    from linter.patterns import PatternSet
    from linter.spam import DocumentContacts, FinderKey

FRONT_MATTER_MAX_CHARS = 64 * 1024
MDX_SUFFIX = ".mdx"
# A .md file written as MDX (Docusaurus reads .md files as MDX): a JSX component opening a line
# ("<Callout type=\"info\">", "<Tabs>") or an ESM import. HTML's own tags are lower case.
MDX_MARKUP = lazy_regex(r"(?m)^ {0,3}<[A-Z][\w.]*(?:[ \t/>]|$)|^import[ \t]+[\w{*][^\n]*[ \t]from[ \t]+['\"]")

# The names sites give the section that lists an article's sources; the config's
# `reference-headings:` adds more. "References and further reading" and "8. Sources" count.
# Not "Notes" or "Evidence": in clinicians' notes those head the article's own prose.
REFERENCE_NAMES = ("references", "reference", "sources", "source", "bibliography", "citations",
                   "citation", "works cited", "further reading", "literature",
                   "clinical references", "source information", "reference list", "key references",
                   "selected references", "key papers", "papers analysed", "papers analyzed",
                   "papers reviewed")


@lru_cache(maxsize=16)
def reference_heading(extra: tuple[str, ...] = ()) -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(" ".join(n.split())).replace(r"\ ", r"\s+")
                             for n in {*REFERENCE_NAMES, *(e.lower() for e in extra)}),
                            key=len, reverse=True))
    # A count after the name ("Citations (9 papers)") still names the list, and so does a
    # marker before it ("■ FURTHER READING", "📚 Sources").
    return re.compile(rf"^\s*(?:[^\w\s(\[]{{1,3}}\s*)?(?:\d{{1,2}}[.)]?\s+)?(?:{names})"
                      rf"(?:\s*(?:and|&)\s*(?:{names}))?(?:\s*\([^()\n]{{0,30}}\))?\s*:?\s*$", re.IGNORECASE)


REFERENCE_HEADING = reference_heading()
# How long a paragraph that names a references list may be ("**Selected references (12):**").
LABEL_CHARS = 60


def _names_references(heading: re.Pattern[str], raw: str) -> bool:
    """A short paragraph, bold or not, that is only a references list's name."""
    return len(raw) <= LABEL_CHARS and heading.match(raw.replace("*", "").replace("_", "")) is not None


BARE_URL = lazy_regex(r"""(?<![\w/@])(?:https?://|www\.)[^\s<>"'`\[\]]*[^\s<>"'`\[\].,;:!?)}*_]""")
# Begins with its literal text, so the regex engine skips to each '[^' instead of trying
# every line start; the indent (up to three spaces) is checked on each match.
FOOTNOTE_DEFINITION = re.compile(r"\[\^([^\]\s]+)\]:")
LEADING_NUMBER = lazy_regex(r"^\s*\[?(\d{1,3})[.)\]]\s")
COMMENT = lazy_regex(r"<!--(.*?)-->", re.DOTALL)
# HTML's links and images inside prose ("Forums: <a href="https://…">Pump users</a><br>"):
# an opening tag's address (quoted or not), the closing tag, an image's source and alt text.
ATTRIBUTE_VALUE = r"""\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))"""
HTML_LINK_OPEN = lazy_regex(rf"<a\s[^>]*?\bhref{ATTRIBUTE_VALUE}[^>]*>", re.IGNORECASE)
HTML_LINK_CLOSE = lazy_regex(r"</a\s*>", re.IGNORECASE)
HTML_IMAGE = lazy_regex(rf"<img\s[^>]*?\bsrc{ATTRIBUTE_VALUE}[^>]*>", re.IGNORECASE)
HTML_TAG = lazy_regex(r"<[^>]*>")
HTML_ALT = lazy_regex(r"""\balt\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# An emoji or icon shortcode (GitHub's ":warning:", MkDocs Material's ":octicons-dot-fill-16:",
# ":material-cigar-off:"): markup that renders as a picture, no word of prose.
ICON_SHORTCODE = lazy_regex(r"(?<![\w:/]):[a-z0-9_+-]*[a-z][a-z0-9_+-]*:(?![\w:/])")
WIKILINK = lazy_regex(r"(?P<embed>!?)\[\[(?P<target>[^\[\]|\n]{1,500}?)"
                      r"(?:\|(?P<shown>[^\[\]\n]{1,500}?))?\]\](?!\()")
# [[1]] and [[2, 3]] are bracketed citation numbers in converted pages, not notes.
NOT_A_NOTE = lazy_regex(r"[\d\s,;\u2013-]*")
CALLOUT_MARKER = lazy_regex(r"\[![\w-]{1,40}\][+-]?")
# MkDocs' and Python-Markdown's admonition marker ("!!! note", "??? tip", "???+ warning"); its
# quoted title, if any, stays as the callout's title line, and its indented body is prose
# (linter.syntax.dedent_bodies). Docusaurus' and VitePress' container (":::note Title" ... ":::")
# likewise.
ADMONITION_MARKER = lazy_regex(rf"{ADMONITION}(?:[ \t]+inline(?:[ \t]+end)?)?"
                               r"|:::+[ \t]*[\w-]{1,40}|:::+[ \t]*$")
CONTAINER_END = lazy_regex(r"(?<=\n):::+[ \t]*$")


class Problem(NamedTuple):
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


class FootnoteRef(NamedTuple):
    label: str
    span: Span
    start: int
    end: int


class FootnoteDefinition(NamedTuple):
    label: str
    span: Span


class Comment(NamedTuple):
    """An HTML comment, where suppression directives live."""

    body: str
    line: int
    column: int
    end_line: int


@dataclass
class Section:
    title: str
    line: int
    blocks: list[Block] = field(default_factory=list)

    is_references: bool = False  # titled as a references list (see REFERENCE_NAMES)


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
    list_depth: int = 0  # how deep in nested lists: 1 for a top-level item, 2 for one under it
    in_blockquote: bool = False
    list_number: int | None = None  # the item's number in an ordered list
    first_in_item: bool = False
    table: int | None = None  # which table (counted from 1) a cell belongs to
    table_header: bool = False  # a cell of the table's header row
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

        return sentences(self.text)

    @cached_property
    def citations(self) -> CitedBlock:
        """Its citation marks and which sentences they source, found once for every CIT rule."""
        from linter.citations import CitedBlock

        return CitedBlock(self)


def load_front_matter(text: str) -> Any:
    """yaml.safe_load, bounded in depth and expanded size (see linter.untrusted)."""
    return load_yaml(text)


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; line numbers and columns are unchanged by this."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# The article's dates are read per date order and front matter keys (role -> keys).
DatesKey = tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]
# unsourced_claim's settings that decide which spans are claims.
ClaimsKey = tuple[tuple[str, ...], str, tuple[str, ...], str, bool, str, str]


@dataclass
class SharedFacts:
    """What several rules work out once per document and share, each field filled on first
    use by the module named beside it. Besides these and the Document's and Block's cached
    properties, rules keep nothing: every value depends only on the document and the settings
    in its key."""

    article_dates: dict[DatesKey, list[ArticleDate]] = field(default_factory=dict)  # dates
    sentence_texts: dict[int, tuple[str, int]] = field(default_factory=dict)  # reading_grade, by id(block)
    claims: dict[ClaimsKey, DocumentClaims] = field(default_factory=dict)  # unsourced_claim
    labelled_sections: set[int] | None = None  # unsourced_claim, by id(section)
    sourced_tables: set[int] | None = None  # unsourced_claim, by table number
    spam_contacts: dict[FinderKey, DocumentContacts] = field(default_factory=dict)  # spam
    # health_topic: by vocabulary file and whether headings are read
    about_health: dict[tuple[str, bool], bool] = field(default_factory=dict)
    names_one_work: bool | None = None  # paper_notes
    papers_entries: set[int] | None = None  # paper_notes, by id(block)
    # unsourced_claim: a classifying table (its number) -> its header cells by column, by pattern
    classifying_tables: dict[str, dict[int, dict[int, str]]] = field(default_factory=dict)
    cites_by_its_list: bool | None = None  # citations
    cited_by_another_item: set[int] | None = None  # unsourced_claim, by id(block)
    named_in_provenance: dict[str, bool] = field(default_factory=dict)  # citations, by provenance pattern
    nothing_to_review: bool | None = None  # page_kind
    fill_in_template: bool | None = None  # page_kind


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
    # What several rules work out once for this document and share.
    shared: SharedFacts = field(default_factory=SharedFacts)
    # The audience the configuration gives the file's path (`audiences:`), if any.
    configured_audience: str | None = None

    @cached_property
    def lines(self) -> list[str]:
        return self.source.split("\n")

    def audience(self, key: str) -> str | None:
        """Who the article is for, lower case: its front matter `key`, else the audience the
        configuration gives its path; None when neither says."""
        value = self.front_matter.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip().lower()
        return self.configured_audience.strip().lower() if self.configured_audience else None

    @cached_property
    def title(self) -> str:
        """The page's title: its front matter's `title` (text or a number), else its first
        heading's text."""
        title = self.front_matter.get("title")
        if isinstance(title, (str, int, float)) and not isinstance(title, bool) and str(title).strip():
            return str(title).strip()
        return next((block.text.strip() for block in self.blocks
                     if block.kind == "heading" and block.text.strip()), "")

    @cached_property
    def lowered(self) -> str:
        """The source in lower case, made once for every rule's literal pre-checks."""
        return self.source.lower()

    @cached_property
    def blocks_text(self) -> str:
        """Every block's text, one after another: where a pattern's `might_match` is False for
        it, the pattern matches in no block, and a rule can skip the document at once."""
        return "\n".join(block.text for block in self.blocks)

    @cached_property
    def block_offsets(self) -> list[int]:
        """Where each block's text begins in `blocks_text`."""
        return list(accumulate((len(block.text) + 1 for block in self.blocks[:-1]), initial=0))

    def blocks_where(self, patterns: PatternSet) -> list[Block]:
        """The blocks where one of the patterns may match, in order, found in one pass over
        the document's text: a rule searches those, and in most articles there are none."""
        found = patterns.parts_that_may_match([block.text for block in self.blocks],
                                              self.blocks_text, self.block_offsets)
        return [self.blocks[index] for index in found]

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


def parse(path: str, source: str, reference_headings: tuple[str, ...] = (),
          prose_fields: tuple[str, ...] = ()) -> Document:
    """Parse Markdown source into a Document. Never raises on odd input. Sections titled
    with a REFERENCE_NAMES name, or one of reference_headings, are references lists; the
    front matter fields named in prose_fields are prose the site renders."""
    source = normalise_newlines(source.removeprefix("\ufeff"))
    if not source.isascii():
        # Lone surrogates (from undecodable stdin) cannot cross into the parser; "?" keeps length.
        source = source.encode("utf-8", "replace").decode("utf-8")
    doc = Document(path=path, source=source)
    markdown = blank_templates(_front_matter(doc))
    if path.lower().endswith(MDX_SUFFIX) or MDX_MARKUP.search(markdown):
        markdown = blank_mdx(markdown)
    markdown, moved = dedent_bodies(markdown)
    _Builder(doc, markdown, reference_heading(reference_headings), moved).build()
    if prose_fields and doc.front_matter:
        _front_matter_prose(doc, prose_fields)
    return doc


# Front matter fields sites render as page text: a description or summary under the title,
# and FAQ lists of questions and answers (FAQ schema). Their text is linted as prose.
FAQ_TEXT_KEYS = ("question", "answer", "q", "a", "text")
BLOCK_SCALAR = lazy_regex(r"[|>][+-]?\d?")
FIELD_START = lazy_regex(r"^\s*(?:-\s|[\w\"'-]+\s*:(?:\s|$))")


def _front_matter_prose(doc: Document, fields: tuple[str, ...]) -> None:
    """Blocks for the named front matter fields, at the lines their values are written on."""
    wanted = {name.casefold() for name in fields}
    first, last = doc.front_matter_lines
    blocks = []
    for key, value in doc.front_matter.items():
        if key.casefold() not in wanted:
            continue
        start = _key_line(doc, key, first, last)
        if start is None:
            continue
        if isinstance(value, str):
            block = _value_block(doc, start, last)
            blocks += [block] if block else []
        elif isinstance(value, list):
            line = start + 1
            for item in value:
                for text_key in FAQ_TEXT_KEYS:
                    if not isinstance(item, dict) or not isinstance(item.get(text_key), str):
                        continue
                    found = _key_line(doc, text_key, line, last)
                    if found is None:
                        break
                    block = _value_block(doc, found, last)
                    blocks += [block] if block else []
                    line = found + 1
    if blocks:
        section = doc.sections[0]
        section.blocks[:0] = blocks
        doc.blocks[:0] = blocks


def _key_line(doc: Document, key: str, first: int, last: int) -> int | None:
    pattern = re.compile(rf"^\s*(?:-\s+)?['\"]?{re.escape(key)}['\"]?\s*[:=]")
    for number in range(max(first, 1), last + 1):
        if pattern.match(doc.lines[number - 1]):
            return number
    return None


def _value_block(doc: Document, line: int, last: int) -> Block | None:
    """A block of a key's value: the rest of its line, less quotes, or the indented lines of
    a block scalar ('>' or '|') or a plain scalar continued below it."""
    text = doc.lines[line - 1]
    colon = re.search(r"[:=]", text)
    assert colon is not None  # _key_line matched a key and its colon
    value_start = colon.end() + len(text[colon.end():]) - len(text[colon.end():].lstrip())
    value = text[value_start:].rstrip()
    pieces: list[tuple[int, int, str]] = []  # (line, column, text)
    if value and not BLOCK_SCALAR.fullmatch(value):
        if value[0] in "\"'" and value.endswith(value[0]) and len(value) > 1:
            pieces.append((line, value_start + 2, value[1:-1]))
        else:
            pieces.append((line, value_start + 1, value))
    block = bool(BLOCK_SCALAR.fullmatch(value))
    indent = len(text) - len(text.lstrip(" -"))  # the key's column, after a list's '- '
    for number in range(line + 1, last):
        below = doc.lines[number - 1]
        stripped = below.strip()
        own = len(below) - len(below.lstrip())
        if not stripped or own <= indent or (not block and FIELD_START.match(below)) \
                or (pieces and value[0] in "\"'"):
            break
        pieces.append((number, own + 1, stripped))
    if not pieces:
        return None
    offsets = OffsetMap()
    position = 0
    for number, column, piece in pieces:
        offsets.add(position, number, column)
        position += len(piece) + 1
    raw = "\n".join(piece for _, _, piece in pieces)
    return Block(kind="paragraph", raw=raw, text=raw, offsets=offsets, line=pieces[0][0],
                 end_line=pieces[-1][0])


# -- front matter --------------------------------------------------------------------------

FRONT_MATTER_OPENING = re.compile(r"-{3,}")
YAML_DOCUMENT_END = re.compile(r"\.\.\.[ \t]*")
TOML_FENCE = lazy_regex(r"\+{3}[ \t]*")
# Hugo's JSON front matter: an object opening on the first line, closed by a '}' line.
JSON_OPENING = lazy_regex(r"\{[ \t]*(?:\"|$)")
JSON_CLOSING = lazy_regex(r"\}[ \t]*")
TOML_ERROR_LINE = lazy_regex(r"\(at line (\d+)")


def _front_matter(doc: Document) -> str:
    """Load the front matter and return the Markdown with it blanked (same length, so every
    offset stays put). YAML opens with '---' on the first line and closes with a line of at
    least as many dashes, or YAML's '...'; TOML sits between '+++' lines; JSON is an object
    whose '{' opens the first line and whose '}' closes a line of its own (as Hugo reads
    them). Unclosed, it is not front matter."""
    lines = doc.lines
    found = _front_matter_block(lines)
    if found is None:
        return doc.source
    kind, closing = found
    doc.front_matter_lines = (1, closing + 1)
    if kind == "json":
        content = "\n".join(lines[: closing + 1])
        first_line = 1
    else:
        content = "\n".join(lines[1:closing])
        first_line = 2
    _load_front_matter(doc, kind, content, first_line, closing + 1)
    blanked = "\n".join(" " * len(line) for line in lines[: closing + 1])
    return blanked + doc.source[len(blanked):]


def _front_matter_block(lines: list[str]) -> tuple[str, int] | None:
    """The front matter's format and the index of its closing line, or None."""
    first = lines[0]
    if opening := FRONT_MATTER_OPENING.match(first):
        for index in range(1, len(lines)):
            line = lines[index]
            if YAML_DOCUMENT_END.fullmatch(line):
                return "yaml", index
            stripped = line.lstrip(" \t")
            if _indent(line) < 4 and len(stripped) - len(stripped.lstrip("-")) >= opening.end() \
                    and not stripped.lstrip("-").strip(" \t"):
                return "yaml", index
        return None
    if TOML_FENCE.fullmatch(first):
        closing = "toml", TOML_FENCE
    elif JSON_OPENING.match(first):
        if _json_object(first):  # `{ "title": "Burns", "date": "2024-05-01" }` on one line
            return "json", 0
        closing = "json", JSON_CLOSING
    else:
        return None
    kind, fence = closing
    for index in range(1, len(lines)):
        if fence.fullmatch(lines[index]):
            return kind, index
    return None


def _json_object(line: str) -> bool:
    """Whether a line is a whole JSON object, as Hugo reads one: up to its closing brace."""
    if not line.rstrip().endswith("}"):
        return False
    import json  # only for JSON front matter: most runs never load it

    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _indent(line: str) -> int:
    """Columns of leading whitespace, tabs to the next multiple of 4 (CommonMark)."""
    columns = 0
    for char in line:
        if char == " ":
            columns += 1
        elif char == "\t":
            columns += 4 - columns % 4
        else:
            break
    return columns


FORMAT_NAMES = {"yaml": "YAML", "toml": "TOML", "json": "JSON"}


def _load_front_matter(doc: Document, kind: str, content: str, first_line: int,
                       closing_line: int) -> None:
    """Parse the block with the same size bound for every format; a malformed block is a
    FILE002 finding at the line the parser names, and the body is linted all the same."""
    if len(content) > FRONT_MATTER_MAX_CHARS:
        _problem(doc, "FILE002", f"front matter is over {FRONT_MATTER_MAX_CHARS} characters")
        return
    name = FORMAT_NAMES[kind]
    try:
        data = _parse_front_matter(kind, content)
    except FrontMatterError as error:
        # A line past the block (an unclosed bracket) points at its last content line.
        line = min(first_line + error.line, closing_line - 1) if error.line is not None else 1
        _problem(doc, "FILE002", f"front matter is not valid {name}: {error.reason}", max(line, 1))
        return
    if data is None:
        return
    if not isinstance(data, dict):
        _problem(doc, "FILE002", f"front matter is a {name} {type(data).__name__}, expected a mapping")
        return
    doc.front_matter = {str(key): value for key, value in data.items()}


class FrontMatterError(Exception):
    """A front matter block its format's parser refused; line is 0-based in the block."""

    def __init__(self, reason: str, line: int | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def _parse_front_matter(kind: str, content: str) -> Any:
    try:
        if kind == "toml":
            import tomllib

            try:
                return _bounded(tomllib.loads(content))
            except tomllib.TOMLDecodeError as error:
                where = TOML_ERROR_LINE.search(str(error))
                line = int(where.group(1)) - 1 if where else None
                raise FrontMatterError(shorten(str(error).split(" (at ")[0], 200), line) from None
        if kind == "json":
            import json

            try:
                return _bounded(json.loads(content))
            except json.JSONDecodeError as error:
                raise FrontMatterError(error.msg, error.lineno - 1) from None
        try:
            return load_front_matter(content)
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            raise FrontMatterError(yaml_problem(error), mark.line if mark else None) from None
    except RecursionError:
        raise FrontMatterError("nested too deeply", None) from None
    except ValueError as error:  # a 5,000-digit integer in TOML or JSON
        raise FrontMatterError(shorten(str(error), 200), None) from None


def _bounded(data: Any) -> Any:
    """TOML and JSON front matter within the bounds YAML's has (linter.untrusted)."""
    try:
        check_shape(data)
    except UntrustedDataError as error:
        raise FrontMatterError(yaml_problem(error), None) from None
    return data


def _problem(doc: Document, code: str, message: str, line: int = 1) -> None:
    doc.problems.append(Problem(code, message, line))


# -- the parser's events to blocks ---------------------------------------------------------

class _Offsets:
    """The parser reports UTF-8 byte offsets; the Document speaks characters, lines, columns."""

    def __init__(self, source: str, lines: list[str], moved: dict[int, int]) -> None:
        self.text = source  # the text the parser reads, whose offsets these are
        self.line_starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        # (by line from 0: how far its content was moved left, and how long that content is)
        self.moved = {number: (shift, len(lines[number]) - shift) for number, shift in moved.items()}
        self.ascii = source.isascii()
        if not self.ascii:
            self.data = source.encode()
            widths = [len(line.encode()) for line in lines]
            self.byte_starts = list(accumulate((width + 1 for width in widths[:-1]), initial=0))
            self.ascii_lines = [width == len(line) for width, line in zip(widths, lines, strict=True)]

    def char(self, offset: int) -> int:
        if self.ascii:
            return offset
        index = bisect_right(self.byte_starts, offset) - 1
        start = self.byte_starts[index]
        if self.ascii_lines[index]:
            return self.line_starts[index] + offset - start
        return self.line_starts[index] + len(self.data[start:offset].decode("utf-8", "replace"))

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        index = bisect_right(self.line_starts, offset) - 1
        column = offset - self.line_starts[index]
        if self.moved and index in self.moved:
            shift, length = self.moved[index]
            column += shift if column <= length else 0
        return index + 1, column + 1

    def line(self, offset: int) -> int:
        return bisect_right(self.line_starts, offset)


# Inline events; everything else starts or ends a block, which ends the run of prose before it.
INLINE_TAGS = frozenset({"Emphasis", "Strong", "Strikethrough", "Link", "Image",
                         "Superscript", "Subscript"})
INLINE_EVENTS = frozenset({"Text", "Code", "InlineHtml", "FootnoteReference", "SoftBreak",
                           "HardBreak", "InlineMath", "DisplayMath", "TaskListMarker"})
LIST_ITEM_NUMBER = lazy_regex(r"(\d{1,9})[.)]")
PLAIN_EVENTS = frozenset({"Text", "SoftBreak", "HardBreak"})
QUOTE_PREFIX = lazy_regex(r"[ \t>]*")
NOT_NEWLINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _options() -> Options:
    from pyromark import Options

    return Options.ENABLE_TABLES | Options.ENABLE_FOOTNOTES | Options.ENABLE_STRIKETHROUGH


# (kind, value, start, end): an event with character offsets.
Event = tuple[str, Any, int, int]


class _Builder:
    """Walks pulldown-cmark's events (through pyromark) once, building blocks as it goes.

    Every event carries its source range, so a block's text is cut from the source and each
    link, code span or footnote marker is blanked exactly where the parser found it."""

    def __init__(self, doc: Document, markdown: str, reference_heading: re.Pattern[str] = REFERENCE_HEADING,
                 moved: dict[int, int] | None = None) -> None:
        self.doc = doc
        self.reference_heading = reference_heading
        self.markdown = markdown
        # The parser reads `markdown` (front matter blanked, bodies moved left): its byte
        # offsets are that text's; `moved` gives each moved line's columns back.
        self.offsets = _Offsets(markdown, markdown.split("\n") if markdown is not doc.source else doc.lines,
                                moved or {})
        self.section = Section(title="", line=1)
        doc.sections.append(self.section)
        self.run: list[Event] = []
        self.run_marked = False  # the run holds more than text and line breaks
        self.in_references = False  # the current section is a references list
        # The section a references list's label paragraph ("**Sources:**") stands in, while
        # the list it opens lasts.
        self.labelled_from: Section | None = None
        self.labelled_list = False  # a list has begun under the label
        self.list_numbered: list[bool] = []  # for each open list, whether it is ordered
        self.quote_depth = 0
        self.footnote_label: str | None = None
        self.footnote_blocks: list[tuple[str, Block]] = []
        self.referenced: set[str] = set()
        self.item_number: int | None = None
        self.item_fresh = False
        self.heading_level = 0
        self.in_cell = False
        self.in_table_head = False
        self.in_code = 0
        self.tables = 0

    def build(self) -> None:
        import pyromark

        char = None if self.offsets.ascii else self.offsets.char
        run = self.run
        for event, span in pyromark.events_with_range(self.markdown, options=_options(),
                                                       merge_text=True):
            start, end = span["start"], span["end"]
            if char is not None:
                start, end = char(start), char(end)
            tag = None
            if event.__class__ is str:  # SoftBreak, HardBreak, Rule
                kind, value = event, None
            else:
                # One item, the event's kind (`__class__ is str` is the fast test, which mypy
                # does not narrow on).
                for kind, value in event.items():  # type: ignore[union-attr]  # noqa: B007
                    break
                if kind == "Start" or kind == "End":
                    tag = _tag(value)
            if kind in INLINE_EVENTS or tag in INLINE_TAGS:
                if not self.in_code:
                    run.append((kind, value, start, end))
                    if kind not in PLAIN_EVENTS:
                        self.run_marked = True
                continue
            if run:
                self._flush()
            if kind == "Start":
                self._start(tag, value, start, end)  # type: ignore[arg-type]
            elif kind == "End":
                self._end(tag)  # type: ignore[arg-type]
        self._flush()
        self._drop_unreferenced_footnotes()
        self._reference_definitions()
        self._footnote_definitions()

    # -- block structure -------------------------------------------------------------------

    def _start(self, tag: str, value: Any, start: int, end: int) -> None:
        if tag == "Heading":
            self.heading_level = int(value["Heading"]["level"][1])
            self.section = Section(title="", line=self.offsets.line(start))
            self.doc.sections.append(self.section)
            self.in_references = False
            self.labelled_from = None
        elif tag == "BlockQuote":
            self.quote_depth += 1
        elif tag == "List":
            self.list_numbered.append(value["List"] is not None)
        elif tag == "Item":
            marker = self.markdown[start : start + 16].lstrip(" \t")
            number = LIST_ITEM_NUMBER.match(marker) if self.list_numbered[-1] else None
            self.item_number = int(number.group(1)) if number else None
            self.item_fresh = True
        elif tag == "FootnoteDefinition":
            self.footnote_label = value["FootnoteDefinition"]
        elif tag == "Table":
            self.tables += 1
        elif tag == "TableCell":
            self.in_cell = True
        elif tag == "TableHead":
            self.in_table_head = True
        elif tag == "CodeBlock":
            self.in_code += 1
            last = self.offsets.line(max(end - 1, start))
            self.doc.code_lines.update(range(self.offsets.line(start), last + 1))
        elif tag == "HtmlBlock":
            _add_comments(self.doc, self.offsets, start, end)
            _add_html_block_links(self.doc, self.offsets, start, end)

    def _end(self, tag: str) -> None:
        if tag == "Heading":
            self.heading_level = 0
        elif tag == "BlockQuote":
            self.quote_depth -= 1
        elif tag == "List":
            self.list_numbered.pop()
        elif tag == "Item":
            self.item_fresh = False
        elif tag == "FootnoteDefinition":
            self.footnote_label = None
        elif tag == "TableCell":
            self.in_cell = False
        elif tag == "TableHead":
            self.in_table_head = False
        elif tag == "CodeBlock":
            self.in_code -= 1

    # -- prose -----------------------------------------------------------------------------

    def _flush(self) -> None:
        """A run of inline events is over: it becomes one block."""
        run = self.run[:]
        self.run.clear()  # the same list object: build() holds it
        if not run:
            return
        cut = self._cut_text(run) if len(run) == 1 else None
        if cut is not None:
            raw, offsets, segments, line = cut
            run_end = segments[0][1]
        else:
            run_end = max(run, key=_event_end)[3]
            raw, offsets, segments = self._cut(run, run_end)
            line = offsets.position(0)[0]
        end_line = self.offsets.line(run_end - 1)
        in_table = self.in_cell
        kind = (
            "heading" if self.heading_level
            else "footnote" if self.footnote_label is not None
            else "table_cell" if in_table
            else "paragraph"
        )
        in_list = bool(self.list_numbered)
        if self.labelled_from is not None and self.labelled_list and kind == "paragraph" and not in_list \
                and not self.quote_depth:
            self._end_labelled_references(self.labelled_from, line)
        block = Block(
            kind=kind,
            raw=raw,
            text=raw,
            offsets=offsets,
            line=line,
            end_line=end_line,
            heading_level=self.heading_level,
            in_list=in_list,
            list_depth=len(self.list_numbered),
            in_blockquote=self.quote_depth > 0,
            list_number=self.item_number if in_list else None,
            first_in_item=self.item_fresh,
            table=self.tables if in_table else None,
            table_header=in_table and self.in_table_head,
            section=self.section,
            is_reference=self.footnote_label is not None or self.in_references,
        )
        self.item_fresh = False
        if self.run_marked or "://" in raw or "www." in raw or "[[" in raw \
                or (self.quote_depth and raw.startswith("[!")) or raw.startswith(("!!!", "???", ":::")):
            _Inline(block, self.doc, segments, self.offsets).mark(run)
            self.referenced.update(ref.label.casefold() for ref in block.footnote_refs)
        self.run_marked = False
        if self.heading_level:
            self.section.title = " ".join(block.text.split())
            self.section.is_references = bool(self.reference_heading.match(self.section.title))
            self.in_references = self.section.is_references
        if self.footnote_label is not None:
            self.footnote_blocks.append((self.footnote_label, block))
        self.section.blocks.append(block)
        self.doc.blocks.append(block)
        self.labelled_list = self.labelled_list or (in_list and self.labelled_from is not None)
        if kind == "paragraph" and not in_list and not self.quote_depth and not self.in_references \
                and _names_references(self.reference_heading, raw):
            self._open_labelled_references(block)

    def _open_labelled_references(self, label: Block) -> None:
        """A paragraph that is only a references list's name ("**References**", "Sources:")
        stands for its heading, as many sites write it: the list below it is a references list,
        up to the next heading or the next paragraph outside the list."""
        self.labelled_from = self.section
        self.labelled_list = False
        self.section = Section(title=" ".join(label.text.replace("*", " ").replace("_", " ").split()),
                               line=label.line, is_references=True)
        self.doc.sections.append(self.section)
        self.in_references = True

    def _end_labelled_references(self, labelled_from: Section, line: int) -> None:
        """Prose after a labelled list goes on with the section the label stood in."""
        self.section = Section(title=labelled_from.title, line=line)
        self.doc.sections.append(self.section)
        self.in_references = False
        self.labelled_from = None

    def _cut(self, run: list[Event], end: int) -> tuple[str, OffsetMap, list[tuple[int, int, int]]]:
        """The block's raw text: from its first inline to its last, line by line, less the
        container markers ('>', list indents) at the start of continuation lines."""
        source = self.markdown
        lines: list[tuple[int, int]] = []
        start = _unescaped(source, run[0][2])
        for index, (kind, _, event_start, _) in enumerate(run):
            if kind in ("SoftBreak", "HardBreak"):
                newline = source.find("\n", event_start)
                lines.append((start, newline))
                start = self._line_content_start(run, index, newline + 1)
        if start <= end:
            lines.append((start, end))
        offsets = OffsetMap()
        segments: list[tuple[int, int, int]] = []  # (source start, source end, raw start)
        pieces = []
        raw_length = 0
        for line_start, line_end in lines:
            piece = source[line_start:line_end]
            segments.append((line_start, line_end, raw_length))
            line, column = self.offsets.line_column(line_start)
            offsets.add(raw_length, line, column)
            newline = piece.find("\n")
            while newline >= 0:  # a code span or HTML comment running over lines
                line += 1
                offsets.add(raw_length + newline + 1, line, 1)
                newline = piece.find("\n", newline + 1)
            pieces.append(piece)
            raw_length += len(piece) + 1
        return "\n".join(pieces), offsets, segments

    def _cut_text(self, run: list[Event]) -> tuple[str, OffsetMap, list[tuple[int, int, int]], int] | None:
        """_cut for nine blocks in ten: one text event on one line. Its raw text, the map,
        the one segment and the block's first line; None for any other run."""
        kind, _, start, end = run[0]
        start = _unescaped(self.markdown, start)
        raw = self.markdown[start:end]
        if kind != "Text" or "\n" in raw:
            return None
        line, column = self.offsets.line_column(start)
        offsets = OffsetMap()
        offsets.add(0, line, column)
        return raw, offsets, [(start, end, 0)], line

    def _line_content_start(self, run: list[Event], index: int, line_start: int) -> int:
        """Where a continuation line's content starts: its first event, or past its markers."""
        for position in range(index + 1, len(run)):
            kind, _, start, _ = run[position]
            if kind in ("SoftBreak", "HardBreak"):
                break
            if kind != "End":
                return _unescaped(self.markdown, start)
        line_end = self.markdown.find("\n", line_start)
        line_end = len(self.markdown) if line_end < 0 else line_end
        content = QUOTE_PREFIX.match(self.markdown, line_start, line_end)
        return content.end() if content else line_start  # type: ignore[union-attr]

    # -- after the walk --------------------------------------------------------------------

    def _drop_unreferenced_footnotes(self) -> None:
        """Footnotes nothing refers to are not rendered, so their text is not the article's."""
        dropped = {id(block) for label, block in self.footnote_blocks
                   if label.casefold() not in self.referenced}
        if not dropped:
            return
        self.doc.blocks = [b for b in self.doc.blocks if id(b) not in dropped]
        for section in self.doc.sections:
            section.blocks = [b for b in section.blocks if id(b) not in dropped]
        self.doc.links = [link for link in self.doc.links
                          if link.block is None or id(link.block) not in dropped]

    def _reference_definitions(self) -> None:
        """`[label]: url` lines: a link's URL is reported where it is defined."""
        import pyromark

        for definition in pyromark.reference_definitions(self.markdown, options=_options()).values():
            url = definition["dest"]
            line_index = self.offsets.line(self.offsets.char(definition["span"]["start"])) - 1
            line = self.doc.lines[line_index]
            column = line.find(url) if url else -1
            if column < 0:
                column = line.find("]:") + 2
                column += len(line[column:]) - len(line[column:].lstrip())
            span = Span(line_index + 1, column + 1, line_index + 1, column + 1 + len(url))
            self.doc.links.append(Link(url, "", "definition", span))

    def _footnote_definitions(self) -> None:
        """Every definition, referenced or not, found in the source outside code."""
        code = self.doc.code_lines
        source = self.doc.source
        for match in FOOTNOTE_DEFINITION.finditer(source):
            indent = match.start() - source.rfind("\n", 0, match.start()) - 1
            if indent > 3 or source[match.start() - indent : match.start()].strip(" "):
                continue
            line, column = self.offsets.line_column(match.start(1))
            if line not in code:
                span = Span(line, column - 2, line, column + len(match.group(1)) + 1)
                self.doc.footnote_definitions.append(FootnoteDefinition(match.group(1), span))


def _add_comments(doc: Document, offsets: _Offsets, start: int, end: int) -> None:
    """The HTML comments between two source offsets, where suppressions are read from."""
    for match in COMMENT.finditer(offsets.text, start, end):
        line, column = offsets.line_column(match.start())
        doc.comments.append(Comment(match.group(1), line, column, offsets.line(match.end() - 1)))


def _add_html_block_links(doc: Document, offsets: _Offsets, start: int, end: int) -> None:
    """The links and images of an HTML block ('<p align="center"><img src="chart.png"></p>'):
    no prose, but links the LINK rules check, at their place."""
    text = offsets.text
    found: list[tuple[str, str, str, int, int]] = []
    for opening in HTML_LINK_OPEN.finditer(text, start, end):
        closing = HTML_LINK_CLOSE.search(text, opening.end(), end)
        stop = closing.end() if closing else opening.end()
        shown = HTML_TAG.sub("", text[opening.end() : closing.start()]) if closing else ""
        found.append((_attribute(opening), " ".join(shown.split()), "html", opening.start(), stop))
    for image in HTML_IMAGE.finditer(text, start, end):
        found.append((_attribute(image), _alt(image.group(0)), "image", image.start(), image.end()))
    for url, shown, kind, link_start, link_end in sorted(found, key=lambda link: link[3]):
        span = Span(*offsets.line_column(link_start), *offsets.line_column(link_end))
        doc.links.append(Link(url, shown, kind, span))


def _unescaped(source: str, start: int) -> int:
    """An escaped character's text starts after its backslash; the block's text keeps it."""
    return start - 1 if start and source[start - 1] == "\\" else start


def _event_end(event: Event) -> int:
    return event[3]


def _tag(value: Any) -> str:
    return value if value.__class__ is str else next(iter(value))


MARKER_LENGTH = {"Emphasis": 1, "Strong": 2}


class _Inline:
    """Blanks what is not prose in a block's text, and records its links and footnote marks,
    at the source ranges the parser gives."""

    def __init__(self, block: Block, doc: Document, segments: list[tuple[int, int, int]],
                 offsets: _Offsets) -> None:
        self.block = block
        self.doc = doc
        self.segments = segments
        self.segment_starts = [start for start, _, _ in segments]
        self.offsets = offsets
        self.blanks: list[tuple[int, int]] = []
        # (start, end, shown start, shown end): text shown in place of a wikilink.
        self.moves: list[tuple[int, int, int, int]] = []

    def mark(self, run: list[Event]) -> None:
        opened: list[list[Any]] = []  # [tag, value, start, end, where its text ends]
        images = 0  # open images: what is inside one is its alt text, not the block's
        anchor: tuple[str, int, int] | None = None  # an open <a href>: its URL, start and end
        for kind, value, start, end in run:
            if kind == "Start":
                tag = _tag(value)
                if images:
                    images += tag == "Image"
                    continue
                images = int(tag == "Image")
                opened.append([tag, value, start, end, start + 1])
            elif kind == "End":
                if images:
                    images -= _tag(value) == "Image"
                    if images:
                        continue
                element = opened.pop()
                if opened:
                    opened[-1][4] = max(opened[-1][4], element[3])
                self._close(element, run)
            elif not images:
                if opened:
                    opened[-1][4] = max(opened[-1][4], end)
                if kind in ("Code", "InlineMath", "DisplayMath"):
                    self._blank(start, end)
                elif kind == "InlineHtml":
                    self._blank(start, end)
                    _add_comments(self.doc, self.offsets, start, end)
                    anchor = self._html_tag(value, start, end, anchor)
                elif kind == "FootnoteReference":
                    self._footnote(value, start, end)
        self._callout_marker()
        self._wikilinks()
        self._bare_urls()
        self._icon_shortcodes()
        self._apply()

    def _raw(self, offset: int) -> int:
        """A source character offset as an offset in the block's text."""
        index = max(bisect_right(self.segment_starts, offset) - 1, 0)
        start, end, raw_start = self.segments[index]
        return raw_start + max(0, min(offset, end) - start)

    def _blank(self, start: int, end: int) -> None:
        self.blanks.append((self._raw(start), self._raw(end)))

    def _close(self, element: list[Any], run: list[Event]) -> None:
        tag, value, start, end, text_end = element
        if tag in MARKER_LENGTH or tag == "Strikethrough":
            element_text = self.doc.source[start:end]
            # '*' or '_' for emphasis, two for strong; strikethrough takes '~' or '~~'
            markers = MARKER_LENGTH.get(tag) or len(element_text) - len(element_text.lstrip("~"))
            self._blank(start, start + markers)
            self._blank(end - markers, end)
        elif tag == "Link":
            self._link(value["Link"], start, end, text_end)
        elif tag == "Image":
            self._blank(start, end)
            raw_start, raw_end = self._raw(start), self._raw(end)
            self._add_link(value["Image"]["dest_url"], _alt_text(run, start, end), "image",
                           raw_start, raw_end)

    def _html_tag(self, tag: str, start: int, end: int,
                  anchor: tuple[str, int, int] | None) -> tuple[str, int, int] | None:
        """An inline HTML tag's part in a link: `<a href>` opens one, `</a>` closes it as a
        link whose text is the prose between; `<img src>` is an image. The anchor still open."""
        if (opening := HTML_LINK_OPEN.match(tag)) is not None:
            return _attribute(opening), start, end
        if anchor is not None and HTML_LINK_CLOSE.match(tag):
            url, opened, text_start = anchor
            raw_start, raw_end = self._raw(opened), self._raw(end)
            text = HTML_TAG.sub("", self.block.raw[self._raw(text_start) : self._raw(start)])
            self._add_link(url, text, "html", raw_start, raw_end)
            return None
        if (image := HTML_IMAGE.match(tag)) is not None:
            self._add_link(_attribute(image), _alt(tag), "image", self._raw(start), self._raw(end))
        return anchor

    def _link(self, link: dict[str, Any], start: int, end: int, text_end: int) -> None:
        raw = self.block.raw
        raw_start, raw_end = self._raw(start), self._raw(end)
        if link["link_type"] in ("Autolink", "Email"):
            self._blank(start, end)
            url = link["dest_url"]
            if link["link_type"] == "Email" and not url.lower().startswith("mailto:"):
                url = "mailto:" + url
            self._add_link(url, raw[raw_start + 1 : raw_end - 1], "autolink", raw_start, raw_end)
            return
        close = raw.find("]", self._raw(text_end) if text_end > start + 1 else raw_start + 1, raw_end)
        close = close if close >= 0 else raw_end
        self.blanks.append((close + 1, raw_end))
        kind = "inline" if link["link_type"] == "Inline" else "reference"
        self._add_link(link["dest_url"], raw[raw_start + 1 : close], kind, raw_start, raw_end)

    def _add_link(self, url: str, text: str, kind: str, start: int, end: int) -> None:
        link = Link(url, text, kind, self.block.span(start, end), self.block, start, end)
        self.block.links.append(link)
        self.doc.links.append(link)

    def _footnote(self, label: str, start: int, end: int) -> None:
        raw_start, raw_end = self._raw(start), self._raw(end)
        self.blanks.append((raw_start, raw_end))
        self.block.footnote_refs.append(
            FootnoteRef(label, self.block.span(raw_start, raw_end), raw_start, raw_end))

    def _callout_marker(self) -> None:
        """An Obsidian or GitHub callout's '[!note]' marker, or an admonition's '!!! note', is
        markup, not prose."""
        if self.block.in_blockquote and (marker := CALLOUT_MARKER.match(self.block.raw)):
            self.blanks.append(marker.span())
        elif self.block.kind == "paragraph" and (marker := ADMONITION_MARKER.match(self.block.raw)):
            self.blanks.append(marker.span())
            if (closing := CONTAINER_END.search(self.block.raw)) is not None:
                self.blanks.append(closing.span())

    def _wikilinks(self) -> None:
        """Obsidian's [[Target]], [[Target|shown]], [[Target#Heading]] and embeds ![[...]].
        The shown text is prose: it is moved to the end of the link's place, with the
        block's offset map told where it really is, so "[[Trastuzumab]] deruxtecan" reads as
        one name and positions stay exact. The target is a link that LINK005 resolves."""
        raw = self.block.raw
        if "[[" not in raw:
            return
        taken = _Ranges(self.blanks)
        for match in WIKILINK.finditer(raw):
            start, end = match.span()
            target = match.group("target")
            if NOT_A_NOTE.fullmatch(target) or taken.overlaps(start, end):
                continue
            embed = bool(match.group("embed"))
            shown_start, shown_end = match.span("shown") if match.group("shown") else \
                match.span("target")
            if not match.group("shown") and "#" in target:
                # [[Note#Heading]] shows the note's name; [[#Heading]] the heading's.
                hash_at = match.start("target") + target.index("#")
                shown_start, shown_end = (hash_at + 1, shown_end) if hash_at == shown_start \
                    else (shown_start, hash_at)
            link = Link(target.strip(), raw[shown_start:shown_end], "embed" if embed else "wikilink",
                        self.block.span(start, end), self.block, start, end)
            self.block.links.append(link)
            self.doc.links.append(link)
            self.blanks.append((start, end))
            if not embed:
                self.moves.append((start, end, shown_start, shown_end))

    def _bare_urls(self) -> None:
        raw = self.block.raw
        if "://" not in raw and "www." not in raw:
            return
        taken = _Ranges([(link.start, link.end) for link in self.block.links] + self.blanks)
        for match in BARE_URL.finditer(raw):
            start, end = match.span()
            if taken.overlaps(start, end):
                continue
            self.blanks.append((start, end))
            url = match.group(0)
            if url.startswith("www."):
                url = "https://" + url
            self._add_link(url, match.group(0), "bare", start, end)

    def _icon_shortcodes(self) -> None:
        raw = self.block.raw
        if raw.count(":") < 2:
            return
        taken = _Ranges([(link.start, link.end) for link in self.block.links] + self.blanks)
        self.blanks += [match.span() for match in ICON_SHORTCODE.finditer(raw)
                        if not taken.overlaps(*match.span())]

    def _apply(self) -> None:
        """The block's text: its raw text with every blanked range turned to spaces."""
        if not self.blanks:
            return
        raw = self.block.raw
        pieces = []
        position = 0
        for start, end in sorted(self.blanks):
            start = max(start, position)
            if end <= start:
                continue
            pieces.append(raw[position:start])
            pieces.append(NOT_NEWLINE.sub(_spaces, raw[start:end]))
            position = end
        pieces.append(raw[position:])
        text = "".join(pieces)
        if self.moves:
            text = self._move_shown_texts(text)
        self.block.text = text

    def _move_shown_texts(self, text: str) -> str:
        """Each wikilink's shown text at the end of its blanked place, in one pass."""
        raw, position = self.block.raw, 0
        pieces: list[str] = []
        relocations: list[tuple[int, int, int, int]] = []
        for _, end, shown_start, shown_end in sorted(self.moves):
            width = shown_end - shown_start
            pieces += (text[position : end - width], raw[shown_start:shown_end])
            position = end
            relocations.append((end - width, end, *self.block.offsets.position(shown_start)))
        pieces.append(text[position:])
        self.block.offsets.relocate(relocations)
        return "".join(pieces)


class _Ranges:
    """Half-open ranges, merged, for asking whether a span overlaps any of them in log time
    (a paragraph of 100,000 links must not cost 100,000 squared comparisons)."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in sorted(ranges):
            if self.ends and start <= self.ends[-1]:
                self.ends[-1] = max(self.ends[-1], end)
            else:
                self.starts.append(start)
                self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        index = bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start


def _attribute(match: re.Match[str]) -> str:
    """An HTML attribute's value as written in one of its three forms, its entities decoded."""
    return html.unescape(next((value for value in match.groups() if value is not None), "")).strip()


def _alt(image: str) -> str:
    """An HTML image tag's alt text, or ''."""
    alt = HTML_ALT.search(image)
    return _attribute(alt) if alt else ""


def _spaces(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def _alt_text(run: list[Event], start: int, end: int) -> str:
    """An image's alt text: the plain text of what its brackets hold."""
    return "".join(value for kind, value, event_start, event_end in run
                   if kind in ("Text", "Code") and start < event_start and event_end <= end)
