"""Golden tests on pages of the development seeds of ``bench/menu_corpus.py`` (threads beside menus of other topics'
cut titles, round 17): every post kept in order, no title of the menu kept. The post texts are drawn at run time from
the shared extraction sets' tune golds. The default seed's check half and the report's fresh seed are never tested
on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("menu_corpus reads its post texts from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import menu_corpus

GOLDEN: list[tuple[str, str, str]] = [
    ("forum17-dev1", "dropdown-zh_1", "a drop-down's option groups of cut titles above a thread"),
    ("forum17-dev3", "dropdown-zh_0", "the same, a first post of one paragraph (the menu outweighed it)"),
    ("forum17-dev1", "ticker-zh_0", "a 'latest topics' strip whose last title is cut too"),
    ("forum17-dev2", "prevnext-zh_0", "a previous / next / more bar under a one-post thread"),
    ("forum17-dev1", "related-en_1", "a one-line question in the answers' template above a related-questions line"),
    ("forum17-dev1", "wrapped-en_0", "the control: a post wrapped in one link, with elisions, is the text"),
]


@pytest.mark.parametrize(("seed", "page_id", "why"), GOLDEN)
def test_menu_page(seed: str, page_id: str, why: str) -> None:
    page = next(p for p in menu_corpus.build(seed) if p.id == page_id)
    text = extract_html(page.html).text
    assert menu_corpus.check_page(page, text) == [], why
