"""remote_links: http(s) links, checked once per run for all files (see linter.linkcheck).

A kind with a whole-run phase: instead of `check`, `collect` gathers a file's links while
the file is linted, and `report`, after the files are linted, checks each distinct URL once
and turns the answers into findings at every place the URL appears. Each LINK rule reports
one outcome: dead, unverified, moved, or insecure (http:// where https:// works).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from linter.document import Document
from linter.findings import Finding, finding_at
from linter.linkcheck.urls import is_remote, normalise, split_fragment, without_credentials
from linter.options import OptionSpec
from linter.results import FileResult, PendingLink

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.linkcheck.result import Result
    from linter.rules import Rule

FIXES = True  # moved links (the final URL) and insecure ones (https://)
# The placeholders its rules' messages may use, per check.
FIELDS = {
    "dead": ("url", "reason"),
    "unverified": ("url", "reason"),
    "moved": ("url", "final", "reason"),
    "insecure": ("url", "https"),
}
OPTIONS = {
    "outcome": OptionSpec("str", "dead", "which outcome this rule reports",
                          ("dead", "unverified", "moved", "insecure"), identity=True),
}


def collect(doc: Document) -> list[PendingLink]:
    pending = []
    for link in doc.links:
        # A reference-style use is reported once, where its URL is defined.
        if link.kind == "reference" or not is_remote(link.url):
            continue
        url = without_credentials(link.url)
        base, fragment = split_fragment(url)
        pending.append(PendingLink(url, normalise(base), fragment, link.span, url != link.url))
    return pending


def report(results: Iterable[FileResult], context: RunContext, quiet: bool) -> Iterator[FileResult]:
    """The link phase (linter.linkcheck.phase), imported only by runs that check links."""
    from linter.linkcheck.phase import checked

    return checked(results, context, quiet)


def wanted(links: Iterable[PendingLink], into: dict[str, set[str]]) -> None:
    for link in links:
        fragments = into.setdefault(link.base, set())
        if link.fragment:
            fragments.add(link.fragment)


def findings_for(path: str, links: Iterable[PendingLink], phase_rules: Iterable[Rule],
                 results: Mapping[str, Result]) -> list[Finding]:
    """A file's findings from the answers known for its links."""
    rules = {rule.options["outcome"]: rule for rule in phase_rules if rule.kind == "remote_links"}
    findings = []
    for link in links:
        result = results.get(link.base)
        if result is None:
            continue
        outcome, values, fix = _outcome(link, result)
        if link.had_credentials:
            fix = None
        rule = rules.get(outcome)
        if rule is not None:
            findings.append(finding_at(rule, path, link.span, rule.format(url=link.url, **values),
                                       fix=fix, context=link.url))
        if link.url.startswith("http://") and result.https_works and "insecure" in rules:
            secure = "https://" + link.url[7:]
            rule = rules["insecure"]
            findings.append(finding_at(rule, path, link.span, rule.format(url=link.url, https=secure),
                                       fix=None if link.had_credentials else secure,
                                       context=link.url))
    return findings


def _outcome(link: PendingLink, result: Result) -> tuple[str, dict[str, str], str | None]:
    if result.outcome in ("ok", "moved") and link.fragment and result.anchors is not None \
            and link.fragment not in result.anchors:
        return "dead", {"reason": f"the page has no #{link.fragment} anchor"}, None
    if result.outcome == "moved":
        final = result.final_url or ""
        if link.fragment and final:
            final = f"{final}#{link.fragment}"
        return "moved", {"final": final, "reason": result.message}, final
    return result.outcome, {"reason": result.message}, None
