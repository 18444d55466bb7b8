"""Chinese forum and Q&A pages as scrapers save them, in shapes no earlier generator makes, a generator of round 28
(issue #12: magichtml_zh forum check 0.835; on unseen Chinese forum / Q&A pages cleaner leaked 16 %).

Written before cleaner ran on it. The markup is the author's rendering, from memory, of how such pages are built;
no third-party page is copied, and every chrome sentence is the author's own. The earlier generators
(``forum_corpus18``, ``thread_corpus*``, ``zh_modern_corpus19``, ``zh_forum_corpus20``–``27``) make classic and
modern threads with one block per post and per field (user, text, bar), Q&A pages with the best answer in its own
card before the others, one level of 楼中楼, a PTT page in a ``<div>``, a page 2 of English/Chinese threads of
paragraphs; this one makes:

- ``m_section``: a mobile (m.*) thread: the first post in a ``<section>`` whose text sits in a height-capped box
  under a "展开全文" button, "打开App" banners between the first post and the replies and between replies, replies
  as ``<li>`` of one ``<ul>``, a "查看更多回复" button, and a "还有 N 条回复，打开App查看" line for lazy replies
  that are absent (gold: only what the page holds);
- ``inline_li``: every post, the first included, is one ``<li>`` of one ``<ul>``: avatar, name, time, floor and
  text are inline ``<span>``s side by side (no block per field), the text's lines joined by ``<br>``;
- ``best_above``: a Q&A page whose "最佳答案" / "提问者采纳" box stands *above* the question's detail text (the
  title, then the best answer, then "问题描述" and the question, then "其他回答" in another container);
- ``rich_op``: a thread whose first floor is a rich article (``<h3>`` headings, pictures, a data table) and whose
  replies are one line each, many of them one-liners ("顶", "mark", "+1", "沙发", emoji), all gold;
- ``page2``: page 2 of a paginated thread: no first post, only floors 21 onwards under the title, a "楼主" summary
  box and the pagination above and below (gold: the replies on the page);
- ``lzl_tree``: a comment tree: each floor holds a nested list of replies two or three levels deep ("A 回复 B：" +
  text; the text is gold, the head not), with "展开 N 条回复" / "收起" lines;
- ``ptt_pre``: a PTT-like post saved as plain text in one ``<pre>``: the header lines (作者 / 看板 / 標題 / 時間),
  the body, "--", "※ 發信站" and "◆ From" lines, then 推 / 噓 / → lines "推 user: text 12/06 10:00" (gold: the
  body's lines and each push's text; Traditional on every shape);
- ``baha``: a 巴哈姆特 / Mobile01-like Traditional thread: ``<section class="c-section">`` floors with GP / BP
  counts, "樓主" / "#N" heads, each floor's short comments (留言) under it as ``c-reply__item`` rows with
  "B1 / B2" labels and times (the comments' texts are gold), a "查看 N 則留言" line.

Three shapes: ``short`` (one-sentence posts), ``long`` (several paragraphs), ``trad`` (Traditional characters;
``ptt_pre`` and ``baha`` are Traditional on every shape). Gold = the question / first post and every answer / reply /
nested reply / push in page order, without user chrome, banners, buttons, heads, labels, counts or lists. Chrome
strings (checked as "kept") are the author's own sentences and labels, never gold text.

Halves: per shape, the engines ranked by a hash of ``zhforum28/<id>``, alternately tune and check.

    python bench/zh_forum_corpus28.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_forum_corpus28.py --verbose          # and each tune page's problems
    python bench/zh_forum_corpus28.py --dump ID          # a tune page's html, gold and output
    python bench/zh_forum_corpus28.py --seed S --score   # fresh pages of the same layouts
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from forum_corpus18 import _sentences, ch, p_, texts
from zh_forum_corpus21 import br
from zh_forum_corpus23 import TITLES
from zh_forum_corpus27 import QLIST, TABLES
from zh_modern_corpus19 import AGO, QTITLES, REGIONS, Page, avatar, date, pic, s2t, user

SET = "zhforum28"
SHAPES = ("short", "long", "trad")
TRAD_ALWAYS = ("ptt_pre", "baha")

# One-line replies a thread keeps (gold), the author's own picks of what such floors say.
ONE_LINERS = ["顶", "mark", "+1", "沙发", "👍👍👍", "同问", "学习了", "插眼", "蹲一个后续", "支持一下", "码住", "😂😂"]
HEADS = ["一、事情的起因", "二、中间的经过", "三、最后的结果", "写在后面的话"]
APP_BANNERS = [
    "打开App，查看更多精彩回复",
    "App内打开，阅读体验更流畅",
    "下载客户端，第一时间收到回复提醒",
]
MORE = ["查看更多回复", "加载更多", "展开全文", "收起"]


def _hot(page: Page, rng: random.Random, n: int) -> list[str]:
    items = rng.sample(QLIST, n)
    ch(page, *items)
    return items


def m_section(page: Page, rng: random.Random) -> str:
    banners = rng.sample(APP_BANNERS, 2)
    lazy = rng.randint(5, 60)
    ch(
        page,
        *banners,
        *MORE,
        f"还有 {lazy} 条回复，打开App查看",
        "楼主",
        "IP属地",
        "回复",
        "赞",
        "说点什么...",
        "打开App",
    )

    def reply(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        banner = f'<li class="app-tip"><a href="#">{banners[1]}</a></li>' if k == 3 else ""
        return (
            f'{banner}<li class="reply-item">{avatar(k)}<div class="r-head"><span class="r-name">{u}</span>'
            f'<span class="r-floor">{k + 1}楼</span><span class="r-ip">IP属地：{rng.choice(REGIONS)}</span></div>'
            f'<div class="r-content">{br(page.posts[k])}</div><div class="r-foot"><span>{rng.choice(AGO)}</span> <span>回复</span> <span>赞 {rng.randint(0, 40)}</span></div></li>'
        )

    ch(page, page.users[0])
    replies = "".join(reply(k) for k in range(1, len(page.posts)))
    return (
        f'<header class="m-top"><a class="back" href="#">‹</a><span class="m-site">社区</span><a class="open-app" href="#">打开App</a></header>'
        f'<section class="main-post"><h1>{page.title}</h1><div class="author">{avatar(0)}<span>{page.users[0]}</span> <em>楼主</em> <span>{rng.choice(AGO)}</span></div>'
        f'<div class="post-text fold" style="max-height:300px;overflow:hidden">{p_(page.posts[0])}</div><div class="unfold"><a href="#">展开全文</a></div></section>'
        f'<div class="app-banner"><a href="#">{banners[0]}</a></div>'
        f'<section class="replies"><div class="r-title">全部回复</div><ul class="reply-list">{replies}</ul>'
        f'<div class="load-more"><a href="#">查看更多回复</a></div><p class="lazy-tip">还有 {lazy} 条回复，打开App查看</p></section>'
        f'<footer class="m-bar"><input placeholder="说点什么..."><span>赞</span><span>收藏</span></footer>'
    )


def inline_li(page: Page, rng: random.Random) -> str:
    ch(page, "楼主", "回复", "举报", "热门帖子")

    def post(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        floor = "楼主" if k == 0 else f"{k + 1}楼"
        return (
            f'<li class="item">{avatar(k)}<span class="name"><a href="#">{u}</a></span> <span class="time">{date(rng)}</span> '
            f'<span class="floor">{floor}</span> <span class="txt">{br(page.posts[k])}</span> '
            f'<span class="ops"><a href="#">回复</a> <a href="#">举报</a></span></li>'
        )

    hot = "".join(f"<li><a href='#'>{t}</a></li>" for t in _hot(page, rng, 6))
    return (
        f'<div class="topic"><h2>{page.title}</h2><ul class="list">{"".join(post(k) for k in range(len(page.posts)))}</ul></div>'
        f'<div class="side"><b>热门帖子</b><ul>{hot}</ul></div>'
    )


def best_above(page: Page, rng: random.Random) -> str:
    ch(page, "最佳答案", "提问者采纳", "问题描述", "其他回答", "回答者", "有用", "相关问题", "采纳率")
    order = [1, 0, *range(2, len(page.posts))]  # the page's order: best answer, question, the others
    page.posts = [page.posts[k] for k in order]
    page.users = [page.users[k] for k in order]
    ch(page, *page.users)
    label = rng.choice(["最佳答案", "提问者采纳"])

    def other(k: int) -> str:
        return (
            f'<div class="ans"><div class="ans-user">回答者：<a href="#">{page.users[k]}</a> <span>采纳率：{rng.randint(20, 99)}%</span></div>'
            f'<div class="ans-text">{br(page.posts[k])}</div><div class="ans-bar">{rng.choice(AGO)} · 有用({rng.randint(0, 30)})</div></div>'
        )

    rel = "".join(f"<li><a href='#'>{t}</a></li>" for t in _hot(page, rng, 5))
    return (
        f'<div class="q-wrap"><h1>{page.title}</h1>'
        f'<div class="best-box"><div class="best-label">{label}</div><div class="best-user">回答者：{page.users[0]}</div>'
        f'<div class="best-text">{p_(page.posts[0])}</div><div class="best-bar">有用({rng.randint(1, 99)})</div></div>'
        f'<div class="q-desc"><div class="q-label">问题描述</div><div class="q-text">{p_(page.posts[1])}</div><div class="q-user">{page.users[1]} · {rng.choice(AGO)}</div></div></div>'
        f'<div class="others"><h3>其他回答</h3>{"".join(other(k) for k in range(2, len(page.posts)))}</div>'
        f'<div class="rel"><h3>相关问题</h3><ul>{rel}</ul></div>'
    )


def rich_op(page: Page, rng: random.Random) -> str:
    ch(page, "只看楼主", "楼主", "回复", "发表于", "相关帖子")
    paras = page.posts[0]
    heads = rng.sample(HEADS, min(len(HEADS), max(2, len(paras) // 2 + 1)))
    rows = rng.choice(TABLES)
    body, gold = "", []
    per = max(1, len(paras) // len(heads))
    for i, h in enumerate(heads):
        chunk = paras[i * per : (i + 1) * per] if i < len(heads) - 1 else paras[i * per :]
        if not chunk:
            continue
        body += f"<h3>{h}</h3>{p_(chunk)}"
        gold += [h, *chunk]
        if i == 0:
            body += f'<p class="pic">{pic(rng)}</p>'
    body += (
        "<table class='data'>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>"
    )
    gold += [c for r in rows for c in r]
    page.posts[0] = gold

    def floor(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        return (
            f'<div class="floor"><div class="f-user">{avatar(k)}<a href="#">{u}</a></div>'
            f'<div class="f-main"><div class="f-meta">{k + 1}# 发表于 {date(rng)}</div><div class="f-text">{br(page.posts[k])}</div>'
            f'<div class="f-bar"><a href="#">回复</a></div></div></div>'
        )

    ch(page, page.users[0])
    rel = "".join(f"<li><a href='#'>{t}</a></li>" for t in _hot(page, rng, 5))
    return (
        f'<div class="thread"><h1>{page.title}</h1><a href="#">只看楼主</a>'
        f'<div class="floor first"><div class="f-user">{avatar(0)}<a href="#">{page.users[0]}</a> 楼主</div>'
        f'<div class="f-main"><div class="f-meta">发表于 {date(rng)}</div><div class="f-text article">{body}</div></div></div>'
        f'{"".join(floor(k) for k in range(1, len(page.posts)))}</div><div class="rel"><h3>相关帖子</h3><ul>{rel}</ul></div>'
    )


def page2(page: Page, rng: random.Random) -> str:
    total = rng.randint(3, 9)
    op = page.users[0]
    ch(page, op, "楼主", "上一页", "下一页", "尾页", f"共{total}页", "发表于", "只看该作者", "回复", "引用", "返回列表")
    pager = (
        f'<div class="pg"><a href="?page=1">上一页</a> <a href="?page=1">1</a> <strong>2</strong> <a href="?page=3">3</a> '
        f'<span>共{total}页</span> <a href="?page=3">下一页</a> <a href="?page={total}">尾页</a></div>'
    )

    def floor(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        return (
            f'<table class="plhin"><tr><td class="pls"><a href="#">{u}</a><p>积分 {rng.randint(1, 3000)}</p></td>'
            f'<td class="plc"><div class="pi"><em>{k + 20}#</em> 发表于 {date(rng)} | <a href="#">只看该作者</a></div>'
            f'<div class="t_f">{br(page.posts[k])}</div><div class="po"><a href="#">回复</a> <a href="#">引用</a></div></td></tr></table>'
        )

    page.posts = page.posts[1:]
    page.users = page.users[1:]
    return (
        f'<div class="wp"><a href="#">返回列表</a><h1>{page.title}</h1><div class="op-box">楼主：{op} · 发表于 {date(rng)}</div>{pager}'
        f'<div id="postlist">{"".join(floor(k) for k in range(len(page.posts)))}</div>{pager}</div>'
    )


def lzl_tree(page: Page, rng: random.Random) -> str:
    ch(page, "回复", "展开", "收起", "楼主", "条回复")
    pool = [x for x in _sentences("zh") if x not in {y for p in page.posts for y in p}]
    gold: list[list[str]] = []

    def subtree(level: int, parent: str) -> str:
        items = []
        for _ in range(rng.randint(1, 2)):
            u, t = user(rng), rng.choice(pool + ONE_LINERS)
            ch(page, u)
            gold.append([t])
            inner = subtree(level + 1, u) if level < 3 and rng.random() < 0.5 else ""
            items.append(
                f'<li class="sub-item"><span class="s-head"><a href="#">{u}</a> 回复 <a href="#">{parent}</a>：</span><span class="s-text">{t}</span><span class="s-time">{rng.choice(AGO)}</span>{inner}</li>'
            )
        more = (
            f'<li class="sub-more"><a href="#">展开 {rng.randint(2, 9)} 条回复</a></li>'
            if level == 1 and rng.random() < 0.5
            else ""
        )
        return f'<ul class="sub level{level}">{"".join(items)}{more}</ul>'

    floors = []
    for k in range(len(page.posts)):
        u = page.users[k]
        ch(page, u)
        gold.append(page.posts[k])
        tree = subtree(1, u) if k > 0 and rng.random() < 0.8 else ""
        op = "<em>楼主</em>" if k == 0 else ""
        floors.append(
            f'<div class="floor"><div class="f-head">{avatar(k)}<a href="#">{u}</a>{op} <span>{k + 1}楼</span> <span>{rng.choice(AGO)}</span></div>'
            f'<div class="f-text">{p_(page.posts[k])}</div>{tree}<div class="f-bar"><a href="#">回复</a> <a href="#">收起</a></div></div>'
        )
    page.posts = gold
    return f'<div class="thread"><h1>{page.title}</h1>{"".join(floors)}</div>'


def _ptt_id(rng: random.Random) -> str:
    """A PTT user id: ASCII letters and digits (the site allows no other)."""
    return rng.choice(["ptt", "jack", "mimi", "aqua", "kevin", "Leo", "sunny", "tommy"]) + str(rng.randint(1, 9999))


def ptt_pre(page: Page, rng: random.Random) -> str:
    page.users = [_ptt_id(rng) for _ in page.users]
    author, board = page.users[0], rng.choice(["Gossiping", "Tech_Job", "Lifeismoney", "car", "Baseball"])
    ip = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    head = [
        f"作者: {author} ({author[:2]})",
        f"看板: {board}",
        f"標題: [問卦] {page.title}",
        f"時間: Sat Dec  6 1{rng.randint(0, 9)}:2{rng.randint(0, 9)}:05 2025",
    ]
    foot = [
        "--",
        f"※ 發信站: 批踢踢實業坊(ptt.cc), 來自: {ip} (臺灣)",
        f"※ 文章網址: https://www.ptt.cc/bbs/{board}/M.{rng.randint(10**9, 2 * 10**9)}.A.{rng.randint(100, 999)}.html",
    ]
    ch(page, *head, *foot, board, "批踢踢", "發信站")
    pushes, gold = [], [page.posts[0]]
    for k in range(1, len(page.posts)):
        for x in page.posts[k]:
            tag = rng.choice(["推", "推", "→", "噓"])
            u = page.users[k]
            ch(page, u)
            pushes.append(
                f"{tag} {u}: {x}{' ' * rng.randint(2, 8)}12/{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
            )
        gold.append(page.posts[k])
    page.posts = gold
    text = "\n".join([*head, "", *page.posts[0], "", *foot, *pushes])
    return f'<div id="topbar"><a href="/bbs/">批踢踢實業坊</a> › 看板 {board}</div><pre class="bbs">{text}</pre>'


def baha(page: Page, rng: random.Random) -> str:
    ch(page, "樓主", "GP", "BP", "留言", "查看", "則留言", "回覆", "檢舉", "分享")
    gold: list[list[str]] = []
    pool = [x for x in _sentences("zh") if x not in {y for p in page.posts for y in p}]

    def comments() -> str:
        rows = []
        for b in range(rng.randint(1, 3)):
            u, t = user(rng), rng.choice(pool + ONE_LINERS)
            ch(page, u)
            gold.append([t])
            rows.append(
                f'<div class="c-reply__item"><div class="reply-content"><a class="reply-content__user" href="#">{u}</a>：'
                f'<article class="reply-content__article"><span>{t}</span></article></div>'
                f'<div class="reply-footer"><span class="edittime">B{b + 1}</span> <span>{rng.choice(AGO)}</span> <a href="#">GP {rng.randint(0, 9)}</a></div></div>'
            )
        more = f'<div class="more-reply">查看 {rng.randint(4, 30)} 則留言</div>' if rng.random() < 0.5 else ""
        return f'<div class="c-post__footer">{more}{"".join(rows)}</div>'

    floors = []
    for k in range(len(page.posts)):
        u = page.users[k]
        ch(page, u)
        gold.append(page.posts[k])
        label = "樓主" if k == 0 else f"#{k + 1}"
        body = f'<div class="c-article__content">{"".join(f"<div>{x}</div>" for x in page.posts[k])}</div>'
        cm = comments() if rng.random() < 0.7 else ""
        floors.append(
            f'<section class="c-section" id="post_{rng.randint(10**6, 10**7)}"><div class="c-post__header"><a class="userid" href="#">{u}</a>'
            f'<span class="floor">{label}</span> <span class="gp">GP {rng.randint(0, 99)}</span> <span class="bp">BP -</span> <span>{date(rng)}</span></div>'
            f'<div class="c-post__body">{body}</div><div class="c-post__tools"><a href="#">回覆</a> <a href="#">檢舉</a> <a href="#">分享</a></div>{cm}</section>'
        )
    page.posts = gold
    return f'<div class="c-post__title"><h1>{page.title}</h1></div>{"".join(floors)}'


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "m_section": ("forum", m_section),
    "inline_li": ("forum", inline_li),
    "best_above": ("qa", best_above),
    "rich_op": ("forum", rich_op),
    "page2": ("forum", page2),
    "lzl_tree": ("forum", lzl_tree),
    "ptt_pre": ("forum", ptt_pre),
    "baha": ("forum", baha),
}

SITES = {
    "m_section": ("社区", ["首页", "发现"]),
    "inline_li": ("论坛", ["首页", "版块", "搜索", "登录"]),
    "best_above": ("问答", ["首页", "提问", "分类", "登录"]),
    "rich_op": ("论坛", ["首页", "版块", "消息", "我的"]),
    "page2": ("论坛", ["首页", "版块", "搜索", "注册"]),
    "lzl_tree": ("社区", ["首页", "话题", "发现", "我的"]),
    "ptt_pre": ("批踢踢", ["看板列表", "熱門看板"]),
    "baha": ("哈啦區", ["首頁", "哈啦區", "創作", "登入"]),
}


def _posts(rng: random.Random, engine: str, kind: str, shape: str) -> list[list[str]]:
    long_pool = [x for x in texts()["zh"] if " " not in x and "声明" not in x and "版权" not in x and len(x) < 400]
    short_pool = [x for x in _sentences("zh") if "声明" not in x]

    def take(pool: list[str], n: int) -> list[str]:
        return [pool[rng.randrange(len(pool))] for _ in range(n)]

    def reply_short() -> list[str]:
        return [rng.choice(ONE_LINERS)] if rng.random() < 0.4 else take(short_pool, 1)

    n = rng.randint(2, 4) if kind == "qa" else rng.randint(3, 7)
    if engine == "rich_op":
        first = take(long_pool, rng.randint(3, 6)) if shape != "short" else take(short_pool, rng.randint(3, 4))
        return [first, *[reply_short() for _ in range(rng.randint(4, 9))]]
    if engine == "page2":
        n = rng.randint(4, 9)
    if engine == "ptt_pre":
        first = take(long_pool, rng.randint(1, 3)) if shape != "short" else take(short_pool, rng.randint(2, 3))
        return [
            first,
            *[
                take(short_pool, rng.randint(1, 2)) if rng.random() < 0.6 else [rng.choice(ONE_LINERS)]
                for _ in range(n)
            ],
        ]
    if shape == "short":
        return [
            take(short_pool, 1),
            *[reply_short() if engine != "best_above" else take(short_pool, 1) for _ in range(n)],
        ]
    return [
        take(long_pool, rng.randint(1, 2)),
        *[take(long_pool, rng.randint(1, 2)) if rng.random() < 0.7 else reply_short() for _ in range(n)],
    ]


def _unique(posts: list[list[str]]) -> bool:
    flat = [x for paras in posts for x in paras if x not in ONE_LINERS]
    return len(set(flat)) == len(flat)


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, engine, kind, shape)
            for _ in range(20):  # no paragraph twice
                if _unique(posts):
                    break
                posts = _posts(rng, engine, kind, shape)
            users = [user(rng) for _ in posts]
            title = rng.choice(QTITLES) if kind == "qa" else rng.choice(TITLES)
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            body = fn(page, rng)
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = f"©{rng.choice([2014, 2019, 2025])} {site} 用户协议 隐私政策 联系我们"
            ch(page, foot, *nav_items)
            html = (
                f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
                f'<div class="top"><a class="logo" href="/">{site}</a><div class="nav">{nav}</div></div>'
                f'<div class="container">{body}</div><div class="foot"><p>{foot}</p></div></body></html>'
            )
            thread_score.finish_page(page, html, shape == "trad" or engine in TRAD_ALWAYS, s2t)
            if engine == "ptt_pre":  # s2t is one character each: PTT writes 看板, not what it folds 板 to
                page.html = page.html.replace(s2t("看板"), "看板")
                page.chrome = {x.replace(s2t("看板"), "看板") for x in page.chrome}
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, list(ENGINES), SHAPES)
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "forum", "qa", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
