"""Golden tests on *tune* pages of the Chinese forum / Q&A generator of round 20 (``bench/zh_forum_corpus20.py``):
what round 20 changed. The paragraphs are drawn at run time from the shared extraction sets' tune golds, so the
tests name chrome strings only. Check pages are only scored (``python bench/zh_forum_corpus20.py --score``); the
fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_fixed_and_split, assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_forum_corpus20 reads its paragraphs from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_forum_corpus20

GOLDEN: list[tuple[str, str, tuple[str, ...]]] = [
    # (page, why, chrome that must go); the text must stay (recall of the gold's tokens)
    (
        "sig_forum_0",
        "a plain-text signature under a '______' rule in the post's own cell goes (thread._signed, _ruled_off)",
        tuple(zh_forum_corpus20.SIGNS),
    ),
    (
        "discuz_mobile_1",
        "a Discuz! mobile quote's 'X 发表于 <date>' header goes (thread._quote_stamp), and the '来自手机' tail"
        " (rules: drop_line.forum-client-tail)",
        ("发表于", "来自手机"),
    ),
    (
        "zhihu_answer_1",
        "a Zhihu single-answer page whose answer is chosen alone, its question in the header beside the main column"
        " (4 levels above the answer): the question stays (content._post_above_list, ANSWER_CARD; was: recall 0.79)",
        ("人赞同了该回答", "关注问题"),
    ),
]

DEV = "forum20-dev1"
"""A development seed of round 20 (apart from the default seed's halves and from the report's fresh seeds)."""


@pytest.mark.parametrize("spec", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_generated_page(spec: tuple[str, str, tuple[str, ...]]) -> None:
    page_id, _why, must_not = spec
    assert_golden_page(zh_forum_corpus20, zh_forum_corpus20.SET, page_id, must_not)


def test_the_question_above_an_answer_that_opens_a_thread_stays() -> None:
    """A one-sentence Zhihu answer whose page's other answers below make it a thread's first post: its question,
    in the header above the main column, is the thread's opening (content._question_above; was: left out)."""
    assert zh_forum_corpus20.page_half("zhihu_answer_0") == "tune"
    page = next(p for p in zh_forum_corpus20.build(DEV) if p.id == "zhihu_answer_0")
    text = extract_html(page.html).text
    assert text.index(page.posts[0][0]) < text.index(page.posts[1][0])


def test_a_rule_inside_a_post_above_its_text_is_no_signature() -> None:
    """A '-----' line that opens a post's cell (nothing above it in its block) cuts nothing: the rule is a signature's
    only below the post's own text."""
    posts = "".join(
        f'<div class="post"><div class="author">user{k}</div><div class="post-body">------<br>这是第{k}楼的正文，'
        f"内容比较长，说明了作者自己的看法和一些经历。<br>第二行也是正文，写得很认真。</div></div>"
        for k in range(3)
    )
    html = f"<html><body><h1>一个帖子</h1><div class='posts'>{posts}</div></body></html>"
    text = extract_html(html).text
    assert text.count("第二行也是正文") == 3


def test_a_row_of_dashes_between_a_quote_and_a_reply_is_no_signature_rule() -> None:
    """Tianya sets "-----" between a quoted floor and the reply's own text: the text below it stays (only a rule of
    underscores opens a signature, with at most two lines below it)."""
    posts = "".join(
        f'<div class="post"><div class="author">user{k}</div><div class="post-body">'
        f"这是第{k}楼的正文，内容比较长，说明了作者自己的看法和一些经历。<br>-----------------------------<br>"
        f"分隔线下面还是第{k}楼自己的正文。</div></div>"
        for k in range(3)
    )
    text = extract_html(f"<html><body><h1>一个帖子</h1><div class='posts'>{posts}</div></body></html>").text
    assert text.count("分隔线下面还是") == 3


def _short_article(floors: bool) -> str:
    items = "".join(
        f'<div class="list-item reply-wrap"><div class="user"><a href="#">用户{k}号</a></div>'
        + (f'<div class="floor">#{k + 1}</div>' if floors else "")
        + f'<p class="text">这是第{k}条留言的内容，我觉得文章写得很有道理，学到了很多东西。</p>'
        f'<div class="info"><span>2024-05-0{k + 1} 10:2{k}</span><span>点赞 {k + 3}</span><span>回复</span></div></div>'
        for k in range(4)
    )
    return (
        "<html><head><title>一篇短文章的标题 - 某站</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<div class='main'><h1 class='title'>一篇短文章的标题</h1>"
        "<div class='meta'>2024-05-01 08:00 阅读 3.2万 点赞 120</div><div class='article-holder'>"
        "<p>这是一篇很短的文章，只有一段文字，讲述了作者最近的一次旅行经历和一些感受，值得一读。</p></div>"
        "<div class='article-footer'><span>点赞</span><span>分享</span><span>收藏</span></div>"
        "<div class='comment-wrapper'><div class='b-head'>评论 4</div>"
        f"<div class='comment-list'>{items}</div></div></div>"
        "<div class='footer'>© 2024 某站</div></body></html>"
    )


@pytest.mark.parametrize("floors", [False, True])
def test_a_short_article_with_a_read_count_ends_at_its_comments_unless_they_are_floors(floors: bool) -> None:
    """A one-paragraph article under a byline with a read count ("阅读 3.2万"), its own bar, then comments named as
    replies (``reply-wrap``): the comments go (thread.read_count, comment_section(story=)); the same items numbered
    "#1", "#2" are a community post's floors, which stay (a magichtml_zh tune forum page's gold keeps them)."""
    text = extract_html(_short_article(floors)).text
    assert "这是一篇很短的文章" in text
    assert ("这是第3条留言" in text) is floors


def test_the_generator_is_fixed_and_split() -> None:
    assert_fixed_and_split(zh_forum_corpus20)
