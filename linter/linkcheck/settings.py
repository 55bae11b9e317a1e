"""The link checker's settings: the `links:` section of the configuration."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from linter import __version__
from linter.errors import ConfigError
from linter.options import OptionSpec

SPECS = {
    "concurrency": OptionSpec("int", 8, "requests in flight in all"),
    "per_host": OptionSpec("int", 2, "requests in flight to one host"),
    "min_gap": OptionSpec("float", 0.2, "seconds between two requests to one host"),
    "connect_timeout": OptionSpec("float", 5.0, "seconds to connect"),
    "read_timeout": OptionSpec("float", 10.0, "seconds to wait for data"),
    "deadline": OptionSpec("float", 30.0, "seconds one URL may take in all, retries included"),
    "budget": OptionSpec("float", 300.0, "seconds the whole link phase may take; URLs not "
                                         "checked by then are reported unverified"),
    "retries": OptionSpec("int", 2, "tries after the first, where a retry can help"),
    "backoff": OptionSpec("float", 0.5, "first retry delay in seconds; doubles, with jitter"),
    "retry_after_cap": OptionSpec("float", 30.0, "longest Retry-After honoured, in seconds"),
    "max_redirects": OptionSpec("int", 10, "redirect hops before giving up"),
    "max_body_bytes": OptionSpec("int", 2 * 1024 * 1024, "bytes read to find a #fragment"),
    "throttle_limit": OptionSpec("int", 3, "URLs a host may answer 429 to before it is left alone"),
    "accept": OptionSpec("list", [], "HTTP status codes that count as fine"),
    "exclude": OptionSpec("list[regex]", [], "URLs matching these are not checked"),
    "hosts": OptionSpec("dict", {}, "per-host overrides: host -> {accept, per_host, min_gap}"),
    "allow_private": OptionSpec("bool", False, "allow loopback and private addresses"),
    "check_https": OptionSpec("bool", True, "for http:// links, try the https:// form"),
    "cache": OptionSpec("str", "", "the cache file (default: the user cache folder)"),
    "cache_ok_days": OptionSpec("float", 7.0, "days a success is reused"),
    "cache_dead_days": OptionSpec("float", 1.0, "days a dead result is reused"),
    "user_agent": OptionSpec("str", f"medlint/{__version__} (link checker for health articles)"),
}
HOST_KEYS = {"accept", "per_host", "min_gap"}


@dataclass(frozen=True)
class LinkSettings:
    concurrency: int = 8
    per_host: int = 2
    min_gap: float = 0.2
    connect_timeout: float = 5.0
    read_timeout: float = 10.0
    deadline: float = 30.0
    budget: float = 300.0
    retries: int = 2
    backoff: float = 0.5
    retry_after_cap: float = 30.0
    max_redirects: int = 10
    max_body_bytes: int = 2 * 1024 * 1024
    throttle_limit: int = 3
    accept: tuple[int, ...] = ()
    exclude: tuple[str, ...] = ()
    hosts: dict[str, dict[str, Any]] = field(default_factory=dict)
    allow_private: bool = False
    check_https: bool = True
    cache: str = ""
    cache_ok_days: float = 7.0
    cache_dead_days: float = 1.0
    user_agent: str = SPECS["user_agent"].default

    def for_host(self, host: str, key: str) -> Any:
        return self.hosts.get(host, {}).get(key, getattr(self, key))

    def cache_path(self) -> Path:
        from linter.paths import user_cache_dir

        return Path(self.cache) if self.cache else user_cache_dir() / "links.sqlite"


def parse_settings(values: dict[str, Any], where: str = "configuration: key 'links'") -> LinkSettings:
    checked: dict[str, Any] = {}
    for key, value in values.items():
        spec = SPECS.get(key)
        if spec is None:
            raise ConfigError(f"{where}: unknown option {key!r} (accepted: {', '.join(sorted(SPECS))})")
        try:
            checked[key] = spec.check(value)
        except ValueError as error:
            raise ConfigError(f"{where}: option {key!r} {error}") from None
    if "accept" in checked:
        if not all(isinstance(code, int) for code in checked["accept"]):
            raise ConfigError(f"{where}: option 'accept' must be a list of HTTP status codes")
        checked["accept"] = tuple(checked["accept"])
    if "exclude" in checked:
        checked["exclude"] = tuple(checked["exclude"])
    for host, overrides in checked.get("hosts", {}).items():
        if not isinstance(overrides, dict) or set(overrides) - HOST_KEYS:
            raise ConfigError(f"{where}: hosts: {host!r} takes {', '.join(sorted(HOST_KEYS))}")
    names = {f.name for f in fields(LinkSettings)}
    return LinkSettings(**{k: v for k, v in checked.items() if k in names})
