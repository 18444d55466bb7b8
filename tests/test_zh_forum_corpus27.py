"""Golden tests on *tune* pages of the Chinese forum generator of round 27 (``bench/zh_forum_corpus27.py``: a tiny Q&A
beside lists of question sentences, a locked thread with moderator notes, a Q&A with code and answerer rate lines,
a column article under a 推荐阅读 strip of question-title links). The paragraphs are drawn at run time from the shared
extraction sets' tune golds, so the tests name chrome strings only. Check pages are only scored
(``python bench/zh_forum_corpus27.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.content import question_titles
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_forum_corpus27 reads its paragraphs from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_forum_corpus27


def test_tiny_qa_loses_its_question_lists() -> None:
    """A question with short answers (gold < 300 characters) above lists of question sentences in plain ``<div>``s
    under short headings ("大家还在看", "猜你喜欢"): the lists at the text's end go (content._without_title_tail)."""
    page, text = assert_golden_page(zh_forum_corpus27, zh_forum_corpus27.SET, "tiny_qa_0", ())
    assert len(page.gold()) <= 300
    leaked = [x for x in page.chrome if x in zh_forum_corpus27.QLIST and x in text]
    assert not leaked, leaked


def test_column_article_loses_its_title_strip() -> None:
    """A column article (hashed class names) whose 推荐阅读 strip is ``<a>`` siblings with nothing between them: one
    line of question titles run together is link text, not a paragraph wrapped in a link (content.question_titles)."""
    page, text = assert_golden_page(zh_forum_corpus27, zh_forum_corpus27.SET, "column_article_2", ())
    assert not [x for x in page.chrome if x in text and len(x) > 8]


def test_locked_thread_notices_go() -> None:
    """A locked thread: the lock notice, the moderator's note and its role label, the closed line and the stamps go
    (rules: drop_line.forum-locked, forum-mod-note, forum-moderated)."""
    page, _ = assert_golden_page(
        zh_forum_corpus27, zh_forum_corpus27.SET, "locked_0", ("版主", "锁定", "已关闭", "精华")
    )
    assert "版主" in page.html


def test_answerer_rate_lines_go() -> None:
    """A code Q&A: the answerers' head lines ending in "采纳率：N%" go (rules: drop_line.qa-answerer-rate); the code and
    every answer's prose stay."""
    assert zh_forum_corpus27.page_half("code_qa_1") == "tune"
    page = next(p for p in zh_forum_corpus27.build() if p.id == "code_qa_1")
    text = extract_html(page.html).text
    assert "采纳率" not in text and "悬赏" not in text
    for para in [x for post in page.posts for x in post if len(x) > 12]:
        assert para in text


def test_answer_table_cells_stay() -> None:
    """A code Q&A whose last answer ends in a table (方案 / 优点 / 缺点 rows): every cell is a line of the text, in
    order (thread._data_cells: a slot of one item's short cells weighs less than nothing and was read as chrome;
    content._table_tail: the cells ending the thread were trimmed as an edge)."""
    page, text = assert_golden_page(zh_forum_corpus27, zh_forum_corpus27.SET, "code_qa_1", ("采纳率", "举报"))
    cells = [c for rows in zh_forum_corpus27.TABLES for r in rows for c in r]
    held = [x for x in page.gold().splitlines() if x in cells]
    assert len(held) >= 6
    out = text.splitlines()
    at = [out.index(x) for x in held]
    assert at == sorted(at)


def test_question_titles_and_tail_need_question_titles() -> None:
    """Three short question sentences and nothing else are a run of titles; a paragraph of long sentences is not;
    a thread's last one-sentence reply above a headed list stays."""
    assert question_titles("为什么手机会这样？到底怎么办才好？哪里可以买到配件？")
    assert not question_titles("他说今天不去了。然后我们就回家了，路上买了一些水果和蔬菜。")
    assert not question_titles("为什么手机会这样？到底怎么办才好？")
    prose = "这是一段足够长的正文内容，用来说明问题的来龙去脉，以及大家都关心的几个方面。"
    items = "".join(f"<div class='x'>{q}</div>" for q in zh_forum_corpus27.QLIST[:6])
    html = (
        f"<html><body><div class='t'><div class='p'>{prose}</div><div class='p'>{prose[:20]}吗，谁知道？</div></div>"
        f"<div class='s'><div class='h'>热门话题</div>{items}</div></body></html>"
    )
    text = extract_html(html).text
    assert prose[:20] + "吗，谁知道？" in text
    assert not any(q in text for q in zh_forum_corpus27.QLIST[:6])
