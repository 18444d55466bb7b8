"""Golden tests on *tune* pages of the Chinese portal generator (``bench/zh_portal_corpus.py``). The article texts
are drawn at run time from the shared extraction sets' tune golds, so the tests take them from the page itself.
Check pages of zh_portal_corpus are only scored (``python bench/zh_portal_corpus.py --score``)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("zh_portal_corpus reads its texts from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import zh_portal_corpus
from bench_extract import prf
from halves import half

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
TEXT = zh_portal_corpus.Text.load(DATA)


def _page(page_id: str) -> zh_portal_corpus.GenPage:
    kind, index = page_id.rsplit("_", 1)
    page = zh_portal_corpus.build_page(kind, int(index), TEXT, zh_portal_corpus.SET)
    assert page.half == "tune", "golden pages come from the tune half only"
    return page


@pytest.mark.parametrize(
    "page_id",
    [
        "recipe_12",  # steps under their own heading: intro, ingredients and tips are sibling sections
        "short_related_23",  # a two-paragraph story over a related list of (headline, summary, date) items
    ],
)
def test_golden_generated_page(page_id: str) -> None:
    page = _page(page_id)
    text = extract_html(page.html, url=f"http://news.example.com/{page.id}.html").text
    result = zh_portal_corpus.judge(page, text)
    assert result.ok, (result.leaked, result.missing)
    assert prf(text, page.gold)[0] >= 0.95


def test_the_generator_is_fixed_and_split() -> None:
    ids = [f"{k}_{i}" for k in zh_portal_corpus.KINDS for i in range(zh_portal_corpus.PAGES_PER_KIND)]
    tune = sum(1 for i in ids if half(zh_portal_corpus.SET, i) == "tune")
    assert 0.35 * len(ids) <= tune <= 0.65 * len(ids)
    for kind in zh_portal_corpus.KINDS:
        a, b = (zh_portal_corpus.build_page(kind, 3, TEXT, zh_portal_corpus.SET) for _ in range(2))
        assert a.html == b.html and a.gold == b.gold
        assert isinstance(a.html, bytes) == (kind == "hk_big5")
