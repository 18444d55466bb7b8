"""Golden tests on *tune* pages of the Chinese forum generator of round 26 (``bench/zh_forum_corpus26.py``: a tiny Q&A
above a teaser wall, a first post apart from its replies, one ``<article>`` per post, plain-text chrome lines in
``<dd>`` posts, a folded Q&A with 提问者评价 / 追问 / 追答). The paragraphs are drawn at run time from the shared
extraction sets' tune golds, so the tests name chrome strings only. Check pages are only scored
(``python bench/zh_forum_corpus26.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction.thread import bare_bar
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_forum_corpus26 reads its paragraphs from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_forum_corpus26


def test_plain_text_bars_and_tails_in_posts_go() -> None:
    """A list thread whose posts are ``<dd>`` texts with their chrome as plain lines after the text: the
    "赞(N) 回复 举报" bar (a reply's kept line of action words and counts only: was kept under every post), the
    "—— 来自 iPhone 客户端" tail (rules: drop_line.forum-client-tail) and "收起回复" (rules: drop_line.load-more) go."""
    page, _ = assert_golden_page(
        zh_forum_corpus26, zh_forum_corpus26.SET, "dl_thread_1", ("举报", "回复", "客户端", "赞(")
    )
    assert "<dd>" in page.html and "收起回复" in page.html and "—— 来自" in page.html


def test_qa_rating_follow_labels_and_fold_notice_go() -> None:
    """A folded Q&A page (Traditional, folded to Simplified for the rules): the asker's rating line and a folded
    answer's notice go (rules: drop_line.qa-asker-rating), the follow-ups' "追问：" / "追答：" labels go and their
    texts stay (rules: strip.qa-follow-label)."""
    page, text = assert_golden_page(
        zh_forum_corpus26, zh_forum_corpus26.SET, "wenda_fold_2", ("提問者評價", "追問", "追答", "該迴答已被摺疊")
    )
    for para in page.posts[1]:
        assert para in text


def test_bare_bar_needs_two_actions_and_nothing_else() -> None:
    """A bar of two action words and counts is one ("赞(28) 回复 举报"); one word, or words among prose, is none."""
    assert bare_bar("赞(28) 回复 举报")
    assert not bare_bar("赞")
    assert not bare_bar("回复楼上：说得对")
