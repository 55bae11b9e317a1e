"""article_dates: is the article current, and are its dates possible?

`check` selects what to report:
  stale        the newest publication/update/review date is older than `max_age_months`,
               on a page with something to review (linter.page_kind: not a stub,
               placeholder, fill-in template or page of links) that its site publishes
               (not a draft)
  missing      no date at all: no publication, update, review or next review date anywhere (a
               copyright year is not one),
               in an article: a file with a title (front matter `title:` or a level-1
               heading) that is no site page (linter.page_kind: a project file, an about or
               contact page, a home or list layout, an index of other pages); a partial a
               site assembles pages from, a draft and a page with nothing to review are
               no article either
  next-review  the stated next review date has passed
  future       a publication, update or review date after today
  order        an update or review date before the publication date (a date without its
               day, "June 2026", is not before a publication in that month, nor a
               year alone before one in that year); an error, so only dates the page
               states as its own count: front matter, and bylines that label their line
               ("Last updated: ...", "Page last reviewed ...", "By A. Writer, updated
               ..."), not one in running text, where it dates something the page clips
               or cites ("This topic last updated", "Drug alert updated", a figure's
               credit)
  ambiguous    a numeric date that reads differently as month/day and day/month
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from linter.article_facts import title_of
from linter.citations import not_source_hosts, page_source
from linter.dates import (
    BYLINE,
    DEFAULT_DATE_KEYS,
    ROLES,
    ArticleDate,
    article_dates,
    date_keys,
    describe_age,
    months_between,
)
from linter.document import Document
from linter.findings import Finding, Severity, finding_at
from linter.health_topic import HEALTH_OPTIONS, about_health, health_scoped, load_vocabulary
from linter.options import OptionSpec
from linter.page_kind import (
    NOT_ARTICLES,
    NOT_ARTICLES_HELP,
    has_nothing_to_review,
    is_draft,
    is_site_page,
    mostly_in_latin_script,
)
from linter.paper_notes import names_one_work
from linter.patterns import compiled, lazy_regex
from linter.positions import Span

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

Dates = list[ArticleDate]
# The end of a date text (after its label, "Last updated: ") that names no day.
YEAR_ONLY = lazy_regex(r"(?<![\d/-])\d{4}$")
MONTH_ONLY = lazy_regex(r"(?i)(?<![\d/-])(?:\d{4}-\d{1,2}|\d{1,2}/\d{4}"
                        r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4})$")
# The longest text a byline labelling the page may have before it on its line (another
# byline and an author credit).
MAX_LABEL_PREFIX = 160
# What may stand before a byline on its line when the byline labels the page itself: markup,
# the page named as its subject ("Page last reviewed", "This article was"), a first or
# original publication, an author credit ("By A. Writer,") and the page's other bylines
# (removed before this is tried).
OWN_LABEL = lazy_regex(
    r"(?i)[\W_]*(?:(?:this|our)\s+)?(?:(?:web\s*)?page|article|post|blog\s+post|entry|story)?"
    r"(?:\s+(?:was|is|has\s+been))?(?:\s*(?:first|originally))?"
    r"(?:\s*(?:written\s+)?by\s+[^.!?;:\n]{1,60}?[,|\u00b7\u2013\u2014-])?[\W_]*")

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
    "not_articles": OptionSpec("list[str]", list(NOT_ARTICLES), NOT_ARTICLES_HELP),
    "dated_titles": OptionSpec("regex", "", "a title naming the dated work the page summarises ('Key "
                               "findings: Roe et al. (2022)'): the work's date is the page's, for 'missing'"),
    **{f"{role}_keys": OptionSpec("list[str]", list(DEFAULT_DATE_KEYS[role]),
                                  f"front matter keys of the {role.replace('_', ' ')} date "
                                  "(case, '_' and '-' ignored; the config's dates: map adds more)")
       for role in ROLES},
    "review_words_file": OptionSpec("file", "", "a vocabulary of what reviews change "
                                    "(rules/data/review-words.yml): a stale page whose prose has too few "
                                    "of its words (a definition, an anatomy note, a list of causes) is "
                                    "reported at info"),
    **HEALTH_OPTIONS,
}
# Said of a stale page that holds nothing reviews change, reported at info.
TIMELESS = "; it states nothing reviews usually change (treatment, doses, figures, advice)"


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    return health_scoped(doc, rule, _findings(doc, rule, context))


def _findings(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
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
    # (a note on one named, dated work, "NICE-SUGAR trial", is as current as the work it sums up)
    if age > limit and not is_draft(doc) and not has_nothing_to_review(doc) and not names_one_work(doc):
        message = rule.format(role=_role_word(newest.role), date=newest.value.isoformat(),
                              age=describe_age(age), limit=limit)
        finding = finding_at(rule, doc.path, newest.span, message, context=newest.text)
        if not _states_what_reviews_change(doc, rule):
            finding = finding._replace(severity=Severity.INFO, message=message + TIMELESS)
        yield finding


def _states_what_reviews_change(doc: Document, rule: Rule) -> bool:
    """Whether the page says anything a review could find out of date: a definition of the
    Koebner sign or a caption of the kidney's anatomy stays true, a regimen's doses do not.
    A page mostly in another script is read by the vocabulary's terms in that script; with none
    it cannot be told, and is assumed to."""
    vocabulary = rule.options["review_words_file"]
    return not vocabulary or about_health(doc, vocabulary, headings=True) or (
        not mostly_in_latin_script(doc) and not load_vocabulary(vocabulary).other_script_terms)


def _missing(doc: Document, rule: Rule, context: RunContext, dates: Dates) -> Iterator[Finding]:
    if dates or not _is_article(doc, rule.options["not_articles"]):  # a next review date is a date
        return
    dated_titles = rule.options["dated_titles"]
    if (dated_titles and compiled(dated_titles).search(title_of(doc))) or names_one_work(doc):
        return  # a reading note on one paper is as current as the paper it names
    heading = next((b for b in doc.blocks if b.kind == "heading"), None)
    line = heading.line if heading else 1
    yield finding_at(rule, doc.path, Span(line, 1, line, 1), rule.format(), context="no date")


def _is_article(doc: Document, not_articles: list[str]) -> bool:
    """A file with a title that is no site page (linter.page_kind): a partial (an NHS page's
    "main-content-2.md", a callout) has neither front matter title nor level-1 heading."""
    title = doc.front_matter.get("title")
    titled = (isinstance(title, str) and bool(title.strip())) or any(
        b.kind == "heading" and b.heading_level == 1 for b in doc.blocks)
    return titled and not is_site_page(doc, not_articles) and not is_draft(doc) \
        and not has_nothing_to_review(doc)


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
    # A page clipped from another (front matter "source: https://…") keeps its source's
    # bylines in its text ("This article was updated on April 12, 2018, at NEJM.org."): only
    # its front matter dates it.
    clipped = page_source(doc, not_source_hosts(context))
    for item in dates:
        if item.role in ("updated", "reviewed") and item.value < first.value \
                and not _within_its_precision(item, first.value) and _labels_the_page(doc, item) \
                and not (clipped and not _in_front_matter(doc, item)):
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


def _within_its_precision(written: ArticleDate, published: date) -> bool:
    """Whether a date written without its day ("June 2026") or month ("2026") names a month
    or year that holds the publication date: it is then not before it."""
    text = written.text.strip()
    month = MONTH_ONLY.search(text)
    coarse = month or YEAR_ONLY.search(text)
    if coarse is None or any(c.isdigit() for c in text[: coarse.start()]):
        return False  # a full date ("5 June 2026", "2026-06-01")
    if month is None:
        return written.value.year == published.year
    return (written.value.year, written.value.month) == (published.year, published.month)


def _in_front_matter(doc: Document, item: ArticleDate) -> bool:
    first, last = doc.front_matter_lines
    return first <= item.span.line <= last


def _labels_the_page(doc: Document, item: ArticleDate) -> bool:
    """Whether a date is stated as the page's own: in front matter, or in a byline with
    nothing but markup, the page as its subject, an author credit or the page's other
    bylines before it on its line. A byline after other words ("Drug alert updated 9 May
    2022", "... in the community. Last reviewed 2019") dates what those words name."""
    line = item.span.line
    if _in_front_matter(doc, item):
        return True
    # The byline's text ends with its date, which starts at the span's column.
    date_length = item.span.end_column - item.span.column if item.span.end_line == line else 0
    verb = item.span.column - 1 - (len(item.text) - date_length)
    if not date_length or verb < 0 or "\n" in item.text:
        return False  # a byline broken over lines is running text
    before = doc.lines[line - 1][:verb]
    if len(before) > MAX_LABEL_PREFIX:
        return False  # running text; and OWN_LABEL is never tried on a long run of markup
    return OWN_LABEL.fullmatch(BYLINE.sub(" ", before)) is not None


def _role_word(role: str) -> str:
    return {"published": "published", "updated": "updated", "reviewed": "reviewed",
            "next_review": "next review"}[role]
