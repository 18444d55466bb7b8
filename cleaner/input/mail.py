"""Pages kept as mail: a browser's single-file save (MHTML: Chrome's ``.mhtml``, Internet Explorer's ``.mht``), a
message (``.eml``: a newsletter, a forwarded article) and a mailbox of them (``.mbox``).

Each is a MIME message whose page is a part, in base64 or quoted-printable, in the charset its part names. Read as
a text or HTML file, the page came out as its transfer encoding (``=E4=B8=AD…``, base64 lines) under the message's
headers (helper hostile38). Here a message gives one document: its first HTML part that is no attachment, else its
first plain text part, decoded from its transfer encoding and read in its part's charset (a wrong one is not
trusted, as an HTTP header's is not), its ``Subject`` the title and its ``Content-Location`` (MHTML) the URL. An mbox
is read a message at a time (split at its ``From`` lines; ``>From`` in a body unescaped). A message over the byte
budget (an MHTML save holding tens of MB of images) is read from its first bytes within the budget when its page part
ends in them (the page comes first), else it is a ``too_large`` reject; the rest is read through, not held. Parsing
is the standard library's :mod:`email`, which never raises for a malformed message.
"""

from __future__ import annotations

import email
import email.header
import email.message
import email.policy
import re
from collections.abc import Iterator
from typing import IO

from cleaner.document import Document, Reject, Source
from cleaner.input.base import ReadOptions, listed
from cleaner.input.decoding import DecodeError, decode_bytes

__all__ = ["MAIL_SUFFIXES", "looks_like_mail", "mail_page", "read_mail"]

MAIL_SUFFIXES = {".eml", ".mht", ".mhtml", ".mbox"}

_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]{0,60}:[^\n]*|[ \t][^\n]*")
_MBOX_FROM = re.compile(  # (``From news@x.cn Tue Nov  5 08:00:00 2024``)
    rb"From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) +\d{1,2} \d\d:\d\d"
)
_ESCAPED_FROM = re.compile(rb"^>(>*From )", re.M)


def looks_like_mail(head: bytes) -> bool:
    """Whether the first bytes of a file are a MIME message's (or an mbox's) headers: an mbox ``From`` line, or a header
    block (every line ``Name: value`` or a folded line, up to a blank line) naming ``MIME-Version``."""
    if _MBOX_FROM.match(head):
        return True
    if not _HEADER_LINE.match(head) or head[:1] in b" \t":  # (the first line: most files stop here)
        return False
    end = re.search(rb"\r?\n\r?\n", head)
    if end is None:
        return False
    lines = head[: end.start()].replace(b"\r\n", b"\n").split(b"\n")
    if not all(_HEADER_LINE.fullmatch(line) for line in lines):
        return False
    return any(line[:13].lower() == b"mime-version:" for line in lines)


def read_mail(stream: IO[bytes], name: str, options: ReadOptions) -> Iterator[Document | Reject]:
    """The documents of a MIME message or an mbox read from ``stream`` (and rejects: a message over the byte budget, a
    message with no text part or whose text no charset reads; past 1,000 of a reason, summed up)."""
    return listed(_items(stream, name, options.max_bytes), name, "records")


def mail_page(data: bytes, name: str) -> Document | Reject:
    """The document of one message held in ``data`` (an MHTML page saved under a page's name, ``.html``)."""
    return _message(data, name, 0)


def _items(stream: IO[bytes], name: str, cap: int) -> Iterator[Document | Reject]:
    index = -1
    for index, (raw, cut) in enumerate(_messages(stream, cap)):
        item = _message(raw, name, cap if cut else 0)
        if isinstance(item, Reject):
            item.record = index
        else:
            item.sources[0].record = index
        yield item
    if index < 0:
        yield Reject(name, "empty_file", "a mailbox of no message")


def _messages(stream: IO[bytes], cap: int) -> Iterator[tuple[bytes, bool]]:
    """The messages of ``stream``, a line at a time (an mbox: split at ``From`` lines after a blank line), and whether
    each is cut: one over ``cap`` bytes gives its first lines within ``cap`` (an MHTML save's page comes before its
    images; the rest of its lines are read through, not held)."""
    lines: list[bytes] = []
    size, blank, over, mbox = 0, True, False, None
    while line := stream.readline(cap + 1):
        if mbox is None:
            mbox = bool(_MBOX_FROM.match(line))
        if mbox and blank and _MBOX_FROM.match(line):
            if lines or over:
                yield b"".join(lines), over
            lines, size, over = [], 0, False
            blank = False
            continue
        blank = not line.strip()
        size += len(line)
        over = over or size > cap
        if not over:
            lines.append(line)
    if lines or over:
        yield b"".join(lines), over


def _message(raw: bytes, name: str, cut: int) -> Document | Reject:
    """The document of the message ``raw``; ``cut``: the budget it was cut at (0: whole), when its page part must have
    ended before the cut (a part that is not the last one read)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    part = _page_part(msg)
    if cut and (part is None or part is [p for p in msg.walk() if not p.is_multipart()][-1]):
        return Reject(name, "too_large", f"a message of more than {cut} bytes, with no whole text part in them")
    if part is None:
        return Reject(name, "no_text", "a mail (MIME) message with no text or HTML part")
    payload = part.get_payload(decode=True)
    data = payload if isinstance(payload, bytes) else b""
    if part.get_content_subtype() == "plain":
        data = _ESCAPED_FROM.sub(rb"\1", data)
    is_html = part.get_content_subtype() == "html"
    try:
        text, codec = decode_bytes(data, declared=part.get_content_charset(), sniff_html=is_html)
    except DecodeError as exc:
        return Reject(name, exc.reason, exc.detail)
    if not text.strip():
        return Reject(name, "empty_file", "a mail (MIME) message whose text part is empty")
    url = part.get("Content-Location") or msg.get("Snapshot-Content-Location")
    return Document(
        text=text,
        format="html" if is_html else "text",
        title=_header_text(msg.get("Subject")),
        url=str(url).strip() if url else None,
        sources=[Source(name)],
        encoding=codec,
    )


def _page_part(msg: email.message.Message) -> email.message.Message | None:
    """The first ``text/html`` part that is no attachment, else the first such ``text/plain`` part."""
    plain = None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if str(part.get("Content-Disposition", "")).lower().startswith("attachment"):
            continue
        if part.get_content_subtype() == "html":
            return part
        if part.get_content_subtype() == "plain" and plain is None:
            plain = part
    return plain


def _header_text(value: object) -> str:
    """A header's text, its encoded words (``=?gb2312?B?…?=``) decoded; empty when it has none or they are broken."""
    if value is None:
        return ""
    try:
        return str(email.header.make_header(email.header.decode_header(str(value)))).strip()
    except (LookupError, ValueError, UnicodeError):
        return str(value).strip()
