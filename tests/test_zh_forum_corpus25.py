"""Golden tests on *tune* pages of the Chinese forum generator of round 25 (``bench/zh_forum_corpus25.py``: 微博 PC,
豆瓣小组 2010, Discuz! 7.2, a mobile page with script JSON, 知乎 2022, a MIP/AMP Q&A). The paragraphs are drawn at run
time from the shared extraction sets' tune golds, so the tests name chrome strings only. Check pages are only scored
(``python bench/zh_forum_corpus25.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction.content import _without_previews
from cleaner.extraction.dom import Line
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_forum_corpus25 reads its paragraphs from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_forum_corpus25


def test_douban_reply_headers_and_quote_names_go() -> None:
    """A 豆瓣小组-like topic of 2010 whose replies' headers sit in an ``<h4>``
    ("X(签名) 2010-05-03 12:33:10 IP属地：上海": a heading with a time of day counts as a labelled stamp; was kept
    above every reply) and whose quotes end in the quoted poster's name link (the name goes, the quoted text stays;
    was "…文字X")."""
    page, text = assert_golden_page(zh_forum_corpus25, zh_forum_corpus25.SET, "douban2010_1", ("IP属地", "回应"))
    assert "reply-quote" in page.html
    for name in page.users[1:]:
        assert name not in text, name


def test_mip_best_answer_preview_goes() -> None:
    """A MIP/AMP Q&A page whose best answer opens with a cut preview ("…" + "展开全部") above its full text: the
    preview goes (was kept with its "展开全部"), the full text stays once."""
    page, text = assert_golden_page(zh_forum_corpus25, zh_forum_corpus25.SET, "mip_qa_0", ("展开全部", "已赞过"))
    assert "best-preview" in page.html
    assert text.count(page.posts[1][0]) == 1


def test_weibo_status_above_its_comments_stays() -> None:
    """A 微博-like status page shows no title line: the status, its counts bar, a 热门评论 box copying two comments,
    then the chosen list of all comments. The status is found in the list's card above the copies and stays (was
    lost: the list alone was the text); the hot box's copies and stamps go."""
    page, text = assert_golden_page(zh_forum_corpus25, zh_forum_corpus25.SET, "weibo_pc_0", ("热门评论", "IP属地"))
    assert text.startswith(page.posts[0][0])
    for paras in page.posts[1:]:
        assert text.count(paras[0]) == 1


def _line(text: str) -> Line:
    return Line(text, len(text.replace(" ", "")), 0, 1, 0, 0)


def test_previews_need_a_longer_line_below() -> None:
    """A cut line goes only when a line below opens with its text and is longer (a line kept twice, ending in
    "...", is no preview: a headline over a date over itself stays)."""
    full = "The committee met on Tuesday and agreed to extend the programme for another two years."
    kept = [_line("The committee met on Tuesday and agreed…展开全部"), _line(full)]
    assert [ln.text for ln in _without_previews(kept)] == [full]
    again = "A is beefing with B ... what a time ..."
    twice = [_line(again), _line("Nov 18, 2019"), _line(again)]
    assert _without_previews(twice) == twice
    short = [_line("见上…"), _line("见上面的回答，已经说得很清楚了。")]
    assert _without_previews(short) == short
