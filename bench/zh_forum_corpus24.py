"""Chinese forum and Q&A pages of 2008–2016 templates no earlier generator renders, a generator of round 24 (issue #12:
the magichtml_zh forum check pages lose mostly precision, on templates nobody generated).

Written before cleaner ran on it. The markup is the author's rendering, from memory, of how such pages are built;
no third-party page is copied, and every chrome sentence is the author's own. Six layouts, each with the chrome a
real page of its kind keeps between and inside the posts:

- ``tianya``: a 天涯-like thread (``div.atl-item``): a topic stats line ("楼主：X 时间：… 点击：N 回复：N"), per-floor
  "作者：X 时间：…" heads, "@X N楼 <date>" quote stamps and a "------" rule opening a reply, "举报 | 回复 | 评论 | N楼"
  bars, an 打赏 line, an app-promotion box between two floors (one sentence), a 相关推荐 list below;
- ``mop``: a 猫扑大杂烩-like table thread: "[楼主] 作者:X 发表时间:…" heads, a "该帖被 X 奖励 MP +N" stamp inside a
  post, "[回复] [引用] [举报]" bars, signatures under a rule, a 猫扑推荐 "floor" with a sentence of promotion;
- ``tieba2012``: Tieba's 2012 PC layout (``l_post`` / ``d_post_content`` / ``p_tail``): "N楼 <date>", "来自掌上百度"
  tails, "该贴已经同步到 X的微博" lines, "分享到：" bars, an 本吧热帖 list;
- ``zhidao_pc``: a 百度知道-like PC question of 2013: "提问者采纳" label, "提问者评价" with the asker's thanks sentence,
  "其他 N 条回答", answer cards ("X | 三级", "擅长：…"), "评论 | 0 0" bars, a 为您推荐 list and a 推广 box;
- ``wenwen``: a 搜狗问问-like question: "悬赏分：N | 解决时间：… | 提问者：X", "最佳答案", "回答者：X - 二级", "此答案由
  网友推荐", "有用(N) 无用(N)", 相关问题;
- ``so360``: a 360问答-like question: answer cards "X 采纳率：N% 等级：N 已帮助：N人", "本回答由提问者推荐", 追问 / 追答
  exchanges under the best answer (their text gold, the labels not), "举报 | 评论 | 赞 N".

Three shapes: ``short`` (one-sentence posts), ``long`` (several paragraphs), ``trad`` (Traditional characters).
Gold = the first post / question and every reply / answer in page order (追问 / 追答 texts included), without heads,
stamps, bars, tails, signatures, promotions, evaluations, cards or lists. Chrome strings (checked as "kept") are the
author's own sentences and labels, never gold text.

Halves: per shape, the engines ranked by a hash of ``zhforum24/<id>``, alternately tune and check.

    python bench/zh_forum_corpus24.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_forum_corpus24.py --verbose          # and each tune page's problems
    python bench/zh_forum_corpus24.py --dump ID          # a tune page's html, gold and output
    python bench/zh_forum_corpus24.py --seed S --score   # fresh pages of the same layouts
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
from forum_corpus18 import ch
from zh_forum_corpus21 import SIGNS, br
from zh_forum_corpus23 import HOT, TITLES, _posts, hot_list
from zh_modern_corpus19 import QTITLES, Page, avatar, date, num, s2t, user

SET = "zhforum24"
SHAPES = ("short", "long", "trad")

APP_PROMO = [
    "下载天涯社区客户端，随时随地逛论坛，精彩内容一手掌握，新用户还有专属福利等你来领。",
    "扫码关注社区公众号，每天推送最热帖子和独家话题，错过一次就要再等一天。",
]
MOP_PROMO = [
    "猫扑推荐：这个周末最值得一看的十个帖子都在这里了，点进来看看有没有你喜欢的。",
    "大杂烩精选：网友热议的话题持续更新中，快来发表你的看法，优质回复将获得额外奖励。",
]
ASKER_THANKS = [
    "太感谢了，真心有用！",
    "回答得很详细，按照你说的方法已经解决了，非常感谢。",
    "谢谢你的耐心解答，我明白了。",
]
ZHIDAO_PROMO = "您可能关注的推广回答者：专业机构为您提供一对一咨询服务，名额有限，欢迎来电了解详情。"
TAGLINES = ["擅长：生活常识 电脑网络", "擅长：教育学习 法律法规", "擅长：健康养生 家居装修"]


def _bar(items: list[str]) -> str:
    return " | ".join(f'<a href="#">{x}</a>' for x in items)


# ---------------------------------------------------------------------------------------------------- engines


def tianya(page: Page, rng: random.Random) -> str:
    promo = rng.choice(APP_PROMO)
    ch(page, promo, "楼主：", "作者：", "点击：", "回复：", "打赏", "举报", "相关推荐", "只看楼主", "楼主发言")
    promo_at = rng.randrange(1, len(page.posts))

    def item(k: int) -> str:
        u = page.users[k]
        stamp = ""
        if k >= 2 and rng.random() < 0.5:
            j = rng.randrange(1, k)
            s = f"@{page.users[j]} {j + 1}楼 {date(rng)}"
            ch(page, s)
            stamp = f"{s}<br>-----------------------------<br>"
        head = f'<div class="atl-head"><div class="atl-info"><span>作者：<a class="js-vip-check" href="#">{u}</a></span> <span>时间：{date(rng)}:{rng.randint(10, 59)}</span></div></div>'
        tip = '<div class="atl-reward"><a href="#">打赏</a> <span>已有 3 人打赏</span></div>' if k == 0 else ""
        return (
            f'<div class="atl-item" id="{k}" _host="{u}">{head}<div class="atl-content"><div class="atl-con-bd clearfix"><div class="bbs-content">{stamp}{br(page.posts[k])}</div>'
            f'{tip}<div class="atl-reply"><span class="fl">{_bar(["举报", "回复", "评论"])}</span> <span class="fr">{k + 1}楼</span></div></div></div></div>'
        )

    items = []
    for k in range(len(page.posts)):
        items.append(item(k))
        if k + 1 == promo_at:
            items.append(f'<div class="atl-item-ad"><div class="ad-text">{promo}</div><a href="#">立即下载</a></div>')
    stats = f'<div class="atl-info"><span>楼主：<a href="#">{page.users[0]}</a></span> <span>时间：{date(rng)}:00</span> <span>点击：{rng.randint(100, 99999)}</span> <span>回复：{len(page.posts) - 1}</span></div>'
    return (
        f'<div id="bd"><div class="atl-location"><a href="#">天涯社区</a> &gt; <a href="#">{rng.choice(["天涯杂谈", "闲闲书话", "职场天地"])}</a></div>'
        f'<div class="atl-head" id="post_head"><h1 class="atl-title"><span class="s_title"><span>{page.title}</span></span></h1>{stats}'
        f'<div class="atl-menu"><a href="#">只看楼主</a> <a href="#">楼主发言：{rng.randint(1, 9)}次</a> <a href="#">收藏</a></div></div>'
        f'<div class="atl-main">{"".join(items)}</div>'
        f'<div class="related-box"><h3>相关推荐</h3><ul>{hot_list(page, rng, 4)}</ul></div></div>'
    )


def mop(page: Page, rng: random.Random) -> str:
    promo = rng.choice(MOP_PROMO)
    ch(page, promo, "[楼主]", "作者:", "发表时间:", "[回复]", "[引用]", "[举报]", "奖励 MP", *SIGNS)
    promo_at = rng.randrange(1, len(page.posts))

    def floor(k: int) -> str:
        u = page.users[k]
        stamp = ""
        if rng.random() < 0.4:
            s = f"该帖被 {rng.choice(page.users)} 奖励 MP +{rng.randint(1, 20)}"
            ch(page, s)
            stamp = f'<div class="mp-log"><font color="#999">{s}</font></div>'
        sign = f'<div class="sign">------------------------<br>{rng.choice(SIGNS)}</div>' if rng.random() < 0.5 else ""
        label = "[楼主]" if k == 0 else f"[{k}楼]"
        return (
            f'<table class="tie-box" width="100%"><tr><td class="tie-head"><span class="floor">{label}</span> 作者:<a href="#">{u}</a> 发表时间:{date(rng)}</td></tr>'
            f'<tr><td class="tie-content"><div class="tz-content">{br(page.posts[k])}</div>{stamp}{sign}</td></tr>'
            f'<tr><td class="tie-foot">{" ".join(f"<a href=#>[{x}]</a>" for x in ["回复", "引用", "举报"])}</td></tr></table>'
        )

    floors = []
    for k in range(len(page.posts)):
        floors.append(floor(k))
        if k + 1 == promo_at:
            floors.append(
                f'<table class="tie-box tie-ad" width="100%"><tr><td class="tie-head"><span class="floor">[推荐]</span></td></tr><tr><td class="tie-content"><div class="tz-content">{promo}</div></td></tr></table>'
            )
    return (
        f'<div class="mop-nav"><a href="#">猫扑</a> &gt; <a href="#">大杂烩</a> &gt; <a href="#">{rng.choice(["原创", "娱乐", "贴图"])}</a></div>'
        f'<div class="tie-title"><h1>{page.title}</h1><span>点击：{num(rng)} 回复：{len(page.posts) - 1}</span></div>'
        f'<div class="tie-list">{"".join(floors)}</div>'
    )


def tieba2012(page: Page, rng: random.Random) -> str:
    ch(page, "来自掌上百度", "分享到：", "本吧热帖", "的微博", "贴吧会员")

    def floor(k: int) -> str:
        u = page.users[k]
        src = '<span class="tail-info">来自<a href="#">掌上百度</a></span>' if rng.random() < 0.4 else ""
        synced = ""
        if k == 0 and rng.random() < 0.7:
            synced = f'<div class="post_sync">该贴已经同步到 <a href="#">{u}的微博</a></div>'
        return (
            f'<div class="l_post noborder" data-field="{{}}"><div class="d_author"><ul class="p_author"><li class="icon">{avatar(k)}</li><li class="d_name"><a class="p_author_name" href="#">{u}</a></li>'
            f'<li class="l_badge"><div class="p_badge"><span class="badge_name">{rng.choice(["吧友", "知名人士"])}</span><span class="badge_index">{rng.randint(1, 15)}</span></div></li></ul></div>'
            f'<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{5000 + k}" class="d_post_content">{br(page.posts[k])}</div></cc>{synced}</div>'
            f'<div class="p_post_ft"><ul class="p_tail"><li>{src}</li><li><span>{k + 1}楼</span></li><li><span>{date(rng)}</span></li></ul>'
            f'<div class="share_btn_wrapper">分享到：<a href="#">新浪微博</a><a href="#">QQ空间</a></div><a class="p_reply_first" href="#">回复</a></div></div></div>'
        )

    return (
        f'<div class="forum_title"><a href="#">{rng.choice(["装修", "李毅", "考研", "旅游"])}吧</a> <span>贴吧会员</span></div>'
        f'<div class="core_title"><h1 class="core_title_txt">{page.title}</h1><ul class="core_title_btns"><li><a href="#">只看楼主</a></li><li><a href="#">收藏</a></li></ul></div>'
        f'<div class="p_postlist" id="j_p_postlist">{"".join(floor(k) for k in range(len(page.posts)))}</div>'
        f'<div class="thread_hot"><h4>本吧热帖</h4><ul>{hot_list(page, rng, 4)}</ul></div>'
    )


def zhidao_pc(page: Page, rng: random.Random) -> str:
    thanks = rng.choice(ASKER_THANKS)
    ch(page, thanks, ZHIDAO_PROMO, "提问者采纳", "提问者评价", "为您推荐", "条回答", "擅长：", "评论", *TAGLINES)

    def card(k: int) -> str:
        return f'<div class="answer-user"><a href="#">{page.users[k]}</a> <span class="grade">| {rng.choice(["三级", "五级", "八级"])}</span><p class="tagline">{rng.choice(TAGLINES)}</p></div>'

    def answer(k: int, best: bool) -> str:
        evaluation = (
            f'<div class="quality-eval"><span class="label">提问者评价</span><p>{thanks}</p></div>' if best else ""
        )
        return (
            f'<div class="{"wgt-best" if best else "wgt-answers"} answer" id="answer-{700 + k}"><div class="hd line">{"<span class=best-title>提问者采纳</span>" if best else ""}<span class="time">{date(rng)}</span></div>'
            f'<div class="bd answer-content"><pre class="best-text mb-10">{br(page.posts[k])}</pre></div>{evaluation}{card(k)}'
            f'<div class="ft"><span class="evaluate"><a href="#">评论</a> | <em>{rng.randint(0, 20)}</em> <em>{rng.randint(0, 3)}</em></span></div></div>'
        )

    others = "".join(answer(k, False) for k in range(2, len(page.posts)))
    rec = "".join(f'<li><a href="#">{t}</a></li>' for t in rng.sample(HOT, 3))
    ch(page, *HOT)
    return (
        f'<div id="body"><div class="wgt-ask" id="wgt-ask"><h1><span class="ask-title">{page.title}</span></h1>'
        f'<div class="line mt-5 q-content"><span class="con">{br(page.posts[0])}</span></div><div class="ask-info"><a href="#">{page.users[0]}</a> | 浏览 {num(rng)} 次</div></div>'
        f"{answer(1, True)}"
        f'<div class="wgt-promo"><p>{ZHIDAO_PROMO}</p></div>'
        f'<div class="other-answers"><div class="hd"><h2>其他 {len(page.posts) - 2} 条回答</h2></div>{others}</div>'
        f'<div class="wgt-related"><h2>为您推荐：</h2><ul>{rec}</ul></div></div>'
    )


def wenwen(page: Page, rng: random.Random) -> str:
    ch(page, "悬赏分", "解决时间", "提问者：", "最佳答案", "回答者：", "此答案由网友推荐", "有用(", "无用(", "相关问题")

    def answer(k: int, best: bool) -> str:
        rec = '<div class="recommend-tip">此答案由网友推荐</div>' if best and rng.random() < 0.6 else ""
        return (
            f'<div class="{"satisfaction-answer" if best else "replay-section"} answer-item">{"<h3>最佳答案</h3>" if best else ""}'
            f'<div class="answer-con">{br(page.posts[k])}</div>{rec}'
            f'<div class="user-info">回答者：<a href="#">{page.users[k]}</a> - {rng.choice(["二级", "四级", "六级"])} | {date(rng)}</div>'
            f'<div class="operate"><a href="#">有用({rng.randint(0, 30)})</a> <a href="#">无用({rng.randint(0, 5)})</a></div></div>'
        )

    rel = "".join(f'<li><a href="#">{t}</a> <span>{rng.randint(1, 20)}个回答</span></li>' for t in rng.sample(HOT, 3))
    ch(page, *HOT)
    return (
        f'<div class="main"><div class="question-main"><h2 class="question-tit">{page.title}</h2>'
        f'<div class="question-info">悬赏分：{rng.choice([5, 10, 20])} | 解决时间：{date(rng)} | 提问者：<a href="#">{page.users[0]}</a></div>'
        f'<div class="question-con">{br(page.posts[0])}</div></div>'
        f"{answer(1, True)}"
        f'<div class="other-answers"><h3>其他回答 共{len(page.posts) - 2}条</h3>{"".join(answer(k, False) for k in range(2, len(page.posts)))}</div>'
        f'<div class="related-questions"><h3>相关问题</h3><ul>{rel}</ul></div></div>'
    )


def so360(page: Page, rng: random.Random) -> str:
    ch(page, "采纳率", "已帮助", "本回答由提问者推荐", "追问", "追答", "举报", "赞 ")
    follow: list[str] = []
    if page.shape != "short" or rng.random() < 0.8:
        follow = [page.posts[0][-1][:12] + "？具体应该怎么操作呢？", "先按照上面的步骤试一下，不行再换另一种办法。"]
        page.posts[1] = [*page.posts[1], *follow]

    def card(k: int) -> str:
        return f'<div class="user-card"><a href="#">{page.users[k]}</a> <span>采纳率：{rng.randint(20, 99)}%</span> <span>等级：{rng.randint(1, 13)}</span> <span>已帮助：{rng.randint(10, 9999)}人</span></div>'

    def answer(k: int, best: bool) -> str:
        paras = page.posts[k][: len(page.posts[k]) - len(follow)] if best and follow else page.posts[k]
        ex = ""
        if best and follow:
            ex = (
                f'<div class="follow-list"><div class="follow-item"><span class="follow-label">追问</span><p>{follow[0]}</p></div>'
                f'<div class="follow-item"><span class="follow-label">追答</span><p>{follow[1]}</p></div></div>'
            )
        tip = '<div class="best-tip">本回答由提问者推荐</div>' if best else ""
        return (
            f'<div class="answer-item {"best-answer" if best else ""}">{card(k)}<div class="answer-time">{date(rng)}</div>'
            f'<div class="answer-content">{br(paras)}</div>{ex}{tip}<div class="answer-ops">{_bar(["举报", "评论", f"赞 {rng.randint(0, 40)}"])}</div></div>'
        )

    return (
        f'<div class="ask-main"><div class="question"><h1 class="js-ask-title">{page.title}</h1><div class="q-content">{br(page.posts[0])}</div>'
        f'<div class="q-info"><a href="#">{page.users[0]}</a> {date(rng)} <span>{rng.randint(2, 900)}次浏览</span></div></div>'
        f'<div class="answers">{"".join(answer(k, k == 1) for k in range(1, len(page.posts)))}</div>'
        f'<div class="side"><h3>相关问题</h3><ul>{hot_list(page, rng, 3, "个回答")}</ul></div></div>'
    )


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "tianya": ("forum", tianya),
    "mop": ("forum", mop),
    "tieba2012": ("forum", tieba2012),
    "zhidao_pc": ("qa", zhidao_pc),
    "wenwen": ("qa", wenwen),
    "so360": ("qa", so360),
}

SITES = {
    "tianya": ("天涯社区", ["首页", "论坛", "聚焦", "登录", "注册"]),
    "mop": ("猫扑", ["首页", "大杂烩", "贴贴", "登录"]),
    "tieba2012": ("百度贴吧", ["首页", "进吧", "会员"]),
    "zhidao_pc": ("百度知道", ["首页", "分类", "知道日报", "我要提问"]),
    "wenwen": ("搜狗问问", ["首页", "问题分类", "我要提问"]),
    "so360": ("360问答", ["首页", "问题库", "达人", "我要提问"]),
}


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, kind, shape)
            users = [user(rng) for _ in posts]
            title = rng.choice(QTITLES) if kind == "qa" else rng.choice(TITLES)
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            body = fn(page, rng)
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = f"©2012 {site} 京ICP证{rng.randint(10**5, 10**6)}号 意见反馈 帮助中心"
            ch(page, foot, *nav_items)
            html = (
                f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{page.title}_{site}</title></head><body>"
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
