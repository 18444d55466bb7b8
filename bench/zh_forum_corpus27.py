"""Chinese forum, Q&A and modern article pages where a *small* thread or article sits inside *heavy* chrome, a
generator of round 27 (issue #12: the magichtml_zh forum check loses on a page with a gold < 200 characters and 2–5×
as much output; on unseen forum / Q&A / modern article pages cleaner leaked 16 %).

Written before cleaner ran on it. The markup is the author's rendering, from memory, of how such pages are built;
no third-party page is copied, and every chrome sentence is the author's own. The earlier generators
(``forum_corpus18``, ``thread_corpus*``, ``zh_modern_corpus19``, ``zh_forum_corpus20``–``26``) hold threads whose
posts are the page's main text, and teaser walls of titles *with summaries*; this one holds the shapes they do not:

- ``tiny_qa``: a question with one or two short answers (the whole gold 60–300 characters) beside three or four big
  lists ("相关问题", "猜你喜欢", "热门回答", "大家还在看") whose items are question-like *sentences* with CJK
  punctuation (？，。！), a count or a date after each, some lists of links, some of plain ``<div>`` text with a
  click handler (no ``<a>``);
- ``quote_chain``: a thread whose replies quote earlier posts in ``<blockquote>`` boxes headed "引用 @X 的回复：" or
  "回复 @X：" (the quoted text is gold, as zh_forum_corpus21/25 and the magichtml golds keep quotes; the header
  not), "展开引用" / "收起" links, a 楼主 badge and "IP属地" lines;
- ``locked``: a locked thread with moderator notes: a "本帖已被锁定" banner sentence above, a 版主提示 box between
  the first post and the replies (two sentences), "该帖已被 X 移动到 Y 版块" and "本帖被 X 加入精华" stamps inside
  posts, a closing "此主题已关闭，不能再回复。" line where the reply box would be;
- ``code_qa``: a CSDN问答 / SegmentFault-like question whose question and answers hold code blocks (``<pre>``) and a
  table (every cell gold, one line each), with 悬赏 / 采纳率 / 邀请回答 chrome, an "已采纳" label, a 相关推荐 list of
  question sentences and a "大家还在看" column;
- ``hashed_thread``: a Douban-group / NGA / Hupu / V2EX / new-Tieba-like thread rendered by a CSS-in-JS app: div soup,
  no tables, no lists, every class hashed (``css-1x2y3z``, ``sc-aXZVg``), so no class name hints which box is
  chrome; user rows, level badges, "IP属地", "赞 N" bars, a hot-topic column of plain divs;
- ``mp_article``: a 公众号-like article (the body only is gold): an author card with a "关注" button above, "阅读
  N" / "在看 N" counts, a "喜欢此内容的人还喜欢" list of titles with their accounts and reading counts, a 留言 area
  with two to four comments and "作者回复" lines;
- ``column_article``: a 知乎专栏 / 简书 / 掘金-like article with hashed class names (the body only is gold): an
  author card (a one-sentence bio, 关注, 粉丝 / 文章 counts), "阅读 N · 字数 N", a 推荐阅读 list of question-like
  titles, a comment area (comments are not gold: a platform article's comments are not, as zh_modern_corpus19 has).

Three shapes: ``short`` (one-sentence posts / one or two paragraphs), ``long`` (several paragraphs), ``trad`` (the
whole page in Traditional characters). Gold = the question / first post and every answer / reply in page order (a
quote's text included, its header not; code lines and table cells included); article pages: the body only. Chrome
strings (checked as "kept") are the author's own sentences and labels, never gold text.

Halves: per shape, the engines ranked by a hash of ``zhforum27/<id>``, alternately tune and check.

    python bench/zh_forum_corpus27.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_forum_corpus27.py --verbose          # and each tune page's problems
    python bench/zh_forum_corpus27.py --dump ID          # a tune page's html, gold and output
    python bench/zh_forum_corpus27.py --seed S --score   # fresh pages of the same layouts
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
from forum_corpus18 import _sentences, ch, p_, texts
from zh_forum_corpus21 import br
from zh_forum_corpus23 import TITLES
from zh_modern_corpus19 import ACCOUNTS, AGO, QTITLES, REGIONS, Page, avatar, date, num, s2t, user

SET = "zhforum27"
SHAPES = ("short", "long", "trad")

# Question-like sentences of other threads (the author's own): the items of 相关问题 / 猜你喜欢 / 大家还在看 lists.
QLIST = [
    "为什么我的手机充电到百分之八十就充不进去了？",
    "租的房子墙面发霉了，应该找房东处理还是自己处理？",
    "孩子晚上总是不肯睡觉，家长应该怎么引导比较好？",
    "第一次去外地面试，需要提前准备哪些材料？",
    "家里的路由器经常断网，是不是该换一个新的了？",
    "公积金贷款和商业贷款，到底哪个更划算一些？",
    "刚毕业工资不高，要不要每个月坚持存一部分钱？",
    "冬天开空调还是开暖气，哪一种更省电？",
    "老人不会用智能手机，有没有简单一点的办法教？",
    "自学编程一年了还是找不到工作，问题出在哪里？",
    "猫咪最近不爱吃东西，需要马上带去医院吗？",
    "换工作的时候，社保断缴一个月会有什么影响？",
    "周末想带孩子出去玩，附近有什么推荐的地方吗？",
    "跑步膝盖疼是姿势不对，还是鞋子的问题？",
    "装修选木地板还是瓷砖，住了几年的人说说感受。",
    "为什么现在年轻人都不愿意去工厂上班了？",
    "每天通勤两个小时，大家都是怎么熬过来的？",
    "考研和直接工作，过来人能不能给点建议！",
    "笔记本电脑用了三年变得很卡，加内存有用吗？",
    "婚礼随份子钱，一般同事之间给多少比较合适？",
    "第一次养多肉，浇水的频率应该怎么掌握？",
    "二手车买回来发现是事故车，还能退吗？",
    "在家做饭和点外卖，长期来看哪个更省钱？",
    "晚上睡不着总想刷手机，有什么办法能改掉？",
]
LISTS = ["相关问题", "猜你喜欢", "热门回答", "大家还在看", "为你推荐"]
LOCK = [
    "本帖已被锁定，仅可浏览，不能回复。",
    "该主题已被版主锁定，如有疑问请联系管理员处理。",
]
MOD_NOTES = [
    "【版主提示】本帖讨论已经偏离主题，为避免争吵现已锁定，请大家理性发言。",
    "版主提示：请勿在帖子中发布联系方式或者广告链接，违者将被禁言处理。",
    "管理员提醒：本版块只讨论相关话题，重复发帖的内容将被合并或删除。",
]
CLOSED = "此主题已关闭，不能再回复。"
STAMPS = ["该帖已被 {u} 移动到 综合讨论 版块", "本帖被 {u} 加入精华 ({d})", "该帖已被 {u} 设为置顶"]
CODE = [
    ["import pandas as pd", "df = pd.read_csv(path, encoding='gbk')", "print(df.head())"],
    ["SELECT name, COUNT(*) FROM orders", "GROUP BY name HAVING COUNT(*) > 1;"],
    ["const res = await fetch(url);", "const data = await res.json();"],
    ["pip install --upgrade pip", "pip install -r requirements.txt"],
]
TABLES = [
    [["环境", "结果"], ["本地开发机", "运行正常"], ["线上服务器", "报错退出"]],
    [["方案", "优点", "缺点"], ["缓存结果", "速度很快", "占用内存"], ["每次重算", "节省内存", "比较耗时"]],
]
HASH_LEVELS = ["Lv4 见习骑士", "声望 120", "级别: 新手上路", "社区成员"]
BIOS = [
    "十年互联网老兵，专注于后端架构和性能优化。",
    "喜欢读书和旅行，偶尔写一些生活里的小感悟。",
    "前端工程师，记录日常开发中踩过的坑。",
]
MP_COMMENTS = ["作者回复", "精选留言", "写留言"]


def _hashed(rng: random.Random) -> str:
    """A CSS-in-JS class name: no word in it."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    prefix = rng.choice(["css-", "sc-", "_", "jsx-"])
    return prefix + "".join(rng.choice(alphabet) for _ in range(rng.randint(5, 7)))


def _qlist(page: Page, rng: random.Random, n: int) -> list[str]:
    items = rng.sample(QLIST, n)
    ch(page, *items)
    return items


def _big_lists(page: Page, rng: random.Random, names: list[str], plain: bool) -> str:
    """Lists of question-like sentences: links with answer counts, or plain divs (a click handler, no link)."""
    out = []
    for name in names:
        items = _qlist(page, rng, rng.randint(6, 9))
        ch(page, name)
        if plain:
            rows = "".join(
                f'<div class="{_hashed(rng)}" data-href="/q/{rng.randint(10**5, 10**6)}"><div class="{_hashed(rng)}">{t}</div>'
                f'<div class="{_hashed(rng)}">{rng.randint(2, 80)}个回答 · {rng.choice(AGO)}</div></div>'
                for t in items
            )
            out.append(f'<div class="{_hashed(rng)}"><div class="{_hashed(rng)}">{name}</div>{rows}</div>')
        else:
            rows = "".join(
                f'<li><a href="/q/{rng.randint(10**5, 10**6)}" target="_blank">{t}</a><span class="cnt">{rng.randint(2, 80)}回答</span></li>'
                for t in items
            )
            out.append(f'<div class="box"><h3>{name}</h3><ul>{rows}</ul></div>')
    return "".join(out)


def tiny_qa(page: Page, rng: random.Random) -> str:
    ch(page, "我来回答", "个回答", "举报", "赞", "关注问题", "邀请回答", "浏览")
    plain = page.shape != "long"
    answers = "".join(
        f'<div class="answer-item"><div class="answer-user">{avatar(k)}<a href="#">{page.users[k]}</a> <span>{rng.choice(AGO)}</span></div>'
        f'<div class="answer-content">{br(page.posts[k])}</div><div class="answer-bar"><span>赞 {rng.randint(0, 30)}</span> <a href="#">举报</a></div></div>'
        for k in range(1, len(page.posts))
    )
    ch(page, *page.users)
    names = rng.sample(LISTS, rng.randint(3, 4))
    side, below = names[:2], names[2:]
    return (
        f'<div class="main"><div class="question-box"><h1>{page.title}</h1><div class="q-detail">{br(page.posts[0])}</div>'
        f'<div class="q-meta">{page.users[0]} 提问于 {date(rng)} · {num(rng)} 浏览 <a href="#">关注问题</a> <a href="#">邀请回答</a> <a href="#">我来回答</a></div></div>'
        f'<div class="answers"><div class="answers-head">{len(page.posts) - 1} 个回答</div>{answers}</div>'
        f"{_big_lists(page, rng, below, plain)}</div>"
        f'<div class="aside">{_big_lists(page, rng, side, not plain)}</div>'
    )


def quote_chain(page: Page, rng: random.Random) -> str:
    ch(page, "引用", "回复", "展开引用", "收起", "楼主", "IP属地", "赞", "只看楼主", "热门帖子")

    def post(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        quote = ""
        if k >= 2 and rng.random() < 0.75:
            j = rng.randrange(0, k)
            q = page.posts[j][0]
            head = rng.choice([f"引用 @{page.users[j]} 的回复：", f"回复 @{page.users[j]}："])
            quote = f'<blockquote class="quote"><div class="quote-head">{head}</div><div class="quote-text">{q}</div><a href="#">展开引用</a></blockquote>'
            page.posts[k] = [q, *page.posts[k]]
        op = '<span class="badge">楼主</span>' if k == 0 else ""
        return (
            f'<div class="floor" id="f{k + 1}"><div class="floor-user">{avatar(k)}<a href="#">{u}</a>{op}<span class="ip">IP属地：{rng.choice(REGIONS)}</span></div>'
            f'<div class="floor-main">{quote}<div class="floor-text">{p_(page.posts[k][1:] if quote else page.posts[k])}</div>'
            f'<div class="floor-bar"><span>{k + 1}楼</span> <span>{date(rng)}</span> <a href="#">赞 {rng.randint(0, 60)}</a> <a href="#">回复</a></div></div></div>'
        )

    floors = "".join(post(k) for k in range(len(page.posts)))
    hot = "".join(f"<li><a href='#'>{t}</a></li>" for t in _qlist(page, rng, 6))
    return (
        f'<div class="thread"><div class="thread-head"><h1>{page.title}</h1><a href="#">只看楼主</a></div>{floors}</div>'
        f'<div class="side"><h4>热门帖子</h4><ul>{hot}</ul></div>'
    )


def locked(page: Page, rng: random.Random) -> str:
    lock, note = rng.choice(LOCK), rng.choice(MOD_NOTES)
    ch(page, lock, note, CLOSED, "精华", "移动", "置顶", "发表于", "只看该作者", "版主", "相关帖子")
    mod = user(rng)
    ch(page, mod)

    def post(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        stamp = ""
        if k == 0 or rng.random() < 0.3:
            s = rng.choice(STAMPS).format(u=mod, d=date(rng)[:10])
            ch(page, s)
            stamp = f'<div class="modact"><i class="icon-lock"></i>{s}</div>'
        return (
            f'<div class="post" id="p{k}"><div class="post-author"><a href="#">{u}</a><p>帖子 {rng.randint(1, 900)}</p></div>'
            f'<div class="post-body"><div class="post-meta">发表于 {date(rng)} <a href="#">只看该作者</a></div>{stamp}'
            f'<div class="post-message">{br(page.posts[k])}</div></div></div>'
        )

    first = post(0)
    rest = "".join(post(k) for k in range(1, len(page.posts)))
    related = "".join(f"<li><a href='#'>{t}</a></li>" for t in _qlist(page, rng, 5))
    return (
        f'<div class="forum"><div class="locked-tip">{lock}</div><h1>{page.title}</h1>{first}'
        f'<div class="mod-note"><strong>版主</strong><p>{note}</p></div>{rest}'
        f'<div class="reply-closed">{CLOSED}</div><div class="rel"><h3>相关帖子</h3><ul>{related}</ul></div></div>'
    )


def code_qa(page: Page, rng: random.Random) -> str:
    ch(page, "悬赏", "采纳率", "邀请回答", "已采纳", "相关推荐", "大家还在看", "关注", "收藏", "举报", "评论", "C币")
    code_at, table_at = rng.randrange(len(page.posts)), rng.randrange(1, len(page.posts))

    def extras(k: int) -> str:
        out = ""
        if k == code_at:
            lines = rng.choice(CODE)
            out += f'<pre><code class="language-python">{chr(10).join(lines)}</code></pre>'
            page.posts[k] = [*page.posts[k], *lines]
        if k == table_at:
            rows = rng.choice(TABLES)
            out += (
                "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows) + "</table>"
            )
            page.posts[k] = [*page.posts[k], *[c for r in rows for c in r]]
        return out

    def answer(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        label = '<span class="adopted">已采纳</span>' if k == 1 else ""
        body = p_(page.posts[k]) + extras(k)
        return (
            f'<div class="answer">{label}<div class="a-head">{avatar(k)}<a href="#">{u}</a> <span>{rng.choice(AGO)}</span> <span>采纳率：{rng.randint(30, 100)}%</span></div>'
            f'<div class="md-content">{body}</div><div class="a-ops"><a href="#">评论</a> <a href="#">赞 {rng.randint(0, 40)}</a> <a href="#">举报</a></div></div>'
        )

    q_body = p_(page.posts[0]) + extras(0)
    answers = "".join(answer(k) for k in range(1, len(page.posts)))
    rec = "".join(f"<li><a href='#'>{t}</a><span>{rng.randint(1, 9)}个回答</span></li>" for t in _qlist(page, rng, 6))
    side = "".join(f"<div class='s-item'><a href='#'>{t}</a></div>" for t in _qlist(page, rng, 5))
    ch(page, page.users[0])
    return (
        f'<div class="ask-main"><div class="ask-head"><h1>{page.title}</h1><span class="reward">悬赏 {rng.randint(5, 50)} C币</span>'
        f"<span>{page.users[0]}</span> <span>采纳率：{rng.randint(30, 100)}%</span></div>"
        f'<div class="md-content">{q_body}</div><div class="q-ops"><a href="#">关注</a> <a href="#">收藏</a> <a href="#">邀请回答</a></div>'
        f'<div class="answers"><h2>{len(page.posts) - 1} 条回答</h2>{answers}</div><div class="recommend"><h3>相关推荐</h3><ul>{rec}</ul></div></div>'
        f'<div class="ask-side"><h4>大家还在看</h4>{side}</div>'
    )


def hashed_thread(page: Page, rng: random.Random) -> str:
    ch(page, "IP属地", "赞", "回复", "楼主", "热门话题", "发布于", *HASH_LEVELS)
    c = {k: _hashed(rng) for k in ("floor", "user", "name", "lvl", "text", "bar", "ip", "title", "side", "item")}

    def post(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        op = f'<div class="{_hashed(rng)}">楼主</div>' if k == 0 else ""
        text = "".join(f"<div>{x}</div>" for x in page.posts[k]) if page.shape != "long" else br(page.posts[k])
        return (
            f'<div class="{c["floor"]}"><div class="{c["user"]}"><div class="{c["name"]}">{u}</div>{op}<div class="{c["lvl"]}">{rng.choice(HASH_LEVELS)}</div></div>'
            f'<div class="{c["text"]}">{text}</div>'
            f'<div class="{c["bar"]}"><div>#{k}</div><div>发布于 {rng.choice(AGO)}</div><div class="{c["ip"]}">IP属地：{rng.choice(REGIONS)}</div><div>赞 {rng.randint(0, 99)}</div><div>回复</div></div></div>'
        )

    hot = "".join(f'<div class="{c["item"]}">{t}</div>' for t in _qlist(page, rng, 8))
    return (
        f'<div class="{_hashed(rng)}"><div class="{_hashed(rng)}"><div class="{c["title"]}">{page.title}</div>'
        f"{''.join(post(k) for k in range(len(page.posts)))}</div>"
        f'<div class="{c["side"]}"><div class="{_hashed(rng)}">热门话题</div>{hot}</div></div>'
    )


def mp_article(page: Page, rng: random.Random) -> str:
    acct = rng.choice(ACCOUNTS)
    ch(page, acct, "关注", "阅读", "在看", "喜欢此内容的人还喜欢", "留言", *MP_COMMENTS)
    likes = "".join(
        f'<div class="like-item"><div class="like-title">{t}</div><div class="like-meta">{rng.choice(ACCOUNTS)} · 阅读 {num(rng)}</div></div>'
        for t in _qlist(page, rng, 5)
    )
    pool = _sentences("zh")
    gold = set(page.posts[0])
    comments = []
    for _ in range(rng.randint(2, 4)):
        u, text = user(rng), pool[rng.randrange(len(pool))]
        if text in gold:
            continue
        ch(page, u, text)
        reply = ""
        if rng.random() < 0.5:
            r = pool[rng.randrange(len(pool))]
            if r not in gold:
                ch(page, r)
                reply = f'<div class="reply"><span>作者回复</span><p>{r}</p></div>'
        comments.append(
            f'<div class="cmt"><div class="cmt-user">{u}</div><div class="cmt-text">{text}</div>{reply}</div>'
        )
    return (
        f'<div class="rich_media"><h1 class="rich_media_title">{page.title}</h1>'
        f'<div class="author-card">{avatar(0)}<span class="nick">{acct}</span><button class="follow">关注</button><span>{date(rng)[:10]}</span></div>'
        f'<div class="rich_media_content">{p_(page.posts[0])}</div>'
        f'<div class="stat">阅读 {num(rng)} <span>在看 {rng.randint(1, 300)}</span></div>'
        f'<div class="likes"><div class="likes-title">喜欢此内容的人还喜欢</div>{likes}</div>'
        f'<div class="comments"><div class="c-title">留言</div><div class="c-head">精选留言</div>{"".join(comments)}<a href="#">写留言</a></div></div>'
    )


def column_article(page: Page, rng: random.Random) -> str:
    bio = rng.choice(BIOS)
    au = user(rng)
    ch(page, bio, au, "关注", "粉丝", "文章", "阅读", "字数", "推荐阅读", "评论", "回复", "赞")
    h = {k: _hashed(rng) for k in ("card", "body", "rec", "cmt", "meta")}
    rec = "".join(
        f'<a class="{_hashed(rng)}" href="/p/{rng.randint(10**5, 10**6)}">{t}</a>' for t in _qlist(page, rng, 6)
    )
    pool = _sentences("zh")
    gold = set(page.posts[0])
    cm = []
    for _ in range(rng.randint(2, 4)):
        u, text = user(rng), pool[rng.randrange(len(pool))]
        if text in gold:
            continue
        ch(page, u, text)
        cm.append(
            f'<div class="{h["cmt"]}"><div>{u}</div><div>{text}</div><div>{rng.choice(AGO)} · 回复 · 赞 {rng.randint(0, 50)}</div></div>'
        )
    return (
        f'<div class="{_hashed(rng)}"><h1 class="{_hashed(rng)}">{page.title}</h1>'
        f'<div class="{h["card"]}">{avatar(1)}<div><div>{au}</div><div>{bio}</div></div><button>关注</button><div>粉丝 {num(rng)} · 文章 {rng.randint(3, 400)}</div></div>'
        f'<div class="{h["meta"]}">{date(rng)} · 阅读 {num(rng)} · 字数 {rng.randint(300, 5000)}</div>'
        f'<div class="{h["body"]}">{p_(page.posts[0])}</div>'
        f'<div class="{h["rec"]}"><div>推荐阅读</div>{rec}</div>'
        f'<div class="{_hashed(rng)}"><div>{len(cm)} 条评论</div>{"".join(cm)}</div></div>'
    )


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "tiny_qa": ("qa", tiny_qa),
    "quote_chain": ("forum", quote_chain),
    "locked": ("forum", locked),
    "code_qa": ("qa", code_qa),
    "hashed_thread": ("forum", hashed_thread),
    "mp_article": ("article", mp_article),
    "column_article": ("article", column_article),
}

SITES = {
    "tiny_qa": ("问答", ["首页", "提问", "分类", "登录"]),
    "quote_chain": ("社区", ["首页", "版块", "消息", "我的"]),
    "locked": ("论坛", ["首页", "版块", "搜索", "登录"]),
    "code_qa": ("技术问答", ["首页", "博客", "问答", "下载"]),
    "hashed_thread": ("小组", ["首页", "话题", "发现", "我的"]),
    "mp_article": ("公众号", ["首页", "文章", "搜一搜"]),
    "column_article": ("专栏", ["首页", "发现", "写文章", "登录"]),
}


def _posts(rng: random.Random, engine: str, kind: str, shape: str) -> list[list[str]]:
    long_pool = [x for x in texts()["zh"] if " " not in x and "声明" not in x and "版权" not in x and len(x) < 400]
    short_pool = [x for x in _sentences("zh") if "声明" not in x]

    def take(pool: list[str], n: int) -> list[str]:
        return [pool[rng.randrange(len(pool))] for _ in range(n)]

    if engine == "tiny_qa":  # the whole gold 60-300 characters
        for _ in range(50):
            posts = [take(short_pool, 1), *[take(short_pool, rng.randint(1, 2)) for _ in range(rng.randint(1, 2))]]
            if 60 <= sum(len(x) for p in posts for x in p) <= 300:
                return posts
        return posts
    if kind == "article":
        n = {"short": rng.randint(1, 2), "long": rng.randint(4, 8), "trad": rng.randint(2, 5)}[shape]
        return [take(long_pool, n)]
    n = rng.randint(2, 4) if kind == "qa" else rng.randint(3, 6)
    if shape == "short":
        return [take(short_pool, 1), *[take(short_pool, 1) for _ in range(n)]]
    return [take(long_pool, rng.randint(1, 2)), *[take(long_pool, rng.randint(1, 2)) for _ in range(n)]]


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, engine, kind, shape)
            for _ in range(20):  # no paragraph twice
                flat = [x for paras in posts for x in paras]
                if len(set(flat)) == len(flat):
                    break
                posts = _posts(rng, engine, kind, shape)
            users = [user(rng) for _ in posts]
            title = rng.choice(QTITLES) if kind == "qa" else rng.choice(TITLES)
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            body = fn(page, rng)
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = f"©{rng.choice([2016, 2021, 2025])} {site} 京ICP备{rng.randint(10**6, 10**7)}号 用户协议 隐私政策"
            ch(page, foot, *nav_items)
            html = (
                f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{page.title} - {site}</title></head><body>"
                f'<div class="top"><a class="logo" href="/">{site}</a><div class="nav">{nav}</div></div>'
                f'<div class="container">{body}</div><div class="foot"><p>{foot}</p></div></body></html>'
            )
            thread_score.finish_page(page, html, shape == "trad", s2t)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, list(ENGINES), SHAPES)
check_page = thread_score.check_page


def main(argv: list[str] | None = None) -> int:
    return thread_score.cli(
        argv, __doc__, build, page_half, check_page, ("all", "forum", "qa", "article", *SHAPES), SET
    )


if __name__ == "__main__":
    raise SystemExit(main())
