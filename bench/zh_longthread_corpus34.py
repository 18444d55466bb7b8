"""Long Chinese forum threads whose post list is interrupted or changes shape in the middle, a generator of round 34
(issue #12: "the question or first post and *every* answer or reply, in order"; magichtml_zh forum check 0.835 against
0.944 on tune, its scores-only profile: one thread of about 480 gold lines loses a run of about 140 middle lines while
every post before and after the run is kept).

Written (branch longthread34) before cleaner's thread code was read and before cleaner was run on it. The markup is
the author's rendering, from memory, of how long threads are served; no third-party page is copied and every chrome
sentence is the author's own. Each page is a thread of 30 to 120 posts in one of three base templates (a Discuz-like
table per floor, a ``div`` reply list, a ``ul > li`` comment list), the first post above the list, and one kind of
interruption or change of shape in the middle (``KINDS``):

- ``ad_between``: one to three blocks between floors inside the list: an advert card of one prose sentence, a
  "热门推荐" list of titles with a summary line each, a "相关阅读" box;
- ``lazy_chunks``: the replies rendered in lazy-load chunks of 8 to 30 posts, each chunk its own wrapper
  (``div.load-chunk``), a "以下为新加载的 N 条回复" line or a spinner between some chunks;
- ``page_break``: the thread's pages shown one after another, a page bar ("上一页 1 2 3 … 下一页", "第 N 页") and
  a page head between runs of posts, each run in its own list container;
- ``mixed_markup``: a run of posts in another markup in the middle: hot / VIP / moderator replies with other classes
  and their own head ("热门回复" / "版主回复"), or posts from an older template (tables in ``<font>``);
- ``stubs``: "该帖已被删除" / "该回复已被屏蔽" / "该楼层疑似违规已被系统折叠" stubs among the floors (several in a
  row in the middle), each a floor shell with the notice only (not gold);
- ``quoted``: some mid-thread posts quote an earlier floor in a ``blockquote`` under a "引用 X 的发言：" head (the
  quoted sentence is gold, as the other zh generators keep quotes; the head is not);
- ``essay_run``: a run of long posts (three to seven paragraphs each) in the middle, one-liners before and after;
- ``lz_update``: the 楼主 comes back mid-thread with a long "更新" post in a highlighted floor of its own markup
  (``div.lz-floor``, a "楼主" badge, "【更新】" head not gold), readers' floors before and after.

Three shapes: ``short`` (one-sentence posts and one-liners), ``long`` (posts of one to three paragraphs), ``trad``
(the page in Traditional characters). Gold = the first post and every reply in page order (a quote's text too),
without names, floors, dates, badges, stubs, adverts, lists, page bars, chunk markers or side boxes. Chrome strings
(checked as "kept") are the author's own sentences and labels, never gold text.

Halves: per shape, the kinds ranked by a hash of ``longthread34/<kind>/<shape>`` (``gen_score.ranked_halves``),
alternately tune and check; the check half is a measuring half.

    python bench/zh_longthread_corpus34.py --score                    # cleaner and trafilatura, tune and check
    python bench/zh_longthread_corpus34.py --list 10 --cleaner-only   # and the worst tune pages
    python bench/zh_longthread_corpus34.py --dump ID                  # a tune page's html, gold and output
    python bench/zh_longthread_corpus34.py --seed S --score           # fresh pages of the same kinds
"""

# ruff: noqa: E501  (markup is long literal lines)

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring
from zh_portal_corpus import Text, _name, _norm

SET = "longthread34"
SHAPES = ("short", "long", "trad")
PAGES = 3
TEMPLATES = ("table", "divs", "lis")

_ONE = (
    "顶楼主",
    "插个眼，等后续",
    "说得太对了",
    "同感，深有体会",
    "路过支持一下",
    "已阅，谢谢分享",
    "坐等更新",
    "这个必须赞",
    "哈哈哈笑死",
    "楼上说得有道理",
)
_PLACES = ("广东", "浙江", "四川", "北京", "上海", "湖北", "江苏", "福建", "陕西", "河南", "辽宁", "安徽")
_ADS = (
    "新用户注册即送七天会员，限时领取中。",
    "家装季全场满减，点击进入活动页面了解详情。",
    "下载客户端看帖更流畅，离线也能浏览收藏。",
    "本地二手车特价专场，今日报名还可抽奖。",
)
_STUBS = ("该帖已被删除", "该回复已被屏蔽", "该楼层疑似违规已被系统折叠", "此回复因违反社区规定已被隐藏")
_LOADING = ("正在加载中…", "以下为新加载的回复", "上滑加载更多")


@dataclass
class Ctx:
    """One page being built: its random source, texts, shape, base template and the chrome it rendered."""

    rng: random.Random
    text: Text
    key: str
    shape: str
    title: str
    tpl: str
    bad: list[str] = field(default_factory=list)
    floor: int = 1

    def chrome(self, *xs: str) -> str:
        self.bad.extend(xs)
        return xs[0] if xs else ""

    def n(self, lo: int = 1, hi: int = 999) -> int:
        return self.rng.randint(lo, hi)

    def user(self) -> str:
        r = self.rng
        return self.chrome(
            r.choice(("", "老", "小", "")) + _name(r) + r.choice(("", str(r.randint(1, 99)), "_x", "君"))
        )

    def date(self) -> str:
        r = self.rng
        return self.chrome(
            f"20{r.randint(14, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        )

    def heads(self, k: int) -> list[str]:
        return [x.rstrip("。！？!?") for x in self.text.heads(self.rng, k, "")]

    def paras(self, lo: int, hi: int) -> list[str]:
        _k, _t, ps = self.rng.choice([a for a in self.text.articles if a[0] != self.key])
        ps = [x for x in ps if len(x) > 15 and not any(w in x for w in ("编辑", "来源", "版权", "声明"))] or ps[:1]
        start = self.rng.randint(0, max(0, len(ps) - lo))
        return ps[start : start + self.rng.randint(lo, hi)]

    def reply(self, essay: bool = False, one: bool = True) -> list[str]:
        """One reply's paragraphs: by shape, or an essay of three to seven paragraphs."""
        r = self.rng
        if essay:
            return self.paras(3, 7)
        if self.shape == "long" and r.random() < 0.7:
            return self.paras(1, 3)
        if one and r.random() < 0.3:
            return [r.choice(_ONE)]
        return ["".join(self.text.prose(r, r.randint(1, 2), self.key))]

    def count(self) -> int:
        return self.n(30, 120) if self.shape != "long" else self.n(30, 70)


def _body(c: Ctx, paras: list[str]) -> str:
    if c.tpl == "table":
        return "<br>\n".join(paras)
    return "".join(f"<p>{x}</p>" for x in paras)


def _post(c: Ctx, paras: list[str], inner: str = "") -> str:
    """One floor in the page's base template (``inner`` replaces the text's markup: a stub, a quote + text)."""
    f = c.floor
    c.floor += 1
    body = inner or _body(c, paras)
    u, d = c.user(), c.date()
    if c.tpl == "table":
        mark = c.chrome(f"{f}#")
        return (
            f"<div id='post_{1000 + f}' class='post'><table class='plhin'><tr><td class='pls'><div class='authi'><a class='xw1' href='/u/{c.n(1000, 99999)}'>{u}</a></div>"
            f"<p>积分 {c.n(10, 9999)}</p></td><td class='plc'><div class='pi'><strong><a>{mark}</a></strong><em>发表于 {d}</em></div>"
            f"<div class='pct'><table><tr><td class='t_f' id='postmessage_{1000 + f}'>{body}</td></tr></table></div>"
            f"<div class='po'><a>{c.chrome('回复')}</a> <a>{c.chrome('举报')}</a></div></td></tr></table></div>"
        )
    if c.tpl == "divs":
        mark = c.chrome(f"{f}楼")
        return (
            f"<div class='reply-item' data-floor='{f}'><div class='reply-head'><a class='name'>{u}</a><span class='floor'>{mark}</span>"
            f"<span class='time'>{d}</span></div><div class='reply-body'>{body}</div>"
            f"<div class='reply-ops'><a>{c.chrome('回复')}</a><a>赞 {c.n(0, 99)}</a></div></div>"
        )
    place = c.chrome(f"IP属地：{c.rng.choice(_PLACES)}")
    return (
        f"<li class='comment-item'><div class='c-user'><img src='/a/{c.n()}.png'><span>{u}</span></div>"
        f"<div class='c-text'>{body}</div><div class='c-meta'>{d} · {place} · <a>回复</a></div></li>"
    )


def _list(c: Ctx, posts: list[str], extra: str = "") -> str:
    tag = "ul" if c.tpl == "lis" else "div"
    cls = {"table": "postlist", "divs": "reply-list", "lis": "comment-list"}[c.tpl]
    return f"<{tag} class='{cls}{extra}'>{''.join(posts)}</{tag}>"


def _posts(c: Ctx, k: int, gold: list[str], **kw: bool) -> list[str]:
    out = []
    for _ in range(k):
        ps = c.reply(**kw)
        gold.extend(ps)
        out.append(_post(c, ps))
    return out


def _hot_list(c: Ctx, label: str) -> str:
    items = []
    for t in c.heads(c.n(3, 5)):
        s = c.text.prose(c.rng, 1, c.key)[0][:30]
        c.chrome(t, s)
        items.append(f"<li><a href='/t/{c.n(10**5, 10**7)}'><h4>{t}</h4><p>{s}</p></a></li>")
    return f"<div class='recommend-box'><h3>{c.chrome(label)}</h3><ul>{''.join(items)}</ul></div>"


def _ad(c: Ctx) -> str:
    r = c.rng
    if r.random() < 0.4:
        return f"<div class='ad-card'><span>{c.chrome('广告')}</span><a href='/ad/{c.n()}'>{c.chrome(r.choice(_ADS))}</a></div>"
    return _hot_list(c, r.choice(("热门推荐", "相关阅读", "猜你喜欢")))


def _splits(c: Ctx, total: int, parts: int) -> list[int]:
    """``total`` posts cut into ``parts`` runs of at least five."""
    cuts = sorted(c.rng.sample(range(5, total - 4), parts - 1)) if parts > 1 else []
    edges = [0, *cuts, total]
    sizes = [b - a for a, b in pairwise(edges)]
    return sizes if min(sizes) >= 3 else [total // parts] * (parts - 1) + [total - (total // parts) * (parts - 1)]


def _ad_between(c: Ctx, gold: list[str]) -> str:
    runs = _splits(c, c.count(), c.n(2, 4))
    posts: list[str] = []
    for i, k in enumerate(runs):
        if i:
            posts.append(_ad(c))
        posts.extend(_posts(c, k, gold))
    return _list(c, posts)


def _lazy_chunks(c: Ctx, gold: list[str]) -> str:
    total, out = c.count(), []
    left = total
    while left > 0:
        k = min(left, c.n(8, 30))
        left -= k
        if out and c.rng.random() < 0.6:
            out.append(f"<div class='load-tip'>{c.chrome(c.rng.choice(_LOADING))}</div>")
        out.append(f"<div class='load-chunk' data-offset='{total - left - k}'>{_list(c, _posts(c, k, gold))}</div>")
    return "".join(out) + f"<div class='load-more'><a>{c.chrome('加载更多回复')}</a></div>"


def _pager(c: Ctx, cur: int, last: int) -> str:
    nums = "".join(f"<a href='?page={i}'>{i}</a>" if i != cur else f"<strong>{i}</strong>" for i in range(1, last + 1))
    return (
        f"<div class='pg'><a href='?page={max(1, cur - 1)}'>{c.chrome('上一页')}</a>{nums}"
        f"<a href='?page={cur + 1}'>{c.chrome('下一页')}</a><span>{c.chrome(f'共 {last} 页')}</span></div>"
    )


def _page_break(c: Ctx, gold: list[str]) -> str:
    runs = _splits(c, c.count(), c.n(2, 4))
    out = []
    for i, k in enumerate(runs):
        if i:
            out.append(_pager(c, i, len(runs)) + f"<div class='page-head'>{c.chrome(f'第 {i + 1} 页')}</div>")
        out.append(_list(c, _posts(c, k, gold)))
    return "".join(out) + _pager(c, len(runs), len(runs))


def _other_post(c: Ctx, paras: list[str], style: str) -> str:
    f = c.floor
    c.floor += 1
    u, d = c.user(), c.date()
    if style == "old":
        body = "<br><br>".join(paras)
        return (
            f"<table width='100%' border='0' cellspacing='1' bgcolor='#cccccc'><tr><td bgcolor='#f5f5f5'><font size='2'><b>{u}</b> "
            f"{c.chrome(f'第{f}楼')} {d}</font></td></tr><tr><td bgcolor='#ffffff'><font size='2'>{body}</font></td></tr></table>"
        )
    badge = c.chrome({"hot": "热评", "vip": "VIP会员", "mod": "版主"}[style])
    return (
        f"<section class='{style}-reply'><header><i class='badge'>{badge}</i><b>{u}</b><time>{d}</time></header>"
        f"<article>{''.join(f'<p>{x}</p>' for x in paras)}</article><footer><a>{c.chrome('点赞')} {c.n(10, 999)}</a></footer></section>"
    )


def _mixed_markup(c: Ctx, gold: list[str]) -> str:
    a, b, d = _splits(c, c.count(), 3)
    style = c.rng.choice(("hot", "vip", "mod", "old"))
    first = _posts(c, a, gold)
    mid = []
    for _ in range(b):
        ps = c.reply()
        gold.extend(ps)
        mid.append(_other_post(c, ps, style))
    head = (
        ""
        if style == "old"
        else f"<h3 class='sub-head'>{c.chrome({'hot': '热门回复', 'vip': 'VIP会员回复', 'mod': '版主回复'}[style])}</h3>"
    )
    middle = f"<div class='{style}-replies'>{head}{''.join(mid)}</div>"
    if c.rng.random() < 0.5:  # the odd run inside the list, between the floors
        return _list(c, [*first, middle, *_posts(c, d, gold)])
    return _list(c, first) + middle + _list(c, _posts(c, d, gold))


def _stubs(c: Ctx, gold: list[str]) -> str:
    total = c.count()
    mid = c.n(total // 3, total // 2)
    run = c.n(3, 8)
    posts = []
    for i in range(total):
        if mid <= i < mid + run or c.rng.random() < 0.05:
            posts.append(_post(c, [], inner=f"<div class='locked'>{c.chrome(c.rng.choice(_STUBS))}</div>"))
            continue
        ps = c.reply()
        gold.extend(ps)
        posts.append(_post(c, ps))
    return _list(c, posts)


def _quoted(c: Ctx, gold: list[str]) -> str:
    total = c.count()
    posts, said = [], []
    for i in range(total):
        ps = c.reply(one=False) if i < 3 else c.reply()
        if said and total // 4 < i < 3 * total // 4 and c.rng.random() < 0.3:
            q = c.rng.choice(said)
            who = c.user()
            head = c.chrome(f"引用 {who} 的发言：")
            gold.append(q)
            gold.extend(ps)
            inner = f"<blockquote class='quote'><div class='q-head'>{head}</div><div class='q-text'>{q}</div></blockquote>{_body(c, ps)}"
            posts.append(_post(c, ps, inner=inner))
            continue
        gold.extend(ps)
        said.extend(x for x in ps if len(x) > 12)
        posts.append(_post(c, ps))
    return _list(c, posts)


def _essay_run(c: Ctx, gold: list[str]) -> str:
    a, b, d = _splits(c, c.count(), 3)
    b = min(b, c.n(6, 15))
    posts = _posts(c, a, gold) + _posts(c, b, gold, essay=True) + _posts(c, d, gold)
    return _list(c, posts)


def _lz_update(c: Ctx, gold: list[str], lz: str) -> str:
    total = c.count()
    at = sorted(c.rng.sample(range(total // 4, 3 * total // 4), c.n(1, 2)))
    posts = []
    for i in range(total):
        if i in at:
            ps = c.paras(3, 6)
            gold.extend(ps)
            f = c.floor
            c.floor += 1
            head = c.chrome(f"【更新】{c.date()}")
            posts.append(
                f"<div class='lz-floor' id='lz{f}'><div class='lz-head'><span class='lz-badge'>{c.chrome('楼主')}</span>{lz}"
                f"<span>{c.chrome(f'{f}楼')}</span></div><h4>{head}</h4><div class='lz-text'>{''.join(f'<p>{x}</p>' for x in ps)}</div></div>"
            )
            continue
        posts.extend(_posts(c, 1, gold))
    return _list(c, posts)


KINDS = ("ad_between", "lazy_chunks", "page_break", "mixed_markup", "stubs", "quoted", "essay_run", "lz_update")
_HALF = gen_score.ranked_halves(SET, KINDS, SHAPES)


@dataclass
class Page34(GenPage):
    shape: str = ""

    @property
    def half(self) -> str:
        return _HALF[(self.kind, self.shape)]


def _thread(c: Ctx, kind: str) -> tuple[str, list[str]]:
    lz = c.user()
    first = c.paras(2, 5)
    gold = list(first)
    views = c.chrome(f"查看: {c.n(1000, 99999)}")
    top = (
        f"<div class='thread-head'><h1>{c.title}</h1><div class='meta'><span>{c.chrome('楼主')}：{lz}</span> <span>{c.date()}</span>"
        f" <span>{views}</span> <a>{c.chrome('只看楼主')}</a></div></div>"
        f"<div class='first-post'><div class='content'>{''.join(f'<p>{x}</p>' for x in first)}</div>"
        f"<div class='bar'><a>{c.chrome('收藏')}</a> <a>{c.chrome('分享')}</a></div></div>"
    )
    c.floor = 2
    body = _lz_update(c, gold, lz) if kind == "lz_update" else KINDS_FN[kind](c, gold)
    side = _hot_list(c, "本版热帖")
    reply_box = f"<div class='fastpost'><textarea></textarea><p>{c.chrome('您需要登录后才可以回帖')}</p></div>"
    return f"<div class='main'>{top}{body}{reply_box}</div><div class='side'>{side}</div>", gold


KINDS_FN: dict[str, Callable[[Ctx, list[str]], str]] = {
    "ad_between": _ad_between,
    "lazy_chunks": _lazy_chunks,
    "page_break": _page_break,
    "mixed_markup": _mixed_markup,
    "stubs": _stubs,
    "quoted": _quoted,
    "essay_run": _essay_run,
}


def build_page(kind: str, shape: str, index: int, text: Text, seed: str) -> Page34:
    pid = f"{kind}_{shape}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, _t, _p = rng.choice(text.articles)
    title = rng.choice(text.heads(rng, 1, "")).rstrip("。！？!?")
    c = Ctx(rng, text, key, shape, title, rng.choice(TEMPLATES))
    main, gold = _thread(c, kind)
    nav = "".join(f"<a href='/f/{i}'>{w}</a>" for i, w in enumerate(("首页", "论坛", "版块", "搜索", "登录", "注册")))
    foot = c.chrome("本站所有帖子仅代表作者观点，与本站立场无关。")
    page = (
        f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title} - 长帖论坛</title></head><body>"
        f"<div class='hd'><a class='logo' href='/'>长帖论坛</a><nav>{nav}</nav></div>"
        f"<div class='crumb'><a>{c.chrome('论坛首页')}</a> › <a>{c.chrome('综合讨论')}</a></div>"
        f"<div class='wp'>{main}</div><div class='ft'><p>{foot}</p><p>© 20{c.n(15, 25)} 京ICP备{c.n(10**7, 10**8 - 1)}号</p></div></body></html>"
    )
    page, text_gold, must, bad = gen_score.finish_zh(page, gold, c.bad, _norm, shape == "trad", index)
    return Page34(SET, pid, kind, page, text_gold, must, bad, source=key, shape=shape)


def build(data: Path, seed: str = SET) -> list[Page34]:
    text = Text.load(data)
    return [build_page(k, s, i, text, seed) for k in KINDS for s in SHAPES for i in range(PAGES)]


def _url(p: gen_score.Page) -> str:
    return f"https://bbs.example.cn/thread/{p.id}"


SCORING = Scoring(_norm, _url, KINDS, label_width=13, id_width=24, snippet_chars=20)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
