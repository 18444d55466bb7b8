"""The attribution line above quoted mail in a post, and a quote box's head.

A mailing-list archive, a bug tracker's comment or a BBS reply shows the message it answers as a run of lines
marked at their start (``> ``, or ``: `` on BBS boards) under an attribution line ("On <date>, X wrote:",
"在 <date>，X 写道：", "【 在 X 的大作中提到: 】", "(In reply to X from comment #3)"). The attribution is the
quote's header, no text of the post; the quoted lines are the quote's text and stay (the thread generators agree on a
quote's text as gold, its header not: thread_corpus3 / thread_corpus5 / zh_forum_corpus31; only en_forum_corpus32
leaves "> " mail lines out). One mechanism for every engine: an attribution line whose next line is marked goes.
"""

from __future__ import annotations

import re
from typing import Final

from .dom import Line, Page

__all__ = ["MAIL_QUOTE", "QUOTE_HEAD", "mail_quotes", "quote_heads"]

MAIL_QUOTE: Final = "html.mail_attribution"
"""The removal key of the attribution lines :func:`mail_quotes` takes out."""

_ATTRIBUTION: Final = re.compile(
    r"^(?:.{0,200}?(?:\bwrote|\bwrites|写道|寫道|來信|来信)\s*[:：]"
    r"|【\s*在\s*\S.{0,40}?的大作中提到\s*[:：]\s*】"
    r"|\(In reply to (?:.{1,80}? from )?comment #\d{1,6}\))\s*$",
    re.I,
)
"""A line that introduces quoted mail: "... wrote:", "... 写道：", a BBS quote head, a bug tracker's reply head."""
_MARK: Final = re.compile(r"^\s*(?:>|[:：](?:\s|$))")
"""A quoted line's mark at its start: ``>`` (any depth), or a colon and a space (BBS quotes)."""


def _marked(text: str) -> bool:
    return _MARK.match(text) is not None


def mail_quotes(lines: list[Line]) -> set[int]:
    """The indices of ``lines`` that attribute quoted mail: an attribution line whose next line is marked."""
    return {
        i
        for i in range(len(lines) - 1)
        if _marked(lines[i + 1].text) and _ATTRIBUTION.match(lines[i].text.strip()) is not None
    }


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
        if ln.chars > HEAD_CHARS or not _HEAD.match(ln.text.strip()):
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
