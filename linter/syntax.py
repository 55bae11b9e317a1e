"""Site syntax that is not Markdown: templating tags and MDX, blanked before parsing.

Everything here returns a text of the same length with the same newlines, so every offset the
parser reports is still the source's: what is blanked is simply never prose.

- Hugo shortcodes (`{{< … >}}`, `{{% … %}}`) and Liquid/Jinja tags (`{% … %}`, `{{ … }}`,
  `{# … #}`) are template code; the text between a paired shortcode's tags stays prose.
- MDX (`.mdx`): `import`/`export` statements, JSX tags with their attributes, and
  `{expressions}` are code; text between JSX tags is prose. No maintained MDX parser exists
  for Python (the reference one is JavaScript's micromark), so this is a scanner that knows
  MDX's few rules: ESM lines at the start of a block, tags from `<` followed by a letter, `/`
  or `>` to the matching `>` (quotes and braces respected), braces to the matching brace.
  Fenced code and inline code spans are left alone, and so are HTML comments, where
  suppressions live.
- MkDocs' admonitions ('!!! note "Title"', '??? tip') and content tabs ('=== "Tab"') hold a
  body indented under their opener, which MkDocs renders as Markdown; CommonMark reads it, after
  a blank line, as indented code. Each body line's indent is moved to the line's end, so the body
  parses as the Markdown MkDocs shows (its links, lists and emphasis), the text keeps its length
  and every line its offsets; the Document moves the columns back.
"""

from __future__ import annotations

import re

from linter.patterns import lazy_regex

# Bounded spans, so an unclosed '{{' costs a bounded look-ahead, never a scan to the end.
TEMPLATE_TAG = lazy_regex(
    r"\{\{[<%][\s\S]{0,4000}?[%>]\}\}|\{%[\s\S]{0,4000}?%\}|\{\{[\s\S]{0,4000}?\}\}|\{#[\s\S]{0,4000}?#\}")
NOT_NEWLINE = lazy_regex(r"[^\n]+")
FENCE = lazy_regex(r" {0,3}(`{3,}|~{3,})")
ESM_START = lazy_regex(r"(?:import|export)(?=[\s{*])")
MDX_SPECIAL = lazy_regex(r"`+|<|\{")
JSX_START = lazy_regex(r"<(?:[A-Za-z_$]|/|>)")
AUTOLINK = lazy_regex(r"<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[^<>\s@]+@[^<>\s]+)>")
# (MkDocs' admonition markers and content tabs; Python-Markdown's own syntax, so ASCII only)
ADMONITION = r"(?:!!!|\?\?\?\+?)[ \t]+[\w-]{1,40}"
# The line a body is indented under: an admonition's marker or a content tab's title.
BODY_OPENER = lazy_regex(rf"(?:{ADMONITION}(?:[ \t]+\"[^\"\n]{{0,200}}\")?"
                         r"|===\+?[ \t]+\"[^\"\n]{0,200}\")[ \t]*")
BODY_INDENT = 4
MAX_MDX_SPAN = 20_000  # characters one tag or expression may take before it is read as text


def blank(text: str) -> str:
    return NOT_NEWLINE.sub(_spaces, text)


def _spaces(match: re.Match[str]) -> str:
    return " " * (match.end() - match.start())


def blank_templates(markdown: str) -> str:
    if "{{" not in markdown and "{%" not in markdown and "{#" not in markdown:
        return markdown
    blanked = TEMPLATE_TAG.sub(lambda match: blank(match.group(0)), markdown)
    return keep_paragraphs(markdown, blanked) if blanked != markdown else markdown


def keep_paragraphs(original: str, blanked: str, mdx: bool = False) -> str:
    """Blanking a tag at a line's start must not indent the text after it into a code block:
    the blanked run becomes a code span of spaces ("`   `"), which the Document blanks
    again, so the line stays a paragraph and every column stays put. In MDX, where indented
    code does not exist, lines indented under a JSX tag get the same treatment."""
    lines = blanked.split("\n")
    changed = False
    under_jsx = False
    for number, (before, after) in enumerate(zip(original.split("\n"), lines, strict=True)):
        content = after.lstrip(" ")
        if not content:  # a blank line ends what a JSX tag line opened; a blanked tag opens it
            under_jsx = mdx and bool(before.strip())
            continue
        indent = len(after) - len(content)
        own_indent = len(before) - len(before.lstrip(" "))
        start = own_indent if own_indent < 4 else 0 if under_jsx else -1
        if indent >= 4 and start >= 0 and indent - start >= 3:
            lines[number] = after[:start] + "`" + " " * (indent - start - 2) + "`" + content
            changed = True
    return "\n".join(lines) if changed else blanked


def dedent_bodies(markdown: str) -> tuple[str, dict[int, int]]:
    """The text with each admonition's or content tab's body moved to the start of its lines
    (indent to the end), and by line (from 0) how far each moved line's content moved left.
    Fenced code is no opener ('!!! note' in an example), though a body may hold fenced code."""
    if "!!!" not in markdown and "???" not in markdown and "===" not in markdown:
        return markdown, {}
    lines = markdown.split("\n")
    shifts: dict[int, int] = {}
    bodies: list[int] = []  # the indent of each open body, innermost last
    fence = ""
    for number, line in enumerate(lines):
        content = line.lstrip(" ")
        if not content:
            continue  # a blank line leaves a body open
        indent = len(line) - len(content)
        while bodies and indent < bodies[-1]:
            bodies.pop()
        depth = bodies[-1] if bodies else 0
        inner = line[depth:]
        if depth:
            lines[number] = inner + " " * depth
            shifts[number] = depth
        opened = FENCE.match(inner)
        if fence:
            marker = opened.group(1) if opened else ""
            fence = "" if marker[:1] == fence[0] and len(marker) >= len(fence) else fence
        elif opened:
            fence = opened.group(1)
        elif BODY_OPENER.fullmatch(inner.lstrip(" ")):
            bodies.append(depth + len(inner) - len(inner.lstrip(" ")) + BODY_INDENT)
    return ("\n".join(lines), shifts) if shifts else (markdown, {})


def blank_mdx(markdown: str) -> str:
    """MDX's ESM, JSX and expressions blanked; Markdown and the text between tags kept."""
    lines = markdown.split("\n")
    out: list[str] = []
    index = 0
    fence: str | None = None
    pending: list[str] = []  # lines of Markdown waiting for the inline scan
    previous_blank = True
    while index < len(lines):
        line = lines[index]
        if fence is not None:
            out.append(line)
            if line.strip().startswith(fence) and not line.strip().strip(fence[0]):
                fence = None
            index += 1
            continue
        opening = FENCE.match(line)
        if opening:
            out.extend(_inline("\n".join(pending)).split("\n") if pending else [])
            pending = []
            fence = opening.group(1)
            out.append(line)
            index += 1
            previous_blank = False
            continue
        if previous_blank and ESM_START.match(line):
            out.extend(_inline("\n".join(pending)).split("\n") if pending else [])
            pending = []
            end = _esm_end(lines, index)
            out.extend(" " * len(lines[i]) for i in range(index, end))
            index = end
            previous_blank = True  # ESM statements may follow one another
            continue
        pending.append(line)
        previous_blank = not line.strip()
        index += 1
    if pending:
        out.extend(_inline("\n".join(pending)).split("\n"))
    blanked = "\n".join(out)
    return keep_paragraphs(markdown, blanked, mdx=True) if blanked != markdown else markdown


def _esm_end(lines: list[str], start: int) -> int:
    """The line after an import/export statement: brackets balanced, a blank line, or the
    end of an import's `from '…'`."""
    depth = 0
    for index in range(start, len(lines)):
        line = lines[index]
        if index > start and not line.strip() and depth <= 0:
            return index
        depth += sum(line.count(c) for c in "([{") - sum(line.count(c) for c in ")]}")
        if depth <= 0 and not line.rstrip().endswith((",", "=", "(", "{", "[", "=>")):
            return index + 1
    return len(lines)


def _inline(text: str) -> str:
    """Blank JSX tags and {expressions} in Markdown text, skipping inline code spans."""
    if "<" not in text and "{" not in text:
        return text
    pieces: list[str] = []
    position = 0
    search = 0
    while True:
        match = MDX_SPECIAL.search(text, search)
        if match is None:
            break
        start = match.start()
        token = match.group(0)
        if token[0] == "`":
            close = text.find(token, match.end())
            search = close + len(token) if close >= 0 else match.end()
            continue
        if token == "<":
            if text.startswith("<!--", start) or AUTOLINK.match(text, start) \
                    or not JSX_START.match(text, start):
                search = start + 1
                continue
            end = _tag_end(text, start)
        else:
            end = _brace_end(text, start)
        if end < 0:
            search = start + 1
            continue
        pieces.append(text[position:start])
        pieces.append(blank(text[start:end]))
        position = search = end
    pieces.append(text[position:])
    return "".join(pieces)


def _tag_end(text: str, start: int) -> int:
    """The offset after a JSX tag's closing '>', quotes and {attribute expressions} skipped."""
    index = start + 1
    limit = min(len(text), start + MAX_MDX_SPAN)
    while index < limit:
        char = text[index]
        if char == ">":
            return index + 1
        if char in "\"'{":
            index = _past_string(text, index, limit) if char != "{" else _brace_end(text, index)
            if index < 0:
                return -1
            continue
        if char == "<":  # a '<' inside a tag: this was not a tag
            return -1
        index += 1
    return -1


def _brace_end(text: str, start: int) -> int:
    """The offset after the brace matching the one at start (strings skipped), or -1."""
    depth = 0
    index = start
    limit = min(len(text), start + MAX_MDX_SPAN)
    while index < limit:
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index + 1
        elif text.startswith("/*", index):  # a comment, whose words may hold quotes
            close = text.find("*/", index + 2, limit)
            if close < 0:
                return -1
            index = close + 2
            continue
        elif char in "\"'`":
            index = _past_string(text, index, limit)
            if index < 0:
                return -1
            continue
        index += 1
    return -1


def _past_string(text: str, start: int, limit: int) -> int:
    """The offset after the string whose quote is at start, or -1 when it is not closed."""
    close = text.find(text[start], start + 1, limit)
    return close + 1 if close >= 0 else -1
