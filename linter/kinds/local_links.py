"""local_links: relative links to local files, and #fragments to headings, checked offline.

A link to a file that does not exist, or to a heading anchor that no heading produces (slugs
as GitHub renders them), is dead. URLs with a scheme (https:, mailto:) are not local.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from linter.document import Document, parse
from linter.findings import Finding, finding_at
from linter.kinds import OptionSpec

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

OPTIONS = {
    "check_anchors": OptionSpec("bool", True, "check #fragments against headings"),
}
HTML_ANCHOR = re.compile(r"""<a\s[^>]*(?:name|id)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


def github_slug(title: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens."""
    slug = title.strip().lower()
    slug = re.sub(r"[^\w\- ]", "", slug)
    return slug.replace(" ", "-")


def anchors(doc: Document) -> set[str]:
    """Every anchor a document offers: heading slugs (numbered when repeated) and HTML ids."""
    found: set[str] = set()
    seen: dict[str, int] = {}
    for section in doc.sections[1:] if doc.sections and not doc.sections[0].title else doc.sections:
        slug = github_slug(section.title)
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        found.add(slug if count == 0 else f"{slug}-{count}")
    found.update(HTML_ANCHOR.findall(doc.source))
    return found


@lru_cache(maxsize=256)
def _anchors_of_file(path: str, mtime: float) -> frozenset[str]:
    text = Path(path).read_text(encoding="utf-8", errors="replace")
    return frozenset(anchors(parse(path, text)))


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    base = os.path.dirname(doc.path)
    own: set[str] | None = None
    for link in doc.links:
        url = link.url.strip()
        if not url or link.kind == "reference":
            continue
        try:
            parts = urlsplit(url)
        except ValueError:  # only URLs with a host fail to split: remote_links reports them
            continue
        if parts.scheme or parts.netloc or url.startswith("//"):
            continue
        target_path = unquote(parts.path)
        fragment = unquote(parts.fragment)
        if target_path:
            target = Path(base, target_path)
            if not target.exists():
                yield finding_at(rule, doc.path, link.span,
                                 rule.format(target=target_path, reason="no such file"),
                                 context=url)
                continue
            if fragment and rule.options["check_anchors"] and target.suffix.lower() in (".md", ".markdown"):
                available = _anchors_of_file(str(target.resolve()), target.stat().st_mtime)
                if fragment.lower() not in available and fragment not in available:
                    yield finding_at(rule, doc.path, link.span,
                                     rule.format(target=url,
                                                 reason=f"no heading #{fragment} in {target_path}"),
                                     context=url)
        elif fragment and rule.options["check_anchors"]:
            own = own if own is not None else anchors(doc)
            if fragment.lower() not in own and fragment not in own:
                yield finding_at(rule, doc.path, link.span,
                                 rule.format(target=url, reason=f"no heading #{fragment} in this file"),
                                 context=url)
