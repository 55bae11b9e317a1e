"""What an audit report says about each article besides its findings: its title, its dates and
how many sources it cites. Read from the Document the rules already parsed (audits only), with
the same date keys and date order as the DATE rules, so the report and the findings agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from linter.citations import cited
from linter.dates import ROLES, article_dates, date_keys
from linter.document import Document

if TYPE_CHECKING:
    from linter.context import RunContext
    from linter.rules import Rule

MAX_TITLE_CHARS = 200


@dataclass(frozen=True)
class ArticleFacts:
    title: str = ""
    # The newest date the article states for each role, ISO, or "" when it states none.
    published: str = ""
    updated: str = ""
    reviewed: str = ""
    next_review: str = ""
    # Inline citation marks, numbered reference entries and footnote definitions.
    sources: int = 0

    @property
    def last_maintained(self) -> str:
        """The newest of its publication, update and review dates ("" when it has none)."""
        return max(self.published, self.updated, self.reviewed)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticleFacts:
        return cls(**data)


def article_facts(doc: Document, rules: Iterable[Rule], context: RunContext) -> ArticleFacts:
    dating = next((rule for rule in rules if rule.kind == "article_dates"), None)
    options = dating.options if dating is not None else {}
    dates = article_dates(doc, date_keys(options, context.date_keys),
                          options.get("date_order", "mdy"))
    newest = {role: max((d.value for d in dates if d.role == role), default=None) for role in ROLES}
    return ArticleFacts(
        title=title_of(doc),
        **{role: value.isoformat() if value else "" for role, value in newest.items()},
        sources=(sum(len(cited(block).marks) for block in doc.prose_blocks)
                 + len(doc.reference_entries) + len(doc.footnote_definitions)),
    )


def title_of(doc: Document) -> str:
    """Front matter `title`, else the first heading's text, on one line and bounded."""
    words = " ".join(doc.title.split())
    return words if len(words) <= MAX_TITLE_CHARS else words[: MAX_TITLE_CHARS - 1] + "…"
