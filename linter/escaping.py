"""Untrusted text on its way into output: file names, link targets and messages.

Everything a finding says can come from the linted repository, and two kinds of it do damage.
Text that is not valid Unicode: a file name that is not UTF-8 reaches Python as lone
surrogates (PEP 383), which no output encoding accepts. And text that changes how output is
read: a newline starts what looks like another finding or a GitHub workflow command
(`::add-mask::`), an ESC sequence drives the terminal, a bidi control reorders what a reviewer
sees. Every output goes through one of the functions here, so a name reads the same in all of
them: the byte 0xff of a file name is `\\xff` everywhere, a newline is `\\n`.
"""

from __future__ import annotations

import re

from linter.patterns import lazy_regex

# Lone surrogates: undecodable bytes of file names (U+DC80-U+DCFF stand for bytes 0x80-0xff).
SURROGATES = lazy_regex(r"[\ud800-\udfff]")
# What may not reach a line-based output as itself: C0 and C1 controls (CR, LF, ESC, NEL...),
# DEL, the Unicode line and paragraph separators, bidi controls, XML's non-characters, and
# lone surrogates.
UNSAFE = lazy_regex(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
                    r"\ud800-\udfff\ufffe\uffff]")
NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _visible(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # the file name's own byte
    if char in NAMED:
        return NAMED[char]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def valid_unicode(text: str) -> str:
    """The text with lone surrogates written as escapes, so any UTF-8 output can carry it."""
    if text.isascii():
        return text
    return SURROGATES.sub(_visible, text)


def one_line(text: str) -> str:
    """The text as it may appear in a line of output: every control character, separator,
    bidi control and surrogate written as a visible escape (`\\n`, `\\x1b`, `\\u202e`)."""
    if UNSAFE.search(text) is None:
        return text
    return UNSAFE.sub(_visible, text)


def fs_bytes(text: str) -> bytes:
    """The exact bytes of a file name, surrogates back to the bytes they stand for."""
    return text.encode("utf-8", "surrogateescape")


def spreadsheet_cell(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula (OWASP's CSV injection advice):
    one that begins with = + - @ tab or CR gets a leading apostrophe."""
    shown = one_line(text)
    return "'" + shown if text.startswith(FORMULA_START) else shown


def markdown_text(text: str) -> str:
    """Text for a GitHub Markdown table cell: one line, and every ASCII punctuation mark
    backslash-escaped, so it cannot open a link, an image, raw HTML, a mention or a cell."""
    return re.sub(r"([!-/:-@\[-`{-~])", r"\\\1", one_line(text))
