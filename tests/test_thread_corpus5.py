"""Golden tests on *tune* pages (and fresh-seed pages) of the fifth, independent thread generator
(``bench/thread_corpus5.py``): what round 14 of the thread mechanism added. The post texts are drawn at run time from
the shared extraction sets' tune golds, so the tests name chrome strings only and take the posts from the page
itself. Check pages of thread_corpus5 are only scored (``python bench/thread_corpus5.py --score``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("thread_corpus5 reads its post texts from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import thread_corpus5

GOLDEN: list[tuple[str, str, str, tuple[str, ...]]] = [
    # (seed, page, why, chrome that must go); the posts must stay (recall of the gold's tokens)
    (
        thread_corpus5.SET,
        "hr_bbs_0",
        "a flat thread (posts separated by <hr> only): each post's dated header line goes",
        ("作者：", "发表于"),
    ),
    (
        thread_corpus5.SET,
        "hr_bbs_1",
        "a flat thread's quote headers go",
        ("以下是引用",),
    ),
    (
        thread_corpus5.SET,
        "guestbook_0",
        "posts as bare table rows: the header row and the user's recurring 'label: value' card go",
        ("留言人：", "IP：", "等级："),
    ),
    (
        thread_corpus5.SET,
        "hr_guestbook_0",
        "a guest book of <hr>-separated entries: 'X wrote on <date>:' goes",
        ("wrote on",),
    ),
    (
        thread_corpus5.SET,
        "cssmod_en_2",
        "CSS-modules posts with no chrome slot but a dated header line in each: that line goes",
        ("Posted",),
    ),
    (
        thread_corpus5.SET,
        "mastodon_0",
        "the first post's dated footer above the replies goes",
        ("boosts", "favourites"),
    ),
    (
        thread_corpus5.SET,
        "mailthread_0",
        "a mail's signature below its '-- ' line goes",
        ("Opinions are my own",),
    ),
    (
        thread_corpus5.SET,
        "answer_first_zh_3",
        "the answers' section label below the accepted answer goes",
        ("其他回答",),
    ),
    (
        "x14b",
        "mweibo_0",
        "replies whose action words run into the date and place beside them ('来自江苏回复赞 787') are found",
        ("来自",),
    ),
]


@pytest.mark.parametrize("spec", GOLDEN, ids=[g[1] for g in GOLDEN])
def test_golden_generated_page(spec: tuple[str, str, str, tuple[str, ...]]) -> None:
    seed, page_id, _why, must_not = spec
    assert_golden_page(thread_corpus5, seed, page_id, must_not)
