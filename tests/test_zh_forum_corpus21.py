"""Golden tests on *tune* pages of the Chinese forum / Q&A generator of round 21 (``bench/zh_forum_corpus21.py``:
what a forum page carries besides its thread), and small pages of the same shapes written here. The paragraphs are
drawn at run time from the shared extraction sets' tune golds, so the tests name chrome strings only. Check pages
are only scored (``python bench/zh_forum_corpus21.py --score``); the fresh seeds of the round's report are never
tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_fixed_and_split, assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_forum_corpus21 reads its paragraphs from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_forum_corpus21

GOLDEN: list[tuple[str, str, tuple[str, ...]]] = [
    # (page, why, chrome that must go); the text must stay (recall of the gold's tokens)
    (
        "tieba_lzl_1",
        "an ad floor in the posts' own markup, labelled '广告' in its tail, goes (thread._adverts)",
        tuple(zh_forum_corpus21.ADS),
    ),
    (
        "nga_mod_0",
        "a moderator's notice in the first post goes (rules: drop_line.forum-moderated)",
        tuple(zh_forum_corpus21.NOTICES),
    ),
    (
        "phpwind_quote_1",
        "a reply's '回复 2楼 X 的帖子' stamp goes, the quoted text stays (rules: drop_line.forum-reply-to)",
        ("的帖子",),
    ),
    (
        "qa_adopted_2",
        "the '其他N条回答' heading between the adopted answer and the others goes (rules: drop_line.qa-other-count)",
        ("條迴答", "条回答"),
    ),
]

DEV = "forum21-dev1"
"""A development seed of round 21 (apart from the default seed's halves and from the report's fresh seeds)."""


@pytest.mark.parametrize("spec", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_generated_page(spec: tuple[str, str, tuple[str, ...]]) -> None:
    page_id, _why, must_not = spec
    assert_golden_page(zh_forum_corpus21, zh_forum_corpus21.SET, page_id, must_not)


def test_a_rules_box_above_a_discuz_first_floor_goes() -> None:
    """A board's 版规 box above the posts, when the first item is the thread's first floor ("楼主", the next "沙发"):
    prose above the items is no first post (thread._opens_thread; was: kept as the thread's opening)."""
    assert zh_forum_corpus21.page_half("discuz_rules_2") == "tune"
    assert_golden_page(zh_forum_corpus21, DEV, "discuz_rules_2", ("本版版規", *(s[:12] for s in _trad_rules())))


def _trad_rules() -> list[str]:
    from zh_modern_corpus19 import s2t

    return [s2t(x) for x in zh_forum_corpus21.RULES]


def _thread(first: str, second: str, op_reply: bool = False) -> str:
    floors = [first, second, "板凳"]
    posts = "".join(
        f'<div class="post"><div class="author"><a href="#">user{k}</a></div>'
        + ('<div class="badge">楼主</div>' if op_reply and k == 0 else "")
        + f'<div class="floor">{floors[k]}</div><div class="post-body">这是第{k}楼的正文，内容比较长，说明了作者自己的'
        f"看法和一些经历。</div><div class='bar'><a href='#'>回复</a> <a href='#'>举报</a></div></div>"
        for k in range(3)
    )
    return (
        "<html><body><h1>一个帖子</h1><div class='main'><div class='op'><p>这是放在楼层上面的一段主帖文字，"
        f"讲的是作者自己的一段经历，写得很长很认真。</p></div><div class='posts'>{posts}</div></div></body></html>"
    )


@pytest.mark.parametrize(
    ("first", "second", "op_reply", "kept"),
    [("楼主", "沙发", False, False), ("1楼", "2楼", True, True), ("楼主", "3楼", False, True)],
)
def test_prose_above_the_items_stays_unless_the_first_item_is_the_first_floor(
    first: str, second: str, op_reply: bool, kept: bool
) -> None:
    """Prose above a list of floors is the first post (Hupu: the OP's post above replies numbered from "1楼", the
    first of them by the OP with a "楼主" badge) unless the first item is marked "楼主" alone and the second as the
    second floor."""
    text = extract_html(_thread(first, second, op_reply)).text
    assert text.count("楼的正文") == 3
    assert ("放在楼层上面" in text) is kept


def test_a_reply_that_says_only_ad_is_no_advert() -> None:
    """A reply whose whole text is "广告" (a reader calling out spam) stays, and the posts around it."""
    bodies = ["这是第一楼的正文，内容比较长，说明了作者自己的看法。", "广告", "这是第三楼的正文，写了很多看法。"]
    posts = "".join(
        f'<div class="post"><div class="author"><a href="#">user{k}</a></div><div class="post-body">{b}</div>'
        "<div class='bar'><a href='#'>回复</a> <a href='#'>举报</a></div></div>"
        for k, b in enumerate(bodies)
    )
    text = extract_html(f"<html><body><h1>一个帖子</h1><div class='posts'>{posts}</div></body></html>").text
    assert "第三楼的正文" in text and "第一楼的正文" in text


def test_the_generator_is_fixed_and_split() -> None:
    assert_fixed_and_split(zh_forum_corpus21)
