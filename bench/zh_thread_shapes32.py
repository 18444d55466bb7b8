"""Chinese forum threads built around the shapes that make a thread extractor lose a long contiguous middle run of
posts or emit one group of lines twice, and threads of very short posts with per-post user chrome: a generator of
round 32 (issue #12, deliverable 2: every reply, in order, without chrome).

Written (branch dupgroup32) before cleaner's thread or content code was read and before cleaner was run on it. The
markup is the author's own rendering of common forum templates; no third-party page is copied and every chrome
sentence is the author's own. Kinds (``KINDS``), each a mechanism:

losing a middle run —
- ``pagebreak``: a Discuz-like table thread whose floors are cut by a mid-thread page bar ("上一页 1 2 3 下一页"), a
  "以下是第2页" divider, the thread title repeated and a second post list holding the rest of the floors;
- ``folded``: middle floors folded: ``div.fold`` with a max-height style and a "展开全文" link, and floors of low score
  collapsed ("该回复已被折叠，点击展开") whose text is in the page (gold: every floor);
- ``codepost``: a tech forum thread where middle floors hold a long ``<pre><code>`` block or a data ``<table>`` (gold:
  each code line, each table row's cells joined by a space);
- ``templates``: the first post in a topic template, a moderator's post in a highlighted template, ordinary replies
  in a list and the floors of "page 2" in a third template;
- ``nested``: every floor a table nested in a table cell of one outer table, a user card in a left cell;
- ``loadmore``: the first replies in a list, an ad and a "加载更多回复" bar, then the remaining replies rendered in
  a second, differently wrapped list;
emitting a group twice —
- ``signature``: users with multi-line signatures (three to six lines) repeated under each of their posts;
- ``hotcopy``: a "热门回复" box at the top repeating three replies (with their user rows) that come later in order;
- ``dual``: every floor rendered twice, a mobile copy (``display:none``) and the desktop copy;
- ``rules``: a multi-line 版规 box above the first post and again above the reply form;
short posts —
- ``tiny``: posts of two to twelve characters, each with one to eight short user-chrome lines (name, level, points,
  posts, join date, online time, 发消息 / 加好友 / 举报 links) as block lines of their own.

Gold = the first post and every reply, once, in page order, without user chrome, floors, signatures, rule boxes,
hot-reply copies or bars. Chrome strings (checked as "kept") are the author's own sentences and labels.

Halves: by the hash of ``zhshapes32/<kind>-<index>`` (``halves.half``), so every kind has pages in both halves; every
seed draws the same split.

    python bench/zh_thread_shapes32.py --score --cleaner-only   # cleaner, tune and check, per kind
    python bench/zh_thread_shapes32.py --list 20                # the worst tune pages
    python bench/zh_thread_shapes32.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_thread_shapes32.py --seed S --score         # fresh pages of the same shapes
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring
from zh_portal_corpus import Text, _name, _norm

SET = "zhshapes32"
PAGES = 6
"""Pages per kind."""

_TINY = (
    "顶",
    "支持",
    "好的谢谢",
    "同问",
    "mark",
    "已收藏",
    "学习了",
    "路过",
    "感谢楼主",
    "赞一个",
    "蹲一个后续",
    "说得对",
    "有道理",
    "同款",
    "求链接",
    "已私信",
    "围观",
    "插眼",
    "哈哈哈",
    "确实如此",
)
_SIGS = (
    "业余摄影，偶尔写字",
    "山高水长，后会有期",
    "本人所有回复仅代表个人观点",
    "欢迎来我的小站坐坐",
    "热爱生活，热爱骑行",
    "不忘初心，方得始终",
    "代码写得好，头发掉得少",
    "每天进步一点点",
    "喜欢就收藏，不喜欢就路过",
    "一只认真生活的猫",
    "工作日晚上在线，周末看心情",
    "私信不回请见谅",
    "二手闲置请看我的主页",
    "坐标杭州，欢迎约饭",
)
_RULES = (
    "本版版规（请发帖前阅读）",
    "一、禁止发布广告及与本版无关的内容",
    "二、标题须写明问题要点，违者移帖",
    "三、回复请勿纯表情灌水",
    "四、求助帖解决后请编辑标题加上已解决",
    "五、转载须注明出处",
    "六、人身攻击一律封禁七天",
    "七、违规内容可点击举报",
    "版主团队感谢大家的配合",
)


@dataclass
class Ctx:
    rng: random.Random
    text: Text
    key: str
    title: str
    bad: list[str] = field(default_factory=list)

    def user(self) -> str:
        r = self.rng
        return r.choice(("", "小", "老", "阿")) + _name(r) + r.choice(("", str(r.randint(1, 9999)), "_", "同学"))

    def date(self) -> str:
        r = self.rng
        return f"20{r.randint(12, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"

    def chrome(self, *xs: str) -> None:
        self.bad.extend(xs)

    def posts(self, lo: int, hi: int) -> list[list[str]]:
        """A first post of two to four paragraphs and ``lo`` to ``hi`` replies of one or two paragraphs or a line."""
        r = self.rng
        first = self.paras(2, 4)
        rest = [
            self.paras(1, 2) if r.random() < 0.5 else self.text.prose(r, 1, self.key) for _ in range(r.randint(lo, hi))
        ]
        return [first, *rest]

    def paras(self, lo: int, hi: int) -> list[str]:
        _k, _t, paras = self.rng.choice([a for a in self.text.articles if a[0] != self.key])
        start = self.rng.randint(0, max(0, len(paras) - lo))
        return paras[start : start + self.rng.randint(lo, hi)]


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _br(paras: list[str]) -> str:
    return "<br />\n".join(paras)


def _authi(c: Ctx, u: str, floor: str) -> str:
    c.chrome("只看该作者", "发表于")
    return f"<div class='authi'><a class='xw1' href='/space-uid-1.html'>{u}</a> <em>发表于 {c.date()}</em> <a href='#'>只看该作者</a> <strong class='floor'>{floor}</strong></div>"


def _card(c: Ctx, u: str) -> str:
    r = c.rng
    c.chrome("积分", "注册时间")
    return f"<div class='pls'><div class='avatar'><img src='/avatar/{r.randint(1, 9999)}.jpg'></div><div class='pi'>{u}</div><dl><dt>积分</dt><dd>{r.randint(1, 99999)}</dd><dt>帖子</dt><dd>{r.randint(1, 9999)}</dd><dt>注册时间</dt><dd>{c.date()[:10]}</dd></dl></div>"


def _floor(i: int) -> str:
    return ("楼主", "沙发", "板凳", "地板")[i] if i < 4 else f"{i + 1}#"


def _post_table(c: Ctx, i: int, body: str, u: str = "") -> str:
    u = u or c.user()
    return (
        f"<table id='pid{c.rng.randint(10**6, 10**7)}' class='plhin' cellspacing='0' cellpadding='0'><tr><td class='pls' rowspan='2'>{_card(c, u)}</td>"
        f"<td class='plc'><div class='pi'>{_authi(c, u, _floor(i))}</div><div class='pct'><div class='t_fsz'><table cellspacing='0' cellpadding='0'><tr><td class='t_f' id='postmessage_{i}'>{body}</td></tr></table></div></div></td></tr>"
        f"<tr><td class='plc plm'><div class='po'><a href='#'>回复</a> <a href='#'>支持</a> <a href='#'>举报</a></div></td></tr></table>"
    )


def _pagebar(c: Ctx, cur: int) -> str:
    c.chrome("下一页", "上一页")
    return f"<div class='pg'><a href='?page={max(1, cur - 1)}' class='prev'>上一页</a><a href='?page=1'>1</a><strong>{cur}</strong><a href='?page=3'>3</a><a href='?page={cur + 1}' class='nxt'>下一页</a></div>"


# --- losing a middle run --------------------------------------------------------------------------------------------


def _pagebreak(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.posts(12, 22)
    cut = r.randint(5, len(posts) - 4)
    gold = [p for ps in posts for p in ps]
    first = "".join(_post_table(c, i, _br(ps)) for i, ps in enumerate(posts[:cut]))
    rest = "".join(_post_table(c, i, _br(ps)) for i, ps in enumerate(posts[cut:], cut))
    divider = f"<div class='pgbreak'>{_pagebar(c, 1)}<p class='pgnote'>以下是第2页的回复</p><h2 class='ts'>{c.title}</h2></div>"
    c.chrome("以下是第2页的回复")
    return (
        f"<div id='postlist' class='pl'>{first}</div>{divider}<div id='postlist2' class='pl'>{rest}</div>{_pagebar(c, 2)}",
        gold,
    )


def _folded(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.posts(10, 18)
    items = []
    c.chrome("展开全文", "该回复已被折叠，点击展开")
    for i, ps in enumerate(posts):
        u = c.user()
        body = _ps(ps)
        if 2 <= i < len(posts) - 2 and r.random() < 0.5:
            if r.random() < 0.5:
                body = f"<div class='fold' style='max-height:120px;overflow:hidden'>{body}</div><a class='unfold' href='javascript:;'>展开全文</a>"
            else:
                body = f"<div class='collapsed-tip'>该回复已被折叠，点击展开</div><div class='collapsed-body' style='display:none'>{body}</div>"
        items.append(
            f"<div class='reply-item'><div class='reply-user'><a href='/u/{i}'>{u}</a> <span class='time'>{c.date()}</span></div><div class='reply-content'>{body}</div><div class='reply-ops'><a>回复</a> <a>点赞</a></div></div>"
        )
    gold = [p for ps in posts for p in ps]
    return f"<h1>{c.title}</h1><div class='reply-list'>{''.join(items)}</div>", gold


def _code_lines(c: Ctx) -> list[str]:
    r = c.rng
    names = ("data", "items", "conf", "result", "buf", "user", "rows")
    out = [f"def load_{r.choice(names)}(path):"]
    for _ in range(r.randint(14, 30)):
        a, b = r.choice(names), r.choice(names)
        out.append(
            r.choice(
                (
                    f"    {a} = parse({b}, limit={r.randint(1, 99)})",
                    f"    if {a} is None:",
                    f"        return {b}",
                    f"    for x in {a}:",
                    f"        {b}.append(x * {r.randint(2, 9)})",
                    f"    print('{a}', len({b}))",
                )
            )
        )
    return out


def _codepost(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.posts(8, 14)
    gold: list[str] = []
    items = []
    code_at = r.randint(1, len(posts) // 2)
    table_at = r.randint(len(posts) // 2 + 1, len(posts) - 1)
    for i, ps in enumerate(posts):
        body = _ps(ps)
        gold.extend(ps)
        if i == code_at:
            code = _code_lines(c)
            gold.extend(code)
            body += "<pre class='brush:python'><code>" + "\n".join(code).replace("<", "&lt;") + "</code></pre>"
        if i == table_at:
            rows = [
                [
                    f"{r.choice(('北京', '上海', '广州', '深圳', '成都'))}",
                    f"{r.randint(10, 999)}",
                    f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
                ]
                for _ in range(r.randint(8, 14))
            ]
            gold.extend(" ".join(x) for x in rows)
            body += (
                "<table class='data'>"
                + "".join("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in rows)
                + "</table>"
            )
        items.append(
            f"<div class='post' id='p{i}'><div class='post-meta'><span class='author'>{c.user()}</span> <span class='floor'>#{i + 1}</span> <span>{c.date()}</span></div><div class='post-body'>{body}</div></div>"
        )
    return f"<div class='topic'><h1>{c.title}</h1>{''.join(items)}</div>", gold


def _templates(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.posts(9, 16)
    mod_at = r.randint(2, 4)
    page2 = r.randint(mod_at + 2, len(posts) - 2)
    c.chrome("版主提示", "以下为第2页", "楼主", "赞同")
    out = [
        f"<div class='topic-main'><h1 class='topic-title'>{c.title}</h1><div class='topic-author'>{c.user()} · 楼主 · {c.date()}</div><div class='topic-content'>{_ps(posts[0])}</div><div class='topic-ops'>赞同 {r.randint(1, 99)} · 收藏</div></div>"
    ]
    replies = []
    for i, ps in enumerate(posts[1:page2], 1):
        if i == mod_at:
            replies.append(
                f"<li class='reply reply-mod'><div class='mod-badge'>版主提示</div><div class='mod-box'><blockquote class='mod-text'>{_br(ps)}</blockquote></div><div class='reply-foot'>{c.user()} {c.date()}</div></li>"
            )
        else:
            replies.append(
                f"<li class='reply'><div class='reply-head'>{c.user()} <span>{i + 1}楼</span></div><div class='reply-text'>{_ps(ps)}</div></li>"
            )
    out.append(f"<ul class='reply-list'>{''.join(replies)}</ul>")
    out.append(f"<div class='page-sep'>以下为第2页</div>{_pagebar(c, 2)}")
    later = "".join(
        f"<section class='floor-v2'><header><b>{c.user()}</b><i>{i + 1}楼</i></header><article class='floor-body'>{_br(ps)}</article></section>"
        for i, ps in enumerate(posts[page2:], page2)
    )
    out.append(f"<div class='floors'>{later}</div>")
    return "".join(out), [p for ps in posts for p in ps]


def _nested(c: Ctx) -> tuple[str, list[str]]:
    posts = c.posts(10, 18)
    rows = []
    for i, ps in enumerate(posts):
        u = c.user()
        rows.append(
            f"<tr><td class='user' width='150' valign='top'>{_card(c, u)}</td><td valign='top'><table width='100%' class='floor'><tr><td class='fhead'>{_floor(i)} 发表于 {c.date()}</td></tr>"
            f"<tr><td class='fbody'><table width='100%'><tr><td class='postcontent'>{_br(ps)}</td></tr></table></td></tr><tr><td class='fops'><a>引用</a> <a>回复</a> <a>举报</a></td></tr></table></td></tr>"
        )
    c.chrome("引用", "发表于")
    return (
        f"<table id='main' width='960'><tr><td colspan='2' class='ttl'><h1>{c.title}</h1></td></tr>{''.join(rows)}</table>",
        [p for ps in posts for p in ps],
    )


def _loadmore(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.posts(10, 18)
    k = r.randint(3, 6)
    first = f"<div class='main-post'><h1>{c.title}</h1><div class='content'>{_ps(posts[0])}</div></div>"
    head = "".join(
        f"<li class='cmt'><span class='nick'>{c.user()}</span>：<div class='cmt-text'>{_ps(ps)}</div><span class='cmt-time'>{c.date()}</span></li>"
        for ps in posts[1 : k + 1]
    )
    more = "".join(
        f"<div class='cmt-row'><div class='cmt-user'>{c.user()}</div><div class='cmt-body'>{_br(ps)}</div><div class='cmt-meta'>{c.date()} 回复</div></div>"
        for ps in posts[k + 1 :]
    )
    ad = "下载客户端，签到领积分，每日抽奖赢取精美周边。"
    c.chrome(ad, "加载更多回复")
    html = f"{first}<ul class='cmt-list'>{head}</ul><div class='ad-row'><a href='/ad'>{ad}</a></div><div class='more-bar'><a href='javascript:;'>加载更多回复</a></div><div class='more-list'><div class='inner'>{more}</div></div>"
    return html, [p for ps in posts for p in ps]


# --- emitting a group twice -----------------------------------------------------------------------------------------


def _signature(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.posts(8, 14)
    users = [c.user() for _ in range(3)]
    sigs = {u: r.sample(_SIGS, r.randint(3, 6)) for u in users}
    for s in sigs.values():
        c.chrome(*s)
    items = []
    for i, ps in enumerate(posts):
        u = users[0] if i == 0 or r.random() < 0.3 else r.choice(users)
        sig = "<div class='sign'>" + "<br />".join(sigs[u]) + "</div>"
        items.append(_post_table(c, i, _br(ps) + sig, u))
    return f"<h1>{c.title}</h1><div id='postlist'>{''.join(items)}</div>", [p for ps in posts for p in ps]


def _hotcopy(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = c.posts(9, 15)
    users = [c.user() for _ in posts]
    hot = sorted(r.sample(range(3, len(posts)), 3))
    c.chrome("热门回复", "全部回复")
    box = "".join(
        f"<div class='hot-item'><div class='hot-user'>{users[i]} <span>亮了({r.randint(10, 999)})</span></div><div class='hot-text'>{_ps(posts[i])}</div></div>"
        for i in hot
    )
    items = "".join(
        f"<div class='reply'><div class='ru'>{users[i]} <span>{i}楼</span></div><div class='rt'>{_ps(ps)}</div></div>"
        for i, ps in enumerate(posts[1:], 1)
    )
    html = f"<h1>{c.title}</h1><div class='op'>{_ps(posts[0])}</div><div class='hot-box'><h3>热门回复</h3>{box}</div><div class='all'><h3>全部回复</h3>{items}</div>"
    return html, [p for ps in posts for p in ps]


def _dual(c: Ctx) -> tuple[str, list[str]]:
    posts = c.posts(8, 14)
    items = []
    for i, ps in enumerate(posts):
        u = c.user()
        items.append(
            f"<div class='floor'><div class='m-post' style='display:none'><b>{u}</b><div class='m-text'>{_br(ps)}</div></div><div class='pc-post'><div class='pc-user'>{u} {_floor(i)}</div><div class='pc-text'>{_ps(ps)}</div></div></div>"
        )
    return f"<h1>{c.title}</h1><div class='floors'>{''.join(items)}</div>", [p for ps in posts for p in ps]


def _rules(c: Ctx) -> tuple[str, list[str]]:
    posts = c.posts(8, 14)
    c.chrome(*_RULES)
    box = "<div class='rules'>" + "".join(f"<p>{x}</p>" for x in _RULES) + "</div>"
    items = "".join(_post_table(c, i, _br(ps)) for i, ps in enumerate(posts))
    form = "<div class='fastpost'><textarea></textarea><button>发表回复</button></div>"
    return f"<h1>{c.title}</h1>{box}<div id='postlist'>{items}</div>{box}{form}", [p for ps in posts for p in ps]


# --- short posts ----------------------------------------------------------------------------------------------------


def _tiny(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    n = r.randint(8, 15)
    posts = [[r.choice(_TINY)] for _ in range(n)]
    posts[0] = [c.title[: r.randint(6, 14)] + "？"]
    items = []
    for ps in posts:
        u = c.user()
        pool = [
            u,
            f"Lv.{r.randint(1, 18)}",
            f"积分 {r.randint(1, 9999)}",
            f"帖子 {r.randint(1, 999)}",
            f"注册 {c.date()[:10]}",
            f"在线 {r.randint(1, 999)} 小时",
            "发消息",
            "加好友",
            "举报",
        ]
        chrome = pool[: r.randint(1, 8)]
        c.chrome(*chrome[1:])
        lines = "".join(f"<div class='u-line'>{x}</div>" for x in chrome)
        items.append(f"<div class='post'><div class='u-box'>{lines}</div><div class='p-text'>{ps[0]}</div></div>")
    return f"<h1>{c.title}</h1><div class='thread'>{''.join(items)}</div>", [p for ps in posts for p in ps]


ENGINES: dict[str, Callable[[Ctx], tuple[str, list[str]]]] = {
    "pagebreak": _pagebreak,
    "folded": _folded,
    "codepost": _codepost,
    "templates": _templates,
    "nested": _nested,
    "loadmore": _loadmore,
    "signature": _signature,
    "hotcopy": _hotcopy,
    "dual": _dual,
    "rules": _rules,
    "tiny": _tiny,
}
KINDS = tuple(ENGINES)


def _frame(c: Ctx, main: str) -> str:
    nav = "".join(f"<a href='/{i}'>{w}</a>" for i, w in enumerate(("首页", "版块", "热门", "消息", "登录", "注册")))
    foot = "本站倡导文明上网，理性发言，帖子内容仅代表作者本人观点。"
    c.chrome(foot)
    return f"<div class='hd'><a class='logo' href='/'>社区</a><nav>{nav}</nav></div><div class='wp'>{main}</div><div class='ft'><p>{foot}</p></div>"


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}-{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, _t, _p = rng.choice(text.articles)
    title = rng.choice(text.heads(rng, 1, "")).rstrip("。！？!?")
    c = Ctx(rng, text, key, title)
    main, gold = ENGINES[kind](c)
    page = f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title} - 社区</title></head><body>{_frame(c, main)}</body></html>"
    gold = [g for g in gold if g.strip()]
    text_gold = "\n".join(gold)
    ng = _norm(text_gold)
    must = [_norm(gold[0])[:12], _norm(gold[-1])[-12:]]
    bad = [b for b in dict.fromkeys(c.bad) if b.strip() and _norm(b) not in ng and _norm(b) not in _norm(title)]
    return GenPage(SET, pid, kind, page, text_gold, must, bad, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(k, i, text, seed) for k in ENGINES for i in range(PAGES)]


def _url(p: gen_score.Page) -> str:
    return f"https://bbs.example.cn/thread/{p.id}"


SCORING = Scoring(_norm, _url, KINDS, label_width=12, id_width=16, snippet_chars=20)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
