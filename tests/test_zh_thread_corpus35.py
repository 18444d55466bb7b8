"""Tests of round 35 (issue #12, helper zhthread35): tune pages of ``bench/zh_thread_corpus35.py`` (an independent
generator of long Chinese threads whose posts are not alike) and of ``bench/zh_longthread_corpus34.py`` on this
round's dev seeds. A thread's post list is the union of its like runs: the lists of a thread served page after page
or chunk after chunk are one list (``thread._next_runs``), a run of hot replies between two of them stays, a "load
more" box of the next posts below the list stays (``content._loaded_below``); a forum's head naming its opening poster
("只看楼主", "楼主：X") makes the list below a long first post its floors, not an article's comments
(``thread.op_marked``); "2#发表于" is a floor number; a notice repeated between floors goes (``thread._notice_box``).
The generators' texts are drawn at run time from the shared extraction sets' tune golds; their check pages are only
scored; the fresh seeds of the round's report are never tested on."""

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

SEED = "zhthread35-dev1"


@pytest.fixture(scope="module")
def text() -> Any:
    import zh_thread_corpus35 as gen

    return gen.Text.load(DATA)


def _page(gen: Any, text: Any, kind: str, shape: str, i: int, seed: str = SEED) -> tuple[Any, str]:
    from halves import TUNE

    p = gen.build_page(kind, shape, i, text, seed)
    assert p.half == TUNE, p.id
    return p, extract_html(p.html, url=gen._url(p)).text


def _in_order(gen: Any, p: Any, out: str, least: float = 0.9) -> None:
    """At least ``least`` of the gold's lines are in the output, each after the one found before it."""
    o = gen._norm(out)
    at, found = 0, 0
    gold = [gen._norm(x) for x in p.gold.split("\n")]
    for x in gold:
        k = o.find(x, at)
        if k >= 0:
            at, found = k, found + 1
    assert found >= least * len(gold), (found, len(gold))


def test_the_halves() -> None:
    """Eleven kinds x two shapes; per shape, the kinds alternate tune and check by a hash."""
    import zh_thread_corpus35 as gen

    assert len(gen.KINDS) == 11
    for shape in gen.SHAPES:
        assert sum(gen._HALF[(k, shape)] == "tune" for k in gen.KINDS) in (5, 6)


def test_a_glued_floor_mark_is_a_floor_number() -> None:
    """A floor table served without whitespace glues the floor mark to the stamp: "2#发表于 …" is floor 2."""
    from cleaner.extraction import thread

    assert thread._numbered("2#发表于 2020-08-12 10:00")
    assert thread._numbered("15# 发表于 2020-08-12 10:00")
    assert not thread._numbered("C#教程 2020-08-12")


@needs_data
@pytest.mark.parametrize(("shape", "i"), [("simp", 2), ("trad", 2), ("simp", 0)])
def test_replies_without_floor_numbers_under_a_thread_head(text: Any, shape: str, i: int) -> None:
    """A long first post under a head with "只看楼主", its replies in a comment list without floor numbers (name,
    text, time, "回复"): every reply stays, in order (they were cut as an article's comments: F1 0.13-0.37)."""
    import zh_thread_corpus35 as gen

    p, out = _page(gen, text, "plain_comments", shape, i)
    _in_order(gen, p, out)
    assert gen.judge(p, out).f1 > 0.98


@needs_data
def test_a_lazy_loaded_half_in_a_box_of_its_own_stays(text: Any) -> None:
    """The posts after floor N loaded into a "load more" box below the list (other classes, other markup): they
    follow the list's posts (F1 0.85 → 0.99)."""
    import zh_thread_corpus35 as gen

    p, out = _page(gen, text, "lazy_half", "simp", 0)
    assert "ajax-more" in p.html
    _in_order(gen, p, out)
    assert gen.judge(p, out).f1 > 0.98


@needs_data
@pytest.mark.parametrize("i", [0, 1])
def test_notices_between_floors_go(text: Any, i: int) -> None:
    """Moderator notices and adverts set between floors (a box repeated down the thread) are no posts."""
    import zh_thread_corpus35 as gen

    p, out = _page(gen, text, "notices", "simp", i)
    r = gen.judge(p, out)
    assert not r.leaked and r.f1 > 0.99


@needs_data
@pytest.mark.parametrize(
    ("kind", "shape", "i", "seed"),
    [
        ("lazy_chunks", "long", 1, SEED),  # "2#发表于": the floors were cut as comments (F1 0.08)
        ("page_break", "trad", 0, SEED),  # one list per page, a page bar between (F1 0.42)
        ("stubs", "short", 1, SEED),  # a head with "只看楼主" over a comment list (F1 0.17)
        ("lazy_chunks", "long", 1, "zhthread35-dev2"),  # the same, chunks of a comment list (F1 0.06)
        ("mixed_markup", "trad", 0, "zhthread35-dev2"),  # a run of hot replies between two lists (F1 0.83)
    ],
)
def test_long_threads_of_several_runs_keep_every_post(text: Any, kind: str, shape: str, i: int, seed: str) -> None:
    """zh_longthread_corpus34 tune pages on this round's dev seeds: every post of every run, in order."""
    import zh_longthread_corpus34 as gen

    p, out = _page(gen, text, kind, shape, i, seed)
    _in_order(gen, p, out)
    assert gen.judge(p, out).f1 > 0.97
