"""Forum threads and Q&A pages, a third independent generator (issue #12, round 18).

Written before looking at how cleaner does on it. The markup is the author's rendering, from memory, of how the
engines' public pages are built, in the variants the earlier generators (``thread_corpus*``, ``menu_corpus``) cover
only one way or not at all; no third-party page is copied:

- ``discuz_pc``: Discuz! X3.4 desktop (``postlist``, ``plhin``, ``pls`` user card with 积分 / 帖子 / 用户组,
  ``pi`` floor number "楼主 / 沙发 / 板凳 / 地板 / 5#", ``pct`` > ``pcb`` > ``t_fsz`` > ``td.t_f`` whose paragraphs
  are ``<br>``-separated and open with an ``<i class="pstatus">本帖最后由 … 编辑</i>``; ``po hin`` action bar);
- ``discuz_m``: Discuz! X3.4 touch (``plc cl`` rows, ``authi`` list, ``message``, a bottom reply bar);
- ``tieba_new``: Tieba's newer layout (``pb-comment-item`` floors, level badges, IP 属地, nested 楼中楼 replies);
- ``zhihu_card``: Zhihu answer cards folded under "展开阅读全文", "1,234 人赞同了该回答", comment counts, feed ads;
- ``douban_quote``: a Douban group topic whose replies quote earlier replies (``reply-quote-content``);
- ``zhidao_best``: Baidu Zhidao, question supplement, best answer with "展开全部", other answers;
- ``weibo_feed``: Weibo feed cards (``card-wrap``), the first a post reposting an original, the others comments;
- ``qa_lazy_zh`` / ``qa_lazy_en``: a Q&A page whose answers after the third are lazy-loaded (empty skeletons and
  a "查看更多回答" / "Load more answers" button);
- ``xenforo_react``: XenForo 2 with a reactions bar ("kernelpanic, hazel and 3 others") and member extras;
- ``discourse_crawl``: Discourse's crawler view (``crawler-post``, ``itemprop``), related-topics table;
- ``vb5``: vBulletin 5 (``b-post``, ``b-userinfo__additional-info``, ``js-post__content-text``);
- ``se_comments``: a Stack-Exchange-like question and answers with a comment list under each post;
- ``reddit_nested``: an old-Reddit-like comment tree (``thing comment`` in ``child`` listings, 2-3 deep).

Around them: header, breadcrumbs, page nav ("1 2 3 下一页"), a sidebar of hot threads, ads between posts, footer.
Three *shapes*: ``short`` (a first post of one or two sentences, 2-4 one-sentence replies: user chrome outweighs
the text), ``thread`` (a first post of 1-3 paragraphs, 4-7 replies of 1-2 paragraphs), ``lone`` (a first post and
one reply). The gold is the first post (question) and every reply, answer, comment and nested reply, in page
order; quoted text (a Douban reply quoting another, a repost's original) is in the gold only where it is the
post's own content (the repost's original); the thread title is not in the gold. Paragraphs are prose of the bench
sets' tune gold texts (``thread_corpus4.texts``), cut to sentences for short posts.

Halves: :func:`page_half` (per shape, engines ranked by a hash of ``forum18/<id>``, alternately tune and check).

    python bench/forum_corpus18.py --score            # cleaner and trafilatura, tune and check, per shape
    python bench/forum_corpus18.py --verbose          # and each tune page's problems
    python bench/forum_corpus18.py --dump ID          # a tune page's html, gold and output (tune pages only)
    python bench/forum_corpus18.py --seed S --score   # fresh pages of the same layouts
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from thread_corpus4 import NAMES, SIGS, TITLES, texts
from thread_score import ThreadPage

SET = "forum18"
SHAPES = ("short", "thread", "lone")

ADS = {
    "zh": [
        "限时特惠：新用户注册即送一百元优惠券，点击立即领取，名额有限送完即止。",
        "装修找我们，十年老店，免费上门量房设计，报名即享八折优惠。",
        "【推广】暑期编程夏令营火热招生中，零基础也能学会，报名请联系客服。",
    ],
    "en": [
        "Sponsored: Save 40% on premium hosting this week only, no credit card required to start your trial.",
        "Advertisement - Upgrade your workshop with our new cordless tool range, free shipping on orders over $50.",
    ],
}
HOT = {
    "zh": [
        "周末去哪儿玩？本地人推荐",
        "二手房交易税费怎么算",
        "孩子上小学要准备什么",
        "新能源车冬天续航实测",
        "装修避坑指南合集",
    ],
    "en": [
        "Best budget router in 2024?",
        "Weekend project: garden shed",
        "Which distro for an old laptop",
        "Tips for first-time home buyers",
        "Show off your desk setup",
    ],
}
LEVELS = {
    "zh": ["初级会员", "中级会员", "高级会员", "金牌会员", "论坛元老"],
    "en": ["New member", "Member", "Well-known member", "Senior Member", "Moderator"],
}
FLOORS = ["楼主", "沙发", "板凳", "地板"]


@dataclass
class Page(ThreadPage[list[str]]):
    """A thread: ``posts`` are each post's paragraphs in page order (first post, then replies, comments and nested
    replies); ``depth`` is each post's place in the engine's structure (0: a top post; 1: a comment under the post
    above, a nested reply; 2: one level further)."""

    users: list[str]
    depth: list[int]
    chrome: set[str] = field(default_factory=set)
    html: str = ""

    def kept(self) -> list[list[str]]:
        return self.posts

    def gold(self) -> str:
        return "\n".join(x for paras in self.posts for x in paras)


def ch(page: Page, *strings: str) -> None:
    page.chrome.update(s for s in strings if s)


def date(rng: random.Random) -> str:
    return f"2024-{rng.randint(1, 12)}-{rng.randint(1, 28)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def en_date(rng: random.Random) -> str:
    month = rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    return f"{month} {rng.randint(1, 28)}, 2024"


def p_(paras: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in paras)


def br_(paras: list[str]) -> str:
    return "<br />\r\n<br />\r\n".join(paras)


def avatar(k: int) -> str:
    return f'<img src="/avatar/{1000 + k}.jpg" alt="" width="48" height="48">'


def ad(page: Page, rng: random.Random, cls: str) -> str:
    text = rng.choice(ADS[page.lang])
    ch(page, text)
    return f'<div class="{cls}"><a href="/ad/{rng.randint(1, 99)}" rel="nofollow">{text}</a></div>'


def hot(page: Page, rng: random.Random) -> str:
    head = "热门帖子" if page.lang == "zh" else "Trending threads"
    items = rng.sample(HOT[page.lang], 4)
    ch(page, head, *items)
    lis = "".join(
        f'<li><a href="/t/{rng.randint(100, 999)}">{t}</a> <span class="num">{rng.randint(2, 300)}</span></li>'
        for t in items
    )
    return f'<div class="side-hot"><h3>{head}</h3><ul>{lis}</ul></div>'


def pagenav(page: Page) -> str:
    if page.lang == "zh":
        ch(page, "下一页")
        return '<div class="pg"><strong>1</strong><a href="?page=2">2</a><a href="?page=3">3</a><a class="nxt" href="?page=2">下一页</a></div>'
    ch(page, "Next")
    return '<nav class="pageNav"><a class="current">1</a> <a href="?page=2">2</a> <a href="?page=3">3</a> <a class="pageNav-jump--next">Next</a></nav>'


# ---------------------------------------------------------------------------------------------------- engines


def discuz_pc(page: Page, rng: random.Random) -> str:
    posts = []
    views = rng.randint(300, 9000)
    stats = f'<div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{views}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(page.posts) - 1}</span></div>'
    ch(page, "只看该作者", "复制链接", "举报", "使用道具")
    for k, paras in enumerate(page.posts):
        pid = 30000 + k
        user = page.users[k]
        floor = FLOORS[k] if k < len(FLOORS) else f"{k + 1}#"
        level = rng.choice(LEVELS["zh"])
        score = rng.randint(10, 9000)
        when = date(rng)
        ch(page, user, level, f"发表于 {when}")
        edited = ""
        if rng.random() < 0.5:
            edited = f'<i class="pstatus"> 本帖最后由 {user} 于 {date(rng)} 编辑 </i><br />\r\n<br />\r\n'
            ch(page, "本帖最后由")
        sig = ""
        if rng.random() < 0.5:
            s = rng.choice(SIGS["zh"])
            ch(page, s)
            sig = f'<tr><td class="pls"></td><td class="plc plm"><div class="sign" style="max-height:100px;maxHeightIE:100px;">{s}</div></td></tr>'
        posts.append(
            f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi"><a href="home.php?uid={k}" class="xw1">{user}</a></div></div>'
            f'<div><div class="avatar">{avatar(k)}</div></div><div class="tns xg2"><table cellspacing="0" cellpadding="0"><tr><th><p><a href="#" class="xi2">{rng.randint(0, 50)}</a></p>主题</th><th><p><a href="#" class="xi2">{rng.randint(1, 900)}</a></p>帖子</th><td><p><a href="#" class="xi2">{score}</a></p>积分</td></tr></table></div>'
            f'<p><em><a href="#">{level}</a></em></p><dl class="pil cl"><dt>积分</dt><dd><a href="#" class="xi2">{score}</a></dd></dl></div></td>'
            f'<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;ptid=1&amp;pid={pid}" id="postnum{pid}"><em>{floor}</em></a></strong>'
            f'<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" src="/static/online_member.gif"> <em id="authorposton{pid}">发表于 {when}</em>'
            f'<span class="pipe">|</span><a href="#" rel="nofollow">只看该作者</a></div></div></div>'
            f'<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">{edited}{br_(paras)}</td></tr></table></div><div id="comment_{pid}" class="cm"></div></div></div></td></tr>'
            f'{sig}<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="#">回复</a><a class="replyadd" href="#">支持 <span>{rng.randint(0, 30)}</span></a><a class="replysubtract" href="#">反对 <span>0</span></a></em>'
            f'<p><a href="#" class="showmenu">使用道具</a><a href="#">举报</a></p></div></div></td></tr></table></div>'
        )
        if k == 1 and rng.random() < 0.7:
            posts.append(ad(page, rng, "a_pr"))
    head = f'<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn">{stats}</td><td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{page.title}</span></h1><span class="xg1"><a href="#">[复制链接]</a></span></td></tr></table>'
    crumbs = '<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">首页</a><em>›</em><a href="forum.php">论坛</a><em>›</em><a href="#">生活杂谈</a></div></div>'
    return f'{crumbs}<div id="ct" class="wp cl"><div id="pgt" class="pgs mbm cl">{pagenav(page)}<a id="post_reply" href="#">回复</a></div><div id="postlist" class="pl bm">{head}{"".join(posts)}</div><div class="pgs mtm mbm cl">{pagenav(page)}</div></div>'


def discuz_m(page: Page, rng: random.Random) -> str:
    rows = []
    for k, paras in enumerate(page.posts):
        user = page.users[k]
        floor = FLOORS[k] if k < len(FLOORS) else f"{k + 1}#"
        when = f"{rng.randint(1, 12)}-{rng.randint(1, 28)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
        ch(page, user, when)
        rows.append(
            f'<div class="plc cl" id="pid{40000 + k}"><span class="avatar">{avatar(k)}</span><div class="display pi">'
            f'<ul class="authi"><li class="grey"><em>{floor}</em><b><a href="home.php?uid={k}">{user}</a></b></li><li class="grey rela">{when}</li></ul>'
            f'<div class="message">{br_(paras)}</div>'
            f'<div class="replybtn"><input type="button" class="redirect button" value="回复"></div></div></div>'
        )
    top = '<div class="header cl"><div class="mz"><a href="javascript:history.back();">返回</a></div><h2>帖子详情</h2></div>'
    ch(page, "发表回复", "收藏本帖", "帖子详情")
    bottom = '<div class="footbar"><a href="#" class="fbt-reply">发表回复</a> <a href="#">收藏本帖</a> <a href="#">分享</a></div>'
    return (
        f'{top}<div class="postlist"><h2 class="view_tit">{page.title}</h2>{"".join(rows)}</div>{pagenav(page)}{bottom}'
    )


def tieba_new(page: Page, rng: random.Random) -> str:
    floors = []
    k = 0
    n = len(page.posts)
    floor_no = 0
    while k < n:
        floor_no += 1
        user = page.users[k]
        lv = f"Lv.{rng.randint(1, 18)}"
        where = f"IP属地:{rng.choice(['广东', '浙江', '四川', '北京'])}"
        ch(page, user, lv, where, "楼主" if k == 0 else "")
        tag = '<span class="tag-lz">楼主</span>' if k == 0 else ""
        subs = []
        j = k + 1
        while j < n and page.depth[j] > 0:
            su = page.users[j]
            ch(page, su)
            subs.append(
                f'<div class="lzl-item"><div class="lzl-content"><a class="lzl-user" href="/home/{j}">{su}</a><span class="lzl-colon">：</span>'
                f'<span class="lzl-text">{" ".join(page.posts[j])}</span></div><div class="lzl-info"><span class="lzl-time">{rng.randint(1, 12)}-{rng.randint(1, 28)}</span><span class="lzl-reply-btn">回复</span></div></div>'
            )
            j += 1
        more = ""
        if subs:
            more = f'<div class="lzl-more">还有{rng.randint(2, 9)}条回复</div>'
            ch(page, "条回复")
        text = "".join(f'<span class="text">{x}</span><br>' for x in page.posts[k])
        floors.append(
            f'<div class="pb-comment-item" data-floor="{floor_no}"><div class="user-info">{avatar(k)}<span class="user-name">{user}</span><span class="level-badge">{lv}</span>{tag}</div>'
            f'<div class="pb-content-wrapper"><div class="pb-rich-text">{text}</div></div>'
            f'<div class="comment-info"><span class="floor">{floor_no}楼</span><span class="time">{date(rng)}</span><span class="ip">{where}</span><span class="reply-btn">回复</span><span class="agree">赞</span></div>'
            + (f'<div class="lzl-list">{"".join(subs)}{more}</div>' if subs else "")
            + "</div>"
        )
        if floor_no == 2 and rng.random() < 0.6:
            floors.append(ad(page, rng, "pb-ad-card"))
        k = j
    ch(page, "只看楼主", "收藏")
    head = f'<div class="pb-title-wrap"><h1 class="pb-title">{page.title}</h1><div class="pb-title-info"><span>只看楼主</span><span>收藏</span><span>{n}回复贴</span></div></div>'
    return f'<div class="forum-head"><a href="/f?kw=x">生活吧</a><span class="member">关注 {rng.randint(1000, 99999)}</span></div>{head}<div class="pb-content"><div class="virtual-list">{"".join(floors)}</div></div>{pagenav(page)}'


def zhihu_card(page: Page, rng: random.Random) -> str:
    q = p_(page.posts[0])
    follow = f'<div class="QuestionFollowStatus"><div class="NumberBoard"><div class="NumberBoard-item"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue">{rng.randint(10, 9999):,}</strong></div><div class="NumberBoard-item"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue">{rng.randint(10000, 9999999):,}</strong></div></div></div>'
    header = (
        f'<div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-topics"><a class="TopicLink">生活</a><a class="TopicLink">经验</a></div>'
        f'<h1 class="QuestionHeader-title">{page.title}</h1><div class="QuestionRichText QuestionRichText--expandable"><div><span class="RichText ztext" itemprop="text">{q}</span>'
        f'<button class="Button QuestionRichText-more">显示全部</button></div></div></div><div class="QuestionHeader-side">{follow}</div></div>'
        f'<div class="QuestionHeader-footer"><button class="Button FollowButton">关注问题</button><button class="Button">写回答</button><button class="Button">邀请回答</button><button class="Button">好问题 {rng.randint(1, 99)}</button></div></div>'
    )
    ch(page, "显示全部", "关注问题", "写回答", "邀请回答", "关注者", "被浏览", "展开阅读全文", "人赞同了该回答")
    items = []
    for k in range(1, len(page.posts)):
        user = page.users[k]
        badge = rng.choice(["互联网从业者", "资深装修设计师", "心理学硕士", "十年老股民"])
        votes = rng.randint(2, 5000)
        comments = rng.randint(0, 300)
        ch(page, user, badge, f"{votes:,} 人赞同了该回答", f"{comments} 条评论")
        collapsed = rng.random() < 0.6
        more = (
            '<button class="Button ContentItem-more Button--plain">展开阅读全文<span class="arrow"></span></button>'
            if collapsed
            else ""
        )
        items.append(
            f'<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-zop=\'{{"authorName":"{user}","itemId":{700 + k},"type":"answer"}}\'>'
            f'<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo"><span class="UserLink AuthorInfo-avatarWrapper">{avatar(k)}</span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="/people/{k}">{user}</a></span></div>'
            f'<div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{badge}</div></div></div></div></div>'
            f'<div class="css-1kdb4vu"><span class="Voters"><button class="Button">{votes:,} 人赞同了该回答</button></span></div></div>'
            f'<div class="RichContent RichContent--unescapable{" is-collapsed" if collapsed else ""}"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText css-1g0fqss" options="[object Object]" itemprop="text">{p_(page.posts[k])}</span></div>{more}'
            f'<div><div class="ContentItem-time"><a target="_blank" href="/answer/{700 + k}"><span data-tooltip="发布于 {date(rng)}">编辑于 {date(rng)}</span></a></div></div>'
            f'<div class="ContentItem-actions RichContent-actions"><span><button class="Button VoteButton VoteButton--up">赞同 {votes}</button><button class="Button VoteButton VoteButton--down"></button></span>'
            f'<button class="Button ContentItem-action">{comments} 条评论</button><button class="Button ContentItem-action">分享</button><button class="Button ContentItem-action">收藏</button><button class="Button ContentItem-action">喜欢</button></div></div></div></div>'
        )
        if k == 1 and rng.random() < 0.7:
            items.append(f'<div class="Pc-feedAd-container">{ad(page, rng, "Pc-feedAd-card")}</div>')
    count = f'<div class="List-header"><h4 class="List-headerText"><span>{len(page.posts) - 1} 个回答</span></h4><div class="List-headerOptions"><button>默认排序</button></div></div>'
    ch(page, "默认排序")
    return f'{header}<div class="Question-main"><div class="Question-mainColumn"><div class="Card AnswersNavWrapper"><div class="List">{count}<div>{"".join(items)}</div></div></div></div><div class="Question-sideColumn">{hot(page, rng)}</div></div>'


def douban_quote(page: Page, rng: random.Random) -> str:
    op = page.users[0]
    ch(page, op, "来自:", "回应", "推荐", "喜欢")
    first = (
        f'<div class="topic-content clearfix"><div class="user-face"><a href="/people/0/">{avatar(0)}</a></div><div class="topic-doc">'
        f'<h3><span class="from">来自: <a href="/people/0/">{op}</a></span><span class="create-time color-green">{date(rng)}:{rng.randint(10, 59)}</span><span class="ip-location">{rng.choice(["北京", "上海", "湖北"])}</span></h3>'
        f'<div class="topic-content"><div class="rich-content topic-richtext">{p_(page.posts[0])}</div></div></div></div>'
        f'<div class="sns-bar"><div class="sns-bar-fav"><a class="fav-add" href="#">喜欢</a> <span class="fav-num">{rng.randint(1, 99)}人喜欢</span></div><div class="sns-bar-rec"><a href="#">推荐</a></div></div>'
    )
    lis = []
    for k in range(1, len(page.posts)):
        user = page.users[k]
        when = f"{date(rng)}:{rng.randint(10, 59)}"
        ch(page, user, when)
        quote = ""
        if k >= 2 and rng.random() < 0.6:
            j = rng.randrange(1, k)
            quote = f'<div class="reply-quote-content" data-ref-cid="{500 + j}"><span class="all ref-content">{page.posts[j][0]}</span><span class="pubdate"><a href="/people/{j}/">{page.users[j]}</a></span></div>'
        lis.append(
            f'<li class="clearfix comment-item reply-item" id="{500 + k}" data-cid="{500 + k}"><div class="user-face"><a href="/people/{k}/">{avatar(k)}</a></div><div class="reply-doc content">'
            f'<div class="bg-img-green"><h4><a href="/people/{k}/">{user}</a><span class="pubtime">{when}</span></h4></div>{quote}'
            f'<p class=" reply-content">{"<br>".join(page.posts[k])}</p>'
            f'<div class="operation_div" id="op{k}"><div class="operation-more"><a class="comment-vote lnk-fav" href="#">赞 ({rng.randint(0, 40)})</a> <a class="lnk-reply" href="#">回应</a></div></div></div></li>'
        )
    return (
        f'<div id="content"><h1>{page.title}</h1><div class="grid-16-8 clearfix"><div class="article">{first}'
        f'<ul id="comments" class="topic-reply">{"".join(lis)}</ul>{pagenav(page)}'
        f'<div class="txd"><a href="#" class="lnk-flat">回应该话题</a></div></div><div class="aside">{hot(page, rng)}</div></div></div>'
    )


def zhidao_best(page: Page, rng: random.Random) -> str:
    ask = page.users[0]
    ch(page, ask, "最佳答案", "展开全部", "你对这个回答的评价是？", "采纳率", "擅长")
    q = (
        f'<div class="wgt-question-title"><h1><span class="ask-title">{page.title}</span></h1></div>'
        f'<div class="line mt-5 q-content"><span class="con">{"<br>".join(page.posts[0])}</span></div>'
        f'<div class="line f-aid ask-info ff-arial"><span class="grid-r ask-time">{date(rng)}</span><a class="ask-user" href="#">{ask}</a></div>'
        f'<div class="wgt-ask-related"><span>{rng.randint(2, 90)}个回答</span> <span>{rng.randint(100, 9000)}人浏览</span></div>'
    )
    best_user = page.users[1]
    rate = f"采纳率：{rng.randint(40, 99)}%"
    ch(page, best_user, rate)
    best = (
        f'<div class="wgt-best " id="best-answer-{rng.randint(1000, 9999)}"><div class="hd line"><span class="title">最佳答案</span></div>'
        f'<div class="line info"><a class="wgt-replyer-best-uname" href="#">{best_user}</a> <span class="grid-r">{rate}</span> <span>擅长：生活/家居</span></div>'
        f'<div class="bd answer"><div class="line content"><div class="best-text mb-10">{"<br>".join(page.posts[1])}</div><div class="wgt-best-mask"><span class="wgt-best-showbtn">展开全部<span class="wgt-best-arrowdown"></span></span></div></div>'
        f'<div class="line f-aid ff-arial"><span class="grid-r">{date(rng)}</span></div></div>'
        f'<div class="bd-wrap"><span class="evaluate evaluate-32" data-evaluate="{rng.randint(1, 900)}">{rng.randint(1, 900)}</span><span class="evaluate evaluate-bad">{rng.randint(0, 30)}</span>你对这个回答的评价是？<a class="comment" href="#">评论</a><a href="#">收起</a></div></div>'
    )
    others = []
    for k in range(2, len(page.posts)):
        user = page.users[k]
        ch(page, user)
        others.append(
            f'<div class="bd answer" id="answer-{k}"><div class="line info f-aid"><a class="user-name" href="#">{user}</a><span class="grid-r">{date(rng)}</span></div>'
            f'<div class="line content"><div class="answer-text mb-10 line">{"<br>".join(page.posts[k])}</div></div>'
            f'<div class="bd-wrap"><span class="evaluate">{rng.randint(0, 99)}</span><span class="evaluate-bad">{rng.randint(0, 9)}</span>你对这个回答的评价是？<a class="comment" href="#">评论</a></div></div>'
        )
    other_box = (
        f'<div class="wgt-answers"><div class="hd"><h2>其他{len(others)}条回答</h2></div>{"".join(others)}</div>'
        if others
        else ""
    )
    ch(page, "其他类似问题")
    related = f'<div class="wgt-related"><h2>其他类似问题</h2><ul>{"".join(f"<li><a href=#>{t}</a><span>{date(rng)[:10]}</span></li>" for t in rng.sample(HOT["zh"], 3))}</ul></div>'
    return f'<div id="body"><div class="layout-wrap"><div class="question-wrap">{q}</div>{best}{other_box}{related}</div></div>'


def weibo_feed(page: Page, rng: random.Random) -> str:
    cards = []
    op = page.users[0]
    orig = page.users[1] if len(page.users) > 1 else "原博主"
    # the first post is the repost's comment (its first paragraph) over the original (its other paragraphs)
    own, rest = page.posts[0][:1], page.posts[0][1:]
    ch(page, op, f"@{orig}", "展开全文", "收起全文", "来自 iPhone客户端", "来自 微博 weibo.com")
    repost = ""
    if rest:
        repost = (
            f'<div class="card-comment" node-type="feed_list_forwardContent"><div class="con"><div class="from"><a class="name" href="/u/1">@{orig}</a></div>'
            f'<p class="txt" node-type="feed_list_reason">{"".join(rest)}</p><p class="from"><a href="#">{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {rng.randint(10, 23)}:{rng.randint(10, 59)}</a> 来自 iPhone客户端</p></div>'
            f'<div class="func"><ul class="act s-fr"><li><a>转发 {rng.randint(1, 999)}</a></li><li><a>评论 {rng.randint(1, 999)}</a></li><li><a>赞 {rng.randint(1, 999)}</a></li></ul></div></div>'
        )
    cards.append(
        f'<div class="card-wrap" mid="49{rng.randint(10**8, 10**9)}"><div class="card"><div class="card-feed"><div class="avator"><a href="/u/0">{avatar(0)}</a></div><div class="content" node-type="like">'
        f'<div class="info"><div><a class="name" href="/u/0">{op}</a><a title="微博个人认证"><i class="icon-vip"></i></a></div></div>'
        f'<p class="txt" node-type="feed_list_content">{"".join(own)}</p>{repost}'
        f'<p class="from"><a href="#">{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {rng.randint(10, 23)}:{rng.randint(10, 59)}</a> 来自 微博 weibo.com</p></div></div>'
        f'<div class="card-act"><ul><li><a href="#">转发 {rng.randint(1, 99)}</a></li><li><a href="#">评论 {len(page.posts) - 1}</a></li><li><a href="#"><em>赞</em> {rng.randint(1, 999)}</a></li></ul></div></div></div>'
    )
    comments = []
    for k in range(1, len(page.posts)):
        user = page.users[k]
        ch(page, user)
        comments.append(
            f'<div class="card-review s-ptb10"><div class="avator">{avatar(k)}</div><div class="content"><div class="txt"><a class="name" href="/u/{k}">{user}</a>：{"".join(page.posts[k])}</div>'
            f'<div class="fun"><span class="time">{rng.randint(1, 59)}分钟前</span><ul class="act"><li><a href="#">回复</a></li><li><a href="#">赞 {rng.randint(0, 99)}</a></li></ul></div></div></div>'
        )
    ch(page, "热门评论", "分钟前")
    cmt = (
        f'<div class="card-more-comment"><h4 class="title">热门评论</h4><div class="list">{"".join(comments)}</div><a class="more" href="#">查看更多评论</a></div>'
        if comments
        else ""
    )
    return f'<div class="m-main-nav"><ul><li><a href="#">首页</a></li><li><a href="#">热门</a></li><li><a href="#">发现</a></li></ul></div><div class="m-con-l"><div class="card-wrap-list">{"".join(cards)}{cmt}</div></div><div class="m-con-r">{hot(page, rng)}</div>'


def _qa_lazy(page: Page, rng: random.Random, zh: bool) -> str:
    w = (
        {
            "asked": "提问于",
            "answers": "个回答",
            "more": "查看更多回答",
            "useful": "有用",
            "reply": "回复",
            "report": "举报",
            "follow": "关注问题",
            "loading": "加载中…",
        }
        if zh
        else {
            "asked": "asked",
            "answers": "answers",
            "more": "Load more answers",
            "useful": "Helpful",
            "reply": "Reply",
            "report": "Report",
            "follow": "Follow question",
            "loading": "Loading…",
        }
    )
    ch(page, *w.values())
    q = (
        f'<section class="question-card"><h1 class="q-title">{page.title}</h1><div class="q-meta"><a class="author" href="#">{page.users[0]}</a> <span>{w["asked"]} {date(rng)}</span></div>'
        f'<div class="q-body">{p_(page.posts[0])}</div><div class="q-actions"><button>{w["follow"]}</button><button>{w["report"]}</button></div></section>'
    )
    ch(page, page.users[0])
    shown = min(3, len(page.posts) - 1)
    del (
        page.posts[1 + shown :],
        page.users[1 + shown :],
        page.depth[1 + shown :],
    )  # the rest load by script: not in the page
    total = len(page.posts) - 1 + rng.randint(2, 12)
    items = []
    for k in range(1, 1 + shown):
        user = page.users[k]
        useful = rng.randint(0, 500)
        ch(page, user)
        items.append(
            f'<article class="answer-item" data-id="{900 + k}"><header class="answer-head">{avatar(k)}<a class="author" href="#">{user}</a><span class="time">{date(rng)}</span></header>'
            f'<div class="answer-body">{p_(page.posts[k])}</div>'
            f'<footer class="answer-foot"><button class="vote">{w["useful"]} {useful}</button><a href="#">{w["reply"]}</a><a href="#">{w["report"]}</a></footer></article>'
        )
    skeletons = (
        '<article class="answer-item is-skeleton"><div class="sk-avatar"></div><div class="sk-line"></div><div class="sk-line short"></div></article>'
        * max(0, total - shown - 1 if total - shown > 1 else 1)
    )
    loadmore = f'<div class="load-more" data-next="/api/answers?page=2"><button class="btn-more">{w["more"]} ({total - shown})</button><span class="spinner" hidden>{w["loading"]}</span></div>'
    head = f'<div class="answers-head"><h2>{total} {w["answers"]}</h2></div>'
    return f'<div class="qa-layout"><main class="qa-main">{q}{head}<div class="answer-list">{"".join(items)}<div class="lazy-zone">{skeletons}</div></div>{loadmore}</main><aside class="qa-side">{hot(page, rng)}</aside></div>'


def qa_lazy_zh(page: Page, rng: random.Random) -> str:
    return _qa_lazy(page, rng, True)


def qa_lazy_en(page: Page, rng: random.Random) -> str:
    return _qa_lazy(page, rng, False)


def xenforo_react(page: Page, rng: random.Random) -> str:
    arts = []
    ch(page, "Joined", "Messages", "Reaction score", "+Quote", "Report", "Share")
    for k, paras in enumerate(page.posts):
        user = page.users[k]
        title = rng.choice(LEVELS["en"])
        joined = en_date(rng)
        ch(page, user, title, joined)
        others = [u for u in page.users if u != user][:2]
        react = ""
        if others and rng.random() < 0.7:
            more = rng.randint(1, 9)
            react = f'<div class="reactionsBar js-reactionsList is-active"><ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1"><img alt="Like" title="Like"></span></li></ul><a class="reactionsBar-link" href="#"><bdi>{others[0]}</bdi>{", <bdi>" + others[1] + "</bdi>" if len(others) > 1 else ""} and {more} others</a></div>'
            ch(page, f"and {more} others")
        sig = ""
        if rng.random() < 0.4:
            s = rng.choice(SIGS["en"])
            ch(page, s)
            sig = f'<aside class="message-signature"><div class="bbWrapper">{s}</div></aside>'
        arts.append(
            f'<article class="message message--post js-post js-inlineModContainer" data-author="{user}" data-content="post-{800 + k}" id="js-post-{800 + k}"><span class="u-anchorTarget" id="post-{800 + k}"></span>'
            f'<div class="message-inner"><div class="message-cell message-cell--user"><section class="message-user"><div class="message-avatar"><div class="message-avatar-wrapper"><a class="avatar avatar--m" href="/members/{k}/">{avatar(k)}</a></div></div>'
            f'<div class="message-userDetails"><h4 class="message-name"><a class="username" href="/members/{k}/">{user}</a></h4><h5 class="userTitle message-userTitle">{title}</h5></div>'
            f'<div class="message-userExtras"><dl class="pairs pairs--justified"><dt>Joined</dt><dd>{joined}</dd></dl><dl class="pairs pairs--justified"><dt>Messages</dt><dd>{rng.randint(1, 9999):,}</dd></dl><dl class="pairs pairs--justified"><dt>Reaction score</dt><dd>{rng.randint(0, 999)}</dd></dl></div><span class="message-userArrow"></span></section></div>'
            f'<div class="message-cell message-cell--main"><div class="message-main js-quickEditTarget"><header class="message-attribution message-attribution--split"><ul class="message-attribution-main listInline"><li class="u-concealed"><a href="#"><time class="u-dt">{en_date(rng)}</time></a></li></ul>'
            f'<ul class="message-attribution-opposite message-attribution-opposite--list"><li><a href="#">Share</a></li><li><a href="#">#{k + 1}</a></li></ul></header>'
            f'<div class="message-content js-messageContent"><div class="message-userContent lbContainer js-lbContainer"><article class="message-body js-selectToQuote"><div class="bbWrapper">{br_(paras)}</div><div class="js-selectToQuoteEnd">&nbsp;</div></article></div>{sig}</div>'
            f'<footer class="message-footer"><div class="message-actionBar actionBar"><div class="actionBar-set actionBar-set--external"><a class="actionBar-action actionBar-action--reaction" href="#">Like</a> <a class="actionBar-action actionBar-action--mq" href="#">+Quote</a> <a class="actionBar-action actionBar-action--reply" href="#">Reply</a></div>'
            f'<div class="actionBar-set actionBar-set--internal"><a class="actionBar-action actionBar-action--report" href="#">Report</a></div></div>{react}</footer></div></div></div></article>'
        )
        if k == 1 and rng.random() < 0.5:
            arts.append(ad(page, rng, "samCodeUnit samUnitWrapper"))
    head = f'<div class="p-title"><h1 class="p-title-value">{page.title}</h1></div><div class="p-description"><ul class="listInline"><li>Thread starter <a class="username">{page.users[0]}</a></li><li>Start date {en_date(rng)}</li></ul></div>'
    ch(page, "Thread starter", "Start date")
    return f'<div class="p-body-header">{head}</div><div class="block block--messages"><div class="block-outer">{pagenav(page)}</div><div class="block-container"><div class="block-body js-replyNewMessageContainer">{"".join(arts)}</div></div></div><div class="p-body-sidebar">{hot(page, rng)}</div>'


def discourse_crawl(page: Page, rng: random.Random) -> str:
    posts = []
    for k, paras in enumerate(page.posts):
        user = page.users[k]
        likes = rng.randint(0, 40)
        ch(page, user, f"{likes} Likes" if likes != 1 else "1 Like")
        posts.append(
            f'<div id="post_{k + 1}" itemprop="{"mainEntity" if k == 0 else "comment"}" itemscope itemtype="http://schema.org/{"DiscussionForumPosting" if k == 0 else "Comment"}" class="topic-body crawler-post">'
            f'<div class="crawler-post-meta"><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person"><a itemprop="url" href="/u/{user}"><span itemprop="name">{user}</span></a></span>'
            f'<span class="crawler-post-infos"><time itemprop="datePublished" datetime="2024-03-0{1 + k % 9}T10:22:00Z" class="post-time">{en_date(rng)}, {rng.randint(1, 12)}:{rng.randint(10, 59)}am</time><meta itemprop="position" content="{k + 1}"></span></div>'
            f'<div class="post" itemprop="text">{p_(paras)}</div>'
            f'<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter"><meta itemprop="interactionType" content="http://schema.org/LikeAction"/><meta itemprop="userInteractionCount" content="{likes}" /><span class="post-likes">{likes} {"Like" if likes == 1 else "Likes"}</span></div></div>'
        )
    rows = "".join(
        f'<tr><td><a href="/t/{rng.randint(10, 999)}">{t}</a></td><td>{rng.randint(1, 30)}</td><td>{rng.randint(50, 3000)}</td><td>{en_date(rng)}</td></tr>'
        for t in rng.sample(HOT["en"], 3)
    )
    ch(page, "Related topics", "Powered by Discourse, best viewed with JavaScript enabled")
    related = f'<div id="related-topics" class="more-topics__list" role="complementary"><h3 id="related-topics-title">Related topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>{rows}</tbody></table></div>'
    return (
        f'<header class="d-header"><a href="/">Community</a></header><div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/x/1" itemprop="url">{page.title}</a></h1>'
        f'<div class="topic-category" itemscope><span class="category-name">Help</span></div></div>{"".join(posts)}{related}</div>'
        f'<footer class="container wrap"><nav class="crawler-nav"><ul><li><a href="/">Home</a></li><li><a href="/categories">Categories</a></li><li><a href="/guidelines">Guidelines</a></li><li><a href="/tos">Terms of Service</a></li></ul></nav></footer>'
        f'<footer id="noscript-footer"><p>Powered by Discourse, best viewed with JavaScript enabled</p></footer>'
    )


def vb5(page: Page, rng: random.Random) -> str:
    lis = []
    ch(page, "Join Date:", "Posts:", "Comment", "Quote", "Like", "Report")
    for k, paras in enumerate(page.posts):
        user = page.users[k]
        rank = rng.choice(LEVELS["en"])
        joined = f"{rng.choice(['Jan', 'Jun', 'Sep'])} {rng.randint(2005, 2022)}"
        ch(page, user, rank, joined)
        first = " b-post--first" if k == 0 else ""
        lis.append(
            f'<li class="b-post js-post js-comment-entry__parent h-restore--on-preview{first} h-left OLD__post-container" data-node-id="{5000 + k}" itemscope itemprop="{"mainEntity" if k == 0 else "comment"}"><div class="b-post__grid"><div class="b-post__arrow"></div>'
            f'<div class="b-userinfo b-post__hide-when-deleted"><div class="b-avatar b-avatar--m b-avatar--thread">{avatar(k)}</div><div class="b-userinfo__details"><div class="author h-text-size--14"><strong><a href="/member/{k}">{user}</a></strong></div>'
            f'<div class="b-userinfo__rank">{rank}</div><div class="b-userinfo__additional-info-block"><div class="b-userinfo__additional-info"><label>Join Date:</label> <span>{joined}</span></div><div class="b-userinfo__additional-info"><label>Posts:</label> <span>{rng.randint(1, 9000):,}</span></div></div></div></div>'
            f'<div class="b-post__body"><div class="b-post__content js-post__content"><hr class="b-divider--section" /><div class="b-media__body"><div class="OLD__post-content h-padding-horiz-xxl"><div class="js-post__content-wrapper h-wordwrap"><div class="js-post__content-text restore h-wordwrap" itemprop="text">{br_(paras)}</div></div></div></div>'
            f'<div class="b-post__footer h-hide--on-preview h-clear h-padding-top-l h-padding-horiz-xxl"><div class="h-margin-top-l"><ul class="h-left js-post-controls b-comp-menu-horizontal"><li><a class="js-post-control__comment" href="#">Comment</a></li><li><a href="#">Quote</a></li><li><a href="#">Like</a></li><li><a href="#">Report</a></li></ul></div></div></div></div>'
            f'<div class="b-post__timestamp"><time itemprop="dateCreated">{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}-2024, {rng.randint(1, 12):02d}:{rng.randint(10, 59)} AM</time></div><div class="b-post__count">#{k + 1}</div></div></li>'
        )
    return f'<div class="b-module canvas-widget"><h1 class="main-title js-main-title">{page.title}</h1><div class="conversation-toolbar-wrapper">{pagenav(page)}</div><ul class="conversation-list list-container h-clearfix thread-view">{"".join(lis)}</ul>{pagenav(page)}</div><div class="sidebar">{hot(page, rng)}</div>'


def se_comments(page: Page, rng: random.Random) -> str:
    ch(
        page,
        "Share",
        "Follow",
        "Add a comment",
        "Improve this question",
        "Improve this answer",
        "asked",
        "answered",
        "Sorted by:",
        "Your Answer",
        "Hot Network Questions",
    )

    def comments(start: int) -> tuple[str, int]:
        lis = []
        j = start
        while j < len(page.posts) and page.depth[j] > 0:
            user = page.users[j]
            ch(page, user)
            score = f'<span class="cool">{rng.randint(1, 40)}</span>' if rng.random() < 0.5 else ""
            lis.append(
                f'<li class="comment js-comment" data-comment-id="{j}"><div class="js-comment-actions comment-actions"><div class="comment-score js-comment-edit-hide">{score}</div></div>'
                f'<div class="comment-text js-comment-text-and-form"><div class="comment-body js-comment-edit-hide"><span class="comment-copy">{" ".join(page.posts[j])}</span>&ndash;&nbsp;<div class="d-inline-flex ai-center"><a class="comment-user" href="/users/{j}">{user}</a></div>'
                f'<span class="comment-date" dir="ltr"><span class="relativetime-clean">{en_date(rng)} at {rng.randint(0, 23)}:{rng.randint(10, 59)}</span></span></div></div></li>'
            )
            j += 1
        block = f'<div class="comments js-comments-container"><ul class="comments-list js-comments-list">{"".join(lis)}</ul></div><div class="mt24 mb12"><a class="js-add-link comments-link" href="#">Add a comment</a></div>'
        return block, j

    def post(k: int, kind: str) -> tuple[str, int]:
        user = page.users[k]
        rep = f"{rng.randint(1, 99)}.{rng.randint(1, 9)}k"
        ch(page, user, rep)
        votes = rng.randint(-2, 300)
        block, nxt = comments(k + 1)
        verb = "asked" if kind == "question" else "answered"
        return (
            f'<div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container d-flex jc-center fd-column ai-stretch gs4 fc-black-200"><button class="js-vote-up-btn" aria-label="Up vote"></button>'
            f'<div class="js-vote-count flex--item d-flex fd-column ai-center fc-black-500 fs-title" itemprop="upvoteCount">{votes}</div><button class="js-vote-down-btn" aria-label="Down vote"></button></div></div>'
            f'<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text">{p_(page.posts[k])}</div>'
            f'<div class="mt24 mb12"><div class="d-flex fw-wrap ai-start jc-end gs8 gsy"><div class="flex--item mr16"><div class="js-post-menu"><div class="d-flex gs8 s-anchors s-anchors__muted fw-wrap"><div class="flex--item"><a class="js-share-link" href="#">Share</a></div><div class="flex--item"><a href="#">Improve this {kind}</a></div><div class="flex--item"><button class="s-btn s-btn__link js-follow-post">Follow</button></div></div></div></div>'
            f'<div class="post-signature owner flex--item"><div class="user-info"><div class="user-action-time">{verb} <span class="relativetime">{en_date(rng)} at {rng.randint(0, 23)}:{rng.randint(10, 59)}</span></div><div class="user-gravatar32">{avatar(k)}</div>'
            f'<div class="user-details"><a href="/users/{k}">{user}</a><div class="-flair"><span class="reputation-score">{rep}</span><span class="badge1"></span><span class="badgecount">{rng.randint(1, 40)}</span></div></div></div></div></div></div></div>'
            f'<div class="post-layout--right js-post-comments-component">{block}</div></div>',
            nxt,
        )

    qhtml, k = post(0, "question")
    answers = []
    while k < len(page.posts):
        html, nxt = post(k, "answer")
        accepted = " accepted-answer" if not answers and rng.random() < 0.5 else ""
        answers.append(
            f'<div id="answer-{k}" class="answer js-answer{accepted}" itemprop="{"acceptedAnswer" if accepted else "suggestedAnswer"}" itemscope>{html}</div>'
        )
        k = nxt
    head = f'<div id="answers-header"><div class="answers-subheader d-flex ai-center mb8"><h2 class="mb0">{len(answers)} Answer{"s" if len(answers) != 1 else ""}</h2><div><label>Sorted by:</label><select><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div></div>'
    hotq = f'<div id="hot-network-questions" class="module"><h4>Hot Network Questions</h4><ul>{"".join(f"<li><a href=#>{t}</a></li>" for t in rng.sample(HOT["en"], 4))}</ul></div>'
    form = '<form id="post-form" class="post-form"><h2 class="space">Your Answer</h2><textarea name="post-text"></textarea><button>Post Your Answer</button></form>'
    return (
        f'<div id="question-header"><h1 itemprop="name" class="fs-headline1"><a href="/q/1" class="question-hyperlink">{page.title}</a></h1></div>'
        f'<div id="mainbar" role="main"><div class="question js-question" id="question" itemprop="mainEntity">{qhtml}</div><div id="answers">{head}{"".join(answers)}</div>{form}</div><div id="sidebar">{hotq}</div>'
    )


def reddit_nested(page: Page, rng: random.Random) -> str:
    ch(page, "permalink", "embed", "save", "report", "reply", "points", "load more comments")
    op = page.users[0]
    ch(page, op)
    link = (
        f'<div class="thing self link" data-author="{op}"><div class="midcol unvoted"><div class="arrow up"></div><div class="score unvoted">{rng.randint(5, 999)}</div><div class="arrow down"></div></div>'
        f'<div class="entry unvoted"><p class="title"><a class="title may-blank" href="#">{page.title}</a></p><p class="tagline">submitted <time>{rng.randint(2, 23)} hours ago</time> by <a class="author">{op}</a></p>'
        f'<div class="expando"><form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md">{p_(page.posts[0])}</div></div></form></div>'
        f'<ul class="flat-list buttons"><li class="first"><a class="bylink comments">{len(page.posts) - 1} comments</a></li><li><a href="#">share</a></li><li><a href="#">save</a></li><li><a href="#">report</a></li></ul></div></div>'
    )

    def thing(k: int) -> tuple[str, int]:
        user = page.users[k]
        pts = rng.randint(1, 500)
        ch(page, user, f"{pts} points")
        kids = []
        j = k + 1
        while j < len(page.posts) and page.depth[j] > page.depth[k]:
            html, j = thing(j)
            kids.append(html)
        more = ""
        if rng.random() < 0.3:
            more = f'<div class="thing morechildren"><span class="morecomments"><a href="#">load more comments</a> <span class="gray">({rng.randint(1, 9)} replies)</span></span></div>'
        child = (
            f'<div class="child"><div class="sitetable listing">{"".join(kids)}{more}</div></div>'
            if kids or more
            else '<div class="child"></div>'
        )
        return (
            f'<div class="thing id-t1_{k} comment" data-author="{user}" data-type="comment"><p class="parent"></p><div class="midcol unvoted"><div class="arrow up"></div><div class="arrow down"></div></div>'
            f'<div class="entry unvoted"><p class="tagline"><a class="expand" href="#">[–]</a><a class="author may-blank" href="/user/{user}">{user}</a><span class="userattrs"></span> <span class="score unvoted">{pts} points</span> <time>{rng.randint(1, 20)} hours ago</time></p>'
            f'<form class="usertext"><div class="usertext-body may-blank-within md-container"><div class="md">{p_(page.posts[k])}</div></div></form>'
            f'<ul class="flat-list buttons"><li class="first"><a class="bylink" href="#">permalink</a></li><li><a href="#">embed</a></li><li><a href="#">save</a></li><li><a href="#">report</a></li><li><a class="reply-button" href="#">reply</a></li></ul></div>{child}</div>',
            j,
        )

    tops = []
    k = 1
    while k < len(page.posts):
        html, k = thing(k)
        tops.append(html)
    area = f'<div class="commentarea"><div class="panestack-title"><span class="title">all {len(page.posts) - 1} comments</span></div><div class="menuarea"><span class="dropdown-title lightdrop">sorted by: best</span></div><div class="sitetable nestedlisting">{"".join(tops)}</div></div>'
    ch(page, "sorted by: best")
    return f'<div id="header"><a href="/">reddit</a> <a href="/r/x">r/homeimprovement</a></div><div class="side">{hot(page, rng)}</div><div class="content" role="main"><div id="siteTable" class="sitetable linklisting">{link}</div>{area}</div>'


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "discuz_pc": ("zh", discuz_pc),
    "discuz_m": ("zh", discuz_m),
    "tieba_new": ("zh", tieba_new),
    "zhihu_card": ("zh", zhihu_card),
    "douban_quote": ("zh", douban_quote),
    "zhidao_best": ("zh", zhidao_best),
    "weibo_feed": ("zh", weibo_feed),
    "qa_lazy_zh": ("zh", qa_lazy_zh),
    "xenforo_react": ("en", xenforo_react),
    "discourse_crawl": ("en", discourse_crawl),
    "vb5": ("en", vb5),
    "se_comments": ("en", se_comments),
    "reddit_nested": ("en", reddit_nested),
    "qa_lazy_en": ("en", qa_lazy_en),
}
NESTING = {"tieba_new": 1, "se_comments": 1, "reddit_nested": 2}
"""Engines whose replies nest (the deepest level): Tieba's 楼中楼, Stack Exchange's comments, Reddit's tree."""

_SENT = {"zh": re.compile(r"[^。！？]*[。！？]"), "en": re.compile(r"[^.!?]*[.!?](?:\s|$)")}


def _sentences(lang: str) -> list[str]:
    """Short sentences: each tune gold paragraph's first sentence, when it reads alone (10-60 characters, or
    30-160 in English)."""
    lo, hi = (10, 60) if lang == "zh" else (30, 160)
    out = []
    for para in texts()[lang]:
        m = _SENT[lang].match(para)
        if m and lo <= len(m.group(0).strip()) <= hi:
            out.append(m.group(0).strip())
    return out


def _posts(rng: random.Random, lang: str, shape: str, engine: str) -> tuple[list[list[str]], list[int]]:
    long_pool = [x for x in texts()[lang] if lang == "en" or " " not in x]
    short_pool = _sentences(lang)

    def take(pool: list[str], n: int) -> list[str]:
        return [pool[rng.randrange(len(pool))] for _ in range(n)]

    if shape == "short":
        first = take(short_pool, rng.randint(1, 2))
        replies = [take(short_pool, 1) for _ in range(rng.randint(2, 4))]
    elif shape == "thread":
        first = take(long_pool, rng.randint(1, 3))
        replies = [
            take(long_pool if rng.random() < 0.6 else short_pool, rng.choice((1, 1, 2)))
            for _ in range(rng.randint(4, 7))
        ]
    else:
        first = take(long_pool, rng.randint(1, 2))
        replies = [take(long_pool, rng.randint(1, 2))]
    if engine == "weibo_feed" and shape != "short":
        first.append(take(long_pool, 1)[0])  # the reposted original under the post's own line
    if engine in ("zhidao_best",) and not replies:
        replies = [take(short_pool, 1)]
    posts = [first, *replies]
    depth = [0] * len(posts)
    deepest = NESTING.get(engine, 0)
    for k in range(2, len(posts)):
        if deepest and rng.random() < 0.4:
            depth[k] = min(deepest, depth[k - 1] + 1) if engine == "reddit_nested" else 1
    if engine == "tieba_new" or engine == "reddit_nested":
        # a nested reply under the first post is not how these engines show it: keep the replies below it on top
        depth[1] = 0
    if engine == "se_comments" and shape != "lone" and len(posts) > 2:
        depth[1] = rng.choice((0, 1))  # a comment under the question, or straight to the first answer
    return posts, depth


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (lang, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts, depth = _posts(rng, lang, shape, engine)
            names = NAMES[lang]
            users = [rng.choice(names) + str(rng.randint(1, 999)) for _ in posts]
            page = Page(f"{engine}_{v}", engine, lang, shape, rng.choice(TITLES[lang]), posts, users, depth)
            body = fn(page, rng)
            site = "江城社区" if lang == "zh" else "Maker Forums"
            nav = "".join(
                f'<a href="/{x}">{x}</a> '
                for x in (
                    ["首页", "论坛", "问答", "登录", "注册"]
                    if lang == "zh"
                    else ["Home", "Forums", "What's new", "Log in", "Register"]
                )
            )
            foot = (
                "© 2024 江城社区 版权所有 京ICP备12345678号"
                if lang == "zh"
                else "© 2024 Maker Forums. All rights reserved. Terms and rules · Privacy policy"
            )
            ch(page, foot)
            page.html = (
                f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
                f'<div id="hd" class="site-header"><div class="logo"><a href="/">{site}</a></div><div class="nav">{nav}</div></div>'
                f'<div id="wp" class="wrapper">{body}</div><div id="ft" class="site-footer"><p>{foot}</p></div></body></html>'
            )
            thread_score.settle_chrome(page)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, list(ENGINES), SHAPES)
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "en", "zh", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
