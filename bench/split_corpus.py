"""Pages whose main content is long and split: articles in sibling containers, long threads (issue #12, round 16).

Written before any tuning of round 16 and apart from the earlier generators: it aims at pages where an extractor
keeps only *part* of the main content (recall failures with precision near 1). The markup is the author's own
rendering of common patterns; no third-party page is copied.

* Split articles (the gold is every part of the body, in order; lists and table rows are part of it):
  ``ad_split`` (the body in two containers of one class, the first one with the byline and a tag list in a wrapper of
  its own, an advertisement between), ``figure_split`` (a lede in an intro box, a figure with a caption, the body in
  a text box), ``table_split`` (sections of prose with a specification table between them), ``steps`` (a how-to:
  an intro, a list of things needed, numbered steps in a section of their own, a tips section), ``blocks`` (one
  element per paragraph, ``story-block`` siblings with embeds, pull quotes and a related-links box between),
  ``paged`` (a body with an inline "read also" list in the middle and a page bar below).
* Long threads (the gold is the first post or question and every reply or answer, in order; a quoted reply's text is
  in the gold, it is on the page inside the reply): ``forum`` (12-30 posts with a user profile column, quotes,
  signatures, posts alternating two classes, an advertisement between posts, page bars above and below),
  ``floors`` (a first post in a template of its own, then floors with "N楼" tails and many one-line replies),
  ``answers`` (a question, an accepted answer set apart, then 5-11 answers with votes and share / follow links),
  ``nested`` (a first post of one paragraph, then replies with child replies nested inside them), ``chunks``
  (replies in two lists, a banner and a page bar between), ``table_bbs`` (an old BBS: one table per post).

Every layout comes in English and Chinese, three *shapes* each: ``short`` (fewer parts / posts), ``long`` (many)
and ``mixed`` (parts of very different length; threads with many one-line replies). Paragraphs are prose of the
*tune* halves' gold texts (``thread_corpus4.texts``), read at run time.

Pages split by :func:`page_half` (per shape, layouts ranked by a hash of ``split16/<id>`` alternate tune and check).

    python bench/split_corpus.py --score            # cleaner (and trafilatura), tune and check
    python bench/split_corpus.py --verbose          # and each tune page's problems
    python bench/split_corpus.py --dump ID          # a tune page's html, gold and output (tune pages only)
    python bench/split_corpus.py --seed S --score   # fresh pages of the same layouts (halves mean nothing)
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from thread_corpus4 import texts
from thread_score import ThreadPage

SET = "split16"
SHAPES = ("short", "long", "mixed")
LANGS = ("en", "zh")

W: dict[str, dict[str, str]] = {
    "en": {
        "ad": "Advertisement",
        "ad_copy": "Save 40% on premium plans this week only with code SPRING",
        "tags": "Tags:",
        "by": "By",
        "caption": "Photo: the site seen from above in early morning light, courtesy of the press office",
        "needed": "What you will need",
        "steps": "Steps",
        "tips": "Tips",
        "read_also": "Read also",
        "page": "Page",
        "next": "Next",
        "prev": "Previous",
        "of": "of",
        "reply": "Reply",
        "quote": "Quote",
        "report": "Report",
        "posts": "Posts:",
        "joined": "Joined:",
        "wrote": "wrote:",
        "answers": "Answers",
        "accepted": "Accepted answer",
        "share": "Share",
        "follow": "Follow",
        "improve": "Improve this answer",
        "votes": "votes",
        "sort": "Sorted by: highest score",
        "pull": "Share this quote",
        "newsletter": "Sign up for the weekly digest and never miss a story from our newsroom",
        "load_more": "Load more replies",
        "level": "Member",
    },
    "zh": {
        "ad": "广告",
        "ad_copy": "限时特惠，会员年卡立减一百元，点击立即抢购",
        "tags": "标签：",
        "by": "作者：",
        "caption": "图为清晨时分从空中俯瞰的现场全景，图片由主办方提供",
        "needed": "准备材料",
        "steps": "操作步骤",
        "tips": "小贴士",
        "read_also": "延伸阅读",
        "page": "第",
        "next": "下一页",
        "prev": "上一页",
        "of": "共",
        "reply": "回复",
        "quote": "引用",
        "report": "举报",
        "posts": "帖子：",
        "joined": "注册时间：",
        "wrote": "发表于",
        "answers": "个回答",
        "accepted": "已采纳",
        "share": "分享",
        "follow": "关注",
        "improve": "编辑回答",
        "votes": "票",
        "sort": "按投票数排序",
        "pull": "分享这句话",
        "newsletter": "订阅每周精选，第一时间收到编辑部的深度报道",
        "load_more": "查看更多回复",
        "level": "中级会员",
    },
}
USERS = {
    "en": [
        "harbor_light",
        "mkelly",
        "Thornbury",
        "quietfox",
        "d_ramos",
        "ElenaV",
        "bitshift",
        "Old_Gus",
        "pinecone7",
        "Marguerite",
    ],
    "zh": [
        "清风徐来",
        "老刘头",
        "Sunny_Wu",
        "一叶知秋",
        "小鹿乱撞",
        "码字的猫",
        "河边的柳",
        "东北大米",
        "橙子不甜",
        "夜行者",
    ],
}
SHORT = {
    "en": [
        "+1",
        "Thanks, that worked.",
        "Same problem here.",
        "Bookmarked.",
        "Good point.",
        "Any update on this?",
        "This!",
        "Cheers.",
    ],
    "zh": ["顶", "+1", "谢谢楼主", "学习了", "同问", "支持一下", "收藏了", "说得好"],
}
SIGS = {
    "en": ["Running Arch since 2009, send coffee", "My views, nobody else's"],
    "zh": ["人生若只如初见", "求关注，每天分享一点干货"],
}
TITLES = {
    "en": [
        "A closer look at what changed this year",
        "Trouble with the new update, any ideas?",
        "How we rebuilt the old mill",
    ],
    "zh": ["关于这件事的来龙去脉", "升级之后出现的问题求助", "老厂房改造的全过程"],
}
HEADS = {
    "en": ["How it started", "What the numbers say", "What comes next", "A second opinion"],
    "zh": ["事情的起因", "数据怎么说", "接下来会怎样", "另一种看法"],
}
ITEMS = {
    "en": [
        "two sheets of plywood",
        "a box of wood screws",
        "wood glue",
        "a cordless drill",
        "sandpaper, 120 grit",
        "a tape measure",
    ],
    "zh": ["胶合板两张", "木螺丝一盒", "木工胶", "充电电钻", "一百二十目砂纸", "卷尺"],
}


@dataclass
class Post:
    paras: list[str]
    user: str
    quote: tuple[str, str] | None = None  # (quoted user, quoted text): shown inside the reply, in the gold
    head: str = ""  # a section heading above an article's part (in the gold)
    children: list[Post] = field(default_factory=list)  # nested replies (in the gold, after the post)


@dataclass
class Page(ThreadPage[Post]):
    """A thread (its posts) or an article (one post per part of the body)."""

    article: bool = False
    extra: list[list[str]] = field(default_factory=list)  # an article's list items after part k (required)
    rows: list[str] = field(default_factory=list)  # a table's rows: in the gold text, not required word for word
    chrome: set[str] = field(default_factory=set)
    html: str = ""

    @property
    def kind(self) -> str:
        return "article" if self.article else "thread"

    def _flat(self) -> list[Post]:
        out: list[Post] = []

        def walk(p: Post) -> None:
            out.append(p)
            for ch in p.children:
                walk(ch)

        for p in self.posts:
            walk(p)
        return out

    def kept(self) -> list[list[str]]:
        """The paragraphs that must be in the output, in order, by post (an article's parts and list items)."""
        out = []
        for k, p in enumerate(self._flat()):
            paras = ([p.quote[1]] if p.quote else []) + ([p.head] if p.head else []) + p.paras
            if self.article and k < len(self.extra):
                paras = paras + self.extra[k]
            out.append(paras)
        return out

    def gold(self) -> str:
        return "\n".join([*(x for paras in self.kept() for x in paras), *self.rows])


def c(page: Page, *strings: str) -> None:
    page.chrome.update(strings)


def ps(paras: list[str], attr: str = "") -> str:
    return "".join(f"<p{attr}>{x}</p>" for x in paras)


def date(rng: random.Random, lang: str) -> str:
    y, m, d = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return (
        f"{y}年{m}月{d}日 {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        if lang == "zh"
        else f"{('Jan', 'Mar', 'May', 'Jul', 'Sep', 'Nov')[m % 6]} {d}, {y}"
    )


def html_doc(page: Page, body: str) -> str:
    site = "Riverside Daily" if page.lang == "en" else "江城在线"
    words = (
        (
            "Home",
            "News",
            "World",
            "Business",
            "Tech",
            "Science",
            "Health",
            "Sport",
            "Culture",
            "Travel",
            "Forum",
            "Opinion",
            "Video",
            "Podcasts",
            "About",
        )
        if page.lang == "en"
        else (
            "首页",
            "新闻",
            "国际",
            "财经",
            "科技",
            "健康",
            "体育",
            "文化",
            "旅游",
            "论坛",
            "评论",
            "视频",
            "图片",
            "专题",
            "关于",
        )
    )
    nav = "".join(f'<li><a href="/s/{i}">{x}</a></li>' for i, x in enumerate(words))
    foot = (
        "© 2024 Riverside Media Group. All rights reserved."
        if page.lang == "en"
        else "© 2024 江城在线 版权所有 京ICP备12345678号"
    )
    c(page, foot)
    return (
        f"<!DOCTYPE html><html lang='{page.lang}'><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
        f"<header class='top'><a class='logo' href='/'>{site}</a><nav><ul>{nav}</ul></nav></header>{body}"
        f"<footer class='foot'><p>{foot}</p></footer></body></html>"
    )


def ad(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    c(page, w["ad_copy"])
    return f'<div class="ad-slot" data-slot="{rng.randint(100, 999)}"><span class="ad-label">{w["ad"]}</span><a href="/promo"><img src="/ad.png" alt=""></a><a href="/promo">{w["ad_copy"]}</a></div>'


def _teasers(page: Page, rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Headlines and one-sentence summaries of other stories (prose that is not in the gold: must not be kept)."""
    pool = _paragraphs(page.lang)
    gold = page.gold()
    out = []
    while len(out) < n:
        x = pool[rng.randrange(len(pool))]
        if x in gold:
            continue
        cut = x.split(". ")[0] if page.lang == "en" else x.split("。")[0]
        head = " ".join(cut.split()[:7]) if page.lang == "en" else cut[:14]
        out.append((head, cut[:150] + ("…" if len(cut) > 150 else "")))
        c(page, out[-1][1])
    return out


def side(page: Page, rng: random.Random) -> str:
    items = "".join(
        f'<li class="teaser"><a href="/a/{rng.randint(1000, 9999)}.html">{h}</a><p>{t}</p></li>'
        for h, t in _teasers(page, rng, rng.randint(4, 7))
    )
    return f'<aside class="sidebar"><h3>{"Most read" if page.lang == "en" else "热门文章"}</h3><ul>{items}</ul></aside>'


def featured(page: Page, rng: random.Random) -> str:
    """A box of other stories with summaries below the main content, in the same column."""
    items = "".join(
        f'<div class="feat-item"><img src="/f/{rng.randint(1, 99)}.jpg" alt=""><h4><a href="/f/{rng.randint(1000, 9999)}.html">{h}</a></h4><p>{t}</p></div>'
        for h, t in _teasers(page, rng, rng.randint(3, 6))
    )
    return f'<div class="featured"><h3>{"More from Riverside" if page.lang == "en" else "精彩推荐"}</h3>{items}</div>'


def pager(page: Page, rng: random.Random, n: int) -> str:
    w = W[page.lang]
    label = f"{w['page']} 1 {w['of']} {n}" if page.lang == "en" else f"{w['of']}{n}页"
    c(page, label)
    nums = "".join(f'<a href="?page={i}">{i}</a>' for i in range(2, n + 1))
    return (
        f'<div class="pagination"><span>{label}</span><strong>1</strong>{nums}<a href="?page=2">{w["next"]}</a></div>'
    )


# ---------------------------------------------------------------- split articles


def _article_head(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    author = rng.choice(USERS[page.lang])
    when = date(rng, page.lang)
    c(page, when)
    return f'<h1 class="headline">{page.title}</h1><div class="byline"><span>{w["by"]} {author}</span> <time>{when}</time></div>'


def ad_split(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    one, two = page.posts
    tags = rng.sample(HEADS[page.lang], rng.randint(2, 4))
    tag_list = (
        f'<div class="tags"><span>{w["tags"]}</span><ul>'
        + "".join(f'<li><a href="/t/{i}">{t}</a></li>' for i, t in enumerate(tags))
        + "</ul></div>"
    )
    first = f'<div class="lead-area">{_article_head(page, rng)}{tag_list}<div class="article-text article-text-first">{ps(one.paras)}</div></div>'
    rest = f'<div class="article-text article-text-rest">{ps(two.paras)}</div>'
    main = f'<div class="col-main">{first}<div class="clear"></div>{ad(page, rng)}{rest}{featured(page, rng)}</div>'
    return html_doc(page, f'<div class="layout">{main}{side(page, rng)}</div>')


def figure_split(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    one, two = page.posts
    fig = f'<figure class="hero"><img src="/img/{rng.randint(1, 99)}.jpg" alt=""><figcaption>{w["caption"]}</figcaption></figure>'
    c(page, w["caption"])
    intro = f'<div class="intro">{ps(one.paras)}</div>'
    body = f'<div class="text">{ps(two.paras)}</div>'
    return html_doc(
        page,
        f'<main><article class="story">{_article_head(page, rng)}{intro}{fig}{body}</article>{featured(page, rng)}{side(page, rng)}</main>',
    )


def _table(page: Page, rng: random.Random) -> tuple[str, list[str]]:
    if page.lang == "en":
        head = ["Model", "Power", "Weight", "Price"]
        rows = [
            [
                f"X{rng.randint(10, 99)}",
                f"{rng.randint(100, 900)} W",
                f"{rng.randint(2, 30)} kg",
                f"${rng.randint(90, 900)}",
            ]
            for _ in range(rng.randint(3, 5))
        ]
    else:
        head = ["型号", "功率", "重量", "价格"]
        rows = [
            [
                f"X{rng.randint(10, 99)}",
                f"{rng.randint(100, 900)}瓦",
                f"{rng.randint(2, 30)}公斤",
                f"{rng.randint(90, 900)}元",
            ]
            for _ in range(rng.randint(3, 5))
        ]
    cells = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    html = f'<div class="table-wrap"><table><thead><tr>{"".join(f"<th>{x}</th>" for x in head)}</tr></thead><tbody>{cells}</tbody></table></div>'
    return html, [" ".join(head)] + [" ".join(r) for r in rows]


def table_split(page: Page, rng: random.Random) -> str:
    parts = page.posts
    table, rows = _table(page, rng)
    out = []
    for k, p in enumerate(parts):
        if k:
            p.head = HEADS[page.lang][k - 1]
        head = f"<h2>{p.head}</h2>" if k else ""
        out.append(f'<section class="content-section">{head}{ps(p.paras)}</section>')
        if k == 0:
            out.append(table)
    page.rows = rows  # (cells may be joined differently)
    return html_doc(
        page,
        f'<div class="wrap"><div class="post-main">{_article_head(page, rng)}{"".join(out)}{featured(page, rng)}</div>{side(page, rng)}</div>',
    )


def steps(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    intro, how, tips = page.posts
    items = rng.sample(ITEMS[page.lang], rng.randint(3, 5))
    page.extra = [[w["needed"], *items], [], []]
    how.head, tips.head = w["steps"], w["tips"]
    needed = f'<div class="needed"><h2>{w["needed"]}</h2><ul>' + "".join(f"<li>{x}</li>" for x in items) + "</ul></div>"
    steps_html = (
        f'<div class="steps"><h2>{w["steps"]}</h2><ol>'
        + "".join(f'<li class="step"><p>{x}</p></li>' for x in how.paras)
        + "</ol></div>"
    )
    tips_html = f'<div class="tips"><h3>{w["tips"]}</h3>{ps(tips.paras)}</div>'
    body = f'<div class="howto">{_article_head(page, rng)}<div class="intro">{ps(intro.paras)}</div>{needed}{ad(page, rng)}{steps_html}{tips_html}{featured(page, rng)}</div>'
    return html_doc(page, f'<div class="page">{body}{side(page, rng)}</div>')


def blocks(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    out = []
    for k, p in enumerate(page.posts):
        for x in p.paras:
            out.append(f'<div class="story-block story-block--text">{ps([x])}</div>')
        if k == 0:
            out.append(
                f'<div class="story-block story-block--embed"><blockquote class="pull"><p>{p.paras[0][:60]}</p><a href="/share">{w["pull"]}</a></blockquote></div>'
            )
            c(page, w["pull"])
        elif k < len(page.posts) - 1:
            heads = rng.sample(TITLES[page.lang], 2)
            c(page, *heads)
            out.append(
                '<div class="story-block story-block--related"><ul>'
                + "".join(f'<li><a href="/r/{i}">{h}</a></li>' for i, h in enumerate(heads))
                + "</ul></div>"
            )
            out.append(
                f'<div class="story-block story-block--embed"><div class="newsletter"><p>{w["newsletter"]}</p><button>OK</button></div></div>'
            )
            c(page, w["newsletter"])
    return html_doc(
        page,
        f'<main class="article-main">{_article_head(page, rng)}<div class="story-body">{"".join(out)}</div>{featured(page, rng)}</main>{side(page, rng)}',
    )


def paged(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    one, two = page.posts
    heads = rng.sample(TITLES[page.lang], 3)
    c(page, w["read_also"], *heads)
    also = (
        f'<div class="read-also"><h4>{w["read_also"]}</h4><ul>'
        + "".join(f'<li><a href="/r/{i}">{h}</a></li>' for i, h in enumerate(heads))
        + "</ul></div>"
    )
    body = f'<div id="article-body">{ps(one.paras)}{also}{ps(two.paras)}</div>{pager(page, rng, rng.randint(2, 4))}'
    return html_doc(
        page,
        f'<div class="container"><div class="article">{_article_head(page, rng)}{body}{featured(page, rng)}</div>{side(page, rng)}</div>',
    )


# ---------------------------------------------------------------- long threads


def _quote(page: Page, p: Post) -> str:
    if not p.quote:
        return ""
    who, text = p.quote
    w = W[page.lang]
    head = f"{who} {w['wrote']}"
    c(page, head)
    return f'<blockquote class="quote"><cite>{head}</cite><div>{text}</div></blockquote>'


def forum(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    out = []
    for k, p in enumerate(page.posts):
        joined, count, when = date(rng, page.lang), rng.randint(1, 4000), date(rng, page.lang)
        c(page, f"{w['posts']} {count}", f"{w['joined']} {joined}", when)
        sig = ""
        if rng.random() < 0.3:
            s = SIGS[page.lang][k % 2]
            c(page, s)
            sig = f'<div class="signature">{s}</div>'
        profile = f'<dl class="postprofile"><dt><a href="/u/{p.user}">{p.user}</a></dt><dd>{w["level"]}</dd><dd>{w["posts"]} {count}</dd><dd>{w["joined"]} {joined}</dd></dl>'
        bar = (
            f'<ul class="post-buttons"><li><a href="#">{w["quote"]}</a></li><li><a href="#">{w["report"]}</a></li></ul>'
        )
        body = f'<div class="postbody">{bar}<p class="author">{when}</p><div class="content">{_quote(page, p)}{"<br><br>".join(p.paras)}</div>{sig}</div>'
        out.append(f'<div id="p{1000 + k}" class="post bg{k % 2 + 1}"><div class="inner">{profile}{body}</div></div>')
        if k and k % 7 == 0:
            out.append(ad(page, rng))
    n = rng.randint(2, 5)
    top = pager(page, rng, n)
    return html_doc(
        page,
        f'<div id="page-body"><h2 class="topic-title"><a href="#">{page.title}</a></h2>{top}<div id="posts">{"".join(out)}</div>{top}{featured(page, rng)}</div>',
    )


def floors(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    first, replies = page.posts[0], page.posts[1:]
    when = date(rng, page.lang)
    c(page, when, first.user)
    head = f'<div class="topic-main"><div class="topic-author"><a href="/u/1">{first.user}</a><span>{when}</span></div><div class="topic-content">{ps(first.paras)}</div></div>'
    out = []
    for k, p in enumerate(replies):
        when = date(rng, page.lang)
        label = f"{k + 2}楼" if page.lang == "zh" else f"#{k + 2}"
        c(page, when, label, p.user)
        tail = f'<div class="floor-tail"><span>{label}</span><span>{when}</span><a href="#">{w["reply"]}</a><a href="#">{w["report"]}</a></div>'
        out.append(
            f'<div class="floor" id="floor-{k + 2}"><div class="floor-user"><a href="/u/{k}">{p.user}</a></div><div class="floor-body">{_quote(page, p)}{ps(p.paras)}</div>{tail}</div>'
        )
        if k == len(replies) // 2:
            out.append(ad(page, rng))
    more = f'<a class="load-more" href="?page=2">{w["load_more"]}</a>'
    c(page, w["load_more"])
    return html_doc(
        page,
        f'<div class="thread"><h1>{page.title}</h1>{pager(page, rng, 3)}{head}<div class="floor-list">{"".join(out)}</div>{more}{featured(page, rng)}</div>{side(page, rng)}',
    )


def answers(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    q, rest = page.posts[0], page.posts[1:]
    asked = date(rng, page.lang)
    c(page, asked)
    question = f'<div class="question"><h1>{page.title}</h1><div class="q-meta">{asked}</div><div class="q-body">{ps(q.paras)}</div><div class="q-actions"><a href="#">{w["share"]}</a><a href="#">{w["follow"]}</a></div></div>'
    cards = []
    for k, p in enumerate(rest):
        votes = rng.randint(0, 300)
        c(page, f"{votes} {w['votes']}")
        acc = f'<div class="accepted-mark">{w["accepted"]}</div>' if k == 0 else ""
        cls = "answer-card accepted" if k == 0 else "answer-card"
        cards.append(
            f'<div class="{cls}" id="a{k}"><div class="vote"><span>{votes} {w["votes"]}</span></div>{acc}<div class="answer-body">{ps(p.paras)}</div>'
            f'<div class="answer-foot"><a href="#">{w["share"]}</a><a href="#">{w["improve"]}</a><a href="#">{w["follow"]}</a><span class="user"><a href="/u/{k}">{p.user}</a></span></div></div>'
        )
    best = cards[0]
    head = f'<div class="answers-head"><h2>{len(rest)} {w["answers"]}</h2><span>{w["sort"]}</span></div>'
    c(page, w["sort"])
    return html_doc(
        page,
        f'<div class="qa">{question}<div class="best-answer">{best}</div>{head}<div class="answer-list">{"".join(cards[1:])}</div>{featured(page, rng)}</div>{side(page, rng)}',
    )


def nested(page: Page, rng: random.Random) -> str:
    w = W[page.lang]
    first = page.posts[0]

    def reply(p: Post, depth: int) -> str:
        when = date(rng, page.lang)
        c(page, when)
        kids = "".join(reply(ch, depth + 1) for ch in p.children)
        kids_html = f'<div class="reply-children">{kids}</div>' if kids else ""
        return (
            f'<div class="reply-item depth-{depth}"><div class="reply-meta"><a href="/u/{p.user}">{p.user}</a> <span>{when}</span></div>'
            f'<div class="reply-text">{ps(p.paras)}</div><div class="reply-actions"><a href="#">{w["reply"]}</a><a href="#">{w["share"]}</a></div>{kids_html}</div>'
        )

    when = date(rng, page.lang)
    c(page, when)
    top = f'<div class="op"><div class="op-meta"><a href="/u/{first.user}">{first.user}</a> <span>{when}</span></div><h1>{page.title}</h1><div class="op-text">{ps(first.paras)}</div></div>'
    replies = "".join(reply(p, 0) for p in page.posts[1:])
    return html_doc(
        page,
        f'<div class="discussion">{top}<div class="reply-tree">{replies}</div>{pager(page, rng, 2)}{featured(page, rng)}</div>{side(page, rng)}',
    )


def chunks(page: Page, rng: random.Random) -> str:
    """Replies in two lists: the first ones rendered with the page, the rest in a second list after a banner and a
    page bar (a lazily loaded chunk), each reply a ``<li>`` with a user line and a body."""
    w = W[page.lang]
    first, replies = page.posts[0], page.posts[1:]
    cut = max(1, len(replies) // 2 + rng.randint(-1, 1))

    def item(k: int, p: Post) -> str:
        when = date(rng, page.lang)
        c(page, when)
        return (
            f'<li class="reply" data-id="{k}"><div class="reply-head"><img src="/a/{k}.png" alt=""><a class="name" href="/u/{k}">{p.user}</a><span class="time">{when}</span></div>'
            f'<div class="reply-body">{_quote(page, p)}{ps(p.paras)}</div><div class="reply-ops"><a href="#">{w["reply"]}</a> <a href="#">{w["report"]}</a></div></li>'
        )

    one = "".join(item(k, p) for k, p in enumerate(replies[:cut]))
    two = "".join(item(k + cut, p) for k, p in enumerate(replies[cut:]))
    when = date(rng, page.lang)
    c(page, when)
    op = f'<div class="thread-op"><h1>{page.title}</h1><div class="op-info"><a href="/u/0">{first.user}</a> <span>{when}</span></div><div class="op-body">{ps(first.paras)}</div></div>'
    banner = f'<div class="banner">{ad(page, rng)}</div>{pager(page, rng, 3)}'
    return html_doc(
        page,
        f'<div class="main-col">{op}<ul class="reply-list">{one}</ul>{banner}<ul class="reply-list" data-page="2">{two}</ul>{featured(page, rng)}</div>{side(page, rng)}',
    )


def table_bbs(page: Page, rng: random.Random) -> str:
    """An old BBS: one table per post (a user cell, a body cell with a date line above the text and a tool row
    below), the first post's table like the others, the page bar and an advertisement table between posts."""
    w = W[page.lang]
    out = []
    for k, p in enumerate(page.posts):
        when = date(rng, page.lang)
        label = (
            ("楼主" if k == 0 else f"{k + 1}楼")
            if page.lang == "zh"
            else ("Original post" if k == 0 else f"Reply #{k}")
        )
        c(page, when, label, f"{w['posts']} {k * 37 + 5}")
        body = "<br>".join(p.paras)
        out.append(
            f'<table width="100%" border="0" cellspacing="1"><tr><td width="160" valign="top"><b>{p.user}</b><br>{w["level"]}<br>{w["posts"]} {k * 37 + 5}</td>'
            f'<td valign="top"><div>{label} {when}</div><hr><div style="font-size:14px">{_quote(page, p)}{body}</div><hr><a href="#">{w["reply"]}</a> | <a href="#">{w["quote"]}</a> | <a href="#">{w["report"]}</a></td></tr></table>'
        )
        if k == 3:
            out.append(f'<table width="100%"><tr><td align="center">{ad(page, rng)}</td></tr></table>')
    bar = pager(page, rng, rng.randint(2, 6))
    return html_doc(
        page,
        f'<table width="960" align="center"><tr><td><h2>{page.title}</h2>{bar}{"".join(out)}{bar}</td><td width="200" valign="top">{side(page, rng)}</td></tr></table>',
    )


ENGINES: dict[str, Callable[[Page, random.Random], str]] = {
    "ad_split": ad_split,
    "figure_split": figure_split,
    "table_split": table_split,
    "steps": steps,
    "blocks": blocks,
    "paged": paged,
    "forum": forum,
    "floors": floors,
    "answers": answers,
    "nested": nested,
    "chunks": chunks,
    "table_bbs": table_bbs,
}
ARTICLES = {"ad_split", "figure_split", "table_split", "steps", "blocks", "paged"}
PARTS = {"ad_split": 2, "figure_split": 2, "table_split": 3, "steps": 3, "blocks": 3, "paged": 2}


def _paragraphs(lang: str) -> list[str]:
    pool = texts()[lang]
    return [x for x in pool if " " not in x] if lang == "zh" else pool


def _posts(rng: random.Random, engine: str, lang: str, shape: str) -> list[Post]:
    pool = _paragraphs(lang)
    start = rng.randrange(len(pool))
    used = [0]

    def take(n: int) -> list[str]:
        out = [pool[(start + (used[0] + i) * 7919) % len(pool)] for i in range(n)]  # 7919 is prime: no repeats
        used[0] += n
        return out

    users = USERS[lang][:]
    rng.shuffle(users)
    if engine in ARTICLES:
        parts = []
        for k in range(PARTS[engine]):
            if engine == "ad_split" and k == 0:
                n = rng.randint(1, 2)  # the first paragraphs set apart, above the rest of the body
            elif shape == "short":
                n = rng.randint(1, 2)
            elif shape == "long":
                n = rng.randint(3, 6)
            else:
                n = 1 if k % 2 == 0 else rng.randint(4, 7)
            parts.append(Post(take(n), users[0]))
        return parts
    n = {"short": rng.randint(4, 7), "long": rng.randint(12, 30), "mixed": rng.randint(10, 20)}[shape]
    if engine == "answers":
        n = min(n, 11)
    posts = [Post(take(1 if engine == "nested" else rng.randint(1, 3)), users[0])]
    for k in range(n):
        if (shape == "mixed" and rng.random() < 0.5) or (shape == "long" and rng.random() < 0.2):
            paras = [SHORT[lang][(k + used[0]) % len(SHORT[lang])]]
        else:
            paras = take(rng.choice((1, 1, 2, 4)))
        posts.append(Post(paras, users[(k + 1) % len(users)]))
    if engine in ("forum", "floors", "chunks", "table_bbs"):
        for k in range(2, len(posts)):
            prev = posts[k - 1]
            if rng.random() < 0.25 and len(prev.paras[0]) > 30:
                posts[k].quote = (prev.user, prev.paras[0])
    if engine == "nested":
        flat, top = posts[1:], []
        for p in flat:
            if top and rng.random() < 0.4:
                top[-1].children.append(p)
            else:
                top.append(p)
        posts = [posts[0], *top]
    return posts


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (with a fresh seed, tune and check mean
    nothing: every page is new material)."""
    out: list[Page] = []
    for engine, fn in ENGINES.items():
        for lang in LANGS:
            for v, shape in enumerate(SHAPES):
                rng = random.Random(f"{seed}/{engine}/{lang}/{v}")
                posts = _posts(rng, engine, lang, shape)
                page = Page(
                    id=f"{engine}-{lang}_{v}",
                    engine=f"{engine}-{lang}",
                    lang=lang,
                    shape=shape,
                    title=rng.choice(TITLES[lang]),
                    posts=posts,
                    article=engine in ARTICLES,
                )
                page.html = fn(page, rng)
                thread_score.settle_chrome(page)
                out.append(page)
    return out


_FIRST_TEN = list(ENGINES)[:10]
_halves = (
    thread_score.page_halves(SET, [f"{e}-{lang}" for e in _FIRST_TEN for lang in LANGS], SHAPES),
    thread_score.page_halves(SET, [f"{e}-{lang}" for e in ENGINES if e not in _FIRST_TEN for lang in LANGS], SHAPES),
)


def page_half(page_id: str) -> str:
    """Per shape, layouts ranked by the hash of ``split16/<id>``, alternately tune and check (the ten first layouts
    and the two added later ranked apart, so that adding layouts moves no page from one half to the other)."""
    return _halves[page_id.split("-")[0] not in _FIRST_TEN](page_id)


check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(
        argv, __doc__, build, page_half, check_page, ("all", "article", "thread", "en", "zh", *SHAPES), SET
    )


if __name__ == "__main__":
    raise SystemExit(main())
