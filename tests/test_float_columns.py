"""Columns floated side by side by their ``style`` alone (issue #12, content._float_layout): no table, no class, no
id, a story column beside a sidebar of readers' comments and an "about this blog" paragraph (bench/cms_corpus.py
``div_columns``: the block holding both columns was chosen, sidebar and all), or a short story beside a long column
of notices (bench/zh_news_corpus27.py ``paged_divs``: the notices were chosen). Pages written here, and tune pages
of both generators on dev seeds."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.dom import parse_page
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

TITLE = "Why the library should open on Mondays again"
STORY = (
    "The library has been closed on Mondays since the budget cuts of last spring, and the reading room stays dark.",
    "Parents say the after-school homework club has nowhere else to meet, and the nearest branch is two buses away.",
)
SIDE = (
    "Does anyone know whether the bus timetable changes again in the winter, or is this the final version?",
    "I have been going to that market every Saturday for years and the cheese stall is still the best thing.",
    "Great write-up, although I think the second route over the hill is much prettier when the heather is out.",
)
ABOUT = "This blog is where I write about small towns, slow trains and the food I find along the way."


def _page(story_first: bool = True, side: tuple[str, ...] = SIDE, side_style: str = "float:right;width:30%") -> str:
    article = (
        f'<div style="float:left;width:60%"><h2>{TITLE}</h2><div>May 4, 2017</div>'
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "</div>"
    )
    sidebar = (
        f'<div style="{side_style}"><h4>Recent Comments</h4>'
        + "".join(f'<p><a href="/p/{i}#c">Lea</a>: {c}</p>' for i, c in enumerate(side))
        + f"<h4>About this blog</h4><p>{ABOUT}</p></div>"
    )
    cols = article + sidebar if story_first else sidebar + article
    nav = "".join(f'<div><a href="/c/{i}/">Another story {i}</a></div>' for i in range(4))
    return (
        f"<html><head><title>{TITLE}</title></head><body><div><div><h1>Lea</h1><div>Notes on slow travel.</div>"
        f'</div><div>{nav}</div><div>{cols}</div><div style="clear:both">© 2014</div></div></body></html>'
    )


def test_floated_blocks_are_recorded() -> None:
    page = parse_page(_page())
    assert len(page.floats) == 2
    assert [page.blocks[k].tag for k in page.floats] == ["div", "div"]


@pytest.mark.parametrize("story_first", [True, False])
def test_the_story_column_without_its_floated_sidebar(story_first: bool) -> None:
    text = extract_html(_page(story_first)).text
    assert all(p in text for p in STORY)
    assert not [x for x in (*SIDE, ABOUT) if x in text]


def test_a_sidebar_that_is_not_floated_is_not_read_as_a_column() -> None:
    """The same sidebar without a float (stacked under the story): no columns, the old choice stands."""
    assert extract_html(_page(side_style="width:30%")).text == extract_html(_page(side_style="")).text


def test_a_floated_box_with_one_prose_line_is_no_side_column() -> None:
    """A floated neighbour with fewer than SIDE_PROSE prose lines (a picture's caption, a fact box line) does not make
    the title's column a story column: the old choice stands."""
    one = extract_html(_page(side=())).text
    assert one == extract_html(_page(side=(), side_style="width:30%")).text


def _tune(gen_name: str, seed: str, page_id: str) -> Any:
    import importlib

    from halves import TUNE

    gen = importlib.import_module(gen_name)
    pages = gen.build(DATA, seed) if gen_name == "zh_news_corpus27" else gen.build(seed)
    page = next(p for p in pages if p.id == page_id)
    assert page.half == TUNE
    return page


@pytest.mark.parametrize("page_id", ["div_columns-en-2", "div_columns-de-2", "div_columns-fr-0"])
def test_cms_div_columns_tune_pages(page_id: str) -> None:
    """Tune pages of bench/cms_corpus.py ``div_columns`` (seed leak31-dev1): the story, none of the sidebar."""
    import lang_corpus

    page = _tune("cms_corpus", "leak31-dev1", page_id)
    out = extract_html(page.html, url=lang_corpus._url(page)).text
    result = lang_corpus.judge(page, out)
    assert not result.leaked and not result.missing and result.f1 > 0.95


@pytest.mark.skipif(not DATA.exists(), reason="shared bench data not present")
def test_zhnews27_story_beside_a_column_of_notices() -> None:
    """Tune page ``paged_divs_7`` of bench/zh_news_corpus27.py (seed leak31-dev1): a two-paragraph story floated left
    beside a floated column of 网站公告 notices and 热门推荐 summaries; the notices were chosen. The story now (its
    picture's caption is another matter: it still leaks)."""
    import zh_news_corpus27 as gen

    page = _tune("zh_news_corpus27", "leak31-dev1", "paged_divs_7")
    how = gen.SCORING
    out = how.norm(extract_html(page.html, url=how.url(page)).text)
    assert all(how.norm(m) in out for m in page.must)
    notices = [m for m in page.must_not if m.startswith(("本网", "即日起", "为进一步", "欢迎广大"))]
    assert notices and not [m for m in notices if how.norm(m) in out]


ZH_TITLE = "拿出十万元投资房产 小两口尝试以钱生钱"
ZH_HEADS = ("利益集团左右电力体制改革 华东上调超发电价", "投身外交", ZH_TITLE, "简单道理捅破飞人神话")
ZH_TEASERS = (
    "诚实的人使得那些沉默的人由於没有大胆说话而有负罪感，这是很自然的事情。",
    "今年谒西陵，用银三百万，皇太后的生日，各官的贡献，比上年还要多十倍。",
    "李某说，三十日清晨四时许，她转院到现在这家医院，四个小时后孩子出生了。",
    "各国教士不管国政，我劝列位信教是可以信的，这国是一定要爱的。",
)
ZH_STORY = (
    "汤先生夫妇二人，虽说刚三十出头，但经过这几年的精打细算，银行账户上已经有二十多万的存款。",
    "去年房价猛涨，小两口也心痒痒了。合计合计，决定拿出十万元来做房产投资，一来以钱生钱，二来为今后养老留条后路。",
    "在上周的军博展会上，汤先生夫妇发现了两个产权投资项目，最低投资金额为十万元。",
    "任何投资本身都会有风险，对于投资者来说，在所能承受的风险下取得一定的收益才有意义。",
)


def test_a_teaser_headline_repeating_the_title_is_no_title_column() -> None:
    """A floated column of teasers set first (``<p><a>headline</a><br>summary</p>``, one headline the page's title:
    the title line found first), beside the story's floated column whose title is a table's header cell: the title
    line found is mostly a link, so its column is no story column (before that guard the teasers alone were the
    text, as on a perturb.py ``float_columns`` draw of a cleaneval_zh tune page); the story stays."""
    side = "".join(
        f"<p><a href='/n/{i}.html'>{h}</a><br>{x}</p>"
        for i, (h, x) in enumerate(zip(ZH_HEADS, ZH_TEASERS, strict=True))
    )
    body = "".join(f"<p>{p}</p>" for p in ZH_STORY)
    html = (
        f"<html><head><meta charset='utf-8'><title>{ZH_TITLE}_新浪房产</title></head><body>"
        f"<div style='width:960px;margin:0 auto'><div style='float:right;width:300px'>{side}</div>"
        f"<div style='float:left;width:640px'><table><tr><th>{ZH_TITLE}</th></tr>"
        f"<tr><td>2005年03月31日 北京娱乐信报</td></tr><tr><td>{body}</td></tr></table></div>"
        "<div style='clear:both'></div></div></body></html>"
    )
    text = extract_html(html).text
    assert all(p in text for p in ZH_STORY)
