"""``stories`` as several files (``cleaner run --shard-size N``): complete files only, listed in a manifest.

::

    OUT/stories.manifest.json      {"stem": "stories", "format": "jsonl", "shard_size": N, "complete": true,
                                    "records": R, "parts": [{"file": "stories/part-00000.jsonl", "records": N,
                                    "bytes": B}, ...]}
    OUT/stories/part-00000.jsonl   the first N stories
    OUT/stories/part-00001.jsonl   the next N ...

Each part is written through :func:`cleaner.output.atomic_open` (whole or not at all: a reader never sees half a
part), and the manifest is rewritten (atomically) after each finished part, so a consumer can take the parts listed
there while the run writes the next; ``"complete": true`` once the last one is written. The parts, in the
manifest's order, hold exactly the stories of the one-file output in the same order (for ``jsonl``, their bytes
concatenated are that file's bytes). Writing starts by removing the earlier run's manifest, parts and one-file
output (a reader never mixes two runs); a one-file run removes the parts and manifest an earlier run left. The
parts folder holds the output marker, so it is never read as input.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from pathlib import Path
from typing import Any, TypeVar

from cleaner.output import FORMATS, OUTPUT_MARKER, atomic_open, output_name, write_json, write_records

__all__ = [
    "Counted",
    "manifest_name",
    "read_manifest",
    "remove_parts",
    "write_line_parts",
    "write_parts",
    "write_record_parts",
]

T = TypeVar("T")


def manifest_name(stem: str) -> str:
    return f"{stem}.manifest.json"


def remove_parts(out: Path, stem: str) -> None:
    """The manifest and parts of an earlier sharded run (its manifest first)."""
    (out / manifest_name(stem)).unlink(missing_ok=True)
    folder = out / stem
    if folder.is_dir():
        for old in folder.iterdir():
            if old.is_file() and (old.name.startswith("part-") or old.name.startswith(".part-")):
                old.unlink()


def write_parts(
    out: Path, stem: str, items: Iterable[T], size: int, fmt: str, write: Callable[[Path, Iterable[T]], None]
) -> int:
    """``items`` as parts of ``size`` items (``write(path, items)`` writes one file); the number of items."""
    if size < 1:
        raise ValueError(f"shard size is at least 1, not {size}")
    remove_parts(out, stem)
    for other in FORMATS:
        (out / output_name(stem, other)).unlink(missing_ok=True)
    folder = out / stem
    folder.mkdir(exist_ok=True)
    (folder / OUTPUT_MARKER).touch()
    parts: list[dict[str, Any]] = []
    total = 0
    it = iter(items)
    while (first := next(it, _END)) is not _END:
        path = folder / output_name(f"part-{len(parts):05d}", fmt)
        chunk = Counted(chain([first], islice(it, size - 1)))
        write(path, chunk)
        total += chunk.n
        parts.append({"file": f"{stem}/{path.name}", "records": chunk.n, "bytes": path.stat().st_size})
        _manifest(out, stem, fmt, size, parts, total, complete=False)
    _manifest(out, stem, fmt, size, parts, total, complete=True)
    return total


class Counted(Iterator[T]):
    """``items``, counting them as they are taken (``n``)."""

    def __init__(self, items: Iterator[T]) -> None:
        self.items, self.n = items, 0

    def __next__(self) -> T:
        x = next(self.items)
        self.n += 1
        return x


_END: Any = object()


def _manifest(
    out: Path, stem: str, fmt: str, size: int, parts: list[dict[str, Any]], total: int, *, complete: bool
) -> None:
    write_json(out / manifest_name(stem), {
        "stem": stem, "format": fmt, "shard_size": size, "complete": complete, "records": total, "parts": parts,
    })  # fmt: skip


def write_record_parts(out: Path, stem: str, records: Iterable[dict[str, Any]], size: int, fmt: str) -> int:
    """Records (dicts) as parts in ``fmt``, each written as :func:`cleaner.output.write_records` writes a file."""

    def write(path: Path, recs: Iterable[dict[str, Any]]) -> None:
        write_records(path.parent, path.name[: -len(fmt) - 1], recs, fmt, others=False)

    return write_parts(out, stem, records, size, fmt, write)


def write_line_parts(out: Path, stem: str, lines: Iterable[str], size: int) -> int:
    """JSON lines (no newline) as ``jsonl`` parts."""

    def write(path: Path, chunk: Iterable[str]) -> None:
        with atomic_open(path) as fh:
            for line in chunk:
                fh.write(line)
                fh.write("\n")

    return write_parts(out, stem, lines, size, "jsonl", write)


def read_manifest(out: Path, stem: str = "stories") -> dict[str, Any]:
    """The manifest of a sharded output (for readers and tests)."""
    data: dict[str, Any] = json.loads((out / manifest_name(stem)).read_text(encoding="utf-8"))
    return data
