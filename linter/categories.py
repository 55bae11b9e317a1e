"""The rule categories, defined once: the code prefix, the name shown in docs, SARIF and
reports, the factor an audit's score weighs findings by, and the colour of the HTML report."""

from __future__ import annotations

from typing import NamedTuple


class Category(NamedTuple):
    prefix: str
    name: str
    # An audit's score: spam destroys trust, unsourced claims mislead, spelling costs least.
    factor: float
    colour: str


CATEGORIES = (
    Category("CIT", "citations", 1.5, "#c0392b"),
    Category("DATE", "dates", 1.0, "#d68910"),
    Category("LINK", "links", 1.0, "#2471a3"),
    Category("READ", "reading level", 1.0, "#7d3c98"),
    Category("SPAM", "spam", 2.0, "#1e8449"),
    Category("TERM", "terminology", 0.5, "#5d6d7e"),
    Category("FILE", "files", 1.0, "#283747"),
)
PREFIXES = tuple(category.prefix for category in CATEGORIES)
BY_PREFIX = {category.prefix: category for category in CATEGORIES}


def prefix_of(code: str) -> str:
    """CIT for CIT001."""
    return code.rstrip("0123456789")
