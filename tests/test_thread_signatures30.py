"""Thread chrome told by its shape (issue #12, round 30): a badge under one poster's name in the card every post
wears (``thread._bio_slots``), a poster's stat box of labelled fields beside a post (``content._field_boxes``), a
poster's same signature closing two of their posts (``content._without_signatures``). Generated pages are tune
pages of the dev seeds ``forum30-dev1`` / ``-dev2``; the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import SHARED
from tests.thread_checks import assert_tune_page_chrome

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
SEED = "forum30-dev1"
P1 = "今年以来，全市共新建改建农村公路一百二十公里，沿线群众出行条件明显改善，受到普遍欢迎。"
P2 = "市交通运输局有关负责人表示，下一步将继续加大投入，力争明年底前实现行政村通硬化路全覆盖。"
P3 = "我们这边也是一样的情况，去年修好的路今年就已经开始坑坑洼洼了，希望能有人管一管。"
P4 = "楼上说得对，关键还是后期的养护，光修不养的话，再好的路过几年也会变得不好走。"


def _page(body: str) -> str:
    return f"<html><head><meta charset='utf-8'><title>t</title></head><body>{body}</body></html>"


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("name", "page_id", "chrome"),
    [
        ("thread_corpus4", "wukong_0", ("科技达人",)),
        ("thread_corpus5", "hr_bbs_2", ("签名：心若向阳",)),
        ("thread_corpus2", "nga_1", ("级别:",)),
    ],
)
def test_thread_tune_pages_lose_their_signatures_and_badges(name: str, page_id: str, chrome: tuple[str, ...]) -> None:
    seed = "forum30-dev2" if name == "thread_corpus2" else SEED
    assert_tune_page_chrome(name, seed, page_id, chrome, 0.9)


def _answers(badges: list[str]) -> str:
    items = "".join(
        f"<div class='css-a1'><div class='css-h2'><img src='/a/{k}.jpg'><div><a href='/u/{k}'>用户{k}号</a>"
        f"<div>{b}</div></div><span>发布于 2023-6-1{k} 01:40</span></div>"
        f"<div class='css-t3'><p>{text}</p></div><div class='css-b4'><button>赞同 {k}</button>"
        f"<button>{k} 条评论</button><button>分享</button><button>收藏</button><button>举报</button></div></div>"
        for k, (b, text) in enumerate(zip(badges, (P1, P2, P3), strict=True))
    )
    return _page(f"<div class='css-q'><h1>路修好了怎么养护？</h1><p>{P4}</p></div><div class='css-l'>{items}</div>")


def test_a_badge_under_one_answerers_name_goes() -> None:
    """The card every answer wears holds an element under the poster's name, empty but in one answer: its one short
    line there is the card's field (a badge), not the answer's text."""
    text = extract_html(_answers(["", "科技达人", ""])).text
    assert "科技达人" not in text
    assert all(p in text for p in (P1, P2, P3))


def _bbs(posts: list[tuple[str, str]]) -> str:
    rows = "<hr>".join(
        f"<font size='2'>{k + 1}楼 作者：<a href='/u/{k}'>网友{k}</a> 发表于 2024-03-2{k} 13:08</font>"
        f"<p>{text}</p>{f'<p><font color=#999999>{sig}</font></p>' if sig else ''}"
        f"<p align='right'><a href='#r'>回复</a> | <a href='#q'>引用</a></p>"
        for k, (text, sig) in enumerate(posts)
    )
    return _page(f"<div class='title'><h2>路修好了怎么养护？</h2></div><div class='posts'>{rows}</div>")


def test_one_posters_signature_under_two_posts_goes() -> None:
    sig = "签名：认真生活，快乐每一天。"
    text = extract_html(_bbs([(P1, sig), (P2, ""), (P3, sig), (P4, "")])).text
    assert sig not in text
    assert all(p in text for p in (P1, P2, P3, P4))


def test_short_replies_said_twice_stay() -> None:
    """"+1" under two posts' headers is their text: no prose above it."""
    text = extract_html(_bbs([(P1, ""), ("+1", ""), (P2, ""), ("+1", ""), (P3, "")])).text
    assert text.count("+1") == 2


def test_a_passage_a_page_repeats_stays() -> None:
    """A heading and its paragraph set twice (a page that repeats its text): the same prose above both copies."""
    body = "".join(f"<p>{P1}</p><p>贴心提醒</p><p>{P2}</p>" for _ in range(2))
    text = extract_html(_page(f"<div class='article'><h1>路修好了怎么养护？</h1>{body}<p>{P3}</p></div>")).text
    assert text.count("贴心提醒") == 2


def test_a_dash_rule_in_the_middle_of_a_text_or_under_a_header_stays() -> None:
    """Below a rule with more text after it (a section of the post), or a rule under a reply's header ("@X 2楼
    <date>"), the lines are the text."""
    rest = "<br>".join((P2, P3, P4, P1, P2))
    mid = _page(f"<div class='article'><h1>t</h1><p>{P1}<br>----------<br>{rest}</p></div>")
    assert P2 in extract_html(mid).text
    head = _page(
        f"<div class='article'><h1>t</h1><p>{P1}</p><p>{P2}</p>"
        f"<div>@网友3 2楼 2024-11-01 20:09<br>----------<br>{P3}<br>好的。</div><p>{P4}</p></div>"
    )
    out = extract_html(head).text
    assert P3 in out and "好的。" in out


def _lone_post(box: str) -> str:
    return _page(
        "<div class='thread'><h3>路修好了怎么养护？</h3><table><tr><td class='c1'><a class='author'>网友甲</a>"
        f"<div class='stat'>{box}</div></td><td class='c2'><span class='postcontent'>{P1}<br>{P2}<br>{P3}</span>"
        "<div><a>回复</a><a>引用</a></div></td></tr></table></div>"
    )


def test_a_posters_stat_box_beside_a_lone_post_goes() -> None:
    text = extract_html(_lone_post("级别: 新手<br>威望: 1<br>发帖: 2855<br>注册: 2019-03-10")).text
    assert "级别" not in text and "新手" not in text
    assert all(p in text for p in (P1, P2, P3))


def test_labelled_lines_without_a_count_stay() -> None:
    """An event's "时间： / 地点： / 主办：" lines count nothing: no stat box."""
    text = extract_html(_lone_post("时间：五月一日上午<br>地点：市民广场<br>主办：市交通运输局")).text
    assert "地点：市民广场" in text
