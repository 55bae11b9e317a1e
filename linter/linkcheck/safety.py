"""Keep the checker off internal networks: an archive from outside must not make medlint probe
loopback, private, link-local, carrier-grade NAT, cloud-metadata or any other special-purpose
address of the IANA registries (what `ipaddress` calls not global)."""

from __future__ import annotations

import ipaddress
import socket
import threading

Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# Special-purpose blocks Python 3.11's tables still call global (fixed in later versions).
NOT_GLOBAL = (ipaddress.ip_network("192.0.0.0/24"), ipaddress.ip_network("64:ff9b:1::/48"))
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class Unresolvable(Exception):
    """The host name does not resolve; `temporary` when the resolver could not be asked."""

    def __init__(self, reason: str, temporary: bool = False) -> None:
        super().__init__(reason)
        self.temporary = temporary


# The resolver's "try again later" answers: no DNS server reachable, not a missing name.
TEMPORARY_FAILURES = {getattr(socket, name) for name in ("EAI_AGAIN", "EAI_FAIL", "EAI_SYSTEM")
                      if hasattr(socket, name)}


def is_public(address: Address) -> bool:
    """A global unicast address, also when it is an IPv6 form that embeds an IPv4 one
    (mapped, compatible, 6to4, Teredo, NAT64): those reach the embedded address."""
    if not address.is_global or address.is_multicast:
        return False
    if any(address.version == network.version and address in network for network in NOT_GLOBAL):
        return False
    if isinstance(address, ipaddress.IPv6Address):
        return all(is_public(inner) for inner in _embedded(address))
    return True


def _embedded(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    inner = [address.ipv4_mapped, address.sixtofour, *(address.teredo or ())]
    if address in NAT64 or int(address) >> 32 == 0:
        inner.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return [found for found in inner if found is not None]


# Names every machine answers from its hosts file: their resolving says nothing about DNS.
LOCAL_NAMES = ("localhost",)


class Resolver:
    """Looks each host up once per run, within a time bound, and connects nothing itself.

    A resolver with no DNS behind it (a sandbox, a laptop offline) can answer "no such name"
    for every name, so that answer is evidence of a dead link only when the resolver is known
    to work: when another name resolved in the same run (`works`)."""

    def __init__(self) -> None:
        self.works = False
        self._answers: dict[str, list[Address] | Unresolvable] = {}
        self._lock = threading.Lock()

    def lookup(self, host: str, port: int, timeout: float) -> list[Address]:
        """The addresses of host (an IP literal is its own); Unresolvable when there are none."""
        try:
            return [ipaddress.ip_address(host.split("%")[0])]
        except ValueError:
            pass
        with self._lock:
            answer = self._answers.get(host)
        if answer is None:
            answer = _ask(host, port, timeout)
            with self._lock:
                self._answers.setdefault(host, answer)
                if not isinstance(answer, Unresolvable) and not _is_local_name(host):
                    self.works = True
        if isinstance(answer, Unresolvable):
            raise answer
        return answer


def _is_local_name(host: str) -> bool:
    name = host.rstrip(".")
    return name in LOCAL_NAMES or name.endswith(".localhost")


def _ask(host: str, port: int, timeout: float) -> list[Address] | Unresolvable:
    """getaddrinfo in a daemon thread: a resolver that never answers cannot hold the run (or
    its exit) past the timeout."""
    answer: list[Address | Unresolvable] = []
    done = threading.Event()

    def ask() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            answer.extend(ipaddress.ip_address(str(info[4][0]).split("%")[0]) for info in infos)
        except socket.gaierror as error:
            answer.append(Unresolvable(str(error.strerror or error), error.errno in TEMPORARY_FAILURES))
        except (UnicodeError, ValueError) as error:
            answer.append(Unresolvable(f"invalid host name ({error})"))
        done.set()

    threading.Thread(target=ask, name="medlint-dns", daemon=True).start()
    if not done.wait(max(0.0, timeout)):
        return Unresolvable(f"no answer from DNS within {timeout:.3g} s", temporary=True)
    failed = [item for item in answer if isinstance(item, Unresolvable)]
    if failed:
        return failed[0]
    return [item for item in answer if not isinstance(item, Unresolvable)] or Unresolvable("no address")
