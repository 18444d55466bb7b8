"""Golden tests on *tune* pages (and pages of the development seed ``forum18-dev1``) of the third independent thread
generator (``bench/forum_corpus18.py``): what round 18 added. The post texts are drawn at run time from the shared
extraction sets' tune golds, so the tests name chrome strings only and take the posts from the page itself. Check
pages of forum_corpus18 are only scored (``python bench/forum_corpus18.py --score``); the fresh seed of the round's
report is never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_fixed_and_split, assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("forum_corpus18 reads its post texts from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import forum_corpus18

DEV = "forum18-dev1"
"""The seed of round 18's development pages (apart from the default seed's halves and from the report's fresh seed)."""

GOLDEN: list[tuple[str, str, str, tuple[str, ...]]] = [
    # (seed, page, why, chrome that must go); the posts must stay (recall of the gold's tokens)
    (
        forum_corpus18.SET,
        "zhihu_card_1",
        "a question in a header beside the answers' column (the list's parent does not hold the title): kept",
        ("展开阅读全文", "人赞同了该回答", "条评论", "关注者"),
    ),
    (
        forum_corpus18.SET,
        "douban_quote_2",
        "one reply whose heading is its user's name and date ('X 2024-07-23 08:39:17'): a reply, not an article",
        ("来自:", "回应", "推荐"),
    ),
    (
        forum_corpus18.SET,
        "douban_quote_1",
        "the first post's own header line above a chosen list of posts ('来自: X <date>') goes",
        ("来自:", "北漂十年167"),
    ),
    (
        forum_corpus18.SET,
        "zhidao_best_0",
        "a best answer set apart (a box of a label, a card and a vote bar around the answer) above one other answer",
        ("最佳答案", "采纳率", "展开全部", "其他类似问题"),
    ),
    (
        forum_corpus18.SET,
        "qa_lazy_zh_2",
        "one answer whose reply / report links sit in its own <footer>: read as a reply, the user chrome goes",
        ("提问于", "数码控271", "查看更多回答", "关注问题"),
    ),
    (
        forum_corpus18.SET,
        "qa_lazy_en_2",
        "the same in English",
        ("asked", "Load more answers", "Follow question"),
    ),
    (
        DEV,
        "zhidao_best_2",
        "a best answer chosen alone: its one-paragraph question above it, below the title, is kept",
        ("其他类似问题", "展开全部", "老司机带带我119"),
    ),
    (
        DEV,
        "se_comments_0",
        "comments under the question, then its one answer below them (a menu of 'flex--item' links in the answer is"
        " no wrapper of posts)",
        ("Improve this answer", "Add a comment", "answered", "Your Answer"),
    ),
    (
        "forum18-dev3",
        "discuz_pc_0",
        "a Discuz! post's edit stamp above its text goes (rules: drop_line.forum-edited)",
        ("本帖最后由", "只看该作者", "使用道具"),
    ),
    (
        "forum18-dev3",
        "xenforo_react_0",
        "an ad between two posts, one link in a box of its own, goes however long it is",
        ("Sponsored:", "Reaction score", "+Quote"),
    ),
    (
        "forum18-dev4",
        "xenforo_react_2",
        "...and so does one below the last post",
        ("Sponsored:", "Reaction score"),
    ),
]


@pytest.mark.parametrize("spec", GOLDEN, ids=[f"{g[0]}-{g[1]}" for g in GOLDEN])
def test_golden_generated_page(spec: tuple[str, str, str, tuple[str, ...]]) -> None:
    seed, page_id, _why, must_not = spec
    page, text = assert_golden_page(forum_corpus18, seed, page_id, must_not)
    for paras in page.posts:
        for para in paras:
            if len(para) >= 20:
                assert para in text, f"{page_id}: {para[:16]!r} lost"


def test_a_question_beside_its_answers_column_is_kept() -> None:
    """A Stack-Exchange-like question whose title sits in a header beside the main column (the chosen block is the
    answers' list): the question's text comes first, then every answer; the answers' user chrome goes."""
    assert forum_corpus18.page_half("se_comments_0") == "tune"
    page = next(p for p in forum_corpus18.build() if p.id == "se_comments_0")
    text = extract_html(page.html).text
    question = page.posts[0][0]
    assert text.startswith(question)
    answers = [paras[0] for paras, depth in zip(page.posts, page.depth, strict=True) if depth == 0][1:]
    assert answers and all(a in text for a in answers)
    for chrome in ("Improve this answer", "Add a comment", "Sorted by:", "Your Answer"):
        assert chrome not in text


def test_the_generator_is_fixed_and_split() -> None:
    assert_fixed_and_split(forum_corpus18)
