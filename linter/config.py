"""Configuration: `.medlint.yml` or `[tool.medlint]` in pyproject.toml, found by walking up.

Precedence, lowest first: the packs' defaults, the configuration file, the article's own front
matter (`medlint:` key), then command-line flags.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from linter import DOCS_URL
from linter.errors import ConfigError
from linter.findings import Severity
from linter.tree import confined
from linter.untrusted import (
    UntrustedDataError,
    check_shape,
    describe,
    load_yaml,
    quote,
    read_config_text,
    shorten,
)

if TYPE_CHECKING:
    from linter.site import Site

CONFIG_FILES = (".medlint.yml", ".medlint.yaml")
TOP_LEVEL_KEYS = {
    "select": "a list of rule codes or prefixes",
    "extend-select": "a list of rule codes or prefixes",
    "ignore": "a list of rule codes or prefixes",
    "severity": "a mapping of rule code to error, warning or info",
    "rules": "a mapping of rule code to its options",
    "packs": "a list of paths to rule packs (YAML)",
    "exclude": "a list of gitignore-style globs",
    "per-file-ignores": "a mapping of gitignore-style glob to a list of codes",
    "audiences": "a mapping of gitignore-style glob to the audience of its articles (e.g. professional)",
    "fail-on": "error, warning or info",
    "links": "a mapping of link-checker options",
    "max-file-size": "a size in bytes",
    "result-cache": "a path to a SQLite file for results of unchanged files",
    "docs-url": "the URL of your copy of docs/rules.md (rule links in SARIF and GitHub output)",
    "dates": "a mapping of published, updated, reviewed or next_review to front matter keys",
    "reference-headings": "a list of section titles that mean a references list, besides the built-in ones",
    "prose-fields": "a list of front matter keys whose text the site renders (linted as prose)",
    "extensions": "a list of file suffixes linted besides .md, .markdown and .mdx",
    "site": "a mapping with preset, content, base, routes (where root-relative links lead) and host",
    "not-sources": "a list of domains whose pages are no source for a claim (besides content farms)",
}
DATE_ROLES = ("published", "updated", "reviewed", "next_review")
FRONT_MATTER_KEYS = ("ignore", "severity", "rules")


@dataclass
class Config:
    root: Path
    source: Path | None = None
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    severity: dict[str, Severity] = field(default_factory=dict)
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    packs: list[Path] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    # The audience of articles whose front matter names none, by path (the first glob wins).
    audiences: dict[str, str] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    links: dict[str, Any] = field(default_factory=dict)
    max_file_size: int = 5 * 1024 * 1024
    result_cache: Path | None = None
    docs_url: str = DOCS_URL
    # Front matter keys per date role, added to the built-in ones (linter/dates.py).
    dates: dict[str, tuple[str, ...]] = field(default_factory=dict)
    site: Site | None = None
    extensions: list[str] = field(default_factory=list)
    reference_headings: tuple[str, ...] = ()
    # Front matter fields linted as prose: those sites render as text.
    prose_fields: tuple[str, ...] = ("description", "summary", "faq", "faqs")
    # Domains whose pages are no source for a claim, added to linter.citations.CONTENT_FARMS.
    not_sources: tuple[str, ...] = ()


def discover(start: Path) -> Path | None:
    """The nearest `.medlint.yml` or pyproject.toml with [tool.medlint], walking up."""
    directory = start if start.is_dir() else start.parent
    for folder in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _pyproject_section(pyproject) is not None:
            return pyproject
    return None


# What marks a repository's top folder (a project with no configuration is rooted there).
PROJECT_MARKERS = (".git", ".hg")


def unconfigured_root(start: Path) -> Path:
    """The project root of files that no configuration governs: the top folder of the
    repository at or above `start`, else of the site generator's configuration there, else
    the current folder. So a file's links to the rest of its site resolve alike whether it is
    linted alone, with others or in a whole-site run, and from whichever folder medlint is
    started; the repository's top folder first, as in a site kept in a folder of a larger
    repository the paths of a baseline stay those of a run from the repository's top."""
    from linter.generators import GENERATOR_FILES

    directory = start if start.is_dir() else start.parent
    for markers in (PROJECT_MARKERS, tuple(GENERATOR_FILES)):
        for folder in (directory, *directory.parents):
            if any((folder / name).exists() for name in markers):
                return folder
    return Path.cwd()


def _pyproject_section(path: Path) -> dict[str, Any] | None:
    import tomllib  # only where a pyproject.toml is met: most runs read none

    try:
        data = tomllib.loads(read_config_text(path, "pyproject.toml"))
        check_shape(data)
    except (tomllib.TOMLDecodeError, UntrustedDataError, RecursionError) as error:
        raise ConfigError(f"{path}: cannot read: {shorten(str(error), 200)}") from None
    section = data.get("tool", {}).get("medlint")
    return section if isinstance(section, dict) else None


def load(path: Path) -> Config:
    """Read and validate one configuration file."""
    if path.name == "pyproject.toml":
        data: Any = _pyproject_section(path) or {}
    else:
        text = read_config_text(path, "configuration")
        try:
            data = load_yaml(text) or {}
        except yaml.YAMLError as error:
            raise ConfigError(f"{path}: not valid YAML: {describe(error)}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping of keys to values")
    return parse(data, root=path.parent, source=path)


def parse(data: Mapping[str, Any], root: Path, source: Path | None = None) -> Config:
    where = str(source) if source else "configuration"
    config = Config(root=root, source=source)
    for raw_key, value in data.items():
        key = str(raw_key).replace("_", "-")
        if key not in TOP_LEVEL_KEYS:
            accepted = ", ".join(sorted(TOP_LEVEL_KEYS))
            raise ConfigError(f"{where}: unknown key {quote(raw_key)} (accepted: {accepted})")
        _set(config, key, value, f"{where}: key {quote(key)}")
    return config


def _set(config: Config, key: str, value: Any, where: str) -> None:
    expect = TOP_LEVEL_KEYS[key]
    if key in ("select", "extend-select", "ignore", "exclude", "packs", "extensions"):
        items = code_list(value, where, expect)
        if key == "packs":
            config.packs = [Path(confined(config.root, item, f"{where}: pack")) for item in items]
        else:
            setattr(config, key.replace("-", "_"), items)
    elif key == "severity":
        config.severity = severities(value, where)
    elif key == "rules":
        config.rules = rule_options(value, where)
    elif key == "per-file-ignores":
        if not isinstance(value, dict):
            raise ConfigError(f"{where} must be {expect}")
        config.per_file_ignores = {
            str(glob): code_list(codes, f"{where}: {quote(glob)}", "a list of codes")
            for glob, codes in value.items()
        }
    elif key == "audiences":
        config.audiences = _audiences(value, where, expect)
    elif key == "fail-on":
        config.fail_on = _severity(value, where)
    elif key == "links":
        if not isinstance(value, dict):
            raise ConfigError(f"{where} must be {expect}")
        from linter.linkcheck.settings import parse_settings

        config.links = {str(k).replace("-", "_"): v for k, v in value.items()}
        parse_settings(config.links, where)  # a mistake is reported now, not mid-run
        if config.links.get("cache"):
            config.links["cache"] = confined(config.root, config.links["cache"], f"{where}: 'cache'")
    elif key == "result-cache":
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where} must be {expect}, not {quote(value)}")
        config.result_cache = Path(confined(config.root, value, where))
    elif key == "docs-url":
        if not isinstance(value, str) or not value.startswith(("https://", "http://")):
            raise ConfigError(f"{where} must be {expect} (an http(s) URL), not {value!r}")
        config.docs_url = value
    elif key == "site":
        from linter.site import parse_site

        config.site = parse_site(value, config.root, where)
    elif key == "prose-fields":
        config.prose_fields = tuple(code_list(value, where, expect))
    elif key == "not-sources":
        config.not_sources = tuple(item.lower().strip() for item in code_list(value, where, expect))
    elif key == "reference-headings":
        config.reference_headings = tuple(code_list(value, where, expect))
    elif key == "dates":
        config.dates = _date_keys(value, where, expect)
    elif key == "max-file-size":
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise ConfigError(f"{where} must be {expect}, not {quote(value)}")
        config.max_file_size = value


def _audiences(value: Any, where: str, expect: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be {expect}")
    for glob, audience in value.items():
        if not isinstance(audience, str) or not audience.strip():
            raise ConfigError(f"{where}: {quote(glob)} must name an audience, not {quote(audience)}")
    return {str(glob): audience.strip() for glob, audience in value.items()}


def _date_keys(value: Any, where: str, expect: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be {expect}")
    keys = {}
    for raw_role, names in value.items():
        role = str(raw_role).replace("-", "_")
        if role not in DATE_ROLES:
            raise ConfigError(f"{where}: unknown role {raw_role!r} (accepted: {', '.join(DATE_ROLES)})")
        keys[role] = tuple(code_list(names, f"{where}: {raw_role!r}", "a list of keys"))
    return keys


def code_list(value: Any, where: str, expect: str = "a list of codes") -> list[str]:
    if isinstance(value, str):
        value = [part.strip() for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where} must be {expect}, not {quote(value)}")
    return value


def _severity(value: Any, where: str) -> Severity:
    try:
        return Severity.parse(str(value))
    except ValueError:
        raise ConfigError(f"{where} must be error, warning or info, not {quote(value)}") from None


def severities(value: Any, where: str) -> dict[str, Severity]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a mapping of rule code to error, warning or info")
    return {str(code): _severity(level, f"{where}: {code}") for code, level in value.items()}


def rule_options(value: Any, where: str) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict) or not all(isinstance(v, dict) for v in value.values()):
        raise ConfigError(f"{where} must be a mapping of rule code to a mapping of options")
    return {str(code): dict(options) for code, options in value.items()}


@dataclass(frozen=True)
class ArticleOverrides:
    """What an article's front matter may change for itself, under the `medlint:` key."""

    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)


def article_overrides(front_matter: Mapping[str, Any]) -> ArticleOverrides:
    value = front_matter.get("medlint")
    if value is None:
        return ArticleOverrides()
    where = "front matter key 'medlint'"
    if not isinstance(value, dict):
        raise ConfigError(f"{where} must be a mapping with {', '.join(FRONT_MATTER_KEYS)}")
    for key in value:
        if key not in FRONT_MATTER_KEYS:
            raise ConfigError(f"{where}: unknown key {quote(key)} "
                              f"(accepted: {', '.join(FRONT_MATTER_KEYS)})")
    return ArticleOverrides(
        ignore=tuple(code_list(value.get("ignore", []), f"{where}: 'ignore'")),
        severity=severities(value.get("severity", {}), f"{where}: 'severity'"),
        rules=rule_options(value.get("rules", {}), f"{where}: 'rules'"),
    )


def matches(code: str, selectors: Iterable[str]) -> bool:
    """A selector is a code or a prefix of codes (CIT, CIT0, CIT001), as in ruff."""
    return any(code.startswith(selector) for selector in selectors)
