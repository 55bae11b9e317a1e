"""Checking one URL over HTTP, the way lychee does: carefully, and within bounds.

GET with stream=True reads the headers only, unless a #fragment must be found in the body,
and then never more than max_body_bytes. Redirects are followed here, not by requests, so
each hop is checked against private addresses and loops are caught. Retries happen only where
they can help (timeouts, resets, 408, 429, 5xx), with exponential backoff and jitter, honouring
Retry-After; never for 404, 410, unresolvable names or TLS failures. The deadline holds for the
whole check, waits, retries, redirects and slow servers included (see transport.py).
"""

from __future__ import annotations

import email.utils
import random
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from urllib.parse import urljoin, urlsplit

import requests

from linter.linkcheck.result import Result
from linter.linkcheck.safety import Resolver, Unresolvable, is_public
from linter.linkcheck.settings import LinkSettings
from linter.linkcheck.transport import PinnedAdapter, Watch, Watchdog
from linter.linkcheck.urls import MalformedUrl, Target, normalise, target, without_credentials

RETRY_STATUSES = {408, 429, 500, 502, 503, 504}
DEAD_STATUSES = {404, 410}
BOT_WALL_STATUSES = {401, 403, 412, 999}
PERMANENT_REDIRECTS = {301, 308}
REDIRECTS = {301, 302, 303, 307, 308}
ANCHOR = re.compile(rb"""\b(?:id|name)\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
MAX_ANCHORS = 5000
WAIT_SLICE = 0.2  # seconds a waiting check sleeps before looking whether the run is stopping


class _Gave(Exception):
    """A request ended in a final result (dead or unverified) before any response."""

    def __init__(self, result: Result) -> None:
        self.result = result


@dataclass
class Phase:
    """What every URL check of one link phase shares: its limits and its stop switch."""

    settings: LinkSettings
    ends: float  # time.monotonic() at which the phase's budget runs out
    resolver: Resolver = field(default_factory=Resolver)
    watchdog: Watchdog = field(default_factory=Watchdog)
    stop: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self.gates = HostGates(self.settings, self.stop)

    def out_of_budget(self) -> Result:
        return Result("unverified", f"not checked: the link phase used its budget of "
                                    f"{self.settings.budget:g} s (links.budget)")


class HostGates:
    """At most `per_host` requests in flight to one host, and `min_gap` seconds between starts."""

    def __init__(self, settings: LinkSettings, stop: threading.Event) -> None:
        self.settings = settings
        self.stop = stop
        self._lock = threading.Lock()
        self._semaphores: dict[str, threading.Semaphore] = {}
        self._next_start: dict[str, float] = {}

    @contextmanager
    def slot(self, host: str, deadline: float) -> Iterator[bool]:
        """Yields whether a slot was had before the deadline (or the run stopping)."""
        with self._lock:
            semaphore = self._semaphores.setdefault(
                host, threading.Semaphore(max(1, int(self.settings.for_host(host, "per_host")))))
        while not semaphore.acquire(timeout=WAIT_SLICE):
            if self.stop.is_set() or time.monotonic() >= deadline:
                yield False
                return
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next_start.get(host, now))
                self._next_start[host] = start + float(self.settings.for_host(host, "min_gap"))
            if start > now:
                self.stop.wait(min(start, deadline) - now)
            yield not self.stop.is_set() and time.monotonic() < deadline
        finally:
            semaphore.release()


class UrlCheck:
    """One URL: its redirect chain, retries, and what it comes to, within its deadline."""

    def __init__(self, session: requests.Session, adapter: PinnedAdapter, phase: Phase) -> None:
        self.session = session
        self.adapter = adapter
        self.phase = phase
        self.settings = phase.settings

    def run(self, url: str, fragments: frozenset[str]) -> Result:
        own = time.monotonic() + self.settings.deadline
        self.deadline = min(own, self.phase.ends)
        self.by_budget = self.phase.ends < own
        self.watch: Watch = self.phase.watchdog.watch(self.deadline)
        self.adapter.current = self.watch
        try:
            try:
                result = self._follow(url, fragments)
            except _Gave as gave:
                result = gave.result
            if self.settings.check_https and url.startswith("http://") and result.outcome in ("ok", "moved"):
                result = replace(result, https_works=self._https_works("https://" + url[7:]))
            return result
        finally:
            self.adapter.current = None
            self.phase.watchdog.release(self.watch)

    def _out_of_time(self, last: str, tries: int) -> _Gave:
        if self.by_budget:
            return _Gave(self.phase.out_of_budget())
        tried = f", {tries} {'try' if tries == 1 else 'tries'}" if tries else ""
        return _Gave(Result("unverified", f"{last or 'no answer'}; gave up after "
                                          f"{self.settings.deadline:g} s{tried} (links.deadline)"))

    def _follow(self, url: str, fragments: frozenset[str]) -> Result:
        current, visited, permanent = url, {normalise(url)}, False
        for hop in range(self.settings.max_redirects + 1):
            response, tries = self._get(current)
            status = response.status_code
            location = response.headers.get("Location")
            if status in REDIRECTS and location:
                response.close()
                permanent = permanent or status in PERMANENT_REDIRECTS
                current = _redirect_target(current, location)
                if normalise(current) in visited:
                    return Result("dead", f"redirect loop after {hop + 1} hops "
                                          f"({without_credentials(current)})", status)
                visited.add(normalise(current))
                continue
            return self._classify(response, tries, url, current, permanent, fragments)
        return Result("dead", f"more than {self.settings.max_redirects} redirects")

    def _classify(self, response: requests.Response, tries: int, url: str, final: str,
                  permanent: bool, fragments: frozenset[str]) -> Result:
        status = response.status_code
        host = (urlsplit(final).hostname or "").lower()
        label = f"{status} {response.reason or _phrase(status)}".strip()
        accepted = set(self.settings.for_host(host, "accept"))
        try:
            if 200 <= status < 300 or status in accepted:
                anchors = self._anchors(response, fragments)
                if permanent and normalise(final) != normalise(url):
                    final = without_credentials(final)
                    return Result("moved", f"moved permanently to {final}", status, final, anchors)
                return Result("ok", label, status, None, anchors)
        finally:
            response.close()
        after = f" after {tries} tries" if tries > 1 else ""
        if response.headers.get("cf-mitigated"):
            return Result("unverified", f"{label}: a Cloudflare bot challenge", status)
        if status in DEAD_STATUSES:
            return Result("dead", label, status)
        if status in BOT_WALL_STATUSES:
            return Result("unverified", f"{label}: the site refuses automated checks", status)
        if status == 429:
            return Result("unverified", f"{label}{after}", status, throttled=True)
        if status >= 500 or status in RETRY_STATUSES:
            return Result("unverified", f"{label}{after}", status)
        return Result("dead", label, status)

    def _anchors(self, response: requests.Response, fragments: frozenset[str]) -> frozenset[str] | None:
        try:
            return _read_anchors(response, fragments, self.settings.max_body_bytes)
        except requests.exceptions.RequestException:
            if self.watch.fired:
                raise self._out_of_time("the page was still arriving", 0) from None
            raise _Gave(Result("unverified", "the connection broke while reading the page, so "
                                             "its #anchors could not be checked")) from None

    def _get(self, url: str) -> tuple[requests.Response, int]:
        """GET with retries; a response to classify, or _Gave with the final result."""
        host = self._guard(url).host
        tries, last = 0, ""
        while True:
            tries += 1
            remaining = self.deadline - time.monotonic()
            if remaining <= 0 or self.watch.fired:
                raise self._out_of_time(last, tries - 1)
            timeout = (min(self.settings.connect_timeout, remaining),
                       min(self.settings.read_timeout, remaining))
            try:
                with self.phase.gates.slot(host, self.deadline) as had_slot:
                    if not had_slot:
                        raise self._out_of_time(last or f"waited for a turn at {host}", tries - 1)
                    response = self.session.get(url, stream=True, allow_redirects=False,
                                                timeout=timeout)
            except requests.exceptions.SSLError as error:
                if self.watch.fired:
                    raise self._out_of_time(last, tries) from None
                raise _Gave(Result("dead", f"TLS failure: {_tls_reason(error)}")) from None
            except requests.exceptions.Timeout:
                last = f"timed out after {self.settings.read_timeout:g} s"
            except requests.exceptions.ConnectionError as error:
                if self.watch.fired:
                    raise self._out_of_time(last, tries) from None
                if _is_refused(error):
                    raise _Gave(Result("dead", "connection refused")) from None
                last = "connection reset"
            except requests.exceptions.RequestException as error:
                if self.watch.fired:
                    raise self._out_of_time(last, tries) from None
                raise _Gave(Result("dead", f"invalid URL: {error}")) from None
            except ValueError as error:  # requests parses a redirect's Location even when not following
                raise _Gave(Result("dead", f"redirect to a URL no client can follow: {error}")) from None
            else:
                if response.status_code not in RETRY_STATUSES or tries > self.settings.retries:
                    return response, tries
                wait = _retry_after(response, self.settings.retry_after_cap)
                if wait is None:
                    wait = self._backoff(tries)
                if time.monotonic() + wait > self.deadline:
                    return response, tries
                response.close()
                self._pause(wait)
                continue
            if self.watch.fired:
                raise self._out_of_time(last, tries)
            if tries > self.settings.retries:
                raise _Gave(Result("unverified", f"{last}, {tries} tries"))
            self._pause(self._backoff(tries))

    def _pause(self, seconds: float) -> None:
        if self.phase.stop.wait(min(seconds, max(0.0, self.deadline - time.monotonic()))):
            raise _Gave(Result("unverified", "not checked: the run was stopped"))

    def _backoff(self, tries: int) -> float:
        base = self.settings.backoff * (2 ** (tries - 1))
        return base + random.uniform(0, base / 2)

    def _guard(self, url: str) -> Target:
        """Resolve the host once, refuse addresses that are not public, and pin the request
        to the addresses checked here."""
        try:
            where = target(url)
        except MalformedUrl as error:
            raise _Gave(Result("dead", f"malformed URL: {error}")) from None
        remaining = self.deadline - time.monotonic()
        try:
            addresses = self.phase.resolver.lookup(where.host, where.port, remaining)
        except Unresolvable as error:
            if error.temporary:  # no answer from DNS says nothing about the link
                if time.monotonic() >= self.deadline:
                    raise self._out_of_time(f"could not look up {where.host} ({error})", 0) from None
                raise _Gave(Result("unverified", f"could not look up {where.host} ({error})")) from None
            raise _Gave(Result("dead", f"the name {where.host} does not resolve ({error})",
                               unresolved_name=True)) from None
        blocked = next((address for address in addresses if not is_public(address)), None)
        if blocked is not None and not self.settings.allow_private:
            raise _Gave(Result("unverified", f"not checked: {where.host} is a private or "
                                             f"loopback address ({blocked}); see links.allow_private"))
        self.adapter.pins[where.host] = addresses
        return where

    def _https_works(self, url: str) -> bool | None:
        """Whether the https:// form answers below 400; None when there is no time left to ask."""
        try:
            host = self._guard(url).host
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                return None
            with self.phase.gates.slot(host, self.deadline) as had_slot:
                if not had_slot:
                    return None
                response = self.session.get(url, stream=True, allow_redirects=False,
                                            timeout=(min(self.settings.connect_timeout, remaining),
                                                     min(self.settings.read_timeout, remaining)))
            response.close()
            return response.status_code < 400
        except (_Gave, requests.exceptions.RequestException, ValueError):
            return None if self.watch.fired else False


def _redirect_target(current: str, location: str) -> str:
    """Where a redirect leads; a Location no client can follow makes the link dead."""
    try:
        following = urljoin(current, location)
        target(following)
    except ValueError as error:  # MalformedUrl included
        raise _Gave(Result("dead", f"redirect to a URL no client can follow: {error}")) from None
    return following


def _read_anchors(response: requests.Response, wanted: frozenset[str], limit: int) -> frozenset[str] | None:
    """The ids and names on an HTML page, reading at most `limit` bytes; None if not read."""
    content_type = response.headers.get("Content-Type", "")
    if not wanted or ("html" not in content_type and content_type):
        return None
    found: set[str] = set()
    read = 0
    tail = b""
    for chunk in response.iter_content(chunk_size=64 * 1024):
        read += len(chunk)
        data = tail + chunk
        found.update(m.decode("utf-8", "replace") for m in ANCHOR.findall(data))
        tail = data[-256:]
        if wanted <= found or read >= limit or len(found) > MAX_ANCHORS:
            break
    return frozenset(found)


def _retry_after(response: requests.Response, cap: float) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    if not value:
        return None
    if value.isdigit():
        return min(float(value), cap)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, min(when.timestamp() - time.time(), cap))


def _is_refused(error: Exception) -> bool:
    seen: Exception | None = error
    while seen is not None:
        if isinstance(seen, ConnectionRefusedError) or "Connection refused" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__  # type: ignore[assignment]
    return False


def _tls_reason(error: Exception) -> str:
    text = str(error)
    match = re.search(r"certificate verify failed: ([^(\"')]+)", text)
    if match:
        return f"certificate verify failed: {match.group(1).strip()}"
    return "certificate verify failed" if "CERTIFICATE_VERIFY_FAILED" in text else text[:200]


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
