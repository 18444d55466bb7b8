"""Golden tests on *tune* pages of the Chinese forum generator of round 23 (``bench/zh_forum_corpus23.py``: the chrome
inside and around posts of forum software not generated before), and small pages of the same shapes written here.
The paragraphs are drawn at run time from the shared extraction sets' tune golds, so the tests name chrome strings
only. Check pages are only scored (``python bench/zh_forum_corpus23.py --score``); the fresh seeds of the round's
report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_forum_corpus23 reads its paragraphs from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_forum_corpus23

DEV = "forum23-dev1"
"""A development seed of round 23 (apart from the default seed's halves and from the report's fresh seeds)."""


def test_formless_reply_box_below_the_posts_goes() -> None:
    """A phpwind 9 thread: below the last floor, a ``div.floor_reply`` with "快速回复", a guest prompt sentence and a
    ``<textarea>`` but no ``<form>``: the box goes (content._out_of_reply_boxes; was: kept as lines below the last
    post)."""
    assert zh_forum_corpus23.page_half("phpwind9_0") == "tune"
    assert_golden_page(zh_forum_corpus23, DEV, "phpwind9_0", (*zh_forum_corpus23.GUEST, "快速回复"))


def test_reply_box_in_the_replies_template_is_no_reply() -> None:
    """A V2EX-like topic whose reply box is one more ``div.cell`` like the replies: it is no reply, so the replies'
    "N 天前 via Android" lines are their chrome again (thread._reply_box; was: the box read as a reply without
    chrome, the via lines and the prompt kept)."""
    assert zh_forum_corpus23.page_half("v2ex_zh_1") == "tune"
    assert_golden_page(zh_forum_corpus23, DEV, "v2ex_zh_1", (zh_forum_corpus23.V2EX_BOX, "via Android", "via iPhone"))


_POSTS = (
    "上周末带孩子去了郊外的植物园，门票不贵，里面的温室特别适合小朋友认识各种热带植物。",
    "我们也去过，建议早上去，人少而且光线好，拍照特别好看，中午以后游客就多起来了。",
    "谢谢分享，正好这周想带家里老人出去走走，植物园的路都比较平，老人走起来也不累。",
)


def _thread(box: str) -> str:
    posts = "".join(
        f"<div class='post'><div class='author'><a href='#'>网友{k}</a><span>2024-05-0{k + 1} 10:0{k}</span></div>"
        f"<div class='text'>{t}</div><div class='bar'><a href='#'>回复</a> <a href='#'>举报</a></div></div>"
        for k, t in enumerate(_POSTS)
    )
    head = "<html><head><title>植物园</title></head><body>"
    return f"{head}<div class='thread'><h1>植物园</h1>{posts}{box}</div></body></html>"


def test_a_textarea_in_a_large_element_leaves_the_posts() -> None:
    """A text area directly in the element that holds the whole thread is no reply box of a few lines: the posts
    stay."""
    text = extract_html(_thread("<textarea></textarea>")).text
    assert all(p in text for p in _POSTS)


def test_a_small_box_around_a_textarea_goes() -> None:
    prompt = "登录之后才可以参与讨论，还没有账号的话可以先花一分钟注册一个新账号。"
    text = extract_html(_thread(f"<div class='reply'><h3>发表回复</h3><p>{prompt}</p><textarea></textarea></div>")).text
    assert all(p in text for p in _POSTS)
    assert prompt not in text


def test_rating_reasons_repeated_under_posts_go() -> None:
    """A 吾爱-like thread: 免费评分 tables under several posts, each rater's reason a sentence that recurs in the same
    slot of other posts: the reasons go (thread._chrome counts a line of prose repeated in one slot of two items as
    chrome; was: each reason kept as a line of its post). The 回帖奖励 banner above the first post stays (left)."""
    assert zh_forum_corpus23.page_half("pojie_rate_1") == "tune"
    assert_golden_page(zh_forum_corpus23, DEV, "pojie_rate_1", tuple(zh_forum_corpus23.RATE_REASONS))


def test_first_post_wears_its_replies_chrome() -> None:
    """A 吾爱破解-like thread whose first post (the chosen block) carries a rating table like its replies': the lines in
    the replies' chrome slots go from the first post too ("收起理由", "+ 1", raters' reasons the replies wear:
    thread._first_post_chrome); its attachment notice and 回帖奖励 banner go by rules data (drop_line.forum-permission,
    forum-reply-reward). Was: all kept above the replies (F1 0.61)."""
    assert zh_forum_corpus23.page_half("pojie_rate_0") == "tune"
    chrome = (*zh_forum_corpus23.RATE_REASONS, "收起理由", zh_forum_corpus23.ATTACH, "回帖奖励 3")
    assert_golden_page(zh_forum_corpus23, "forum24-dev1", "pojie_rate_0", chrome)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("附件: 您需要登录才可以下载或查看，没有账号？立即注册", True),
        ("本帖子中包含更多资源 您需要 登录 才可以下载或查看，没有帐号？注册", True),
        ("游客，如果您要查看本帖隐藏内容请回复", True),
        ("以下内容需要回复才能浏览，请先登录后回复本帖。", True),
        ("[ 此帖被数码控571 在 2024-01-24 23:42 重新编辑 ]", True),
        ("回帖奖励 10 个金币 回复本帖可获得 1 个金币奖励! 每人限 1 次(中奖概率 50%)", True),
        ("这个网站的资料需要登录才可以查看，我试了几次都打不开，有没有人知道别的下载地址？", False),
        ("回帖奖励这种做法我觉得挺好，能鼓励大家认真回复。", False),
        ("@江南烟雨945 3楼 2024-02-14 13:25", True),
        ("@江南烟雨945 我同意你的看法，明天见。", False),
        ("51816你对这个回答的评价是？评论收起", True),
        ("3 个回答", True),
    ],
)
def test_forum_notice_rules(line: str, chrome: bool) -> None:
    """The rules data of round 24 drop a permission notice, a 动网 edit stamp and a 回帖奖励 banner as whole lines only;
    a sentence about logging in or about rewards stays."""
    html = f"<html><body><div class='post'><p>{line}</p><p>{_POSTS[0]}</p><p>{_POSTS[1]}</p></div></body></html>"
    text = extract_html(html).text
    assert (line not in text) is chrome


def test_highlighted_copies_above_the_full_list_go() -> None:
    """A 虎扑-like thread: the first post shares the floors' class, and two sections ("这些回帖亮了", "全部回帖") each
    wrap floors, the first holding copies of two of the second's: the floors are the items, the copies go
    (thread._copied_sections, then _full_list; was: the two sections read as two posts, the copies kept, P 0.63)."""
    assert zh_forum_corpus23.page_half("hupu_pc_2") == "tune"
    page, text = assert_golden_page(zh_forum_corpus23, "forum24-dev1", "hupu_pc_2", ("这些回帖亮了",))
    for post in page.posts[1:]:
        for para in post:
            assert text.count(para[:16]) == 1, f"{para[:16]} kept twice"


def test_zhihu_2015_author_bios_go() -> None:
    """A 知乎-like question of 2015 whose answers open with "X，<one-line bio>" in ``div.zm-item-answer-author-info``:
    a slot named for the author, short lines without a sentence end in every answer, is chrome however much the bio
    reads like prose (thread._author_slots; was kept above every answer). Own seed: a tune page."""
    page, text = assert_golden_page(
        zh_forum_corpus23, zh_forum_corpus23.SET, "zhihu_2015_0", tuple(zh_forum_corpus23.ZH_BIOS)
    )
    assert "zm-item-answer-author-info" in page.html
    assert page.users[1] not in text
