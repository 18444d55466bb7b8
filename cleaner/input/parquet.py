"""Parquet dumps (a Hugging Face dataset's shards, a table exported from a warehouse, ``stories.parquet`` of an
earlier run): each row is a record, read as a JSONL record is (:func:`cleaner.input.jsonl.record_document`: the
same text, id, URL, title and date columns; the other columns travel with the source).

Rows are read a batch at a time. A row group whose columns would inflate past the byte budget in memory is
rejected (``too_large``) without reading it; one cell over the budget is a ``too_large`` reject for its row.
Text columns are read dictionary-encoded and each batch's decoded size is measured before it becomes Python
objects (helper hostile15): one long string repeated on every row of a dictionary-encoded column costs a
few bytes a row in the file and its full length in every row read, so a 400 KB file decoded to 160 GB (a
``MemoryError`` that failed the file, or the machine's memory without a limit). A row over the budget is
``too_large`` unread, and a file that decodes to more than ``MAX_RATIO`` times its size is a compression
bomb, stopped as a ``.jsonl.gz`` one is.
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
from cleaner.input.decoding import DecodeError, decode_bytes
from cleaner.input.jsonl import _RATIO_FLOOR, HTML_KEYS, MAX_RATIO, TEXT_KEYS, read_rows

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
        size = fh.seek(0, 2)
        fh.seek(0)
        text_columns = [
            col.path for col in pq.ParquetFile(fh).schema if col.physical_type == "BYTE_ARRAY"
        ]  # read as dictionaries: a repeated string is held once, however many rows name it
        fh.seek(0)
        pf = pq.ParquetFile(fh, read_dictionary=text_columns)
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield Reject(name, "bad_parquet", str(exc)[:300])
        return
    if (wrong := _no_text_column(pf, name, options)) is not None:
        yield wrong
        return
    yield from read_rows(_rows(pf, name, options, pa.ArrowException, size), name, options)


def _text_keys(options: ReadOptions) -> tuple[str, ...]:
    return (options.text_key,) if options.text_key is not None else (*HTML_KEYS, *TEXT_KEYS)


def _no_text_column(pf: Any, name: str, options: ReadOptions) -> Reject | None:
    """One ``no_text`` reject for a file whose schema has no column of strings (or bytes) under a name a record's
    text is read from: every row would be a ``no_text`` reject of its own (a table of a million rows of numbers, a
    million rejects; helper hostile32). None for a file that has one."""
    import pyarrow as pa

    schema = pf.schema_arrow
    for key in _text_keys(options):
        if key in schema.names:
            kind = schema.field(key).type
            kind = kind.value_type if pa.types.is_dictionary(kind) else kind
            if pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_binary(kind):
                return None
            if pa.types.is_large_binary(kind):
                return None
    columns = ", ".join(f"{f.name} ({f.type})" for f in list(schema)[:20]) + (", …" if len(schema) > 20 else "")
    wanted = "/".join(_text_keys(options))
    rows = pf.metadata.num_rows
    detail = f"no {wanted} column of text, so its {rows} rows are not read; the columns are {columns or 'none'}"
    return Reject(name, "no_text", detail[:500])


def _rows(
    pf: Any, name: str, options: ReadOptions, arrow_error: type[Exception], size: int
) -> Iterator[tuple[int, dict[str, Any]] | Reject]:
    """Each row as ``(row number, record)``, or a reject for a row group that cannot be read."""
    no = 0
    decoded = 0
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
                batch_bytes = _decoded_bytes(batch)
                over = decoded + batch_bytes > max(_RATIO_FLOOR, MAX_RATIO * size)
                if batch_bytes <= options.max_bytes and not over:
                    decoded += batch_bytes
                    for row in batch.to_pylist():
                        yield _row(no, row, name, options)
                        no += 1
                    continue
                for i in range(len(batch)):  # a large batch, or a bomb: row by row, measured before it is read
                    part = batch.slice(i, 1)
                    row_bytes = _decoded_bytes(part)
                    decoded += min(row_bytes, options.max_bytes)
                    if decoded > max(_RATIO_FLOOR, MAX_RATIO * size):
                        detail = f"decodes to more than {MAX_RATIO} times its size: a compression bomb; rows from {no}"
                        yield Reject(name, "too_large", detail + " on are not read", record=no)
                        return
                    if row_bytes > options.max_bytes:
                        detail = f"a record of more than {options.max_bytes} bytes decoded (not read)"
                        yield Reject(name, "too_large", detail, record=no)
                    else:
                        yield _row(no, part.to_pylist()[0], name, options)
                    no += 1
        except (arrow_error, OSError, ValueError) as exc:
            yield Reject(name, "bad_parquet", f"row group {group}: {str(exc)[:300]}", record=no)
            no = sum(meta.row_group(g).num_rows for g in range(group + 1))


def _row(no: int, row: dict[str, Any], name: str, options: ReadOptions) -> tuple[int, dict[str, Any]] | Reject:
    """``(no, record)`` of a row; a text column's bytes are decoded as a file's are (their charset found), not
    made base64 as other bytes are (a GBK page stored as bytes was a story of base64; helper hostile32): a reject
    when no charset reads them."""
    for key in _text_keys(options):
        value = row.get(key)
        if isinstance(value, bytes):
            try:
                row[key] = decode_bytes(value)[0]
            except DecodeError as exc:
                return Reject(name, exc.reason, f"column {key}: {exc.detail}"[:300], record=no)
    return no, _jsonable(row)


def _decoded_bytes(data: Any) -> int:
    """Bytes the values of an Arrow batch or array take decoded: a dictionary's value once per row naming it."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if isinstance(data, pa.RecordBatch):
        return sum(_decoded_bytes(col) for col in data.columns)
    kind = data.type
    if pa.types.is_dictionary(kind):
        lengths = _lengths(data.dictionary)
        if lengths is None:
            return int(data.indices.nbytes) + _decoded_bytes(data.dictionary) * len(data) // max(
                1, len(data.dictionary)
            )
        return int(pc.sum(pc.take(lengths, data.indices)).as_py() or 0)
    lengths = _lengths(data)
    if lengths is not None:
        return int(pc.sum(lengths).as_py() or 0)
    if pa.types.is_list(kind) or pa.types.is_large_list(kind) or pa.types.is_fixed_size_list(kind):
        return 8 * len(data) + _decoded_bytes(data.flatten())
    if pa.types.is_map(kind):
        return 8 * len(data) + _decoded_bytes(data.keys) + _decoded_bytes(data.items)
    if pa.types.is_struct(kind):
        return sum(_decoded_bytes(field) for field in data.flatten())
    return int(data.nbytes)


def _lengths(data: Any) -> Any:
    """Byte length of each value of a string or binary array (nulls 0), or None for other types."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = data.type
    if not (
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or pa.types.is_binary(kind)
        or pa.types.is_large_binary(kind)
        or pa.types.is_fixed_size_binary(kind)
    ):
        return None
    if pa.types.is_fixed_size_binary(kind):
        return pa.array([kind.byte_width] * len(data), pa.int64())
    return pc.fill_null(pc.cast(pc.binary_length(data), pa.int64()), 0)


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
