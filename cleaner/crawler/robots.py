"""robots.txt rules per RFC 9309, one fetch per origin shared by concurrent requests.

What a fetch of ``/robots.txt`` means (RFC 9309 §2.3.1):

- 2xx: the first 500 KiB (after content decoding) are parsed;
- 3xx: up to 5 redirects are followed, then the file counts as unavailable;
- 4xx (429 excepted): unavailable, everything is allowed;
- 5xx, 429, a timeout or a network error: unreachable, everything is disallowed
  for this run (the URLs fail and a later run tries again).

Rules are kept at most ``max_age`` seconds (24 hours at most), then fetched again.

The file is read as RFC 9309 §2.2 says (helper hostile15; ``urllib.robotparser`` did none of these, and each
let the crawler fetch pages the site disallows): the rules of every group naming the crawler's product token
are merged (else those of every ``*`` group); the longest matching path wins, ``Allow`` on a tie; ``*`` and
a final ``$`` are wildcards; paths are compared percent-encoded; a byte-order mark and ``Key : value``
spacing are allowed.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from urllib.parse import quote, unquote, urlsplit

__all__ = ["ROBOTS_MAX_BYTES", "ROBOTS_MAX_REDIRECTS", "RobotsCache", "Rules"]

ROBOTS_MAX_BYTES = 500 * 1024
"""Bytes of a robots.txt parsed (RFC 9309 §2.5: at least 500 KiB); the rest is not read."""
ROBOTS_MAX_REDIRECTS = 5


_SAFE = "!$&'()*+,;=:@/?~-._[]"
"""Characters left as they are when a path is compared (RFC 3986 reserved and unreserved): the rest is
percent-encoded (non-ASCII as UTF-8), and an escape of a character that need not be escaped is undone."""

_TOKEN = re.compile(r"[A-Za-z_-]+")


def _normalized(path: str) -> str:
    return quote(unquote(path), safe=_SAFE)


def product_token(user_agent: str) -> str:
    """The name a robots.txt calls the crawler by: the user agent's leading letters (``cleaner/0.1 (...)``: cleaner)."""
    match = _TOKEN.match(user_agent.strip())
    return match.group().lower() if match else ""


class _Rule:
    """One ``Allow`` / ``Disallow`` path pattern: ``*`` matches any run of characters, a final ``$`` the end."""

    __slots__ = ("allow", "anchored", "length", "pieces")

    def __init__(self, allow: bool, pattern: str) -> None:
        self.allow = allow
        self.anchored = pattern.endswith("$")
        pattern = _normalized(pattern[:-1] if self.anchored else pattern)
        self.length = len(pattern) + self.anchored
        self.pieces = pattern.split("*")

    def matches(self, path: str) -> bool:
        """Linear in the path for any number of ``*``: each piece at its first place after the one before."""
        pieces = self.pieces
        first = pieces[0]
        if not path.startswith(first):
            return False
        if len(pieces) == 1:
            return not self.anchored or len(path) == len(first)
        at = len(first)
        for piece in pieces[1:-1]:
            found = path.find(piece, at)
            if found < 0:
                return False
            at = found + len(piece)
        last = pieces[-1]
        if self.anchored:
            return len(path) - len(last) >= at and path.endswith(last)
        return path.find(last, at) >= 0


class Rules:
    """The rules of one origin: parsed text, allow-all (``text`` None) or disallow-all (``unreachable`` set)."""

    def __init__(self, text: str | None, user_agent: str, *, unreachable: Exception | None = None) -> None:
        self.unreachable = unreachable
        """Why the robots.txt could not be had: every URL of the origin is disallowed."""
        self._rules: list[_Rule] = []
        self._delay: float | None = None
        if text is not None and text.strip():
            self._parse(text, product_token(user_agent))

    def _parse(self, text: str, token: str) -> None:
        mine: list[list[tuple[str, str]]] = []
        anyone: list[list[tuple[str, str]]] = []
        agents: list[str] = []
        lines: list[tuple[str, str]] = []
        in_rules = False

        def close() -> None:
            if any(agent == token for agent in agents):
                mine.append(lines)
            elif "*" in agents:
                anyone.append(lines)

        for raw in text.lstrip("\ufeff").splitlines():
            key, colon, value = raw.split("#", 1)[0].partition(":")
            if not colon:
                continue
            key = key.strip().lower()
            value = value.strip()
            if key in ("user-agent", "useragent", "user agent"):
                if in_rules:
                    close()
                    agents, lines, in_rules = [], [], False
                match = _TOKEN.match(value)
                agents.append("*" if value.startswith("*") else match.group().lower() if match else value.lower())
            elif key in ("allow", "disallow", "crawl-delay") and agents:
                in_rules = True
                lines.append((key, value))
        if agents:
            close()
        for key, value in (line for group in (mine or anyone) for line in group):
            if key == "crawl-delay":
                if self._delay is None:
                    try:
                        self._delay = float(value)
                    except ValueError:
                        pass
            elif value:  # an empty Disallow allows everything; an empty Allow says nothing
                self._rules.append(_Rule(key == "allow", value))

    def allows(self, url: str) -> bool:
        if self.unreachable is not None:
            return False
        if not self._rules:
            return True
        parts = urlsplit(url)
        path = _normalized((parts.path or "/") + (f"?{parts.query}" if parts.query else ""))
        best: _Rule | None = None
        for rule in self._rules:
            better = best is None or rule.length > best.length or (rule.length == best.length and rule.allow)
            if better and rule.matches(path):
                best = rule
        return best is None or best.allow

    def crawl_delay(self) -> float | None:
        delay = self._delay
        return delay if delay is not None and delay == delay and delay >= 0 else None


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
