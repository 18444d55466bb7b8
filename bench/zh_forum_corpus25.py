"""Chinese forum, Q&A and comment pages of 2008–2023 templates no earlier generator renders, a generator of round 25
(issue #12: the magichtml_zh forum check pages lose precision to forum and Q&A chrome).

Written before cleaner ran on it. The markup is the author's rendering, from memory, of how such pages are built;
no third-party page is copied, and every chrome sentence is the author's own. Six layouts:

- ``weibo_pc``: a 微博-like status page: the status text, "来自 iPhone客户端" and "转发 N | 评论 N | 赞 N" bars, a
  热门评论 block copying two comments of the full 全部评论 list, each comment "user：" head apart, a "时间 来自 X
  IP属地：X" line, "回复 | 赞 N" bars, "查看更多回复" / "收起" links;
- ``zhihu_2022``: a 知乎-like question page of 2022: the question detail with "显示全部", answer cards with the
  author's one-line bio, a badge ("优秀答主"), "N 人赞同了该回答", "编辑于 <date>・IP 属地X", "赞同 N / N 条评论 /
  分享 / 收藏 / 喜欢 / 收起" action bars, a "查看全部 N 个回答" link and a 相关问题 box;
- ``douban2010``: a 豆瓣小组-like topic of 2010: "来自: X (签名)" heads, replies quoting an earlier reply (the quote
  is gold, as the magichtml golds keep quotes; its poster's name not), "赞 / 回应 / 删除" bars, "IP属地" lines, a 小组 box;
- ``discuz7``: a Discuz! 7.2 table thread of 2008–2010: author panels (UID, 帖子, 精华, 积分, 阅读权限, 在线时间,
  注册时间, 最后登录, 勋章), "沙发/板凳/地板/N#" floors, "发表于 <date> | 只看该作者", "本帖最后由 X 于 <date> 编辑"
  editor marks, "来自 手机客户端" tails, signatures, "回复 引用 举报 TOP" bars;
- ``m_json``: a mobile (m.) community page: the post and its comments rendered inline (name, "N楼", "IP属地：X",
  "赞 N", "回复", nested "展开 N 条回复"), and the same texts as JSON in a ``<script>`` state and a ld+json block,
  an "打开App查看更多精彩评论" banner;
- ``mip_qa``: a 百度-MIP/AMP-like Q&A page: ``<html amp>``, a "最佳答案" box whose text opens with a truncated copy
  (the first sentence and "…展开全部") then the full text, "其他 N 条回答", answer heads ("X | 来自手机知道 | N级"),
  "回答于 <date>", "已赞过 已踩过 你对这个回答的评价是？ 收起" bars, 大家还在搜 lists.

Three shapes: ``short`` (one-sentence posts), ``long`` (several paragraphs), ``trad`` (Traditional characters).
Gold = the post / question and every reply / comment / answer once, in page order (a copy in a hot block or a
truncated preview is not repeated; a quote's text is), without heads, bios, panels, stamps, bars, tails, signatures or lists.

Halves: per shape, the engines ranked by a hash of ``zhforum25/<id>``, alternately tune and check.

    python bench/zh_forum_corpus25.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_forum_corpus25.py --verbose          # and each tune page's problems
    python bench/zh_forum_corpus25.py --dump ID          # a tune page's html, gold and output
    python bench/zh_forum_corpus25.py --seed S --score   # fresh pages of the same layouts
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from forum_corpus18 import ch, p_
from zh_forum_corpus21 import SIGNS, br
from zh_forum_corpus23 import HOT, TITLES, _posts, hot_list
from zh_modern_corpus19 import QTITLES, REGIONS, Page, avatar, date, num, s2t, user

SET = "zhforum25"
SHAPES = ("short", "long", "trad")

DEVICES = ["iPhone客户端", "HUAWEI Mate 40", "微博 weibo.com", "小米手机", "OPPO智能手机"]
BIOS = [
    "某985高校 计算机硕士，在互联网公司做了八年后端开发",
    "注册营养师，专注于慢性病人群的饮食管理",
    "一个喜欢到处走走的普通上班族，偶尔写点游记",
    "执业律师，主要处理劳动争议和合同纠纷",
]
BADGES = ["优秀答主", "新知答主", "知势榜科技领域影响力榜答主"]
DOUBAN_SIGNS = ["今天也要好好吃饭", "一只在北京漂着的猫", "读书中，勿扰"]
MEDALS = ["原创先锋", "论坛元老", "灌水天才", "热心会员"]
APP_BANNER = "打开App查看更多精彩评论，和网友一起聊聊你的看法吧"


def _bar(items: list[str], sep: str = " | ") -> str:
    return sep.join(f'<a href="javascript:;">{x}</a>' for x in items)


def _ip(rng: random.Random) -> str:
    return f"IP属地：{rng.choice(REGIONS)}"


# ---------------------------------------------------------------------------------------------------- engines


def weibo_pc(page: Page, rng: random.Random) -> str:
    ch(page, "热门评论", "全部评论", "查看更多回复", "收起", "转发", "来自", "IP属地")
    likes = [rng.randint(0, 900) for _ in page.posts]
    hot = sorted(range(1, len(page.posts)), key=lambda k: -likes[k])[:2]

    def comment(k: int, cls: str) -> str:
        u = page.users[k]
        ch(page, u)
        more = f'<div class="list_ul"><a class="WB_cardmore" href="javascript:;">共{rng.randint(2, 30)}条回复 查看更多回复</a></div>' if rng.random() < 0.4 else ""
        return (
            f'<div class="list_li S_line1 clearfix {cls}" comment_id="{4000 + k}"><div class="WB_face W_fl">{avatar(k)}</div><div class="list_con">'
            f'<div class="WB_text"><a class="W_f14 W_fb" usercard="id={k}" href="#">{u}</a>：</div>'
            f'<div class="WB_text comment_txt">{br(page.posts[k])}</div>'
            f'<div class="WB_func clearfix"><div class="WB_from S_txt2">{date(rng)} 来自 {rng.choice(DEVICES)} {_ip(rng)}</div>'
            f'<ul class="clearfix"><li>{_bar(["回复"])}</li><li><a href="javascript:;"><em>赞</em> <em>{likes[k]}</em></a></li></ul></div>{more}</div></div>'
        )

    status = (
        f'<div class="WB_detail"><div class="WB_info"><a class="W_f14 W_fb" href="#">{page.users[0]}</a> <i class="W_icon icon_approve" title="微博个人认证"></i></div>'
        f'<div class="WB_from S_txt2"><a href="#">{date(rng)}</a> 来自 <a href="#">{rng.choice(DEVICES)}</a></div>'
        f'<div class="WB_text W_f14" node-type="feed_list_content">{br(page.posts[0])}</div></div>'
        f'<div class="WB_feed_handle"><ul class="WB_row_line"><li><a href="#">收藏</a></li><li><a href="#">转发 {num(rng)}</a></li>'
        f'<li><a href="#">评论 {len(page.posts) - 1}</a></li><li><a href="#">赞 {num(rng)}</a></li></ul></div>'
    )
    return (
        f'<div class="WB_frame"><div class="WB_main"><div class="WB_cardwrap WB_feed_type">{status}'
        f'<div class="WB_feed_repeat"><div class="WB_repeat"><div class="repeat_list">'
        f'<div class="list_box hot_box"><div class="list_title S_txt1">热门评论</div><div class="list_ul">{"".join(comment(k, "hot") for k in hot)}</div></div>'
        f'<div class="list_box"><div class="list_title S_txt1">全部评论</div><div class="list_ul">{"".join(comment(k, "") for k in range(1, len(page.posts)))}</div>'
        f'<a class="WB_cardmore" href="#"><span class="more_txt">查看更多评论</span></a> <a href="#">收起</a></div></div></div></div></div></div>'
        f'<div class="WB_main_r"><div class="WB_cardwrap"><h4>热门微博</h4><ul>{hot_list(page, rng, 3, "评论")}</ul></div></div></div>'
    )


def zhihu_2022(page: Page, rng: random.Random) -> str:
    ch(page, "显示全部", "人赞同了该回答", "编辑于", "发布于", "IP 属地", "赞同", "条评论", "分享", "收藏", "喜欢", "收起", "个回答", "相关问题", "关注问题", "写回答", *BIOS, *BADGES)

    def answer(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        bio = rng.choice(BIOS)
        badge = f'<div class="AuthorInfo-badge"><span class="AuthorInfo-badgeText">{rng.choice(BADGES)}</span></div>' if rng.random() < 0.4 else ""
        stamp = f'{rng.choice(["编辑于", "发布于"])} {date(rng)}・IP 属地{rng.choice(REGIONS)}'
        return (
            f'<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-zop=\'{{"authorName":"{u}","type":"answer"}}\'>'
            f'<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo"><span class="UserLink AuthorInfo-avatarWrapper">{avatar(k)}</span>'
            f'<div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="#">{u}</a></span></div>'
            f'<div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{bio}</div></div>{badge}</div></div></div>'
            f'<div class="css-1ulgq3a"><span>{rng.randint(2, 9000)} 人赞同了该回答</span></div></div>'
            f'<div class="RichContent RichContent--unescapable"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText">{p_(page.posts[k])}</span></div>'
            f'<div class="ContentItem-time"><a href="#"><span>{stamp}</span></a></div>'
            f'<div class="ContentItem-actions"><span><button class="VoteButton VoteButton--up">赞同 {num(rng)}</button><button class="VoteButton VoteButton--down"></button></span>'
            f'<button class="ContentItem-action">{rng.randint(1, 300)} 条评论</button><button class="ContentItem-action">分享</button><button class="ContentItem-action">收藏</button>'
            f'<button class="ContentItem-action">喜欢</button><button class="ContentItem-action ContentItem-rightButton">收起</button></div></div></div></div>'
        )

    rel = "".join(f'<a class="SimilarQuestions-item" href="#">{t}</a> <span>{rng.randint(2, 900)} 个回答</span>' for t in rng.sample(HOT, 3))
    ch(page, *HOT)
    return (
        f'<div class="QuestionPage"><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main">'
        f'<div class="QuestionHeader-topics"><a class="TopicLink" href="#">{rng.choice(["生活", "职场", "法律"])}</a></div>'
        f'<h1 class="QuestionHeader-title">{page.title}</h1>'
        f'<div class="QuestionRichText QuestionRichText--collapsed"><span class="RichText ztext">{br(page.posts[0])}</span><button class="QuestionRichText-more">显示全部</button></div></div>'
        f'<div class="QuestionHeader-side"><div class="NumberBoard"><div>关注者 {num(rng)}</div><div>被浏览 {num(rng)}</div></div></div></div>'
        f'<div class="QuestionHeader-footer"><button>关注问题</button><button>写回答</button><button>邀请回答</button><button>好问题 {rng.randint(1, 99)}</button><button>分享</button></div></div>'
        f'<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn"><div class="List-header"><h4 class="List-headerText">{len(page.posts) - 1 + rng.randint(0, 40)} 个回答</h4><span>默认排序</span></div>'
        f'<div class="List">{"".join(answer(k) for k in range(1, len(page.posts)))}</div>'
        f'<a class="QuestionMainAction" href="#">查看全部 {len(page.posts) + rng.randint(3, 90)} 个回答</a></div></div>'
        f'<div class="Question-sideColumn"><div class="Card SimilarQuestions"><div class="Card-header">相关问题</div>{rel}</div></div></div></div>'
    )


def douban2010(page: Page, rng: random.Random) -> str:
    ch(page, "来自:", "回应", "删除", "IP属地", "小组", "加入小组", "你的回应", *DOUBAN_SIGNS)

    quoted: dict[int, str] = {}

    def reply(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        quote = ""
        if k >= 2 and rng.random() < 0.5:
            j = rng.randrange(1, k)
            quote = f'<div class="reply-quote"><span class="short" style="display:none">{page.posts[j][0][:24]}</span><span class="all">{page.posts[j][0]}</span><a class="pubdate" href="#">{page.users[j]}</a></div>'
            quoted[k] = page.posts[j][0]
        sig = f'({rng.choice(DOUBAN_SIGNS)})' if rng.random() < 0.5 else ""
        return (
            f'<li class="clearfix comment-item" id="{9000 + k}"><div class="user-face"><a href="#">{avatar(k)}</a></div><div class="reply-doc content">'
            f'<div class="bg-img-green"><h4><a href="#">{u}</a>{sig} <span class="pubtime">{date(rng)}:{rng.randint(10, 59)}</span> <span class="pubtime">{_ip(rng)}</span></h4></div>'
            f'{quote}<p class="">{br(page.posts[k])}</p>'
            f'<div class="operation_div" id="{u}"><div class="operation-more">{_bar(["赞", "回应", "删除"], " ")}</div></div></div></li>'
        )

    replies = "".join(reply(k) for k in range(1, len(page.posts)))
    for k, q in quoted.items():  # a quote's text is in the reply's gold (as the magichtml golds keep it), its name not
        page.posts[k] = [q, *page.posts[k]]
    group = f'<div class="group-item"><div class="title"><a href="#">{rng.choice(["豆瓣读书小组", "租房互助", "我们都是上班族"])}</a></div><div class="member">{num(rng)} 个成员</div><a href="#">加入小组</a></div>'
    return (
        f'<div id="wrapper"><div id="content"><h1>{page.title}</h1><div class="grid-16-8 clearfix"><div class="article"><div class="topic-content clearfix">'
        f'<div class="user-face">{avatar(0)}</div><div class="topic-doc"><h3><span class="from">来自: <a href="#">{page.users[0]}</a>({rng.choice(DOUBAN_SIGNS)})</span>'
        f'<span class="color-green">{date(rng)}:{rng.randint(10, 59)}</span></h3><div class="topic-content"><p>{br(page.posts[0])}</p></div>'
        f'<div class="sns-bar">{_bar(["赞", "收藏", "转发"], " ")}</div></div></div>'
        f'<ul class="topic-reply" id="comments">{replies}</ul>'
        f'<div class="comment-form"><h2>你的回应</h2><textarea name="rv_comment"></textarea></div></div>'
        f'<div class="aside">{group}</div></div></div></div>'
    )


def discuz7(page: Page, rng: random.Random) -> str:
    ch(page, "UID", "帖子", "精华", "积分", "阅读权限", "在线时间", "注册时间", "最后登录", "查看详细资料", "发表于", "只看该作者", "编辑", "手机客户端", "TOP", "勋章", "沙发", "板凳", "地板", "楼主", *SIGNS, *MEDALS)
    floors = ["楼主", "沙发", "板凳", "地板"]

    def post(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        medals = "".join(f'<img src="images/common/medal{i}.gif" alt="{m}" title="{m}">' for i, m in enumerate(rng.sample(MEDALS, 2)))
        edited = ""
        if rng.random() < 0.35:
            e = f"本帖最后由 {u} 于 2009-{rng.randint(1, 12)}-{rng.randint(1, 28)} {rng.randint(0, 23)}:{rng.randint(10, 59)} 编辑"
            ch(page, e)
            edited = f'<i class="pstatus"> {e} </i><br><br>'
        tail = '<div class="mobile-tail"><a href="#">来自 手机客户端</a></div>' if rng.random() < 0.3 else ""
        sign = f'<div class="signatures" style="max-height:100px">{rng.choice(SIGNS)}</div>' if rng.random() < 0.5 else ""
        fl = floors[k] if k < len(floors) else f"{k + 1}<sup>#</sup>"
        panel = (
            f'<td class="postauthor" rowspan="2"><div class="postinfo"><a href="#" class="dropmenu">{u}</a></div><div class="avatar">{avatar(k)}</div>'
            f'<p><em>{rng.choice(["中级会员", "高级会员", "论坛元老"])}</em></p><dl class="profile"><dt>UID</dt><dd>{rng.randint(100, 99999)}&nbsp;</dd><dt>帖子</dt><dd>{rng.randint(1, 9999)}&nbsp;</dd>'
            f'<dt>精华</dt><dd>{rng.randint(0, 9)}&nbsp;</dd><dt>积分</dt><dd>{rng.randint(0, 9999)}&nbsp;</dd><dt>阅读权限</dt><dd>{rng.choice([10, 20, 30])}&nbsp;</dd>'
            f'<dt>在线时间</dt><dd>{rng.randint(1, 900)} 小时&nbsp;</dd><dt>注册时间</dt><dd>2008-{rng.randint(1, 12)}-{rng.randint(1, 28)}&nbsp;</dd><dt>最后登录</dt><dd>2010-{rng.randint(1, 12)}-{rng.randint(1, 28)}&nbsp;</dd></dl>'
            f'<p class="medals">勋章 {medals}</p><ul><li class="pm"><a href="#">发短消息</a></li><li class="buddy"><a href="#">加为好友</a></li></ul><p><a href="#">查看详细资料</a></p></td>'
        )
        return (
            f'<div id="post_{30000 + k}" class="mainbox viewthread"><table id="pid{30000 + k}" summary="pid{30000 + k}" cellspacing="0" cellpadding="0"><tr>{panel}'
            f'<td class="postcontent"><div class="postinfo"><strong><a title="复制本帖链接" id="postnum{30000 + k}" href="#">{fl}</a></strong>'
            f'<em>发表于 2009-{rng.randint(1, 12)}-{rng.randint(1, 28)} {rng.randint(0, 23)}:{rng.randint(10, 59)}</em> <span>|</span> <a href="#">只看该作者</a></div>'
            f'<div class="defaultpost"><div class="postmessage defaultpost"><div class="t_msgfontfix"><table cellspacing="0" cellpadding="0"><tr><td class="t_msgfont" id="postmessage_{30000 + k}">{edited}{br(page.posts[k])}</td></tr></table></div>{tail}</div></div>'
            f'{sign}</td></tr><tr><td class="postcontent postbottom"><div class="postactions"><p>{_bar(["回复", "引用", "评分", "举报"], " ")}</p><p><a href="#top">TOP</a></p></div></td></tr></table></div>'
        )

    return (
        f'<div id="nav"><a href="#">{rng.choice(["家园论坛", "数码社区", "老乡网"])}</a> &raquo; <a href="#">{rng.choice(["灌水专区", "装修交流", "数码讨论"])}</a> &raquo; {page.title}</div>'
        f'<div class="pages_btns"><div class="pages"><a class="next" href="#">下一页</a></div><span class="postbtn"><a href="#">发帖</a> <a href="#">回复</a></span></div>'
        f'<div id="postlist" class="mainbox viewthread"><h1>{page.title}</h1>{"".join(post(k) for k in range(len(page.posts)))}</div>'
        f'<div class="pages_btns"><span class="postbtn"><a href="#">发帖</a></span></div>'
    )


def m_json(page: Page, rng: random.Random) -> str:
    ch(page, "IP属地", "回复", "条回复", APP_BANNER, "App内打开", "展开", "收起", "全部评论", "作者")
    state = {
        "thread": {"title": page.title, "author": page.users[0], "content": "".join(f"<p>{x}</p>" for x in page.posts[0])},
        "comments": [{"user": page.users[k], "floor": k, "content": "\n".join(page.posts[k]), "likes": rng.randint(0, 99)} for k in range(1, len(page.posts))],
    }
    ld = {"@context": "https://schema.org", "@type": "DiscussionForumPosting", "headline": page.title, "articleBody": " ".join(page.posts[0])}

    def comment(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        mark = '<span class="author-tag">作者</span>' if rng.random() < 0.2 else ""
        sub = f'<div class="sub-replies"><a href="javascript:;">展开 {rng.randint(2, 20)} 条回复</a></div>' if rng.random() < 0.4 else ""
        return (
            f'<div class="comment-item" data-floor="{k}"><div class="c-head">{avatar(k)}<span class="c-name">{u}</span>{mark}<span class="c-floor">{k}楼</span></div>'
            f'<div class="c-body">{p_(page.posts[k])}</div>'
            f'<div class="c-foot"><span class="c-time">{rng.choice(["刚刚", "3小时前", "昨天 21:14", "2天前"])}</span> <span class="c-ip">{_ip(rng)}</span>'
            f'<span class="c-act"><i class="icon-like"></i>赞 {rng.randint(0, 99)}</span><span class="c-act">回复</span></div>{sub}</div>'
        )

    return (
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        f'<div class="m-page"><div class="open-app-bar"><span>{rng.choice(["社区", "圈子"])}App</span><a href="#">App内打开</a></div>'
        f'<div class="post-main"><h1 class="post-title">{page.title}</h1><div class="post-author">{avatar(0)}<span>{page.users[0]}</span> <span>{_ip(rng)}</span></div>'
        f'<div class="post-content">{p_(page.posts[0])}</div><div class="post-ops"><span>赞 {num(rng)}</span><span>收藏</span><span>分享</span></div></div>'
        f'<div class="comment-wrap"><div class="comment-title">全部评论 ({len(page.posts) - 1})</div>{"".join(comment(k) for k in range(1, len(page.posts)))}'
        f'<div class="app-banner"><a href="#">{APP_BANNER}</a></div><a class="fold" href="javascript:;">收起</a></div></div>'
        f"<script>window.__INITIAL_STATE__={json.dumps(state, ensure_ascii=False)};</script>"
    )


def mip_qa(page: Page, rng: random.Random) -> str:
    ch(page, "最佳答案", "展开全部", "其他", "条回答", "回答于", "来自手机知道", "已赞过", "已踩过", "你对这个回答的评价是", "收起", "大家还在搜")
    searches = rng.sample(HOT, 3)
    ch(page, *searches)

    def head(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        src = " | 来自手机知道" if rng.random() < 0.4 else ""
        return f'<div class="answer-user"><amp-img src="/a/{k}.jpg" width="30" height="30"></amp-img><span class="name">{u}</span><span class="grade">{src} | {rng.randint(1, 15)}级</span></div>'

    def bar() -> str:
        return '<div class="answer-eval"><span>已赞过</span> <span>已踩过</span> <div class="eval-tip">你对这个回答的评价是？</div><a href="javascript:;">收起</a></div>'

    best = page.posts[1]
    first = best[0]
    cut = first[: max(8, len(first) // 2)]
    other = "".join(
        f'<div class="answer-item">{head(k)}<div class="answer-text">{br(page.posts[k])}</div><div class="answer-time">回答于 {date(rng)}</div>{bar()}</div>'
        for k in range(2, len(page.posts))
    )
    return (
        f'<div class="mip-page"><div class="question"><h1 class="q-title">{page.title}</h1><div class="q-desc">{br(page.posts[0])}</div>'
        f'<div class="q-info"><span>{page.users[0]}</span> <span>{date(rng)}</span> <span>{num(rng)}次浏览</span></div></div>'
        f'<div class="best-answer"><div class="best-title">最佳答案</div>{head(1)}'
        f'<div class="best-preview"><span class="text">{cut}…</span><a class="expand" href="javascript:;">展开全部</a></div>'
        f'<div class="best-full fold-box"><div class="answer-text">{br(best)}</div></div><div class="answer-time">回答于 {date(rng)}</div>{bar()}</div>'
        f'<div class="other-answers"><div class="other-title">其他 {len(page.posts) - 2} 条回答</div>{other}</div>'
        f'<div class="search-more"><div class="title">大家还在搜</div>{"".join(f"<a href=#>{s}</a>" for s in searches)}</div></div>'
    )


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "weibo_pc": ("forum", weibo_pc),
    "douban2010": ("forum", douban2010),
    "discuz7": ("forum", discuz7),
    "m_json": ("forum", m_json),
    "zhihu_2022": ("qa", zhihu_2022),
    "mip_qa": ("qa", mip_qa),
}

SITES = {
    "weibo_pc": ("微博", ["首页", "视频", "发现", "游戏", "注册", "登录"]),
    "douban2010": ("豆瓣", ["首页", "我的豆瓣", "小组", "同城", "社区"]),
    "discuz7": ("论坛", ["首页", "搜索", "帮助", "导航", "登录", "注册"]),
    "m_json": ("社区", ["推荐", "圈子", "我的"]),
    "zhihu_2022": ("知乎", ["首页", "知乎知学堂", "发现", "等你来答"]),
    "mip_qa": ("问答", ["首页", "我的", "提问"]),
}


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, kind, shape)
            for _ in range(20):  # no paragraph twice (a short pool draws the same sentence for two posts)
                flat = [x for paras in posts for x in paras]
                if len(set(flat)) == len(flat):
                    break
                posts = _posts(rng, kind, shape)
            users = [user(rng) for _ in posts]
            title = rng.choice(QTITLES) if kind == "qa" else rng.choice(TITLES)
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            body = fn(page, rng)
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = f"©{rng.choice([2009, 2014, 2022])} {site} 京ICP备{rng.randint(10**5, 10**6)}号 用户协议 隐私政策 联系我们"
            ch(page, foot, *nav_items)
            amp = " amp" if engine == "mip_qa" else ""
            html = (
                f"<!DOCTYPE html><html{amp} lang='zh-CN'><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
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
