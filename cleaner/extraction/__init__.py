"""HTML main-content extraction (selectolax/lexbor).

:func:`extract_html` turns one page into a :class:`~cleaner.document.Document`:
the main text (paragraphs separated by ``\\n``), the title and metadata
(``published``, ``author``, ``origin``, ``editor``, ``site``,
``original_title``, ``description``). It never raises: a page it cannot read
comes back with empty text, which the caller rejects.

Pipeline: decode bytes → guard size and nesting → flatten the tree into lines
(:mod:`.dom`) → pick the main-content block (:mod:`.content`) → run the same
cleaning rules as text dumps on its lines (:func:`cleaner.textclean.clean_lines`)
→ title and metadata (:mod:`.metadata`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cleaner import audit
from cleaner.decoding import DecodeError, decode_bytes
from cleaner.document import Document
from cleaner.rules import Rules
from cleaner.textclean import Cleaned, clean_lines

from .content import Selection, content_lines, fallback_root, select_root, trim_edges
from .dom import CJK_GAP, Line, Page, parse_page
from .metadata import clean_title, find_date, head_meta, header_meta, split_byline, wechat_date

__all__ = ["MAX_CHARS", "extract_html"]

MAX_CHARS = 2_000_000
"""Longer pages are cut to this many characters before parsing (bounded time per page)."""
MAX_NESTING = 2000
"""Deeper nesting is cut off before parsing: the parser's work grows with the square of the depth."""
MIN_TEXT = 24
"""Content shorter than this many characters sends the extraction to the page's best prose block."""
_CHUNK = 65536
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr p li dt dd td th tr option".split()
)
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*?(/?)>")


def _cut_deep(html: str) -> str:
    """``html`` up to the first tag nested deeper than :data:`MAX_NESTING` (a slow exact scan)."""
    depth = 0
    for m in _TAG.finditer(html):
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > MAX_NESTING:
                return html[: m.start()]
    return html


def _maybe_deep(data: bytes) -> bool:
    """Cheap test (C-speed counts) for pages that might nest deeper than :data:`MAX_NESTING`.

    Counts in the page's UTF-8 bytes: the same counts of ASCII marks as in its text (a multi-byte character
    holds no ASCII byte), and a byte count beats a count in the wider characters of a CJK page."""
    chunks = range(0, len(data), _CHUNK)
    tags = [data.count(b"<", i, i + _CHUNK) for i in chunks]  # one pass: the total and the per-chunk counts
    total = sum(tags)
    if total <= MAX_NESTING:
        return False  # cannot nest deeper than its number of tags
    # The last test below needs fewer than `enough` closing tags in all: once that many are counted, the
    # closing tags of a chunk are counted only where the chunk's own test needs them.
    enough = (total - MAX_NESTING) / 2
    closed = 0
    for i, n in zip(chunks, tags, strict=True):
        if n > MAX_NESTING // 2:
            ends = data.count(b"</", i, i + _CHUNK)
            if ends * 8 < n:
                return True  # a run of opening tags with (almost) no closing tags
            closed += ends
        elif closed < enough:
            closed += data.count(b"</", i, i + _CHUNK)
    if total - 2 * closed > MAX_NESTING:  # many more opening than closing tags: count the usual containers
        for tag in (b"div", b"span"):
            if data.count(b"<" + tag) - data.count(b"</" + tag) > MAX_NESTING:
                return True
    return False


def _guard(html: str) -> bytes:
    """``html`` as the UTF-8 bytes the parser reads (what selectolax makes of a str: ``errors="ignore"``), cut
    to :data:`MAX_CHARS` characters and before any tag nested deeper than :data:`MAX_NESTING`."""
    if len(html) > MAX_CHARS:
        html = html[:MAX_CHARS]
    data = html.encode("utf-8", "ignore")
    if _maybe_deep(data):
        cut = _cut_deep(html)
        if len(cut) < len(html):
            data = cut.encode("utf-8", "ignore")
    return data


def _header_window(page: Page, start: int) -> list[Line]:
    """The short lines just before the content block (title, date, source line)."""
    lines = page.lines
    window: list[Line] = []
    for ln in reversed(lines[max(0, start - 12) : start]):
        if ln.heading == 1:
            break
        window.append(ln)
    window.reverse()
    return window


def _texts(lines: list[Line]) -> list[str]:
    return [CJK_GAP.sub("", ln.text) if " " in ln.text and not ln.text.isascii() else ln.text for ln in lines]


def _body(page: Page, sel: Selection | None, title: str, rules: Rules | None) -> tuple[list[Line], list[Line], Cleaned]:
    """The byline lines and the cleaned content lines under ``sel``."""
    byline, lines = split_byline(trim_edges(content_lines(page, sel)))
    texts = _texts(lines)
    table, traditional = _t2s()
    simple = [t.translate(table) if not t.isascii() and traditional.search(t) else t for t in texts]
    if simple == texts:
        return byline, lines, clean_lines(texts, rules, title=title or None)
    # traditional Chinese: the rules (written in simplified characters) read a simplified copy of every line,
    # character for character; what they keep is taken from the original lines
    cleaned = clean_lines(simple, rules, title=title.translate(table) or None)
    return byline, lines, _restored(cleaned, texts, simple, title)


@lru_cache(maxsize=1)
def _t2s() -> tuple[dict[int, int], re.Pattern[str]]:
    """Traditional → simplified Chinese, one character for one (the dedup fold table's OpenCC ``t2s`` part), and
    a pattern finding the characters it changes (a C-speed test that spares the translation of other lines)."""
    from cleaner.dedup.normalize import fold_table

    table = fold_table()
    out: dict[int, int] = {}
    for lo, hi in ((0x3400, 0xA000), (0xF900, 0xFB00)):
        for c in range(lo, hi):
            f = int(table[c])
            if f != c and 0x3400 <= f < 0xA000:
                out[c] = f
    return out, re.compile("[" + "".join(map(chr, sorted(out))) + "]")


def _restored(cleaned: Cleaned, texts: list[str], simple: list[str], title: str) -> Cleaned:
    """``cleaned`` (made from the simplified copies ``simple`` of ``texts``) in the original characters: a kept
    line is the same slice of its original line (the copy has the same length), or, when a rule took a piece out
    of its middle, the same characters picked in order."""
    originals = [t.strip() for t in texts]
    copies = [t.strip() for t in simple]

    def back(piece: str, start: int = 0) -> tuple[str, int]:
        for k in range(start, len(copies)):
            pos = copies[k].find(piece)
            if pos >= 0:
                return originals[k][pos : pos + len(piece)], k
        for k in range(start, len(copies)):
            picked = _picked(piece, copies[k], originals[k])
            if picked is not None:
                return picked, k
        return piece, start

    out: list[str] = []
    k = 0
    for line in cleaned.lines:
        orig, k = back(line, k)
        out.append(orig)
    meta = {key: back(value)[0] if value else value for key, value in cleaned.meta.items()}
    found = title if cleaned.title == title.translate(_t2s()[0]) else back(cleaned.title)[0]
    return Cleaned(out, meta, cleaned.removed, found, cleaned.trace)


def _picked(piece: str, copy: str, original: str) -> str | None:
    """The characters of ``original`` at the places where ``piece`` is found in ``copy`` as a subsequence
    (first fit), or None."""
    out: list[str] = []
    pos = 0
    for ch in piece:
        pos = copy.find(ch, pos)
        if pos < 0:
            return None
        out.append(original[pos])
        pos += 1
    return "".join(out)


def _block_path(page: Page, idx: int) -> str:
    """A CSS-like path of block ``idx``: ``body > div#main.content > article`` (its id and classes as parsed)."""
    parts: list[str] = []
    while idx >= 0:
        blk = page.blocks[idx]
        ident = " ".join(blk.ident.split())[:60]
        parts.append(f"{blk.tag}[{ident}]" if ident else blk.tag)
        idx = blk.parent
    return " > ".join(reversed(parts))


def _block_note(page: Page, sel: Selection | None, fallback: str) -> dict[str, object]:
    """What the audit shows of extraction's choice: the block, the lines it spans, why (a fallback), the thread
    replies kept."""
    if sel is None:
        return {"path": None, "reason": "no block scored above zero"}
    note: dict[str, object] = {
        "path": _block_path(page, sel.block),
        "lines": [sel.start, sel.end],
        "page_lines": len(page.lines),
    }
    if fallback:
        note["reason"] = fallback
    if sel.replies >= 0:
        note["replies_from_line"] = sel.replies
    return note


def _extract(html: str, url: str | None, rules: Rules | None) -> Document:
    page = parse_page(_guard(html))
    title = clean_title(page)
    sel = select_root(page, title)
    byline, lines, cleaned = _body(page, sel, title, rules)
    fallback = ""
    if sum(len(t) for t in cleaned.lines) < MIN_TEXT:
        # nothing (or only a title) came out of the chosen block: take the page's best prose block instead
        alt = fallback_root(page)
        if alt is not None and (sel is None or (alt.start, alt.end) != (sel.start, sel.end)):
            alt_body = _body(page, alt, title, rules)
            if sum(len(t) for t in alt_body[2].lines) > sum(len(t) for t in cleaned.lines):
                sel, (byline, lines, cleaned) = alt, alt_body
                fallback = "html.fallback_prose_block"
    start = sel.start if sel is not None else 0
    if audit.active():
        audit.note("block", _block_note(page, sel, fallback))
    header = _header_window(page, start)
    meta = head_meta(page)
    meta.update(header_meta([*header, *byline]))
    meta.update({k: v for k, v in cleaned.meta.items() if v})
    if "published" not in meta:
        date = find_date(page, [*header, *byline, *lines[:3]]) or wechat_date(html)
        if date:
            meta["published"] = date
    removed = dict(cleaned.removed)
    if byline:
        removed["html.byline"] = len(byline)
    if fallback:
        removed[fallback] = 1  # not a removal: the reason the content is the fallback block
    return Document(
        text="\n".join(cleaned.lines),
        format="text",
        title=title or cleaned.title,
        url=url,
        meta=meta,
        removed=removed,
    )


def extract_html(
    html: str | bytes,
    *,
    url: str | None = None,
    encoding: str | None = None,
    rules: Rules | None = None,
) -> Document:
    """Main text, title and metadata of one HTML page. Never raises.

    ``html`` may be bytes: they are decoded with :func:`cleaner.decoding.decode_bytes`
    (BOM, then ``encoding`` as declared by the transport, then the page's own
    ``<meta charset>``, then detection). Undecodable or binary input, a page with
    no visible text, a frameset: the result has empty ``text``.
    """
    codec = encoding
    if isinstance(html, bytes | bytearray):
        try:
            html, codec = decode_bytes(bytes(html), declared=encoding)
        except DecodeError:
            return Document(text="", format="text", url=url, encoding=encoding)
    try:
        doc = _extract(html, url, rules)
    except Exception:  # a parser or rule failure on one page must not stop a run
        return Document(text="", format="text", url=url, encoding=codec)
    doc.encoding = codec
    return doc
