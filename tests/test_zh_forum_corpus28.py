"""Golden tests on *tune* pages of the Chinese forum generator of round 28 (``bench/zh_forum_corpus28.py``: a mobile
thread with app banners and a lazy-replies line, a thread's page 2, a comment tree of "X 回复 Y：" replies, a PTT post
saved as text in one ``<pre>``), and on small pages written here (a list of posts whose fields are inline spans). The
generator's paragraphs are drawn at run time from the shared extraction sets' tune golds, so the tests name chrome
strings only. Check pages are only scored (``python bench/zh_forum_corpus28.py --score``); the fresh seeds of the
round's report are never tested on."""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_golden_page

SHARED_SETS = (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir()
needs_shared = pytest.mark.skipif(not SHARED_SETS, reason="zh_forum_corpus28 reads its paragraphs from ../shared")
if SHARED_SETS:
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_forum_corpus28


@needs_shared
def test_mobile_thread_loses_heads_and_lazy_line() -> None:
    """A mobile thread: each reply's head of inline fields ending in "IP属地：X" (rule ip-region) and the "还有 N 条回复，
    打开App查看" line under the list (rule lazy-replies) go; the banners too."""
    page, text = assert_golden_page(zh_forum_corpus28, zh_forum_corpus28.SET, "m_section_0", ("IP属地", "打开App"))
    assert not [u for u in page.users if u in text]


@needs_shared
def test_comment_tree_replies_lose_their_heads() -> None:
    """A comment tree two or three levels deep: "<a>X</a> 回复 <a>Y</a>：text" keeps the text only
    (content._named_replies), and a relative time run into its end goes ("…。3小时前")."""
    page, text = assert_golden_page(zh_forum_corpus28, zh_forum_corpus28.SET, "lzl_tree_2", ())
    assert not [u for u in page.users if u in text]
    assert "迴復" not in text and "回复" not in text


@needs_shared
def test_ptt_pushes_stay_below_the_origin_stamps() -> None:
    """A PTT post saved in one ``<pre>``: the signature that "--" opens ends at the "※ 發信站" / "※ 文章網址" lines
    (content._signature_end), so the pushes below stay, without their "推 id:" heads and times (rules bbs-push-head,
    bbs-push-time); the header lines go (rule bbs-ptt-header)."""
    page, text = assert_golden_page(zh_forum_corpus28, zh_forum_corpus28.SET, "ptt_pre_2", ("看板", "發信站", "※"))
    assert not [u for u in page.users if u in text]
    assert not [ln for ln in text.splitlines() if ln.startswith(("推 ", "→ ", "噓 "))]


@needs_shared
def test_thread_page_two_is_read_as_a_thread() -> None:
    """Page 2 of a thread (no first post; the title box is chosen, then the page's best prose block): the fallback
    block is read as a thread (content.fallback_root), so the floors' heads and bars go."""
    assert_golden_page(zh_forum_corpus28, zh_forum_corpus28.SET, "page2_1", ("只看该作者", "积分", "发表于"))


INLINE_LIST = """<html><head><title>旧电脑开机慢怎么办 - 论坛</title></head><body>
<div class="top"><a href="/">论坛</a> <a href="/b">版块</a> <a href="/s">搜索</a></div>
<div class="topic"><h2>旧电脑开机慢怎么办</h2><ul class="list">
<li class="item"><img src="/a/1.jpg"><span class="name"><a href="#">数码控519</a></span> <span class="time">2024-05-11 03:52</span> <span class="floor">楼主</span> <span class="txt">家里的台式机用了七年，开机要等三分钟，风扇声音也越来越大，想问问还有没有救。</span> <span class="ops"><a href="#">回复</a> <a href="#">举报</a></span></li>
<li class="item"><img src="/a/2.jpg"><span class="name"><a href="#">小熊饼干660</a></span> <span class="time">2024-05-11 08:19</span> <span class="floor">2楼</span> <span class="txt">先把机械硬盘换成固态硬盘，开机速度会快很多，花不了多少钱。</span> <span class="ops"><a href="#">回复</a> <a href="#">举报</a></span></li>
<li class="item"><img src="/a/3.jpg"><span class="name"><a href="#">老司机带带我83</a></span> <span class="time">2024-05-12 13:34</span> <span class="floor">3楼</span> <span class="txt">顺便清一下灰，换一次硅脂，风扇的声音就会小下来。</span> <span class="ops"><a href="#">回复</a> <a href="#">举报</a></span></li>
<li class="item"><img src="/a/4.jpg"><span class="name"><a href="#">江南烟雨7</a></span> <span class="time">2024-05-12 21:05</span> <span class="floor">4楼</span> <span class="txt">开机启动项也要看一看，没用的软件都关掉，系统会清爽不少。</span> <span class="ops"><a href="#">回复</a> <a href="#">举报</a></span></li>
</ul></div><div class="foot">©2025 论坛 用户协议 隐私政策</div></body></html>"""


def test_inline_posts_lose_name_time_floor_and_actions() -> None:
    """A list of posts whose name, time, floor, text and actions are spans side by side in one ``<li>`` each: the
    head ("X 2024-05-11 03:52 3楼") and the action bar run into the text's end ("回复举报") go
    (content._inline_posts, thread.bar_tail); every post's text stays, in order."""
    text = extract_html(INLINE_LIST).text
    lines = text.splitlines()
    assert lines[0].startswith("家里的台式机用了七年")
    for said in ("先把机械硬盘换成固态硬盘", "顺便清一下灰", "开机启动项也要看一看"):
        assert any(ln.startswith(said) for ln in lines), said
    for chrome in ("数码控519", "小熊饼干660", "2024-05-11", "楼主", "3楼", "举报", "回复"):
        assert chrome not in text, chrome
