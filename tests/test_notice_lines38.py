# ruff: noqa: E501  (page markup is written in long literal lines)
"""A notice's own short lines at the edges of its text (issue #12, round 38, ``bench/zh_portal_corpus38.py``): the
落款 under the text (the issuer's name, then a full date: ``content._signed``), a bare date below the text's first
sentence ("2005年6月9日至11日" under "一、会议时间": ``metadata.split_byline``), and the first heading of a numbered series
the text goes on with ("第一章　总则" over "第二章…": ``content._series_opening``) and a box of fields inside an
article's text (a ranking entry's "推荐指数：★★★" lines: ``content._amid_prose``) stay; a dated menu line, a posting
stamp with its time, a lone "第一章" line without a second stay out as before."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.content import _ISSUER, _SIGN_DATE
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))
shared = pytest.mark.skipif(not (DATA / "daniel_zh").is_dir(), reason="needs the shared extraction sets")

PARAS = (
    "为促进学术交流，推动我国经济学研究的发展，经研究决定，我院将于今年夏天举办第四届全国青年经济学者学术研讨会，现将有关事项通知如下。",
    "会议将围绕经济增长、收入分配、金融改革和对外开放等议题展开讨论，欢迎国内外高校和研究机构的学者踊跃投稿并参加会议。",
    "参会代表的食宿由会务组统一安排，费用自理，请各位代表于会议开始前一周将参会回执寄至会务组，以便安排住宿和接站事宜。",
)


def _page(main: str) -> str:
    side = "".join(f"<li><a href='/n/{i}.html'>学院新闻标题第{i}条链接文字</a></li>" for i in range(8))
    return (
        "<html><head><meta charset='utf-8'><title>关于召开学术研讨会的通知</title></head><body>"
        f"<div id='nav'><a href='/'>首页</a> | <a href='/news/'>学院新闻</a></div><table><tr><td width='180'><ul>{side}</ul></td>"
        f"<td><h1>关于召开学术研讨会的通知</h1><div class='content'>{main}</div></td></tr></table>"
        "<div id='foot'>版权所有 某某大学经济学院 地址：某某市某某路100号</div></body></html>"
    )


def test_sign_off_and_a_bare_date_in_the_text_stay() -> None:
    main = (
        f"<p>{PARAS[0]}</p><p><b>一、会议时间</b></p><p>2005年6月9日至11日</p><p><b>二、会议地点</b></p><p>某某大学学术交流中心</p>"
        f"<p>{PARAS[1]}</p><p>{PARAS[2]}</p><p align='right'>某某大学经济学院<br>2005年1月5日</p>"
    )
    out = extract_html(_page(main)).text
    assert "2005年6月9日至11日" in out
    assert out.rstrip().endswith("某某大学经济学院\n2005年1月5日")


def test_a_dateline_above_the_text_and_a_dated_stamp_still_go() -> None:
    main = f"<p>2005年1月5日</p><p>{PARAS[0]}</p><p>2005-01-05 15:00:14</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    out = extract_html(_page(main)).text
    assert "2005年1月5日" not in out.splitlines()
    assert "2005-01-05 15:00:14" not in out


def test_a_date_under_a_link_menu_is_no_sign_off() -> None:
    assert _ISSUER.fullmatch("山东理工大学经济学院") and _ISSUER.fullmatch("某某市教育局")
    assert not _ISSUER.fullmatch("版权所有，某某大学")
    assert _SIGN_DATE.fullmatch("2005年1月5日") and _SIGN_DATE.fullmatch("二〇〇五年一月五日")
    assert not _SIGN_DATE.fullmatch("2005-01-05 15:00")


def test_a_numbered_series_keeps_its_first_heading() -> None:
    main = (
        f"<p align='center'><b>第一章　总则</b></p><p>第一条　{PARAS[0]}</p><p>第二条　{PARAS[1]}</p>"
        f"<p align='center'><b>第二章　附则</b></p><p>第三条　{PARAS[2]}</p>"
    )
    out = extract_html(_page(main)).text
    assert out.splitlines()[0].replace("　", "").replace(" ", "") == "第一章总则"


def test_a_lone_ordinal_line_without_a_second_is_trimmed_as_before() -> None:
    main = f"<p align='center'><b>第一章　总则</b></p><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    out = extract_html(_page(main)).text
    assert out.startswith(PARAS[0][:20])


def test_a_ranking_entrys_field_lines_inside_the_text_stay() -> None:
    """The lines "推荐理由：… / 推荐指数：★★★ / 综合指数：7" between an entry's heading and its paragraph, under the last entry's
    paragraph: the text's own lines, not a poster's stat box (``content._amid_prose``)."""
    entries = "".join(
        f"<p><b>第{n}位：某某景区</b></p><p>推荐理由：山水秀丽<br>推荐指数：★★★<br>综合指数：{k}</p><p>{para}</p>"
        for n, k, para in zip("一二三", (7, 8, 9), PARAS, strict=True)
    )
    out = extract_html(_page(f"<p>{PARAS[2]}</p>{entries}")).text
    assert "综合指数：8" in out and "推荐指数：★★★" in out


def test_a_sites_sourced_notice_and_call_for_submissions_go() -> None:
    """An article site's notices in a box under the text (rules ``drop_line.site-sourced-notice``,
    ``drop_line.call-for-submissions``); the text's own sentence about the web stays."""
    notices = (
        "【声明】本站部分文章来自互联网，如有侵犯您的权益请及时与本站联系，我们会尽快删除。",
        "欢迎投稿：凡向本站投稿的作者，请在稿件末尾注明真实姓名、通信地址和联系电话，以便寄发稿酬。",
    )
    own = "调查显示，本站点附近的居民多数通过互联网了解公交线路调整的消息，也有不少人通过社区公告栏得知。"
    main = f"<table><tr><td><p>{PARAS[0]}</p><p>{own}</p><p>{PARAS[1]}</p></td></tr></table>" + "".join(
        f"<table border='1'><tr><td>{n}</td></tr></table>" for n in notices
    )
    out = extract_html(_page(main)).text
    assert own in out and PARAS[1] in out
    assert not any(n[:12] in out for n in notices)


@shared
def test_the_storys_own_link_in_a_side_list_is_not_its_title_line() -> None:
    """A generated tune page (``zh_portal_corpus38`` statute_15, seed ``zhnews38-dev4``): the left column's "最新文章"
    list names the page's own story above the bold title line in the source; the link was taken for the title line
    and the block moved to its column (F1 0.008). The title line is the bold one over the text (``title_line``)."""
    import zh_portal_corpus38 as gen
    from bench_extract import prf

    page = gen.build_page("statute", 15, gen.Text.load(DATA), "zhnews38-dev4")
    assert page.half == "tune"
    out = extract_html(page.html, url=gen._url(page)).text
    assert prf(out, page.gold)[0] > 0.9
