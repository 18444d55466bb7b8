"""Chinese forum, Q&A and short-story pages, a generator of round 20 (issue #12, the hidden "forum / Q&A / modern
article" class).

Written before cleaner ran on it. The markup is the author's rendering, from memory, of how such pages are built;
no third-party page is copied. It covers what round 19 left alone and forum kinds the earlier generators
(``thread_corpus*``, ``forum_corpus18``, ``zh_modern_corpus19``) do not hold:

- ``photo_story``: a short photo story (one or two paragraphs under its pictures, no ``<article>``) above a
  "留言（N）" box holding two or three one-sentence comments (gold: the story alone);
- ``bar_first``: a short article without ``<article>`` whose own action bar (点赞 / 收藏 / 分享) comes before the
  "N条评论" comment list, on a news-like site ("来源：", 责任编辑; gold: the article alone);
- ``sig_forum``: a phpwind-like thread whose posts end with a plain-text signature after a "______" line inside
  the post's own cell (gold: the posts without signatures);
- ``hupu``: a Hupu-like thread (楼主 post, "只看楼主", floor numbers "2楼", replies quoting an earlier floor in a
  "引用 @X 发表的：" box, "亮了(12)", 回复 / 举报);
- ``nga``: an NGA-like table layout (``forumbox postbox`` rows, "#1", a quote "Reply to [pid] Post by X (date)"
  before the reply's text, 用户级别 / 威望 / 发帖 in the user cell);
- ``discuz_mobile``: a Discuz! X3.5 mobile page (``viewthread``, ``plc`` items with "楼主" / "沙发" / "N#", "来自手机",
  a bottom bar "发表回复"); quotes "X 发表于 <date>" + the quoted text in a ``blockquote``;
- ``zhidao_zhuiwen``: Zhidao with a best answer followed by "追问" / "追答" exchanges and one other answer (gold:
  the question, the answer, each follow-up text, the other answer; the labels not);
- ``zhihu_answer``: a Zhihu single-answer page (``/question/q/answer/a``): the question header, one answer, its
  comment panel open with "N 条评论", replies folded under "展开其余 N 条回复", then "查看全部 N 个回答" and a
  "更多回答" teaser (gold: the question and the answer; comments and teasers not).

Three shapes: ``short`` (one-sentence posts, one-paragraph story), ``long`` (several paragraphs), ``trad`` (the whole
page in Traditional characters). Gold = the story's paragraphs, or the first post / question and every reply /
answer / follow-up in page order, without quotes of earlier floors, user chrome, signatures, vote counts or labels.

Halves: per shape, the engines ranked by a hash of ``zhforum20/<id>``, alternately tune and check.

    python bench/zh_forum_corpus20.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_forum_corpus20.py --verbose          # and each tune page's problems
    python bench/zh_forum_corpus20.py --dump ID          # a tune page's html, gold and output
    python bench/zh_forum_corpus20.py --seed S --score   # fresh pages of the same layouts
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
from thread_corpus4 import texts
from zh_modern_corpus19 import AGO, QTITLES, REGIONS, TITLES, Page, avatar, comments, date, num, pic, s2t, user

SET = "zhforum20"
SHAPES = ("short", "long", "trad")
SIGNS = [
    "人生就像一盒巧克力，你永远不知道下一块是什么味道。",
    "专注摄影十年，欢迎交流器材心得。",
    "本人所有回复仅代表个人观点，与单位无关。",
]
LEVELS = ["新手上路", "初级会员", "中级会员", "高级会员", "版主"]


def br(paras: list[str]) -> str:
    return "<br>\n".join(paras)


# ---------------------------------------------------------------------------------------------------- stories


def photo_story(page: Page, rng: random.Random) -> str:
    n = rng.randint(29, 120)
    cmts = comments(page, rng, rng.randint(2, 3))
    src = rng.choice(["本报记者", "特约摄影", "通讯员"]) + " " + user(rng)
    ch(page, src, f"留言（{n}）", "发表留言", "查看全部留言", "图集", "上一张", "下一张", "分享到：")
    pics = "".join(f'<div class="pic-item">{pic(rng)}<span class="pic-num">{i + 1}/4</span></div>' for i in range(4))
    items = "".join(
        f'<div class="msg-item"><div class="msg-user"><a href="#">{u}</a><span class="msg-time">{tm}</span></div><div class="msg-text">{t}</div></div>'
        for u, t, tm, _ in cmts
    )
    return (
        f'<div class="wrap"><div class="gallery"><h1 class="g-title">{page.title}</h1><div class="g-info"><span>{date(rng)}</span> <span>{src}</span></div>'
        f'<div class="pic-list">{pics}<a class="prev" href="#">上一张</a><a class="next" href="#">下一张</a></div>'
        f'<div class="g-desc">{p_(page.posts[0])}</div><div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div></div>'
        f'<div class="msg-box"><div class="msg-head"><h3>留言（{n}）</h3></div>{items}<a class="msg-more" href="#">查看全部留言</a>'
        f'<div class="msg-form"><textarea></textarea><button>发表留言</button></div></div>'
        f'<div class="side"><h3>热门图集</h3><ul>{"".join(f"<li><a href=#>{t}</a></li>" for t in rng.sample(TITLES, 4))}</ul></div></div>'
    )


def bar_first(page: Page, rng: random.Random) -> str:
    n = rng.randint(6, 12)
    cmts = comments(page, rng, n)
    src = rng.choice(["城市晚报", "新闻客户端", "本地宝"])
    editor = user(rng)
    ch(page, f"来源：{src}", f"责任编辑：{editor}", "点赞", "收藏", "分享", f"{n}条评论", "回复", "举报", "我要评论")
    items = "".join(
        f'<div class="cmt-item"><div class="cmt-top">{avatar(i)}<span class="cmt-name">{u}</span><span class="cmt-loc">{rng.choice(REGIONS)}</span></div>'
        f'<p class="cmt-con">{t}</p><div class="cmt-bar"><span>{tm}</span><a href="#">回复</a><a href="#">赞({lk})</a><a href="#">举报</a></div></div>'
        for i, (u, t, tm, lk) in enumerate(cmts)
    )
    return (
        f'<div class="container"><div class="left"><div class="detail"><h1>{page.title}</h1><div class="info"><span>{date(rng)}</span><span>来源：{src}</span></div>'
        f'<div class="content">{p_(page.posts[0])}</div><p class="editor">责任编辑：{editor}</p>'
        f'<div class="action-bar"><a class="like" href="#">点赞 {rng.randint(1, 500)}</a><a class="fav" href="#">收藏</a><a class="share" href="#">分享</a></div></div>'
        f'<div class="comments"><div class="cmt-title">{n}条评论</div><div class="cmt-input"><textarea placeholder="我要评论"></textarea></div><div class="cmt-list">{items}</div></div></div>'
        f'<div class="right"><h3>热点推荐</h3>{"".join(f"<p><a href=#>{t}</a></p>" for t in rng.sample(TITLES, 4))}</div></div>'
    )


# ---------------------------------------------------------------------------------------------------- forums


def sig_forum(page: Page, rng: random.Random) -> str:
    ch(page, "只看该作者", "引用", "回复", "举报", "发帖", "精华", "积分", "注册时间", "楼主", "沙发", "板凳", "______")

    def post(k: int) -> str:
        u = page.users[k]
        sign = ""
        if k != 1 or rng.random() < 0.7:
            s = rng.choice(SIGNS)
            ch(page, s)
            sign = f"<br><br>______________________________<br>{s}"
        floor = ["楼主", "沙发", "板凳"][k] if k < 3 else f"{k + 1}楼"
        ch(page, u, floor, LEVELS[k % 5])
        return (
            f'<table class="floot" cellspacing="0"><tr><td class="floot_left" rowspan="2"><div class="readName"><a href="#">{u}</a></div>{avatar(k)}'
            f'<div class="user-level">{LEVELS[k % 5]}</div><div class="user-info"><span>发帖 {rng.randint(1, 9999)}</span><span>积分 {rng.randint(1, 99999)}</span><span>注册时间 {date(rng)[:10]}</span></div></td>'
            f'<td class="floot_right"><div class="tipTop"><span class="fr"><a href="#">{floor}</a></span><span>发表于 {date(rng)}</span> <a href="#">只看该作者</a></div>'
            f'<div class="tpc_content"><div class="f14" id="read_{k}">{br(page.posts[k])}{sign}</div></div></td></tr>'
            f'<tr><td class="floot_bottom"><a href="#">引用</a> <a href="#">回复</a> <a href="#">举报</a></td></tr></table>'
        )

    return (
        f'<div id="main"><div class="bread"><a href="#">论坛首页</a> » <a href="#">{rng.choice(["摄影天地", "汽车论坛", "家装交流"])}</a></div>'
        f'<div class="t5"><h1 id="subject_tpc">{page.title}</h1><span>阅读：{num(rng)} 回复：{len(page.posts) - 1}</span></div>'
        f'<div class="read_t">{"".join(post(k) for k in range(len(page.posts)))}</div>'
        f'<div class="pages"><a href="#">上一页</a><b>1</b><a href="#">下一页</a></div></div>'
    )


def hupu(page: Page, rng: random.Random) -> str:
    ch(page, "只看楼主", "楼主", "亮了", "回复", "举报", "引用", "发表的：", "收藏", "推荐")

    def quote(k: int) -> str:
        if k < 2 or rng.random() < 0.4:
            return ""
        j = rng.randrange(1, k)
        q = page.posts[j][0]
        ch(page, f"引用 @{page.users[j]} 发表的：")
        return f'<blockquote class="quote-content"><p class="quote-title">引用 @{page.users[j]} 发表的：</p><p>{q}</p></blockquote>'

    def item(k: int) -> str:
        u = page.users[k]
        ch(page, u, f"{k}楼", f"亮了({k * 3})")
        return (
            f'<div class="post-reply-list" id="reply-{k}"><div class="post-reply-list-user-info"><div class="user-base-info">{avatar(k)}<a class="post-reply-list-user-info-top-name" href="#">{u}</a>'
            f'<span class="post-reply-list-user-info-top-time">{date(rng)}</span><span class="post-reply-list-user-info-top-ip">{rng.choice(REGIONS)}</span><span class="floor">{k}楼</span></div></div>'
            f'<div class="post-reply-list-container"><div class="post-reply-list-content"><div class="thread-content-detail">{quote(k)}{p_(page.posts[k])}</div></div>'
            f'<div class="post-reply-list-operate"><span class="todo-list-light">亮了({k * 3})</span><span class="todo-list-reply">回复</span><span class="todo-list-report">举报</span></div></div></div>'
        )

    op = page.users[0]
    ch(page, op)
    return (
        f'<div class="bbs-post-web"><div class="bbs-post-web-main"><div class="post-wrapper"><div class="bbs-post-wrapper-title"><h1 class="name">{page.title}</h1>'
        f'<div class="bbs-post-web-main-title-other"><span>{len(page.posts) - 1}回复</span>/<span>{num(rng)}次浏览</span></div></div>'
        f'<div class="post-user"><div class="bbs-user-info">{avatar(0)}<a class="bbs-user-wrapper-content-name-span" href="#">{op}</a><span class="post-user-comp-info-top-time">{date(rng)}</span><span class="floor">楼主</span><a class="seeOwner" href="#">只看楼主</a></div></div>'
        f'<div class="post-content"><div class="bbs-post-content"><div class="thread-content-detail">{p_(page.posts[0])}</div></div>'
        f'<div class="post-operate"><span class="post-operate-comp-main-recommend">推荐 ({rng.randint(1, 99)})</span><span>收藏</span><span>回复</span><span>举报</span></div></div></div>'
        f'<div class="post-reply"><div class="post-reply-title">全部回复</div>{"".join(item(k) for k in range(1, len(page.posts)))}</div></div>'
        f'<div class="bbs-post-web-right"><div class="hot-list"><h3>24小时榜</h3>{"".join(f"<p><a href=#>{t}</a></p>" for t in rng.sample(QTITLES, 3))}</div></div></div>'
    )


def nga(page: Page, rng: random.Random) -> str:
    ch(page, "用户级别", "威望", "发帖", "注册", "只看作者", "回复", "引用", "举报", "Reply to", "Post by")

    def row(k: int) -> str:
        u = page.users[k]
        quote = ""
        if k >= 2 and rng.random() < 0.6:
            j = rng.randrange(1, k)
            qd = date(rng)
            ch(page, f"Reply to [pid={1000 + j}] Post by [uid={u}]{page.users[j]} ({qd})")
            quote = f'<div class="quote"><a href="#" class="b">Reply</a> to <a href="#">[pid={1000 + j}]</a> Post by <a href="#">[uid={u}]{page.users[j]}</a> ({qd})</div>'
        ch(page, u, f"#{k}")
        return (
            f'<table class="forumbox postbox" cellspacing="1"><tbody><tr class="postrow row{k % 2 + 1}">'
            f'<td class="c1"><a class="author b" href="#">{u}</a><div class="stat">用户级别: {LEVELS[k % 5]}<br>威望: {rng.randint(0, 20)}<br>发帖: {rng.randint(1, 9999)}<br>注册: {date(rng)[:10]}</div></td>'
            f'<td class="c2"><div class="postInfo"><a class="small_colored_text_btn" href="#">#{k}</a><span class="postdatec">{date(rng)}</span><a href="#">只看作者</a></div>'
            f'<span id="postcontent{k}" class="postcontent ubbcode">{quote}{br(page.posts[k])}</span>'
            f'<div class="postbtns"><a href="#">回复</a> <a href="#">引用</a> <a href="#">举报</a></div></td></tr></tbody></table>'
        )

    return (
        f'<div id="mainmenu"><a href="#">NGA玩家社区</a> » <a href="#">{rng.choice(["综合讨论", "网事杂谈", "硬件"])}</a></div>'
        f'<div id="m_posts"><h3 id="postsubject0">{page.title}</h3><div id="m_posts_c">{"".join(row(k) for k in range(len(page.posts)))}</div></div>'
        f'<div id="m_pbtnbtm"><a href="#">1</a><a href="#">2</a><a href="#">下一页</a></div>'
    )


def discuz_mobile(page: Page, rng: random.Random) -> str:
    ch(page, "楼主", "沙发", "板凳", "地板", "来自手机", "发表回复", "回复", "只看该作者", "发表于", "返回列表", "收藏")
    floors = ["楼主", "沙发", "板凳", "地板"]

    def item(k: int) -> str:
        u = page.users[k]
        fl = floors[k] if k < 4 else f"{k + 1}#"
        quote = ""
        if k >= 2 and rng.random() < 0.5:
            j = rng.randrange(1, k)
            qd = date(rng)
            ch(page, f"{page.users[j]} 发表于 {qd}")
            quote = f'<div class="quote"><blockquote><font size="2"><font color="#999999">{page.users[j]} 发表于 {qd}</font></font><br>{page.posts[j][0][:30]}</blockquote></div><br>'
        ch(page, u, fl)
        tail = '<br><br><font size="1" color="#999">来自手机</font>' if rng.random() < 0.5 else ""
        return (
            f'<div class="plc cl" id="pid{k}"><span class="avatar">{avatar(k)}</span><div class="display pi"><ul class="authi"><li class="grey"><em>{fl}</em><b><a href="#" class="blue">{u}</a></b></li>'
            f'<li class="grey rela">{date(rng)}</li></ul><div class="message">{quote}{br(page.posts[k])}{tail}</div>'
            f'<div class="mtn cl"><a href="#">回复</a></div></div></div>'
        )

    return (
        f'<div class="header cl"><div class="mz"><a href="#">返回</a></div><h2>帖子</h2></div>'
        f'<div class="postlist"><h2>{page.title}</h2><div class="viewthread">{"".join(item(k) for k in range(len(page.posts)))}</div></div>'
        f'<div class="page"><a href="#">1</a><a href="#">下一页</a></div>'
        f'<div class="bottom_bar"><a href="#">返回列表</a><a href="#">收藏</a><a class="reply" href="#">发表回复</a></div>'
    )


# ---------------------------------------------------------------------------------------------------- Q&A


def zhidao_zhuiwen(page: Page, rng: random.Random) -> str:
    """posts: question, best answer, follow-up question, follow-up answer, [second follow-up, answer,] other answer."""
    ask, best, other = page.users[0], page.users[1], page.users[-1]
    ch(
        page,
        ask,
        best,
        other,
        "最佳答案",
        "追问",
        "追答",
        "你对这个回答的评价是？",
        "已赞过",
        "已踩过",
        "其他回答",
        "评论",
        "收起",
        "展开全部",
        "个回答",
    )
    follow = "".join(
        f'<div class="replyask line"><span class="replyask-title">{"追问" if k % 2 == 0 else "追答"}</span><span class="replyask-content">{br(page.posts[k])}</span></div>'
        for k in range(2, len(page.posts) - 1)
    )
    vote = f'<div class="wgt-eva"><span class="evaluate">{rng.randint(1, 900)}</span><span class="evaluate-bad">{rng.randint(0, 30)}</span><span>已赞过</span><span>已踩过</span><div class="evaluate-title">你对这个回答的评价是？</div><a href="#">评论</a><a href="#">收起</a></div>'
    return (
        f'<div id="body" class="layout"><div id="wgt-ask" class="wgt-ask"><h1><span class="ask-title">{page.title}</span></h1>'
        f'<div class="line mt-5 q-content"><span class="con">{br(page.posts[0])}</span></div><div class="line f-aid ask-info"><a class="ask-user" href="#">{ask}</a><span class="grid-r">{date(rng)}</span><span>2个回答</span></div></div>'
        f'<div class="wgt-best"><div class="wgt-best-header"><span class="wgt-best-title">最佳答案</span></div><div class="wgt-replyer-all"><a class="wgt-replyer-all-uname" href="#">{best}</a><span>{date(rng)}</span></div>'
        f'<div class="answer-text line"><div class="best-text mb-10">{br(page.posts[1])}</div><div class="wgt-best-mask"><span>展开全部</span></div></div>'
        f'<div class="wgt-replyask">{follow}</div>{vote}</div>'
        f'<div class="wgt-answers"><div class="hd line other-hd"><h2>其他回答</h2></div><div class="bd answer"><div class="line info"><a class="user-name" href="#">{other}</a><span>{date(rng)}</span></div>'
        f'<div class="line content"><div class="answer-text mb-10">{br(page.posts[-1])}</div></div>{vote}</div></div></div>'
    )


def zhihu_answer(page: Page, rng: random.Random) -> str:
    """posts: the question, the one answer shown."""
    u = page.users[1]
    n_c = rng.randint(3, 8)
    cmts = comments(page, rng, n_c)
    n_all = rng.randint(5, 300)
    more = comments(page, rng, 2)  # teasers of other answers
    ch(
        page,
        u,
        "关注问题",
        "写回答",
        "查看全部",
        "个回答",
        "条评论",
        "人赞同了该回答",
        "发布于",
        "编辑于",
        "展开其余",
        "条回复",
        "更多回答",
        "回复",
        "喜欢",
        "收起评论",
        "默认",
        "最新",
        "阅读全文",
    )
    items = "".join(
        f'<div class="CommentItem"><div class="CommentItem-meta">{avatar(i)}<span class="UserLink">{cu}</span><span class="CommentItem-time">{tm}</span><span>IP 属地{rng.choice(REGIONS)}</span></div>'
        f'<div class="CommentContent css-1ygdre8">{t}</div><div class="CommentItem-footer"><button class="Button">回复</button><button class="Button">喜欢 {lk}</button></div>'
        + (
            f'<div class="CommentItem-fold"><button class="Button">展开其余 {rng.randint(2, 30)} 条回复</button></div>'
            if i == 0
            else ""
        )
        + "</div>"
        for i, (cu, t, tm, lk) in enumerate(cmts)
    )
    teasers = "".join(
        f'<div class="List-item"><div class="ContentItem AnswerItem"><span class="AuthorInfo-name">{tu}</span><div class="RichContent is-collapsed"><span class="RichText ztext CopyrightRichText-richText">{t}</span><button class="Button ContentItem-more">阅读全文</button></div></div></div>'
        for tu, t, _, _ in more
    )
    return (
        f'<div class="QuestionHeader"><h1 class="QuestionHeader-title">{page.title}</h1><div class="QuestionRichText"><span class="RichText ztext">{p_(page.posts[0])}</span></div>'
        f'<div class="QuestionHeader-footer"><button class="Button">关注问题</button><button class="Button">写回答</button></div></div>'
        f'<div class="Question-main"><div class="Question-mainColumn"><div class="Card ViewAll"><a href="#">查看全部 {n_all} 个回答</a></div>'
        f'<div class="Card AnswerCard"><div class="QuestionAnswer-content"><div class="ContentItem AnswerItem"><div class="ContentItem-meta"><div class="AuthorInfo"><a class="UserLink-link" href="#">{u}</a></div><button class="Button">{rng.randint(2, 999)} 人赞同了该回答</button></div>'
        f'<div class="RichContent"><span class="RichText ztext CopyrightRichText-richText">{p_(page.posts[1])}</span><div class="ContentItem-time">编辑于 {date(rng)}</div>'
        f'<div class="ContentItem-actions"><button class="Button">赞同</button><button class="Button">{n_c} 条评论</button><button class="Button">收起评论</button></div></div>'
        f'<div class="Comments-container"><div class="CommentsV2-topbar"><span>{n_c} 条评论</span><span>默认</span><span>最新</span></div><div class="CommentListV2">{items}</div></div></div></div></div>'
        f'<div class="Card MoreAnswers"><div class="List-header"><h4>更多回答</h4></div>{teasers}</div></div></div>'
    )


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "photo_story": ("article", photo_story),
    "bar_first": ("article", bar_first),
    "sig_forum": ("forum", sig_forum),
    "hupu": ("forum", hupu),
    "nga": ("forum", nga),
    "discuz_mobile": ("forum", discuz_mobile),
    "zhidao_zhuiwen": ("qa", zhidao_zhuiwen),
    "zhihu_answer": ("qa", zhihu_answer),
}

SITES = {
    "photo_story": ("城市画报网", ["首页", "图片", "视频", "专题"]),
    "bar_first": ("晚报新闻网", ["首页", "本地", "社会", "财经", "评论"]),
    "sig_forum": ("爱好者论坛", ["论坛首页", "搜索", "帮助", "登录", "注册"]),
    "hupu": ("虎扑社区", ["首页", "步行街", "NBA", "足球", "游戏"]),
    "nga": ("NGA玩家社区", ["首页", "版面", "搜索", "设置"]),
    "discuz_mobile": ("手机论坛", ["首页", "版块", "我的"]),
    "zhidao_zhuiwen": ("百度知道", ["首页", "问题", "全部问题", "经济金融", "教育科学"]),
    "zhihu_answer": ("知乎", ["首页", "会员", "发现", "等你来答"]),
}


def _posts(rng: random.Random, kind: str, shape: str, engine: str) -> list[list[str]]:
    long_pool = [x for x in texts()["zh"] if " " not in x and "声明" not in x and "版权" not in x]
    short_pool = _sentences("zh")

    def take(pool: list[str], n: int) -> list[str]:
        return [pool[rng.randrange(len(pool))] for _ in range(n)]

    if kind == "article":
        if engine == "photo_story":
            # a photo story of about 130 characters (short), or two paragraphs
            one = [x for x in long_pool if 80 <= len(x) <= 180] or long_pool
            return [take(one, 1 if shape == "short" else 2)]
        return [take(long_pool, {"short": 1, "long": rng.randint(2, 3), "trad": rng.randint(1, 3)}[shape])]
    if engine == "zhidao_zhuiwen":
        n_follow = 2 if shape == "short" or rng.random() < 0.5 else 4
        if shape == "short":
            return [
                take(short_pool, 1),
                take(short_pool, rng.randint(1, 2)),
                *[take(short_pool, 1) for _ in range(n_follow)],
                take(short_pool, 1),
            ]
        return [
            take(long_pool, 1),
            take(long_pool, rng.randint(2, 3)),
            *[take(short_pool, 1) for _ in range(n_follow)],
            take(long_pool, 1),
        ]
    if engine == "zhihu_answer":
        if shape == "short":
            return [take(short_pool, 1), take(short_pool, rng.randint(1, 2))]
        return [take(long_pool, 1), take(long_pool, rng.randint(3, 6))]
    n = rng.randint(2, 3) if shape == "short" else rng.randint(3, 6)
    if shape == "short":
        return [take(short_pool, 1), *[take(short_pool, 1) for _ in range(n)]]
    return [take(long_pool, rng.randint(1, 3)), *[take(long_pool, rng.randint(1, 2)) for _ in range(n)]]


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, kind, shape, engine)
            users = [user(rng) for _ in posts]
            title = rng.choice(TITLES if kind == "article" else QTITLES)
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            body = fn(page, rng)
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = f"© 2024 {site} 京ICP备{rng.randint(10**7, 10**8)}号 {rng.choice(AGO)}更新"
            ch(page, foot, *nav_items)
            html = (
                f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
                f'<div class="top-header"><a class="logo" href="/">{site}</a><div class="nav">{nav}</div></div>'
                f'<div class="page-main">{body}</div><div class="footer"><p>{foot}</p></div></body></html>'
            )
            thread_score.finish_page(page, html, shape == "trad", s2t)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, list(ENGINES), SHAPES)
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(
        argv, __doc__, build, page_half, check_page, ("all", "article", "forum", "qa", *SHAPES), SET
    )


if __name__ == "__main__":
    raise SystemExit(main())
