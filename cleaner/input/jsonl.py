"""JSONL records: one document per line, with the record's own id and fields kept.

A record's text is the field named by ``ReadOptions.text_key``, or else the first of ``text``, ``content``,
``body``, ``article`` (plain text) or ``html``, ``raw_html``, ``raw_content`` (HTML). Its id
(``ReadOptions.id_key``, default ``id``) becomes ``Source.input_id``; ``url`` and ``title`` become the
document's; a datatrove / Hugging Face style ``metadata`` object gives ``url`` and ``date``
(``date``/``published`` → meta ``published``). Every other field travels in ``Source.extra``.
A bad line (not JSON, too deep, an integer too long, over the byte budget) rejects that line only.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from cleaner.document import Document, Format, Reject, Source
from cleaner.input.base import CHUNK, ReadOptions, capped_lines, listed, sanitize
from cleaner.input.compression import STREAM_ERRORS, stream_reject, unchecked_frames
from cleaner.input.decoding import DecodeError, decode_bytes
from cleaner.input.jsonseq import Ahead, salvage

__all__ = ["TEXT_KEYS", "Recoded", "read_jsonl_lines", "read_rows", "record_document"]

TEXT_KEYS = ("text", "content", "body", "article")
HTML_KEYS = ("html", "raw_html", "raw_content")
_DATE_KEYS = ("published", "date", "publish_date", "published_at")


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _body(rec: dict[str, Any], options: ReadOptions) -> tuple[str, str, Format] | None:
    """(key, text, format) of the record's text field."""
    if options.text_key is not None:
        text = _str(rec.get(options.text_key))
        if text is None:
            return None
        looks_html = text.lstrip()[:1] == "<" and "</" in text[:5000]
        return options.text_key, text, "html" if looks_html else "text"
    for key in HTML_KEYS:
        if (html := _str(rec.get(key))) is not None:
            return key, html, "html"
    for key in TEXT_KEYS:
        if (text := _str(rec.get(key))) is not None:
            looks_html = text.lstrip()[:1] == "<" and "</" in text[:5000]
            return key, text, "html" if looks_html else "text"
    return None


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean"}.get(type(value), "a number")


def _input_id(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def record_document(rec: dict[str, Any], name: str, no: int, options: ReadOptions) -> Document | Reject:
    """One JSON record → a raw document (or a ``no_text`` reject). ``rec`` is already sanitized."""
    found = _body(rec, options)
    if found is None:
        wanted = options.text_key or "text/content/html"
        keys = (options.text_key,) if options.text_key is not None else (*HTML_KEYS, *TEXT_KEYS)
        odd = [f"{k} is {_kind(rec[k])}" for k in keys if rec.get(k) is not None and not isinstance(rec[k], str)]
        why = f" ({', '.join(odd)}, not a string)" if odd else ""
        return Reject(name, "no_text", f"record has no {wanted} field{why}", record=no)
    key, body, fmt = found
    found_meta = rec.get("metadata")
    metadata: dict[str, Any] = found_meta if isinstance(found_meta, dict) else {}
    url = _str(rec.get("url")) or _str(metadata.get("url"))
    title = _str(rec.get("title")) or _str(metadata.get("title")) or ""
    meta: dict[str, str] = {}
    for where in (rec, metadata):
        date = next((d for k in _DATE_KEYS if (d := _str(where.get(k))) is not None), None)
        if date is not None:
            meta["published"] = date.strip()
            break
    input_id = _input_id(rec.get(options.id_key))
    used = {key, *TEXT_KEYS, *HTML_KEYS}
    if input_id is not None or rec.get(options.id_key) is None:  # (an id of another kind stays in extra)
        used.add(options.id_key)
    used.update(k for k in ("url", "title") if isinstance(rec.get(k), str) or rec.get(k) is None)
    extra = {k: v for k, v in rec.items() if k not in used}
    source = Source(name, no, 0, url, input_id=input_id, extra=extra)
    return Document(text=body, format=fmt, title=title, url=url, meta=meta, sources=[source])


_COSTLY_LINE = 1 << 20
"""Lines longer than this are priced (:func:`parse_cost`) before they are parsed."""
_COST_RATIO = 4
"""A line whose parse would hold more than this many times its bytes is not parsed: a record is mostly text (an HTML
page as a JSON string: 1.0-1.5), while ``[[],[],…]``, ``{"k1":0,"k2":0,…}`` or a list of short strings hold 8-30
times their bytes once parsed (a 63 MB line of empty lists took 1.7 GB; helper hostile27)."""
_COST_FLOOR = 64 << 20
"""A line whose parse holds less than this is parsed whatever its ratio (a record of 100,000 short fields: 10 MB)."""


def parse_cost(line: bytes) -> int:
    """About how many bytes ``json.loads(line)`` holds: each array or object ≈ 72, each string ≈ 80 (its object and a
    slot; a quote escaped inside a string is not one), each comma's item ≈ 16. Counted in C (a few ms per MB)."""
    containers = line.count(b"[") + line.count(b"{")
    strings = (line.count(b'"') - line.count(b'\\"')) // 2
    return 72 * containers + 80 * strings + 16 * line.count(b",")


def _parse(line: bytes) -> tuple[dict[str, Any], str | None] | str:
    """The record of one line and, when the line is not UTF-8, the charset it was read in (or why it is no record).
    A line that is not UTF-8 (a scraper that wrote its JSON in GBK or Big5: ``ensure_ascii=False`` on a Chinese
    Windows) is read in the charset the page decoder finds for it (helper hostile16: it was a ``bad_json`` reject, its
    text lost). A UTF-8 line with a few bytes that are not (a stray byte, a character cut in two) is read with U+FFFD
    there, as the same text in a text dump is: it was a ``bad_json`` reject, a whole record lost for one byte."""
    codec = None
    try:
        rec = json.loads(line)
    except UnicodeDecodeError as exc:
        try:
            text, codec = decode_bytes(line, sniff_html=False)
            if "\ufffd" in text and codec != "utf-8":  # (not a charset of the line's: bytes of no text)
                return str(exc)[:200]
            rec = json.loads(text)
        except (DecodeError, ValueError, RecursionError):
            return str(exc)[:200]
    except RecursionError:
        return "nested too deeply"
    except ValueError as exc:  # JSONDecodeError, an integer of too many digits
        return str(exc)[:200]
    except Exception as exc:  # MemoryError and the like: this line only
        return f"{type(exc).__name__}: {exc}"[:200]
    if not isinstance(rec, dict):
        return "a record must be a JSON object"
    try:
        clean: dict[str, Any] = sanitize(rec)
    except RecursionError:
        return "nested too deeply"
    return clean, codec


_DAMAGE = re.compile("\ufffd+")
UNCHECKED_NOTE = "zstd_unchecked"
"""The meta key of a record read from a zstd frame without a checksum that may be damaged (as a text dump's pages:
:func:`cleaner.input.readers._unchecked_damage`)."""
UNCHECKED_LINE = "in a zstd frame without a checksum: damage there decodes without an error, as garbage"
"""What a ``bad_json`` reject of a line read from such a frame adds."""


def _note_charset(doc: Document, codec: str, no: int, unchecked: bool) -> None:
    """Note on the record of line ``no`` that its line was not UTF-8: read as UTF-8 with U+FFFD for the bytes that
    are not (``codec`` "utf-8"), counted as a text dump's ``decode_errors`` are (a run counts once); in a zstd frame
    without a checksum, that the frame may be damaged there (``zstd_unchecked``), whatever charset read the line."""
    if codec == "utf-8":
        doc.meta["decode_errors"] = str(sum(len(_DAMAGE.findall(s)) for s in (doc.text, doc.title)))
    if unchecked:
        doc.meta[UNCHECKED_NOTE] = (
            f"line {no + 1} is not UTF-8 in a zstd frame without a checksum: stray bytes, a line in another charset, "
            "or a damaged frame whose text is garbage there"
        )


MAX_RATIO = 200
"""A compressed JSONL file that inflates past 16 MiB and to more than this many times its size is a bomb."""
_RATIO_FLOOR = 16 << 20


def read_rows(
    rows: Iterable[tuple[int, dict[str, Any]] | Reject], name: str, options: ReadOptions
) -> Iterator[Document | Reject]:
    """Documents and rejects of records already parsed (``(row number, record)``: the rows of a table), read as
    JSONL records are; a record whose strings hold more than the byte budget is ``too_large``."""
    return listed(_records(rows, name, options), name, "lines")


def _records(
    rows: Iterable[tuple[int, dict[str, Any]] | Reject], name: str, options: ReadOptions
) -> Iterator[Document | Reject]:
    any_row = False
    for row in rows:
        any_row = any_row or not isinstance(row, Reject) or row.record is not None  # (a reject of rows read)
        if isinstance(row, Reject):
            yield row
            continue
        no, rec = row
        if sum(len(v) for v in rec.values() if isinstance(v, str)) > options.max_bytes:
            yield Reject(name, "too_large", f"a record of more than {options.max_bytes} characters", record=no)
        else:
            yield record_document(rec, name, no, options)
    if not any_row:
        yield Reject(name, "empty_file", "no records")


def read_jsonl_lines(
    fh: Any, name: str, options: ReadOptions, compressed: Any = None, codec: str | None = None
) -> Iterator[Document | Reject]:
    """Documents and rejects of the lines of ``fh`` (a binary stream, already decompressed; ``compressed``:
    the file under it when it is, to stop a compression bomb of many lines; ``codec``: its compression)."""
    return listed(_lines(fh, name, options, compressed, codec), name, "lines")


def _wide(fh: Any) -> str | None:
    """The codec of a JSONL stream in UTF-16 or UTF-32 (a byte-order mark, or JSON's own test of the first bytes:
    Windows PowerShell's ``>`` and ``Out-File`` write UTF-16 LE), else None. Split at its ``\\n`` bytes, such a file
    was a ``bad_json`` reject per line, every record lost."""
    if hasattr(fh, "peek"):
        head = fh.peek(4)[:4]
    elif fh.seekable():
        at = fh.tell()
        head = fh.read(4)
        fh.seek(at)
    else:  # pragma: no cover - every stream the readers open peeks or seeks
        return None
    if head and not head.strip(b"\0"):  # (NUL bytes, zero-filled space: no UTF-32 text, which starts 00 00 00 XX or
        return None  # with its BOM; they were read as UTF-32, every record after them lost: helper hostile18)
    codec = json.detect_encoding(head) if len(head) >= 2 else "utf-8"
    return None if codec in ("utf-8", "utf-8-sig") else codec


class Recoded(io.RawIOBase):
    """A UTF-16 / UTF-32 stream as UTF-8 bytes, recoded a chunk at a time (U+FFFD for what does not decode, as
    ``bytes.decode(codec, "replace")``). Such a JSONL file was read whole: over the byte budget it was one
    ``too_large`` reject, every record lost (helper hostile22)."""

    def __init__(self, raw: Any, codec: str) -> None:
        super().__init__()
        self.raw = raw
        self.decoder = codecs.getincrementaldecoder(codec)("replace")
        self.pending = b""
        self.ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.pending and not self.ended:
            chunk = self.raw.read(CHUNK)
            self.ended = not chunk
            self.pending = self.decoder.decode(chunk, final=self.ended).encode("utf-8", "surrogatepass")
        n = min(len(buffer), len(self.pending))
        buffer[:n] = self.pending[:n]
        self.pending = self.pending[n:]
        return n


def _lines(fh: Any, name: str, options: ReadOptions, compressed: Any, codec: str | None) -> Iterator[Document | Reject]:
    try:
        wide = _wide(fh)
    except STREAM_ERRORS as exc:
        yield Reject(name, *stream_reject(exc, codec))
        return
    if wide is not None:  # read as UTF-8 lines, recoded as it is read
        fh = io.BufferedReader(Recoded(fh, wide), CHUNK)
    any_line = False
    no = -1
    total = shift = 0  # (shift: records beyond one a line held, numbered on: record numbers stay unique)
    lines = Ahead(enumerate(capped_lines(fh, options.max_bytes)))
    while True:
        try:
            no, line = next(lines)
        except StopIteration:
            break
        except STREAM_ERRORS as exc:  # a cut or damaged compressed stream: what came before stays
            yield Reject(name, *stream_reject(exc, codec), record=no + 1 + shift)
            return
        if line is None:
            any_line = True
            total += options.max_bytes
            yield Reject(name, "too_large", f"a line of more than {options.max_bytes} bytes", record=no + shift)
            continue
        total += len(line)
        if compressed is not None and total > _RATIO_FLOOR and total > MAX_RATIO * max(1, compressed.tell()):
            detail = f"inflates to more than {MAX_RATIO} times its size: a compression bomb; lines from {no + 1} on"
            yield Reject(name, "too_large", detail + " are not read", record=no + shift)
            return
        if not line.strip():
            continue
        any_line = True
        if line[:1] == b"\0" or line.rstrip()[-1:] == b"\0":  # zero-filled space (a write cut short by a crash)
            nuls, line = line.count(b"\0"), line.strip(b"\0 \t\r\n")
            if not line:
                yield Reject(name, "bad_json", f"line {no + 1}: only NUL bytes ({nuls}), no record: zero-filled "
                             "space, as a write cut short by a crash leaves", record=no + shift)  # fmt: skip
                continue
        if len(line) > _COSTLY_LINE and (cost := parse_cost(line)) > max(_COST_RATIO * len(line), _COST_FLOOR):
            detail = (f"line {no + 1}: parsed, its JSON would hold about {cost >> 20} MiB for a line of "
                      f"{len(line) >> 20} MiB (millions of arrays, objects or strings); not read")  # fmt: skip
            yield Reject(name, "too_large", detail, record=no + shift)
            continue
        parsed = _parse(line)
        if isinstance(parsed, str) and (found := salvage(line, no, lines, options.max_bytes)) is not None:
            total += found[1]
            for k, one in enumerate(found[0]):
                yield record_document(one, name, no + shift + k, options)
            shift += len(found[0]) - 1
            continue
        if isinstance(parsed, str):
            why = f" ({UNCHECKED_LINE})" if unchecked_frames(fh) else ""
            yield Reject(name, "bad_json", f"line {no + 1}: {parsed}{why}", record=no + shift)
            continue
        rec, charset = parsed
        item = record_document(rec, name, no + shift, options)
        if charset is not None and isinstance(item, Document):
            if charset == "utf-8" and not item.text.replace("\ufffd", "").strip():
                why = f" ({UNCHECKED_LINE})" if unchecked_frames(fh) else ""
                detail = f"line {no + 1}: its text is only bytes that are not UTF-8{why}"
                yield Reject(name, "bad_json", detail, record=no + shift)
                continue
            _note_charset(item, charset, no, unchecked_frames(fh))
        yield item
    if not any_line:
        yield Reject(name, "empty_file", "no records")
