"""Atomic output files: a killed run never leaves half a file behind.

Every text written here is UTF-8; a lone surrogate (a file name holding bytes that are not UTF-8, kept by
Python as ``\\udcXX``; a ``\\ud800`` escape in an input JSON record) is written as its JSON escape
(``"\\udcff"``), so the line stays valid JSON, ``json.loads`` gives back the same string, and
``os.fsencode`` of a path gives back the original bytes. A write that fails (a full disk, a read-only
folder) raises :class:`OSError` naming the file.
"""

from __future__ import annotations

import errno
import fcntl
import glob
import gzip
import json
import os
import secrets
import shutil
import socket
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

__all__ = [
    "BATCH_FOLDERS",
    "FORMATS",
    "OUTPUT_MARKER",
    "atomic_open",
    "check_out_dir",
    "claim_out_dir",
    "dumps_line",
    "fsync_dir",
    "is_output_dir",
    "output_name",
    "sweep_leftovers",
    "write_json",
    "write_jsonl",
    "write_records",
]

FORMATS = ("jsonl", "jsonl.gz", "parquet")
"""Formats of ``stories`` and ``updates``: ``--format``. Rejects and the report stay JSON."""

OUTPUT_MARKER = ".cleaner-output"
"""A file a run puts in its ``--out`` folder before anything else: a folder holding it is never read as input
(an ``--out`` inside an input folder, the outputs of a killed run, another night's outputs)."""

OUT_LOCK = ".cleaner-output.lock"
"""The lock file a run holds in its ``--out`` folder while it runs (:func:`claim_out_dir`); removed at its end."""

MIN_FREE_BYTES = 1 << 20
"""``--out`` on a file system with less free space than this is refused before the work starts."""

_ERRORS = "backslashreplace"
"""How text becomes UTF-8: a lone surrogate becomes ``\\udcXX``, its JSON escape inside a JSON string."""


def _named(exc: OSError, path: Path) -> OSError:
    """``exc`` naming ``path`` (a failed ``write`` names no file: ``cleaner: : No space left on device``)."""
    if exc.filename:
        return exc
    named = OSError(exc.errno, exc.strerror or os.strerror(exc.errno or 0) or str(exc), str(path))
    named.__cause__ = exc
    return named


_MODE: list[int] = []


def _file_mode() -> int:
    """0o666 less the process's umask (read once: reading it means setting it)."""
    if not _MODE:
        mask = os.umask(0o022)
        os.umask(mask)
        _MODE.append(0o666 & ~mask)
    return _MODE[0]


@contextmanager
def atomic_open(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path``; on success fsync and rename over it. Errors name ``path``.

    Where the file system can (Linux ``O_TMPFILE``), the temporary file has no name until it is complete: a run
    killed while writing leaves nothing behind. It is then linked under a temporary name and renamed over
    ``path``. Elsewhere a named temporary file (``.NAME.XXXX.tmp``) is used, which a kill can leave; a later
    run removes such leftovers (:func:`sweep_leftovers`)."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = _temporary(path)
    except OSError as exc:
        raise _named(exc, path.parent) from exc
    try:
        binary = "b" in mode
        with os.fdopen(fd, mode, encoding=None if binary else "utf-8", errors=None if binary else _ERRORS) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
            if tmp is None:  # complete: give it a name (only while the descriptor is open)
                tmp = _leftover_name(path)
                _link(fh.fileno(), Path(tmp))
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        if isinstance(exc, OSError):
            raise _named(exc, path) from exc
        raise
    fsync_dir(path.parent)


_ANONYMOUS: list[bool] = []
"""Whether ``O_TMPFILE`` worked here once (tried until it fails: then named temporary files)."""


def _temporary(path: Path) -> tuple[int, str | None]:
    """A new file for writing ``path``: (descriptor, its temporary name, or ``None`` while it has none)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if flag and _ANONYMOUS != [False] and os.path.isdir("/proc/self/fd"):
        try:
            fd = os.open(path.parent, flag | os.O_WRONLY, 0o666)  # the umask applies, as to any new file
        except OSError:  # a file system without it (some network and overlay ones)
            _ANONYMOUS[:] = [False]
        else:
            _ANONYMOUS[:] = [True]
            return fd, None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, _file_mode())  # mkstemp makes it 0600: an output gets the mode any new file would get
    return fd, tmp


def _link(fd: int, name: Path) -> None:
    """Give the unnamed file ``fd`` the name ``name`` (``linkat`` following ``/proc/self/fd/N``: a plain ``link``
    does not follow it, and Python calls ``linkat`` only when a directory descriptor is given)."""
    folder = os.open(name.parent, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.link(f"/proc/self/fd/{fd}", name.name, dst_dir_fd=folder, follow_symlinks=True)
    finally:
        os.close(folder)


def _leftover_name(path: Path) -> str:
    return str(path.parent / f".{path.name}.{secrets.token_hex(4)}.tmp")


def _sweep_outputs(out: Path) -> None:
    """A killed run's temporary files of the outputs a run writes (named ones only; see :func:`atomic_open`)."""
    names = [output_name(stem, fmt) for stem in ("stories", "updates") for fmt in FORMATS]
    try:
        sweep_leftovers(out, [*names, "rejects.jsonl", "report.json", "audit.jsonl.gz", OUTPUT_MARKER])
    except OSError as exc:
        raise _named(exc, out) from exc


def sweep_leftovers(folder: Path, names: Iterable[str]) -> None:
    """Remove the temporary files (``.NAME.XXXX.tmp``) that a killed run writing ``names`` in ``folder`` left."""
    for name in names:
        for stray in folder.glob(f".{glob.escape(name)}.*.tmp"):
            stray.unlink(missing_ok=True)


BATCH_FOLDERS = ".reject-batches-*"
"""The folders in which an in-memory run's workers write their batches' rejects (``pipeline._batch_folder``)."""


def _sweep_batch_folders(out: Path) -> None:
    """Remove the workers' reject folders (:data:`BATCH_FOLDERS`) a killed run left in ``out``: called with the
    folder's lock held, so no live run of this folder owns one."""
    for stray in out.glob(BATCH_FOLDERS):
        if stray.is_dir() and not stray.is_symlink():
            shutil.rmtree(stray, ignore_errors=True)


def fsync_dir(directory: Path) -> None:
    """Make a rename or a new file in ``directory`` durable (best effort)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def dumps_line(obj: Any) -> str:
    """One JSON line (no newline) that encodes to UTF-8 whatever strings ``obj`` holds (see the module doc)."""
    line = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    try:
        line.encode("utf-8")
    except UnicodeEncodeError:
        return line.encode("utf-8", _ERRORS).decode("utf-8")
    return line


def write_jsonl(path: str | Path, records: Iterable[dict[str, Any]]) -> int:
    """Write one JSON object per line (UTF-8, not ASCII-escaped); returns the count."""
    n = 0
    with atomic_open(path) as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")))
            fh.write("\n")
            n += 1
    return n


def _jsonl_lines(records: Iterable[dict[str, Any]]) -> Iterator[str]:
    for rec in records:
        yield dumps_line(rec) + "\n"  # lone surrogates escaped: the line encodes to UTF-8


def output_name(stem: str, fmt: str) -> str:
    """``stories`` + ``parquet`` → ``stories.parquet``."""
    if fmt not in FORMATS:
        raise ValueError(f"format is one of {', '.join(FORMATS)}, not {fmt!r}")
    return f"{stem}.{fmt}"


def write_records(
    out_dir: str | Path,
    stem: str,
    records: Iterable[dict[str, Any]],
    fmt: str = "jsonl",
    *,
    others: bool = True,
    level: int = 6,
) -> Path:
    """Write ``records`` as ``OUT/<stem>.<fmt>`` atomically and (``others``) remove the same stem in the other
    formats (a stale file of an earlier run in another format would read as this run's). ``level``: gzip's
    compression level for ``jsonl.gz``. Returns the path."""
    out = Path(out_dir)
    path = out / output_name(stem, fmt)
    if fmt == "jsonl":
        write_jsonl(path, records)
    elif fmt == "jsonl.gz":
        with (
            atomic_open(path, "wb") as raw,
            gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0, compresslevel=level) as fh,
        ):
            for line in _jsonl_lines(records):
                fh.write(line.encode("utf-8"))
    else:
        from cleaner.parquet import write_parquet

        write_parquet(path, records)
    for other in FORMATS if others else ():
        if other != fmt:
            (out / output_name(stem, other)).unlink(missing_ok=True)
    return path


def write_json(path: str | Path, obj: Any) -> None:
    with atomic_open(path) as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")


def is_output_dir(directory: str | Path) -> bool:
    """Whether ``directory`` is a cleaner ``--out`` folder (it holds :data:`OUTPUT_MARKER`)."""
    return os.path.isfile(os.path.join(directory, OUTPUT_MARKER))


def check_out_dir(out: str | Path) -> Path:
    """Create ``out`` if needed and make sure a run can write there, before any work: mark it as an output folder
    (:data:`OUTPUT_MARKER`, written and fsynced like an output) and check the free space. Raises
    :class:`OSError` naming the folder (read-only, no permission, a file in the way, a full disk)."""
    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OSError(errno.ENOTDIR, "--out names a file, not a folder", str(out))
    marker = out / OUTPUT_MARKER
    if marker.is_file():  # a probe only: a rerun leaves the folder's files as they are
        _sweep_outputs(out)
        try:
            fd, probe = tempfile.mkstemp(prefix=".cleaner-probe.", dir=out)
        except OSError as exc:
            raise _named(exc, out) from exc
        os.close(fd)
        os.unlink(probe)
    else:
        with atomic_open(marker) as fh:
            fh.write("cleaner output folder: never read as input by cleaner run\n")
    st = os.statvfs(out)
    if st.f_bavail * st.f_frsize < MIN_FREE_BYTES:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(out))
    return out


@contextmanager
def claim_out_dir(out: str | Path) -> Iterator[Path]:
    """``out`` for this run alone, checked as :func:`check_out_dir` does, for the life of the ``with`` block (a
    library call's run, not its process): an advisory ``flock`` on ``OUT/.cleaner-output.lock``, which names its
    holder (pid, host, start). A second run into the same folder while one runs raises :class:`CleanerError`
    naming it, before it sweeps or writes anything (two plain runs both exited 0 and the later one replaced the
    other's outputs without a word). The lock dies with a killed run's process, so its leftover file never blocks
    the next run; the file is removed at the end."""
    from cleaner.errors import CleanerError

    out = Path(out)
    if out.exists() and not out.is_dir():
        raise OSError(errno.ENOTDIR, "--out names a file, not a folder", str(out))
    if out.is_symlink() and not out.exists():  # (mkdir said "File exists")
        raise OSError(errno.ENOENT, f"--out is a symbolic link to {os.readlink(out)}, which does not exist", str(out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _named(exc, out) from exc
    lock = out / OUT_LOCK
    fd = _locked(lock)
    if fd < 0:
        holder = _holder(lock)
        raise CleanerError(
            f"{out}: another cleaner run is writing into this folder ({holder}); wait for it to end, or give this "
            "run another --out (two runs into one folder would replace each other's outputs)"
        )
    try:
        since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
        stamp = f"process {os.getpid()} on {socket.gethostname()}, since {since}"
        os.ftruncate(fd, 0)
        os.pwrite(fd, (stamp + "\n").encode("utf-8", "replace"), 0)
        _sweep_batch_folders(out)
        yield check_out_dir(out)
    finally:
        try:
            os.unlink(lock)  # (while held: a run that opened it before sees it gone and takes a new one)
        except OSError:
            pass
        os.close(fd)


def _locked(lock: Path) -> int:
    """A descriptor of ``lock`` holding its ``flock`` (the file as it is named now), or -1 when another holds it."""
    while True:
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:  # (the folder is named, as a refused marker names it)
            raise OSError(exc.errno, exc.strerror, str(lock.parent)) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return -1
        try:
            named = os.stat(lock)
        except FileNotFoundError:  # removed by the run that held it as it ended: take a new one
            os.close(fd)
            continue
        st = os.fstat(fd)
        if (named.st_dev, named.st_ino) == (st.st_dev, st.st_ino):
            return fd
        os.close(fd)  # replaced meanwhile by another run's new lock file


def _holder(lock: Path) -> str:
    try:
        with open(lock, encoding="utf-8", errors="replace") as fh:
            text = fh.read(200).strip()
    except OSError:
        text = ""
    return text or "a process that has not written its name yet"
