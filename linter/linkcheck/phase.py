"""The link phase: after the files are linted, their remote links are checked together.

Online, every file's results are held until each distinct URL has been checked once. With
--offline no socket is opened: each file's links are answered from the cache as the file is
done (so output still streams), and links not in the cache are skipped silently.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from linter.context import RunContext
from linter.findings import in_order
from linter.kinds import remote_links
from linter.results import FileResult

if TYPE_CHECKING:
    from linter.linkcheck.checker import LinkChecker
    from linter.linkcheck.result import Result

PROGRESS_MIN_URLS = 20


def checked(results: Iterable[FileResult], context: RunContext, quiet: bool = False) -> Iterator[FileResult]:
    if context.offline:
        yield from _checked_offline(results, context)
        return
    checker = _checker(context)
    try:
        held = list(results)
        known = _check_all(_wanted(held), checker, quiet)
        yield from (_resolved(result, known) for result in held)
    finally:
        checker.close()


def _checked_offline(results: Iterable[FileResult], context: RunContext) -> Iterator[FileResult]:
    """Each file's links answered from the cache as the file is done. The checker (and the
    cache's SQLite) is loaded only once a file has remote links: a pre-commit run of an
    article without any does not pay for it."""
    checker: LinkChecker | None = None
    try:
        for result in results:
            if not result.pending_links:
                yield result
                continue
            if checker is None:
                checker = _checker(context)
            yield _resolved(result, checker.check(_wanted([result])))
    finally:
        if checker is not None:
            checker.close()


def _checker(context: RunContext) -> LinkChecker:
    """Imported here: a run whose files have no remote links needs no checker or settings."""
    from linter.linkcheck.checker import LinkChecker
    from linter.linkcheck.settings import parse_settings

    return LinkChecker(parse_settings(context.links), offline=context.offline, refresh=context.refresh_links)


def _wanted(results: Iterable[FileResult]) -> dict[str, frozenset[str]]:
    wanted: dict[str, set[str]] = {}
    for result in results:
        remote_links.wanted(result.pending_links, wanted)
    return {url: frozenset(fragments) for url, fragments in wanted.items()}


def _check_all(wanted: dict[str, frozenset[str]], checker: LinkChecker, quiet: bool) -> dict[str, Result]:
    show = not quiet and sys.stderr.isatty() and len(wanted) >= PROGRESS_MIN_URLS
    with _progress(len(wanted)) if show else nullcontext() as bar:
        checker.progress = bar.update if bar is not None else None
        return checker.check(wanted)


def _progress(total: int) -> Any:
    import click

    return click.progressbar(length=total, label="checking links", file=sys.stderr)


def _resolved(result: FileResult, known: dict[str, Result]) -> FileResult:
    if not result.pending_links:
        return result
    found = remote_links.findings_for(result.path, result.pending_links, result.phase_rules, known)
    findings = in_order(result.findings + found)
    errors = result.errors + sorted({
        f"{result.path}: internal error checking {link.url}: {known[link.base].message}"
        for link in result.pending_links if link.base in known and known[link.base].internal_error})
    return replace(result, findings=findings, pending_links=[], errors=errors)
