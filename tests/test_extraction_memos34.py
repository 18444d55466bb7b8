"""The speed changes of session 34 (issue #12) decide as the plain forms they replaced, on generated and fixture
pages: ``content._clocked`` (the pattern asked only of lines opening with a digit or a space),
``shortposts.short_posts`` (the items gathered per parent in index order, their names remembered by
``thread.sig_of``), and the answers ``thread`` now remembers by text or by name (``_numbered``, ``_user_card``,
``_like_item``) or tests in another order (``_quote_header``: the place before the pattern)."""

from __future__ import annotations

import random
import re
from pathlib import Path

from cleaner.extraction.content import _BARE_CLOCK, FEED_RUN, _clocked, base_gains
from cleaner.extraction.dom import Line, Page, parse_page
from cleaner.extraction.shortposts import MIN_ITEMS, _prose_beside, _score_items, short_posts
from cleaner.extraction.thread import (
    _FLOOR_NO,
    _LABEL,
    _SENTENCE_END,
    CARD_LABELS,
    REPEAT_CHARS,
    _like_item,
    _numbered,
    _quote_header,
    _quote_stamp,
    _reply_like,
    _user_card,
    alike_names,
)

_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _fixture_pages() -> list[Page]:
    files = sorted((_FIXTURES / "threads").glob("*.html")) + sorted((_FIXTURES / "html").glob("*.html"))
    return [parse_page(f.read_bytes()) for f in files]


_NAMES = ["post", "post2", "item", "reply", "floor", "user", "ui message", "ui segment", "cmt-item 3", ""]
_TEXTS = ["顶", "mark", "同问", "学习了", "Lv.12", "积分 357", "发表于 2024-06-06 10:0", "楼主", "很好的文章。", "3楼"]


def _attr(rnd: random.Random) -> str:
    name = rnd.choice(_NAMES)
    return f' class="{name}{rnd.randint(0, 9) if rnd.random() < 0.3 else ""}"' if name else ""


def _item(rnd: random.Random, depth: int) -> str:
    tag = rnd.choice(["div", "li", "tr", "section"])
    inner = []
    for _ in range(rnd.randint(1, 4)):
        if depth < 3 and rnd.random() < 0.3:
            inner.append(_list(rnd, depth + 1))
        else:
            text = rnd.choice(_TEXTS) + (str(rnd.randint(0, 99)) if rnd.random() < 0.5 else "")
            inner.append(f"<{rnd.choice(['p', 'div', 'span'])}{_attr(rnd)}>{text}</p>")
    if tag == "tr":
        return "<table><tr>" + "".join(f"<td>{x}</td>" for x in inner) + "</tr></table>"
    return f"<{tag}{_attr(rnd)}>{''.join(inner)}</{tag}>"


def _list(rnd: random.Random, depth: int = 0) -> str:
    return f"<div{_attr(rnd)}>" + "".join(_item(rnd, depth) for _ in range(rnd.randint(1, 7))) + "</div>"


_POSTS = ["顶", "mark", "同问", "学习了", "支持一下", "好", "谢谢楼主", "+1", "来了", "路过", "沙发", "dd"]


def _posts(rnd: random.Random) -> str:
    """A list of short posts: like items, each a header of labels and one short line of its own (or not quite)."""
    tag, name = rnd.choice(["div", "li"]), rnd.choice(["post", "reply", "floor", "item", ""])
    out = []
    for _ in range(rnd.randint(2, 8)):
        head = rnd.choice(["Lv.{}", "积分 {}", "发表于 2024-06-0{} 10:00", "用户{}"]).format(rnd.randint(1, 9))
        post = rnd.choice(_POSTS) if rnd.random() < 0.9 else "一段很长的回复，说了很多话。" * rnd.randint(1, 3)
        parts = [f'<div class="head">{head}</div>', f'<div class="txt">{post}</div>']
        if rnd.random() < 0.2:
            parts.append(f"<p>{rnd.choice(_TEXTS)}</p>")
        out.append(f'<{tag} class="{name}{rnd.randint(0, 9)}">{"".join(parts)}</{tag}>')
    return f"<div{_attr(rnd)}>{''.join(out)}</div>"


def _generated_pages(n: int) -> list[Page]:
    rnd = random.Random(34)
    pages = []
    for _ in range(n):
        body = "".join(_posts(rnd) if rnd.random() < 0.5 else _list(rnd) for _ in range(rnd.randint(1, 3)))
        pages.append(parse_page("<body>" + (f"<div><p>{rnd.choice(_TEXTS)}</p>{body}</div>") + "</body>"))
    return pages


def _short_posts_plain(page: Page, gains: list[float]) -> list[int]:
    """``short_posts`` as it was: children of every element holding text, in the page order of their first child,
    names read each time."""
    out: list[int] = []
    prose = sum(g for g in gains if g > 0)
    children: dict[int, list[int]] = {}
    for idx, blk in enumerate(page.blocks):
        if blk.parent >= 0 and blk.end > blk.start:
            children.setdefault(blk.parent, []).append(idx)
    for kids in children.values():
        if len(kids) < MIN_ITEMS:
            continue
        groups: dict[str, list[int]] = {}
        for k in kids:
            blk = page.blocks[k]
            if blk.tag != "tr" and blk.end - blk.start >= 2:
                words = blk.ident.split(maxsplit=1)
                groups.setdefault(blk.tag + "." + (re.sub(r"\d+", "", words[0]) if words else ""), []).append(k)
        for items in groups.values():
            if len(items) >= MIN_ITEMS and not _prose_beside(page, items, gains, prose):
                out.extend(_score_items(page, items, gains))
    return sorted(out)


def test_short_posts_is_the_plain_form() -> None:
    pages = _fixture_pages() + _generated_pages(400)
    found = 0
    for page in pages:
        gains = base_gains(page.lines, page.blocks)
        plain_gains = gains[:]
        posts = short_posts(page, gains)
        assert posts == _short_posts_plain(page, plain_gains)
        assert gains == plain_gains
        found += bool(posts)
    assert found >= 5


def test_clocked_is_the_plain_count() -> None:
    pieces = ["05:33:53", "09:30", " 09:30", "\u30009:30", "٣:45", "2024-05-12 09:30", "阅 29.8W", "快讯", "x", "12"]
    rnd = random.Random(34)
    for _ in range(3000):
        texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 2))) for _ in range(rnd.randint(0, 12))]
        page = Page(lines=[Line(t, len(t), 0, 0, 0, 0) for t in texts])
        assert _clocked(page) == (sum(_BARE_CLOCK.match(t) is not None for t in texts) >= FEED_RUN), texts


def test_remembered_thread_answers_are_the_plain_ones() -> None:
    rnd = random.Random(34)
    pieces = ["#", "3", "楼", "Lv.", "积分", "：", ":", " ", "发表于", "2024-7-4", "09:18", "X", "。", "Reply", "wrote"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 9))) for _ in range(3000)]
    for t in [*texts, *reversed(texts)]:
        assert _numbered(t) == (_FLOOR_NO.search(t) is not None), t
        plain = len(t) <= REPEAT_CHARS and _SENTENCE_END.search(t) is None and len(_LABEL.findall(t)) >= CARD_LABELS
        assert _user_card(t) == plain, t
    for a in _NAMES:
        for b in _NAMES:
            for named in (False, True):
                plain = (not b or _reply_like(a)) if named else alike_names(a, b)
                assert _like_item(a, b, named) == plain and _like_item(a, b, named) == plain


def test_quote_header_is_the_plain_form() -> None:
    html = "<body>" + "".join(
        f"<{tag}><{inner}>{text}</{inner}><p>text</p></{tag}>"
        for tag in ("div", "blockquote", "cite")
        for inner in ("p", "cite", "blockquote")
        for text in ("X 发表于 2024-7-4 09:18", "引用 X 的回复：", "X wrote:", "plain line", "x" * 70 + ":")
    )
    for page in [parse_page(html + "</body>"), *_fixture_pages()]:
        blocks = page.blocks
        for i, ln in enumerate(page.lines):
            text, blk = ln.text, blocks[ln.block]
            plain = (
                len(text) <= REPEAT_CHARS
                and (text.rstrip().endswith((":", "：")) or _quote_stamp(text))
                and (blk.tag in ("cite", "blockquote") or (blk.parent >= 0 and blocks[blk.parent].tag == "blockquote"))
            )
            assert _quote_header(page, i) == plain, text
