"""The async crawler behind :func:`cleaner.crawler.fetch`.

Scheduling: URLs are grouped by origin (scheme, host, port). A dispatcher
starts a task per URL while fewer than ``concurrency`` are running, taking
origins round-robin among those with fewer than ``per_host`` pages in flight
and whose ``per_host_delay`` since the last request start has passed. Every
request (robots.txt, each retry, each redirect hop) reserves a start time on
its origin, so the delay holds for all of them; a ``Retry-After`` pushes the
whole origin back. A redirect to another origin is paced on that origin but
does not take one of its ``per_host`` slots.

Connections: httpx clients are sharded into small pools (httpcore's pool costs
grow with its size); slot *i* of an origin always uses the same shard, so an
origin never has more than ``per_host`` connections open, idle ones included.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import heapq
import http.cookiejar
import itertools
import json
import os
import random
import re
import socket
import ssl
import sys
import time
import urllib.request
from collections import deque
from collections.abc import AsyncGenerator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import TracebackType

import httpx

try:
    import sniffio  # noqa: F401
except ImportError:
    # httpcore runs `import sniffio` inside every request; when it is not installed each
    # of those is a failed import that searches sys.path (~0.3 ms). A None entry makes
    # the import fail at once, which is what it would do anyway.
    sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]

from cleaner.crawler.decode import ACCEPT_ENCODING, BodyDecoder, DecodeError, UnsupportedEncoding
from cleaner.crawler.guard import AddressPolicy, BlockedAddress, check_literal, guarded_transport
from cleaner.crawler.options import FetchOptions, FetchProgress, FetchReport
from cleaner.crawler.robots import ROBOTS_MAX_BYTES, ROBOTS_MAX_REDIRECTS, RobotsCache, Rules, robots_text
from cleaner.crawler.urls import MAX_URL_CHARS, redact_url
from cleaner.crawler.warc import Page, WarcSink, named_os_error, scan_dir
from cleaner.errors import StateError, UsageError

__all__ = ["FAILURES_FILE", "fetch", "fetch_async"]

FAILURES_FILE = "failures.jsonl"
LOCK_FILE = ".crawl.lock"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_SECRET_REQUEST_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})
_ALLOW_PRIVATE_HINT = (
    "to crawl an intranet pass --allow-private (FetchOptions.allow_private=True) or allow this host or network "
    "with --allow (FetchOptions.allow)"
)
_HOST_OK = re.compile(rb"^[A-Za-z0-9_.-]+$")


class _SendableCookies(http.cookiejar.DefaultCookiePolicy):
    """Cookies as a client keeps them, but only those it can send back: httpx writes a request's ``Cookie``
    header in ASCII, so one cookie a site set with other bytes (``Set-Cookie: city=北京``, UTF-8 as many Chinese
    sites send it) made every later request to that site fail with a UnicodeEncodeError (reason ``error``)."""

    def set_ok(self, cookie: http.cookiejar.Cookie, request: urllib.request.Request) -> bool:
        sendable = _ascii(cookie.name) and _ascii(cookie.value or "")
        small = len(cookie.name) + len(cookie.value or "") <= 4096  # (a browser's limit for one cookie)
        return sendable and small and super().set_ok(cookie, request)

    def return_ok(self, cookie: http.cookiejar.Cookie, request: urllib.request.Request) -> bool:
        return _ascii(cookie.name) and _ascii(cookie.value or "") and super().return_ok(cookie, request)


MAX_SITE_COOKIES = 50
"""Cookies kept per cookie domain (browsers keep 50-180); the oldest go first."""
MAX_SITE_COOKIE_BYTES = 8192
"""Bytes of names and values kept per cookie domain: what servers take in one request header (nginx: 8 KB)."""


class _BoundedCookies(http.cookiejar.CookieJar):
    """A cookie jar that keeps at most :data:`MAX_SITE_COOKIES` cookies and :data:`MAX_SITE_COOKIE_BYTES` per
    domain, dropping the oldest (helper hostile15): a site that sets new cookies on every page (tracking, one
    per article seen) made the jar, and the ``Cookie`` header of every later request to it, grow with the
    crawl, until the server refused the requests (431 / 400) and the rest of the site failed."""

    _seq = 0

    def set_cookie(self, cookie: http.cookiejar.Cookie) -> None:
        with self._cookies_lock:  # type: ignore[attr-defined]
            super().set_cookie(cookie)
            _BoundedCookies._seq += 1
            cookie.cleaner_seq = _BoundedCookies._seq  # type: ignore[attr-defined]
            paths = self._cookies.get(cookie.domain, {})  # type: ignore[attr-defined]
            held = sorted(
                (getattr(c, "cleaner_seq", 0), path, name, len(name) + len(c.value or ""))
                for path, names in paths.items()
                for name, c in names.items()
            )
            size = sum(n for *_, n in held)
            for _, path, name, n in held[: max(0, len(held) - 1)]:
                if len(held) <= MAX_SITE_COOKIES and size <= MAX_SITE_COOKIE_BYTES:
                    break
                del paths[path][name]
                held = held[1:]
                size -= n


def _ascii(text: str) -> bool:
    return text.isascii() and "\r" not in text and "\n" not in text


def _retryable_status(status: int) -> bool:
    return status == 429 or (500 <= status < 600 and status not in (501, 505))


class _Failure(Exception):
    def __init__(
        self, reason: str, detail: str = "", *, retryable: bool = False, retry_after: float | None = None
    ) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.retryable = retryable
        self.retry_after = retry_after


@dataclass(slots=True)
class _Redirect:
    status: int
    location: str | None


@dataclass(slots=True, eq=False)
class _Host:
    key: str
    delay: float
    urls: deque[tuple[str, httpx.URL]] = field(default_factory=deque)
    inflight: int = 0
    next_start: float = 0.0
    last_start: float = 0.0
    queued: bool = False
    delay_checked: bool = False
    base: int = 0
    """First client shard of this origin (see _client_shards)."""
    free_slots: list[int] = field(default_factory=list)
    """Per-host concurrency slots not in use; slot i always uses the same client shard."""

    def reserve(self, now: float) -> float:
        """Book the next request start on this origin; returns how long to wait for it."""
        start = max(now, self.next_start)
        self.last_start = start
        self.next_start = start + self.delay
        return start - now

    def slow_down(self, delay: float) -> None:
        if delay > self.delay:
            self.delay = delay
            self.next_start = max(self.next_start, self.last_start + delay)


class _Job:
    """One URL's task: its client, its attempt count, and the dispatcher's booking for its first request."""

    __slots__ = ("attempts", "booked", "client")

    def __init__(self, booked: _Host | None, client: httpx.AsyncClient) -> None:
        self.booked = booked
        self.client = client
        self.attempts = 0

    async def pace(self, host: _Host) -> None:
        if self.booked is host:
            self.booked = None
            return
        wait = host.reserve(asyncio.get_running_loop().time())
        if wait > 0:
            await asyncio.sleep(wait)


def _origin(url: httpx.URL) -> str:
    return f"{url.scheme}://{url.netloc.decode('ascii').lower()}"


def _check_url(url: httpx.URL) -> httpx.URL:
    if not url.scheme:
        raise _Failure("invalid_url", f"no scheme in {str(url)!r}")
    if url.scheme not in ("http", "https"):
        raise _Failure("unsupported_scheme", f"{url.scheme}: is not fetched (only http and https)")
    raw_host = url.raw_host
    try:
        host = url.host
    except ValueError as exc:  # an A-label that does not decode (`xn--`, `xn--a-`): idna.IDNAError
        raise _Failure("invalid_url", f"bad host name {raw_host.decode('ascii', 'replace')!r}: {exc}") from None
    if not host:
        raise _Failure("invalid_url", f"no host in {str(url)!r}")
    if b":" not in raw_host and (not _HOST_OK.match(raw_host) or not _labels_ok(raw_host)):
        raise _Failure("invalid_url", f"bad host name {host!r}")
    return url.copy_with(fragment=None) if url.fragment else url


def _labels_ok(raw_host: bytes) -> bool:
    """Each dot-separated label of a host name 1 to 63 bytes (a final dot allowed): the resolver's IDNA codec
    raised a UnicodeError for `a..b` or a 64-byte label (reason ``error``)."""
    labels = raw_host.removesuffix(b".").split(b".")
    return all(0 < len(label) <= 63 for label in labels)


def parse_url(text: str, *, keep_credentials: bool = False) -> httpx.URL:
    """The URL to request for ``text``; raises :class:`_Failure` (invalid_url, unsupported_scheme).

    ``user:password@`` is dropped unless ``keep_credentials`` (httpx would send it as basic auth).
    """
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise _Failure("invalid_url", redact_url(str(exc))) from None
    url = _check_url(url)
    return url if keep_credentials or not url.userinfo else _without_credentials(url)


def _without_credentials(url: httpx.URL) -> httpx.URL:
    return url.copy_with(username=None, password=None) if url.userinfo else url


def _blocked(exc: BlockedAddress, url: httpx.URL) -> _Failure:
    return _Failure("blocked_address", f"{redact_url(str(url))}: {exc}; {_ALLOW_PRIVATE_HINT}")


def _retry_after(value: str | None, cap: float) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta seconds or an HTTP date), capped; None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = (when - datetime.now(UTC)).total_seconds()
    if seconds != seconds:  # NaN
        return None
    return min(max(seconds, 0.0), cap)


def _exc_chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        yield cur
        cur = cur.__cause__ or cur.__context__


_DNS_MESSAGES = (
    "name or service not known",
    "nodename nor servname",
    "no address associated",
    "temporary failure in name resolution",
    "getaddrinfo failed",
)


def _connect_failure(exc: BaseException) -> _Failure:
    for e in _exc_chain(exc):
        if isinstance(e, socket.gaierror):
            return _Failure("dns", str(e) or repr(e), retryable=e.errno == socket.EAI_AGAIN)
        if isinstance(e, ConnectionRefusedError):
            return _Failure("connection_refused", str(e) or "connection refused", retryable=True)
    msg = str(exc)
    low = msg.lower()
    if any(m in low for m in _DNS_MESSAGES):
        return _Failure("dns", msg, retryable="temporary" in low)
    if "connection refused" in low or "errno 111" in low:
        return _Failure("connection_refused", msg, retryable=True)
    return _Failure("connect_error", msg or type(exc).__name__, retryable=True)


def _decode_headers(raw: list[tuple[bytes, bytes]]) -> list[tuple[str, str]]:
    return [(k.decode("latin-1"), v.decode("latin-1")) for k, v in raw]


class _DirLock:
    """One crawl per dump folder at a time (advisory lock; no-op where fcntl is missing)."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / LOCK_FILE
        self._fd: int | None = None

    def __enter__(self) -> _DirLock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            return self
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:  # the folder is not writable: said before any work
            raise named_os_error(exc, self.path) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise StateError("another fetch is writing to this folder", path=str(self.path.parent)) from None
        self._fd = fd
        return self

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing releases the lock
            self._fd = None


class _FailureLog:
    """Appends one JSON line per failed URL to ``failures.jsonl`` (each line in one write)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def write(self, url: str, failure: _Failure, attempts: int) -> None:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            size = os.fstat(self._fd).st_size
            if size:
                with self.path.open("rb") as f:
                    f.seek(size - 1)
                    if f.read(1) != b"\n":  # a line torn by a kill: end it
                        os.write(self._fd, b"\n")
        line = {
            "url": redact_url(url),
            "reason": failure.reason,
            "detail": redact_url(failure.detail),
            "attempts": attempts,
            "time": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        try:
            data = (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate in a URL given: its JSON escape (it crashed the whole fetch)
            data = (json.dumps(line) + "\n").encode("utf-8")
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError as exc:
            raise named_os_error(exc, self.path) from exc

    def close(self) -> None:
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None


class _Crawler:
    def __init__(
        self,
        opts: FetchOptions,
        clients: list[httpx.AsyncClient],
        sink: WarcSink,
        failures: _FailureLog,
        report: FetchReport,
        stored: set[str],
        progress: Callable[[FetchProgress], None] | None,
    ) -> None:
        self.opts = opts
        self.clients = clients
        self.fatal: Exception | None = None
        self.sink = sink
        self.failures = failures
        self.report = report
        self.stored = stored
        self.progress = progress
        self.robots = RobotsCache(opts.user_agent, opts.robots_max_age)
        self.policy: AddressPolicy = opts.address_policy()
        self.hosts: dict[str, _Host] = {}
        self.total = 0
        self.in_flight = 0
        self.started = time.monotonic()
        self._seq = itertools.count()

    # -- bookkeeping -------------------------------------------------------

    def _host(self, key: str) -> _Host:
        host = self.hosts.get(key)
        if host is None:
            host = self.hosts[key] = _Host(key, self.opts.per_host_delay)
            host.base = len(self.hosts) % len(self.clients)
            host.free_slots = list(range(self.opts.per_host - 1, -1, -1))
        return host

    def _fail(self, url: str, failure: _Failure, attempts: int = 0) -> None:
        self.report.failed[failure.reason] = self.report.failed.get(failure.reason, 0) + 1
        self.failures.write(url, failure, attempts)

    def _emit(self) -> None:
        if self.progress is not None:
            r = self.report
            self.progress(
                FetchProgress(
                    total=self.total,
                    done=r.fetched,
                    failed=r.failed_total,
                    in_flight=self.in_flight,
                    skipped=r.skipped_existing + r.duplicates,
                    bytes=r.bytes,
                    elapsed=time.monotonic() - self.started,
                )
            )

    def plan(self, urls: Iterable[str]) -> None:
        """Count, dedupe, skip stored, fail invalid URLs; queue the rest by origin."""
        seen: set[str] = set()
        keep = self.opts.send_credentials
        for raw in urls:
            given = raw.strip()
            if not given:
                continue
            if len(given) > MAX_URL_CHARS:  # never a URL: failed by its head (held and copied once, not whole)
                self.report.requested += 1
                self.total += 1
                head = redact_url(given[:200])
                self._fail(f"{head}…", _Failure("invalid_url", f"a URL of over {MAX_URL_CHARS} characters"))
                continue
            text = redact_url(given)  # what is stored and reported: never a password
            self.report.requested += 1
            if text in seen:
                self.report.duplicates += 1
                continue
            seen.add(text)
            if text in self.stored:
                self.report.skipped_existing += 1
                continue
            try:
                url = parse_url(given, keep_credentials=keep)
            except _Failure as failure:
                self.total += 1
                self._fail(text, failure)
                continue
            if redact_url(str(url)) in self.stored:
                self.report.skipped_existing += 1
                continue
            self._host(_origin(url)).urls.append((text, url))
            self.total += 1

    # -- dispatcher --------------------------------------------------------

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        wake = asyncio.Event()
        ready: deque[_Host] = deque()
        delayed: list[tuple[float, int, _Host]] = []
        tasks: set[asyncio.Task[None]] = set()
        per_host = self.opts.per_host

        def requeue(host: _Host, now: float) -> None:
            if host.urls and not host.queued and host.inflight < per_host:
                host.queued = True
                if host.next_start <= now:
                    ready.append(host)
                else:
                    heapq.heappush(delayed, (host.next_start, next(self._seq), host))

        def finished(task: asyncio.Task[None], host: _Host) -> None:
            tasks.discard(task)
            host.inflight -= 1
            requeue(host, loop.time())
            wake.set()

        now = loop.time()
        for host in self.hosts.values():
            requeue(host, now)
        self._emit()
        try:
            while True:
                wake.clear()
                now = loop.time()
                while delayed and delayed[0][0] <= now:
                    _, _, host = heapq.heappop(delayed)
                    if host.next_start > now:  # pushed back meanwhile (Retry-After)
                        heapq.heappush(delayed, (host.next_start, next(self._seq), host))
                    else:
                        ready.append(host)
                while ready and len(tasks) < self.opts.concurrency:
                    host = ready.popleft()
                    host.queued = False
                    text, url = host.urls.popleft()
                    if text in self.stored:  # a redirect of this run ended here
                        self.report.duplicates += 1
                        self.total -= 1
                        requeue(host, now)
                        continue
                    host.inflight += 1
                    wait = host.reserve(now)
                    task = asyncio.create_task(self._one(text, url, host, wait))
                    tasks.add(task)
                    task.add_done_callback(functools.partial(finished, host=host))
                    requeue(host, now)
                if self.fatal is not None:
                    raise self.fatal
                if not tasks and not ready and not delayed:
                    break
                timeout: float | None = None
                if delayed and len(tasks) < self.opts.concurrency:
                    timeout = max(0.0, delayed[0][0] - loop.time())
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), timeout)
        finally:
            for task in tasks:
                task.cancel()
            if tasks:
                await asyncio.gather(*tasks, return_exceptions=True)
        self._emit()

    # -- one URL -----------------------------------------------------------

    async def _one(self, text: str, url: httpx.URL, host: _Host, wait: float) -> None:
        try:
            await self._one_url(text, url, host, wait)
        except Exception as exc:  # writing the WARC failed (disk full?) or the progress callback raised
            if self.fatal is None:
                self.fatal = exc

    async def _one_url(self, text: str, url: httpx.URL, host: _Host, wait: float) -> None:
        self.in_flight += 1
        # Connections are spread over several small pools (see _client_shards); a host's
        # slot i always uses the same one, so the host never has more than per_host
        # connections open, idle keep-alive ones included.
        slot = host.free_slots.pop()
        job = _Job(host, self.clients[(host.base + slot // _CONNECTIONS_PER_SHARD) % len(self.clients)])
        try:
            if wait > 0:
                await asyncio.sleep(wait)
            page = await self._crawl(text, url, host, job)
        except _Failure as failure:
            self._fail(text, failure, job.attempts)
        except Exception as exc:  # a bug or an exotic error must not stop the crawl
            self._fail(text, _Failure("error", f"{type(exc).__name__}: {exc}"), job.attempts)
        else:
            self._store(text, page)
        finally:
            self.in_flight -= 1
            host.free_slots.append(slot)
        self._emit()

    def _store(self, text: str, page: Page) -> None:
        page.final_url = redact_url(page.final_url)
        page.requested_url = redact_url(page.requested_url)
        page.request_headers = [(k, v) for k, v in page.request_headers if k.lower() not in _SECRET_REQUEST_HEADERS]
        if page.final_url in self.stored:
            self.report.duplicates += 1
        else:
            self.sink.write(page)
            self.report.fetched += 1
            self.report.bytes += len(page.body)
            self.stored.add(page.final_url)
        self.stored.add(text)

    def _check_host(self, url: httpx.URL) -> None:
        """Refuse a denied host name or a numeric host the guard refuses, before any request to it."""
        why = self.policy.host_refusal(url.host)
        if why is not None:
            raise _Failure("blocked_address", f"{redact_url(str(url))}: {url.host} is {why} (--deny)")
        blocked = check_literal(url.host, self.policy)
        if blocked is not None:
            raise _blocked(blocked, url)

    async def _crawl(self, text: str, url: httpx.URL, host: _Host, job: _Job) -> Page:
        seen = {str(url)}
        first_origin = _origin(url)
        for hop in range(self.opts.max_redirects + 1):
            self._check_host(url)
            if self.opts.respect_robots:
                rules = await self._rules(host, job)
                if rules.unreachable is not None:
                    raise rules.unreachable
                if not rules.allows(str(url)):
                    raise _Failure("robots_disallowed", f"robots.txt of {host.key} disallows {url}")
            outcome = await self._get(url, host, job)
            if isinstance(outcome, Page):
                outcome.requested_url = text
                outcome.redirects = hop
                return outcome
            if not outcome.location:
                raise _Failure(f"http_{outcome.status}", "redirect without a Location header")
            try:
                nxt = _check_url(url.join(outcome.location))
            except (httpx.InvalidURL, ValueError, TypeError) as exc:
                raise _Failure("invalid_url", f"bad redirect Location {outcome.location!r}: {exc}") from None
            if not self.opts.send_credentials or _origin(nxt) != first_origin:
                nxt = _without_credentials(nxt)  # credentials go to the origin they were given for, if at all
            key = str(nxt)
            if key in seen:
                raise _Failure("redirect_loop", f"{url} redirects back to {nxt}")
            seen.add(key)
            url = nxt
            host = self._host(_origin(url))
        raise _Failure("too_many_redirects", f"more than {self.opts.max_redirects} redirects; last {url}")

    async def _rules(self, host: _Host, job: _Job) -> Rules:
        rules = await self.robots.get(host.key, lambda: self._load_robots(host, job))
        if not host.delay_checked:
            host.delay_checked = True
            crawl_delay = rules.crawl_delay()
            if crawl_delay:
                host.slow_down(min(crawl_delay, self.opts.max_crawl_delay))
        return rules

    async def _load_robots(self, host: _Host, job: _Job) -> Rules:
        """The origin's rules per RFC 9309 (see cleaner.crawler.robots); raises only for a refused address."""
        url = httpx.URL(host.key + "/robots.txt")
        ua = self.opts.user_agent
        for hop in range(ROBOTS_MAX_REDIRECTS + 1):
            try:
                self._check_host(url)
                outcome = await self._robots_get(url, host, job)
            except _Failure as failure:
                if failure.reason == "blocked_address" and hop == 0:
                    raise  # the origin itself is refused: its URLs fail as blocked_address
                # (a robots.txt redirected to a refused address counts as unreachable: disallow all)
                return Rules(None, ua, unreachable=_robots_unreachable(host.key, failure))
            if isinstance(outcome, str | None):
                return Rules(outcome, ua)
            if not outcome.location:
                return Rules(None, ua)  # a 3xx without a target: unavailable
            try:
                url = _without_credentials(_check_url(url.join(outcome.location)))
            except (_Failure, httpx.InvalidURL, ValueError, TypeError):
                return Rules(None, ua)
        return Rules(None, ua)  # more than 5 redirects: unavailable (RFC 9309 §2.3.1.2)

    async def _robots_get(self, url: httpx.URL, host: _Host, job: _Job) -> str | _Redirect | None:
        """Text of a 2xx, None for a 4xx (allow all), a redirect; raises _Failure when unreachable."""
        tries = 0
        while True:
            await job.pace(host)
            try:
                return await self._robots_attempt(url, job.client)
            except _Failure as failure:
                if not failure.retryable or tries >= self.opts.retries:
                    raise
                delay = failure.retry_after
                if delay is None:
                    delay = min(self.opts.backoff_max, self.opts.backoff_base * 2.0**tries) * random.uniform(0.5, 1)
            tries += 1
            self.report.retries += 1
            await asyncio.sleep(delay)

    async def _robots_attempt(self, url: httpx.URL, client: httpx.AsyncClient) -> str | _Redirect | None:
        opts = self.opts
        with _mapped_errors(url, opts):
            async with asyncio.timeout(opts.total_timeout):
                async with client.stream("GET", url) as resp:
                    status = resp.status_code
                    if status in _REDIRECTS:
                        return _Redirect(status, resp.headers.get("location"))
                    if _retryable_status(status) or status >= 500:
                        wait = _retry_after(resp.headers.get("retry-after"), opts.retry_after_max)
                        raise _Failure(f"http_{status}", resp.reason_phrase, retryable=True, retry_after=wait)
                    if not 200 <= status < 300:
                        return None
                    body, _ = await _read_body(resp, ROBOTS_MAX_BYTES, truncate=True)
                    return robots_text(body)

    async def _get(self, url: httpx.URL, host: _Host, job: _Job) -> Page | _Redirect:
        """One GET, repeated after transient errors with exponential backoff and jitter."""
        tries = 0
        while True:
            job.attempts += 1
            try:
                return await self._attempt(url, host, job)
            except _Failure as failure:
                if not failure.retryable or tries >= self.opts.retries:
                    if tries:
                        failure.detail = f"{failure.detail} (after {tries + 1} attempts)"
                    raise
                if failure.retry_after is not None:
                    delay = failure.retry_after
                    host.next_start = max(host.next_start, asyncio.get_running_loop().time() + delay)
                else:
                    delay = min(self.opts.backoff_max, self.opts.backoff_base * 2.0**tries)
                    delay *= random.uniform(0.5, 1.0)
            tries += 1
            self.report.retries += 1
            await asyncio.sleep(delay)

    async def _attempt(self, url: httpx.URL, host: _Host, job: _Job) -> Page | _Redirect:
        await job.pace(host)
        fetched_at = datetime.now(UTC)
        opts = self.opts
        with _mapped_errors(url, opts):
            async with asyncio.timeout(opts.total_timeout):
                async with job.client.stream("GET", url) as resp:
                    status = resp.status_code
                    if status in _REDIRECTS:
                        return _Redirect(status, resp.headers.get("location"))
                    if _retryable_status(status):
                        wait = _retry_after(resp.headers.get("retry-after"), opts.retry_after_max)
                        raise _Failure(f"http_{status}", resp.reason_phrase, retryable=True, retry_after=wait)
                    if not 200 <= status < 300:
                        raise _Failure(f"http_{status}", resp.reason_phrase)
                    ctype = resp.headers.get("content-type")
                    if not opts.accepts(ctype):
                        raise _Failure("wrong_content_type", f"Content-Type {ctype}")
                    declared = resp.headers.get("content-length", "").strip()
                    if declared.isdigit() and int(declared) > opts.max_bytes:
                        raise _Failure("too_large", f"Content-Length {declared} > max_bytes {opts.max_bytes}")
                    body, over = await _read_body(resp, opts.max_bytes, truncate=False)
                    if over:
                        coding = resp.headers.get("content-encoding")
                        raise _Failure(
                            "too_large",
                            f"body over max_bytes {opts.max_bytes}"
                            + (f" after decoding Content-Encoding {coding} (stopped while decoding)" if coding else "")
                            + "; raise --max-bytes (FetchOptions.max_bytes) to keep larger pages",
                        )
                    request = resp.request
                    return Page(
                        requested_url=str(url),
                        final_url=str(url),
                        fetched_at=fetched_at,
                        status=status,
                        reason=resp.reason_phrase,
                        response_headers=_decode_headers(resp.headers.raw),
                        request_target=request.url.raw_path.decode("ascii"),
                        request_headers=_decode_headers(request.headers.raw),
                        body=body,
                        http_version=resp.http_version or "HTTP/1.1",
                        ip_address=_peer_address(resp),
                    )
        raise AssertionError("unreachable")  # pragma: no cover - _mapped_errors re-raises


def _peer_address(resp: httpx.Response) -> str | None:
    stream = resp.extensions.get("network_stream")
    try:
        peer = stream.get_extra_info("server_addr") if stream is not None else None
    except Exception:
        return None
    return str(peer[0]) if isinstance(peer, tuple) and peer else None


def _robots_unreachable(origin: str, failure: _Failure) -> _Failure:
    """The failure of every URL of an origin whose robots.txt cannot be had (RFC 9309: disallow all)."""
    network = failure.reason in ("dns", "connection_refused", "connect_error")
    reason = failure.reason if network else "robots_unreachable"
    return _Failure(
        reason,
        f"{origin}/robots.txt: {failure.reason}: {failure.detail} — an unreachable robots.txt disallows the whole "
        "site for this run (RFC 9309); run the fetch again later to retry these URLs, or pass --ignore-robots",
    )


async def _read_body(resp: httpx.Response, limit: int, *, truncate: bool) -> tuple[bytes, bool]:
    """The body decoded in bounded steps; stops once over ``limit`` bytes (raw or decoded).

    Returns ``(body, over)``: with ``truncate`` the first ``limit`` bytes, else what was read.
    """
    try:
        decoder = BodyDecoder(resp.headers.get("content-encoding"))
    except UnsupportedEncoding as exc:
        raise _Failure("unsupported_encoding", str(exc)) from None
    body = bytearray()
    raw = 0
    try:
        async with contextlib.aclosing(_raw_chunks(resp)) as chunks:
            async for chunk in chunks:
                raw += len(chunk)
                for piece in decoder.feed(chunk):
                    body += piece
                    if len(body) > limit:
                        return (bytes(body[:limit]) if truncate else b""), True
                if raw > limit:
                    return (bytes(body[:limit]) if truncate else b""), True
        for piece in decoder.flush():
            body += piece
            if len(body) > limit:
                return (bytes(body[:limit]) if truncate else b""), True
    except DecodeError as exc:
        raise _Failure("decoding_error", str(exc)) from None
    return bytes(body), False


async def _raw_chunks(resp: httpx.Response) -> AsyncGenerator[bytes, None]:
    """The body as sent; a response an injected transport made whole (httpx.MockTransport) as it holds it."""
    try:
        async for chunk in resp.aiter_raw():
            yield chunk
    except httpx.StreamConsumed:
        yield resp.content


@contextlib.contextmanager
def _mapped_errors(url: httpx.URL, opts: FetchOptions) -> Iterator[None]:
    """httpx and guard exceptions of one request as _Failure."""
    try:
        yield
    except BlockedAddress as exc:
        raise _blocked(exc, url) from None
    except TimeoutError:
        raise _Failure("timeout", f"no complete response within {opts.total_timeout}s", retryable=True) from None
    except httpx.TimeoutException as exc:
        kind = type(exc).__name__
        raise _Failure("timeout", f"{kind}: {exc}" if str(exc) else kind, retryable=True) from None
    except httpx.ConnectError as exc:
        raise _connect_failure(exc) from None
    except httpx.UnsupportedProtocol as exc:
        raise _Failure("unsupported_scheme", str(exc)) from None
    except httpx.RemoteProtocolError as exc:
        raise _Failure("protocol_error", str(exc), retryable=True) from None
    except httpx.DecodingError as exc:
        raise _Failure("decoding_error", str(exc)) from None
    except httpx.LocalProtocolError as exc:
        raise _Failure("invalid_url", str(exc)) from None
    except (httpx.TransportError, OSError) as exc:
        raise _Failure("network_error", f"{type(exc).__name__}: {exc}", retryable=True) from None
    except httpx.InvalidURL as exc:
        raise _Failure("invalid_url", str(exc)) from None


_CONNECTIONS_PER_SHARD = 4


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    """httpx's default TLS context, made once per process (loading the CA bundle takes ~40 ms)."""
    return httpx.create_ssl_context()


def _client_shards(opts: FetchOptions, transport: httpx.AsyncBaseTransport | None) -> list[httpx.AsyncClient]:
    """Clients sharing the crawl's connections, about 4 busy ones each.

    httpcore's connection pool does work proportional to (connections x waiting
    requests) on every request: at 50 connections in one pool the client spent
    about twice the CPU per page as with pools of 4 (bench_fetch). An injected
    transport is used as the one and only client's transport.
    """
    accept = ", ".join((*opts.content_types, "*/*;q=0.1"))
    shards = 1 if transport is not None else -(-opts.concurrency // _CONNECTIONS_PER_SHARD)
    ssl_context = _ssl_context()
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=2 * _CONNECTIONS_PER_SHARD)
    policy = opts.address_policy()
    return [
        httpx.AsyncClient(
            # Every connection goes through the SSRF guard, pinned to the address it checked.
            transport=transport if transport is not None else guarded_transport(policy, ssl_context, limits),
            headers={"User-Agent": opts.user_agent, "Accept": accept, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(
                connect=opts.connect_timeout, read=opts.read_timeout, write=opts.read_timeout, pool=None
            ),
            follow_redirects=False,
            trust_env=False,
            cookies=_BoundedCookies(_SendableCookies()),
        )
        for _ in range(shards)
    ]


_MIN_FREE_BYTES = 1 << 20


def _check_space(out: Path) -> None:
    """Refuse a full dump folder before any work (a write would fail on the first page)."""
    try:
        st = os.statvfs(out)
    except (AttributeError, OSError):  # pragma: no cover - not POSIX
        return
    free = st.f_bavail * st.f_frsize
    if free < _MIN_FREE_BYTES:
        raise UsageError(f"{out}: only {free} bytes free; free some space or choose another --out")


async def fetch_async(
    urls: Iterable[str],
    out_dir: str | Path,
    *,
    options: FetchOptions | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: Callable[[FetchProgress], None] | None = None,
) -> FetchReport:
    """Async form of :func:`fetch`."""
    opts = options if options is not None else FetchOptions()
    if not isinstance(opts, FetchOptions):
        raise UsageError(f"options must be a FetchOptions, not {type(opts).__name__}")
    if isinstance(urls, str | bytes):
        raise UsageError("urls must be an iterable of URLs, not one string (use read_url_list for a file)")
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"{out} is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    _check_space(out)
    started = time.monotonic()
    with _DirLock(out):
        scan = scan_dir(out, repair=True)
        report = FetchReport(repaired=[str(p) for p in scan.repaired])
        sink = WarcSink(out, max_file_bytes=opts.warc_max_bytes, fsync_interval=opts.fsync_interval)
        failures = _FailureLog(out / FAILURES_FILE)
        clients = _client_shards(opts, transport)
        try:
            crawler = _Crawler(opts, clients, sink, failures, report, scan.stored, progress)
            crawler.started = started
            crawler.plan(urls)
            await crawler.run()
        finally:
            try:
                for client in clients:
                    await client.aclose()
            finally:
                sink.close()
                failures.close()
                report.warc_files = [str(p) for p in sink.files]
                report.seconds = time.monotonic() - started
    return report


def fetch(
    urls: Iterable[str],
    out_dir: str | Path,
    *,
    options: FetchOptions | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    progress: Callable[[FetchProgress], None] | None = None,
) -> FetchReport:
    """Fetch ``urls`` into WARC files in ``out_dir``; resumable, polite, never stops on a bad URL.

    Pages already stored in ``out_dir`` (by requested or final URL) are skipped;
    a WARC tail torn by a killed crawl is cut off first. Failed URLs are appended
    to ``out_dir/failures.jsonl`` and counted by reason in the report. Pass an
    httpx ``transport`` to crawl through something other than the network.
    Raises :class:`~cleaner.errors.StateError` if another fetch holds the folder,
    :class:`~cleaner.errors.UsageError` if called inside a running event loop
    (use :func:`fetch_async` there).
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        pass
    else:
        raise UsageError("fetch() cannot run inside an event loop; await cleaner.crawler.fetch_async() instead")
    return asyncio.run(fetch_async(urls, out_dir, options=options, transport=transport, progress=progress))
