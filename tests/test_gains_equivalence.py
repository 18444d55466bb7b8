"""The one-pass forms of the line gains decide as the plain forms they replace.

The references below are the former implementations (a call of ``line_gain`` per line and a pass per teaser rule,
``_near_controls`` asked per line, the penalised gains of every line), run on generated pages: headline links and
teasers, headings over prose, form rows and login boxes, boilerplate-named boxes nested in content.
"""

from __future__ import annotations

import random

from cleaner.extraction.content import (
    _CJK,
    _DATE_ONLY,
    _RANK,
    FORM_ROW,
    NEG_SHARE,
    PRE,
    SHARED_CLASS,
    TEASER_GAP,
    TEASER_LINK,
    TEASER_RUN,
    _class_key,
    _content_classes,
    _headline_link,
    _login_boxes,
    _penalized,
    _prefix,
    _stamp,
    _teaser_run,
    base_gains,
    is_link_line,
    line_gain,
    negative_blocks,
    page_gains,
)
from cleaner.extraction.dom import Line, Page, parse_page


def _is_date(ln: Line) -> bool:
    return not ln.link_chars and len(ln.text) <= 40 and _DATE_ONLY.fullmatch(ln.text) is not None


def _base_reference(lines: list[Line]) -> list[float]:
    gains = [line_gain(ln) for ln in lines]
    run: list[int] = []
    for i, ln in enumerate(lines):
        if TEASER_LINK <= ln.lead_link < ln.chars:
            run.append(i)
            continue
        if run:
            _teaser_run(lines, gains, run)
    _teaser_run(lines, gains, run)
    n = len(lines) - 1
    after = 0
    for i in [i for i, ln in enumerate(lines) if _headline_link(ln)]:
        if i < after or i >= n:
            continue
        j = i
        summaries = []
        while j < n and _headline_link(lines[j]):
            s = j + 1 + (j + 1 < n and _is_date(lines[j + 1]))  # a date between a headline and its summary
            if gains[s] <= 0 or lines[s].lead_link:
                break
            summaries.append(s)
            j = s + 1
            dated = j < n and (_is_date(lines[j]) or _stamp(lines[j], gains[j]))  # the date or count under a summary
            if j < n and (_RANK.fullmatch(lines[j].text) or dated) and _headline_link(lines[j + 1]):
                j += 1
        if len(summaries) >= TEASER_RUN:
            for k in summaries:
                gains[k] = 0.0
        if j > i:
            after = j + 1
    last_link = -10
    for i, ln in enumerate(lines):
        if 0 < ln.heading < PRE and ln.link_chars >= TEASER_LINK and is_link_line(ln):
            last_link = i
        elif gains[i] > 0 and i - last_link <= TEASER_GAP and not _CJK.search(ln.text):
            gains[i] = 0.0
    return gains


def _near_controls(page: Page, idx: int) -> bool:
    blk = page.blocks[idx]
    if blk.controls:
        return True
    parent = page.blocks[blk.parent] if blk.parent >= 0 else None
    return parent is not None and parent.controls > 0 and parent.end - parent.start <= FORM_ROW


def _page_reference(page: Page) -> list[float]:
    base = _base_reference(page.lines)
    for i, ln in enumerate(page.lines):
        gain = base[i]
        if gain < 0:
            blk = page.blocks[ln.block]
            if blk.tag in ("p", "div") and not blk.ident and not ln.link_chars and not ln.heading:
                base[i] = 0.0
        elif gain > 0 and _near_controls(page, ln.block):
            base[i] = -0.5 * gain
    for start, end in _login_boxes(page):
        for i in range(start, end):
            base[i] = -0.5 * page.lines[i].chars
    return base


def _classes_reference(page: Page, prose: list[float]) -> set[str]:
    total = prose[-1]
    if total <= 0:
        return set()
    per: dict[str, float] = {}
    count: dict[str, int] = {}
    hinted = [page.blocks[idx] for idx in page.negative]
    for blk in hinted:
        key = _class_key(blk.ident)
        per[key] = per.get(key, 0.0) + prose[blk.end] - prose[blk.start]
        count[key] = count.get(key, 0) + 1
    keys = {key for key, share in per.items() if share > NEG_SHARE * total and count[key] >= SHARED_CLASS}
    return {blk.ident for blk in hinted if _class_key(blk.ident) in keys}


_PIECES = [
    "<p>A sentence of plain prose that goes on for a while, with commas, and a full stop.</p>",
    "<p>这是一段中文正文，有标点符号。还有第二句话！</p>",
    "<p>Short line</p>",
    "<div>Tuesday November 19, 2019</div>",
    "<span>2012-07-22 23:20</span>",
    "<p><a href=/a>A headline link of some length</a> and then a summary that follows it.</p>",
    "<dt><a href=/b>Another headline link, long enough</a></dt><dd>Its summary, in a sentence.</dd>",
    "<dt><a href=/f>市政府召开新闻发布会</a></dt><dd>介绍今年城市更新工作的进展。</dd>",
    "<h2><a href=/c>A heading that is a headline link</a></h2>",
    "<h3>A plain heading</h3>",
    "<li><a href=/d>menu item</a></li>",
    "<pre>code line one\ncode line two</pre>",
    "<form><label>Name</label><input type=text><p>Your comment, please.</p></form>",
    "<div><p>Label of a row, with a comma, and a stop.</p><input type=checkbox></div>",
    "<form><span>User</span><input type=password><p>Remember me.</p></form>",
    "<p>a, b, c, d, e, f, g, h, i, j</p>",
    "<p><a href=/e>A paragraph wrapped in a link that is long enough to be prose, with commas, and stops. "
    "It goes on, and on, and on.</a></p>",
]
_BOXES = [
    '<div class="sidebar">',
    '<div class="comment">',
    '<div class="ad">',
    '<div class="content">',
    "<div>",
    '<div class="share-me">',
    '<div class="comment c2">',
]


def _page(rnd: random.Random) -> str:
    out = ["<html><head><title>t</title></head><body>"]
    depth = 0
    for _ in range(rnd.randint(1, 40)):
        roll = rnd.random()
        if roll < 0.15:
            out.append(rnd.choice(_BOXES))
            depth += 1
        elif roll < 0.25 and depth:
            out.append("</div>")
            depth -= 1
        else:
            out.append(rnd.choice(_PIECES))
    out.append("</div>" * depth + "</body></html>")
    return "".join(out)


def test_gains_are_the_per_line_ones() -> None:
    rnd = random.Random(12)
    teasers = controls = penalized = shared = 0
    for _ in range(400):
        page = parse_page(_page(rnd))
        lines = page.lines
        assert base_gains(lines) == _base_reference(lines)
        assert page_gains(page) == _page_reference(page)
        teasers += [line_gain(ln) for ln in lines] != base_gains(lines)
        controls += bool(page.controlled)
        base = page_gains(page)
        prose = _prefix([g if g > 0 else 0.0 for g in base])
        classes = _content_classes(page, prose)
        assert classes == _classes_reference(page, prose)
        shared += bool(classes)
        for lenient in (False, True):
            neg = negative_blocks(page, prose, _content_classes(page, prose), lenient=lenient)
            expected = [(-0.5 * g if g > 0 else g) if neg[ln.block] else g for g, ln in zip(base, lines, strict=True)]
            assert _penalized(page, base, neg) == expected
            penalized += expected != base
    assert teasers and controls and penalized and shared  # each rule was exercised
