"""Tests of round 34 (issue #12, helper longthread34): tune pages of ``bench/zh_longthread_corpus34.py`` (an
independent generator of long Chinese threads whose post list is interrupted or changes shape mid-thread). A run of
replies in another template set between two floors of the list (hot / VIP / moderator replies) is a part of the
post list (``thread._runs_between``: the list is the union of its like runs), while an advert or a list of teasers
between floors stays out. The generator's texts are drawn at run time from the shared extraction sets' tune golds;
its check pages are only scored; the fresh seeds of the round's report are never tested on."""

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

needs_data = pytest.mark.skipif(not (DATA / "daniel_zh").is_dir(), reason="needs the shared extraction sets")

SEED = "longthread34-dev1"


@pytest.fixture(scope="module")
def text() -> Any:
    import zh_longthread_corpus34 as gen

    return gen.Text.load(DATA)


def _page(text: Any, kind: str, shape: str, i: int, seed: str = SEED) -> tuple[Any, str]:
    import zh_longthread_corpus34 as gen
    from halves import TUNE

    p = gen.build_page(kind, shape, i, text, seed)
    assert p.half == TUNE, p.id
    return p, extract_html(p.html, url=gen._url(p)).text


def test_the_halves() -> None:
    """Eight kinds x three shapes; per shape, half of the kinds are tune pages."""
    import zh_longthread_corpus34 as gen

    assert len(gen.KINDS) == 8
    for shape in gen.SHAPES:
        assert sum(gen._HALF[(k, shape)] == "tune" for k in gen.KINDS) == 4


@needs_data
def test_a_run_of_hot_replies_between_floors_stays(text: Any) -> None:
    """A run of "热门回复" in sections of their own inside the reply list, between two runs of floors: every post
    before, in and after the run stays, in order, without the run's badges."""
    import zh_longthread_corpus34 as gen

    p, out = _page(text, "mixed_markup", "trad", 0)
    assert "hot-reply" in p.html
    o = gen._norm(out)
    at = 0
    for x in p.gold.split("\n"):  # each post found after the one before it
        at = o.find(gen._norm(x), at)
        assert at >= 0, x
    assert not any(gen._norm(b) in o for b in ("熱評", "點贊"))


@needs_data
@pytest.mark.parametrize(("kind", "shape", "i"), [("ad_between", "long", 0), ("ad_between", "long", 2)])
def test_adverts_between_floors_stay_out(text: Any, kind: str, shape: str, i: int) -> None:
    """Adverts and 热门推荐 teaser lists between floors are not a run of posts."""
    import zh_longthread_corpus34 as gen

    p, out = _page(text, kind, shape, i)
    r = gen.judge(p, out)
    assert r.f1 > 0.97
    assert not r.leaked


@needs_data
def test_a_hinted_run_of_hot_replies_inside_the_list_stays(text: Any) -> None:
    """The run of "热门回复" sections (a class hinted as boilerplate) set between two floors of the list, the first
    post above the list: the run is among the kept posts, not inside one of them (``content._set_among``)."""
    import zh_longthread_corpus34 as gen

    p, out = _page(text, "mixed_markup", "long", 2, "longthread34-dev2")
    assert "hot-reply" in p.html
    o = gen._norm(out)
    hot = p.html.split("hot-replies'>", 1)[1].split("<article><p>", 1)[1].split("</p>", 1)[0]
    assert gen._norm(hot) in o
    assert gen.judge(p, out).f1 > 0.97


@needs_data
@pytest.mark.parametrize(
    ("kind", "shape", "i", "seed"), [("ad_between", "trad", 0, SEED), ("page_break", "short", 2, SEED)]
)
def test_floored_replies_are_no_article_comments(text: Any, kind: str, shape: str, i: int, seed: str) -> None:
    """A long first post and its replies chosen as one block: replies whose poster lines end with a floor number
    are a thread's floors, not an article's comment section to cut off (every reply was lost)."""
    import zh_longthread_corpus34 as gen

    p, out = _page(text, kind, shape, i, seed)
    assert gen.judge(p, out).f1 > 0.9
