"""Regexes of user rules files, run with a time bound.

A rule from a user's rules file may backtrack catastrophically (``^(a|aa)+$`` on a long line of ``a``).
Such rules run on the ``regex`` module, whose every call takes a ``timeout``; the packaged rules are ours,
tested, and run on ``re`` inside the combined alternations that make cleaning fast.

A call that times out counts as *no match*, is counted by rule (:func:`take_timeouts`), and the rule is
skipped for the rest of the file (:func:`reset`, which the pipeline calls per file), so one bad rule costs
at most one time-out per file and never hangs the run.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import regex

__all__ = ["RULE_TIMEOUT", "TimedRegex", "reset", "take_timeouts"]

RULE_TIMEOUT = 0.5
"""Seconds one call of a user rule's regex may take."""

_timeouts: Counter[str] = Counter()
"""Rule → calls that timed out in this process since :func:`take_timeouts`."""
_off: set[str] = set()
"""Rules that timed out in the current file: skipped until :func:`reset`."""


def reset() -> None:
    """A new file: rules that timed out get another chance."""
    _off.clear()


def take_timeouts() -> dict[str, int]:
    """Calls that timed out since the last call, by rule (``kind.name``); the counter starts again."""
    out = dict(_timeouts)
    _timeouts.clear()
    return out


class TimedRegex:
    """The parts of :class:`re.Pattern` the cleaning uses, on ``regex`` with a time-out per call."""

    __slots__ = ("_rx", "name", "pattern", "timeout")

    def __init__(self, pattern: str, name: str, timeout: float = RULE_TIMEOUT) -> None:
        self.pattern = pattern
        self.name = name
        self.timeout = timeout
        self._rx: Any = regex.compile(pattern)

    def __reduce__(self) -> tuple[Any, tuple[str, str, float]]:
        return (TimedRegex, (self.pattern, self.name, self.timeout))

    @property
    def groupindex(self) -> dict[str, int]:
        return dict(self._rx.groupindex)

    @property
    def groups(self) -> int:
        return int(self._rx.groups)

    def _call(self, fn: Callable[..., Any], fallback: Any, *args: Any) -> Any:
        if self.name in _off:
            return fallback
        try:
            return fn(*args, timeout=self.timeout)
        except TimeoutError:
            _timeouts[self.name] += 1
            _off.add(self.name)
            return fallback

    def search(self, string: str, pos: int = 0) -> Any:
        return self._call(self._rx.search, None, string, pos)

    def match(self, string: str, pos: int = 0) -> Any:
        return self._call(self._rx.match, None, string, pos)

    def subn(self, repl: Any, string: str) -> tuple[str, int]:
        got: tuple[str, int] = self._call(self._rx.subn, (string, 0), repl, string)
        return got

    def sub(self, repl: Any, string: str) -> str:
        got: str = self._call(self._rx.sub, string, repl, string)
        return got

    def finditer(self, string: str) -> Iterator[Any]:
        # all at once: a time-out part-way gives no matches rather than some
        found: list[Any] = self._call(lambda s, timeout: list(self._rx.finditer(s, timeout=timeout)), [], string)
        return iter(found)
