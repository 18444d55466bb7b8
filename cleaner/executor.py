"""Executors: how the per-document stages are mapped over inputs.

Every heavy stage is written as a pure, picklable function applied to items
(``fn(item) -> result``); an executor decides where it runs. Results always come
back in input order, so output and story ids never depend on the worker count.

- :class:`SerialExecutor` runs in this process (``workers=1``).
- :class:`LocalExecutor` runs a process pool over this machine's cores.
- :class:`cleaner.ray_executor.RayExecutor` runs Ray core tasks on a local Ray
  instance or a cluster (``pip install 'story-cleaner[ray]'``); :func:`make_executor`
  imports it only when asked for.

All three take the same ``map(fn, items, *, chunksize=1, on_error=None)``:
items are sent in chunks of ``chunksize`` (one task or pickle per chunk), at
most a bounded number of chunks are in flight (memory stays flat however many
items there are), and when ``on_error`` is given an item whose ``fn`` raised —
or whose worker process died under it (a segfault in a C extension, the OOM
killer) — yields ``on_error(item, exc)`` instead of ending the map. The pipeline
turns that into a :class:`~cleaner.document.Reject`, so one poisonous file never
ends a run. ``on_error`` runs in the calling process, so it need not pickle.
"""

from __future__ import annotations

import multiprocessing
import os
import select
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Literal, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

__all__ = [
    "Executor",
    "LocalExecutor",
    "SerialExecutor",
    "WorkerError",
    "chunksize_for",
    "close_executor",
    "default_workers",
    "file_chunksize",
    "make_executor",
]

OnError = Callable[[T, BaseException], R]
"""``on_error(item, exc) -> result``: what a failed item yields instead of ending the map."""

Backend = Literal["local", "ray"]

IN_FLIGHT_PER_WORKER = 4
"""Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory."""


DEFAULT_START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else None
"""Workers start from a clean server process, not as forks of the caller: a fork would inherit the caller's
open files and locks (a run's ``flock`` on its state file would outlive the run in a reused pool), its threads
(Ray, gRPC, SQLite) and its memory. The price: the server imports the stage modules once per process
(:data:`FORKSERVER_PRELOAD`), ≈ 0.5-1 s before the first pool's workers are ready."""

FORKSERVER_PRELOAD = ["__main__", "cleaner.pipeline", "cleaner.dedup.signature", "cleaner.dedup.warm"]
"""Imported once by the fork server (``__main__`` as multiprocessing does by default, so functions defined in a
script unpickle in workers)."""


def _worker_init(parent: int) -> None:
    """Initializer of every pool worker: the worker never outlives the process that made the pool.

    - Ctrl-C is the parent's business (it stops the pool): a worker ignores SIGINT, so a terminal's Ctrl-C
      reaches only the parent instead of breaking workers mid-task (which could hang the pool's shutdown).
    - A thread waits for the parent to end (a pidfd, or polling ``/proc``) and ends the worker at once: a
      SIGKILLed ``cleaner run`` leaves no worker behind, so the fork server (which lives while a worker holds
      its pipe) and the resource tracker (while any of them holds its pipe) end too.
    - Forked by the fork server, the worker also asks the kernel for SIGKILL when the server dies
      (``PR_SET_PDEATHSIG``; not for a worker forked by the parent itself, since the signal follows the
      *thread* that forked it, and pools are started from a short-lived thread).
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if os.getppid() != parent:
        _die_with_parent()
    threading.Thread(target=_exit_when_gone, args=(parent,), daemon=True, name="cleaner-parent-watch").start()


def _die_with_parent() -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not Linux
        pass


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
        return stat[stat.rindex(b")") + 2 : stat.rindex(b")") + 3] not in (b"Z", b"X")
    except (OSError, ValueError):
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except OSError:
            return True
        return True


def _exit_when_gone(pid: int) -> None:
    try:
        fd = os.pidfd_open(pid)  # readable once the process has ended (even before it is reaped)
    except (AttributeError, OSError):
        fd = -1
    if fd >= 0 and _alive(pid):
        select.select([fd], [], [])
    else:
        while _alive(pid):
            time.sleep(0.5)
    os._exit(1)


class WorkerError(RuntimeError):
    """An item failed in a worker: its exception did not survive the trip back, or the worker died."""


class Executor(Protocol):
    workers: int

    def map(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        *,
        chunksize: int = 1,
        on_error: OnError[T, R] | None = None,
    ) -> Iterator[R]:
        """Apply ``fn`` to every item; yield results in input order."""
        ...

    def close(self) -> None: ...


def chunksize_for(n: int, workers: int, *, per_worker: int = 8, cap: int = 64) -> int:
    """Items per chunk for ``n`` items: about ``per_worker`` chunks per worker (so a slow chunk at the end
    cannot leave the other workers idle for long), at most ``cap`` items (results are held per chunk)."""
    return max(1, min(cap, n // max(1, workers * per_worker)))


def file_chunksize(
    paths: Sequence[str | os.PathLike[str]], workers: int, *, target_bytes: int = 4 << 20, count: int | None = None
) -> int:
    """Files per chunk: :func:`chunksize_for` by count, then fewer when the files are large, so a chunk holds
    about ``target_bytes`` of input (a chunk of 16 big files would leave the other workers idle at the end;
    a chunk per small file would cost one round trip per file). With ``count``, ``paths`` is the sample of
    ``count`` files (every ``max(1, count // 256)``-th) rather than all of them."""
    by_count = chunksize_for(len(paths) if count is None else count, workers, cap=64)
    if by_count <= 1:
        return 1
    sizes = []
    for p in paths[:: max(1, len(paths) // 256)] if count is None else paths:  # a sample: "large or small"
        try:
            sizes.append(os.stat(p).st_size)
        except OSError:
            sizes.append(0)
    mean = max(1, sum(sizes) // max(1, len(sizes)))
    return max(1, min(by_count, target_bytes // mean))


def _run_chunk(fn: Callable[[T], R], chunk: list[T], catch: bool) -> list[tuple[bool, object]]:
    """Worker side: ``[(True, result) | (False, error)]`` per item; with ``catch=False`` an exception ends it."""
    if not catch:
        return [(True, fn(item)) for item in chunk]
    out: list[tuple[bool, object]] = []
    for item in chunk:
        try:
            out.append((True, fn(item)))
        except Exception as exc:
            out.append((False, _portable(exc)))
    return out


def _portable(exc: BaseException) -> BaseException:
    """The exception if it survives pickling, else a :class:`WorkerError` with its text."""
    import pickle

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return WorkerError(f"{type(exc).__name__}: {exc}")
    return exc


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _unpack(chunk: list[T], outcomes: list[tuple[bool, object]], on_error: OnError[T, R] | None) -> Iterator[R]:
    for item, (ok, value) in zip(chunk, outcomes, strict=True):
        if ok:
            yield value  # type: ignore[misc]
        else:
            assert isinstance(value, BaseException)
            if on_error is None:
                raise value
            yield on_error(item, value)


class SerialExecutor:
    workers = 1

    def map(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        *,
        chunksize: int = 1,
        on_error: OnError[T, R] | None = None,
    ) -> Iterator[R]:
        if on_error is None:
            return map(fn, items)
        return self._guarded(fn, items, on_error)

    @staticmethod
    def _guarded(fn: Callable[[T], R], items: Iterable[T], on_error: OnError[T, R]) -> Iterator[R]:
        for item in items:
            try:
                result = fn(item)
            except Exception as exc:
                yield on_error(item, exc)
            else:
                yield result

    def close(self) -> None:
        pass

    def __enter__(self) -> SerialExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class LocalExecutor:
    """A process pool; ``workers`` defaults to the number of usable cores.

    The pool starts on the first ``map`` and is reused until :meth:`close` (or
    the ``with`` block ends); workers start from a fork server (see
    :data:`DEFAULT_START_METHOD`; ``mp_context="fork"`` to inherit the caller's state).
    Chunks are submitted lazily, at most ``IN_FLIGHT_PER_WORKER × workers`` at a
    time. If a worker process dies, the pool is rebuilt and the items of the
    chunks that were in flight are run again one per task, so only the item that
    kills its worker fails (through ``on_error``; without it the map raises
    :class:`WorkerError`).
    """

    def __init__(self, workers: int | None = None, *, mp_context: str | None = DEFAULT_START_METHOD) -> None:
        self.workers = workers or default_workers()
        self._context = mp_context
        self._pool: ProcessPoolExecutor | None = None

    def _get(self) -> ProcessPoolExecutor:
        if self._pool is None:
            ctx = multiprocessing.get_context(self._context) if self._context else None
            if self._context == "forkserver":
                # The server imports the stage modules once; every worker forks from it with them loaded.
                multiprocessing.get_context("forkserver").set_forkserver_preload(FORKSERVER_PRELOAD)
                _start_forkserver()
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(),)
            )
        return self._pool

    def start(self) -> None:
        """Start the worker processes now, in the background (``map`` would start them on first use): the
        caller lists files and loads rules meanwhile instead of waiting for the fork server."""
        pool = self._get()
        threading.Thread(target=_spawn, args=(pool, self.workers), daemon=True, name="cleaner-pool-start").start()

    def _reset(self, *, broken: bool = False) -> None:
        if self._pool is not None:
            if broken:
                _forsake_call_queue(self._pool)
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def map(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        *,
        chunksize: int = 1,
        on_error: OnError[T, R] | None = None,
    ) -> Iterator[R]:
        return self._map(fn, items, max(1, chunksize), on_error)

    def _map(
        self, fn: Callable[[T], R], items: Iterable[T], chunksize: int, on_error: OnError[T, R] | None
    ) -> Iterator[R]:
        catch = on_error is not None
        batches = _batches(items, chunksize)
        inflight: deque[tuple[list[T], Future[list[tuple[bool, object]]]]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER

        def fill() -> None:
            while len(inflight) < limit:
                batch = next(batches, None)
                if batch is None:
                    return
                try:
                    fut = self._get().submit(_run_chunk, fn, batch, catch)
                except BrokenProcessPool as exc:  # a worker died since the last result: this chunk is lost too
                    fut = Future()
                    fut.set_exception(exc)
                inflight.append((batch, fut))

        stopped = False
        try:
            fill()
            while inflight:
                batch, fut = inflight.popleft()
                try:
                    outcomes = fut.result()
                except BrokenProcessPool:
                    # A worker died: every chunk in flight is lost. Rebuild the pool and run those items
                    # one per task, so only the item that kills its worker fails.
                    lost = [batch, *(b for b, _ in inflight)]
                    inflight.clear()
                    self._reset(broken=True)
                    for b in lost:
                        for item in b:
                            yield from _unpack([item], [self._isolated(fn, item, catch)], on_error)
                else:
                    yield from _unpack(batch, outcomes, on_error)
                fill()
        except GeneratorExit:
            stopped = True
            raise
        finally:
            if stopped:  # the consumer stopped early: chunks not yet sent need not run
                for _, fut in inflight:
                    fut.cancel()
            # After an error or an interrupt the pool is aborted or closed, and *its* shutdown cancels them:
            # a future cancelled from here races CPython 3.11's manager thread, which dies on it if a
            # worker dies first (see _forsake_call_queue).

    def _isolated(self, fn: Callable[[T], R], item: T, catch: bool) -> tuple[bool, object]:
        try:
            return self._get().submit(_run_chunk, fn, [item], catch).result()[0]
        except BrokenProcessPool:
            self._reset(broken=True)
            return False, WorkerError(f"worker process died while processing {_describe(item)}")

    def close(self) -> None:
        self._reset()

    def abort(self) -> None:
        """Stop now (an interrupt, an error): kill the workers instead of waiting for their chunks, so an
        interrupted run ends at once and its exit never waits on a pool."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        procs = list((getattr(pool, "_processes", None) or {}).values())
        _forsake_call_queue(pool)
        for p in procs:
            try:
                p.kill()
            except (OSError, ValueError):
                pass
        pool.shutdown(wait=False, cancel_futures=True)
        for p in procs:
            p.join(5)

    def __enter__(self) -> LocalExecutor:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def _forsake_call_queue(pool: ProcessPoolExecutor) -> None:
    """Let this process exit without flushing ``pool``'s call queue to workers that are dead or about to be.

    The queue's feeder thread writes chunks into a pipe that only workers read; once they are gone it blocks
    on a full pipe, and interpreter exit joins it. CPython closes the pipe's read end when the pool breaks,
    but 3.11's manager thread can die before it does: ``set_exception`` on a future cancelled meanwhile raises
    ``InvalidStateError``. Then a Ctrl-C'd run hung at exit (seen in the SIGINT kill test, 1 run in ~20)."""
    queue = getattr(pool, "_call_queue", None)
    if queue is not None:
        queue.cancel_join_thread()


def _start_forkserver() -> None:
    """Start the fork server (and the resource tracker) now, from the main thread, with SIGINT ignored: they
    inherit that, so a Ctrl-C to the process group while the server still imports its preload modules does
    not kill it with a traceback (both ignore SIGINT once running anyway; the parent handles Ctrl-C)."""
    if threading.current_thread() is not threading.main_thread():
        return  # signal dispositions can only be changed from the main thread: the pool starts it as usual
    from multiprocessing import forkserver

    old = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, signal.SIG_DFL if old is None else old)


def _noop() -> None:
    return None


def _spawn(pool: ProcessPoolExecutor, workers: int) -> None:
    try:
        for _ in range(workers):  # the pool starts one process per task submitted while none is idle
            pool.submit(_noop)
    except RuntimeError:  # shut down meanwhile
        pass


def _describe(item: object) -> str:
    text = repr(item)
    return text if len(text) <= 200 else text[:200] + "…"


def close_executor(executor: Executor, *, failed: bool = False) -> None:
    """``executor.close()``; after a failure or an interrupt its ``abort()`` when it has one (workers killed, not
    waited for)."""
    abort = getattr(executor, "abort", None) if failed else None
    if callable(abort):
        abort()
    else:
        executor.close()


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def make_executor(
    workers: int | None,
    *,
    backend: Backend = "local",
    address: str | None = None,
) -> Executor:
    """An executor for ``workers`` (``None`` or ``0``: every core; on Ray: every CPU of the cluster).

    ``backend="local"``: ``workers=1`` runs in process, more runs a process pool.
    ``backend="ray"``: Ray core tasks — a local Ray instance bound to 127.0.0.1,
    or the cluster at ``address`` (``"auto"``, ``"host:6379"``, ``"ray://host:10001"``).
    Raises :class:`cleaner.errors.UsageError` when Ray is asked for but not installed.
    """
    if backend == "ray":
        from cleaner.ray_executor import RayExecutor

        return RayExecutor(workers or None, address=address)
    if address is not None:
        from cleaner.errors import UsageError

        raise UsageError("--ray-address needs --executor ray")
    n = workers or default_workers()
    return SerialExecutor() if n <= 1 else LocalExecutor(n)
