"""The 2005-2012 Chinese portal generator of round 32 (``bench/zh_oldportal_corpus32.py``) and the mechanism its tune
pages motivated: a comment section's heading that the selection dropped as a link line ("网友评论 查看全部评论": a
label beside a link) still cuts the comments under it (``extraction._above_dropped_heading``), below the body's
first paragraph and only when the body's own paragraphs do not go on below it and no run of paragraphs in one
element follows it (a share bar's "评论(84)" link between the title or a lead and the text cuts nothing); and a table of
figures right under the story's last paragraph stays at the end of the text (``content._story_table_tail``); a short
story's comments chosen over it give way to it under a heading with a link ("网友评论 查看全部评论",
``content._linked_heading``); a page count line ("本文共3页") goes (rule zh-page-count).
Generated pages are tune pages of the dev seed ``shortsplit32-dev1``; the fresh seeds of the round's report are
never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.text.textclean import clean_lines
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
SEED = "shortsplit32-dev1"
P1 = "惠誉评级周二表示，希腊债务将违约，尽管此次违约可能是有序的，市场对此早有准备，投资者情绪总体稳定。"
P2 = "标普评级负责欧洲主权信用评级的主管早前亦曾表示，希腊不久将发生债务违约，投资者需要保持警惕。"
C1 = "这样的评级调整早就在意料之中，市场其实已经消化得差不多了，没什么好担心的。"
C2 = "希望有关部门尽快拿出切实可行的办法，别让普通投资者来承担所有的损失。"


def _page(story: str, below: str, above: str = "") -> str:
    nav = "".join(f'<td><a href="/{i}/">{w}</a></td>' for i, w in enumerate("首页 新闻 财经 体育 娱乐 科技".split()))
    side = "".join(f'<tr><td><a href="/n/{i}.htm">希腊债务问题最新进展第{i}期报道汇总</a></td></tr>' for i in range(8))
    return (
        "<html><head><title>希腊债务将违约_财经频道</title></head><body>"
        f'<table width="760"><tr>{nav}</tr></table>'
        '<table width="760"><tr><td width="540" valign="top"><table width="100%">'
        '<tr><td align="center"><h1>希腊债务将违约</h1></td></tr>'
        f"<tr><td>2011年09月18日 08:10 来源：本站原创{above}</td></tr>"
        f'<tr><td class="zhengwen">{story}</td></tr><tr><td align="right">(编辑：叶欣)</td></tr>'
        f"<tr><td>{below}</td></tr></table></td>"
        f'<td width="210" valign="top"><table>{side}</table></td></tr></table></body></html>'
    )


def _comments() -> str:
    rows = "".join(
        f"<tr><td><font>网友[{n}.21.*.*] 于 2011-09-18 10:2{n} 说：</font><br>{c}</td></tr>"
        for n, c in enumerate((C1, C2), 1)
    )
    return (
        '<table class="pinglun"><tr><td class="bt">网友评论 <a href="/comment/">查看全部评论</a></td></tr>'
        f'{rows}<tr><td><a href="/comment/post">发表评论</a></td></tr></table>'
    )


@pytest.mark.parametrize("story", [f"<p>{P1}</p><p>{P2}</p>", f"<p>{P1}</p>"])
def test_comments_under_a_dropped_heading_go(story: str) -> None:
    text = extract_html(_page(story, _comments())).text
    assert P1 in text
    assert C1 not in text and C2 not in text


def test_comments_in_the_story_cell_go() -> None:
    """A short story with the comment box right under it in its own cell."""
    text = extract_html(_page(f"<p>{P1}</p>{_comments()}", "")).text
    assert P1 in text
    assert C1 not in text and C2 not in text


def test_a_comment_link_above_the_body_cuts_nothing() -> None:
    """A share bar's "网友评论(12)" link between the title and the text: the story stays whole."""
    above = ' <a href="/comment/">网友评论(12)</a> <a href="/share">分享</a>'
    text = extract_html(_page(f"<p>{P1}</p><p>{P2}</p>", "", above)).text
    assert P1 in text and P2 in text


def test_a_comment_link_between_paragraphs_cuts_nothing() -> None:
    """The body's own paragraphs go on below a dropped "网友评论" link: no heading of a section."""
    story = f'<p>{P1}</p><p><a href="/comment/">网友评论</a></p><p>{P2}</p><p>{C1}</p>'
    text = extract_html(_page(story, "")).text
    assert P1 in text and P2 in text and C1 in text


def test_a_comment_link_under_a_lead_set_apart_cuts_nothing() -> None:
    """A lead in an element of its own, a "网友评论" link, then the body's paragraphs in another element: a run of
    paragraphs in one element below the link is an article's text, not comments in items of their own."""
    story = (
        f'<div class="lead"><p>{P1}</p></div><div class="bar"><a href="/comment/">网友评论</a></div>'
        f'<div class="body"><p>{P2}</p><p>{C1}</p><p>{C2}</p></div>'
    )
    text = extract_html(_page(story, "")).text
    assert P1 in text and P2 in text and C2 in text


def test_a_table_of_figures_ending_the_story_stays() -> None:
    """A table of figures (rows of one-line cells, no links) right under the story's last paragraph is the story's
    (``content._story_table_tail``); the editor line, tool bar and related list below it still go."""
    rows = [
        ("项目", "2010年", "2011年", "增长"),
        ("财政收入", "951.5亿元", "667.4亿元", "23.4%"),
        ("固定资产投资", "267.9亿元", "406.1亿元", "18.1%"),
        ("社会消费品零售总额", "825.7亿元", "392.2亿元", "16.3%"),
    ]
    cells = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    related = "".join(
        f'<tr><td>·<a href="/n/{i}.htm">希腊债务问题最新进展报道第{i}期</a> 09-1{i}</td></tr>' for i in range(5)
    )
    below = f"【字号 大 中 小】【打印】【关闭】<table><tr><td><b>相关新闻</b></td></tr>{related}</table>"
    text = extract_html(_page(f'<p>{P1}</p><p>{P2}</p><table border="1">{cells}</table>', below)).text
    assert P2 in text and "951.5亿元" in text and "16.3%" in text
    assert "打印" not in text and "叶欣" not in text and "第3期" not in text


@pytest.mark.parametrize("line", ["本文共3页", "（共5页）", "全文共 12 页", "共2页"])
def test_page_count_line_goes(line: str) -> None:
    assert clean_lines([P1, line, P2]).lines == [P1, P2]


@pytest.mark.parametrize(
    "line", ["本书共300页，分为十章，每章附有练习。", "共3页的报告里，他写满了自己的建议。", "第3页"]
)
def test_prose_about_pages_stays(line: str) -> None:
    assert clean_lines([P1, line, P2]).lines == [P1, line, P2]


@pytest.mark.skipif(not (DATA / "daniel_zh").is_dir(), reason="shared extraction data not present")
def test_short_story_over_a_comment_box_is_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A school page's two-paragraph notice under its title, the comment box under its related list (as the big
    portals' styles set it): the comments' prose outweighed the notice and was chosen alone; the heading opening their
    box, "网友评论" beside its link "查看全部评论", makes them the story's comments (``content._linked_heading``)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_oldportal_corpus32 as gen

    monkeypatch.setattr(gen, "COMMENTED", (*gen.COMMENTED, "school"))
    text = gen.Text.load(DATA)
    page = gen.build_page("school", "short", 0, text, "shortsplit32-dev5")
    assert page.half == "tune"
    result = gen.judge(page, extract_html(page.html, url=gen._url(page)).text)
    assert result.f1 >= 0.95 and not result.missing and not result.leaked


@pytest.mark.skipif(not (DATA / "daniel_zh").is_dir(), reason="shared extraction data not present")
def test_generator_tune_pages_are_clean() -> None:
    """The dev seed's tune pages of the short and paginated shapes: the story, none of its chrome (check pages are
    scored only, by the bench)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_oldportal_corpus32 as gen

    pages = [p for p in gen.build(DATA, SEED) if p.half == "tune" and p.shape in ("short", "pages")]
    assert pages
    bad = []
    for p in pages:
        result = gen.judge(p, extract_html(p.html, url=gen._url(p)).text)
        if result.f1 < 0.9 or result.missing:
            bad.append((p.id, round(result.f1, 3), result.missing))
    assert len(bad) <= 2, bad
