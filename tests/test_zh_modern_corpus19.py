"""Golden tests on *tune* pages of the Chinese modern-article and Q&A generator of round 19
(``bench/zh_modern_corpus19.py``): what round 19 changed. The paragraphs are drawn at run time from the shared
extraction sets' tune golds, so the tests name chrome strings only and take the text from the page itself. Check
pages are only scored (``python bench/zh_modern_corpus19.py --score``); the fresh seed of the round's report is never
tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_fixed_and_split, assert_golden_page, assert_tune_page_chrome

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_modern_corpus19 reads its paragraphs from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_modern_corpus19

GOLDEN: list[tuple[str, str, tuple[str, ...]]] = [
    # (page, why, chrome that must go); the text must stay (recall of the gold's tokens)
    (
        "wechat_0",
        "a WeChat article's prompts inside #js_content and its read bar go (rules: drop_line.wechat-prompts)",
        ("点击上方蓝字关注我们", "点个“在看”，你最好看", "在看 816", "END"),
    ),
    (
        "zhidao_alone_1",
        "a Zhidao best answer alone: its answerer card's 'LV8 擅长：…' line goes (rules: drop_line.zhidao-chrome)",
        ("擅长：", "采纳数", "你对这个回答的评价是？"),
    ),
    (
        "zhidao_alone_2",
        "the same in Traditional characters, where the box's layout-named lines ('line') made a list of one card line"
        " and left the answer out (was: recall 0.12): the answer stays, its card and vote bar go",
        ("擅長：", "採納數", "埰納數", "已讚過", "你對這個回答的評價是？"),
    ),
]

DEV = "forum19-dev3"
"""A development seed of round 19 (apart from the default seed's halves and from the report's fresh seeds)."""


@pytest.mark.parametrize("spec", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_generated_page(spec: tuple[str, str, tuple[str, ...]]) -> None:
    page_id, _why, must_not = spec
    assert_golden_page(zh_modern_corpus19, zh_modern_corpus19.SET, page_id, must_not)


def test_comments_under_a_one_paragraph_article_in_an_article_element_go() -> None:
    """A Zhihu column article of one paragraph whose title and text share an ``<article>`` (no dated byline under
    the title) and whose comments carry their like / reply links as ``<button>``s (no line of their own): the
    comments are the article's, not a thread's replies (was: every comment kept, F1 0.42)."""
    assert zh_modern_corpus19.page_half("zhihu_column_0") == "tune"
    page = next(p for p in zh_modern_corpus19.build() if p.id == "zhihu_column_0")
    text = extract_html(page.html).text
    assert text.strip() == page.gold().strip()


def test_comments_chosen_over_a_short_article_in_an_article_element_give_way_to_it() -> None:
    """A Zhihu column article of two short paragraphs whose comment list outscores it (the list is the chosen block,
    the article found above it as a "first post"): the title and text share an ``<article>``, so the article alone
    is the text (was: the comments kept as its replies, F1 0.43)."""
    page = next(p for p in zh_modern_corpus19.build(DEV) if p.id == "zhihu_column_0")
    text = extract_html(page.html).text
    assert text.strip() == page.gold().strip()


ROUND20_DEV = "forum20-dev1"
"""A development seed of round 20."""


@pytest.mark.parametrize("page_id", ["bilibili_read_0", "juejin_0"])
def test_comments_under_a_short_platform_article_with_a_read_count_go(page_id: str) -> None:
    """A one- or two-paragraph article whose byline shows a read count ("阅读 4.8万"), no ``<article>`` around its
    title: its comments go, below its own bar (Bilibili 专栏: items named ``reply-wrap``) or outside its block under a
    byline that shares a "meta-box" class with them (Juejin); was: every comment kept (F1 0.19, 0.47). Round 20:
    ``thread.read_count``, ``comment_section(story=)``, ``content._slot_in(deep=)``."""
    assert zh_modern_corpus19.page_half(page_id) == "tune"
    page = next(p for p in zh_modern_corpus19.build(ROUND20_DEV) if p.id == page_id)
    text = extract_html(page.html).text
    for para in page.gold().splitlines():
        assert para in text
    assert not any(c in text for c in page.chrome if len(c) > 12), "a comment kept"


ROUND31_DEV = ("comments31-dev1", "comments31-dev2", "comments31-dev3")
"""Development seeds of session 31 (helper comments31)."""


@pytest.mark.parametrize(
    ("seed", "page_id"), [(ROUND31_DEV[0], "juejin_2"), (ROUND31_DEV[1], "juejin_0"), (ROUND31_DEV[2], "wechat_0")]
)
def test_comments_below_a_story_box_closed_above_them_go(seed: str, page_id: str) -> None:
    """A platform article whose title and text share an element that closes above its comment section: a Juejin
    ``<article>`` whose byline's "meta-box" and ``<time>`` the comments wear too (was: every comment kept, F1 0.57
    and 0.56), a one-paragraph WeChat article in ``#img-content`` above "精选留言" (was: F1 0.53). Session 31:
    ``content._story_article_end`` in ``_threaded``, ``content._comment_headed_box``."""
    assert zh_modern_corpus19.page_half(page_id) == "tune"
    page = next(p for p in zh_modern_corpus19.build(seed) if p.id == page_id)
    text = extract_html(page.html).text
    for para in page.gold().splitlines():
        assert para in text
    assert not any(c in text for c in page.chrome if len(c) > 12), "a comment kept"


@pytest.mark.parametrize(
    ("name", "page_id"), [("thread_corpus3", "douban_m_4"), ("zh_forum_corpus25", "m_json_2")]
)  # fmt: skip
def test_replies_below_a_titled_first_post_box_stay(name: str, page_id: str) -> None:
    """A forum's first post boxed with the thread's title above its replies stays a thread: under a heading forums
    use for replies (Douban's "回应 4") or above items closed by floor numbers ("山海经5982楼" under "全部评论 (6)")
    (``content._comment_headed_box`` took both for a story's comments: recall 0.24 and 0.27)."""
    assert_tune_page_chrome(name, ROUND31_DEV[1], page_id, (), 0.99)


def test_the_generator_is_fixed_and_split() -> None:
    assert_fixed_and_split(zh_modern_corpus19)
