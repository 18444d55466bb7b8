"""Readers: a folder (or file) of dumps in, raw documents and rejects out.

Supported: ``.txt`` text dumps, ``.html``/``.htm`` pages, ``.jsonl`` records
(``text``/``content``/``html`` plus ``url``/``title`` when present), WARC
(``.warc``, ``.warc.gz``; response records), and gzip of any of them.
A raw document has ``format="html"`` or ``"text"``; its ``text`` is decoded.
Every file, and every record in it, yields either a document or a reject.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from cleaner.decoding import DecodeError, charset_from_content_type, decode_bytes
from cleaner.document import Document, Format, Reject, Source

__all__ = ["MAX_FILE_BYTES", "list_dump_files", "list_dump_names", "read_dumps", "read_file"]

MAX_FILE_BYTES = 512 * 1024 * 1024
"""Files larger than this (after decompression) are rejected as ``too_large``."""

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc"}
KNOWN = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES
_TEXT_KEYS = ("text", "content", "body", "article")
_NOT_DUMPS = {"failures.jsonl"}
"""Files the crawler keeps beside its WARCs in a dump folder: not pages."""
_HTML_KEYS = ("html", "raw_html", "raw_content")


def _kind(path: Path) -> tuple[str, bool]:
    """(inner suffix, gzipped) for a file name."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] in (".gz", ".gzip")
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz


def list_dump_files(paths: Iterable[str | Path]) -> list[Path]:
    """Every file under ``paths`` (recursive), sorted, without duplicates; hidden files skipped.

    A file named twice (the same folder given twice, or a file inside a folder also given)
    is listed once; paths are compared as absolute paths, without a system call per file.
    """
    return [Path(name) for name in list_dump_names(paths)]


def list_dump_names(paths: Iterable[str | Path]) -> list[str]:
    """:func:`list_dump_files` as strings (a Path per file costs more than listing it)."""
    seen: set[str] = set()
    out: list[str] = []
    for p in paths:
        top = str(Path(p))  # spelled as a Path spells it ("./a//b/" → "a/b"): recorded in sources and states
        if os.path.isdir(top):
            found: list[str] = []
            for root, dirs, files in os.walk(top):
                dirs[:] = [d for d in dirs if not d.startswith(".")]  # hidden folders are not descended into
                found.extend(os.path.join(root, n) for n in files if not n.startswith(".") and n not in _NOT_DUMPS)
            found.sort(key=lambda name: name.split(os.sep))  # the order of sorted Paths
        else:
            found = [top]
        for name in found:
            key = os.path.abspath(name)
            if key not in seen:
                seen.add(key)
                out.append(name)
    return out


def read_dumps(paths: str | Path | Iterable[str | Path]) -> Iterator[Document | Reject]:
    """Raw documents (and rejects) from every dump file under ``paths``."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for f in list_dump_files(paths):
        yield from read_file(f)


def read_file(path: str | Path) -> Iterator[Document | Reject]:
    """Raw documents (and rejects) of one dump file. Never raises for bad content."""
    path = Path(path)
    name = str(path)
    suffix, gz = _kind(path)
    if not path.exists():
        yield Reject(name, "not_found", "no such file")
        return
    if suffix not in KNOWN:
        yield Reject(name, "unsupported_type", f"unknown file type {''.join(path.suffixes) or '(none)'}")
        return
    try:
        if suffix in WARC_SUFFIXES:
            yield from _read_warc(path)
        elif suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, gz)
        else:
            yield from _read_whole(path, suffix, gz)
    except OSError as exc:
        yield Reject(name, "io_error", str(exc))


def _read_bytes(path: Path, gz: bool) -> bytes | Reject:
    name = str(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return Reject(name, "too_large", f"{size} bytes > {MAX_FILE_BYTES}")
    raw = path.read_bytes()
    if not gz:
        return raw
    try:
        d = zlib.decompressobj(wbits=31)
        data = d.decompress(raw, MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            return Reject(name, "too_large", f"decompresses to more than {MAX_FILE_BYTES} bytes")
        if not d.eof:
            return Reject(name, "truncated_gzip", f"gzip stream ends early after {len(data)} bytes")
        while d.unused_data:  # concatenated gzip members
            rest = d.unused_data
            d = zlib.decompressobj(wbits=31)
            data += d.decompress(rest, MAX_FILE_BYTES + 1 - len(data))
            if not d.eof:
                return Reject(name, "truncated_gzip", f"gzip stream ends early after {len(data)} bytes")
        return data
    except zlib.error as exc:
        return Reject(name, "bad_gzip", str(exc))


def _read_whole(path: Path, suffix: str, gz: bool) -> Iterator[Document | Reject]:
    name = str(path)
    data = _read_bytes(path, gz)
    if isinstance(data, Reject):
        yield data
        return
    if not data.strip():
        yield Reject(name, "empty_file", "no content")
        return
    is_html = suffix in HTML_SUFFIXES
    try:
        text, codec = decode_bytes(data, sniff_html=is_html)
    except DecodeError as exc:
        yield Reject(name, exc.reason, exc.detail)
        return
    meta = {"decode_errors": str(len(re.findall("\ufffd+", text)))} if "\ufffd" in text else {}
    yield Document(
        text=text,
        format="html" if is_html else "text",
        sources=[Source(name)],
        encoding=codec,
        meta=meta,
    )


def _first_str(rec: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for k in keys:
        v = rec.get(k)
        if isinstance(v, str) and v.strip():
            return v
    return None


def _jsonl_lines(path: Path, gz: bool) -> Iterator[bytes | Reject]:
    fh: IO[bytes] = gzip.open(path, "rb") if gz else open(path, "rb")  # type: ignore[assignment]
    with fh:
        try:
            yield from fh
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            reason = "truncated_gzip" if isinstance(exc, EOFError) else "bad_gzip"
            yield Reject(str(path), reason, str(exc) or "gzip stream ends early")


def _read_jsonl(path: Path, gz: bool) -> Iterator[Document | Reject]:
    name = str(path)
    any_line = False
    for no, line in enumerate(_jsonl_lines(path, gz)):
        if isinstance(line, Reject):
            line.record = no
            yield line
            return
        if not line.strip():
            continue
        any_line = True
        try:
            rec = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Reject(name, "bad_json", str(exc)[:200], record=no)
            continue
        if not isinstance(rec, dict):
            yield Reject(name, "bad_json", "a record must be a JSON object", record=no)
            continue
        url = rec.get("url") if isinstance(rec.get("url"), str) else None
        title = rec.get("title") if isinstance(rec.get("title"), str) else ""
        html = _first_str(rec, _HTML_KEYS)
        text = _first_str(rec, _TEXT_KEYS)
        if html is None and text is None:
            yield Reject(name, "no_text", "record has no text/content/html field", record=no)
            continue
        fmt: Format = "html" if html is not None else "text"
        body = html if html is not None else text
        assert body is not None
        if fmt == "text" and body.lstrip()[:1] == "<" and "</" in body[:5000]:
            fmt = "html"
        yield Document(text=body, format=fmt, title=title or "", url=url, sources=[Source(name, no, 0, url)])
    if not any_line:
        yield Reject(name, "empty_file", "no records")


def _read_warc(path: Path) -> Iterator[Document | Reject]:
    from warcio.archiveiterator import ArchiveIterator

    name = str(path)
    count = 0
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        try:
            no = -1
            while True:
                no += 1
                try:
                    record = next(it)
                except StopIteration:
                    break
                except Exception as exc:
                    yield Reject(name, "bad_warc_record", f"{type(exc).__name__}: {exc}"[:300], record=no)
                    return
                try:
                    if record.rec_type != "response":
                        continue
                    http = record.http_headers
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    status = http.get_statuscode() if http is not None else None
                    ctype = http.get_header("Content-Type") if http is not None else None
                    payload = record.content_stream().read()
                    if getattr(record.raw_stream, "limit", 0):
                        yield Reject(name, "bad_warc_record", f"record cut short: {url}", record=no)
                        return
                except Exception as exc:
                    yield Reject(name, "bad_warc_record", f"{type(exc).__name__}: {exc}"[:300], record=no)
                    return
                count += 1
                if status is not None and not str(status).startswith("2"):
                    yield Reject(name, "http_status", f"{status} {url}", record=no)
                    continue
                lowered = (ctype or "").lower()
                if lowered and not any(t in lowered for t in ("html", "text/plain", "xml")):
                    yield Reject(name, "unsupported_type", f"content-type {ctype} {url}", record=no)
                    continue
                charset = charset_from_content_type(ctype)
                is_html = "plain" not in lowered
                try:
                    text, codec = decode_bytes(payload, declared=charset, sniff_html=is_html)
                except DecodeError as exc:
                    yield Reject(name, exc.reason, f"{exc.detail} {url}", record=no)
                    continue
                if not text.strip():
                    yield Reject(name, "empty_page", f"empty body {url}", record=no)
                    continue
                yield Document(
                    text=text,
                    format="html" if is_html else "text",
                    url=url,
                    encoding=codec,
                    sources=[Source(name, no, 0, url)],
                )
        finally:
            it.close()
    if _kind(path)[1] and not _gzip_intact(path):
        yield Reject(name, "bad_warc_record", "the last record is cut short (truncated gzip)", record=no)
    elif count == 0:
        yield Reject(name, "empty_file", "no response records")


def _gzip_intact(path: Path) -> bool:
    """True when every gzip member of the file is complete."""
    d = zlib.decompressobj(wbits=31)
    fed = False
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 18):
            while chunk:
                try:
                    d.decompress(chunk)
                except zlib.error:
                    return False
                fed = True
                if d.eof:
                    chunk = d.unused_data
                    d = zlib.decompressobj(wbits=31)
                    fed = False
                else:
                    chunk = b""
    return not fed
