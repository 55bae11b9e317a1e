"""mailto_links: `mailto:` links are checked for their syntax only; no mail is sent or probed."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING
from urllib.parse import unquote

from linter.document import Document
from linter.findings import Finding, finding_at
from linter.options import OptionSpec
from linter.patterns import lazy_regex

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

# The placeholders its rules' messages may use.
FIELDS = ("address",)
OPTIONS: dict[str, OptionSpec] = {}
ADDRESS = lazy_regex(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                     r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$")


def check(doc: Document, rule: Rule, context: RunContext) -> Iterator[Finding]:
    for link in doc.links:
        if not link.url.lower().startswith("mailto:"):
            continue
        addresses = unquote(link.url[7:].split("?", 1)[0])
        for address in filter(None, (a.strip() for a in addresses.split(","))):
            if not ADDRESS.match(address):
                yield finding_at(rule, doc.path, link.span, rule.format(address=address),
                                 context=link.url)
