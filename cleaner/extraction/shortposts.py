"""Lists of posts too short to carry punctuation ("顶", "mark", "同问", "学习了"), told by their shape.

A line's gain (:func:`.content.base_gains`) comes from its punctuation and length: a thread of one-word replies has
none, so the page's footer sentence outweighs the whole thread. The shape tells such a list: at least
:data:`MIN_ITEMS` like siblings (same tag and first class), each holding a header part repeated from item to item
(the same labels, digits aside: "Lv.12", "积分 357", "发表于 2024-06-06", or a bare date "2024-06-06 10:12") and one
line in one slot of its own whose text changes from item to item (the post; of two such slots, a user name in plain
text above each post, the one below the other). The varying line of a repeated item is worth its characters and
:data:`ITEM_GAIN` (a post, however short, is a sentence of the thread); the header lines around it, known as the
items' template by their repetition, cost only :data:`TEMPLATE_COST` of their characters while the content block is
chosen (they are still chrome: the thread pass drops their slots). Only where the varying lines weigh less than nothing
(a list of posts with prose is scored by its prose already) and only lines of no link text, no heading.
"""

from __future__ import annotations

import re
from typing import Final

from .dom import Page
from .thread import sig_of

__all__ = ["short_posts"]

MIN_ITEMS: Final = 3
"""A list of short posts has at least this many items."""
SLOT_DEPTH: Final = 3
"""A line's slot: the tag and first class of up to this many elements between it and its item."""
POST_CHARS: Final = 40
"""A post's varying line is at most this many characters (longer ones are scored as prose)."""
ITEM_GAIN: Final = 3.0
"""What a short post is worth besides its characters."""
TEMPLATE_COST: Final = 0.1
"""The share of their characters the header lines of recognized items cost while the block is chosen."""
HOLDERS: Final = 0.8
"""The post slot and the header slot are held by at least this share of the items..."""
VARYING: Final = 0.6
"""...and the post slot's texts (digits aside) are distinct in at least this share of its lines."""
LABELLED: Final = 0.34
"""The header slot (held by :data:`HOLDERS` of the items) repeats a label in at least this share of them."""
OTHER_PROSE: Final = 200.0
"""A page with more prose than this outside a list (an article, a long first post) has its list left as it is."""
_DIGITS: Final = re.compile(r"\d+")
_LETTER: Final = re.compile(r"[^\W\d_]")
_DATE_ONLY: Final = re.compile(r"#[-/.]#(?:[-/.]#)?(?:\s+#:#(?::#)?)?|#:#(?::#)?")
"""A line that is a date or a time alone, digits made "#" ("#-#-# #:#", "#-#", "#:#"): a post's stamp, the
header of a list whose posts carry no label at all."""

Slot = tuple[str, ...]


def _sig(page: Page, k: int) -> str:
    """Block ``k``'s tag and first class, digits aside ("li.item"): :func:`.thread.sig_of` (remembered)."""
    blk = page.blocks[k]
    return sig_of(blk.tag, blk.ident)


def _children(page: Page) -> dict[int, list[int]]:
    """The child elements that may be an item (two lines or more, no table row) of each element, by the element's
    index (ascending: the order in which :func:`short_posts` reads the lists, as the page order of their first
    child that holds text was; a parent's index is below its children's)."""
    out: dict[int, list[int]] = {}
    idx = -1
    for blk in page.blocks:
        idx += 1
        if blk.end - blk.start >= 2 and blk.parent >= 0 and blk.tag != "tr":
            out.setdefault(blk.parent, []).append(idx)
    return out


def _slot(page: Page, line: int, item: int) -> Slot:
    out: list[str] = []
    k = page.lines[line].block
    while k > item and len(out) < SLOT_DEPTH:
        out.append(_sig(page, k))
        k = page.blocks[k].parent
    return tuple(out)


def short_posts(page: Page, gains: list[float]) -> list[int]:
    """Score the varying lines of lists of short posts (:mod:`this module <.shortposts>`) in ``gains``, in place;
    those lines (the posts), in page order."""
    out: list[int] = []
    prose = sum(g for g in gains if g > 0)
    children = _children(page)
    for parent in sorted(children):
        kids = children[parent]
        if len(kids) < MIN_ITEMS:
            continue
        groups: dict[str, list[int]] = {}
        for k in kids:
            groups.setdefault(_sig(page, k), []).append(k)
        for items in groups.values():
            if len(items) >= MIN_ITEMS and not _prose_beside(page, items, gains, prose):
                out.extend(_score_items(page, items, gains))
    return sorted(out)


def _prose_beside(page: Page, items: list[int], gains: list[float], prose: float) -> bool:
    """Does the page hold more than :data:`OTHER_PROSE` of prose outside ``items`` (``prose``: the page's)? An article
    or a long first post: the short lines of a list below it are its comments, or replies the thread pass finds."""
    blocks = page.blocks
    inside = sum(g for item in items for g in gains[blocks[item].start : blocks[item].end] if g > 0)
    return prose - inside > OTHER_PROSE


def _score_items(page: Page, items: list[int], gains: list[float]) -> list[int]:
    """:func:`short_posts` for one group of like siblings: the lines of their post slot (none if it is none)."""
    lines, blocks = page.lines, page.blocks
    per_slot: dict[Slot, dict[int, list[int]]] = {}
    for item in items:
        for i in range(blocks[item].start, blocks[item].end):
            per_slot.setdefault(_slot(page, i, item), {}).setdefault(item, []).append(i)
    least = max(MIN_ITEMS, HOLDERS * len(items))
    posts = [key for key, held in per_slot.items() if len(held) >= least and _varying(page, held, gains)]
    post = _lowest(per_slot, posts)
    if post is None:
        return []
    prosed = {
        item
        for key, held in per_slot.items()
        if key != post
        for item, found in held.items()
        if any(gains[i] > 0 for i in found)
    }
    if 2 * len(prosed) >= len(items):
        return []  # the posts' prose is in another slot, scored already: the varying short line is a name
    if not any(
        key != post and len(held) >= least and _header(page, held, len(items)) for key, held in per_slot.items()
    ):
        return []
    for key, held in per_slot.items():
        if key == post:
            continue
        for found in held.values():
            for i in found:
                if gains[i] < 0:
                    gains[i] = -TEMPLATE_COST * lines[i].chars
    out = [found[0] for found in per_slot[post].values()]
    for i in out:
        if gains[i] < 0:
            gains[i] = lines[i].chars + ITEM_GAIN
    return out


def _lowest(per_slot: dict[Slot, dict[int, list[int]]], posts: list[Slot]) -> Slot | None:
    """The one varying slot of ``posts``, or, of several (a user name in plain text above each post), the one whose
    line stands below the others' in every item that holds both (the post under its header); None if none is."""
    if len(posts) <= 1:
        return posts[0] if posts else None
    for key in posts:
        held = per_slot[key]
        if all(
            held[item][0] > found[0]
            for other in posts
            if other != key
            for item, found in per_slot[other].items()
            if item in held
        ):
            return key
    return None


def _varying(page: Page, held: dict[int, list[int]], gains: list[float]) -> bool:
    """Is a slot one line per item, short plain text (no link, no heading; a letter in two lines of three at least:
    "+1" is a post too), its texts (digits aside)
    mostly distinct, most of them weighing less than nothing (no prose the gains already see; a teaser's summary,
    made neutral under its headline link, stays neutral)?"""
    lines = page.lines
    found = [f[0] for f in held.values() if len(f) == 1]
    if len(found) < len(held):
        return False
    for i in found:
        ln = lines[i]
        if ln.link_chars or ln.heading or ln.chars > POST_CHARS:
            return False
    if 3 * sum(1 for i in found if _LETTER.search(lines[i].text) is None) > len(found):
        return False  # (a post of no letter, "+1", "666", among posts of words)
    texts = {_DIGITS.sub("#", lines[i].text.strip()) for i in found}
    if len(texts) < VARYING * len(found):
        return False
    return 2 * sum(1 for i in found if gains[i] < 0) > len(found)


def _header(page: Page, held: dict[int, list[int]], items: int) -> bool:
    """Does a slot hold a label repeated, digits aside, in :data:`LABELLED` of the ``items`` or more ("Lv.#",
    "积分 #", "发表于 #-#-# #:#"), or a date or time alone (:data:`_DATE_ONLY`: a post's stamp under no label)?"""
    lines = page.lines
    count: dict[str, int] = {}
    for found in held.values():
        for text in {_DIGITS.sub("#", lines[i].text.strip()) for i in found}:
            if "#" in text and (_LETTER.search(text) is not None or _DATE_ONLY.fullmatch(text) is not None):
                count[text] = count.get(text, 0) + 1
    return any(n >= max(2, LABELLED * items) for n in count.values())
