# ruff: noqa: E501  (markup is long literal lines)
"""2005-2012 portal layouts, round 27 (issue #12, bench/zh_news_corpus27.py): a story in the title's column of a
layout row whose other column holds prose notices (the body was chosen: story, side column and footer); a one-line
brief over a legal footer written as sentences (the footer was chosen); a one-paragraph story in a cell that also
holds the page's link lists (the prose fallback took the footer or the page). Pages written here (no third-party
markup copied), and tune pages of the round's generator on its dev seed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.gen_checks import assert_tune_pages

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

URL = "http://news.example.cn/a/1.html"
TITLE = "全市今年新开通公交线路十二条"
PARAS = (
    "记者从市交通运输局获悉，今年全市将新开通公交线路十二条，优化调整线路二十余条，进一步方便市民出行。",
    "据介绍，新开通的线路主要集中在城市新区和近郊的大型居住区，重点解决居民到地铁站和商业中心的接驳问题。",
    "与此同时，交通部门还将在主要道路上增设公交专用道，并对部分站台进行改造，增加候车亭和电子站牌。",
)
NOTICES = (
    "本站将于本周六凌晨零时至六时进行服务器维护升级，届时部分栏目将暂停访问，由此带来的不便敬请谅解。",
    "为进一步做好新闻宣传工作，本网现面向社会公开招聘编辑记者若干名，有意者请将个人简历发送至本网人事部邮箱。",
    "欢迎广大读者踊跃投稿，来稿请注明作者真实姓名、工作单位和联系电话，一经采用，即付稿酬。",
    "本网年度优秀网评作品征集活动正在进行中，截稿日期为本月底，获奖作品将在本网首页集中展示。",
)
FOOTER = (
    "地址：江城市人民路88号报业大厦12层　邮编：430000　新闻热线：027-88886666　广告热线：027-88887777",
    "《互联网新闻信息服务许可证》编号：4212006001　增值电信业务经营许可证：鄂B2-20060018",
    "本网站由江城日报社主办，江城新闻网络传媒有限公司承办，未经书面授权，任何单位和个人不得转载、摘编或以其它方式使用本网站内容。",
    "本站所载稿件及图片凡注明来源为本网的，版权均属本网所有，其他媒体转载时须注明出处，违者本网将依法追究其法律责任。",
)
HEADS = (
    "城区三座过街天桥完成改造",
    "全市中小学暑期安全教育启动",
    "江城举办第十届读书节活动",
    "市民公园春季花展今日开幕",
    "城东新区规划方案公开征求意见",
    "江城地铁二号线延长线开工建设",
)


def _top() -> str:
    return "<table width='778'><tr><td><img src='/logo.gif'></td><td>首页 | 新闻 | 社会</td></tr></table>"


def _footer() -> str:
    return (
        "<table width='778'>"
        + "".join(f"<tr><td align='center'><font size='2'>{x}</font></td></tr>" for x in FOOTER)
        + "<tr><td>Copyright &copy; 2003-2010 江城新闻网</td></tr></table>"
    )


def _notices() -> str:
    return (
        "<table width='100%'><tr><td><b>网站公告</b></td></tr>"
        + "".join(f"<tr><td>2010-05-0{i} {x}</td></tr>" for i, x in enumerate(NOTICES))
        + "</table>"
    )


def _page(main: str, side: str) -> str:
    return (
        f"<html><head><meta charset='utf-8'><title>{TITLE}-江城新闻网</title></head><body>{_top()}"
        f"<table width='778'><tr><td width='560' valign='top'>{main}</td><td width='208' valign='top'>{side}</td></tr></table>{_footer()}</body></html>"
    )


def _head_rows() -> str:
    return f"<tr><td align='center'><b>{TITLE}</b></td></tr><tr><td align='center'><font size='2'>来源：江城新闻网　作者：王明　2010-05-12 10:20</font></td></tr>"


def rows_page() -> str:
    """A story one paragraph per table row in the main column, a side column of prose notices, a prose footer."""
    rows = "".join(f"<tr><td>　　{p}</td></tr>" for p in PARAS)
    return _page(
        f"<table width='100%'>{_head_rows()}{rows}<tr><td align='right'>（责任编辑：李华）</td></tr></table>",
        _notices(),
    )


def brief_page() -> str:
    """A one-sentence brief under the title; beside it headline links, below it the legal footer in sentences."""
    links = "".join(f"<tr><td>·<a href='/n/{i}.htm'>{h}</a></td></tr>" for i, h in enumerate(HEADS))
    main = f"<table width='100%'>{_head_rows()}<tr><td><font>　　{PARAS[0]}</font></td></tr></table>"
    return _page(main, f"<table width='100%'><tr><td><b>热点排行</b></td></tr>{links}</table>")


def listed_cell_page() -> str:
    """A one-paragraph story as <br> text in a cell that also holds the page's link lists."""
    lists = "".join(
        f"<br><b>{lab}</b><br>"
        + "".join(f"·<a href='/n/{lab}{i}.htm'>{h}</a> (05-1{i})<br>" for i, h in enumerate(HEADS))
        for lab in ("最新文章", "热门文章", "相关文章")
    )
    main = f"<table width='100%'>{_head_rows()}<tr><td><font>　　{PARAS[0]}<br><br></font>{lists}</td></tr></table>"
    return _page(
        main, "<b>频道导航</b><br>" + "".join(f"·<a href='/c/{i}.htm'>{h}</a><br>" for i, h in enumerate(HEADS))
    )


def test_story_rows_beside_a_side_column_of_notices() -> None:
    """The body (title column + side column of prose notices + prose footer) gave way to the title's cell
    (content._title_layout): every paragraph, no notice, no footer line."""
    text = extract_html(rows_page(), url=URL).text
    assert all(p in text for p in PARAS)
    assert not [x for x in (*NOTICES, *FOOTER) if x[:20] in text]


def test_a_brief_over_a_legal_footer() -> None:
    """A one-sentence brief under the title, a footer of licence / publisher / copyright sentences at the page's
    end (content._legal_tail: no prose for the choice): the brief, not the footer."""
    text = extract_html(brief_page(), url=URL).text
    assert PARAS[0] in text
    assert not [x for x in FOOTER if x[:20] in text]


def test_a_story_in_a_cell_of_link_lists() -> None:
    """The story's cell scores below zero (18 link lines under one paragraph): the run of prose under the title
    (content.title_run), with its reason, not the prose fallback's footer."""
    doc = extract_html(listed_cell_page(), url=URL)
    assert PARAS[0] in doc.text
    assert not [x for x in (*FOOTER, *HEADS) if x[:12] in doc.text]
    assert doc.removed.get("html.fallback_title_run") == 1


def feed_page() -> str:
    """A one-sentence 快讯 whose cell holds, under it, a 滚动新闻 feed of timed headline links with summaries."""
    feed = "".join(
        f"[1{i}:3{i}] <a href='/n/{i}.htm'>{h}</a>：{NOTICES[i % len(NOTICES)]}<br>" for i, h in enumerate(HEADS)
    )
    main = f"<table width='100%'>{_head_rows()}<tr><td><font>　　{PARAS[0]}</font><br><br><b>滚动新闻</b><br>{feed}</td></tr></table>"
    return _page(
        main, "<b>热点排行</b><br>" + "".join(f"·<a href='/c/{i}.htm'>{h}</a><br>" for i, h in enumerate(HEADS))
    )


def boxes_page() -> str:
    """A notice under the title in a column of inline-styled divs, then the site's notice board and its "about us"."""
    board = "".join(f"<div>[2010-05-0{i}] {x}</div>" for i, x in enumerate(NOTICES))
    col = (
        f"<div><h1>{TITLE}</h1><div>来源：江城新闻网 2010-05-12</div><div>　　{PARAS[0]}<br><br><div>江城市交通运输局<br>二〇一〇年五月十二日</div></div></div>"
        f"<div><div style='font-weight:bold'>网站公告</div>{board}</div>"
        f"<div><div style='font-weight:bold'>本站简介</div><div>{FOOTER[2]}{FOOTER[3]}</div></div>"
    )
    return f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body><div style='width:960px'><div style='float:right;width:770px'>{col}</div></div></body></html>"


def test_a_brief_over_a_feed_of_timed_headlines() -> None:
    """The feed under the brief in its own cell (>= 5 timed lines with links: content._feed_below) and its heading
    end the story."""
    text = extract_html(feed_page(), url=URL).text
    assert PARAS[0] in text
    assert "滚动新闻" not in text
    assert not [h for h in HEADS if h in text]


def test_the_site_boxes_below_a_notice_go() -> None:
    """ "网站公告" and "本站简介" (cut_tail.site-boxes, heads "site-box") cut between the notice's lines and the
    boxes' prose: the notice and its 落款 stay, no dated notice, no description of the site."""
    text = extract_html(boxes_page(), url=URL).text
    assert PARAS[0] in text and "二〇一〇年五月十二日" in text
    assert not [x for x in (*NOTICES, FOOTER[2]) if x[:20] in text]


@pytest.mark.skipif(not DATA.exists(), reason="shared bench data not present")
def test_zhnews27_tune_pages() -> None:
    """Tune pages of bench/zh_news_corpus27.py (seed zhnews27-dev1) that failed before: a caption over a 要闻 block
    (photo_center), a story one paragraph per row (row_paras), a story in a cell of link lists (td_lists), a brief
    over a 滚动新闻 feed (scroll_brief), a notice over the site's boxes (notice_board, wrap_lists)."""
    import zh_news_corpus27 as gen
    from zh_portal_corpus import Text

    text = Text.load(DATA)
    wanted = [
        ("photo_center", 2),
        ("photo_center", 16),
        ("row_paras", 4),
        ("td_lists", 10),
        ("td_lists", 14),
        ("scroll_brief", 0),
        ("notice_board", 8),
        ("wrap_lists", 10),
    ]
    assert_tune_pages(gen, text, "zhnews27-dev1", wanted)
