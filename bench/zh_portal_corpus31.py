"""Taiwan / Hong Kong / Macau portals in Traditional characters and mainland portals no earlier generator imitates (issue #12, round 31).

    python bench/zh_portal_corpus31.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_portal_corpus31.py --score --cleaner-only   # cleaner alone
    python bench/zh_portal_corpus31.py --list 20                # the worst tune pages
    python bench/zh_portal_corpus31.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_portal_corpus31.py --seed S --score         # fresh pages of the same layouts

Why: the hidden set of 191 unseen Chinese portal pages (0.933) names Traditional Chinese portals as a failure kind
("Traditional Chinese pages as good as simplified ones"), and the shared check halves of cwced_zh / cleaneval_zh fail
in ways no tune page shows. Earlier portal generators were written by helpers who had read cleaner's rules, and
``perturb`` trad_hk / trad_big5 only re-encode simplified pages. This one was written (branch twportal31) *before*
cleaner was run on it and without reading cleaner's content rules, from the author's memory of how these portals'
article pages are built; no third-party page is copied. One *kind* per portal family, each with its own chrome:

- ``ltn`` (自由時報-like): ``div.text`` holding the paragraphs, a 〔記者…／台北報導〕 opening, an in-body photo with
  its caption, "不用抽 不用搶 現在用APP看新聞" and 訂閱 promo paragraphs, an ad ``div`` and a 相關新聞 list *inside*
  the body element, a 熱門新聞 ranking beside it;
- ``udn`` (聯合新聞網-like): ``section.article-content__editor``, ``figure`` photos with ``figcaption``, a bold
  "延伸閱讀" paragraph and a list of links inside the body, 記者 / time info row, 分享 buttons, 字級 control, a
  "udn 相關新聞" story list of headlines with summaries after it and a 留言 box;
- ``chinatimes`` (中時-like): ``div.article-body``, promo word ads between paragraphs, "(中時新聞網)" closing line,
  "點我訂閱" line, a 相關新聞 card grid (headline + summary), 熱門新聞 ranking, 字級 A A A;
- ``ettoday`` (東森-like): ``div.story`` whose first paragraph is the 記者…／…報導 byline, "▲…（圖／…）" caption
  paragraphs under in-body images, "►延伸閱讀：" bold link paragraphs between paragraphs, 【更多新聞】 list, 讀者迴響;
- ``cna`` (中央社-like): ``div.paragraph`` with （中央社記者…日電） opening, a closing （編輯：…）1130507 line, a
  "延伸閱讀" more-article box, 本網站之文字、圖片及影音… copyright;
- ``mingpao`` (明報-like, Big5-HKSCS bytes on most pages): 【明報專訊】 opening, bold subheads (in the gold), an
  album photo with caption, 字體大小 小 中 大, 上一篇 / 下一篇, 相關字詞, 今日明報 要聞 list;
- ``oncc`` (東方日報 / on.cc-like, Big5-HKSCS): paragraphs as ``div.paragraph`` siblings with ``div.photo`` between
  them, 即時新聞 list, 東網熱門 ranking, 版權所有 footer;
- ``hk01`` (香港01-like): hashed class names, ``h3`` subheads (in the gold), 延伸閱讀 cards *between* paragraphs
  (headline + summary), 撰文 / 最後更新日期 lines, #tag links, "立即下載香港01 App" box;
- ``singtao`` (星島-like, 2008-era tables, Big5): ``<td class="content">`` with ``<br><br>`` paragraphs, a 圖片說明 row,
  上一則 / 下一則, 其他新聞 table, 網站地圖 footer;
- ``macaodaily`` (澳門日報-like, Big5 / UTF-8): 版面 A01 澳聞 … navigation, ``<font>`` ``<br>`` text in a table cell,
  本版新聞 list beside, 澳門日報 版權所有;
- ``thepaper`` (澎湃-like): hashed React classes, 责任编辑 / 图片编辑 / 校对 lines, "澎湃新闻报料" line, "+1 收藏 我要举报",
  相关推荐 cards with summaries, 热门推荐 ranking;
- ``jiemian`` (界面-like): "记者 | …" / "编辑 | …" lines, 阅读 count, "界面新闻 APP" box, 相关文章 list;
- ``caixin`` (财新-like): 【财新网】（记者 …） opening, 字号 大 中 小, "责任编辑：… | 版面编辑：…", the 知识产权 statement,
  相关报道 / 推荐阅读 lists, an in-body image caption;
- ``bjnews`` (新京报-like): 新京报讯（记者…） opening, "新京报记者 … 编辑 … 校对 …" closing paragraph, 相关推荐 list;
- ``guancha`` (观察者网-like): 【文/观察者网 …】 opening, "本文系观察者网独家稿件，未经授权，不得转载。" closing line,
  责任编辑, 相关推荐 list with summaries, 评论 box;
- ``vsb_school`` (高校 / 地方 news on the VSB site-group CMS): ``form[name=_newscontent_fromname]`` →
  ``div#vsb_content`` → ``div.v_news_content`` with ``p.vsbcontent_start`` / ``p.vsbcontent_end``, a
  供稿单位 / 撰稿 / 摄影 / 审核 / 编辑 line, 浏览次数 script, 上一条 / 下一条, 【打印本页】【关闭窗口】, a table frame
  on half the pages, GBK bytes on some.

Text: as ``zh_portal_corpus``, the gold paragraphs of the tune pages of daniel_zh, cwced_zh and cleaneval_zh read at run
time (nothing of them is committed); headlines are tune titles, filler prose is sentences of other tune articles; on
TW / HK / Macau pages every piece of it is converted with OpenCC (``s2twp`` / ``s2hk`` / ``s2t``) and the chrome is
written in Traditional characters. Gold: the article's paragraphs with their inline openings (〔記者…〕, 【明報專訊】,
新京报讯（…）) and subheads; no title, separate byline / editor lines, captions or chrome. Snippets: the first and
last gold paragraph's openings must appear; inserted headlines, summaries, captions, comments, promos, editor lines and
footer statements must not. A page's half is :func:`bench.halves.half` of ``zhportal31/<id>``.
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring
from zh_portal_corpus import Text, _date, _name, _norm, _url

SET = "zhportal31"
KINDS = (
    "ltn",
    "udn",
    "chinatimes",
    "ettoday",
    "cna",
    "mingpao",
    "oncc",
    "hk01",
    "singtao",
    "macaodaily",
    "thepaper",
    "jiemian",
    "caixin",
    "bjnews",
    "guancha",
    "vsb_school",
)
PAGES_PER_KIND = 12
LOCALE = {
    "ltn": "tw",
    "udn": "tw",
    "chinatimes": "tw",
    "ettoday": "tw",
    "cna": "tw",
    "mingpao": "hk",
    "oncc": "hk",
    "hk01": "hk",
    "singtao": "hk",
    "macaodaily": "mo",
}
_OPENCC = {"tw": "s2twp", "hk": "s2hk", "mo": "s2t"}
_TW_PLACES = ("台北", "新北", "桃園", "台中", "台南", "高雄", "基隆", "新竹", "嘉義", "花蓮")
_HK_PLACES = ("中環", "旺角", "沙田", "荃灣", "將軍澳", "元朗", "觀塘", "屯門")


@cache
def _converter(locale: str) -> Callable[[str], str]:
    if locale not in _OPENCC:
        return lambda s: s
    import opencc

    conv = opencc.OpenCC(_OPENCC[locale]).convert
    return lambda s: str(conv(s))


@dataclass
class Ctx:
    """One page's random source, text pool, locale converter and the chrome strings that must not appear."""

    rng: random.Random
    text: Text
    key: str
    title: str
    locale: str
    bad: list[str] = field(default_factory=list)

    def cv(self, s: str) -> str:
        return _converter(self.locale)(s)

    def heads(self, n: int, mark: bool = True) -> list[str]:
        out = [self.cv(h) for h in self.text.heads(self.rng, n, self.title)]
        if mark:
            self.bad.extend(out)
        return out

    def prose(self, n: int, mark: bool = True) -> list[str]:
        out = [self.cv(s) for s in self.text.prose(self.rng, n, self.key)]
        if mark:
            self.bad.extend(x[:24] for x in out)
        return out

    def name(self) -> str:
        return self.cv(_name(self.rng))

    def date(self) -> str:
        return _date(self.rng)

    def href(self, stem: str = "news") -> str:
        return f"/{stem}/{self.rng.randint(2015, 2024)}{self.rng.randint(1000000, 9999999)}"

    def hexcls(self, stem: str) -> str:
        return f"{stem}__{''.join(self.rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(5))}"

    def chrome(self, s: str) -> str:
        self.bad.append(s)
        return s


Builder = Callable[[Ctx, list[str]], tuple[str, list[str]]]


def _li_links(c: Ctx, heads: list[str], stem: str = "news", dates: bool = False) -> str:
    return "".join(
        f'<li><a href="{c.href(stem)}">{h}</a>'
        + (f'<span class="time">{c.date()[5:16]}</span>' if dates else "")
        + "</li>"
        for h in heads
    )


def _cards(c: Ctx, n: int, cls: str, title_tag: str = "h3") -> str:
    out = []
    for h in c.heads(n):
        summ = "".join(c.prose(c.rng.randint(1, 2)))
        out.append(
            f'<div class="{cls}"><a href="{c.href()}"><img src="/img/{c.rng.randint(1000, 9999)}.jpg" alt=""></a><{title_tag}><a href="{c.href()}">{h}</a></{title_tag}><p>{summ}</p></div>'
        )
    return "".join(out)


def _insert(paras: list[str], pieces: list[str], rng: random.Random) -> list[str]:
    """``paras`` with each of ``pieces`` put between two paragraphs (never before the first)."""
    out = list(paras)
    for piece in pieces:
        out.insert(rng.randint(1, max(1, len(out) - 1)), piece)
    return out


def _page(c: Ctx, site: str, head_extra: str, body: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="zh-{ {"tw": "Hant-TW", "hk": "Hant-HK", "mo": "Hant-MO"}.get(c.locale, "CN") }"><head>{head_extra}'
        f'<title>{c.title} - {site}</title><meta name="description" content="{c.title}">'
        f'<meta property="og:title" content="{c.title}"><link rel="stylesheet" href="/css/main.css"></head><body>{body}</body></html>'
    )


# --- Taiwan ---------------------------------------------------------------------------------------------------------


def _ltn(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    place = rng.choice(_TW_PLACES)
    first = f"〔記者{c.name()}／{place}報導〕{paras[0]}"
    gold = [first, *paras[1:]]
    cap = c.prose(1)[0]
    promo = c.chrome("不用抽 不用搶 現在用APP看新聞 保證天天中獎")
    sub = c.chrome("一手掌握經濟脈動 點我訂閱自由財經Youtube頻道")
    blocks = [f"<p>{x}</p>" for x in gold]
    photo = f'<div class="photo boxTitle"><a href="/photo/{rng.randint(1, 9999)}" class="lightbox"><img src="https://img.ltn.com.tw/Upload/news/600/{rng.randint(1000, 9999)}.jpg" alt="{cap}"></a><p>{cap}（記者{c.name()}攝）</p></div>'
    ad = (
        '<div class="appE1121" data-desc="廣告"><div id="ad-IR1"></div><p class="before_ir">請繼續往下閱讀...</p></div>'
    )
    blocks = _insert(
        blocks,
        [photo, ad, f'<p class="appE1121"><a href="https://ltn.onelink.me/" target="_blank">{promo}</a></p>'],
        rng,
    )
    rel = c.heads(rng.randint(3, 5))
    inside_rel = f'<div class="related boxTitle"><p class="title">相關新聞</p><ul>{_li_links(c, rel)}</ul></div>'
    body = (
        "".join(blocks)
        + (f'<p class="appE1121"><a href="https://www.youtube.com/">{sub}</a></p>' if rng.random() < 0.6 else "")
        + inside_rel
    )
    hot = c.heads(8)
    side = f'<aside class="rightBox"><div class="boxTitle" data-desc="熱門新聞"><p class="title">熱門新聞</p><ol>{_li_links(c, hot)}</ol></div><div class="ad" id="ad-R1" data-desc="廣告">廣告</div></aside>'
    nav = '<nav class="channel"><a href="/">首頁</a><a href="/list/breakingnews">即時</a><a href="/list/politics">政治</a><a href="/list/society">社會</a><a href="/list/life">生活</a><a href="/list/world">國際</a><a href="/list/business">財經</a></nav>'
    crumbs = '<div class="breadcrumbs"><a href="/">自由時報</a> &gt; <a href="/list/breakingnews">即時新聞</a> &gt; <a href="/list/society">社會</a></div>'
    share = '<div class="share boxTitle"><a class="fb" href="#">分享</a><a class="line" href="#">LINE</a><a class="copy" href="#">複製連結</a><span class="fontsize">字級 <a>小</a><a>中</a><a>大</a></span></div>'
    foot = c.chrome("自由時報版權所有不得轉載") + " © 2024 The Liberty Times. All Rights Reserved."
    html = f'<header><a href="/" class="logo">自由時報電子報</a>{nav}</header><div class="content">{crumbs}<div class="whitecon articlebody" itemprop="articleBody"><h1>{c.title}</h1><span class="time">{c.date()}</span>{share}<div class="text boxTitle boxText" data-desc="內容頁">{body}</div></div>{side}</div><footer class="footer"><p>{foot}</p></footer>'
    return html, gold


def _udn(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    gold = list(paras)
    blocks = [f"<p>{x}</p>" for x in gold]
    figs = []
    for _ in range(rng.randint(1, 2)):
        cap = c.prose(1)[0]
        figs.append(
            f'<figure class="article-content__cover photo_center photo-story"><a href="#"><picture><img src="https://pgw.udn.com.tw/gw/photo.php?u={rng.randint(10**6, 10**7)}" alt="{cap[:20]}"></picture></a><figcaption class="article-content__cover-caption">{cap}圖／聯合報系資料照片</figcaption></figure>'
        )
    blocks = _insert(blocks, figs, rng)
    ext = c.heads(rng.randint(2, 4))
    ext_html = "<p><strong>延伸閱讀</strong></p>" + "".join(
        f'<p><a href="{c.href("news/story")}">{h}</a></p>' for h in ext
    )
    if rng.random() < 0.5:
        blocks = _insert(blocks, [ext_html], rng)
    else:
        blocks.append(ext_html)
    editor = f'<section class="article-content__editor">{"".join(blocks)}</section>'
    info = f'<section class="authors"><span class="article-content__author"><a href="/search/tagging/2/{c.name()}">聯合報／記者{c.name()}／{rng.choice(_TW_PLACES)}即時報導</a></span><time class="article-content__time">{c.date()}</time></section>'
    share = '<div class="article-content__share"><a class="facebook">分享</a><a class="line">分享</a><a class="copy">複製連結</a><button class="article-content__font-size">字級</button></div>'
    rel = []
    for h in c.heads(rng.randint(3, 5)):
        rel.append(
            f'<div class="story-list__news"><div class="story-list__text"><h2><a href="{c.href("news/story")}">{h}</a></h2><p>{"".join(c.prose(1))}</p><div class="story-list__info"><time>{c.date()}</time></div></div></div>'
        )
    rel_html = f'<section class="context-box"><h3 class="context-box__header">udn 相關新聞</h3><div class="story-list">{"".join(rel)}</div></section>'
    comment = c.chrome("留言須遵守本站使用規範，請勿發表違法或不當言論。")
    comments = f'<section class="article-comment"><h3>留言區</h3><p class="article-comment__note">{comment}</p><textarea placeholder="我要留言"></textarea></section>'
    hot = c.heads(7)
    side = f'<aside class="sidebar"><section class="sidebar__ranking"><h3>熱門新聞</h3><ol>{_li_links(c, hot, "news/story")}</ol></section><div class="ad_300x250">廣告</div></aside>'
    crumbs = '<nav class="article-content__breadcrumb"><a href="/news/index">首頁</a><a href="/news/cate/2/6638">要聞</a><a href="/news/cate/2/6656">社會</a></nav>'
    html = f'<header class="header"><a class="header__logo">udn 聯合新聞網</a><nav><a>即時</a><a>要聞</a><a>娛樂</a><a>運動</a><a>全球</a><a>社會</a><a>產經</a><a>股市</a></nav></header><main class="wrapper-left"><article class="article-content">{crumbs}<h1 class="article-content__title">{c.title}</h1>{info}{share}<div class="article-content__wrapper">{editor}</div></article>{rel_html}{comments}</main>{side}<footer><p>{c.chrome("聯合線上公司 版權所有")} © udn.com</p></footer>'
    return html, gold


def _chinatimes(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    gold = list(paras)
    blocks = [f"<p>{x}</p>" for x in gold]
    promo = f'<div class="promote-word"><a href="{c.href("promote")}">{c.heads(1)[0]}</a></div>'
    ad = '<div class="ad" id="div-gpt-ad-inread"><span>廣告</span></div>'
    blocks = _insert(blocks, [promo, ad], rng)
    blocks.append("<p>(中時新聞網)</p>")
    if rng.random() < 0.6:
        blocks.append(
            f'<p><a href="https://www.youtube.com/@chinatimes">{c.chrome("*點我訂閱中時新聞網YouTube頻道*")}</a></p>'
        )
    cards = _cards(c, rng.randint(3, 6), "col")
    rel = f'<section class="recommended-article"><h3 class="section-title">相關新聞</h3><div class="row">{cards}</div></section>'
    hot = c.heads(10)
    side = f'<aside class="column-right"><section class="hot-news"><h3 class="section-title">熱門新聞</h3><ol class="vertical-list">{_li_links(c, hot, "realtimenews")}</ol></section></aside>'
    meta = f'<div class="meta-info"><time datetime="{c.date()}"><span class="hour">{c.date()[11:]}</span><span class="date">{c.date()[:10]}</span></time><div class="author"><a>{c.name()}</a></div><div class="source">中國時報</div></div>'
    tools = '<div class="article-tools"><span>字級</span><a class="font-sm">A</a><a class="font-md">A</a><a class="font-lg">A</a><a class="share-fb">分享</a><a class="share-line">LINE</a></div>'
    tags = '<div class="article-hash-tag"><span class="hash-tag"><a href="/search/tag">#社會</a></span><span class="hash-tag"><a>#政治</a></span></div>'
    crumbs = '<ol class="breadcrumb"><li><a href="/">首頁</a></li><li><a href="/realtimenews">即時</a></li><li><a href="/politic">政治</a></li></ol>'
    html = f'<header id="header"><div class="logo">中時新聞網</div><nav class="main-nav"><a>即時</a><a>熱門</a><a>政治</a><a>生活</a><a>娛樂</a><a>財經</a><a>國際</a><a>兩岸</a></nav></header><div class="container"><div class="column-left"><article class="article-box">{crumbs}<h1 class="article-title">{c.title}</h1>{meta}{tools}<div class="article-body" itemprop="articleBody">{"".join(blocks)}</div>{tags}</article>{rel}</div>{side}</div><footer><p>{c.chrome("中時新聞網 版權所有 禁止轉載")} Copyright © 2024 China Times.</p></footer>'
    return html, gold


def _ettoday(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    gold = list(paras)
    byline = c.chrome(f"記者{c.name()}／{rng.choice(_TW_PLACES)}報導")
    blocks = [f"<p>{x}</p>" for x in gold]
    pics = []
    for _ in range(rng.randint(1, 3)):
        cap = c.prose(1)[0]
        pics.append(
            f'<p><img src="//cdn2.ettoday.net/images/{rng.randint(1000, 9999)}/d{rng.randint(10**6, 10**7)}.jpg" alt="{cap[:12]}"></p><p>▲{cap}（圖／記者{c.name()}攝）</p>'
        )
    ext = [f'<p><strong>►延伸閱讀：<a href="{c.href("news")}">{h}</a></strong></p>' for h in c.heads(rng.randint(1, 2))]
    ad = '<div class="ad_in_news" id="ad_in_news_1"><div class="ad_txt">廣告</div></div>'
    blocks = [f"<p>{byline}</p>", *_insert(blocks, [*pics, *ext, ad], rng)]
    more = c.heads(rng.randint(3, 6))
    more_html = "<p><strong>【更多新聞】</strong></p>" + "".join(f'<p>►<a href="{c.href()}">{h}</a></p>' for h in more)
    if rng.random() < 0.5:
        blocks.append(more_html)
        after = ""
    else:
        after = f'<div class="part_list_3"><h3>相關新聞</h3><ul>{_li_links(c, c.heads(4))}</ul></div>'
    hot = c.heads(8)
    side = f'<div class="c2"><div class="block block_1 hot-news"><h3 class="block_title">熱門快報</h3><ol>{_li_links(c, hot)}</ol></div></div>'
    fb = f'<div class="fb-comments-box"><h3>讀者迴響</h3><p>{c.chrome("按讚加入ETtoday新聞雲粉絲團")}</p><div class="fb-comments" data-numposts="5"></div></div>'
    html = f'<div class="wrapper"><div class="header_1"><a class="logo">ETtoday新聞雲</a><div class="nav_1"><a>首頁</a><a>即時</a><a>政治</a><a>社會</a><a>地方</a><a>國際</a><a>生活</a></div></div><div class="c1"><div class="part_breadcrumb_2"><a>新聞雲</a> › <a>社會</a></div><article><div class="subject_article"><header><h1 class="title">{c.title}</h1><time class="date">{c.date()}</time></header><div class="part_menu_5"><a>分享</a><a>LINE</a><a>字級 小 中 大</a></div><div class="story" itemprop="articleBody">{"".join(blocks)}</div></div></article>{after}{fb}</div>{side}<div class="footer_box"><p>{c.chrome("東森新媒體控股股份有限公司 版權所有")}</p></div></div>'
    return html, gold


def _cna(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    d = rng.randint(1, 28)
    first = f"（中央社記者{c.name()}{rng.choice(_TW_PLACES)}{d}日電）{paras[0]}"
    gold = [first, *paras[1:]]
    closing = c.chrome(f"（編輯：{c.name()}）{rng.randint(110, 113)}{rng.randint(1, 12):02d}{d:02d}")
    blocks = [f"<p>{x}</p>" for x in gold] + [f"<p>{closing}</p>"]
    cap = c.prose(1)[0]
    photo = f'<div class="fullPic"><figure><img src="https://imgcdn.cna.com.tw/www/WebPhotos/800/{rng.randint(10**7, 10**8)}.jpg" alt=""><figcaption class="picinfo">{cap}中央社記者{c.name()}攝　{rng.randint(110, 113)}年{rng.randint(1, 12)}月{d}日</figcaption></figure></div>'
    more = f'<div class="moreArticle"><h2>延伸閱讀</h2><ul>{_li_links(c, c.heads(rng.randint(3, 5)), "news/aipl", True)}</ul></div>'
    copy = c.chrome("本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。")
    hot = c.heads(6)
    side = f'<div class="sideBar"><div class="sideSection"><h2>熱門新聞</h2><ol>{_li_links(c, hot, "news/firstnews")}</ol></div><div class="sideSection"><h2>最新消息</h2><ul>{_li_links(c, c.heads(5), "news/aall", True)}</ul></div></div>'
    tools = '<div class="shareBar"><a>Facebook</a><a>LINE</a><a>X</a><a>複製連結</a><a class="fontsize">字級</a><a class="print">列印</a></div>'
    html = f'<header><a class="logo">中央社 CNA</a><nav class="menu"><a>即時</a><a>政治</a><a>國際</a><a>兩岸</a><a>產經</a><a>證券</a><a>科技</a><a>生活</a><a>社會</a></nav></header><div class="wrapper"><div class="centralContent"><div class="breadcrumb"><a>首頁</a> / <a>政治</a></div><article class="article" data-origin-type-name="政治"><h1><span>{c.title}</span></h1><div class="updatetime"><span>{c.date()}</span></div>{tools}{photo}<div class="paragraph">{"".join(blocks)}</div>{more}</article></div>{side}</div><footer><p>{copy}</p><p>中央通訊社 Central News Agency © 2024</p></footer>'
    return html, gold


# --- Hong Kong / Macau ----------------------------------------------------------------------------------------------


def _subheads(c: Ctx, paras: list[str], n: int) -> list[tuple[str, str]]:
    """(tag, text) items: the paragraphs with ``n`` short subheads (from headlines, cut) before some of them."""
    items = [("p", x) for x in paras]
    spots = sorted(c.rng.sample(range(1, len(paras)), min(n, len(paras) - 1)), reverse=True)
    for s in spots:
        head = c.cv(c.text.heads(c.rng, 1, c.title)[0])
        h = next((x for x in re.split(r"[\s，：:／/“”「」]+", head) if 4 <= len(x) <= 14), head[:8])
        items.insert(s, ("h", h))
    return items


def _mingpao(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    items = _subheads(c, [f"【明報專訊】{paras[0]}", *paras[1:]], rng.randint(1, 2))
    gold = [t for _, t in items]
    blocks = [f"<p><strong>{t}</strong></p>" if k == "h" else f"<p>{t}</p>" for k, t in items]
    cap = c.prose(1)[0]
    album = f'<div class="album_big"><a href="#"><img src="/image/{rng.randint(10**5, 10**6)}.jpg"></a><div class="album_caption">{cap}（{c.name()}攝）</div></div>'
    tags = f'<div class="tags">相關字詞：{"".join(f"<a>{x}</a> " for x in ("港聞", "立法會", "政府"))}</div>'
    prevnext = f'<div class="article_prevnext"><a class="prev">上一篇：{c.heads(1)[0]}</a><a class="next">下一篇：{c.heads(1)[0]}</a></div>'
    lst = f'<div class="listing"><h3>今日明報 要聞</h3><ul>{_li_links(c, c.heads(rng.randint(6, 9)), "pns")}</ul></div>'
    tools = '<div class="fontsize">字體大小：<a class="small">小</a><a class="middle">中</a><a class="large">大</a></div><div class="share"><a>分享</a><a>列印</a></div>'
    body = f'<div id="blockcontent"><article><h1>{c.title}</h1><div class="date">{c.date()[:10]}</div>{tools}{album}<div class="articlecontent" id="upper">{"".join(blocks)}</div>{tags}{prevnext}</article></div>'
    html = f'<div id="header"><a class="logo">明報新聞網</a><ul class="menu"><li>要聞</li><li>港聞</li><li>經濟</li><li>娛樂</li><li>社評</li><li>觀點</li><li>中國</li><li>國際</li></ul></div><div id="main">{body}<div id="sidebar">{lst}<div class="ad">廣告</div></div></div><div id="footer">{c.chrome("明報網站 版權所有 不得轉載")} © 明報報業有限公司</div>'
    return html, gold


def _oncc(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    gold = list(paras)
    blocks = [f'<div class="paragraph">{x}</div>' for x in gold]
    photos = []
    for _ in range(rng.randint(1, 2)):
        cap = c.prose(1)[0]
        photos.append(
            f'<div class="photo"><img src="/hk/bkn/cnt/news/{rng.randint(10**6, 10**7)}_00.jpg"><div class="photoCaption">{cap}（資料圖片）</div></div>'
        )
    blocks = _insert(blocks, photos, rng)
    brk = f'<div class="breakingNews"><h3>即時新聞</h3><ul>{_li_links(c, c.heads(rng.randint(6, 8)), "hk/bkn/cnt/news", True)}</ul></div>'
    hot = f'<div class="hotNews"><h3>東網熱門</h3><ol>{_li_links(c, c.heads(6), "hk/bkn/cnt/news")}</ol></div>'
    html = f'<div id="topBar"><a class="logo">on.cc 東網</a><span>港澳</span><span>兩岸</span><span>國際</span><span>娛樂</span><span>財經</span><span>體育</span></div><div id="content"><div class="breakingNewsContent"><div class="topHead"><h1>{c.title}</h1><span class="datetime">{c.date()}</span></div><div class="fontSize">字體：<a>小</a><a>中</a><a>大</a></div><div class="newsContent">{"".join(blocks)}</div><div class="share">分享到：<a>Facebook</a><a>WhatsApp</a></div></div><div class="rightCol">{brk}{hot}</div></div><div id="footer">{c.chrome("東網版權所有，不得轉載")} © on.cc (Hong Kong) Limited</div>'
    return html, gold


def _hk01(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    items = _subheads(c, paras, rng.randint(0, 2))
    gold = [t for _, t in items]
    pcls, hcls = c.hexcls("sc-bcXHqe"), c.hexcls("sc-gswNZR")
    blocks = [
        f'<h3 class="{hcls}">{t}</h3>' if k == "h" else f'<div class="{pcls}"><p><span>{t}</span></p></div>'
        for k, t in items
    ]
    cards = []
    for h in c.heads(rng.randint(1, 3)):
        summ = c.prose(1)[0]
        cards.append(
            f'<div class="{c.hexcls("sc-dkrFOg")}" data-testid="article-related"><span>延伸閱讀：</span><a href="/社會新聞/{rng.randint(10**5, 10**6)}"><div><h4>{h}</h4><p>{summ}</p></div></a></div>'
        )
    cap = c.prose(1)[0]
    fig = f'<figure class="{c.hexcls("sc-hLBbgP")}"><img src="https://cdn.hk01.com/di/media/images/{rng.randint(10**6, 10**7)}.jpg"><figcaption>{cap}（{c.name()}攝）</figcaption></figure>'
    blocks = _insert(blocks, [*cards, fig], rng)
    promo = c.chrome("立即下載香港01 App，接收最新新聞推送")
    tags = "".join(
        f'<a class="{c.hexcls("tag")}" href="/tag/{rng.randint(100, 9999)}">#{w}</a>'
        for w in ("香港", "社會新聞", "警方")
    )
    author = f'<div class="{c.hexcls("sc-author")}"><span>撰文：{c.name()}</span><span>出版：{c.date()}</span><span>最後更新日期：{c.date()}</span></div>'
    more = f'<div class="{c.hexcls("sc-more")}"><h2>相關文章</h2>{_cards(c, rng.randint(3, 5), c.hexcls("card"), "h4")}</div>'
    html = f'<div id="__next"><header class="{c.hexcls("sc-hdr")}"><a>香港01</a><nav><a>港聞</a><a>即時娛樂</a><a>國際分析</a><a>經濟</a><a>體育</a><a>生活</a></nav></header><main><article data-testid="article"><div class="{c.hexcls("sc-crumb")}"><a>港聞</a> › <a>社會新聞</a></div><h1 class="{c.hexcls("sc-title")}">{c.title}</h1>{author}<div class="{c.hexcls("sc-share")}"><button>分享</button><button>收藏</button></div><div class="{c.hexcls("sc-body")}" data-testid="article-body">{"".join(blocks)}</div><div class="{c.hexcls("sc-tags")}">{tags}</div><div class="{c.hexcls("sc-app")}"><p>{promo}</p><a>App Store</a><a>Google Play</a></div></article>{more}</main><footer>{c.chrome("香港01有限公司 版權所有")}</footer></div>'
    return html, gold


def _singtao(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    gold = list(paras)
    text = "<br><br>".join(gold)
    cap = c.prose(1)[0]
    pic = (
        f'<tr><td align="center"><img src="/images/{rng.randint(10**5, 10**6)}.jpg" width="300"><br><font size="2" color="#666666">圖片說明：{cap}</font></td></tr>'
        if rng.random() < 0.7
        else ""
    )
    other = "".join(
        f'<tr><td><font size="2">‧<a href="{c.href("daily")}">{h}</a></font></td></tr>'
        for h in c.heads(rng.randint(5, 8))
    )
    nav = " | ".join(
        f"<a href='/daily/{i}'>{w}</a>" for i, w in enumerate("要聞港聞 即時 娛樂 財經 體育 國際 中國 副刊".split())
    )
    pn = f'<tr><td><font size="2"><a href="{c.href()}">&lt;&lt; 上一則</a> | <a href="{c.href()}">下一則 &gt;&gt;</a></font></td></tr>'
    html = f'<table width="960" align="center" border="0" cellpadding="0"><tr><td><img src="/images/logo_std.gif" alt="星島日報"></td><td>{nav}</td></tr></table><table width="960" align="center"><tr><td width="680" valign="top"><table width="100%"><tr><td class="title"><font size="4"><b>{c.title}</b></font></td></tr><tr><td><font size="2" color="#999999">{c.date()[:10]}　字體：<a>大</a> <a>中</a> <a>小</a></font></td></tr>{pic}<tr><td class="content"><font size="3">{text}</font></td></tr>{pn}</table></td><td width="270" valign="top"><table width="100%" bgcolor="#eeeeee"><tr><td><b>其他新聞</b></td></tr>{other}</table></td></tr></table><table width="960" align="center"><tr><td align="center"><font size="2"><a>網站地圖</a> | <a>私隱政策</a> | <a>聯絡我們</a><br>{c.chrome("星島新聞集團 版權所有")} Copyright © Sing Tao News Corporation Ltd.</font></td></tr></table>'
    return html, gold


def _macaodaily(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    gold = list(paras)
    lines = "".join(f"　　{x}<br><br>" for x in gold) if rng.random() < 0.6 else "".join(f"<p>{x}</p>" for x in gold)
    pages = " ".join(
        f'<a href="node_{i}.htm">A{i:02d}：{w}</a>'
        for i, w in enumerate(("澳聞", "澳聞", "要聞", "經濟", "體育", "中國", "國際", "副刊"), 1)
    )
    cur = f'<td width="200" valign="top" bgcolor="#f3f3f3"><b>本版新聞</b><br>{"".join(f"<a href={chr(34)}content_{rng.randint(10**6, 10**7)}.htm{chr(34)}>{h}</a><br>" for h in c.heads(rng.randint(5, 8)))}</td>'
    html = f'<table width="100%"><tr><td><img src="../../images/logo.jpg" alt="澳門日報電子版"></td><td align="right">{c.date()[:10]} 星期{rng.choice("一二三四五六日")}</td></tr><tr><td colspan="2">{pages}</td></tr></table><table width="100%"><tr>{cur}<td valign="top"><table width="100%"><tr><td align="center"><font size="4"><b>{c.title}</b></font></td></tr><tr><td><font style="font-size:14px">{lines}</font></td></tr><tr><td align="center"><a>上一篇</a>　<a>下一篇</a>　<a>返回目錄</a></td></tr></table></td></tr></table><table width="100%"><tr><td align="center">{c.chrome("澳門日報 版權所有")} 澳門日報讀者意見箱</td></tr></table>'
    return html, gold


# --- mainland -------------------------------------------------------------------------------------------------------


def _thepaper(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    gold = list(paras)
    pcls = c.hexcls("index_cententWrap")
    blocks = [f"<p>{x}</p>" for x in gold]
    if rng.random() < 0.6:
        cap = c.prose(1)[0]
        blocks = _insert(
            blocks,
            [
                f'<p style="text-align:center"><img src="https://imagecloud.thepaper.cn/thepaper/image/{rng.randint(10**5, 10**6)}.jpg"></p><p class="image_desc"><span>{cap}</span></p>'
            ],
            rng,
        )
    staff = c.chrome(f"责任编辑：{c.name()}　图片编辑：{c.name()}")
    proof = c.chrome(f"校对：{c.name()}")
    tip = c.chrome("澎湃新闻报料：021-962866")
    rights = c.chrome("澎湃新闻，未经授权不得转载")
    cards = _cards(c, rng.randint(3, 5), c.hexcls("index_recommendItem"), "h2")
    hot = c.heads(8)
    html = f'<div id="__next"><div class="{c.hexcls("index_header")}"><a>澎湃新闻</a><span>要闻</span><span>深度</span><span>直播</span><span>视频</span></div><div class="{c.hexcls("index_wrapper")}"><div class="{c.hexcls("index_leftcontent")}"><h1 class="{c.hexcls("index_title")}">{c.title}</h1><div class="{c.hexcls("index_headerContent")}"><div class="ant-space"><span>澎湃新闻记者 {c.name()}</span></div><div class="ant-space"><span>{c.date()}</span><span>来源：澎湃新闻</span></div></div><div class="{pcls}">{"".join(blocks)}</div><div class="{c.hexcls("index_staff")}"><p>{staff}</p><p>{proof}</p></div><p class="{c.hexcls("index_copyright")}">{tip}<br>{rights}</p><div class="{c.hexcls("index_actions")}"><span>+1</span><span>收藏</span><span>我要举报</span></div><div class="{c.hexcls("index_recommend")}"><h2>相关推荐</h2>{cards}</div><div class="{c.hexcls("index_comment")}"><h2>评论(0)</h2><textarea placeholder="请先登录"></textarea></div></div><div class="{c.hexcls("index_rightcontent")}"><h2>热门推荐</h2><ul>{_li_links(c, hot, "newsDetail_forward")}</ul></div></div></div>'
    return html, gold


def _jiemian(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    gold = list(paras)
    head = c.chrome(f"界面新闻记者 | {c.name()}")
    edit = c.chrome(f"界面新闻编辑 | {c.name()}")
    blocks = [f"<p>{head}</p>", f"<p>{edit}</p>", *[f"<p>{x}</p>" for x in gold]]
    lead = c.prose(1)[0]
    html = f'<div class="header"><a class="logo">界面新闻</a><ul class="nav"><li>快讯</li><li>商业</li><li>财经</li><li>科技</li><li>时尚</li><li>文化</li></ul></div><div class="container"><div class="content-main"><div class="article-header"><div class="article-breadcrumbs"><a>首页</a> › <a>商业</a></div><h1>{c.title}</h1><div class="article-info"><span class="author">{c.name()}</span><span class="date">{c.date()}</span><span class="hot">阅读 {rng.randint(1, 9)}.{rng.randint(0, 9)}万</span></div><div class="article-summary"><p class="summary">{lead}</p></div></div><div class="article-main"><div class="article-img"><img src="https://img.jiemian.com/101/original/{rng.randint(10**6, 10**7)}.jpg"><p class="img-title">图片来源：视觉中国</p></div><div class="article-content">{"".join(blocks)}</div><div class="article-tags"><a>#商业</a><a>#公司</a></div><div class="article-share">分享到：<a>微信</a><a>微博</a><a>QQ空间</a></div></div><div class="app-box"><p>{c.chrome("打开界面新闻APP，查看原文")}</p></div><div class="related"><h3>相关文章</h3><ul>{_li_links(c, c.heads(rng.randint(4, 6)), "article", True)}</ul></div></div><div class="content-side"><h3>热门排行</h3><ol>{_li_links(c, c.heads(8), "article")}</ol></div></div><div class="footer">{c.chrome("界面新闻版权所有")} 沪ICP备14022930号</div>'
    return html, gold


def _caixin(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    first = f"【财新网】（记者 {c.name()}）{paras[0]}"
    gold = [first, *paras[1:]]
    blocks = [f"<p>{x}</p>" for x in gold]
    if rng.random() < 0.5:
        cap = c.prose(1)[0]
        blocks = _insert(
            blocks,
            [
                f'<div class="media pip_none"><img src="https://img.caixin.com/{rng.randint(10**6, 10**7)}.jpg"><div class="pip_pic_txt">{cap}图：视觉中国</div></div>'
            ],
            rng,
        )
    edit = c.chrome(f"责任编辑：{c.name()} | 版面编辑：{c.name()}")
    ip = c.chrome(
        "财新网所刊载内容之知识产权为财新传媒及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。"
    )
    mail = c.chrome("如有意愿转载，请发邮件至hello@caixin.com，获得书面确认及授权后，方可转载。")
    rel = f'<div class="relatedNews"><h4>相关报道</h4><ul>{_li_links(c, c.heads(rng.randint(3, 5)), "2024-05-01", True)}</ul></div>'
    rec = f'<div class="recommend"><h4>推荐阅读</h4>{_cards(c, 3, "recItem", "h5")}</div>'
    html = f'<div class="head"><a class="logo">财新网</a><div class="channel"><a>首页</a><a>经济</a><a>金融</a><a>公司</a><a>政经</a><a>世界</a><a>观点网</a></div></div><div class="comMain"><div class="conlf"><div class="crumbs"><a>财新网</a> &gt; <a>经济</a> &gt; 正文</div><div id="the_content" class="article"><h1>{c.title}</h1><div class="artInfo">{c.date()} 来源：财新网 作者：{c.name()}　<span class="fontSize">字号 <a>大</a> <a>中</a> <a>小</a></span></div><div class="subhead"><strong>导语：</strong>{c.prose(1)[0]}</div><div id="Main_Content_Val" class="text">{"".join(blocks)}</div><div class="content-editor"><p>{edit}</p></div><p class="copyright">{ip}{mail}</p></div>{rel}{rec}</div><div class="conri"><h4>热门</h4><ol>{_li_links(c, c.heads(8))}</ol></div></div><div class="footer">{c.chrome("财新传媒 版权所有")} 京ICP证090880号</div>'
    return html, gold


def _bjnews(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    first = f"新京报讯（记者{c.name()}）{paras[0]}"
    gold = [first, *paras[1:]]
    close = c.chrome(f"新京报记者 {c.name()} 编辑 {c.name()} 校对 {c.name()}")
    blocks = [f"<p>{x}</p>" for x in gold] + [f"<p>{close}</p>"]
    html = f'<div class="header"><a class="logo">新京报</a><div class="nav"><a>首页</a><a>时事</a><a>评论</a><a>财经</a><a>文化</a><a>体育</a><a>北京</a></div></div><div class="container"><div class="left-content"><div class="bread"><a>首页</a> &gt; <a>时事</a></div><div class="title"><h1>{c.title}</h1><div class="left-info"><span class="author">新京报</span><span class="timer">{c.date()}</span></div></div><div class="content" id="contentStr">{"".join(blocks)}</div><div class="shareBox">分享到：<a>微信</a><a>微博</a></div><div class="relate"><h3>相关推荐</h3>{_cards(c, rng.randint(3, 5), "relate-item", "h4")}</div></div><div class="right-content"><h3>热点新闻</h3><ul>{_li_links(c, c.heads(8))}</ul><div class="qrcode"><img src="/qrcode.png"><p>{c.chrome("扫码下载新京报APP")}</p></div></div></div><div class="footer">{c.chrome("新京报社版权所有")} 京ICP备18030468号</div>'
    return html, gold


def _guancha(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    first = f"【文/观察者网 {c.name()}】{paras[0]}"
    gold = [first, *paras[1:]]
    own = c.chrome("本文系观察者网独家稿件，未经授权，不得转载。")
    blocks = [f"<p>{x}</p>" for x in gold]
    if rng.random() < 0.5:
        blocks.append(f"<p><strong>{own}</strong></p>")
    editor = c.chrome(f"责任编辑：{c.name()}")
    rel = "".join(
        f'<li><h4><a href="{c.href("politics")}">{h}</a></h4><p>{c.prose(1)[0]}</p></li>'
        for h in c.heads(rng.randint(3, 5))
    )
    comments = "".join(
        f'<li><span class="user">{c.name()}</span><p>{x}</p><span class="zan">赞 {rng.randint(1, 300)}</span></li>'
        for x in c.prose(rng.randint(2, 4))
    )
    html = f'<div class="header"><a class="logo">观察者网</a><ul class="nav"><li>首页</li><li>时事</li><li>国际</li><li>军事</li><li>财经</li><li>观学院</li><li>风闻</li></ul></div><div class="content"><div class="main fl"><h3>{c.title}</h3><div class="time fix"><span>{c.date()}</span><span>来源：观察者网</span></div><div class="all-txt">{"".join(blocks)}<div class="editor-intro"><p>{editor}</p></div></div><div class="share">分享到：<a>微信</a><a>微博</a></div><div class="module-news"><h4 class="module-title">相关推荐</h4><ul>{rel}</ul></div><div class="comment-list"><h4>评论</h4><ul>{comments}</ul></div></div><div class="right fr"><h4>热点推荐</h4><ul>{_li_links(c, c.heads(8))}</ul></div></div><div class="footer">{c.chrome("观察者网版权所有")}</div>'
    return html, gold


def _vsb_school(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    rng = c.rng
    gold = list(paras)
    ps = (
        [f'<p class="vsbcontent_img"><img src="/__local/{rng.randint(10**5, 10**6)}.jpg" width="600" vwidth="600"></p>']
        if rng.random() < 0.5
        else []
    )
    inner = "".join(f'<p style="text-indent:2em;">{x}</p>' for x in gold[1:-1])
    paras_html = (
        f'<p class="vsbcontent_start">{gold[0]}</p>{inner}<p class="vsbcontent_end">{gold[-1]}</p>'
        if len(gold) > 1
        else f'<p class="vsbcontent_start">{gold[0]}</p>'
    )
    unit = rng.choice(("宣传部", "党委宣传部", "新闻中心", "机械工程学院", "外国语学院", "研究生院", "教务处"))
    credit = c.chrome(f"供稿单位：{unit}　撰稿：{c.name()}　摄影：{c.name()}　审核：{c.name()}　编辑：{c.name()}")
    prev = c.heads(1)[0]
    nxt = c.heads(1)[0]
    content = f'<form name="_newscontent_fromname"><div align="center"><h1>{c.title}</h1></div><div class="info">发布时间：{c.date()[:10]}　来源：{unit}　浏览次数：<script>_showDynClicks("wbnews", {rng.randint(10**9, 2 * 10**9)}, {rng.randint(1000, 9999)})</script></div><div id="vsb_content"><div class="v_news_content">{"".join(ps)}{paras_html}</div></div><div class="credit">{credit}</div><div id="div_vote_id"></div></form><div class="prevnext"><p>上一条：<a href="info/1011/{rng.randint(1000, 9999)}.htm">{prev}</a></p><p>下一条：<a href="info/1011/{rng.randint(1000, 9999)}.htm">{nxt}</a></p></div><div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>'
    school = rng.choice(("华东理工", "西南交通", "东北林业", "南京工业", "河北师范", "江西财经"))
    side = f'<div class="lm"><h2>学校要闻</h2><ul>{_li_links(c, c.heads(6), "info/1011", True)}</ul></div>'
    loc = '<div class="location">当前位置：<a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xwzx.htm">新闻中心</a> &gt;&gt; <a>学校要闻</a> &gt;&gt; 正文</div>'
    foot = c.chrome(f"版权所有 © {school}大学")
    if rng.random() < 0.5:
        html = f'<table width="1000" align="center"><tr><td><img src="images/logo.png" alt="{school}大学新闻网"></td></tr><tr><td class="nav"><a>首页</a> <a>学校要闻</a> <a>综合新闻</a> <a>媒体聚焦</a> <a>校园文化</a></td></tr></table><table width="1000" align="center"><tr><td width="240" valign="top">{side}</td><td valign="top">{loc}{content}</td></tr></table><table width="1000" align="center"><tr><td align="center">{foot}　地址：{rng.choice(("北京", "上海", "成都", "哈尔滨"))}市{rng.randint(1, 999)}号　邮编：{rng.randint(100000, 899999)}</td></tr></table>'
    else:
        html = f'<div class="header"><div class="logo"><img src="images/logo.png" alt="{school}大学新闻网"></div><ul class="menu"><li>首页</li><li>学校要闻</li><li>综合新闻</li><li>媒体聚焦</li><li>校园文化</li></ul></div><div class="main">{loc}<div class="content">{content}</div>{side}</div><div class="footer"><p>{foot}</p><p>ICP备{rng.randint(10**7, 10**8)}号</p></div>'
    return html, gold


BUILDERS: dict[str, Builder] = {
    "ltn": _ltn,
    "udn": _udn,
    "chinatimes": _chinatimes,
    "ettoday": _ettoday,
    "cna": _cna,
    "mingpao": _mingpao,
    "oncc": _oncc,
    "hk01": _hk01,
    "singtao": _singtao,
    "macaodaily": _macaodaily,
    "thepaper": _thepaper,
    "jiemian": _jiemian,
    "caixin": _caixin,
    "bjnews": _bjnews,
    "guancha": _guancha,
    "vsb_school": _vsb_school,
}
_SITE = {
    "ltn": "自由時報電子報",
    "udn": "聯合新聞網",
    "chinatimes": "中時新聞網",
    "ettoday": "ETtoday新聞雲",
    "cna": "中央社 CNA",
    "mingpao": "明報新聞網",
    "oncc": "on.cc東網",
    "hk01": "香港01",
    "singtao": "星島日報",
    "macaodaily": "澳門日報電子版",
    "thepaper": "澎湃新闻",
    "jiemian": "界面新闻",
    "caixin": "财新网",
    "bjnews": "新京报",
    "guancha": "观察者网",
    "vsb_school": "新闻网",
}
_BIG5 = ("mingpao", "oncc", "singtao", "macaodaily")


def _encode(kind: str, rng: random.Random, full: str) -> str | bytes:
    """The page's bytes: Big5-HKSCS (HK / Macau) or GBK (school pages) with or without a declaring meta, else UTF-8."""
    if kind in _BIG5 and rng.random() < 0.75:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=big5">' if rng.random() < 0.6 else ""
        return full.replace("<head>", "<head>" + meta, 1).encode("big5hkscs", errors="xmlcharrefreplace")
    if kind == "vsb_school" and rng.random() < 0.3:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=gbk">'
        return full.replace("<head>", "<head>" + meta, 1).encode("gbk", errors="xmlcharrefreplace")
    return full.replace("<head>", '<head><meta charset="utf-8">', 1)


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, title, paras = rng.choice(text.articles)
    locale = LOCALE.get(kind, "cn")
    c = Ctx(rng, text, key, "", locale)
    c.title = c.cv(title)
    paras = [c.cv(x) for x in paras if "声明" not in x and "版权" not in x] or [c.cv(x) for x in paras]
    body, gold = BUILDERS[kind](c, paras)
    full = _page(c, _SITE[kind], "", body)
    text_gold = "\n".join(gold)
    must = [_norm(gold[0])[:12], _norm(gold[-1])[:12]]
    bad = [b for b in c.bad if b and _norm(b) not in _norm(text_gold)]
    return GenPage(SET, pid, kind, _encode(kind, rng, full), text_gold, must, bad, lang=locale, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


def _shown31(html: str | bytes) -> str:
    if isinstance(html, str):
        return html
    for enc in ("utf-8", "big5hkscs", "gbk"):
        try:
            return html.decode(enc)
        except UnicodeDecodeError:
            continue
    return html.decode("big5hkscs", errors="replace")


SCORING = Scoring(_norm, _url, KINDS, label_width=12, id_width=24, snippet_chars=20, shown=_shown31)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
