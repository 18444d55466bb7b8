# ruff: noqa: E501  (markup is long literal lines)
"""A strip of thumbnails that lead to other pages (issue #12, round 29): each item a linked image over a one-sentence
caption, or a headline link and a summary ("相关图片", other galleries' strip). The walk records the lines that open
under a linked image (``Page.thumbs``); a run of such sibling items is a list of teasers, not the photo story's text.
Pages written here (no third-party markup copied), and tune pages of the generators on this round's dev seed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.dom import page_link, parse_page
from tests.conftest import ROOT, SHARED
from tests.gen_checks import assert_tune_pages

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

STORY = "1月20日，市民在花市挑选年花，今年的花市比往年提前三天开市，金桔和蝴蝶兰是最受欢迎的品种。"
CAPTIONS = (
    "山区学校举办新年联欢会，孩子们自编自演了十几个节目，家长们也上台表演",
    "城市地铁新线路开通首日，不少市民专程前来体验，车厢里十分热闹",
    "冬季候鸟飞抵湿地公园，摄影爱好者在湖边守候了整整一周才拍到这一幕",
    "摄影爱好者协会举办年度作品展，展出作品三百余幅，题材涵盖城市风貌",
    "编辑部精选的年度十佳新闻照片揭晓，获奖作品将在市图书馆展出一个月",
)


def _page(href: str, item: str = "li") -> str:
    if item == "li":
        strip = "".join(
            f'<li><a href="{href.format(i)}"><img src="/pic/s{i}.jpg"></a><p>{c}</p></li>'
            for i, c in enumerate(CAPTIONS)
        )
        strip = f'<ul class="thumbs">{strip}</ul>'
    else:
        strip = "".join(
            f"<td><a href='{href.format(i)}'><img src='/pic/s{i}.jpg'></a><br><font size='2'>{c}</font></td>"
            for i, c in enumerate(CAPTIONS)
        )
        strip = f"<table><tr>{strip}</tr></table>"
    return (
        "<html><head><meta charset='utf-8'><title>市民花市挑选年花_图片频道</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/pic/">图片</a></div>'
        '<div class="photo"><h1>市民花市挑选年花</h1><div class="info">2024-01-20 10:30 来源：城市新闻网</div>'
        f'<div class="big"><img src="/pic/644940.jpg"></div><p class="pic-text">{STORY}</p>'
        f'<div class="pn"><a href="#">上一张</a> <a href="#">下一张</a></div>{strip}</div>'
        '<div class="footer"><a href="/about/">关于我们</a></div></body></html>'
    )


def test_the_walk_records_lines_under_a_linked_image() -> None:
    page = parse_page(_page("/pic/{}.html"))
    lines = [page.lines[i].text for i, _ in page.thumbs]
    assert lines == list(CAPTIONS)
    # the story's own picture is not linked: its caption opens no thumbnail
    assert STORY not in lines


def test_a_link_to_a_picture_or_a_fragment_is_no_page_link() -> None:
    assert page_link("/pic/2.html")
    assert page_link("https://example.com/gallery/12")
    assert not page_link("/pic/big_2.JPG")
    assert not page_link("/pic/2.png?w=800")
    assert not page_link("#p2")
    assert not page_link("javascript:void(0)")
    assert not page_link("")
    assert not page_link(None)


@pytest.mark.parametrize("item", ["li", "td"])
def test_a_strip_of_thumbnails_to_other_pages_is_left_out(item: str) -> None:
    text = extract_html(_page("/pic/{}.html", item)).text
    assert STORY in text
    assert not [c for c in CAPTIONS if c in text]


def test_thumbnails_linked_to_their_own_large_pictures_are_no_teasers() -> None:
    """A zoom link (to the image file) leads to no other story: the captions stay what they were."""
    assert parse_page(_page("/pic/big_{}.jpg")).thumbs == []


def test_a_reply_beside_a_linked_avatar_is_no_thumbnail() -> None:
    """Replies each beside a linked avatar, each opening with the user's linked name (a Tieba-like 楼中楼): kept."""
    replies = "".join(
        f'<div class="lzl"><a href="/home/u{i}"><img src="/portrait/{i}"></a><div class="lzl_cnt"><a href="/home/u{i}">用户{i}</a>: {c}。</div></div>'
        for i, c in enumerate(CAPTIONS)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>花市见闻_贴吧</title></head><body><h1>花市见闻</h1>"
        f"<div class='post'><p>{STORY}</p></div><div class='replies'>{replies}</div></body></html>"
    )
    text = extract_html(html).text
    assert all(c in text for c in CAPTIONS)


@pytest.mark.skipif(not DATA.is_dir(), reason="zh_news_corpus24/25 read their texts from ../shared/data/extraction")
def test_generator_tune_pages_keep_the_caption_not_the_strip() -> None:
    """Tune pages of ``bench/zh_news_corpus25.py`` (photo_modern) and ``bench/zh_news_corpus24.py``
    (photo_caption) on this round's dev seed where the strip's captions were taken with the story's caption."""
    import opencc
    import zh_news_corpus24 as gen24
    import zh_news_corpus25 as gen25

    s2t = opencc.OpenCC("s2t").convert
    wanted25 = [("photo_modern", 0), ("photo_modern", 1), ("photo_modern", 2), ("photo_modern", 16)]
    assert_tune_pages(gen25, gen25.Text.load(DATA), "caption29-dev1", wanted25, s2t)
    wanted24 = [("photo_caption", 11)]
    assert_tune_pages(gen24, gen24.Text.load(DATA), "caption29-dev1", wanted24)


def test_a_gallery_story_of_captioned_paragraphs_is_kept() -> None:
    """A gallery story (bench/perturb.py ``gallery``): every sentence of a paragraph the caption of its own linked
    picture. A paragraph under its pictures is the story's text, not a strip of thumbnails."""

    def para(caps: tuple[str, ...], k: int) -> str:
        shots = "".join(
            f'<span class="gp"><a href="/p/{k}{i}"><img src="/g/{k}{i}.jpg"></a><span class="gc">{c}</span></span><br>'
            for i, c in enumerate(caps)
        )
        return f"<p>{shots}</p>"

    body = para(CAPTIONS[:2], 1) + para(CAPTIONS[2:4], 2) + para(CAPTIONS[4:], 3) + para((STORY,), 4)
    html = (
        "<html><head><meta charset='utf-8'><title>年度图片回顾_图片频道</title></head><body><h1>年度图片回顾</h1>"
        f'<div class="gb"><a href="#g0">上一张</a> <a href="#g1">下一张</a></div><div class="article">{body}</div></body></html>'
    )
    text = extract_html(html).text
    assert all(c in text for c in CAPTIONS)


def _card_page(headlines: tuple[str, ...]) -> str:
    cards = "".join(
        f"<table width='100%'><tr><td width='130'><img src='/pic/{i}.jpg'></td><td><a href='/news/{i}.shtml'><b>{h}</b></a>"
        f"<br><font size='2'>{CAPTIONS[i]}。</font></td></tr></table>"
        for i, h in enumerate(headlines)
    )
    return (
        "<html><head><meta charset='utf-8'><title>市民花市挑选年花_新闻网</title></head><body>"
        "<table><tr><td><b>市民花市挑选年花</b></td></tr><tr><td><center><img src='/photo/1.jpg'></center><br>"
        f"<font>{STORY}</font><br><div><a href='#'>上一张</a> <a href='#'>下一张</a></div><br>"
        f"<table><tr><td><b>要闻</b></td></tr></table>{cards}</td></tr></table></body></html>"
    )


def test_cards_of_other_stories_beside_an_image_not_linked_are_left_out() -> None:
    """A "要闻" box under a photo story (portal30): each card a table of a picture cell (not linked) and a cell of a
    linked headline over a summary. A headline link under the picture makes it a card of another page, also when one
    headline is short ("Joel on Software"): the summaries go."""
    heads = (
        "山区学校举办新年联欢会",
        "地铁新线路开通首日",
        "Joel on Software",
        "候鸟飞抵湿地公园",
        "年度十佳新闻照片揭晓",
    )
    text = extract_html(_card_page(heads)).text
    assert STORY in text
    assert not [c for c in CAPTIONS if c in text]


def test_avatars_over_short_name_links_are_no_cards() -> None:
    """Pictures not linked over users' short name links (a thread's posts): most first lines are no headline, so
    the run is no strip of cards and the posts stay."""
    text = extract_html(_card_page(("用户甲", "用户乙", "用户丙", "用户丁", "用户戊"))).text
    assert all(c in text for c in CAPTIONS)


@pytest.mark.skipif(not DATA.is_dir(), reason="zh_news_corpus27 reads its texts from ../shared/data/extraction")
def test_generator_tune_pages_drop_the_cards_under_a_photo_story() -> None:
    """Tune pages of ``bench/zh_news_corpus27.py`` (photo_center) on portal30's dev seed whose "要闻" cards' summaries
    were kept under the photo's caption (F1 0.29-0.57)."""
    import zh_news_corpus27 as gen27

    wanted = [("photo_center", 9), ("photo_center", 10), ("photo_center", 17), ("photo_center", 19)]
    assert_tune_pages(gen27, gen27.Text.load(DATA), "portal30-dev1", wanted)


def test_a_short_title_link_goes_on_with_a_run_of_teasers() -> None:
    """A "相关报道" box of (linked headline, summary) pairs in one cell each, its fourth title short and Latin ("Joel
    on Software", no headline by itself): once three pairs made the run, it goes on, so that summary does not
    outweigh a one-sentence photo story (portal30: the box's last summary was chosen as the text)."""
    heads = ("山区学校举办新年联欢会", "地铁新线路开通首日", "候鸟飞抵湿地公园", "Joel on Software")
    pairs = "".join(
        f"<tr><td><a href='/news/{i}.shtml'><b>{h}</b></a><br><font color='#666'>{CAPTIONS[i]}，{CAPTIONS[4]}。</font></td></tr>"
        for i, h in enumerate(heads)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>市民花市挑选年花_新闻网</title></head><body>"
        "<table><tr><td><b>市民花市挑选年花</b></td></tr><tr><td><img src='/photo/1.jpg'></td></tr>"
        "<tr><td>1月20日，市民在花市挑选年花，金桔最受欢迎。</td></tr></table>"
        f"<table><tr><td><b>相关报道</b><table>{pairs}</table></td></tr></table></body></html>"
    )
    text = extract_html(html).text
    assert "1月20日，市民在花市挑选年花，金桔最受欢迎。" in text
    assert not [c for c in CAPTIONS[:4] if c in text]


@pytest.mark.skipif(not DATA.is_dir(), reason="zh_news_corpus24 reads its texts from ../shared/data/extraction")
def test_generator_tune_page_keeps_the_photo_story_over_its_related_box() -> None:
    """``bench/zh_news_corpus24.py`` photo_caption_8 on portal30's dev seed (F1 0.06: the "相关报道" box's last
    summary, under "Joel on Software", was chosen)."""
    import zh_news_corpus24 as gen24

    assert_tune_pages(gen24, gen24.Text.load(DATA), "portal30-dev1", [("photo_caption", 8)])
