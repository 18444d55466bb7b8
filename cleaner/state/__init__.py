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

import errno
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
from cleaner.input.base import open_regular_fd
from cleaner.state import sqlite as _sqlite
from cleaner.state.sqlite import SQLiteIndex

__all__ = ["SQLiteIndex", "StateIndex", "export_state", "input_key", "is_redis_url", "open_state", "state_info"]


class StateIndex(DedupIndex, Protocol):
    """A persistent :class:`DedupIndex` whose run commits with :meth:`save`."""

    stories_at_open: int
    params: DedupParams
    """The parameters the run uses over this state: those it was opened with, but the state's own normaliser version
    when it records an earlier one this release still reads as (:func:`cleaner.state.sqlite.adopted_params`)."""

    def stories(self) -> int: ...

    def record_texts(self, stories: Iterable[Document]) -> None: ...

    def run_record(self, key: str) -> dict[str, Any] | None: ...

    def runs_into(self, out: str) -> list[dict[str, Any]]: ...

    def save(self, run: dict[str, Any] | None = None) -> None: ...

    def rollback(self) -> None: ...

    def close(self) -> None: ...


def is_redis_url(state: str | Path) -> bool:
    return str(state).startswith(("redis://", "rediss://", "unix://"))


def _lock_holder(fd: int) -> str:
    """The process holding a ``flock`` on the file behind ``fd`` (from ``/proc/locks``), or ``""``."""
    st = os.fstat(fd)
    ident = f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}"
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) >= 6 and parts[1] == "FLOCK" and parts[5] == ident and parts[4].isdigit():
                    return parts[4]
    except OSError:
        pass
    return ""


def _busy(path: str | Path, lock: str, holder: str) -> StateError:
    who = f" by process {holder}" if holder else ""
    return StateError(
        f"another cleaner run is using this state ({lock} is held{who}); only one run at a time",
        path=str(path),
    )


@contextmanager
def file_lock(path: str | Path) -> Iterator[None]:
    """Exclusive and non-blocking (a second run fails at once); the OS drops it if we die.

    Two locks: ``PATH.lock`` (it holds the holder's pid for the message), and a ``flock`` on the state file
    itself, which is what makes the state's identity the file and not its name: a run through a hard link,
    a symlink or another spelling of the path is refused too. (``flock`` locks are apart from the POSIX
    locks SQLite takes; the file's descriptor is closed only after SQLite's connection, so closing it
    never drops SQLite's locks.)"""
    lock = Path(f"{path}.lock")
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StateError(f"cannot create the lock file {lock}: {exc.strerror}", path=str(path)) from exc
    db_fd = -1
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
            raise _busy(path, f"lock {lock}", holder) from None
        try:
            db_fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise StateError(f"cannot open the state file: {exc.strerror}", path=str(path)) from exc
        try:
            fcntl.flock(db_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise _busy(path, "the state file, under another name (a hard link?),", _lock_holder(db_fd)) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        if db_fd >= 0:
            os.close(db_fd)
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
    if path.is_dir():
        raise StateError("is a folder: --state names the state file (e.g. FOLDER/state.db)", path=str(path))
    if path.exists() and not path.is_file():
        raise StateError("is not a regular file: --state names the state file", path=str(path))
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


_BLOCK = 1 << 20
"""A sparse input's bytes are hashed in blocks of this size; a block of zeros (a hole, or written) is skipped."""


def _first_hole(fd: int, size: int) -> int:
    """Where the file's first hole starts (``size``: none, or a file system that does not tell)."""
    try:
        return os.lseek(fd, 0, os.SEEK_HOLE)
    except (OSError, AttributeError):
        return size
    finally:
        os.lseek(fd, 0, os.SEEK_SET)  # (SEEK_HOLE moved the offset there)


def _hash_sparse(h: Any, fd: int, size: int) -> None:
    """Hash a file that has holes by the blocks holding data, each with its number: the holes are skipped with
    ``SEEK_DATA`` (helper hostile28: 83 GiB of sparse files were read and hashed, > 300 s before the run began),
    and a block of zeros written as data counts as a hole, so any sparse copy of the file gives the same key."""
    h.update(b"sparse\x00" + size.to_bytes(8, "little"))
    zero = bytes(_BLOCK)
    pos = 0
    while pos < size:
        try:
            data = os.lseek(fd, pos, os.SEEK_DATA)
        except OSError as exc:
            if exc.errno == errno.ENXIO:  # only a hole from pos on
                break
            raise
        end = min(size, os.lseek(fd, data, os.SEEK_HOLE))
        block = data - data % _BLOCK
        while block < end:
            chunk = os.pread(fd, _BLOCK, block)
            if chunk != zero[: len(chunk)]:
                h.update(block.to_bytes(8, "little") + len(chunk).to_bytes(4, "little"))
                h.update(chunk)
            block += _BLOCK
        pos = max(block, pos + 1)


def input_key(files: Sequence[str | Path], params: DedupParams) -> str:
    """Identity of one night's input: the dump files' names and bytes, and the dedup parameters. A file with
    holes (sparse) is hashed by its blocks of data (:func:`_hash_sparse`); any other file byte by byte, as before."""
    h = hashlib.blake2b(digest_size=16)
    h.update(params.fingerprint().encode("ascii"))
    for f in files:
        h.update(b"\x00" + str(f).encode("utf-8", "surrogateescape") + b"\x00")
        try:
            fd, size = open_regular_fd(str(f))  # a FIFO or /dev/zero among the inputs: not read (never blocks)
        except OSError as exc:
            h.update(f"unreadable:{exc.errno}".encode())
            continue
        try:
            if _first_hole(fd, size) < size:
                _hash_sparse(h, fd, size)
            else:
                while chunk := os.read(fd, 1 << 20):
                    h.update(chunk)
        except OSError as exc:
            h.update(f"unreadable:{exc.errno}".encode())
        finally:
            os.close(fd)
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
    current canonical copy), ``length``, ``title``, ``url`` and ``meta`` (merged from all its copies),
    ``merged`` / ``moved_from`` (when any), ``text`` (only if stored) and ``sources`` (each with its own
    ``url``, ``title`` and ``meta`` where it differs from the story's)."""
    if is_redis_url(state):
        from cleaner.state.redis import redis_export

        return redis_export(str(state))
    return _sqlite.export_state(state)
