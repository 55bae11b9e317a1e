"""article_dates: is the article current, and are its dates possible?

`check` selects what to report:
  stale        the newest publication/update/review date is older than `max_age_months`
  missing      no publication, update or review date anywhere (a copyright year is not one),
               in an article: a file with a title (front matter `title:` or a level-1
               heading) that is not an index page (mostly links to other pages, or a
               list of pages under a short intro, or an `_index`/near-empty `index` file
               a generator fills in); a partial a site assembles pages
               from, a project file (README, CHANGELOG) or a site page such as about or
               contact is no article
  next-review  the stated next review date has passed
  future       a publication, update or review date after today
  order        an update or review date before the publication date
  ambiguous    a numeric date that reads differently as month/day and day/month
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath
from typing import TYPE_CHECKING

from linter.dates import (
    DEFAULT_DATE_KEYS,
    ROLES,
    ArticleDate,
    article_dates,
    date_keys,
    describe_age,
    months_between,
)
from linter.document import Block, Document
from linter.findings import Finding, finding_at
from linter.options import OptionSpec
from linter.positions import Span

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

Dates = list[ArticleDate]

# The placeholders its rules' messages may use, per check.
FIELDS = {
    "stale": ("role", "date", "age", "limit"),
    "missing": (),
    "next-review": ("date", "overdue"),
    "future": ("role", "date", "today"),
    "order": ("role", "date", "published"),
    "ambiguous": ("text", "date", "order"),
}
OPTIONS = {
    "check": OptionSpec("str", "stale", "what to report",
                        ("stale", "missing", "next-review", "future", "order", "ambiguous"),
                        identity=True),
    "max_age_months": OptionSpec("int", 36, "how old the newest review or update may be"),
    "date_order": OptionSpec("str", "mdy", "how to read 3/4/2012: mdy (US) or dmy",
                             ("mdy", "dmy")),
    "not_articles": OptionSpec("list[str]", ["CHANGELOG", "CONTRIBUTING", "CODE_OF_CONDUCT",
                                             "LICENSE", "SECURITY", "STYLE_GUIDE", "README",
                                             "about", "contact", "imprint", "privacy",
                                             "privacy-policy", "terms", "disclaimer"],
                               "file names (without suffix, any case) that are no article"),
    **{f"{role}_keys": OptionSpec("list[str]", list(DEFAULT_DATE_KEYS[role]),
                                  f"front matter keys of the {role.replace('_', ' ')} date "
                                  "(case, '_' and '-' ignored; the config's dates: map adds more)")
       for role in ROLES},
}


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    options = rule.options
    dates = article_dates(doc, date_keys(options, context.date_keys), options["date_order"])
    checker = {
        "stale": _stale, "missing": _missing, "next-review": _next_review,
        "future": _future, "order": _order, "ambiguous": _ambiguous,
    }[options["check"]]
    return checker(doc, rule, context, dates)


def _own(dates: list[ArticleDate]) -> list[ArticleDate]:
    return [d for d in dates if d.role != "next_review"]


def _stale(doc: Document, rule: Rule, context: RunContext, dates: Dates) -> Iterator[Finding]:
    own = [d for d in _own(dates) if d.value <= context.today]
    if not own:
        return
    newest = max(own, key=lambda d: d.value)
    age = months_between(newest.value, context.today)
    limit = rule.options["max_age_months"]
    if age > limit:
        yield finding_at(rule, doc.path, newest.span,
                         rule.format(role=_role_word(newest.role), date=newest.value.isoformat(),
                                     age=describe_age(age), limit=limit),
                         context=newest.text)


def _missing(doc: Document, rule: Rule, context: RunContext, dates: Dates) -> Iterator[Finding]:
    if _own(dates) or not _is_article(doc, rule.options["not_articles"]):
        return
    heading = next((b for b in doc.blocks if b.kind == "heading"), None)
    line = heading.line if heading else 1
    yield finding_at(rule, doc.path, Span(line, 1, line, 1), rule.format(), context="no date")


def _is_article(doc: Document, not_articles: list[str]) -> bool:
    """A file with a title that is not a project file: a partial (an NHS page's
    "main-content-2.md", a callout) has neither front matter title nor level-1 heading."""
    name = PurePath(doc.path).stem.casefold()
    if name in {item.casefold() for item in not_articles}:
        return False
    title = doc.front_matter.get("title")
    titled = (isinstance(title, str) and bool(title.strip())) or any(
        b.kind == "heading" and b.heading_level == 1 for b in doc.blocks)
    layout = doc.front_matter.get("layout")
    if isinstance(layout, str) and layout.strip().casefold() in HOME_LAYOUTS:
        return False  # a site's home or list page ("layout: home" in VitePress and Jekyll)
    return titled and not _is_listing(doc)


HOME_LAYOUTS = frozenset({"home", "list", "section", "index", "archive", "category", "tag"})


# An index page's own words besides its list of pages: an intro and a note or two.
MAX_INTRO_WORDS = 150
# Fewer words than this in a page named index: a list the generator fills in (Quartz's
# folder pages, Hugo's section lists), or a placeholder for one.
MIN_INDEX_WORDS = 50
REMOTE_SCHEMES = ("http:", "https:", "mailto:", "tel:", "#", "//")


def _is_listing(doc: Document) -> bool:
    """An index page, not an article: most of its prose's words are the words of links to
    other pages; or it is mostly a list whose items each open with a link to a page of the
    site, under a short intro; or it is a section page by name (Hugo's `_index.md`) or an
    `index` page with next to no prose of its own."""
    words = [len(b.text.split()) for b in doc.prose_blocks]
    prose = sum(words)
    linked = sum(len(link.text.split()) for b in doc.prose_blocks for link in b.links)
    if prose > 0 and linked * 2 > prose:
        return True
    stem = PurePath(doc.path).stem.casefold()
    if stem == "_index" or (stem == "index" and prose < MIN_INDEX_WORDS):
        return True
    items = [(b, count) for b, count in zip(doc.prose_blocks, words, strict=True)
             if b.in_list and b.first_in_item]
    page_items = [count for b, count in items if _opens_with_page_link(b)]
    return (len(page_items) >= 3 and len(page_items) * 3 >= len(items) * 2
            and prose - sum(page_items) <= MAX_INTRO_WORDS)


def _opens_with_page_link(block: Block) -> bool:
    """A list item such as '[Sleep](sleep/) - what helps': it opens with a link to a page of
    the site (a relative or root-relative URL, not another site, an anchor or a phone)."""
    first = min(block.links, key=lambda link: link.start, default=None)
    return (first is not None and not block.text[: first.start].strip(" *_-•")
            and bool(first.url) and not first.url.casefold().startswith(REMOTE_SCHEMES))


def _next_review(doc: Document, rule: Rule, context: RunContext, dates: Dates) -> Iterator[Finding]:
    for item in dates:
        if item.role == "next_review" and item.value < context.today:
            overdue = describe_age(months_between(item.value, context.today))
            yield finding_at(rule, doc.path, item.span,
                             rule.format(date=item.value.isoformat(), overdue=overdue),
                             context=item.text)


def _future(doc: Document, rule: Rule, context: RunContext, dates: Dates) -> Iterator[Finding]:
    for item in _own(dates):
        if item.value > context.today:
            yield finding_at(rule, doc.path, item.span,
                             rule.format(role=_role_word(item.role), date=item.value.isoformat(),
                                         today=context.today.isoformat()),
                             context=item.text)


def _order(doc: Document, rule: Rule, context: RunContext, dates: Dates) -> Iterator[Finding]:
    published = [d for d in dates if d.role == "published"]
    if not published:
        return
    first = min(published, key=lambda d: d.value)
    for item in dates:
        if item.role in ("updated", "reviewed") and item.value < first.value:
            yield finding_at(rule, doc.path, item.span,
                             rule.format(role=_role_word(item.role), date=item.value.isoformat(),
                                         published=first.value.isoformat()),
                             context=item.text)


def _ambiguous(doc: Document, rule: Rule, context: RunContext, dates: Dates) -> Iterator[Finding]:
    for item in dates:
        if item.ambiguous:
            yield finding_at(rule, doc.path, item.span,
                             rule.format(text=item.text, date=item.value.isoformat(),
                                         order=rule.options["date_order"]),
                             context=item.text)


def _role_word(role: str) -> str:
    return {"published": "published", "updated": "updated", "reviewed": "reviewed",
            "next_review": "next review"}[role]
