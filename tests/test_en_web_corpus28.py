"""Golden tests on *tune* pages of ``bench/en_web_corpus28.py`` and ``bench/decoy_corpus.py`` for round 28's block
choice (issue #12): a short story under its title beside a comment section the choice took instead (the comments
above the story in one wrapper: ``content._title_under_comments``; the lenient pass's comment list beside a
one-paragraph story: ``content._comments_over_story``). The generators' texts are drawn at run time from the shared
extraction sets' tune golds; check pages are only scored; the fresh seeds of the round's report are never tested
on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED
from tests.gen_checks import assert_tune_pages

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

pytestmark = pytest.mark.skipif(not (DATA / "scrapinghub_en").is_dir(), reason="needs the shared extraction sets")


def test_stories_below_their_comment_sections_are_the_content() -> None:
    """en_web_corpus28 comments_above (tune pages of the default seed and of en28-dev1; with and without class
    names): the story, none of the comments above it."""
    import en_web_corpus28 as gen

    text = gen.Text.load(DATA)
    assert_tune_pages(gen, text, "en28", [("comments_above", i) for i in (4, 7, 8, 9)])
    assert_tune_pages(gen, text, "en28-dev1", [("comments_above", i) for i in (0, 3, 4, 5)])


def test_one_paragraph_stories_beat_the_comment_list_beside_them() -> None:
    """decoy_corpus short pages whose lenient pass chose the comment list (above or below the story)."""
    import decoy_corpus as gen

    texts = {lang: gen.Text.load(DATA, lang) for lang in gen.SOURCES}
    for i in (1, 13, 29, 9):
        p = gen.build_page("short", i, texts, "decoy")
        assert p.half == "tune"
        from cleaner.extraction import extract_html

        out = gen._norm(extract_html(p.html, url=gen._url(p)).text)
        assert all(gen._norm(m) in out for m in p.must), p.id
        assert not [m for m in p.must_not if gen._norm(m) in out], p.id
