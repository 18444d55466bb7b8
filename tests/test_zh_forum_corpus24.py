"""Golden tests on *tune* pages of the Chinese forum generator of round 24 (``bench/zh_forum_corpus24.py``: 天涯, 猫扑,
Tieba 2012, 百度知道 PC, 搜狗问问, 360问答). The paragraphs are drawn at run time from the shared extraction sets' tune
golds, so the tests name chrome strings only. Check pages are only scored (``python bench/zh_forum_corpus24.py
--score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED
from tests.thread_checks import assert_golden_page

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_forum_corpus24 reads its paragraphs from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_forum_corpus24


def test_tianya_reply_stamps_go() -> None:
    """A 天涯-like thread whose replies open with "@X N楼 <date>" and a rule: the stamps go (rules
    drop_line.forum-at-stamp; was: kept above each reply's text), the posts stay."""
    page, text = assert_golden_page(zh_forum_corpus24, zh_forum_corpus24.SET, "tianya_1", ("作者：", "相关推荐"))
    assert "@" in page.html and "@" not in text
