"""Fetch benchmark: cleaner's crawler against a bare httpx loop, on a local server.

A minimal asyncio HTTP/1.1 server (keep-alive, ~2 KB HTML pages, a robots.txt)
runs in a separate process. Both clients fetch the same N pages with a
concurrency of 50:

* baseline: one ``httpx.AsyncClient``, ``asyncio.gather`` under a semaphore of 50,
  reading each body and writing nothing (no robots.txt, no retries, no files);
* cleaner: ``cleaner.crawler.fetch`` (per-host limit 50, no delay, robots.txt
  honoured, retries on) writing gzipped WARC records into a temporary folder;
* cleaner resume: the same call again on the filled folder (scan + skip all).

Usage: ``python bench/bench_fetch.py [--pages 5000] [--concurrency 50] [--rounds 2]``.
Target: >= 500 pages/s for cleaner on a 2-core machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROBOTS = b"User-agent: *\nDisallow: /private/\n"


def _page(path: bytes) -> bytes:
    para = "<p>北京消息：本市今日召开新闻发布会，介绍城市更新与交通建设的最新进展。</p>\n".encode()
    return (
        b"<!doctype html><html><head><meta charset='utf-8'><title>"
        + path
        + b"</title></head><body><h1>"
        + path
        + b"</h1>\n"
        + para * 14
        + b"</body></html>\n"
    )


class _Http(asyncio.Protocol):
    """Just enough HTTP/1.1 for GET with keep-alive."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.buf = b""

    def data_received(self, data: bytes) -> None:
        self.buf += data
        out = []
        while True:
            end = self.buf.find(b"\r\n\r\n")
            if end < 0:
                break
            head, self.buf = self.buf[:end], self.buf[end + 4 :]
            parts = head.split(b"\r\n", 1)[0].split(b" ")
            path = parts[1] if len(parts) > 2 else b"/"
            if path == b"/robots.txt":
                body, ctype = ROBOTS, b"text/plain"
            else:
                body, ctype = _page(path), b"text/html; charset=utf-8"
            out.append(
                b"HTTP/1.1 200 OK\r\nContent-Type: "
                + ctype
                + b"\r\nContent-Length: "
                + str(len(body)).encode()
                + b"\r\n\r\n"
                + body
            )
        if out:
            self.transport.write(b"".join(out))


def _exit_with_parent() -> None:
    sys.stdin.read()  # EOF: the benchmark process is gone
    os._exit(0)


async def _serve() -> None:
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(_Http, "127.0.0.1", 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    print(port, flush=True)
    async with server:
        await server.serve_forever()


def start_server() -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    port = int(proc.stdout.readline())
    return proc, f"http://127.0.0.1:{port}"


def _proc_cpu(pid: int) -> float | None:
    """CPU seconds (user + system) used so far by process ``pid`` (Linux /proc), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Meter:
    """Wall time, this process's CPU time and the server's CPU time over a block."""

    def __init__(self, server_pid: int) -> None:
        self.server_pid = server_pid

    def __enter__(self) -> Meter:
        self.t0, self.c0, self.s0 = time.perf_counter(), time.process_time(), _proc_cpu(self.server_pid)
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.t0
        self.cpu = time.process_time() - self.c0
        s1 = _proc_cpu(self.server_pid)
        self.server_cpu = s1 - self.s0 if s1 is not None and self.s0 is not None else None


@dataclass
class Row:
    name: str
    pages: int
    seconds: float
    cpu: float
    server_cpu: float | None
    note: str = ""

    def per_page(self, seconds: float | None) -> str:
        return f"{seconds / self.pages * 1000:.2f}" if seconds is not None and self.pages else "-"

    @property
    def rate(self) -> float:
        return self.pages / self.seconds if self.seconds else 0.0


async def _baseline(urls: list[str], concurrency: int) -> int:
    import httpx

    sem = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, timeout=30.0) as client:

        async def one(url: str) -> int:
            async with sem:
                resp = await client.get(url)
                return len(resp.content) if resp.status_code == 200 else -1

        sizes = await asyncio.gather(*(one(u) for u in urls))
    return sum(1 for s in sizes if s >= 0)


BASELINE = "baseline: httpx.AsyncClient + gather, sem 50"
CLEANER = "cleaner.crawler.fetch (WARC, robots, retries)"
RESUME = "cleaner resume: same list again (scan + skip)"


def run_baseline(urls: list[str], concurrency: int, server_pid: int) -> Row:
    with Meter(server_pid) as m:
        ok = asyncio.run(_baseline(urls, concurrency))
    return Row(BASELINE, ok, m.seconds, m.cpu, m.server_cpu)


def run_cleaner(urls: list[str], concurrency: int, out: Path, server_pid: int) -> tuple[Row, Row]:
    from cleaner.crawler import FetchOptions, fetch

    opts = FetchOptions(concurrency=concurrency, per_host=concurrency, per_host_delay=0.0, allow_private=True)
    with Meter(server_pid) as m:
        report = fetch(urls, out, options=opts)
    size = sum(f.stat().st_size for f in out.glob("*.warc.gz"))
    note = f"failed {report.failed_total}, {size / 1e6:.1f} MB WARC"
    first = Row(CLEANER, report.fetched, m.seconds, m.cpu, m.server_cpu, note)
    with Meter(server_pid) as m:
        again = fetch(urls, out, options=opts)
    second = Row(RESUME, again.skipped_existing, m.seconds, m.cpu, m.server_cpu)
    return first, second


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=5000)
    ap.add_argument("--concurrency", type=int, default=50)
    ap.add_argument("--rounds", type=int, default=2, help="alternate baseline/cleaner this many times; best kept")
    ap.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.serve:
        try:
            asyncio.run(_serve())
        except KeyboardInterrupt:
            pass
        return

    load_before = os.getloadavg()[0]
    proc, origin = start_server()
    try:
        best: dict[str, Row] = {}
        for rnd in range(args.rounds):
            urls = [f"{origin}/page/{rnd}/{i}" for i in range(args.pages)]  # fresh URLs every round
            rows = [run_baseline(urls, args.concurrency, proc.pid)]
            with tempfile.TemporaryDirectory(prefix="bench-fetch-") as tmp:
                rows.extend(run_cleaner(urls, args.concurrency, Path(tmp), proc.pid))
            for row in rows:
                if row.name not in best or row.rate > best[row.name].rate:
                    best[row.name] = row
    finally:
        proc.terminate()
        proc.wait()
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None:
                pipe.close()

    load_after = os.getloadavg()[0]
    print(f"\nfetch benchmark: {args.pages} small pages (~2 KB) from a local asyncio server in another process,")
    print(f"concurrency {args.concurrency}, {os.cpu_count()} CPUs, best of {args.rounds} rounds")
    print(
        f"load average before/after: {load_before:.1f} / {load_after:.1f} (other work on the machine skews wall time)\n"
    )
    head = f"{'client':<50} {'pages':>6} {'seconds':>8} {'pages/s':>8} {'client CPU':>11} {'server CPU':>11}  note"
    print(head)
    print(f"{'':<50} {'':>6} {'':>8} {'':>8} {'ms/page':>11} {'ms/page':>11}")
    print("-" * len(head))
    for row in best.values():
        print(
            f"{row.name:<50} {row.pages:>6} {row.seconds:>8.2f} {row.rate:>8.0f} "
            f"{row.per_page(row.cpu):>11} {row.per_page(row.server_cpu):>11}  {row.note}"
        )
    cleaner_row = best[CLEANER]
    verdict = "meets" if cleaner_row.rate >= 500 else "MISSES"
    print(f"\ntarget >= 500 pages/s: cleaner {cleaner_row.rate:.0f} pages/s ({verdict});", end=" ")
    ceiling = 1000 / float(cleaner_row.per_page(cleaner_row.cpu))
    print(f"its client CPU cost alone would allow {ceiling:.0f} pages/s on one free core")


if __name__ == "__main__":
    main()
