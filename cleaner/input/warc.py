"""WARC and WET records: ``response`` (HTTP), ``resource`` and ``conversion`` (WET text) records; the records of an ARC
file (the Internet Archive's older format, ``.arc``, ``.arc.gz``: warcio reads both) as ``response`` ones.

Each record's payload is read under the byte budget, then de-chunked and decoded from its
``Content-Encoding`` (gzip, deflate, br, zstd) under the same budget, by this module rather than by warcio (whose
decoders inflate a whole block at once). warcio's header lines are capped too, and its warnings (a record
not followed by a blank line: the Content-Length before it lied) are caught and become rejects instead of
going to stderr. ``request``, ``warcinfo`` and ``metadata`` records hold no page and are passed over; a ``revisit``
record (a capture whose payload its writer left out, being that of another record) is a ``revisit`` reject naming the
record it repeats, and a ``continuation`` record (the second or later segment of a segmented record) an
``unsupported_type`` one (segments are not joined).
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import zlib
from collections.abc import Generator, Iterator
from typing import IO, Any

from cleaner.document import Document, Reject, Source
from cleaner.input.base import CHUNK, ReadOptions, TooLarge, decode_content, listed, read_capped
from cleaner.input.compression import STREAM_ERRORS, ends_inside_a_member, next_member
from cleaner.input.decoding import DecodeError, charset_from_content_type, decode_bytes
from cleaner.input.sniff import sniff

__all__ = ["read_warc_stream", "saved_response"]

CONTENT_RECORDS = ("response", "resource", "conversion")
MAX_HEADER_LINE = 1 << 16
"""A WARC or HTTP header line is read up to this many bytes (a longer one is cut, and its record fails)."""
MAX_HEADER_LINES = 10_000
"""A WARC or HTTP header block of more lines fails its record (warcio keeps every line: 3 M lines took 650 MB)."""


MAX_SEEN = 200_000
"""At most this many record ids and payload digests are kept per file to name the record a revisit repeats."""


class TooManyHeaderLines(ValueError):
    """A header block longer than :data:`MAX_HEADER_LINES`."""


_NEXT_RECORD = re.compile(rb"\r?\n\r?\nWARC/1\.[01]\r?\n[A-Za-z-]+: ")


def _archive_iterator(fh: IO[bytes]) -> Any:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.bufferedreaders import DecompressingBufferedReader

    class CappedLines(DecompressingBufferedReader):  # type: ignore[misc]
        run = 0  # lines read since the last blank one
        blank = False  # the last line read was blank (a header block's end), not cut by the end of the file

        def readline(self, length: int | None = None) -> bytes:
            line: bytes = super().readline(length if length else MAX_HEADER_LINE)
            self.blank = bool(line) and not line.strip()
            if line.strip():
                self.run += 1
                if self.run > MAX_HEADER_LINES:
                    self.run = 0
                    raise TooManyHeaderLines(f"a header block of more than {MAX_HEADER_LINES} lines")
            else:
                self.run = 0
            return line

    it = ArchiveIterator(fh)
    it.reader = CappedLines(it.fh, block_size=CHUNK)  # before the first record: lines never unbounded
    target = getattr(it.loader, "_ensure_target_uri_format", None)
    if target is not None:
        it.loader._ensure_target_uri_format = functools.partial(_uri_for_http, target, it.reader)
    return it


def _uri_for_http(target: Any, reader: Any, rec_headers: Any) -> str:
    """The URI warcio decides by whether a record's block has HTTP headers to parse (helper hostile15).

    warcio parses them only under a URI starting with lower-case ``http:`` / ``https:``: a ``response`` whose
    URI is ``HTTP://…``, empty, scheme-relative (``//host/a``) or without a scheme was an ``unsupported_type``
    (its WARC content type, ``application/http``), one without a WARC-Target-URI an AttributeError (the record
    lost, the next one searched for). A block declared ``application/http`` is HTTP whatever its URI says.
    A space in the URI is encoded here, as warcio does, but without its warning on stderr (which was taken
    for a Content-Length warning: a false ``bad_warc_record`` on a record that was read)."""
    if rec_headers.get_header("Content-Length") is None and reader.blank:  # (a whole header block: its HTTP headers
        return ""  # not parsed, which in an empty block raised an EOFError that warcio took for the end of the file,
        # passing the record over without a word; :func:`_no_length` makes it the reject. A block cut by the end of
        # the file is the reader's "cut short" reject)
    uri = rec_headers.get_header("WARC-Target-URI")
    if uri and " " in uri:
        rec_headers.replace_header("WARC-Target-URI", uri.replace(" ", "%20"))
    uri = target(rec_headers)
    if uri and uri.startswith(("http:", "https:")):
        return str(uri)
    if (rec_headers.get_header("Content-Type") or "").strip().lower().startswith("application/http"):
        return "http:"
    return str(uri or "")


def _dechunk(data: bytes) -> bytes:
    """An HTTP/1.1 chunked body's data; the body as it is when it is not validly chunked."""
    out: list[bytes] = []
    pos = 0
    while True:
        end = data.find(b"\r\n", pos)
        if end < 0:
            return data
        try:
            size = int(data[pos:end].split(b";", 1)[0].strip(), 16)
        except ValueError:
            return data
        if size == 0:
            return b"".join(out)
        start = end + 2
        if start + size > len(data):
            out.append(data[start:])  # the last chunk cut: keep what there is
            return b"".join(out)
        out.append(data[start : start + size])
        pos = start + size + 2


_HTTP_STATUS = re.compile(rb"HTTP/(?:1\.[01]|2(?:\.0)?|3) +(\d{3})\b[^\r\n]{0,200}\r?\n")
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_HEADER_LINE = re.compile(rb"[!#$%&'*+.^_`|~0-9A-Za-z-]+:|[ \t]")  # (a header, or a folded line of one)
MAX_SAVED_HEAD = 1 << 16
"""A saved HTTP response's header block is looked for in this many bytes."""
MAX_SAVED_HEADS = 20
"""Header blocks (redirects followed, ``100 Continue``) read before a saved response's own; more: not a response."""


def saved_response(data: bytes, cap: int) -> tuple[int, str | None, bytes] | None:
    """``(status, content type, body)`` of a file that is an HTTP response as a client saved it (``curl -i``,
    ``curl -D - -L`` with its redirects' header blocks before, ``nc``, a proxy's dump): its body de-chunked and decoded
    from its ``Content-Encoding`` (at most ``cap`` bytes: :class:`TooLarge`; ``zlib.error`` when it does not decode).
    None for any other file. Such a file was read as a page whose text began with its headers and was cut by chunk
    sizes, or as a ``binary`` reject when its body was compressed (helper hostile37)."""
    pos = 0
    for _ in range(MAX_SAVED_HEADS):
        if (m := _HTTP_STATUS.match(data, pos)) is None:
            return None
        end = _HEAD_END.search(data, m.start(), m.start() + MAX_SAVED_HEAD)
        if end is None:
            return None
        headers: dict[str, str] = {}
        for line in data[m.end() : end.start()].split(b"\n"):
            if _HEADER_LINE.match(line) is None:  # (no header: a text that starts as one does)
                return None
            key, _, value = line.partition(b":")
            headers[key.strip().lower().decode("latin-1")] = value.strip().decode("latin-1")
        status, pos = int(m.group(1)), end.end()
        if (status < 200 or 300 <= status < 400) and _HTTP_STATUS.match(data, pos):  # (100 Continue, a redirect)
            continue
        body = data[pos:]
        if "chunked" in headers.get("transfer-encoding", "").lower():
            body = _dechunk(body)
        return status, headers.get("content-type"), decode_content(body, headers.get("content-encoding"), cap)
    return None


class _Record:
    """What a content record gives: url, id, content type, payload, HTTP status."""

    def __init__(self, record: Any, max_bytes: int) -> None:
        rec = record.rec_headers
        self.type: str = record.rec_type
        self.url: str | None = rec.get_header("WARC-Target-URI")
        self.record_id: str | None = rec.get_header("WARC-Record-ID")
        self.date: str | None = rec.get_header("WARC-Date")
        if record.format == "arc":  # (an ARC file, the Internet Archive's older format: it was one page of garbage)
            self.url, self.record_id, self.date = rec.get_header("uri"), None, _arc_date(rec.get_header("archive-date"))
        http = record.http_headers if self.type == "response" else None
        self.status = http.get_statuscode() if http is not None else None
        self.ctype: str | None = (http or rec).get_header("Content-Type")
        self.payload = read_capped(record.raw_stream, max_bytes)
        self.cut = bool(getattr(record.raw_stream, "limit", 0))
        if http is not None:
            if (http.get_header("Transfer-Encoding") or "").lower() == "chunked":
                self.payload = _dechunk(self.payload)
            self.payload = decode_content(self.payload, http.get_header("Content-Encoding"), max_bytes)


def _arc_date(value: str | None) -> str | None:
    """An ARC record's ``YYYYMMDDhhmmss`` date in the WARC form (``2024-01-01T00:00:00Z``)."""
    if not value or len(value) < 14 or not value[:14].isdigit():
        return value or None
    v = value[:14]
    return f"{v[:4]}-{v[4:6]}-{v[6:8]}T{v[8:10]}:{v[10:12]}:{v[12:14]}Z"


_UNTYPED = re.compile(r"\s*(?:application|binary)/octet-stream\b|\s*application/x-unknown\b|\s*unknown/unknown\b")
"""Content types that say no more than "bytes": a page served so is read when its bytes are HTML (it was an
``unsupported_type`` reject; helper hostile26)."""


def _document(r: _Record, name: str, no: int) -> Document | Reject:
    label = r.url or r.record_id or ""
    if r.status is not None and not str(r.status).startswith("2"):
        return Reject(name, "http_status", f"{r.status} {label}", record=no)
    if r.type == "response" and r.status is None and not r.payload.strip():  # (no HTTP response in the block)
        return Reject(name, "empty_page", f"empty record: no HTTP response in its block {label}", record=no)
    lowered = (r.ctype or "").lower()
    if lowered and not any(t in lowered for t in ("html", "text/plain", "xml")):
        if not (_UNTYPED.match(lowered) and sniff(r.payload[:4096].lstrip()) == "html"):
            return Reject(name, "unsupported_type", f"content-type {r.ctype} {label}", record=no)
        lowered = "text/html"  # (an HTML page served as bytes of no type: read as the page it is)
    is_html = r.type != "conversion" and "plain" not in lowered
    try:
        text, codec = decode_bytes(r.payload, declared=charset_from_content_type(r.ctype), sniff_html=is_html)
    except DecodeError as exc:
        return Reject(name, exc.reason, f"{exc.detail} {label}", record=no)
    if not text.strip():
        return Reject(name, "empty_page", f"empty body {label}", record=no)
    extra = {"warc_date": r.date} if r.date else {}
    source = Source(name, no, 0, r.url, input_id=r.record_id, extra=extra)
    return Document(text=text, format="html" if is_html else "text", url=r.url, encoding=codec, sources=[source])


def _warnings(name: str, captured: io.StringIO, no: int) -> Iterator[Reject]:
    text = captured.getvalue().strip()
    captured.seek(0)
    captured.truncate()
    if "Content-Length" in text:  # (warcio's "Record not followed by newline, perhaps Content-Length is invalid")
        detail = f"the record is longer than its Content-Length says; the rest was skipped (warcio: {text})"
        yield Reject(name, "bad_warc_record", detail[:300], record=max(0, no - 1))


class _Progress:
    """Where reading a WARC stands: the record number, content records seen."""

    def __init__(self, resync: bool, members: bool = False) -> None:
        self.no = -1
        self.count = 0
        self.resync = resync
        self.members = members
        self.overran = False
        self.header_end = True
        """The last record's header block ended with a blank line (not cut by the end of the file)."""
        self.seen: dict[str, tuple[int, str]] = {}
        """Record id and payload digest of each content record → (record number, URL), for revisits (at most
        :data:`MAX_SEEN` entries: a WARC of millions of records holds no more)."""
        """The last content record holds the start of another record (a Content-Length that runs past the end of the
        file swallowed the records after it, or runs into the next record)."""


def _no_length(record: Any, name: str, no: int, at: _Progress) -> Reject | None:
    """The reject of a WARC record without a Content-Length header (warcio reads its block to the end of the file:
    the records after it were read as this one's page, their URLs and ids lost without a word; helper hostile32);
    None for a record that has one, or an ARC record."""
    if record.format == "arc" or record.rec_headers.get_header("Content-Length") is not None or not at.header_end:
        return None
    at.overran = at.resync
    rest = "the records after it may be read as its block"
    if at.resync or at.members:  # (a .warc.gz record ends with its gzip member)
        rest = "its block is not read, reading goes on at the next record"
    url = record.rec_headers.get_header("WARC-Target-URI") or record.rec_headers.get_header("WARC-Record-ID")
    return Reject(name, "bad_warc_record", f"no Content-Length header: {rest}" + (f": {url}" if url else ""), record=no)


def _content(record: Any, name: str, no: int, options: ReadOptions, at: _Progress) -> Document | Reject:
    """The document (or reject) of one content record."""
    if (missing := _no_length(record, name, no, at)) is not None:
        return missing
    try:
        r = _Record(record, options.max_bytes)
    except TooLarge as exc:
        return Reject(name, "too_large", f"record payload: {exc}", record=no)
    except zlib.error as exc:
        return Reject(name, "bad_encoding", f"Content-Encoding does not decode: {exc}"[:300], record=no)
    except EOFError:  # (a .warc.xz / .warc.zst cut inside this record: the file's reject follows)
        return Reject(name, "bad_warc_record", "record cut short: the compressed file ends inside it", record=no)
    except Exception as exc:
        return Reject(name, "bad_warc_record", f"{type(exc).__name__}: {exc}"[:300], record=no)
    if r.cut:
        if b"\nWARC/1." in r.payload and _NEXT_RECORD.search(r.payload):
            at.overran = True
            rest = "reading goes on at the next record inside it" if at.resync else "the records inside it are not read"
            detail = f"record cut short: its Content-Length runs past the end of the file; {rest}: {r.url}"
            return Reject(name, "bad_warc_record", detail, record=no)
        return Reject(name, "bad_warc_record", f"record cut short: {r.url}", record=no)
    if b"\nWARC/1." in r.payload and _NEXT_RECORD.search(r.payload):  # (a C search first)
        # (in a plain file, reading goes on at the next record's WARC/1.x line, inside this one: helper hostile16;
        # it was lost, the reading going on at the record after it)
        at.overran = at.resync
        rest = "reading goes on at the next record inside it" if at.resync else "the next record is not read"
        detail = f"its Content-Length runs into the next record; {rest}: {r.url}"
        return Reject(name, "bad_warc_record", detail, record=no)
    return _document(r, name, no)


def _records(
    fh: IO[bytes], name: str, options: ReadOptions, at: _Progress
) -> Generator[Document | Reject, None, tuple[int, str | None] | None]:
    """The records from the current position of ``fh``; returns (offset, error) of a record warcio cannot
    parse, (offset, None) of a record cut short that swallowed others (:attr:`_Progress.overran`), None at the
    end."""
    captured = io.StringIO()
    it = _archive_iterator(fh)
    try:
        while True:
            at.no += 1
            try:
                with contextlib.redirect_stderr(captured):
                    record = next(it)
            except StopIteration:
                yield from _warnings(name, captured, at.no)
                return None
            except Exception as exc:
                yield from _warnings(name, captured, at.no)
                if isinstance(exc, STREAM_ERRORS) and not (at.resync or at.members):
                    raise  # (a cut .warc.xz / .warc.zst: the reader's truncated_compressed reject says it)
                return int(it.offset or 0), f"{type(exc).__name__}: {exc}"[:250]
            yield from _warnings(name, captured, at.no)
            if record.rec_type in CONTENT_RECORDS:
                at.header_end = it.reader.blank or record.rec_headers.get_header("Content-Length") is not None
                at.count += 1
                _remember(record, at)
                yield _content(record, name, at.no, options, at)
                if at.overran:
                    at.overran = False
                    return int(it.offset or 0), None
            elif record.rec_type in ("revisit", "continuation"):
                at.count += 1
                yield _no_payload(record, name, at)
    finally:
        it.close()


def _remember(record: Any, at: _Progress) -> None:
    if len(at.seen) >= MAX_SEEN:
        return
    rec = record.rec_headers
    entry = (at.no, rec.get_header("WARC-Target-URI") or "")
    for key in (rec.get_header("WARC-Record-ID"), rec.get_header("WARC-Payload-Digest")):
        if key:
            at.seen.setdefault(key.strip(), entry)


def _no_payload(record: Any, name: str, at: _Progress) -> Reject:
    """The reject of a ``revisit`` record (its payload left out as the same as another record's: a crawler's
    deduplication, a 304 Not Modified) or a ``continuation`` record. They were passed over without a word (a WARC of
    revisits only was ``empty_file``)."""
    rec = record.rec_headers
    url = rec.get_header("WARC-Target-URI") or ""
    if record.rec_type == "continuation":
        origin = rec.get_header("WARC-Segment-Origin-ID") or "?"
        number = rec.get_header("WARC-Segment-Number") or "?"
        detail = f"a continuation record (segment {number} of record {origin}): segments are not joined; {url}"
        return Reject(name, "unsupported_type", detail[:300], record=at.no)
    refers = rec.get_header("WARC-Refers-To")
    digest = rec.get_header("WARC-Payload-Digest")
    found = next((at.seen[k.strip()] for k in (refers, digest) if k and k.strip() in at.seen), None)
    if found is not None:
        where = f"the payload of record {found[0]} of this file ({found[1]}), read there"
    else:
        target = rec.get_header("WARC-Refers-To-Target-URI") or refers or digest or "?"
        when = rec.get_header("WARC-Refers-To-Date")
        where = f"the payload of a capture not in this file ({target}{' of ' + when if when else ''})"
    detail = f"a revisit record of {url}: no payload of its own, it repeats {where}"
    return Reject(name, "revisit", detail[:300], record=at.no)


_RECORD_START = re.compile(rb"\nWARC/1\.[01]\r?\n")


def _next_record_start(fh: IO[bytes], after: int) -> int | None:
    """Offset of the next ``WARC/1.x`` line after ``after`` (scanned a MiB at a time)."""
    fh.seek(after)
    pos, tail = after, b""
    while chunk := fh.read(1 << 20):
        buf = tail + chunk
        if m := _RECORD_START.search(buf):
            return pos - len(tail) + m.start() + 1
        tail = buf[-16:]
        pos += len(chunk)
    return None


def read_warc_stream(
    fh: IO[bytes], name: str, options: ReadOptions, *, resync: bool = False, members: bool = False
) -> Iterator[Document | Reject]:
    """Documents and rejects of the records of a WARC (or WET) stream; ``.warc.gz`` is decompressed here.
    A record warcio cannot parse is a reject; with ``resync`` (an uncompressed, seekable file) reading goes on
    at the next ``WARC/1.x`` line, with ``members`` (a seekable ``.warc.gz``) at the next gzip member, else the
    records after it are not read (and the reject says so). At most :data:`~cleaner.input.base.MAX_LISTED`
    rejects of one reason are listed, the others summed up in one."""
    return listed(_read_warc_stream(fh, name, options, resync, members), name, "records")


def _read_warc_stream(
    fh: IO[bytes], name: str, options: ReadOptions, resync: bool, members: bool
) -> Iterator[Document | Reject]:
    at = _Progress(resync, members)
    last = -1
    while True:
        failed = yield from _records(fh, name, options, at)
        if failed is None:
            break
        offset, error = failed
        start = None
        if resync and offset > last:
            start = _next_record_start(fh, offset + 1)
        elif members and offset > last and error is not None:  # (junk between members, an error page appended:
            start = next_member(fh, offset + 1)  # the members after it were lost: helper hostile17)
            fh.seek(offset)
            if fh.read(2) == b"\x1f\x8b":  # (warcio read its compressed bytes as a record's first line)
                error = "a gzip member that does not inflate (damaged, or cut short)"
        if error is None:  # (the record's reject said it)
            if start is None:
                break
            fh.seek(start)
            last = offset
            continue
        if start is None:
            rest = "no record after it" if resync or members else "the records after it are not read"
            yield Reject(name, "bad_warc_record", f"{error}; {rest}", record=at.no)
            break
        detail = f"{error}; skipped {start - offset} bytes to the next record"
        yield Reject(name, "bad_warc_record", detail, record=at.no)
        fh.seek(start)
        last = offset
    if at.count == 0:
        yield Reject(name, "empty_file", "no response, resource, conversion or revisit records")


def gzip_intact(fh: IO[bytes]) -> bool:
    """True unless ``fh`` ends inside a gzip member (warcio takes a cut last member for the end of the file). A damaged
    member before it, or bytes between members, are a record's reject (reading goes on at the next member): they
    made this say "the last record is cut short" too."""
    return not ends_inside_a_member(fh)
