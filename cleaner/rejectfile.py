"""Rejects on disk as they come: a run's memory does not grow with the number of its rejects (helper rejects29).

A file of a million tiny records that are all rejects held every :class:`~cleaner.document.Reject` in lists on its
worker and on the driver (≈ 730 MB for 10⁶). Now:

- :func:`reject_line` is a reject's line of ``rejects.jsonl``, the bytes :func:`cleaner.output.write_jsonl` writes for
  it (so a file of these lines, copied, is the file the run wrote before);
- :class:`RejectSpool` holds a run's rejects in an unnamed temporary file, in segments keyed by batch (a batch that
  failed and was redone file by file comes back last, yet its rejects keep their place), read back or copied in order;
- :class:`BatchRejects` is a worker's batch of rejects in a named file of the spool's batch folder (an in-memory run's
  pool worker writes them as they come and sends back the file's name and counts, not the rejects: helper robust30),
  which :meth:`RejectSpool.add_file` takes as a segment of the spool as it is (the bytes are copied once, into
  ``rejects.jsonl``: before, into the spool first, helper pipe31);
- :class:`SpooledRejects` is the library's :attr:`cleaner.pipeline.RunResult.rejects`: a sequence of the rejects
  read from a file as they are asked for (8 bytes a reject in memory; a list held ≈ 0.3 KB each: helper hostile32);
- :class:`RecordCount` counts the distinct ``(path, record)`` pairs of a run's documents and rejects (``records`` in
  ``report.json``) exactly, holding a run of consecutive record numbers as two numbers rather than a set entry each.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, overload

from cleaner.document import Reject

__all__ = ["BatchRejects", "RecordCount", "RejectSpool", "SpooledRejects", "reject_line"]


def reject_line(r: Reject) -> bytes:
    """``r``'s line of ``rejects.jsonl`` (UTF-8, a lone surrogate as its JSON escape: :mod:`cleaner.output`)."""
    line = json.dumps(r.to_json(), ensure_ascii=False, separators=(",", ":")) + "\n"
    return line.encode("utf-8", "backslashreplace")


def reject_of(line: bytes) -> Reject:
    """The reject of a line :func:`reject_line` wrote (the same fields, the same strings)."""
    rec: dict[str, Any] = json.loads(line)
    return Reject(**rec)


class RejectSpool:
    """A run's rejects in an unnamed temporary file (in ``folder``; gone when closed or when the process dies),
    written as they come, a segment per call of :meth:`add` under its ``key``; :meth:`lines` and :meth:`copy_to` give
    them back by key, then in the order they were added. ``counts``: the rejects by reason, in the order reasons
    first came."""

    def __init__(self, folder: str | None = None) -> None:
        self.folder = folder
        self._fh: IO[bytes] = tempfile.TemporaryFile(dir=folder)
        self._segments: dict[int, list[tuple[str | None, int, int]]] = {}
        """Per key, its segments in order: a span of the spool's file (``None``, start, end), or a whole batch file
        (its path, 0, its size)."""
        self._files: list[str] = []
        self._batches: list[str] = []
        self.counts: Counter[str] = Counter()
        self.n = 0

    def add(self, key: int, rejects: Iterable[Reject]) -> None:
        start = self._fh.seek(0, 2)
        for r in rejects:
            self._fh.write(reject_line(r))
            self.counts[r.reason] += 1
            self.n += 1
        end = self._fh.tell()
        if end > start:
            self._segments.setdefault(key, []).append((None, start, end))

    def batch_folder(self, prefix: str) -> str:
        """A new folder beside the spool's file for workers' batch files (:meth:`add_file`), removed with whatever
        is in it (a dead worker's file too) when the spool closes."""
        self._batches.append(tempfile.mkdtemp(prefix=prefix, dir=self.folder))
        return self._batches[-1]

    def add_file(self, key: int, batch: BatchRejects) -> None:
        """:meth:`add` of the rejects a worker wrote to ``batch.path``: the file is a segment of the spool as it is
        (read when the spool is, removed when it closes; an empty one at once)."""
        size = os.path.getsize(batch.path)
        self.counts.update(batch.counts)
        self.n += batch.n
        if size == 0:
            os.unlink(batch.path)
            return
        self._files.append(batch.path)
        self._segments.setdefault(key, []).append((batch.path, 0, size))

    def _spans(self) -> Iterator[tuple[str | None, int, int]]:
        for key in sorted(self._segments):
            yield from self._segments[key]

    def copy_to(self, out: IO[bytes]) -> None:
        """Every line, in order, into ``out`` (a block at a time)."""
        self._fh.flush()
        for path, start, end in self._spans():
            if path is not None:
                copy_file(path, out)
                continue
            self._fh.seek(start)
            left = end - start
            while left > 0:
                block = self._fh.read(min(left, 1 << 20))
                out.write(block)
                left -= len(block)

    def lines(self) -> Iterator[bytes]:
        """Every line, in order, one at a time."""
        self._fh.flush()
        for path, start, end in self._spans():
            if path is not None:
                with open(path, "rb") as fh:
                    yield from fh
                continue
            self._fh.seek(start)
            while self._fh.tell() < end:
                yield self._fh.readline()

    def rejects(self) -> list[Reject]:
        """Every reject, in order, in a list."""
        return [reject_of(line) for line in self.lines()]

    def spooled(self) -> SpooledRejects:
        """Every reject, in order, as a :class:`SpooledRejects` of its own (which outlives this spool)."""
        return SpooledRejects(self.lines())

    def close(self) -> None:
        self._fh.close()
        for path in self._files:
            try:
                os.unlink(path)
            except OSError:
                pass
        for folder in self._batches:
            shutil.rmtree(folder, ignore_errors=True)
        self._files.clear()
        self._batches.clear()

    def __enter__(self) -> RejectSpool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class SpooledRejects(Sequence[Reject]):
    """Rejects in an unnamed temporary file, each read (a new :class:`Reject`) when it is asked for: indexing, slicing
    and iteration as a list's, equal to a list of the same rejects; the memory is 8 bytes a reject (its offset). A
    run of 100,000 rejected records returned them in a list: 148 MB at its peak, 118 MB now (≈ 0.3 KB a reject).
    Pickled as a list. The file is closed with the object (or :meth:`close`)."""

    def __init__(self, lines: Iterable[bytes] = ()) -> None:
        self._at = array("q")
        self._fh: IO[bytes] | None = None  # (none for no rejects: no file)
        pos = 0
        for line in lines:
            if self._fh is None:
                self._fh = tempfile.TemporaryFile()
            self._at.append(pos)
            self._fh.write(line)
            pos += len(line)
        if self._fh is not None:
            self._fh.flush()

    @classmethod
    def of(cls, rejects: Iterable[Reject]) -> SpooledRejects:
        return cls(reject_line(r) for r in rejects)

    def __len__(self) -> int:
        return len(self._at)

    @overload
    def __getitem__(self, i: int) -> Reject: ...

    @overload
    def __getitem__(self, i: slice) -> list[Reject]: ...

    def __getitem__(self, i: int | slice) -> Reject | list[Reject]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        at = self._at[i]  # (an IndexError as a list's)
        assert self._fh is not None
        self._fh.seek(at)
        return reject_of(self._fh.readline())

    def __iter__(self) -> Iterator[Reject]:
        fh = self._fh
        for at in self._at:  # (a seek each: two iterations at once, or an index between, read right)
            assert fh is not None
            fh.seek(at)
            yield reject_of(fh.readline())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        if isinstance(other, str | bytes) or len(other) != len(self):
            return False
        return all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"SpooledRejects({len(self)} rejects)"

    def __reduce__(self) -> tuple[Any, ...]:
        return list, (list(self),)

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()

    def __del__(self) -> None:  # (quietly: a result dropped is no file left open, no ResourceWarning)
        fh = getattr(self, "_fh", None)
        if fh is not None:
            fh.close()


def copy_file(path: str, out: IO[bytes]) -> None:
    with open(path, "rb") as fh:
        shutil.copyfileobj(fh, out, 1 << 20)


@dataclass(slots=True)
class BatchRejects:
    """A batch's rejects in the file ``path`` (lines of :func:`reject_line`, in order), written as they came
    (:meth:`write`); ``counts``: by reason; ``records``: the batch's ``(path, record)`` pairs, of its documents too."""

    path: str
    n: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    records: RecordCount = field(default_factory=lambda: RecordCount())

    def write(self, fh: IO[bytes], r: Reject) -> None:
        fh.write(reject_line(r))
        self.counts[r.reason] = self.counts.get(r.reason, 0) + 1
        self.n += 1
        self.records.add(r.path, r.record)


class RecordCount:
    """The number of distinct ``(path, record)`` pairs added (``n``), exact. Per path, the record numbers seen are
    held as runs of consecutive numbers (two 8-byte numbers a run): a reader gives its records in order, so a file of a
    million records is one run, not a million set entries; ``None`` (a file-level item) is one pair per path."""

    __slots__ = ("_none", "_runs", "n")

    def __init__(self) -> None:
        self.n = 0
        self._runs: dict[str, tuple[array[int], array[int]]] = {}
        self._none: set[str] = set()

    def add(self, path: str, record: int | None) -> None:
        if record is None:
            if path not in self._none:
                self._none.add(path)
                self.n += 1
            return
        runs = self._runs.get(path)
        if runs is None:
            runs = self._runs[path] = (array("q"), array("q"))
        lo, hi = runs
        if not hi or record > hi[-1] + 1:  # (in order, after a gap: a new run)
            lo.append(record)
            hi.append(record)
            self.n += 1
            return
        if record == hi[-1] + 1:  # (in order: the last run grows)
            hi[-1] = record
            self.n += 1
            return
        i = bisect_right(lo, record) - 1
        if i >= 0 and record <= hi[i]:
            return  # seen
        self.n += 1
        left = i >= 0 and hi[i] + 1 == record
        right = i + 1 < len(lo) and lo[i + 1] == record + 1
        if left and right:
            hi[i] = hi[i + 1]
            del lo[i + 1]
            del hi[i + 1]
        elif left:
            hi[i] = record
        elif right:
            lo[i + 1] = record
        else:
            lo.insert(i + 1, record)
            hi.insert(i + 1, record)

    def merge(self, other: RecordCount) -> None:
        """Add every pair ``other`` counted (a path new here: its runs taken as they are)."""
        for path, (lo, hi) in other._runs.items():
            if path not in self._runs:
                self._runs[path] = (array("q", lo), array("q", hi))
                self.n += sum(last - first + 1 for first, last in zip(lo, hi, strict=True))
                continue
            for first, last in zip(lo, hi, strict=True):
                for record in range(first, last + 1):
                    self.add(path, record)
        for path in other._none:
            self.add(path, None)
