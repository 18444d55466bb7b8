"""The Ray executor: the same ordered ``map`` as :class:`cleaner.execution.executor.LocalExecutor`, on Ray core tasks.

The only module that imports ``ray`` (``pip install 'story-cleaner[ray]'``); nothing
imports it unless a Ray executor is asked for, so ``import cleaner`` never needs Ray.

::

    from cleaner.execution.ray_executor import RayExecutor
    with RayExecutor(2) as ex:                          # a local Ray instance, 127.0.0.1 only
        cleaner.run(paths, out, executor=ex)
    with RayExecutor(address="ray://head:10001") as ex: # a cluster: every CPU of it
        ...
    with RayExecutor(address="127.0.0.1:6379") as ex:   # a cluster on this machine, bound to 127.0.0.1
        ...

How it runs: items are cut into shards of ``chunksize`` items; one Ray task per
shard runs the pure per-item function and returns the shard's results; at most
``in_flight × workers`` shards are submitted ahead of the one being collected,
and results are collected in input order — memory stays flat however long the
input, and the output is the local executor's, byte for byte. The function is
pickled once per ``map`` (``ray.put``) and unpickled once per worker process
(a small cache keyed by its digest), not once per shard. On start, one warm-up
task per CPU starts the worker processes and imports the stage modules and the
tokenizer dictionaries (:data:`WARM_MODULES`) while the caller lists its inputs.
Ray retries a task whose worker died; if it keeps dying, the shard is run again
one item per task so only the poisonous item fails (``on_error``, or
:class:`cleaner.execution.executor.WorkerError`). With a ``time_limit`` each worker
has a watchdog process (:mod:`cleaner.execution.watchdog`) that kills it when a
page takes too long, after naming the page in a file on the node; that page is a
``timeout`` reject when the task runs again.

Core tasks rather than Ray Data: this work is a plain ordered map of a Python
function over small items; Ray Data's per-block scheduling and (for the
grouping) ``groupby().map_groups()`` shuffle measured several times slower
for this shape of work (see the README's "Scaling out").

On a cluster, every node needs the same ``cleaner`` (and rules) installed, or
pass ``runtime_env={"py_modules": [cleaner]}``; input paths must be readable
at the same path on every node (a shared file system), since tasks read files.
"""

from __future__ import annotations

import hashlib
import importlib
import ipaddress
import logging
import mmap
import os
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from typing import Any, TypeVar

from cleaner.errors import UsageError
from cleaner.execution import executor
from cleaner.execution.executor import (
    TICK,
    WALL_FACTOR,
    OnError,
    TimeLimitExceeded,
    WorkerError,
    _batches,
    _describe,
    _key_hash,
    _run_chunk,
    _unpack,
    default_workers,
    piece_limit,
)

T = TypeVar("T")
R = TypeVar("R")

__all__ = ["RayExecutor", "ray_available"]

_LOCAL_ONLY_ENV = "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"
"""Ray's switch for "this node is not part of a multi-node cluster" (named in Ray's own ``ray start`` messages).
With it off, Ray takes 127.0.0.1 as the node's IP and every Ray process binds to it. Ray has no other way on
Linux: ``ray start --node-ip-address=127.0.0.1`` and ``ray.init(_node_ip_address="127.0.0.1")`` are rewritten
to the node's routable IP (``resolve_ip_for_localhost``; ray-project/ray#26293, "intentional"), and so is a
loopback ``address`` (ray-project/ray#59110). The switch is read once, when ``ray`` is imported; so for this
process :func:`_loopback_only` also sets the module constant it was read into. To start a loopback-only
cluster for ``RayExecutor(address="127.0.0.1:PORT")``::

    RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0 ray start --head --port PORT --num-cpus 2 --include-dashboard false
"""


@contextmanager
def _loopback_only() -> Iterator[None]:
    """Within the block, this process (and the Ray processes it starts) takes 127.0.0.1 as the node's IP."""
    from ray._private import ray_constants

    saved_env = os.environ.get(_LOCAL_ONLY_ENV)
    saved_flag = ray_constants.ENABLE_RAY_CLUSTER
    os.environ[_LOCAL_ONLY_ENV] = "0"
    ray_constants.ENABLE_RAY_CLUSTER = False
    try:
        yield
    finally:
        ray_constants.ENABLE_RAY_CLUSTER = saved_flag
        if saved_env is None:
            os.environ.pop(_LOCAL_ONLY_ENV, None)
        else:
            os.environ[_LOCAL_ONLY_ENV] = saved_env


def _is_loopback(address: str) -> bool:
    """``"127.0.0.1:6379"``, ``"localhost:6379"``, ``"[::1]:6379"``: a GCS address on this machine's loopback.
    (``ray://`` client addresses are not resolved by Ray, and ``"auto"`` is whatever the cluster wrote.)"""
    if "://" in address:
        return False
    host = address.rsplit(":", 1)[0] if address.count(":") == 1 or address.startswith("[") else address
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def ray_available() -> str | None:
    """``None`` when Ray can be imported, else why not (for skip messages and CLI errors)."""
    try:
        import ray  # noqa: F401
    except Exception as exc:  # ImportError, or a broken install
        return f"ray cannot be imported ({type(exc).__name__}: {exc}); install it with pip install 'story-cleaner[ray]'"
    return None


def _import_ray() -> Any:
    try:
        import ray
    except Exception as exc:
        raise UsageError(
            f"the Ray executor needs Ray: pip install 'story-cleaner[ray]' ({type(exc).__name__}: {exc})"
        ) from exc
    return ray


WARM_MODULES = ("cleaner.pipeline", "cleaner.dedup.signature", "cleaner.dedup.warm")
"""What a worker imports before its first shard when the executor warms up: the stage modules, and the dedup
map step's dictionaries (``cleaner.dedup.warm``: rjieba, OpenCC), which every Ray worker process loads for
itself (a process pool forks its workers from one server that has them loaded)."""

_FN_CACHE: dict[bytes, Callable[[Any], Any]] = {}
"""Worker side: the mapped functions this worker process has unpickled, by digest (the last few maps)."""

_FN_CACHE_SIZE = 8


def _timeouts_folder() -> str:
    """Where this node's watchdogs name the pieces of work they stopped (:mod:`cleaner.execution.watchdog`)."""
    return os.path.join(tempfile.gettempdir(), "cleaner-timeouts")


class _WorkerClock:
    """The time limit in a Ray worker process: :func:`unit_started` and :func:`unit_done` write the piece into a
    slot shared with the worker's watchdog process (:mod:`cleaner.execution.watchdog`), which kills the worker
    past the limit after leaving a file that names the piece (the map's token and the piece's key). Ray sees a
    dead worker and runs the task again (its retry, then one item a task): the piece, found among those files
    (:attr:`skip`, read when a task starts), raises :class:`TimeLimitExceeded` instead of running again."""

    def __init__(self) -> None:
        from cleaner.execution import watchdog

        fd, path = tempfile.mkstemp(prefix="cleaner-clock-")
        try:
            os.ftruncate(fd, watchdog.SLOT.size)
            self.slot = mmap.mmap(fd, watchdog.SLOT.size)
        finally:
            os.close(fd)
        self.seq, self.token, self.limit, self.skip = 0, 0, 0.0, frozenset[float]()
        self.folder = _timeouts_folder()
        args = [str(os.getpid()), path, self.folder, str(TICK), str(WALL_FACTOR)]
        self.process = subprocess.Popen(  # it unlinks the slot's file once it has it open
            [sys.executable, "-I", watchdog.__file__, *args], stdin=subprocess.DEVNULL, start_new_session=True
        )

    def begin_task(self, limit: float, token: int, stopped: tuple[float, ...] = ()) -> None:
        """A task of the map ``token`` starts: its limit, and the pieces of that map stopped before: on this node, and
        ``stopped`` (on any node: the driver gathered them after a worker died, :func:`_stopped_on_node`)."""
        self.limit, self.token = limit, token
        self.skip = frozenset(_stopped_on_node(token)).union(stopped)

    def start(self, key: str, size: int) -> None:
        from cleaner.execution.watchdog import SLOT

        h, limit = _key_hash(key), piece_limit(self.limit, size)
        if h in self.skip:
            raise TimeLimitExceeded(key, limit)
        self.seq += 1
        SLOT.pack_into(self.slot, 0, 0, self.token, h, time.process_time(), time.monotonic(), limit)
        self.slot[:8] = (2 * self.seq - 1).to_bytes(8, "little")  # odd: running (last, so never half-written)

    def done(self) -> None:
        self.slot[:8] = (2 * self.seq).to_bytes(8, "little")


_CLOCK: _WorkerClock | None = None
"""Worker side: this worker process's clock and watchdog, made by its first task of a map with a time limit."""


_Clock = tuple[float, int] | tuple[float, int, tuple[float, ...]]
"""A map's time limit, its token, and (after a worker died) the pieces stopped on any node of the cluster."""


def _ray_chunk(
    key: bytes, blob: bytes, chunk: list[Any], catch: bool, clock: _Clock | None = None
) -> list[tuple[bool, object]]:
    """Task body: the local executor's chunk runner. The function arrives pickled (``blob``, its digest
    ``key``) and is unpickled once per worker process and map, not once per shard. ``clock``: the time limit
    and the map's token (and the pieces stopped on any node), or None."""
    global _CLOCK
    fn = _FN_CACHE.get(key)
    if fn is None:
        from ray import cloudpickle

        fn = cloudpickle.loads(blob)
        while len(_FN_CACHE) >= _FN_CACHE_SIZE:
            _FN_CACHE.pop(next(iter(_FN_CACHE)))
        _FN_CACHE[key] = fn
    if clock is None:
        executor._watch = None
        return _run_chunk(fn, chunk, catch)
    if _CLOCK is None:
        _CLOCK = _WorkerClock()
    _CLOCK.begin_task(*clock)
    executor._watch = _CLOCK
    try:
        return _run_chunk(fn, chunk, catch)
    finally:
        _CLOCK.done()
        executor._watch = None


def _stopped_on_node(token: int, forget: bool = False) -> list[float]:
    """Task body (and worker side): the pieces of the map ``token`` that this node's watchdogs stopped (their key
    hashes), from the files they left; ``forget``: remove those files."""
    from cleaner.execution.watchdog import timeout_name

    prefix = timeout_name(token, 0)[:17]
    folder = _timeouts_folder()
    try:
        names = [n for n in os.listdir(folder) if n.startswith(prefix)]
    except OSError:
        return []
    if forget:
        for name in names:
            with suppress(OSError):
                os.unlink(os.path.join(folder, name))
    return [float(int(n[17:], 16)) for n in names]


def _forget_timeouts(token: int) -> None:
    """Remove this node's files of the pieces the map ``token`` stopped (:meth:`RayExecutor._on_every_node` does
    it on the other nodes of a cluster where a worker died)."""
    _stopped_on_node(token, forget=True)


def _warm(modules: tuple[str, ...]) -> int:
    """Task body: import ``modules`` in this worker process; its pid."""
    for name in modules:
        importlib.import_module(name)
    return os.getpid()


class RayExecutor:
    """Ray core tasks over shards of items; ordered results; bounded in-flight shards.

    - ``address=None``: start a local Ray instance with ``num_cpus=workers``
      (default: every core), no dashboard, logs under ``temp_dir`` (default: a
      fresh temporary directory, removed on :meth:`close`), every process
      bound to 127.0.0.1.
    - ``address="auto" | "host:port" | "ray://host:10001"``: connect to a
      running cluster; ``workers`` defaults to the cluster's CPU count. A
      loopback ``host`` (``127.0.0.1``, ``localhost``) connects to a cluster
      started on this machine bound to 127.0.0.1 (see :data:`_LOCAL_ONLY_ENV`).
    - ``in_flight``: shards submitted per worker ahead of the one collected.
    - ``warm``: start the workers and import the stage modules at once
      (one task per CPU) rather than on the first shard.
    - If Ray is already initialised in this process, that instance is used and
      left running on :meth:`close`.
    - ``time_limit``: CPU seconds a piece of work marked by :func:`unit_started` may take (as for
      :class:`cleaner.execution.executor.LocalExecutor`; None: no limit). Each worker has a watchdog process
      (:class:`_WorkerClock`): past the limit it names the piece in a file on the node and kills the worker; the
      task runs again (Ray's retry, then one item a task) with that piece raising :class:`TimeLimitExceeded`.
      On a cluster, a task run again on another node does not see that file: the piece runs again there (bounded
      by Ray's retries); then the driver gathers the files of every node, and the piece raises
      :class:`TimeLimitExceeded` in its one-item task wherever it runs.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        address: str | None = None,
        temp_dir: str | os.PathLike[str] | None = None,
        in_flight: int = 4,
        warm: bool = True,
        runtime_env: dict[str, Any] | None = None,
        max_retries: int = 2,
        logging_level: int = logging.ERROR,
        time_limit: float | None = None,
    ) -> None:
        ray = _import_ray()
        self._ray = ray
        self.time_limit = time_limit or None
        self._owns = False
        self._made_temp: str | None = None
        self.in_flight = max(1, in_flight)
        if not ray.is_initialized():
            if address:
                # A cluster on this machine bound to 127.0.0.1 (``ray start --head`` with the switch below):
                # Ray would otherwise rewrite a loopback address to this node's routable IP and never connect.
                with _loopback_only() if _is_loopback(address) else nullcontext():
                    ray.init(
                        address=address,
                        runtime_env=runtime_env,
                        log_to_driver=False,
                        logging_level=logging_level,
                    )
            else:
                self._init_local(ray, workers or default_workers(), temp_dir, runtime_env, logging_level)
            self._owns = True
        cpus = int(ray.cluster_resources().get("CPU", 0)) or 1
        self.workers = workers or cpus
        self._task = ray.remote(num_cpus=1, max_retries=max_retries)(_ray_chunk)
        self._single = ray.remote(num_cpus=1, max_retries=0)(_ray_chunk)
        self._warming: list[Any] = []
        if warm:
            # Start the workers and load what the stages need while the caller lists its inputs: on a running
            # cluster, a new driver's worker processes start only when its first tasks arrive (≈ 1-2 s here).
            warm_task = ray.remote(num_cpus=1, max_retries=0, scheduling_strategy="SPREAD")(_warm)
            self._warming = [warm_task.remote(WARM_MODULES) for _ in range(self.workers)]

    def _init_local(
        self,
        ray: Any,
        cpus: int,
        temp_dir: str | os.PathLike[str] | None,
        runtime_env: dict[str, Any] | None,
        logging_level: int,
    ) -> None:
        if temp_dir is None:
            # Short and absolute: Ray puts unix sockets under it (path length limit ≈ 107 bytes).
            tmp_root = "/tmp" if os.name == "posix" else None
            temp_dir = self._made_temp = tempfile.mkdtemp(prefix="cleaner-ray-", dir=tmp_root)
        with _loopback_only():
            ray.init(
                num_cpus=cpus,
                include_dashboard=False,
                _temp_dir=os.path.abspath(temp_dir),
                runtime_env=runtime_env,
                log_to_driver=False,
                logging_level=logging_level,
            )

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
        ray = self._ray
        catch = on_error is not None
        blob: bytes = ray.cloudpickle.dumps(fn)  # as Ray would pickle it (functions of __main__ by value)
        fn_ref = (hashlib.blake2b(blob, digest_size=16).digest(), ray.put(blob))
        clock: _Clock | None = None if self.time_limit is None else (self.time_limit, secrets.randbits(63))
        died = False  # a worker died in this map (with a time limit: maybe killed by its watchdog, on any node)
        batches = _batches(items, chunksize)
        inflight: deque[tuple[list[T], Any]] = deque()
        limit = self.workers * self.in_flight

        def fill() -> None:
            while len(inflight) < limit:
                batch = next(batches, None)
                if batch is None:
                    return
                inflight.append((batch, self._task.remote(*fn_ref, batch, catch, clock)))

        try:
            fill()
            while inflight:
                batch, ref = inflight.popleft()
                try:
                    outcomes = ray.get(ref)
                except ray.exceptions.RayTaskError:
                    if not catch:
                        raise  # fn raised: the same exception type as in process (RayTaskError subclasses it)
                    outcomes = [self._isolated(fn_ref, item, catch, clock) for item in batch]
                except ray.exceptions.RayError:  # the worker died (after Ray's retries), OOM-killed, …
                    died = True
                    if clock is not None:  # (a watchdog may have killed it on a node this task runs no more on)
                        clock = (clock[0], clock[1], self._stopped(clock[1]))
                    outcomes = [self._isolated(fn_ref, item, catch, clock) for item in batch]
                yield from _unpack(batch, outcomes, on_error)
                fill()
        finally:
            for _, ref in inflight:
                ray.cancel(ref, force=False)
            if clock is not None:
                _forget_timeouts(clock[1])
                if died:
                    self._on_every_node(clock[1], forget=True)

    def _stopped(self, token: int) -> tuple[float, ...]:
        """The pieces of the map ``token`` that a watchdog stopped, on any node of the cluster. A piece's file is on
        the node where it was stopped; Ray may run the task again on another (its retries, then one item a task), where
        the piece ran again until the retries were spent, and its file was a ``worker_failed`` reject instead of a
        ``timeout`` (hostile13's "left"; helper hostile17). The one-item tasks run with these."""
        return tuple(sorted(set(self._on_every_node(token))))

    def _on_every_node(self, token: int, *, forget: bool = False) -> list[float]:
        """:func:`_stopped_on_node` on every live node (a task of no CPU pinned to each, so a busy node answers at
        once; a node that does not answer within 60 s is passed over)."""
        ray = self._ray
        from ray.util.scheduling_strategies import NodeAffinitySchedulingStrategy

        probe = ray.remote(num_cpus=0, max_retries=0)(_stopped_on_node)
        refs = []
        for node in ray.nodes():
            if node.get("Alive"):
                where = NodeAffinitySchedulingStrategy(node["NodeID"], soft=False)
                refs.append(probe.options(scheduling_strategy=where).remote(token, forget))
        found: list[float] = []
        ready, _ = ray.wait(refs, num_returns=len(refs), timeout=60)
        for ref in ready:
            with suppress(ray.exceptions.RayError):
                found.extend(ray.get(ref))
        return found

    def _isolated(
        self, fn_ref: tuple[bytes, Any], item: object, catch: bool, clock: _Clock | None
    ) -> tuple[bool, object]:
        ray = self._ray
        try:
            result: list[tuple[bool, object]] = ray.get(self._single.remote(*fn_ref, [item], catch, clock))
        except ray.exceptions.RayError as exc:
            return False, WorkerError(f"worker failed while processing {_describe(item)}: {type(exc).__name__}")
        return result[0]

    def close(self) -> None:
        self._warming = []
        if self._owns:
            self._ray.shutdown()
            self._owns = False
        if self._made_temp is not None:
            shutil.rmtree(self._made_temp, ignore_errors=True)
            self._made_temp = None

    def __enter__(self) -> RayExecutor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
