"""Parquet dumps (a Hugging Face dataset's shards, a table exported from a warehouse, ``stories.parquet`` of an
earlier run): each row is a record, read as a JSONL record is (:func:`cleaner.input.jsonl.record_document`: the
same text, id, URL, title and date columns; the other columns travel with the source).

Rows are read a batch at a time. A row group whose columns would inflate past the byte budget in memory is
rejected (``too_large``) without reading it; one cell over the budget is a ``too_large`` reject for its row.
Needs pyarrow (``pip install 'story-cleaner[parquet]'``); without it a ``.parquet`` file is ``unsupported_type``.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
from collections.abc import Iterator
from typing import IO, Any

from cleaner.document import Document, Reject
from cleaner.input.base import ReadOptions, sanitize
from cleaner.input.jsonl import read_rows

__all__ = ["read_parquet"]

BATCH_ROWS = 256
"""Rows converted to Python at a time."""
GROUP_FACTOR = 4
"""A row group is read when its columns hold at most this many byte budgets, uncompressed."""


def read_parquet(fh: IO[bytes], name: str, options: ReadOptions) -> Iterator[Document | Reject]:
    """Documents and rejects of the rows of a Parquet file. Never raises for bad content."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        yield Reject(name, "unsupported_type", "reading .parquet needs pyarrow: pip install 'story-cleaner[parquet]'")
        return
    try:
        pf = pq.ParquetFile(fh)
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield Reject(name, "bad_parquet", str(exc)[:300])
        return
    yield from read_rows(_rows(pf, name, options, pa.ArrowException), name, options)


def _rows(
    pf: Any, name: str, options: ReadOptions, arrow_error: type[Exception]
) -> Iterator[tuple[int, dict[str, Any]] | Reject]:
    """Each row as ``(row number, record)``, or a reject for a row group that cannot be read."""
    no = 0
    budget = options.max_bytes * GROUP_FACTOR
    meta = pf.metadata
    for group in range(meta.num_row_groups):
        rg = meta.row_group(group)
        if rg.total_byte_size > budget:
            detail = f"row group {group} holds {rg.total_byte_size} bytes uncompressed (more than {budget})"
            yield Reject(name, "too_large", detail, record=no)
            no += rg.num_rows
            continue
        try:
            for batch in pf.iter_batches(batch_size=BATCH_ROWS, row_groups=[group]):
                for row in batch.to_pylist():
                    yield no, _jsonable(row)
                    no += 1
        except (arrow_error, OSError, ValueError) as exc:
            yield Reject(name, "bad_parquet", f"row group {group}: {str(exc)[:300]}", record=no)
            no = sum(meta.row_group(g).num_rows for g in range(group + 1))


def _jsonable(value: Any) -> Any:
    """A Parquet value as JSON would have it: dates and times in ISO form, decimals and other scalars as text,
    bytes as UTF-8 text when they are, else base64."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return sanitize(value)
    if isinstance(value, bytes):
        try:
            return sanitize(value.decode("utf-8"))
        except UnicodeDecodeError:
            return base64.b64encode(value).decode("ascii")
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | dt.timedelta):
        return str(value)
    return str(value)
