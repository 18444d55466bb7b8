"""Persistent dedup state for the nightly batch.

::

    from cleaner.state import open_state
    with open_state("state.db", params) as state:     # takes STATE.lock; one run at a time
        result = cleaner.process(paths, params=params, index=state)
        ... write the outputs ...
        state.save()                                 # the run's one commit; without it nothing changes

``open_state`` gives a :class:`SQLiteIndex` (a :class:`cleaner.dedup.DedupIndex`)
for a file path, or a :class:`cleaner.state.redis.RedisIndex` for a
``redis://host:port/db`` URL (``pip install cleaner[redis]``). Only this
package imports sqlite3 and redis.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from cleaner.dedup import DedupIndex, DedupParams
from cleaner.document import Document
from cleaner.errors import StateError
from cleaner.input.base import open_regular
from cleaner.state import sqlite as _sqlite
from cleaner.state.sqlite import SQLiteIndex

__all__ = ["SQLiteIndex", "StateIndex", "export_state", "input_key", "is_redis_url", "open_state", "state_info"]


class StateIndex(DedupIndex, Protocol):
    """A persistent :class:`DedupIndex` whose run commits with :meth:`save`."""

    stories_at_open: int

    def stories(self) -> int: ...

    def record_texts(self, stories: Iterable[Document]) -> None: ...

    def run_record(self, key: str) -> dict[str, Any] | None: ...

    def save(self, run: dict[str, Any] | None = None) -> None: ...

    def rollback(self) -> None: ...

    def close(self) -> None: ...


def is_redis_url(state: str | Path) -> bool:
    return str(state).startswith(("redis://", "rediss://", "unix://"))


@contextmanager
def file_lock(path: str | Path) -> Iterator[None]:
    """``PATH.lock``, exclusive and non-blocking: a second run fails at once. The OS drops it if we die."""
    lock = Path(f"{path}.lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StateError(f"cannot create the lock file {lock}: {exc.strerror}", path=str(path)) from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            who = f" by process {holder}" if holder else ""
            raise StateError(
                f"another cleaner run is using this state (lock {lock} is held{who}); only one run at a time",
                path=str(path),
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)


@contextmanager
def open_state(
    state: str | Path, params: DedupParams | None = None, *, store_text: bool = False
) -> Iterator[StateIndex]:
    """The locked state of one run. Changes are kept only if :meth:`StateIndex.save` is called.

    Raises :class:`StateError` when another run holds the lock, or the state was
    built with other dedup parameters or tokenizer/hash versions.
    """
    params = params or DedupParams()
    if is_redis_url(state):
        from cleaner.state.redis import redis_state

        with redis_state(str(state), params, store_text=store_text) as ridx:
            yield ridx
        return
    path = Path(state)
    if path.parent and not path.parent.exists():
        raise StateError("the folder of the state file does not exist", path=str(path))
    with file_lock(path):
        idx = SQLiteIndex(path, params, defer_commit=True, store_text=store_text)
        try:
            yield idx
        except sqlite3.DatabaseError as exc:  # disk full, I/O error, damaged file: the run's changes roll back
            raise StateError(
                f"the state could not be read or written ({exc}); it is unchanged", path=str(path)
            ) from exc
        finally:
            idx.close()


def input_key(files: Sequence[str | Path], params: DedupParams) -> str:
    """Identity of one night's input: the dump files' names and bytes, and the dedup parameters."""
    h = hashlib.blake2b(digest_size=16)
    h.update(params.fingerprint().encode("ascii"))
    for f in files:
        h.update(b"\x00" + str(f).encode("utf-8", "surrogateescape") + b"\x00")
        try:
            with open_regular(str(f)) as fh:  # a FIFO or /dev/zero among the inputs: not read (never blocks)
                while chunk := fh.read(1 << 20):
                    h.update(chunk)
        except OSError as exc:
            h.update(f"unreadable:{exc.errno}".encode())
    return h.hexdigest()


def state_info(state: str | Path, *, tables: bool = False) -> dict[str, Any]:
    """Counts, parameters and size of a state (read only; fine while a run holds the lock); ``tables``: also
    bytes per SQLite table and index."""
    if is_redis_url(state):
        from cleaner.state.redis import redis_info

        return redis_info(str(state))
    return _sqlite.state_info(state, tables=tables)


def export_state(state: str | Path) -> Iterator[dict[str, Any]]:
    """One JSON-ready record per story, in the order stories were first seen: ``id``, ``doc_id`` (the
    current canonical copy), ``length``, ``text`` (only if stored) and ``sources``."""
    if is_redis_url(state):
        from cleaner.state.redis import redis_export

        return redis_export(str(state))
    return _sqlite.export_state(state)
