"""Imported by the fork server only (:data:`cleaner.execution.executor.FORKSERVER_PRELOAD`): a worker that the server
forks for a pool whose run was just interrupted dies without a traceback.

SIGTERM or Ctrl-C can land while the pool is starting a worker: the server has forked it, but the parent has not yet
put it in the pool's process table, so ``abort()`` does not kill it, and the parent exits, unlinking the pool's
semaphores. The child then fails to unpickle one (``FileNotFoundError`` in ``multiprocessing.synchronize``) and the fork
server's child code prints that through ``sys.excepthook``: a traceback on the stderr of a run that stopped cleanly
(about 1 interrupt in 8 at some moments, helper hostile17). That one case is quiet here; every other exception is
printed as before. The child exits either way (the server's ``os._exit``), before any of the run's code runs.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

__all__ = ["is_orphaned_start"]


def is_orphaned_start(exc: BaseException, tb: TracebackType | None) -> bool:
    """Whether ``exc`` is a worker's start failing on a semaphore its exited parent already unlinked."""
    if not isinstance(exc, FileNotFoundError):
        return False
    frames = traceback.extract_tb(tb)
    return bool(frames) and frames[-1].name == "__setstate__" and frames[-1].filename.endswith("synchronize.py")


_previous = sys.excepthook


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if not is_orphaned_start(exc, tb):
        _previous(kind, exc, tb)


sys.excepthook = _hook
