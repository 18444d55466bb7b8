"""JSON files (``.json``, compressed or not; helper json37): scraper output read as records, streamed.

A ``.json`` file was refused ``unsupported_type`` without being read, yet it is what most scrapers write: Scrapy's
``-o items.json`` feed (one array of item objects), an API page kept as it came (``{"data": [...]}``, ``{"items":
[...]}``, ``{"data": {"list": [...]}}``), or one object per page (``page_0001.json``). It is read as:

- a top-level array: each item a record (an item that is no object, or an object with no text, is a ``no_text``
  reject of that item);
- an object with a text field (``--text-key``, ``html``, ``text``, ``content`` … as a JSONL record): one record;
- an object without one: the records of its list of objects (a field, or a field of a field, up to
  :data:`LIST_DEPTH` levels down; of several such lists, the one whose items hold text most often);
- several values in a row (JSON Lines under a ``.json`` name, objects written one after another): each as above.

Memory is bounded per input: the text is read a window at a time (:data:`WINDOW` characters) and an array is parsed
an item at a time (``json.JSONDecoder.raw_decode`` over the window, grown by doubling for a long item: linear). An
item over the byte budget is a ``too_large`` reject naming its index, skipped by a scan of its brackets and strings
(not held); a top-level object over the budget is streamed field by field, its first list of objects read as the
records. A file that is not JSON is ``bad_json``; one cut short keeps the records before the cut and one ``bad_json``
reject says where it ends; a file holding no record with text (a manifest, a config, ``package.json``) is one
``no_text`` reject of the file, and a list whose first :data:`MAX_BARREN` items hold none stops there.
"""

from __future__ import annotations

import codecs
import io
import json
import re
from collections.abc import Generator, Iterator
from typing import IO, Any

from cleaner.document import Document, Reject
from cleaner.input.base import MAX_LISTED, ReadOptions, listed, sanitize
from cleaner.input.compression import STREAM_ERRORS, stream_reject
from cleaner.input.jsonl import _RATIO_FLOOR, MAX_RATIO, Recoded, _body, _wide, record_document
from cleaner.input.jsonseq import _costly, _shallow
from cleaner.input.table import _charset

__all__ = ["LIST_DEPTH", "MAX_BARREN", "WINDOW", "read_json"]

WINDOW = 1 << 20
"""Characters read at a time; an item longer than the window is parsed again over a window twice as long."""
LIST_DEPTH = 3
"""The list of records of an object is looked for this many levels down (``{"data": {"list": [...]}}``: 2)."""
MAX_BARREN = 100_000
"""A list whose first this many items hold no record with text is read no further (one ``no_text`` reject)."""
_LENIENT = json.JSONDecoder(strict=False)
_WS = re.compile(r"[\s\ufeff\x00]*")
_WS_COMMA = re.compile(r"[\s,\ufeff\x00]*")
_STRING_REST = re.compile(r'(?:[^"\\]++|\\.)*+', re.S)
_STRUCT = re.compile(r"[\[\]{}]")


class _Bad(Exception):
    """The text is not JSON at a character (``args``: what, where)."""


class _Over(Exception):
    """A value is longer than the byte budget (or its parse would hold far more than its size)."""


class _Bomb(Exception):
    """A compressed file inflates to more than :data:`MAX_RATIO` times its size."""


class _Text:
    """A decoded stream read a window at a time: ``buf`` from ``pos`` on is what is left to read; ``base`` counts the
    characters dropped before ``buf``."""

    def __init__(self, fh: IO[str], compressed: Any) -> None:
        self.fh, self.compressed = fh, compressed
        self.buf, self.pos, self.base, self.ended = "", 0, 0, False
        self.ahead, self.ahead_at = "", 0
        """Text read past a long value (the window doubled for it), read again before the stream."""

    def fill(self, want: int) -> None:
        """At least ``want`` characters from ``pos`` in ``buf``, or all that is left."""
        if self.pos > WINDOW:  # (drop what is read, a window at a time: the copy is amortized)
            self.base += self.pos
            self.buf, self.pos = self.buf[self.pos :], 0
        while len(self.buf) - self.pos < want and not self.eof:
            n = max(WINDOW, want - len(self.buf) + self.pos)
            if self.ahead:
                chunk = self.ahead[self.ahead_at : self.ahead_at + n]
                self.ahead_at += len(chunk)
                if self.ahead_at >= len(self.ahead):
                    self.ahead, self.ahead_at = "", 0
                self.buf += chunk
                continue
            chunk = self.fh.read(n)
            self.ended = not chunk
            self.buf += chunk
            read = self.base + len(self.buf)
            if self.compressed is not None and read > _RATIO_FLOOR and read > MAX_RATIO * self.compressed.tell():
                raise _Bomb(f"inflates to more than {MAX_RATIO} times its size: a compression bomb")

    @property
    def eof(self) -> bool:
        """Everything is in ``buf``."""
        return self.ended and not self.ahead

    def took(self, end: int) -> None:
        """The value at ``pos`` ends at ``end``: ``pos`` moves there, and the text read past it beyond a window is put
        ahead again, so that the values after a long one are not parsed over a window of its length (a parse is
        bounded by the text it is given, not by the value it reads)."""
        if len(self.buf) - end > 2 * WINDOW:
            self.ahead = self.buf[end:] + self.ahead[self.ahead_at :]
            self.ahead_at = 0
            self.buf = self.buf[:end]
        self.pos = end

    def next_char(self, gap: re.Pattern[str] = _WS) -> str:
        """The next character after white space (and commas, with ``_WS_COMMA``), ``pos`` at it; "" at the end."""
        while True:
            self.pos = gap.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if self.eof:
                return ""
            self.fill(1)

    def at(self) -> int:
        return self.base + self.pos


def _incomplete(t: _Text, exc: json.JSONDecodeError) -> bool:
    """The parse failed because the window ends inside the value (not because the value is bad)."""
    return not t.eof and (exc.msg.startswith("Unterminated string") or exc.pos >= len(t.buf) - 16)


def _value(t: _Text, cap: int) -> Any:
    """The JSON value at ``pos`` (``pos`` moved past it). Raises :class:`_Over` (``pos`` unmoved) for a value over
    ``cap`` characters or too costly to parse, :class:`_Bad` for one that is not JSON or cut by the file's end."""
    want = WINDOW
    while True:
        t.fill(want)
        try:
            value, end = _LENIENT.raw_decode(t.buf, t.pos)
        except json.JSONDecodeError as exc:
            if not _incomplete(t, exc):
                raise _Bad(exc.msg, t.base + exc.pos) from None
        except RecursionError:
            return _deep_value(t, cap)
        except ValueError as exc:  # (an integer of too many digits)
            raise _Bad(str(exc)[:120], t.at()) from None
        else:
            if end - t.pos > cap:  # (parsed from a window that held more than it)
                raise _Over(f"more than {cap} characters")
            if end < len(t.buf) or t.eof or not isinstance(value, (int, float)):  # (a number may go on)
                t.took(end)
                return value
        held = len(t.buf) - t.pos
        if held > cap:
            raise _Over(f"more than {cap} characters")
        if held > WINDOW and _costly(t.buf[t.pos :]):
            raise _Over("parsed, it would hold many times its size (millions of arrays, objects or strings)")
        want = min(2 * held, cap + 1)


def _deep_value(t: _Text, cap: int) -> Any:
    """The value at ``pos`` that nests too deeply for the parser, its arrays and objects past ``jsonseq.MAX_DEPTH``
    levels read as null (as a JSONL record's are)."""
    while (end := _Skip().feed(t.buf, t.pos)) < 0:  # (scanned again over a window twice as long: linear)
        if t.eof:
            raise _Bad("cut short", t.base + len(t.buf))
        held = len(t.buf) - t.pos
        if held > cap:
            raise _Over(f"more than {cap} characters")
        t.fill(2 * held)
    text = t.buf[t.pos : end]
    try:
        value = _LENIENT.decode(_shallow(text) or text)
    except (ValueError, RecursionError) as exc:
        raise _Bad(f"nested too deeply ({type(exc).__name__})", t.at()) from None
    t.took(end)
    return value


class _Skip:
    """Finds where a value ends by its brackets and strings, a piece of text at a time (nothing is held)."""

    def __init__(self) -> None:
        self.depth, self.in_string, self.rest = 0, False, 0

    def feed(self, s: str, pos: int) -> int:
        """The index past the value's end in ``s``, or -1 when ``s`` ends first (``rest``: where what is not read
        yet starts, an escape cut by the end of ``s``)."""
        n = self.rest = len(s)
        while pos < n:
            if self.in_string:
                end = _STRING_REST.match(s, pos).end()  # type: ignore[union-attr]
                if end >= n or s[end] != '"':
                    self.rest = end
                    return -1
                pos, self.in_string = end + 1, False
                if self.depth <= 0:
                    return pos
                continue
            q = s.find('"', pos)
            stop = n if q < 0 else q
            closes = s.count("]", pos, stop) + s.count("}", pos, stop)
            if closes < self.depth:  # (the value cannot end before the next string: its brackets counted at once)
                self.depth += s.count("[", pos, stop) + s.count("{", pos, stop) - closes
            else:
                for m in _STRUCT.finditer(s, pos, stop):
                    self.depth += 1 if m.group() in "[{" else -1
                    if self.depth <= 0:
                        return m.end()
            if q < 0:
                return -1
            pos, self.in_string = q + 1, True
        return -1


def _skip(t: _Text) -> bool:
    """Move past the value at ``pos`` without holding it (a window at a time); False when the file ends inside it."""
    t.fill(64)
    if t.buf[t.pos : t.pos + 1] not in ('"', "[", "{"):  # (a number, true, false, null: parsed, short)
        _value(t, 1 << 20)
        return True
    skip = _Skip()
    while True:
        end = skip.feed(t.buf, t.pos)
        if end >= 0:
            t.pos = end
            return True
        if t.eof:
            t.pos = len(t.buf)
            return False
        t.base += skip.rest  # (what is read is dropped; an escape cut by the window's end is kept)
        t.buf, t.pos = t.buf[skip.rest :], 0
        t.fill(WINDOW)


def _item(t: _Text, name: str, no: int, options: ReadOptions) -> Document | Reject | None:
    """The record of the item at ``pos`` (a list's item, or a value of the file), or its reject; None when the file
    ends inside it (the caller says so)."""
    start = t.at()
    try:
        value = _value(t, options.max_bytes)
    except _Over as exc:
        if not _skip(t):
            return None
        return Reject(name, "too_large", f"item {no} (from character {start}): {exc}; not read", record=no)
    except _Bad as exc:
        if t.eof and (exc.args[0].startswith("Unterminated string") or exc.args[1] >= t.base + len(t.buf) - 16):
            return None
        raise
    if not isinstance(value, dict):
        return Reject(name, "no_text", f"item {no} is {_kind(value)}, not a record", record=no)
    return record_document(sanitize(value), name, no, options)


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return f"a list of {len(value)}"
    return {dict: "an object", str: "a string", bool: "a boolean", type(None): "null"}.get(type(value), "a number")


def _items(t: _Text, name: str, first: int, options: ReadOptions) -> Iterator[Document | Reject]:
    """The records of the array whose ``[`` is at ``pos``, numbered from ``first``; ``pos`` past its ``]``."""
    t.pos += 1
    no = first
    while (c := t.next_char(_WS_COMMA)) != "]":
        if c == "":
            yield Reject(name, "bad_json", f"the file ends inside the list, after {no - first} items: cut short",
                         record=no)  # fmt: skip
            return
        item = _item(t, name, no, options)
        if item is None:
            yield Reject(name, "bad_json", f"the file ends inside item {no}: cut short", record=no)
            return
        yield item
        no += 1
    t.pos += 1


def _lists(value: dict[str, Any], depth: int) -> Iterator[list[Any]]:
    """The lists holding objects among the fields of ``value``, down to ``depth`` levels."""
    for v in value.values():
        if isinstance(v, list) and any(isinstance(i, dict) for i in v):
            yield v
        elif isinstance(v, dict) and depth > 1:
            yield from _lists(v, depth - 1)


def _record_list(value: dict[str, Any], options: ReadOptions) -> list[Any] | None:
    """The list of records of an object: of its lists of objects (:func:`_lists`), the one whose items hold text most
    often, then the longest; None when it has none."""
    found = list(_lists(value, LIST_DEPTH))
    if not found:
        return None
    return max(found, key=lambda v: (sum(isinstance(i, dict) and _body(i, options) is not None for i in v), len(v)))


def _records_of(value: Any, options: ReadOptions) -> list[Any]:
    """The records of a whole value: a list's items, an object with text, else its list of records, else the object
    itself (a ``no_text`` reject)."""
    if isinstance(value, list):
        return value
    if not isinstance(value, dict) or _body(value, options) is not None:
        return [value]
    return _record_list(value, options) or [value]


def _listed(records: list[Any], name: str, first: int, options: ReadOptions) -> Iterator[Document | Reject]:
    for no, one in enumerate(records, first):
        if isinstance(one, dict):
            yield record_document(sanitize(one), name, no, options)
        else:
            yield Reject(name, "no_text", f"item {no} is {_kind(one)}, not a record", record=no)


def _object(t: _Text, name: str, first: int, options: ReadOptions) -> Iterator[Document | Reject]:
    """The records of the object at ``pos``: whole when it is under the budget, else streamed field by field (its
    first list of objects, down to :data:`LIST_DEPTH` levels, read as the records)."""
    start = t.at()
    try:
        value = _value(t, options.max_bytes)
    except (_Over, _Bad):  # (over the budget, cut short, bad further on: streamed; the text from start is held)
        t.pos = start - t.base
    else:
        yield from _listed(_records_of(value, options), name, first, options)
        return
    if not (yield from _fields(t, name, first, options, 1)):
        yield Reject(name, "too_large", f"an object of more than {options.max_bytes} characters with no list of "
                     "records")  # fmt: skip


def _nested(t: _Text, name: str, first: int, options: ReadOptions, depth: int) -> Generator[Any, None, bool]:
    """The records of the list of records of the object at ``pos`` (a field's value), if it has one."""
    start = t.at()
    try:
        value = _value(t, options.max_bytes)
    except (_Over, _Bad):
        t.pos = start - t.base
        return (yield from _fields(t, name, first, options, depth))
    records = _record_list(value, options) if isinstance(value, dict) else None
    if records is None:
        return False
    yield from _listed(records, name, first, options)
    return True


def _fields(t: _Text, name: str, first: int, options: ReadOptions, depth: int) -> Generator[Any, None, bool]:
    """The records of the object at ``pos``, streamed: its first list of objects (or that of its first object field
    holding one, down to :data:`LIST_DEPTH` levels); whether it had one."""
    t.pos += 1
    found = False
    while (c := t.next_char(_WS_COMMA)) != "}":
        if c != '"':
            where = t.at()
            yield Reject(name, "bad_json", f"character {where}: " + ("cut short" if c == "" else "not JSON"))
            return found
        _value(t, options.max_bytes)  # (the key)
        if t.next_char() != ":":
            yield Reject(name, "bad_json", f"character {t.at()}: not JSON (no ':' after a key)")
            return found
        t.pos += 1
        c = t.next_char()
        if not found and c == "[" and _starts_object(t):
            found = True
            yield from _items(t, name, first, options)
        elif not found and c == "{" and depth < LIST_DEPTH:
            found = yield from _nested(t, name, first, options, depth + 1)
        elif not _skip(t):
            yield Reject(name, "bad_json", f"character {t.at()}: the file ends inside the object: cut short")
            return found
    t.pos += 1
    return found


def _starts_object(t: _Text) -> bool:
    """The array at ``pos`` starts with an object (``pos`` stays at the array)."""
    while True:
        after = _WS.match(t.buf, t.pos + 1).end()  # type: ignore[union-attr]
        if after < len(t.buf) or t.eof:
            return t.buf[after : after + 1] == "{"
        t.fill(len(t.buf) - t.pos + WINDOW)


def _values(t: _Text, name: str, options: ReadOptions) -> Iterator[Document | Reject]:
    """The records of each top-level value of the file, in turn."""
    no = 0
    while (c := t.next_char()) != "":
        if c == "[":
            items = _items(t, name, no, options)
        elif c == "{":
            items = _object(t, name, no, options)
        else:
            try:
                value = _value(t, options.max_bytes)
            except (_Bad, _Over):
                what = "not JSON" if no == 0 else "not JSON after the values before it"
                yield Reject(name, "bad_json", f"character {t.at()}: {what}: {t.buf[t.pos : t.pos + 40]!r}")
                return
            items = iter([Reject(name, "no_text", f"value {no} is {_kind(value)}, not a record", record=no)])
        for item in items:
            no = max(no, (item.sources[0].record if isinstance(item, Document) else item.record or 0) + 1)
            yield item
            if isinstance(item, Reject) and item.reason == "bad_json":
                return


def _barren(items: Iterator[Document | Reject], name: str) -> Iterator[Document | Reject]:
    """``items``, with their ``no_text`` rejects held back until a document comes: a file holding none is one
    ``no_text`` reject (a manifest, a config), and a list whose first :data:`MAX_BARREN` items hold none stops."""
    held: list[Reject] = []
    count = 0
    for item in items:
        if count >= 0 and isinstance(item, Reject) and item.reason == "no_text":
            count += 1
            if len(held) < MAX_LISTED:
                held.append(item)
            if count >= MAX_BARREN:
                yield Reject(name, "no_text", f"its first {count} records hold no text ({held[0].detail}): "
                             "not read further")  # fmt: skip
                return
            continue
        if isinstance(item, Document) and count >= 0:
            yield from held
            if count > len(held):
                yield Reject(name, "no_text", f"{count - len(held)} more records with no text", record=count)
            held, count = [], -1
        yield item
    if count > 0:
        what = "1 record" if count == 1 else f"{count} records"
        yield Reject(name, "no_text", f"no record with text in it ({what}; {held[0].detail})")


def read_json(
    fh: IO[bytes], name: str, options: ReadOptions, compressed: Any = None, codec: str | None = None
) -> Iterator[Document | Reject]:
    """Documents and rejects of a JSON file (binary stream, decompressed; ``compressed``: the file under it when it
    is, to stop a compression bomb; ``codec``: its compression). Never raises for bad content."""
    return listed(_barren(_read(fh, name, options, compressed, codec), name), name, "records")


def _read(fh: IO[bytes], name: str, options: ReadOptions, compressed: Any, codec: str | None) -> Iterator[Any]:
    try:
        wide = _wide(fh)
        if wide is not None:
            fh = io.BufferedReader(Recoded(fh, wide))
        charset = "utf-8" if wide is not None else _charset(fh)
        if codecs.lookup(charset).name == "utf-8":
            charset = "utf-8-sig"
        text = io.TextIOWrapper(fh, encoding=charset, errors="replace")
    except STREAM_ERRORS as exc:
        yield Reject(name, *stream_reject(exc, codec))
        return
    t = _Text(text, compressed)
    try:
        if t.next_char() == "":
            yield Reject(name, "empty_file", "no content")
            return
        yield from _values(t, name, options)
    except _Bomb as exc:
        yield Reject(name, "too_large", f"{exc}; from character {t.at()} on it is not read")
    except _Bad as exc:
        yield Reject(name, "bad_json", f"character {exc.args[1]}: {exc.args[0]}")
    except _Over as exc:
        yield Reject(name, "too_large", f"character {t.at()}: a value of {exc}; from there on not read")
    except STREAM_ERRORS as exc:  # a cut or damaged compressed stream: what came before stays
        yield Reject(name, *stream_reject(exc, codec))
    finally:
        text.detach()
