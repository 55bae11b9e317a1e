"""The schema of an option: of a rule kind (`OPTIONS`) or of the link checker (`links:`)."""

from __future__ import annotations

import re
from typing import Any, NamedTuple, cast

from linter.untrusted import quote

_TYPES: dict[str, tuple[type, ...]] = {
    "int": (int,),
    "float": (int, float),
    "bool": (bool,),
    "str": (str,),
    "file": (str,),
    "list": (list,),
    "dict": (dict,),
}


class OptionSpec(NamedTuple):
    """One option: its type, default, and what it means."""

    # int, float, bool, str, regex, list[str], list[regex], dict, dict[float], or file: a
    # built-in data file's name or a path from the configuration's folder, never outside it
    type: str
    default: Any
    help: str = ""
    choices: tuple[str, ...] = ()
    # Which check a rule is (CIT005 reports unmatched numbers): set by the rule's pack and
    # fixed per code, never by a user's configuration or an article.
    identity: bool = False

    @property
    def article_settable(self) -> bool:
        """Whether an article's front matter may set it: numbers, booleans and named choices;
        never patterns, paths, lists or mappings (front matter is untrusted input)."""
        return not self.identity and (self.type in ("int", "float", "bool") or bool(self.choices))

    def check(self, value: Any, compile_patterns: bool = True) -> Any:
        """The value if it has the option's type; patterns are compiled to be sure they do,
        except a built-in pack's (tests compile them all), which a run compiles when a rule
        needs them: a pre-commit run of one article need not compile every pack's patterns."""
        base = self.type.split("[")[0]
        if base == "regex":
            base = "str"
        wanted = _TYPES[base]
        if not isinstance(value, wanted) or (base != "bool" and isinstance(value, bool)):
            raise ValueError(f"must be {self.type}, not {type(value).__name__} ({quote(value)})")
        if self.choices and value not in self.choices:
            raise ValueError(f"must be one of {', '.join(self.choices)}, not {quote(value)}")
        if self.type.startswith("list["):
            item = self.type[5:-1]
            for element in cast("list[Any]", value):
                if not isinstance(element, str):
                    raise ValueError(f"must be a list of text, and {quote(element)} is not text")
                if item == "regex" and compile_patterns:
                    _compile(element)
        if self.type == "dict[float]" and isinstance(value, dict):
            for key, element in value.items():
                if not isinstance(element, (int, float)) or isinstance(element, bool) or element < 0:
                    raise ValueError(f"must map each name to a number of 0 or more, and {quote(key)} "
                                     f"maps to {quote(element)}")
        if self.type == "regex" and compile_patterns:
            _compile(value)
        return value


def _compile(pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error as error:
        raise ValueError(f"has a pattern that does not compile: {quote(pattern)}: {error}") from None
