"""remote_links: http(s) links, checked once per run for all files (see linter.linkcheck).

Unlike other kinds this one works in two steps: `collect` gathers a file's links while the
file is linted, and after every file is done the link phase checks each distinct URL once and
`report` turns the results into findings at every place the URL appears. Each LINK rule
reports one outcome: dead, unverified, moved, or insecure (http:// where https:// works).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from linter.document import Document
from linter.findings import Finding, finding_at
from linter.linkcheck.urls import is_remote, normalise, split_fragment, without_credentials
from linter.options import OptionSpec
from linter.positions import Span

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


@dataclass(frozen=True)
class PendingLink:
    url: str  # as written, less any `user:password@`: credentials reach no output or cache
    base: str  # normalised, without the fragment: what is requested
    fragment: str
    span: Span
    had_credentials: bool = False  # then no fix is offered: it would drop them from the article


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    return iter(())  # the link phase reports, through `report`


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


def wanted(links: Iterable[PendingLink], into: dict[str, set[str]]) -> None:
    for link in links:
        fragments = into.setdefault(link.base, set())
        if link.fragment:
            fragments.add(link.fragment)


def report(path: str, links: Iterable[PendingLink], rules: Mapping[str, Rule],
           results: Mapping[str, Result]) -> list[Finding]:
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
