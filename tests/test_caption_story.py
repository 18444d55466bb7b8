# ruff: noqa: E501  (markup is long literal lines)
"""A photo story whose text is its figure captions (issue #12, round 26, bench/zh_news_corpus26.py caption_gallery):
the walk steps over ``<figcaption>``, so such a page gave a side box, the related galleries or the comments. Pages
written here (no third-party markup copied), and tune pages of the generator on this round's dev seed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.captions import shown_captions
from tests.conftest import ROOT, SHARED
from tests.gen_checks import assert_tune_pages

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

CAPTIONS = (
    "1月20日，市民在花市挑选年花，今年的花市比往年提前三天开市。",
    "花农们凌晨就开始布置摊位，金桔和蝴蝶兰是最受欢迎的品种。",
    "不少家长带着孩子来逛花市，感受浓浓的年味。",
    "夜幕降临后，花市的灯饰亮起，吸引了大批市民拍照留念。",
)
SIDE = (
    "本周最受关注的图集是一组记录山区学校新年联欢会的照片，孩子们自编自演了十几个节目。",
    "另一组热门图片展示了城市地铁新线路开通首日的情况，不少市民专程前来体验。",
    "还有读者推荐了一组冬季候鸟飞抵湿地公园的照片，拍摄者在湖边守候了整整一周。",
    "摄影爱好者协会日前举办年度作品展，展出作品三百余幅，题材涵盖城市风貌和民俗活动。",
    "编辑部精选的年度十佳新闻照片也已揭晓，获奖作品将在市图书馆展出一个月。",
)
ARTICLE = (
    "今年春节前夕，全市共设立十二个迎春花市，总摊位数超过三千个，比去年增加了一成。",
    "据市场管理部门介绍，今年花市首次实行线上预约摊位，花农可以通过手机选择位置并缴纳费用。",
    "为保障市民安全，各花市入口都设置了人流监测点，高峰时段将采取限流措施。",
)


def _figures(counter: bool) -> str:
    n = len(CAPTIONS)
    return "".join(
        f'<figure><img src="/p/{i}.jpg" width="600"><figcaption>{f"<span>{i + 1}/{n}</span> " if counter else ""}{c}</figcaption></figure>'
        for i, c in enumerate(CAPTIONS)
    )


def _page(article: str) -> str:
    side = "".join(f"<p>{s}</p>" for s in SIDE)
    return (
        "<html><head><meta charset='utf-8'><title>迎春花市开市</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/pic/">图片</a></div>'
        f'<div class="main"><div class="article"><h1>迎春花市开市</h1><div class="info">2024-01-20 10:32 来源：本网</div>{article}</div></div>'
        f'<div class="side"><h3>图片排行</h3>{side}</div></body></html>'
    )


@pytest.mark.parametrize("counter", [True, False])
def test_a_gallery_of_captions_under_the_title_is_the_story(counter: bool) -> None:
    """Four captioned photos under the headline, no other prose in the article's element, a longer side box of
    summaries: the captions, in order and without their "2/4" counters, are the text (the side box was)."""
    doc = extract_html(_page(f'<div class="gallery">{_figures(counter)}</div>'), url="http://pic.example.cn/a/1.html")
    assert doc.text.splitlines() == list(CAPTIONS)
    assert doc.removed.get("html.caption_story") == 1


def test_captions_illustrating_an_article_stay_out() -> None:
    """The same figures inside an article told in paragraphs: the article is the text, its captions stay out."""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE[:2]) + _figures(True) + f"<p>{ARTICLE[2]}</p>"
    doc = extract_html(_page(body), url="http://pic.example.cn/a/1.html")
    assert all(p in doc.text for p in ARTICLE)
    assert not [c for c in CAPTIONS if c in doc.text]
    assert "html.caption_story" not in doc.removed


def test_two_captions_make_no_gallery() -> None:
    assert shown_captions(f"<figure><figcaption>{CAPTIONS[0]}</figcaption></figure>" * 2) is None
    shown = shown_captions(f"<figure><figcaption>{CAPTIONS[0]}</figcaption></figure>" * 3)
    assert shown is not None and "<figcaption" not in shown and shown.count("<div id=") == 3


@pytest.mark.skipif(not DATA.is_dir(), reason="zh_news_corpus26 reads its texts from ../shared/data/extraction")
def test_generator_tune_galleries_give_their_captions() -> None:
    """Tune pages of ``bench/zh_news_corpus26.py``'s caption_gallery kind (``<figcaption>`` style) on the seed
    short26-dev1: each gave the 图片排行 box or the comments before (F1 0.18-0.26); now every caption, no box."""
    import opencc
    import zh_news_corpus26 as gen

    text = gen.Text.load(DATA)
    s2t = opencc.OpenCC("s2t").convert
    assert_tune_pages(gen, text, "short26-dev1", [("caption_gallery", i) for i in (7, 9, 13, 16)], s2t)


THUMBS = (
    "滨江步道二期沿线新建的十二处休息区，为晨练的市民提供了遮阳避雨的去处",
    "古镇石桥修缮后重新开放，不少游客专程赶来拍照留念，周末的客流比平时多了一倍",
    "广场喷泉每晚七点开启，灯光随音乐变换颜色，吸引附近居民带着孩子前来观看",
    "地铁站的志愿者们身穿红色马甲，为初次乘车的乘客指路并讲解自助购票的方法",
)


@pytest.mark.parametrize("heading", ["相关图片", "相关图集", "更多图集"])
def test_a_related_pictures_strip_under_a_photo_story_goes(heading: str) -> None:
    """A photo story of one paragraph, then a related-pictures heading over a strip of other galleries' titles
    (rule ``cut_list.related-reading``): the strip goes with its heading (was kept as the text's last lines)."""
    story = "记者今天从市园林局获悉，滨江步道二期工程已全部完工，新增绿地面积八万平方米，沿线设置了十二处休息区。"
    cells = "".join(
        f"<td><a href='/p/{i}.htm'><img src='/p/s{i}.jpg'></a><br><font size='2'>{t}</font></td>"
        for i, t in enumerate(THUMBS)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>滨江步道二期完工</title></head><body><table width='100%'>"
        "<tr><td align='center'><font size='4'><b>滨江步道二期完工</b></font></td></tr>"
        "<tr><td align='center'><img src='/p/big.jpg' width='500'></td></tr>"
        f"<tr><td class='f14'>{story}</td></tr><tr><td><b>{heading}</b></td></tr><tr>{cells}</tr></table></body></html>"
    )
    text = extract_html(html, url="http://pic.example.cn/a/2.html").text
    assert text.splitlines() == [story]


@pytest.mark.skipif(not DATA.is_dir(), reason="zh_news_corpus24 reads its texts from ../shared/data/extraction")
def test_generator_tune_photo_captions_lose_the_related_pictures() -> None:
    """Tune pages of ``bench/zh_news_corpus24.py``'s photo_caption kind on the seed short26-dev1: the 相关图片 strip
    of thumbnail titles leaked on every one before round 26; now the caption alone."""
    import zh_news_corpus24 as gen

    text = gen.Text.load(DATA)
    assert_tune_pages(gen, text, "short26-dev1", [("photo_caption", i) for i in (3, 7, 9, 14)])
