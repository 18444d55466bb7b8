"""Long Chinese threads whose posts are *not* all alike, a generator of round 35 (issue #12: "the question or first
post and *every* answer or reply, in order, without user chrome"; magichtml_zh forum check 0.835 against 0.944 on
tune: a long thread of about 480 gold lines loses a run of about 140 middle lines, a cause no earlier generator
reproduced).

Written (branch zhthread35) before cleaner was run on it and before cleaner's thread code was read for this round.
The markup is the author's rendering, from memory, of how long Chinese threads are served (Discuz-like floor tables,
a modern reply list, a Tieba-like post list); no third-party page is copied and every chrome sentence, label,
advert and notice is the author's own. Every page is a thread of 30 to 80 posts whose lengths differ widely (a
third one-liners, most one or two sentences, some of one to three paragraphs, a few essays of four to seven), and
one kind of unlikeness (``KINDS``):

- ``one_liners``: long posts and runs of one-liners alternating (several one-liners in a row between essays);
- ``quotes``: replies quoting an earlier floor inside the reply ("引用 X 发表于 <date>" head, the quoted sentence
  gold as in the other zh generators, the head not), some replies quoting twice;
- ``rich``: posts with images (attachment lines: name, size, "下载次数"), a small table (its rows gold) or a code
  block (its lines gold) between their paragraphs;
- ``notices``: a moderator notice, an admin warning or an advert card set between floors inside the list;
- ``page_marks``: page-break markers between runs of floors ("—— 第 2 页 ——", a page bar, "本页共 N 条"), the
  floors of every page in one list;
- ``lazy_half``: after floor N the posts come in another class (a lazy-loaded second half: ``post`` → ``post
  post-ajax`` or a new card class and inner markup), in the same list or in a wrapper of their own;
- ``sticky_lz``: the 楼主's summary floor pinned at the top of the thread as well ("置顶" badge); gold keeps it once,
  at its own floor;
- ``tight_table``: the floor-table template served without whitespace: floor mark and stamp glued ("2#发表于 …",
  "沙发发表于 …"), user panel and text in adjacent cells;
- ``plain_comments``: a long first post and its replies in a comment list without floor numbers (name, text, time,
  "回复"), many replies of one line;
- ``old_run``: a run of floors from the forum's older template (``<font>`` tables) in the middle of the thread;
- ``lz_badge``: the 楼主 comes back several times with an "楼主更新" floor (a badge, a class of its own, a 【更新】
  head not gold) among the readers' floors.

Two shapes: ``simp`` and ``trad`` (the page in Traditional characters). Gold = the first post and every reply in
page order (quoted sentences, table rows and code lines too), without names, levels, floors, stamps, signatures,
badges, notices, adverts, page marks or side boxes. Chrome strings (checked as "kept") are the author's own, never
gold text.

Halves: per shape, the kinds ranked by a hash of ``zhthread35/<kind>/<shape>`` (``gen_score.ranked_halves``),
alternately tune and check; the check half is a measuring half (scores only).

    python bench/zh_thread_corpus35.py --score                    # cleaner and trafilatura, tune and check
    python bench/zh_thread_corpus35.py --list 10 --cleaner-only   # and the worst tune pages
    python bench/zh_thread_corpus35.py --dump ID                  # a tune page's html, gold and output
    python bench/zh_thread_corpus35.py --seed S --score           # fresh pages of the same kinds
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

SET = "zhthread35"
SHAPES = ("simp", "trad")
PAGES = 3
BASES = ("floors", "cards", "tiebaish")

_SHORT = (
    "mark一下，回头细看",
    "支持楼主，写得很用心",
    "学到了",
    "前排围观",
    "确实如此",
    "同问，蹲一个答案",
    "楼主辛苦了",
    "这个观点我不太认同",
    "收藏了，慢慢看",
    "有道理，顶上去",
    "看完了，感触很深",
    "等楼主继续",
)
_SIGS = (
    "慢慢来，比较快。",
    "签名档施工中，敬请期待。",
    "本人言论仅代表个人观点，与任何单位无关。",
    "种一棵树最好的时间是十年前，其次是现在。",
    "不积跬步，无以至千里，每天写一点。",
)
_ADS = (
    "春季焕新节，家电满三千减五百，点击查看活动规则。",
    "下载本站手机客户端，回帖可获得双倍积分奖励。",
    "本地企业诚聘客服专员，五险一金，待遇从优，欢迎投递。",
    "考研冲刺班最后十个名额，报名即送全套复习资料。",
)
_NOTICES = (
    "【版主提示】本帖已加入精华，请勿灌水，违者扣除积分并禁言三天。",
    "【管理员】请大家文明发言，理性讨论，人身攻击的回复将被直接删除。",
    "系统消息：本主题已被版主从闲聊区移动到本版。",
    "温馨提示：涉及交易的内容请走站内担保，谨防上当受骗。",
)
_LEVELS = ("新手上路", "初级会员", "中级会员", "高级会员", "金牌会员", "论坛元老")
_PLACES = ("北京", "上海", "广东", "浙江", "江苏", "四川", "湖南", "山东", "重庆", "天津")
_CODE = (
    ("import os", "for name in os.listdir('.'):", "    if name.endswith('.log'):", "        print(name)"),
    ("SELECT city, COUNT(*) FROM orders", "WHERE status = 'paid'", "GROUP BY city;"),
    ("git fetch origin", "git rebase origin/main", "git push --force-with-lease"),
)
_TABLES = (
    (
        ("型号", "价格", "续航"),
        (("甲款", "2999元", "12小时"), ("乙款", "3599元", "15小时"), ("丙款", "4299元", "18小时")),
    ),
    (("月份", "支出", "结余"), (("一月", "4200", "1800"), ("二月", "3900", "2100"), ("三月", "5100", "900"))),
    (("线路", "耗时", "票价"), (("高铁", "4小时", "553元"), ("飞机", "2小时", "870元"), ("大巴", "9小时", "260元"))),
)


@dataclass
class Ctx:
    """One page being built: its random source, texts, shape, base template and the chrome it rendered."""

    rng: random.Random
    text: Text
    key: str
    base: str
    bad: list[str] = field(default_factory=list)
    floor: int = 1
    lz: str = ""

    def chrome(self, *xs: str) -> str:
        self.bad.extend(xs)
        return xs[0] if xs else ""

    def n(self, lo: int = 1, hi: int = 999) -> int:
        return self.rng.randint(lo, hi)

    def user(self) -> str:
        r = self.rng
        return self.chrome(
            r.choice(("", "阿", "", "小")) + _name(r) + r.choice(("", str(r.randint(10, 99)), "_zz", "呀"))
        )

    def stamp(self) -> str:
        r = self.rng
        return self.chrome(
            f"20{r.randint(12, 24)}-{r.randint(1, 12)}-{r.randint(1, 28)} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        )

    def paras(self, lo: int, hi: int) -> list[str]:
        _k, _t, ps = self.rng.choice([a for a in self.text.articles if a[0] != self.key])
        ps = [x for x in ps if len(x) > 15 and not any(w in x for w in ("编辑", "来源", "版权", "声明", "记者"))] or ps[
            :1
        ]
        start = self.rng.randint(0, max(0, len(ps) - lo))
        return ps[start : start + self.rng.randint(lo, hi)]

    def reply(self, size: str = "") -> list[str]:
        """One reply's paragraphs, of a length drawn widely: one-liner, one or two sentences, paragraphs, essay."""
        r = self.rng
        size = size or r.choices(("one", "sent", "paras", "essay"), (30, 40, 22, 8))[0]
        if size == "one":
            return [r.choice(_SHORT)]
        if size == "sent":
            return ["".join(self.text.prose(r, r.randint(1, 2), self.key))]
        if size == "paras":
            return self.paras(1, 3)
        return self.paras(4, 7)

    def floor_mark(self, f: int) -> str:
        names = {2: "沙发", 3: "板凳", 4: "地板"}
        return self.chrome(names.get(f, f"{f}楼") if self.base != "floors" else f"{f}#")


def _body(c: Ctx, paras: list[str], br: bool = False) -> str:
    if br or c.base == "floors":
        return "<br />\n".join(paras)
    return "".join(f"<p>{x}</p>" for x in paras)


def _post(c: Ctx, body: str, *, lz: bool = False, cls: str = "", tight: bool = False) -> str:
    """One floor of the page's base template holding the rendered ``body``; ``cls`` adds a class to the item."""
    f = c.floor
    c.floor += 1
    u = c.lz if lz else c.user()
    st = c.stamp()
    mark = c.floor_mark(f)
    sig = ""
    if c.rng.random() < 0.25:
        sig = f"<div class='sign'>{c.chrome(c.rng.choice(_SIGS))}</div>"
    if c.base == "floors":
        lvl = c.chrome(c.rng.choice(_LEVELS))
        pts = c.chrome(f"积分 {c.n(20, 30000)}")
        if tight:
            return (
                f"<div id='pid{5000 + f}' class='floor{(' ' + cls) if cls else ''}'><table class='pltb' cellspacing='0' cellpadding='0'><tr>"
                f"<td class='pls'><b>{u}</b><em>{lvl}</em><span>{pts}</span></td><td class='plc'>"
                f"<div class='pti'><a>{mark}</a>发表于 {st}<a>{c.chrome('只看该作者')}</a></div>"
                f"<div class='pct'><div class='t_msg'>{body}</div></div>{sig}"
                f"<div class='pob'><a>{c.chrome('回复')}</a><a>{c.chrome('举报')}</a><a>{c.chrome('评分')}</a></div></td></tr></table></div>"
            )
        return (
            f"<div id='pid{5000 + f}' class='floor{(' ' + cls) if cls else ''}'>\n<table class='pltb'>\n<tr>\n"
            f"<td class='pls'>\n<div class='pname'><b>{u}</b></div>\n<p>{lvl}</p>\n<p>{pts}</p>\n</td>\n<td class='plc'>\n"
            f"<div class='pti'>\n<span class='fl'><a>{mark}</a></span>\n<span>发表于 {st}</span>\n</div>\n"
            f"<div class='pct'>\n<div class='t_msg'>{body}</div>\n</div>\n{sig}\n"
            f"<div class='pob'>\n<a>{c.chrome('回复')}</a>\n<a>{c.chrome('举报')}</a>\n</div>\n</td>\n</tr>\n</table>\n</div>\n"
        )
    if c.base == "cards":
        like = c.chrome(f"赞同 {c.n(0, 300)}")
        return (
            f"<div class='reply-card{(' ' + cls) if cls else ''}' data-floor='{f}'><div class='rc-head'><img class='avatar' src='/av/{c.n()}.jpg'>"
            f"<a class='rc-name'>{u}</a><span class='rc-floor'>{mark}</span><span class='rc-time'>{st}</span></div>"
            f"<div class='rc-content'>{body}</div>{sig}<div class='rc-foot'><span>{like}</span><a>{c.chrome('回复')}</a><a>{c.chrome('分享')}</a></div></div>\n"
        )
    place = c.chrome(f"来自{c.rng.choice(_PLACES)}")
    return (
        f"<div class='l_post{(' ' + cls) if cls else ''}'><div class='d_author'><ul><li class='icon'><img src='/p/{c.n()}.png'></li>"
        f"<li class='d_name'><a>{u}</a></li><li class='l_badge'>{c.chrome(f'Lv{c.n(1, 18)}')}</li></ul></div>"
        f"<div class='d_post_content_main'><div class='d_post_content'>{body}</div>{sig}"
        f"<div class='core_reply_tail'><span>{place}</span><span class='tail-info'>{mark}</span><span class='tail-info'>{st}</span>"
        f"<a>{c.chrome('回复')}</a></div></div></div>\n"
    )


def _list(c: Ctx, posts: str, extra: str = "") -> str:
    cls = {"floors": "postlist", "cards": "reply-list", "tiebaish": "p_postlist"}[c.base]
    return f"<div id='{cls}' class='{cls}{extra}'>{posts}</div>"


def _replies(c: Ctx, k: int, gold: list[str], size: str = "", **kw: bool | str) -> list[str]:
    out = []
    for _ in range(k):
        ps = c.reply(size)
        gold.extend(ps)
        out.append(_post(c, _body(c, ps), **kw))  # type: ignore[arg-type]
    return out


# --- the kinds ------------------------------------------------------------------------------------------------------


def _one_liners(c: Ctx, gold: list[str]) -> str:
    posts: list[str] = []
    while len(posts) < c.n(35, 60):
        posts += _replies(c, 1, gold, "essay")
        posts += _replies(c, c.n(2, 6), gold, "one")
        posts += _replies(c, c.n(0, 2), gold, "sent")
    return _list(c, "".join(posts))


def _quote_box(c: Ctx, who: str, quoted: str) -> str:
    head = c.chrome(f"{who} 发表于 {c.stamp()}")
    if c.base == "floors":
        return f"<div class='quote'><blockquote><font size='2'><font color='#999999'>{head}</font></font><br />\n{quoted}</blockquote></div>"
    label = c.chrome("引用")
    return f"<blockquote class='reply-quote'><div class='q-head'>{label} {head}</div><div class='q-text'>{quoted}</div></blockquote>"


def _quotes(c: Ctx, gold: list[str]) -> str:
    posts: list[str] = []
    said: list[tuple[str, str]] = []
    for _ in range(c.n(35, 60)):
        ps = c.reply()
        if said and c.rng.random() < 0.35:
            parts = []
            for who, q in c.rng.sample(said, 1 if len(said) < 2 or c.rng.random() < 0.75 else 2):
                gold.append(q)
                parts.append(_quote_box(c, who, q))
            gold.extend(ps)
            posts.append(_post(c, "".join(parts) + _body(c, ps)))
            continue
        gold.extend(ps)
        at = len(c.bad)
        posts.append(_post(c, _body(c, ps)))
        said.append((c.bad[at], ps[0][:60]))  # the poster's name: the first chrome string a floor renders
    return _list(c, "".join(posts))


def _rich_piece(c: Ctx, gold: list[str]) -> str:
    r = c.rng
    what = r.choice(("img", "img", "table", "code"))
    if what == "img":
        name = c.chrome(f"IMG_{c.n(1000, 9999)}.jpg")
        size = c.chrome(f"({c.n(100, 999)}.{c.n(1, 9)} KB, 下载次数: {c.n(0, 80)})")
        up = c.chrome(f"{c.stamp()} 上传")
        return f"<div class='attach'><img src='/att/{c.n(10**5, 10**6)}.jpg' alt=''><p class='att-name'><a>{name}</a> <em>{size}</em></p><p class='att-time'>{up}</p></div>"
    if what == "table":
        head, rows = r.choice(_TABLES)
        gold.append(" ".join(head))
        gold.extend(" ".join(row) for row in rows)
        cells = "".join(f"<tr>{''.join(f'<td>{x}</td>' for x in row)}</tr>" for row in (head, *rows))
        return f"<table class='t_table' border='1'>{cells}</table>"
    lines = r.choice(_CODE)
    gold.extend(lines)
    body = "\n".join(x.replace("<", "&lt;") for x in lines)
    return f"<div class='blockcode'><pre><code>{body}</code></pre><em>{c.chrome('复制代码')}</em></div>"


def _rich(c: Ctx, gold: list[str]) -> str:
    posts: list[str] = []
    for _ in range(c.n(30, 50)):
        ps = c.reply()
        if c.rng.random() < 0.3:
            before, after = ps[:1], ps[1:] or ["".join(c.text.prose(c.rng, 1, c.key))]
            gold.extend(before)
            mid = _rich_piece(c, gold)
            gold.extend(after)
            posts.append(_post(c, _body(c, before) + mid + _body(c, after)))
        else:
            gold.extend(ps)
            posts.append(_post(c, _body(c, ps)))
    return _list(c, "".join(posts))


def _between(c: Ctx) -> str:
    r = c.rng
    if r.random() < 0.5:
        t = c.chrome(r.choice(_NOTICES))
        return f"<div class='mod-notice'><i class='ico-warn'></i><span>{t}</span></div>"
    t = c.chrome(r.choice(_ADS))
    return f"<div class='ad-floor'><a href='/ad/{c.n()}'><img src='/ad/{c.n()}.gif'><p>{t}</p></a><span>{c.chrome('广告')}</span></div>"


def _notices(c: Ctx, gold: list[str]) -> str:
    posts: list[str] = []
    for _ in range(c.n(35, 60)):
        posts += _replies(c, 1, gold)
        if c.rng.random() < 0.12:
            posts.append(_between(c))
    return _list(c, "".join(posts))


def _page_marks(c: Ctx, gold: list[str]) -> str:
    posts: list[str] = []
    pages = c.n(3, 5)
    per = c.n(10, 15)
    for pg in range(1, pages + 1):
        if pg > 1:
            mark = c.rng.choice((f"—— 第 {pg} 页 ——", f"以下是第{pg}页", f"第 {pg} 页 / 共 {pages} 页"))
            bar = " ".join(str(i) for i in range(1, pages + 1))
            posts.append(
                f"<div class='page-sep'><span>{c.chrome(mark)}</span><div class='pg'><a>{c.chrome('上一页')}</a> {bar} <a>{c.chrome('下一页')}</a></div>"
                f"<em>{c.chrome(f'本页共 {per} 条回复')}</em></div>"
            )
        posts += _replies(c, per, gold)
    return _list(c, "".join(posts))


def _lazy_half(c: Ctx, gold: list[str]) -> str:
    first = "".join(_replies(c, c.n(12, 25), gold))
    if c.rng.random() < 0.5:  # same list, the later posts carry an extra class
        second = "".join(_replies(c, c.n(15, 35), gold, cls="post-ajax loaded"))
        return _list(c, first + second)
    # a wrapper of its own below the list, the later posts in a client-side card
    cards = []
    for _ in range(c.n(15, 35)):
        ps = c.reply()
        gold.extend(ps)
        f = c.floor
        c.floor += 1
        u, st = c.user(), c.stamp()
        cards.append(
            f"<section class='lazy-item'><header><span class='li-user'>{u}</span> · <time>{st}</time> · <span>{c.chrome(f'#{f}')}</span></header>"
            f"<article class='li-text'>{''.join(f'<p>{x}</p>' for x in ps)}</article>"
            f"<footer><button>{c.chrome('点赞')}</button><button>{c.chrome('回复')}</button></footer></section>"
        )
    more = c.chrome("以下为动态加载的回复")
    return (
        _list(c, first) + f"<div id='ajax-more' class='lazy-wrap'><p class='lazy-tip'>{more}</p>{''.join(cards)}</div>"
    )


def _sticky_lz(c: Ctx, gold: list[str]) -> tuple[str, str]:
    before = "".join(_replies(c, c.n(8, 20), gold))
    summary = c.paras(2, 4)
    gold.extend(summary)
    lz_floor = _post(c, _body(c, summary), lz=True, cls="lz-post")
    after = "".join(_replies(c, c.n(15, 35), gold))
    badge = c.chrome("置顶")
    where = c.chrome("楼主于本帖中的回复")
    pin = f"<div class='pinned-lz'><span class='pin-badge'>{badge}</span><span>{where}</span><div class='pin-text'>{_body(c, summary)}</div></div>"
    return pin, _list(c, before + lz_floor + after)


def _tight_table(c: Ctx, gold: list[str]) -> str:
    c.base = "floors"
    return _list(c, "".join(_replies(c, c.n(35, 60), gold, tight=True)))


def _plain_comments(c: Ctx, gold: list[str]) -> str:
    items = []
    for _ in range(c.n(30, 60)):
        ps = c.reply(c.rng.choices(("one", "sent", "paras"), (45, 45, 10))[0])
        gold.extend(ps)
        u, st = c.user(), c.stamp()
        items.append(
            f"<li class='cmt'><a class='cmt-user'>{u}</a>：<span class='cmt-text'>{'<br>'.join(ps)}</span>"
            f"<div class='cmt-info'><span>{st}</span> <a>{c.chrome('回复')}</a></div></li>"
        )
    head = c.chrome(f"全部回复（{len(items)}）")
    return f"<div class='cmt-box'><h3>{head}</h3><ul class='cmt-list'>{''.join(items)}</ul></div>"


def _old_post(c: Ctx, ps: list[str]) -> str:
    f = c.floor
    c.floor += 1
    u, st = c.user(), c.stamp()
    return (
        f"<table width='100%' border='0' cellspacing='1' bgcolor='#E0E0E0'><tr bgcolor='#F6F6F6'><td width='18%' valign='top'><font color='#336699'><b>{u}</b></font><br>"
        f"<font size='1'>{c.chrome(f'帖子：{c.n(1, 5000)}')}</font></td><td valign='top'><font size='1' color='#999999'>{c.chrome(f'第{f}楼')} {c.chrome('发表时间')}：{st}</font><hr size='1'>"
        f"<font size='2'>{'<br><br>'.join(ps)}</font></td></tr></table>\n"
    )


def _old_run(c: Ctx, gold: list[str]) -> str:
    head = "".join(_replies(c, c.n(10, 25), gold))
    old = []
    for _ in range(c.n(10, 25)):
        ps = c.reply()
        gold.extend(ps)
        old.append(_old_post(c, ps))
    tip = c.chrome("以下为旧版论坛迁移的回复")
    tail = "".join(_replies(c, c.n(5, 20), gold))
    return _list(c, head + f"<div class='legacy'><p class='legacy-tip'>{tip}</p>{''.join(old)}</div>" + tail)


def _lz_badge(c: Ctx, gold: list[str]) -> str:
    posts: list[str] = []
    for _ in range(c.n(3, 5)):
        posts += _replies(c, c.n(4, 12), gold)
        upd = c.paras(2, 5)
        gold.extend(upd)
        head = c.chrome(c.rng.choice(("【更新】", "【楼主更新】", "【续】")))
        badge = c.chrome("楼主")
        body = f"<p class='upd-head'>{head}</p>" + "".join(f"<p>{x}</p>" for x in upd)
        f = c.floor
        c.floor += 1
        posts.append(
            f"<div class='lz_update floor-lz'><div class='lzu-head'><span class='lz-badge'>{badge}</span><a>{c.lz}</a>"
            f"<span>{c.floor_mark(f)}</span><span>{c.stamp()}</span></div><div class='lzu-body'>{body}</div></div>\n"
        )
    posts += _replies(c, c.n(3, 10), gold)
    return _list(c, "".join(posts))


KINDS_FN: dict[str, Callable[[Ctx, list[str]], str]] = {
    "one_liners": _one_liners,
    "quotes": _quotes,
    "rich": _rich,
    "notices": _notices,
    "page_marks": _page_marks,
    "lazy_half": _lazy_half,
    "tight_table": _tight_table,
    "plain_comments": _plain_comments,
    "old_run": _old_run,
    "lz_badge": _lz_badge,
}
KINDS = (*KINDS_FN, "sticky_lz")
_HALF = gen_score.ranked_halves(SET, KINDS, SHAPES)


@dataclass
class Page35(GenPage):
    shape: str = ""

    @property
    def half(self) -> str:
        return _HALF[(self.kind, self.shape)]


def _first_post(c: Ctx, title: str, kind: str) -> tuple[str, list[str]]:
    """The thread head and the 楼主's first post (floor 1, in the base template, or a post block above a comment
    list)."""
    first = c.paras(2, 6) if kind != "plain_comments" else c.paras(4, 8)
    stats = c.chrome(f"查看: {c.n(2000, 90000)}")
    replies = c.chrome(f"回复: {c.n(30, 900)}")
    head = f"<div class='thread-title'><h1>{title}</h1><p><span>{stats}</span> | <span>{replies}</span> <a>{c.chrome('只看楼主')}</a></p></div>"
    if kind == "plain_comments":
        by = c.chrome(f"作者：{c.lz}")
        return (
            head
            + f"<div class='topic'><div class='topic-meta'>{by} <span>{c.stamp()}</span></div><div class='topic-body'>{''.join(f'<p>{x}</p>' for x in first)}</div></div>",
            first,
        )
    tight = kind == "tight_table"
    if tight:
        c.base = "floors"
    return head + _post(c, _body(c, first), lz=True, tight=tight), first


def _thread(c: Ctx, kind: str, title: str) -> tuple[str, list[str]]:
    c.lz = c.user()
    top, gold = _first_post(c, title, kind)
    pin = ""
    if kind == "sticky_lz":
        pin, body = _sticky_lz(c, gold)
    else:
        body = KINDS_FN[kind](c, gold)
    side = "".join(
        f"<li><a href='/t/{c.n(10**5, 10**6)}'>{c.chrome(h.rstrip('。！？'))}</a></li>"
        for h in c.text.heads(c.rng, 6, "")
    )
    box = f"<div class='quick-reply'><textarea></textarea><p>{c.chrome('登录后才能参与回复，还没有账号？马上注册')}</p></div>"
    main = f"<div class='thread-main'>{pin}{top}{body}{box}</div><div class='sidebar'><h3>{c.chrome('同版热帖')}</h3><ul>{side}</ul></div>"
    return main, gold


def build_page(kind: str, shape: str, index: int, text: Text, seed: str) -> Page35:
    pid = f"{kind}_{shape}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, _t, _p = rng.choice(text.articles)
    title = rng.choice(text.heads(rng, 1, "")).rstrip("。！？!?")
    c = Ctx(rng, text, key, rng.choice(BASES))
    main, gold = _thread(c, kind, title)
    nav = "".join(f"<a href='/n/{i}'>{w}</a>" for i, w in enumerate(("首页", "社区", "精华", "找人", "登录", "注册")))
    foot = c.chrome("网友发帖内容仅代表其个人观点，转载请注明出处。")
    page = (
        f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title} - 闲话社区</title></head><body>"
        f"<div class='topbar'><a class='logo' href='/'>闲话社区</a><div class='nav'>{nav}</div></div>"
        f"<div class='bread'><a>{c.chrome('社区首页')}</a> &gt; <a>{c.chrome('杂谈闲聊')}</a></div>"
        f"<div class='wrap'>{main}</div><div class='foot'><p>{foot}</p><p>Copyright 20{c.n(12, 25)} 沪ICP备{c.n(10**6, 10**7 - 1)}号</p></div></body></html>"
    )
    page, text_gold, must, bad = gen_score.finish_zh(page, gold, c.bad, _norm, shape == "trad", index)
    return Page35(SET, pid, kind, page, text_gold, must, bad, source=key, shape=shape)


def build(data: Path, seed: str = SET) -> list[Page35]:
    text = Text.load(data)
    return [build_page(k, s, i, text, seed) for k in KINDS for s in SHAPES for i in range(PAGES)]


def _url(p: gen_score.Page) -> str:
    return f"https://club.example.cn/t/{p.id}"


SCORING = Scoring(_norm, _url, KINDS, label_width=15, id_width=26, snippet_chars=20)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
