"""SSRF guard: which addresses the crawler may connect to, checked where it connects.

The check sits in the network backend under httpx (``GuardedBackend.connect_tcp``):
the host name is resolved once, every address it resolves to is checked, and the
socket is opened to a checked address itself, so a DNS answer that changes between
the check and the connect (DNS rebinding) cannot reach anything else. TLS still
verifies the certificate against the host name (httpcore passes it as SNI), and the
``Host`` header still names the host. Redirect hops, robots.txt and retries all
connect through the same backend, so each new connection is checked.

Refused by default: private (10/8, 172.16/12, 192.168/16), loopback (127/8, ::1),
link-local (169.254/16 with the cloud metadata address, fe80::/10), CGNAT
(100.64/10), ULA (fc00::/7), unspecified, multicast, reserved and
documentation ranges, IPv4-mapped / NAT64 / 6to4 / Teredo IPv6 forms of any of
those. Numeric host forms (``2851995902``, ``0xa9fea9fe``) are what the resolver
makes of them, so they are checked as the address they are.
"""

from __future__ import annotations

import asyncio
import ipaddress
import re
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

import httpcore
import httpx

from cleaner.errors import UsageError

__all__ = [
    "AddressPolicy",
    "BlockedAddress",
    "GuardedBackend",
    "check_literal",
    "guarded_transport",
    "host_matches",
    "numeric_host",
    "parse_targets",
]

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], Awaitable[list[str]]]

# Ranges the ipaddress flags miss or that we name explicitly for the message.
_CGNAT = ipaddress.ip_network("100.64.0.0/10")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")
_HOST_NAME = re.compile(r"^[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?$")


class BlockedAddress(Exception):
    """A connection the address policy refuses (not an OSError: it is never retried)."""

    def __init__(self, host: str, address: str, why: str) -> None:
        super().__init__(f"{host} resolves to {address} ({why})")
        self.host = host
        self.address = address
        self.why = why


def parse_targets(items: Iterable[str], what: str) -> tuple[tuple[IPNetwork, ...], tuple[str, ...]]:
    """Split allow/deny entries into networks (IP or CIDR) and host names (``example.com``, ``*.corp.example``)."""
    nets: list[IPNetwork] = []
    hosts: list[str] = []
    for item in items:
        text = item.strip().lower() if isinstance(item, str) else ""
        try:
            nets.append(ipaddress.ip_network(text, strict=False))
            continue
        except ValueError:
            pass
        name = text[2:] if text.startswith("*.") else text.lstrip(".")
        if not name or not _HOST_NAME.match(name):
            raise UsageError(
                f"{what}: {item!r} is neither an IP address / CIDR (10.0.0.0/8, fd00::/8) nor a host name "
                "(intranet.example, *.corp.example)"
            )
        hosts.append(text if text.startswith("*.") else name)
    return tuple(nets), tuple(hosts)


def host_matches(host: str, patterns: Iterable[str]) -> bool:
    """``host`` equals a pattern, or is under a ``*.name`` pattern (``name`` itself included)."""
    host = host.lower().rstrip(".")
    for pattern in patterns:
        if pattern.startswith("*."):
            base = pattern[2:]
            if host == base or host.endswith("." + base):
                return True
        elif host == pattern:
            return True
    return False


def _embedded_v4(addr: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 address stands for (mapped, NAT64, 6to4, Teredo, compatible), if any."""
    if addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    if addr in _NAT64 or addr in _NAT64_LOCAL:
        return ipaddress.IPv4Address(int(addr) & 0xFFFFFFFF)
    if addr.sixtofour is not None:
        return addr.sixtofour
    if addr.teredo is not None:
        return addr.teredo[1]
    if int(addr) >> 32 == 0 and int(addr) > 1:  # deprecated IPv4-compatible ::a.b.c.d
        return ipaddress.IPv4Address(int(addr))
    return None


def special_range(addr: IPAddress) -> str | None:
    """Why ``addr`` is not a public unicast address (None when it is)."""
    if isinstance(addr, ipaddress.IPv6Address):
        inner = _embedded_v4(addr)
        if inner is not None:
            why = special_range(inner)
            return f"IPv6 form of {inner}, {why}" if why else None
        if addr.scope_id:
            return "scoped IPv6 address"
    if addr.is_unspecified:
        return "unspecified"
    if addr.is_loopback:
        return "loopback"
    if addr.is_link_local:
        return "link-local" + (" / cloud metadata" if str(addr) == "169.254.169.254" else "")
    if addr.is_multicast:
        return "multicast"
    if isinstance(addr, ipaddress.IPv4Address) and addr in _CGNAT:
        return "carrier-grade NAT (100.64.0.0/10)"
    if isinstance(addr, ipaddress.IPv6Address) and addr in ipaddress.IPv6Network("fc00::/7"):
        return "unique local (fc00::/7)"
    if addr.is_reserved:
        return "reserved"
    if addr.is_private or not addr.is_global:
        return "private"
    return None


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Where the crawler may connect. Deny entries win over allow entries, allow entries over the built-in ranges."""

    allow_private: bool = False
    allow_networks: tuple[IPNetwork, ...] = ()
    deny_networks: tuple[IPNetwork, ...] = ()
    allow_hosts: tuple[str, ...] = ()
    """Host names that may resolve to private addresses (intranet hosts)."""
    deny_hosts: tuple[str, ...] = ()
    """Host names never fetched."""

    def host_refusal(self, host: str) -> str | None:
        """Why ``host`` is refused by name (a deny entry), or None."""
        if host_matches(host, self.deny_hosts):
            return "a denied host"
        return None

    def refusal(self, address: str, host: str = "") -> str | None:
        """Why connecting to ``address`` (for ``host``) is refused, or None if it is allowed."""
        try:
            addr = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return "not an IP address"
        candidates: list[IPAddress] = [addr]
        if isinstance(addr, ipaddress.IPv6Address):
            inner = _embedded_v4(addr)
            if inner is not None:
                candidates.append(inner)
        for net in self.deny_networks:
            if any(a.version == net.version and a in net for a in candidates):
                return f"in the denied network {net}"
        for net in self.allow_networks:
            if any(a.version == net.version and a in net for a in candidates):
                return None
        if self.allow_private or (host and host_matches(host, self.allow_hosts)):
            return None
        why = special_range(addr)
        return f"{why}; refused by the SSRF guard" if why else None


async def _system_resolve(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]


resolve: Resolver = _system_resolve
"""Name → addresses (a module attribute so a test can stand in for DNS, e.g. to play a rebinding answer)."""


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend that resolves, checks and connects to the checked address."""

    def __init__(self, policy: AddressPolicy) -> None:
        self.policy = policy
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        literal = numeric_host(host)
        try:
            async with asyncio.timeout(timeout):
                addresses = [literal] if literal is not None else await resolve(host, port)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} took over {timeout}s") from None
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        if not addresses:
            raise httpcore.ConnectError(f"{host}: no address associated with hostname")
        for address in dict.fromkeys(addresses):
            why = self.policy.refusal(address, host)
            if why is not None:
                raise BlockedAddress(host, address, why)
        last: Exception | None = None
        for address in dict.fromkeys(addresses):
            try:
                return await self._inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError(f"{path}: unix sockets are not used by the crawler")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


def numeric_host(host: str) -> str | None:
    """The address a numeric host stands for, as a browser reads it (WHATWG URL IPv4 parser), else None.

    ``2851995902``, ``0xa9fea9fe``, ``0251.0376.0251.0376``, ``169.254.43518`` are all 169.254.169.254;
    ``[::ffff:a9fe:a9fe]`` is an IPv6 address. The C library does not read every form alike, so the
    guard checks and connects to this reading rather than asking the resolver.
    """
    text = host.strip("[]")
    try:
        return str(ipaddress.ip_address(text.split("%", 1)[0]))
    except ValueError:
        pass
    parts = text.split(".")
    if parts and parts[-1] == "" and len(parts) > 1:
        parts.pop()
    if not 1 <= len(parts) <= 4:
        return None
    numbers: list[int] = []
    for part in parts:
        low = part.lower()
        try:
            if low.startswith("0x"):
                numbers.append(int(low[2:] or "0", 16))
            elif len(low) > 1 and low.startswith("0"):
                numbers.append(int(low[1:], 8))
            else:
                numbers.append(int(low, 10) if low.isdigit() else -1)
        except ValueError:
            return None
        if numbers[-1] < 0:
            return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return str(ipaddress.IPv4Address(value))


def check_literal(host: str, policy: AddressPolicy) -> BlockedAddress | None:
    """A refusal for a host that is an IP address in any numeric form (before any request), else None."""
    address = numeric_host(host)
    if address is None:
        return None
    why = policy.refusal(address, host)
    return BlockedAddress(host, address, why) if why is not None else None


def guarded_transport(
    policy: AddressPolicy, ssl_context: ssl.SSLContext, limits: httpx.Limits
) -> httpx.AsyncHTTPTransport:
    """An httpx transport (HTTP/1.1, no proxies from the environment) whose connections are checked by ``policy``."""
    transport = httpx.AsyncHTTPTransport(verify=ssl_context, limits=limits, trust_env=False)
    # httpx does not take a network backend; its pool is rebuilt with the same settings plus ours.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        http1=True,
        http2=False,
        network_backend=GuardedBackend(policy),
    )
    return transport
