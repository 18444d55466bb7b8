"""One byte budget for everything a reader reads or decodes, and opening inputs without blocking.

Every unit a reader holds in memory at once — a whole text or HTML file (all its gzip members together),
one JSONL line, one WARC record's payload and the body its ``Content-Encoding`` decodes to — is at most
:data:`MAX_INPUT_BYTES`. The limit is checked while streaming: no more than the cap (plus one read chunk)
is ever materialised, so a decompression bomb costs the cap, not its decompressed size.
"""

from __future__ import annotations

import errno
import io
import math
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any, Literal

from cleaner.document import Document, Reject

__all__ = [
    "CHUNK",
    "MAX_INPUT_BYTES",
    "MAX_LISTED",
    "PART",
    "PART_BYTES",
    "TRUNCATED",
    "NotRegular",
    "ReadOptions",
    "TooLarge",
    "capped_lines",
    "decode_content",
    "listed",
    "open_regular",
    "open_regular_fd",
    "read_capped",
    "read_fd_capped",
    "sanitize",
]

MAX_INPUT_BYTES = 64 * 1024 * 1024
"""The byte budget of one unit (file, JSONL line, WARC record body, decoded body); larger ones are
rejected as ``too_large``."""

TRUNCATED = "truncated"
"""The meta key of a raw text document read from a compressed dump cut short inside its only stream: ``"reason:
detail"`` of the cut. Its text ends at the last whole line before the cut; its last page is where the cut falls, and the
pipeline rejects that page with the reason instead of cleaning it (:func:`cleaner.pipeline.prepare`)."""

PART = "dump_part"
"""The meta key of a raw text document that is one part of a text dump larger than the byte budget: the byte offset of
the part in the (decompressed) file. Such a dump is read a part at a time (each at most :data:`PART_BYTES`, cut at a
line end), not rejected whole; the pipeline joins the parts at page starts (:mod:`cleaner.text.dumpparts`), so only a
page larger than the budget is lost."""

PART_BYTES = 16 << 20
"""The bytes of one part of a text dump over the byte budget (at most the budget)."""

CHUNK = 1 << 16
"""Bytes read or decompressed per step."""

MAX_LISTED = 1000
"""Rejects of one reason listed one by one per file (JSONL lines, WARC records); more are summed up in one reject
(bounded memory)."""


class _Rejects:
    """Lists the first :data:`MAX_LISTED` rejects of each reason, and counts the others."""

    def __init__(self, name: str, unit: Literal["lines", "records"]) -> None:
        self.name = name
        self.unit = unit
        self.counts: dict[str, list[int]] = {}  # reason → [count, first unlisted record, last record]

    def admit(self, r: Reject) -> Reject | None:
        no = r.record or 0
        c = self.counts.setdefault(r.reason, [0, no, no])
        c[0] += 1
        if c[0] <= MAX_LISTED:
            return r
        if c[0] == MAX_LISTED + 1:
            c[1] = no
        c[2] = no
        return None

    def summary(self) -> Iterator[Reject]:
        shown = 1 if self.unit == "lines" else 0  # (lines are named from 1, records by their index)
        for reason, (n, first, last) in self.counts.items():
            if n > MAX_LISTED:
                span = f"{self.unit} {first + shown} to {last + shown}"
                detail = f"{n - MAX_LISTED} more {self.unit} rejected as {reason} ({span})"
                yield Reject(self.name, reason, detail, record=first)


class MemberRejects:
    """The rejects of an archive's members: the first :data:`MAX_LISTED` of each reason listed, the others counted
    and summed up in one reject of the archive (20,000 empty members were 20,000 rejects; helper hostile37)."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], list[Any]] = {}  # (archive, reason) → [count, first member, last member]

    def admit(self, r: Reject, member: int) -> Reject | None:
        archive = r.path.split("!/", 1)[0]
        c = self.counts.setdefault((archive, r.reason), [0, "", ""])
        c[0] += 1
        if c[0] <= MAX_LISTED:
            return r
        c[1] = c[1] or f"member {member + 1} ({r.path.split('!/', 1)[-1]})"
        c[2] = f"member {member + 1} ({r.path.split('!/', 1)[-1]})"
        return None

    def summary(self) -> Iterator[Reject]:
        for (archive, reason), (n, first, last) in self.counts.items():
            if n > MAX_LISTED:
                detail = f"{n - MAX_LISTED} more rejects as {reason} in its members, from {first} to {last}"
                yield Reject(archive, reason, detail[:500])


def listed(
    items: Iterable[Document | Reject], name: str, unit: Literal["lines", "records"]
) -> Iterator[Document | Reject]:
    """``items``, with the rejects of one reason past :data:`MAX_LISTED` summed up at the end (bounded memory)."""
    rejects = _Rejects(name, unit)
    for item in items:
        if isinstance(item, Document):
            yield item
        elif (kept := rejects.admit(item)) is not None:
            yield kept
    yield from rejects.summary()


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How readers map input records to documents (picklable: it travels to the workers)."""

    id_key: str = "id"
    """JSONL: the field holding the record's own id (``Source.input_id``)."""
    text_key: str | None = None
    """JSONL: the field holding the text (default: the first of text/content/body/article, or html/raw_html)."""
    max_bytes: int = MAX_INPUT_BYTES
    """The byte budget of one unit (see :data:`MAX_INPUT_BYTES`)."""


class TooLarge(Exception):
    """A unit went over the byte budget."""


class NotRegular(OSError):
    """The path is a FIFO, a device, a socket or a directory: not a file to read."""


_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


def open_regular(path: str) -> IO[bytes]:
    """Open ``path`` for reading only if it is a regular file (following symlinks). Never blocks: a FIFO is
    opened non-blocking and refused (:class:`NotRegular`), as are devices (``/dev/zero``) and sockets."""
    fd, _size = open_regular_fd(path)
    try:
        return os.fdopen(fd, "rb")  # O_NONBLOCK changes nothing for a regular file's reads
    except BaseException:
        os.close(fd)
        raise


def open_regular_fd(path: str) -> tuple[int, int]:
    """:func:`open_regular` as a bare file descriptor (the caller closes it) and the file's size: no file object
    for a file read in one piece (making one costs ≈ 25 µs, more than reading a page of a few KB)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno != errno.ENXIO:
            raise
        try:  # a socket (open() says only "No such device or address")
            mode = os.stat(path).st_mode
        except OSError:
            raise exc from None
        what = next((name for test, name in _KINDS if test(mode)), "a special file")
        refused = NotRegular(f"{what}, not a regular file")
        refused.errno = exc.errno  # (a night's input key hashes it: the same as before)
        raise refused from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            what = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
            raise NotRegular(f"{what}, not a regular file")
        return fd, st.st_size
    except BaseException:
        os.close(fd)
        raise


def read_fd_capped(fd: int, size: int, cap: int) -> bytes:
    """:func:`read_capped` of a regular file opened by :func:`open_regular_fd` (``size``: its size then), from
    the descriptor: the same bytes, and :class:`TooLarge` in the same cases."""
    if size > cap:
        raise TooLarge(f"{size} bytes > {cap}")
    data = _read_fd(fd, size + 1)  # (all of it, and whether it grew)
    if len(data) > cap:
        raise TooLarge(f"more than {cap} bytes")
    if len(data) > size:  # it grows while read
        rest = _read_fd(fd, cap + 1 - len(data))
        if len(data) + len(rest) > cap:
            raise TooLarge(f"more than {cap} bytes")
        data += rest
    return data


def _read_fd(fd: int, n: int) -> bytes:
    """Up to ``n`` bytes of ``fd``: fewer only at its end (``os.read`` may return fewer before it)."""
    parts: list[bytes] = []
    total = 0
    while total < n:
        chunk = os.read(fd, min(n - total, 1 << 30))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return parts[0] if len(parts) == 1 else b"".join(parts)


def read_capped(fh: IO[bytes], cap: int) -> bytes:
    """All of ``fh``, or :class:`TooLarge` as soon as more than ``cap`` bytes came out of it. A regular file
    is read in one piece (one copy in memory); a stream a chunk at a time (at most two copies)."""
    if isinstance(fh, io.BufferedReader) and isinstance(fh.raw, io.FileIO):
        size = os.fstat(fh.fileno()).st_size - fh.tell()
        if size > cap:
            raise TooLarge(f"{size} bytes > {cap}")
        data = fh.read(size + 1)  # (a buffer of the file's size, not of the cap)
        if len(data) > cap:
            raise TooLarge(f"more than {cap} bytes")
        if len(data) > size:  # it grows while read
            try:
                data += read_capped_stream(fh, cap - len(data))
            except TooLarge:
                raise TooLarge(f"more than {cap} bytes") from None
        return data
    return read_capped_stream(fh, cap)


def read_capped_stream(fh: IO[bytes], cap: int) -> bytes:
    """:func:`read_capped` a chunk at a time."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = fh.read(min(CHUNK * 16, cap + 1 - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
        if total > cap:
            raise TooLarge(f"more than {cap} bytes")
    return b"".join(parts)


LINE_STEP = 1 << 20
"""A line is read this many bytes at a time (:func:`capped_lines`)."""


def capped_lines(fh: IO[bytes], cap: int) -> Iterator[bytes | None]:
    """The lines of ``fh``; ``None`` for a line longer than ``cap`` (skipped without holding more than ``cap``).
    Read :data:`LINE_STEP` bytes at a time: ``fh.readline(cap + 1)`` gathered a line over the cap in pieces and
    then joined them, twice the cap at once, which a staged worker (pyarrow loaded) under a 600 MB address limit
    could not hold: a ``MemoryError`` that failed the whole file (helper loss24)."""
    while True:
        step = min(cap + 1, LINE_STEP)
        line = fh.readline(step)
        if not line:
            return
        if line.endswith(b"\n") or len(line) < step:  # (a whole line, or the last one)
            yield line if len(line) <= cap else None
            continue
        parts, total = [line], len(line)
        while total <= cap and not parts[-1].endswith(b"\n"):
            more = fh.readline(min(cap + 1 - total, LINE_STEP))
            if not more:
                break
            parts.append(more)
            total += len(more)
        if total <= cap:
            yield b"".join(parts)
            continue
        ended = parts[-1].endswith(b"\n")
        del parts, line
        while not ended:  # the rest of a line over the cap: read and drop
            rest = fh.readline(CHUNK)
            ended = not rest or rest.endswith(b"\n")
        yield None


def _inflate(data: bytes, wbits: int, cap: int) -> bytes:
    """``data`` inflated, at most ``cap`` bytes. Like a browser, a stream cut short or followed by garbage
    keeps what it inflated; one that inflates to nothing at all is a ``zlib.error``."""
    out: list[bytes] = []
    total = 0
    while data:
        d = zlib.decompressobj(wbits=wbits)
        pending = data
        try:
            while pending and not d.eof:
                piece = d.decompress(pending, cap + 1 - total)
                out.append(piece)
                total += len(piece)
                if total > cap:
                    raise TooLarge(f"decodes to more than {cap} bytes")
                pending = d.unconsumed_tail
        except zlib.error:
            if not total:
                raise
            break
        if not d.eof:
            if not total:
                raise zlib.error("compressed stream ends early")
            break
        data = d.unused_data if wbits > 16 else b""  # gzip: the next member
    return b"".join(out)


def _unbrotli(data: bytes, cap: int) -> bytes:
    import brotli

    d = brotli.Decompressor()
    out: list[bytes] = []
    total = 0
    pending = data
    while True:
        piece: bytes = d.process(pending, output_buffer_limit=CHUNK)
        pending = b""
        out.append(piece)
        total += len(piece)
        if total > cap:
            raise TooLarge(f"decodes to more than {cap} bytes")
        if d.is_finished() or (not piece and d.can_accept_more_data()):
            break
    if not d.is_finished():
        raise zlib.error("brotli stream ends early")
    return b"".join(out)


def _unzstd(data: bytes, cap: int) -> bytes:
    """A ``Content-Encoding: zstd`` body (RFC 8878; Chrome and Cloudflare send it since 2024) decoded, at most ``cap``
    bytes: a WARC of such responses was a ``binary`` reject per page (helper hostile37)."""
    import zstandard

    out: list[bytes] = []
    total = 0
    reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data), read_across_frames=True)
    while piece := reader.read(CHUNK):
        out.append(piece)
        total += len(piece)
        if total > cap:
            raise TooLarge(f"decodes to more than {cap} bytes")
    if not total:
        raise zlib.error("zstd stream holds nothing")
    return b"".join(out)


def decode_content(data: bytes, encoding: str | None, cap: int) -> bytes:
    """A body decoded from its HTTP ``Content-Encoding`` (gzip, deflate, br, zstd; several in order), at most ``cap``
    bytes (:class:`TooLarge`). ``zlib.error`` for a body that does not decode; unknown codings are left as is. A
    body that does not decode but is text as it stands (:func:`_stored_decoded`) is kept as it is: many WARC writers
    (wget's, warcprox's, a requests-based crawler's) store the decoded body and keep the server's header, and its page
    was a ``bad_encoding`` reject (helper hostile26)."""
    for coding in reversed([c.strip().lower() for c in (encoding or "").split(",") if c.strip()]):
        try:
            data = _decoded(data, coding, cap)
        except zlib.error:
            if not _stored_decoded(data):
                raise
    return data


def _decoded(data: bytes, coding: str, cap: int) -> bytes:
    if coding in ("gzip", "x-gzip"):
        return _inflate(data, 31, cap)
    if coding == "deflate":
        return _inflate(data, 15 if data[:1] == b"\x78" else -15, cap)
    if coding == "br":
        try:
            return _unbrotli(data, cap)
        except TooLarge:
            raise
        except Exception as exc:  # brotli.error
            raise zlib.error(f"brotli: {exc}") from None
    if coding == "zstd":
        try:
            return _unzstd(data, cap)
        except TooLarge:
            raise
        except Exception as exc:  # zstandard.ZstdError
            raise zlib.error(f"zstd: {exc}") from None
    return data


_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def _stored_decoded(data: bytes) -> bool:
    """``data``, which its Content-Encoding does not decode, is a body stored already decoded: no gzip magic, and no
    byte of its first 4 KiB is a control byte text does not hold (compressed data holds many: about one byte in 12)."""
    head = data[:4096]
    return bool(head.strip()) and not head.startswith(b"\x1f\x8b") and _BINARY_BYTES.search(head) is None


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def sanitize(value: Any) -> Any:
    """``value`` (from JSON) with every lone surrogate replaced by U+FFFD, so that no later stage fails to
    encode it as UTF-8, and every NaN or infinite number by its name as a string, so that no output line holds
    ``NaN`` (which Python's JSON writes and reads, and strict JSON parsers refuse)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
            return value
        except UnicodeEncodeError:
            return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {sanitize(k): sanitize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [sanitize(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # NaN, Infinity (Python's JSON reads them): as "nan", "inf" — JSON has no such number
    return value
