"""robots.txt rules, one fetch per origin, shared by concurrent requests."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from urllib.robotparser import RobotFileParser

__all__ = ["RobotsCache", "Rules"]


class Rules:
    """The rules of one origin; an empty or missing robots.txt allows everything."""

    def __init__(self, text: str | None, user_agent: str) -> None:
        self._ua = user_agent
        self._parser: RobotFileParser | None = None
        if text is not None and text.strip():
            parser = RobotFileParser()
            parser.parse(text.splitlines())
            self._parser = parser

    def allows(self, url: str) -> bool:
        return self._parser is None or self._parser.can_fetch(self._ua, url)

    def crawl_delay(self) -> float | None:
        if self._parser is None:
            return None
        delay = self._parser.crawl_delay(self._ua)
        try:
            return float(delay) if delay is not None else None
        except (TypeError, ValueError):
            return None


class RobotsCache:
    """Rules per origin; the first ``get`` for an origin calls ``load`` (robots.txt text, or None to allow all)."""

    def __init__(self, user_agent: str) -> None:
        self._ua = user_agent
        self._rules: dict[str, asyncio.Future[Rules]] = {}

    async def get(self, origin: str, load: Callable[[], Awaitable[str | None]]) -> Rules:
        fut = self._rules.get(origin)
        if fut is None:
            fut = asyncio.get_running_loop().create_future()
            self._rules[origin] = fut
            try:
                text = await load()
            except asyncio.CancelledError:
                # Only at shutdown: let a later request try again.
                del self._rules[origin]
                fut.cancel()
                raise
            except Exception:
                text = None  # a robots.txt we cannot fetch allows everything
            fut.set_result(Rules(text, self._ua))
        if fut.done():
            return fut.result()
        return await asyncio.shield(fut)
