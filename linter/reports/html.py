"""The HTML audit report: one self-contained file (no external scripts, styles or fonts), so it
opens offline and can be mailed. The chart and trend are SVG drawn here; sorting, filtering
and the per-article findings are a little inline JavaScript over data embedded as JSON."""

from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

from linter import __version__
from linter.reports import Audit
from linter.scoring import CATEGORIES

CATEGORY_NAMES = {"CIT": "Citations", "DATE": "Dates", "LINK": "Links", "READ": "Reading level",
                  "SPAM": "Spam", "TERM": "Terminology", "FILE": "Files"}
COLORS = {"CIT": "#c0392b", "DATE": "#d68910", "LINK": "#2471a3", "READ": "#7d3c98",
          "SPAM": "#1e8449", "TERM": "#5d6d7e", "FILE": "#283747"}


def write(audit: Audit, path: Path) -> None:
    template = resources.files("linter.reports").joinpath("template.html").read_text("utf-8")
    data = {
        "articles": [{
            "path": a.path, "score": a.score, "counts": a.counts, "total": a.total,
            "delta": a.delta, "codes": sorted({f.code for f in a.findings}),
            "findings": [[f.line, f.column, f.code, str(f.severity), f.message] for f in a.findings],
        } for a in audit.articles],
        "categories": list(CATEGORIES),
        "codes": sorted(audit.by_code()),
    }
    replacements = {
        "__TITLE__": f"medlint audit, {audit.run_at:%Y-%m-%d %H:%M}",
        "__VERSION__": html.escape(__version__),
        "__FILES__": str(len(audit.articles)),
        "__FINDINGS__": str(audit.total),
        "__MEAN__": f"{audit.mean_score:.1f}",
        "__SEVERITY__": html.escape(", ".join(
            f"{n} {level}{'' if n == 1 or level == 'info' else 's'}"
            for level, n in audit.by_severity().items())),
        "__CHART__": category_chart(audit.by_category()),
        "__TREND__": trend(audit),
        "__DATA__": json.dumps(data, ensure_ascii=False).replace("</", "<\\/"),
    }
    page = template
    for key, value in replacements.items():
        page = page.replace(key, value)
    path.write_text(page, encoding="utf-8")


def category_chart(counts: dict[str, int]) -> str:
    """Horizontal bars, one per category, as inline SVG."""
    peak = max(counts.values(), default=0) or 1
    row, label_width, bar_width = 28, 120, 420
    parts = [f'<svg id="category-chart" role="img" aria-label="Findings by category" '
             f'width="{label_width + bar_width + 60}" height="{row * len(counts) + 8}">']
    for index, (name, count) in enumerate(counts.items()):
        y = index * row + 4
        width = round(bar_width * count / peak)
        parts.append(
            f'<g class="bar" data-category="{name}"><text x="0" y="{y + 17}">{CATEGORY_NAMES[name]}</text>'
            f'<rect x="{label_width}" y="{y}" width="{width}" height="20" fill="{COLORS[name]}" rx="3"/>'
            f'<text x="{label_width + width + 6}" y="{y + 16}">{count}</text></g>')
    parts.append("</svg>")
    return "".join(parts)


def trend(audit: Audit) -> str:
    """Findings per audit since the earliest recorded one, and the change since the last."""
    if not audit.history:
        return '<p class="muted">No earlier audits recorded (use --history FILE to keep a trend).</p>'
    points = [(str(h["run_at"]), int(h["findings"])) for h in audit.history]  # type: ignore[call-overload]
    points.append((audit.run_at.isoformat(timespec="seconds"), audit.total))
    previous = points[-2][1]
    change = audit.total - previous
    words = "no change" if change == 0 else f"{'+' if change > 0 else ''}{change}"
    summary = (f'<p id="trend-summary">{audit.total} findings now, {previous} at the previous '
               f'audit ({html.escape(points[-2][0])}): {words}.</p>')
    peak = max(n for _, n in points) or 1
    width, height, pad = 560, 120, 14
    step = (width - 2 * pad) / max(1, len(points) - 1)
    coords = [(round(pad + i * step, 1), round(height - pad - (height - 2 * pad) * n / peak, 1))
              for i, (_, n) in enumerate(points)]
    line = " ".join(f"{x},{y}" for x, y in coords)
    dots = "".join(f'<circle cx="{x}" cy="{y}" r="4"><title>{html.escape(when)}: {n}</title></circle>'
                   for (x, y), (when, n) in zip(coords, points, strict=True))
    return (f'{summary}<svg id="trend-chart" role="img" aria-label="Findings per audit" '
            f'width="{width}" height="{height}"><polyline points="{line}" fill="none" '
            f'stroke="#2471a3" stroke-width="2"/>{dots}</svg>')
