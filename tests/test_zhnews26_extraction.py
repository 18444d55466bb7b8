# ruff: noqa: E501  (markup is long literal lines)
"""Neighbour stories under an article, round 26 (issue #12, bench/zh_news_corpus26.py): "上一篇：标题" / "下一篇：标题"
boxes below the text, each with the other story's opening sentences set like the article's own paragraphs. Pages
written here (no third-party markup copied), and tune pages of the round's generator on its dev seed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.content import _NEIGHBOUR
from tests.conftest import ROOT, SHARED
from tests.gen_checks import assert_tune_pages

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

PARAS = (
    "记者从市交通运输局获悉，今年全市将新开通公交线路十二条，优化调整线路二十余条，进一步方便市民出行。",
    "据介绍，新开通的线路主要集中在城市新区和近郊的大型居住区，重点解决居民到地铁站和商业中心的接驳问题。",
    "与此同时，交通部门还将在主要道路上增设公交专用道，并对部分站台进行改造，增加候车亭和电子站牌。",
    "市交通运输局有关负责人表示，线路调整前将通过多种渠道征求市民意见，确保调整方案科学合理。",
)
TEASERS = (
    (
        "城区三座过街天桥完成改造",
        "经过两个多月的施工，城区三座过街天桥的改造工程日前全部完成，新增的电梯已经正式投入使用。",
    ),
    ("全市中小学暑期安全教育启动", "暑假即将来临，市教育局近日部署开展中小学生暑期安全教育活动，重点预防溺水事故。"),
)


def _page(old: bool) -> str:
    labels = ("上一篇", "下一篇")
    if old:
        body = "".join(f"　　{p}<br><br>" for p in PARAS)
        near = "".join(
            f"<tr><td class='f14'><b>{lab}：</b><a href='/n/{i}.htm'>{h}</a><br>{t}<a href='#'>[阅读全文]</a></td></tr>"
            for i, (lab, (h, t)) in enumerate(zip(labels, TEASERS, strict=True))
        )
        main = f"<table width='100%'><tr><td align='center'><b>今年新开通公交线路十二条</b></td></tr><tr><td class='f14'>{body}</td></tr>{near}</table>"
        return f"<html><head><meta charset='utf-8'><title>今年新开通公交线路十二条</title></head><body><table width='778'><tr><td width='570' valign='top'>{main}</td><td width='200'><b>今日导读</b></td></tr></table></body></html>"
    near = "".join(
        f'<div class="near"><span>{lab}：</span><h4><a href="/n/{i}.html">{h}</a></h4><p>{t}<a href="#">[阅读全文]</a></p></div>'
        for i, (lab, (h, t)) in enumerate(zip(labels, TEASERS, strict=True))
    )
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<html><head><meta charset='utf-8'><title>今年新开通公交线路十二条</title></head><body>"
        f'<div class="article"><h1>今年新开通公交线路十二条</h1><div class="content">{paras}</div><div class="editor">责任编辑：王明</div>{near}</div>'
        "</body></html>"
    )


@pytest.mark.parametrize("old", [True, False])
def test_neighbour_teasers_below_the_text_go(old: bool) -> None:
    """The 上一篇 / 下一篇 boxes under the text end it: the neighbours' opening sentences go (were kept as the
    article's last paragraphs), every paragraph of the article stays."""
    text = extract_html(_page(old), url="http://news.example.cn/a/1.html").text
    assert all(p in text for p in PARAS)
    assert not [t for _, t in TEASERS if t[:20] in text]


def test_a_neighbour_pager_above_the_text_cuts_nothing() -> None:
    """A "上一篇：… 下一篇：…" line under the title, above the text (no paragraphs kept above it yet), cuts nothing."""
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    html = (
        "<html><head><meta charset='utf-8'><title>今年新开通公交线路十二条</title></head><body>"
        '<div class="article"><h1>今年新开通公交线路十二条</h1>'
        f'<p>上一篇：<a href="/n/1.html">{TEASERS[0][0]}</a></p><div class="content">{paras}</div></div></body></html>'
    )
    text = extract_html(html, url="http://news.example.cn/a/1.html").text
    assert all(p in text for p in PARAS)


def test_neighbour_labels() -> None:
    assert _NEIGHBOUR.match("上一篇：城区三座过街天桥完成改造")
    assert _NEIGHBOUR.match("下一篇文章: 标题")
    assert _NEIGHBOUR.match("後一篇：標題")
    assert not _NEIGHBOUR.match("上一篇文章里我们讲到，城市交通的问题由来已久。")


@pytest.mark.skipif(not DATA.is_dir(), reason="zh_news_corpus26 reads its texts from ../shared/data/extraction")
def test_generator_tune_pages_lose_the_neighbours_teasers() -> None:
    """Tune pages of ``bench/zh_news_corpus26.py``'s next_excerpt kind on the round's dev seed (every one kept a
    neighbour's teaser before round 26): the gold's first and last line, no teaser."""
    import opencc
    import zh_news_corpus26 as gen

    text = gen.Text.load(DATA)
    s2t = opencc.OpenCC("s2t").convert
    assert_tune_pages(gen, text, "zhnews26-dev1", [("next_excerpt", i) for i in (0, 8, 14, 16)], s2t)


MAIL_NOTES = (
    "請輸入您朋友的電子郵件地址，我們會將本文的連結寄給對方。",
    "您的電子郵件地址僅用於本次轉寄，本網站不會保存或作其他用途。",
)


def _mail_page(fields: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    box = (
        "<table width='100%'><tr><td><b>轉寄好友</b></td></tr><tr><td><font size='2'>"
        + "<br>".join(MAIL_NOTES)
        + f"</font></td></tr><tr><td><form action='/mail.php' method='post'>{fields}<input type='submit' value='寄出'></form></td></tr></table>"
    )
    return (
        "<html><head><meta charset='utf-8'><title>今年新开通公交线路十二条</title></head><body><table width='778'><tr>"
        f"<td width='570' valign='top'><font size='4'><b>今年新开通公交线路十二条</b></font><br>{paras}<br>{box}</td>"
        "<td width='200'><b>即時新聞</b></td></tr></table></body></html>"
    )


def test_a_mail_a_friend_form_and_its_notices_go() -> None:
    """A 轉寄好友 box under the text: a heading, two notices in prose, a form of two text fields and a button. Two
    one-line text fields make a data-entry form like a comment form: its box's notices go (were kept as the
    article's last paragraphs)."""
    text = extract_html(_mail_page("收件人：<input name='to' size='30'> 您的名字：<input name='me'>")).text
    assert all(p in text for p in PARAS)
    assert not [n for n in MAIL_NOTES if n[:12] in text]


def test_one_field_or_radio_buttons_make_no_data_entry_form() -> None:
    """A box of one text field (a search box) or of radio buttons (a rating, a poll) is no data-entry form: the
    notices above it stay where they stood (this test pins the bound, not a wish to keep them)."""
    for fields in (
        "<input name='q'>",
        "<input type='radio' name='r' value='1'><input type='radio' name='r' value='2'>",
    ):
        text = extract_html(_mail_page(fields)).text
        assert all(p in text for p in PARAS)
        assert all(n[:12] in text for n in MAIL_NOTES), fields


@pytest.mark.skipif(not DATA.is_dir(), reason="zh_news_corpus26 reads its texts from ../shared/data/extraction")
def test_generator_tune_pages_lose_the_mail_form() -> None:
    """Tune pages of ``bench/zh_news_corpus26.py``'s big5_table kind (Big5 bytes) on the round's dev seed: the
    轉寄好友 form's notices leaked on every one before round 26."""
    import opencc
    import zh_news_corpus26 as gen

    text = gen.Text.load(DATA)
    s2t = opencc.OpenCC("s2t").convert
    pages = assert_tune_pages(gen, text, "zhnews26-dev1", [("big5_table", i) for i in (0, 1, 2, 5)], s2t)
    assert all(isinstance(p.html, bytes) for p in pages)
