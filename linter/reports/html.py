"""The HTML audit report: one self-contained file (no external scripts, styles or fonts), so it
opens offline and can be mailed.

Everything is rendered here, on the server side: the charts as SVG, every table with its rows
and each article's findings, so the report is complete where scripts are blocked (mail
previews). The inline script only sorts and filters rows that are already there. Every text
from the archive or the history (paths, titles, messages, dates) is HTML-escaped, and the data
the script reads is JSON with `<`, `>` and `&` escaped, so no name can close its element.
"""

from __future__ import annotations

import base64
import csv
import html
import io
import json
import re
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path

from linter import __version__
from linter.categories import BY_PREFIX, PREFIXES
from linter.escaping import spreadsheet_cell
from linter.reports import OVERDUE_CODES, UNSOURCED_CODES, ArticleReport, Audit

CATEGORY_NAMES = {prefix: category.name.capitalize() for prefix, category in BY_PREFIX.items()}
COLORS = {prefix: category.colour for prefix, category in BY_PREFIX.items()}
TOTAL_COLOR = "#1c2833"
PLACEHOLDER = re.compile(r"__[A-Z_]+__")
DATE_ROLES = (("published", "Published"), ("updated", "Updated"), ("reviewed", "Reviewed"))


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def script_json(data: object) -> str:
    """JSON that is safe inside <script>: no '<' can close the element or open a comment, and
    U+2028/U+2029 and lone surrogates are escaped too (ensure_ascii)."""
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def write(audit: Audit, path: Path) -> None:
    template = resources.files("linter.reports").joinpath("template.html").read_text("utf-8")
    archives = ", ".join(audit.archives) or "articles"
    replacements = {
        "__TITLE__": esc(f"medlint audit of {archives}, {audit.run_at:%Y-%m-%d %H:%M}"),
        "__ARCHIVE__": esc(archives),
        "__RUN_AT__": esc(f"{audit.run_at:%Y-%m-%d %H:%M}"),
        "__VERSION__": esc(__version__),
        "__FILES__": str(len(audit.articles)),
        "__FINDINGS__": str(audit.total),
        "__MEAN__": f"{audit.mean_score:.1f}",
        "__SEVERITY__": esc(", ".join(
            f"{n} {level}{'' if n == 1 or level == 'info' else 's'}"
            for level, n in audit.by_severity().items())),
        "__CHART__": category_chart(audit.by_category()),
        "__TREND__": trend(audit),
        "__FILTER_CATEGORIES__": _options(PREFIXES),
        "__FILTER_CODES__": _options(sorted(audit.by_code())),
        "__ARTICLES__": articles_table(audit),
        "__OVERDUE__": overdue_view(audit),
        "__UNCITED__": uncited_view(audit),
        "__DATA__": script_json({"articles": [{
            "path": a.path, "title": a.title, "score": a.score,
            "categories": [name for name in PREFIXES if a.counts[name]],
            "codes": sorted({f.code for f in a.findings}),
        } for a in audit.articles]}),
    }
    # One pass over the template: a name containing "__DATA__" is never substituted again.
    page = PLACEHOLDER.sub(lambda match: replacements[match.group()], template)
    path.write_text(page, encoding="utf-8")


def _options(values: Iterable[str]) -> str:
    return "".join(f'<option value="{esc(v)}">{esc(v)}</option>' for v in values)


# -- tables -----------------------------------------------------------------------------------

def _cell(text: object, value: object = None, cls: str = "") -> str:
    """A table cell; `value` is what the script sorts by when it differs from the text."""
    attributes = f' class="{cls}"' if cls else ""
    if value is not None:
        attributes += f' data-value="{esc(value)}"'
    return f"<td{attributes}>{esc(text)}</td>"


def _score_class(score: float) -> str:
    return "bad" if score < 50 else "mid" if score < 85 else "good"


def _change(article: ArticleReport, has_history: bool) -> tuple[str, str]:
    """The change column's text and sort value: the score's move since the previous audit."""
    if article.delta is None:
        return ("new", "") if has_history else ("", "")
    if article.delta == 0:
        return "±0", "0"
    return f"{article.delta:+.1f}".replace("-", "−"), str(article.delta)


def _dates(article: ArticleReport) -> str:
    if article.facts is None:
        return ""
    known = [f"{label} {getattr(article.facts, role)}" for role, label in DATE_ROLES
             if getattr(article.facts, role)]
    return " · ".join(known) or "no date"


def _article_cell(article: ArticleReport) -> str:
    meta = [f'<span class="path">{esc(article.path)}</span>']
    if article.archive:
        meta.append(f'<span class="archive">{esc(article.archive)}</span>')
    dates = _dates(article)
    if dates:
        meta.append(f'<span class="dates">{esc(dates)}</span>')
    title = esc(article.title) if article.title else '<span class="muted">untitled</span>'
    return (f'<td class="article-cell" data-value="{esc(article.path)}">'
            f'<span class="title">{title}</span><span class="meta">{" · ".join(meta)}</span>'
            f"{_findings_list(article)}</td>")


def _findings_list(article: ArticleReport) -> str:
    if not article.findings:
        return ""
    items = "".join(
        f'<li><code>line {f.line}:{f.column} {esc(f.code)}</code> '
        f'<span class="sev-{f.severity}">{f.severity}</span> {esc(f.message)}</li>'
        for f in article.findings)
    count = len(article.findings)
    return (f'<details><summary>{count} finding{"" if count == 1 else "s"}</summary>'
            f"<ul>{items}</ul></details>")


def articles_table(audit: Audit) -> str:
    has_history = bool(audit.history)
    head = ('<th data-key="path" data-type="text">Article</th>'
            '<th data-key="score" data-type="num" class="num" aria-sort="ascending">Score</th>'
            '<th data-key="delta" data-type="num" class="num" title="Score change since the '
            'previous audit">Change</th>'
            '<th data-key="total" data-type="num" class="num">Findings</th>'
            + "".join(f'<th data-key="cat:{name}" data-type="num" class="num cat" '
                      f'title="{esc(CATEGORY_NAMES[name])}">{name}</th>' for name in PREFIXES))
    rows = []
    for index, article in enumerate(audit.articles):
        change, change_value = _change(article, has_history)
        cells = [_article_cell(article),
                 _cell(f"{article.score:.1f}", article.score, f"num score {_score_class(article.score)}"),
                 _cell(change, change_value, "num change"),
                 _cell(article.total, None, "num"),
                 *(_cell(article.counts[name] or "", article.counts[name], "num cat")
                   for name in PREFIXES)]
        rows.append(f'<tr class="article" data-index="{index}" data-path="{esc(article.path)}">'
                    f'{"".join(cells)}</tr>')
    return (f'<table id="articles" class="sortable"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>')


def _view(table_id: str, headers: Sequence[tuple[str, str]], rows: list[str], empty: str,
          csv_rows: list[list[str]], csv_name: str) -> str:
    if not rows:
        return f'<p class="muted" id="{table_id}-empty">{esc(empty)}</p>'
    head = "".join(f'<th data-type="{kind}"{" class=num" if kind == "num" else ""}>{esc(label)}</th>'
                   for label, kind in headers)
    return (f'<p><a class="download" id="{table_id}-csv" download="{esc(csv_name)}" '
            f'href="{_csv_link(csv_rows)}">Download as CSV</a> '
            f'<span class="muted">{len(rows)} article{"" if len(rows) == 1 else "s"}</span></p>'
            f'<div class="table-wrap"><table id="{table_id}" class="sortable view">'
            f'<thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def _csv_link(rows: list[list[str]]) -> str:
    """A data: URL of the view as CSV, so it downloads with scripts off; text cells cannot
    become spreadsheet formulas."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(rows[0])
    for row in rows[1:]:
        writer.writerow([spreadsheet_cell(cell) if not _is_number(cell) else cell for cell in row])
    encoded = base64.b64encode(buffer.getvalue().encode("utf-8")).decode("ascii")
    return f"data:text/csv;charset=utf-8;base64,{encoded}"


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _title_cell(article: ArticleReport) -> str:
    title = esc(article.title) if article.title else '<span class="muted">untitled</span>'
    return (f'<td data-value="{esc(article.title or article.path)}"><span class="title">{title}'
            f'</span><span class="meta"><span class="path">{esc(article.path)}</span></span></td>')


def overdue_view(audit: Audit) -> str:
    """Which articles are overdue for review: stale, undated, or past their next review."""
    rows, data = [], [["path", "title", "archive", "published", "updated", "reviewed",
                       "next_review", "why", "score"]]
    for article in audit.overdue():
        facts = article.facts
        why = "; ".join(f"{f.code} {f.message}" for f in article.with_codes(OVERDUE_CODES))
        dates = [getattr(facts, role) if facts else "" for role, _ in DATE_ROLES]
        next_review = facts.next_review if facts else ""
        rows.append(f'<tr data-path="{esc(article.path)}">{_title_cell(article)}'
                    + "".join(_cell(d or "—", d, "date") for d in dates)
                    + _cell(next_review or "—", next_review, "date")
                    + _cell(why, None, "why") + _cell(f"{article.score:.1f}", article.score, "num") + "</tr>")
        data.append([article.path, article.title, article.archive, *dates, next_review, why,
                     f"{article.score:.1f}"])
    headers = [("Article", "text"), ("Published", "text"), ("Updated", "text"),
               ("Reviewed", "text"), ("Next review", "text"), ("Why", "text"), ("Score", "num")]
    return _view("overdue", headers, rows, "No article is overdue for review.", data,
                 "overdue-for-review.csv")


def uncited_view(audit: Audit) -> str:
    """Which articles cite nothing: no citation, no reference entry, no footnote."""
    rows, data = [], [["path", "title", "archive", "unsourced_claims", "last_dated", "score"]]
    for article in audit.uncited():
        claims = len(article.with_codes(UNSOURCED_CODES))
        last = article.last_maintained
        rows.append(f'<tr data-path="{esc(article.path)}">{_title_cell(article)}'
                    + _cell(claims, claims, "num") + _cell(last or "no date", last, "date")
                    + _cell(f"{article.score:.1f}", article.score, "num") + "</tr>")
        data.append([article.path, article.title, article.archive, str(claims), last,
                     f"{article.score:.1f}"])
    headers = [("Article", "text"), ("Unsourced claims", "num"), ("Last dated", "text"),
               ("Score", "num")]
    return _view("uncited", headers, rows, "Every article cites at least one source.", data,
                 "cites-nothing.csv")


# -- charts -----------------------------------------------------------------------------------

def category_chart(counts: dict[str, int]) -> str:
    """Horizontal bars, one per category, as inline SVG."""
    peak = max(counts.values(), default=0) or 1
    row, label_width, bar_width = 28, 110, 300
    width, height = label_width + bar_width + 60, row * len(counts) + 8
    parts = [f'<svg id="category-chart" role="img" aria-label="Findings by category" '
             f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">']
    for index, (name, count) in enumerate(counts.items()):
        y = index * row + 4
        bar = round(bar_width * count / peak)
        parts.append(
            f'<g class="bar" data-category="{name}"><text x="0" y="{y + 17}">{CATEGORY_NAMES[name]}</text>'
            f'<rect x="{label_width}" y="{y}" width="{bar}" height="20" fill="{COLORS[name]}" rx="3"/>'
            f'<text x="{label_width + bar + 6}" y="{y + 16}">{count}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def trend(audit: Audit) -> str:
    """Findings per audit, in all and per category: a labelled line chart and the same numbers
    as a table, with the change since the previous audit."""
    if not audit.history:
        return '<p class="muted">No earlier audits recorded (use --history FILE to keep a trend).</p>'
    points = [(past.run_at.strftime("%Y-%m-%d"), past.findings, past.by_category)
              for past in audit.history]
    points.append((audit.run_at.strftime("%Y-%m-%d"), audit.total, audit.by_category()))
    previous_when, previous, _ = points[-2]
    change = audit.total - previous
    words = "no change" if change == 0 else f"{'+' if change > 0 else ''}{change}"
    summary = (f'<p id="trend-summary">{audit.total} findings now, {previous} at the previous '
               f'audit ({esc(previous_when)}): {words}.</p>')
    return summary + _trend_chart(points) + _trend_table(points)


def _trend_chart(points: list[tuple[str, int, dict[str, int]]]) -> str:
    width, height = 520, 230
    left, right, top, bottom = 44, 12, 22, 36
    peak = max(total for _, total, _ in points) or 1
    step = (width - left - right) / max(1, len(points) - 1)

    def x(index: int) -> float:
        return round(left + index * step if len(points) > 1 else (width + left - right) / 2, 1)

    def y(count: int) -> float:
        return round(top + (height - top - bottom) * (1 - count / peak), 1)

    parts = [f'<svg id="trend-chart" role="img" viewBox="0 0 {width} {height}" width="{width}" '
             f'height="{height}" aria-label="Findings per audit, in all and per category">']
    for tick in sorted({0, peak // 2, peak}):  # the count axis
        parts.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y(tick)}" '
                     f'y2="{y(tick)}"/><text class="axis-y" x="{left - 6}" y="{y(tick) + 4}" '
                     f'text-anchor="end">{tick}</text>')
    parts.append(f'<text class="axis-title" x="0" y="{top - 10}">findings</text>')
    every = max(1, -(-len(points) // 4))  # at most about four dates on the time axis
    last = len(points) - 1
    for index, (when, _, _) in enumerate(points):
        if (index % every == 0 and last - index >= every / 2) or index == last:
            anchor = "start" if index == 0 else "end" if index == last else "middle"
            parts.append(f'<text class="axis-x" x="{x(index)}" y="{height - bottom + 18}" '
                         f'text-anchor="{anchor}">{esc(when)}</text>')
    series = [("total", "All findings", TOTAL_COLOR, [total for _, total, _ in points])]
    series += [(name, CATEGORY_NAMES[name], COLORS[name], [counts[name] for _, _, counts in points])
               for name in PREFIXES if any(counts[name] for _, _, counts in points)]
    for key, label, color, counts in series:
        line = " ".join(f"{x(i)},{y(n)}" for i, n in enumerate(counts))
        dots = "".join(f'<circle cx="{x(i)}" cy="{y(n)}" r="3.5" fill="{color}"><title>'
                       f'{esc(points[i][0])}: {n} {esc(label.lower())}</title></circle>'
                       for i, n in enumerate(counts))
        parts.append(f'<g class="series" data-series="{key}"><polyline points="{line}" '
                     f'fill="none" stroke="{color}" stroke-width="{2.5 if key == "total" else 1.5}"/>'
                     f"{dots}</g>")
    parts.append("</svg>")
    legend = "".join(f'<li data-series="{key}"><span class="swatch" style="background:{color}">'
                     f"</span>{esc(label)} ({counts[-1]})</li>"
                     for key, label, color, counts in series)
    return "".join(parts) + f'<ul class="legend" id="trend-legend">{legend}</ul>'


def _trend_table(points: list[tuple[str, int, dict[str, int]]]) -> str:
    head = "<th>Audit</th><th class=num>All</th>" + "".join(
        f'<th class="num" title="{esc(CATEGORY_NAMES[name])}">{name}</th>' for name in PREFIXES)
    rows = "".join(
        f"<tr><td>{esc(when)}</td><td class=num>{total}</td>"
        + "".join(f"<td class=num>{counts[name]}</td>" for name in PREFIXES) + "</tr>"
        for when, total, counts in reversed(points))
    return (f'<details class="trend-numbers"><summary>Findings per audit</summary>'
            f'<div class="table-wrap"><table id="trend-table"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div></details>")
