"""A third, independent generated corpus of forum threads and Q&A pages (issue #12, round 11).

Written before any tuning of round 11 and apart from ``thread_corpus.py`` and ``thread_corpus2.py``: markup
families and chrome neither of them has (no third-party page is copied; the markup follows how these engines'
public pages are built as the author knows them):

* Chinese: a Discuz! *touch* (mobile) template (``plc cl`` / ``authi`` / ``mtit`` / ``message``), Tieba's new
  web view (``pb-comment-item``, "回复(3)" and "来自Android客户端" tails, floor-in-floor replies), Zhihu answer
  *cards* ("赞同 123" vote buttons, "展开阅读全文", "编辑于 … · IP 属地"), Douban's mobile group page
  ("回应" links, quoted replies), a 360-wenda-like Q&A ("采纳率", "有用(12)"), a SegmentFault-like Q&A in mixed
  Chinese and English (vote counts, answer comments), and two Traditional-Chinese boards: a LIHKG-like one
  (hash classes, "#1" floor numbers, 👍/👎 buttons) and a PTT-like BBS (one ``<div id='main-content'>`` with the
  post's header lines and one-line "推 / → / 噓" pushes after it);
* English: Discourse's *app* view (``article`` with ``data-post-id``, ``topic-meta-data``, ``post-controls``
  buttons, a topic map "replies 12 views 340", ``aside.quote``), XenForo 1 (``messageList`` / ``messageText``
  / ``likesSummary``), MyBB (``post_author`` / ``author_statistics`` / ``post_body`` / ``postbit_buttons``),
  Invision Community 4 (``cPost`` / ``cAuthorPane`` / ``data-role='commentContent'``), a Hacker-News-like table
  of comments indented by an image's width, a Lemmy-like tree of nested comments, and an Apple-Community-like
  Q&A ("Level 4 (2,345 points)", "Helpful (3)", "in response to x").

Five *shapes* per engine: a thread of 3-8 replies, a thread of two posts, a thread of 60 posts, replies of one
short line ("顶", "+1", "谢谢楼主"), and quoted replies with signatures and ads between floors (the nested
engines nest their replies in every shape). Post texts are paragraphs of the *tune* halves' gold texts of the
shared extraction sets (``thread_corpus3_texts.json``; Traditional ones converted with OpenCC ``s2t``). Gold
text: the first post (question) and every reply (answer, comment) in order, a quote's text included and its
header not; no thread title, user names, dates, counts, floor labels or buttons.

Pages split by :func:`page_half` (per shape, engines ranked by a hash of ``threads3/<id>`` alternate tune and
check). Tune on the tune half, read only the check half's scores.

    python bench/thread_corpus3.py --score            # cleaner (and trafilatura), tune and check, per shape
    python bench/thread_corpus3.py --verbose          # and each tune page's problems
    python bench/thread_corpus3.py --dump ID          # a tune page's html, gold and output (tune pages only)
    python bench/thread_corpus3.py --seed S --score   # fresh pages of the same layouts (halves mean nothing)
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import json
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from thread_score import ThreadPage, problems

SET = "threads3"
SHAPES = ("thread", "two", "sixty", "oneliner", "quoted")
DATA = Path(os.environ.get("CLEANER_SHARED", Path(__file__).resolve().parents[2] / "shared")) / "data" / "extraction"
"""The shared extraction sets: paragraphs of the GPL sets (daniel_zh, daniel_en) are read from there at run time,
never copied into the repository (``thread_corpus3_texts.json`` holds only a reference to them)."""


def _texts() -> dict[str, list[str]]:
    """The post texts by kind. Paragraphs of the MIT and Apache-2.0 sets are written out in the JSON file
    (cwced_zh: MIT, immortal-autumn/Chinese-Web-Content-Extraction-Dataset; magichtml_zh and
    magichtml_en: Apache-2.0, opendatalab/magic-html; scrapinghub_en: MIT, scrapinghub/article-extraction-benchmark);
    those of the GPL sets are ``{"ref": "set/page", "at": offset, "len": n, "s2t": converted}`` into the page's
    gold text under :data:`DATA` (``s2t``: of the gold converted to Traditional with OpenCC as a whole)."""
    raw = json.loads(Path(__file__).with_name("thread_corpus3_texts.json").read_text("utf-8"))
    golds: dict[tuple[str, bool], str] = {}
    out: dict[str, list[str]] = {}
    for kind, items in raw.items():
        texts = out[kind] = []
        for item in items:
            if isinstance(item, str):
                texts.append(item)
                continue
            key = (item["ref"], bool(item.get("s2t")))
            if key not in golds:
                name, page = item["ref"].split("/")
                path = DATA / name / "gold" / f"{page}.txt"
                if not path.is_file():
                    raise SystemExit(f"thread_corpus3 needs the shared extraction data: {path} is missing")
                gold = path.read_text("utf-8")
                if key[1]:
                    import opencc

                    gold = opencc.OpenCC("s2t").convert(gold)
                golds[key] = gold
            texts.append(golds[key][item["at"] : item["at"] + item["len"]])
    return out


TEXTS: dict[str, list[str]] = _texts()

SHORT = {
    "zh": [
        "顶",
        "+1",
        "谢谢楼主",
        "顶一下",
        "学习了",
        "mark",
        "同意楼上",
        "好帖，收藏了",
        "路过看看",
        "楼主好人",
        "蹲一个后续",
        "说得对",
    ],
    "tw": ["推", "+1", "感謝分享", "學習了", "同意樓上", "好文推一個", "路過", "樓主好人", "蹲後續", "說得對"],
    "en": [
        "+1",
        "Bump.",
        "Thanks!",
        "Same here.",
        "This.",
        "Following.",
        "Great post, thanks for sharing.",
        "Agreed.",
        "lol",
        "Subscribed.",
    ],
}
NAMES = {
    "zh": [
        "风吹麦浪",
        "小鱼儿2019",
        "老王不在家",
        "一只特立独行的猪",
        "夜猫子",
        "阿福",
        "清风徐来",
        "码农小李",
        "橙子汽水",
        "路人甲",
    ],
    "tw": ["阿明", "巴士佬", "高登仔", "連登仔", "小薯條", "吹水王", "路人乙", "食飯未"],
    "en": [
        "quietstorm",
        "bytewise",
        "old_salt",
        "marigold77",
        "threadripper",
        "ferngully",
        "nate_k",
        "OneMoreTry",
        "cedar",
        "pixel_pusher",
    ],
}
SIGS = {
    "zh": ["人生苦短，及时行乐。", "签名档：每天进步一点点。", "本人所发内容仅代表个人观点。"],
    "tw": ["簽名檔：做人最緊要開心。", "人生如戲，全靠演技。"],
    "en": [
        "Sent from my phone, excuse the typos.",
        "-- There are 10 kinds of people.",
        "My builds: R7 5800X / 32GB / RTX 3070",
    ],
}
ADS = {
    "zh": ["【广告】年中大促全场五折起，点击领取优惠券", "【推荐】下载APP看更多精彩回复，新人领红包"],
    "tw": ["【廣告】夏日大減價全場七折，立即選購", "【推介】下載App睇更多精彩回覆"],
    "en": [
        "Advertisement - Upgrade to Premium and remove all ads today.",
        "Sponsored: The best VPN deals of the year, up to 70% off.",
    ],
}
TITLES = {
    "zh": ["大家怎么看这件事", "求助一个问题", "分享一下最近的经历", "这个现象正常吗", "新人报到顺便提问"],
    "tw": ["大家點睇呢件事", "求助一個問題", "分享最近嘅經歷"],
    "en": ["What do you all think about this?", "Need some advice", "Sharing my experience", "Is this normal?"],
}


@dataclass
class Post:
    paras: list[str]
    user: str
    quote: tuple[str, str] | None = None  # (quoted user, quoted text)
    depth: int = 0  # nesting level in a comment tree (0: a reply to the thread)
    sub: list[str] = field(default_factory=list)  # floor-in-floor replies / answer comments


@dataclass
class Page(ThreadPage[Post]):
    """A page (``lang``: zh, tw or en)."""

    chrome: set[str] = field(default_factory=set)
    html: str = ""

    def gold(self) -> str:
        out: list[str] = []
        for p in self.posts:
            if p.quote:
                out.append(p.quote[1])
            out.extend(p.paras)
            out.extend(p.sub)
        return "\n".join(out)

    @property
    def script(self) -> str:
        return "zh" if self.lang == "tw" else self.lang


def c(page: Page, *strings: str) -> None:
    page.chrome.update(strings)


def p_(paras: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in paras)


def br_(paras: list[str]) -> str:
    return "<br />".join(paras)


def when(rng: random.Random, lang: str) -> str:
    m, d, h, mi = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
    return (
        f"2023-{m:02d}-{d:02d} {h:02d}:{mi:02d}"
        if lang != "en"
        else f"{m:02d}-{d:02d}-2023, {h % 12 + 1:02d}:{mi:02d} PM"
    )


def ad(page: Page, rng: random.Random, cls: str = "ad-floor") -> str:
    text = rng.choice(ADS[page.lang])
    c(page, text)
    return f"<div class='{cls}'><a href='/ad/{rng.randint(1, 99)}' rel='nofollow'><img src='/ad.jpg'>{text}</a></div>"


# -- frames --------------------------------------------------------------------------------------------------------


def frame_zh(page: Page, body: str, rng: random.Random, site: str) -> str:
    hot = "".join(
        f"<li><a href='/t/{700 + k}'>{t}</a><em>{rng.randint(5, 900)}</em></li>"
        for k, t in enumerate(TITLES[page.lang])
    )
    login = "登錄" if page.lang == "tw" else "登录"
    c(page, "热帖排行" if page.lang == "zh" else "熱門話題", "增值电信业务经营许可证")
    hot_h = "热帖排行" if page.lang == "zh" else "熱門話題"
    return (
        f"<!DOCTYPE html><html lang='zh'><head><meta charset='utf-8'><title>{page.title} - {site}</title><script>window.__INITIAL_STATE__={{}}</script></head><body>"
        f"<header class='site-header'><div class='logo'><a href='/'>{site}</a></div><nav class='main-nav'><a href='/'>首页</a><a href='/hot'>热门</a><a href='/new'>最新</a><a href='/app'>APP</a></nav>"
        f"<div class='user-entry'><a>{login}</a><a>注册</a></div></header>"
        f"<div class='container'><main class='main-col'>{body}</main>"
        f"<aside class='side-col'><div class='side-box'><h3>{hot_h}</h3><ol>{hot}</ol></div><div class='side-box app-box'><img src='/qr.png'><span>扫码下载APP</span></div></aside></div>"
        f"<footer class='site-footer'><p><a>关于我们</a> · <a>用户协议</a> · <a>隐私政策</a> · <a>意见反馈</a></p><p>©2024 {site} 增值电信业务经营许可证 粤B2-20090059</p></footer></body></html>"
    )


def frame_en(page: Page, body: str, rng: random.Random, site: str) -> str:
    trending = "".join(
        f"<li><a href='/t/{500 + k}'>{t}</a> <small>{rng.randint(2, 90)} replies</small></li>"
        for k, t in enumerate(TITLES["en"][:3])
    )
    c(page, "Trending threads", "Community guidelines")
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{page.title} | {site}</title></head><body>"
        f"<div id='site-header'><a class='brand' href='/'>{site}</a><ul class='nav-menu'><li><a href='/latest'>Latest</a></li><li><a href='/top'>Top</a></li><li><a href='/categories'>Categories</a></li></ul>"
        "<div class='auth'><a>Log In</a> <a class='btn'>Sign Up</a></div></div>"
        f"<div id='content-wrap'><div class='content-main'>{body}</div>"
        f"<div class='content-side'><div class='side-card'><h4>Trending threads</h4><ul>{trending}</ul></div></div></div>"
        f"<div id='site-footer'><a>Community guidelines</a> | <a>Privacy</a> | <a>Terms of service</a><p>© 2024 {site}</p></div></body></html>"
    )


# -- Chinese engines -----------------------------------------------------------------------------------------------


def discuz_touch(page: Page, rng: random.Random) -> str:
    out = [
        f"<div class='viewthread'><div class='view_tit'><h2>{page.title}</h2></div><div class='view_num'><span>查看 {rng.randint(100, 9999)}</span><span>回复 {len(page.posts) - 1}</span></div><div class='postlist'>"
    ]
    c(page, "只看楼主", "查看 ", "举报", "楼主")
    for k, p in enumerate(page.posts):
        floor = ["楼主", "沙发", "板凳", "地板"][k] if k < 4 else f"{k + 1}楼"
        quote = ""
        if p.quote:
            quote = f"<div class='quote'><blockquote>{p.quote[0]} 发表于 {when(rng, 'zh')}<br />{p.quote[1]}</blockquote></div>"
            c(page, f"{p.quote[0]} 发表于")
        out.append(
            f"<div class='plc cl' id='pid{5000 + k}'><span class='avatar'><img src='/uc/{k}.jpg' /></span><div class='display pi'>"
            f"<ul class='authi'><li class='mtit'><span class='y'>{floor}</span><span class='z'><a>{p.user}</a></span></li>"
            f"<li class='mtime'><span class='y'><a>只看楼主</a></span>{when(rng, 'zh')}</li></ul>"
            f"<div class='message'>{quote}{br_(p.paras)}</div>"
            f"<div class='po'><a class='replyadd'>支持 {rng.randint(0, 50)}</a><a class='replysubtract'>反对</a><a>回复</a><a>举报</a></div></div></div>"
        )
        if page.shape == "quoted" and k in (0, 2):
            out.append(ad(page, rng, "ad_dz cl"))
    out.append(
        "</div><div class='page'><a>上一页</a><strong>1</strong><a>2</a><a>下一页</a></div><div class='fastpost'><input placeholder='我也说一句'><button>发表</button></div></div>"
    )
    c(page, "我也说一句")
    return frame_zh(page, "".join(out), rng, "生活圈论坛")


def tieba_pb(page: Page, rng: random.Random) -> str:
    op = page.posts[0]
    out = [
        f"<div class='pb-title-wrap'><h1 class='pb-title'>{page.title}</h1><div class='pb-title-stat'><span>{len(page.posts) + rng.randint(0, 40)}回复</span><span>只看楼主</span><span>收藏</span></div></div>"
        "<div class='pb-comment-list'>"
    ]
    c(page, "来自Android客户端", "来自iPhone客户端", "只看楼主", "回复(", "楼 ", "吧友")
    for k, p in enumerate(page.posts):
        sub = ""
        if p.sub:
            sub = (
                "<ul class='lzl-list'>"
                + "".join(
                    f"<li class='lzl-item'><a class='lzl-user'>{rng.choice(NAMES['zh'])}</a>: <span class='lzl-content'>{s}</span><div class='lzl-tail'><span>{when(rng, 'zh')}</span><a>回复</a></div></li>"
                    for s in p.sub
                )
                + "</ul>"
            )
        client = rng.choice(["来自Android客户端", "来自iPhone客户端", ""])
        out.append(
            f"<div class='virtual-list-item'><div class='pb-comment-item' data-floor='{k + 1}'><div class='user-info'><img class='avatar' src='/a/{k}.jpg'><div class='user-meta'>"
            f"<a class='user-name'>{p.user}</a><span class='level-badge'>{rng.randint(1, 18)}</span><span class='forum-member'>吧友</span></div></div>"
            f"<div class='pb-content'><div class='pb-content-text'>{br_(p.paras)}</div></div>"
            f"<div class='comment-info'><span>{client}</span><span>{k + 1}楼 </span><span>{when(rng, 'zh')}</span><a class='reply-btn'>回复({len(p.sub)})</a></div>{sub}</div></div>"
        )
        if k == 1 and page.shape in ("quoted", "sixty"):
            out.append(ad(page, rng, "pb-ad-item"))
    out.append("</div><div class='pb-pager'><a>首页</a><a>上一页</a><span>1/3</span><a>下一页</a><a>尾页</a></div>")
    del op
    return frame_zh(page, "".join(out), rng, "贴吧")


def zhihu_card(page: Page, rng: random.Random) -> str:
    q = page.posts[0]
    out = [
        f"<div class='QuestionPage'><div class='Card QuestionHeaderCard'><h1 class='QuestionTitle'>{page.title}</h1>"
        f"<div class='QuestionDetail'><div class='RichText'>{p_(q.paras)}</div></div>"
        f"<div class='QuestionStats'><span>{rng.randint(10, 9000)} 人关注</span><span>{rng.randint(1000, 99999)} 次浏览</span></div></div>"
        f"<div class='Card AnswersNavWrapper'><div class='AnswersNav'><h4>{len(page.posts) - 1} 个回答</h4><button>默认排序</button></div></div><div class='AnswerList'>"
    ]
    c(page, "赞同 ", "展开阅读全文", "IP 属地", "条评论", "人关注", "默认排序", "收起")
    for k, p in enumerate(page.posts[1:]):
        votes = rng.randint(1, 3000)
        collapsed = len(" ".join(p.paras)) > 60
        out.append(
            f"<div class='Card AnswerCard' data-za-detail-view-path-module='AnswerItem'><div class='ContentItem' data-zop='{{\"authorName\":\"{p.user}\"}}'>"
            f"<div class='AuthorInfo'><img class='Avatar'><div class='AuthorInfo-content'><a class='UserLink'>{p.user}</a><div class='AuthorInfo-badgeText'>{rng.choice(['生活达人', '科技话题优秀答主', '心理咨询师'])}</div></div></div>"
            f"<div class='Voters'><button class='Button'>{votes} 人赞同了该回答</button></div>"
            f"<div class='RichContent{' is-collapsed' if collapsed else ''}'><div class='RichContent-inner'><span class='RichText'>{p_(p.paras)}</span></div>"
            + ("<button class='ContentItem-more'>展开阅读全文<span>​</span></button>" if collapsed else "")
            + f"<div class='ContentItem-time'>编辑于 {when(rng, 'zh')} · IP 属地{rng.choice(['北京', '上海', '广东', '浙江'])}</div>"
            f"<div class='ContentItem-actions'><span><button class='VoteButton VoteButton--up'>赞同 {votes}</button><button class='VoteButton VoteButton--down'></button></span>"
            f"<button class='ContentItem-action'>{rng.randint(1, 300)} 条评论</button><button class='ContentItem-action'>分享</button><button class='ContentItem-action'>收藏</button><button class='ContentItem-action'>喜欢</button>"
            + ("<button class='ContentItem-action'>收起</button>" if collapsed else "")
            + "</div></div></div></div>"
        )
        if k == 0 and page.shape == "quoted":
            out.append(ad(page, rng, "Card Pc-feedAd-container"))
    out.append("</div><div class='Card ViewAll'><a>查看全部回答</a></div></div>")
    c(page, "查看全部回答")
    return frame_zh(page, "".join(out), rng, "知乎")


def douban_m(page: Page, rng: random.Random) -> str:
    op = page.posts[0]
    out = [
        f"<section class='note-content topic'><h1 class='title'>{page.title}</h1><div class='author'><a class='avatar'><img></a><div class='info'><a class='name'>{op.user}</a><span class='timestamp'>{when(rng, 'zh')}</span><span class='group-name'>来自 <a>我们都是租房人</a> 小组</span></div></div>"
        f"<div class='rich-content'>{p_(op.paras)}</div><div class='topic-actions'><a>赞 {rng.randint(1, 99)}</a><a>收藏</a><a>分享</a></div></section>"
        f"<section class='comments'><div class='section-title'>回应 {len(page.posts) - 1}</div><ul class='reply-list'>"
    ]
    c(page, "回应", "小组", "楼主 ")
    for k, p in enumerate(page.posts[1:]):
        quote = ""
        if p.quote:
            quote = f"<div class='quote-reply'><span class='quote-author'>{p.quote[0]}</span><p class='quote-text'>{p.quote[1]}</p></div>"
        is_op = p.user == op.user
        out.append(
            f"<li class='reply-item-wrap' data-id='{9100 + k}'><div class='reply-meta'><a class='avatar'><img></a><a class='name'>{p.user}</a>"
            + ("<span class='op-tag'>楼主 </span>" if is_op else "")
            + f"<span class='pubtime'>{when(rng, 'zh')} {rng.choice(['北京', '广东', '四川'])}</span></div>"
            f"{quote}<div class='reply-text'>{p_(p.paras)}</div><div class='reply-actions'><a class='like'>赞({rng.randint(0, 40)})</a><a class='reply'>回应</a><a class='more'>···</a></div></li>"
        )
    out.append("</ul><a class='more-comments'>查看更多回应</a></section>")
    c(page, "查看更多回应")
    return frame_zh(page, "".join(out), rng, "豆瓣")


def wenda(page: Page, rng: random.Random) -> str:
    q = page.posts[0]
    out = [
        f"<div class='mod-question'><div class='q-hd'><h1 class='js-ask-title'>{page.title}</h1></div><div class='q-cnt'>{p_(q.paras)}</div>"
        f"<div class='q-info'><span class='uname'>{q.user}</span><span class='time'>{when(rng, 'zh')}</span><span class='view'>{rng.randint(50, 9000)}人看过</span></div></div>"
        f"<div class='mod-answer'><div class='answer-hd'>共{len(page.posts) - 1}个回答</div><ul class='answer-list'>"
    ]
    c(page, "采纳率", "人看过", "有用(", "擅长：", "最佳答案", "个回答")
    for k, p in enumerate(page.posts[1:]):
        best = "<div class='best-tag'>最佳答案</div>" if k == 0 else ""
        out.append(
            f"<li class='answer-item'>{best}<div class='answer-user'><img class='ava'><div class='ans-info'><a class='ask-author'>{p.user}</a><span class='grade'>采纳率：{rng.randint(30, 99)}%</span>"
            f"<span class='good-at'>擅长：{rng.choice(['生活', '教育', '数码'])}</span></div></div><div class='answer-content'>{p_(p.paras)}</div>"
            f"<div class='answer-ft'><span class='time'>{when(rng, 'zh')}</span><a class='js-good'>有用({rng.randint(0, 99)})</a><a class='js-bad'>没用</a><a class='js-comment'>评论</a></div></li>"
        )
    out.append(
        "</ul></div><div class='mod-related'><h3>相关问题</h3><ul>"
        + "".join(f"<li><a>{t}</a></li>" for t in TITLES["zh"][:4])
        + "</ul></div>"
    )
    c(page, "相关问题")
    return frame_zh(page, "".join(out), rng, "问答")


def segmentfault(page: Page, rng: random.Random) -> str:
    q = page.posts[0]
    out = [
        f"<article class='question-detail'><h1 class='h3'><a>{page.title}</a></h1><div class='question-meta'><span>{rng.randint(50, 9000)} 阅读</span><span>{when(rng, 'zh')}</span></div>"
        f"<div class='article-content fmt'>{p_(q.paras)}</div><div class='d-flex tags'><a class='badge-tag'>javascript</a><a class='badge-tag'>node.js</a></div>"
        f"<div class='functional-area'><button class='btn'>关注 {rng.randint(1, 20)}</button><button class='btn'>收藏</button><a>举报</a></div></article>"
        f"<div class='answers-list'><h3>{len(page.posts) - 1} 个回答</h3>"
    ]
    c(page, "阅读", "个回答", "添加评论", "举报", "采纳", "赞同")
    for k, p in enumerate(page.posts[1:]):
        comments = ""
        if p.sub:
            comments = (
                "<ul class='comment-list'>"
                + "".join(
                    f"<li class='comment-item'><div class='comment-content'>{s}</div><div class='comment-meta'><a>{rng.choice(NAMES['zh'])}</a> · {when(rng, 'zh')}</div></li>"
                    for s in p.sub
                )
                + "</ul>"
            )
        out.append(
            f"<div class='answer-item' id='a-{1220000 + k}'><div class='vote-area'><button class='btn up'>▲</button><span class='count'>{rng.randint(-2, 90)}</span><button class='btn down'>▼</button>"
            + ("<span class='accepted'>已采纳</span>" if k == 0 else "")
            + f"</div><div class='answer-main'><div class='article-content fmt'>{p_(p.paras)}</div>"
            f"<div class='answer-meta'><span class='author'><a>{p.user}</a><span class='rank'>{rng.randint(1, 9)}.{rng.randint(0, 9)}k 声望</span></span><span>{when(rng, 'zh')}</span><a>赞同</a><a>举报</a></div>"
            f"{comments}<a class='add-comment'>添加评论</a></div></div>"
        )
    out.append(
        "</div><div class='related'><h5>推荐问题</h5><ul>"
        + "".join(f"<li><a>{t}</a></li>" for t in TITLES["zh"][1:4])
        + "</ul></div>"
    )
    c(page, "推荐问题", "声望")
    return frame_zh(page, "".join(out), rng, "SegmentFault 思否")


def lihkg(page: Page, rng: random.Random) -> str:
    def h() -> str:  # a hashed class name
        return "_" + "".join(
            rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(20)
        )

    item, head, body, bar, num = h(), h(), h(), h(), h()
    out = [
        f"<div class='{h()}'><div class='{h()}'><span class='{h()}'>{page.title}</span><span class='{h()}'>{rng.randint(1, 999)} 人閱讀</span></div><div class='{h()}'>"
    ]
    c(page, "人閱讀", "小時前", "👍", "👎", "分享")
    for k, p in enumerate(page.posts):
        quote = ""
        if p.quote:
            quote = f"<blockquote class='{h()}'>{p.quote[1]}</blockquote>"
        out.append(
            f"<div class='{item}' data-post-id='{rng.getrandbits(32):08x}'><div class='{head}'><small class='{h()}'><span class='{num}'>#{k + 1}</span> "
            f"<span class='{h()}'><a>{p.user}</a></span> <span class='{h()}'>{rng.randint(1, 23)} 小時前</span></small></div>"
            f"<div class='{body}'><div data-ast-root='true'>{quote}{br_(p.paras)}</div></div>"
            f"<div class='{bar}'><button><i class='i-thumb-up'></i>👍 {rng.randint(0, 300)}</button><button><i class='i-thumb-down'></i>👎 {rng.randint(0, 40)}</button><button>分享</button></div></div>"
        )
    out.append(
        f"</div><div class='{h()}'><button>上一頁</button><span>第 1 頁</span><button>下一頁</button></div></div>"
    )
    return frame_zh(page, "".join(out), rng, "連登討論區")


def ptt(page: Page, rng: random.Random) -> str:
    op = page.posts[0]
    meta = (
        f"<div class='article-metaline'><span class='article-meta-tag'>作者</span><span class='article-meta-value'>{op.user} ({op.user})</span></div>"
        "<div class='article-metaline-right'><span class='article-meta-tag'>看板</span><span class='article-meta-value'>Gossiping</span></div>"
        f"<div class='article-metaline'><span class='article-meta-tag'>標題</span><span class='article-meta-value'>[問卦] {page.title}</span></div>"
        f"<div class='article-metaline'><span class='article-meta-tag'>時間</span><span class='article-meta-value'>Sun Mar  5 12:{rng.randint(10, 59)}:01 2023</span></div>"
    )
    c(page, "看板", "Gossiping", "發信站", "批踢踢實業坊", "文章網址")
    pushes = []
    for p in page.posts[1:]:
        tag = rng.choice(["推 ", "→ ", "噓 "])
        for para in p.paras:
            pushes.append(
                f"<div class='push'><span class='hl push-tag'>{tag}</span><span class='f3 hl push-userid'>{p.user}</span><span class='f3 push-content'>: {para}</span>"
                f"<span class='push-ipdatetime'> 1.{rng.randint(160, 230)}.{rng.randint(1, 254)}.{rng.randint(1, 254)} 03/05 {rng.randint(10, 23)}:{rng.randint(10, 59)}\n</span></div>"
            )
    body = "\n\n".join(op.paras)
    out = (
        f"<div id='topbar-container'><div id='topbar' class='bbs-content'><a id='logo' href='/bbs/'>批踢踢實業坊</a><span>›</span><a class='board' href='/bbs/Gossiping/index.html'><span class='board-label'>看板 </span>Gossiping</a></div></div>"
        f"<div id='main-container'><div id='main-content' class='bbs-screen bbs-content'>{meta}{body}\n--\n"
        f"<span class='f2'>※ 發信站: 批踢踢實業坊(ptt.cc), 來自: 36.{rng.randint(200, 239)}.{rng.randint(1, 254)}.{rng.randint(1, 254)} (臺灣)\n</span>"
        f"<span class='f2'>※ 文章網址: <a href='https://www.ptt.cc/bbs/Gossiping/M.1678.A.html'>https://www.ptt.cc/bbs/Gossiping/M.1678.A.html</a>\n</span>"
        + "".join(pushes)
        + "</div></div>"
    )
    return frame_zh(page, out, rng, "批踢踢實業坊")


# -- English engines -----------------------------------------------------------------------------------------------


def discourse_app(page: Page, rng: random.Random) -> str:
    out = [
        f"<div id='topic-title'><h1><a class='fancy-title'>{page.title}</a></h1><div class='topic-category'><span class='badge-category'>Support</span></div></div><div class='post-stream'>"
    ]
    c(page, "Regular", "Copy a link to this post", "Reply", "views", "Related topics", "last reply")
    for k, p in enumerate(page.posts):
        quote = ""
        if p.quote:
            quote = (
                f"<aside class='quote no-group' data-username='{p.quote[0]}' data-post='{k}'><div class='title'><div class='quote-controls'></div><img class='avatar' width='24'> {p.quote[0]}:</div>"
                f"<blockquote><p>{p.quote[1]}</p></blockquote></aside>"
            )
            c(page, f"{p.quote[0]}:")
        likes = rng.randint(0, 25)
        out.append(
            f"<div class='topic-post clearfix regular'><article id='post_{k + 1}' aria-label='post #{k + 1} by @{p.user}' role='region' data-post-id='{41000 + k}' data-topic-id='812' data-user-id='{200 + k}' class='boxed onscreen-post'>"
            f"<div class='row'><div class='topic-avatar'><a class='trigger-user-card'><img width='48' class='avatar'></a></div><div class='topic-body clearfix'>"
            f"<div role='heading' aria-level='2' class='topic-meta-data'><div class='names trigger-user-card'><span class='first username'><a>{p.user}</a></span><span class='user-title'>Regular</span></div>"
            f"<div class='post-infos'><div class='post-info post-date'><a class='post-date'><span title='{when(rng, 'en')}' class='relative-date'>{rng.randint(1, 30)}d</span></a></div></div></div>"
            f"<div class='regular contents'><div class='cooked'>{quote}{p_(p.paras)}</div>"
            f"<section class='post-menu-area clearfix'><nav class='post-controls'><div class='actions'>"
            + (f"<button class='widget-button btn-flat button-count like-count'>{likes}</button>" if likes else "")
            + "<button class='widget-button btn-flat toggle-like' title='like this post'><svg class='fa'></svg></button>"
            "<button class='widget-button btn-flat share' title='Copy a link to this post'><svg class='fa'></svg></button>"
            "<button class='widget-button btn-flat reply create' title='Begin composing a reply to this post'><svg class='fa'></svg><span class='d-button-label'>Reply</span></button></div></nav></section></div></div></div></article></div>"
        )
        if k == 0:
            out.append(
                f"<div class='topic-map'><ul class='clearfix'><li><h4>created</h4><span class='relative-date'>{rng.randint(2, 30)}d</span></li><li><h4>last reply</h4><span class='relative-date'>{rng.randint(1, 9)}h</span></li>"
                f"<li><span class='number'>{len(page.posts) - 1}</span><h4>replies</h4></li><li><span class='number'>{rng.randint(50, 900)}</span><h4>views</h4></li><li><span class='number'>{rng.randint(2, 9)}</span><h4>users</h4></li></ul></div>"
            )
    out.append(
        "</div><div id='suggested-topics'><h3>Related topics</h3><table class='topic-list'><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead><tbody>"
        + "".join(
            f"<tr><td><a class='title'>{t}</a></td><td>{rng.randint(1, 40)}</td><td>{rng.randint(50, 900)}</td><td>Mar {rng.randint(1, 28)}</td></tr>"
            for t in TITLES["en"]
        )
        + "</tbody></table></div>"
    )
    return frame_en(page, "".join(out), rng, "Discourse Meta")


def xenforo1(page: Page, rng: random.Random) -> str:
    out = [
        f"<div class='titleBar'><h1>{page.title}</h1><p id='pageDescription' class='muted'>Discussion in '<a>Help</a>' started by <a>{page.posts[0].user}</a>, {when(rng, 'en')}.</p></div><ol class='messageList' id='messageList'>"
    ]
    c(
        page,
        "Discussion in",
        "Report",
        "Like Like",
        "likes this.",
        "Messages:",
        "Likes Received:",
        "said:",
        "Click to expand...",
    )
    for k, p in enumerate(page.posts):
        quote = ""
        if p.quote:
            quote = f"<div class='bbCodeBlock bbCodeQuote' data-author='{p.quote[0]}'><aside><div class='attribution type'>{p.quote[0]} said: <a class='AttributionLink'>↑</a></div><blockquote class='quoteContainer'><div class='quote'>{p.quote[1]}</div><div class='quoteExpand'>Click to expand...</div></blockquote></aside></div>"
        sig = ""
        if page.shape == "quoted" and k % 2 == 0:
            s = rng.choice(SIGS["en"])
            sig = f"<div class='baseHtml signature messageText ugc'><aside>{s}</aside></div>"
            c(page, s)
        liked = (
            f"<div class='likesSummary secondaryContent'><span class='LikeText'><a>{rng.choice(NAMES['en'])}</a> and {rng.randint(2, 9)} others like this.</span></div>"
            if rng.random() < 0.5
            else ""
        )
        out.append(
            f"<li id='post-{77000 + k}' class='message' data-author='{p.user}'><div class='messageUserInfo' itemscope='itemscope'><div class='messageUserBlock'><div class='avatarHolder'><a class='avatar'><img width='96'></a></div>"
            f"<h3 class='userText'><a class='username'>{p.user}</a><em class='userTitle'>Active Member</em></h3><div class='extraUserInfo'><dl class='pairsJustified'><dt>Messages:</dt><dd>{rng.randint(10, 9000)}</dd></dl>"
            f"<dl class='pairsJustified'><dt>Likes Received:</dt><dd>{rng.randint(0, 900)}</dd></dl></div></div></div>"
            f"<div class='messageInfo primaryContent'><div class='messageContent'><article><blockquote class='messageText SelectQuoteContainer ugc baseHtml'>{quote}{br_(p.paras)}<div class='messageTextEndMarker'>&nbsp;</div></blockquote></article></div>{sig}"
            f"<div class='messageMeta ToggleTriggerAnchor'><div class='privateControls'><span class='item muted'><a class='username author'>{p.user}</a>, <a class='datePermalink'><span class='DateTime'>{when(rng, 'en')}</span></a></span><a class='item control report'>Report</a></div>"
            f"<div class='publicControls'><a class='item muted postNumber hashPermalink'>#{k + 1}</a><a class='LikeLink item control like'><span></span><span class='LikeLabel'>Like</span></a><a class='ReplyQuote item control reply'><span></span>Reply</a></div></div>{liked}</div></li>"
        )
    out.append(
        "</ol><div class='pageNavLinkGroup'><div class='PageNav'><span class='pageNavHeader'>Page 1 of 2</span><a>1</a><a>2</a><a>Next &gt;</a></div></div><div class='quickReply'><textarea></textarea><input type='submit' value='Post Reply'></div>"
    )
    c(page, "Page 1 of 2")
    return frame_en(page, "".join(out), rng, "TechForums")


def mybb(page: Page, rng: random.Random) -> str:
    out = [
        f"<table class='tborder tfixed'><tr><td class='thead'><strong>{page.title}</strong></td></tr></table><div id='posts'>"
    ]
    c(page, "Posts:", "Threads:", "Joined:", "Reputation:", "Find", "Report", "Junior Member")
    for k, p in enumerate(page.posts):
        quote = ""
        if p.quote:
            quote = f"<blockquote class='mycode_quote'><cite><span> ({when(rng, 'en')})</span>{p.quote[0]} Wrote: <a class='quick_jump'></a></cite>{p.quote[1]}</blockquote><br />"
            c(page, f"{p.quote[0]} Wrote:")
        sig = ""
        if page.shape == "quoted" and k % 2 == 1:
            s = rng.choice(SIGS["en"])
            sig = f"<div class='signature scaleimages'>{s}</div>"
            c(page, s)
        out.append(
            f"<a name='pid{k + 300}' id='pid{k + 300}'></a><div class='post classic ' style='' id='post_{k + 300}'><div class='post_author scaleimages'><div class='author_avatar'><a><img src='/av/{k}.png' width='55'></a></div>"
            f"<div class='author_information'><strong><span class='largetext'><a>{p.user}</a></span></strong><br /><span class='smalltext'>Junior Member<br /><img src='star.png' border='0' alt='*' /></span></div>"
            f"<div class='author_statistics'>Posts: {rng.randint(1, 900)}<br />Threads: {rng.randint(0, 40)}<br />Joined: Jan 2021<br />Reputation: {rng.randint(0, 30)}</div></div>"
            f"<div class='post_content'><div class='post_head'><span class='post_date'>{when(rng, 'en')}</span><div class='float_right' style='vertical-align: top'><strong><a>#{k + 1}</a></strong></div></div>"
            f"<div class='post_body scaleimages' id='pid_{k + 300}'>{quote}{br_(p.paras)}</div>{sig}<div class='post_meta' id='post_meta_{k + 300}'></div></div>"
            f"<div class='post_controls'><div class='postbit_buttons author_buttons float_left'><a class='postbit_find'><span>Find</span></a></div>"
            f"<div class='postbit_buttons post_management_buttons float_right'><a class='postbit_quote postbit_mirage'><span>Reply</span></a><a class='postbit_report'><span>Report</span></a></div></div></div>"
        )
        if page.shape == "quoted" and k == 0:
            out.append(ad(page, rng, "post_ad"))
    out.append(
        "</div><div class='float_left'><div class='pagination'><span class='pages'>Pages (2):</span><span class='pagination_current'>1</span><a class='pagination_page'>2</a><a class='pagination_next'>Next »</a></div></div>"
    )
    c(page, "Pages (2):")
    return frame_en(page, "".join(out), rng, "MyBB Community")


def invision(page: Page, rng: random.Random) -> str:
    out = [
        f"<div class='ipsPageHeader'><h1 class='ipsType_pageTitle'><span class='ipsType_break'>{page.title}</span></h1><div class='ipsType_light'>By <a>{page.posts[0].user}</a>, <time>{when(rng, 'en')}</time> in <a>General</a></div></div><div class='cTopic ipsClear'>"
    ]
    c(page, "posts", "Posted ", "Quote", "Share this post", "Link to post", "Members")
    for k, p in enumerate(page.posts):
        quote = ""
        if p.quote:
            quote = f"<blockquote class='ipsQuote' data-ipsquote='' data-ipsquote-username='{p.quote[0]}'><div class='ipsQuote_citation'>{p.quote[0]} said:</div><div class='ipsQuote_contents'><p>{p.quote[1]}</p></div></blockquote>"
            c(page, f"{p.quote[0]} said:")
        reacts = (
            f"<div class='ipsReact'><ul class='ipsReact_reactions'><li class='ipsReact_reactCount'><span>{rng.randint(1, 12)}</span></li></ul></div>"
            if rng.random() < 0.6
            else ""
        )
        out.append(
            f"<article id='elComment_{600 + k}' class='cPost ipsBox ipsResponsive_pull ipsComment ipsComment_parent ipsClearfix ipsClear ipsColumns ipsColumns_noSpacing ipsColumns_collapsePhone'>"
            f"<aside class='ipsComment_author cAuthorPane ipsColumn ipsColumn_medium'><h3 class='ipsType_sectionHead cAuthorPane_author'><strong><a>{p.user}</a></strong></h3>"
            f"<ul class='cAuthorPane_info ipsList_reset'><li class='ipsType_light'>Members</li><li class='ipsResponsive_hidePhone ipsType_light'>{rng.randint(1, 900)} posts</li></ul></aside>"
            f"<div class='ipsColumn ipsColumn_fluid ipsMargin:none'><div id='comment-{600 + k}_wrap' data-controller='core.front.core.comment' data-commentid='{600 + k}' class='ipsComment_content ipsType_medium'>"
            f"<div class='ipsComment_meta ipsType_light ipsFlex ipsFlex-ai:center'><p class='ipsType_reset ipsType_blendLinks'><a>Posted <time>{when(rng, 'en')}</time></a></p></div>"
            f"<div class='cPost_contentWrap'><div data-role='commentContent' class='ipsType_normal ipsType_richText ipsPadding_bottom ipsContained'>{quote}{p_(p.paras)}</div>"
            f"<div class='ipsItemControls'>{reacts}<ul class='ipsComment_controls ipsClearfix ipsItemControls_left'><li><a class='ipsButton ipsButton_light ipsButton_verySmall'>Quote</a></li></ul></div>"
            f"<ul class='ipsComment_tools'><li><a title='Share this post'>Share this post</a></li><li><a>Link to post</a></li></ul></div></div></div></article>"
        )
    out.append(
        "</div><div class='ipsAreaBackground'><h2>Create an account or sign in to comment</h2><p>You need to be a member in order to leave a comment</p></div>"
    )
    c(page, "Create an account or sign in to comment")
    return frame_en(page, "".join(out), rng, "Invision Community")


def _tree_depths(page: Page, rng: random.Random) -> None:
    for k, p in enumerate(page.posts[1:], 1):
        prev = page.posts[k - 1].depth if k > 1 else -1
        p.depth = 0 if k == 1 else max(0, min(prev + rng.choice((-2, -1, 0, 1, 1, 1)), 6))


def hn(page: Page, rng: random.Random) -> str:
    _tree_depths(page, rng)
    op = page.posts[0]
    out = [
        f"<table id='hnmain' border='0' cellpadding='0' cellspacing='0' width='85%'><tr><td><table class='fatitem' border='0'><tr class='athing' id='3500'><td class='title'><span class='titleline'><a>Ask: {page.title}</a></span></td></tr>"
        f"<tr><td class='subtext'><span class='score'>{rng.randint(5, 900)} points</span> by <a class='hnuser'>{op.user}</a> <span class='age'><a>{rng.randint(1, 9)} hours ago</a></span> | <a>hide</a> | <a>past</a> | <a>favorite</a> | <a>{len(page.posts) - 1}&nbsp;comments</a></td></tr>"
        f"<tr><td><div class='toptext'>{'<p>'.join(op.paras)}</div></td></tr><tr><td><form class='itemform'><textarea name='text'></textarea><br><input type='submit' value='add comment'></form></td></tr></table>"
        "<table class='comment-tree' border='0'>"
    ]
    c(page, "points", "hours ago", "parent", "next", "reply", "add comment", "favorite")
    for k, p in enumerate(page.posts[1:]):
        text = p.paras[0] + "".join(f"<p>{x}</p>" for x in p.paras[1:])
        out.append(
            f"<tr class='athing comtr' id='{35000 + k}'><td><table border='0'><tr><td class='ind' indent='{p.depth}'><img src='s.gif' height='1' width='{p.depth * 40}'></td>"
            f"<td valign='top' class='votelinks'><center><a><div class='votearrow' title='upvote'></div></a></center></td><td class='default'><div style='margin-top:2px; margin-bottom:-10px;'>"
            f"<span class='comhead'><a class='hnuser'>{p.user}</a> <span class='age'><a>{rng.randint(1, 9)} hours ago</a></span> <span class='navs'> | <a>parent</a> | <a>next</a> <a class='togg clicky'>[–]</a></span></span></div><br>"
            f"<div class='comment'><div class='commtext c00'>{text}</div><div class='reply'><p><font size='1'><u><a>reply</a></u></font></p></div></div></td></tr></table></td></tr>"
        )
    out.append(
        "</table></td></tr><tr><td><center><a>Guidelines</a> | <a>FAQ</a> | <a>Lists</a> | <a>API</a> | <a>Security</a> | <a>Legal</a> | <a>Apply to YC</a> | <a>Contact</a></center></td></tr></table>"
    )
    c(page, "Apply to YC")
    return frame_en(page, "".join(out), rng, "Hacker News")


def lemmy(page: Page, rng: random.Random) -> str:
    _tree_depths(page, rng)
    op = page.posts[0]
    c(page, "points", "reply", "report", "share", "hours ago", "comments", "subscribers")

    def node(i: int) -> tuple[str, int]:
        p = page.posts[i]
        kids = []
        j = i + 1
        while j < len(page.posts) and page.posts[j].depth > p.depth:
            html, j = node(j)
            kids.append(html)
        children = f"<ul class='comments'>{''.join(kids)}</ul>" if kids else ""
        return (
            f"<li class='comment' id='comment-{8800 + i}'><article class='comment-node'><div class='comment-header d-flex'><a class='person-listing'><img class='avatar'><span>{p.user}</span></a>"
            f"<span class='unselectable pointer ms-2 text-muted'>{rng.randint(1, 400)} points</span><span class='ms-1 text-muted'><time>{rng.randint(1, 23)} hours ago</time></span></div>"
            f"<div class='md-div'>{p_(p.paras)}</div><div class='comment-bottom-btns d-flex'><button class='btn btn-link'>reply</button><button class='btn btn-link'>share</button><button class='btn btn-link'>report</button></div></article>{children}</li>",
            j,
        )

    roots = []
    i = 1
    while i < len(page.posts):
        html, i = node(i)
        roots.append(html)
    out = (
        f"<div class='post-listing'><h1 class='h4'><a class='post-title'>{page.title}</a></h1><div class='small'>by <a>{op.user}</a> to <a>!asklemmy@lemmy.world</a> · <time>{rng.randint(1, 9)} hours ago</time></div>"
        f"<div class='md-div post-body'>{p_(op.paras)}</div><div class='post-actions'><span>{rng.randint(5, 900)} points</span> <a>{len(page.posts) - 1} comments</a> <button>share</button> <button>report</button></div></div>"
        f"<div class='comment-sort'><button>Hot</button><button>Top</button><button>New</button></div><ul class='comments'>{''.join(roots)}</ul>"
        f"<aside class='sidebar'><h5>!asklemmy</h5><p>{rng.randint(1000, 90000)} subscribers</p></aside>"
    )
    return frame_en(page, out, rng, "Lemmy")


def apple(page: Page, rng: random.Random) -> str:
    q = page.posts[0]
    out = [
        f"<div class='question-container'><h1 class='post-title'>{page.title}</h1><div class='author-info'><a class='author-name'>{q.user}</a><span class='author-level'>Level 1 ({rng.randint(5, 99)} points)</span></div>"
        f"<div class='post-body question-body'>{p_(q.paras)}</div><div class='post-footer'><span class='post-date'>Posted on {when(rng, 'en')}</span><button>Reply</button><button>I have this question too ({rng.randint(1, 90)})</button></div></div>"
        f"<section class='replies'><h2 class='reply-count'>{len(page.posts) - 1} replies</h2>"
    ]
    c(
        page,
        "points)",
        "Helpful (",
        "in response to",
        "Posted on",
        "I have this question too",
        "Question marked as",
        "Level ",
    )
    for k, p in enumerate(page.posts[1:]):
        lvl = rng.randint(1, 10)
        badge = "<div class='solved-badge'>Question marked as Top-ranking reply</div>" if k == 0 else ""
        out.append(
            f"<article class='reply' id='reply-{55000 + k}'>{badge}<div class='author-info'><a class='author-name'>{p.user}</a><span class='author-level'>Level {lvl} ({rng.randint(100, 99999):,} points)</span></div>"
            f"<div class='reply-body'>{p_(p.paras)}</div><div class='reply-footer'><span class='post-date'>{when(rng, 'en')} in response to {page.posts[max(0, k)].user}</span>"
            f"<button class='helpful'>Helpful ({rng.randint(0, 40)})</button><button>Reply</button></div></article>"
        )
    out.append(
        "</section><div class='similar'><h3>Similar questions</h3><ul>"
        + "".join(f"<li><a>{t}</a></li>" for t in TITLES["en"])
        + "</ul></div>"
    )
    c(page, "Similar questions")
    return frame_en(page, "".join(out), rng, "Apple Community")


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "discuz_touch": ("zh", discuz_touch),
    "tieba_pb": ("zh", tieba_pb),
    "zhihu_card": ("zh", zhihu_card),
    "douban_m": ("zh", douban_m),
    "wenda": ("zh", wenda),
    "segmentfault": ("mix", segmentfault),
    "lihkg": ("tw", lihkg),
    "ptt": ("tw", ptt),
    "discourse_app": ("en", discourse_app),
    "xenforo1": ("en", xenforo1),
    "mybb": ("en", mybb),
    "invision": ("en", invision),
    "hn": ("en", hn),
    "lemmy": ("en", lemmy),
    "apple": ("en", apple),
}
QUOTING = {"discuz_touch", "douban_m", "lihkg", "discourse_app", "xenforo1", "mybb", "invision"}
SUBS = {"tieba_pb", "segmentfault"}


def _posts(rng: random.Random, kind: str, shape: str) -> list[Post]:
    lang = "zh" if kind == "mix" else kind
    pool = TEXTS[kind][:]
    if kind == "mix":
        pool += TEXTS["zh"]
    rng.shuffle(pool)
    short = SHORT[lang][:]
    rng.shuffle(short)
    names = NAMES[lang][:]
    rng.shuffle(names)
    first = rng.randint(1, 3)
    n = {"two": 1, "sixty": 59, "oneliner": rng.randint(3, 7)}.get(shape, rng.randint(3, 8))
    posts = [Post(pool[:first], names[0])]
    at = first
    for k in range(n):
        if shape == "oneliner" or (shape == "sixty" and rng.random() < 0.25):
            paras = [short[k % len(short)] if shape == "oneliner" else rng.choice(short)]
        else:
            m = 1 if shape == "sixty" else rng.choice((1, 1, 2))
            paras = pool[at : at + m]
            at += m
            if not paras:  # a pool used up: start it over (a 60-post thread repeats no paragraph within reach)
                at = first
                paras = pool[at : at + m]
                at += m
        user = names[(k + 1) % len(names)] if k % 5 else names[0] if shape != "two" else names[1]
        posts.append(Post(paras, user))
    return posts


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (with a fresh seed, tune and check mean
    nothing: every page is new material)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, kind, shape)
            lang = "zh" if kind == "mix" else kind
            page = Page(
                id=f"{engine}_{v}", engine=engine, lang=lang, shape=shape, title=rng.choice(TITLES[lang]), posts=posts
            )
            if engine in QUOTING and shape in ("quoted", "thread") and len(posts) > 3:
                for k in rng.sample(range(2, len(posts)), 2 if shape == "quoted" and len(posts) > 4 else 1):
                    posts[k].quote = (posts[k - 1].user, posts[k - 1].paras[0])
            if engine in SUBS and shape in ("thread", "quoted", "sixty"):
                for k in rng.sample(range(1, len(posts)), min(2, len(posts) - 1)):
                    posts[k].sub = [
                        rng.choice(SHORT[lang]) + ("，同意" if lang == "zh" else ""),
                        rng.choice(TEXTS["zh"] if lang == "zh" else TEXTS[lang])[:40] + "。",
                    ][: rng.randint(1, 2)]
            page.html = fn(page, rng)
            thread_score.settle_chrome(page)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, ENGINES, SHAPES)
"""The half of a page: per shape, engines ranked by the hash of ``threads3/<id>``, alternately tune and check."""


def check_page(page: Page, text: str) -> list[str]:
    """Problems: a paragraph missing or out of order, a chrome string kept."""
    return problems((([p.quote[1]] if p.quote else []) + p.paras + p.sub for p in page.posts), page.chrome, text)


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "zh", "tw", "en", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
