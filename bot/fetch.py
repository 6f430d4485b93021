"""Fetch a page for /add: http and https only, public addresses only, bounded in time,
size and redirects."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver
from aiohttp.resolver import DefaultResolver
from yarl import URL

from index.errors import QabotError

TIMEOUT_SECONDS = 15.0
MAX_REDIRECTS = 5
PAGE_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
USER_AGENT = "qabot/1 (adds a news article a moderator asked for)"
_REDIRECTS = (301, 302, 303, 307, 308)


class FetchError(QabotError):
    """The page could not be fetched, or was refused; the message says why."""


class RefusedAddress(FetchError):
    """The URL leads to an address that is not public (server-side request forgery)."""

    def __init__(self, url: str, address: str) -> None:
        super().__init__(
            f"{url} leads to {address}, which is not a public internet address; such "
            "addresses are refused (ALLOW_PRIVATE_URLS=true allows them)"
        )


@dataclass(frozen=True)
class Fetched:
    """A page as the server sent it, after redirects."""

    url: str
    body: bytes
    content_type: str  # the media type, lowercase ("text/html")


def is_public(address: str) -> bool:
    """Whether ``address`` is a public internet address: not loopback, private, link-local,
    shared, reserved, multicast or unspecified (an IPv4 address inside IPv6 is judged as
    IPv4).

    >>> [is_public(a) for a in ("93.184.216.34", "127.0.0.1", "10.1.2.3", "::ffff:10.0.0.1")]
    [True, False, False, False]
    >>> [is_public(a) for a in ("169.254.169.254", "100.64.0.1", "fe80::1", "::1")]
    [False, False, False, False]
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


# Tells whether an address may be fetched from; is_public unless private ones are allowed.
Allowed = Callable[[str], bool]


class _AllowedResolver(AbstractResolver):
    """Resolves only to allowed addresses, so that a connection can never reach another
    address than the one checked (a name that resolves differently the second time)."""

    def __init__(self, allowed: Allowed) -> None:
        self._resolver = DefaultResolver()
        self._allowed = allowed

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[Any]:
        found = await self._resolver.resolve(host, port, family)
        usable = [r for r in found if self._allowed(r["host"])]
        if not usable:
            raise OSError(f"{host} resolves to no public address")
        return usable

    async def close(self) -> None:
        await self._resolver.close()


async def fetch(
    url: str,
    *,
    max_bytes: int,
    allowed: Allowed | None = is_public,
    timeout: float = TIMEOUT_SECONDS,
) -> Fetched:
    """The page at ``url``: at most MAX_REDIRECTS redirects, each checked like the URL
    itself; at most ``max_bytes``; within ``timeout`` seconds; from addresses ``allowed``
    says yes to (None: any, as ALLOW_PRIVATE_URLS=true asks). Raises FetchError (or
    RefusedAddress) with a sentence for the moderator."""
    resolver = None if allowed is None else _AllowedResolver(allowed)
    connector = aiohttp.TCPConnector(resolver=resolver, use_dns_cache=False)
    session = aiohttp.ClientSession(
        connector=connector,
        timeout=aiohttp.ClientTimeout(total=timeout),
        headers={"User-Agent": USER_AGENT},
    )
    try:
        async with session:
            for _ in range(MAX_REDIRECTS + 1):
                await _check(url, allowed)
                async with session.get(url, allow_redirects=False) as response:
                    if response.status in _REDIRECTS and "Location" in response.headers:
                        url = str(response.url.join(URL(response.headers["Location"])))
                        continue
                    if response.status >= 400:
                        raise FetchError(f"{url} answered HTTP {response.status}")
                    body = await _read(response, url, max_bytes)
                    return Fetched(str(response.url), body, response.content_type.lower())
            raise FetchError(f"{url} redirects more than {MAX_REDIRECTS} times")
    except TimeoutError:
        raise FetchError(f"{url} did not answer within {timeout:g} s") from None
    except aiohttp.ClientError as error:
        raise FetchError(f"{url} could not be reached ({_reason(error)})") from None


async def _check(url: str, allowed: Allowed | None) -> None:
    """Refuse another scheme than http(s), and a host that resolves to an address not
    ``allowed`` (checked before each request, redirects included)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url!r} is not an http or https link")
    if allowed is None:
        return
    host = parts.hostname
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, parts.port or 443, type=socket.SOCK_STREAM)
        except OSError:
            raise FetchError(f"{url} could not be reached (no such host {host!r})") from None
        addresses = [str(info[4][0]) for info in infos]
    for address in addresses:
        if not allowed(address):
            raise RefusedAddress(url, address)


async def _read(response: aiohttp.ClientResponse, url: str, max_bytes: int) -> bytes:
    limit = f"{max_bytes / (1024 * 1024):.3g} MB"
    if response.content_length is not None and response.content_length > max_bytes:
        raise FetchError(f"{url} is larger than {limit}")
    body = bytearray()
    async for chunk in response.content.iter_chunked(64 * 1024):
        body += chunk
        if len(body) > max_bytes:
            raise FetchError(f"{url} is larger than {limit}")
    return bytes(body)


def _reason(error: aiohttp.ClientError) -> str:
    if isinstance(error, aiohttp.ClientConnectorError):
        return str(error.os_error) or "connection refused"
    return type(error).__name__
