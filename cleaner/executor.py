"""Executors: how the per-document stages are mapped over inputs.

Every heavy stage is written as a pure, picklable function applied to items
(``fn(item) -> result``); an executor decides where it runs. Results always come
back in input order, so output and story ids never depend on the worker count.

- :class:`SerialExecutor` runs in this process (``workers=1``).
- :class:`LocalExecutor` runs a process pool over this machine's cores.
- A cluster executor (Ray) implements the same two methods.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["Executor", "LocalExecutor", "SerialExecutor", "make_executor"]


class Executor(Protocol):
    workers: int

    def map(self, fn: Callable[[T], R], items: Iterable[T], *, chunksize: int = 1) -> Iterator[R]:
        """Apply ``fn`` to every item; yield results in input order."""
        ...

    def close(self) -> None: ...


class SerialExecutor:
    workers = 1

    def map(self, fn: Callable[[T], R], items: Iterable[T], *, chunksize: int = 1) -> Iterator[R]:
        return map(fn, items)

    def close(self) -> None:
        pass


class LocalExecutor:
    """A process pool; ``workers`` defaults to the number of usable cores."""

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()
        self._pool: ProcessPoolExecutor | None = None

    def _get(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=self.workers)
        return self._pool

    def map(self, fn: Callable[[T], R], items: Iterable[T], *, chunksize: int = 1) -> Iterator[R]:
        return self._get().map(fn, items, chunksize=max(1, chunksize))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def make_executor(workers: int | None) -> SerialExecutor | LocalExecutor:
    """``workers=1`` runs in process; ``None`` or ``0`` means every core."""
    n = workers or default_workers()
    return SerialExecutor() if n <= 1 else LocalExecutor(n)
