"""What a file holds, from its name and, when the name does not tell, from its first bytes."""

from __future__ import annotations

import json
import re

from cleaner.input.compression import SUFFIXES
from cleaner.input.feed import FEED_SUFFIXES, looks_like_feed
from cleaner.input.mail import MAIL_SUFFIXES, looks_like_mail

__all__ = [
    "BINARY_SUFFIXES",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "JSON_SUFFIXES",
    "PARQUET_SUFFIXES",
    "TABLE_SUFFIXES",
    "TEXT_SUFFIXES",
    "WARC_SUFFIXES",
    "kind",
    "sniff",
]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
"""A JSON document: an array of records, an object holding one, or a record (:mod:`cleaner.input.jsonfile`)."""
WARC_SUFFIXES = {".warc", ".wet", ".arc"}
"""``.arc``: the Internet Archive's older crawl format, read by the WARC reader (warcio reads both)."""
PARQUET_SUFFIXES = {".parquet", ".pq"}
TABLE_SUFFIXES = {".csv", ".tsv", ".tab"}
BINARY_SUFFIXES = {
    # names that never hold a page: refused as unsupported_type without reading them
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".svg", ".tif", ".tiff", ".avif",
    ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm", ".avi", ".mov", ".flv", ".mkv",
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".epub",
    ".zip", ".rar", ".7z", ".tar", ".tgz", ".lz4", ".br",
    ".exe", ".dll", ".so", ".bin", ".class", ".jar", ".pyc", ".o", ".a", ".wasm",
    ".woff", ".woff2", ".ttf", ".otf", ".eot",
    ".css", ".js", ".mjs", ".map", ".arrow", ".db", ".sqlite",
}  # fmt: skip
_FORMAT = {
    **dict.fromkeys(TEXT_SUFFIXES, "text"),
    **dict.fromkeys(HTML_SUFFIXES, "html"),
    **dict.fromkeys(JSONL_SUFFIXES, "jsonl"),
    **dict.fromkeys(JSON_SUFFIXES, "json"),
    **dict.fromkeys(WARC_SUFFIXES, "warc"),
    **dict.fromkeys(PARQUET_SUFFIXES, "parquet"),
    **dict.fromkeys(TABLE_SUFFIXES, "csv"),
    **dict.fromkeys(MAIL_SUFFIXES, "mail"),
    **dict.fromkeys(FEED_SUFFIXES, "feed"),
}
_SUFFIX = re.compile(r"\.[A-Za-z0-9]{1,10}$")


def _suffixes(name: str) -> list[str]:
    """The suffixes of a file name; a wget query part (``view.php?id=12``) is not one."""
    base = name.rsplit("/", 1)[-1].split("?", 1)[0].split("#", 1)[0].lstrip(".")
    out: list[str] = []
    while (m := _SUFFIX.search(base)) and m.start() > 0:
        out.insert(0, m.group(0).lower())
        base = base[: m.start()]
    return out


def kind(name: str) -> tuple[str | None, str | None, str]:
    """``(format, codec, suffix)`` from a file name: format is ``text``, ``html``, ``jsonl``, ``json``, ``warc``,
    ``parquet``, ``csv`` (a CSV or TSV table), ``mail`` (MHTML, ``.eml``, ``.mbox``), ``feed`` (RSS, Atom),
    ``binary`` (a name that never holds a page) or ``None`` (the name does
    not tell: sniff the content); codec is the compression its last suffix names (``gzip``, ``bz2``, ``xz``, ``zstd``;
    :mod:`.compression`) or None."""
    suffixes = _suffixes(name)
    codec = SUFFIXES.get(suffixes[-1]) if suffixes else None
    while suffixes and suffixes[-1] in SUFFIXES:  # (``.txt.gz.gz``: a text dump compressed twice)
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    if suffix in _FORMAT:
        return _FORMAT[suffix], codec, suffix
    if suffix in BINARY_SUFFIXES:
        return "binary", codec, suffix
    return None, codec, suffix


_HTML_START = re.compile(
    rb"^(?:\s|<!--.*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|table|span|a|h[1-6]"
    rb"|script|style|link|br|!--|\?xml[^>]*>\s*<!doctype\s+html|\?xml[^>]*>\s*<html)[\s>/]",
    re.I | re.S,
)
_HTML_TAG = re.compile(rb"<(?:html|body|head|div|p|br|article|meta)[\s>/]", re.I)


def sniff(head: bytes) -> str:
    """The format of a file from its first (decompressed) bytes, a few KB: Parquet, WARC, JSONL, mail (a MIME message
    or an mbox: a page saved as MHTML under another name), a news feed (RSS, Atom), HTML, else text."""
    if head.startswith(b"PAR1"):
        return "parquet"
    body = head.removeprefix(b"\xef\xbb\xbf")
    stripped = body.lstrip()
    if stripped.startswith((b"WARC/1.", b"WARC/0.", b"filedesc://")):  # (filedesc: an ARC file's first record)
        return "warc"
    if stripped[:1] == b"{":
        first = stripped.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except (ValueError, RecursionError):
            if b"\n" not in stripped:  # a first line longer than the head: still a record, most likely
                return "jsonl"
    if looks_like_mail(body):
        return "mail"
    if looks_like_feed(body):
        return "feed"
    if _HTML_START.match(body) or len(_HTML_TAG.findall(body[:4096])) >= 3:
        return "html"
    return "text"
