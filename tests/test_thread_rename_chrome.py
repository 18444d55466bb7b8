"""Block choice once class words are gone (bench/perturb_threads.py ``rename``: every class and id hashed, semantic
tags made ``<div>``): an ARIA dialog (a consent centre) is no class the page's prose wears and stays an overlay, and a
drop-down menu's links run together on one line are a run of links, not a paragraph wrapped in a link."""

from __future__ import annotations

import sys

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.content import line_gain, link_run
from cleaner.extraction.dom import Line
from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import perturb_threads as pt
from bench_extract import load_set, prf
from perturb import Pool

DATA = SHARED / "data" / "extraction"


def _renamed(set_name: str, page_id: str) -> tuple[str, str, str]:
    pages = load_set(DATA, set_name, None, ("tune",))
    page = next(p for p in pages if p.id == page_id)
    changed = pt.perturb(page, "rename", Pool(pages, set_name[-2:]))
    assert changed is not None
    return extract_html(changed[0], url=page.url).text, changed[1], changed[0]


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("page_id", "consent"),
    [("forum_3bea25afda167150", "Manage Consent Preferences"), ("forum_566030b8de34488d", "管理许可偏好")],
)
def test_a_consent_centre_in_an_aria_dialog_is_not_the_thread(page_id: str, consent: str) -> None:
    """A Stack Exchange question and a Discourse thread with a OneTrust centre (``role="alertdialog"``, long prose
    about cookies) beside a sign-up modal and a network dialog: with classes hashed the three dialogs shared their one
    name and read as the content's class; the centre was chosen (F1 0.225 and 0.012)."""
    text, gold, html = _renamed("magichtml_en", page_id)
    assert consent in html and 'role="alertdialog"' in html
    assert consent not in text
    assert prf(text, gold)[0] > 0.6


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_drop_down_menu_run_together_on_one_line_is_not_the_post() -> None:
    """learnku: the course menu's ``<a>`` items (hidden by a class the renaming hashed) make one line of 262
    characters, all link text with 22 marks ("《L01 …》 《L02 …》"); it outscored the post (F1 0.049)."""
    text, gold, _ = _renamed("magichtml_zh", "forum_7b01ccf33237e2a5")
    assert "《L01 Laravel 教程" not in text
    assert prf(text, gold)[0] > 0.5


def _line(text: str, links: int, lead: int) -> Line:
    punct = sum(text.count(c) for c in "《》，。！？、.,!?")
    return Line(text, len(text.replace(" ", "")), links, punct, 0, 0, lead)  # the constructor: Line may be compiled


def test_links_run_together_without_a_sentence_are_a_run_and_a_linked_paragraph_is_not() -> None:
    """All link text, short segments: a menu when no sentence closes it, a paragraph wrapped in a link when one does."""
    menu = "《Laravel 中文文档》 《Laravel 速查表》 《PHP 代码简洁之道》 《Laravel 编码技巧》 《Lumen 文档》"
    ln = _line(menu, len(menu.replace(" ", "")), len(menu.replace(" ", "")))
    assert link_run(ln) and line_gain(ln) < 0
    para = (
        "昨天下午，市政府召开新闻发布会，介绍了今年上半年全市经济运行的总体情况，"
        "并回答了记者关于就业、物价和房地产市场的提问，发布会持续了大约一个半小时，现场有四十多家媒体参加。"
    )
    ln = _line(para, len(para), len(para))
    assert not link_run(ln) and line_gain(ln) > 0
