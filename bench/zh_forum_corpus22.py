"""Modern Chinese community pages (2018–2026) that are neither a clean portal article nor a classic BBS, a generator
of round 22 (issue #12, the hidden "forum / Q&A / modern article" class).

Written before cleaner ran on it. The markup is the author's rendering, from memory, of how such server-rendered
single-page apps are built; no third-party page is copied, and every chrome sentence is the author's own. The
earlier generators hold classic forums (``forum_corpus18``, ``zh_forum_corpus20/21``) and platform articles whose
comments are not gold (``zh_modern_corpus19``); this one holds community pages whose comments are part of the
thread, with the chrome such apps render around them:

- ``zhihu_answers``: a Zhihu-like question page: question header (detail text, 关注问题 / 写回答 / 好问题 buttons),
  answers with an author card holding a one-sentence headline bio, "N 人赞同了该回答", the first answer collapsed
  behind "展开阅读全文", "编辑于 <date>・IP 属地X", an action bar (赞同 1.2 万 / 添加评论 / 分享 / 收藏), a
  ``type="text/json"`` state block repeating the answers, a 相关问题 list and an advert card;
- ``douban_review``: a Douban-like film review (影评): the review, a spoiler warning, "有用 12 没用 3", 举报,
  the 回应 list (gold), "你的回应", a film info box and 推荐影评 with summaries;
- ``weibo_article``: a Weibo-like 头条文章: an author card (关注, 粉丝, a bio sentence), the article, "阅读 10万+",
  comments "user：text" with "<date> 来自X", 回复, 赞, "打开微博App查看更多" (since round 23 the comments are not
  gold: a platform article's comments are not, as zh_modern_corpus19 and magichtml_zh's tune Toutiao gold have it;
  a community post's are: 博客园, Douban);
- ``xhs_note``: a Xiaohongshu-like note: a short text, topic tags (#…), "编辑于 3天前 广东", a 赞 / 收藏 / 评论
  bar, comments with an "作者" badge and nested replies behind "展开 N 条回复", "说点什么…", an app banner;
- ``tieba_mobile``: Tieba's mobile web view: "打开App" banners between floors ("打开贴吧App，查看更多精彩回复"),
  楼主 / N楼 headers with IP属地, "查看全部N条回复" chips, 本吧热帖;
- ``cnblogs_post``: a 博客园-like blog post with code, "posted @ … 阅读(123) 评论(3) 编辑 收藏 举报", 好文要顶 /
  关注我, the author's blog stats, comments "#1楼 <date> user" + text (gold) + "支持(0) 反对(0)", 【推荐】 advert
  lines written as sentences, 相关博文;
- ``segmentfault_qa``: a SegmentFault-like Q&A in Chinese with code in the question and answers, tags, vote
  counts, an "采纳" label, "撰写回答", a login prompt sentence and 推荐问题;
- ``selfmedia_wall``: a 网易号 / 搜狐号-like self-media article with an author card (关注, 粉丝, a bio sentence), the
  text's second half in a height-capped box under "展开全文" / "打开App阅读全文", 举报, a 平台声明 sentence and
  相关推荐 with summaries (no comments: gold is the article);
- ``state_stub``: a server-rendered stub (title, the first paragraph, "展开阅读全文", a skeleton) whose whole
  article sits only in ``window.__INITIAL_STATE__`` (gold: the article's paragraphs).

Three shapes: ``short`` (one or two short paragraphs / one-sentence posts), ``long`` (several paragraphs), ``trad``
(the whole page in Traditional characters). Gold = the article or question and every answer / comment / reply in
page order (a comment's text, not its "user：" prefix or header; code lines included), without bylines, author
cards and bios, bars, labels, tags, banners, adverts or lists. Chrome strings (checked as "kept") are the author's
own sentences and labels, never gold text.

Halves: per shape, the engines ranked by a hash of ``zhforum22/<id>``, alternately tune and check.

    python bench/zh_forum_corpus22.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_forum_corpus22.py --verbose          # and each tune page's problems
    python bench/zh_forum_corpus22.py --dump ID          # a tune page's html, gold and output
    python bench/zh_forum_corpus22.py --seed S --score   # fresh pages of the same layouts
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import html as htmlmod
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from forum_corpus18 import _sentences, ch, p_
from thread_corpus4 import texts
from zh_forum_corpus21 import ADS, RELATED, SNIPPETS, br
from zh_modern_corpus19 import AGO, CODE, QTITLES, REGIONS, TITLES, Page, avatar, date, num, s2t, user

SET = "zhforum22"
SHAPES = ("short", "long", "trad")

BIOS = [
    "十年互联网从业者，关注教育与科技，偶尔写点生活里的小观察。",
    "一个喜欢拍照和做饭的普通上班族，在这里记录日常的点点滴滴。",
    "前媒体人，现在做独立研究，相信认真写下来的东西总会有人看到。",
    "医学硕士在读，分享靠谱的健康知识，不卖货也不接任何广告。",
]
STATEMENTS = [
    "特别声明：本文为自媒体作者上传并发布，仅代表该作者观点，平台仅提供信息存储空间服务。",
    "本文由入驻平台的作者撰写，观点仅代表作者本人，不代表平台立场，如有侵权请联系删除。",
]
LOGIN = [
    "你尚未登录，登录后可以和答主交流问题的细节，也可以关注问题获得更新提醒。",
    "登录后你可以收藏感兴趣的问题，并在有新回答的时候第一时间收到通知。",
]
PROMOS = [
    "【推荐】新一代云服务器限时特惠，新用户首年低至九十九元，还送一个月的对象存储额度。",
    "【推荐】技术人的年度大会报名开启，二十个专场等你来听，早鸟票今天是最后一天。",
]
TAGS = ["#周末去哪儿", "#我的日常", "#生活小技巧", "#好物分享", "#城市漫步", "#新手必看"]
FILMS = ["《远方的灯塔》", "《夏日回声》", "《山那边的人》"]
SPOILER = "这篇影评可能有剧透"


def comment_texts(rng: random.Random, n: int) -> list[list[str]]:
    """``n`` comments, one or two sentences each (gold)."""
    pool = _sentences("zh")
    out = []
    for _ in range(n):
        text = pool[rng.randrange(len(pool))]
        if rng.random() < 0.3:
            text += pool[rng.randrange(len(pool))]
        out.append([text])
    return out


def bar(page: Page, *labels: str) -> str:
    ch(page, *labels)
    return "".join(f'<button type="button" class="Button">{x}</button>' for x in labels)


def rec_list(page: Page, rng: random.Random, n: int, summaries: bool = True) -> str:
    """``n`` recommended items: title (+ a summary sentence), chrome."""
    out = []
    for t, s in zip(rng.sample(RELATED, n), rng.sample(SNIPPETS, n), strict=True):
        ch(page, t, *([s] if summaries else []))
        out.append(
            f'<li class="rec-item"><a href="/p/{rng.randint(10000, 99999)}">{t}</a>'
            + (f'<p class="rec-summary">{s}</p>' if summaries else "")
            + f'<span class="rec-meta">{num(rng)}阅读</span></li>'
        )
    return "".join(out)


# ---------------------------------------------------------------------------------------------------- Q&A


def zhihu_answers(page: Page, rng: random.Random) -> str:
    ch(
        page,
        "关注问题",
        "写回答",
        "邀请回答",
        "好问题",
        "添加评论",
        "分享",
        "收藏",
        "喜欢",
        "收起",
        "展开阅读全文",
        "相关问题",
        "人赞同了该回答",
        "IP 属地",
        "编辑于",
        "广告",
    )
    bios = [rng.choice(BIOS) for _ in page.posts]
    ch(page, *bios)

    def answer(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        up = num(rng)
        collapsed = " is-collapsed" if k == 1 else ""
        more = (
            '<button class="Button ContentItem-more">展开阅读全文<span class="ContentItem-arrowIcon"></span></button>'
            if k == 1
            else ""
        )
        return (
            f'<div class="List-item" tabindex="0"><div class="ContentItem AnswerItem" data-zop=\'{{"authorName":"{u}","itemId":{9000 + k}}}\'>'
            f'<div class="ContentItem-meta"><div class="AuthorInfo"><span class="UserLink AuthorInfo-avatarWrapper">{avatar(k)}</span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><a class="UserLink-link" href="/people/u{k}">{u}</a></div>'
            f'<div class="AuthorInfo-detail"><div class="AuthorInfo-badgeText">{bios[k]}</div></div></div></div>'
            f'<div class="css-h5al4j"><span class="Voters"><button type="button" class="Button Button--plain">{up} 人赞同了该回答</button></span></div></div>'
            f'<div class="RichContent RichContent--unescapable{collapsed}"><div class="RichContent-inner"><span class="RichText ztext CopyrightRichText-richText">{p_(page.posts[k])}</span></div>{more}'
            f'<div><div class="ContentItem-time"><a href="/answer/{9000 + k}"><span data-tooltip="发布于 {date(rng)}">编辑于 {date(rng)}・IP 属地{rng.choice(REGIONS)}</span></a></div></div>'
            f'<div class="ContentItem-actions"><span><button class="Button VoteButton VoteButton--up">赞同 {up}</button><button class="Button VoteButton VoteButton--down"></button></span>'
            f"{bar(page, '添加评论', '分享', '收藏', '喜欢')}</div></div></div></div>"
        )

    state = {
        "initialState": {
            "entities": {
                "answers": {
                    str(9000 + k): {
                        "content": p_(page.posts[k]),
                        "author": {"name": page.users[k], "headline": bios[k]},
                    }
                    for k in range(1, len(page.posts))
                },
                "questions": {"1": {"title": page.title, "detail": p_(page.posts[0])}},
            }
        }
    }
    blob = htmlmod.escape(json.dumps(state, ensure_ascii=False), quote=False)
    related = "".join(
        f'<a class="SimilarQuestions-item" href="/question/{rng.randint(10**8, 10**9)}">{t}</a><span>{rng.randint(2, 900)} 个回答</span>'
        for t in rng.sample(RELATED, 3)
    )
    ch(page, *RELATED)
    adv = rng.choice(ADS)
    ch(page, adv)
    return (
        f'<main role="main" class="App-main"><div class="QuestionPage"><div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main">'
        f'<div class="QuestionHeader-topics"><a class="TopicLink" href="#">{rng.choice(["生活", "职场", "教育"])}</a></div><h1 class="QuestionHeader-title">{page.title}</h1>'
        f'<div class="QuestionRichText QuestionRichText--collapsed"><span class="RichText ztext">{p_(page.posts[0])}</span></div></div>'
        f'<div class="QuestionHeader-side"><div class="NumberBoard"><div>关注者 {num(rng)}</div><div>被浏览 {num(rng)}</div></div></div></div>'
        f'<div class="QuestionHeader-footer">{bar(page, "关注问题", "写回答", "邀请回答", "好问题 " + str(rng.randint(1, 99)), "添加评论", "分享")}</div></div>'
        f'<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn"><div class="Card AnswersNavWrapper"><div class="List"><div class="List-header"><h4 class="List-headerText">{len(page.posts) - 1} 个回答</h4></div>'
        f"<div>{''.join(answer(k) for k in range(1, len(page.posts)))}</div></div></div></div></div>"
        f'<div class="Question-sideColumn"><div class="Card SimilarQuestions"><div class="Card-header">相关问题</div>{related}</div>'
        f'<div class="Card Pc-card"><span class="Pc-tag">广告</span><a href="#">{adv}</a></div></div></div></div></main>'
        f'<script id="js-initialData" type="text/json">{blob}</script>'
    )


def segmentfault_qa(page: Page, rng: random.Random) -> str:
    login = rng.choice(LOGIN)
    ch(page, login, "撰写回答", "采纳", "推荐问题", "关注", "收藏", "举报", "编辑", "回复", "赞")
    tags = rng.sample(["python", "javascript", "linux", "nginx", "docker"], 2)

    def code_block(k: int) -> str:
        lines = page.code[k]  # type: ignore[attr-defined]
        return f'<pre class="language-bash"><code>{chr(10).join(lines)}</code></pre>' if lines else ""

    def answer(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        adopted = '<span class="badge bg-success">采纳</span>' if k == 1 else ""
        return (
            f'<div class="card answer-item mb-4"><div class="d-flex"><div class="vote-box"><button class="btn">赞</button><span class="count">{rng.randint(0, 40)}</span></div>'
            f'<div class="flex-grow-1"><div class="article fmt article-content">{p_(page.posts[k][: len(page.posts[k]) - len(page.code[k])])}{code_block(k)}</div>'  # type: ignore[attr-defined]
            f'<div class="d-flex justify-content-between answer-meta"><div>{adopted}<a href="#">编辑</a> <a href="#">举报</a></div><div class="user-info"><a href="/u/{k}">{u}</a><span>{rng.choice(AGO)}</span></div></div>'
            f'<div class="comment-area"><a href="#">回复</a></div></div></div></div>'
        )

    rec = "".join(f'<li><a href="#">{t}</a><span>{rng.randint(1, 9)} 回答</span></li>' for t in rng.sample(RELATED, 3))
    ch(page, *RELATED)
    n = len(page.posts)
    return (
        f'<div id="__next"><div class="container"><div class="row"><div class="col-lg-9"><div class="question-header"><h1 class="h3">{page.title}</h1>'
        f'<div class="tags">{"".join(f"<a class=badge-tag href=#>{t}</a>" for t in tags)}</div><div class="meta"><a href="#">{page.users[0]}</a> <span>{rng.choice(AGO)}</span> 提问</div></div>'
        f'<div class="card question-body"><div class="article fmt article-content">{p_(page.posts[0][: len(page.posts[0]) - len(page.code[0])])}{code_block(0)}</div>'  # type: ignore[attr-defined]
        f'<div class="q-actions"><button class="btn">关注 {rng.randint(1, 30)}</button><button class="btn">收藏 {rng.randint(0, 9)}</button><a href="#">举报</a></div></div>'
        f'<div class="answers-wrap"><h3 class="answers-count">{n - 1} 个回答</h3>{"".join(answer(k) for k in range(1, n))}</div>'
        f'<div class="card write-answer"><h4>撰写回答</h4><p class="login-tip">{login}</p><button class="btn btn-primary">撰写回答</button></div></div>'
        f'<div class="col-lg-3"><div class="card side"><h5>推荐问题</h5><ul>{rec}</ul></div></div></div></div></div>'
    )


# ---------------------------------------------------------------------------------------------------- communities


def douban_review(page: Page, rng: random.Random) -> str:
    film = rng.choice(FILMS)
    ch(
        page,
        SPOILER,
        "有用",
        "没用",
        "举报",
        "回应",
        "你的回应",
        "推荐影评",
        "导演",
        "主演",
        "分享到",
        "更多影评",
        film,
    )
    up, down = rng.randint(1, 900), rng.randint(0, 40)

    def reply(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        return (
            f'<div class="item comment-item" data-cid="{7000 + k}"><div class="pic">{avatar(k)}</div><div class="content report-comment">'
            f'<div class="header"><a href="#">{u}</a><span class="pubtime">{date(rng)}</span></div><p class="comment-text">{br(page.posts[k])}</p>'
            f'<div class="op-lnks"><a href="#" class="comment-report">举报</a> <a href="#" class="reply">回应</a></div></div></div>'
        )

    recs = rec_list(page, rng, 3)
    return (
        f'<div id="wrapper"><div id="content"><h1><span property="v:summary">{page.title}</span></h1><div class="grid-16-8 clearfix"><div class="article">'
        f'<div class="main" id="{5000}"><header class="main-hd"><a href="#" class="avatar">{avatar(0)}</a><a href="#" class="name">{page.users[0]}</a> 评论 <a href="#">{film}</a>'
        f'<span class="allstar40 main-title-rating" title="推荐"></span><span class="main-meta">{date(rng)}</span></header>'
        f'<div class="main-bd"><p class="spoiler-tip">{SPOILER}</p><div class="review-content clearfix" data-author="{page.users[0]}">{p_(page.posts[0])}</div>'
        f'<div class="main-author-bar"></div><div class="action"><button class="btn useful_count">有用 {up}</button><button class="btn useless_count">没用 {down}</button>'
        f'<a class="report" href="#">举报</a><span class="share">分享到</span></div></div></div>'
        f'<div id="comments" class="comment-list"><h2>回应</h2>{"".join(reply(k) for k in range(1, len(page.posts)))}</div>'
        f'<div class="comment-form"><h2>你的回应</h2><textarea name="rv_comment"></textarea><button>回应</button></div><a href="#">&gt; 更多影评</a></div>'
        f'<div class="aside"><div class="subject-info"><h2>{film}</h2><p>导演: {user(rng)}</p><p>主演: {user(rng)} / {user(rng)}</p></div>'
        f'<div class="recommend"><h2>推荐影评</h2><ul>{recs}</ul></div></div></div></div></div>'
    )


def weibo_article(page: Page, rng: random.Random) -> str:
    bio = rng.choice(BIOS)
    author = page.users[0]
    ch(
        page,
        bio,
        author,
        "关注",
        "粉丝",
        "阅读",
        "来自",
        "回复",
        "赞",
        "打开微博App查看更多",
        "查看更多评论",
        "转发",
        "评论",
    )

    def comment(k: int) -> str:
        u = page.users[k]
        ch(page, u, f"{u}：")
        return (
            f'<div class="list_li S_line1 clearfix" comment_id="{400000 + k}"><div class="WB_face">{avatar(k)}</div><div class="list_con">'
            f'<div class="WB_text"><a href="#" usercard="id={k}">{u}</a>：{" ".join(page.posts[k])}</div>'
            f'<div class="WB_func clearfix"><div class="WB_handle"><ul><li><a href="#">回复</a></li><li><a href="#"><em>赞</em><em>{rng.randint(1, 999)}</em></a></li></ul></div>'
            f'<div class="WB_from S_txt2">{rng.choice(AGO)} 来自{rng.choice(REGIONS)}</div></div></div></div>'
        )

    return (
        f'<div class="WB_artical"><div class="main_toppic"><div class="title" node-type="articleTitle">{page.title}</div>'
        f'<div class="W_fl"><span class="author">{avatar(0)}<a href="#" class="S_txt1">{author}</a></span><span class="time">{date(rng)}</span><span class="num">阅读 {rng.choice(["10万+", num(rng)])}</span></div>'
        f'<div class="W_fr"><a class="W_btn_b" href="#">+ 关注</a></div></div>'
        f'<div class="WB_editor_iframe_new" node-type="contentBody">{p_(page.posts[0])}</div>'
        f'<div class="artical_add_box"><div class="card_author"><a href="#">{author}</a><p class="intro">{bio}</p><span>粉丝 {num(rng)}</span><a class="W_btn_b">+ 关注</a></div>'
        f'<div class="WB_handle"><ul><li>转发 {rng.randint(1, 99)}</li><li>评论 {len(page.posts) - 1}</li><li>赞 {rng.randint(1, 999)}</li></ul></div></div>'
        f'<div class="WB_feed_repeat"><div class="WB_repeat"><div class="repeat_list"><div class="list_box"><div class="list_ul">{"".join(comment(k) for k in range(1, len(page.posts)))}</div>'
        f'<a class="WB_cardmore" href="#">查看更多评论</a></div></div></div></div><div class="app-banner">打开微博App查看更多</div></div>'
    )


def xhs_note(page: Page, rng: random.Random) -> str:
    tags = rng.sample(TAGS, 3)
    ch(
        page,
        *tags,
        "编辑于",
        "作者",
        "说点什么",
        "打开小红书App查看更多精彩",
        "登录后查看更多评论",
        "展开",
        "条回复",
        "收藏",
        "关注",
        "回复",
    )
    # comments: top-level k, with nested replies; page.lzl marks nested ones
    items = []
    k = 1
    while k < len(page.posts):
        u = page.users[k]
        ch(page, u)
        badge = '<span class="tag author-tag">作者</span>' if rng.random() < 0.3 else ""
        subs = []
        j = k + 1
        while j < len(page.posts) and page.lzl[j]:  # type: ignore[attr-defined]
            su = page.users[j]
            ch(page, su)
            subs.append(
                f'<div class="comment-item comment-item-sub"><div class="avatar">{avatar(j)}</div><div class="right"><div class="author"><a class="name" href="#">{su}</a></div>'
                f'<div class="content"><span class="note-text">{" ".join(page.posts[j])}</span></div><div class="info"><div class="date"><span>{rng.choice(AGO)}</span><span class="location">{rng.choice(REGIONS)}</span></div>'
                f'<div class="interactions"><div class="like"><span class="count">{rng.randint(0, 99)}</span></div><div class="reply"><span class="count">回复</span></div></div></div></div></div>'
            )
            j += 1
        sub = (
            f'<div class="reply-container"><div class="list-container">{"".join(subs)}</div><div class="show-more">展开 {len(subs) + rng.randint(1, 9)} 条回复</div></div>'
            if subs
            else ""
        )
        items.append(
            f'<div class="parent-comment"><div class="comment-item"><div class="avatar">{avatar(k)}</div><div class="right"><div class="author-wrapper"><div class="author"><a class="name" href="#">{u}</a>{badge}</div></div>'
            f'<div class="content"><span class="note-text">{" ".join(page.posts[k])}</span></div><div class="info"><div class="date"><span>{rng.choice(AGO)}</span><span class="location">{rng.choice(REGIONS)}</span></div>'
            f'<div class="interactions"><div class="like"><span class="count">{rng.randint(0, 999)}</span></div><div class="reply"><span class="count">回复</span></div></div></div></div></div>{sub}</div>'
        )
        k = j
    tag_html = " ".join(f'<a class="tag" href="/search?k={t[1:]}">{t}</a>' for t in tags)
    return (
        f'<div id="noteContainer" class="note-container"><div class="media-container">{avatar(99)}</div><div class="interaction-container">'
        f'<div class="author-container"><div class="author-wrapper"><div class="info">{avatar(0)}<a class="name" href="#"><span class="username">{page.users[0]}</span></a></div><button class="follow-button">关注</button></div></div>'
        f'<div class="note-scroller"><div class="note-content"><div id="detail-title" class="title">{page.title}</div><div id="detail-desc" class="desc"><span class="note-text">{br(page.posts[0])}</span></div>'
        f'<div class="tags-wrapper">{tag_html}</div><div class="bottom-container"><span class="date">编辑于 {rng.choice(AGO)} {rng.choice(REGIONS)}</span></div></div>'
        f'<div class="comments-el"><div class="comments-container"><div class="total">共 {len(page.posts) - 1} 条评论</div><div class="list-container">{"".join(items)}</div>'
        f'<div class="end-container">登录后查看更多评论</div></div></div></div>'
        f'<div class="interactions engage-bar"><div class="input-box"><span class="placeholder">说点什么...</span></div><span class="like-wrapper">赞 {num(rng)}</span><span class="collect-wrapper">收藏 {num(rng)}</span><span class="chat-wrapper">评论 {len(page.posts) - 1}</span></div></div></div>'
        f'<div class="app-banner"><p>打开小红书App查看更多精彩</p></div>'
    )


def tieba_mobile(page: Page, rng: random.Random) -> str:
    bar_name = rng.choice(["生活", "数码", "考研", "装修"]) + "吧"
    banner = "打开贴吧App，查看更多精彩回复"
    ch(page, bar_name, banner, "打开App", "关注", "楼主", "IP属地", "本吧热帖", "条回复", "查看全部", "只看楼主")

    def floor(k: int) -> str:
        u = page.users[k]
        label = "楼主" if k == 0 else f"{k + 1}楼"
        ch(page, u, label)
        chips = ""
        if k > 0 and rng.random() < 0.5:
            chips = f'<div class="sub-reply-chip"><span>查看全部{rng.randint(2, 30)}条回复</span></div>'
        return (
            f'<div class="pb-floor" data-floor="{k + 1}"><div class="floor-header"><div class="user-avatar">{avatar(k)}</div><div class="user-info"><span class="user-name">{u}</span>'
            f'<span class="floor-info">{label} · {rng.choice(AGO)} · IP属地{rng.choice(REGIONS)}</span></div></div>'
            f'<div class="floor-content"><div class="pb-content-wrapper">{br(page.posts[k])}</div></div>{chips}</div>'
        )

    floors = [floor(k) for k in range(len(page.posts))]
    for at in range(len(floors) - 1, 0, -3):
        floors.insert(at, f'<div class="app-guide-banner"><span>{banner}</span><button>打开App</button></div>')
    hot = "".join(
        f'<li class="hot-thread"><a href="#">{t}</a><span>{rng.randint(2, 300)}条回复</span></li>'
        for t in rng.sample(RELATED, 3)
    )
    ch(page, *RELATED)
    return (
        f'<div id="app" class="pb-page"><div class="nav-bar"><span class="forum-name">{bar_name}</span><button class="follow">关注</button><button class="open-app">打开App</button></div>'
        f'<div class="pb-title"><h1 class="thread-title">{page.title}</h1><span class="only-lz">只看楼主</span></div>'
        f'<div class="pb-floor-list">{"".join(floors)}</div>'
        f'<div class="hot-threads"><h3>本吧热帖</h3><ul>{hot}</ul></div></div>'
    )


def cnblogs_post(page: Page, rng: random.Random) -> str:
    promo = rng.choice(PROMOS)
    author = page.users[0]
    ch(
        page,
        promo,
        author,
        "posted @",
        "阅读(",
        "评论(",
        "编辑",
        "收藏",
        "举报",
        "好文要顶",
        "关注我",
        "收藏该文",
        "微信分享",
        "粉丝",
        "+加关注",
        "刷新评论",
        "刷新页面",
        "返回顶部",
        "支持(0)",
        "反对(0)",
        "相关博文",
    )
    code = page.code[0]  # type: ignore[attr-defined]
    prose = page.posts[0][: len(page.posts[0]) - len(code)]
    half = max(1, len(prose) // 2)
    body = (
        p_(prose[:half])
        + (f'<div class="cnblogs_code"><pre>{chr(10).join(code)}</pre></div>' if code else "")
        + p_(prose[half:])
    )
    page.posts[0] = [*prose[:half], *code, *prose[half:]]  # the gold in page order: the code between the paragraphs

    def fb(k: int) -> str:
        u = page.users[k]
        ch(page, u, f"#{k}楼")
        return (
            f'<div class="feedbackItem"><div class="feedbackListSubtitle"><div class="feedbackManage">&nbsp;&nbsp;</div><a href="#{k}" class="layer">#{k}楼</a>'
            f'<span class="comment_date">{date(rng)}</span> <a id="a_comment_author_{k}" href="#">{u}</a></div>'
            f'<div class="feedbackCon"><div class="blog_comment_body">{br(page.posts[k])}</div><div class="comment_vote"><span class="comment_error"></span><a href="#" class="comment_digg">支持(0)</a> <a href="#" class="comment_burry">反对(0)</a></div></div></div>'
        )

    rel = "".join(f'<li><a href="#">{t}</a></li>' for t in rng.sample(RELATED, 3))
    ch(page, *RELATED)
    return (
        f'<div id="home"><div id="header"><h1><a id="Header1_HeaderTitle" href="#">{author}</a></h1></div><div id="main"><div id="mainContent"><div class="forFlow"><div id="post_detail"><div class="post">'
        f'<h1 class="postTitle"><a id="cb_post_title_url" class="postTitle2" href="#"><span>{page.title}</span></a></h1><div class="clear"></div>'
        f'<div class="postBody"><div id="cnblogs_post_body" class="blogpost-body cnblogs-markdown">{body}</div>'
        f'<div id="blog_post_info_block"><div id="green_channel"><a href="#">好文要顶</a> <a href="#">关注我</a> <a href="#">收藏该文</a> <a href="#">微信分享</a></div>'
        f'<div id="author_profile"><a href="#">{author}</a><br>粉丝 - {rng.randint(1, 300)} 关注 - {rng.randint(0, 30)}<br><a href="#">+加关注</a></div></div></div>'
        f'<div class="postDesc">posted @ <span id="post-date">{date(rng)}</span>&nbsp; <a href="#">{author}</a>&nbsp; 阅读({rng.randint(10, 9999)})&nbsp; 评论({len(page.posts) - 1})&nbsp; <a href="#">编辑</a>&nbsp; <a href="#">收藏</a>&nbsp; <a href="#">举报</a></div></div></div>'
        f'<div id="blog-comments-placeholder"><div id="comment_pager_top"></div><div class="feedback_area_title">评论列表</div><div class="feedbackNoItems"></div>'
        f"{''.join(fb(k) for k in range(1, len(page.posts)))}</div>"
        f'<div id="comment_form"><a href="#">刷新评论</a><a href="#">刷新页面</a><a href="#">返回顶部</a></div>'
        f'<div id="cnblogs_c1" class="under-post-card"><a href="#">{promo}</a></div><div id="under_post_card2"><div class="itnews under-post-card"><b>相关博文：</b><ul>{rel}</ul></div></div>'
        f"</div></div></div></div>"
    )


# ---------------------------------------------------------------------------------------------------- articles


def selfmedia_wall(page: Page, rng: random.Random) -> str:
    bio = rng.choice(BIOS)
    stmt = rng.choice(STATEMENTS)
    author = page.users[0]
    ch(page, bio, stmt, author, "关注", "粉丝", "展开全文", "打开App阅读全文", "举报", "相关推荐", "打开App", "阅读")
    paras = page.posts[0]
    cut = max(1, (len(paras) + 1) // 2)
    recs = rec_list(page, rng, 3)
    return (
        f'<div class="post_main"><div class="post_wrap"><h1 class="post_title">{page.title}</h1>'
        f'<div class="post_info">{date(rng)} 来源: <a href="#">{author}</a> <span class="ip">{rng.choice(REGIONS)}</span></div>'
        f'<div class="post_author_card">{avatar(0)}<div class="acard-info"><a class="acard-name" href="#">{author}</a><p class="acard-desc">{bio}</p><span class="acard-fans">粉丝 {num(rng)}</span></div><button class="acard-follow">关注</button></div>'
        f'<div class="post_body" id="content">{p_(paras[:cut])}<div class="post_body_more" style="max-height:0;overflow:hidden">{p_(paras[cut:])}</div></div>'
        f'<div class="post_expand"><div class="mask"></div><a class="expand-btn" href="javascript:;">展开全文</a><a class="open-app" href="#">打开App阅读全文</a></div>'
        f'<div class="post_statement"><p>{stmt}</p></div><div class="post_tool"><a href="#">举报</a><span>阅读 {num(rng)}</span></div>'
        f'<div class="post_recommend"><h3>相关推荐</h3><ul>{recs}</ul></div></div></div>'
    )


def state_stub(page: Page, rng: random.Random) -> str:
    ch(page, "展开阅读全文", "加载中", "打开App", "相关推荐")
    paras = page.posts[0]
    recs = [{"title": t, "summary": s} for t, s in zip(rng.sample(RELATED, 3), rng.sample(SNIPPETS, 3), strict=True)]
    ch(page, *(r["title"] for r in recs), *(r["summary"] for r in recs))
    state = {
        "article": {
            "id": rng.randint(10**6, 10**7),
            "title": page.title,
            "author": {"name": page.users[0], "desc": rng.choice(BIOS)},
            "content": p_(paras),
            "publishTime": date(rng),
        },
        "recommend": recs,
        "user": {"isLogin": False},
    }
    blob = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    return (
        f'<div id="app"><div class="article-page" data-server-rendered="true"><h1 class="article-title">{page.title}</h1>'
        f'<div class="article-meta"><span class="name">{page.users[0]}</span><span class="time">{rng.choice(AGO)}</span></div>'
        f'<div class="article-content"><p>{paras[0]}</p></div><div class="read-more"><span>展开阅读全文</span></div>'
        f'<div class="skeleton"><div class="sk-line"></div><div class="sk-line"></div><span class="loading">加载中</span></div>'
        f'<div class="app-guide"><button>打开App</button></div><div class="recommend"><h3>相关推荐</h3></div></div></div>'
        f"<script>window.__INITIAL_STATE__={blob};(function(){{var s;(s=document.currentScript||document.scripts[document.scripts.length-1]).parentNode.removeChild(s);}}());</script>"
    )


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "zhihu_answers": ("qa", zhihu_answers),
    "segmentfault_qa": ("qa", segmentfault_qa),
    "douban_review": ("community", douban_review),
    "weibo_article": ("article", weibo_article),
    "xhs_note": ("community", xhs_note),
    "tieba_mobile": ("community", tieba_mobile),
    "cnblogs_post": ("community", cnblogs_post),
    "selfmedia_wall": ("article", selfmedia_wall),
    "state_stub": ("article", state_stub),
}

SITES = {
    "zhihu_answers": ("知乎", ["首页", "会员", "发现", "等你来答"]),
    "segmentfault_qa": ("思否", ["首页", "问答", "专栏", "资讯", "活动"]),
    "douban_review": ("豆瓣电影", ["影讯&购票", "选电影", "电视剧", "排行榜", "影评"]),
    "weibo_article": ("微博", ["首页", "热门", "视频", "消息"]),
    "xhs_note": ("小红书", ["发现", "发布", "通知"]),
    "tieba_mobile": ("百度贴吧", ["首页", "进吧", "消息"]),
    "cnblogs_post": ("博客园", ["首页", "新随笔", "联系", "订阅", "管理"]),
    "selfmedia_wall": ("网易号", ["首页", "新闻", "体育", "娱乐", "财经"]),
    "state_stub": ("快读", ["推荐", "关注", "热榜"]),
}


def _posts(
    rng: random.Random, kind: str, shape: str, engine: str
) -> tuple[list[list[str]], list[bool], list[list[str]]]:
    """The posts, per post whether it is a nested reply (``xhs_note``), and per post its code lines (the last lines
    of the post's gold, ``segmentfault_qa`` and ``cnblogs_post``)."""
    long_pool = [x for x in texts()["zh"] if " " not in x and "声明" not in x and "版权" not in x]
    short_pool = _sentences("zh")

    def take(pool: list[str], n: int) -> list[str]:
        return [pool[rng.randrange(len(pool))] for _ in range(n)]

    first_pool = short_pool if shape == "short" else long_pool
    if kind == "article":
        n = {"short": rng.randint(1, 2), "long": rng.randint(5, 9), "trad": rng.randint(3, 6)}[shape]
        posts = [take(long_pool, n)]
        return posts, [False], [[]]
    if engine == "xhs_note":
        posts = [take(first_pool, 1 if shape == "short" else rng.randint(2, 3))]
        lzl = [False]
        for _ in range(rng.randint(2, 4)):
            posts.append(take(short_pool, 1))
            lzl.append(False)
            for _ in range(rng.randint(0, 2)):
                posts.append(take(short_pool, 1))
                lzl.append(True)
        return posts, lzl, [[] for _ in posts]
    n_replies = rng.randint(2, 3) if shape == "short" else rng.randint(3, 6)
    if engine in ("douban_review", "weibo_article", "cnblogs_post"):
        first = take(first_pool, 1 if shape == "short" else rng.randint(3, 7))
        posts = [first, *comment_texts(rng, n_replies)]
    elif shape == "short":
        posts = [take(short_pool, 1), *[take(short_pool, 1) for _ in range(n_replies)]]
    else:
        posts = [take(long_pool, rng.randint(1, 2)), *[take(long_pool, rng.randint(1, 3)) for _ in range(n_replies)]]
    code: list[list[str]] = [[] for _ in posts]
    if engine in ("segmentfault_qa", "cnblogs_post"):
        for k in [0, 1] if engine == "segmentfault_qa" else [0]:
            code[k] = rng.sample(CODE, rng.randint(2, 3))
            posts[k] = [*posts[k], *code[k]]
    return posts, [False] * len(posts), code


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts, lzl, code = _posts(rng, kind, shape, engine)
            users = [user(rng) for _ in posts]
            title = rng.choice(QTITLES) if kind == "qa" else rng.choice(TITLES)
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            page.lzl = lzl  # type: ignore[attr-defined]
            page.code = code  # type: ignore[attr-defined]
            body = fn(page, rng)
            if engine == "weibo_article":  # a 头条文章's comments are no part of it (round 23's convention)
                ch(page, *(x for post in page.posts[1:] for x in post))
                page.posts = page.posts[:1]
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = rng.choice(
                [
                    f"© 2025 {site} 京ICP备{rng.randint(10**7, 10**8)}号 违法和不良信息举报电话：400-140-2108",
                    f"Copyright © 2025 {site} 版权所有 | 用户协议 | 隐私政策 | 个人信息保护 | 网络110报警服务",
                ]
            )
            ch(page, foot, *nav_items)
            html = (
                f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width,initial-scale=1'><title>{page.title} - {site}</title>"
                f'<link rel="stylesheet" href="/static/app.{rng.randint(10**6, 10**7)}.css"></head><body>'
                f'<header class="AppHeader"><a class="logo" href="/">{site}</a><nav class="top-nav">{nav}</nav><div class="search"><input placeholder="搜索你感兴趣的内容"></div><a class="login" href="#">登录/注册</a></header>'
                f'{body}<footer class="global-footer"><p>{foot}</p></footer>'
                f'<script src="/static/vendor.{rng.randint(10**6, 10**7)}.js"></script></body></html>'
            )
            thread_score.finish_page(page, html, shape == "trad", s2t)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, list(ENGINES), SHAPES)
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(
        argv, __doc__, build, page_half, check_page, ("all", "qa", "community", "article", *SHAPES), SET
    )


if __name__ == "__main__":
    raise SystemExit(main())
