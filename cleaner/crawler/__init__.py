"""Fetch stage: a polite, resumable crawler that writes raw pages as WARC.

::

    from cleaner.crawler import FetchOptions, fetch, read_url_list

    report = fetch(read_url_list("urls.txt"), "dumps/", options=FetchOptions(per_host=2))
    print(report.fetched, report.failed)

Pages land in ``dumps/crawl-<UTC time>-<n>.warc.gz`` (a request and a response
record per page, the response body stored content-decoded, the target URI the
final URL after redirects, ``WARC-Cleaner-Requested-URI`` the URL as given);
failed URLs in ``dumps/failures.jsonl``. Run it again with the same list to
resume: stored pages are skipped, failed ones are tried again.

Safe on untrusted lists (docs/fetch-safety.md): an SSRF guard refuses non-public
addresses (``FetchOptions.allow_private`` / ``allow`` / ``deny`` loosen it),
credentials in URLs are never stored (nor sent without ``send_credentials``),
bodies are decoded in bounded steps under ``max_bytes``, robots.txt follows
RFC 9309, and the files are WARC 1.1 with digests.
"""

from cleaner.crawler.core import FAILURES_FILE, fetch, fetch_async
from cleaner.crawler.options import DEFAULT_CONTENT_TYPES, DEFAULT_USER_AGENT, FetchOptions, FetchProgress, FetchReport
from cleaner.crawler.urls import read_url_list
from cleaner.crawler.warc import REQUESTED_URI_HEADER

__all__ = [
    "DEFAULT_CONTENT_TYPES",
    "DEFAULT_USER_AGENT",
    "FAILURES_FILE",
    "REQUESTED_URI_HEADER",
    "FetchOptions",
    "FetchProgress",
    "FetchReport",
    "fetch",
    "fetch_async",
    "read_url_list",
]
