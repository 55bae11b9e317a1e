"""Keep the checker off internal networks: an archive from outside must not make medlint probe
loopback, private, link-local, carrier-grade NAT, cloud-metadata or any other special-purpose
address of the IANA registries (what `ipaddress` calls not global)."""

from __future__ import annotations

import ipaddress
import socket

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


def blocked_address(host: str, port: int) -> str | None:
    """The first address of host that is not public, or None when all are public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise Unresolvable(str(error.strerror or error), error.errno in TEMPORARY_FAILURES) from None
    except UnicodeError as error:
        raise Unresolvable(f"invalid host name ({error})") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not is_public(address):
            return str(address)
    return None
