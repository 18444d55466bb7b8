"""A fifth, independent generated corpus of forum threads and Q&A pages (issue #12, round 14).

Written before any tuning of round 14 and apart from the four earlier generators: markup families they lack (no
third-party page is copied; the markup follows how such pages are built as the author knows them):

* Chinese: a guest book / old BBS whose posts are bare rows of one ``<table>`` (no class at all, a
  "留言人：… 时间：…" row over a text row); a BBS whose posts share one element and are separated only by
  ``<hr>`` ("作者：X 发表于 …" line, "回复 | 引用" links); a Next.js forum whose classes are CSS-modules names
  (``PostItem_root__3kfXa``, ``RichText_content__Yp2nX``: component, part and a hash); a Q&A page whose
  accepted answer is placed *first*, the question below it, then the other answers; a mobile-microblog detail
  page (``weibo-main`` / ``card`` / ``comment-content`` list, "回复" / "赞" spans, "IP属地"); a
  WeChat-like article with its "精选留言" (a control: the gold is the article alone);
* English: UBB.classic-like tables (``bgcolor`` cells, no class, "posted <date>", "Profile | Email | Quote"
  image-link rows); a guest book of ``<hr>``-separated entries ("<b>X</b> wrote on …:"); a CSS-modules forum;
  a Microsoft-Q&A-like page whose accepted answer is shown above the question; a Mastodon-like thread
  (``detailed-status``, ``status__content``, "Boost" / "Favourite" buttons); a mailing-list thread view
  (each message's From / Date / Subject header, a ``<pre>`` body with "> " quoted lines, "-- " signatures).

Four *shapes* per engine: a thread of 3-8 replies (``thread``); every reply quoting the post above it (its first
paragraph repeated; ``quoted``); a first post of 5-7 paragraphs and 2-4 replies (``long``); replies that mix
prose with one-liners (``mixed``).

Post texts are paragraphs of the *tune* halves' gold texts of the shared extraction sets, read at run time
(``thread_corpus4.texts``: nothing of them is written into the repository). Gold text: every post in page order
(where the accepted answer stands above the question, that order), a quote's text included and its header not
(but for the mail thread: its attribution "On <date>, X wrote:" is gold since round 38, a convention change: the real
sets' golds keep a quote's attribution, en_forum_corpus32's docstring; it moves sweep row thread_corpus5);
no thread title, user names, dates, counts, floor labels, signatures or buttons; the control page's gold is the
article.

Pages split by :func:`page_half` (per shape, engines ranked by a hash of ``threads5/<id>`` alternate tune and
check). Tune on the tune half, read only the check half's scores.

    python bench/thread_corpus5.py --score            # cleaner (and trafilatura), tune and check, per shape
    python bench/thread_corpus5.py --verbose          # and each tune page's problems
    python bench/thread_corpus5.py --dump ID          # a tune page's html, gold and output (tune pages only)
    python bench/thread_corpus5.py --seed S --score   # fresh pages of the same layouts (halves mean nothing)
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from thread_corpus4 import NAMES, SHORT, SIGS, TITLES, texts
from thread_score import ThreadPage

SET = "threads5"
SHAPES = ("thread", "quoted", "long", "mixed")


@dataclass
class Post:
    paras: list[str]
    user: str
    quote: tuple[str, str] | None = None  # (quoted user, quoted text)
    sig: str = ""
    head: str = ""  # a mail quote's attribution line, gold (set by the renderer; HTML quote headers are not)


@dataclass
class Page(ThreadPage[Post]):
    control: bool = False  # an article and its comments: posts[0] is the article
    order: list[int] = field(default_factory=list)  # the posts' order on the page (default: as listed)
    chrome: set[str] = field(default_factory=set)
    html: str = ""

    def shown(self) -> list[tuple[int, Post]]:
        idx = self.order or list(range(len(self.posts)))
        return [(k, self.posts[k]) for k in idx]

    def kept(self) -> list[list[str]]:
        posts = [p for _, p in self.shown()]
        if self.control:
            posts = self.posts[:1]
        return [([p.head] if p.head and p.quote else []) + ([p.quote[1]] if p.quote else []) + p.paras for p in posts]

    def gold(self) -> str:
        return "\n".join(x for paras in self.kept() for x in paras)


def c(page: Page, *strings: str) -> None:
    page.chrome.update(strings)


def when(rng: random.Random, lang: str) -> str:
    m, d, h, mi = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
    return f"2024-{m:02d}-{d:02d} {h:02d}:{mi:02d}" if lang == "zh" else f"{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'][m % 6]} {d}, 2024 at {h % 12 + 1}:{mi:02d} PM"


def frame(page: Page, body: str, rng: random.Random, site: str) -> str:
    hot = TITLES[page.lang]
    if page.lang == "zh":
        c(page, "用户协议", "隐私政策", "沪ICP备", "热门话题")
        side = "".join(f"<li><a href='/topic/{700 + k}'>{t}</a><span>{rng.randint(2, 999)}</span></li>" for k, t in enumerate(hot))
        return (
            f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{page.title}_{site}</title></head><body>"
            f"<header class='site-header'><a class='brand' href='/'>{site}</a><nav><a href='/'>首页</a><a href='/hot'>热门</a><a href='/new'>最新</a><a href='/login'>登录</a><a href='/reg'>注册</a></nav></header>"
            f"<main class='layout'><section class='main-col'>{body}</section><aside class='side-col'><h4>热门话题</h4><ol>{side}</ol></aside></main>"
            f"<footer class='site-footer'><a>用户协议</a> · <a>隐私政策</a> · <a>联系我们</a><p>© 2024 {site} 沪ICP备20240001号-1</p></footer></body></html>"
        )
    c(page, "Terms of Service", "Privacy", "Trending")
    side = "".join(f"<li><a href='/t/{500 + k}'>{t}</a> <small>{rng.randint(2, 99)} replies</small></li>" for k, t in enumerate(hot))
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{page.title} | {site}</title></head><body>"
        f"<header class='top'><a class='home' href='/'>{site}</a><nav><a href='/latest'>Latest</a><a href='/top'>Top</a><a href='/signup'>Sign up</a><a href='/login'>Log in</a></nav></header>"
        f"<div class='page'><div class='content'>{body}</div><div class='rail'><h4>Trending</h4><ul>{side}</ul></div></div>"
        f"<footer><a>Terms of Service</a> · <a>Privacy</a> · <a>Contact</a><p>© 2024 {site}</p></footer></body></html>"
    )


def quote_of(p: Post) -> str:
    return p.quote[1] if p.quote else ""


# -- Chinese -------------------------------------------------------------------------------------------------------


def guestbook(page: Page, rng: random.Random) -> str:
    """Posts as bare rows of one table: a header row and a text row each, no class anywhere."""
    c(page, "留言人：", "时间：", "IP：", "回复此留言", "删除", "签名：")
    rows = [f"<table width='760' border='0' cellpadding='4' cellspacing='1' bgcolor='#cccccc'><tr><td colspan='2' bgcolor='#eeeeee'><b>主题：{page.title}</b> &nbsp; 共{len(page.posts)}条留言</td></tr>"]
    for k, p in page.shown():
        text = "<br>".join(p.paras)
        if p.quote:
            text = f"<table width='95%' bgcolor='#f5f5f5'><tr><td>引用 {p.quote[0]} 的留言：<br>{p.quote[1]}</td></tr></table>" + text
            c(page, "的留言：")
        sig = f"<br>----------<br>签名：{p.sig}" if p.sig else ""
        rows.append(
            f"<tr><td width='150' bgcolor='#f7f7f7' valign='top' rowspan='2'><img src='/face/{k % 9}.gif'><br>{p.user}<br>等级：{rng.randint(1, 9)}级</td>"
            f"<td bgcolor='#f7f7f7'>第{k + 1}楼 留言人：{p.user} 时间：{when(rng, 'zh')} IP：{rng.randint(10, 220)}.{rng.randint(1, 250)}.*.*</td></tr>"
            f"<tr><td bgcolor='#ffffff' valign='top'>{text}{sig}<br><div align='right'><a href='?reply={k}'>回复此留言</a> <a href='?del={k}'>删除</a></div></td></tr>"
        )
        c(page, "等级：")
    rows.append("</table>")
    return frame(page, "".join(rows) + "<form><textarea name='msg'></textarea><input type='submit' value='提交留言'></form>", rng, "心情驿站")


def hr_bbs(page: Page, rng: random.Random) -> str:
    """Every post in one element, separated only by <hr>."""
    c(page, "作者：", "发表于", "回复", "引用", "顶部")
    out = [f"<div class='title'><h2>{page.title}</h2><span>[ 浏览 {rng.randint(100, 9999)} | 回复 {len(page.posts) - 1} ]</span></div><div class='posts'>"]
    for n, (k, p) in enumerate(page.shown()):
        if n:
            out.append("<hr size='1' noshade>")
        text = "".join(f"<p>{x}</p>" for x in p.paras)
        if p.quote:
            text = f"<blockquote><b>以下是引用{p.quote[0]}在{when(rng, 'zh')}的发言：</b><br>{p.quote[1]}</blockquote>" + text
            c(page, "以下是引用")
        sig = f"<p><font color='#999999'>{p.sig}</font></p>" if p.sig else ""
        out.append(
            f"<font size='2' color='#666666'>{k + 1}楼 作者：<a href='/u/{k}'>{p.user}</a> 发表于 {when(rng, 'zh')}</font>{text}{sig}"
            f"<p align='right'><a href='#reply'>回复</a> | <a href='#quote{k}'>引用</a> | <a href='#top'>顶部</a></p>"
        )
        if p.sig:
            c(page, p.sig)
    out.append("</div>")
    return frame(page, "".join(out), rng, "老友记论坛")


def _mod(rng: random.Random, comp: str, part: str) -> str:
    return f"{comp}_{part}__{''.join(rng.choice('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(5))}"


def cssmod(page: Page, rng: random.Random) -> str:
    """A Next.js forum: CSS-modules class names, <button> action rows."""
    zh = page.lang == "zh"
    m = {(a, b): _mod(rng, a, b) for a, b in (("PostItem", "root"), ("PostItem", "header"), ("PostItem", "body"), ("Avatar", "img"), ("UserName", "name"), ("PostItem", "meta"), ("Actions", "bar"), ("Actions", "btn"), ("RichText", "content"), ("Quote", "box"), ("Thread", "list"), ("Thread", "title"), ("Badge", "tag"))}
    if zh:
        c(page, "IP属地", "赞", "回复", "分享", "举报", "楼主", "发布于", "全部回复", "条回复", "加载更多")
    else:
        c(page, "Upvote", "Reply", "Share", "Report", "OP", "replies", "Load more", "Posted")
    out = [f"<h1 class='{m['Thread', 'title']}'>{page.title}</h1><div class='{m['Thread', 'list']}'>"]
    for k, p in page.shown():
        body = "".join(f"<p>{x}</p>" for x in p.paras)
        if p.quote:
            body = f"<div class='{m['Quote', 'box']}'><span>@{p.quote[0]}</span><p>{p.quote[1]}</p></div>" + body
        badge = f"<span class='{m['Badge', 'tag']}'>{'楼主' if zh else 'OP'}</span>" if p.user == page.posts[0].user else ""
        meta = f"{'发布于' if zh else 'Posted'} {when(rng, page.lang)}" + (f" · IP属地{rng.choice(['广东', '北京', '浙江', '上海'])}" if zh else "")
        btns = ("赞", "回复", "分享", "举报") if zh else ("Upvote", "Reply", "Share", "Report")
        out.append(
            f"<div class='{m['PostItem', 'root']}' data-floor='{k + 1}'><div class='{m['PostItem', 'header']}'><img class='{m['Avatar', 'img']}' src='/av/{k}.png' alt=''><span class='{m['UserName', 'name']}'>{p.user}</span>{badge}<span class='{m['PostItem', 'meta']}'>{meta}</span></div>"
            f"<div class='{m['PostItem', 'body']}'><div class='{m['RichText', 'content']}'>{body}</div></div>"
            f"<div class='{m['Actions', 'bar']}'>" + "".join(f"<button class='{m['Actions', 'btn']}'>{b}{' ' + str(rng.randint(1, 99)) if n == 0 else ''}</button>" for n, b in enumerate(btns)) + "</div></div>"
        )
        if k == 0:
            out.append(f"<div class='{_mod(rng, 'Thread', 'divider')}'>{'全部回复' if zh else 'All replies'} · {len(page.posts) - 1}{'条回复' if zh else ' replies'}</div>")
    out.append(f"</div><button class='{_mod(rng, 'Thread', 'more')}'>{'加载更多' if zh else 'Load more'}</button>")
    return frame(page, "".join(out), rng, "有料社区" if zh else "DevHub Forum")


def answer_first(page: Page, rng: random.Random) -> str:
    """The accepted answer shown first, the question under it, then the other answers."""
    zh = page.lang == "zh"
    if zh:
        c(page, "已采纳", "采纳答案", "问题描述", "其他回答", "有用", "没用", "回答者", "提问者", "浏览", "关注", "写回答")
    else:
        c(page, "Accepted answer", "Question", "Other answers", "helpful", "Was this answer helpful?", "Yes", "No", "asked", "answered", "Follow")
    order = page.order
    out = []
    for n, k in enumerate(order):
        p = page.posts[k]
        text = "".join(f"<p>{x}</p>" for x in p.paras)
        if p.quote:
            text = f"<blockquote class='quote'>{p.quote[1]}</blockquote>" + text
        if n == 0:
            out.append(
                f"<section class='accepted-answer'><div class='label'>{'已采纳 · 采纳答案' if zh else 'Accepted answer'}</div><div class='answer-body'>{text}</div>"
                f"<div class='answer-author'>{'回答者' if zh else 'answered by'} <a>{p.user}</a> · {when(rng, page.lang)}</div>"
                f"<div class='answer-vote'>{'有用' if zh else 'Was this answer helpful?'} <button>{'有用' if zh else 'Yes'} {rng.randint(1, 99)}</button><button>{'没用' if zh else 'No'}</button></div></section>"
            )
        elif k == 0:
            out.append(
                f"<section class='question'><h1>{page.title}</h1><div class='label'>{'问题描述' if zh else 'Question'}</div><div class='question-body'>{text}</div>"
                f"<div class='question-meta'>{'提问者' if zh else 'asked by'} <a>{p.user}</a> · {when(rng, page.lang)} · {'浏览' if zh else 'viewed'} {rng.randint(100, 9999)}</div>"
                f"<div class='question-actions'><button>{'关注' if zh else 'Follow'}</button><button>{'写回答' if zh else 'Answer'}</button></div></section>"
                f"<h2 class='answers-head'>{'其他回答' if zh else 'Other answers'}</h2><div class='answer-list'>"
            )
        else:
            out.append(
                f"<div class='answer-item'><div class='answer-body'>{text}</div><div class='answer-author'>{'回答者' if zh else 'answered by'} <a>{p.user}</a> · {when(rng, page.lang)}</div>"
                f"<div class='answer-vote'><button>{'有用' if zh else 'Yes'} {rng.randint(0, 40)}</button><button>{'没用' if zh else 'No'}</button></div></div>"
            )
    out.append("</div>")
    return frame(page, "".join(out), rng, "问问吧" if zh else "Support Community")


def mweibo(page: Page, rng: random.Random) -> str:
    """A mobile microblog detail page: the post card, then a comment list."""
    c(page, "转发", "评论", "赞", "来自", "IP属地", "回复", "条回复", "查看更多评论", "微博正文", "按热度", "按时间")
    op = page.posts[0]
    out = [
        f"<div class='lite-topbar'><span class='nav-title'>微博正文</span></div><div class='weibo-main'><div class='card m-panel card9'><header class='weibo-top'><div class='m-img-box'><img src='/av/0.jpg'></div>"
        f"<div class='m-text-box'><h3 class='m-text-cut'>{op.user}</h3><h4 class='time'>{when(rng, 'zh')} 来自 iPhone客户端 · IP属地{rng.choice(['北京', '四川', '湖北'])}</h4></div></header>"
        f"<article class='weibo-og'><div class='weibo-text'>{'<br>'.join(op.paras)}</div></article>"
        f"<footer class='m-ctrl-box'><div class='m-diy-btn'><h4>转发 {rng.randint(0, 999)}</h4></div><div class='m-diy-btn'><h4>评论 {len(page.posts) - 1}</h4></div><div class='m-diy-btn'><h4>赞 {rng.randint(0, 9999)}</h4></div></footer></div></div>"
        f"<div class='lite-page-tab'><span class='cur'>评论 {len(page.posts) - 1}</span><span>转发</span><span>赞</span><span class='sort'>按热度</span><span class='sort'>按时间</span></div><div class='comment-content'>"
    ]
    for k, p in page.shown()[1:]:
        text = "".join(p.paras)
        if p.quote:
            text = f"回复@{p.quote[0]}:{p.quote[1]}//" + text
        more = f"<div class='cmt-sub-txt'><p>共{rng.randint(2, 20)}条回复</p></div>" if k % 3 == 1 else ""
        out.append(
            f"<div class='card m-avatar-box lite-page-list'><div class='m-img-box'><img src='/av/{k}.jpg'></div><div class='m-box-col'><h4 class='m-text-cut'><span class='m-link'>{p.user}</span></h4>"
            f"<h3 class='text'>{text}</h3>{more}<div class='card-list-ft'><span class='time'>{when(rng, 'zh')} 来自{rng.choice(['广东', '江苏', '浙江'])}</span><span class='reply'>回复</span><span class='like'>赞 {rng.randint(0, 999)}</span></div></div></div>"
        )
    out.append("<div class='m-tips'>查看更多评论</div></div>")
    return frame(page, "".join(out), rng, "微博")


def wx_article(page: Page, rng: random.Random) -> str:
    """A control: a WeChat-like article and its selected comments (the gold is the article alone)."""
    art = page.posts[0]
    c(page, "精选留言", "写留言", "作者回复", "阅读", "在看", "赞", "留言", "原创", "喜欢此内容的人还喜欢")
    out = [
        f"<div id='img-content' class='rich_media_wrp'><h1 class='rich_media_title' id='activity-name'>{page.title}</h1>"
        f"<div id='meta_content' class='rich_media_meta_list'><span class='rich_media_meta meta_original_tag'>原创</span><span class='rich_media_meta rich_media_meta_text'>{art.user}</span><em id='publish_time' class='rich_media_meta rich_media_meta_text'>{when(rng, 'zh')}</em></div>"
        f"<div class='rich_media_content js_underline_content' id='js_content'>{''.join(f'<p><span>{x}</span></p>' for x in art.paras)}</div>"
        f"<div class='rich_media_tool' id='js_toobar3'><div class='media_tool_meta'>阅读 {rng.randint(1000, 99999)}</div><div class='media_tool_meta'>在看 {rng.randint(0, 999)}</div></div></div>"
        f"<div class='rich_media_area_extra'><div class='discuss_container' id='js_cmt_area'><div class='discuss_container_hd'><span class='rich_media_extra_title'>精选留言</span><a class='discuss_icon_tips'>写留言</a></div><ul class='discuss_list' id='js_cmt_list'>"
    ]
    for k, p in page.shown()[1:]:
        reply = f"<div class='reply_result'><div class='nickname'>作者回复</div><div class='discuss_message'>{rng.choice(SHORT['zh'])}</div></div>" if k % 2 == 0 else ""
        out.append(
            f"<li class='js_comment_item discuss_item'><div class='user_info'><strong class='nickname'>{p.user}</strong><img class='avatar' src='/av/{k}.jpg'><span class='discuss_opr'><span class='praise_num'>{rng.randint(1, 500)}</span></span></div>"
            f"<div class='discuss_message'><div class='discuss_message_content'>{''.join(p.paras)}</div></div><div class='discuss_extra_info'>{when(rng, 'zh')}</div>{reply}</li>"
        )
        c(page, *p.paras)
    out.append("</ul></div><div class='related_article'><h3>喜欢此内容的人还喜欢</h3>" + "".join(f"<a class='related_item'>{t}</a>" for t in TITLES["zh"][:3]) + "</div></div>")
    return frame(page, "".join(out), rng, "公众号文章")


# -- English -------------------------------------------------------------------------------------------------------


def ubb(page: Page, rng: random.Random) -> str:
    """UBB.classic-like tables: bgcolor cells, no class, an image-link row per post."""
    c(page, "posted", "Profile", "Email", "Edit/Delete Message", "Reply With Quote", "Registered:", "Posts:", "IP: Logged", "quote:", "Member", "Junior Member")
    out = [
        f"<table border='0' cellpadding='1' cellspacing='0' width='95%' align='center'><tr><td><font size='2' face='Verdana'><b><a href='/ubb/'>Forum</a> » <a href='/ubb/f1'>General</a> » {page.title}</b></font></td></tr></table>"
        "<table border='0' cellpadding='4' cellspacing='1' width='95%' align='center' bgcolor='#000000'><tr bgcolor='#5A6B7C'><td><font size='1' face='Verdana' color='#FFFFFF'><b>Author</b></font></td><td><font size='1' face='Verdana' color='#FFFFFF'><b>Topic: " + page.title + "</b></font></td></tr>"
    ]
    for k, p in page.shown():
        bg = "#F7F7F7" if k % 2 == 0 else "#DEDFDF"
        text = "<p>".join(p.paras)
        if p.quote:
            text = f"<blockquote><font size='1' face='Verdana'>quote:</font><hr>{p.quote[1]}<hr></blockquote>" + text
        sig = f"<p>_________________<br>{p.sig}" if p.sig else ""
        out.append(
            f"<tr bgcolor='{bg}'><td valign='top' nowrap><font size='2' face='Verdana'><b>{p.user}</b></font><br><font size='1' face='Verdana'>{rng.choice(['Member', 'Junior Member'])}</font><br><br><font size='1' face='Verdana'>Registered: {['Jan', 'Jun', 'Oct'][k % 3]} 200{k % 9}<br>Posts: {rng.randint(1, 999)}</font></td>"
            f"<td valign='top'><img src='/ubb/posticon.gif'> <font size='1' face='Verdana'>posted {when(rng, 'en')}</font> &nbsp; <a href='/profile/{k}'><img src='/ubb/profile.gif' alt='Profile'></a> <a href='mailto:x'><img src='/ubb/email.gif' alt='Email'></a> <a href='/edit/{k}'><img src='/ubb/edit.gif' alt='Edit/Delete Message'></a> <a href='/q/{k}'><img src='/ubb/quote.gif' alt='Reply With Quote'></a>"
            f"<hr><font size='2' face='Verdana'>{text}{sig}</font><p><font size='1'>IP: Logged</font></p></td></tr>"
        )
        if p.sig:
            c(page, p.sig)
    out.append("</table><table width='95%' align='center'><tr><td><font size='1'>All times are ET (US)</font></td><td align='right'><a href='/new'>next newest topic</a> | <a href='/old'>next oldest topic</a></td></tr></table>")
    c(page, "All times are ET", "next newest topic")
    return frame(page, "".join(out), rng, "The Garage BBS")


def hr_guestbook(page: Page, rng: random.Random) -> str:
    """Guest book entries in one element separated only by <hr>, each opened by '<b>X</b> wrote on …:'."""
    c(page, "wrote on", "Sign the guestbook", "Entries", "Homepage")
    out = [f"<h2>{page.title}</h2><p><a href='/sign'>Sign the guestbook</a> · Entries 1-{len(page.posts)} of {len(page.posts) + 40}</p><div id='entries'>"]
    for n, (k, p) in enumerate(page.shown()):
        if n:
            out.append("<hr>")
        text = "<br><br>".join(p.paras)
        if p.quote:
            text = f"<i>{p.quote[0]} said: \u201c{p.quote[1]}\u201d</i><br><br>" + text
        home = f" (<a href='http://example.org/~{p.user}'>Homepage</a>)" if k % 2 else ""
        out.append(f"<b>{p.user}</b>{home} wrote on {when(rng, 'en')}:<br>{text}<br>")
    out.append("</div>")
    return frame(page, "".join(out), rng, "Kevin's Home Page")


def mastodon(page: Page, rng: random.Random) -> str:
    """A Mastodon-like thread: the detailed status, then reply statuses with button rows."""
    c(page, "Reply", "Boost", "Favourite", "Bookmark", "More", "Web", "Public", "boosts", "favourites", "@")
    out = ["<div class='column'><div class='column-header'><h1>Post</h1></div><div class='scrollable'>"]
    for k, p in page.shown():
        text = "".join(f"<p>{x}</p>" for x in p.paras)
        if p.quote:
            text = f"<p><span class='h-card'><a class='u-url mention'>@<span>{p.quote[0]}</span></a></span> <q>{p.quote[1]}</q></p>" + text
        handle = f"@{p.user}@social.example"
        if k == 0:
            out.append(
                f"<div class='focusable detailed-status__wrapper'><div class='detailed-status'><a class='detailed-status__display-name'><div class='detailed-status__display-avatar'><img src='/av/{k}.png'></div><span class='display-name'><bdi><strong class='display-name__html'>{p.user}</strong></bdi><span class='display-name__account'>{handle}</span></span></a>"
                f"<div class='status__content'><div class='status__content__text translate'>{text}</div></div>"
                f"<div class='detailed-status__meta'><a class='detailed-status__datetime'>{when(rng, 'en')}</a> · <span>Web</span> · <span>Public</span> · <span>{rng.randint(0, 99)} boosts</span> · <span>{rng.randint(0, 999)} favourites</span></div></div>"
                "<div class='detailed-status__action-bar'><button title='Reply'>Reply</button><button title='Boost'>Boost</button><button title='Favourite'>Favourite</button><button title='Bookmark'>Bookmark</button><button title='More'>More</button></div></div>"
            )
            continue
        out.append(
            f"<article class='focusable status__wrapper'><div class='status status-reply'><div class='status__info'><a class='status__relative-time'><time>{rng.randint(1, 23)}h</time></a><a class='status__display-name'><div class='status__avatar'><img src='/av/{k}.png'></div>"
            f"<span class='display-name'><bdi><strong class='display-name__html'>{p.user}</strong></bdi> <span class='display-name__account'>{handle}</span></span></a></div>"
            f"<div class='status__content'><div class='status__content__text translate'>{text}</div></div>"
            f"<div class='status__action-bar'><button title='Reply'>Reply {rng.randint(0, 9) or ''}</button><button title='Boost'>Boost</button><button title='Favourite'>Favourite {rng.randint(0, 50)}</button><button title='More'>More</button></div></div></article>"
        )
    out.append("</div></div>")
    return frame(page, "".join(out), rng, "social.example")


def mailthread(page: Page, rng: random.Random) -> str:
    """A mailing-list thread view: each message's header table and a <pre> body with '> ' quotes and signatures."""
    c(page, "From:", "Date:", "Subject:", "Message-ID", "Next message", "Previous message", "Reply via email", "-- ", "lists.example.org")
    out = [f"<h1>[users] {page.title}</h1><p class='thread-nav'><a>Previous message</a> | <a>Next message</a> | <a>Thread index</a></p>"]
    for k, p in page.shown():
        body = ""
        if p.quote:
            p.head = f"On {when(rng, 'en')}, {p.quote[0]} wrote:"
            body += p.head + "\n" + "\n".join("> " + x for x in p.quote[1].split("\n")) + "\n\n"
        body += "\n\n".join(p.paras)
        if p.sig:
            body += f"\n\n-- \n{p.sig}"
            c(page, p.sig)
        out.append(
            f"<div class='email'><table class='email-head'><tr><th>From:</th><td>{p.user} &lt;{p.user.lower()}@example.com&gt;</td></tr><tr><th>Date:</th><td>{when(rng, 'en')}</td></tr>"
            f"<tr><th>Subject:</th><td>{'Re: ' if k else ''}[users] {page.title}</td></tr><tr><th>Message-ID:</th><td>&lt;{rng.randint(10**8, 10**9)}@lists.example.org&gt;</td></tr></table>"
            f"<pre class='email-body'>{body}</pre><p class='email-foot'><a>Reply via email</a></p></div>"
        )
    return frame(page, "".join(out), rng, "lists.example.org archives")


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "guestbook": ("zh", guestbook),
    "hr_bbs": ("zh", hr_bbs),
    "cssmod_zh": ("zh", cssmod),
    "answer_first_zh": ("zh", answer_first),
    "mweibo": ("zh", mweibo),
    "wx_article": ("zh", wx_article),
    "ubb": ("en", ubb),
    "hr_guestbook": ("en", hr_guestbook),
    "cssmod_en": ("en", cssmod),
    "answer_first_en": ("en", answer_first),
    "mastodon": ("en", mastodon),
    "mailthread": ("en", mailthread),
}
CONTROLS = {"wx_article"}


def _posts(rng: random.Random, lang: str, shape: str, control: bool) -> list[Post]:
    pool = texts()[lang]
    names = NAMES[lang][:]
    rng.shuffle(names)
    short = SHORT[lang][:]
    rng.shuffle(short)
    start = rng.randrange(len(pool))
    used = [0]

    def take(n: int) -> list[str]:
        out = [pool[(start + used[0] + i * 7907) % len(pool)] for i in range(n)]
        used[0] += n
        return out

    first = rng.randint(5, 7) if shape == "long" or control else rng.randint(1, 3)
    n = rng.randint(2, 4) if shape == "long" else rng.randint(3, 8)
    posts = [Post(take(first), names[0])]
    for k in range(n):
        if shape == "mixed" and rng.random() < 0.45:
            paras = [short[k % len(short)]]
        else:
            paras = take(rng.choice((1, 1, 2, 3)))
        posts.append(Post(paras, names[(k + 1) % len(names)] if k % 4 else names[0]))
    if shape == "quoted":
        for k in range(2, len(posts)):
            posts[k].quote = (posts[k - 1].user, posts[k - 1].paras[0])
    if shape in ("thread", "long"):
        for k in range(1, len(posts), 3):
            posts[k].sig = rng.choice(SIGS[lang])
    return posts


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (with a fresh seed, tune and check mean
    nothing: every page is new material)."""
    out: list[Page] = []
    for engine, (lang, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            control = engine in CONTROLS
            posts = _posts(rng, lang, shape, control)
            page = Page(id=f"{engine}_{v}", engine=engine, lang=lang, shape=shape, title=rng.choice(TITLES[lang]), posts=posts, control=control)
            if engine.startswith("answer_first"):
                if posts[1].quote:  # the accepted answer stands above the question it would quote
                    posts[1].quote = None
                page.order = [1, 0, *range(2, len(posts))]
                if posts[2:] and posts[2].quote:
                    posts[2].quote = (posts[0].user, posts[0].paras[0])
            page.html = fn(page, rng)
            thread_score.settle_chrome(page)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, ENGINES, SHAPES)
"""Per shape, engines ranked by the hash of ``threads5/<id>``, alternately tune and check."""
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "zh", "en", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
