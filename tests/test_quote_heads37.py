# ruff: noqa: E501  (page markup is written in long literal lines)
"""Quote heads and floor-in-floor replies in a thread's posts (issue #12, round 37): a quote box's head set apart
above the quoted text ("X:", Discourse) goes and the quote's text stays (``extraction/quotes.quote_heads``); quoted mail
keeps its attribution and its "> " lines (gold in the generators since round 38: docs/extraction-threads.md); a
floor-in-floor reply addressed to a poster ("X: 回复 Y :text") is text, not a bar of reply links
(``thread._addressed``), its head a strip rule; per-engine chrome lines as rules (``rules/html.toml``).
Self-contained pages, and a tune page of ``bench/zh_forum_corpus37.py`` on the dev seed ``forum37-dev1``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.text.textclean import clean_lines
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))
shared = pytest.mark.skipif(not (DATA / "daniel_zh").is_dir(), reason="needs the shared extraction sets")

FIRST = (
    "The build of the documentation fails on the new release branch since yesterday's merge, with an error about",
    "a missing theme package. Did anyone change the requirements file for the docs job?",
)
REPLY = (
    "Yes, the theme moved to an optional extra last week. Installing the package with the docs extra fixes it,",
    "and I will update the job's requirements so that nobody else runs into this.",
)


def _archive(messages: list[str]) -> str:
    body = "".join(
        f"<div class='msg'><div class='head'><span class='from'>dev{i}</span> <span class='date'>2023-05-0{i + 1}</span></div><pre>{m}</pre></div><hr>"
        for i, m in enumerate(messages)
    )
    return f"<html><head><title>docs build fails - dev list</title></head><body><div class='nav'><a href='/'>Lists</a></div><h1>docs build fails</h1>{body}</body></html>"


def test_quoted_mail_and_its_attribution_stay() -> None:
    """The generators disagree on a mail's attribution and its "> " lines: both are left as they are."""
    quoted = "\n".join(f"&gt; {x}" for x in FIRST)
    page = _archive(["\n".join(FIRST), "\n".join(REPLY) + f"\n\nOn Tue, 2 May 2023, dev0 wrote:\n{quoted}\n"])
    out = extract_html(page).text
    for line in (*FIRST, *REPLY):
        assert line in out
    assert "On Tue, 2 May 2023, dev0 wrote:" in out and f"> {FIRST[0]}" in out


def test_console_prompts_stay() -> None:
    session = "&gt; x &lt;- c(1, 2, 3)\n&gt; mean(x)\n[1] 2"
    page = (
        "<html><head><title>R basics</title></head><body><article><h1>R basics</h1>"
        f"<p>{' '.join(FIRST)}</p><pre>{session}</pre><p>{' '.join(REPLY)}</p></article></body></html>"
    )
    out = extract_html(page).text
    assert "> mean(x)" in out and "> x <- c(1, 2, 3)" in out


def test_a_quote_box_head_goes_and_the_quoted_text_stays() -> None:
    """Discourse: ``aside.quote`` holds a title "name:" and the ``<blockquote>``; the post's own text follows."""
    quote = "<aside class='quote no-group' data-username='dev0'><div class='title'><img class='avatar' src='/a.png'> dev0:</div><blockquote><p>a missing theme package</p></blockquote></aside>"
    posts = "".join(
        f"<div class='topic-post'><article class='boxed' data-post-id='{i}'><div class='names'><a>dev{i}</a></div><div class='cooked'>{q}<p>{t}</p></div>"
        f"<nav class='post-controls'><button>Reply</button></nav></article></div>"
        for i, (q, t) in enumerate(
            [("", " ".join(FIRST)), (quote, " ".join(REPLY)), ("", "Thanks, that fixed the job for me too.")]
        )
    )
    page = f"<html><head><title>docs build fails</title></head><body><h1>docs build fails</h1><div class='post-stream'>{posts}</div></body></html>"
    out = extract_html(page).text
    assert "a missing theme package" in out
    assert " ".join(REPLY) in out
    assert "dev0:" not in out


PARA = "今年以来，全市共新建改建农村公路一百二十公里，沿线群众出行条件明显改善，受到普遍欢迎。"
PARA2 = "市交通运输局有关负责人表示，下一步将继续加大投入，力争明年底前实现行政村通硬化路全覆盖。"


@pytest.mark.parametrize(
    "line",
    [
        "回复 5# 老王",
        "回覆 12# tiger_88",
        "参与人数 3",
        "威望 +2",
        "金钱 +10",
        "张三 <zhang.san@example.cn>",
        "Jane Doe <jane@lists.example.org>",
        "Subject: [python-cn] 求助：定时任务连接超时",
        "19 May 2023 ` Re: [RFC] docs build fails sparrowhawk",
        "2023-05-19 10:11 ` Re: docs build fails dunmore",
    ],
)
def test_engine_chrome_line_goes(line: str) -> None:
    assert clean_lines([PARA, line, PARA2]).lines == [PARA, PARA2]


@pytest.mark.parametrize(
    "line",
    [
        "回复 5# 老王：你说的那个办法我试过了，确实有效。",
        "参与人数超过三千人，创下历史新高。",
        "威望是一点一点积累起来的。",
        "联系人：张三 <zhang.san@example.cn>",
        "Subject: the new budget and what it means for the parks",
    ],
)
def test_prose_like_lines_stay(line: str) -> None:
    assert line in clean_lines([PARA, line, PARA2]).lines


def _tieba(subs: list[tuple[str, str]]) -> str:
    """A Tieba-like thread of three floors; the second holds floor-in-floor replies ``(user, text)``."""
    lzl = "".join(
        f"<li class='lzl_single_post'><div class='lzl_cnt'><a class='at j_user_card'>{u}</a>:&nbsp;<span class='lzl_content_main'>{t}</span>"
        f"<div class='lzl_content_reply'><span class='lzl_time'>2023-0{k + 1}-02 10:1{k}</span><a class='lzl_s_r'>回复</a></div></div></li>"
        for k, (u, t) in enumerate(subs)
    )
    floors = "".join(
        f"<div class='l_post'><div class='d_author'><a class='p_author_name'>用户{f}</a><div class='d_badge_lv'>{f + 3}</div></div>"
        f"<div class='d_post_content_main'><div class='d_post_content'>{text}</div>"
        f"<div class='core_reply_tail'><span>{f}楼</span><span>2023-05-0{f} 12:00</span><a>回复</a></div>"
        + (f"<div class='j_lzl_container'><ul class='j_lzl_m_w'>{lzl}</ul></div>" if f == 2 else "")
        + "</div></div>"
        for f, text in ((1, PARA), (2, PARA2), (3, "路过，帮顶一下"))
    )
    return (
        f"<html><head><title>农村公路 - 贴吧</title></head><body><div class='p_postlist'>{floors}</div></body></html>"
    )


def test_floor_in_floor_replies_addressed_to_a_poster_stay() -> None:
    """A sub-reply "X: 回复 Y :text" holds the word "回复" but is text, not a bar of reply links: the slot of the
    sub-replies stays when most of them are addressed (Tieba's 楼中楼; zh_forum_corpus37 dev seed tieba_lzl)."""
    subs = [
        ("小李", "回复 用户2 :路修好以后，我们村的橘子第二天就能运到县城，收购价也高了。"),
        ("老张", "回复 小李 :是的，去年冬天还在担心下雪封路，今年终于不用愁了。"),
        ("阿明", "修路那几个月确实不方便，不过现在看来很值得。"),
    ]
    out = extract_html(_tieba(subs)).text
    assert PARA in out and PARA2 in out
    for _, t in subs:
        assert t.split(":", 1)[-1] in out
    assert "回复 用户2" not in out and "回复 小李" not in out


@pytest.mark.parametrize(
    ("line", "text"),
    [("老郑: 回复 小郝 :路修好了就好。", "路修好了就好。"), ("回复 小郝：同意楼上的看法。", "同意楼上的看法。")],
)
def test_floor_in_floor_reply_head_is_stripped(line: str, text: str) -> None:
    assert clean_lines([PARA, line, PARA2]).lines == [PARA, text, PARA2]


@shared
def test_generated_floor_in_floor_replies_stay() -> None:
    """``zh_forum_corpus37`` tieba_lzl (a tune kind) on the dev seed: a page whose 楼中楼 replies were all lost."""
    import zh_forum_corpus37 as gen
    from halves import TUNE

    p = gen.build_page("tieba_lzl", "simp", 2, gen.Text.load(DATA), "forum37-dev1")
    assert p.half == TUNE
    got = gen._norm(extract_html(p.html, url=gen._url(p)).text)
    assert all(gen._norm(line) in got for line in p.gold.splitlines())
