"""A test hook: kill this process at a named point of a state run.

``CLEANER_STATE_KILL_AT=stage[:k]`` makes the k-th (default first) call of
``fault(stage)`` send SIGKILL to the process itself. The kill tests use it to stop
a run exactly between two steps (mid-collapse, between output files, inside the
commit); it costs one dictionary lookup when unset.
"""

from __future__ import annotations

import os
import signal

__all__ = ["fault"]

_counts: dict[str, int] = {}


def fault(stage: str) -> None:
    spec = os.environ.get("CLEANER_STATE_KILL_AT")
    if not spec:
        return
    name, _, nth = spec.partition(":")
    if name != stage:
        return
    _counts[stage] = _counts.get(stage, 0) + 1
    if _counts[stage] == int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
