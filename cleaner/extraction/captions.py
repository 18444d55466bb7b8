"""A photo story whose text is its captions (issue #12, round 26).

The walk steps over ``<figcaption>`` (:data:`~.dom.SKIP_TAGS`: an article's image captions are not its text), so on a
gallery page whose only story is a run of figure captions under the headline the chosen block is a side box, the
related galleries or the comments. :func:`shown_captions` gives the page with its captions made blocks of their own
(marked), and :func:`caption_story` reads them as the story when they are all the prose of the element that holds
the page's title line and them: the main column tells no other story.
"""

from __future__ import annotations

import re
from typing import Final

from .content import common_block
from .dom import Line, Page

__all__ = ["CAPTION_MARK", "CAPTION_RUN", "caption_story", "shown_captions"]

CAPTION_RUN: Final = 3
"""A gallery story has at least this many ``<figcaption>`` elements that tell something (:data:`CAPTION_TOLD`)."""
CAPTION_TOLD: Final = 10
"""A caption of at least this many characters (without spaces) tells something; a shorter one is a credit or a
counter."""
OTHER_SHARE: Final = 0.5
"""The title's element may hold other prose lines (:data:`OTHER_PROSE`) of at most this share of the captions'
characters (a byline, a credit line): more, and the captions illustrate an article told beside them."""
OTHER_PROSE: Final = 20
"""A line of at least this many characters, not mostly link text, is prose beside the captions."""
CAPTION_MARK: Final = "cleaner-figcaption"
"""The id given to each ``<figcaption>`` made a ``<div>`` (the first id of an element is the one kept)."""

_FIGCAPTION: Final = re.compile(r"<(/?)figcaption(?=[\s/>])", re.I)
_COUNTER: Final = re.compile(r"^\s*\d{1,3}\s*/\s*\d{1,3}(?:\s+|(?=[^\d\s/]))")
"""A gallery's "3/8" counter opening a caption."""


def shown_captions(html: str) -> str | None:
    """``html`` with every ``<figcaption>`` made a marked ``<div>``; None when it has fewer than :data:`CAPTION_RUN`."""
    tags = _FIGCAPTION.findall(html, 0)  # ("" per start tag, "/" per end tag)
    if len(tags) < 2 * CAPTION_RUN - 1:  # start and end tags: cheap lower bound
        return None
    if tags.count("") < CAPTION_RUN:
        return None
    return _FIGCAPTION.sub(lambda m: "</div" if m.group(1) else f'<div id="{CAPTION_MARK}"', html)


def _prose(ln: Line) -> bool:
    return ln.chars >= OTHER_PROSE and 2 * ln.link_chars < ln.chars


def caption_story(page: Page, anchor: int, chosen: list[str]) -> list[str] | None:
    """The captions of ``page`` (parsed from :func:`shown_captions`) as the story's lines, in order, their counters
    off: when at least :data:`CAPTION_RUN` of them tell something, all below the title line ``anchor``, the element
    holding the title line and every caption holds no other prose beyond :data:`OTHER_SHARE` of theirs, and none of
    the lines ``chosen`` without the captions (:data:`CAPTION_TOLD` characters or more) is in that element but the
    title line: the
    choice went out of the main column (a side box, the comments, a footer). None otherwise (an article with
    illustrated paragraphs, a short lead over slides or a quiz's cards whose captions hold the long texts, a gallery
    beside its article, no title line)."""
    if anchor < 0:
        return None
    blocks, lines = page.blocks, page.lines
    caps = [k for k, b in enumerate(blocks) if b.end > b.start and CAPTION_MARK in b.ident.split()]
    told = [k for k in caps if sum(ln.chars for ln in lines[blocks[k].start : blocks[k].end]) >= CAPTION_TOLD]
    if len(told) < CAPTION_RUN or blocks[caps[0]].start <= anchor:
        return None
    holder = lines[anchor].block
    for k in caps:
        holder = common_block(page, holder, k)
    if holder < 0:
        return None
    inside = {i for k in caps for i in range(blocks[k].start, blocks[k].end)}
    cap_chars = sum(lines[i].chars for i in inside)
    other = sum(
        ln.chars
        for i, ln in enumerate(lines[blocks[holder].start : blocks[holder].end], blocks[holder].start)
        if i != anchor and i not in inside and _prose(ln)
    )
    if other > OTHER_SHARE * cap_chars:
        return None
    column = "\n".join(
        ln.text
        for i, ln in enumerate(lines[blocks[holder].start : blocks[holder].end], blocks[holder].start)
        if i != anchor and i not in inside
    )
    if any(len(x) >= CAPTION_TOLD and x in column for x in chosen):
        return None  # the choice is the main column's own prose (a lead over the captions): no caption story
    out: list[str] = []
    for k in told:
        for ln in lines[blocks[k].start : blocks[k].end]:
            text = _COUNTER.sub("", ln.text).strip()
            if text:
                out.append(text)
    return out
