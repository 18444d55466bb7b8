# ruff: noqa: E501  (markup is long literal lines)
"""A split body's one-paragraph lead right under the title (issue #12 Deliver 3, round 29): a finance story's intro
above a quote table, the rest of the body below the table. The lead is a part of the body from one sentence on
(``content._lead_floor``), not only from :data:`~cleaner.extraction.content.PROSE_CHARS`. Pages written here (no
third-party markup copied), and a tune page of ``bench/zh_portal_corpus.py`` on this round's dev seed."""

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

LEAD = "本市上周新增就业岗位一万二千个，创下三年来的新高。"
BODY = (
    "市人社局周四公布的数据显示，上周全市新增城镇就业岗位一万二千个，比前一周增加了一千九百个，服务业和制造业的用工需求增长最为明显。",
    "在数据公布之前，多家研究机构已经预计本地就业市场将继续回暖。本月早些时候，全市登记失业率下降至百分之三点六，为两年多来的最低水平。",
    "业内人士表示，就业形势好转的同时仍有不少隐忧，部分行业的招工难问题依然突出，青年人的就业压力也没有明显缓解。",
)


def _page(lead: str) -> str:
    rows = "".join(
        f"<tr><td><a href='/q/{c}'>股票{c}</a></td><td>{c}.58</td><td>-2.81%</td><td>85亿</td></tr>"
        for c in (11, 12, 13)
    )
    body = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        "<html><head><meta charset='utf-8'><title>本市上周新增就业岗位创新高_财经网</title></head><body>"
        '<div class="nav"><a href="/">首页</a> | <a href="/finance/">财经</a> | <a href="/stock/">股票</a></div>'
        '<div class="main"><h1>本市上周新增就业岗位创新高</h1><div class="info">2024-03-01 09:30 来源：财经网 作者：王明</div>'
        f'<div class="art_p1"><p>{lead}</p></div>'
        f'<div class="stock-box"><h4>相关股票</h4><table><tr><th>名称</th><th>最新价</th><th>涨跌幅</th><th>成交额</th></tr>{rows}</table></div>'
        f'<table class="art_tab"><tr><td>{body}</td></tr></table>'
        '<div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a></div></div>'
        '<div class="footer"><a href="/about/">关于我们</a></div></body></html>'
    )


def test_a_short_lead_above_a_quote_table_is_part_of_the_body() -> None:
    text = extract_html(_page(LEAD)).text
    assert LEAD in text
    assert all(p in text for p in BODY)


def test_a_lead_with_a_link_is_not_taken_in_below_the_floor() -> None:
    """A short linked line under the title (a promotion, another story's headline) is no lead of the body."""
    promo = '点击查看<a href="/special/">全部专题报道</a>。'
    text = extract_html(_page(promo)).text
    assert "全部专题报道" not in text
    assert all(p in text for p in BODY)


@pytest.mark.skipif(not DATA.is_dir(), reason="zh_portal_corpus reads its texts from ../shared/data/extraction")
def test_generator_tune_page_keeps_its_lead() -> None:
    import zh_portal_corpus as gen

    assert_tune_pages(gen, gen.Text.load(DATA), "caption29-dev2", [("finance_split", 11)])
