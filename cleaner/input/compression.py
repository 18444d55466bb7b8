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
import zlib
from typing import IO, cast

__all__ = [
    "STREAM_ERRORS",
    "SUFFIXES",
    "Unavailable",
    "codec_of",
    "open_decompressed",
    "stream_reject",
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
    """A stream of ``fh`` decompressed (several gzip members, bzip2 streams, xz streams or zstd frames in a
    row are read as one), inflated as it is read."""
    if codec == "gzip":
        return cast(IO[bytes], gzip.GzipFile(fileobj=fh, mode="rb"))
    if codec == "bz2":
        return bz2.BZ2File(fh, mode="rb")
    if codec == "xz":
        return lzma.LZMAFile(fh, mode="rb")
    if codec == "zstd":
        try:
            import zstandard
        except ImportError as exc:  # pragma: no cover - a core dependency
            raise Unavailable("reading .zst needs the zstandard package (pip install zstandard)") from exc
        reader = zstandard.ZstdDecompressor().stream_reader(fh, read_across_frames=True, closefd=False)
        return io.BufferedReader(reader, 1 << 16)  # (readline, peek)
    raise ValueError(f"unknown codec {codec!r}")


def stream_reject(exc: BaseException, codec: str | None) -> tuple[str, str]:
    """``(reason, detail)`` of an error reading a (compressed) stream: ``io_error`` when it is no decompression
    error. A gzip stream keeps its reasons (``truncated_gzip``, ``bad_gzip``); the other codecs say
    ``truncated_compressed`` and ``bad_compressed`` with the codec in the detail."""
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
    """True when ``fh`` (from its start) is whole Zstandard frames, the last one ending with the file. A cut
    ``.zst`` file reads as if it simply ended (the zstandard stream reader says nothing), so the readers walk
    the frame and block headers — a few bytes per 128 KB block, nothing decompressed — to tell."""
    fh.seek(0)
    while magic := fh.read(4):
        if len(magic) < 4:
            return False
        if magic[1:] == b"\x2a\x4d\x18" and magic[0] & 0xF0 == 0x50:  # a skippable frame
            size = fh.read(4)
            if len(size) < 4 or not _skip(fh, int.from_bytes(size, "little")):
                return False
            continue
        if magic != _ZSTD_MAGIC or not _zstd_frame(fh):
            return False
    return True


def _zstd_frame(fh: IO[bytes]) -> bool:
    head = fh.read(1)
    if not head:
        return False
    fhd = head[0]
    single = bool(fhd & 0x20)
    fcs = _FCS_BYTES[fhd >> 6] or (1 if single else 0)
    if not _skip(fh, (0 if single else 1) + _DICT_BYTES[fhd & 3] + fcs):
        return False
    while True:
        block = fh.read(3)
        if len(block) < 3:
            return False
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
