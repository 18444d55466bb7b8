"""Template lines of a run: lines that many different stories hold (a portal's header, footer, sidebar or
"related" list, a site disclaimer, a shared stylesheet), counted in bounded memory.

A line counts once per *story* (the lines of its canonical copy), not once per document: the copies of one
story reposted ten times share their lines, and those lines are that story, not a template. The counts are a
count-min sketch (two rows of ``2**bits`` saturating 16-bit counters over the line's 64-bit key), so the table
has a fixed size whatever the run's size (1 << 20 slots: 4 MB), and two tables of one process add
(:meth:`LineTable.merge`): shards counted apart sum to the table of one run over all of them. The key is the
process's string hash, so a table is only valid in the process that made it (one run's driver); a table kept
across runs (in a state) would need a stable hash of the line instead."""

from __future__ import annotations

from collections.abc import Collection, Iterable

import numpy as np
import numpy.typing as npt

__all__ = ["LineTable", "line_hash", "line_hashes", "table_bits"]

I64 = npt.NDArray[np.int64]
_MIX = np.uint64(0x9E3779B97F4A7C15)


def line_hash(line: str, salt: int = 0) -> int:
    """A line's key in the table (the line as it is, white space at its ends included); ``salt`` keeps the lines
    of different groups of stories apart."""
    return hash(line) ^ salt


def line_hashes(lines: Iterable[str], least: int, salt: int = 0) -> set[int]:
    """The distinct keys (:func:`line_hash`) of the lines of at least ``least`` characters."""
    return {hash(x) ^ salt for x in lines if len(x) >= least}


def table_bits(lines: int, most: int = 20) -> int:
    """Slots (as a power of 2) for a table of about ``lines`` distinct lines: 4 per line, at most ``2**most``."""
    return max(10, min(most, (4 * lines).bit_length()))


class LineTable:
    """How many stories hold each line (an upper bound: count-min over two hashed rows)."""

    def __init__(self, bits: int = 20) -> None:
        self.bits = bits
        self.rows = np.zeros((2, 1 << bits), dtype=np.uint16)

    def _slots(self, hashes: I64) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        h = hashes.view(np.uint64)
        mask = np.uint64((1 << self.bits) - 1)
        second = ((h * _MIX) >> np.uint64(64 - self.bits)) & mask
        return (h & mask).astype(np.int64), second.astype(np.int64)

    def add(self, per_story: Iterable[Collection[int]]) -> I64:
        """Count each story's line keys (distinct within a story) once; the keys counted, all stories' laid end to
        end in the order given."""
        flat = np.fromiter((h for s in per_story for h in s), dtype=np.int64)
        if not flat.size:
            return flat
        size = 1 << self.bits
        for row, slots in zip(self.rows, self._slots(flat), strict=True):
            total = row.astype(np.int64) + np.bincount(slots, minlength=size)
            row[:] = np.minimum(total, 0xFFFF)
        return flat

    def count(self, hashes: I64) -> I64:
        """Stories holding each of ``hashes`` (never fewer than the true count)."""
        if not hashes.size:
            return np.zeros(0, dtype=np.int64)
        a, b = self._slots(hashes)
        out: I64 = np.minimum(self.rows[0][a], self.rows[1][b]).astype(np.int64)
        return out

    def merge(self, other: LineTable) -> None:
        """Add ``other``'s counts (same ``bits``): the table of both runs' stories."""
        if other.bits != self.bits:
            raise ValueError("line tables of different sizes")
        self.rows[:] = np.minimum(self.rows.astype(np.int64) + other.rows, 0xFFFF)
