"""The article's own dates: front matter keys and the bylines real pages use.

"Posted 8/10/2013", "updated 6/2019", "Published At May 25, 2024", "Last reviewed: 14
September 2026", ISO dates and month-year forms. A date of something the article cites ("the
Hatzalah article published 2021-09-13", "the ALS guide updated April 2022", a quoted source's
byline, an embedded video's "Media review due") is not the article's. Parsing is
python-dateutil's; whether 3/4/2012 is March or April is the `date_order` option (mdy or
dmy), never a silent guess: an ambiguous date is read by that option and reported as such by
DATE009.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import Any, NamedTuple

from linter.document import Document
from linter.patterns import lazy_regex, single
from linter.positions import Span

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
DATE_TEXT = (
    rf"(?:\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|\d{{1,2}}/\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+\d{{4}}"
    rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|{MONTH},?\s+\d{{4}})"
)
BYLINE = lazy_regex(
    # a note's "**Date:** 2026-03-11" labels when it was written ("Publication Date:" in a
    # paper's record is the paper's)
    # ("Generated: 2026-01-31" and "Compiled: ..." only as labels: data "compiled in 2019" is no byline)
    # ("Comparison Date:" and the like label a note's own date, as "Date:" does)
    r"(?i:\b(?P<verb>(?:(?:comparison|analysis|report|session|meeting|conversation|chat|transcription|"
    r"recording|presentation|consultation|visit|note|entry)\s+date|(?<![A-Za-z]\s)(?:date|generated|compiled))"
    r"(?=[*_]{0,2}\s{0,3}:)|posted|published|written|"
    r"created|updated|last\s+updated|modified|"
    r"last\s+modified|revised|reviewed|last\s+reviewed|medically\s+reviewed|fact[- ]checked|"
    r"next\s+review(?:\s+due)?|review\s+due|review\s+date))"
    r"(?:\s{1,3}(?i:on|at|in|by)(?![a-z]))?\s{0,3}:?\s{0,3}(?:(?i:on)\s{1,3})?"
    rf"(?P<date>{DATE_TEXT})\b"
)
AMBIGUOUS = lazy_regex(r"^(\d{1,2})[/.](\d{1,2})[/.]")
# Before a byline's verb in its sentence: another work whose date it is ("Hatzalah article
# published …", "the ALS guide updated April 2022", an embedded video's "Media review due").
# An article or page that is "this" or "our" one is the article itself.
CITED_WORK = lazy_regex(
    r"(?i)\b(?:media|video|podcast|audio|guide|manual|paper|study|trial|syllabus|protocol"
    r"|guidelines?|book|leaflet|booklet|press\s+release|course|edition|journal)\b"
    r"|(?<!\bthis\s)(?<!\bour\s)\b(?:article|post|document|report|website|source)\b(?!\s*:)")
# A quoted title before a byline in its sentence: the byline is that work's.
QUOTED_TITLE = lazy_regex(r"[\"\u201c][^\"\u201c\u201d\n]{3,}[\"\u201d]")
SENTENCE_BREAK = lazy_regex(r"[.;!?\n](?=\s)|\n")

ROLE_OF_VERB = {
    "date": "published", "posted": "published", "published": "published", "written": "published",
    "created": "published", "generated": "published", "compiled": "published",
    "updated": "updated", "last updated": "updated",
    "modified": "updated", "last modified": "updated", "revised": "updated",
    "reviewed": "reviewed", "last reviewed": "reviewed", "medically reviewed": "reviewed",
    "fact-checked": "reviewed", "fact checked": "reviewed", "next review": "next_review",
    "next review due": "next_review", "review due": "next_review", "review date": "next_review",
}
ROLES = ("published", "updated", "reviewed", "next_review")
# Verbs that date the page only as a label opening its line ("**Date:** 2026-03-11", "Generated: ...").
LABEL_VERBS = frozenset(("date", "generated", "compiled"))


class ArticleDate(NamedTuple):
    role: str  # published, updated, reviewed, next_review
    value: date
    span: Span
    text: str
    ambiguous: bool = False


@lru_cache(maxsize=4096)
def parse_date(text: str, date_order: str = "mdy") -> tuple[date | None, bool]:
    """(date, ambiguous) for one date text; (None, False) when it is not a real date. Cached:
    dateutil's parser took a twentieth of a run, and an archive repeats its date texts."""
    from dateutil import parser

    text = text.strip()
    ambiguous = False
    if match := AMBIGUOUS.match(text):
        first, second = int(match.group(1)), int(match.group(2))
        ambiguous = first <= 12 and second <= 12 and first != second
    if re.fullmatch(r"\d{1,2}/\d{4}", text):
        month, year = text.split("/")
        text = f"{year}-{int(month):02d}-01"
    try:
        parsed = parser.parse(text, dayfirst=date_order == "dmy", default=datetime(1900, 1, 1))
    except (ValueError, OverflowError, parser.ParserError):
        return None, False
    return parsed.date(), ambiguous


def _value_to_date(value: Any, date_order: str) -> tuple[date | None, bool]:
    if isinstance(value, datetime):
        return value.date(), False
    if isinstance(value, date):
        return value, False
    if isinstance(value, (str, int)):
        text = str(value)
        if re.fullmatch(r"\d{4}", text):
            return date(int(text), 1, 1), False
        return parse_date(text, date_order)
    return None, False


# Front matter keys of each role as generators and CMSs spell them: Hugo (date, publishDate,
# lastmod, expiryDate), Jekyll (last_modified_at), Astro and Eleventy (pubDate, updatedDate),
# Docusaurus (last_update.date), MkDocs Material (date.created, date.updated), schema.org
# (datePublished, dateModified, lastReviewed) and common CMS fields. Keys are compared with
# case, '_', '-' and spaces ignored; a dotted key names a nested one, and a key matches a
# nested key by its last parts, the longest match deciding (last_update.date is an update).
DEFAULT_DATE_KEYS: dict[str, tuple[str, ...]] = {
    "published": ("date", "published", "publish_date", "pub_date", "date_published",
                  "published_at", "published_on", "created", "date_created", "created_at",
                  "date.created", "first_published"),
    "updated": ("updated", "updated_date", "updated_at", "updated_on", "last_updated",
                "modified", "date_modified", "last_modified", "last_modified_at", "lastmod",
                "last_update", "last_update.date", "date.updated", "revised"),
    "reviewed": ("reviewed", "last_reviewed", "reviewed_on", "reviewed_at", "review_date",
                 "date_reviewed", "medically_reviewed", "medical_review.date"),
    "next_review": ("next_review", "next_review_date", "review_by", "review_due",
                    "expiry_date", "expires"),
}
MAX_KEY_DEPTH = 4
KEY_SEPARATORS = re.compile(r"[\s_\-]+")


@lru_cache(maxsize=1024)
def normalised_key(key: str) -> tuple[str, ...]:
    """A key as compared: its dotted parts, lower case, without separators."""
    return tuple(KEY_SEPARATORS.sub("", part.casefold()) for part in key.split("."))


def date_keys(options: Mapping[str, Any], extra: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    """Each role's keys: the rule's options (the defaults unless set) and the config's
    `dates:` map, which extends them."""
    return {role: (*options.get(f"{role}_keys", DEFAULT_DATE_KEYS[role]), *extra.get(role, ()))
            for role in ROLES}


def article_dates(
    doc: Document, keys: Mapping[str, Iterable[str]], date_order: str
) -> list[ArticleDate]:
    """Every date the article states about itself. Kept on the document per settings."""
    key = (date_order, tuple(sorted((role, tuple(names)) for role, names in keys.items())))
    found = doc.shared.article_dates.get(key)
    if found is None:
        found = (_front_matter_dates(doc, keys, date_order) + _byline_dates(doc, date_order)
                 + _title_dates(doc, date_order))
        doc.shared.article_dates[key] = found
    return found


def _front_matter_dates(
    doc: Document, keys: Mapping[str, Iterable[str]], date_order: str
) -> list[ArticleDate]:
    if not doc.front_matter:
        return []
    wanted = [(normalised_key(name), role) for role, names in keys.items() for name in names]
    found = []
    for path, raw in _leaves(doc.front_matter, ()):
        role = _role_of(tuple(KEY_SEPARATORS.sub("", part.casefold()) for part in path), wanted)
        if role is None:
            continue
        value, ambiguous = _value_to_date(raw, date_order)
        if value is None:
            continue
        found.append(ArticleDate(role, value, _front_matter_span(doc, path),
                                 f"{'.'.join(path)}: {raw}", ambiguous))
    return found


def _leaves(mapping: Mapping[str, Any], path: tuple[str, ...]) -> Iterable[tuple[tuple[str, ...], Any]]:
    """(key path, value) of every scalar in the front matter, nested mappings included."""
    for key, value in mapping.items():
        if isinstance(value, Mapping):
            if len(path) + 1 < MAX_KEY_DEPTH:
                yield from _leaves(value, (*path, str(key)))
        elif not isinstance(value, (list, bool)):
            yield (*path, str(key)), value


def _role_of(path: tuple[str, ...], wanted: list[tuple[tuple[str, ...], str]]) -> str | None:
    """The role of the longest key that the path ends with; None when none does."""
    best, best_length = None, 0
    for parts, role in wanted:
        if len(parts) > best_length and path[-len(parts):] == parts:
            best, best_length = role, len(parts)
    return best


def _front_matter_span(doc: Document, path: tuple[str, ...]) -> Span:
    """Where the value of a (nested) key starts: each part is looked for below the line of
    the part before it, as YAML, TOML and JSON all write a key before what it holds."""
    first, last = doc.front_matter_lines
    if first and first == last:
        return _one_line_span(doc.lines[first - 1], first, path)
    number = first
    found = None
    for part in path:
        pattern = re.compile(rf"^\s*['\"]?{re.escape(part)}['\"]?\s*[:=]")
        for candidate in range(number, last + 1):
            if pattern.match(doc.lines[candidate - 1]):
                number = found = candidate
                break
    if found is None:
        return Span(first or 1, 1, first or 1, 1)
    line = doc.lines[found - 1]
    column = re.search(r"[:=]", line).end() + 1  # type: ignore[union-attr]
    while column <= len(line) and line[column - 1] == " ":
        column += 1
    return Span(found, column, found, len(line) + 1)


def _one_line_span(line: str, number: int, path: tuple[str, ...]) -> Span:
    """Where a key's value starts in a JSON object written on one line (Hugo reads those)."""
    start = 0
    for part in path:
        key = re.compile(rf"[{{,]\s*\"{re.escape(part)}\"\s*:\s*").search(line, start)
        if key is None:
            return Span(number, 1, number, 1)
        start = key.end()
    end = re.compile(r"\"[^\"]*\"|[^,}\s]*").match(line, start).end()  # type: ignore[union-attr]
    return Span(number, start + 1, number, max(end, start + 1) + 1)


def _byline_dates(doc: Document, date_order: str) -> list[ArticleDate]:
    found = []
    may_be_byline = single(BYLINE).might_match
    if not single(BYLINE).might_match_within(doc.blocks_text):
        return []
    for block in doc.blocks:
        if block.is_reference or not may_be_byline(block.text):
            continue
        for match in BYLINE.finditer(block.text):
            labelled_only = match.group("verb").lower().split()[-1] in LABEL_VERBS
            if _of_a_cited_work(block.text, match.start()) or (
                    labelled_only and not _opens_its_line(block.text, match.start())):
                continue  # "[[Other note]] date: 2023-02-23" dates the note it lists
            role = ROLE_OF_VERB.get(" ".join(match.group("verb").lower().split()).replace("-", " "))
            role = role or ROLE_OF_VERB.get(match.group("verb").lower(), "published")
            value, ambiguous = parse_date(match.group("date"), date_order)
            if value is None:
                continue
            found.append(ArticleDate(role, value, block.span(*match.span("date")),
                                     match.group(0), ambiguous))
    return found


# A title that ends with its date: "# Presentation notes — 23 July 2026", or the bold line under
# it, "**Chat transcript - January 2026**".
TITLE_DATE = lazy_regex(rf"\s[—–-]\s+(?P<date>{DATE_TEXT})[*_]*\s*$")


def _title_dates(doc: Document, date_order: str) -> list[ArticleDate]:
    """The date a page's title (its first block, a heading) ends with, or the bold line under it."""
    blocks = doc.blocks[:2]
    if not blocks or blocks[0].kind != "heading":
        return []
    lines = [blocks[0]] + [block for block in blocks[1:] if block.raw.strip().startswith(("**", "__"))]
    for block in lines:
        match = TITLE_DATE.search(block.text) if "\n" not in block.text.strip() else None
        if match is None:
            continue
        value, ambiguous = parse_date(match.group("date"), date_order)
        if value is not None:
            return [ArticleDate("published", value, block.span(*match.span("date")),
                                match.group(0).strip(), ambiguous)]
    return []


def _opens_its_line(text: str, start: int) -> bool:
    """Whether only markup (a bullet, emphasis, a quote's marker) stands before `start` on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" \t*_>#-+")


def _of_a_cited_work(text: str, start: int) -> bool:
    """Whether a byline at `start` dates something the article cites, not the article: its
    sentence names another work before it or quotes its title, or it sits inside a quotation,
    or inside parentheses after other words ("(by A. Roe, published 2021-11-21)")."""
    window = text[max(0, start - 120) : start]
    breaks = [m.end() for m in SENTENCE_BREAK.finditer(window)]
    sentence = window[breaks[-1]:] if breaks else window
    if CITED_WORK.search(sentence):
        return True
    if sentence.count("\u201c") > sentence.count("\u201d") or sentence.count('"') % 2 == 1:
        return True
    if QUOTED_TITLE.search(sentence):
        return True  # 'Notes confirm: "Low blood sugar" by A. Roe, published 2021-11-21'
    opened = sentence.rfind("(")
    return opened > sentence.rfind(")") and bool(re.search(r"[A-Za-z]{2}", sentence[opened:]))


def months_between(earlier: date, later: date) -> int:
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    return months - (1 if later.day < earlier.day else 0)


def describe_age(months: int) -> str:
    years, rest = divmod(months, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if rest or not years:
        parts.append(f"{rest} month{'s' if rest != 1 else ''}")
    return " ".join(parts)
