"""local_links: relative links to local files, and #fragments to headings, checked offline.

A link to a file that does not exist, or to a heading anchor that no heading produces (slugs
as GitHub renders them), is dead. URLs with a scheme (https:, mailto:) are not local.
Root-relative links (`/guides/x/`) are pages of the site, resolved through the `site:`
configuration and not checked without one; wikilinks name a note anywhere in the vault
(linter/site.py).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from linter.document import Document, Link, parse
from linter.findings import Finding, finding_at
from linter.options import OptionSpec
from linter.site import NOTE_SUFFIXES, notes, vault_root

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("target", "reason")
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
    check_anchors = rule.options["check_anchors"]
    for link in doc.links:
        url = link.url.strip()
        if not url or link.kind == "reference":
            continue
        if link.kind in ("wikilink", "embed"):
            yield from _wikilink(doc, rule, context, link, url)
            continue
        try:
            parts = urlsplit(url)
        except ValueError:  # only URLs with a host fail to split: remote_links reports them
            continue
        if parts.scheme or parts.netloc or url.startswith("//"):
            continue
        target_path = unquote(parts.path)
        fragment = unquote(parts.fragment)
        if target_path.startswith("/"):
            # A page of the site, not a file at the machine's root: only a `site:`
            # configuration says where it is; without one it is not checked at all.
            if context.site is None:
                continue
            page = context.site.page(target_path)
            if page is None:
                yield finding_at(rule, doc.path, link.span,
                                 rule.format(target=target_path,
                                             reason="no page for it in the site's content folders"),
                                 context=url)
                continue
            target = Path(page)
        elif target_path:
            target = Path(base, target_path)
            if not target.exists():
                yield finding_at(rule, doc.path, link.span,
                                 rule.format(target=target_path, reason="no such file"),
                                 context=url)
                continue
        else:
            target = None
        if not fragment or not check_anchors:
            continue
        if target is None:
            own = own if own is not None else anchors(doc)
            if fragment.lower() not in own and fragment not in own:
                yield finding_at(rule, doc.path, link.span,
                                 rule.format(target=url, reason=f"no heading #{fragment} in this file"),
                                 context=url)
        elif target.is_file() and target.suffix.lower() in NOTE_SUFFIXES:
            available = _anchors_of_file(str(target.resolve()), target.stat().st_mtime)
            if fragment.lower() not in available and fragment not in available:
                yield finding_at(rule, doc.path, link.span,
                                 rule.format(target=url,
                                             reason=f"no heading #{fragment} in {target_path}"),
                                 context=url)


def _wikilink(doc: Document, rule: Rule, context: RunContext, link: Link,
              url: str) -> Iterator[Finding]:
    """[[Note]], [[Note#Heading]], ![[file]]: a note or file anywhere in the vault."""
    name, _, heading = url.partition("#")
    if not name.strip():
        target: str | None = doc.path
    else:
        target = notes(vault_root(doc.path, context.root)).find(name)
    if target is None:
        yield finding_at(rule, doc.path, link.span,
                         rule.format(target=name.strip(), reason="no note or file of that name"),
                         context=url)
        return
    if not heading.strip() or not rule.options["check_anchors"]:
        return
    slug = github_slug(heading.split("^")[0])
    if target == doc.path:
        available: set[str] | frozenset[str] = anchors(doc)
    elif target.lower().endswith(NOTE_SUFFIXES):
        available = _anchors_of_file(str(Path(target).resolve()), os.stat(target).st_mtime)
    else:
        return
    if heading.startswith("^") or slug in available:
        return
    yield finding_at(rule, doc.path, link.span,
                     rule.format(target=url, reason=f"no heading #{heading} in {name or 'this note'}"),
                     context=url)
