"""URL normalisation: one request per distinct URL, however it was written."""

from __future__ import annotations

from typing import NamedTuple
from urllib.parse import SplitResult, urlsplit, urlunsplit

from linter.patterns import lazy_regex

DEFAULT_PORTS = {"http": 80, "https": 443}
# What a host name or IP literal may hold once urlsplit has taken it apart; anything else
# (spaces, control characters, percent signs, quotes) no browser resolves.
HOST_CHARACTERS = lazy_regex(r"[\w.\-:\[\]]+")


class MalformedUrl(ValueError):
    """A URL no client can follow (bad port, bad host, unbalanced brackets): a dead link."""


class Target(NamedTuple):
    """Where a request goes: scheme, host (lower case, no brackets) and port."""

    scheme: str
    host: str
    port: int


def split_fragment(url: str) -> tuple[str, str]:
    """(the URL to request, its fragment). Fragments are never sent to a server."""
    base, _, fragment = url.partition("#")
    return base, fragment


def target(url: str) -> Target:
    """The scheme, host and port of an http(s) URL; MalformedUrl when it has none that works."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise MalformedUrl(str(error)) from None
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS:
        raise MalformedUrl(f"not an http(s) URL ({scheme or 'no scheme'})")
    host = (parts.hostname or "").lower()
    if not host or not HOST_CHARACTERS.fullmatch(host) or host.strip(".") == "":
        raise MalformedUrl(f"no valid host name in {url[:100]!r}")
    return Target(scheme, host, port if port is not None else DEFAULT_PORTS[scheme])


def normalise(url: str) -> str:
    """Scheme and host lower case, default port, credentials and fragment dropped, empty
    path as '/'. Credentials never reach a request, the cache or the output."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return without_credentials(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    return urlunsplit(SplitResult(scheme, netloc, parts.path or "/", parts.query, ""))


def without_credentials(url: str) -> str:
    """The URL with any `user:password@` removed, as written otherwise (also when malformed)."""
    scheme, separator, rest = url.partition("://")
    if not separator:
        return url
    authority_end = len(rest)
    for stop in "/?#":
        index = rest.find(stop)
        if index != -1:
            authority_end = min(authority_end, index)
    authority = rest[:authority_end]
    if "@" not in authority:
        return url
    return f"{scheme}://{authority.rpartition('@')[2]}{rest[authority_end:]}"


def is_remote(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
