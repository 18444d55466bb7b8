"""A quote box's head: the line that names the quoted poster above a ``<blockquote>`` ("X:", Discourse's quote title).

The quote's text is gold in every thread generator, its head not. Quoted *mail* ("On <date>, X wrote:" over "> "
lines) is kept whole, attribution and lines: the real sets' golds keep a quote's text and (mostly) its attribution, and
the mail generators follow them since round 38 (docs/extraction-threads.md, round 38). The real golds also keep most
HTML quote heads ("X said:", "Quote from X on …": 16 of 21 on the magichtml_en tune pages), which every thread
generator and this function leave out: a convention not settled (round 38).
"""

from __future__ import annotations

import re
from typing import Final

from .dom import Line, Page

__all__ = ["QUOTE_HEAD", "quote_heads"]

QUOTE_HEAD: Final = "html.quote_head"
"""The removal key of the lines :func:`quote_heads` takes out."""
HEAD_CHARS: Final = 40
"""A quote's head ("X:", "X said:", "引用 X:") has at most this many characters besides spaces."""
_HEAD: Final = re.compile(r"^[^。！？!?.，,；;]{1,80}[:：]$")
"""A short line ending in a colon, without a sentence mark before it."""


def _quote_of(page: Page, k: int) -> int:
    """The innermost ``<blockquote>`` holding block ``k`` (at most 4 levels up), or -1."""
    blocks = page.blocks
    for _ in range(4):
        if k < 0:
            return -1
        if blocks[k].tag == "blockquote":
            return k
        k = blocks[k].parent
    return -1


def quote_heads(page: Page, lines: list[Line]) -> set[int]:
    """The indices of ``lines`` that head a quote box: a short line ending in a colon ("X:", Discourse's quote
    title) whose next line is in a ``<blockquote>``, where the element holding both (the line's element or its
    parent) opens with the line and ends with the quote: a quote box, not an article's "From X:" above a quote
    among its paragraphs. The quoted text stays."""
    out: set[int] = set()
    blocks = page.blocks
    for i in range(len(lines) - 1):
        ln = lines[i]
        if ln.chars > HEAD_CHARS:
            continue
        text = ln.text.strip()
        if not text.endswith((":", "：")) or not _HEAD.match(text):  # (the colon first: most lines have none)
            continue
        q = _quote_of(page, lines[i + 1].block)
        if q < 0 or _quote_of(page, ln.block) == q:
            continue
        box = blocks[q].parent
        if (
            box in (ln.block, blocks[ln.block].parent)
            and blocks[box].start == blocks[ln.block].start
            and blocks[box].end == blocks[q].end
        ):
            out.add(i)  # the box holds the head, then the quote, nothing else
    return out
