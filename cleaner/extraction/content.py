"""Main-content detection on the flattened page.

Every line gets a *gain*: positive for prose (text that is not link text and
carries sentence punctuation or length), negative for link lists, short chrome
(menus, user names, buttons) and anything inside a boilerplate-hinted element
(comment, footer, share, recommend, sidebar...). A block's score is the sum of
the gains of its lines (prefix sums: O(1) per block). The main content is the
block with the highest score: it holds as much prose as possible while taking
in as little boilerplate as possible, which merges sibling paragraphs, keeps
every post of a thread or every answer of a Q&A page (chrome between posts
costs less than the posts bring), and stops before comment sections.
"""

from __future__ import annotations

from .dom import Line, Page

__all__ = ["content_lines", "line_gain", "select_root"]

LINK_DENSE = 0.5
NEG_SHARE = 0.4
"""A boilerplate hint is ignored on an element holding more than this share of the page's prose."""
PROSE_CHARS = 50
"""A line this long (without punctuation) still counts as prose."""


def line_gain(ln: Line) -> float:
    """Gain of one line, ignoring class/id hints."""
    total = ln.chars
    if total <= 0:
        return 0.0
    text_chars = total - ln.link_chars
    if ln.link_chars > total * LINK_DENSE:
        return -float(total)
    if ln.punct > 0 or text_chars >= PROSE_CHARS:
        return float(text_chars) * (1.0 + min(ln.punct, 10) * 0.02)
    return -0.5 * total


def _prefix(values: list[float]) -> list[float]:
    out = [0.0]
    acc = 0.0
    for v in values:
        acc += v
        out.append(acc)
    return out


def negative_blocks(page: Page, gains: list[float]) -> list[bool]:
    """Per block: inside a boilerplate-hinted element?

    A hint is ignored on an element that holds a large share of the page's prose
    (a "widget Blog" wrapper around the article is not a sidebar).
    """
    prose = _prefix([g if g > 0 else 0.0 for g in gains])
    total = prose[-1]
    blocks = page.blocks
    neg = [False] * len(blocks)
    for idx, blk in enumerate(blocks):
        parent_neg = neg[blk.parent] if blk.parent >= 0 else False
        if parent_neg:
            neg[idx] = True
        elif blk.hint < 0:
            share = prose[blk.end] - prose[blk.start] if blk.end > blk.start else 0.0
            neg[idx] = share <= NEG_SHARE * total
    return neg


def select_root(page: Page) -> tuple[int, list[bool]]:
    """Index of the block that best holds the main content (-1 if none), and the per-block boilerplate flags."""
    lines = page.lines
    if not lines:
        return -1, []
    base = [line_gain(ln) for ln in lines]
    neg = negative_blocks(page, base)
    gains = [(-0.5 * g if g > 0 else g) if neg[ln.block] else g for g, ln in zip(base, lines, strict=True)]
    prefix = _prefix(gains)
    best, best_score = -1, 0.0
    for idx, blk in enumerate(page.blocks):
        if blk.end <= blk.start:
            continue
        score = prefix[blk.end] - prefix[blk.start]
        if score > 0 and blk.hint > 0:
            score *= 1.1
        if score >= best_score and score > 0:
            best, best_score = idx, score
    return best, neg


def content_lines(page: Page, root: int, neg: list[bool]) -> list[Line]:
    """The lines of ``root`` minus link lists and boilerplate-hinted parts."""
    if root < 0:
        return []
    blk = page.blocks[root]
    root_neg = neg[root]
    out: list[Line] = []
    for ln in page.lines[blk.start : blk.end]:
        if neg[ln.block] and not root_neg:
            continue
        if ln.link_chars > ln.chars * LINK_DENSE:
            continue
        out.append(ln)
    return out
