"""The crawler on hostile servers and URL lists (issue 15): decompression bombs, credentials in URLs,
the SSRF guard, robots.txt per RFC 9309, WARC 1.1. Servers are real, on 127.0.0.1 only; addresses
outside loopback are only ever checked, never connected to (the guard's refusals are tested without
a network, or through a stand-in resolver)."""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
import os
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from cleaner.cli import app
from cleaner.crawler import FAILURES_FILE, FetchOptions, fetch, guard
from cleaner.crawler.decode import STEP, BodyDecoder
from cleaner.crawler.guard import AddressPolicy, check_literal, numeric_host
from cleaner.crawler.robots import ROBOTS_MAX_BYTES, RobotsCache, Rules
from cleaner.crawler.warc import crawl_files
from cleaner.errors import UsageError
from tests.httpserver import LoopbackServer, bomb, fast

ROOT = Path(__file__).resolve().parent.parent
MEMORY_LIMIT = 600 * 1024 * 1024


def opts(**kw: Any) -> FetchOptions:
    """:func:`tests.httpserver.fast` with no retries, longer time-outs and the default body limit (bombs)."""
    base: dict[str, Any] = {
        "read_timeout": 2.0,
        "total_timeout": 10.0,
        "retries": 0,
        "retry_after_max": 0.1,
        "max_bytes": FetchOptions().max_bytes,
    }
    return fast(**{**base, **kw})


def failures(out: Path) -> dict[str, dict[str, Any]]:
    path = out / FAILURES_FILE
    if not path.exists():
        return {}
    return {r["url"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def warc_bytes(out: Path) -> bytes:
    return b"".join(gzip.decompress(p.read_bytes()) for p in crawl_files(out))


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


@pytest.fixture
def other() -> Iterator[LoopbackServer]:
    with LoopbackServer() as srv:
        yield srv


# -- decompression bombs ------------------------------------------------------

_BOMB_SCRIPT = """
import json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from cleaner.crawler import FetchOptions, fetch
out, urls = sys.argv[1], sys.argv[2:]
report = fetch(urls, out, options=FetchOptions(
    allow_private=True, per_host_delay=0, retries=0, total_timeout=60, max_bytes=10 * 1024 * 1024))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({{"report": report.to_json(), "peak": peak}}))
"""


@pytest.mark.slow
def test_decompression_bombs_stop_at_max_bytes_under_a_memory_limit(
    server: LoopbackServer, other: LoopbackServer, tmp_path: Path
) -> None:
    """1 GiB bombs (brotli: 809 bytes; gzip of gzip: 2 KB) fail as too_large, in a process held under 600 MB."""
    codings = ["br", "gzip", "deflate", "gzip+gzip"]
    for coding in codings:
        bomb(coding.replace("+", ", "))  # made before the crawler starts: the server only sends them
    other.robots_body = bomb("br")
    other.robots_encoding = "br"
    server.robots = None
    urls = [server.url(f"/bomb/{c}") for c in (*codings, "zstd")] + [other.url("/page/after-robots-bomb")]
    out = tmp_path / "dumps"
    env = dict(os.environ, MALLOC_ARENA_MAX="2")
    script = _BOMB_SCRIPT.format(limit=MEMORY_LIMIT)
    proc = subprocess.run(
        [sys.executable, "-c", script, str(out), *urls], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout)
    assert result["peak"] < MEMORY_LIMIT
    report = result["report"]
    assert report["failed"] == {"too_large": 4, "unsupported_encoding": 1}, report
    assert report["fetched"] == 1  # robots.txt bomb: its first 500 KiB (zeros) parsed, the page allowed
    failed = failures(out)
    for coding in codings:
        detail = failed[server.url(f"/bomb/{coding}")]["detail"]
        assert "max_bytes 10485760" in detail and "stopped while decoding" in detail and "--max-bytes" in detail
    assert "zstd" in failed[server.url("/bomb/zstd")]["detail"]


def test_decoder_hands_out_bounded_steps() -> None:
    """Each piece a decoder returns is about STEP bytes at most (brotli's buffer may pass it by one block)."""
    for coding, data in [("br", bomb("br")), ("gzip, gzip", bomb("gzip, gzip"))]:
        decoder = BodyDecoder(coding)
        seen = 0
        for piece in decoder.feed(data):
            assert len(piece) <= 2 * STEP
            seen += len(piece)
            if seen > 50 * STEP:
                break
        assert seen > 50 * STEP


def test_multi_member_gzip_and_raw_deflate_decode_whole() -> None:
    text = b"<p>hello</p>" * 1000
    members = gzip.compress(text[:5000]) + gzip.compress(text[5000:])
    assert b"".join(BodyDecoder("gzip").feed(members)) == text
    raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    deflated = raw.compress(text) + raw.flush()
    assert b"".join(BodyDecoder("deflate").feed(deflated)) == text
    assert b"".join(BodyDecoder("identity").feed(text)) == text
    assert b"".join(BodyDecoder("gzip").feed(gzip.compress(text) + b"\r\ntrailing junk")) == text
    decoder = BodyDecoder("x-gzip")  # a member boundary between two chunks
    first, second = gzip.compress(text[:10]), gzip.compress(text[10:])
    assert b"".join([*decoder.feed(first), *decoder.feed(second[:1]), *decoder.feed(second[1:])]) == text


# -- robots.txt (RFC 9309) ----------------------------------------------------


@pytest.mark.parametrize("status", [500, 503, 429])
def test_robots_5xx_and_429_disallow_the_site_for_the_run(server: LoopbackServer, tmp_path: Path, status: int) -> None:
    server.robots_status = status
    report = fetch([server.url("/page/a"), server.url("/page/b")], tmp_path, options=opts(retries=1))
    assert report.failed == {"robots_unreachable": 2} and report.fetched == 0
    assert server.paths() == ["/robots.txt", "/robots.txt"]  # tried again once (retries=1), pages never asked
    detail = failures(tmp_path)[server.url("/page/a")]["detail"]
    assert f"http_{status}" in detail and "RFC 9309" in detail and "run the fetch again later" in detail
    server.robots_status = 200  # a later run tries again
    again = fetch([server.url("/page/a")], tmp_path, options=opts())
    assert again.fetched == 1


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_robots_4xx_allows_everything(server: LoopbackServer, tmp_path: Path, status: int) -> None:
    server.robots_status = status
    report = fetch([server.url("/private/x")], tmp_path, options=opts())
    assert report.fetched == 1


def test_robots_unreachable_server_disallows(tmp_path: Path) -> None:
    with LoopbackServer() as srv:
        url = srv.url("/page/a")
    report = fetch([url], tmp_path, options=opts())  # the port is closed now
    assert report.failed == {"connection_refused": 1}
    assert "robots.txt" in failures(tmp_path)[url]["detail"]


def test_robots_follows_five_redirects_not_six(server: LoopbackServer, tmp_path: Path) -> None:
    server.robots_redirects = 5
    report = fetch([server.url("/private/x"), server.url("/page/y")], tmp_path, options=opts())
    assert report.failed == {"robots_disallowed": 1} and report.fetched == 1
    server.robots_redirects = 6  # more than 5: unavailable, allow all
    report = fetch([server.url("/private/z")], tmp_path / "six", options=opts())
    assert report.fetched == 1


def test_robots_redirected_to_a_refused_address_disallows(server: LoopbackServer, tmp_path: Path) -> None:
    port = server.server_address[1]
    server.robots_redirects = 1
    server.robots = None
    options = opts(allow_private=False, allow=("127.0.0.1",))
    report = fetch([server.url("/page/a")], tmp_path, options=options)
    assert report.fetched == 1  # robots.txt -> /robots-final.txt (404): allowed
    server.robots_status = 302  # now /robots.txt answers 302 to 127.0.0.2, which the guard refuses
    server.robots_redirects = 0
    server.robots_location = f"http://127.0.0.2:{port}/robots.txt"
    report = fetch([server.url("/page/b")], tmp_path / "b", options=options)
    assert report.failed == {"robots_unreachable": 1}
    assert "blocked_address" in failures(tmp_path / "b")[server.url("/page/b")]["detail"]


def test_robots_is_read_up_to_500_kib(server: LoopbackServer, tmp_path: Path) -> None:
    head = b"User-agent: *\nDisallow: /private/\n"
    padding = b"# filler\n" * (ROBOTS_MAX_BYTES // 9)
    server.robots_body = head + padding + b"Disallow: /page/\n"  # the last rule is past 500 KiB
    report = fetch([server.url("/private/x"), server.url("/page/y")], tmp_path, options=opts())
    assert report.failed == {"robots_disallowed": 1} and report.fetched == 1


async def _rules(text: str) -> Rules:
    return Rules(text, "ua")


def test_robots_cache_refetches_after_max_age() -> None:
    import asyncio

    loads: list[int] = []

    async def load() -> Rules:
        loads.append(1)
        return Rules("User-agent: *\nDisallow: /x\n", "ua")

    async def main(max_age: float) -> None:
        cache = RobotsCache("ua", max_age)
        for _ in range(3):
            await cache.get("http://h", load)

    asyncio.run(main(24 * 3600.0))
    assert len(loads) == 1
    asyncio.run(main(0.0))
    assert len(loads) == 1 + 3
    with pytest.raises(UsageError, match="86400"):
        FetchOptions(robots_max_age=2 * 24 * 3600.0)


# -- credentials in URLs ------------------------------------------------------


def test_credentials_are_never_stored_nor_sent_by_default(server: LoopbackServer, tmp_path: Path) -> None:
    host = server.origin.split("//", 1)[1]
    urls = [f"http://user:secret@{host}/page/a", f"http://user:secret@{host}/missing"]
    report = fetch(urls, tmp_path, options=opts())
    assert report.fetched == 1 and report.failed == {"http_404": 1}
    assert all(s.authorization == "" for s in server.seen)
    stored = warc_bytes(tmp_path) + (tmp_path / FAILURES_FILE).read_bytes() + json.dumps(report.to_json()).encode()
    assert b"secret" not in stored and b"user:" not in stored
    assert server.url("/missing") in failures(tmp_path)
    again = fetch(urls, tmp_path, options=opts())  # the stored page is known by its URL without credentials
    assert again.skipped_existing == 1


def test_send_credentials_sends_them_to_their_origin_only(
    server: LoopbackServer, other: LoopbackServer, tmp_path: Path
) -> None:
    host = server.origin.split("//", 1)[1]
    to_other = other.url("/page/elsewhere")
    urls = [f"http://user:secret@{host}/page/a", f"http://user:secret@{host}/redirect?to={to_other}"]
    report = fetch(urls, tmp_path, options=opts(send_credentials=True))
    assert report.fetched == 2
    expected = "Basic " + base64.b64encode(b"user:secret").decode()
    assert {s.path: s.authorization for s in server.seen if s.path != "/robots.txt"} == {
        "/page/a": expected,
        f"/redirect?to={to_other}": expected,
    }
    assert all(s.authorization == "" for s in other.seen)
    stored = warc_bytes(tmp_path)
    assert b"secret" not in stored and base64.b64encode(b"user:secret") not in stored


# -- SSRF guard ---------------------------------------------------------------

REFUSED = [
    "127.0.0.1",
    "127.1.2.3",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "100.127.255.254",
    "0.0.0.0",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
    "::1",
    "::",
    "fe80::1",
    "fc00::1",
    "fd12:3456::1",
    "ff02::1",
    "::ffff:169.254.169.254",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "64:ff9b::a9fe:a9fe",
    "2002:a9fe:a9fe::1",
    "::127.0.0.1",
]


@pytest.mark.parametrize("address", REFUSED)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert AddressPolicy().refusal(address) is not None
    assert AddressPolicy(allow_private=True).refusal(address) is None


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700::6810:85e5", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert AddressPolicy().refusal(address) is None


@pytest.mark.parametrize(
    "host",
    [
        "2852039166",
        "0xa9fea9fe",
        "0xA9.0xFE.0xA9.0xFE",
        "169.254.43518",
        "169.16689662",
        "0251.0376.0251.0376",
        "[::ffff:a9fe:a9fe]",
        "[::ffff:169.254.169.254]",
    ],
)
def test_numeric_forms_of_the_metadata_address_are_refused_before_any_request(host: str) -> None:
    assert numeric_host(host) in ("169.254.169.254", "::ffff:a9fe:a9fe")
    blocked = check_literal(host, AddressPolicy())
    assert blocked is not None and "169.254.169.254" in str(blocked)


def test_the_issues_integer_host_is_link_local_too() -> None:
    blocked = check_literal("2851995902", AddressPolicy())  # 169.254.0.254
    assert blocked is not None and blocked.address == "169.254.0.254" and "link-local" in blocked.why
    assert numeric_host("example.com") is None and numeric_host("1.2.3.4.5") is None


def test_metadata_urls_fail_as_blocked_without_a_connection(tmp_path: Path) -> None:
    urls = ["http://2852039166/latest/meta-data/", "http://169.254.169.254/", "http://[::ffff:a9fe:a9fe]/"]
    urls.append("http://2851995902/")
    report = fetch(urls, tmp_path, options=opts(allow_private=False, connect_timeout=0.2))
    assert report.failed == {"blocked_address": 4}
    detail = failures(tmp_path)["http://2852039166/latest/meta-data/"]["detail"]
    assert "169.254.169.254" in detail and "link-local" in detail and "--allow-private" in detail


def test_loopback_is_refused_by_default_in_every_form(server: LoopbackServer, tmp_path: Path) -> None:
    port = server.server_address[1]
    urls = [
        server.url("/page/a"),
        f"http://localhost:{port}/page/b",
        f"http://2130706433:{port}/page/c",
        f"http://0x7f000001:{port}/page/d",
        f"http://[::ffff:127.0.0.1]:{port}/page/e",
        f"http://0.0.0.0:{port}/page/f",
    ]
    report = fetch(urls, tmp_path, options=opts(allow_private=False))
    assert report.failed == {"blocked_address": len(urls)} and server.seen == []
    report = fetch([f"http://2130706433:{port}/page/c"], tmp_path / "allowed", options=opts())
    assert report.fetched == 1  # the integer form resolves to 127.0.0.1, which --allow-private lets through


def test_every_redirect_hop_is_checked(server: LoopbackServer, tmp_path: Path) -> None:
    port = server.server_address[1]
    options = opts(allow_private=False, allow=("127.0.0.1/32",))
    targets = [f"http://127.0.0.2:{port}/page/x", "http://2851995902/", f"http://[::1]:{port}/page/y"]
    urls = [server.url(f"/redirect?to={t}") for t in targets] + [server.url("/page/ok")]
    report = fetch(urls, tmp_path, options=options)
    assert report.failed == {"blocked_address": 3} and report.fetched == 1
    assert "127.0.0.2" in failures(tmp_path)[urls[0]]["detail"]


def test_the_connection_goes_to_the_checked_address(
    server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """DNS rebinding: a name that answers 127.0.0.1 once and 10.9.9.9 after is connected to 127.0.0.1 only."""
    answers: list[list[str]] = []

    async def rebinding(host: str, port: int) -> list[str]:
        assert host == "rebind.test"
        answer = ["127.0.0.1"] if not answers else ["10.9.9.9"]
        answers.append(answer)
        return answer

    monkeypatch.setattr(guard, "resolve", rebinding)
    port = server.server_address[1]
    report = fetch(
        [f"http://rebind.test:{port}/page/a"], tmp_path, options=opts(allow_private=False, allow=("127.0.0.1",))
    )
    assert report.fetched == 1  # robots.txt and the page share the one connection made to the checked address
    assert {s.host for s in server.seen} == {f"rebind.test:{port}"}
    server.seen.clear()
    report = fetch(
        [f"http://rebind.test:{port}/page/b"], tmp_path, options=opts(allow_private=False, allow=("127.0.0.1",))
    )
    assert report.failed == {"blocked_address": 1} and server.seen == []  # the new answer is checked, refused
    assert "10.9.9.9" in failures(tmp_path)[f"http://rebind.test:{port}/page/b"]["detail"]


def test_a_name_with_any_refused_address_is_refused(
    server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def mixed(host: str, port: int) -> list[str]:
        return ["127.0.0.1", "169.254.169.254"]

    monkeypatch.setattr(guard, "resolve", mixed)
    url = f"http://mixed.test:{server.server_address[1]}/page/a"
    report = fetch([url], tmp_path, options=opts(allow_private=False, allow=("127.0.0.1",)))
    assert report.failed == {"blocked_address": 1} and server.seen == []


def test_allow_and_deny_lists(server: LoopbackServer, tmp_path: Path) -> None:
    port = server.server_address[1]
    url = server.url("/page/a")
    assert fetch([url], tmp_path / "a", options=opts(allow_private=True, deny=("127.0.0.0/8",))).failed == {
        "blocked_address": 1
    }
    assert fetch([f"http://localhost:{port}/page/b"], tmp_path / "b", options=opts(deny=("localhost",))).failed == {
        "blocked_address": 1
    }
    assert fetch([url], tmp_path / "c", options=opts(allow_private=False, allow=("127.0.0.0/8",))).fetched == 1
    assert server.paths().count("/page/a") == 1
    by_name = fetch(
        [f"http://localhost:{port}/page/c"], tmp_path / "d", options=opts(allow_private=False, allow=("localhost",))
    )
    assert by_name.fetched == 1  # an allowed host name may resolve to loopback
    assert fetch([url], tmp_path / "e", options=opts(allow_private=False, allow=("*.example",))).failed == {
        "blocked_address": 1
    }
    with pytest.raises(UsageError, match="not!a host"):
        opts(allow=("not!a host",))


def test_cli_safety_flags(server: LoopbackServer, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(server.url("/page/a") + "\n", encoding="utf-8")
    base = ["fetch", str(urls), "--delay", "0", "--retries", "0", "-q"]
    res = CliRunner().invoke(app, [*base, "--out", str(tmp_path / "d1")])
    assert res.exit_code == 0 and failures(tmp_path / "d1")[server.url("/page/a")]["reason"] == "blocked_address"
    res = CliRunner().invoke(app, [*base, "--out", str(tmp_path / "d2"), "--allow", "127.0.0.1"])
    assert res.exit_code == 0 and not failures(tmp_path / "d2") and crawl_files(tmp_path / "d2")
    res = CliRunner().invoke(app, [*base, "--out", str(tmp_path / "d3"), "--deny", "bad host!"])
    assert res.exit_code == 2 and "bad host!" in res.output


# -- WARC 1.1 -----------------------------------------------------------------


def _sha1_b32(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def test_warc_is_1_1_with_warcinfo_digests_and_concurrent_to(server: LoopbackServer, tmp_path: Path) -> None:
    report = fetch([server.url("/page/a"), server.url("/gzip")], tmp_path, options=opts())
    assert report.fetched == 2
    (path,) = crawl_files(tmp_path)
    with path.open("rb") as f:
        records = [
            (r.rec_type, r.rec_headers, r.content_stream().read(), r.http_headers)
            for r in ArchiveIterator(f, check_digests=True)
        ]
    assert records[0][0] == "warcinfo" and b"WARC File Format 1.1" in records[0][2]
    ids = {h.get_header("WARC-Record-ID"): (t, h) for t, h, _, _ in records}
    responses = [(h, body) for t, h, body, _ in records if t == "response"]
    requests = [h for t, h, _, _ in records if t == "request"]
    assert len(responses) == 2 and len(requests) == 2
    for _, h, _, _ in records:
        assert h.protocol == "WARC/1.1"
    for h, body in responses:
        assert h.get_header("WARC-Payload-Digest") == _sha1_b32(body)
        assert h.get_header("WARC-Block-Digest", "").startswith("sha1:")
        assert h.get_header("WARC-IP-Address") == "127.0.0.1"
        request = ids[h.get_header("WARC-Concurrent-To")]
        assert request[0] == "request" and request[1].get_header("WARC-Concurrent-To") == h.get_header("WARC-Record-ID")
    warcio = Path(sys.executable).with_name("warcio")
    if warcio.exists():
        check = subprocess.run([str(warcio), "check", "-v", str(path)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stdout + check.stderr


# -- errors name the path and what to do ---------------------------------------


def test_a_full_disk_names_the_warc_file_and_the_next_run_resumes(
    server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from cleaner.crawler import warc

    real = warc._write_all
    calls: list[int] = []

    def full_after_one(fd: int, data: bytes) -> None:  # ENOSPC cannot be had from a real disk in a test
        calls.append(1)
        if len(calls) > 1:
            real(fd, data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd, data)

    monkeypatch.setattr(warc, "_write_all", full_after_one)
    urls = [server.url(f"/page/{i}") for i in range(4)]
    with pytest.raises(OSError) as info:
        fetch(urls, tmp_path, options=opts(concurrency=1, per_host=1))
    assert info.value.filename == str(crawl_files(tmp_path)[0])
    assert "free some space" in str(info.value) and "--out" in str(info.value)
    monkeypatch.setattr(warc, "_write_all", real)
    report = fetch(urls, tmp_path, options=opts())
    assert report.repaired and report.skipped_existing == 1 and report.fetched == 3


def test_an_unusable_out_is_refused_before_any_request(
    server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OSError) as info:
        fetch([server.url("/page/a")], blocker / "dumps", options=opts())
    assert str(blocker) in str(info.value.filename)

    class Full:  # a full disk cannot be had in a test
        f_bavail = 10
        f_frsize = 4096

    monkeypatch.setattr(os, "statvfs", lambda path: Full())
    with pytest.raises(UsageError, match="bytes free; free some space or choose another --out"):
        fetch([server.url("/page/a")], tmp_path / "full", options=opts())
    assert server.seen == []
