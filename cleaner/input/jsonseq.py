"""Records of JSONL lines that are not one JSON object each (helper hostile37): what sloppy writers make.

A line that does not parse as one object was a ``bad_json`` reject, every record in it lost. It is read again here:

- as JSON with raw control characters inside its strings (a TAB, CR, form feed, ESC: a hand-rolled writer that does
  not escape them; Python's ``json`` refuses them unless ``strict=False``);
- with arrays and objects nested past :data:`MAX_DEPTH` read as ``null`` (a record whose one field nests thousands
  of levels; the parser stops near 1,000);
- as several values in a row (``}{``: records written without a line break; a file with CR-only line ends, one
  "line"; values separated by commas), or one array of objects (``json.dump(records)`` into a ``.jsonl``);
- as the start of a value that goes on over the next lines (records written with ``indent=2`` one after another; a
  string holding raw line breaks), gathered line by line up to :data:`GATHER_BYTES` and :data:`GATHER_LINES` and parsed
  when its brackets close or a line starts with a closing one. A gathered line that is a whole record on its own ends
  the gathering (the first line was cut: a crash mid-write), and the lines read ahead are given back.

Every value must be an object (a record); anything else leaves the line a reject as before.
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Iterator
from typing import Any

from cleaner.input.base import sanitize
from cleaner.input.decoding import DecodeError, decode_bytes

__all__ = ["Ahead", "salvage"]

GATHER_BYTES = 16 << 20
"""A value over several lines is gathered up to this many bytes (or the byte budget, when smaller)."""
GATHER_LINES = 100_000
"""… and this many lines after its first."""
GATHER_TRIES = 64
"""… and parsed at most this many times (at lines where its brackets may close)."""
_COSTLY = 1 << 20
_COST_FLOOR = 64 << 20
_LENIENT = json.JSONDecoder(strict=False)
_GAP = re.compile(r"[\s,\ufeff\x00]*")


class Ahead:
    """The numbered lines of a JSONL stream, with lines read ahead and not used given back. A stream error met while
    reading ahead is raised when the lines before it have been taken again."""

    def __init__(self, lines: Iterator[tuple[int, bytes | None]]) -> None:
        self.lines = lines
        self.back: deque[tuple[int, bytes | None]] = deque()
        self.error: BaseException | None = None
        self.fence = -1
        """Lines up to this number were given back by a gathering that failed: none of them starts another."""

    def __iter__(self) -> Ahead:
        return self

    def __next__(self) -> tuple[int, bytes | None]:
        if self.back:
            return self.back.popleft()
        if self.error is not None:
            error, self.error = self.error, None
            raise error
        return next(self.lines)

    def take(self) -> tuple[int, bytes | None] | None:
        """The next line read ahead, or None at the end (or at a stream error, kept for later)."""
        try:
            return next(self.lines)
        except StopIteration:
            return None
        except Exception as exc:  # (a STREAM_ERRORS one: raised in its turn)
            self.error = exc
            return None

    def give_back(self, taken: list[tuple[int, bytes | None]]) -> None:
        self.back.extendleft(reversed(taken))
        if taken:
            self.fence = max(self.fence, taken[-1][0])


def _text(line: bytes) -> str | None:
    """A line's text: UTF-8, else the charset the page decoder finds (None for bytes of no text)."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text, codec = decode_bytes(line, sniff_html=False)
        except DecodeError:
            return None
        return None if "\ufffd" in text and codec != "utf-8" else text


def _costly(text: str) -> bool:
    """The parse of ``text`` would hold far more than its size (as ``jsonl.parse_cost`` prices a line)."""
    if len(text) <= _COSTLY:
        return False
    cost = 72 * (text.count("[") + text.count("{")) + 80 * (text.count('"') // 2) + 16 * text.count(",")
    return cost > max(4 * len(text), _COST_FLOOR)


def values(text: str) -> list[dict[str, Any]] | bool:
    """The records of ``text`` read leniently (raw control characters in strings, several values in a row, one array
    of objects); True when it ends inside a value (it may go on over the next lines), False when it holds anything
    that is not a record."""
    if _costly(text):
        return False
    out: list[Any] = []
    pos = 0
    try:
        while (pos := _GAP.match(text, pos).end()) < len(text):  # type: ignore[union-attr]
            value, pos = _LENIENT.raw_decode(text, pos)
            out.append(value)
    except json.JSONDecodeError as exc:
        return exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")
    except RecursionError:
        shallow = _shallow(text)
        return False if shallow is None else values(shallow)
    except (ValueError, MemoryError):
        return False
    if len(out) == 1 and isinstance(out[0], list):
        out = out[0]
    if not out or not all(isinstance(v, dict) for v in out):
        return False
    try:
        return [sanitize(v) for v in out]
    except RecursionError:
        return False


MAX_DEPTH = 200
"""Arrays and objects nested deeper than this in a record are read as ``null`` (the parser's recursion stops near
1,000 levels: a record whose text is fine but one field of which nests 5,000 levels was a ``bad_json`` reject)."""
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*+"|[\[\]{}]')


def _shallow(text: str) -> str | None:
    """``text`` with every array or object deeper than :data:`MAX_DEPTH` replaced by ``null`` (strings skipped whole),
    or None when nothing is that deep. One pass, linear."""
    out: list[str] = []
    depth, start, kept = 0, -1, 0
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token[0] == '"':
            continue
        if token in "[{":
            depth += 1
            if depth == MAX_DEPTH + 1:
                start = m.start()
        else:
            depth -= 1
            if depth == MAX_DEPTH and start >= 0:
                out.append(text[kept:start])
                out.append("null")
                kept, start = m.end(), -1
    if not out:
        return None
    out.append(text[kept:])
    return "".join(out)


def _depth(text: str) -> int:
    return text.count("{") + text.count("[") - text.count("}") - text.count("]")


def _alone(text: str) -> bool:
    """``text`` is a whole record on its own line."""
    if not text.lstrip().startswith("{"):
        return False
    try:
        return isinstance(_LENIENT.decode(text), dict)
    except (ValueError, RecursionError):
        return False


def _gather(first: str, ahead: Ahead, cap: int) -> tuple[list[dict[str, Any]], int] | None:
    """The records of a value that starts on a line and goes on over the next ones, and the bytes of the lines it
    took; None when it does not close (the lines read are given back)."""
    taken: list[tuple[int, bytes | None]] = []
    parts, size, depth, tries = [first], len(first), _depth(first), 0
    while size < cap and len(taken) < GATHER_LINES and tries < GATHER_TRIES:
        item = ahead.take()
        if item is None:
            break
        taken.append(item)
        line = item[1]
        text = None if line is None else _text(line)
        if line is None or text is None or _alone(text):
            break
        parts.append(text)
        size += len(line)
        depth += _depth(text)
        if depth <= 0 or line[:1] in (b"}", b"]"):
            tries += 1
            got = values("".join(parts))
            if isinstance(got, list):
                return got, size - len(first)
            if not got:
                break
    ahead.give_back(taken)
    return None


def salvage(line: bytes, no: int, ahead: Ahead, cap: int) -> tuple[list[dict[str, Any]], int] | None:
    """The records of line ``no``, which does not parse as one object, read leniently (and with the lines after it
    when it starts a value that goes on), and the bytes read past the line; None when it holds none."""
    text = _text(line)
    if text is None:
        return None
    got = values(text)
    if isinstance(got, list):
        return got, 0
    if got and no > ahead.fence:
        return _gather(text, ahead, min(cap, GATHER_BYTES))
    return None
