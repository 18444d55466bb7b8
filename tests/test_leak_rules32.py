"""Boilerplate leak (issue #12, round 32): per-post chrome lines that generated tune pages left in the
text (``rules/html.toml``: drop_line forum-attachment-size "下载附件 (535.34 KB)", forum-floor-head "zz989 #1 ·
28 天前6 个赞", qa-user-head "数码控78热心网友2024-11-24 07:27" / "不吃香菜4502024-03-19 13:50我来回答",
en-deleted-post "[deleted]" / "This post was deleted by the author."; strip bbs-topic-links "…同主题阅读返回版面";
breadcrumb forum-path "小木虫论坛 » 考研 » …"). Pages are tune pages of the dev seeds ``leak32-dev1`` and
``leak32-dev2``; the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from cleaner.extraction import extract_html
from cleaner.text.textclean import clean_lines
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_tune_page_chrome

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
PARA = "今年以来，全市共新建改建农村公路一百二十公里，沿线群众出行条件明显改善，受到普遍欢迎。"
PARA2 = "市交通运输局有关负责人表示，下一步将继续加大投入，力争明年底前实现行政村通硬化路全覆盖。"
EN = "The council approved the new budget on Tuesday after a long debate about road repairs and parks."
EN2 = "Residents who spoke at the meeting asked for more money to go to the library and the pool."


@pytest.mark.parametrize(
    "line",
    [
        "下载附件 (535.34 KB)",
        "下载附件 (69.45 KB)",
        "下载附件（2 MB）",
        "zz989 #1 · 28 天前6 个赞",
        "leo559 #2 · 12 天前 17 个赞",
        "leo32 #3 · 刚刚",
        "数码控78热心网友2024-11-24 07:27",
        "北漂十年874热心网友 2024-10-05 11:29",
        "不吃香菜4502024-03-19 13:50我来回答",
    ],
)
def test_post_chrome_line_between_paragraphs_goes(line: str) -> None:
    assert clean_lines([PARA, line, PARA2]).lines == [PARA, PARA2]


@pytest.mark.parametrize(
    "line",
    ["[deleted]", "[removed]", "This post was deleted by the author.", "This comment has been removed by a moderator."],
)
def test_deleted_post_placeholder_goes(line: str) -> None:
    assert clean_lines([EN, line, EN2]).lines == [EN, EN2]


@pytest.mark.parametrize(
    "line",
    [
        "下载附件前请先确认文件来源可靠，不明来源的压缩包不要随意打开。",
        "他说热心网友2024-11-24 07:27发来的消息让他很感动，当晚就回了电话。",
        "记者在第3楼看到，#1 · 28 天前的那条帖子已经被顶了上千次。",
        "同主题阅读的帖子里，大家都提到了这个办法，效果确实不错。",
    ],
)
def test_prose_like_the_chrome_stays(line: str) -> None:
    assert line in clean_lines([PARA, line, PARA2]).lines


@pytest.mark.parametrize(
    "line",
    [
        "The post was deleted by the author after readers pointed out the mistake in the second table.",
        "This comment has been removed by a moderator, the forum's owner said, because it named a private person.",
    ],
)
def test_sentences_about_deleted_posts_stay(line: str) -> None:
    assert line in clean_lines([EN, line, EN2]).lines


def test_topic_links_glued_to_a_subject_line_go() -> None:
    assert clean_lines([PARA, "文章主题: 世界首支戊肝疫苗获准上市同主题阅读返回版面", PARA2]).lines[1] == (
        "文章主题: 世界首支戊肝疫苗获准上市"
    )


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("seed", "page_id", "chrome"),
    [("leak32-dev1", "qa_adopted_2", ("热心网友", "熱心網友", "我來迴答", "數碼控78", "北漂十年874"))],
)
def test_qa_tune_page_loses_its_user_heads(seed: str, page_id: str, chrome: tuple[str, ...]) -> None:
    assert_tune_page_chrome("zh_forum_corpus21", seed, page_id, chrome, 0.9)


@functools.cache
def _pages31(seed: str) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_forum_corpus31

    return {p.id: p for p in zh_forum_corpus31.build(DATA, seed)}


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("seed", "page_id", "chrome"),
    [
        ("leak32-dev2", "discuz_touch_trad_0", ("下載附件", "下载附件")),
        ("leak32-dev2", "discuz_touch_short_1", ("下载附件",)),
        ("leak32-dev2", "smth_short_1", ("同主题阅读", "返回版面")),
        ("leak32-dev2", "muchong_trad_1", ("小木蟲論壇 »",)),
        ("leak32-dev2", "ruby_china_short_0", ("个赞", "#1 ·")),
    ],
)
def test_forum_tune_pages_lose_their_chrome_lines(seed: str, page_id: str, chrome: tuple[str, ...]) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_forum_corpus31
    from bench_extract import prf

    page = _pages31(seed)[page_id]
    assert page.half == "tune"
    text = extract_html(page.html, url=zh_forum_corpus31.SCORING.url(page)).text
    assert not [c for c in chrome if c in text]
    assert prf(text, page.gold)[2] >= 0.9, "posts lost"


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("seed", "page_id"), [("leak32-dev1", "badges-0"), ("leak32-dev2", "badges-9"), ("leak32-dev6", "badges-7")]
)
def test_deleted_posts_placeholders_leave_the_thread(seed: str, page_id: str) -> None:
    """(badges-7 of leak32-dev6: a "Moderator note:" line, en-mod-note.)"""
    sys.path.insert(0, str(ROOT / "bench"))
    import gen_score
    import web_corpus22

    how = web_corpus22.SCORING
    page = next(p for p in web_corpus22.build(DATA, seed) if p.id.endswith(page_id))
    assert page.half == "tune"
    result = gen_score.judge(page, extract_html(page.html, url=how.url(page)).text, how.norm)
    assert not result.leaked and not result.missing


@pytest.mark.parametrize(
    "line",
    [
        "图片说明：洛克菲勒在海湾投资的第一家度假中心一九五六年开始营业。",
        "图注：市民在广场上排队等候。",
        "▲在停牌四个多月后，电力股复牌后首日报收5.45元。（图／记者马帆欣摄）",
        "▲湘江特枯水位主要是降雨严重偏少所致。(图/翻摄自脸书)",
    ],
)
def test_marked_caption_between_paragraphs_goes(line: str) -> None:
    """(Traditional pages are folded before the rules read them: the tune pages below are Traditional.)"""
    assert clean_lines([PARA, line, PARA2]).lines == [PARA, PARA2]


@pytest.mark.parametrize(
    "line",
    [
        "图片说明了一切：这条公路修通以后，村里的孩子上学再也不用绕远路了。",
        "▲这是今年第三次调整价格，业内人士预计年底前还会有一次。",
        "记者在现场看到，工人们正在铺设最后一段路面。（图／记者马帆欣摄）",
    ],
)
def test_unmarked_caption_like_lines_stay(line: str) -> None:
    assert line in clean_lines([PARA, line, PARA2]).lines


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("page_id", "caption_mark"), [("ettoday_2", "（圖／記者"), ("ettoday_8", "（圖／記者"), ("singtao_6", "圖片說明")]
)
def test_portal_tune_pages_lose_their_marked_captions(page_id: str, caption_mark: str) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_portal_corpus31
    from bench_extract import prf

    page = next(p for p in zh_portal_corpus31.build(DATA, "leak32-dev1") if p.id == page_id)
    assert page.half == "tune" and caption_mark in zh_portal_corpus31.SCORING.shown(page.html)
    text = extract_html(page.html, url=zh_portal_corpus31.SCORING.url(page)).text
    assert caption_mark not in text and not zh_portal_corpus31.judge(page, text).leaked
    assert prf(text, page.gold)[2] >= 0.95


@pytest.mark.parametrize(
    "line",
    [
        "—— 来自生活家论坛小米手机",
        "-- 发自 老友记论坛 iPhone",
        "本帖设有回帖奖励，认真回复的网友有机会获得论坛币，灌水回复不计入奖励名额。",
    ],
)
def test_forum_tail_and_reward_notice_go(line: str) -> None:
    assert clean_lines([PARA, line, PARA2]).lines == [PARA, PARA2]


@pytest.mark.parametrize(
    "line",
    [
        "来自生活家论坛的网友说，小区门口的路灯已经修好了。",
        "本帖有回帖奖励的消息传开以后，跟帖的人一下子多了起来，管理员忙了整整一个晚上。",
    ],
)
def test_lines_about_boards_and_rewards_stay(line: str) -> None:
    assert line in clean_lines([PARA, line, PARA2]).lines


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("page_id", "chrome"), [("pojie_rate_1", ("本帖设有回帖奖励",)), ("discuz_x35_1", ("—— 来自", "论坛小米"))]
)
def test_discuz_tune_pages_lose_their_tail_and_notice(page_id: str, chrome: tuple[str, ...]) -> None:
    assert_tune_page_chrome("zh_forum_corpus23", "leak32-dev3", page_id, chrome, 0.9)


@pytest.mark.parametrize(
    "line", ["Moderator note: Please keep the discussion on topic and civil.", "Admin note: thread moved.", "quote:"]
)
def test_moderator_note_and_quote_label_go(line: str) -> None:
    assert clean_lines([EN, line, EN2]).lines == [EN, EN2]


@pytest.mark.parametrize(
    "line",
    [
        "The moderator noted: please keep the discussion on topic, and most readers did.",
        "A quote: from the mayor's speech was printed on the front page the next morning.",
    ],
)
def test_sentences_about_moderators_and_quotes_stay(line: str) -> None:
    assert line in clean_lines([EN, line, EN2]).lines


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
def test_ubb_tune_page_loses_its_quote_labels() -> None:
    assert_tune_page_chrome("thread_corpus5", "leak32-dev6", "ubb_1", ("quote:",), 0.9)
