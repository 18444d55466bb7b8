"""Fuzz targets, one per reader (text, HTML, JSONL, WARC, gzip): whatever the bytes, reading and cleaning a
file never raises, never hangs (each example runs under hypothesis' deadline) and accounts for the file —
at least one document or reject, and no ``internal_error``."""

from __future__ import annotations

import gzip
import json
import os
import tempfile
import zlib
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.document import Document, Reject
from cleaner.pipeline import process_file
from tests.warcbytes import http_response, record

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "40")),
    deadline=timedelta(seconds=30),  # a hang guard, not a speed test
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=os.environ.get("FUZZ_EXAMPLES") is None,
)
WORDS = ["新华社", "北京", "今天", "发布", "数据", "经济", "平稳", "the", "story", "。", ",", "\n", " ", "\u3000",
         "\x00", "\ud800", "\ufeff", "&amp;", "<", ">", "\"", "\\"]  # fmt: skip
CODECS = ["utf-8", "gb18030", "big5", "utf-16", "utf-8-sig", "latin-1", "cp037"]


def _accounted(data: bytes, name: str) -> list[Document | Reject]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        items = process_file(str(path))
    assert items, "a file gave neither a document nor a reject"
    internal = [r for r in items if isinstance(r, Reject) and r.reason in ("internal_error", "worker_failed")]
    assert not internal, internal
    for item in items:
        assert isinstance(item, (Document, Reject))
        if isinstance(item, Document):
            item.text.encode("utf-8")  # no lone surrogate reaches a later stage
            json.dumps(item.to_json(), ensure_ascii=False).encode("utf-8")
        else:
            assert item.reason and isinstance(item.detail, str)
    return items


prose = st.lists(st.sampled_from(WORDS), max_size=200).map("".join)


def _encode(text: str, codec: str) -> bytes:
    return text.encode(codec, errors="replace") if codec != "utf-8" else text.encode("utf-8", "surrogatepass")


@FUZZ
@given(st.one_of(st.binary(max_size=3000), st.tuples(prose, st.sampled_from(CODECS)).map(lambda t: _encode(*t))),
       st.binary(max_size=8))  # fmt: skip
def test_fuzz_text_reader(data: bytes, noise: bytes) -> None:
    _accounted(data + noise, "dump.txt")
    _accounted(noise + data, "no-extension")


_TAGS = ["div", "p", "span", "article", "script", "style", "table", "td", "a", "h1", "meta", "br", "!--", "title"]


@st.composite
def html_pages(draw: Any) -> bytes:
    parts: list[str] = []
    if draw(st.booleans()):
        parts.append(f'<meta charset="{draw(st.sampled_from([*CODECS, "utf-16le", "x-user-defined", "bogus"]))}">')
    for _ in range(draw(st.integers(0, 60))):
        tag = draw(st.sampled_from(_TAGS))
        kind = draw(st.integers(0, 3))
        parts.append(f"<{tag}>" if kind == 0 else f"</{tag}>" if kind == 1 else draw(prose) if kind == 2 else "<")
    depth = draw(st.sampled_from([0, 0, 10, 450, 2500]))
    page = "<html><body>" + "<div>" * depth + "".join(parts) + "</div>" * depth + "</body></html>"
    return _encode(page, draw(st.sampled_from(CODECS)))


@FUZZ
@given(html_pages(), st.binary(max_size=16))
def test_fuzz_html_reader(page: bytes, noise: bytes) -> None:
    _accounted(page, "page.html")
    _accounted(page[: len(page) // 2] + noise, "article.aspx")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | prose,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(prose, children, max_size=4),
    max_leaves=12,
)


@st.composite
def jsonl_lines(draw: Any) -> bytes:
    lines: list[bytes] = []
    for _ in range(draw(st.integers(0, 8))):
        choice = draw(st.integers(0, 5))
        if choice <= 1:
            rec = draw(st.dictionaries(st.sampled_from(["id", "text", "html", "url", "title", "metadata", "x"]),
                                       json_values, max_size=6))  # fmt: skip
            lines.append(json.dumps(rec, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass"))
        elif choice == 2:
            lines.append(b"[" * draw(st.integers(1, 50_000)))
        elif choice == 3:
            lines.append(b'{"text": ' + b"9" * draw(st.integers(1, 6000)) + b"}")
        elif choice == 4:
            lines.append(draw(st.binary(max_size=200)))
        else:
            lines.append(b'{"id": 1, "text": "\\ud800' + draw(prose).encode("utf-8", "surrogatepass") + b'"}')
    return b"\n".join(lines)


@FUZZ
@given(jsonl_lines())
def test_fuzz_jsonl_reader(data: bytes) -> None:
    _accounted(data, "records.jsonl")
    _accounted(gzip.compress(data)[: max(10, len(data) // 2)], "records.jsonl.gz")


@st.composite
def warc_files(draw: Any) -> bytes:
    out: list[bytes] = []
    for _ in range(draw(st.integers(0, 4))):
        rec_type = draw(st.sampled_from(["response", "resource", "conversion", "request", "revisit", "warcinfo"]))
        body = _encode(draw(prose), "utf-8")
        coding = draw(st.sampled_from(["", "gzip", "deflate", "br", "chunked", "bogus"]))
        if coding == "gzip":
            body, headers = gzip.compress(body), "Content-Encoding: gzip\r\n"
        elif coding == "deflate":
            body, headers = zlib.compress(body), "Content-Encoding: deflate\r\n"
        elif coding == "br":
            import brotli  # type: ignore[import-untyped]

            body, headers = brotli.compress(body), "Content-Encoding: br\r\n"
        elif coding == "chunked":
            body, headers = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body), "Transfer-Encoding: chunked\r\n"
        else:
            headers = f"Content-Encoding: {coding}\r\n" if coding else ""
        if draw(st.booleans()):
            body = body[: draw(st.integers(0, len(body)))]
        status = draw(st.sampled_from(["200 OK", "404 Not Found", "301 Moved"]))
        block = http_response(body, headers=headers, status=status) if rec_type == "response" else body
        lie = draw(st.sampled_from([0, 0, 0, -5, 7, 1000]))
        ctype = "text/html" if rec_type == "resource" else "text/plain"
        ctype = "application/http; msgtype=response" if rec_type == "response" else ctype
        out.append(record(rec_type, block, content_type=ctype, length=max(0, len(block) + lie)))
    flip = draw(st.integers(-1, 2000))
    data = b"".join(out)
    if 0 <= flip < len(data):
        data = data[:flip] + bytes([data[flip] ^ 0x55]) + data[flip + 1 :]
    return data


@FUZZ
@given(warc_files(), st.booleans())
def test_fuzz_warc_reader(data: bytes, gz: bool) -> None:
    if gz:
        _accounted(gzip.compress(data), "crawl.warc.gz")
    else:
        _accounted(data, "crawl.warc")
        _accounted(data, "sniffed")


@st.composite
def gzip_files(draw: Any) -> bytes:
    members = [gzip.compress(_encode(draw(prose), "utf-8")) for _ in range(draw(st.integers(1, 3)))]
    data = b"".join(members)
    cut = draw(st.integers(0, len(data)))
    how = draw(st.integers(0, 3))
    if how == 0:
        data = data[:cut]
    elif how == 1:
        data = data + draw(st.binary(max_size=40))
    elif how == 2 and data:
        data = data[:cut] + bytes([data[cut % len(data)] ^ 0xFF]) + data[cut + 1 :]
    return data


@FUZZ
@given(gzip_files(), st.sampled_from(["dump.txt.gz", "page.html.gz", "records.jsonl.gz", "blob.gz", "x.warc.gz"]))
def test_fuzz_gzip_reader(data: bytes, name: str) -> None:
    _accounted(data, name)
