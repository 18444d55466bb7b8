"""Boilerplate leak (issue #12, round 29): forum and Q&A chrome lines that generated tune pages left in the text
(``rules/html.toml``: drop_line forum-online-stats, forum-topic-age, forum-empty-signature, forum-rate-box,
bbs-smth-quote-head, forum-board-chrome-en, forum-quote-head, qa-answer-labels; forum-client-tail and
qa-answerer-rate widened); the site's own boxes ("本站简介", "网站公告": ``heads = "site-box"``) cut below a story
of one short paragraph (``textclean._AFTER_SHORT``); a short caption in a picture table between two paragraphs
(``extraction._captions``, ``textclean._caption_between``). Pages are tune pages of the dev seed ``leak29-dev1``;
the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.text.textclean import clean_lines
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_tune_page_chrome

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
SEED = "leak29-dev1"
PARA = "今年以来，全市共新建改建农村公路一百二十公里，沿线群众出行条件明显改善，受到普遍欢迎。"
PARA2 = "市交通运输局有关负责人表示，下一步将继续加大投入，力争明年底前实现行政村通硬化路全覆盖。"


@pytest.mark.parametrize(
    "line",
    [
        "—— 来自老友记论坛手机版",
        "—— 来自老友记论坛 Android 客户端",
        "来自：移动客户端",
        "山海经887 采纳率：87% 擅长：生活/家居",
        "当前在线 1893 人，其中会员 212 人，游客 1681 人。最高记录是 9021 于 2021-5-3。",
        "There are currently 1 users browsing this thread. (0 members and 1 guests)",
        "这是一个创建于 1194 天前的主题，其中的信息可能已经有所发展或是发生改变。",
        "此人很懒，什么也没留下。",
        "收起理由",
        "【 在 不吃香菜 的大作中提到: 】",
        "Click to expand...",
        "Discussion in 'Help' started by cedar, 08-16-2023, 01:57 PM.",
        "Write a Reply...",
        "All times are ET (US)",
        "IP: Logged",
        "Last edited by rtfm on Mon Mar 08, 2023 5:56 pm; edited 1 time in total",
        "Posted: Mon Mar 27, 2023 12:10 pm Post subject: Re: Question about this, any ideas?",
        "最佳答案",
        "Was this answer helpful?",
        "12 answers",
        "grumpy_cat wrote:",
        "Code:",
    ],
)
def test_forum_chrome_line_between_paragraphs_goes(line: str) -> None:
    assert clean_lines([PARA, line, PARA2]).lines == [PARA, PARA2]


@pytest.mark.parametrize(
    "line",
    [
        "赞一个",  # a reply of its own (a tune gold of magichtml_zh keeps one): not the rating box
        "很给力",
        "来自四川泸州的个体老中医陈建民在玻璃房中坚持了四十九天。",
        "Posted: Jan 11, 2012 9:57 AM CST Last Updated: Jan 11, 2012 12:07 PM CST",
        "最佳答案是什么，专家们至今没有定论。",
        "He wrote 12 answers to the committee's questions before the deadline.",
        "he wrote:",  # a quote in an article's prose
        "On Mar 3, 2012, Bob Smith wrote:",  # a mail's attribution (web_corpus19/20 golds keep it)
    ],
)
def test_prose_like_the_chrome_stays(line: str) -> None:
    assert line in clean_lines([PARA, line, PARA2]).lines


def test_site_box_cuts_below_a_one_sentence_story() -> None:
    """A notice of one short sentence (no body_start), its 落款, then "本站简介" over the site's description: the box
    goes with its prose; the notice and its 落款 stay."""
    about = "齐鲁网是经国务院新闻办公室批准的省级重点新闻网站，于二〇〇〇年正式开通。本站坚持正确的舆论导向。"
    notice = "惠誉评级周二表示，希腊债务将违约，尽管此次违约可能是有序的。"
    out = clean_lines([notice, "浙江区政府办公室", "二〇〇一年12月20日", "本站简介", about]).lines
    assert out == [notice, "浙江区政府办公室", "二〇〇一年12月20日"]


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
def test_zh_news27_notice_over_site_boxes_tune_pages() -> None:
    """zh_news_corpus27 ``notice_board`` tune pages whose tiny notice kept the "本站简介" prose below it."""
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_news_corpus27 as gen
    from zh_portal_corpus import Text

    from tests.gen_checks import assert_tune_pages

    assert_tune_pages(gen, Text.load(DATA), SEED, [("notice_board", 3), ("notice_board", 9)])


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("name", "page_id", "chrome"),
    [
        ("thread_corpus2", "discuz_2", ("当前在线",)),
        ("thread_corpus2", "flarum_0", ("Write a Reply",)),
        ("thread_corpus3", "xenforo1_0", ("Click to expand", "Discussion in")),
        ("thread_corpus4", "discuz_t_3", ("收起理由",)),
        ("thread_corpus5", "hr_bbs_2", ("此人很懒",)),
        ("thread_corpus5", "ubb_1", ("All times are", "IP: Logged")),
        ("forum_corpus18", "zhidao_best_2", ("最佳答案", "采纳率")),
        ("zh_forum_corpus23", "v2ex_zh_1", ("创建于",)),
        ("zh_forum_corpus23", "discuz_x35_1", ("来自老友记",)),
        ("zh_forum_corpus23", "phpwind9_0", ("移动客户端",)),
    ],
)
def test_thread_tune_pages_lose_their_chrome_lines(name: str, page_id: str, chrome: tuple[str, ...]) -> None:
    assert_tune_page_chrome(name, SEED, page_id, chrome, 0.95)


def _picture_page(box: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>t</title></head><body><div>"
        f"<p>{PARA}</p><p>{PARA2}</p>{box}<p>{PARA}</p><p>{PARA2}</p></div></body></html>"
    )


def test_a_caption_in_a_picture_table_between_paragraphs_goes() -> None:
    """A picture table (an image row, a caption row: 2000s portals, CleanEval-like golds drop captions) set between
    two paragraphs: its short caption goes (``html.caption``); the same line set in the flow after an image (an
    ``<img>`` in a ``<p>``, then the line as a ``<p>``: a subheading under a picture) or in a ``<div>`` box under the
    image (a description that magichtml-like golds keep) stays."""
    from cleaner.extraction import extract_html

    cap = "最有意思的是郭德纲的态度之淡定"
    table = (
        "<table align='center'><tr><td align='center'><img src='/pic/1.jpg' width='300'></td></tr>"
        f"<tr><td align='center'><font size='2'>{cap}</font></td></tr></table>"
    )
    assert cap not in extract_html(_picture_page(table), url="http://news.example.cn/a/1.shtml").text
    for kept in (f"<p><img src='/pic/1.jpg'></p><p>{cap}</p>", f"<div><img src='/pic/1.jpg'><div>{cap}</div></div>"):
        assert cap in extract_html(_picture_page(kept), url="http://news.example.cn/a/1.shtml").text


def test_a_picture_story_keeps_its_caption() -> None:
    """A caption with no paragraph above it (a photo story's caption is its text) stays; so does a caption that ends
    a sentence (a paragraph's sentence under a picture)."""
    cap = "最有意思的是郭德纲的态度之淡定"
    assert clean_lines([cap, PARA], captions=frozenset({0})).lines == [cap, PARA]
    assert clean_lines([PARA, cap, PARA2], captions=frozenset({1})).lines == [PARA, PARA2]
    assert clean_lines([PARA, cap + "。", PARA2], captions=frozenset({1})).lines == [PARA, cap + "。", PARA2]


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
def test_zh_news27_row_paras_caption_tune_pages() -> None:
    """zh_news_corpus27 ``row_paras`` tune pages whose picture table's caption was left between paragraphs."""
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_news_corpus27 as gen
    from zh_portal_corpus import Text

    from tests.gen_checks import assert_tune_pages

    assert_tune_pages(gen, Text.load(DATA), SEED, [("row_paras", 1), ("row_paras", 4), ("row_paras", 6)])
