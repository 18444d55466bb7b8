"""Settings, report and progress snapshot of a crawl."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from cleaner.crawler.guard import AddressPolicy, parse_targets
from cleaner.errors import UsageError

__all__ = ["DEFAULT_CONTENT_TYPES", "DEFAULT_USER_AGENT", "FetchOptions", "FetchProgress", "FetchReport"]

DEFAULT_USER_AGENT = "cleaner/0.1 (+https://github.com/cleaner/cleaner; polite crawler)"
DEFAULT_CONTENT_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How politely and how hard to crawl. Times are in seconds."""

    concurrency: int = 16
    """Pages in flight at once, over all hosts."""
    per_host: int = 2
    """Pages in flight at once on one host (scheme, name and port)."""
    per_host_delay: float = 1.0
    """Minimum time between the starts of two requests to one host."""
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    """Longest silence while waiting for response bytes."""
    total_timeout: float = 60.0
    """Longest one attempt may take, headers and body together."""
    retries: int = 3
    """Extra attempts after a connection error, a timeout, 429 or 5xx."""
    backoff_base: float = 0.5
    """First retry waits about this long; each further one twice as long (with jitter)."""
    backoff_max: float = 30.0
    retry_after_max: float = 60.0
    """Cap on a server's ``Retry-After``."""
    max_redirects: int = 10
    max_bytes: int = 10 * 1024 * 1024
    """Largest body kept (after content decoding); larger ones fail as ``too_large``."""
    content_types: tuple[str, ...] = DEFAULT_CONTENT_TYPES
    """Media types kept; ``text/*`` style wildcards allowed. A response without Content-Type is kept."""
    user_agent: str = DEFAULT_USER_AGENT
    respect_robots: bool = True
    max_crawl_delay: float = 10.0
    """A robots.txt ``Crawl-delay`` raises the per-host delay up to this cap."""
    warc_max_bytes: int = 1024**3
    """Start a new WARC file once the current one is this large."""
    fsync_interval: float = 1.0
    """Seconds between fsyncs of the WARC file (every page is written and flushed whole at once)."""
    allow_private: bool = False
    """Connect to private, loopback, link-local, CGNAT, ULA and other non-public addresses (intranet crawls,
    tests on 127.0.0.1). Off: the SSRF guard refuses them, for every redirect hop and robots.txt too."""
    allow: tuple[str, ...] = ()
    """IP addresses / CIDRs (``10.1.0.0/16``) and host names (``wiki.corp``, ``*.corp.example``) the guard lets
    through although they are (or resolve to) non-public addresses."""
    deny: tuple[str, ...] = ()
    """IP addresses / CIDRs and host names never fetched, even with ``allow_private``."""
    send_credentials: bool = False
    """Send ``user:password@`` of a URL as HTTP basic auth (to that URL's origin only). Stored URLs never
    hold credentials either way."""
    robots_max_age: float = 24 * 3600.0
    """A robots.txt is fetched again once its copy is this old (RFC 9309: at most 24 hours)."""

    def __post_init__(self) -> None:
        ints = {
            "concurrency": (self.concurrency, 1),
            "per_host": (self.per_host, 1),
            "retries": (self.retries, 0),
            "max_redirects": (self.max_redirects, 0),
            "max_bytes": (self.max_bytes, 1),
            "warc_max_bytes": (self.warc_max_bytes, 1),
        }
        for name, (value, low) in ints.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < low:
                raise UsageError(f"FetchOptions.{name} must be an integer >= {low}, not {value!r}")
        floats = {
            "per_host_delay": (self.per_host_delay, False),
            "connect_timeout": (self.connect_timeout, True),
            "read_timeout": (self.read_timeout, True),
            "total_timeout": (self.total_timeout, True),
            "backoff_base": (self.backoff_base, False),
            "backoff_max": (self.backoff_max, False),
            "retry_after_max": (self.retry_after_max, False),
            "max_crawl_delay": (self.max_crawl_delay, False),
            "fsync_interval": (self.fsync_interval, False),
            "robots_max_age": (self.robots_max_age, True),
        }
        for name, (number, positive) in floats.items():
            ok = isinstance(number, int | float) and not isinstance(number, bool) and math.isfinite(number)
            if not ok or number < 0 or (positive and number == 0):
                need = "> 0" if positive else ">= 0"
                raise UsageError(f"FetchOptions.{name} must be a finite number {need}, not {number!r}")
        if not self.content_types or not all(isinstance(t, str) and "/" in t for t in self.content_types):
            raise UsageError(f"FetchOptions.content_types must be media types, not {self.content_types!r}")
        if not self.user_agent.strip() or any(c in self.user_agent for c in "\r\n"):
            raise UsageError("FetchOptions.user_agent must be a non-empty single line")
        if self.robots_max_age > 24 * 3600.0:
            raise UsageError(
                f"FetchOptions.robots_max_age must be at most 86400 s (RFC 9309), not {self.robots_max_age}"
            )
        for name in ("allow", "deny"):
            value = getattr(self, name)
            if isinstance(value, str) or not isinstance(value, tuple | list):
                raise UsageError(f"FetchOptions.{name} must be a tuple of CIDRs / host names, not {value!r}")
            parse_targets(value, f"FetchOptions.{name}")

    def address_policy(self) -> AddressPolicy:
        """The SSRF guard's settings made of ``allow_private``, ``allow`` and ``deny``."""
        allow_nets, allow_hosts = parse_targets(self.allow, "FetchOptions.allow")
        deny_nets, deny_hosts = parse_targets(self.deny, "FetchOptions.deny")
        return AddressPolicy(self.allow_private, allow_nets, deny_nets, allow_hosts, deny_hosts)

    def accepts(self, content_type: str | None) -> bool:
        """Whether a response with this Content-Type header is kept."""
        if not content_type:
            return True
        media = content_type.split(";", 1)[0].strip().lower()
        for allowed in self.content_types:
            allowed = allowed.lower()
            if allowed == media or allowed == "*/*":
                return True
            if allowed.endswith("/*") and media.startswith(allowed[:-1]):
                return True
        return False


@dataclass(frozen=True, slots=True)
class FetchProgress:
    """A snapshot handed to the ``progress`` callback after every finished URL."""

    total: int
    """URLs this run handles: fetches or fails (already stored and duplicate ones excluded)."""
    done: int
    """Pages fetched and stored."""
    failed: int
    in_flight: int
    skipped: int
    """URLs skipped because they were already stored (or listed twice)."""
    bytes: int
    elapsed: float

    @property
    def finished(self) -> int:
        return self.done + self.failed

    @property
    def rate(self) -> float:
        """Finished URLs per second."""
        return self.finished / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(slots=True)
class FetchReport:
    """What a crawl did. ``requested == fetched + skipped_existing + duplicates + sum(failed.values())``."""

    requested: int = 0
    """URLs given (blank lines and comments of a list file excluded)."""
    fetched: int = 0
    skipped_existing: int = 0
    """URLs already in the dump folder's WARCs (as requested or as final URL)."""
    duplicates: int = 0
    """URLs listed more than once, or whose redirect ended on a page stored in this run."""
    failed: dict[str, int] = field(default_factory=dict)
    """Failed URLs by reason (``timeout``, ``http_404``, ``robots_disallowed``, ...)."""
    bytes: int = 0
    """Body bytes stored (after content decoding)."""
    seconds: float = 0.0
    retries: int = 0
    """Attempts repeated after a transient error."""
    repaired: list[str] = field(default_factory=list)
    """WARC files whose torn tail (a crawl killed mid-write) was cut off before this run."""
    warc_files: list[str] = field(default_factory=list)
    """WARC files this run wrote to."""

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())

    @property
    def pages_per_second(self) -> float:
        return self.fetched / self.seconds if self.seconds > 0 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "requested": self.requested,
            "fetched": self.fetched,
            "skipped_existing": self.skipped_existing,
            "duplicates": self.duplicates,
            "failed": dict(sorted(self.failed.items())),
            "failed_total": self.failed_total,
            "bytes": self.bytes,
            "seconds": round(self.seconds, 3),
            "retries": self.retries,
            "repaired": list(self.repaired),
            "warc_files": list(self.warc_files),
        }
