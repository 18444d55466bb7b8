"""Executors: how the per-document stages are mapped over inputs.

Every heavy stage is written as a pure, picklable function applied to items
(``fn(item) -> result``); an executor decides where it runs. Results always come
back in input order, so output and story ids never depend on the worker count.

- :class:`SerialExecutor` runs in this process (``workers=1``).
- :class:`LocalExecutor` runs a process pool over this machine's cores.
- :class:`cleaner.execution.ray_executor.RayExecutor` runs Ray core tasks on a local Ray
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

**Time limit.** A function marks the pieces of work it does (a page: :func:`unit_started` /
:func:`unit_done`); the executor's ``time_limit`` caps the CPU seconds of one piece. The clock runs in the
*parent*: the CPU time of each worker process, read from ``/proc``, since the piece began (shared memory
says which piece and when). A worker past the limit is killed (SIGKILL: a page stuck in C code — lexbor,
a regular expression, a mypyc-compiled loop — cannot be interrupted by a signal handler in its own
process), the pool is rebuilt, and the chunks that were in flight run again, with the piece that took too
long raising :class:`TimeLimitExceeded` at its :func:`unit_started` (the pipeline makes it a ``timeout``
reject), so the rest of its file is still read. With a time limit, :class:`SerialExecutor` runs the maps
of a :class:`Watched` function (the per-file cleaning) on one worker process, and everything else in process.

**A piece that kills its worker.** A local pool marks its workers' pieces with or without a time limit. When an item
run alone (after a worker's death) dies again inside a piece, that piece raises :class:`PieceCrashed` at its
:func:`unit_started` when the item runs once more, so only the piece is lost (the pipeline's ``worker_failed`` reject
for one page); the reader's steps are marked too (:func:`reading_started`), so a death in the reader keeps the
records read before it. A death outside any piece fails the whole item, as before.
"""

from __future__ import annotations

import gc
import hashlib
import math
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
from typing import Any, Generic, Literal, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")

__all__ = [
    "DEFAULT_TIME_LIMIT",
    "Executor",
    "LocalExecutor",
    "PieceCrashed",
    "SerialExecutor",
    "TimeLimitExceeded",
    "Watched",
    "WorkerError",
    "chunksize_for",
    "close_executor",
    "default_workers",
    "file_chunksize",
    "make_executor",
    "reading_started",
    "unit_done",
    "unit_started",
]

OnError = Callable[[T, BaseException], R]
"""``on_error(item, exc) -> result``: what a failed item yields instead of ending the map."""

Backend = Literal["local", "ray"]

MAX_CRASHED = 1000
"""Pieces that killed their worker a pool skips at most (each costs a rebuilt pool): past it, an item whose worker
dies fails whole, as before pieces were skipped."""

IN_FLIGHT_PER_WORKER = 4
"""Chunks in flight per worker: enough to keep every worker busy, few enough to bound memory."""


DEFAULT_START_METHOD = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else None
"""Workers start from a clean server process, not as forks of the caller: a fork would inherit the caller's
open files and locks (a run's ``flock`` on its state file would outlive the run in a reused pool), its threads
(Ray, gRPC, SQLite) and its memory. The price: the server imports the stage modules once per process
(:data:`FORKSERVER_PRELOAD`), ≈ 0.5-1 s before the first pool's workers are ready."""

FORKSERVER_PRELOAD = [
    "__main__",
    "cleaner.execution.worker_env",
    "cleaner.pipeline",
    "cleaner.dedup.signature",
    "cleaner.dedup.warm",
    "cleaner.rules.warm",
    "cleaner.execution.forkserver_quiet",
]
"""Imported once by the fork server (``__main__`` as multiprocessing does by default, so functions defined in a
script unpickle in workers; :mod:`cleaner.execution.worker_env` before the stage modules;
:mod:`cleaner.execution.forkserver_quiet`: no traceback from a worker started as its run was interrupted)."""


DEFAULT_TIME_LIMIT = 60.0
"""CPU seconds one piece of work (a page) may take, per million characters of it (at least this much): extraction
and cleaning run at ≈ 1 MB per CPU-second or faster, so only a pathological page (a quadratic path in a parser
or a regular expression) reaches it."""

TICK = 0.25
"""Seconds between two looks of the parent at its workers' clocks."""

WALL_FACTOR = 10
"""A piece is also stopped after this many times its CPU limit of wall-clock time (a worker that sleeps or waits
uses no CPU, and an overloaded machine gives a worker a share of a core)."""

_SLOT = 6  # per worker: sequence (odd while a piece runs), pid, key, CPU at start, wall clock at start, limit


class TimeLimitExceeded(Exception):
    """The piece of work :func:`unit_started` names took more than the time limit before, and its worker was
    killed: it is not run again."""

    def __init__(self, key: str, limit: float) -> None:
        super().__init__(key, limit)
        self.key = key
        self.limit = limit

    def __str__(self) -> str:
        return f"more than {self.limit:g} s of CPU time"


class PieceCrashed(Exception):
    """The piece of work :func:`unit_started` names killed its worker process before (a crash in native code,
    ``os._exit``, the out-of-memory killer): it is not run again, so the rest of its chunk (the other pages of its
    file) is."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key

    def __str__(self) -> str:
        return "the worker process died (a crash in native code, os._exit, the out-of-memory killer)"


def _key_hash(key: str) -> float:
    """``key`` as a number a double holds exactly (48 bits)."""
    return float(int.from_bytes(hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=6).digest(), "big"))


def piece_limit(limit: float, size: int) -> float:
    """The CPU seconds a piece of ``size`` characters may take under a time limit of ``limit``: per million
    characters, at least ``limit``. A negative ``size`` marks a piece with no limit (:func:`reading_started`)."""
    return math.inf if size < 0 else limit * max(1.0, size / 1_000_000)


class _Watch:
    """The worker's side of the time limit: its slot in the pool's shared array."""

    __slots__ = ("base", "crashed", "limit", "seq", "skip", "slots")

    def __init__(
        self, slots: Any, base: int, limit: float, skip: frozenset[float], crashed: frozenset[float] = frozenset()
    ) -> None:
        self.slots, self.base, self.limit, self.skip, self.seq = slots, base, limit, skip | crashed, 0
        self.crashed = crashed

    def start(self, key: str, size: int) -> None:
        h, limit = _key_hash(key), piece_limit(self.limit, size)
        if h in self.skip:
            if h in self.crashed:
                raise PieceCrashed(key)
            raise TimeLimitExceeded(key, limit)
        s, b = self.slots, self.base
        s[b + 2] = h
        s[b + 3] = time.process_time()
        s[b + 4] = time.monotonic()
        s[b + 5] = limit
        self.seq += 1
        s[b] = 2 * self.seq - 1  # odd: running (written last, so the parent never reads a half-written slot as new)

    def done(self) -> None:
        self.slots[self.base] = 2 * self.seq


class _PieceClock(Protocol):
    """What :func:`unit_started` and :func:`unit_done` tell: a :class:`_Watch`, or on Ray a worker's own watch."""

    def start(self, key: str, size: int) -> None: ...

    def done(self) -> None: ...


_watch: _PieceClock | None = None
"""Set in a worker of an executor with a time limit (a :class:`_Watch`; on Ray a ``ray_executor._SelfWatch``);
None elsewhere (in process): the marks cost nothing."""


class Watched(Generic[T, R]):
    """``fn``, known to mark its pieces of work (:func:`unit_started`): a :class:`SerialExecutor` with a time limit
    runs a map of it on a worker process, where the limit holds. Other executors run it as ``fn``."""

    __slots__ = ("fn",)

    def __init__(self, fn: Callable[[T], R]) -> None:
        self.fn = fn

    def __call__(self, item: T) -> R:
        return self.fn(item)


def unit_started(key: str, size: int = 0) -> None:
    """A piece of work named ``key`` (unique in the run: a path and a record) of ``size`` characters begins: its
    clock starts (the limit grows with the size, per million characters). Raises :class:`TimeLimitExceeded` when
    this piece already took too long (its worker was killed, and the chunk is being run again)."""
    if _watch is not None:
        _watch.start(key, size)


def reading_started(key: str) -> None:
    """Reading the next record of a file (``key``: the file and the record before it) begins: marked like a page,
    with no time limit (reading is bounded by the byte budget), so a worker that dies in the reader is known to have
    died there, and the file's reading is run again up to that point (:class:`PieceCrashed` here, on the retry).
    End it with :func:`unit_done`."""
    if _watch is not None:
        _watch.start(key, -1)


def unit_done() -> None:
    """The piece of work begun last is over: its clock stops."""
    if _watch is not None:
        _watch.done()


def _cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of process ``pid``, None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            stat = fh.read()
        fields = stat[stat.rindex(b")") + 2 :].split()
        return (int(fields[11]) + int(fields[12])) / _TICKS
    except (OSError, ValueError, IndexError):
        return None


try:
    _TICKS = float(os.sysconf("SC_CLK_TCK"))
except (AttributeError, ValueError, OSError):  # pragma: no cover - not POSIX
    _TICKS = 100.0


Watch = tuple[Any, Any, float, frozenset[float], frozenset[float]]
"""What a pool worker's :func:`_worker_init` gets: the slots, the worker counter, the time limit (``inf``: none), the
keys (hashed) of the pieces that took too long and of those that killed their worker."""


def _worker_init(parent: int, watch: Watch | None = None) -> None:
    """Initializer of every pool worker: the worker never outlives the process that made the pool.

    - The cyclic garbage collector is on (a run pauses it in its own process: :mod:`cleaner.dedup.runtime`).
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
    gc.enable()  # (forked by a caller inside a run, mp_context="fork", it would keep the run's paused collector)
    if os.getppid() != parent:
        _die_with_parent()
    threading.Thread(target=_exit_when_gone, args=(parent,), daemon=True, name="cleaner-parent-watch").start()
    if watch is not None:
        global _watch
        slots, counter, limit, skip, crashed = watch
        with counter.get_lock():
            n = counter.value
            counter.value += 1
        base = n * _SLOT
        if base + _SLOT <= len(slots):
            slots[base + 1] = os.getpid()
            _watch = _Watch(slots, base, limit, skip, crashed)


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
    """Runs in this process. With a ``time_limit``, a map of a :class:`Watched` function (the per-file cleaning)
    runs on one worker process instead (:class:`LocalExecutor` of one), the only way to stop a page stuck in C
    code; ``time_limit`` None (``--time-limit 0``) keeps everything in process (a debugger, a profiler)."""

    workers = 1

    def __init__(self, time_limit: float | None = None) -> None:
        self.time_limit = time_limit or None
        self._one: LocalExecutor | None = None

    @property
    def isolates(self) -> bool:
        """Whether maps of :class:`Watched` functions run on a worker process: with a time limit, unless this
        process is a daemon (a ``multiprocessing.Pool`` worker, a Celery prefork child), which may start none; there
        everything runs in process and the limit is not enforced, as before the limit existed."""
        return self.time_limit is not None and not multiprocessing.current_process().daemon

    def _pool(self) -> LocalExecutor:
        if self._one is None:
            self._one = LocalExecutor(1, time_limit=self.time_limit)
        return self._one

    def start(self) -> None:
        if self.isolates:
            self._pool().start()

    def map(
        self,
        fn: Callable[[T], R],
        items: Iterable[T],
        *,
        chunksize: int = 1,
        on_error: OnError[T, R] | None = None,
    ) -> Iterator[R]:
        if self.isolates and isinstance(fn, Watched):
            return self._pool().map(fn, items, chunksize=chunksize, on_error=on_error)
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
        one, self._one = self._one, None
        if one is not None:
            one.close()

    def abort(self) -> None:
        one, self._one = self._one, None
        if one is not None:
            one.abort()

    def __enter__(self) -> SerialExecutor:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


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

    ``time_limit``: CPU seconds a piece of work marked by :func:`unit_started` may take (see the module's
    docstring); None for no limit.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        mp_context: str | None = DEFAULT_START_METHOD,
        time_limit: float | None = None,
    ) -> None:
        self.workers = min(workers or default_workers(), max_local_workers())
        self._context = mp_context
        self._pool: ProcessPoolExecutor | None = None
        self.time_limit = time_limit or None
        self._slots: Any = None
        self._timed_out: set[float] = set()
        """Keys (hashed) of the pieces that took too long: the workers of a rebuilt pool skip them."""
        self._crashed: set[float] = set()
        """Keys (hashed) of the pieces that killed their worker: the workers of a rebuilt pool skip them too."""
        self._killed = 0
        """Workers killed for the time limit since the pool was last rebuilt."""

    def _get(self) -> ProcessPoolExecutor:
        if self._pool is None:
            ctx = multiprocessing.get_context(self._context) if self._context else None
            if self._context == "forkserver":
                # The server imports the stage modules once; every worker forks from it with them loaded.
                multiprocessing.get_context("forkserver").set_forkserver_preload(FORKSERVER_PRELOAD)
                _start_forkserver()
            # Every pool marks its workers' pieces (two writes a page), with or without a time limit: the piece a
            # worker ran when it died is known, and skipped when its chunk runs again (:meth:`_isolated`).
            mp = ctx or multiprocessing.get_context()
            self._slots = mp.RawArray("d", self.workers * _SLOT)
            limit = math.inf if self.time_limit is None else self.time_limit
            watch = (self._slots, mp.Value("i", 0), limit, frozenset(self._timed_out), frozenset(self._crashed))
            self._killed = 0
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers, mp_context=ctx, initializer=_worker_init, initargs=(os.getpid(), watch)
            )
        return self._pool

    def _result(self, fut: Future[list[tuple[bool, object]]]) -> list[tuple[bool, object]]:
        """``fut.result()``; with a time limit, the workers' clocks are read while it waits."""
        if self.time_limit is None:
            return fut.result()
        while True:
            try:
                return fut.result(timeout=TICK)
            except TimeoutError:
                self._police()

    def _police(self) -> None:
        """Kill each worker whose piece of work is past its limit, and remember the piece."""
        slots = self._slots
        if slots is None:
            return
        now = time.monotonic()
        for base in range(0, len(slots), _SLOT):
            seq = slots[base]
            if not int(seq) % 2:
                continue
            pid, key, cpu0, wall0, limit = (int(slots[base + 1]), slots[base + 2], slots[base + 3],
                                            slots[base + 4], slots[base + 5])  # fmt: skip
            cpu = _cpu_seconds(pid)
            if cpu is None or slots[base] != seq:  # gone, or on to another piece meanwhile
                continue
            if cpu - cpu0 > limit or now - wall0 > limit * WALL_FACTOR:
                self._timed_out.add(key)
                self._killed += 1
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass

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
        again: deque[list[T]] = deque()  # chunks lost with a worker killed for the time limit: run again first
        inflight: deque[tuple[list[T], Future[list[tuple[bool, object]]]]] = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER

        def fill() -> None:
            while len(inflight) < limit:
                batch = again.popleft() if again else next(batches, None)
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
                    outcomes = self._result(fut)
                except BrokenProcessPool:
                    # A worker died: every chunk in flight is lost. Rebuild the pool and run those items
                    # one per task, so only the item that kills its worker fails.
                    lost = [batch, *(b for b, _ in inflight)]
                    inflight.clear()
                    killed = self._killed
                    self._reset(broken=True)
                    if killed:  # killed for the time limit: the new workers skip that piece; the chunks run as before
                        again.extendleft(reversed(lost))
                        fill()
                        continue
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
        """``item`` alone on the pool. When its worker dies in a marked piece of work (a page), the item runs again
        with that piece raising :class:`PieceCrashed` (the pipeline's ``worker_failed`` reject for the page), so the
        item's other pieces are kept; a death outside a piece (reading the file) fails the whole item."""
        while True:
            try:
                return self._result(self._get().submit(_run_chunk, fn, [item], catch))[0]
            except BrokenProcessPool:
                killed = self._killed
                piece = None if killed else self._running_piece()
                self._reset(broken=True)
                if killed:
                    continue
                if piece is None or piece in self._crashed or len(self._crashed) >= MAX_CRASHED:
                    return False, WorkerError(f"worker process died while processing {_describe(item)}")
                self._crashed.add(piece)

    def _running_piece(self) -> float | None:
        """The key (hashed) of the one piece of work a worker of the pool had begun and not ended; None when no
        piece, or more than one, was running (which of them killed the worker is not known)."""
        slots = self._slots
        if slots is None:
            return None
        running = [slots[b + 2] for b in range(0, len(slots), _SLOT) if int(slots[b]) % 2]
        return running[0] if len(running) == 1 else None

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


def _forget_fork_server() -> None:
    """In a child forked (``os.fork``, a ``fork`` context) from a process that started a fork server: that server is
    the parent's, and asking after it raises ``ChildProcessError`` (it is no child of this one), so a pool made here
    (``-j 1`` cleans on one) could not start. The child forgets it (closing its copy of the pipe that keeps the
    server alive) and starts its own when it needs one."""
    from multiprocessing import forkserver

    server: Any = getattr(forkserver, "_forkserver", None)
    if server is None or getattr(server, "_forkserver_pid", None) is None:
        return
    try:
        os.close(server._forkserver_alive_fd)
    except (OSError, TypeError):
        pass
    server._forkserver_alive_fd = server._forkserver_pid = server._forkserver_address = None
    server._lock = threading.Lock()  # (another thread of the parent may have held it at the fork)


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_fork_server)


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


WORKERS_PER_CORE = 4
"""A local pool starts at most this many worker processes per usable core (helper hostile15): the work is CPU-bound,
so more gives no speed, and each worker holds ≈ 100 MB; ``-j 100000`` (a typo, a config file) started that many
processes and took the machine. The outputs do not depend on the number of workers."""


def max_local_workers() -> int:
    """The most worker processes a local pool starts: :data:`WORKERS_PER_CORE` per usable core."""
    return WORKERS_PER_CORE * default_workers()


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
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Executor:
    """An executor for ``workers`` (``None`` or ``0``: every core; on Ray: every CPU of the cluster).

    ``backend="local"``: ``workers=1`` runs in process (the per-file cleaning on one worker process, with a
    ``time_limit``), more runs a process pool. ``time_limit``: CPU seconds per page (per million characters of it);
    None or 0 for none.
    ``backend="ray"``: Ray core tasks — a local Ray instance bound to 127.0.0.1,
    or the cluster at ``address`` (``"auto"``, ``"host:6379"``, ``"ray://host:10001"``).
    Raises :class:`cleaner.errors.UsageError` when Ray is asked for but not installed, or for negative ``workers``.
    """
    if workers is not None and workers < 0:
        from cleaner.errors import UsageError

        raise UsageError(f"workers must be 0 (every core) or more, not {workers}")
    if backend == "ray":
        from cleaner.execution.ray_executor import RayExecutor

        return RayExecutor(workers or None, address=address, time_limit=time_limit)
    if address is not None:
        from cleaner.errors import UsageError

        raise UsageError("--ray-address needs --executor ray")
    n = workers or default_workers()
    return SerialExecutor(time_limit) if n <= 1 else LocalExecutor(n, time_limit=time_limit)
