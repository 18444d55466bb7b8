"""Article pages beside decoys that look like prose, around the bench sets' tune gold texts, the gold kept.

    python bench/decoy_corpus.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/decoy_corpus.py --score --cleaner-only   # cleaner alone (quick)
    python bench/decoy_corpus.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/decoy_corpus.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/decoy_corpus.py --seed S --score         # fresh pages of the same templates (halves still apply)

Issue #12: on unseen pages cleaner chose a *wrong block* about twice as often as trafilatura (a "most read"
sidebar with summaries, long "recent comments", a share-by-e-mail form, a comment-login form, a price or settings
widget, a blog tagline), sometimes *the whole page* (an ancestor holding every list) and sometimes *nothing* (prose
in ``<td>`` / ``<br>`` runs or ``<div>`` text without ``<p>``; a block that was only the title). Each *kind*
(``KINDS``) is a page template of its own with its own decoys, in varied order (a decoy before or after the
article in the source), decoys sometimes longer than the article:

- ``blog``: a modern blog theme: site name and tagline, the post, an author bio, a newsletter box, a long
  comments list, a comment form, a sidebar with recent comments and a most-read list with summaries;
- ``news``: a news site: a related-articles box with summaries *above* the body, a share-by-e-mail form, a
  most-read list with summaries (before the article in the source half of the time), cookie-consent text, a
  long "about us" footer paragraph;
- ``table_old``: an old table layout: the article as ``<br><br>`` runs in a ``<td>``, a most-read column with
  summaries, a price / settings widget;
- ``div_text``: the article as ``<div>`` text without ``<p>`` (one ``<div>`` per paragraph or ``<br>`` runs),
  while the decoys (newsletter, bio, comments) are proper ``<p>`` paragraphs;
- ``amp``: an AMP-like page: ``amp-img``, ``amp-ad``, a sharing bar, a consent box, a related list;
- ``docs``: a documentation page: a long navigation tree, the article with sections, an "on this page" list,
  a "was this page helpful?" feedback form with help text, an "about" footer;
- ``product``: a product / review page: the review is the article; a price box with stock and shipping text, a
  settings form (size, colour, quantity), a "customers also viewed" list with summaries, a review-login form;
- ``short``: a one- or two-paragraph article whose decoys (comments, about-us footer, newsletter, bio) are each
  longer than it;
- ``list_wrap``: one container holding the title, the paragraphs and many lists (tags, share links, related
  links, a navigation tree) as siblings, inside a page whose wrapper holds every other list too (tempts "the
  whole page");
- ``title_split``: the title in a block of its own above a table whose cells hold the article as ``<br>`` runs
  (tempts "only the title", then removed as a repeated title: an empty page).

A quarter of the pages (every fourth of each kind) are Chinese: the same templates with Chinese chrome words,
the article and decoy prose from the Chinese sets.

Article text: the gold paragraphs of the *tune* pages of scrapinghub_en and magichtml_en (English) and of
cwced_zh and magichtml_zh (Chinese), articles only, read at run time from ``--data`` (nothing of it is
committed). Decoy prose (summaries, comments, bios, taglines) is sentences of *other* tune articles; headlines are
tune pages' titles; names, prices and the fixed words of forms, notices and footers are the generator's own.

Score (per page): token F1 against the gold (the article's paragraphs; no title, byline or chrome), the snippet
rule (the first and the last sentence must appear, no must-not snippet may: the decoys' headlines, summaries,
comments, bios, taglines, notices), leak rate and empty outputs. A page's half is :func:`bench.halves.half` of
``decoy/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from bench_extract import load_set
from gen_score import GenPage, Scoring, TextPool
from halves import TUNE

SET = "decoy"
SOURCES = {"en": ("scrapinghub_en", "magichtml_en"), "zh": ("cwced_zh", "magichtml_zh")}
KINDS = ("blog", "news", "table_old", "div_text", "amp", "docs", "product", "short", "list_wrap", "title_split")
PAGES_PER_KIND = 32
_SENT_EN = re.compile(r"(?<![^\s])[A-Z][^.!?\n]{40,180}[.!?](?=\s|$)")
_SENT_ZH = re.compile(r"[^。！？\n]{14,70}[。！？]")
_END_EN = re.compile(r"[.!?][\"'”’)]?$")
_END_ZH = re.compile(r"[。！？][”」』）)]?$")
_FIRST = ("John", "Mary", "David", "Susan", "Robert", "Linda", "Michael", "Karen", "James", "Emma", "Noah", "Olivia")
_LAST = ("Smith", "Johnson", "Miller", "Davis", "Wilson", "Moore", "Taylor", "Anderson", "Thomas", "Garcia", "Lee")
_ZH_NAMES = ("张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴婷", "徐亮", "孙悦")
_NICKS = ("techfan88", "bluesky", "MarkT", "reader42", "oldtimer", "kat_w", "pdxguy", "Steve-O", "lurker", "annie")
_ZH_NICKS = ("网友小明", "快乐的鱼", "北京老张", "山间清风", "无名氏", "雨后彩虹", "老读者", "路人甲", "小太阳")

# Fixed words per language: menus, form labels, notices, the long footer / consent / newsletter texts.
L: dict[str, dict[str, str]] = {
    "en": {
        "most_read": "Most Read",
        "recent_comments": "Recent Comments",
        "related": "Related Articles",
        "comments": "Comments",
        "reply": "Reply",
        "said": "says",
        "share_email": "Share this article by e-mail",
        "to": "Recipient's e-mail address",
        "from": "Your e-mail address",
        "msg": "Add a personal message (optional)",
        "send": "Send",
        "email_help": "We will not store or use these e-mail addresses for any purpose other than sending this one message. Separate several recipients with commas; at most five recipients can be sent the article at a time.",
        "login_title": "Join the discussion",
        "login_text": "You need to be signed in to leave a comment. Sign in with your account or create one: it is free, takes less than a minute, and lets you follow the replies to your comments by e-mail.",
        "user": "Username or e-mail",
        "password": "Password",
        "remember": "Keep me signed in on this device",
        "signin": "Sign in",
        "moderation": "Comments are reviewed before they are published. Please stay on topic, be civil and do not post personal information; we reserve the right to remove any comment that breaks these rules.",
        "newsletter_title": "Get the morning briefing",
        "newsletter_text": "Sign up for our free daily newsletter and receive the most important stories of the day, hand-picked by our editors, in your inbox every morning before seven. You can unsubscribe at any time with one click, and we will never share your address with anyone.",
        "subscribe": "Subscribe",
        "cookie": "We use cookies and similar technologies to recognise your repeat visits and preferences, to measure the effectiveness of campaigns and to improve our websites. By clicking Accept all you consent to the use of cookies as described in our cookie policy; you can change your choice at any time in the settings.",
        "accept": "Accept all",
        "about": "Founded more than forty years ago as a small weekly paper, our newsroom has grown into an independent publication read by millions of people every month. We are funded by our readers and by advertising, and our journalists follow a published code of ethics that guarantees their editorial independence from owners and advertisers alike.",
        "bio_title": "About the author",
        "price_title": "Price",
        "in_stock": "In stock. Usually ships within two business days; free standard delivery on orders over fifty dollars, and free returns within thirty days of purchase.",
        "add_cart": "Add to cart",
        "size": "Size",
        "colour": "Colour",
        "qty": "Quantity",
        "settings": "Display settings",
        "text_size": "Text size",
        "theme": "Theme",
        "save": "Save settings",
        "also_viewed": "Customers also viewed",
        "helpful": "Was this page helpful?",
        "feedback_help": "Tell us what was missing or wrong on this page. Your feedback goes straight to the documentation team and helps us improve the guides for everyone; please do not include passwords or other personal data.",
        "yes": "Yes",
        "no": "No",
        "on_page": "On this page",
        "tags": "Tags",
        "share": "Share",
        "home": "Home",
        "next": "Next article",
        "read_more": "Read more",
        "advert": "Advertisement",
    },
    "zh": {
        "most_read": "热门排行",
        "recent_comments": "最新评论",
        "related": "相关阅读",
        "comments": "网友评论",
        "reply": "回复",
        "said": "说",
        "share_email": "通过电子邮件分享本文",
        "to": "收件人邮箱",
        "from": "您的邮箱",
        "msg": "附言（选填）",
        "send": "发送",
        "email_help": "我们不会保存或将这些邮箱地址用于发送本邮件以外的任何用途。多个收件人请用逗号隔开，每次最多可发送给五位收件人。",
        "login_title": "参与讨论",
        "login_text": "登录后才能发表评论。请使用您的账号登录或免费注册一个新账号，注册只需一分钟，登录后还可以通过邮件接收对您评论的回复。",
        "user": "用户名或邮箱",
        "password": "密码",
        "remember": "在此设备上保持登录",
        "signin": "登录",
        "moderation": "评论经审核后才会显示。请文明发言，不要发布与本文无关的内容或个人信息，本站有权删除任何违反上述规定的评论。",
        "newsletter_title": "订阅每日早报",
        "newsletter_text": "免费订阅我们的每日电子早报，每天早上七点之前，编辑精选的当日最重要新闻将发送到您的邮箱。您可以随时一键退订，我们绝不会向任何第三方透露您的邮箱地址。",
        "subscribe": "订阅",
        "cookie": "本网站使用Cookie及类似技术来识别您的重复访问和偏好设置、衡量推广效果并改进我们的网站。点击“全部接受”即表示您同意我们按照Cookie政策使用Cookie，您可以随时在设置中更改您的选择。",
        "accept": "全部接受",
        "about": "本报创刊于四十多年前，最初只是一份小型周报，如今已发展成为每月拥有数百万读者的独立媒体。我们的经费来自读者和广告，记者遵守公开的职业道德准则，保证其编辑工作独立于出资方和广告商。",
        "bio_title": "作者简介",
        "price_title": "价格",
        "in_stock": "现货，通常在两个工作日内发货；订单满九十九元免运费，购买后三十天内可免费退货。",
        "add_cart": "加入购物车",
        "size": "尺码",
        "colour": "颜色",
        "qty": "数量",
        "settings": "显示设置",
        "text_size": "字号",
        "theme": "主题",
        "save": "保存设置",
        "also_viewed": "看了又看",
        "helpful": "本页内容对您有帮助吗？",
        "feedback_help": "请告诉我们本页缺少或有误的内容。您的反馈将直接发送给文档团队，帮助我们为所有人改进指南；请不要填写密码或其他个人信息。",
        "yes": "是",
        "no": "否",
        "on_page": "本页目录",
        "tags": "标签",
        "share": "分享",
        "home": "首页",
        "next": "下一篇",
        "read_more": "阅读全文",
        "advert": "广告",
    },
}
_SECTIONS = {
    "en": ("Home", "World", "Politics", "Business", "Tech", "Science", "Health", "Sports", "Culture", "Opinion"),
    "zh": ("首页", "国内", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产", "教育"),
}
_SITES = {
    "en": ("The Morning Ledger", "Northfield Post", "Signal Daily", "The Plain Reader", "Harbor Times"),
    "zh": ("晨报网", "新视点", "城市快讯", "东方时报", "百姓日报"),
}


# --- text -----------------------------------------------------------------------------------------------------------


@dataclass
class Text(TextPool):
    """Tune articles (title, paragraphs), headlines and sentences of one language."""

    lang: str

    @classmethod
    def load(cls, data: Path, lang: str) -> Text:
        arts: list[tuple[str, str, list[str]]] = []
        heads: list[str] = []
        sents: list[tuple[str, str]] = []
        end, sent = (_END_EN, _SENT_EN) if lang == "en" else (_END_ZH, _SENT_ZH)
        min_para = 80 if lang == "en" else 30
        for name in SOURCES[lang]:
            for p in load_set(data, name, None, (TUNE,)):
                if p.page_type != "article":
                    continue
                key = f"{name}/{p.id}"
                m = re.search(r"<title[^>]*>([^<]{6,})</title>", p.html, re.I)
                title = re.split(r"\s[|\-—–:]\s|\||_", m.group(1).strip())[0].strip() if m else ""
                ok = 15 <= len(title) <= 90 and len(title.split()) >= 4 if lang == "en" else 8 <= len(title) <= 40
                if not ok:
                    title = ""
                if title:
                    heads.append(title)
                paras = [x.strip() for x in p.gold.splitlines() if len(x.strip()) >= min_para and end.search(x.strip())]
                if paras and title and paras[0].startswith(title):
                    paras = paras[1:]
                if title and len(paras) >= 3:
                    arts.append((key, title, paras))
                for s in sent.findall(p.gold):
                    sents.append((key, s.strip()))
        return cls(arts, heads, sents, lang)

    def para(self, rng: random.Random, n: int, avoid: str) -> str:
        return (" " if self.lang == "en" else "").join(self.prose(rng, n, avoid))


# --- markup pieces --------------------------------------------------------------------------------------------------


class Ctx:
    """One page's random source, text, fixed words and must-not list."""

    def __init__(self, rng: random.Random, text: Text, key: str, title: str) -> None:
        self.rng, self.text, self.key, self.title = rng, text, key, title
        self.lang = text.lang
        self.w = L[self.lang]
        self.bad: list[str] = []

    def name(self) -> str:
        if self.lang == "zh":
            return self.rng.choice(_ZH_NAMES)
        return f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"

    def nick(self) -> str:
        return self.rng.choice(_ZH_NICKS if self.lang == "zh" else _NICKS)

    def date(self) -> str:
        y, m, d = self.rng.randrange(2015, 2025), self.rng.randrange(1, 13), self.rng.randrange(1, 29)
        return f"{y}年{m}月{d}日" if self.lang == "zh" else f"{y}-{m:02d}-{d:02d}"

    def href(self, stem: str = "article") -> str:
        return f"/{stem}/{self.rng.randrange(2015, 2025)}/{self.rng.randrange(10**6)}.html"

    def prose(self, n: int) -> str:
        s = self.text.para(self.rng, n, self.key)
        self.bad.append(s[:120])
        return s

    def heads(self, n: int) -> list[str]:
        hs = self.text.heads(self.rng, n, self.title)
        self.bad += hs
        return hs

    def fixed(self, k: str) -> str:
        self.bad.append(self.w[k])
        return self.w[k]


def most_read(c: Ctx, summaries: bool, n: int = 6) -> str:
    rows = []
    for i, h in enumerate(c.heads(n)):
        s = f'<p class="summary">{c.prose(1)}</p>' if summaries else ""
        rows.append(f'<li><span class="rank">{i + 1}</span><a href="{c.href()}">{h}</a>{s}</li>')
    return f'<section class="widget most-read"><h3>{c.w["most_read"]}</h3><ol>{"".join(rows)}</ol></section>'


def recent_comments(c: Ctx, n: int) -> str:
    rows = []
    for h in c.heads(n):
        rows.append(
            f'<li><b>{c.nick()}</b> {c.w["said"]} <a href="{c.href()}#c">{h}</a>: <q>{c.prose(c.rng.randrange(1, 3))}</q></li>'
        )
    return f'<div class="widget recent-comments"><h3>{c.w["recent_comments"]}</h3><ul>{"".join(rows)}</ul></div>'


def related(c: Ctx, n: int = 4) -> str:
    rows = "".join(
        f'<div class="card"><a href="{c.href()}"><h4>{h}</h4></a><p>{c.prose(1)}</p></div>' for h in c.heads(n)
    )
    return f'<aside class="related"><h3>{c.w["related"]}</h3>{rows}</aside>'


def comments(c: Ctx, n: int) -> str:
    rows = "".join(
        f'<li class="comment"><div class="meta"><img src="/av/{i}.png"> <b>{c.nick()}</b> {c.date()}</div>'
        f'<p>{c.prose(c.rng.randrange(2, 4))}</p><a href="#r{i}">{c.w["reply"]}</a></li>'
        for i in range(n)
    )
    return f'<section id="comments"><h3>{n} {c.w["comments"]}</h3><ol class="comment-list">{rows}</ol></section>'


def email_form(c: Ctx) -> str:
    w = c.w
    return (
        f'<div class="share-email"><h4>{w["share_email"]}</h4><form action="/share/email" method="post">'
        f'<label>{w["to"]} <input type="email" name="to"></label><label>{w["from"]} <input type="email" name="from"></label>'
        f'<label>{w["msg"]}<textarea name="msg"></textarea></label><p class="help">{c.fixed("email_help")}</p>'
        f'<button type="submit">{w["send"]}</button></form></div>'
    )


def login_form(c: Ctx) -> str:
    w = c.w
    return (
        f'<div class="comment-login"><h3>{w["login_title"]}</h3><p>{c.fixed("login_text")}</p>'
        f'<form action="/login" method="post"><label>{w["user"]}<input type="text" name="u"></label>'
        f'<label>{w["password"]}<input type="password" name="p"></label><label><input type="checkbox"> {w["remember"]}</label>'
        f'<input type="submit" value="{w["signin"]}"></form><p class="note">{c.fixed("moderation")}</p></div>'
    )


def newsletter(c: Ctx) -> str:
    return (
        f'<div class="newsletter"><h3>{c.w["newsletter_title"]}</h3><p>{c.fixed("newsletter_text")}</p>'
        f'<form action="/subscribe"><input type="email" name="e" placeholder="you@example.com"><button>{c.w["subscribe"]}</button></form></div>'
    )


def bio(c: Ctx) -> str:
    return f'<div class="author-bio"><img src="/a.jpg"><h4>{c.w["bio_title"]}: {c.name()}</h4><p>{c.prose(c.rng.randrange(2, 4))}</p></div>'


def cookie(c: Ctx) -> str:
    return f'<div id="consent" class="cookie-banner"><p>{c.fixed("cookie")}</p><button>{c.w["accept"]}</button></div>'


def about_footer(c: Ctx, site: str) -> str:
    links = " ".join(f'<a href="/p/{i}">{s}</a>' for i, s in enumerate(_SECTIONS[c.lang]))
    return f'<footer><div class="about"><h4>{site}</h4><p>{c.fixed("about")}</p></div><nav>{links}</nav><p>© {c.rng.randrange(2016, 2025)} {site}</p></footer>'


def price_widget(c: Ctx) -> str:
    w = c.w
    price = (
        f"¥{c.rng.randrange(50, 3000)}.00"
        if c.lang == "zh"
        else f"${c.rng.randrange(20, 900)}.{c.rng.randrange(100):02d}"
    )
    return (
        f'<div class="price-box"><span class="label">{w["price_title"]}</span> <span class="price">{price}</span>'
        f'<p class="stock">{c.fixed("in_stock")}</p><form action="/cart"><label>{w["size"]} <select><option>S</option><option>M</option><option>L</option></select></label>'
        f'<label>{w["colour"]} <select><option>Black</option><option>Blue</option></select></label><label>{w["qty"]} <input type="number" value="1"></label>'
        f"<button>{w['add_cart']}</button></form></div>"
    )


def settings_widget(c: Ctx) -> str:
    w = c.w
    return (
        f'<form class="settings" action="/prefs"><h4>{w["settings"]}</h4><label>{w["text_size"]} <select><option>S</option><option>M</option><option>L</option></select></label>'
        f"<label>{w['theme']} <select><option>Light</option><option>Dark</option></select></label><button>{w['save']}</button></form>"
    )


def nav(c: Ctx) -> str:
    return (
        '<nav class="top"><ul>'
        + "".join(f'<li><a href="/s/{i}">{s}</a></li>' for i, s in enumerate(_SECTIONS[c.lang]))
        + "</ul></nav>"
    )


def link_list(c: Ctx, cls: str, n: int) -> str:
    return f'<ul class="{cls}">' + "".join(f'<li><a href="{c.href()}">{h}</a></li>' for h in c.heads(n)) + "</ul>"


def tag_list(c: Ctx) -> str:
    words = c.text.heads(c.rng, 6, c.title)
    tags = [w.split()[0] if c.lang == "en" else w[:4] for w in words]
    return (
        f'<ul class="tags"><li>{c.w["tags"]}:</li>'
        + "".join(f'<li><a href="/tag/{i}">{t}</a></li>' for i, t in enumerate(tags))
        + "</ul>"
    )


def share_list(c: Ctx) -> str:
    return (
        f'<ul class="share"><li>{c.w["share"]}:</li>'
        + "".join(
            f'<li><a href="https://{s}.example/share">{s}</a></li>'
            for s in ("Facebook", "X", "LinkedIn", "WhatsApp", "Email")
        )
        + "</ul>"
    )


def body_p(paras: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in paras)


def body_br(paras: list[str]) -> str:
    return "<br><br>\n".join(paras) + "<br>"


def byline(c: Ctx) -> str:
    return f'<div class="byline">{c.name()} · <time>{c.date()}</time></div>'


def page(title: str, lang: str, body: str) -> str:
    charset = '<meta charset="utf-8">'
    return f'<!DOCTYPE html><html lang="{lang}"><head>{charset}<title>{title}</title></head><body>{body}</body></html>'


# --- page assembly --------------------------------------------------------------------------------------------------


def build_page(kind: str, index: int, texts: dict[str, Text], seed: str) -> GenPage:
    pid = f"{kind}-{index}" if seed == SET else f"{seed}-{kind}-{index}"
    rng = random.Random(f"{seed}/{pid}")
    lang = "zh" if index % 4 == 3 else "en"
    text = texts[lang]
    key, title, all_paras = text.articles[
        (index * 7 + KINDS.index(kind) * 13 + rng.randrange(1000)) % len(text.articles)
    ]
    n = rng.randrange(1, 3) if kind == "short" else rng.randrange(3, 9)
    paras = all_paras[:n]
    c = Ctx(rng, text, key, title)
    site = rng.choice(_SITES[lang])
    h1 = f"<h1>{title}</h1>"
    flip = rng.random() < 0.5

    if kind == "blog":
        header = f'<header class="site-header"><a class="site-title" href="/">{site}</a><p class="site-description">{c.prose(1)}</p>{nav(c)}</header>'
        article = f'<article class="post"><header>{h1}{byline(c)}</header><div class="entry-content">{body_p(paras)}</div></article>'
        after = bio(c) + newsletter(c) + comments(c, rng.randrange(3, 7)) + login_form(c)
        side = f'<aside class="sidebar">{recent_comments(c, rng.randrange(4, 8))}{most_read(c, True)}</aside>'
        main = f'<main class="content">{article}{after}</main>'
        body = header + (side + main if flip else main + side) + about_footer(c, site)
    elif kind == "news":
        article = f'<article>{h1}{byline(c)}<div class="story-body">{body_p(paras)}</div>{share_list(c)}{email_form(c)}</article>'
        top = related(c) if rng.random() < 0.7 else ""
        side = f'<div class="rail">{most_read(c, True, rng.randrange(5, 9))}</div>'
        main = f'<div class="main-col">{top}{article}</div>'
        body = cookie(c) + nav(c) + (side + main if flip else main + side) + about_footer(c, site)
    elif kind == "table_old":
        art = f'<font size="5"><b>{title}</b></font><br><font size="1">{c.name()} {c.date()}</font><br><br><font size="2">{body_br(paras)}</font>'
        left = f'<td width="220" valign="top">{most_read(c, True)}{settings_widget(c)}</td>'
        right = f'<td width="200" valign="top">{price_widget(c)}</td>'
        mid = f'<td valign="top">{art}</td>'
        row = left + mid + right if flip else mid + left + right
        body = (
            f'<table width="100%"><tr><td colspan="3">{nav(c)}</td></tr><tr>{row}</tr></table>{about_footer(c, site)}'
        )
    elif kind == "div_text":
        if rng.random() < 0.5:
            text_html = "".join(f'<div class="para">{x}</div>' for x in paras)
        else:
            text_html = f'<div class="txt">{body_br(paras)}</div>'
        art = f'<div class="art">{h1}<div class="info">{c.date()}</div>{text_html}</div>'
        decoys = newsletter(c) + bio(c) + comments(c, rng.randrange(2, 5))
        body = nav(c) + (f"{decoys}{art}" if flip else f"{art}{decoys}") + about_footer(c, site)
    elif kind == "amp":
        share = '<amp-social-share type="twitter"></amp-social-share><amp-social-share type="email"></amp-social-share>'
        art = (
            f'<article class="amp-article">{h1}{byline(c)}<amp-img src="/i.jpg" width="600" height="400" layout="responsive"></amp-img>'
            f'{body_p(paras[: len(paras) // 2 + 1])}<amp-ad width="300" height="250" type="doubleclick"></amp-ad>{body_p(paras[len(paras) // 2 + 1 :])}</article>'
        )
        consent = f'<amp-consent id="c" layout="nodisplay"><div class="consent-ui"><p>{c.fixed("cookie")}</p><button>{c.w["accept"]}</button></div></amp-consent>'
        body = (
            consent + f"<header>{site}</header>" + share + art + related(c, 3) + newsletter(c) + about_footer(c, site)
        )
    elif kind == "docs":
        tree = "".join(
            f'<li><a href="/docs/{i}">{h}</a><ul>'
            + "".join(f'<li><a href="/docs/{i}/{j}">{j}. {h[:20]}</a></li>' for j in range(3))
            + "</ul></li>"
            for i, h in enumerate(c.heads(8))
        )
        mid = len(paras) // 2
        sec = f"<h2>{c.w['read_more']}</h2>" if mid else ""
        art = f'<div class="doc-content" role="main">{h1}{body_p(paras[:mid])}{sec}{body_p(paras[mid:])}</div>'
        toc = f'<div class="toc"><h4>{c.w["on_page"]}</h4>{link_list(c, "toc-list", 5)}</div>'
        fb = (
            f'<form class="feedback"><h4>{c.w["helpful"]}</h4><button>{c.w["yes"]}</button><button>{c.w["no"]}</button>'
            f"<p>{c.fixed('feedback_help')}</p><textarea></textarea><button>{c.w['send']}</button></form>"
        )
        body = (
            f'<div class="layout"><nav class="sidebar"><ul>{tree}</ul></nav>{art}{toc}</div>{fb}{about_footer(c, site)}'
        )
    elif kind == "product":
        review = f'<div class="review"><h2>{title}</h2>{byline(c)}{body_p(paras)}</div>'
        also = "".join(
            f'<li><a href="{c.href("p")}">{h}</a><p>{c.prose(1)}</p><span>{c.w["price_title"]}: {rng.randrange(20, 400)}</span></li>'
            for h in c.heads(4)
        )
        pname = c.heads(1)[0]
        top = f'<div class="product"><h1>{pname}</h1>{price_widget(c)}</div>'
        body = nav(c) + top + (review + settings_widget(c) if flip else settings_widget(c) + review)
        body += f'<section class="also"><h3>{c.w["also_viewed"]}</h3><ul>{also}</ul></section>{login_form(c)}{about_footer(c, site)}'
    elif kind == "short":
        art = f"<article>{h1}{byline(c)}{body_p(paras)}</article>"
        decoys = [comments(c, rng.randrange(3, 6)), newsletter(c), bio(c)]
        rng.shuffle(decoys)
        k = rng.randrange(0, 2)
        body = nav(c) + "".join(decoys[:k]) + art + "".join(decoys[k:]) + about_footer(c, site)
    elif kind == "list_wrap":
        cut = max(1, len(paras) // 2)
        inner = (
            h1
            + byline(c)
            + share_list(c)
            + body_p(paras[:cut])
            + link_list(c, "inline-related", 3)
            + body_p(paras[cut:])
            + tag_list(c)
            + link_list(c, "more", 6)
        )
        side = "".join(f'<div class="box"><h3>{c.w["most_read"]}</h3>{link_list(c, "rank", 8)}</div>' for _ in range(2))
        body = (
            f'<div id="wrapper">{nav(c)}<div id="content">{inner}</div>{side}{link_list(c, "footer-links", 10)}</div>'
        )
    elif kind == "title_split":
        head = f'<div class="title-box"><h1>{title}</h1><div class="sub">{c.date()} {site}</div></div>'
        cells = "".join(f"<tr><td>{x}<br></td></tr>" for x in paras) if flip else f"<tr><td>{body_br(paras)}</td></tr>"
        side = most_read(c, rng.random() < 0.5)
        body = nav(c) + head + f'<table class="content" width="640">{cells}</table>' + side + about_footer(c, site)
    else:
        raise ValueError(kind)
    html = page(f"{title} - {site}" if lang == "en" else f"{title}_{site}", lang, body)
    gold = "\n".join(paras)
    sp = r"(?<=[.!?])\s+" if lang == "en" else r"(?<=[。！？])"
    first = next(s for s in re.split(sp, paras[0]) if s.strip())[:80]
    last = [s for s in re.split(sp, paras[-1]) if s.strip()][-1][-80:]
    must_not = [m for m in dict.fromkeys(c.bad) if m and m not in gold and m != title]
    return GenPage(SET, pid, kind, html, gold, [first, last], must_not, lang=lang, source=key.split("/")[0])


def build(data: Path, seed: str = SET) -> list[GenPage]:
    texts = {lang: Text.load(data, lang) for lang in SOURCES}
    return [build_page(kind, i, texts, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


# --- scoring --------------------------------------------------------------------------------------------------------


def _norm(s: str) -> str:
    """NFKC, lower case, no white space and no private-use characters (Chinese output joins what the gold spaces)."""
    s = unicodedata.normalize("NFKC", s)
    return "".join(ch for ch in s if not ch.isspace() and unicodedata.category(ch) != "Co").lower()


def _url(p: gen_score.Page) -> str:
    return f"https://www.example.com/{p.id}.html"


SCORING = Scoring(_norm, _url, KINDS, label_width=12, id_width=22, snippet_chars=40)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
