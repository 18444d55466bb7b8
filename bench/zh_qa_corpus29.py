"""Chinese Q&A and community pages in shapes no earlier generator makes, a generator of round 29 (issue #12: the
magichtml_zh forum check half reads 0.835 against 0.944 on tune; its catastrophes, a tiny-gold forum page among
them, were never reproduced; note28 left "best_above Q&A: other answers carry no reply signal").

Written (branch qa29) before cleaner was run on it. The markup is the author's rendering, from memory, of how such
pages are built; no third-party page is copied and every chrome sentence is the author's own. The earlier generators
(``thread_corpus*``, ``forum_corpus18``, ``zh_modern_corpus19``, ``zh_forum_corpus20``-``28``) render Zhihu, Zhidao,
Tieba, Douban, Weibo and SegmentFault-like pages with one card per answer, user and bar fields in their own blocks, and
chrome *between* posts; this one builds what they leave out:

- ``zhihu_q``: a Zhihu-like question page of hashed class names only (``css-1x2y3z``: no "Answer", "Content" or
  "RichText" word anywhere): question detail with "显示全部", a "N 个回答" head, answers whose author line (name and a
  one-sentence bio) and "N 人赞同了该回答" sit in the same wrapper as the text, the first answer folded (text in a
  height-capped box, "展开阅读全文" under it), "编辑于 <date>・IP 属地X", a bar "赞同 N | N 条评论 | 分享 | 收藏 |
  喜欢"; an advert card of prose and a "相关问题" card *inside* the answers' list between two answers;
- ``zhidao_best``: a Zhidao-like page whose "最佳答案" card stands first, then "其他N条回答" in another container,
  where the other answers are *bare* text blocks (on half the pages no name, no date, no bar at all; on the rest a
  one-line "name | date" under the text), and a "为你推荐" list of questions with answer snippets of prose;
- ``douban_topic``: a Douban-group-like topic: "来自: X" head, the topic text, replies in ``ul > li`` with "name
  IP属地 date" heads, the asker's own replies flagged "楼主", deleted replies ("该回应已被删除"), "回应 赞(N)" bars, a
  paginator "< 前页 1 2 3 后页 >" and a side "小组介绍" of three prose sentences plus a 最新讨论 table;
- ``weibo_status``: a mobile Weibo-like status: the status text with "#话题#" and "@user" links, a "转发 N 评论 N
  赞 N" bar, then comments each as ONE element "<a>user</a>：text" (name and text inline, gold: the text) with a
  "12-06 来自广东 回复 赞 N" line and "user等人 共N条回复 >" chips; a "热门 | 按时间" tab line;
- ``tieba_lzl``: a Tieba-like thread whose floors carry 楼中楼 lists where each sub-reply is "user: 回复 user2 :text"
  in one ``<li>`` with its time (the text is gold, the heads not), "还有N条回复，点击查看", "我也说一句";
- ``one_answer``: a question with ONE short answer; the question detail (on half the pages) and the answer make a
  tiny gold (20-80 characters); around it a prose-rich page: a "相关问题" list whose items carry answer snippets
  longer than the gold, a 热门问答 side list, a "我来回答" box with a prompt sentence, an advert answer card;
- ``code_answer``: a Q&A of a programming site: a question with one sentence and a short code block, answers that are
  mostly a ``<pre><code>`` block (5-12 lines) with one sentence, or an ``<ol>`` of steps; "采纳" label, vote counts,
  "复制代码" buttons, tags, "推荐问题";
- ``trad_qa``: a Traditional-Chinese Q&A (a Taiwan 知識+-like page in zh-TW and a Hong Kong forum Q&A in zh-HK, by
  OpenCC): "發問者", "最佳解答", "其他解答 (N)", "N 年前", "讚 N", "檢舉", "相關問題" with snippets.

Text: the gold paragraphs and sentences of the tune pages of daniel_zh, cwced_zh and cleaneval_zh, read at run time
(``zh_portal_corpus.Text``; nothing of them is committed). Questions are the generator's own templates around a
headline. Gold (as the issue says): the question's detail text (not its title) and every answer / reply / comment /
sub-reply text once, in page order, without user chrome (names, bios, levels, avatars), counts, dates, labels, bars,
buttons, tabs, adverts, related lists or side boxes; a code block's lines and a list's items are gold. Snippets: the
openings of the first and last gold lines must appear; chrome sentences, labels and snippets must not.

Halves: :func:`bench.halves.half` of ``zhqa29/<id>``.

    python bench/zh_qa_corpus29.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_qa_corpus29.py --list 20                # the worst tune pages
    python bench/zh_qa_corpus29.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_qa_corpus29.py --seed S --score         # fresh pages of the same layouts
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import html as htmlmod
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring
from zh_portal_corpus import Text, _name, _norm

SET = "zhqa29"
KINDS = (
    "zhihu_q",
    "zhidao_best",
    "douban_topic",
    "weibo_status",
    "tieba_lzl",
    "one_answer",
    "code_answer",
    "trad_qa",
)
PAGES_PER_KIND = 20
Builder = Callable[[random.Random, Text, str, str, list[str]], tuple[str, list[str]]]
"""(rng, text, source key, question title, chrome strings) -> (body markup, gold lines)."""

_Q_FORMS = (
    "关于{h}，大家怎么看？",
    "{h}，这件事靠谱吗？",
    "如何评价{h}？",
    "{h}，后续会怎样？",
    "请问{h}是真的吗？",
    "有人了解{h}的具体情况吗？",
)
_BIOS = (
    "专注城市交通与规划研究，偶尔写点读书笔记",
    "在互联网公司做了八年产品经理，喜欢跑步和摄影",
    "法律从业者，回答仅代表个人观点，不构成法律意见",
    "半路出家的程序员，热爱开源，也爱做饭",
    "中学物理老师，带过六届毕业班，乐于分享学习方法",
    "自由撰稿人，关注教育、医疗和养老话题",
)
_ADS = (
    "限时福利：新用户注册即送七天会员，海量精品课程免费学习，名额有限先到先得。",
    "家装季特惠来袭，全屋定制直降三千元，预约上门量房还可领取精美礼品一份。",
    "职场人都在用的学习平台，每天十分钟，轻松掌握一项实用技能，立即领取体验课。",
    "本地靠谱律师在线解答，平均三分钟响应，已累计帮助超过一百万用户解决问题。",
)
_PROMPTS = (
    "登录后才能回答问题，回答被采纳可以获得财富值奖励，快来分享你的经验吧。",
    "你的回答被采纳后将获得系统奖励，请遵守社区公约，不要发布广告和无关内容。",
    "写下你的回答，帮助更多有同样疑问的人，优质回答有机会被推荐到首页展示。",
)
_GROUP_INTRO = (
    "本小组欢迎所有热爱生活、愿意分享的朋友加入，大家互相帮助，共同进步。",
    "发帖前请先阅读组规，禁止发布广告、引战和与小组主题无关的内容，违者删帖。",
    "小组成立于二〇一二年，目前已经有十几万成员，每周都会评选一次优质话题。",
    "如有问题请豆邮联系组长或管理员，我们会在工作日的晚上统一处理举报和申诉。",
)
_SITES = {
    "zhihu_q": "知乎",
    "zhidao_best": "百度知道",
    "douban_topic": "豆瓣",
    "weibo_status": "微博",
    "tieba_lzl": "百度贴吧",
    "one_answer": "问答网",
    "code_answer": "码农问答",
    "trad_qa": "知識+",
}
_REGIONS = ("广东", "浙江", "四川", "北京", "上海", "湖北", "江苏", "山东")
_DEVICES = ("iPhone 15 Pro", "HUAWEI Mate 60", "小米14", "微博网页版", "OPPO Find X7")
_ONE_ANSWERS = (
    "可以的，带上身份证去就行。",
    "不是真的，官方已经辟谣了。",
    "一般三到五个工作日就能到账。",
    "建议先去医院检查一下再说。",
    "要看具体情况，最好打电话问清楚。",
    "能退，七天之内都可以无理由退货。",
    "不需要预约，直接去窗口办理即可。",
    "正常现象，过一段时间就好了。",
)
_ONE_DETAILS = ("急，在线等。", "有没有懂的朋友？", "第一次遇到这种事。", "求解答，谢谢。", "")


_NOTICE = re.compile("声明|聲明|版权|版權|免责|免責")
"""A source paragraph that is a site's notice (a disclaimer kept in a tune gold) is no answer's text."""


def _uid(rng: random.Random) -> str:
    return rng.choice(("", "小", "阿", "老")) + _name(rng) + rng.choice(("", str(rng.randint(1, 999)), "_", "酱"))


def _when(rng: random.Random) -> str:
    return f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _hash_cls(rng: random.Random) -> str:
    return "css-" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(5, 7)))


def _question(rng: random.Random, text: Text, key: str) -> str:
    head = rng.choice(text.heads(rng, 1, ""))
    return rng.choice(_Q_FORMS).format(h=head.rstrip("。！？!?"))


def _answers(rng: random.Random, text: Text, key: str, n: int, long_share: float) -> list[list[str]]:
    """``n`` answers: a long one is 2-4 paragraphs of another article; a short one is 1-2 sentences."""
    out: list[list[str]] = []
    for _ in range(n):
        if rng.random() < long_share:
            _k, _t, paras = rng.choice([a for a in text.articles if a[0] != key])
            paras = [x for x in paras if not _NOTICE.search(x)] or paras[:1]
            start = rng.randint(0, max(0, len(paras) - 2))
            out.append(paras[start : start + rng.randint(1, 3)])
        else:
            out.append(["".join(text.prose(rng, rng.randint(1, 2), key))])
    return out


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _related(rng: random.Random, text: Text, key: str, bad: list[str], label: str, cls: str, snippet: bool) -> str:
    items = []
    for h in text.heads(rng, rng.randint(4, 7), ""):
        q = rng.choice(_Q_FORMS).format(h=h.rstrip("。！？!?"))
        bad.append(q)
        snip = ""
        if snippet:
            s = text.prose(rng, 1, key)[0]
            bad.append(s)
            snip = f"<p class='snip'>{s}</p>"
        items.append(
            f"<li><a href='/question/{rng.randint(10**7, 10**8)}'>{q}</a>{snip}<span>{rng.randint(1, 99)}个回答</span></li>"
        )
    return f"<div class='{cls}'><h3>{label}</h3><ul>{''.join(items)}</ul></div>"


def _frame(rng: random.Random, kind: str, title: str, main: str, side: str, bad: list[str]) -> str:
    site = _SITES[kind]
    nav = "".join(f"<a href='/{i}'>{w}</a>" for i, w in enumerate(("首页", "发现", "等你来答", "消息", "登录", "注册")))
    foot = f"{site}是一个让每个人都能高效获得可信赖解答的平台，我们致力于构建友善的社区氛围。"
    bad.append(foot)
    return (
        f"<div class='header'><a class='logo' href='/'>{site}</a><nav>{nav}</nav><form><input name='q' placeholder='搜索你感兴趣的内容'></form></div>"
        f"<div class='wrap'><div class='main'><h1>{title}</h1>{main}</div><div class='side'>{side}</div></div>"
        f"<div class='footer'><p>{foot}</p><p>© 20{rng.randint(15, 25)} {site} 京ICP备{rng.randint(10000000, 99999999)}号 违法和不良信息举报电话</p></div>"
    )


# --- kinds ----------------------------------------------------------------------------------------------------------


def _zhihu_q(rng: random.Random, text: Text, key: str, title: str, bad: list[str]) -> tuple[str, list[str]]:
    c = [_hash_cls(rng) for _ in range(12)]
    detail = text.prose(rng, rng.randint(1, 2), key)
    answers = _answers(rng, text, key, rng.randint(3, 6), 0.6)
    gold = ["".join(detail), *[p for a in answers for p in a]]
    items = []
    ad_at = rng.randint(1, len(answers) - 1)
    for i, ans in enumerate(answers):
        name, bio = _uid(rng), rng.choice(_BIOS)
        votes = rng.randint(3, 9999)
        bad.extend([bio, f"{votes} 人赞同了该回答"])
        body = _ps(ans)
        if i == 0:
            body = f"<div class='{c[5]}' style='max-height:400px;overflow:hidden'>{body}</div><button class='{c[6]}'>展开阅读全文</button>"
            bad.append("展开阅读全文")
        items.append(
            f"<div class='{c[1]}'><div class='{c[2]}'><img class='{c[3]}' src='/avatar/{i}.jpg'><a href='/people/{i}'>{name}</a><div class='{c[4]}'>{bio}</div></div>"
            f"<div class='{c[7]}'>{votes} 人赞同了该回答</div>{body}"
            f"<div class='{c[8]}'>编辑于 {_when(rng)}・IP 属地{rng.choice(_REGIONS)}</div>"
            f"<div class='{c[9]}'><button>赞同 {votes}</button><button>{rng.randint(0, 300)} 条评论</button><button>分享</button><button>收藏</button><button>喜欢</button></div></div>"
        )
        if i == ad_at - 1:
            ad = rng.choice(_ADS)
            bad.append(ad)
            items.append(
                f"<div class='{c[1]}'><div class='{c[10]}'><span>广告</span><p>{ad}</p><a href='/ad'>查看详情</a></div></div>"
            )
        if i == ad_at and rng.random() < 0.6:
            items.append(f"<div class='{c[1]}'>{_related(rng, text, key, bad, '相关问题', c[11], False)}</div>")
    n = len(answers) + rng.randint(0, 40)
    main = (
        f"<div class='{c[0]}'><div class='{c[5]}'><span>{''.join(detail)}</span><button>显示全部</button></div>"
        f"<div><button>关注问题</button><button>写回答</button><button>邀请回答</button><button>好问题 {rng.randint(1, 200)}</button></div></div>"
        f"<div class='{c[10]}'><h4>{n} 个回答</h4><div>默认排序</div></div>"
        f"<div role='list'>{''.join(items)}</div><a href='#'>查看全部 {n} 个回答</a>"
    )
    side = f"<div class='{c[11]}'><h3>关于作者</h3><p>{rng.choice(_BIOS)}</p><p>回答 {rng.randint(10, 900)} 文章 {rng.randint(0, 90)} 关注者 {rng.randint(100, 99999)}</p></div>"
    return _frame(rng, "zhihu_q", title, main, side, bad), gold


def _zhidao_best(rng: random.Random, text: Text, key: str, title: str, bad: list[str]) -> tuple[str, list[str]]:
    detail = text.prose(rng, 1, key) if rng.random() < 0.7 else []
    answers = _answers(rng, text, key, rng.randint(2, 5), 0.4)
    bare = rng.random() < 0.5
    gold = [*detail, *[p for a in answers for p in a]]
    best = answers[0]
    who = _uid(rng)
    bad.extend([f"其他{len(answers) - 1}条回答", "采纳率"])
    best_html = (
        f"<div class='wgt-best'><div class='best-title'><span class='icon'></span>最佳答案</div>"
        f"<div class='best-text mb-10'>{'<br>'.join(best)}</div>"
        f"<div class='wgt-replyer'><a href='/u/{who}'>{who}</a> <span>采纳率：{rng.randint(40, 99)}%</span> <span>{rng.randint(3, 12)}级</span> <span>{_when(rng)[:10]}</span></div>"
        f"<div class='bd-bar'><span>{rng.randint(1, 900)}</span><span>{rng.randint(0, 20)}</span><span>评论</span><span>分享</span></div></div>"
    )
    others = []
    for a in answers[1:]:
        info = "" if bare else f"<div class='info'>{_uid(rng)} | {_when(rng)[:10]}</div>"
        others.append(f"<div class='item'><div class='con'>{'<br>'.join(a)}</div>{info}</div>")
    q = f"<div class='q-content'>{detail[0]}</div>" if detail else ""
    main = (
        f"<div class='ask-info'><span>{_uid(rng)}</span> <span>{_when(rng)[:10]}</span> <span>{rng.randint(10, 9999)}次浏览</span></div>{q}"
        f"{best_html}<div class='other-answers'><h3>其他{len(answers) - 1}条回答</h3>{''.join(others)}</div>"
        f"{_related(rng, text, key, bad, '为你推荐', 'recommend', True)}"
        f"<div class='search-more'><span>大家还在搜</span>{''.join(f'<a>{h}</a>' for h in text.heads(rng, 3, ''))}</div>"
    )
    side = _related(rng, text, key, bad, "精彩知识", "side-hot", False)
    return _frame(rng, "zhidao_best", title, main, side, bad), gold


def _douban_topic(rng: random.Random, text: Text, key: str, title: str, bad: list[str]) -> tuple[str, list[str]]:
    op = _uid(rng)
    first = _answers(rng, text, key, 1, 0.8)[0]
    replies = _answers(rng, text, key, rng.randint(4, 9), 0.25)
    gold = list(first)
    items = []
    for r in replies:
        if rng.random() < 0.12:
            items.append(
                "<li class='clearfix comment-item'><div class='reply-doc'><p class='deleted'>该回应已被删除</p></div></li>"
            )
            bad.append("该回应已被删除")
        mine = rng.random() < 0.25
        who = op if mine else _uid(rng)
        tag = "<span class='topic-author-icon'>楼主</span>" if mine else ""
        gold.extend(r)
        items.append(
            f"<li class='clearfix comment-item'><div class='user-face'><img src='/u/{rng.randint(1, 9999)}.jpg'></div><div class='reply-doc content'>"
            f"<div class='bg-img-green'><h4><a href='/people/{who}/'>{who}</a>{tag}<span class='pubtime'>{_when(rng)} {rng.choice(_REGIONS)}</span></h4></div>"
            f"<p class='reply-content'>{'<br>'.join(r)}</p>"
            f"<div class='operation-div'><a href='#'>回应</a> <a href='#'>赞 ({rng.randint(0, 99)})</a></div></div></li>"
        )
    intro = rng.sample(_GROUP_INTRO, 3)
    bad.extend(intro)
    latest = "".join(
        f"<tr><td><a href='/topic/{rng.randint(10**8, 10**9)}'>{h}</a></td><td>{rng.randint(0, 300)}</td><td>{_when(rng)[5:]}</td></tr>"
        for h in text.heads(rng, 5, "")
    )
    main = (
        f"<div class='topic-doc'><h3><span class='from'>来自: <a href='/people/{op}/'>{op}</a></span><span class='create-time'>{_when(rng)}</span></h3>"
        f"<div class='rich-content topic-richtext'>{_ps(first)}</div>"
        f"<div class='action-react'><a>赞</a> <a>收藏</a> <a>转发</a></div></div>"
        f"<ul class='topic-reply' id='comments'>{''.join(items)}</ul>"
        f"<div class='paginator'><span class='prev'>&lt;前页</span><span class='thispage'>1</span><a href='?start=100'>2</a><a href='?start=200'>3</a><span class='next'><a href='?start=100'>后页&gt;</a></span></div>"
        f"<div class='comment-form'><p>你的回应</p><textarea></textarea><button>发送</button></div>"
    )
    side = f"<div class='group-board'><h2>小组介绍</h2>{_ps(intro)}</div><div class='group-topics'><h2>最新讨论</h2><table>{latest}</table></div>"
    return _frame(rng, "douban_topic", title, main, side, bad), gold


def _weibo_status(rng: random.Random, text: Text, key: str, title: str, bad: list[str]) -> tuple[str, list[str]]:
    poster = _uid(rng)
    status = "".join(text.prose(rng, rng.randint(1, 3), key))
    topic = rng.choice(text.heads(rng, 1, ""))[:10]
    comments = [c[0] for c in _answers(rng, text, key, rng.randint(3, 9), 0.0)]
    gold = [f"#{topic}# {status}", *comments]
    items = []
    for cm in comments:
        who = _uid(rng)
        bad.append(f"{who}：")
        sub = ""
        if rng.random() < 0.4:
            sub = f"<div class='cmt-sub'><a href='#'>{_uid(rng)}等人 共{rng.randint(2, 30)}条回复 &gt;</a></div>"
        items.append(
            f"<div class='card m-avatar-box'><img class='m-img-box' src='/a/{rng.randint(1, 999)}.jpg'>"
            f"<div class='m-box'><div class='cmt-text'><a href='/u/{who}'>{who}</a>：{cm}</div>"
            f"<div class='cmt-info'><span class='time'>{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 来自{rng.choice(_REGIONS)}</span> <span>回复</span> <span>赞 {rng.randint(0, 999)}</span></div>{sub}</div></div>"
        )
    main = (
        f"<div class='weibo-main'><div class='m-info'><a class='m-name' href='/u/{poster}'>{poster}</a><div class='time'>{rng.choice(('3小时前', '昨天 21:14', '12-06'))} 来自 {rng.choice(_DEVICES)}</div></div>"
        f"<div class='weibo-text'><a href='/search?q={topic}'>#{topic}#</a> {status}</div>"
        f"<div class='m-ctrl-box'><span>转发 {rng.randint(0, 9999)}</span><span>评论 {len(comments)}</span><span>赞 {rng.randint(0, 99999)}</span></div></div>"
        f"<div class='lite-page-tab'><span>热门</span> | <span>按时间</span></div>"
        f"<div class='comment-content'>{''.join(items)}</div>"
        f"<div class='open-app'>打开微博App，查看更多精彩评论</div>"
    )
    bad.append("打开微博App，查看更多精彩评论")
    side = _related(rng, text, key, bad, "微博热搜", "hot-search", False)
    return _frame(rng, "weibo_status", title, main, side, bad), gold


def _tieba_lzl(rng: random.Random, text: Text, key: str, title: str, bad: list[str]) -> tuple[str, list[str]]:
    floors = _answers(rng, text, key, rng.randint(3, 6), 0.4)
    gold: list[str] = []
    posts = []
    for f, paras in enumerate(floors, 1):
        gold.extend(paras)
        who = _uid(rng)
        lzl = ""
        if f > 1 and rng.random() < 0.6:
            subs = []
            for _ in range(rng.randint(1, 4)):
                s = text.prose(rng, 1, key)[0]
                gold.append(s)
                a, b = _uid(rng), _uid(rng)
                bad.append(f"回复 {b} :")
                subs.append(
                    f"<li class='lzl_single_post'><a class='at j_user_card' href='/home/{a}'>{a}</a>: <span class='lzl_content_main'>回复 <a href='/home/{b}'>{b}</a> :{s}</span>"
                    f"<div class='lzl_content_reply'><span class='lzl_time'>{_when(rng)}</span> <a>回复</a></div></li>"
                )
            left = rng.randint(2, 40)
            more = f"<li class='lzl_li_pager'>还有{left}条回复，<a>点击查看</a> <a>我也说一句</a></li>"
            bad.extend(["我也说一句", f"还有{left}条回复"])
            lzl = f"<div class='core_reply_wrapper'><ul class='j_lzl_m_w'>{''.join(subs)}{more}</ul></div>"
        posts.append(
            f"<div class='l_post j_l_post'><div class='d_author'><img src='/p/{f}.jpg'><a class='p_author_name'>{who}</a><div class='d_badge'>{rng.randint(1, 18)}</div></div>"
            f"<div class='d_post_content_main'><div class='d_post_content j_d_post_content'>{'<br>'.join(paras)}</div>"
            f"<div class='core_reply_tail'><span class='tail-info'>来自Android客户端</span><span class='tail-info'>{f}楼</span><span class='tail-info'>{_when(rng)}</span><a>回复</a></div>{lzl}</div></div>"
        )
    main = (
        f"<div class='core_title'><a>只看楼主</a> <a>收藏</a> <span>回复贴，共{rng.randint(1, 9)}页</span></div>"
        f"<div class='p_postlist'>{''.join(posts)}</div><div class='pb_footer'>发表回复 <a>发贴请遵守贴吧协议及“七条底线”</a></div>"
    )
    side = _related(rng, text, key, bad, "本吧热帖", "hot-thread", False)
    return _frame(rng, "tieba_lzl", title, main, side, bad), gold


def _one_answer(rng: random.Random, text: Text, key: str, title: str, bad: list[str]) -> tuple[str, list[str]]:
    detail = rng.choice(_ONE_DETAILS)
    answer = rng.choice(_ONE_ANSWERS)
    if rng.random() < 0.5 or len(detail + answer) < 20:
        answer += rng.choice(("我上个月刚办过。", "希望能帮到你。", "具体以当地规定为准。", "你可以再去官网上查一下。"))
    gold = [x for x in (detail, answer) if x]
    prompt, ad = rng.choice(_PROMPTS), rng.choice(_ADS)
    bad.extend([prompt, ad, "我来回答"])
    who = _uid(rng)
    style = rng.randrange(3)
    if style == 0:
        ans = f"<div class='answer'><div class='answer-user'>{who} <span>{rng.randint(1, 9)}级</span></div><div class='answer-text'>{answer}</div><div class='answer-time'>{_when(rng)[:10]}</div></div>"
    elif style == 1:
        ans = f"<ul class='answer-list'><li><span class='name'>{who}</span> <span class='time'>{_when(rng)}</span><p>{answer}</p><span class='zan'>有用({rng.randint(0, 9)})</span></li></ul>"
    else:
        ans = f"<table class='ans'><tr><td>{who}</td><td>{answer}</td><td>{_when(rng)[:10]}</td></tr></table>"
    q = f"<div class='question-detail'>{detail}</div>" if detail else ""
    main = (
        f"<div class='question-info'><span>提问者：{_uid(rng)}</span> <span>{_when(rng)[:10]}</span> <span>{rng.randint(5, 999)}人看过</span></div>{q}"
        f"<div class='answers'><h3>共1条回答</h3>{ans}</div>"
        f"<div class='answer-form'><h3>我来回答</h3><p>{prompt}</p><textarea></textarea><button>提交回答</button></div>"
        f"<div class='ad-answer'><span>推广</span><p>{ad}</p></div>"
        f"{_related(rng, text, key, bad, '相关问题', 'related-q', True)}"
    )
    side = _related(rng, text, key, bad, "热门问答", "hot-qa", rng.random() < 0.5)
    return _frame(rng, "one_answer", title, main, side, bad), gold


_PY = (
    "import json",
    "def load_{n}(path):",
    '    with open(path, encoding="utf-8") as f:',
    "        data = json.load(f)",
    '    return [x for x in data if x.get("{k}")]',
    "",
    'if __name__ == "__main__":',
    '    items = load_{n}("{n}.json")',
    "    print(len(items))",
)
_JS = (
    "const {n} = document.querySelector('#{k}');",
    "{n}.addEventListener('click', async (e) => {{",
    "  e.preventDefault();",
    "  const res = await fetch('/api/{k}?page=' + page);",
    "  const data = await res.json();",
    "  render(data.items);",
    "}});",
)
_SQL = (
    "SELECT u.id, u.name, COUNT(o.id) AS {n}_count",
    "FROM users u",
    "LEFT JOIN orders o ON o.user_id = u.id",
    "WHERE u.{k} IS NOT NULL",
    "GROUP BY u.id, u.name",
    "ORDER BY {n}_count DESC",
    "LIMIT 20;",
)
_STEPS = (
    "先确认本地环境的版本号，和文档里要求的保持一致。",
    "把缓存目录整个删掉，然后重新安装一遍依赖。",
    "检查配置文件里的路径是不是写成了绝对路径。",
    "重启服务之后再看一下日志里有没有新的报错。",
    "如果还是不行，把完整的报错信息贴出来再看。",
    "用管理员权限重新执行一次刚才的命令。",
)
_CODE_Q = (
    "下面这段代码运行时报错，查了很久不知道哪里写得不对，请大家帮忙看看。",
    "按照教程写了这段代码，结果和预期不一样，想知道是什么原因。",
    "代码在本地能跑，部署到服务器上就不行了，是环境的问题吗？",
)


def _code(rng: random.Random) -> list[str]:
    tpl = rng.choice((_PY, _JS, _SQL))
    n = rng.choice(("users", "orders", "record", "item", "task", "cache"))
    k = rng.choice(("status", "name", "created_at", "tag", "owner"))
    return [line.format(n=n, k=k) for line in tpl][: rng.randint(5, len(tpl))]


def _pre(lines: list[str]) -> str:
    return "<pre><code>" + "\n".join(htmlmod.escape(x, quote=False) for x in lines) + "</code></pre>"


def _code_answer(rng: random.Random, text: Text, key: str, title: str, bad: list[str]) -> tuple[str, list[str]]:
    q_sent = rng.choice(_CODE_Q)
    q_code = _code(rng)[:5]
    gold = [q_sent, *[x for x in q_code if x.strip()]]
    answers = []
    steps_left = rng.sample(_STEPS, len(_STEPS))  # (no step in two answers of a page: that would read as a template)
    for i in range(rng.randint(1, 3)):
        votes = rng.randint(0, 50)
        if rng.random() < 0.55:
            lead = (
                text.prose(rng, 1, key)[0]
                if rng.random() < 0.3
                else rng.choice(("改成下面这样就可以了：", "问题出在循环里，试试这样写：", "参考下面的写法："))
            )
            code = _code(rng)
            gold.extend([lead, *[x for x in code if x.strip()]])
            body = f"<p>{lead}</p><div class='code-box'><div class='code-bar'><span>python</span><button>复制代码</button></div>{_pre(code)}</div>"
        else:
            steps = rng.sample(_STEPS, rng.randint(3, 5))
            steps = [x for x in steps_left if x in steps] or steps
            steps_left = [x for x in steps_left if x not in steps]
            lead = rng.choice(("按这几步排查一下：", "我之前也遇到过，是这么解决的："))
            gold.extend([lead, *steps])
            body = f"<p>{lead}</p><ol>{''.join(f'<li>{s}</li>' for s in steps)}</ol>"
        accepted = "<span class='accepted'>已采纳</span>" if i == 0 and rng.random() < 0.6 else ""
        answers.append(
            f"<div class='answer-item'><div class='vote'><button>▲</button><span>{votes}</span><button>▼</button></div>{accepted}"
            f"<div class='fmt'>{body}</div><div class='meta'><a>{_uid(rng)}</a> 回答于 {_when(rng)} <a>评论</a> <a>举报</a></div></div>"
        )
    tags = "".join(
        f"<a class='tag'>{t}</a>" for t in rng.sample(("python", "javascript", "mysql", "linux", "前端", "后端"), 3)
    )
    bad.extend(["复制代码", "撰写回答"])
    main = (
        f"<div class='question'><div class='tags'>{tags}</div><div class='fmt'><p>{q_sent}</p>{_pre(q_code)}</div>"
        f"<div class='meta'><a>{_uid(rng)}</a> 提问于 {_when(rng)} {rng.randint(10, 9999)} 浏览</div></div>"
        f"<h3>{len(answers)} 个回答</h3>{''.join(answers)}<div class='write'><button>撰写回答</button></div>"
    )
    side = _related(rng, text, key, bad, "推荐问题", "recommend-q", False)
    return _frame(rng, "code_answer", title, main, side, bad), gold


def _trad_qa(rng: random.Random, text: Text, key: str, title: str, bad: list[str]) -> tuple[str, list[str]]:
    detail = text.prose(rng, rng.randint(1, 2), key)
    answers = _answers(rng, text, key, rng.randint(2, 5), 0.4)
    gold = ["".join(detail), *[p for a in answers for p in a]]
    items = []
    for i, a in enumerate(answers):
        head = "<div class='label'>最佳解答</div>" if i == 0 else ""
        items.append(
            f"<li class='answer'>{head}<div class='user'><a>{_uid(rng)}</a> · {rng.randint(1, 12)} 年前</div>"
            f"<div class='answer-text'>{'<br><br>'.join(a)}</div>"
            f"<div class='actions'><span>讚 {rng.randint(0, 40)}</span> <span>踩 {rng.randint(0, 5)}</span> <a>留言</a> <a>檢舉</a></div></li>"
        )
        if i == 0:
            items.append(f"<li class='others-head'><h3>其他解答 ({len(answers) - 1})</h3></li>")
    bad.extend(["檢舉", "最佳解答"])
    main = (
        f"<div class='asker'>發問者：<a>{_uid(rng)}</a> · {rng.randint(1, 12)} 年前</div>"
        f"<div class='question-text'>{'<br>'.join(detail)}</div><ul class='answers'>{''.join(items)}</ul>"
    )
    side = _related(rng, text, key, bad, "相關問題", "related", True)
    return _frame(rng, "trad_qa", title, main, side, bad), gold


BUILDERS: dict[str, Builder] = {
    "zhihu_q": _zhihu_q,
    "zhidao_best": _zhidao_best,
    "douban_topic": _douban_topic,
    "weibo_status": _weibo_status,
    "tieba_lzl": _tieba_lzl,
    "one_answer": _one_answer,
    "code_answer": _code_answer,
    "trad_qa": _trad_qa,
}


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, _title, _paras = rng.choice(text.articles)
    title = _question(rng, text, key)
    bad: list[str] = []
    body, gold = BUILDERS[kind](rng, text, key, title, bad)
    lang = "zh-CN"
    page = f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{title} - {_SITES[kind]}</title></head><body>{body}</body></html>"
    if kind == "trad_qa":
        import opencc

        variant = "s2tw" if index % 2 == 0 else "s2hk"
        conv = opencc.OpenCC(variant).convert
        page = conv(page).replace("lang='zh-CN'", "lang='zh-TW'" if variant == "s2tw" else "lang='zh-HK'")
        gold, bad = [conv(g) for g in gold], [conv(b) for b in bad]
    gold = [g for g in gold if g.strip()]
    text_gold = "\n".join(gold)
    must = [_norm(gold[0])[:12], _norm(gold[-1])[:12]]
    bad = [b for b in dict.fromkeys(bad) if b and _norm(b) not in _norm(text_gold)]
    return GenPage(SET, pid, kind, page, text_gold, must, bad, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


def _url(p: gen_score.Page) -> str:
    return f"https://www.example.com/question/{p.id}"


SCORING = Scoring(_norm, _url, KINDS, label_width=14, id_width=22, snippet_chars=20)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
