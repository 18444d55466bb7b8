"""A real HTTP/1.1 server on 127.0.0.1 for the crawler tests (stdlib, one thread per connection).

Routes (see ``Handler.do_GET``): normal pages, a GBK page declared only in
the Content-Type header, redirects and a redirect loop, a slow page, 429 with
Retry-After, intermittent 500s, an endless body, a gzip body, robots.txt, an
image, 404, decompression bombs (``/bomb/<coding>``), a redirect to any URL
(``/redirect?to=URL``). robots.txt can be any status, body and coding, or a
chain of redirects. The server counts requests in flight (per server = per
origin) and open connections, and remembers every request it saw.
"""

from __future__ import annotations

import functools
import gzip
import threading
import time
import zlib
from collections import Counter
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from cleaner.crawler import FetchOptions

GBK_TEXT = "中文新闻：北京今日天气晴朗，气温二十度。"
ROBOTS = "User-agent: *\nDisallow: /private/\n"


@dataclass(frozen=True)
class Seen:
    path: str
    time: float
    user_agent: str
    accept_encoding: str
    host: str = ""
    authorization: str = ""


BOMB_BYTES = 1024**3
"""What every bomb decodes to: 1 GiB of zeros (over the 600 MB the bomb tests allow the crawler)."""


def _zlib_bomb(wbits: int, size: int = BOMB_BYTES) -> bytes:
    """gzip (wbits 31) or zlib (15) stream of ``size`` zeros, made from one compressed 16 MiB block repeated.

    After a full flush the compressor starts afresh, so every further block compresses to the same bytes:
    the stream is those bytes repeated, an empty final block and a trailer with the whole stream's checksum.
    """
    block = bytes(1 << 24)
    count = size // len(block)
    comp = zlib.compressobj(9, zlib.DEFLATED, wbits)
    first = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    again = comp.compress(block) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush()
    if wbits & 16:
        crc = 0
        for _ in range(count):
            crc = zlib.crc32(block, crc)
        tail = tail[:-8] + crc.to_bytes(4, "little") + (size & 0xFFFFFFFF).to_bytes(4, "little")
    else:
        adler = 1
        for _ in range(count):
            adler = zlib.adler32(block, adler)
        tail = tail[:-4] + adler.to_bytes(4, "big")
    return first + again * (count - 1) + tail


@functools.cache
def bomb(coding: str) -> bytes:
    """A body that decodes to BOMB_BYTES zeros under Content-Encoding ``coding`` (made once per process)."""
    if coding == "br":
        import brotli

        comp = brotli.Compressor(quality=5, lgwin=24)
        block = bytes(1 << 24)
        return b"".join(comp.process(block) for _ in range(BOMB_BYTES // len(block))) + comp.finish()
    if coding == "gzip":
        return _zlib_bomb(zlib.MAX_WBITS | 16)
    if coding == "deflate":
        return _zlib_bomb(zlib.MAX_WBITS)
    if coding == "gzip, gzip":  # a gzip of the gzip bomb: a few KB
        return gzip.compress(bomb("gzip"), 9)
    raise ValueError(coding)


def page_html(name: str) -> bytes:
    return f"<html><head><title>{name}</title></head><body><p>page {name}</p></body></html>".encode()


class LoopbackServer(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins the handler threads: nothing left running after a test
    block_on_close = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.in_flight = 0
        self.max_in_flight = 0
        self.connections = 0
        self.max_connections = 0
        self.total_connections = 0
        self.seen: list[Seen] = []
        self.hits: Counter[str] = Counter()
        self.cookie_bytes: list[int] = []
        """Length of the Cookie header of each /crumbs/ request."""
        self.page_delay = 0.0
        self.served_pages = 0
        self.gate_after: int | None = None
        """Once this many /page/ requests were answered, further ones wait until ``gate`` is set."""
        self.gate = threading.Event()
        self.robots: str | None = ROBOTS
        self.robots_status = 200
        self.robots_body: bytes | None = None
        """Sent as robots.txt (with ``robots_encoding``) instead of ``robots``."""
        self.robots_encoding: str | None = None
        self.robots_redirects = 0
        self.robots_location: str | None = None
        """Location header sent with a ``robots_status`` other than 200."""
        """/robots.txt redirects this many times (to /robots-hop/N) before the file."""
        self._thread: threading.Thread | None = None

    @property
    def origin(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.origin + path

    def paths(self) -> list[str]:
        with self.lock:
            return [s.path for s in self.seen]

    def start(self) -> LoopbackServer:
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        self.stop.set()
        self.gate.set()
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> LoopbackServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up (timeouts, size limits, a killed crawler) are part of the tests


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LoopbackServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        srv = self.server
        with srv.lock:
            srv.connections += 1
            srv.total_connections += 1
            srv.max_connections = max(srv.max_connections, srv.connections)

    def finish(self) -> None:
        srv = self.server
        with srv.lock:
            srv.connections -= 1
        super().finish()

    def _send(self, status: int, body: bytes = b"", ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        srv = self.server
        path = self.path
        with srv.lock:
            srv.in_flight += 1
            srv.max_in_flight = max(srv.max_in_flight, srv.in_flight)
            srv.hits[path] += 1
            hit = srv.hits[path]
            srv.seen.append(
                Seen(
                    path,
                    time.monotonic(),
                    self.headers.get("User-Agent", ""),
                    self.headers.get("Accept-Encoding", ""),
                    self.headers.get("Host", ""),
                    self.headers.get("Authorization", ""),
                )
            )
        try:
            self._route(path, hit)
        finally:
            with srv.lock:
                srv.in_flight -= 1

    def _route(self, path: str, hit: int) -> None:
        srv = self.server
        if path == "/robots.txt" and srv.robots_redirects:
            n = srv.robots_redirects - 1
            self._send(302, b"", Location=f"/robots-hop/{n}" if n else "/robots-final.txt")
        elif path.startswith("/robots-hop/"):
            n = int(path.rsplit("/", 1)[1]) - 1
            self._send(302, b"", Location=f"/robots-hop/{n}" if n else "/robots-final.txt")
        elif path == "/robots.txt" and srv.robots_status != 200:
            extra = {"Location": srv.robots_location} if srv.robots_location else {}
            self._send(srv.robots_status, b"robots status", "text/plain", Retry_After="0", **extra)
        elif (path == "/robots.txt" or path == "/robots-final.txt") and srv.robots_body is not None:
            extra = {"Content_Encoding": srv.robots_encoding} if srv.robots_encoding else {}
            self._send(200, srv.robots_body, "text/plain", **extra)
        elif path == "/robots.txt" or path == "/robots-final.txt":
            if srv.robots is None:
                self._send(404, b"not found", "text/plain")
            else:
                self._send(200, srv.robots.encode(), "text/plain")
        elif path.startswith("/page/") or path.startswith("/private/"):
            with srv.lock:
                gated = srv.gate_after is not None and srv.served_pages >= srv.gate_after
            if gated:
                srv.gate.wait()
                if srv.stop.is_set():
                    return
            if srv.page_delay:
                srv.stop.wait(srv.page_delay)
            self._send(200, page_html(path))
            with srv.lock:
                srv.served_pages += 1
        elif path == "/gbk":
            body = f"<html><body><p>{GBK_TEXT}</p></body></html>".encode("gbk")
            self._send(200, body, "text/html; charset=gbk")
        elif path == "/plain":
            self._send(200, b"plain text page\n", "text/plain; charset=utf-8")
        elif path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            target = f"/chain/{n - 1}" if n > 1 else "/page/chain-end"
            self._send(302, b"", Location=target)
        elif path == "/loop/a":
            self._send(301, b"", Location=self.server.url("/loop/b"))
        elif path == "/loop/b":
            self._send(307, b"", Location="/loop/a")
        elif path == "/to-ftp":
            self._send(302, b"", Location="ftp://127.0.0.1/file.txt")
        elif path == "/slow":
            srv.stop.wait(3.0)
            if not srv.stop.is_set():
                self._send(200, page_html("slow"))
        elif path == "/ratelimit":
            if hit == 1:
                self._send(429, b"slow down", "text/plain", Retry_After="1")
            else:
                self._send(200, page_html("ratelimit"))
        elif path == "/ratelimit-date":
            if hit == 1:
                self._send(503, b"busy", "text/plain", Retry_After=formatdate(time.time() + 5, usegmt=True))
            else:
                self._send(200, page_html("ratelimit-date"))
        elif path.startswith("/flaky/"):
            if hit <= 2:
                self._send(500, b"oops", "text/plain")
            else:
                self._send(200, page_html(path))
        elif path == "/always-500":
            self._send(500, b"oops", "text/plain")
        elif path == "/endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"<p>" + b"x" * 16380 + b"</p>"
            framed = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
            while not srv.stop.is_set():
                self.wfile.write(framed)
        elif path == "/gzip":
            raw = page_html("gzip") * 20
            self._send(200, gzip.compress(raw), Content_Encoding="gzip")
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            while not srv.stop.wait(0.02):
                self.wfile.write(b"x")
                self.wfile.flush()
        elif path == "/brotli":
            import brotli

            self._send(200, brotli.compress(page_html("brotli") * 20), Content_Encoding="br")
        elif path == "/bad-gzip":
            self._send(200, b"\x1f\x8b\x08\x00garbage-not-deflate", Content_Encoding="gzip")
        elif path.startswith("/bomb/"):
            coding = path.split("/")[2].replace("+", ", ")
            if coding == "zstd":  # never asked for: refused before any decoding
                self._send(200, b"\x28\xb5\x2f\xfd" + b"\x00" * 64, Content_Encoding="zstd")
            else:
                self._send(200, bomb(coding), Content_Encoding=coding)
        elif path.startswith("/redirect?"):
            target = parse_qs(urlsplit(path).query)["to"][0]
            self._send(302, b"", Location=target)
        elif path == "/image.png":
            self._send(200, b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "image/png")
        elif path.startswith("/cookie/"):  # a cookie set in UTF-8 bytes, as many Chinese sites send it
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page_html(path))))
            self._headers_buffer.append("Set-Cookie: city=北京; Path=/\r\n".encode())  # type: ignore[attr-defined]
            self.send_header("Set-Cookie", "session=abc; Path=/")
            self.end_headers()
            self.wfile.write(page_html(path))
        elif path.startswith("/crumbs/"):  # 20 cookies of their own on every page, as a tracking site may set
            n = path.rsplit("/", 1)[1]
            with srv.lock:
                srv.cookie_bytes.append(len(self.headers.get("Cookie", "")))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page_html(path))))
            for k in range(20):
                self.send_header("Set-Cookie", f"seen_{n}_{k}={'v' * 30}; Path=/")
            self.end_headers()
            self.wfile.write(page_html(path))
        elif path == "/no-type":
            self.send_response(200)
            self.send_header("Content-Length", "5")
            self.end_headers()
            self.wfile.write(b"hello")
        else:
            self._send(404, b"not found", "text/plain")


def fast(**kw: Any) -> FetchOptions:
    """Options with short timeouts and backoffs so the whole file runs in seconds."""
    base: dict[str, Any] = {
        "concurrency": 8,
        "per_host": 4,
        "per_host_delay": 0.0,
        "connect_timeout": 2.0,
        "read_timeout": 1.0,
        "total_timeout": 3.0,
        "retries": 2,
        "backoff_base": 0.01,
        "backoff_max": 0.05,
        "retry_after_max": 0.3,
        "max_bytes": 200_000,
        "user_agent": "cleaner-test/1.0",
        "allow_private": True,  # the test server is on 127.0.0.1, which the SSRF guard refuses by default
    }
    base.update(kw)
    return FetchOptions(**base)
