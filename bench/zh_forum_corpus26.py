"""Chinese forum and Q&A pages where the thread is *not the biggest block of prose*, a generator of round 26 (issue #12:
the magichtml_zh forum check loses most on a page with a tiny gold and an output several times its size, and on
unseen pages cleaner chose a wrong block of prose where trafilatura and readability did not).

Written before cleaner ran on it. The markup is the author's rendering, from memory, of how such pages are built;
no third-party page is copied, and every chrome sentence is the author's own. The earlier generators
(``forum_corpus18``, ``thread_corpus*``, ``zh_forum_corpus20``–``25``) hold threads whose posts are the page's main
prose; this one holds pages where an obvious alternative block competes with, or outweighs, the thread:

- ``teaser_qa``: a tiny Q&A (a one-line question, one or two short answers) above a 相关问题 wall whose entries each
  carry a question title and a two-sentence answer snippet (more prose than the thread; gold: question + answers);
- ``split_op``: a thread whose first post sits in its own box at the top, then a 相关推荐 box of teasers with
  one-sentence summaries, then the replies in another container further down (gold: the first post and every reply);
- ``post_articles``: a modern forum where every post is its own ``<article>`` (``<header>`` with the author, a level
  badge and "IP属地", ``<footer>`` with "赞 N / 回复 / 举报 / 分享"), the first one under the ``<h1>`` (gold: all posts);
- ``dl_thread``: a plain list thread (``<dl><dt>`` author head, ``<dd>`` text) whose chrome lines are plain text, not
  links, inside the ``<dd>`` after the text: "—— 来自 X 客户端", "赞(N) 回复 举报", "收起回复", the same in each post;
- ``wenda_fold``: a 问答-like page whose answers end with a plain-text "提问者评价" sentence, a "追问：" / "追答：" exchange
  (the texts gold, the labels not), "展开全文 / 收起" lines and a "该回答已被折叠" notice for a folded answer (no text).

Three shapes: ``short`` (one-sentence posts), ``long`` (several paragraphs), ``trad`` (Traditional characters).
Gold = the first post / question and every reply / answer / follow-up in page order, without teasers, heads,
badges, bars, tails, labels, evaluations, notices or lists. Chrome strings (checked as "kept") are the author's own
sentences and labels, never gold text.

Halves: per shape, the engines ranked by a hash of ``zhforum26/<id>``, alternately tune and check.

    python bench/zh_forum_corpus26.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_forum_corpus26.py --verbose          # and each tune page's problems
    python bench/zh_forum_corpus26.py --dump ID          # a tune page's html, gold and output
    python bench/zh_forum_corpus26.py --seed S --score   # fresh pages of the same layouts
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
from forum_corpus18 import _sentences, ch, p_
from zh_forum_corpus21 import br
from zh_forum_corpus23 import HOT, TITLES, _posts, hot_list
from zh_modern_corpus19 import QTITLES, REGIONS, Page, avatar, date, num, s2t, user

SET = "zhforum26"
SHAPES = ("short", "long", "trad")

LEVELS = ["Lv.3 初出茅庐", "Lv.6 小有名气", "Lv.9 社区达人"]
CLIENTS = ["Android 客户端", "iPhone 客户端", "手机网页版"]
EVALS = ["非常感谢，问题已经解决了", "讲得很清楚，谢谢你的耐心解答", "有用，学到了"]
FOLDED = "该回答已被折叠，原因：与问题无关或内容质量较低"


def _teasers(page: Page, rng: random.Random, n: int, sents: int) -> list[tuple[str, str]]:
    """``n`` (title, summary) teasers of other threads, each summary ``sents`` sentences of the pool: chrome."""
    pool = [s for s in _sentences("zh") if len(s) > 12]
    gold = {x for paras in page.posts for x in paras}
    out = []
    for t in rng.sample(HOT + QTITLES, n):
        summary = "".join(s for s in rng.sample(pool, sents + 2) if s not in gold)[:120]
        out.append((t, summary))
        ch(page, t, summary[:30])
    return out


def teaser_qa(page: Page, rng: random.Random) -> str:
    ch(page, "相关问题", "回答", "个回答", "举报", "采纳", "我来回答", "浏览")
    answers = "".join(
        f'<div class="answer"><div class="a-user">{page.users[k]} <span>{date(rng)}</span></div><div class="a-text">{br(page.posts[k])}</div>'
        f'<div class="a-ops"><a href="#">赞 {rng.randint(0, 30)}</a> <a href="#">举报</a></div></div>'
        for k in range(1, len(page.posts))
    )
    ch(page, *page.users)
    wall = "".join(
        f'<div class="rel-item"><h3><a href="/q/{rng.randint(1000, 9999)}">{t}</a></h3><p class="rel-summary">{s}</p>'
        f'<span class="rel-meta">{rng.randint(1, 90)} 个回答 · {num(rng)} 浏览</span></div>'
        for t, s in _teasers(page, rng, 6, 2)
    )
    return (
        f'<div class="qa-main"><div class="question"><h1>{page.title}</h1><div class="q-text">{br(page.posts[0])}</div>'
        f'<div class="q-meta">{page.users[0]} · {date(rng)} · {num(rng)} 浏览 <a href="#">我来回答</a></div></div>'
        f'<div class="answers"><div class="a-title">{len(page.posts) - 1} 个回答</div>{answers}</div></div>'
        f'<div class="related"><div class="rel-title">相关问题</div>{wall}</div>'
    )


def split_op(page: Page, rng: random.Random) -> str:
    ch(page, "楼主", "相关推荐", "全部回复", "回复", "举报", "只看楼主", "发表于")

    def reply(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        return (
            f'<div class="reply-item" id="r{k}"><div class="reply-head"><a href="#">{u}</a> <span>{k + 1}楼</span> <span>发表于 {date(rng)}</span></div>'
            f'<div class="reply-body">{p_(page.posts[k])}</div><div class="reply-ops"><a href="#">回复</a> <a href="#">举报</a></div></div>'
        )

    rec = "".join(
        f'<li><a href="/t/{rng.randint(1000, 9999)}">{t}</a><p>{s}</p></li>' for t, s in _teasers(page, rng, 4, 1)
    )
    ch(page, page.users[0])
    return (
        f'<div class="topic"><h1 class="topic-title">{page.title}</h1><div class="topic-head"><span>楼主</span> <a href="#">{page.users[0]}</a> <span>发表于 {date(rng)}</span> <a href="#">只看楼主</a></div>'
        f'<div class="topic-body">{p_(page.posts[0])}</div></div>'
        f'<div class="ad-box"><a href="#"><img src="/ad.jpg" alt=""></a></div>'
        f'<div class="recommend"><h3>相关推荐</h3><ul>{rec}</ul></div>'
        f'<div class="reply-wrap"><div class="reply-title">全部回复（{len(page.posts) - 1}）</div>{"".join(reply(k) for k in range(1, len(page.posts)))}</div>'
    )


def post_articles(page: Page, rng: random.Random) -> str:
    ch(page, "IP属地", "赞", "回复", "举报", "分享", "楼主", "热门话题", *LEVELS)

    def post(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        op = '<span class="op">楼主</span>' if k == 0 else ""
        return (
            f'<article class="post" data-floor="{k + 1}"><header class="post-header">{avatar(k)}<a class="name" href="#">{u}</a>{op}'
            f'<span class="level">{rng.choice(LEVELS)}</span><time>{date(rng)}</time> <span class="ip">IP属地：{rng.choice(REGIONS)}</span></header>'
            f'<div class="post-content">{p_(page.posts[k])}</div>'
            f'<footer class="post-footer"><button>赞 {rng.randint(0, 99)}</button><button>回复</button><button>举报</button><button>分享</button></footer></article>'
        )

    return (
        f'<main class="thread"><h1>{page.title}</h1>{"".join(post(k) for k in range(len(page.posts)))}</main>'
        f'<aside class="side"><h4>热门话题</h4><ul>{hot_list(page, rng, 4)}</ul></aside>'
    )


def dl_thread(page: Page, rng: random.Random) -> str:
    ch(page, "来自", "客户端", "回复", "举报", "收起回复", "赞(")

    def post(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        tail = f"<br>—— 来自 {rng.choice(CLIENTS)}" if rng.random() < 0.5 else ""
        fold = "<br>收起回复" if rng.random() < 0.4 else ""
        return (
            f'<dl class="post"><dt>{u} {date(rng)} {k + 1}楼</dt>'
            f"<dd>{br(page.posts[k])}{tail}<br>赞({rng.randint(0, 50)}) 回复 举报{fold}</dd></dl>"
        )

    return f'<div class="bbs"><h2>{page.title}</h2>{"".join(post(k) for k in range(len(page.posts)))}</div><div class="hot"><ul>{hot_list(page, rng, 3)}</ul></div>'


def wenda_fold(page: Page, rng: random.Random) -> str:
    ch(page, "提问者评价", "追问", "追答", "展开全文", "收起", FOLDED, "最佳回答", "其他回答", "赞同", *EVALS)
    n = len(page.posts)
    pool = [x for x in _sentences("zh") if len(x) > 10 and x not in {y for p in page.posts for y in p}]
    follow = [pool[rng.randrange(len(pool))], pool[rng.randrange(len(pool))]] if n > 2 else []

    def answer(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        extra = ""
        if k == 1:
            extra = f'<div class="eval">提问者评价：{rng.choice(EVALS)}</div>'
            if follow:
                extra += f'<div class="zw"><p>追问：{follow[0]}</p><p>追答：{follow[1]}</p></div>'
        return (
            f'<div class="ans"><div class="ans-head">{u} <span>{rng.randint(1, 12)}级</span></div><div class="ans-text">{br(page.posts[k])}</div>'
            f'<div class="ans-fold">展开全文<br>收起</div>{extra}<div class="ans-ops">赞同 {rng.randint(0, 99)} 评论</div></div>'
        )

    best = answer(1)
    if follow:  # the follow-ups' texts are gold, after the best answer
        page.posts[1] = [*page.posts[1], *follow]
    page.posts.insert(2, [])  # a folded answer: no text
    page.users.insert(2, user(rng))
    folded = f'<div class="ans folded"><div class="ans-head">{page.users[2]}</div><div class="fold-note">{FOLDED}</div></div>'
    others = "".join(answer(k) for k in range(3, len(page.posts)))
    return (
        f'<div class="wenda"><div class="q"><h1>{page.title}</h1><div class="q-desc">{br(page.posts[0])}</div></div>'
        f'<div class="best"><div class="label">最佳回答</div>{best}</div><div class="others"><div class="label">其他回答</div>{folded}{others}</div></div>'
    )


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "split_op": ("forum", split_op),
    "post_articles": ("forum", post_articles),
    "dl_thread": ("forum", dl_thread),
    "teaser_qa": ("qa", teaser_qa),
    "wenda_fold": ("qa", wenda_fold),
}

SITES = {
    "split_op": ("论坛", ["首页", "版块", "搜索", "登录"]),
    "post_articles": ("社区", ["首页", "话题", "消息", "我的"]),
    "dl_thread": ("BBS", ["首页", "讨论区", "精华区"]),
    "teaser_qa": ("问答", ["首页", "提问", "分类"]),
    "wenda_fold": ("问问", ["首页", "我的问答", "提问"]),
}


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, kind, shape)
            for _ in range(20):  # no paragraph twice
                flat = [x for paras in posts for x in paras]
                if len(set(flat)) == len(flat):
                    break
                posts = _posts(rng, kind, shape)
            if engine == "teaser_qa":  # a tiny thread: the question and one or two answers, one paragraph each
                posts = [p[:1] for p in posts[: rng.randint(2, 3)]]
            users = [user(rng) for _ in posts]
            title = rng.choice(QTITLES) if kind == "qa" else rng.choice(TITLES)
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            body = fn(page, rng)
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = f"©{rng.choice([2012, 2019, 2024])} {site} 沪ICP备{rng.randint(10**5, 10**6)}号 关于我们 联系我们"
            ch(page, foot, *nav_items)
            html = (
                f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
                f'<div class="header"><a class="logo" href="/">{site}</a><div class="nav">{nav}</div></div>'
                f'<div class="wrap">{body}</div><div class="footer"><p>{foot}</p></div></body></html>'
            )
            thread_score.finish_page(page, html, shape == "trad", s2t)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, list(ENGINES), SHAPES)
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "forum", "qa", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
