"""Golden tests on *tune* pages of ``bench/zh_qa_corpus29.py`` (issue #12, round 29: Chinese Q&A and community
pages). A question with one short answer (tiny gold) under a scripted "我来回答" box and a "推广" card
(``content._formless_reply_box``, ``content._ad_boxes``, rules ``qa-asker`` / ``qa-answer-count``); Tieba's 楼中楼
"X: 回复 Y :text" (``content._REPLY_TO``); a Weibo app banner naming its app (rule ``app-more``); answers' one-line
author bios under the name link in hashed classes (``thread._bio_slots``). The generator's texts are drawn at run
time from the shared extraction sets' tune golds; check pages are only scored; the fresh seeds of the round's report
are never tested on."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.gen_checks import assert_tune_pages

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

pytestmark = pytest.mark.skipif(not (DATA / "daniel_zh").is_dir(), reason="needs the shared extraction sets")


@pytest.fixture(scope="module")
def text() -> object:
    import zh_qa_corpus29 as gen

    return gen.Text.load(DATA)


def test_a_one_answer_question_is_its_detail_and_answer(text: object) -> None:
    """one_answer: the tiny gold (20-80 characters) without the reply box's prompt, the advert card, the asker line
    or the answers' count, on the tune pages of two seeds."""
    import zh_qa_corpus29 as gen

    wanted = [("one_answer", i) for i in (6, 7, 8, 10, 11, 13, 17)]
    for seed in ("zhqa29", "qa29-dev1"):
        for p in assert_tune_pages(gen, text, seed, wanted):
            out = extract_html(p.html, url=gen._url(p)).text
            assert len(out) < 3 * len(p.gold), p.id  # (the answerer's name line may stay)
            assert not re.search(r"提问者|条回答|推广|我来回答", out), p.id


def test_tieba_floor_replies_lose_their_reply_heads(text: object) -> None:
    """tieba_lzl: each 楼中楼 reply's text, without "X: 回复 Y :"."""
    import zh_qa_corpus29 as gen

    assert_tune_pages(gen, text, "qa29-dev1", [("tieba_lzl", i) for i in (6, 9, 16, 19)])


def test_weibo_status_and_comments_without_the_app_banner(text: object) -> None:
    """weibo_status: the status, every comment's text without "user：", no "打开微博App，查看更多精彩评论"."""
    import zh_qa_corpus29 as gen

    assert_tune_pages(gen, text, "qa29-dev1", [("weibo_status", i) for i in (0, 3, 6, 9, 14)])


def test_author_bios_under_name_links_are_chrome(text: object) -> None:
    """zhihu_q with its answer cards named as answers (the thread found): the one-line bio under each author's
    name link, in hashed classes, is no text of the answers."""
    import zh_qa_corpus29 as gen

    for seed in ("qa29-dev1", "qa29-dev2"):
        for i in (0, 2, 6, 9, 12, 13):
            p = gen.build_page("zhihu_q", i, text, seed)  # type: ignore[arg-type]
            assert p.half == "tune"
            m = re.search(r"<div role='list'><div class='(css-[a-z0-9]+)'>", p.html)
            assert m is not None
            html = p.html.replace(f"class='{m.group(1)}'", "class='List-item AnswerItem'")
            out = extract_html(html, url=gen._url(p)).text
            bios = [b for b in gen._BIOS if b in p.must_not]
            assert bios and not [b for b in bios if b in out], p.id
            assert all(gen._norm(m) in gen._norm(out) for m in p.must), p.id


def test_other_answers_under_a_best_answer_chosen_alone(text: object) -> None:
    """zhidao_best: the best answer's card, then "其他N条回答" over bare answers (no name, no date, no bar on half the
    pages): every answer, not the label, the answerer's "采纳率" line or the "最佳答案" label
    (``content._other_answers``, rules ``qa-best-label`` / ``qa-answerer``)."""
    import zh_qa_corpus29 as gen

    assert_tune_pages(gen, text, "qa29-dev2", [("zhidao_best", i) for i in (0, 2, 3, 5, 7, 11, 13, 14, 15, 16, 18)])


def test_hashed_answer_cards_lose_their_bios(text: object) -> None:
    """zhihu_q as generated (hashed classes only, no thread found): the answers without the author cards' bios
    (``content._name_cards``) or the advert card between two answers (``content._ad_boxes``)."""
    import zh_qa_corpus29 as gen

    assert_tune_pages(gen, text, "qa29-dev1", [("zhihu_q", i) for i in (0, 1, 2, 5, 6, 8, 9, 12, 13, 17)])


def test_code_and_list_answers_are_kept(text: object) -> None:
    """code_answer: a question's code block and answers of a code block or an ordered list of steps."""
    import zh_qa_corpus29 as gen

    assert_tune_pages(gen, text, "qa29-dev2", [("code_answer", i) for i in (2, 5, 7, 10, 15)])
