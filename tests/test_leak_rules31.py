"""Boilerplate leak (issue #12, round 31): Q&A page chrome lines that generated tune pages left in the text
(``rules/html.toml`` drop_line: qa-section-labels "问题描述" / "其他回答", qa-useful-vote "有用(44)" /
"2天前 · 有用(5)" / "有用", qa-asker-views "提问者X · 2024-03-22 08:52 · 浏览 4468"). Pages are tune
pages of the dev seeds ``leak31-dev1`` and ``leak31-dev2``; the fresh seeds of the round's report are never tested
on."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cleaner.text.textclean import clean_lines
from tests.conftest import SHARED
from tests.thread_checks import assert_tune_page_chrome

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
PARA = "今年以来，全市共新建改建农村公路一百二十公里，沿线群众出行条件明显改善，受到普遍欢迎。"
PARA2 = "市交通运输局有关负责人表示，下一步将继续加大投入，力争明年底前实现行政村通硬化路全覆盖。"


@pytest.mark.parametrize(
    "line",
    [
        "问题描述",
        "问题描述：",
        "其他回答",
        "有用(44)",
        "有用（3）",
        "2天前 · 有用(5)",
        "刚刚 · 有用(21)",
        "有用 95",
        "有用",
        "提问者大表哥 · 2024-03-22 08:52 · 浏览 4468",
        "提问者：小王 · 3天前 · 浏览 12次",
    ],
)
def test_qa_chrome_line_between_paragraphs_goes(line: str) -> None:
    assert clean_lines([PARA, line, PARA2]).lines == [PARA, PARA2]


@pytest.mark.parametrize(
    "line",
    [
        "问题描述（报错内容）：访问社区时自动弹出登录窗口，访问子页会自动跳转到首页",
        "其他回答者也提到了类似的办法，但都没有说明原因。",
        "有用的建议不多，但这一条确实值得一试。",
        "这个办法对我很有用(真的)，推荐大家试试。",
        "提问者后来在评论里补充说，问题已经解决了。",
    ],
)
def test_prose_like_the_chrome_stays(line: str) -> None:
    assert line in clean_lines([PARA, line, PARA2]).lines


@pytest.mark.skipif(not DATA.is_dir(), reason="shared bench data not present")
@pytest.mark.parametrize(
    ("name", "seed", "page_id", "chrome"),
    [
        ("zh_forum_corpus28", "leak31-dev1", "best_above_1", ("问题描述", "其他回答", "有用")),
        ("zh_forum_corpus28", "leak31-dev2", "best_above_0", ("问题描述", "其他回答", "有用")),
        ("thread_corpus5", "leak31-dev2", "answer_first_zh_3", ("问题描述", "其他回答", "有用", "提问者", "浏览")),
    ],
)
def test_qa_tune_pages_lose_their_chrome_lines(name: str, seed: str, page_id: str, chrome: tuple[str, ...]) -> None:
    assert_tune_page_chrome(name, seed, page_id, chrome, 0.9)
