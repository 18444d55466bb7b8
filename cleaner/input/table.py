"""CSV and TSV exports (``.csv``, ``.tsv``, ``.tab``; helper hostile37): each row a record, read as a JSONL record is.

A scraper's table export (a spreadsheet, a database dump, pandas' ``to_csv``) was read as a text dump: each row's id,
URL and title glued before its text (the title line ``r1,http://…,"…``), a row's text cut into two pages where it held
line breaks, and a UTF-16 one (Excel's "Unicode text") read as one page of every row.

The first row names the columns (the standard library's ``csv``: quoted fields with line breaks, doubled quotes).
The text is the column a JSONL record's text is read from (``--text-key``, ``html``, ``text``, ``content`` …, any
case), else the column whose values are longest in the first rows (at least :data:`MIN_TEXT_CHARS` on average: a
header in another language, ``正文``); ``id``, ``url``, ``title`` and date columns as in JSONL, the others in
``Source.extra``. A file with no such column is one ``no_text`` reject. The charset: a BOM, else UTF-8, else the one
the page decoder finds in the first 64 KiB (Excel saves CSV in the system's code page: GBK on a Chinese Windows). A
field is held to the byte budget (the module's own limit, 128 KiB, refused long articles), a row that does not parse
is a ``bad_csv`` reject and the next one is read; a compressed file that inflates to more than 200 times its size is
stopped as a JSONL one is.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import itertools
from collections.abc import Iterator
from typing import IO, Any

from cleaner.document import Document, Reject
from cleaner.input.base import ReadOptions, sanitize
from cleaner.input.decoding import DecodeError, decode_bytes
from cleaner.input.jsonl import _RATIO_FLOOR, HTML_KEYS, MAX_RATIO, TEXT_KEYS, read_rows

__all__ = ["DELIMITERS", "read_table"]

DELIMITERS = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
"""A table's field delimiter by its suffix (``sniff.TABLE_SUFFIXES``)."""
MIN_TEXT_CHARS = 100
"""A column without a text column's name is the text when its values in the first rows are this long on average."""
PROBE_ROWS = 64
_HEAD = 1 << 16


def _charset(fh: IO[bytes]) -> str:
    """The charset of a table's bytes, from their start (``fh`` peeks or seeks)."""
    if hasattr(fh, "peek"):
        head = fh.peek(_HEAD)[:_HEAD]
    else:
        at = fh.tell()
        head = fh.read(_HEAD)
        fh.seek(at)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # (Excel's "Unicode text")
        return "utf-16"
    head = head[: head.rfind(b"\n") + 1] or head  # (whole lines: no character cut at the end)
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return decode_bytes(head, sniff_html=False)[1] or "utf-8"
    except DecodeError:
        return "utf-8"


def _text_column(header: list[str], probe: list[dict[str, Any]], options: ReadOptions) -> str | None:
    """The column the text is read from: by its name, else the longest on average in ``probe``."""
    lowered = {h.strip().lower(): h for h in header}
    names = (options.text_key,) if options.text_key is not None else (*HTML_KEYS, *TEXT_KEYS)
    for key in names:
        if key.lower() in lowered:
            return lowered[key.lower()]
    if not probe:
        return None
    mean = {h: sum(len(r.get(h) or "") for r in probe) / len(probe) for h in header}
    best = max(header, key=lambda h: mean[h], default=None)
    return best if best is not None and mean[best] >= MIN_TEXT_CHARS else None


def read_table(
    fh: IO[bytes], name: str, options: ReadOptions, delimiter: str, compressed: Any = None
) -> Iterator[Document | Reject]:
    """Documents and rejects of the rows of a CSV / TSV stream (binary, decompressed; ``compressed``: the file under
    it when it is, to stop a compression bomb). Never raises for bad content."""
    if csv.field_size_limit() < options.max_bytes:
        csv.field_size_limit(options.max_bytes)
    text = io.TextIOWrapper(fh, encoding=_charset(fh), errors="replace", newline="")
    cut = _Lines(text, options.max_bytes)
    try:
        yield from _table(csv.reader(cut, delimiter=delimiter), name, options, compressed)
        if cut.over:
            detail = f"line {cut.over}: more than {options.max_bytes} characters (no table); from there on not read"
            yield Reject(name, "too_large", detail)
    finally:
        text.detach()  # (the caller's stream stays open: it reads what follows a compressed file's streams)


class _Lines:
    """The lines of a text stream, each at most ``cap`` characters; the first longer one ends them (``over``: its row
    number from 1): a file of one endless line (zero-filled space, a sparse file) is not read to its end."""

    def __init__(self, text: io.TextIOWrapper, cap: int) -> None:
        self.text, self.cap, self.over, self.count = text, cap, 0, 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self.text.readline(self.cap)
        if not line or self.over:
            raise StopIteration
        self.count += 1
        if len(line) >= self.cap and not line.endswith(("\n", "\r")):
            self.over = self.count
            raise StopIteration
        return line


def _table(rows: Iterator[list[str]], name: str, options: ReadOptions, compressed: Any) -> Iterator[Document | Reject]:
    try:
        header = [h.strip() or f"column{i}" for i, h in enumerate(next(rows))]
    except StopIteration:
        yield Reject(name, "empty_file", "no rows")
        return
    except (csv.Error, UnicodeError, OSError, EOFError) as exc:
        yield Reject(name, "bad_csv", f"its first row (the column names) does not read: {exc}"[:300])
        return
    records = _records(rows, header, name, options, compressed)
    probe = list(itertools.islice(records, PROBE_ROWS))
    column = _text_column(header, [r[1] for r in probe if not isinstance(r, Reject)], options)
    if column is None:
        columns = ", ".join(header[:20]) + (", …" if len(header) > 20 else "")
        yield Reject(name, "no_text", f"no column of text (text, content, html … or one of long values): {columns}")
        return
    if column not in (*HTML_KEYS, *TEXT_KEYS):
        options = dataclasses.replace(options, text_key=column)
    yield from read_rows(itertools.chain(probe, records), name, options)


def _records(
    rows: Iterator[list[str]], header: list[str], name: str, options: ReadOptions, compressed: Any
) -> Iterator[tuple[int, dict[str, Any]] | Reject]:
    """``(row number, record)`` per data row (lower-case ``id``, ``url``, ``title`` keys as JSONL has them), or a
    reject for a row that does not parse or a compression bomb."""
    keys = [h.lower() if h.lower() in ("id", "url", "title") else h for h in header]
    total = 0
    for no in itertools.count():
        try:
            row = next(rows)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Reject(name, "bad_csv", f"row {no + 1}: {exc}"[:300], record=no)
            continue
        except (UnicodeError, OSError, EOFError) as exc:  # (a cut or damaged compressed stream)
            yield Reject(name, "bad_csv", f"row {no + 1} on: {type(exc).__name__}: {exc}"[:300], record=no)
            return
        total += sum(map(len, row)) + len(row)  # (and a delimiter or line end each)
        if compressed is not None and total > _RATIO_FLOOR and total > MAX_RATIO * max(1, compressed.tell()):
            detail = f"inflates to more than {MAX_RATIO} times its size: a compression bomb; rows from {no + 1} on"
            yield Reject(name, "too_large", detail + " are not read", record=no)
            return
        if not any(cell.strip() for cell in row):
            continue
        record: dict[str, Any] = dict(zip(keys, row, strict=False))
        if len(row) > len(keys):
            record["extra_fields"] = row[len(keys) :]
        yield no, sanitize(record)
