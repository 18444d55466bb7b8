"""A folded or deleted post among a thread's posts (issue #12): its notice is no post.

The page is written for the test: a list of answers named as such, one of them folded (a notice and a reason in
elements none of the answers wears), and one Zhihu-like list named by the abbreviation ``ans``."""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

QUESTION = "请问在老房子里加装地暖需要注意哪些问题，预算大概要多少？"
ANSWERS = (
    "先看楼板承重，老楼的预制板最好别做湿式地暖，干式模块更轻，找施工方上门看过再定。",
    "预算按面积算，八十平左右材料加人工两万上下，分水器和温控别省，后期维修全靠它们。",
    "地面抬高四五厘米，门要修，卫生间的门槛也要重新处理，这些都要提前算进去。",
)


def _answer(cls: str, user: str, text: str, n: int) -> str:
    return (
        f"<div class='{cls}'><div class='{cls}-author'><a href='/u/{n}'>{user}</a></div>"
        f"<div class='votes'>{n * 37} 人赞同了该回答</div><div class='{cls}-text'><p>{text}</p></div>"
        f"<div class='when'>发布于 2023-0{n}-12 10:2{n}</div><div class='{cls}-bar'>赞同 {n * 3} 条评论 分享 收藏</div></div>"
    )


def _page(cls: str, reason: str) -> str:
    folded = f"<div class='{cls} {cls}-folded'><div class='fold-note'>该回答已被折叠</div><div class='fold-why'>{reason}</div></div>"
    answers = [_answer(cls, f"用户{n}", t, n + 1) for n, t in enumerate(ANSWERS)]
    answers.insert(2, folded)
    return (
        "<html><head><title>老房子加装地暖 - 问答</title></head><body><div class='nav'><a href='/'>首页</a> <a href='/h'>热榜</a></div>"
        f"<div class='wrap'><div class='q-head'><h1>老房子加装地暖</h1><div class='q-detail'><p>{QUESTION}</p></div></div>"
        f"<div class='{cls}-list'><div class='list-head'>4 个回答</div>{''.join(answers)}</div></div>"
        "<div class='foot'><p>© 2024 问答</p></div></body></html>"
    )


@pytest.mark.parametrize("cls", ["answer", "ans"])
def test_folded_answer_notice_goes_and_answers_stay(cls: str) -> None:
    out = extract_html(_page(cls, "折叠原因：回答与问题关联度较低。")).text
    assert QUESTION in out
    for text in ANSWERS:
        assert text in out
    assert "折叠原因" not in out
    assert "该回答已被折叠" not in out



DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))
shared = pytest.mark.skipif(not (DATA / "daniel_zh").is_dir(), reason="needs the shared extraction sets")
BIOS = ("一个喜欢折腾数码的普通人，每周更新。", "记录生活里的小确幸，感谢每一位路过的朋友。", "专注科普十年，不定期直播答疑。")


@shared
@pytest.mark.parametrize(("seed", "i"), [("forumrows36-dev1", 0), ("forumrows36-dev1", 1), ("forumrows36-dev2", 2)])
def test_author_card_bio_above_first_post_goes(seed: str, i: int) -> None:
    """A video page's uploader card (name, a one-sentence bio, a follow button) above the description, its comment
    list below: the bio goes, the description and every comment stay (``bench/zh_forum_corpus32.py`` tune pages)."""
    import zh_forum_corpus32 as gen
    from halves import TUNE

    p = gen.build_page("bili_video", "short", i, gen.Text.load(DATA), seed)
    assert p.half == TUNE, p.id
    got = gen._norm(extract_html(p.html, url=gen._url(p)).text)
    assert not any(gen._norm(b) in got for b in BIOS)
    assert all(gen._norm(m) in got for m in p.must)


@shared
@pytest.mark.parametrize("shape", ["short", "long"])
def test_folded_answers_of_a_generated_page(shape: str) -> None:
    """``bench/zh_qa_corpus34.py``'s folded answers (tune pages): no "折叠原因" line, every answer kept."""
    import zh_qa_corpus34 as gen
    from halves import TUNE

    p = gen.build_page("zhihu_folded", shape, 1, gen.Text.load(DATA), "forumrows36-dev2")
    assert p.half == TUNE, p.id
    got = gen._norm(extract_html(p.html, url=gen._url(p)).text)
    assert "折叠原因" not in got
    assert all(gen._norm(m) in got for m in p.must)


BADGES = (
    "十年互联网从业者，关注教育与科技，偶尔写点生活里的小观察。",
    "前媒体人，现在做独立研究，相信认真写下来的东西总会有人看到。",
    "医学硕士在读，分享靠谱的健康知识，不卖货也不接任何广告。",
)


@shared
def test_poster_bio_in_an_author_component_goes() -> None:
    """``bench/zh_forum_corpus22.py``'s Zhihu answer list (a tune page of a dev seed): each answer's one-sentence
    bio in ``AuthorInfo-badgeText`` goes, every post stays."""
    import zh_forum_corpus22 as gen
    from bench_extract import prf
    from halves import TUNE

    p = next(p for p in gen.build("forumrows36-dev1") if p.id == "zhihu_answers_0")
    assert gen.page_half(p.id) == TUNE
    got = extract_html(p.html).text
    assert not any(b in got for b in BADGES if b in p.html)
    assert not any(x in got for x in p.chrome)
    assert prf(got, p.gold())[0] > 0.97


@shared
def test_a_moderator_post_in_another_template_stays() -> None:
    """``bench/zh_thread_shapes32.py``'s ``templates`` page (a tune page of a dev seed): the moderator's short post
    in a highlighted template ("版主提示", a ``<blockquote>``, its poster and date below) is a post, not a folded one."""
    import zh_thread_shapes32 as gen
    from halves import TUNE

    p = next(p for p in gen.build(DATA, "forumrows36-dev3") if p.id == "templates-0")
    assert p.half == TUNE
    got = gen._norm(extract_html(p.html, url=gen._url(p)).text)
    assert all(gen._norm(line) in got for line in p.gold.splitlines() if line.strip())


@shared
@pytest.mark.parametrize("seed", ["forumrows36-dev1", "forumrows36-dev2"])
def test_floor_in_floor_reply_loses_its_name_time_and_reply_link(seed: str) -> None:
    """``bench/zh_qa_corpus34.py``'s Tieba 楼中楼 lines (a Traditional tune page of a dev seed): "<a>X</a>：text
    <span>date</span> <a>回覆</a>" keeps its text only."""
    import zh_qa_corpus34 as gen
    from halves import TUNE

    p = gen.build_page("tieba_sig", "trad", 2, gen.Text.load(DATA), seed)
    assert p.half == TUNE, p.id
    got = extract_html(p.html, url=gen._url(p)).text
    assert not any(line.rstrip().endswith("回覆") for line in got.splitlines())
    assert not any(x in got for x in p.must_not)  # (the users' names, the dates, "回覆")


@shared
@pytest.mark.parametrize(("seed", "shape", "i"), [("forumrows36-dev1", "long", 0), ("forumrows36-dev2", "long", 1)])
def test_question_stamp_and_supplement_label_go(seed: str, shape: str, i: int) -> None:
    """``bench/zh_qa_corpus34.py``'s Zhidao question (tune pages of dev seeds): "X 提问于 <date>" goes (rules:
    drop_line.qa-asked-stamp) and "问题补充：" goes with its text kept (strip.qa-follow-label)."""
    import zh_qa_corpus34 as gen
    from halves import TUNE

    p = gen.build_page("zhidao_zhuiwen", shape, i, gen.Text.load(DATA), seed)
    assert p.half == TUNE, p.id
    got = extract_html(p.html, url=gen._url(p)).text
    assert "提问于" not in got
    assert "问题补充" not in got
    assert all(gen._norm(m) in gen._norm(got) for m in p.must)
