"""robots.txt rules per RFC 9309, one fetch per origin shared by concurrent requests.

What a fetch of ``/robots.txt`` means (RFC 9309 §2.3.1):

- 2xx: the first 500 KiB (after content decoding) are parsed;
- 3xx: up to 5 redirects are followed, then the file counts as unavailable;
- 4xx (429 excepted): unavailable, everything is allowed;
- 5xx, 429, a timeout or a network error: unreachable, everything is disallowed
  for this run (the URLs fail and a later run tries again).

Rules are kept at most ``max_age`` seconds (24 hours at most), then fetched again.

The file is read by Protego (Scrapy's robots.txt parser): the groups naming the crawler are merged (else
the ``*`` groups); the longest matching path wins, ``Allow`` on a tie; ``*`` and a final ``$`` are
wildcards, matched in time linear in the URL; paths are compared percent-encoded; ``Key : value`` spacing
and ``Crawl-delay`` (fractions too) are read. Around it, only: a byte-order mark is dropped (Protego would
lose the first line), the crawler is named by its product token (``cleaner/0.1 (...)``: cleaner), a
version on a ``User-agent`` line is dropped (``User-agent: Cleaner/2`` names cleaner), a name that only starts
the product token names another crawler (``User-agent: clean``: RFC 9309 §2.2.1 matches the whole token; Protego
takes a prefix), and an encoded ``/`` (``%2F``, ``%2f``) is read as ``/`` in rules and URLs alike (RFC 9309 §2.2.2,
Table 3: ``/foo/bar?baz=https://foo.bar`` matches ``/foo/bar?baz=https%3A%2F%2Ffoo.bar``; Protego keeps ``%2F``
apart, and compares every other escape decoded or upper-cased itself).
"""

from __future__ import annotations

import asyncio
import codecs
import re
import time
from collections.abc import Awaitable, Callable
from typing import Final

from protego import Protego

__all__ = ["ROBOTS_MAX_BYTES", "ROBOTS_MAX_REDIRECTS", "RobotsCache", "Rules", "robots_text"]

ROBOTS_MAX_BYTES = 500 * 1024
"""Bytes of a robots.txt parsed (RFC 9309 §2.5: at least 500 KiB); the rest is not read."""
ROBOTS_MAX_REDIRECTS = 5

_TOKEN = re.compile(r"[A-Za-z_-]+")
_AGENT_VERSION = re.compile(r"(?im)^([ \t]*user[- ]?agent[ \t]*:[ \t]*[A-Za-z_-]+)/[^\s#]*")
"""A version after the name on a ``User-agent`` line: Protego would look for ``name/9`` in the product token."""
_AGENT: Final = re.compile(r"(?im)^([ \t]*user[- ]?agent[ \t]*:[ \t]*)([A-Za-z_-]+)(?=[ \t]*(?:#|$))")
_PATH_RULE: Final = re.compile(r"(?im)^[ \t]*(?:dis)?allow[ \t]*:[^\n]*")
_SLASH: Final = re.compile(r"%2f", re.I)
_URL_PATH: Final = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?(?://[^/?#]*)?")
"""What comes before a URL's path (scheme and authority): an encoded ``/`` there is no path separator."""


_WIDE_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)  # fmt: skip


def robots_text(body: bytes) -> str:
    """The text of a robots.txt body: UTF-8 (RFC 9309 §2.3), or UTF-16 / UTF-32 when a byte-order mark says so (a
    file saved as "Unicode" by Windows Notepad, served by IIS). Read as UTF-8, such a file held no rule Protego could
    see, so every page it disallows was fetched (helper hostile16)."""
    for bom, codec in _WIDE_BOMS:  # (UTF-32 LE's mark starts with UTF-16 LE's: it is tried first)
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    return body.decode("utf-8", errors="replace")


def product_token(user_agent: str) -> str:
    """The name a robots.txt calls the crawler by: the user agent's leading letters (``cleaner/0.1 (...)``: cleaner)."""
    match = _TOKEN.match(user_agent.strip())
    return match.group().lower() if match else ""


class Rules:
    """The rules of one origin: parsed text, allow-all (``text`` None) or disallow-all (``unreachable`` set)."""

    def __init__(self, text: str | None, user_agent: str, *, unreachable: Exception | None = None) -> None:
        self.unreachable = unreachable
        """Why the robots.txt could not be had: every URL of the origin is disallowed."""
        self._token = product_token(user_agent)
        self._parser: Protego | None = None
        if text is not None and text.strip():
            self._parser = Protego.parse(self._normalized(text))

    def _normalized(self, text: str) -> str:
        """``text`` as Protego should read it (the module's docstring): no BOM, no versions on ``User-agent``
        lines, a name that only starts the product token made another (``clean`` → ``clean/other``: Protego
        matches it nowhere), ``%2F`` decoded in ``Allow`` / ``Disallow`` values."""
        text = _AGENT_VERSION.sub(r"\1", text.removeprefix("\ufeff"))
        token = self._token

        def agent(m: re.Match[str]) -> str:
            name = m.group(2).lower()
            return m.group() + "/other" if name != token and token.startswith(name) else m.group()

        text = _AGENT.sub(agent, text) if token else text
        return _PATH_RULE.sub(lambda m: _SLASH.sub("/", m.group()), text) if "%" in text else text

    def allows(self, url: str) -> bool:
        if self.unreachable is not None:
            return False
        if self._parser is None:
            return True
        if "%" in url:
            head = _URL_PATH.match(url)
            at = head.end() if head else 0
            url = url[:at] + _SLASH.sub("/", url[at:])
        return self._parser.can_fetch(url, self._token)

    def crawl_delay(self) -> float | None:
        return None if self._parser is None else self._parser.crawl_delay(self._token)


class RobotsCache:
    """Rules per origin; ``get`` calls ``load`` for an origin seen first or whose rules are over ``max_age``.

    ``load`` returns the origin's rules; an exception it raises is handed to every
    caller for that origin (and kept like rules), e.g. a refused address.
    """

    def __init__(self, user_agent: str, max_age: float = 24 * 3600.0) -> None:
        self._ua = user_agent
        self.max_age = max_age
        self._rules: dict[str, tuple[float, asyncio.Future[Rules]]] = {}

    async def get(self, origin: str, load: Callable[[], Awaitable[Rules]]) -> Rules:
        entry = self._rules.get(origin)
        if entry is not None and entry[1].done() and time.monotonic() - entry[0] > self.max_age:
            entry = None  # older than RFC 9309 allows: fetch it again
        if entry is None:
            fut: asyncio.Future[Rules] = asyncio.get_running_loop().create_future()
            self._rules[origin] = (time.monotonic(), fut)
            try:
                rules = await load()
            except asyncio.CancelledError:
                # Only at shutdown: let a later request try again.
                del self._rules[origin]
                fut.cancel()
                raise
            except Exception as exc:
                fut.set_exception(exc)
                fut.exception()  # retrieved: no "never retrieved" warning if no one else waits
                raise
            self._rules[origin] = (time.monotonic(), fut)
            fut.set_result(rules)
            return rules
        fut = entry[1]
        if fut.done():
            return fut.result()
        return await asyncio.shield(fut)
