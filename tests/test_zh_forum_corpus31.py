"""Golden tests on *tune* pages of ``bench/zh_forum_corpus31.py`` (issue #12, round 31: an independent generator of
Chinese forum and Q&A engines). A Douban topic whose text sits in ``#link-report`` (a boilerplate-hinted name) above
a "最赞回应" box of copies in a compact template (``content._hinted_opening``, ``thread._full_list``,
``thread._copied_box``); a Zhidao wap page with a service blurb and its button between the best answer and the other
answers (``thread._promo_box``). The generator's texts are drawn at run time from the shared extraction sets' tune
golds; check pages are only scored; the fresh seeds of the round's report are never tested on."""

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


@pytest.fixture(scope="module")
def text() -> Any:
    import zh_forum_corpus31 as gen

    return gen.Text.load(DATA)


def _tune_pages(text: Any, seed: str, wanted: list[tuple[str, str, int]]) -> list[tuple[Any, str]]:
    """Each ``(engine, shape, index)`` page on ``seed``: a tune page whose extraction keeps its must snippets and
    none of its must-not ones; the pages with their outputs."""
    import zh_forum_corpus31 as gen
    from halves import TUNE

    out = []
    for engine, shape, i in wanted:
        p = gen.build_page(engine, shape, i, text, seed)
        assert p.half == TUNE, p.id
        got = extract_html(p.html, url=gen._url(p)).text
        norm = gen._norm(got)
        assert all(gen._norm(m) in norm for m in p.must), p.id
        assert not [m for m in p.must_not if gen._norm(m) in norm], p.id
        out.append((p, got))
    return out


def test_the_pages_and_their_halves(text: Any) -> None:
    """Ten engines × three shapes × three pages; per shape, half of the engines are tune pages."""
    import zh_forum_corpus31 as gen

    pages = gen.build(DATA, "zhforum31-dev1")
    assert len(pages) == 90
    for shape in gen.SHAPES:
        halves = {p.half for p in pages if p.shape == shape and p.kind == "douban_2024"}
        assert len(halves) == 1
        assert sum(p.half == "tune" for p in pages if p.shape == shape) == 15


def test_a_douban_topic_keeps_its_text_and_drops_the_copies(text: Any) -> None:
    """douban_2024: the topic's text in ``#link-report`` is the first post; the "最赞回应" box repeating two replies
    (in a template of its own) is no part of the thread."""
    import zh_forum_corpus31 as gen

    wanted = [("douban_2024", s, i) for s in ("short", "long", "trad") for i in range(3)]
    for p, got in _tune_pages(text, "zhforum31-dev2", wanted):
        assert "最赞回应" not in got and "最贊回應" not in got, p.id
        assert gen._norm(p.gold.splitlines()[0]) in gen._norm(got), p.id


def test_a_service_blurb_between_answers_goes(text: Any) -> None:
    """zhidao_wap: the best answer, the other answers, without the service blurb and its "立即咨询" button between
    them (nor the answers' heads and bars)."""
    for seed in ("zhforum31-dev1", "zhforum31-dev2"):
        for p, got in _tune_pages(text, seed, [("zhidao_wap", "short", i) for i in range(3)]):
            assert "推荐律师服务" not in got and "立即咨询" not in got, p.id


def test_an_answer_bio_is_no_first_post() -> None:
    """zh_forum_corpus22 zhihu_answers_0 (tune): the first answer's hinted author bio is a part of that answer, not a
    first post above the list (``content._hinted_opening`` took it once)."""
    import zh_forum_corpus22 as gen
    from bench_extract import prf

    page = next(p for p in gen.build("zhforum22") if p.id == "zhihu_answers_0")
    assert gen.page_half(page.id) == "tune"
    assert prf(extract_html(page.html).text, page.gold())[0] == 1.0


@pytest.mark.skipif(not (DATA / "magichtml_en").is_dir(), reason="needs magichtml_en")
def test_an_announcement_box_above_the_title_is_no_first_post() -> None:
    """magichtml_en tune forum_717e…: a hinted "Announcement" box above the thread's title stays out."""
    from bench_extract import load_set

    page = next(p for p in load_set(DATA, "magichtml_en", None, ("tune",)) if p.id == "forum_717e9d39a4c7c938")
    out = extract_html(page.html).text
    assert "No announcement yet." not in out and not out.startswith("Announcement")
