"""Connections the link checker controls: to the address it checked, and cut at a deadline.

requests times out each socket read, not a request: a server sending one byte a second never
trips a read timeout. Every socket a check opens or reuses is registered with a `Watch`, and
the `Watchdog` thread shuts the sockets down when the check's deadline passes (or the run
stops), so the blocked read returns at once. Host names are resolved once, by the checker's
`Resolver`; the adapter connects only to the addresses that the private-address guard saw
(pinned per host), so a name that answers differently a moment later (DNS rebinding) cannot
slip past it. TLS still verifies the certificate against the host name (SNI unchanged).
Requests through a proxy (HTTP(S)_PROXY) go to the proxy, which resolves the name itself.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Sequence
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util.timeout import _DEFAULT_TIMEOUT

from linter.linkcheck.safety import Address


class Watch:
    """The sockets of one URL check, shut down once its deadline passes."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            if not self.fired:
                self._sockets.append(sock)
                return
        _shut(sock)

    def fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed
        sock.shutdown(socket.SHUT_RDWR)


class Watchdog:
    """One thread for a run's link phase, firing each watch at its deadline."""

    def __init__(self) -> None:
        self._watches: set[Watch] = set()
        self._condition = threading.Condition()
        self._stopped = False
        self._thread: threading.Thread | None = None

    def watch(self, deadline: float) -> Watch:
        watch = Watch(deadline)
        with self._condition:
            if self._stopped:
                watch.fire()
                return watch
            self._watches.add(watch)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="medlint-link-watchdog",
                                                daemon=True)
                self._thread.start()
            self._condition.notify()
        return watch

    def release(self, watch: Watch) -> None:
        with self._condition:
            self._watches.discard(watch)

    def stop(self) -> None:
        """Fire every watch, now and from now on: the run is ending."""
        with self._condition:
            self._stopped = True
            watches, self._watches = self._watches, set()
            self._condition.notify()
        for watch in watches:
            watch.fire()

    def _run(self) -> None:
        with self._condition:
            while not self._stopped:
                now = time.monotonic()
                due = [watch for watch in self._watches if watch.deadline <= now]
                for watch in due:
                    self._watches.discard(watch)
                    watch.fire()
                upcoming = min((watch.deadline for watch in self._watches), default=None)
                self._condition.wait(None if upcoming is None else max(0.0, upcoming - now))


class PinnedAdapter(HTTPAdapter):
    """An HTTPAdapter whose connections go to pinned addresses and report to a watch."""

    def __init__(self) -> None:
        self.pins: dict[str, Sequence[Address]] = {}
        self.current: Watch | None = None
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _pool_classes(self)

    def connect(self, host: str, port: int, timeout: Any, source_address: Any,
                options: Any) -> socket.socket:
        addresses = self.pins.get(host.strip("[]").lower())
        if not addresses:  # every request is guarded first: a host it did not see is a bug
            raise NewConnectionError(None, f"{host} was not checked by the address guard")  # type: ignore[arg-type]
        sock = _connect_any(addresses, port, timeout, source_address, options)
        self.register(sock)
        return sock

    def register(self, sock: socket.socket | None) -> None:
        if sock is not None and self.current is not None:
            self.current.add(sock)


def _connect_any(addresses: Sequence[Address], port: int, timeout: Any, source_address: Any,
                 options: Any) -> socket.socket:
    """Connect to the first address that answers, as socket.create_connection does."""
    last: OSError | None = None
    for address in addresses:
        family = socket.AF_INET6 if address.version == 6 else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            for option in options or ():
                sock.setsockopt(*option)
            if timeout is not _DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect((str(address), port))
            return sock
        except TimeoutError as error:
            sock.close()
            raise ConnectTimeoutError(None, f"connection to {address} timed out") from error
        except OSError as error:
            sock.close()
            last = error
    raise NewConnectionError(None, f"Failed to establish a new connection: {last}")  # type: ignore[arg-type]


class _PinnedConnection:
    """Mixed into urllib3's connection classes: sockets come from the adapter."""

    adapter: PinnedAdapter
    host: str
    port: int
    timeout: Any
    source_address: Any
    socket_options: Any
    sock: socket.socket | None

    def _new_conn(self) -> socket.socket:
        return self.adapter.connect(self.host, self.port, self.timeout, self.source_address,
                                    self.socket_options)

    def request(self, *args: Any, **kwargs: Any) -> None:
        self.adapter.register(self.sock)  # a kept-alive connection answers to this check too
        super().request(*args, **kwargs)  # type: ignore[misc]


def _pool_classes(adapter: PinnedAdapter) -> dict[str, type[HTTPConnectionPool]]:
    http = type("PinnedHTTPConnection", (_PinnedConnection, HTTPConnection), {"adapter": adapter})
    https = type("PinnedHTTPSConnection", (_PinnedConnection, HTTPSConnection), {"adapter": adapter})
    return {"http": type("PinnedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http}),
            "https": type("PinnedHTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https})}


def new_session(user_agent: str) -> tuple[requests.Session, PinnedAdapter]:
    session = requests.Session()
    session.headers["User-Agent"] = user_agent
    session.headers["Accept"] = "text/html,application/xhtml+xml,*/*;q=0.8"
    adapter = PinnedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session, adapter
