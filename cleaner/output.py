"""Atomic output files: a killed run never leaves half a file behind."""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

__all__ = ["FORMATS", "atomic_open", "fsync_dir", "output_name", "write_json", "write_jsonl", "write_records"]

FORMATS = ("jsonl", "jsonl.gz", "parquet")
"""Formats of ``stories`` and ``updates``: ``--format``. Rejects and the report stay JSON."""


@contextmanager
def atomic_open(path: str | Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path``; on success fsync and rename over it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else "utf-8") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(path.parent)


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
        yield json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n"


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
