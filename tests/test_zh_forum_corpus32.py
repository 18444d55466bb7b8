"""Golden tests on *tune* pages of ``bench/zh_forum_corpus32.py`` (issue #12, round 32: an independent generator of
Chinese thread, Q&A and comment pages). A 股吧-like post whose "热门回复" list sits in a boilerplate-hinted element
(``hot-reply``) above the full list, with a teaser box between them (``content._hinted_posts``); a Discuz! X2.5-like
table thread whose user column shows each poster's group ("新手上路", "金牌会员": short plain lines, one per post,
left to the chrome by ``thread._beside_prose``). The generator's texts are drawn at run time from the shared
extraction sets' tune golds; check pages are only scored; the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

pytestmark = pytest.mark.skipif(not (DATA / "daniel_zh").is_dir(), reason="needs the shared extraction sets")

SEED = "zhforum32-dev1"


@pytest.fixture(scope="module")
def text() -> Any:
    import zh_forum_corpus32 as gen

    return gen.Text.load(DATA)


def _page(text: Any, engine: str, shape: str, i: int) -> tuple[Any, str]:
    import zh_forum_corpus32 as gen
    from halves import TUNE

    p = gen.build_page(engine, shape, i, text, SEED)
    assert p.half == TUNE, p.id
    return p, extract_html(p.html, url=gen._url(p)).text


def test_the_halves() -> None:
    """Ten engines x three shapes; per shape, half of the engines are tune pages."""
    import zh_forum_corpus32 as gen

    assert len(gen.ENGINES) == 10
    for shape in gen.SHAPES:
        assert sum(gen._HALF[(e, shape)] == "tune" for e in gen.ENGINES) == 5


@pytest.mark.parametrize("i", range(3))
def test_hot_replies_in_a_hinted_box_are_posts(text: Any, i: int) -> None:
    """Every reply of the "热门回复" box and of the full list below the teaser box is kept, in page order; the
    teaser titles are not."""
    import zh_forum_corpus32 as gen

    p, got = _page(text, "guba", "long", i)
    norm = gen._norm(got)
    for line in p.gold.splitlines():
        assert gen._norm(line) in norm, (p.id, line[:30])
    assert "猜你喜欢" not in got


@pytest.mark.parametrize(("shape", "i"), [("long", 0), ("long", 1), ("long", 2), ("trad", 0), ("trad", 1)])
def test_user_groups_in_the_user_column_go(text: Any, shape: str, i: int) -> None:
    """A Discuz! X2.5 thread: each post's text stays, its poster's group ("新手上路") does not, even in a thread of
    one-sentence posts."""
    import zh_forum_corpus32 as gen

    p, got = _page(text, "discuz25", shape, i)
    norm = gen._norm(got)
    assert all(gen._norm(m) in norm for m in p.must), p.id
    groups = ("新手上路", "注册会员", "中级会员", "高级会员", "金牌会员")
    from opencc import OpenCC

    folded = [*groups, *(OpenCC("s2tw").convert(g) for g in groups), *(OpenCC("s2hk").convert(g) for g in groups)]
    assert not [g for g in folded if g in got], p.id
