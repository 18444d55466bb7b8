"""Golden tests on *tune* pages (and pages of the development seed ``xforum15-dev``) of the sixth, independent
generator (``bench/thread_corpus6.py``: modern Chinese Q&A, forum and article pages): what round 15 added. The post
texts are drawn at run time from the shared extraction sets' tune golds, so the tests name chrome strings only and
take the posts from the page itself. Check pages of thread_corpus6 are only scored
(``python bench/thread_corpus6.py --score``); the fresh seed of the round's report is never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_fixed_and_split, assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("thread_corpus6 reads its post texts from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import thread_corpus6
from bench_extract import prf

DEV = "xforum15-dev"
"""The seed of round 15's development pages (apart from the default seed's halves and from the report's fresh seed)."""

GOLDEN: list[tuple[str, str, str, tuple[str, ...]]] = [
    # (seed, page, why, chrome that must go); the posts must stay (recall of the gold's tokens), each once
    (
        thread_corpus6.SET,
        "douban_0",
        "a '最赞回应' box of copies above the full reply list: the full list is the thread, the copies go",
        ("最赞回应", "回应", "来自:"),
    ),
    (
        DEV,
        "douban_0",
        "the same when the chosen block is the list of posts (the box's heading goes with it)",
        ("最赞回应", "赞 ("),
    ),
    (
        thread_corpus6.SET,
        "v2ex_1",
        "replies whose only action is a like mark and count in the user's line ('X 3 天前 ♥ 2'): a thread",
        ("♥", "天前"),
    ),
    (
        thread_corpus6.SET,
        "juejin_0",
        "a code block's copy button goes (rules: drop_line.code-copy)",
        ("复制代码",),
    ),
    (
        thread_corpus6.SET,
        "wx_mp_1",
        "a WeChat article's '往期推荐' links and its '点击“阅读原文”查看更多' line go (rules: cut_list, strip)",
        ("往期推荐", "阅读原文"),
    ),
]


@pytest.mark.parametrize("spec", GOLDEN, ids=[f"{g[0]}-{g[1]}" for g in GOLDEN])
def test_golden_generated_page(spec: tuple[str, str, str, tuple[str, ...]]) -> None:
    seed, page_id, _why, must_not = spec
    page, text = assert_golden_page(thread_corpus6, seed, page_id, must_not)
    for post in page.posts[:1] if page.article else page.posts:  # (an article's comments are no part of its text)
        own = post.paras[-1]
        if len(own) >= 20 and own not in (q.quote for q in page.posts):
            assert text.count(own) == 1, f"{page_id}: a post's text kept {text.count(own)} times"


@pytest.mark.parametrize("page_id", ["baijiahao_0"])
def test_comments_below_the_articles_own_report_bar(page_id: str) -> None:
    """An article whose own "举报/反馈" bar stands between its last paragraph and its comments (hash-named classes,
    each comment's "回复" and "赞" run together): the comment section is found below that bar and cut."""
    page = next(p for p in thread_corpus6.build(DEV) if p.id == page_id)
    text = extract_html(page.html).text
    assert prf(text, page.gold())[2] >= 0.99
    for post in page.posts[1:]:
        assert post.paras[0] not in text, f"{page_id}: a comment kept"


@pytest.mark.parametrize(("seed", "page_id", "reply"), [(thread_corpus6.SET, "zhihu_q_2", "楼主好人")])
def test_a_lone_one_line_reply_at_the_end(seed: str, page_id: str, reply: str) -> None:
    """One answer of one short line ("楼主好人") among answers of prose, last on the page, in their template, between
    its user's card and its date: a reply, kept at the edge of the text."""
    assert thread_corpus6.page_half(page_id) == "tune"
    page = next(p for p in thread_corpus6.build(seed) if p.id == page_id)
    assert any(reply in p.paras for p in page.posts)
    assert extract_html(page.html).text.endswith(reply)


@pytest.mark.parametrize(("seed", "page_id"), [(thread_corpus6.SET, "tieba_2"), (DEV, "weibo_2")])
def test_reply_lines_lose_their_users_name(seed: str, page_id: str) -> None:
    """Sub-replies written "<a>user</a>: text" (Tieba's floor replies, Weibo's comments): the text stays, each line
    without the user's name and colon before it."""
    if seed == thread_corpus6.SET:
        assert thread_corpus6.page_half(page_id) == "tune"
    page = next(p for p in thread_corpus6.build(seed) if p.id == page_id)
    lines = extract_html(page.html).text.splitlines()
    said = [s for p in page.posts for s in p.subs]
    assert said
    for s in said:
        assert s in lines, f"{page_id}: {s[:12]!r} not a line of its own"
    assert not any(line.startswith(f"{u}:") for line in lines for u in thread_corpus6.USERS)


def test_the_generator_is_fixed_and_split() -> None:
    assert_fixed_and_split(thread_corpus6)
