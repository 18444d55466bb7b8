"""HTML main-content extraction (selectolax/lexbor).

:func:`extract_html` turns one page into a :class:`~cleaner.document.Document`:
the main text (paragraphs separated by ``\\n``), the title and metadata
(``published``, ``author``, ``origin``, ``editor``, ``site``,
``original_title``, ``description``). It never raises: a page it cannot read
comes back with empty text, which the caller rejects.

Pipeline: decode bytes → guard size and nesting → flatten the tree into lines
(:mod:`.dom`) → pick the main-content block (:mod:`.content`) → run the same
cleaning rules as text dumps on its lines (:func:`cleaner.text.textclean.clean_lines`)
→ title and metadata (:mod:`.metadata`).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from typing import Any, Final

import numpy as np

from cleaner import audit
from cleaner.document import Document
from cleaner.input.decoding import DecodeError, decode_bytes
from cleaner.rules import Rules, default_rules
from cleaner.text.scriptfold import fold_page
from cleaner.text.textclean import Cleaned, body_start, check_size, clean_lines, drop_invisible, paragraph

from .captions import CAPTION_RUN, caption_story, shown_captions
from .content import (
    Selection,
    content_lines,
    fallback_root,
    line_gain,
    select_root,
    squash,
    thread_edges,
    title_line,
    title_run,
    trim_edges,
    verse_root,
)
from .dom import INLINE_TAGS, MAX_DEPTH, Line, Page, cjk_ungap, open_noscript, parse_page
from .metadata import clean_title, find_date, head_meta, header_meta, split_byline, wechat_date
from .quotes import QUOTE_HEAD, quote_heads
from .shortposts import MIN_ITEMS as SHORT_POSTS
from .shortposts import short_posts
from .structured import MIN_STATE_PROSE, ld_text, state_text
from .tables import data_cells

__all__ = ["MAX_CHARS", "extract_html"]

MAX_CHARS: Final = 2_000_000
"""Longer pages are cut to this many characters before parsing (bounded time per page), once their textless
bulk is gone (:func:`_slim`)."""
MAX_NESTING: Final = 2000
"""Deeper tags are taken out before parsing, their text kept (:func:`_flatten_deep`): the parser's work grows with
the square of the depth."""
FLAT: Final = "html.read_flat_past_depth"
"""In ``Document.removed`` (1, not a removal): the page nests deeper than :data:`~.dom.MAX_DEPTH` (or
:data:`MAX_NESTING`) and the text past it was read flat into its deepest block, not lost."""
MIN_TEXT: Final = 24
"""Content shorter than this many characters sends the extraction to the page's best prose block."""
_CHUNK: Final = 65536
_VOID: Final = frozenset(
    "area base br col embed hr img input link meta param source track wbr p li dt dd td th tr option".split()
)
_count: Final = np.count_nonzero
_TAG: Final = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)([^<>]*)>")
"""A tag: closing slash, name, the rest (ending in "/" for a self-closed tag: the same tags, groups and ends as
``[^<>]*?(/?)>``, without its backtracking at every character of the attributes)."""


_RAW_TEXT: Final = frozenset(
    "script style template textarea noscript xmp iframe noembed noframes svg math title".split()
)
"""Elements whose content is no visible text (or no markup): past :data:`MAX_NESTING` they go whole."""
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_RAW_END: Final = {name: re.compile(rf"</{name}\s*>", re.I) for name in _RAW_TEXT}


def _flatten_deep(html: str) -> str:
    """``html`` with the tags nested deeper than :data:`MAX_NESTING` taken out and their text kept (a slow exact
    scan): an inline tag (:data:`~.dom.INLINE_TAGS`) goes, a heading stays, any other becomes a ``<br>`` (its text
    stays a line of its own), a script, stylesheet or other element of :data:`_RAW_TEXT` goes with its content. The
    walk reads what lies past :data:`~.dom.MAX_DEPTH` flat (``Page.flat``). Before, the page was cut at its first
    such tag: an article nested 2,500 levels deep came out empty."""
    parts: list[str] = []
    depth = at = 0
    pos = 0
    while m := _TAG.search(html, pos):
        pos = m.end()
        close, name, rest = m.groups()
        low = name.lower()
        if low in _VOID or rest.endswith("/") or (low in _HEADINGS and depth >= MAX_NESTING):
            continue  # (a heading stays as it is: the parser nests no heading in another; no tag stays in it)
        if close:
            depth -= 1
            if depth < MAX_NESTING:
                depth = max(0, depth)
                continue
        else:
            depth += 1
            if depth <= MAX_NESTING:
                continue
            if low in _RAW_TEXT:
                depth -= 1  # (it goes whole: no nesting inside it)
                end = _RAW_END[low].search(html, m.end())
                pos = len(html) if end is None else end.end()
        parts.append(html[at : m.start()])
        parts.append("" if low in INLINE_TAGS or low in _RAW_TEXT else "<br>")
        at = pos
    if not parts:
        return html
    parts.append(html[at:])
    return "".join(parts)


def _kernel(name: str) -> Any:
    """The compiled kernel's function ``name`` (``cleaner/dedup/_sketch.c``), or None without it (or in a kernel
    built before it)."""
    from cleaner.dedup.kernel import sketch_kernel

    return getattr(sketch_kernel(), name, None)


_MARKS: Final[Callable[[bytes, int, int], tuple[int, list[int], list[int], list[int], list[int]]] | None] = _kernel(
    "page_marks"
)
"""Every byte count of :func:`_guard` (``=``; ``<`` and ``</`` per chunk of :data:`_CHUNK`; the stretches of
:data:`_BARE` without ``<`` or ``>``) in one call, where the numpy path makes a byte mask of the page per count."""
_UTF8: Final[Callable[[str], bytes] | None] = _kernel("utf8_ignore")
"""``text.encode("utf-8", "ignore")``, with runs of ASCII characters narrowed 16 at a time."""


def _maybe_deep(
    data: bytes, opening: np.ndarray | None = None, counted: tuple[list[int], list[int]] | None = None
) -> bool:
    """Cheap test (C-speed counts) for pages that might nest deeper than :data:`MAX_NESTING`.

    Counts in the page's UTF-8 bytes: the same counts of ASCII marks as in its text (a multi-byte character
    holds no ASCII byte), and a byte count beats a count in the wider characters of a CJK page. The counts run
    in numpy (one vectorized comparison of the page, then a count per chunk): ≈ 3× faster than
    ``bytes.count`` per chunk. ``opening``: the page's ``arr == 60`` when the caller has it; ``counted``: the
    kernel's counts per chunk of ``<`` and of ``</`` wholly inside it (:data:`_MARKS`) instead."""
    chunks = range(0, len(data), _CHUNK)
    arr: np.ndarray | None = None
    mask: np.ndarray | None = None
    if counted is not None:
        tags, closes = counted
    else:
        arr = np.frombuffer(data, dtype=np.uint8)
        mask = arr == 60 if opening is None else opening  # "<"
        tags, closes = [int(_count(mask[i : i + _CHUNK])) for i in chunks], []  # the per-chunk counts

    def closing(i: int) -> int:
        """The "</" wholly inside the chunk at ``i`` (one across its end counts in neither chunk)."""
        if arr is None or mask is None:
            return closes[i // _CHUNK]
        j = min(i + _CHUNK, len(data))
        return int(_count(mask[i : j - 1] & (arr[i + 1 : j] == 47)))  # "<" followed by "/"

    total = sum(tags)
    if total <= MAX_NESTING:
        return False  # cannot nest deeper than its number of tags

    # The last test below needs fewer than `enough` closing tags in all: once that many are counted, the
    # closing tags of a chunk are counted only where the chunk's own test needs them.
    enough = (total - MAX_NESTING) / 2
    closed = 0
    for i, n in zip(chunks, tags, strict=True):
        if n > MAX_NESTING // 2:
            ends = closing(i)
            if ends * 8 < n:
                return True  # a run of opening tags with (almost) no closing tags
            closed += ends
        elif closed < enough:
            closed += closing(i)
    if total - 2 * closed > MAX_NESTING:  # many more opening than closing tags: count the usual containers
        for tag in (b"div", b"span", b"noscript"):
            if data.count(b"<" + tag) - data.count(b"</" + tag) > MAX_NESTING:
                return True
    return False


_BULK_OPEN: Final = re.compile(r"<(script|style|svg|textarea|template)\b[^>]*>|<!--", re.I)
_BULK_CLOSE: Final = {
    name: re.compile(rf"</{name}\s*>" if name != "!--" else "-->", re.I)
    for name in ("script", "style", "svg", "textarea", "template", "!--")
}
_DATA_URI: Final = re.compile(r"data:(?<=[\"'(]data:)[\w/.+-]{1,64};base64,[A-Za-z0-9+/=\s]{4096,}")
"""A ``data:`` URI of bulk after a quote or a bracket (``"data:"`` first, the look-behind after it: ``re`` then finds
the literal's places in the page instead of trying the look-behind at every offset)."""
BULK: Final = 4096
"""Contents longer than this of a script, stylesheet, inline SVG, comment or ``data:`` URI are bulk."""


def _slim(html: str, bulk: int = BULK) -> str:
    """``html`` without its textless bulk (scripts, stylesheets, inline SVG, comments of more than ``bulk``
    characters, ``data:`` URIs), so that the cut at :data:`MAX_CHARS` falls on text: a page with a 3 MB stylesheet
    or a base64 image before its article keeps its article. A bulk element left open is kept as it is (it runs to
    the end). ``bulk`` 0 (a page still too long: 100,000 small scripts before the article) empties every one but
    JSON-LD."""
    parts: list[str] = []
    at = 0
    while m := _BULK_OPEN.search(html, at):
        name = (m.group(1) or "!--").lower()
        close = _BULK_CLOSE[name].search(html, m.end())
        if close is None:
            break
        if close.start() - m.end() > bulk and (bulk or "ld+json" not in m.group().lower()):
            parts.append(html[at : m.start()])
            if name != "!--":
                parts.append(m.group() + close.group())
        else:
            parts.append(html[at : close.end()])
        at = close.end()
    parts.append(html[at:])
    return _DATA_URI.sub("", "".join(parts))


MAX_ATTRIBUTES: Final = 1000
"""A start tag keeps this many attributes at most: the parser takes time quadratic in a tag's attributes (one tag
with 200,000 distinct names: 164 s; with 1,000: a millisecond). No real page comes near."""
CROWDED: Final = 20_000
"""A page holding more ``=`` than this is searched for start tags with more than :data:`MAX_ATTRIBUTES`
attributes (a cheap gate: such a page is large, and the search costs a fraction of its parse)."""
_ATTR: Final = r"""[^\s/>"'=][^\s/>=]*+(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+"""
_START_TAG: Final = re.compile(rf"<[A-Za-z][^\s/>]*+(?:[\s/]*+{_ATTR})*+")
_ATTRIBUTE: Final = re.compile(_ATTR)
_START_TAG_BYTES: Final = re.compile(_START_TAG.pattern.encode())
_BARE: Final = 16384
"""A page with a stretch of this many bytes (aligned) holding no ``<`` or no ``>`` is searched for a start tag
spanning it (:func:`_long_tag`)."""


def _long_tag(data: bytes, arr: np.ndarray, opening: np.ndarray) -> bool:
    """Whether a start tag of ``data`` spans a whole aligned stretch of :data:`_BARE` bytes holding no ``<`` or no
    ``>``: a cheap gate (two reshapes of the page's byte masks, ≈ 0.1 ms per MB) for tags of many attributes
    *without values*, which the ``=`` count of :data:`CROWDED` misses. A page with such a stretch (a long script or
    text) has the tag before it read by the quote-aware tokenizer, up to its end. Any tag of more than ≈ 8,000
    such attributes (≥ 2 stretches of bytes) spans a stretch, unless its names hold ``<`` *and* quoted values
    ``>`` in every stretch; fewer cost the parser < 0.1 s. ``arr``: the page's bytes, ``opening``: ``arr == 60``."""
    whole = len(data) // _BARE * _BARE
    if whole == 0:
        return False
    no_lt = np.logical_not(opening[:whole].reshape(-1, _BARE).any(axis=1))
    no_gt = np.logical_not((arr[:whole] == 62).reshape(-1, _BARE).any(axis=1))
    if not (no_lt.any() or no_gt.any()):
        return False
    return _tag_spans(data, np.flatnonzero(no_lt | no_gt).tolist(), set(np.flatnonzero(no_lt).tolist()))


def _tag_spans(data: bytes, stretches: list[int], lt_free: set[int]) -> bool:
    """:func:`_long_tag`'s search: does the start tag before one of ``stretches`` (the indices, ascending, of the
    aligned stretches of :data:`_BARE` bytes holding no ``<`` or no ``>``; ``lt_free``: those holding no ``<``)
    span it?"""
    tried = -1
    for k in stretches:
        start = k * _BARE
        if k in lt_free:  # the tag is the last "<" before the stretch
            tag = data.rfind(b"<", 0, start)
        else:  # its names may hold "<": the tag is the first "<" after the last ">" before the stretch
            tag = data.find(b"<", data.rfind(b">", 0, start) + 1, start)
        if tag < 0 or tag == tried:
            continue
        tried = tag
        m = _START_TAG_BYTES.match(data, tag)
        if m is not None and m.end() >= start + _BARE:
            return True
    return False


def _thin_tags(html: str) -> str:
    """``html`` with every start tag cut to its first :data:`MAX_ATTRIBUTES` attributes (the tokenizer reads a
    quoted value whole, so a ``>`` inside it does not end the tag early); ``html`` itself when no tag has more."""
    parts: list[str] = []
    at = 0
    for m in _START_TAG.finditer(html):
        if m.end() - m.start() <= 2 * MAX_ATTRIBUTES:
            continue  # (an attribute takes a character at least, and a space or quote between two)
        attrs = list(_ATTRIBUTE.finditer(html, m.start() + 1, m.end()))[1:]  # (the first is the tag's name)
        if len(attrs) <= MAX_ATTRIBUTES:
            continue
        parts.append(html[at : attrs[MAX_ATTRIBUTES - 1].end()])
        at = m.end()
    if not parts:
        return html
    parts.append(html[at:])
    return "".join(parts)


def _parse(html: str) -> tuple[Page, bytes | None, bool]:
    """The page's lines and blocks, the UTF-8 bytes of all of ``html`` when nothing was cut (else None), and
    whether it was cut at :data:`MAX_CHARS` (see :func:`_guard`). A page whose text a ``<noscript>`` left unclosed
    swallowed (the parser puts the rest of the article's container, the article with it, inside it, and the walk
    steps over ``<noscript>``) is parsed again with that element unwrapped (:func:`~.dom.open_noscript`)."""
    data, cut, whole = _guard(html)
    page = parse_page(data)
    if page.swallowed and _unclosed_noscript(data):
        opened = open_noscript(data)
        if opened is not None:
            page = parse_page(opened.encode("utf-8", "ignore"))
    return page, (data if whole else None), cut


def _unclosed_noscript(data: bytes) -> bool:
    return data.count(b"<noscript") + data.count(b"<NOSCRIPT") > data.count(b"</noscript") + data.count(b"</NOSCRIPT")


_LONG_VALUE: Final = re.compile(rf"""(=\s*+)("[^"]{{{BULK},}}+"|'[^']{{{BULK},}}+')""")


def _short_values(html: str) -> str:
    """``html`` with each attribute value of a start tag cut to its first :data:`BULK` characters (a page still too
    long once its bulk is gone: an article inside a ``<div>`` whose class is 10 MB long keeps its article). Start tags
    are found by the quote-aware tokenizer of :func:`_thin_tags`, in linear time."""
    parts: list[str] = []
    at = 0
    for m in _START_TAG.finditer(html):
        if m.end() - m.start() <= BULK:
            continue
        tag = _LONG_VALUE.sub(lambda v: v.group(1) + v.group(2)[: BULK + 1] + v.group(2)[0], m.group())
        parts.append(html[at : m.start()])
        parts.append(tag)
        at = m.end()
    if not parts:
        return html
    parts.append(html[at:])
    return "".join(parts)


VOID_KEPT: Final = 1000
"""On a page still too long once its bulk and long values are gone, the textless void elements kept (the first)."""
_TEXTLESS_VOID: Final = re.compile(
    rf"<(?:meta|link|base|wbr|img|input|source|track|param|area|col|embed)(?![^\s/>])(?:[\s/]*+{_ATTR})*+\s*+/?>",
    re.I,
)
_LINK_OPEN: Final = re.compile(rf"<a(?:[\s/]++{_ATTR})++\s*+/?>", re.I)


def _textless_markup(html: str) -> str:
    """``html`` without the markup that holds no text, for a page still over :data:`MAX_CHARS` once its bulk and
    long values are gone (helper hostile15): the void elements after the first :data:`VOID_KEPT` (``<meta>``,
    ``<link>``, ``<img>``, ``<wbr>``, ``<input>``, …), then the attributes of links (``<a href=…>`` → ``<a>``).
    100,000 ``<meta>`` or ``<link>`` in the head, 200,000 one-character links or 1 M ``<wbr>`` before the article
    (4-6 MB) put the cut before it: the page was ``empty_after_extraction``. Quote-aware, linear."""
    seen = 0

    def void(m: re.Match[str]) -> str:
        nonlocal seen
        seen += 1
        return m.group() if seen <= VOID_KEPT else ""

    html = _TEXTLESS_VOID.sub(void, html)
    if len(html) > MAX_CHARS:
        html = _LINK_OPEN.sub("<a>", html)
    return html


PROSE_CHUNK: Final = 16384
"""A page still too long once its textless markup is gone is scored for prose in chunks of this many characters
(:func:`_prose_window`)."""
PROSE_RUN: Final = 16
"""A text run (a line between a tag's ``>`` and the next ``<``) of fewer visible characters is no prose."""
PROSE_RUN_MAX: Final = 10_000
"""Nor is a run of more: a paragraph is shorter; a megabyte of letters without a tag or a line break
(``a&shy;b&shy;…``, a run-on blob) is no article."""
_RUN: Final = re.compile(rf"(?<=[>\n])[^<\n]{{{PROSE_RUN},}}+")
_BODY_TAG: Final = re.compile(r"<body\b", re.I)


PROSE_LEAD: Final = 1024
"""A window moved to the prose starts this many characters before its first prose run (the article's heading,
byline and date lines stand there), at a tag."""


def _prose_scores(html: str) -> tuple[np.ndarray, np.ndarray]:
    """Characters of prose per :data:`PROSE_CHUNK` of ``html``: text runs of :data:`PROSE_RUN` visible characters or
    more, up to :data:`PROSE_RUN_MAX` (an entity counts one), not a link's text; and where each chunk's first such run
    starts (-1: none). One pass, linear."""
    scores = np.zeros(len(html) // PROSE_CHUNK + 1, dtype=np.int64)
    firsts = np.full(len(scores), -1, dtype=np.int64)
    for m in _RUN.finditer(html):
        at, end = m.start(), m.end()
        seen = end - at - 4 * html.count("&", at, end)  # ("&amp;" shows one character)
        if not PROSE_RUN <= seen <= PROSE_RUN_MAX:
            continue
        tag = html.rfind("<", max(0, at - BULK), at)
        if tag >= 0 and html[tag + 1 : tag + 2] in "aA" and html[tag + 2 : tag + 3] in " \t\n\r/>":
            continue  # a link's text: menus, tag clouds, lists of headlines
        chunk = at // PROSE_CHUNK
        if not scores[chunk]:
            firsts[chunk] = at
        scores[chunk] += seen
    return scores, firsts


def _prose_window(html: str) -> str:
    """``html`` cut to :data:`MAX_CHARS` characters: its first ones, unless the prose lies further on (helper
    hostile16). Megabytes of markup that holds text before the article (500,000 one-character paragraphs, 200,000
    ``<ruby>``, a link farm, a megabyte of ``&shy;``-separated letters) left no article in the first window: the page
    was ``empty_after_extraction``. The page is scored for prose per chunk (:func:`_prose_scores`); when the first
    window holds less than half the prose of the best one, the best window is read instead, from a tag
    :data:`PROSE_LEAD` characters before its first prose (what comes before is the flood), after the page's
    ``<head>`` when that is short (its title and meta). A page whose article comes first
    keeps its first window: the comments after an article do not move it."""
    scores, firsts = _prose_scores(html)
    totals = np.concatenate(([0], np.cumsum(scores)))
    body = _BODY_TAG.search(html, 0, MAX_CHARS // 4)
    head = html[: html.find(">", body.start()) + 1] if body is not None else ""  # (up to <body ...> itself)
    width = (MAX_CHARS - len(head)) // PROSE_CHUNK  # whole chunks in the window after the head
    first = int(totals[min(MAX_CHARS // PROSE_CHUNK, len(scores))])
    sums = totals[width:] - totals[: len(totals) - width] if width < len(totals) else totals[-1:]
    best = int(np.argmax(sums))  # (the earliest of equal windows: as much before the prose as fits)
    if 2 * first >= int(sums[best]):
        return html[:MAX_CHARS]
    prose = best + int(np.argmax(scores[best : best + width] > 0))  # the window's first chunk of prose
    at = max(best * PROSE_CHUNK, int(firsts[prose]) - PROSE_LEAD, len(head))
    start = html.find("<", at)
    start = at if start < 0 else start
    return head + html[start : start + MAX_CHARS - len(head)]


def _guard(html: str) -> tuple[bytes, bool, bool]:
    """``html`` as the UTF-8 bytes the parser reads (what selectolax makes of a str: ``errors="ignore"``), cut
    to :data:`MAX_CHARS` characters (after :func:`_slim` on a longer page), its tags nested deeper than
    :data:`MAX_NESTING` taken out (:func:`_flatten_deep`); whether the cut was made; and whether the bytes are all
    of ``html``."""
    whole = len(html) <= MAX_CHARS
    cut_long = False
    if not whole:
        html = _slim(html)
        if len(html) > MAX_CHARS:
            html = _slim(html, 0)
        if len(html) > MAX_CHARS:
            html = _short_values(html)
        if len(html) > MAX_CHARS:
            html = _textless_markup(html)
        cut_long = len(html) > MAX_CHARS
        html = _prose_window(html) if cut_long else html
    data = html.encode("utf-8", "ignore") if _UTF8 is None else _UTF8(html)
    if _MARKS is not None:  # the same tests on the kernel's counts (one call, no byte mask of the page)
        equals, lts, closes, stretches, lt_free = _MARKS(data, _CHUNK, _BARE)
        if equals > CROWDED or (stretches and _tag_spans(data, stretches, set(lt_free))):
            thin = _thin_tags(html)
            if thin is not html:
                html, data, whole = thin, thin.encode("utf-8", "ignore"), False
                _, lts, closes, _, _ = _MARKS(data, _CHUNK, _BARE)
        if _maybe_deep(data, None, (lts, closes)):
            flat = _flatten_deep(html)
            if flat is not html:
                data, whole = flat.encode("utf-8", "ignore"), False
        return data, cut_long, whole
    arr = np.frombuffer(data, dtype=np.uint8)
    opening = arr == 60  # "<"
    if int(_count(arr == 61)) > CROWDED or _long_tag(data, arr, opening):  # (61: "="; numpy counts it 3x faster)
        thin = _thin_tags(html)
        if thin is not html:
            html, data, whole = thin, thin.encode("utf-8", "ignore"), False
            opening = np.frombuffer(data, dtype=np.uint8) == 60
    if _maybe_deep(data, opening):
        flat = _flatten_deep(html)
        if flat is not html:
            data, whole = flat.encode("utf-8", "ignore"), False
    return data, cut_long, whole


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
    texts = (ln.text for ln in lines)
    return [drop_invisible(cjk_ungap(t) if " " in t and not t.isascii() else t) for t in texts]


def _body(page: Page, sel: Selection | None, title: str, rules: Rules | None) -> tuple[list[Line], list[Line], Cleaned]:
    """The byline lines and the cleaned content lines under ``sel``; the cut of a tail rule heading a page tail's
    section (:data:`TAIL_SECTIONS`) reaches back to the start of its box (:func:`_tail_box`)."""
    boxed_cut: dict[str, int] = {}
    lines = content_lines(page, sel)
    if heads := quote_heads(page, lines):  # a quote box's head ("X:" over its blockquote): no text of this post
        lines = [ln for i, ln in enumerate(lines) if i not in heads]
        boxed_cut[QUOTE_HEAD] = len(heads)
    byline, lines = split_byline(trim_edges(lines, thread_edges(page, sel)))
    if sel is not None and sel.boxed:
        lines = _above_boxed_cut(page, sel, lines, title, rules, boxed_cut)
    if sel is not None and sel.replies < 0 and lines:
        lines = _above_dropped_heading(page, lines, rules, boxed_cut)
    texts = _texts(lines)
    captions = _captions(page, lines)
    cells = data_cells(page, lines)
    cleaned = clean_lines(texts, rules, title=title or None, flow=_flow(page, lines), captions=captions, cells=cells)
    for key, n in boxed_cut.items():
        cleaned.removed[key] = cleaned.removed.get(key, 0) + n
    cut_at = cleaned.cut
    cut_by = {k: v for k, v in cleaned.removed.items() if k.startswith("cut_tail.")} if cut_at > 0 else {}
    if (
        any((rules or default_rules()).heads(k) in TAIL_SECTIONS for k in cut_by)
        and (box := _tail_box(page, lines, texts, cut_at, set(cleaned.lines))) is not None
    ):
        cleaned = clean_lines(
            texts[:box], rules, title=title or None, flow=_flow(page, lines[:box]), captions=captions, cells=cells
        )
        cleaned.removed.update(cut_by)
        cleaned.removed["html.tail_box"] = sum(1 for t in texts[box:cut_at] if t.strip())
    return byline, lines, cleaned


def _above_boxed_cut(
    page: Page, sel: Selection, lines: list[Line], title: str, rules: Rules | None, removed: dict[str, int]
) -> list[Line]:
    """``lines`` above the line of a form box (:attr:`~.content.Selection.boxed`) where a tail rule cuts the text
    when the boxes' lines are in it: a comment form's heading ("留言", "Leave a comment") starts the page's tail, and
    dropped with its box before the rules ran it hid the tail below it (a disclaimer, readers' notices). The rule's
    count of the lines it cut (those of ``lines``) goes to ``removed``, for the audit."""
    full = trim_edges(content_lines(page, sel, boxed=True), thread_edges(page, sel))
    found = clean_lines(_texts(full), rules, title=title or None, flow=_flow(page, full))
    cut = found.cut
    if cut <= 0 or cut >= len(full):
        return lines
    at = {id(ln): i for i, ln in enumerate(page.lines)}
    limit = at.get(id(full[cut]), -1)
    if limit not in sel.boxed:
        return lines
    kept = [ln for ln in lines if at.get(id(ln), -1) < limit]
    cut_off = sum(1 for ln in lines if at.get(id(ln), -1) >= limit and ln.text.strip())
    for key in found.removed:
        if key.startswith("cut_tail."):
            removed[key] = cut_off
    return kept


def _above_dropped_heading(page: Page, lines: list[Line], rules: Rules | None, removed: dict[str, int]) -> list[Line]:
    """``lines`` above a comment section's heading (a tail rule's line that heads comments) that the selection dropped
    as a link line or a boilerplate box ("网友评论 查看全部评论": a label beside a link): the comments under it are
    prose and came through without it. The heading cuts where it stands below a paragraph of the body, as a tail rule
    does (:func:`~cleaner.text.textclean.clean_lines`), and only where the body's run of prose has ended: no line
    below it is set in the slot (parent, tag and class) of a paragraph above it; a share bar's "评论(84)" link
    between the title and the text, a link between two paragraphs cut nothing. The rule's count of the lines it cut
    goes to ``removed``, for the audit."""
    rules = rules or default_rules()
    where = _positions(page.lines, lines)
    kept = set(where)
    tails = rules.matcher("cut_tail")
    for i in range(where[0] + 1, where[-1]):
        if i in kept or page.lines[i].chars > DROPPED_HEADING:
            continue
        hit = tails.first(_texts([page.lines[i]])[0].strip())
        if hit is None or rules.heads(f"cut_tail.{hit[0].name}") != "comments":
            continue
        cut = next(k for k, j in enumerate(where) if j > i)
        slots = {_slot(page, ln) for ln in lines[:cut] if ln.block >= 0 and not ln.heading and paragraph(ln.text)}
        if not slots or any(_slot(page, ln) in slots for ln in lines[cut:] if ln.block >= 0):
            continue  # no paragraph above it, or the body's own go on below it
        below = [_slot(page, ln) for ln in lines[cut:] if ln.block >= 0 and paragraph(ln.text)]
        if len(set(below)) < len(below):
            continue  # a run of paragraphs in one element below it: an article's text, not comments in items
        key = f"cut_tail.{hit[0].name}"
        removed[key] = removed.get(key, 0) + 1 + sum(1 for ln in lines[cut:] if ln.text.strip())
        return lines[:cut]
    return lines


def _positions(all_lines: list[Line], lines: list[Line]) -> list[int]:
    """The index in ``all_lines`` of each of ``lines`` (the same objects; -1 for one not there). ``lines`` is
    nearly always a subsequence of ``all_lines`` (the selection's lines, in page order): one pass along both finds
    them without a map of every line of the page; otherwise the map."""
    where: list[int] = []
    j, n = 0, len(all_lines)
    for ln in lines:
        while j < n and all_lines[j] is not ln:
            j += 1
        if j == n:
            at = {id(x): i for i, x in enumerate(all_lines)}
            return [at.get(id(x), -1) for x in lines]
        where.append(j)
        j += 1
    return where


def _slot(page: Page, ln: Line) -> tuple[int, str, str]:
    """The parent, tag and class of the element holding line ``ln`` (the body's paragraphs share one)."""
    blk = page.blocks[ln.block]
    return blk.parent, blk.tag, blk.ident


DROPPED_HEADING: Final = 40
"""A dropped line of at most this many characters may be a comment heading (:func:`_above_dropped_heading`)."""


TAIL_SECTIONS: Final = ("card", "prose")
"""The sections of a page tail (an author's card, a disclaimer: a tail rule's ``heads``) whose box :func:`_body` cuts
whole (:func:`_tail_box`); a comment or related-stories heading cuts from its own line."""
TAIL_BOX_LINES: Final = 4
"""The lines of a box above the line where a tail rule cuts are cut with it (:func:`_tail_box`) when at most this many
of them are lines the rules kept (a notice a rule removes is not counted)..."""
TAIL_BOX_SHARE: Final = 2
"""...when those hold fewer than this many times the characters of the body text above the box, and no more than
this many paragraphs (a readers' call for stories; a name, a label are no paragraphs):"""
TAIL_BOX_PROSE: Final = 1


def _holds(page: Page, outer: int, inner: int) -> bool:
    """Is block ``inner`` block ``outer`` or inside it?"""
    return outer <= inner < page.blocks[outer].end_block


def _tail_box(page: Page, lines: list[Line], texts: list[str], cut: int, kept: set[str]) -> int | None:
    """Where the box of a page tail starts when a tail rule cut the text at ``lines[cut]`` (an "About the author"
    card, a disclaimer heading) inside it, below other lines of the same box: a readers' call for stories, a
    contact line, a notice set above the card in one footer box. The box is the largest element around the cut
    line that does not hold the start of the body text (:func:`~cleaner.text.textclean.body_start`); its lines
    above the cut go too when they are few (:data:`TAIL_BOX_LINES`), short beside the text above the box
    (:data:`TAIL_BOX_SHARE`) and not prose (:data:`TAIL_BOX_PROSE`): the second half of an article split across two
    elements is none of these. ``kept``: the lines the rules kept. None: no such lines."""
    first = next((j for j in range(cut) if body_start(texts[j]) or paragraph(texts[j])), -1)
    if first < 0 or lines[first].block < 0 or lines[cut].block < 0:
        return None
    body, box = lines[first].block, lines[cut].block
    if _holds(page, box, body):
        return None
    while (up := page.blocks[box].parent) >= 0 and not _holds(page, up, body):
        box = up
    start = next(j for j in range(first + 1, cut + 1) if lines[j].block >= 0 and _holds(page, box, lines[j].block))
    if start == cut or any(ln.block < 0 for ln in lines[start:cut]):
        return None
    above = [t for t in (x.strip() for x in texts[start:cut]) if t in kept]  # (a notice a rule removed: not counted)
    if len(above) > TAIL_BOX_LINES or sum(1 for t in above if paragraph(t)) > TAIL_BOX_PROSE:
        return None
    if sum(map(len, above)) >= TAIL_BOX_SHARE * sum(len(t) for t in texts[first:start]):
        return None
    return start


FLOW_HEADING: Final = 24
"""A line of at most this many characters may be a subheading in the flow of the article's paragraphs..."""


def _same_slot(page: Page, a: Line, b: Line) -> bool:
    """Are lines ``a`` and ``b`` set in one element, or in sibling elements of one tag and class?"""
    if a.block == b.block or a.block < 0 or b.block < 0:
        return a.block == b.block
    x, y = page.blocks[a.block], page.blocks[b.block]
    return x.parent == y.parent and x.tag == y.tag and x.ident == y.ident


_PICTURE_BOX: Final = frozenset(("table", "tbody", "tr", "td", "center"))
"""The elements a picture box is: a table of an image row and a caption row, a cell of both (2000s portals; a
``<div>`` or ``<span>`` box under an image is a credit or a description that some golds keep)."""


def _captions(page: Page, lines: list[Line]) -> frozenset[int]:
    """The indices in ``lines`` of the picture captions (``clean_lines``' ``captions``): lines without link text that
    an ``<img>`` stands right before (``Page.images``) where the smallest element holding both the image and the
    line holds no other line (a picture's box: ``<td><img><br>caption</td>``, a table of an image row and a caption
    row; not an image set in the article's flow above its next subheading)."""
    if not page.images:
        return frozenset()
    blocks = page.blocks
    boxed: set[int] = set()
    for at, img in page.images:
        if at >= len(page.lines):
            continue
        ln = page.lines[at]
        box = ln.block
        while box > 0 and not (box <= img < blocks[box].end_block):
            box = blocks[box].parent
        if (
            box > 0
            and not ln.link_chars
            and blocks[box].tag in _PICTURE_BOX
            and blocks[box].end - blocks[box].start == 1
        ):
            boxed.add(id(ln))
    return frozenset(k for k, ln in enumerate(lines) if id(ln) in boxed)


def _flow(page: Page, lines: list[Line]) -> frozenset[int]:
    """...when it is set like the lines before and after it (:func:`_same_slot`): the indices of such short lines
    (``clean_lines``' ``flow``: a tail rule's heading there over one paragraph is the article's subheading)."""
    return frozenset(
        k
        for k in range(1, len(lines) - 1)
        if lines[k].chars <= FLOW_HEADING
        and _same_slot(page, lines[k - 1], lines[k])
        and _same_slot(page, lines[k], lines[k + 1])
    )


TOLD_CHARS: Final = 10
"""A line of at least this many characters ending a Chinese sentence is a story told, however short (:func:`_told`)."""
_CJK_END: Final = frozenset("。！？")


def _told(cleaned: Cleaned) -> bool:
    """Does the text hold a whole Chinese sentence (a line of :data:`TOLD_CHARS` or more ending with "。", "！" or
    "？")? A one-sentence notice or 简讯 is then the content, short as it is: the page's best prose block (a legal
    footer, a column of summaries) is not a better one."""
    return any(len(x) >= TOLD_CHARS and x[-1:] in _CJK_END for x in cleaned.lines)


def _short_thread(page: Page, sel: Selection | None) -> bool:
    """Is the selection a thread whose replies are short posts told by their shape (:mod:`.shortposts`: at least
    :data:`~.shortposts.MIN_ITEMS` of them kept)? Its few characters are the thread ("顶", "同问", "谢谢楼主"), short
    as it is: a fallback block (the page's best prose, a run of short lines read as verse) would take the posts' names
    and dates back in, or a footer instead."""
    if sel is None or sel.replies < 0 or len(sel.kept) < SHORT_POSTS:
        return False
    posted = short_posts(page, [line_gain(ln) for ln in page.lines])
    return sum(1 for i in posted if i in sel.kept) >= SHORT_POSTS


def _chars(cleaned: Cleaned) -> int:
    """Characters of a cleaned text (what decides between the chosen block, the fallback and the untitled text)."""
    return sum(map(len, cleaned.lines))


def _post_is_title(sel: Selection | None, lines: list[Line], title: str) -> bool:
    """Is the page's title the text of the first post of a thread (a paragraph above the replies, not a
    heading)?"""
    if sel is None or sel.replies < 0 or not title:
        return False
    key = squash(title)
    return any(not ln.heading and squash(ln.text) == key for ln in lines if ln.chars >= MIN_TEXT)


def _title_once(cleaned: Cleaned, title: str) -> Cleaned:
    """``cleaned`` with the page's title, when it is the text (a heading and a post that says the same), kept once
    where lines repeat it one after the other."""
    key = squash(title)
    out = [ln for k, ln in enumerate(cleaned.lines) if not (k and squash(ln) == key == squash(cleaned.lines[k - 1]))]
    return cleaned._replace(lines=out) if len(out) < len(cleaned.lines) else cleaned


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


def _extract_any_script(html: str, url: str | None, rules: Rules | None) -> Document:
    """:func:`_extract`, on a Traditional Chinese page folded to Simplified and unfolded after (see
    :mod:`cleaner.text.scriptfold`): the rules and cue words are written once, in Simplified characters."""
    fold = fold_page(html, url, phrases=(rules or default_rules()).phrases)
    if fold is None:
        return _extract(html, url, rules)
    doc = _extract(fold.folded, url, rules)
    back = fold.unfold
    doc.text, doc.title, doc.meta = back(doc.text), back(doc.title), back(doc.meta)
    doc.url, doc.audit = back(doc.url), back(doc.audit)
    return doc


THIN_TEXT: Final = 150
"""Content shorter than this many characters (the DOM gave little prose) sends the extraction to the page's
hidden prose and app-state JSON (:func:`_modern`)."""
_TAG_OR_TEMPLATE: Final = re.compile(r"<(/?)template\b|<[A-Za-z][^<>]*+>", re.I)
_HIDING: Final = re.compile(
    r"display\s*:\s*none|(?<=\s)hidden(?=[\s>/=])"
    r"|(?<=[\s\"'])(?<!type=[\"'])(?:hidden|d-none|is-hidden)(?=[\s\"'])",
    re.I,
)
"""In a start tag: what hides its element (``display:none``, the ``hidden`` attribute, a class of
:data:`~.dom._HIDDEN_CLASSES` first or alone in its attribute: ``class="hidden"``; not a hidden input's type)."""


def _reveal(html: str) -> str | None:
    """``html`` with what hides an element until a script runs undone (``display:none``, the ``hidden``
    attribute, ``<template>``) inside its tags (the text between them is left as it is), or None when nothing is
    hidden."""
    found = 0

    def one(m: re.Match[str]) -> str:
        nonlocal found
        if m.group(1) is not None:  # <template>, </template>
            found += 1
            return f"<{m.group(1)}div"
        text = m.group()
        low = text.lower()
        if "hidden" not in low and "none" not in low:
            return text
        shown, n = _HIDING.subn(lambda h: "display:block" if h.group()[0] in "dD" else "data-h", text)
        found += n
        return shown

    revealed = _TAG_OR_TEMPLATE.sub(one, html)
    return revealed if found else None


def _modern(
    html: str, url: str | None, rules: Rules | None, title: str, seen: Cleaned, swallowed: bool = False
) -> tuple[Cleaned, str] | None:
    """The text of a page whose DOM gave little prose (``seen``) when the page holds much more of it
    out of sight: the article a script renders from app-state JSON (:func:`~.structured.state_text`), the prose
    of an element hidden until a script shows it (:func:`_reveal`), the prose of a ``<noscript>`` of the body a
    lazy-loading page puts its article in (``swallowed``: :func:`~.dom.open_noscript`), or the article its JSON-LD
    states beside a placeholder line ("Loading…"); the text with its reason, or None.
    A hidden menu or popup stays out: the hidden prose must hold twice the characters of the visible text, and be
    found elsewhere than the visible text (not hidden parts of the block it came from)."""
    need = max(2 * _chars(seen), MIN_STATE_PROSE)
    best: tuple[Cleaned, str] | None = None
    sources = ((_reveal(html), "html.fallback_hidden"), (_opened(html, swallowed), "html.fallback_noscript"))
    for source, reason in sources:
        if source is None:
            continue
        doc = _extract(source, url, rules, modern=False)
        shown = Cleaned(doc.text.splitlines(), {}, {k: v for k, v in doc.removed.items() if "." in k}, doc.title)
        # (a revealed text holding the visible one is hidden parts of its block; a <noscript> is the article's own)
        within = reason == "html.fallback_hidden" and bool(seen.lines) and set(seen.lines) <= set(shown.lines)
        if _chars(shown) >= need and not within:
            best, need = (shown, reason), _chars(shown)
    if _placeholder(seen) and (stated := ld_text(html)):
        from_ld = clean_lines(stated, rules, title=title or None)
        if _chars(from_ld) >= need:
            best, need = (from_ld, "html.fallback_json_ld"), _chars(from_ld)
    if stated := state_text(html, need):
        from_state = clean_lines(stated, rules, title=title or None)
        if _chars(from_state) >= need:
            best = from_state, "html.fallback_app_state"
    return best


PLACEHOLDER_CHARS: Final = 100
"""A page whose DOM text is one line shorter than this, and no whole Chinese sentence (:func:`_told`), shows a
placeholder ("Loading the full story…") where a script puts the article: the article its JSON-LD states is read.
(A short article or notice the DOM holds stays, whatever the JSON-LD says.)"""


def _placeholder(seen: Cleaned) -> bool:
    return len(seen.lines) == 1 and len(seen.lines[0]) < PLACEHOLDER_CHARS and not _told(seen)


def _opened(html: str, swallowed: bool) -> str | None:
    """``html`` with its ``<noscript>`` elements that hold prose unwrapped (None when it has none)."""
    return open_noscript(html) if swallowed else None


_STEPPED: Final = re.compile(r"<(/?)(?:aside|nav|footer|menu|dialog)(?=[\s/>])", re.I)
"""The start and end tags of the elements the walk steps over as page chrome (:data:`~.dom.SKIP_TAGS`) that some
templates wrap a whole article in."""


_LINK_TAG: Final = re.compile(r"<(/?)a(?=[\s/>])", re.I)
LINK_PROSE: Final = 3
"""A page whose one link holds this many prose lines (``Page.link_prose``) had a link left open above its
article."""


def _stepped_text(
    html: str, url: str | None, rules: Rules | None, page: Page, links: int = LINK_PROSE
) -> Cleaned | None:
    """The text of a page that gave (almost) none when its only prose sits in an element the walk steps over: an
    ``<aside>``, ``<nav>``, ``<footer>``, ``<menu>`` or ``<dialog>`` made a ``<div>`` (its class still counts), and a
    ``<noscript>`` of the body that holds prose unwrapped; or in a link (``links`` prose lines in one link, e.g.
    :data:`LINK_PROSE`: a link left open; every ``<a>`` made a ``<span>``). With ``links`` 1 (a page that gave no
    text), also an element left open that swallows the rest of the page (:func:`_unswallowed`). None when that gives
    no more text either: an empty page stays empty, but a page with prose never comes out empty."""
    opened = open_noscript(html) if page.swallowed else None
    source = opened if opened is not None else html
    shown, n = _STEPPED.subn(r"<\1div", source)
    if page.link_prose >= links:
        shown, k = _LINK_TAG.subn(r"<\1span", shown)
        n += k
    if links <= 1:
        shown, k = _unswallowed(shown)
        n += k
    if not n and opened is None:
        return None
    doc = _extract(shown, url, rules, modern=False)
    found = Cleaned(doc.text.splitlines(), {}, {k: v for k, v in doc.removed.items() if "." in k}, doc.title)
    return found if _chars(found) >= MIN_TEXT else None


_SWALLOWING: Final = (
    "title", "textarea", "xmp", "iframe", "noembed", "noframes", "script", "style", "select", "option", "template"
)  # fmt: skip
"""Elements whose start tag left open takes in the rest of the page: as raw text (RCDATA or RAWTEXT: the article's
markup becomes the element's text, hidden or shown as markup), or as a ``<select>``'s options (its tags dropped; an
``<option>`` out of a select is stepped over all the same), or as a ``<template>``'s inert content. (``<plaintext>``
never closes; a ``<noscript>`` is read by :func:`_stepped_text`.)"""
_OPEN_TAGS: Final = {name: re.compile(rf"<{name}(?=[\s/>])[^>]*+>", re.I) for name in (*_SWALLOWING, "plaintext")}
SWALLOWED_TRIES: Final = 3
"""Elements left open that :func:`_unswallowed` takes out, at most (one swallows the others)."""


def _lowered_as(name: str) -> str:
    """A pattern of the characters that ``str.lower()`` maps one by one onto ``name``'s ASCII letters: the letter, its
    capital, and the Kelvin sign for "k" (no other code point lowers to an ASCII character; only "İ" lowers to two)."""
    return "".join("[" + c + c.upper() + ("\u212a" if c == "k" else "") + "]" for c in name)


_OPENED: Final = (*_SWALLOWING, "plaintext")
_OPENED_END: Final = re.compile("</(?:" + "|".join(f"({_lowered_as(name)})" for name in _SWALLOWING) + ")")
"""The end tags of :data:`_SWALLOWING` where ``html.lower()`` holds them (group ``i + 1``: the ``i``-th name)."""
_OPENED_START: Final = re.compile("<(?:" + "|".join(f"({name})" for name in _OPENED) + r")(?=[\s/>])", re.I)
""":data:`_OPEN_TAGS` in one pattern, up to the tag's end (group ``i + 1``: the ``i``-th name of :data:`_OPENED`)."""


def _unswallowed(html: str) -> tuple[str, int]:
    """``html`` without the start tags of elements left open that take in the rest of the page (:data:`_SWALLOWING`,
    ``<plaintext>``, a comment never closed) and its markup (:func:`_takes_in_markup`): the first one (it swallows the
    others), up to :data:`SWALLOWED_TRIES` times; and how many were taken out. A short article after an unclosed
    ``<title>`` or ``<textarea>`` was no text at all (helper hostile35). The page is read once a try
    (:func:`_first_opened`) where :func:`_unswallowed_plain`, its plain form, lowers it and reads it once a name."""
    if "\u0130" in html:  # ("İ" lowers to two characters: the positions of html.lower() are not html's)
        return _unswallowed_plain(html)
    done = 0
    for _ in range(SWALLOWED_TRIES):
        first = _first_opened(html)
        if first is None or not _takes_in_markup(html, first[1]):
            break
        html = html[: first[0]] + html[first[1] :]
        done += 1
    return html, done


def _first_opened(html: str) -> tuple[int, int] | None:
    """Where the first start tag of :func:`_unswallowed_plain`'s search is and ends (the first of :data:`_OPENED`
    after its last end tag, or a comment opened after the last "-->"), in a page where ``html.lower()`` keeps every
    position (no "İ"): the last end tag of each name from one pass of :data:`_OPENED_END`, the first start tag after
    its own name's end from one pass of :data:`_OPENED_START` (a start tag matches ``<name(?=[\\s/>])[^>]*+>`` when
    a ">" follows it, and ends at the first)."""
    after = [0] * len(_OPENED)  # (plaintext never closes: searched from the page's start)
    for e in _OPENED_END.finditer(html):
        after[(e.lastindex or 1) - 1] = e.start() + 1
    first: tuple[int, int] | None = None
    for m in _OPENED_START.finditer(html):
        if m.start() >= after[(m.lastindex or 1) - 1]:
            close = html.find(">", m.end())
            if close >= 0:
                first = (m.start(), close + 1)
            break  # (no ">" after this one: none after a later one either)
    if (c := html.find("<!--", html.rfind("-->") + 1)) >= 0 and (first is None or c < first[0]):
        first = (c, c + 4)
    return first


def _unswallowed_plain(html: str) -> tuple[str, int]:
    """:func:`_unswallowed` in its plain form: the page lowered and searched once a name, each try."""
    done = 0
    for _ in range(SWALLOWED_TRIES):
        low = html.lower()
        first: tuple[int, int] | None = None  # (where the start tag is, where it ends)
        for name, tag in _OPEN_TAGS.items():
            after = 0 if name == "plaintext" else low.rfind(f"</{name}") + 1  # (its content ends at its end tag)
            if (m := tag.search(html, after)) is not None and (first is None or m.start() < first[0]):
                first = (m.start(), m.end())
        after = low.rfind("-->") + 1
        if (c := low.find("<!--", after)) >= 0 and (first is None or c < first[0]):
            first = (c, c + 4)
        if first is None or not _takes_in_markup(html, first[1]):
            break
        html = html[: first[0]] + html[first[1] :]
        done += 1
    return html, done


_BLOCK_START: Final = re.compile(r"<(?:p|div|h[1-6]|article|section|li|td|br)(?=[\s/>])", re.I)
TAKEN_BLOCKS: Final = 2
"""Block start tags after an element left open that say it took in the page's markup (:func:`_takes_in_markup`)."""


def _takes_in_markup(html: str, start: int) -> bool:
    """Whether ``html`` holds :data:`TAKEN_BLOCKS` block start tags from ``start`` on: the element left open there took
    in the page's markup. A page cut short inside a ``<script>`` or a comment box's ``<textarea>`` holds none after
    it: its code or placeholder is no article."""
    found = 0
    for _ in _BLOCK_START.finditer(html, start):
        found += 1
        if found >= TAKEN_BLOCKS:
            return True
    return False


_MARKUP: Final = re.compile(r"</(?:p|div|h[1-6]|article|section|li|td|span|a|body|html)>", re.I)
LEAKED_TAGS: Final = 2
"""End tags in a text (:func:`_leaks_markup`) that say the article's markup was read as text."""


def _leaks_markup(cleaned: Cleaned) -> bool:
    """Whether the text holds :data:`LEAKED_TAGS` end tags of blocks: markup read as text, as an element left open
    that takes in the rest of the page as raw text (``<xmp>``, ``<plaintext>``, ``<noembed>``) gives it."""
    found = 0
    for ln in cleaned.lines:
        if "</" in ln:
            found += len(_MARKUP.findall(ln))
            if found >= LEAKED_TAGS:
                return True
    return False


def _unclosed_text(html: str, url: str | None, rules: Rules | None) -> Cleaned | None:
    """The text of a page whose text holds its own markup (:func:`_leaks_markup`) read with the elements left open that
    took it in as raw text taken out (:func:`_unswallowed`); None when there is none, or the text still holds markup
    (an HTML tutorial's code shown as text stays as it is)."""
    shown, n = _unswallowed(html)
    if not n:
        return None
    doc = _extract(shown, url, rules, modern=False)
    found = Cleaned(doc.text.splitlines(), {}, {k: v for k, v in doc.removed.items() if "." in k}, doc.title)
    return found if _chars(found) >= MIN_TEXT and not _leaks_markup(found) else None


_DOM_CHOICES: Final = frozenset(
    {"", "html.fallback_prose_block", "html.fallback_title_run", "html.title_is_text", "html.fallback_verse"}
)
"""The choices a caption story (:func:`_caption_story`) may replace: texts of the parsed page's blocks."""


def _caption_story(html: str, page: Page, title: str, rules: Rules | None, chosen: Cleaned) -> Cleaned | None:
    """The text of a photo story told by its captions (:func:`~.captions.caption_story`: a run of ``<figcaption>``
    elements under the title line, the only prose of the element holding both, which holds none of the ``chosen``
    text's lines), or None. The page is parsed again
    with its captions shown; only pages whose walk stepped over :data:`~.captions.CAPTION_RUN` or more captions
    (``page.figcaptions``) pay for it (a scan of every page's markup for them cost 5 % of the extraction time)."""
    if page.figcaptions < CAPTION_RUN:
        return None
    shown = shown_captions(html)
    if shown is None:
        return None
    again = _parse(shown)[0]
    anchor = title_line(again, title) if title else -1
    if anchor < 0:
        anchor = next((i for i, ln in enumerate(again.lines) if ln.heading == 1), -1)
    story = caption_story(again, anchor, chosen.lines)
    if story is None:
        return None
    cleaned = clean_lines(story, rules, title=title or None)
    return cleaned if _chars(cleaned) >= MIN_TEXT else None


def _extract(html: str, url: str | None, rules: Rules | None, modern: bool = True) -> Document:
    page, data, cut = _parse(html)
    title = clean_title(page)
    sel = select_root(page, title)
    byline, lines, cleaned = _body(page, sel, title, rules)
    fallback = ""
    # the chosen text is the page's title (a microblog post, a one-line question the page is titled by): a title
    # repeated in the text is no title there
    own_title = "title.repeated" in cleaned.removed and (
        _chars(cleaned) < MIN_TEXT or _post_is_title(sel, lines, title)
    )
    short = _chars(cleaned) < MIN_TEXT and _short_thread(page, sel)
    if _chars(cleaned) < MIN_TEXT and not _told(cleaned) and not short:
        # nothing (or only a title) came out of the chosen block: take the page's best prose block instead
        alt = fallback_root(page, MIN_TEXT)
        run = title_run(page, title)
        if run is not None:
            # the prose under the title (a short story in a cell that also holds link lists) beats the page's best
            # prose block (the page around it, or a footer)
            run_body = _body(page, run, title, rules)
            if _chars(run_body[2]) > _chars(cleaned):
                sel, (byline, lines, cleaned), alt = run, run_body, None
                fallback = "html.fallback_title_run"
        if alt is not None and (sel is None or (alt.start, alt.end) != (sel.start, sel.end)):
            covers = own_title and sel is not None and alt.start <= sel.start and sel.end <= alt.end
            alt_body = _body(page, alt, "" if covers else title, rules)
            if _chars(alt_body[2]) > _chars(cleaned):
                sel, (byline, lines, cleaned) = alt, alt_body
                fallback = "html.fallback_prose_block"
    if own_title and "title.repeated" in cleaned.removed:
        untitled = _body(page, sel, "", rules)
        if _chars(untitled[2]) > _chars(cleaned):
            byline, lines, cleaned = untitled[0], untitled[1], _title_once(untitled[2], title)
            fallback = fallback or "html.title_is_text"
    if _chars(cleaned) < MIN_TEXT and (stated := ld_text(html)):
        # no prose in the DOM (a page a script renders, a page cut short): the article its JSON-LD states
        from_ld = clean_lines(stated, rules, title=title or None)
        if _chars(from_ld) > _chars(cleaned):
            byline, lines, cleaned = [], [], from_ld
            fallback = "html.fallback_json_ld"
    # (the <noscript> prose competes with the hidden prose even on a page that gave nothing: a script-rendered forum
    # serves its posts to crawlers in a <noscript> beside a hidden "Loading…" / "Something went wrong" notice, and
    # the notice taken alone kept _stepped_text below from reading the posts)
    if modern and _chars(cleaned) < THIN_TEXT and (found := _modern(html, url, rules, title, cleaned, page.swallowed)):
        byline, lines, cleaned, fallback = [], [], found[0], found[1]
    alone = own_title and len(cleaned.lines) == 1  # only the title came out: a poem's lines under it are more
    told = _told(cleaned) or short
    verse = verse_root(page, 2 * MIN_TEXT) if (_chars(cleaned) < MIN_TEXT or alone) and not told else None
    if verse is not None:
        # no prose anywhere: a poem's unpunctuated lines
        verse_body = _body(page, verse, title, rules)
        if _chars(verse_body[2]) > _chars(cleaned):
            sel, (byline, lines, cleaned), fallback = verse, verse_body, "html.fallback_verse"
    if modern and _chars(cleaned) < MIN_TEXT and not short and (stepped := _stepped_text(html, url, rules, page, 1)):
        byline, lines, cleaned, fallback = [], [], stepped, "html.fallback_stepped"
    elif modern and page.link_prose >= LINK_PROSE and (stepped := _stepped_text(html, url, rules, page)):
        if _chars(stepped) >= 2 * _chars(cleaned):  # the article was link text: only a part of it came out
            byline, lines, cleaned, fallback = [], [], stepped, "html.fallback_stepped"
    if modern and _leaks_markup(cleaned) and (unclosed := _unclosed_text(html, url, rules)) is not None:
        byline, lines, cleaned, fallback = [], [], unclosed, "html.fallback_unclosed"
    # a text read from the DOM's blocks only (not a JSON-LD body, a noscript or stepped-over element's text)
    if modern and fallback in _DOM_CHOICES:
        captions = _caption_story(html, page, title, rules, cleaned)
        if captions is not None:
            byline, lines, cleaned, fallback = [], [], captions, "html.caption_story"
    start = sel.start if sel is not None else 0
    if audit.active():
        audit.note("block", _block_note(page, sel, fallback))
        if page.flat:
            audit.note("flat", f"{page.flat} elements nested deeper than {MAX_DEPTH} levels read as flat text")
    header = _header_window(page, start)
    meta = head_meta(page)
    meta.update(header_meta([*header, *byline]))
    meta.update({k: v for k, v in cleaned.meta.items() if v})
    if "published" not in meta:
        date = find_date(page, [*header, *byline, *lines[:3]]) or wechat_date(html, data)
        if date:
            meta["published"] = date
    removed = dict(cleaned.removed)
    if byline:
        removed["html.byline"] = len(byline)
    if fallback:
        removed[fallback] = 1  # not a removal: the reason the content is the fallback block
    notes = []
    if cut:
        removed[CUT] = 1  # the page's text after MAX_CHARS characters is not read
        notes.append(cut_note(len(html)))
    if page.flat:
        removed[FLAT] = 1  # not a removal: elements nested past MAX_DEPTH were read flat
        notes.append(f"too deep (past {MAX_DEPTH} levels): {page.flat} elements read as flat text")
    if notes:
        meta["extraction"] = "; ".join(notes)
        if audit.active():
            audit.note("extraction", meta["extraction"])
    return Document(
        text="\n".join(cleaned.lines),
        format="text",
        title=title or cleaned.title,
        url=url,
        meta=meta,
        removed=removed,
    )


def extract_html(
    html: str | bytes | bytearray | memoryview,
    *,
    url: str | None = None,
    encoding: str | None = None,
    rules: Rules | None = None,
) -> Document:
    """Main text, title and metadata of one HTML page. Never raises for what a page holds.

    ``html`` may be bytes: they are decoded with :func:`cleaner.input.decoding.decode_bytes`
    (BOM, then ``encoding`` as declared by the transport, then the page's own
    ``<meta charset>``, then detection). Undecodable or binary input, a page with
    no visible text, a frameset: the result has empty ``text``, ``removed["html.no_text"]`` and the reason in
    ``meta["extraction"]``. A page nested deeper than the walk goes is read flat past it
    (``removed["html.read_flat_past_depth"]``, ``meta["extraction"]``). Anything but a str or bytes-like page
    raises :class:`TypeError`. A page longer than
    :data:`~cleaner.input.base.MAX_INPUT_BYTES` (bytes, or characters for a ``str``: 64 Mi, the budget a reader
    holds a file to; ``cleaner run`` rejects such a file as ``too_large``) raises
    :class:`~cleaner.errors.InputTooLarge`, so time and memory per call stay bounded.
    """
    if not isinstance(html, str | bytes | bytearray | memoryview):  # (None, a number: it was an empty result)
        raise TypeError(f"extract_html() takes a page as str or bytes, not {type(html).__name__}")
    for name, value in (("url", url), ("encoding", encoding)):
        if value is not None and not isinstance(value, str):
            raise TypeError(f"extract_html(): {name} is a str, not {type(value).__name__}")
    if isinstance(html, str):
        check_size("a page of characters", len(html))
    elif isinstance(html, bytes | bytearray | memoryview):
        check_size("a page of bytes", memoryview(html).nbytes)
    codec = encoding
    if isinstance(html, bytes | bytearray | memoryview):  # (a memoryview was read as no text at all)
        try:
            html, codec = decode_bytes(bytes(html), declared=encoding)
        except DecodeError as undecodable:  # (a name of its own: mypyc gives a name one type in a function)
            return _empty(url, encoding, f"undecodable bytes ({undecodable.reason}: {undecodable.detail})")
    # The cyclic garbage collector is paused for the call: the page's tree, lines and blocks (thousands of objects
    # in C and Python) form no reference cycles and are freed when the call returns, so every collection their
    # allocation would set off (a full one now and then) only walks live objects: 4-5 % of the CPU time of an
    # extraction. A collector that was off stays off; garbage with cycles made meanwhile waits for the next one.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        doc = _extract_any_script(html, url, rules)
    except Exception as exc:  # a parser or rule failure on one page must not stop a run
        return _empty(url, codec, f"extraction failed ({type(exc).__name__}: {exc})"[:300])
    finally:
        if paused:
            gc.enable()
    doc.encoding = codec
    if not doc.text.strip():
        doc.removed[NO_TEXT] = 1
        why = _why_empty(html)
        if CUT in doc.removed and why == NO_MAIN_TEXT:
            why = f"no main text found in the part read; {doc.meta['extraction']}"
        doc.meta["extraction"] = why
    return doc


CUT: Final = "html.cut_at_max_chars"
"""In ``Document.removed`` (1, not a removal) of a page cut at :data:`MAX_CHARS`; ``meta["extraction"]`` says so
(:func:`cut_note`)."""


def cut_note(chars: int) -> str:
    """``meta["extraction"]`` of a page of ``chars`` characters cut at :data:`MAX_CHARS` (helper hostile32: a story
    from such a page did not say that its text may be partial, and an empty one said "no main text found")."""
    return (
        f"cut: a page of {chars:,} characters; {MAX_CHARS:,} are read (its first, or its stretch richest in prose, "
        "once scripts, styles and textless markup are out), the rest is not"
    )


NO_TEXT: Final = "html.no_text"
"""In ``Document.removed`` (1, not a removal) of a page that gave no text; ``meta["extraction"]`` says why."""
_FRAMES: Final = re.compile(r"<(frameset|iframe)\b", re.I)


def _empty(url: str | None, encoding: str | None, why: str) -> Document:
    return Document(text="", format="text", url=url, encoding=encoding, meta={"extraction": why}, removed={NO_TEXT: 1})


def _why_empty(html: str) -> str:
    """Why a page that decoded gave no text (``meta["extraction"]``): no markup or text at all, a frameset or a page
    of iframes (the text is in other documents), or no main text found among what it shows."""
    if not html.strip():
        return "empty page"
    frames = {m.group(1).lower() for m in _FRAMES.finditer(html, 0, MAX_CHARS)}
    if "frameset" in frames:
        return "a frameset: the text is in its frames' pages"
    if "iframe" in frames:
        return "no main text; the page's iframes hold other pages"
    return NO_MAIN_TEXT


NO_MAIN_TEXT: Final = "no main text found in the page"
