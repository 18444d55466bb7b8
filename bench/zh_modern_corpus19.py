"""Chinese modern article and Q&A pages, a generator of round 19 (issue #12, the hidden "forum / Q&A / modern
article" class).

Written before looking at how cleaner does on it. The markup is the author's rendering, from memory, of how the
platforms' public pages are built; no third-party page is copied. The earlier generators cover forums and
threads (``forum_corpus18``, ``thread_corpus*``) and portal news (``zh_portal_corpus``); this one covers the
Chinese self-media article platforms and the Q&A shapes left open in round 18:

- ``wechat``: a WeChat public-account article (``rich_media_*``, ``#js_content`` with "点击上方蓝字关注" above and an
  "END / 往期推荐 / 长按识别二维码" tail *inside* it, "阅读原文", "在看", "赞赏", a QR follow prompt, 精选留言);
- ``zhihu_column``: a Zhihu column article (``Post-Header``, ``Post-RichText``, "发布于", a 赞同 / 评论 bar,
  推荐阅读 with summaries, a comment list);
- ``jianshu``: Jianshu (CSS-module class names, 字数 / 阅读 line, 赞赏支持, 推荐阅读 with summaries, 全部评论);
- ``csdn``: a CSDN blog post (版权声明 box, 本文链接, code blocks with line numbers and "登录后复制", the
  "点赞 收藏 评论" toolbox, recommended posts with summaries);
- ``juejin``: Juejin (``article-viewer markdown-body`` with an inline ``<style>``, author block, tags, comments
  with positions, 相关推荐 entries with abstracts);
- ``toutiao``: Toutiao (``syl-article-base``, an author card with 粉丝 / 获赞, 举报, 相关推荐 feed cards);
- ``baijiahao``: Baidu's Baijiahao (hashed class names, one ``<div>`` per paragraph, 举报/反馈, 作者最新文章);
- ``sohu_hao``: Sohu 号 (``#mp-editor``, "返回搜狐，查看更多", 责任编辑, 平台声明, 阅读 (N), "我来说两句" comments);
- ``netease_hao``: NetEase 号 (``post_body``, 特别声明 in Chinese and English, 相关推荐, 热门跟贴);
- ``bilibili_read``: a Bilibili 专栏 article (阅读 / 点赞 / 评论 panel, up card with 粉丝, "本文为我原创", 投诉或建议,
  a comment list with IP 属地);
- ``short_comments``: a short article (one to four paragraphs) above a long readers' comment list whose items carry
  what real comment widgets carry (user name, "3小时前", "回复", like counts), in three markup variants;
- ``zhidao_alone``: Baidu Zhidao whose best answer is the only answer (answerer card with 采纳数 / 获赞数 / 擅长,
  a vote bar "你对这个回答的评价是？", "本回答由提问者推荐");
- ``tieba_old``: Tieba's older desktop layout (``l_post``, ``d_post_content``, ``p_tail``), a first post and one
  floor reply, with one 楼中楼 reply "user：text" under it in some shapes;
- ``zhihu_question``: a Zhihu question page whose first answer sits in its own card (``QuestionAnswer-content``)
  above a "更多回答" list of the others.

Three shapes: ``short`` (one or two paragraphs, Q&A: one-sentence posts), ``long`` (five to nine paragraphs;
``short_comments`` three or four), ``trad`` (the whole page in Traditional characters, chrome included: Taiwan
and Hong Kong mirrors). The gold is the article's text (its paragraphs, headings and code lines) or the
question and every answer in page order; never the title, bylines, bars, recommendations or comments.

Halves: per shape, the engines ranked by a hash of ``zhmodern19/<id>``, alternately tune and check.

    python bench/zh_modern_corpus19.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_modern_corpus19.py --verbose          # and each tune page's problems
    python bench/zh_modern_corpus19.py --dump ID          # a tune page's html, gold and output
    python bench/zh_modern_corpus19.py --seed S --score   # fresh pages of the same layouts
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from forum_corpus18 import _sentences, ch, p_
from thread_corpus4 import NAMES, texts
from thread_score import ThreadPage

SET = "zhmodern19"
SHAPES = ("short", "long", "trad")

TITLES = [
    "一文读懂：这件事背后的三个关键问题",
    "我用了三个月，终于想明白了这件事",
    "深度 | 被忽视的细节，才是真正的答案",
    "写给刚入行的你：少走弯路的几点建议",
    "实测对比之后，我的结论可能和你想的不一样",
    "从零开始：一份不太一样的实践笔记",
]
QTITLES = ["这种情况应该怎么处理？", "有没有人遇到过类似的问题？", "如何看待最近这件事？", "新手想问一个问题，求解答"]
ACCOUNTS = ["城事观察", "硬核科普君", "老王聊职场", "深夜读书会", "数据说", "程序员小张"]
HEADS = ["一、背景", "二、具体做法", "三、几点体会", "写在最后"]
CODE = [
    "pip install requests==2.31.0",
    "import requests",
    "resp = requests.get(url, timeout=10)",
    "print(resp.status_code)",
    "sudo systemctl restart nginx",
    "git clone --depth 1 repo.git",
]
TOPICS = ["生活", "职场", "科技", "读书", "教育", "互联网"]
AGO = ["刚刚", "5分钟前", "3小时前", "昨天 21:14", "2天前", "1周前"]
REGIONS = ["广东", "浙江", "四川", "北京", "上海", "湖北"]


@dataclass
class Page(ThreadPage[list[str]]):
    """A page: ``posts`` are the article's paragraphs as one post, or the question and each answer; ``kind`` is
    ``article`` or ``qa`` (a score group)."""

    kind: str
    users: list[str]
    chrome: set[str] = field(default_factory=set)
    html: str = ""

    def kept(self) -> list[list[str]]:
        return self.posts

    def gold(self) -> str:
        return "\n".join(x for paras in self.posts for x in paras)


def date(rng: random.Random) -> str:
    return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def num(rng: random.Random) -> str:
    n = rng.randint(12, 99999)
    return f"{n / 10000:.1f}万" if n >= 10000 else str(n)


def avatar(k: int) -> str:
    return f'<img src="https://img.example.cn/avatar/{1000 + k}.jpg" alt="" width="40" height="40">'


def pic(rng: random.Random) -> str:
    return f'<img src="https://img.example.cn/p/{rng.randint(10000, 99999)}.jpg" data-ratio="0.75" alt="">'


def user(rng: random.Random) -> str:
    return rng.choice(NAMES["zh"]) + str(rng.randint(1, 999))


def comments(page: Page, rng: random.Random, n: int) -> list[tuple[str, str, str, str]]:
    """``n`` readers' comments: (user, text, time, likes); every part is chrome of the page."""
    pool = _sentences("zh")
    out = []
    for _ in range(n):
        text = pool[rng.randrange(len(pool))]
        if rng.random() < 0.3:
            text += pool[rng.randrange(len(pool))]
        u = user(rng)
        out.append((u, text, rng.choice(AGO), str(rng.randint(0, 999))))
        ch(page, u, text)
    return out


def related(page: Page, rng: random.Random, n: int) -> list[tuple[str, str, str]]:
    """``n`` recommended posts: (title, summary, source); chrome."""
    pool = _sentences("zh")
    out = []
    for _ in range(n):
        t = rng.choice(TITLES + QTITLES) + rng.choice(["", "（附清单）", "，建议收藏", "｜干货"])
        s = pool[rng.randrange(len(pool))]
        src = rng.choice(ACCOUNTS)
        out.append((t, s, src))
        ch(page, t, s)
    return out


# ---------------------------------------------------------------------------------------------------- articles


def _with_heads(page: Page, rng: random.Random, tag: str = "h2") -> str:
    """The article's paragraphs, with section headings (part of the gold) before some of them on long pages."""
    paras = page.posts[0]
    if page.shape == "short" or len(paras) < 5 or rng.random() < 0.4:
        return p_(paras)
    out: list[str] = []
    gold: list[str] = []
    heads = iter(HEADS)
    for i, x in enumerate(paras):
        if i in (0, 2, 4) and (h := next(heads, None)):
            out.append(f"<{tag}>{h}</{tag}>")
            gold.append(h)
        out.append(f"<p>{x}</p>")
        gold.append(x)
    page.posts[0] = gold
    return "".join(out)


def wechat(page: Page, rng: random.Random) -> str:
    acct = rng.choice(ACCOUNTS)
    author = page.users[0]
    ch(
        page,
        acct,
        author,
        "原创",
        "阅读原文",
        "在看",
        "赞赏",
        "喜欢作者",
        "微信扫一扫",
        "关注该公众号",
        "精选留言",
        "写留言",
    )
    top = ""
    if rng.random() < 0.6:
        top = '<section style="text-align:center;"><span style="color:#1e6bb8;font-size:14px;">点击上方蓝字关注我们</span></section>'
        ch(page, "点击上方蓝字关注我们")
    body = "".join(
        f'<section style="margin:0 8px;line-height:1.75em;"><span style="font-size:15px;letter-spacing:1px;">{x}</span></section>'
        + (f'<section style="text-align:center;">{pic(rng)}</section>' if i == 1 else "")
        for i, x in enumerate(page.posts[0])
    )
    if rng.random() < 0.5:
        body = "".join(
            f'<p style="text-indent:2em;"><span style="font-size:16px;">{x}</span></p>' for x in page.posts[0]
        )
    tail = ""
    if rng.random() < 0.7:
        past = related(page, rng, 3)
        tail = (
            '<p style="text-align:center;"><strong>END</strong></p><section><span style="color:#888;">往期推荐</span></section>'
            + "".join(
                f'<p><a href="https://mp.weixin.qq.com/s/{rng.randint(1000, 9999)}">{t}</a></p>' for t, _, _ in past
            )
            + f'<section style="text-align:center;">{pic(rng)}</section><p style="text-align:center;"><span>长按识别二维码关注我们</span></p><p style="text-align:center;"><span>点个“在看”，你最好看</span></p>'
        )
        ch(page, "往期推荐", "长按识别二维码关注我们", "点个“在看”，你最好看")
    cmts = comments(page, rng, rng.randint(2, 6))
    items = "".join(
        f'<li class="discuss_item"><div class="user_info"><div class="nickname_wrp"><img class="avatar" src="x.png"><strong class="nickname">{u}</strong></div>'
        f'<span class="discuss_opr"><span class="media_tool_meta meta_praise"><i class="icon_praise_gray"></i><span class="praise_num">{lk}</span></span></span></div>'
        f'<div class="discuss_message"><div class="discuss_message_content">{t}</div></div><div class="discuss_extra_info">{tm}</div></li>'
        for u, t, tm, lk in cmts
    )
    return (
        f'<div id="js_article" class="rich_media"><div class="rich_media_inner"><div id="page-content" class="rich_media_area_primary"><div class="rich_media_area_primary_inner"><div id="img-content" class="rich_media_wrp">'
        f'<h1 class="rich_media_title" id="activity-name">{page.title}</h1>'
        f'<div id="meta_content" class="rich_media_meta_list"><span id="copyright_logo" class="rich_media_meta meta_original_tag">原创</span><span class="rich_media_meta rich_media_meta_text">{author}</span>'
        f'<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">{acct}</a></span><em id="publish_time" class="rich_media_meta rich_media_meta_text">{date(rng)}</em><em class="rich_media_meta rich_media_meta_text">发表于{rng.choice(REGIONS)}</em></div>'
        f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility: visible;">{top}{body}{tail}</div>'
        f'<div class="rich_media_tool" id="js_toobar3"><div class="weui-flex"><div class="weui-flex__item"><a id="js_view_source" class="media_tool_meta meta_primary" href="#">阅读原文</a></div>'
        f'<span class="media_tool_meta meta_extra">阅读 <span id="readNum3">{num(rng)}</span></span><span class="media_tool_meta meta_extra"><span class="praise_num">在看 {rng.randint(1, 999)}</span></span></div></div>'
        f'<div class="reward_area tc" id="js_preview_reward_author"><div class="reward_access">喜欢作者</div><a class="reward_button" href="#">赞赏</a><div class="reward_user_tips">{rng.randint(2, 90)}人赞赏</div></div>'
        f"</div></div></div>"
        f'<div class="qr_code_pc_outer"><div class="qr_code_pc_inner"><div class="qr_code_pc"><img id="js_pc_qr_code_img" class="qr_code_pc_img" src="/mp/qrcode?scene=1"><p>微信扫一扫<br>关注该公众号</p></div></div></div>'
        f'<div class="rich_media_extra"><div class="discuss_container" id="js_cmt_area"><div class="rich_tips with_line title_tips discuss_title_line"><span class="tips">精选留言</span></div>'
        f'<a class="discuss_write" href="#">写留言</a><ul class="discuss_list" id="js_cmt_list">{items}</ul></div></div></div></div>'
    )


def zhihu_column(page: Page, rng: random.Random) -> str:
    author = page.users[0]
    votes = rng.randint(3, 9999)
    n_cmt = rng.randint(2, 6)
    badge = rng.choice(["互联网从业者", "心理学硕士", "科普作者", "产品经理"])
    ch(
        page,
        author,
        badge,
        "关注",
        f"{votes} 人赞同了该文章",
        "发布于",
        "条评论",
        "分享",
        "喜欢",
        "收藏",
        "申请转载",
        "推荐阅读",
        "写下你的评论...",
    )
    body = _with_heads(page, rng)
    recs = related(page, rng, 3)
    rec = "".join(
        f'<div class="PostItem"><a class="PostItem-titleLink" href="/p/{rng.randint(10**8, 10**9)}"><h4 class="PostItem-title">{t}</h4></a><div class="PostItem-summary">{s}</div><div class="PostItem-footer"><span>{src}</span> · <span>{rng.randint(1, 999)} 赞同</span></div></div>'
        for t, s, src in recs
    )
    cmts = comments(page, rng, n_cmt)
    cl = "".join(
        f'<div class="CommentItemV2"><div class="CommentItemV2-meta"><span class="UserLink CommentItemV2-avatar">{avatar(i)}</span><span class="UserLink"><a class="UserLink-link" href="/people/{i}">{u}</a></span><span class="CommentItemV2-time">{tm}</span></div>'
        f'<div class="CommentItemV2-metaSibling"><div class="CommentRichText CommentItemV2-content"><div class="RichText ztext">{t}</div></div>'
        f'<div class="CommentItemV2-footer"><button class="Button CommentItemV2-likeBtn Button--plain"><span>赞 {lk}</span></button><button class="Button CommentItemV2-hoverBtn Button--plain">回复</button></div></div></div>'
        for i, (u, t, tm, lk) in enumerate(cmts)
    )
    ip = f"・IP 属地{rng.choice(REGIONS)}" if rng.random() < 0.6 else ""
    return (
        f'<div class="ColumnPageHeader-Wrapper"><div class="ColumnPageHeader"><a href="/" class="ColumnPageHeader-Logo">知乎</a><a href="https://www.zhihu.com">首页</a><a class="ColumnPageHeader-WriteButton" href="/write">写文章</a></div></div>'
        f'<main role="main" class="App-main"><div class="Post-content" data-zop=\'{{"authorName":"{author}","itemId":{rng.randint(10**8, 10**9)},"type":"article"}}\'>'
        f'<article class="Post-Main Post-NormalMain" tabindex="-1"><header class="Post-Header"><h1 class="Post-Title">{page.title}</h1>'
        f'<div class="Post-Author"><div class="AuthorInfo" itemprop="author" itemscope><span class="UserLink AuthorInfo-avatarWrapper">{avatar(0)}</span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="/people/x">{author}</a></span></div>'
        f'<div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{badge}</div></div></div></div></div><button class="Button FollowButton Button--primary Button--blue">关注</button></div>'
        f'<div class="LabelContainer-wrapper"><span class="Voters">{votes} 人赞同了该文章</span></div></header>'
        f'<div class="Post-RichTextContainer"><div class="css-376mun"><div class="RichText ztext Post-RichText css-1yl4z4o" options="[object Object]">{body}</div></div></div>'
        f'<div class="ContentItem-time">发布于 {date(rng)}{ip}</div>'
        f'<div class="Post-topicsAndReviewer"><div class="TopicList Post-Topics">{"".join(f"<a class=TopicLink href=#>{t}</a>" for t in rng.sample(TOPICS, 2))}</div></div>'
        f'<div class="RichContent-actions is-fixed"><div class="ContentItem-actions"><span><button class="Button VoteButton VoteButton--up">赞同 {votes}</button><button class="Button VoteButton VoteButton--down"></button></span>'
        f'<button class="Button ContentItem-action">{n_cmt} 条评论</button><button class="Button ContentItem-action">分享</button><button class="Button ContentItem-action">喜欢</button><button class="Button ContentItem-action">收藏</button><button class="Button ContentItem-action">申请转载</button></div></div></article>'
        f'<div class="Post-Sub Post-NormalSub"><div class="Comments-container"><div class="CommentsV2 CommentsV2--withEditor"><div class="Topbar CommentTopbar"><div class="Topbar-title"><h2 class="CommentTopbar-title">{n_cmt} 条评论</h2></div></div>'
        f'<div class="CommentsV2-footer CommentEditorV2--normal"><div class="Input-wrapper">写下你的评论...</div></div><div class="CommentListV2">{cl}</div></div></div>'
        f'<div class="Recommendations-Main"><h3 class="BlockTitle Recommendations-BlockTitle">推荐阅读</h3><div class="Recommendations-List">{rec}</div></div></div></div></main>'
    )


def jianshu(page: Page, rng: random.Random) -> str:
    author = page.users[0]
    ch(
        page,
        author,
        "关注",
        "字数",
        "赞赏支持",
        "还没有人赞赏，支持一下",
        "更多精彩内容，就在简书APP",
        "推荐阅读",
        "全部评论",
        "© 著作权归作者所有,转载或内容合作请联系作者",
    )
    recs = related(page, rng, 4)
    rec = "".join(
        f'<div class="_3gtjha"><a class="_2voXH8 _1OhGeD" href="/p/{rng.randint(10**5, 10**6):x}">{t}</a><div class="_1eRXP6">{s}</div><div class="_1Cwh0e"><span>阅读 {rng.randint(100, 9999)}</span></div></div>'
        for t, s, _ in recs
    )
    cmts = comments(page, rng, rng.randint(2, 5))
    cl = "".join(
        f'<div class="_2IUqKE"><div class="_2Tycq2"><a class="_1OhGeD" href="/u/{i}">{avatar(i)}</a></div><div class="_2Bgxqg"><div class="_23G05g"><a class="_1OhGeD" href="/u/{i}">{u}</a></div>'
        f'<div class="_1xqkrI"><span>{i + 1}楼</span><time>{tm}</time></div><div class="_2bDGm4">{t}</div><div class="_2ti5br"><span class="_2GXD2V">赞 {lk}</span><span class="_2GXD2V">回复</span></div></div></div>'
        for i, (u, t, tm, lk) in enumerate(cmts)
    )
    words = sum(len(x) for x in page.posts[0])
    return (
        f'<div id="__next"><header class="_1lQRgN"><a href="/">简书</a><a href="/">首页</a><a href="/apps">下载APP</a><a href="/sign_in">登录</a><a href="/sign_up">注册</a></header>'
        f'<div class="_21bLU4 _3kbg6I"><div class="_3VRLsv" role="main"><div class="_gp-ck"><section class="ouvJEz"><h1 class="_1RuRku">{page.title}</h1>'
        f'<div class="rEsl9f"><div class="_2mYfmT"><a class="_1qp91i _1OhGeD" href="/u/0">{avatar(0)}</a><div style="margin-left:8px"><div class="_3U4Smb"><span class="FxYr8x"><a class="_1OhGeD" href="/u/0">{author}</a></span><button class="_3kba3h _1OyPqC _3Mi9q9" type="button"><span>关注</span></button></div>'
        f'<div class="s-dsoj"><i class="_3tCVn5"><span>{rng.randint(1, 99)}</span></i><time datetime="{date(rng)}">{date(rng).replace("-", ".")}</time><span>字数 {words:,}</span><span>阅读 {rng.randint(100, 9999):,}</span></div></div></div></div>'
        f'<article class="_2rhmJa">{p_(page.posts[0])}</article>'
        f'<div></div><div class="_1kCBjS"><div class="_18vaTa"><div class="_3BUZPB"><div class="_2Bo4Th"><i class="anticon"></i></div><span class="_1LOh_5">{rng.randint(1, 99)}人点赞</span></div></div></div>'
        f'<div class="_19DgIp"><div class="_13lIbp"><div class="_191KSt">赞赏支持</div><span class="_3zdmIj">还没有人赞赏，支持一下</span></div></div>'
        f'<div class="_2xPu7E">© 著作权归作者所有,转载或内容合作请联系作者</div></section>'
        f'<div class="_2OwGUo"><div class="_1PCtaT">更多精彩内容，就在简书APP</div></div>'
        f'<section class="ouvJEz" id="note-page-comment"><div class="_10KzV0"><h3 class="QxT4hD"><span>全部评论</span><span class="_2R7vBo">{len(cmts)}</span></h3></div><div class="_2gPNSa">{cl}</div></section>'
        f'<section class="ouvJEz"><h3 class="QxT4hD">推荐阅读</h3><div class="_2t5LKf">{rec}</div></section></div></div></div></div>'
    )


def csdn(page: Page, rng: random.Random) -> str:
    author = page.users[0]
    link = f"https://blog.csdn.net/u{rng.randint(10**6, 10**7)}/article/details/{rng.randint(10**8, 10**9)}"
    notice = "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。"
    ch(
        page,
        author,
        "原创",
        "阅读量",
        "收藏",
        "点赞数",
        "分类专栏：",
        "文章标签：",
        "版权声明：本文为博主原创文章",
        "本文链接：",
        "登录后复制",
        "点赞",
        "评论",
        "分享",
        "觉得还不错? 一键收藏",
        "的博客",
        "文章被收录于专栏",
    )
    paras = page.posts[0]
    # a code block after the first (or second) paragraph: its lines are part of the article
    at = 1 if len(paras) < 4 else 2
    code = rng.sample(CODE, rng.randint(2, 4))
    gold = [*paras[:at], *code, *paras[at:]]
    numbers = "".join(f'<li style="color: rgb(153, 153, 153);">{i + 1}</li>' for i in range(len(code)))
    code_html = (
        f'<pre class="set-code-show prettyprint" name="code"><code class="prism language-bash has-numbering" onclick="mdcp.signin(event)">{"<br>".join(code) if rng.random() < 0.3 else chr(10).join(code)}'
        f'</code><div class="hljs-button signin active" data-title="登录后复制" onclick="hljs.signin(event)"></div><ul class="pre-numbering">{numbers}</ul></pre>'
    )
    body = p_(paras[:at]) + code_html + p_(paras[at:])
    if page.shape != "short" and rng.random() < 0.6:
        head = rng.choice(HEADS)
        body = f'<h2><a name="t0"></a>{head}</h2>' + body
        gold.insert(0, head)
    page.posts[0] = gold
    recs = related(page, rng, 4)
    rec = "".join(
        f'<div class="recommend-item-box type_blog clearfix" data-url="https://blog.csdn.net/x/{rng.randint(1000, 9999)}"><div class="content-box"><div class="content-blog display-flex"><div class="title-box"><a class="tit" href="#"><div class="tit">{t}</div></a></div>'
        f'<div class="info-box display-flex"><div class="info"><a href="#"><span class="blog-text">{src}的博客</span></a></div><div class="info display-flex"><span class="info-block time">{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}</span><span class="info-block read">{rng.randint(100, 9999)}</span></div></div></div>'
        f'<div class="desc-box"><a href="#"><div class="desc ellipsis-online ellipsis-online-1">{s}</div></a></div></div></div>'
        for t, s, src in recs
    )
    return (
        f'<div class="main_father clearfix d-flex justify-content-center"><div class="container clearfix" id="mainBox"><main><div class="blog-content-box">'
        f'<div class="article-header-box"><div class="article-header"><div class="article-title-box"><span class="article-type type-1 float-left">原创</span><h1 class="title-article" id="articleContentId">{page.title}</h1></div>'
        f'<div class="article-info-box"><div class="article-bar-top"><div class="bar-content"><a class="follow-nickName" href="#">{author}</a><span class="time">已于&nbsp;{date(rng)}:{rng.randint(10, 59)}&nbsp;修改</span>'
        f'<span class="read-count">阅读量{rng.randint(1, 99)}k</span><a class="un-collection"><span class="name">收藏</span><span class="get-collection">{rng.randint(1, 99)}</span></a><span class="read-count">点赞数 {rng.randint(1, 99)}</span></div>'
        f'<div class="blog-tags-box"><div class="tags-box artic-tag-box"><span class="label">分类专栏：</span><a class="tag-link" href="#">Python</a><span class="label">文章标签：</span><a class="tag-link" href="#">python</a><a class="tag-link" href="#">开发语言</a></div></div>'
        f'<div class="slide-content-box"><div class="article-copyright"><div class="creativecommons">{notice}</div><div class="article-source-link">本文链接：<a href="{link}">{link}</a></div></div></div></div></div></div></div>'
        f'<article class="baidu_pl"><div id="article_content" class="article_content clearfix"><link rel="stylesheet" href="https://csdnimg.cn/release/blogv2/dist/mdeditor/css/editerView/kdoc_html_views-1a98987dfd.css">'
        f'<div id="content_views" class="markdown_views prism-atom-one-dark"><svg xmlns="http://www.w3.org/2000/svg" style="display: none;"><path stroke-linecap="round" d="M5,0 0,2.5 5,5z" id="raphael-marker-block" style="-webkit-tap-highlight-color: rgba(0, 0, 0, 0);"></path></svg>{body}</div></div>'
        f'<div class="blog-extension-box"><div class="column-group"><span>文章被收录于专栏</span><a href="#">Python 实战</a></div></div></article></div>'
        f'<div class="more-toolbox-new more-toolbar" id="toolBarBox"><div class="left-toolbox"><ul class="toolbox-list"><li class="tool-item tool-item-size tool-active is-like"><a class="tool-item-href"><span class="name">点赞</span><span class="count">{rng.randint(1, 99)}</span></a></li>'
        f'<li class="tool-item tool-item-size tool-active is-unlike"><a class="tool-item-href"><span class="name">踩</span></a></li><li class="tool-item tool-item-size tool-active is-collection"><a class="tool-item-href"><span class="name">收藏</span></a><span class="count">觉得还不错? 一键收藏</span></li>'
        f'<li class="tool-item tool-item-size tool-active tool-item-comment"><a class="tool-item-href"><span class="name">评论</span></a></li><li class="tool-item tool-item-size tool-active tool-QRcode"><a class="tool-item-href"><span class="name">分享</span></a></li></ul></div></div>'
        f'<div class="recommend-box insert-baidu-box recommend-box-style">{rec}</div></main></div></div>'
    )


def juejin(page: Page, rng: random.Random) -> str:
    author = page.users[0]
    ch(page, author, "关注", "阅读", "标签：", "全部评论", "相关推荐", "发送", "点赞", "回复")
    cmts = comments(page, rng, rng.randint(2, 6))
    cl = "".join(
        f'<div class="comment-list-item"><div class="comment"><a class="avatar-link">{avatar(i)}</a><div class="content-box"><div class="meta-box"><div class="user-popover-box"><a class="username" href="/user/{i}"><span class="name">{u}</span></a></div>'
        f'<span class="position">{rng.choice(["前端工程师", "后端开发", "学生"])}</span></div><div class="comment-content"><div class="content">{t}</div></div>'
        f'<div class="action-box"><time class="time">{tm}</time><div class="item like">点赞 {lk}</div><div class="item comment">回复</div></div></div></div></div>'
        for i, (u, t, tm, lk) in enumerate(cmts)
    )
    recs = related(page, rng, 3)
    rec = "".join(
        f'<li class="item"><div class="entry"><div class="meta-container"><a class="user-message">{src}</a><div class="date">{rng.choice(AGO)}</div></div>'
        f'<div class="title-row"><a class="title" href="/post/{rng.randint(10**9, 10**10)}">{t}</a></div><div class="abstract"><a href="#"><div>{s}</div></a></div>'
        f'<ul class="action-list"><li class="item view"><span>{rng.randint(100, 9999)}</span></li><li class="item like"><span>{rng.randint(1, 99)}</span></li></ul></div></li>'
        for t, s, src in recs
    )
    return (
        f'<div class="view-container"><div class="main-area article-area"><article class="article" itemscope itemtype="http://schema.org/Article"><meta itemprop="headline" content="{page.title}">'
        f'<h1 class="article-title">{page.title}</h1><div class="author-info-block"><div class="author-info-box"><div class="author-name"><a class="username" href="/user/0"><span class="name">{author}</span></a></div>'
        f'<div class="meta-box"><time class="time">{date(rng)}</time><span class="views-count">阅读 {rng.randint(100, 9999):,}</span><span class="read-time">阅读{rng.randint(2, 12)}分钟</span></div></div><button class="follow-button">关注</button></div>'
        f'<div class="article-content" id="article-root"><div class="markdown-body cache"><style>.markdown-body{{word-break:break-word;line-height:1.75;font-weight:400;font-size:16px;color:#252933}}.markdown-body p{{line-height:inherit;margin-top:22px}}</style>{_with_heads(page, rng, "h3")}</div></div>'
        f'<div class="article-end"><div class="tag-list-box"><div class="tag-list-title">标签：</div><div class="tag-list-container"><a class="tag-item">前端</a><a class="tag-item">后端</a></div></div></div></article>'
        f'<div class="comment-box" id="comment-box"><div class="comment-form"><div class="rich-input">输入评论（Enter换行，Ctrl + Enter发送）</div><button class="submit-btn">发送</button></div>'
        f'<div class="comment-list-wrapper"><div class="title">全部评论 {len(cmts)}</div><div class="comment-list">{cl}</div></div></div>'
        f'<div class="recommended-area"><div class="recommended-title">相关推荐</div><ul class="entry-list">{rec}</ul></div></div></div>'
    )


def toutiao(page: Page, rng: random.Random) -> str:
    src = rng.choice(ACCOUNTS)
    fans = num(rng)
    ch(page, src, f"粉丝 {fans}", "获赞", "+关注", "举报", "相关推荐", "评论", "原创")
    recs = related(page, rng, 5)
    feed = "".join(
        f'<div class="feed-card-wrapper feed-card-article-wrapper"><div class="feed-card-article feed-card-article-l"><div class="feed-card-article-l"><a class="title" href="/article/{rng.randint(10**9, 10**10)}/">{t}</a>'
        f'<div class="feed-card-footer-cmp"><div class="feed-card-footer-cmp-author"><a href="#">{s2}</a></div><div class="feed-card-footer-comment-cmp"><a href="#">{rng.randint(1, 999)}评论</a></div><div class="feed-card-footer-time-cmp">{rng.choice(AGO)}</div></div></div></div></div>'
        for t, _, s2 in recs
    )
    return (
        f'<div class="main-content"><div class="article-content"><h1>{page.title}</h1><div class="article-meta"><span class="original-tag">原创</span><span>{date(rng)}</span><span class="dot">·</span><span class="name"><a href="#">{src}</a></span></div>'
        f'<article class="syl-article-base tt-article-content syl-page-article syl-device-pc">{"".join(f"<p data-track={i + 1}>{x}</p>" for i, x in enumerate(page.posts[0]))}</article>'
        f'<div class="detail-like"><div class="detail-interaction-like">{rng.randint(1, 999)}</div><div class="detail-interaction-comment">评论</div><div class="report-icon">举报</div></div></div>'
        f'<div class="ttp-side"><div class="user-card"><a class="user-avatar">{avatar(0)}</a><div class="user-card-name"><a href="#">{src}</a></div><div class="user-card-data"><span>粉丝 {fans}</span><span>获赞 {num(rng)}</span></div><button class="subscribe-button">+关注</button></div></div>'
        f'<div class="related-container"><div class="ttp-module-title"><h2>相关推荐</h2></div><div class="feed-list">{feed}</div></div></div>'
    )


def baijiahao(page: Page, rng: random.Random) -> str:
    src = rng.choice(ACCOUNTS)
    ch(page, src, "关注", "百家号", "举报/反馈", "作者最新文章", "相关推荐")
    body = "".join(
        f'<div class="dpu8C _2kCxD "><p><span class="bjh-p">{x}</span></p></div>'
        + (f'<div class="_1NCGf">{pic(rng)}</div>' if i == 0 and rng.random() < 0.7 else "")
        for i, x in enumerate(page.posts[0])
    )
    latest = related(page, rng, 3)
    lat = "".join(
        f'<div class="_3rdr5"><a class="_1uDEC" href="#">{t}</a><div class="_2KqRT">{rng.choice(AGO)}</div></div>'
        for t, _, _ in latest
    )
    return (
        f'<div id="ssr-content"><div class="_2z_Cw"><div class="_3tNyU"><div class="sKHSJ">{page.title}</div><div class="_2gGWi"><div class="_1jxGO">{avatar(0)}<div><p class="_7y5nA">{src}</p>'
        f'<div class="_2sjh9"><span>{date(rng)}</span><span>{rng.choice(REGIONS)}</span><span class="_2Tw7A">百家号</span></div></div></div><div class="_1XBkK"><button>关注</button></div></div></div>'
        f'<div data-testid="article" class="_18p7x">{body}</div><div class="_2qbE0"><span>举报/反馈</span></div></div>'
        f'<div class="_3bfH_"><div class="_28D2J"><div class="_2nHZM">作者最新文章</div>{lat}</div><div class="_2mE6R"><div class="_2nHZM">相关推荐</div><div class="_1eOo_">换一换</div></div></div></div>'
    )


def sohu_hao(page: Page, rng: random.Random) -> str:
    src = rng.choice(ACCOUNTS)
    editor = rng.choice(["张三", "李四", "王五"])
    ch(
        page,
        src,
        "来源:",
        "返回搜狐，查看更多",
        f"责任编辑：{editor}",
        "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
        "阅读 (",
        "我来说两句",
        "作者最新文章",
        "回复",
    )
    cmts = comments(page, rng, rng.randint(2, 5))
    cl = "".join(
        f'<div class="c-comment-item"><div class="c-avatar">{avatar(i)}</div><div class="c-comment-content"><div class="c-username">{u}</div><div class="c-discuss">{t}</div>'
        f'<div class="c-other"><span class="c-time">{tm}</span><span class="c-reply">回复</span><span class="c-like"><i></i>{lk}</span></div></div></div>'
        for i, (u, t, tm, lk) in enumerate(cmts)
    )
    latest = related(page, rng, 3)
    side = "".join(f'<li><a href="#">{t}</a></li>' for t, _, _ in latest)
    return (
        f'<div class="area clearfix" id="article-container"><div class="column left main"><div class="text"><div class="text-title"><h1>{page.title}<span class="article-tag"></span></h1>'
        f'<div class="article-info"><span class="time" id="news-time">{date(rng)}</span><span data-role="original-link">来源: <a href="#">{src}</a></span></div></div>'
        f'<article class="article" id="mp-editor"><p data-role="original-title" style="display:none">原标题：{page.title}</p>{p_(page.posts[0])}'
        f'<a href="//www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页" id="backsohucom" style="white-space: nowrap;"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a>'
        f'<p data-role="editor-name">责任编辑：<span>{editor}</span></p></article><div id="articleTransfer"></div>'
        f'<div class="statement">平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。</div>'
        f'<div class="bottom-relate-wrap clear"><div class="read-wrap"><span class="read-num">阅读 (<em data-role="pv">{rng.randint(100, 99999)}</em>)</span></div></div></div>'
        f'<div class="comment-area" id="comment_area"><div class="c-title">我来说两句</div><div class="c-list">{cl}</div></div></div>'
        f'<div class="column right sidebar"><div class="user-info"><h4>{src}</h4></div><div class="article-list"><h4>作者最新文章</h4><ul>{side}</ul></div></div></div>'
    )


def netease_hao(page: Page, rng: random.Random) -> str:
    src = rng.choice(ACCOUNTS)
    ch(
        page,
        src,
        "举报",
        "特别声明：",
        "为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
        "Notice:",
        "相关推荐",
        "热门跟贴",
        "网易网友",
        "跟贴",
        "顶",
    )
    body = "".join(
        f'<p id="{chr(65 + i)}{rng.randint(100, 999)}">{x}</p>'
        + (f'<p class="f_center">{pic(rng)}<br></p>' if i == 0 else "")
        for i, x in enumerate(page.posts[0])
    )
    recs = related(page, rng, 4)
    rec = "".join(
        f'<li class="post_recommend"><a class="post_recommend_img">{pic(rng)}</a><div class="post_recommend_info"><h3><a href="#">{t}</a></h3><p class="post_recommend_time">{s2} {rng.choice(AGO)}</p><span class="post_recommend_tie">跟贴 {rng.randint(1, 999)}</span></div></li>'
        for t, _, s2 in recs
    )
    cmts = comments(page, rng, rng.randint(2, 4))
    tie = "".join(
        f'<div class="tie-item"><div class="tie-author">网易网友 [{rng.choice(REGIONS)}网友]</div><div class="tie-cnt">{t}</div><div class="tie-bar"><span>{tm}</span><a class="tie-up">顶{lk}</a><a>回复</a></div></div>'
        for _, t, tm, lk in cmts
    )
    return (
        f'<div class="container clearfix"><div class="post_main"><h1 class="post_title">{page.title}</h1><div class="post_info">{date(rng)}:{rng.randint(10, 59)}　来源: <a href="#">{src}</a><a class="post_jubao" href="#">举报</a></div>'
        f'<div class="post_content" id="content"><div class="post_body">{body}</div>'
        f'<div class="post_statement"><span class="bg"></span><p><b>特别声明：</b>以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。</p>'
        f"<p><b>Notice:</b> The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.</p></div></div>"
        f'<div class="post_recommends js-tab-mod"><div class="post_recommends_title">相关推荐</div><ul class="post_recommends_list">{rec}</ul></div>'
        f'<div class="tie-area" id="tieArea"><div class="tie-titlebar"><span class="tie-title">热门跟贴</span></div>{tie}</div></div></div>'
    )


def bilibili_read(page: Page, rng: random.Random) -> str:
    author = page.users[0]
    n_cmt = rng.randint(2, 6)
    ch(
        page,
        author,
        "阅读",
        "点赞",
        "评论",
        "粉丝",
        "关注",
        "本文为我原创",
        "本文禁止转载或摘编",
        "投诉或建议",
        "分享",
        "投币",
        "收藏",
        "回复",
        "IP属地",
        "专栏",
    )
    cmts = comments(page, rng, n_cmt)
    cl = "".join(
        f'<div class="list-item reply-wrap" data-id="{i}"><div class="user-face"><a>{avatar(i)}</a></div><div class="con"><div class="user"><a class="name" href="#">{u}</a><a class="level l{rng.randint(1, 6)}"></a></div>'
        f'<p class="text">{t}</p><div class="info"><span class="time-location">{tm} IP属地：{rng.choice(REGIONS)}</span><span class="like"><i></i><span>{lk}</span></span><span class="reply btn-hover">回复</span></div></div></div>'
        for i, (u, t, tm, lk) in enumerate(cmts)
    )
    body = "".join(
        f"<p>{x}</p>"
        + (
            f'<figure class="img-box" contenteditable="false">{pic(rng)}<figcaption class="caption" contenteditable=""></figcaption></figure>'
            if i == 0
            else ""
        )
        for i, x in enumerate(page.posts[0])
    )
    return (
        f'<div class="article-detail"><div class="article-breadcrumb"><a href="/read/home">专栏</a> / <a href="#">{rng.choice(TOPICS)}</a></div><div class="article-container"><div class="article-container__content">'
        f'<div class="title-container"><h1 class="title">{page.title}</h1><div class="article-read-info"><span class="publish-text">{date(rng)}</span>'
        f'<span class="article-read-panel"><span class="art-read">阅读 {num(rng)}</span><span class="art-like">点赞 {rng.randint(1, 999)}</span><span class="art-cmt">评论 {n_cmt}</span></span></div></div>'
        f'<div class="up-info-holder"><div class="up-info-block"><a class="up-face">{avatar(0)}</a><a class="up-name" href="#">{author}</a><span class="fans-num">粉丝 {num(rng)}</span><span class="up-info-btn follow-btn">关注</span></div></div>'
        f'<div id="read-article-holder" class="normal-article-holder read-article-holder">{body}</div>'
        f'<div class="article-footer"><p class="original">本文为我原创</p><p class="authority">本文禁止转载或摘编</p><div class="interaction-info"><span>点赞</span><span>分享</span><span>投币</span><span>收藏</span></div><span class="report-btn">投诉或建议</span></div>'
        f'<div class="comment-wrapper"><div class="b-head"><span class="b-head-t results">评论 {n_cmt}</span></div><div class="comment-list">{cl}</div></div></div></div></div>'
    )


def short_comments(page: Page, rng: random.Random) -> str:
    """A short article above a long readers' comment list, in one of three comment widgets."""
    src = rng.choice(ACCOUNTS)
    n = rng.randint(8, 15)
    cmts = comments(page, rng, n)
    ch(page, src, "回复", "条评论", "发表评论", "热门评论", "最新评论", "查看更多评论", "来源：")
    variant = rng.randrange(3)
    if variant == 0:
        items = "".join(
            f'<div class="comment-item" data-cid="{i}"><div class="comment-avatar">{avatar(i)}</div><div class="comment-main"><div class="comment-header"><span class="comment-user">{u}</span><span class="comment-time">{tm}</span></div>'
            f'<div class="comment-text">{t}</div><div class="comment-footer"><span class="comment-like">赞 {lk}</span><span class="comment-reply">回复</span></div></div></div>'
            for i, (u, t, tm, lk) in enumerate(cmts)
        )
        box = f'<div class="comment-section"><div class="comment-head"><h3>热门评论</h3><span>{n}条评论</span></div><div class="comment-list">{items}</div><a class="comment-more">查看更多评论</a></div>'
    elif variant == 1:
        items = "".join(
            f'<li class="list_li S_line1 clearfix"><div class="WB_face W_fl">{avatar(i)}</div><div class="list_con"><div class="WB_text"><a href="/u/{i}">{u}</a>：{t}</div>'
            f'<div class="WB_func clearfix"><div class="WB_from S_txt2">{tm}</div><ul class="clearfix"><li><a href="#">回复</a></li><li><a href="#"><em>{lk}</em></a></li></ul></div></div></li>'
            for i, (u, t, tm, lk) in enumerate(cmts)
        )
        box = f'<div class="list_box"><div class="list_title"><span>最新评论</span> · <span>{n}条评论</span></div><ul class="list_ul">{items}</ul></div>'
    else:
        items = "".join(
            f'<li><div class="flex items-center gap-2"><img class="h-8 w-8 rounded-full" src="/a/{i}.png"><span class="font-medium text-gray-900">{u}</span><span class="text-xs text-gray-400">{tm}</span></div>'
            f'<p class="mt-1 text-sm text-gray-700">{t}</p><div class="mt-1 flex gap-4 text-xs text-gray-400"><button>👍 {lk}</button><button>回复</button></div></li>'
            for i, (u, t, tm, lk) in enumerate(cmts)
        )
        box = f'<section class="mt-8"><h3 class="text-lg font-bold">{n} 条评论</h3><ul class="mt-4 space-y-4">{items}</ul></section>'
    form = '<div class="comment-form"><textarea placeholder="说点什么吧…"></textarea><button>发表评论</button></div>'
    return (
        f'<div class="layout"><div class="main"><div class="article"><h1 class="article-title">{page.title}</h1><div class="article-meta"><span>{date(rng)}</span> <span>来源：{src}</span></div>'
        f'<div class="article-body">{p_(page.posts[0])}</div></div>{form}{box}</div></div>'
    )


# ---------------------------------------------------------------------------------------------------- Q&A


def zhidao_alone(page: Page, rng: random.Random) -> str:
    ask, best = page.users[0], page.users[1]
    adopt, likes = rng.randint(10, 9999), rng.randint(100, 99999)
    ch(
        page,
        ask,
        best,
        "最佳答案",
        "展开全部",
        "你对这个回答的评价是？",
        f"采纳数：{adopt}",
        f"获赞数：{likes}",
        "擅长：",
        "向TA提问",
        "本回答由提问者推荐",
        "已赞过",
        "已踩过",
        "评论",
        "收起",
        "为你推荐：",
        "下载百度知道APP，抢鲜体验",
        "个回答",
    )
    supplement = ""
    q = f'<span class="con">{"<br>".join(page.posts[0])}</span>'
    rec = (
        '<div class="wgt-best-recommend"><span class="recommend-text">本回答由提问者推荐</span></div>'
        if rng.random() < 0.6
        else ""
    )
    card = (
        f'<div class="wgt-replyer-all"><a class="wgt-replyer-all-avatar" href="#">{avatar(1)}</a><div class="wgt-replyer-all-info"><a class="wgt-replyer-all-uname" href="#">{best}</a>'
        f'<span class="wgt-replyer-all-card-names"><span>采纳数：{adopt}</span> <span>获赞数：{likes}</span></span><div class="wgt-replyer-all-box"><span class="wgt-replyer-all-level">LV{rng.randint(3, 12)}</span> <span>擅长：{rng.choice(TOPICS)}</span></div></div>'
        f'<a class="wgt-replyer-all-follow" href="#">向TA提问</a></div>'
    )
    vote = (
        f'<div class="wgt-eva"><div class="evaluate-container"><span class="evaluate evaluate-32" data-evaluate="{rng.randint(1, 900)}"><span class="evaluate-num">{rng.randint(1, 900)}</span></span>'
        f'<span class="evaluate evaluate-bad"><span class="evaluate-num">{rng.randint(0, 30)}</span></span><span class="evaluate-tip">已赞过</span><span class="evaluate-tip">已踩过</span></div>'
        f'<div class="evaluate-title">你对这个回答的评价是？</div><a class="comment" href="#">评论</a><a class="fold" href="#">收起</a></div>'
    )
    return (
        f'<div id="body" class="layout"><div class="layout-wrap"><div id="wgt-ask" class="wgt-ask"><h1><span class="ask-title">{page.title}</span></h1>{supplement}'
        f'<div class="line mt-5 q-content">{q}</div><div class="line f-aid ask-info"><span class="grid-r ask-time">{date(rng)}</span><a class="ask-user" href="#">{ask}</a><span>1个回答</span></div></div>'
        f'<div class="wgt-best" id="best-answer-{rng.randint(10**8, 10**9)}"><div class="wgt-best-header"><span class="wgt-best-title">最佳答案</span></div>{card}{rec}'
        f'<div class="answer-text line"><div class="best-text mb-10">{"<br>".join(page.posts[1])}</div><div class="wgt-best-mask"><span class="wgt-best-showbtn">展开全部</span></div></div>'
        f'<div class="line f-aid"><span class="grid-r">{date(rng)}</span></div>{vote}</div>'
        f'<div class="wgt-bottom-union"><div class="title">为你推荐：</div><ul>{"".join(f"<li><a href=#>{t}</a></li>" for t in rng.sample(QTITLES, 3))}</ul></div>'
        f'<div class="wgt-app-banner">下载百度知道APP，抢鲜体验</div></div></div>'
    )


def tieba_old(page: Page, rng: random.Random) -> str:
    """The first post, one floor reply, and (shape ``long``, ``trad``: posts[2]) one 楼中楼 reply under it."""
    bar = rng.choice(["生活", "数码", "考研"]) + "吧"
    ch(page, "只看楼主", "收藏", "回复", "回复贴", "IP属地", "来自", "客户端", "我也说一句", bar)

    def floor(k: int, n: int) -> str:
        u = page.users[k]
        lv = rng.randint(1, 18)
        ch(page, u, f"{n}楼")
        lzl = ""
        if n == 2 and len(page.posts) > 2:
            lu = page.users[2]
            ch(page, lu)
            lzl = (
                f'<div class="j_lzl_container core_reply_wrapper"><div class="j_lzl_c_b_a core_reply_content"><ul class="j_lzl_m_w">'
                f'<li class="lzl_single_post j_lzl_s_p first_no_border" data-field=\'{{"spid":{rng.randint(10**10, 10**11)}}}\'><a class="j_user_card lzl_p_p" href="#">{avatar(2)}</a>'
                f'<div class="lzl_cnt"><a class="at j_user_card" href="#">{lu}</a>：<span class="lzl_content_main">{" ".join(page.posts[2])}</span>'
                f'<div class="lzl_content_reply"><span class="lzl_op_list j_lzl_o_l"></span><span class="lzl_time">{date(rng)}</span><a href="#" class="lzl_s_r">回复</a></div></div></li>'
                f'<li class="lzl_li_pager j_lzl_l_p lzl_li_pager_s"><a class="j_lzl_p btn-sub btn-small pull-right">我也说一句</a></li></ul></div></div>'
            )
        return (
            f'<div class="l_post l_post_bright j_l_post clearfix" data-field=\'{{"author":{{"user_name":"{u}"}},"content":{{"post_no":{n}}}}}\'>'
            f'<div class="d_author"><ul class="p_author"><li class="icon">{avatar(k)}</li><li class="d_name"><a class="p_author_name j_user_card" href="#">{u}</a></li>'
            f'<li class="l_badge"><div class="p_badge"><a class="user_badge d_badge_bright"><div class="d_badge_title">{bar[:-1]}</div><div class="d_badge_lv">{lv}</div></a></div></li></ul></div>'
            f'<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{rng.randint(10**10, 10**11)}" class="d_post_content j_d_post_content" style="display:;">{"<br>".join(page.posts[k])}</div><br></cc></div>'
            f'<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail"><ul class="p_mtail"><li><span class="tail-info">来自{rng.choice(["Android", "iPhone"])}客户端</span></li><li><span class="tail-info">IP属地:{rng.choice(REGIONS)}</span></li>'
            f'<li><span class="tail-info">{n}楼</span></li><li><span class="tail-info">{date(rng)}</span></li></ul><div class="reply_fold"><a class="lzl_link_unfold">回复</a></div></div>{lzl}</div></div></div>'
        )

    posts = floor(0, 1) + floor(1, 2)
    return (
        f'<div class="card_top_wrap"><div class="card_title"><a class="card_title_fname" href="#">{bar}</a><span class="card_menNum">关注：{num(rng)}</span></div></div>'
        f'<div class="core_title_wrap_bright clearfix"><h3 class="core_title_txt pull-left text-overflow" title="{page.title}">{page.title}</h3>'
        f'<ul class="core_title_btns pull-right"><li><a class="btn-sub btn-small">只看楼主</a></li><li><a class="btn-sub btn-small">收藏</a></li><li><a class="btn-sub btn-small">回复</a></li></ul></div>'
        f'<div class="p_thread thread_theme_5"><div class="l_thread_info"><ul class="l_posts_num"><li class="l_reply_num"><span class="red">{len(page.posts) - 1}</span>回复贴，共<span class="red">1</span>页</li></ul></div></div>'
        f'<div class="left_section"><div id="j_p_postlist" class="p_postlist">{posts}</div></div>'
    )


def zhihu_question(page: Page, rng: random.Random) -> str:
    n = len(page.posts) - 1
    ch(
        page,
        "关注问题",
        "写回答",
        "邀请回答",
        "好问题",
        "关注者",
        "被浏览",
        "查看全部",
        "个回答",
        "更多回答",
        "人赞同了该回答",
        "发布于",
        "编辑于",
        "条评论",
        "分享",
        "收藏",
        "喜欢",
        "赞同",
        "显示全部",
    )

    def answer(k: int) -> str:
        u = page.users[k]
        votes = rng.randint(2, 9999)
        badge = rng.choice(["互联网从业者", "资深律师", "在读博士", "十年老司机"])
        ch(page, u, badge)
        return (
            f'<div class="ContentItem AnswerItem" data-zop=\'{{"authorName":"{u}","itemId":{rng.randint(10**9, 10**10)},"type":"answer"}}\' itemprop="acceptedAnswer" itemscope>'
            f'<div class="ContentItem-meta"><div class="AuthorInfo AnswerItem-authorInfo"><span class="UserLink AuthorInfo-avatarWrapper">{avatar(k)}</span><div class="AuthorInfo-content"><div class="AuthorInfo-head"><span class="UserLink AuthorInfo-name"><a class="UserLink-link" href="#">{u}</a></span></div>'
            f'<div class="AuthorInfo-detail"><div class="AuthorInfo-badge"><div class="ztext AuthorInfo-badgeText">{badge}</div></div></div></div></div>'
            f'<div class="css-h5al4j"><span class="Voters"><button class="Button">{votes} 人赞同了该回答</button></span></div></div>'
            f'<div class="RichContent RichContent--unescapable"><span><div class="RichContent-inner"><div class="css-376mun"><span class="RichText ztext CopyrightRichText-richText css-1yl4z4o" options="[object Object]" itemprop="text">{p_(page.posts[k])}</span></div></div></span>'
            f'<div><div class="ContentItem-time"><a href="#"><span data-tooltip="发布于 {date(rng)}">编辑于 {date(rng)}</span></a></div></div>'
            f'<div class="ContentItem-actions RichContent-actions"><span><button class="Button VoteButton VoteButton--up">赞同 {votes}</button><button class="Button VoteButton VoteButton--down"></button></span>'
            f'<button class="Button ContentItem-action">{rng.randint(0, 300)} 条评论</button><button class="Button ContentItem-action">分享</button><button class="Button ContentItem-action">收藏</button><button class="Button ContentItem-action">喜欢</button></div></div></div>'
        )

    header = (
        f'<div class="QuestionHeader"><div class="QuestionHeader-content"><div class="QuestionHeader-main"><div class="QuestionHeader-topics">{"".join(f"<a class=TopicLink>{t}</a>" for t in rng.sample(TOPICS, 2))}</div>'
        f'<h1 class="QuestionHeader-title">{page.title}</h1><div class="QuestionRichText QuestionRichText--expandable"><div><span class="RichText ztext" itemprop="text">{p_(page.posts[0])}</span><button class="Button QuestionRichText-more">显示全部</button></div></div></div>'
        f'<div class="QuestionHeader-side"><div class="NumberBoard"><div class="NumberBoard-item"><div class="NumberBoard-itemName">关注者</div><strong class="NumberBoard-itemValue">{rng.randint(10, 9999):,}</strong></div>'
        f'<div class="NumberBoard-item"><div class="NumberBoard-itemName">被浏览</div><strong class="NumberBoard-itemValue">{rng.randint(10**4, 10**7):,}</strong></div></div></div></div>'
        f'<div class="QuestionHeader-footer"><button class="Button FollowButton">关注问题</button><button class="Button">写回答</button><button class="Button">邀请回答</button><button class="Button">好问题 {rng.randint(1, 99)}</button></div></div>'
    )
    first = f'<div class="Card AnswerCard"><div class="QuestionAnswer-content" tabindex="0">{answer(1)}</div></div>'
    view_all = f'<div class="Card ViewAll"><a class="QuestionMainAction ViewAll-QuestionMainAction" href="#">查看全部 {n + rng.randint(3, 40)} 个回答</a></div>'
    rest = "".join(f'<div class="List-item" tabindex="0">{answer(k)}</div>' for k in range(2, len(page.posts)))
    more = (
        f'<div class="Card MoreAnswers"><div class="List"><div class="List-header"><h4 class="List-headerText">更多回答</h4></div><div>{rest}</div></div></div>'
        if rest
        else ""
    )
    return (
        f'{header}<div class="Question-main"><div class="ListShortcut"><div class="Question-mainColumn">{view_all}{first}{more}</div></div>'
        f'<div class="Question-sideColumn"><div class="Card"><div class="Card-header">相关问题</div>{"".join(f"<a href=#>{t}</a>" for t in rng.sample(QTITLES, 3))}</div></div></div>'
    )


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "wechat": ("article", wechat),
    "zhihu_column": ("article", zhihu_column),
    "jianshu": ("article", jianshu),
    "csdn": ("article", csdn),
    "juejin": ("article", juejin),
    "toutiao": ("article", toutiao),
    "baijiahao": ("article", baijiahao),
    "sohu_hao": ("article", sohu_hao),
    "netease_hao": ("article", netease_hao),
    "bilibili_read": ("article", bilibili_read),
    "short_comments": ("article", short_comments),
    "zhidao_alone": ("qa", zhidao_alone),
    "tieba_old": ("qa", tieba_old),
    "zhihu_question": ("qa", zhihu_question),
}

SITES = {
    "wechat": ("微信公众平台", ["首页", "登录"]),
    "zhihu_column": ("知乎专栏", ["首页", "会员", "发现", "等你来答"]),
    "jianshu": ("简书", ["首页", "下载APP", "会员"]),
    "csdn": ("CSDN博客", ["博客", "下载", "学习", "社区", "GitCode", "会员中心"]),
    "juejin": ("稀土掘金", ["首页", "沸点", "课程", "直播", "活动", "APP"]),
    "toutiao": ("今日头条", ["首页", "下载头条APP", "添加到桌面", "反馈", "侵权投诉"]),
    "baijiahao": ("百家号", ["百度首页", "登录"]),
    "sohu_hao": ("搜狐", ["搜狐首页", "新闻", "体育", "汽车", "房产", "旅游", "教育"]),
    "netease_hao": ("网易", ["网易首页", "应用", "新闻", "体育", "娱乐", "财经"]),
    "bilibili_read": ("哔哩哔哩", ["首页", "番剧", "直播", "游戏中心", "会员购", "漫画"]),
    "short_comments": ("城市晚报网", ["首页", "本地", "社会", "评论", "视频"]),
    "zhidao_alone": ("百度知道", ["首页", "问题", "全部问题", "经济金融", "教育科学"]),
    "tieba_old": ("百度贴吧", ["进吧", "贴吧", "我的", "登录", "注册"]),
    "zhihu_question": ("知乎", ["首页", "会员", "发现", "等你来答"]),
}


_S2T: dict[int, str] = {}


def s2t(text: str) -> str:
    """Simplified → Traditional, one character each: the first Traditional character ``rules/t2s.txt`` folds to it
    (good enough for a Taiwan / Hong Kong mirror's look; not a real conversion)."""
    if not _S2T:
        for line in files("cleaner.rules").joinpath("t2s.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("#") or len(line) != 2 or not "\u4e00" <= line[0] <= "\u9fff":
                continue
            _S2T.setdefault(ord(line[1]), line[0])
    return text.translate(_S2T)


def _posts(rng: random.Random, kind: str, shape: str, engine: str) -> list[list[str]]:
    # (a tune gold's own disclaimer line, "免责声明：本文仅代表作者个人观点…", is no paragraph of another article)
    long_pool = [x for x in texts()["zh"] if " " not in x and "声明" not in x and "版权" not in x]
    short_pool = _sentences("zh")

    def take(pool: list[str], n: int) -> list[str]:
        return [pool[rng.randrange(len(pool))] for _ in range(n)]

    if kind == "article":
        if engine == "short_comments":
            n = {"short": rng.randint(1, 2), "long": rng.randint(3, 4), "trad": rng.randint(2, 4)}[shape]
        else:
            n = {"short": rng.randint(1, 2), "long": rng.randint(5, 9), "trad": rng.randint(3, 6)}[shape]
        return [take(long_pool, n)]
    if engine == "zhidao_alone":
        if shape == "short":
            return [take(short_pool, 1), take(short_pool, rng.randint(1, 2))]
        return [take(long_pool, rng.randint(1, 2)), take(long_pool, rng.randint(2, 5))]
    if engine == "tieba_old":
        if shape == "short":
            return [take(short_pool, 1), take(short_pool, 1)]
        return [take(long_pool, rng.randint(1, 2)), take(long_pool, 1), take(short_pool, 1)]
    n = rng.randint(2, 5) if shape != "short" else rng.randint(2, 3)
    if shape == "short":
        return [take(short_pool, 1), *[take(short_pool, 1) for _ in range(n)]]
    return [take(long_pool, rng.randint(1, 2)), *[take(long_pool, rng.randint(1, 3)) for _ in range(n)]]


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, kind, shape, engine)
            users = [user(rng) for _ in posts]
            title = rng.choice(QTITLES if kind == "qa" else TITLES)
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            body = fn(page, rng)
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = rng.choice(
                [
                    f"© 2024 {site} 京ICP备{rng.randint(10**7, 10**8)}号 违法和不良信息举报电话：400-140-2108",
                    f"Copyright © 2024 {site} 版权所有 | 用户协议 | 隐私政策 | 网络110报警服务",
                ]
            )
            ch(page, foot, *nav_items)
            html = (
                f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><meta name='viewport' content='width=device-width'><title>{page.title} - {site}</title></head><body>"
                f'<div class="global-header"><a class="logo" href="/">{site}</a><nav class="top-nav">{nav}</nav><div class="search"><input placeholder="搜索"></div></div>'
                f'<div class="page-wrap">{body}</div><div class="global-footer"><p>{foot}</p></div></body></html>'
            )
            thread_score.finish_page(page, html, shape == "trad", s2t)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, list(ENGINES), SHAPES)
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "article", "qa", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
