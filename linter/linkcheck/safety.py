"""Keep the checker off internal networks: an archive from outside must not make medlint probe
loopback, private, link-local or cloud-metadata addresses."""

from __future__ import annotations

import ipaddress
import socket


class Unresolvable(Exception):
    """The host name does not resolve; `temporary` when the resolver could not be asked."""

    def __init__(self, reason: str, temporary: bool = False) -> None:
        super().__init__(reason)
        self.temporary = temporary


# The resolver's "try again later" answers: no DNS server reachable, not a missing name.
TEMPORARY_FAILURES = {getattr(socket, name) for name in ("EAI_AGAIN", "EAI_FAIL", "EAI_SYSTEM")
                      if hasattr(socket, name)}


def blocked_address(host: str, port: int) -> str | None:
    """The first address of host that is not public, or None when all are public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise Unresolvable(str(error.strerror or error), error.errno in TEMPORARY_FAILURES) from None
    except UnicodeError as error:
        raise Unresolvable(f"invalid host name ({error})") from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if (address.is_private or address.is_loopback or address.is_link_local
                or address.is_reserved or address.is_multicast or address.is_unspecified):
            return str(address)
    return None
