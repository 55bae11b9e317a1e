"""local_links: relative links to local files, and #fragments to headings, checked offline.

A link to a file that does not exist, or to a heading anchor that no heading produces (slugs
as GitHub renders them), is dead. URLs with a scheme (https:, mailto:) are not local.
Root-relative links (`/guides/x/`) are pages of the site, resolved through the `site:`
configuration and not checked without one; wikilinks name a note anywhere in the vault
(linter/site.py). A folder's page (its index file, or the partials a site assembles it
from) is served at the folder's URL: its page links resolve among the folder's siblings
too, and a partial's #fragments may name a heading of another piece of the page.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable, Iterator
from functools import cache, lru_cache, partial
from pathlib import PurePath
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from linter.document import Document, Link, parse
from linter.findings import Finding, finding_at
from linter.generators import SiteConfig, generated_page, serves_pages_as_folders, site_generator
from linter.options import OptionSpec
from linter.patterns import lazy_regex
from linter.site import NOTE_SUFFIXES, notes, page_pieces, vault_root
from linter.tree import LintedTree
from linter.untrusted import read_regular

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("target", "reason")
OPTIONS = {
    "check_anchors": OptionSpec("bool", True, "check #fragments against headings"),
}
OUTSIDE_REASON = "it leads outside the linted files (not checked)"
MAX_NOTE_BYTES = 5 * 1024 * 1024  # a linked note is read for its headings up to this size
# Files whose page is their folder (a section's or a page bundle's index).
FOLDER_PAGE_NAMES = frozenset({"index", "_index"})
# A web address written as a relative link: "www.example.org", "en.example.org/page".
# (match only: its leading repeat would make a search quadratic)
WEB_ADDRESS_WITHOUT_SCHEME = lazy_regex(r"(?i)(?:www\.|(?:[a-z0-9-]{1,63}\.){1,4}"
                                        r"(?:com|org|net|gov|edu|int|io|uk)(?:/|$))")
HTML_ANCHOR = lazy_regex(r"""<a\s[^>]*(?:name|id)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)


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


def _tree(context: RunContext) -> LintedTree:
    return context.tree or LintedTree([context.root])


def anchors_of(tree: LintedTree, path: str) -> frozenset[str] | None:
    """The anchors a linked note offers, or None when it is no regular file in the linted
    tree (a folder, a FIFO, a file under .git): its fragments are then not checked, and
    nothing is read from it."""
    real = os.path.realpath(path)
    if not tree.contains(real):
        return None
    try:
        status = os.stat(real)
    except OSError:
        return None
    if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_NOTE_BYTES:
        return None
    return _anchors_of_file(real, status.st_mtime_ns, status.st_size)


@lru_cache(maxsize=256)
def _anchors_of_file(path: str, mtime: int, size: int) -> frozenset[str] | None:
    try:
        data = read_regular(path, MAX_NOTE_BYTES)
    except OSError:
        return None
    return frozenset(anchors(parse(path, data.decode("utf-8", errors="replace"))))


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    base = os.path.dirname(doc.path)
    tree = _tree(context)
    own: set[str] | None = None
    check_anchors = rule.options["check_anchors"]
    # The page's site, looked for once and only for a link found dead from the file.
    site = cache(partial(site_generator, base or ".", tree))
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
        if parts.scheme or parts.netloc or url.startswith("//") or _templated(doc, link):
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
            target: str | None = page
        elif target_path:
            target = os.path.join(base, target_path)
            # Outside the tree, the answer is the same whether the file exists or not: an
            # article must not learn what the machine running medlint holds.
            problem = OUTSIDE_REASON if not tree.within(os.path.realpath(target)) else \
                None if os.path.exists(target) else "no such file"
            if problem is not None and (served := _beside_folder_page(doc, base, target_path, tree)
                                        or _from_page_folder(doc, base, target_path, tree, site)):
                target, problem = served, None
            if problem is not None and generated_page(site(), target):
                continue  # a page the generator builds (Quartz's "tags/..."): no file to find
            if problem is not None:
                yield finding_at(rule, doc.path, link.span,
                                 rule.format(target=target_path, reason=_reason(target_path, problem)),
                                 context=url)
                continue
        else:
            target = None
        if not fragment or not check_anchors:
            continue
        if target is None:
            own = own if own is not None else anchors(doc)
            # A file with no heading at all is a partial ("local-header.md") whose anchors
            # lead into the page it is assembled into: they cannot be checked here.
            if own and fragment.lower() not in own and fragment not in own \
                    and not _in_assembled_page(doc, base, fragment, tree):
                yield finding_at(rule, doc.path, link.span,
                                 rule.format(target=url, reason=f"no heading #{fragment} in this file"),
                                 context=url)
        elif target.lower().endswith(NOTE_SUFFIXES):
            available = anchors_of(tree, target)
            if available is not None and fragment.lower() not in available and fragment not in available:
                yield finding_at(rule, doc.path, link.span,
                                 rule.format(target=url,
                                             reason=f"no heading #{fragment} in {target_path}"),
                                 context=url)


def _wikilink(doc: Document, rule: Rule, context: RunContext, link: Link,
              url: str) -> Iterator[Finding]:
    """[[Note]], [[Note#Heading]], ![[file]]: a note or file anywhere in the vault."""
    name, _, heading = url.partition("#")
    tree = _tree(context)
    if not name.strip():
        target: str | None = doc.path
    else:
        target = notes(vault_root(doc.path, context.root, tree)).find(name)
    if target is None:
        yield finding_at(rule, doc.path, link.span,
                         rule.format(target=name.strip(), reason="no note or file of that name"),
                         context=url)
        return
    if not heading.strip() or not rule.options["check_anchors"]:
        return
    slug = github_slug(heading.split("^")[0])
    available: set[str] | frozenset[str] | None = None
    if target == doc.path:
        available = anchors(doc)
    elif target.lower().endswith(NOTE_SUFFIXES):
        available = anchors_of(tree, target)
    if available is None or heading.startswith("^") or slug in available:
        return
    yield finding_at(rule, doc.path, link.span,
                     rule.format(target=url, reason=f"no heading #{heading} in {name or 'this note'}"),
                     context=url)


def _is_partial(doc: Document) -> bool:
    """A piece of a page (NHS's "main-content-2.md", a callout): no front matter title and
    no level-1 heading. The page is its folder, assembled from the folder's pieces."""
    title = doc.front_matter.get("title")
    return not (isinstance(title, str) and title.strip()) and not any(
        b.kind == "heading" and b.heading_level == 1 for b in doc.blocks)


def _beside_folder_page(doc: Document, base: str, target_path: str, tree: LintedTree) -> str | None:
    """Where a page link ('health-problems', no file suffix) of a folder's page leads: the
    page of an index file or of a partial is its folder, served without a trailing slash, so
    the browser resolves the link from the folder's parent, among the folder's siblings."""
    if "." in target_path.rstrip("/").rsplit("/", 1)[-1] or not base:
        return None
    if PurePath(doc.path).stem.casefold() not in FOLDER_PAGE_NAMES and not _is_partial(doc):
        return None
    sibling = os.path.join(os.path.dirname(base), target_path)
    return sibling if tree.within(os.path.realpath(sibling)) and os.path.exists(sibling) else None


def _reason(target_path: str, problem: str) -> str:
    """Why a link is dead, with what a web address written without its scheme needs."""
    if problem == "no such file" and WEB_ADDRESS_WITHOUT_SCHEME.match(target_path):
        return "no such file (a web address needs its https://)"
    return problem


def _from_page_folder(doc: Document, base: str, target_path: str, tree: LintedTree,
                      site: Callable[[], SiteConfig | None]) -> str | None:
    """Where a relative link leads on a site that serves each page as a folder (MkDocs, Hugo):
    "Dex Share Followers.md" is served at ".../Dex Share Followers/", so the browser resolves
    "../../../assets/flag.svg" from one folder deeper than the file's."""
    stem = PurePath(doc.path).stem
    if stem.casefold() in FOLDER_PAGE_NAMES or stem.casefold() == "readme":
        return None
    built = os.path.normpath(os.path.join(base, stem, target_path))
    if not (tree.within(os.path.realpath(built)) and os.path.exists(built)):
        return None
    return built if serves_pages_as_folders(site()) else None


def _in_assembled_page(doc: Document, base: str, fragment: str, tree: LintedTree) -> bool:
    """Whether a partial's '#fragment' is a heading of another piece of its page: a Markdown
    file beside it (in a folder of a few pieces, not a vault of thousands of notes)."""
    if not _is_partial(doc):
        return False
    pieces = page_pieces(base or ".")
    return any(fragment.lower() in found or fragment in found
               for piece in pieces if os.path.basename(piece) != os.path.basename(doc.path)
               and (found := anchors_of(tree, piece)) is not None)


def _templated(doc: Document, link: Link) -> bool:
    """A URL a template fills in ("{{ findersBaseUrl }}finders/find-help"): its blanked
    expression leaves a path that leads nowhere in the tree."""
    span = link.span
    if span.line != span.end_line or not 0 < span.line <= len(doc.lines):
        return False
    written = doc.lines[span.line - 1][span.column - 1 : span.end_column - 1]
    return "{{" in written or "{%" in written
