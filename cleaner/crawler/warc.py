"""The crawl's WARC files: writing pages whole, and scanning/repairing on resume.

Each page is a ``request`` record followed by a ``response`` record, each its
own gzip member, and both go to the file in one ``write`` call, so a killed
crawl leaves at most one torn group at the end of the newest file. A page
counts as stored once its response record is complete; on resume everything
after the last complete response (a torn record, a lone request) is cut off.

warcio's reader stops quietly at a truncated gzip member, so completeness is
checked here member by member with zlib (a gzip member ends with a CRC and a
length, checked by zlib) before warcio parses the record.
"""

from __future__ import annotations

import errno
import io
import os
import re
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from cleaner.output import fsync_dir

__all__ = ["REQUESTED_URI_HEADER", "Page", "ScanResult", "WarcSink", "crawl_files", "named_os_error", "scan_dir"]

REQUESTED_URI_HEADER = "WARC-Cleaner-Requested-URI"
"""WARC header naming the URL as it was given to the crawler (before redirects)."""

_CRAWL_FILE = re.compile(r"^crawl-\d{8}T\d{6}Z-\d+\.warc\.gz$")
_DROP_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})
_CHUNK = 1 << 20


@dataclass(slots=True)
class Page:
    """One fetched page, as stored (no httpx types here)."""

    requested_url: str
    final_url: str
    fetched_at: datetime
    status: int
    reason: str
    response_headers: list[tuple[str, str]]
    request_target: str
    """Path and query as sent in the request line."""
    request_headers: list[tuple[str, str]]
    body: bytes
    http_version: str = "HTTP/1.1"
    redirects: int = 0
    ip_address: str | None = None
    """The address the response came from (the one the SSRF guard checked)."""


def crawl_files(out_dir: Path) -> list[Path]:
    """The WARC files this crawler wrote into ``out_dir``, oldest first."""
    if not out_dir.is_dir():
        return []
    return sorted(p for p in out_dir.iterdir() if _CRAWL_FILE.match(p.name) and p.is_file())


def _stored_response_headers(page: Page) -> list[tuple[str, str]]:
    """HTTP headers consistent with the decoded body we store."""
    headers: list[tuple[str, str]] = []
    for name, value in page.response_headers:
        low = name.lower()
        if low == "content-encoding":
            headers.append(("X-Cleaner-Original-Content-Encoding", value))
        elif low not in _DROP_HEADERS:
            headers.append((name, value))
    headers.append(("Content-Length", str(len(page.body))))
    return headers


def _gzip_member(data: bytes) -> bytes:
    comp = zlib.compressobj(6, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    return comp.compress(data) + comp.flush()


class _Builder:
    def __init__(self) -> None:
        self._buf = io.BytesIO()
        self._writer = WARCWriter(self._buf, gzip=False, warc_version="1.1")

    def serialize(self, record: object) -> bytes:
        self._buf.seek(0)
        self._buf.truncate()
        self._writer.write_record(record)
        return _gzip_member(self._buf.getvalue())

    def page_bytes(self, page: Page) -> bytes:
        date = datetime_to_iso_date(page.fetched_at.astimezone(UTC).replace(tzinfo=None), use_micros=True)
        common = {"WARC-Date": date, REQUESTED_URI_HEADER: page.requested_url}
        resp_http = StatusAndHeaders(
            f"{page.status} {page.reason}".strip(), _stored_response_headers(page), protocol=page.http_version
        )
        response = self._writer.create_warc_record(
            page.final_url,
            "response",
            payload=io.BytesIO(page.body),
            length=len(page.body),
            http_headers=resp_http,
            warc_headers_dict=dict(common),
        )
        if page.redirects:
            response.rec_headers.add_header("WARC-Cleaner-Redirects", str(page.redirects))
        req_http = StatusAndHeaders(
            f"GET {page.request_target} {page.http_version}", list(page.request_headers), is_http_request=True
        )
        request = self._writer.create_warc_record(
            page.final_url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=req_http,
            warc_headers_dict=dict(common),
        )
        # Each record names the other: a reader starting from either finds the pair.
        request.rec_headers.add_header("WARC-Concurrent-To", response.rec_headers.get_header("WARC-Record-ID"))
        response.rec_headers.add_header("WARC-Concurrent-To", request.rec_headers.get_header("WARC-Record-ID"))
        if page.ip_address:
            for record in (request, response):
                record.rec_headers.add_header("WARC-IP-Address", page.ip_address)
        return self.serialize(request) + self.serialize(response)

    def warcinfo_bytes(self, filename: str) -> bytes:
        info = {
            "software": "cleaner crawler",
            "format": "WARC File Format 1.1",
            "conformsTo": "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/",
            "robots": "obey by default (RFC 9309)",
        }
        return self.serialize(self._writer.create_warcinfo_record(filename, info))


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def named_os_error(exc: OSError, path: Path) -> OSError:
    """``exc`` naming ``path`` and what to do (os.write and fsync errors name no file)."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        hint = "free some space there or choose another --out, then run the fetch again to resume"
    else:
        hint = "check the folder (permissions, disk) or choose another --out, then run the fetch again to resume"
    return OSError(exc.errno, f"{exc.strerror or exc}; {hint}", str(path))


class WarcSink:
    """Appends whole pages to ``crawl-<UTC stamp>-<n>.warc.gz`` files in ``out_dir``."""

    def __init__(self, out_dir: Path, *, max_file_bytes: int, fsync_interval: float) -> None:
        self.out_dir = out_dir
        self.max_file_bytes = max_file_bytes
        self.fsync_interval = fsync_interval
        self.files: list[Path] = []
        self._stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self._serial = 0
        self._fd: int | None = None
        self._size = 0
        self._last_sync = time.monotonic()
        self._dirty = False
        self._builder = _Builder()

    def _open_next(self) -> bytes:
        self._close_fd()
        while True:
            path = self.out_dir / f"crawl-{self._stamp}-{self._serial}.warc.gz"
            self._serial += 1
            try:
                self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
            except FileExistsError:
                continue
            break
        self.files.append(path)
        fsync_dir(self.out_dir)  # the new name survives a power cut too
        self._size = 0
        return self._builder.warcinfo_bytes(path.name)

    def write(self, page: Page) -> int:
        """Write one page (request + response) in a single write; returns the bytes written."""
        data = self._builder.page_bytes(page)
        try:
            if self._fd is None or self._size >= self.max_file_bytes:
                data = self._open_next() + data
            assert self._fd is not None
            _write_all(self._fd, data)
            self._size += len(data)
            self._dirty = True
            now = time.monotonic()
            if now - self._last_sync >= self.fsync_interval:
                os.fsync(self._fd)
                self._last_sync = now
                self._dirty = False
        except OSError as exc:
            raise named_os_error(exc, self.files[-1] if self.files else self.out_dir) from exc
        return len(data)

    def _close_fd(self) -> None:
        if self._fd is not None:
            if self._dirty:
                os.fsync(self._fd)
                self._dirty = False
            os.close(self._fd)
            self._fd = None

    def close(self) -> None:
        self._close_fd()


@dataclass(slots=True)
class ScanResult:
    stored: set[str] = field(default_factory=set)
    """Requested and final URLs of every complete response record."""
    pages: int = 0
    repaired: list[Path] = field(default_factory=list)
    """Files with a torn tail (cut off when scanning with ``repair``)."""
    dropped_bytes: int = 0


def _members(path: Path) -> Iterator[tuple[int, int, bytes | None]]:
    """``(start, end, record bytes)`` per gzip member; ``None`` bytes for a torn or corrupt one (then stops)."""
    with path.open("rb") as f:
        pending = b""
        offset = 0
        eof = False
        while True:
            if not pending:
                if eof:
                    return
                pending = f.read(_CHUNK)
                if not pending:
                    return
            start = offset
            d = zlib.decompressobj(zlib.MAX_WBITS | 16)
            out: list[bytes] = []
            try:
                while True:
                    out.append(d.decompress(pending))
                    if d.eof:
                        used = len(pending) - len(d.unused_data)
                        offset += used
                        pending = d.unused_data
                        break
                    offset += len(pending)
                    pending = f.read(_CHUNK)
                    if not pending:
                        eof = True
                        yield start, offset, None
                        return
            except zlib.error:
                yield start, offset, None
                return
            yield start, offset, b"".join(out)


def _parse_record(raw: bytes) -> tuple[str, str | None, str | None] | None:
    """``(type, target URI, requested URI)`` of a complete WARC record, else None."""
    head_end = raw.find(b"\r\n\r\n")
    if head_end < 0:
        return None
    try:
        it = ArchiveIterator(io.BytesIO(raw), no_record_parse=True)
        record = next(iter(it))
    except Exception:
        return None
    length = record.length
    if length is None or head_end + 4 + int(length) + 4 != len(raw):
        return None
    headers = record.rec_headers
    return str(record.rec_type), headers.get_header("WARC-Target-URI"), headers.get_header(REQUESTED_URI_HEADER)


def scan_file(path: Path, result: ScanResult, *, repair: bool) -> None:
    valid_end = 0
    size = path.stat().st_size
    for start, end, raw in _members(path):
        parsed = _parse_record(raw) if raw is not None else None
        if parsed is None:
            break
        rec_type, target, requested = parsed
        if rec_type == "warcinfo" and start == 0:
            valid_end = end
        elif rec_type == "response":
            valid_end = end
            result.pages += 1
            for url in (target, requested):
                if url:
                    result.stored.add(url)
    if valid_end < size:
        if repair and valid_end == 0:
            path.unlink()
        elif repair:
            with path.open("r+b") as f:
                f.truncate(valid_end)
                f.flush()
                os.fsync(f.fileno())
        result.repaired.append(path)
        result.dropped_bytes += size - valid_end


def scan_dir(out_dir: Path, *, repair: bool = True) -> ScanResult:
    """What the crawl files in ``out_dir`` hold; with ``repair``, cut torn tails off."""
    result = ScanResult()
    for path in crawl_files(out_dir):
        scan_file(path, result, repair=repair)
    return result
