"""The long Chinese news page generator of round 34 (``bench/zh_longnews_corpus34.py``) and the mechanisms its tune
pages motivated: a "相关阅读" box between a story's paragraphs whose items are a headline link and a one-sentence
summary goes with its label (``content._list_item``, ``content._list_under``; a box of bare links went already), and
a pager bar read as one line ("本文共6页 上一页 1 2 3 下一页") is dropped (rule ``drop_line.zh-pager``). Generated
pages are tune pages of the dev seed ``newsgap34-dev1``; the round's fresh seeds are never tested on."""

from __future__ import annotations

import sys

import pytest

from cleaner.extraction import extract_html
from cleaner.text.textclean import clean_lines
from tests.conftest import ROOT

SEED = "newsgap34-dev1"
P1 = "临江市交通运输局近日召开专题会议，研究部署老旧小区改造的下一阶段工作，要求各单位分类施策，确保按期完成任务。"
P2 = "据局长王建国介绍，截至五月底，全市已累计完成改造项目一百二十个，总投资约三点五亿元，群众满意度明显提升。"
P3 = "记者在东塘区看到，施工现场机器轰鸣，工人们正在抓紧铺设管网，附近居民不时停下脚步看一看进度。"
P4 = "下一步，临江市将进一步完善配套政策，力争到明年年底实现全覆盖，让更多居民享受到改造带来的便利。"
H1, S1 = "青川县出台便民菜市场升级实施方案", "青川县日前发布通知，将用三年时间完成全县菜市场升级，首批名单已经公布。"
H2, S2 = "关注口袋公园建设｜社区志愿者的一天", "近日，记者跟随社区志愿者走访了八个社区，听取居民对口袋公园的意见。"


def _gen():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "bench"))
    import zh_longnews_corpus34 as gen

    return gen


def _page(body: str) -> str:
    side = "".join(f"<li><a href='/n/{i}.html'>白河镇背街小巷整治取得阶段性成效第{i}期</a></li>" for i in range(8))
    return (
        "<html><head><title>老旧小区改造提速_城市新闻网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> <a href='/bd/'>本地</a></div>"
        f"<div class='wrap'><div class='left'><h1>老旧小区改造提速</h1><div id='artibody'>{body}</div></div>"
        f"<div class='right'><h3>24小时热点</h3><ul>{side}</ul></div></div></body></html>"
    )


def test_generator_halves_and_gold() -> None:
    """Both halves are drawn, every page has must-not snippets, and the pages of a seed are the same each time."""
    gen = _gen()
    pages = gen.build(None, SEED)
    assert {p.half for p in pages} == {"tune", "check"}
    assert all(p.must_not and p.gold for p in pages)
    again = [gen.build_page(p.kind, p.shape, int(p.id.rsplit("_", 1)[1]), SEED) for p in pages[::9]]
    assert [p.html for p in pages[::9]] == [p.html for p in again]


@pytest.mark.parametrize("label", ["【相关阅读】", "相关阅读：", "相关新闻"])
def test_related_box_of_headlines_with_summaries_goes(label: str) -> None:
    """A box between two paragraphs: its label, then items each a headline link and a summary sentence."""
    pairs = ((H1, S1), (H2, S2))
    items = "".join(f"<li><a href='/n/{i}.html'>{h}</a><span>{s}</span></li>" for i, (h, s) in enumerate(pairs))
    box = f"<div class='xgyd'><strong>{label}</strong><ul>{items}</ul></div>"
    text = extract_html(_page(f"<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p><p>{P4}</p>")).text
    assert all(p in text for p in (P1, P2, P3, P4))
    assert H1 not in text and S1 not in text and S2 not in text and label.strip("【】：") not in text


def test_subheading_over_paragraphs_opening_with_links_stays() -> None:
    """A short line that closes a sentence over two paragraphs that open with a link is no list's label."""
    p2 = f"<a href='/x/1.html'>局长王建国在会上介绍</a>，{P2}"
    p3 = f"<a href='/x/2.html'>东塘区住建局负责人表示</a>，{P3}"
    text = extract_html(_page(f"<p>{P1}</p><p>就这样。</p><p>{p2}</p><p>{p3}</p><p>{P4}</p>")).text
    assert P2 in text and P3 in text and "就这样。" in text


@pytest.mark.parametrize(
    "line",
    [
        "本文共6页 上一页 1 2 3 4 5 6 下一页",
        "[1] [2] [3] [下一页]",
        "共3页: 上一页 1 2 3 下一页",
        "(第1页/共3页) 下一页 尾页",
        "分页：下一页",
        "本文导航：1 2 3",
        "上一页 下一页",
    ],
)
def test_pager_line_goes(line: str) -> None:
    assert clean_lines([P1, line, P2]).lines == [P1, P2]


@pytest.mark.parametrize("line", ["他翻到下一页，1 2 3 地数着。", "下一页", "分页：这是一个问题", "12345678 页"])
def test_pager_look_alikes_stay(line: str) -> None:
    assert clean_lines([P1, line, P2]).lines == [P1, line, P2]


def test_page_jump_in_a_short_story_is_no_widget() -> None:
    """A short story's element ending with a page jump ("分页：" and a ``<select>`` of pages, a "下一页" link): the
    drop-down made the element a widget box (a price or settings box) and a share box's notice came out instead
    (perturb paging_text, two daniel_zh tune pages 0.94 -> 0.0 and 0.95 -> 0.1). A drop-down of other options still
    marks a widget."""
    jump = "".join(f"<option value='_{k}.htm'>第{k}页</option>" for k in (1, 2, 3))
    share = (
        "<div class='share'><p>复制成功，请按CTRL+V把链接和标题发给好友、论坛或博客。</p>"
        "<p>浏览器限制，请手动复制链接。</p></div>"
    )
    page = (
        "<html><head><title>老旧小区改造提速_新闻</title></head><body><div class='nav'><a href='/'>首页</a></div>"
        "<div class='main'><h1>老旧小区改造提速</h1><div class='info'>2011-12-15 08:00 来源：晨报</div>"
        f"<div id='endText'><p>本报讯</p><p>{P1}</p><center>分页：<select name='p'>{jump}</select> "
        f"<a href='_2.htm'>下一页</a></center></div>{share}</div></body></html>"
    )
    text = extract_html(page).text
    assert P1 in text and "下一页" not in text and "复制成功" not in text
    from cleaner.extraction.dom import parse_page

    sizes = "<select><option>小号</option><option>中号</option></select>"
    assert parse_page(f"<div><p>{P1}</p>{sizes}</div>").selects
    quantity = "<select name='qty'><option value='1'>1</option><option value='2'>2</option></select>"
    assert parse_page(f"<div><p>{P1}</p>{quantity}</div>").selects
    pages = "<select><option value='/a_1.htm'>1</option><option value='/a_2.htm'>2</option></select>"
    assert not parse_page(f"<div><p>{P1}</p>{pages}</div>").selects
    assert not parse_page(f"<div><p>{P1}</p><select name='p'>{jump}</select></div>").selects


@pytest.mark.parametrize(("style", "shape"), [("inline_related", "long"), ("inline_related", "trad"), ("paged", "mid")])
def test_generator_tune_pages(style: str, shape: str) -> None:
    """The dev seed's tune pages of these styles pass the snippet rule (the related boxes' headlines and summaries,
    the pager bar leaked: F1 0.95-0.99)."""
    gen = _gen()
    for i in range(gen.PAGES):
        p = gen.build_page(style, shape, i, SEED)
        assert p.half == "tune"
        result = gen.judge(p, extract_html(p.html, url=gen._url(p)).text)
        assert result.ok and result.f1 >= 0.99, (p.id, result.f1, result.leaked, result.missing)
