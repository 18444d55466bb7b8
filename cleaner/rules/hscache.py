"""The rules' Hyperscan databases (:mod:`cleaner.rules.prefilter`), cached on disk (:func:`cleaner.cachedir.cache_dir`).

Compiling them is most of a process's start: ≈ 1 CPU-s of the ≈ 2.5 a fresh process spends before its first page
is cleaned (the literal database of ≈ 800 literals, the database of ≈ 60 loosened patterns, the per-kind scans), paid
again by every worker process of ``cleaner run`` (``-j 1`` cleans on one). A database is saved once as Hyperscan
serializes it (``hyperscan.dumpb``) and read back (``hyperscan.loadb``, a few milliseconds) by later processes.

The file's name is a SHA-256 of everything the database is made of (the expressions in order, their flags, literal
or not, the mode, this module's format and the ``hyperscan`` release); its content starts with a SHA-256 of the
rest, so a file cut short or damaged is compiled again (and rewritten), never read. Only a database whose compile
took at least :data:`MIN_COMPILE_SECONDS` is saved (a small rule set, a test's, compiles in milliseconds: no file
for it). Hyperscan refuses a database made for another CPU (``HS_DB_PLATFORM_ERROR``): compiled again too. Files are
written atomically; a cache that cannot be read or written only costs the compile. ``CLEANER_HS_CACHE=0`` switches
the cache off."""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from cleaner.cachedir import cache_dir

__all__ = ["compiled_database"]

_FORMAT = "1"
MIN_COMPILE_SECONDS = 0.05
"""CPU seconds a compile must take for its database to be saved (the default rules' take ≈ 0.1-0.7 each)."""


def _release() -> str:
    try:
        return version("hyperscan")
    except PackageNotFoundError:  # pragma: no cover - importable without its metadata
        return "?"


def _key(hs: Any, exprs: Sequence[bytes], flags: int | Sequence[int], literal: bool, mode: int) -> str:
    h = hashlib.sha256()
    h.update(repr((_FORMAT, _release(), getattr(hs, "__version__", ""), literal, mode, flags)).encode())
    for expr in exprs:
        h.update(len(expr).to_bytes(8, "little"))
        h.update(expr)
    return h.hexdigest()


def _read(hs: Any, path: str, mode: int) -> Any:
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        return None
    digest, payload = data[:32], data[32:]
    if len(data) <= 32 or hashlib.sha256(payload).digest() != digest:
        return None
    try:
        return hs.loadb(payload, mode)
    except Exception:  # (made for another CPU, a Hyperscan that reads it otherwise): compiled again
        return None


def _write(hs: Any, db: Any, path: str) -> None:
    try:
        payload = hs.dumpb(db)
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".hs-", suffix=".db", dir=folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except Exception:  # (a folder that cannot be written, a database Hyperscan cannot serialize): not cached
        pass


def compiled_database(
    hs: Any, exprs: Sequence[bytes], flags: int | Sequence[int], *, literal: bool = False, mode: int | None = None
) -> Any:
    """``hs.Database(mode).compile(expressions=exprs, ids=0…, elements=len(exprs), flags=flags, literal=literal)``,
    read from the cache when it holds that database, else compiled and saved there. A compile error is raised as
    Hyperscan raises it (nothing is saved)."""
    mode = hs.HS_MODE_BLOCK if mode is None else mode
    off = os.environ.get("CLEANER_HS_CACHE", "1") == "0"
    path = "" if off else os.path.join(cache_dir(), f"hs-{_key(hs, exprs, flags, literal, mode)}.db")
    if path:
        db = _read(hs, path, mode)
        if db is not None:
            return db
    started = time.process_time()
    db = hs.Database(mode=mode)
    kwargs: dict[str, Any] = {"literal": True} if literal else {}
    flag_list = list(flags) if not isinstance(flags, int) else flags
    db.compile(expressions=list(exprs), ids=list(range(len(exprs))), elements=len(exprs), flags=flag_list, **kwargs)
    if path and time.process_time() - started >= MIN_COMPILE_SECONDS:
        _write(hs, db, path)
    return db
