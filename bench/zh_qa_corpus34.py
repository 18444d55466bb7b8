"""Chinese forum, Q&A and comment-thread pages in markup families no earlier generator renders, a generator of
round 34 (issue #12: magichtml_zh forum check 0.835 against 0.944 on tune; its scores-only profile: one tiny-gold page
at 3.2× the gold's length with recall 1.0 (chrome kept), one 12.7k-character thread with a run of posts lost).

Written (branch forum34) before cleaner's thread or content code was read and before cleaner was run on it. The
markup is the author's rendering, from memory, of how such pages are built; no third-party page is copied and every
chrome sentence is the author's own. Kinds (``KINDS``):

- ``spa_hashed``: a 2024 single-page-app community post: every class a hash (``x7Kq2a``), no floor numbers, no
  ``<p>`` (each paragraph a ``<div>``), each post a header row (avatar, name, a badge "优质创作者", "IP 属地X",
  a relative time), the text, a bar of ``<button>``s (赞 N / 回复 / 分享 / 举报); a sponsored card of prose between
  the first post and the replies, a 热门话题 side list;
- ``chunked``: a long thread whose replies a virtual list renders in sibling chunks of four to seven items
  (``div.vl-chunk``), an advert card of one prose sentence between some chunks, the first post in its own
  ``<article>`` above; "加载更多回复" below (gold: the first post and every reply);
- ``serial``: a 连载 thread: the 楼主 posts long chapters in floors wrapped one level deeper than the others
  (``div.floor-lz > div.lz-inner``), readers' short floors in between, some quoting a floor ("引用 X 于 <date> 发表的："
  head, the quoted sentence gold), a "只看楼主" / "倒序浏览" bar, "N楼" marks;
- ``page_two``: page 2 of a thread only: no first post, floors 21 and up, a topic line ("楼主：X | 发表于 <date> |
  查看：N | 回复：N"), user columns (积分, 帖子, 注册时间), "发表于 <date>" and "N#" rows, "—— 来自 X" tails in the
  post text, page bars above and below;
- ``zhihu_folded``: a Q&A page: the question detail, answers with an author line and a bio sentence, "N 人赞同了该回答",
  "发布于 <date>・IP 属地X", bars; some answers folded in place ("该回答已被折叠" + a reason sentence, no text) and a
  "查看被折叠的 N 个回答" link; a 相关问题 list;
- ``zhidao_zhuiwen``: a 知道-like page: question and "问题补充", the 推荐答案 card with 追问 / 追答 exchanges (their
  texts gold, labels not), "本回答由网友推荐", evaluation prompts, "其他 N 条回答" with "X | 来自手机知道" heads and
  "采纳率：N%" / "擅长：…" lines;
- ``tieba_sig``: a 贴吧-like thread whose users come back: per-user multi-sentence signatures repeated under each of
  their posts, "Lv.N" and title badges, "来自手机贴吧" / "来自iPhone客户端" tails, "N楼 <date> IP属地:X" rows,
  楼中楼 sub-replies "X：text" (text gold) with "还有N条回复，点击查看";
- ``douban_nested``: a 豆瓣小组-like topic: "来自: X" head, the topic text, replies in ``ul > li`` whose sub-replies
  nest two levels deep (``ul.sub`` inside ``li``; "X 回复 Y" heads), "赞(N) 回应" links, a 小组简介 side box of
  prose and a 最新话题 list;
- ``photo_thread``: a 晒图 thread: the first post's pictures each with a one-line caption (gold), replies that are
  one-liners or a picture with one line, "发自 <device> 客户端" and "IP 属地X" rows, a 摄影器材 side card;
- ``tiny_dated``: a one-line question and replies of two to twelve characters, each under a name (a link or a
  span) and a bare date ("2022-05-01 12:33", "05-01" or "3小时前"), no label, a "回复" link on half the pages. Not an
  independent look like the nine above: added after the first run, from the forum check's scores-only profile
  (twelve gold lines of 1–17 characters, each kept between one or two output lines of 6–11 characters that are not
  gold), after reading ``thread``'s chrome slots and ``shortposts``.

Three shapes: ``short`` (one-sentence posts and one-liners: user chrome outweighs the text), ``long`` (paragraphs and
more replies), ``trad`` (the whole page in Traditional characters, s2tw or s2hk). Gold = the question / first post
and every answer / reply / sub-reply in page order (a quote's text included, its head not), without names, badges,
counts, dates, devices, bars, labels, signatures, folded-answer notices, adverts, lists or side boxes. Chrome strings
(checked as "kept") are the author's own sentences and labels, never gold text.

Halves: per shape, the kinds ranked by a hash of ``zhqa34/<kind>/<shape>`` (``gen_score.ranked_halves``),
alternately tune and check; the check half is a measuring half.

    python bench/zh_qa_corpus34.py --score                    # cleaner and trafilatura, tune and check
    python bench/zh_qa_corpus34.py --list 10 --cleaner-only   # and the worst tune pages
    python bench/zh_qa_corpus34.py --dump ID                  # a tune page's html, gold and output
    python bench/zh_qa_corpus34.py --seed S --score           # fresh pages of the same kinds
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

SET = "zhqa34"
SHAPES = ("short", "long", "trad")
PAGES = 3

_SHORTS = (
    "蹲一个后续",
    "楼主辛苦了",
    "已收藏，慢慢看",
    "这个角度没想到",
    "确实如此",
    "前排围观",
    "说到心坎里了",
    "mark一下",
)
_PLACES = ("广东", "浙江", "四川", "北京", "上海", "湖南", "江苏", "山东", "云南", "天津", "重庆", "广西")
_DEVICES = ("小米14", "iPhone 15 Pro", "华为Mate60", "OPPO Reno11", "vivo X100", "红米K70", "荣耀90")
_BADGES = ("优质创作者", "社区新星", "认证答主", "资深玩家", "活跃用户")
_SIGS = (
    "每天进步一点点，剩下的交给时间。",
    "键盘在手说错勿怪，欢迎私信交流。",
    "本人回帖只代表个人看法，不构成任何建议。",
    "长期收二手镜头和老相机，有意者站内联系。",
    "头像是我家橘猫，已经胖到抱不动了。",
    "工作日潜水，周末冒泡，有事请留言。",
    "认真生活的人运气都不会太差。",
)
_CAPTIONS = (
    "早上六点的湖面，雾还没有散开。",
    "山腰上的小村子，屋顶都是青瓦。",
    "傍晚的光打在墙上，颜色特别暖。",
    "路边随手拍的一只猫，完全不怕人。",
    "老街的招牌，字已经有点褪色了。",
    "雨后的台阶，青苔长得很厚。",
    "从山顶往下看，云就在脚边。",
    "夜市刚开张，人还不算多。",
)
_PHOTO_REPLIES = (
    "求原图！",
    "这光线绝了",
    "在哪个地方拍的？",
    "用的什么镜头呀",
    "第三张可以当壁纸",
    "好想去",
    "构图很舒服",
    "同款相机表示压力很大",
)


@dataclass
class Ctx:
    """One page being built: its random source, texts, shape, hashed class names and the chrome it rendered."""

    rng: random.Random
    text: Text
    key: str
    shape: str
    title: str
    bad: list[str] = field(default_factory=list)
    classes: dict[str, str] = field(default_factory=dict)

    def user(self) -> str:
        r = self.rng
        return r.choice(("", "阿", "小", "")) + _name(r) + r.choice(("", str(r.randint(1, 999)), "_", "酱", "同学"))

    def date(self) -> str:
        r = self.rng
        return f"20{r.randint(12, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"

    def n(self, lo: int = 1, hi: int = 999) -> int:
        return self.rng.randint(lo, hi)

    def chrome(self, *xs: str) -> str:
        self.bad.extend(xs)
        return xs[0] if xs else ""

    def h(self, role: str) -> str:
        """The page's hashed class name for a component ``role`` (the same on every post of the page)."""
        if role not in self.classes:
            r = self.rng
            self.classes[role] = r.choice(("", "_", "x")) + "".join(
                r.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(r.randint(5, 7))
            )
        return self.classes[role]

    def place(self) -> str:
        return self.rng.choice(_PLACES)

    def heads(self, k: int) -> list[str]:
        return [x.rstrip("。！？!?") for x in self.text.heads(self.rng, k, "")]

    def replies(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi) * (2 if self.shape == "long" else 1)

    def post(self, first: bool = False, one_liners: bool = True) -> list[str]:
        """One post's paragraphs: a sentence or a one-liner on ``short`` / ``trad``, paragraphs on ``long``."""
        r = self.rng
        if self.shape == "long" or (first and r.random() < 0.5):
            if r.random() < 0.8 or first:
                return self.paras(2 if first else 1, 4 if first else 3)
            return self.text.prose(r, 1, self.key)
        if one_liners and not first and r.random() < 0.2:
            return [r.choice(_SHORTS)]
        return ["".join(self.text.prose(r, r.randint(1, 2), self.key))]

    def paras(self, lo: int, hi: int) -> list[str]:
        _k, _t, ps = self.rng.choice([a for a in self.text.articles if a[0] != self.key])
        ps = [x for x in ps if len(x) > 15 and not any(w in x for w in ("编辑", "来源", "版权", "声明"))] or ps[:1]
        start = self.rng.randint(0, max(0, len(ps) - lo))
        return ps[start : start + self.rng.randint(lo, hi)]


def _divs(paras: list[str], cls: str = "") -> str:
    attr = f" class='{cls}'" if cls else ""
    return "".join(f"<div{attr}>{x}</div>" for x in paras)


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in paras)


def _side_list(c: Ctx, label: str, cls: str, k: int = 6, counts: bool = True) -> str:
    items = []
    for t in c.heads(k):
        c.chrome(t)
        tail = f"<span class='cnt'>{c.n(2, 980)}条回复</span>" if counts else ""
        items.append(f"<li><a href='/t/{c.n(10**5, 10**7)}'>{t}</a>{tail}</li>")
    return f"<div class='{cls}'><h3>{c.chrome(label)}</h3><ul>{''.join(items)}</ul></div>"


# --- kinds ----------------------------------------------------------------------------------------------------------


def _spa_post(c: Ctx, paras: list[str], author: bool) -> str:
    u = c.user()
    badge = c.chrome(c.rng.choice(_BADGES)) if c.rng.random() < 0.6 else ""
    ip = c.chrome(f"IP 属地{c.place()}")
    when = c.chrome(c.rng.choice((f"{c.n(1, 23)} 小时前", f"{c.n(2, 29)} 天前", f"{c.n(1, 12)}-{c.n(1, 28)}")))
    op = f"<span class='{c.h('op')}'>{c.chrome('作者')}</span>" if author else ""
    bar = (
        "".join(f"<button class='{c.h('btn')}'>{c.chrome(w)}</button>" for w in (f"赞 {c.n(1, 3000)}", "回复", "分享"))
        + f"<span class='{c.h('more')}'>{c.chrome('举报')}</span>"
    )
    return (
        f"<div class='{c.h('item')}'><div class='{c.h('head')}'><img class='{c.h('ava')}' src='/a/{c.n(1000, 99999)}.webp'>"
        f"<div class='{c.h('who')}'><span class='{c.h('name')}'>{c.chrome(u)}</span>{op}<span class='{c.h('badge')}'>{badge}</span></div>"
        f"<div class='{c.h('meta')}'><span>{when}</span><span>{ip}</span></div></div>"
        f"<div class='{c.h('body')}'>{_divs(paras)}</div><div class='{c.h('bar')}'>{bar}</div></div>"
    )


def _spa_hashed(c: Ctx) -> tuple[str, list[str]]:
    first = c.post(first=True)
    gold = list(first)
    items = [_spa_post(c, first, True)]
    for _ in range(c.replies(3, 7)):
        p = c.post()
        gold += p
        items.append(_spa_post(c, p, c.rng.random() < 0.15))
    ad = c.chrome("新人专享：注册即领三十天会员体验，海量精品内容随心看。")
    sponsor = f"<div class='{c.h('ad')}'><span>{c.chrome('广告')}</span><div>{ad}</div><button>{c.chrome('立即领取')}</button></div>"
    stats = c.chrome(f"{c.n(100, 9000)} 人看过 · {len(items) - 1} 条回复")
    main = (
        f"<div class='{c.h('page')}'><div class='{c.h('col')}'><div class='{c.h('title')}'>{c.title}</div>"
        f"<div class='{c.h('stats')}'>{stats}</div>{items[0]}{sponsor}"
        f"<div class='{c.h('sort')}'><span>{c.chrome('全部回复')}</span><span>{c.chrome('按热度')}</span><span>{c.chrome('按时间')}</span></div>"
        f"<div class='{c.h('list')}'>{''.join(items[1:])}</div></div>"
        f"<div class='{c.h('side')}'>{_side_list(c, '热门话题', c.h('hot'))}</div></div>"
    )
    return main, gold


def _chunk_item(c: Ctx, paras: list[str]) -> str:
    u, d = c.user(), c.date()
    c.chrome(u, d)
    ops = f"<a href='javascript:;'>{c.chrome('回复')}</a> <a href='javascript:;'>{c.chrome('点赞')}</a>"
    return (
        f"<div class='reply-item'><div class='meta'><a class='uname' href='/u/{c.n(10**4, 10**6)}'>{u}</a> <span class='time'>{d}</span></div>"
        f"<div class='reply-body'>{_ps(paras)}</div><div class='ops'>{ops}</div></div>"
    )


def _chunked(c: Ctx) -> tuple[str, list[str]]:
    first = c.post(first=True)
    gold = list(first)
    u = c.user()
    head = f"<div class='author'>{c.chrome(u)} · {c.chrome(c.date())}</div>"
    chunks, cur = [], []
    n = c.replies(9, 16) + 4
    size = c.n(4, 7)
    for i in range(n):
        p = c.post()
        gold += p
        cur.append(_chunk_item(c, p))
        if len(cur) == size or i == n - 1:
            chunks.append(f"<div class='vl-chunk' data-offset='{i + 1 - len(cur)}'>{''.join(cur)}</div>")
            cur = []
            if i < n - 1 and c.rng.random() < 0.5:
                ad = c.chrome(
                    c.rng.choice(
                        (
                            "限时福利：新用户下载客户端，即可领取一份精美周边礼包。",
                            "本帖由社区精选推荐，更多好内容请关注官方账号。",
                        )
                    )
                )
                chunks.append(f"<div class='vl-ad'><em>{c.chrome('推广')}</em><p>{ad}</p></div>")
    more = f"<div class='load-more'>{c.chrome('加载更多回复')}</div>"
    main = (
        f"<article class='main-post'><h1>{c.title}</h1>{head}<div class='post-content'>{_ps(first)}</div>"
        f"<div class='post-ops'>{c.chrome('收藏')} {c.chrome('分享')} {c.chrome('举报')}</div></article>"
        f"<section class='replies'><h2>{c.chrome(f'全部回复 {n}')}</h2><div class='vl'>{''.join(chunks)}</div>{more}</section>"
        f"<aside>{_side_list(c, '你可能感兴趣', 'rec')}</aside>"
    )
    return main, gold


def _serial(c: Ctx) -> tuple[str, list[str]]:
    lz = c.user()
    c.chrome(lz)
    gold: list[str] = []
    floors = []
    earlier: list[tuple[str, str, str]] = []  # (user, date, sentence)
    chapters = c.n(3, 5) * (2 if c.shape == "long" else 1)
    floor = 1
    for _ch in range(chapters):
        paras = c.paras(2, 5) if c.shape == "long" else c.paras(1, 3)
        d = c.date()
        c.chrome(d)
        gold += paras
        earlier.append((lz, d, paras[0]))
        floors.append(
            f"<div class='floor floor-lz' id='f{floor}'><div class='lz-inner'><div class='finfo'><span class='lzmark'>{c.chrome('楼主')}</span>"
            f"<a class='uname'>{lz}</a><span class='fno'>{c.chrome(f'{floor}楼')}</span><span>{d}</span></div>"
            f"<div class='fbody'>{_ps(paras)}</div></div></div>"
        )
        floor += 1
        for _ in range(c.n(1, 3)):
            u, d2 = c.user(), c.date()
            c.chrome(u, d2)
            body: list[str] = []
            quote = ""
            if earlier and c.rng.random() < 0.3:
                qu, qd, qs = c.rng.choice(earlier)
                qs = qs[:60]
                quote = f"<div class='quote'><div class='qhead'>{c.chrome(f'引用 {qu} 于 {qd} 发表的：')}</div><div class='qtext'>{qs}</div></div>"
                body.append(qs)
            reply = [c.rng.choice(_SHORTS)] if c.rng.random() < 0.4 else c.text.prose(c.rng, 1, c.key)
            body += reply
            gold += body
            earlier.append((u, d2, reply[0]))
            floors.append(
                f"<div class='floor' id='f{floor}'><div class='finfo'><a class='uname'>{u}</a><span class='fno'>{c.chrome(f'{floor}楼')}</span><span>{d2}</span></div>"
                f"<div class='fbody'>{quote}{_ps(reply)}</div></div>"
            )
            floor += 1
    bar = f"<div class='tbar'><a>{c.chrome('只看楼主')}</a> <a>{c.chrome('倒序浏览')}</a> <a>{c.chrome('收藏本帖')}</a></div>"
    pager = (
        f"<div class='pager'><a>{c.chrome('上一页')}</a> <b>1</b> <a>2</a> <a>3</a> <a>{c.chrome('下一页')}</a></div>"
    )
    main = f"<h1>{c.title}</h1>{bar}<div class='floors'>{''.join(floors)}</div>{pager}<div class='side'>{_side_list(c, '热门连载', 'hot')}</div>"
    return main, gold


def _page_two(c: Ctx) -> tuple[str, list[str]]:
    lz = c.user()
    topic = c.chrome(f"楼主：{lz} | 发表于 {c.date()} | 查看：{c.n(1000, 90000)} | 回复：{c.n(40, 300)}")
    gold: list[str] = []
    rows = []
    for k in range(c.replies(5, 9)):
        u = c.user()
        paras = c.post()
        gold += paras
        tail = ""
        if c.rng.random() < 0.35:
            tail = "<br>" + c.chrome(f"—— 来自 {c.rng.choice(_DEVICES)}")
        stats = "<br>".join(
            c.chrome(x)
            for x in (
                f"积分 {c.n(10, 9000)}",
                f"帖子 {c.n(1, 3000)}",
                f"注册时间 20{c.n(10, 24)}-{c.n(1, 12)}-{c.n(1, 28)}",
            )
        )
        rows.append(
            f"<div class='post-row'><div class='author-col'><a>{c.chrome(u)}</a><div class='stat'>{stats}</div></div>"
            f"<div class='content-col'><div class='post-time'>{c.chrome('发表于 ' + c.date())} <span class='no'>{c.chrome(f'{21 + k}#')}</span></div>"
            f"<div class='post-text'>{'<br>'.join(paras)}{tail}</div>"
            f"<div class='post-act'>{c.chrome('回复')} {c.chrome('引用')} {c.chrome('举报')}</div></div></div>"
        )
    pager = f"<div class='pg'><a>{c.chrome('上一页')}</a> <a>1</a> <strong>2</strong> <a>3</a> <a>{c.chrome('下一页')}</a></div>"
    main = f"<div class='crumb'>{c.chrome('首页')} &gt; {c.chrome('生活杂谈')}</div><h1>{c.title}</h1><div class='topic-line'>{topic}</div>{pager}<div id='postlist'>{''.join(rows)}</div>{pager}"
    return main, gold


def _zhihu_answer(c: Ctx, paras: list[str]) -> str:
    u = c.user()
    bio = c.chrome(
        c.rng.choice(
            (
                "十年互联网从业者，偶尔写点东西",
                "在读研究生，关注城市与交通",
                "业余跑者，喜欢研究装备",
                "做了八年中学老师",
            )
        )
    )
    votes = c.chrome(f"{c.n(3, 9000)} 人赞同了该回答")
    when = c.chrome(f"发布于 {c.date()}・IP 属地{c.place()}")
    bar = " ".join(c.chrome(w) for w in (f"赞同 {c.n(3, 9000)}", f"{c.n(1, 400)} 条评论", "分享", "收藏", "喜欢"))
    return (
        f"<div class='ans'><div class='ans-author'><a>{c.chrome(u)}</a><div class='bio'>{bio}</div></div>"
        f"<div class='votes'>{votes}</div><div class='ans-text'>{_ps(paras)}</div><div class='when'>{when}</div><div class='ans-bar'>{bar}</div></div>"
    )


def _zhihu_folded(c: Ctx) -> tuple[str, list[str]]:
    detail = c.post(first=True) if c.shape == "long" else c.text.prose(c.rng, 1, c.key)
    gold = list(detail)
    items = []
    folded = 0
    for i in range(c.replies(3, 5)):
        if i > 0 and c.rng.random() < 0.3:
            folded += 1
            reason = c.chrome(
                c.rng.choice(
                    (
                        "折叠原因：回答与问题关联度较低。",
                        "折叠原因：内容涉及不友善的表达。",
                        "折叠原因：该回答被多位用户认为没有帮助。",
                    )
                )
            )
            items.append(
                f"<div class='ans ans-folded'><div class='fold-note'>{c.chrome('该回答已被折叠')}</div><div class='fold-reason'>{reason}</div></div>"
            )
            continue
        p = c.post(one_liners=False)
        gold += p
        items.append(_zhihu_answer(c, p))
    head = f"<div class='q-head'><h1>{c.title}</h1><div class='q-detail'>{_ps(detail)}</div><div class='q-acts'>{c.chrome('关注问题')} {c.chrome('写回答')} {c.chrome('邀请回答')}</div></div>"
    more = f"<div class='fold-link'><a>{c.chrome(f'查看被折叠的 {folded + c.n(1, 6)} 个回答')}</a></div>"
    main = f"{head}<div class='ans-list'><div class='list-head'>{c.chrome(f'{len(items) + c.n(0, 30)} 个回答')}</div>{''.join(items)}</div>{more}<div class='side'>{_side_list(c, '相关问题', 'rel', counts=False)}</div>"
    return main, gold


def _zhidao_zhuiwen(c: Ctx) -> tuple[str, list[str]]:
    q = c.text.prose(c.rng, 1, c.key)
    gold = list(q)
    extra = ""
    if c.rng.random() < 0.6:
        sup = c.text.prose(c.rng, 1, c.key)
        gold += sup
        extra = f"<div class='q-sup'><span class='lbl'>{c.chrome('问题补充：')}</span>{sup[0]}</div>"
    best = c.post(one_liners=False)
    gold += best
    talk = []
    for _ in range(c.n(1, 3)):
        ask = c.rng.choice(
            ("那如果时间来不及怎么办？", "请问这个需要提前准备材料吗？", "谢谢，还有别的办法吗？", "具体要多久能办好？")
        )
        ans = c.text.prose(c.rng, 1, c.key)[0]
        gold += [ask, ans]
        talk.append(
            f"<li><span class='t'>{c.chrome('追问')}</span><p>{ask}</p></li><li><span class='t'>{c.chrome('追答')}</span><p>{ans}</p></li>"
        )
    best_card = (
        f"<div class='best'><div class='best-head'>{c.chrome('推荐答案')} <span>{c.chrome(c.date())}</span></div>"
        f"<div class='best-text'>{_ps(best)}</div><ul class='zw'>{''.join(talk)}</ul>"
        f"<div class='from'>{c.chrome('本回答由网友推荐')}</div>"
        f"<div class='eval'>{c.chrome('已赞过')} {c.chrome('已踩过')} {c.chrome('你对这个回答的评价是？')} {c.chrome('收起')}</div></div>"
    )
    others = []
    for _ in range(c.replies(1, 3)):
        p = c.post(one_liners=False)
        gold += p
        head = c.chrome(f"{c.user()} | 来自手机知道")
        rate = c.chrome(f"采纳率：{c.n(30, 99)}%")
        good = c.chrome(c.rng.choice(("擅长：生活常识", "擅长：法律咨询", "擅长：数码产品", "擅长：教育考试")))
        others.append(
            f"<div class='other'><div class='o-head'>{head}</div><div class='o-info'>{rate} {good}</div><div class='o-text'>{_ps(p)}</div>"
            f"<div class='eval'>{c.chrome('评论')} {c.n(0, 9)} {c.n(0, 9)}</div></div>"
        )
    main = (
        f"<div class='question'><h1>{c.title}</h1><div class='q-text'>{q[0]}</div>{extra}<div class='q-meta'>{c.chrome(f'{c.user()} 提问于 {c.date()}')}</div></div>"
        f"{best_card}<div class='others'><h3>{c.chrome(f'其他 {len(others)} 条回答')}</h3>{''.join(others)}</div>"
        f"<div class='side'>{_side_list(c, '为你推荐', 'rec', counts=False)}</div>"
    )
    return main, gold


def _tieba_sig(c: Ctx) -> tuple[str, list[str]]:
    people = [
        (
            c.user(),
            c.rng.choice(_SIGS),
            c.n(1, 18),
            c.rng.choice(("吧主", "知名人士", "贴吧达人", "初级粉丝", "铁杆吧友")),
        )
        for _ in range(c.n(3, 4))
    ]
    gold: list[str] = []
    floors = []
    for k in range(c.replies(4, 7) + 1):
        u, sig, lv, title = people[0] if k == 0 else c.rng.choice(people)
        c.chrome(u, sig, f"Lv.{lv}", title)
        paras = c.post(first=k == 0)
        gold += paras
        tail = c.rng.choice(("来自手机贴吧", "来自iPhone客户端", "来自Android客户端", ""))
        c.chrome(tail)
        row = c.chrome(f"{k + 1}楼 {c.date()} IP属地:{c.place()}")
        subs = ""
        if k > 0 and c.rng.random() < 0.4:
            items = []
            for _ in range(c.n(1, 3)):
                su = c.user()
                st = c.rng.choice(_SHORTS) if c.rng.random() < 0.4 else c.text.prose(c.rng, 1, c.key)[0]
                gold.append(st)
                items.append(
                    f"<li class='lzl'><a>{c.chrome(su)}</a>：<span class='lzl-text'>{st}</span> <span class='lzl-time'>{c.chrome(c.date())}</span> <a>{c.chrome('回复')}</a></li>"
                )
            more = f"<li class='lzl-more'>{c.chrome(f'还有{c.n(2, 30)}条回复，点击查看')}</li>"
            subs = f"<ul class='lzl-list'>{''.join(items)}{more}</ul>"
        floors.append(
            f"<div class='l_post'><div class='d_author'><a>{u}</a><div class='lv'>Lv.{lv}</div><div class='ttl'>{title}</div></div>"
            f"<div class='d_content'><div class='post-text'>{'<br>'.join(paras)}</div>"
            f"<div class='sig'>{sig}</div><div class='tail'><span>{tail}</span><span>{row}</span><a>{c.chrome('回复')}</a></div>{subs}</div></div>"
        )
    top = f"<div class='thread-top'><h1>{c.title}</h1><a>{c.chrome('只看楼主')}</a> <a>{c.chrome('收藏')}</a> <span>{c.chrome(f'回复贴，共{c.n(1, 9)}页')}</span></div>"
    main = f"{top}<div class='p_postlist'>{''.join(floors)}</div><div class='side'>{_side_list(c, '贴吧热议榜', 'hot')}</div>"
    return main, gold


def _douban_nested(c: Ctx) -> tuple[str, list[str]]:
    op = c.user()
    first = c.post(first=True)
    gold = list(first)

    def reply(depth: int) -> str:
        u = c.user()
        body = c.post()
        gold.extend(body)
        head = c.chrome(f"{u} 回复 {c.user()}") if depth else c.chrome(u)
        meta = c.chrome(f"{c.date()} {c.place()}")
        sub = ""
        if depth < 2 and c.rng.random() < 0.45:
            sub = f"<ul class='sub'>{''.join(reply(depth + 1) for _ in range(c.n(1, 2)))}</ul>"
        acts = f"<a>{c.chrome(f'赞({c.n(1, 99)})')}</a> <a>{c.chrome('回应')}</a>"
        return f"<li class='comment-item'><div class='ch'><h4>{head}</h4><span class='pubtime'>{meta}</span></div><p class='reply-content'>{'<br>'.join(body)}</p><div class='acts'>{acts}</div>{sub}</li>"

    items = "".join(reply(0) for _ in range(c.replies(3, 5)))
    intro = c.chrome(
        "本小组欢迎分享日常生活中的小发现，请友善交流，不要发布广告。", "发帖前请先搜索，重复话题会被合并。"
    )
    side = f"<div class='group-intro'><h3>{c.chrome('小组简介')}</h3><p>{intro}</p></div>{_side_list(c, '最新话题', 'latest')}"
    main = (
        f"<div class='article'><h1>{c.title}</h1><div class='topic-doc'><div class='from'>{c.chrome('来自: ' + op)} <span>{c.chrome(c.date())}</span> <span>{c.chrome('IP属地: ' + c.place())}</span></div>"
        f"<div class='topic-richtext'>{_ps(first)}</div></div><ul id='comments'>{items}</ul></div><div class='aside'>{side}</div>"
    )
    return main, gold


def _photo_thread(c: Ctx) -> tuple[str, list[str]]:
    caps = c.rng.sample(_CAPTIONS, c.n(3, 5))
    intro = c.post(first=True) if c.shape == "long" else c.text.prose(c.rng, 1, c.key)
    gold = list(intro)
    figs = []
    for cap in caps:
        gold.append(cap)
        figs.append(
            f"<div class='pic'><img src='/img/{c.n(10**5, 10**6)}.jpg' alt=''><div class='cap'>{cap}</div></div>"
        )
    dev = c.chrome(f"发自 {c.rng.choice(_DEVICES)} 客户端")
    first = f"<div class='post first'><div class='pu'>{c.chrome(c.user())} <span>{dev}</span> <span>{c.chrome('IP 属地' + c.place())}</span></div><div class='pt'>{_ps(intro)}{''.join(figs)}</div></div>"
    replies = []
    for _ in range(c.replies(4, 8)):
        t = c.rng.choice(_PHOTO_REPLIES) if c.rng.random() < 0.6 else c.text.prose(c.rng, 1, c.key)[0]
        gold.append(t)
        img = f"<img src='/img/{c.n(10**5, 10**6)}.jpg'>" if c.rng.random() < 0.25 else ""
        d = c.chrome(f"发自 {c.rng.choice(_DEVICES)} 客户端")
        replies.append(
            f"<div class='post'><div class='pu'>{c.chrome(c.user())} <span>{c.chrome(c.date())}</span></div><div class='pt'>{img}<p>{t}</p></div>"
            f"<div class='pf'><span>{d}</span> <span>{c.chrome('IP 属地' + c.place())}</span> <a>{c.chrome('回复')}</a></div></div>"
        )
    gear = c.chrome("本周器材推荐：入门微单套机限时优惠，学生认证再减两百元。")
    main = f"<h1>{c.title}</h1>{first}<div class='reply-list'>{''.join(replies)}</div><div class='side'><div class='gear'><h3>{c.chrome('摄影器材')}</h3><p>{gear}</p></div></div>"
    return main, gold


_TINY = (
    "顶",
    "同问",
    "谢谢分享",
    "学习了",
    "mark",
    "支持一下",
    "楼主好人",
    "已收藏",
    "这个不错啊",
    "怎么下载呢",
    "求资源",
    "感谢楼主",
    "好用",
    "收藏了慢慢看",
    "+1",
    "插眼",
)


def _tiny_dated(c: Ctx) -> tuple[str, list[str]]:
    """A question of one short line and replies of two to twelve characters, each under a name and a bare date
    (no label anywhere: the per-post chrome is as long as the posts)."""
    r = c.rng
    q = r.choice(
        ("请问这个在哪里可以下载到？", "有没有人用过这个，效果怎么样？", "这个问题怎么解决啊？", "求推荐一个好用的版本")
    )
    gold = [q]
    link = r.random() < 0.5
    fmt = r.choice(("full", "md", "rel"))
    bar = r.random() < 0.5
    items = []
    for _ in range(c.replies(4, 7)):
        t = r.choice(_TINY)
        gold.append(t)
        u = c.chrome(c.user())
        name = f"<a href='/u/{c.n(100, 99999)}'>{u}</a>" if link else f"<span class='uname'>{u}</span>"
        d = {
            "full": f"20{c.n(15, 25)}-{c.n(1, 12):02d}-{c.n(1, 28):02d} {c.n(0, 23):02d}:{c.n(0, 59):02d}",
            "md": f"{c.n(1, 12):02d}-{c.n(1, 28):02d}",
            "rel": f"{c.n(2, 23)}小时前",
        }[fmt]
        c.chrome(d)
        ops = f"<div class='ops'><a>{c.chrome('回复')}</a></div>" if bar else ""
        items.append(
            f"<div class='comment'><div class='user'>{name}</div><div class='time'>{d}</div><div class='text'>{t}</div>{ops}</div>"
        )
    lz = c.chrome(c.user())
    main = (
        f"<div class='topic'><h1>{c.title}</h1><div class='author'><span>{lz}</span> <span>{c.chrome(c.date())}</span></div>"
        f"<div class='topic-text'>{q}</div></div><div class='comments'>{''.join(items)}</div>"
        f"<div class='side'>{_side_list(c, '相关问题', 'rel', counts=False)}</div>"
    )
    return main, gold


KINDS_FN: dict[str, Callable[[Ctx], tuple[str, list[str]]]] = {
    "spa_hashed": _spa_hashed,
    "chunked": _chunked,
    "serial": _serial,
    "page_two": _page_two,
    "zhihu_folded": _zhihu_folded,
    "zhidao_zhuiwen": _zhidao_zhuiwen,
    "tieba_sig": _tieba_sig,
    "douban_nested": _douban_nested,
    "photo_thread": _photo_thread,
    "tiny_dated": _tiny_dated,
}
KINDS = tuple(KINDS_FN)
_SITES = {
    "spa_hashed": "圈子",
    "chunked": "社区",
    "serial": "文学论坛",
    "page_two": "生活论坛",
    "zhihu_folded": "问答",
    "zhidao_zhuiwen": "知道",
    "tieba_sig": "贴吧",
    "douban_nested": "小组",
    "photo_thread": "摄影论坛",
    "tiny_dated": "问答社区",
}
_HALF = gen_score.ranked_halves(SET, KINDS, SHAPES)


@dataclass
class Page34(GenPage):
    shape: str = ""

    @property
    def half(self) -> str:
        return _HALF[(self.kind, self.shape)]


def _frame(c: Ctx, site: str, main: str) -> str:
    nav = "".join(f"<a href='/{i}'>{w}</a>" for i, w in enumerate(("首页", "热榜", "频道", "消息", "登录")))
    foot = c.chrome(f"{site}倡导理性讨论，请勿发布违法违规内容。")
    return (
        f"<div class='topbar'><a class='logo' href='/'>{site}</a><nav>{nav}</nav><input placeholder='搜索'></div>"
        f"<div class='wrap'>{main}</div>"
        f"<div class='foot'><p>{foot}</p><p>© 20{c.n(15, 25)} {site} 京ICP备{c.n(10000000, 99999999)}号</p></div>"
    )


def build_page(kind: str, shape: str, index: int, text: Text, seed: str) -> Page34:
    pid = f"{kind}_{shape}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, _t, _p = rng.choice(text.articles)
    title = rng.choice(text.heads(rng, 1, "")).rstrip("。！？!?")
    c = Ctx(rng, text, key, shape, title)
    main, gold = KINDS_FN[kind](c)
    site = _SITES[kind]
    page = f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title} - {site}</title></head><body>{_frame(c, site, main)}</body></html>"
    page, text_gold, must, bad = gen_score.finish_zh(page, gold, c.bad, _norm, shape == "trad", index)
    return Page34(SET, pid, kind, page, text_gold, must, bad, source=key, shape=shape)


def build(data: Path, seed: str = SET) -> list[Page34]:
    text = Text.load(data)
    return [build_page(k, s, i, text, seed) for k in KINDS for s in SHAPES for i in range(PAGES)]


def _url(p: gen_score.Page) -> str:
    return f"https://club.example.cn/thread/{p.id}"


SCORING = Scoring(_norm, _url, KINDS, label_width=15, id_width=28, snippet_chars=20)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
