"""URL normalisation: one request per distinct URL, however it was written."""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def split_fragment(url: str) -> tuple[str, str]:
    """(the URL to request, its fragment). Fragments are never sent to a server."""
    base, _, fragment = url.partition("#")
    return base, fragment


def normalise(url: str) -> str:
    """Scheme and host lower case, default port and fragment dropped, empty path as '/'."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}{':' + parts.password if parts.password else ''}@{netloc}"
    return urlunsplit(SplitResult(scheme, netloc, parts.path or "/", parts.query, ""))


def is_remote(url: str) -> bool:
    return url.lower().startswith(("http://", "https://"))


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""
