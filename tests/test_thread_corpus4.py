"""Golden tests on *tune* pages (and fresh-seed pages) of the fourth, independent thread generator
(``bench/thread_corpus4.py``): what round 13 of the thread mechanism added. The post texts are drawn at run time from
the shared extraction sets' tune golds, so the tests name chrome strings only and take the posts from the page
itself. Check pages of thread_corpus4 are only scored (``python bench/thread_corpus4.py --score``)."""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_fixed_and_split, assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("thread_corpus4 reads its post texts from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import thread_corpus4
from bench_extract import prf

PAGES = {p.id: p for p in thread_corpus4.build()}
TUNE = [p for p in PAGES.values() if thread_corpus4.page_half(p.id) == "tune"]

GOLDEN: list[tuple[str, str, str, tuple[str, ...]]] = [
    # (seed, page, why, chrome that must go); the posts must stay (recall of the gold's tokens)
    (
        thread_corpus4.SET,
        "vb3_0",
        "vBulletin 3: each <table id='postN'> in a numbered <div id='editN'> shell is an item; its user card goes",
        ("Join Date:", "Junior Member", "Senior Member", "Posts:"),
    ),
    (
        thread_corpus4.SET,
        "smth_1",
        "a BBS post whose 发信人 / 发信站 / ※ 来源 lines share its text's cell: labelled template lines go",
        ("发信人:", "发信站:", "※ 来源:", "信区:"),
    ),
    (
        "x13b",
        "zhidao_best_1",
        "a best answer set apart ('最佳答案') takes in the other answers below it ('其他回答')",
        ("采纳率", "擅长：", "已赞过"),
    ),
]


@pytest.mark.parametrize("spec", GOLDEN, ids=[g[1] for g in GOLDEN])
def test_golden_generated_page(spec: tuple[str, str, str, tuple[str, ...]]) -> None:
    seed, page_id, _why, must_not = spec
    assert_golden_page(thread_corpus4, seed, page_id, must_not)


def test_the_generator_is_fixed_and_split() -> None:
    assert_fixed_and_split(thread_corpus4)


def test_tune_half_scores() -> None:
    """The tune half as a whole (round 13: F1 0.893 before, 0.918 after)."""
    assert statistics.fmean(prf(extract_html(p.html).text, p.gold())[0] for p in TUNE) >= 0.91
