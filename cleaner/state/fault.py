"""A test hook: kill this process at a named point of a state run.

``CLEANER_STATE_KILL_AT=stage[:k]`` in the environment of a process (read once,
at import) — or :func:`arm` in a forked child — makes the k-th (default first)
call of ``fault(stage)`` send SIGKILL to the process itself. The kill tests use
it to stop a run exactly between two steps (mid-collapse, between output files,
inside the commit); unarmed it costs one comparison.
"""

from __future__ import annotations

import os
import signal

__all__ = ["arm", "fault"]

_spec: tuple[str, int] | None = None
_count = 0


def arm(spec: str | None) -> None:
    """``"stage"`` or ``"stage:k"``; ``None`` disarms."""
    global _spec, _count
    _count = 0
    if not spec:
        _spec = None
        return
    name, _, nth = spec.partition(":")
    _spec = (name, int(nth or 1))


def fault(stage: str) -> None:
    global _count
    if _spec is None or _spec[0] != stage:
        return
    _count += 1
    if _count == _spec[1]:
        os.kill(os.getpid(), signal.SIGKILL)


arm(os.environ.get("CLEANER_STATE_KILL_AT"))
