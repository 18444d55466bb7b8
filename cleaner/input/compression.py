"""Compressed dumps: gzip, bzip2, xz and Zstandard (``.jsonl.zst`` is how many corpora ship).

A file's codec comes from its last suffix (:data:`SUFFIXES`) or, when the name does not tell, from its first
bytes (:func:`codec_of`). :func:`open_decompressed` gives a stream that inflates a chunk at a time, so the
readers hold it to the same byte budget as a plain file (a bomb stops at the budget, not in memory), and
:func:`stream_reject` names what went wrong with a damaged or cut stream: what came before stays read.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import zlib
from typing import IO, Any, cast

__all__ = [
    "STREAM_ERRORS",
    "SUFFIXES",
    "Unavailable",
    "codec_of",
    "cut_at_a_flush",
    "ends_inside_a_member",
    "next_member",
    "open_decompressed",
    "stream_junk",
    "stream_reject",
    "unchecked_frames",
    "whole_streams",
    "zstd_intact",
]

SUFFIXES = {".gz": "gzip", ".gzip": "gzip", ".bz2": "bz2", ".xz": "xz", ".zst": "zstd", ".zstd": "zstd"}
"""File-name suffix → codec."""

_MAGIC = ((b"\x1f\x8b", "gzip"), (b"BZh", "bz2"), (b"\xfd7zXZ\x00", "xz"), (b"\x28\xb5\x2f\xfd", "zstd"))


def _zstd_errors() -> tuple[type[BaseException], ...]:
    try:
        import zstandard
    except ImportError:  # pragma: no cover - a core dependency
        return ()
    return (zstandard.ZstdError,)


STREAM_ERRORS: tuple[type[BaseException], ...] = (EOFError, OSError, zlib.error, lzma.LZMAError, *_zstd_errors())
"""What reading a damaged or cut compressed stream raises (OSError: gzip's BadGzipFile, bz2's bad data)."""


class Unavailable(Exception):
    """The codec's library is not installed."""


def codec_of(head: bytes) -> str | None:
    """The codec whose magic bytes start ``head``, or None."""
    for magic, codec in _MAGIC:
        if head.startswith(magic):
            return codec
    return None


def named_codec_holds(head: bytes, codec: str) -> bool:
    """Whether a file named for ``codec`` whose first bytes are ``head`` is in it, or a damaged stream of it: its
    magic bytes (their first 4, for xz's 6) or, for zstd, a skippable frame."""
    magic = next(m for m, c in _MAGIC if c == codec)
    if head.startswith(magic[:4]):
        return True
    return codec == "zstd" and head[1:4] == b"\x2a\x4d\x18" and head[0] & 0xF0 == 0x50


def open_decompressed(fh: IO[bytes], codec: str) -> IO[bytes]:
    """A stream of ``fh`` (seekable, from its current position) decompressed, inflated as it is read: several
    gzip members, bzip2 streams, xz streams or zstd frames in a row are read as one. Bytes between or after them
    that start no stream of the codec (an error page a download appended, junk between two members) are skipped
    to the next stream and counted (:func:`stream_junk`); NUL padding is skipped silently, as ``gzip -d`` does.
    A damaged or cut stream raises (:data:`STREAM_ERRORS`) once what came before it is read."""
    if codec not in _STARTS:
        raise ValueError(f"unknown codec {codec!r}")
    if codec == "zstd":
        try:
            import zstandard  # noqa: F401
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise Unavailable("reading .zst needs the zstandard package (pip install zstandard)") from exc
    return _Decompressed(_Streams(fh, codec), 1 << 16)


def stream_junk(stream: IO[bytes], codec: str | None) -> tuple[str, str] | None:
    """``(reason, detail)`` of the bytes a stream of :func:`open_decompressed` skipped as no stream of its codec
    (``bad_gzip``, or ``bad_compressed`` naming the codec), or None when it skipped none. Python's ``gzip`` raised
    there, and what the members before had given was lost; ``bz2`` and ``lzma`` ignored them without a word."""
    if not isinstance(stream, _Decompressed) or not stream.raw.junk_runs:
        return None
    raw = stream.raw
    name = codec or raw.codec
    what = _WHAT[raw.codec]
    if raw.junk_runs == 1 and raw.junk_trailing:
        detail = (
            f"{raw.junk_bytes} bytes after the last {what} (from byte {raw.junk_first}) are no {name} data: ignored"
        )
    elif raw.junk_runs == 1:
        detail = f"{raw.junk_bytes} bytes at byte {raw.junk_first} are no {name} data: skipped to the next {what}"
    else:
        detail = (f"{raw.junk_runs} runs of bytes that are no {name} data ({raw.junk_bytes} bytes from byte "
                  f"{raw.junk_first} on) skipped")  # fmt: skip
    detail += f"; the {what}s before them are read" if raw.junk_trailing else f"; the {what}s around them are read"
    return ("bad_gzip", detail) if raw.codec == "gzip" else ("bad_compressed", f"{name}: {detail}")


def unchecked_frames(stream: IO[bytes]) -> bool:
    """Whether a stream of :func:`open_decompressed` read a Zstandard frame written without its checksum (python-
    ``zstandard``'s default; the ``zstd`` tool writes one). gzip, bzip2 and xz check what they inflate; such a frame,
    damaged inside, may decode to other bytes without an error."""
    return isinstance(stream, _Decompressed) and stream.raw.unchecked


def cut_at_a_flush(stream: IO[bytes]) -> bool:
    """Whether the cut stream that a stream of :func:`open_decompressed` raised at ends where its writer flushed: a
    gzip member whose last bytes are a sync or full flush's empty stored block (``00 00 ff ff``: Python's
    ``GzipFile.flush``, zlib's ``Z_SYNC_FLUSH``, Java's ``GZIPOutputStream(syncFlush)``, Go's ``Writer.Flush``), or a
    zstd frame that ends at a block's end (``stream_writer.flush()``). A writer that flushes after each page and is
    killed leaves exactly that: what decompresses is all it wrote, its last page whole. (Deflate writes no empty
    stored block but at a flush; a zstd block ends by chance once in ≈ 50 KB of a file, but is then full, and a frame
    that holds its content size was written at once: neither reads as a flush.)"""
    return isinstance(stream, _Decompressed) and stream.raw.flushed and stream.raw.flushed_a_page()


def whole_streams(stream: IO[bytes]) -> int:
    """How many of the bytes a stream of :func:`open_decompressed` gave came from streams that ended whole (the gzip
    members before a cut or damaged one)."""
    return stream.raw.whole if isinstance(stream, _Decompressed) else 0


_STARTS = {
    "gzip": re.compile(rb"\x1f\x8b\x08"),
    "bz2": re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)"),
    "xz": re.compile(rb"\xfd7zXZ\x00"),
    "zstd": re.compile(rb"\x28\xb5\x2f\xfd|[\x50-\x5f]\x2a\x4d\x18"),
}
"""What starts a stream of each codec (a gzip member of deflate data, a bzip2 stream with its first block or its
end, an xz stream, a zstd frame or skippable frame): where reading goes on after bytes that are none."""
_WHAT = {"gzip": "member", "bz2": "stream", "xz": "stream", "zstd": "frame"}


class _Decompressed(io.BufferedReader):
    """The buffered stream of :func:`open_decompressed`. A ``read(n)`` that meets a cut or damaged stream gives what
    it read before (the error is raised by the next read): ``io.BufferedReader`` dropped it with the exception, so a
    reader asking for 64 KiB at a time (warcio) lost the records before the cut of a ``.warc.xz`` (helper hostile18)."""

    raw: _Streams
    _error: BaseException | None = None

    def read(self, size: int | None = -1) -> bytes:
        if self._error is not None:
            error, self._error = self._error, None
            raise error
        if size is None or size < 0:
            return super().read(size)
        parts: list[bytes] = []
        got = 0
        while got < size:
            try:
                chunk = self.read1(size - got)
            except STREAM_ERRORS as exc:
                if not parts:
                    raise
                self._error = exc
                break
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)


class _Streams(io.RawIOBase):
    """The streams of one codec in ``fh``, in a row, decompressed (:func:`open_decompressed`).

    The first stream starts where ``fh`` stands, whatever its bytes (a damaged one raises, as it did). At each
    later boundary NUL bytes are skipped, and bytes that start no stream (:data:`_STARTS`) are skipped to the
    next start, or to the end, and counted in ``junk_*``. gzip, bzip2 and xz are inflated by their decompressor
    objects with an output limit per read; a zstd frame, whose end its headers give without decompressing
    (:func:`_zstd_frame`), by a stream reader over that frame's bytes alone, so no read inflates more than asked."""

    def __init__(self, fh: IO[bytes], codec: str) -> None:
        super().__init__()
        self.fh = fh
        self.codec = codec
        self.junk_runs = 0
        self.junk_bytes = 0
        self.junk_first = -1
        self.junk_trailing = False
        self._pos = fh.tell()  # where the next stream starts (at a boundary)
        self.started = self._pos  # where the stream being read started
        self._first_at = self._pos
        self._stream_given = 0  # bytes given out before the stream being read
        self._junk_end = -1  # where the last run of junk ended
        self.total = 0  # bytes given out
        self.whole = 0  # bytes given out by the streams that ended whole
        self._first = True
        self._d: Any = None  # the decompressor of the stream being read (None at a boundary)
        self._buf = b""  # input read from fh and not yet decompressed
        self._fh_end = False
        self._cut = False  # (zstd) the frame being read runs past the end of the file
        self._block_max = 0  # (zstd) the cut frame's block size when it ends at a block's end (else 0)
        self.unchecked = False  # (zstd) a frame read has no checksum: damage inside it may decode without an error
        self.flushed = False  # the stream cut short ends where its writer flushed (:func:`cut_at_a_flush`)

    def readable(self) -> bool:
        return True

    def flushed_a_page(self) -> bool:
        """Whether the stream cut at a flush (:attr:`flushed`) holds a page since its writer's previous flush
        (:func:`_page_sized`). Asked only of a whole text read under the byte budget (the stream's bytes are read
        again: a JSONL or WARC stream of any size never asks)."""
        here = self.fh.tell()
        try:
            if self.codec == "zstd":
                return _page_sized(_zstd_last_piece(self.fh, self.started, self._block_max))
            return _page_sized(_gzip_last_piece(self.fh, self.started, self.fh.seek(0, 2)))
        finally:
            self.fh.seek(here)

    def readinto(self, b: Any) -> int:
        n = len(b)
        if n == 0:
            return 0
        while True:
            if self._d is None and not self._start():
                return 0
            given = self.total
            try:
                out = self._zstd_read(n) if self.codec == "zstd" else self._inflate(n)
            except STREAM_ERRORS as exc:
                first = self.started == self._first_at
                if first or given != self._stream_given or (isinstance(exc, OSError) and self.codec != "bz2"):
                    raise  # (bz2 says "Invalid data stream" with an OSError; other OSErrors are the file's)
                if not self._false_start(cut=isinstance(exc, EOFError)):
                    raise  # (a stream cut short with no other after it)
                continue  # (its magic bytes were in junk: nothing decoded yet, the junk goes on)
            self.total += len(out)
            if self._d is None:  # (that stream ended whole)
                self.whole = self.total
            if out:
                b[: len(out)] = out
                return len(out)

    def _inflate(self, n: int) -> bytes:
        """Up to ``n`` bytes of the gzip / bzip2 / xz stream being read (b"": at its end, or more input needed)."""
        d = self._d
        chunk, self._buf = self._buf, b""
        if not chunk and (self.codec == "gzip" or d.needs_input):
            chunk = self.fh.read(_READ)
            if not chunk:
                self._fh_end = True
        out: bytes = d.decompress(chunk, n)
        if self.codec == "gzip":
            self._buf = d.unconsumed_tail
        if d.eof:  # (zlib may keep the same bytes in unconsumed_tail too)
            self._pos = self.fh.tell() - len(d.unused_data)
            self._d, self._buf = None, b""
        elif not out and self._fh_end and not self._buf and (self.codec == "gzip" or d.needs_input):
            if self.codec == "gzip":
                end = self.fh.seek(0, 2)
                self.fh.seek(max(self.started, end - 4))
                self.flushed = end - self.started > 14 and self.fh.read(4) == _FLUSHED
            raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        return out

    def _zstd_read(self, n: int) -> bytes:
        out: bytes = self._d.read(n)
        if not out:
            if self._cut:  # at a block's end, a block not full: a flush (full blocks end where the writer chose not)
                self.flushed = bool(self._block_max) and (self.total - self._stream_given) % self._block_max != 0
                raise EOFError("zstd: the file ends inside a frame")
            self._d = None
        return out

    def _start(self) -> bool:
        """Open the next stream (False: there is none)."""
        if self._pos < 0:
            return False
        if not self._first and (start := self._next_start()) is not None:
            self._pos = start
        elif not self._first:
            self._pos = -1  # (the end: asked again, nothing more to find or count)
            return False
        self._first = False
        self.started = self._pos
        self._stream_given = self.total
        self.fh.seek(self._pos)
        self._fh_end = False
        if self.codec == "gzip":
            self._d = zlib.decompressobj(wbits=31)
        elif self.codec == "bz2":
            self._d = bz2.BZ2Decompressor()
        elif self.codec == "xz":
            self._d = lzma.LZMADecompressor()
        else:
            self._d = self._zstd_frame_reader()
        return True

    def _zstd_frame_reader(self) -> Any:
        import zstandard

        self.fh.seek(self._pos)
        head = self.fh.read(5)
        if head[:4] == _ZSTD_MAGIC and (len(head) < 5 or not head[4] & 4):
            self.unchecked = True
        end = _zstd_end(self.fh, self._pos)
        self._cut = end is None
        self._block_max = _zstd_block_cut(self.fh, self._pos) if self._cut else 0
        size = (self.fh.seek(0, 2) if end is None else end) - self._pos
        self.fh.seek(self._pos)
        if end is not None:
            self._pos = end
        window = _Window(self.fh, size)
        return zstandard.ZstdDecompressor().stream_reader(
            cast(IO[bytes], window), read_across_frames=False, closefd=False
        )

    def _next_start(self) -> int | None:
        """Where the stream after the one that ended at ``_pos`` starts (None: the file ends), junk counted."""
        start, junk_at, junk = _next_start(self.fh, self._pos, self.codec)
        if junk:
            self._junk(junk_at, junk, start is None)
        return start

    def _junk(self, at: int, size: int, trailing: bool) -> None:
        """Count ``size`` bytes of junk at ``at`` (one run with the junk just before it)."""
        if self.junk_first < 0:
            self.junk_first = at
        if at != self._junk_end:
            self.junk_runs += 1
        self.junk_bytes += size
        self._junk_end = at + size
        self.junk_trailing = trailing

    def _false_start(self, cut: bool) -> bool:
        """The stream just opened (not the first) fails before it decodes a byte: its magic bytes were junk's (3 bytes
        of gzip's come by chance every 16 MB of binary junk), or it runs to the end of the file (``cut``: a header
        that says more follows). It was a damaged member, the streams after it lost. False: it is cut, and no stream
        starts after its start (the stream a writer killed had begun)."""
        start = _next_start(self.fh, self.started + 1, self.codec)[0]
        if cut and start is None:
            return False
        end = self.fh.seek(0, 2) if start is None else start
        self._junk(self.started, end - self.started, start is None)
        self._d, self._buf = None, b""
        self._pos = -1 if start is None else start
        return True


def _next_start(fh: IO[bytes], at: int, codec: str) -> tuple[int | None, int, int]:
    """``(start, junk at, junk bytes)``: where the next stream of ``codec`` at or after ``at`` starts (None: the
    file ends first), past NUL padding and past bytes that start no stream (junk). Scanned a chunk at a time."""
    starts = _STARTS[codec]
    fh.seek(at)
    tail = b""
    junk_at = -1
    while True:
        chunk = fh.read(_READ)
        buf = tail + chunk
        if junk_at < 0:  # still in the padding
            stripped = buf.lstrip(b"\x00")
            at += len(buf) - len(stripped)
            buf = stripped
            if not buf and not chunk:
                return None, at, 0
            if len(buf) < _LONGEST and chunk:
                tail = buf
                continue
            if starts.match(buf):
                return at, at, 0
            junk_at = at
        m = starts.search(buf, 1 if at == junk_at else 0)
        if m is not None:
            return at + m.start(), junk_at, at + m.start() - junk_at
        if not chunk:
            return None, junk_at, at + len(buf) - junk_at
        tail = buf[-(_LONGEST - 1) :]
        at += len(buf) - len(tail)


def next_member(fh: IO[bytes], at: int) -> int | None:
    """Where the first gzip member at or after ``at`` starts (None: none does)."""
    return _next_start(fh, at, "gzip")[0]


def ends_inside_a_member(fh: IO[bytes]) -> bool:
    """Whether the gzip file ``fh`` ends inside a member (cut short), every member inflated a chunk at a time. A member
    that does not inflate before the last one is passed over (the reader that met it said so), and so are bytes
    between members."""
    at = 0
    while True:
        fh.seek(at)
        stream = open_decompressed(fh, "gzip")
        try:
            while stream.read(_READ * 4):
                pass
            return False
        except (EOFError, zlib.error):
            assert isinstance(stream, _Decompressed)
            after = next_member(fh, stream.raw.started + 1)
            if after is None:
                return True
            at = after


_FLUSHED = b"\x00\x00\xff\xff"
"""The empty stored block a deflate writer's sync or full flush ends with."""
_READ = 1 << 16
_LONGEST = 10
"""Bytes of the longest stream start (bzip2's)."""


def _page_sized(piece: bytes) -> bool:
    """Whether what a writer wrote between its last two flushes (or since its stream started) holds two lines of
    text or more: a page, as a crawler that flushes after each page writes. A writer that flushes after each line
    (``print(..., flush=True)``, Java's auto-flushing ``PrintWriter`` over a ``syncFlush`` stream) may have been
    killed inside a page: its cut is read as any other, the last page the reject (helper hostile20; it was a story
    cut short)."""
    lines = 0
    for line in piece.split(b"\n"):
        lines += bool(line.strip())
        if lines >= 2:
            return True
    return False


def _drained(d: Any, data: bytes) -> None:
    """Decompress ``data`` with ``d`` and drop what it gives, a chunk at a time (a zlib object)."""
    while data:
        d.decompress(data, _READ)
        data = d.unconsumed_tail


def _gzip_last_piece(fh: IO[bytes], start: int, end: int) -> bytes:
    """What the gzip member from ``start`` to ``end`` (cut at a flush) holds after its writer's previous flush (its
    empty stored block; from the member's start when there is none)."""
    fh.seek(start)
    member = fh.read(end - start)
    prev = member.rfind(_FLUSHED, 0, len(member) - len(_FLUSHED))
    d = zlib.decompressobj(wbits=31)
    try:
        if prev >= 0:
            _drained(d, member[: prev + len(_FLUSHED)])
        return bytes(d.decompress(member[prev + len(_FLUSHED) if prev >= 0 else 0 :]))
    except zlib.error:  # (the bytes that looked like a flush were not one)
        return b""


def _zstd_last_piece(fh: IO[bytes], at: int, block_max: int) -> bytes:
    """What the zstd frame at ``at`` (cut at a block's end) holds after its last block that is not full but the last
    one (a flush; from the frame's start when there is none)."""
    import zstandard

    fh.seek(at)
    data = fh.read()
    fhd = data[4]
    single = bool(fhd & 0x20)
    pos = 5 + (0 if single else 1) + _DICT_BYTES[fhd & 3] + (_FCS_BYTES[fhd >> 6] or (1 if single else 0))
    d = zstandard.ZstdDecompressor().decompressobj()
    out = d.decompress(data[:pos])
    pieces: list[bytes] = []
    while pos + 3 <= len(data):
        header = int.from_bytes(data[pos : pos + 3], "little")
        end = pos + 3 + (1 if (header >> 1) & 3 == 1 else header >> 3)
        try:
            out = d.decompress(data[pos:end])
        except zstandard.ZstdError:
            return b""
        if pieces and len(pieces[-1]) < block_max:  # the block before this one ended at a flush
            pieces = []
        pieces.append(out)
        pos = end
    return b"".join(pieces)


class _Window:
    """The next ``size`` bytes of ``fh`` as a file to read (a zstd frame's bytes, and no more)."""

    def __init__(self, fh: IO[bytes], size: int) -> None:
        self.fh = fh
        self.left = size

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        data = self.fh.read(n) if n > 0 else b""
        self.left -= len(data)
        return data


def stream_reject(exc: BaseException, codec: str | None) -> tuple[str, str]:
    """``(reason, detail)`` of an error reading a (compressed) stream: ``io_error`` when it is no decompression
    error. A gzip stream keeps its reasons (``truncated_gzip``, ``bad_gzip``); the other codecs say
    ``truncated_compressed`` and ``bad_compressed`` with the codec in the detail. An error that names its own reason
    (``reject_reason``: an archive cut inside a member) keeps it."""
    if isinstance(own := getattr(exc, "reject_reason", None), str):
        return own, str(exc)
    name = codec or "gzip"
    truncated, bad = ("truncated_gzip", "bad_gzip") if name == "gzip" else ("truncated_compressed", "bad_compressed")
    if isinstance(exc, EOFError):
        return truncated, str(exc) or f"{name} stream ends early"
    if isinstance(exc, (gzip.BadGzipFile, zlib.error)) or (
        isinstance(exc, STREAM_ERRORS) and not (isinstance(exc, OSError) and codec in (None, "gzip"))
    ):  # (bz2 says "Invalid data stream" with a bare OSError)
        return bad, str(exc) if name == "gzip" else f"{name}: {exc}"
    return "io_error", str(exc)


_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_FCS_BYTES = (0, 2, 4, 8)
_DICT_BYTES = (0, 1, 2, 4)


def zstd_intact(fh: IO[bytes]) -> bool:
    """True unless a Zstandard frame of ``fh`` (from its start) runs past the end of the file. A cut ``.zst``
    file reads as if it simply ended (the zstandard stream reader says nothing), so the readers walk the frame
    and block headers — a few bytes per 128 KB block, nothing decompressed — to tell. Bytes after or between
    frames that start none are skipped as :func:`open_decompressed` skips them (it counts them)."""
    fh.seek(0)
    if not fh.read(1):
        return True
    at: int | None = 0
    while at is not None:
        at = _zstd_end(fh, at)
        if at is None:
            return False
        at = _next_start(fh, at, "zstd")[0]
    return True


def _zstd_end(fh: IO[bytes], at: int) -> int | None:
    """The end of the frame (or skippable frame) at ``at``, from its headers; None when the file ends inside it,
    or its headers are no frame's (a stream reader over the rest of the file then says what is wrong)."""
    fh.seek(at)
    magic = fh.read(4)
    if len(magic) < 4:
        return None
    if magic[1:] == b"\x2a\x4d\x18" and magic[0] & 0xF0 == 0x50:  # a skippable frame
        size = fh.read(4)
        return fh.tell() if len(size) == 4 and _skip(fh, int.from_bytes(size, "little")) else None
    return fh.tell() if magic == _ZSTD_MAGIC and _zstd_frame(fh) else None


def _zstd_block_cut(fh: IO[bytes], at: int) -> int:
    """The largest block of the zstd frame at ``at`` (min(window, 128 KiB)), which the file ends inside, when it ends
    after a whole block (no byte of a next block's header) and may have been written by a writer that flushes: 0
    when it does not end so, or its header holds the content size (a writer that knew it wrote all at once, and a
    cut there is by chance; helper hostile20). A block that is not full then ends at a flush (:func:`cut_at_a_flush`
    asks the frame's size so far): a writer that never flushes makes full blocks."""
    fh.seek(at)
    ends: list[bool] = []
    if fh.read(4) != _ZSTD_MAGIC or _zstd_frame(fh, ends) or ends != [True]:
        return 0
    fh.seek(at + 4)
    head = fh.read(2)
    fhd = head[0]
    if fhd >> 6 or fhd & 0x20:  # a content size (a single-segment frame always has one)
        return 0
    exponent, mantissa = head[1] >> 3, head[1] & 7
    window = (1 << (10 + exponent)) + ((1 << (10 + exponent)) >> 3) * mantissa
    return min(window, 128 << 10)


def _zstd_frame(fh: IO[bytes], ends: list[bool] | None = None) -> bool:
    """Walk the frame whose magic bytes were just read; False when the file ends inside it (``ends`` then gets
    whether it ends at a block's end, after one block at least)."""
    head = fh.read(1)
    if not head:
        return False
    fhd = head[0]
    single = bool(fhd & 0x20)
    fcs = _FCS_BYTES[fhd >> 6] or (1 if single else 0)
    if not _skip(fh, (0 if single else 1) + _DICT_BYTES[fhd & 3] + fcs):
        return False
    blocks = 0
    while True:
        block = fh.read(3)
        if len(block) < 3:
            if ends is not None:
                ends.append(not block and blocks > 0)
            return False
        blocks += 1
        header = int.from_bytes(block, "little")
        kind, size = (header >> 1) & 3, header >> 3
        if kind == 3 or not _skip(fh, 1 if kind == 1 else size):
            return False
        if header & 1:  # the last block
            return _skip(fh, 4) if fhd & 4 else True


def _skip(fh: IO[bytes], n: int) -> bool:
    """Move ``n`` bytes on; False when the file ends first."""
    if n <= 0:
        return True
    here = fh.tell()
    end = fh.seek(0, 2)
    if here + n > end:
        return False
    fh.seek(here + n)
    return True
