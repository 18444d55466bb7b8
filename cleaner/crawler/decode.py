"""Content decoding of HTTP bodies, in bounded steps, under a byte budget.

httpx decodes each network chunk whole: 5 KB of brotli can become gigabytes in
one call before any size check runs. Here every decoder hands out at most
``STEP`` bytes per call (zlib's ``max_length``, brotli's ``output_buffer_limit``)
and the caller counts them as they come, so a decompression bomb costs at most
the budget plus one step of memory.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Protocol

__all__ = ["ACCEPT_ENCODING", "STEP", "BodyDecoder", "DecodeError", "UnsupportedEncoding"]

STEP = 64 * 1024
"""Most bytes one decoding call produces (brotli's output buffer may pass it by one growth block: < 2 x STEP)."""


class DecodeError(Exception):
    """The body is not valid for its Content-Encoding."""


class UnsupportedEncoding(Exception):
    """A Content-Encoding this crawler does not decode (it never asks for one)."""


class _Stage(Protocol):
    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def flush(self) -> Iterator[bytes]: ...


_GZIP_MAGIC = b"\x1f\x8b"


class _Zlib:
    """gzip (every member of a multi-member stream) or deflate (zlib-wrapped or raw, as browsers accept)."""

    def __init__(self, gzip: bool) -> None:
        self._gzip = gzip
        self._raw_fallback = not gzip
        self._d = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)
        self._first = True
        self._ignore = False

    def _decompress(self, data: bytes) -> bytes:
        try:
            out = self._d.decompress(data, STEP)
        except zlib.error as exc:
            if self._raw_fallback and self._first:  # "deflate" sent without the zlib header
                self._raw_fallback = False
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
                return self._decompress(data)
            raise DecodeError(f"{'gzip' if self._gzip else 'deflate'}: {exc}") from None
        self._first = False
        return out

    def feed(self, data: bytes) -> Iterator[bytes]:
        while not self._ignore:
            out = self._decompress(data)
            if out:
                yield out
            data = self._d.unconsumed_tail
            if self._d.eof:
                rest = self._d.unused_data
                if not rest:
                    return  # a further gzip member may start with the next chunk
                if not self._gzip or rest[:2] != _GZIP_MAGIC[: len(rest)]:
                    self._ignore = True  # trailing garbage after the stream is ignored, as browsers do
                    return
                self._d = zlib.decompressobj(zlib.MAX_WBITS | 16)  # the next gzip member
                data = rest
                continue
            if not data and len(out) < STEP:
                return

    def flush(self) -> Iterator[bytes]:
        yield from self.feed(b"")


class _Brotli:
    def __init__(self) -> None:
        import brotli

        self._error = brotli.error
        self._d = brotli.Decompressor()

    def _process(self, data: bytes) -> bytes:
        try:
            out: bytes = self._d.process(data, output_buffer_limit=STEP)
        except self._error as exc:
            raise DecodeError(f"br: {exc}") from None
        return out

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self._d.is_finished():
            return
        out = self._process(data)
        if out:
            yield out
        while not self._d.can_accept_more_data():
            out = self._process(b"")
            if out:
                yield out

    def flush(self) -> Iterator[bytes]:
        return iter(())


def _brotli_ok() -> bool:
    """Whether the installed brotli can decode in bounded steps (brotli >= 1.2)."""
    try:
        import brotli

        brotli.Decompressor().process(b"", output_buffer_limit=1)
        return callable(getattr(brotli.Decompressor, "can_accept_more_data", None))
    except Exception:
        return False


ACCEPT_ENCODING = "gzip, deflate, br" if _brotli_ok() else "gzip, deflate"
"""What the crawler asks for: only encodings it can decode in bounded steps."""


def _stage(name: str) -> _Stage:
    if name in ("gzip", "x-gzip"):
        return _Zlib(gzip=True)
    if name == "deflate":
        return _Zlib(gzip=False)
    if name == "br" and "br" in ACCEPT_ENCODING:
        return _Brotli()
    raise UnsupportedEncoding(f"Content-Encoding {name!r} (the crawler asks only for {ACCEPT_ENCODING})")


class BodyDecoder:
    """Undoes a ``Content-Encoding`` header's codings (last applied first), step by step."""

    def __init__(self, content_encoding: str | None) -> None:
        names = [n.strip().lower() for n in (content_encoding or "").split(",")]
        self.stages = [_stage(n) for n in reversed(names) if n and n != "identity"]

    def _through(self, pieces: Iterator[bytes], index: int) -> Iterator[bytes]:
        if index == len(self.stages):
            yield from pieces
            return
        stage = self.stages[index]
        for piece in pieces:
            yield from self._through(stage.feed(piece), index + 1)

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Decoded pieces of ``data`` (each at most STEP bytes when any coding is applied)."""
        return self._through(iter((data,)), 0)

    def flush(self) -> Iterator[bytes]:
        """What is left once the raw body ended."""
        for index, stage in enumerate(self.stages):
            yield from self._through(stage.flush(), index + 1)
