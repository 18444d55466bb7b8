"""Hand-made WARC records (bytes), so that tests control every header, lies included."""

from __future__ import annotations

import gzip


def record(
    rec_type: str,
    block: bytes,
    *,
    url: str = "http://example.com/a",
    content_type: str = "application/http; msgtype=response",
    length: int | None = None,
    record_id: str = "<urn:uuid:00000000-0000-0000-0000-000000000001>",
) -> bytes:
    """One WARC/1.0 record; ``length`` overrides the true Content-Length (to make it lie)."""
    head = (
        "WARC/1.0\r\n"
        f"WARC-Type: {rec_type}\r\n"
        f"WARC-Target-URI: {url}\r\n"
        "WARC-Date: 2024-05-17T00:00:00Z\r\n"
        f"WARC-Record-ID: {record_id}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block) if length is None else length}\r\n"
        "\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def http_response(
    body: bytes, *, ctype: str = "text/html; charset=utf-8", headers: str = "", status: str = "200 OK"
) -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n{headers}Content-Length: {len(body)}\r\n\r\n".encode() + body


def gz_members(*records: bytes) -> bytes:
    """A .warc.gz: one gzip member per record."""
    return b"".join(gzip.compress(r) for r in records)
