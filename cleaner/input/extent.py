"""How much a file holds as its reader sees it, counted before a run: the bytes it inflates to and its records.

``cleaner run`` decides before it reads whether to run in memory or as stages over shards
(:func:`cleaner.pipeline.staged_work`). It did so on the bytes on disk and on the files and the lines of plain JSONL
files, so a 30 MB ``.jsonl.gz`` of 300 MB of text, or a ``.warc.gz`` of 200,000 records, stayed in memory however
much it held (helper loss23). :func:`extent` counts what a reader will yield: a compressed file is inflated a block at
a time (nothing held; the count stops at the caller's limit, so ≈ 1 s of gzip for a 256 MB budget), JSONL records by
their line breaks, WARC records by their version lines, Parquet rows from the file's footer. A text dump's pages are
not counted (its bytes are): where a page starts is the cleaner's decision, not a byte's.
"""

from __future__ import annotations

import os
from typing import IO

from cleaner.input.compression import STREAM_ERRORS, Unavailable, codec_of, open_decompressed
from cleaner.input.sniff import kind, sniff

__all__ = ["extent"]

_BLOCK = 1 << 20
_RECORD_MARK = {"jsonl": b"\n", "json": b"\n", "warc": b"WARC/1."}
"""What a record of each format holds once: a JSONL line's break, a WARC record's version line (``WARC/1.0``)."""
_ONE_RECORD = ("text", "html", "binary")


def extent(path: str, max_bytes: int, max_records: int, size: int | None = None) -> tuple[int, int]:
    """``(bytes, records)`` of ``path`` as its reader sees them: the bytes a compressed file inflates to (else its
    size), and its records (JSONL lines, WARC records, Parquet rows; 1 for any other file). The reading stops once
    either count reaches its limit; a file that cannot be read, or a damaged stream, counts what was read before it
    (its reader reports it). ``size``: the file's size, known already: a file whose name says it is an uncompressed
    text dump or HTML page (most files of a crawl) is then not opened."""
    fmt, named_codec, _ = kind(path)
    if size is not None and named_codec is None and fmt in _ONE_RECORD:
        return size, 1
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
            codec = codec_of(head)
            if codec is None:
                size = os.fstat(fh.fileno()).st_size
                if fmt == "parquet" or (fmt is None and head.startswith(b"PAR1")):
                    return size, _parquet_rows(path)
                if fmt not in _RECORD_MARK:
                    return size, 1
                fh.seek(0)
                records = _count(fh, _RECORD_MARK[fmt], max_bytes=size + 1, max_records=max_records)[1]
                return size, max(records, 1)
            fh.seek(0)
            return _inflated(open_decompressed(fh, codec), fmt, max_bytes, max_records)
    except (OSError, Unavailable, ValueError):
        return 0, 1


def _inflated(stream: IO[bytes], fmt: str | None, max_bytes: int, max_records: int) -> tuple[int, int]:
    try:
        first = stream.read(_BLOCK)
    except STREAM_ERRORS:
        return 0, 1
    fmt = fmt or sniff(first[:8192])
    mark = _RECORD_MARK.get(fmt)
    done, records = _count(stream, mark, max_bytes, max_records, first)
    return done, max(records, 1)


def _count(
    stream: IO[bytes], mark: bytes | None, max_bytes: int, max_records: int, first: bytes = b""
) -> tuple[int, int]:
    """Bytes and occurrences of ``mark`` in ``stream`` (after ``first``, read already) until either limit."""
    done = records = 0
    block, tail = first, b""
    keep = len(mark) - 1 if mark else 0
    try:
        while True:
            if block:
                done += len(block)
                if mark:
                    records += (tail + block).count(mark)
                    tail = block[-keep:] if keep else b""
            if done >= max_bytes or records >= max_records:
                break
            block = stream.read(_BLOCK)
            if not block:
                break
    except STREAM_ERRORS:
        pass
    return done, records


def _parquet_rows(path: str) -> int:
    try:
        import pyarrow.parquet as pq

        return max(int(pq.ParquetFile(path).metadata.num_rows), 1)
    except Exception:  # (pyarrow missing, or a damaged file: its reader reports it)
        return 1
