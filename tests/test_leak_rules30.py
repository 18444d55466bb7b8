"""Boilerplate leak (issue #12, round 30): answer, quote, rating and signature chrome lines that generated tune
pages left in the text (``rules/html.toml``: drop_line qa-answer-labels widened by "Favorite / Best Answer" and
Quora's "More answers below", forum-quote-head-vb "Originally Posted by X", rated-average "166 people rated this
recipe an average of 3.8 stars out of five.", forum-signature "签名：…"); a bulleted teaser list ("·<a>Headline</a>
<br>Summary") between a story's parts. Pages are tune pages of the dev seed ``leak30-dev1``; the fresh seeds of the
round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.text.textclean import clean_lines
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_tune_page_chrome

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
SEED = "leak30-dev1"
PARA = "The council voted on Tuesday evening to keep the old swimming pool open for at least three more summers."
PARA2 = "More than two hundred residents had signed a letter asking the council not to sell the land to a developer."


@pytest.mark.parametrize(
    "line",
    [
        "Favorite Answer",
        "Best Answer",
        "More answers below",
        "Originally Posted by dave_b",
        "Quote: Originally Posted by mtnbiker",
        "166 people rated this recipe an average of 3.8 stars out of five.",
        "签名：心若向阳，无畏悲伤。",
        "个性签名：个人博客欢迎来踩，每周更新。",
    ],
)
def test_answer_and_poster_chrome_line_between_paragraphs_goes(line: str) -> None:
    assert clean_lines([PARA, line, PARA2]).lines == [PARA, PARA2]


@pytest.mark.parametrize(
    "line",
    [
        "The best answer, she said, was to wait for the spring.",
        "Originally posted by the council in 2019, the plan was later withdrawn.",
        "Most people rated this recipe highly, though some found it too sweet.",
        "签名仪式在北京举行，双方代表出席。",
        "他在合同上签名：张三，日期为二〇二四年一月。",
    ],
)
def test_prose_like_the_chrome_stays(line: str) -> None:
    assert line in clean_lines([PARA, line, PARA2]).lines


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("name", "page_id", "chrome"),
    [
        ("thread_corpus4", "yahoo_1", ("Favorite Answer",)),
        ("thread_corpus4", "quora_0", ("More answers below",)),
        ("thread_corpus4", "vb3_0", ("Originally Posted by",)),
        ("thread_corpus5", "guestbook_0", ("签名：",)),
        ("thread_corpus5", "hr_bbs_0", ("签名：",)),
    ],
)
def test_thread_tune_pages_lose_their_chrome_lines(name: str, page_id: str, chrome: tuple[str, ...]) -> None:
    assert_tune_page_chrome(name, SEED, page_id, chrome, 0.9)


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
def test_en_web25b_recipe_rating_tune_pages() -> None:
    """en_web_corpus25b ``recipe`` tune pages whose readers' rating line stayed above the ingredients."""
    sys.path.insert(0, str(ROOT / "bench"))
    import en_web_corpus25b as gen

    from tests.gen_checks import assert_tune_pages

    assert_tune_pages(gen, gen.Text.load(DATA), SEED, [("recipe", 0), ("recipe", 1), ("recipe", 2)])


_STORY = [
    "今年以来，全市共新建改建农村公路一百二十公里，沿线群众出行条件明显改善，受到普遍欢迎。",
    "市交通运输局有关负责人表示，下一步将继续加大投入，力争明年底前实现行政村通硬化路全覆盖。",
    "据介绍，新建道路全部按照三级公路标准设计，路面宽度达到七米，沿线还设置了港湾式停车站。",
    "不少村民表示，过去下雨天出门一身泥，如今家门口就能坐上公交车，农产品也更好卖了。",
]
_SUMMARIES = [
    "而韩寒其实一直没变，他一直竭力保持独立清醒。",
    "国党，留学生，影子都不见了。",
    "这是有关气垫鞋安全性研究最初的成果。",
]


def _split_story(bullet: str) -> str:
    rows = "".join(
        f"<tr><td>{bullet}<a href='/news/2023/{k}.shtml'>第{k}条相关新闻的标题在这里写得比较长</a><br>"
        f"<font color='#666666'>{s}</font></td></tr>"
        for k, s in enumerate(_SUMMARIES)
    )
    part = "<table width='100%'><tr><td><font>{}</font></td></tr></table>"
    return (
        "<html><head><meta charset='utf-8'><title>农村公路</title></head><body><table><tr><td>"
        + part.format("<br><br>".join(_STORY[:2]))
        + f"<table><tr><td><b>相关链接</b></td></tr>{rows}</table>"
        + part.format("<br><br>".join(_STORY[2:]))
        + "</td></tr></table></body></html>"
    )


def test_a_bulleted_teaser_list_between_story_parts_loses_its_summaries() -> None:
    """Three "·<a>Headline</a><br>Summary" rows in a table between two parts of a story (``content._bullet_head``
    in ``_teaser_list``): the summaries go, the story's four paragraphs stay; the same rows without the bullet are
    all-link heads already (unchanged)."""
    from cleaner.extraction import extract_html

    for bullet in ("·", "•", ""):
        text = extract_html(_split_story(bullet), url="http://news.example.cn/a/1.shtml").text
        assert all(p in text for p in _STORY), bullet
        assert not [s for s in _SUMMARIES if s in text], bullet


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
def test_zh_news27_split_tables_tune_pages() -> None:
    """zh_news_corpus27 ``split_tables`` tune pages whose "相关链接" table between the story's parts kept its
    summaries ("·<a>headline</a><br><font>summary</font>")."""
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_news_corpus27 as gen
    from zh_portal_corpus import Text

    from tests.gen_checks import assert_tune_pages

    assert_tune_pages(gen, Text.load(DATA), SEED, [("split_tables", 9), ("split_tables", 17)])
