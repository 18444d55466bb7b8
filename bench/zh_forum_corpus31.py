"""Chinese forum and Q&A pages of engines and versions no earlier generator renders, a generator of round 31 (issue #12:
the hidden "Chinese forum / Q&A / modern article" set read 0.752 with 16 % leak; the earlier zh forum generators were
mostly written by helpers who had read cleaner's thread rules).

Written (branch zhforum31) before cleaner's thread or content rules were read and before cleaner was run on it. The
markup is the author's rendering, from memory, of what these engines serve to a crawler; no third-party page is
copied and every chrome sentence is the author's own. Engines (``ENGINES``):

- ``smth``: a 水木社区-like thread: each article a ``table.article`` with a head row (user, "楼主" / "第N楼", 回复 /
  转寄 / 删除 links) and one ``td.a-content`` whose ``<p>`` holds the mail header lines ("发信人: X (nick), 信区:",
  "标  题:", "发信站: 水木社区 (date), 站内") joined by ``<br>``, the body, "【 在 X (nick) 的大作中提到: 】" with ": "
  quoted lines, "--", a signature line and "※ 来源:·水木社区 newsmth.net·[FROM: 1.2.3.*]";
- ``discuz_touch``: Discuz! X3.4's touch view (``mobile=2``): ``div.plc`` items, ``ul.authi`` with the floor name
  (楼主 / 沙发 / 板凳 / 地板 / N#), "发表于 N 小时前", "只看该作者", ``div.message`` with a "本帖最后由 X 于 date 编辑"
  ``i.pstatus`` line, attachment lines "下载附件 (123.4 KB)", a fixed bottom bar "发表回复" and "标准版 | 触屏版 | 电脑版";
- ``tieba_vue``: 百度贴吧's PC layout of 2023 (server-rendered app): floors as ``div.pb-comment-item`` with a user row
  (name, a level badge "Lv.12", a 会员 badge), ``div.pb-content`` text, a floor row "第2楼 12-06 IP属地:广东 回复",
  a sub-reply list "X：text" (gold text, not the name) with "查看全部N条回复", "打开贴吧App，浏览更多精彩内容" banners;
- ``muchong``: a 小木虫-like Discuz table thread: ``table.pls_info`` user cards (虫号, 金币, 散金, 红花, 帖子, 在线),
  "1楼" / "2楼" floor heads with "回复此楼", rewarded replies "X(金币+5): 谢谢参与应助！", quotes "引用回帖: N楼:
  Originally posted by X at date:" + the quoted text (gold) in a ``div.quote``, 研究生/科研 sidebars;
- ``ruby_china``: a Ruby-China-like tech community topic: ``div.topic-detail`` with "user · 于 N 天前发布 · 最后由 X
  回复 · N 次阅读", ``div.markdown`` body, replies ``div.reply`` "#N 楼 N 天前" + ``div.markdown``, "N 个赞", a
  "需要 登录 后方可回复, 如果你还没有账号请 注册新账号" box, a 社区节点 / 推荐 sidebar;
- ``taobao_ask``: a 淘宝问大家-like page: a question, each answer a short buyer line with "购买了 颜色分类：X" under
  it, an answer count, "有N人觉得有用", an "以上内容为买家自行发布" notice and 看了又看 product cards;
- ``csdn_bbs``: a CSDN 论坛-like topic (2019): a 帖子 head with "结帖率 N%", a 悬赏 line ("N 分"), posts with a user
  column (等级, 本版专家分, 勋章 lines), "#N 得分 N", "回复于 date", quotes "引用 N 楼 X 的回复:" (gold text), a
  "相关推荐" list of question titles with summaries and a "为您搜索" box;
- ``hupu_next``: 虎扑's 2022 Next.js BBS: hashed-suffix classes (``index_bbs-post-web-body-right-wrapper__xyz``),
  ``div.post-reply-list`` items with "发布于 date 来自X" / "亮了(N)" / "回复" / "举报" rows, a "这些回帖亮了" block
  repeating replies (copies not gold), a quoted floor in ``div.reply-list-content`` with "楼 X 的回复" header;
- ``douban_2024``: a 豆瓣小组 topic of 2024: ``div.topic-doc`` with "来自: X" and "date IP属地", ``div.rich-content``
  body, ``ul#comments > li.comment-item`` replies (``h4`` name + ``span.pubtime``, ``div.reply-quote`` with a
  truncated quoted text, ``p.reply-content``), "赞 / 回应 / 举报" links, a "最赞回应" list repeating two replies
  (copies not gold) and a "小组描述" side box;
- ``zhidao_wap``: 百度知道's mobile web page: ``div.w-question-box``, the "最佳答案" / "推荐答案" card with "展开全部",
  answer heads "X | 来自手机知道 | 知道合伙人", "已赞过 已踩过 你对这个回答的评价是？ 收起" bars, a 律临-like
  service sentence, "其他类似问题" with answer snippets and "为你推荐" cards.

Three shapes: ``short`` (one-sentence posts, some one-liners), ``long`` (several paragraphs), ``trad`` (the whole page
in Traditional characters). Gold = the first post / question and every reply / answer in page order, without user
chrome, floors, headers, signatures, bars, banners, badges, lists or copies in hot blocks (a quote's text is gold,
its header not, as the magichtml golds keep quotes). Chrome strings (checked as "kept") are the author's own
sentences and labels, never gold text.

Halves: per shape, the engines ranked by a hash of ``zhforum31/<engine>/<shape>``, alternately tune and check (so a
tune engine of one shape may be a check engine of another; every seed draws the same split).

    python bench/zh_forum_corpus31.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_forum_corpus31.py --score --cleaner-only   # cleaner alone
    python bench/zh_forum_corpus31.py --list 20                # the worst tune pages
    python bench/zh_forum_corpus31.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_forum_corpus31.py --seed S --score         # fresh pages of the same layouts
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring
from zh_portal_corpus import Text, _name, _norm

SET = "zhforum31"
SHAPES = ("short", "long", "trad")
PAGES = 3
"""Pages per engine and shape."""

_NOTICE = re.compile("声明|聲明|版权|版權|免责|免責|来源|編輯|编辑|责任")
_ONE_LINERS = ("顶一下", "mark，回头细看", "支持楼主", "学习了", "同问", "路过看看", "+1", "感谢分享")
_REGIONS = ("广东", "浙江", "四川", "北京", "上海", "湖北", "江苏", "山东", "河南", "福建")


@dataclass
class Ctx:
    """One page being built: its random source, texts, shape, posts (paragraph lists) and chrome strings."""

    rng: random.Random
    text: Text
    key: str
    shape: str
    title: str
    posts: list[list[str]] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)

    def user(self) -> str:
        r = self.rng
        return r.choice(("", "小", "老", "阿")) + _name(r) + r.choice(("", str(r.randint(1, 9999)), "_", "同学", "酱"))

    def ascii_user(self) -> str:
        r = self.rng
        return r.choice(("leo", "kid", "sun", "moon", "fox", "ray", "tiger", "zz", "xm")) + str(r.randint(1, 999))

    def date(self) -> str:
        r = self.rng
        return f"20{r.randint(12, 25)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"

    def chrome(self, *xs: str) -> None:
        self.bad.extend(xs)

    def heads(self, n: int) -> list[str]:
        return [h.rstrip("。！？!?") for h in self.text.heads(self.rng, n, "")]


def _long_paras(c: Ctx, lo: int, hi: int) -> list[str]:
    _k, _t, paras = c.rng.choice([a for a in c.text.articles if a[0] != c.key])
    paras = [x for x in paras if not _NOTICE.search(x)] or paras[:1]
    start = c.rng.randint(0, max(0, len(paras) - lo))
    return paras[start : start + c.rng.randint(lo, hi)]


def _posts(c: Ctx, n: int, one_liners: bool = True) -> list[list[str]]:
    """The first post and ``n`` replies of the shape."""
    r = c.rng
    if c.shape == "short":
        first = ["".join(c.text.prose(r, r.randint(1, 2), c.key))]
        rest = [
            [r.choice(_ONE_LINERS)] if one_liners and r.random() < 0.12 else c.text.prose(r, 1, c.key) for _ in range(n)
        ]
    else:
        first = _long_paras(c, 2, 4)
        rest = [_long_paras(c, 1, 2) if r.random() < 0.65 else c.text.prose(r, 1, c.key) for _ in range(n)]
    return [first, *rest]


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _br(paras: list[str]) -> str:
    return "<br />\r\n".join(paras)


def _hot(c: Ctx, label: str, cls: str, n: int = 6, counts: bool = True) -> str:
    items = []
    for h in c.heads(n):
        c.chrome(h)
        tail = f"<span class='num'>{c.rng.randint(2, 999)}</span>" if counts else ""
        items.append(f"<li><a href='/thread-{c.rng.randint(10**5, 10**7)}-1-1.html' title='{h}'>{h}</a>{tail}</li>")
    return f"<div class='{cls}'><h3>{label}</h3><ul>{''.join(items)}</ul></div>"


def _quote_of(c: Ctx, paras: list[str]) -> str:
    """A quoted part of an earlier post: its first paragraph, cut after a sentence when long."""
    q = paras[0]
    m = re.match(r"(.{16,70}?[。！？])", q)
    return m.group(1) if m and len(q) > 90 else q


# --- engines --------------------------------------------------------------------------------------------------------


def _smth(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = _posts(c, r.randint(3, 7))
    board = r.choice(("Career_Upgrade", "Joke", "NewExpress", "Travel", "AutoWorld", "Children"))
    users = [(c.ascii_user(), c.user()) for _ in posts]
    gold: list[str] = []
    arts = []
    sig_pool = ("好好学习，天天向上", "人生若只如初见", "我是一只小小鸟", "Talk is cheap. Show me the code.")
    c.chrome("发信人", "发信站", "※ 来源:·水木社区", "大作中提到", "转寄", "同主题展开")
    for i, paras in enumerate(posts):
        uid, nick = users[i]
        head = (
            f"发信人: {uid} ({nick}), 信区: {board}<br />标&nbsp;&nbsp;题: {'Re: ' if i else ''}{c.title}<br />"
            f"发信站: 水木社区 ({r.choice(('Sun', 'Mon', 'Tue', 'Wed'))} Dec&nbsp;&nbsp;{r.randint(1, 28)} {r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)} 20{r.randint(15, 25)}), 站内<br />&nbsp;&nbsp;<br />"
        )
        lines = list(paras)
        quote = ""
        if i and r.random() < 0.6:
            j = r.randrange(i)
            q = _quote_of(c, posts[j])
            quote = f"<br />【 在 {users[j][0]} ({users[j][1]}) 的大作中提到: 】<br /><font class='f006'>: {q}</font>"
            lines_gold = [*lines, q]
        else:
            lines_gold = lines
        gold.extend(lines_gold)
        sig = ""
        if r.random() < 0.4:
            s = r.choice(sig_pool)
            c.chrome(s)
            sig = f"<br />--<br />{s}<br />"
        ip = f"{r.randint(1, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.*"
        body = f"{head}{'<br />'.join(lines)}<br />{quote}{sig}<br /><font class='f000'>※ 来源:·水木社区 http://www.newsmth.net·[FROM: {ip}]</font>"
        floor = "楼主" if i == 0 else f"第{i}楼"
        arts.append(
            f"<table class='article'><tr class='a-head'><td class='a-left'><span class='a-u-name'><a href='/nForum/user/query/{uid}'>{uid}</a></span></td>"
            f"<td class='a-right'><span class='a-pos'>{floor}</span>&nbsp;|&nbsp;<a href='#'>回复</a>&nbsp;|&nbsp;<a href='#'>转寄</a>&nbsp;|&nbsp;<a href='#'>同主题展开</a></td></tr>"
            f"<tr class='a-body'><td class='a-left a-info'><img src='/nForum/uploadFace/{uid}.jpg'><br />身份: 用户<br />文章: {r.randint(10, 9999)}<br />积分: {r.randint(10, 99999)}<br />等级: user{r.randint(1, 9)}</td>"
            f"<td class='a-content'><p>{body}</p></td></tr><tr class='a-bottom'><td></td><td><a href='#'>回复</a> <a href='#'>转寄</a></td></tr></table>"
        )
    c.chrome("积分:", "等级: user", "同主题阅读", "返回版面")
    main = (
        f"<div id='notice'><a href='/nForum/section/1'>社区管理</a> &gt; <a href='/nForum/board/{board}'>{board}</a> &gt; 阅读文章</div>"
        f"<div class='b-head'><span class='n-left'>文章主题: {c.title}</span><span class='n-right'><a href='#'>同主题阅读</a> <a href='#'>返回版面</a></span></div>"
        f"<div class='b-content'>{''.join(arts)}</div>"
        f"<div class='t-pre-bottom'><ul class='pagination'><li class='page-normal'><a>1</a></li><li><a href='?p=2'>2</a></li><li><a>&gt;&gt;</a></li></ul></div>"
    )
    return main, gold


def _discuz_touch(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = _posts(c, r.randint(3, 8))
    names = ["楼主", "沙发", "板凳", "地板"]
    items = []
    gold: list[str] = []
    c.chrome("只看该作者", "发表于", "下载附件", "本帖最后由", "发表回复", "电脑版")
    for i, paras in enumerate(posts):
        u = c.user()
        floor = names[i] if i < len(names) else f"{i + 1}#"
        edited = ""
        if r.random() < 0.3:
            edited = f"<i class='pstatus'> 本帖最后由 {u} 于 {c.date()} 编辑 </i><br />\r\n<br />\r\n"
        att = ""
        if r.random() < 0.25:
            att = f"<div class='img_one'><img src='data/attachment/forum/{r.randint(100000, 999999)}.jpg' /><p>下载附件 ({r.randint(20, 900)}.{r.randint(1, 99)} KB)</p></div>"
        gold.extend(paras)
        items.append(
            f"<div class='plc cl' id='pid{r.randint(10**6, 10**7)}'><span class='avatar'><img src='uc_server/avatar.php?uid={r.randint(1000, 99999)}&size=small' /></span>"
            f"<div class='display pi'><ul class='authi'><li class='grey'><em>{floor}</em><b><a href='home.php?mod=space&uid=1'>{u}</a></b></li>"
            f"<li class='grey rela'>发表于 {r.randint(1, 23)} 小时前{'<a href=# class=y>只看该作者</a>' if i == 0 else ''}</li></ul>"
            f"<div class='message'>{edited}{_br(paras)}{att}</div>"
            f"{'<div class=replybtn><input type=button value=回复 /></div>' if i else ''}</div></div>"
        )
    head = (
        f"<div class='header cl'><div class='mz'><a href='javascript:history.back();'>返回</a></div><h2>{r.choice(('灌水交流', '家有萌宝', '数码讨论', '本地生活'))}</h2></div>"
        f"<div class='view_tit'><em>[{r.choice(('求助', '讨论', '分享'))}]</em>{c.title}</div>"
        f"<div class='viewthread'><span class='xg1'>查看: {r.randint(100, 99999)}</span> <span class='xg1'>回复: {len(posts) - 1}</span></div>"
    )
    foot = (
        "<div class='page'><a href='#' class='prev'>上一页</a><a href='#'>1</a><strong>2</strong><a href='#' class='nxt'>下一页</a></div>"
        "<div id='post_new' class='cl'><a href='forum.php?mod=post&action=reply' class='xi2'>发表回复</a></div>"
        "<div class='footer'><a href='forum.php?mobile=1'>标准版</a> | <a href='#'>触屏版</a> | <a href='forum.php?mobile=no'>电脑版</a><p>Powered by Discuz!</p></div>"
    )
    return f"{head}<div class='postlist'>{''.join(items)}</div>{foot}", gold


def _tieba_vue(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = _posts(c, r.randint(3, 7))
    items = []
    gold: list[str] = []
    banner = "打开贴吧App，浏览更多精彩内容"
    c.chrome(banner, "IP属地", "查看全部", "回复", "会员")
    for i, paras in enumerate(posts):
        u = c.user()
        gold.extend(paras)
        subs = ""
        if i and r.random() < 0.45:
            sub_items = []
            for _ in range(r.randint(1, 3)):
                s = c.text.prose(r, 1, c.key)[0] if c.shape != "short" or r.random() < 0.7 else r.choice(_ONE_LINERS)
                gold.append(s)
                sub_items.append(
                    f"<div class='lzl-item'><a class='lzl-name' href='/home/main?un={u}'>{c.user()}</a>：<span class='lzl-text'>{s}</span><div class='lzl-info'><span>{r.randint(1, 12)}-{r.randint(1, 28)}</span><span>回复</span></div></div>"
                )
            more = r.randint(4, 30)
            subs = f"<div class='sub-comment-list'>{''.join(sub_items)}<div class='sub-more'>查看全部{more}条回复</div></div>"
        member = "<span class='member-badge'>会员</span>" if r.random() < 0.3 else ""
        items.append(
            f"<div class='pb-comment-item'><div class='user-info-wrapper'><img class='avatar' src='/portrait/{i}.jpg'><div class='user-name'>{u}</div>"
            f"<span class='level-badge'>Lv.{r.randint(1, 18)}</span>{member}{'<span class=lz-tag>楼主</span>' if i == 0 else ''}</div>"
            f"<div class='pb-content'>{''.join(f'<span class=text>{p}</span><br>' for p in paras)}</div>"
            f"<div class='pb-floor-info'><span>第{i + 1}楼</span><span>{r.randint(1, 12)}-{r.randint(1, 28)}</span><span>IP属地:{r.choice(_REGIONS)}</span><span class='reply-btn'>回复</span></div>{subs}</div>"
        )
        if i == 1 or (i > 2 and i % 3 == 0):
            items.append(f"<div class='app-banner'><span>{banner}</span><button>打开</button></div>")
    forum = r.choice(("李毅", "考研", "装修", "手机", "英雄联盟", "杭州"))
    c.chrome(f"{forum}吧")
    head = (
        f"<div class='forum-head'><a class='forum-name' href='/f?kw={forum}'>{forum}吧</a><span>关注 {r.randint(1000, 99999999)}</span><span>帖子 {r.randint(1000, 99999999)}</span><button>进吧</button></div>"
        f"<div class='thread-title'><h1>{c.title}</h1><span>只看楼主</span><span>收藏</span><span>回复</span></div>"
    )
    side = _hot(c, "贴吧热议", "hot-topic", 8)
    return (
        f"{head}<div class='pb-main'><div class='virtual-list'>{''.join(items)}</div></div><div class='pb-aside'>{side}</div>",
        gold,
    )


def _muchong(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = _posts(c, r.randint(3, 7))
    users = [c.user() for _ in posts]
    rows = []
    gold: list[str] = []
    c.chrome("虫号", "金币", "回复此楼", "Originally posted by", "谢谢参与应助")
    for i, paras in enumerate(posts):
        quote = ""
        qg: list[str] = []
        if i > 1 and r.random() < 0.4:
            j = r.randrange(1, i)
            q = _quote_of(c, posts[j])
            qg = [q]
            quote = f"<div class='quote'>引用回帖:<br /><font color='blue'>{j + 1}楼</font>: Originally posted by <b>{users[j]}</b> at {c.date()}<br />{q}</div><br />"
        gold.extend(qg + paras)
        reward = ""
        if i and r.random() < 0.35:
            reward = f"<div class='reward'>{users[0]}(金币+{r.randint(1, 10)}): 谢谢参与应助！ {r.randint(1, 12)}-{r.randint(1, 28)} {r.randint(10, 23)}:{r.randint(10, 59)}</div>"
        card = (
            f"<table class='pls_info'><tr><td><a href='/space.php?uid={r.randint(1000, 999999)}'>{users[i]}</a></td></tr>"
            f"<tr><td>{r.choice(('新虫', '木虫', '金虫', '银虫', '铁杆木虫'))} ({r.choice(('正式写手', '小有名气', '著名写手', '初入文坛'))})</td></tr>"
            f"<tr><td>虫号: {r.randint(100000, 9999999)}</td></tr><tr><td>金币: {r.randint(0, 9999)}.{r.randint(0, 9)}</td></tr>"
            f"<tr><td>散金: {r.randint(0, 999)}</td></tr><tr><td>红花: {r.randint(0, 99)}</td></tr><tr><td>帖子: {r.randint(1, 9999)}</td></tr><tr><td>在线: {r.randint(1, 999)}.{r.randint(0, 9)}小时</td></tr></table>"
        )
        rows.append(
            f"<tr class='pls'><td class='pls_user' width='160'>{card}</td><td class='pls_mid'>"
            f"<div class='pls_head'><span class='floor'>{i + 1}楼</span> {c.date()} <a href='#'>回复此楼</a> <a href='#'>只看他</a></div>"
            f"<div class='t_fsz'><div class='t_msgfont'>{quote}{_br(paras)}</div></div>{reward}</td></tr>"
        )
    side = (
        _hot(c, "本版热门", "hot_list", 7)
        + "<div class='ad'><a href='/ad'>考博信息汇总，研究生招生调剂信息一键查看</a></div>"
    )
    c.chrome("考博信息汇总，研究生招生调剂信息一键查看")
    main = (
        f"<div class='bread'><a href='/'>小木虫论坛</a> » <a href='/forum-1.html'>{r.choice(('考研', '论文投稿', '有机交流', '基金申请'))}</a> » {c.title}</div>"
        f"<h1 class='title'>{c.title}</h1><div class='tstat'>查看: {r.randint(100, 99999)} | 回复: {len(posts) - 1}</div>"
        f"<table class='plhin' width='100%'>{''.join(rows)}</table>"
        "<div class='login_tip'>您还未登录，请登录后回复，或者注册小木虫账号。</div>"
    )
    c.chrome("您还未登录，请登录后回复，或者注册小木虫账号。")
    return f"<div class='wp'><div class='mn'>{main}</div><div class='sd'>{side}</div></div>", gold


def _ruby_china(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = _posts(c, r.randint(3, 7))
    op = c.ascii_user()
    gold = list(posts[0])
    replies = []
    c.chrome("次阅读", "个赞", "需要 登录 后方可回复", "最后由")
    for i, paras in enumerate(posts[1:], 1):
        u = c.ascii_user()
        gold.extend(paras)
        likes = f"<span class='likes'>{r.randint(1, 30)} 个赞</span>" if r.random() < 0.5 else ""
        replies.append(
            f"<div class='reply' id='reply-{i}'><div class='avatar'><img class='media-object avatar-48' src='/avatar/{u}.png'></div>"
            f"<div class='infos'><div class='info'><span class='name'><a class='user-name' href='/{u}'>{u}</a></span> <span class='floor'>#{i}</span> · <abbr class='timeago'>{r.randint(1, 30)} 天前</abbr>"
            f"<span class='opts pull-right'>{likes}<a class='btn-reply' href='#'><i class='fa fa-reply'></i></a></span></div>"
            f"<div class='markdown'>{_ps(paras)}</div></div></div>"
        )
    node = r.choice(("Rails", "Ruby", "分享", "求职", "瞎扯淡", "数据库"))
    c.chrome(f"{node} 节点")
    detail = (
        f"<div class='card topic-detail'><div class='card-header media'><div class='media-body'><h1 class='media-heading'><a class='node' href='/topics/node1'>{node}</a> {c.title}</h1>"
        f"<div class='info'><a class='user-name' href='/{op}'>{op}</a> · 于 {r.randint(2, 300)} 天前发布 · 最后由 <a href='#'>{c.ascii_user()}</a> 回复于 {r.randint(1, 30)} 天前 · {r.randint(100, 9999)} 次阅读</div></div></div>"
        f"<div class='card-body markdown markdown-toc'>{_ps(posts[0])}</div>"
        f"<div class='card-footer clearfix'><a class='likeable' href='#'>{r.randint(1, 40)} 个赞</a> <a href='#'>收藏</a> <a href='#'>关注</a></div></div>"
    )
    box = (
        f"<div id='replies' class='card'><div class='total card-header'>共收到 <b>{len(replies)}</b> 条回复</div><div class='items card-body'>{''.join(replies)}</div></div>"
        "<div id='reply' class='card'><div class='card-body'>需要 <a href='/account/sign_in'>登录</a> 后方可回复, 如果你还没有账号请 <a href='/account/sign_up'>注册新账号</a> 。</div></div>"
    )
    side = (
        f"<div class='card'><div class='card-header'>{node} 节点</div><div class='card-body'>社区规则与讨论须知，请大家在本节点发帖前花两分钟读一遍。</div></div>"
        + _hot(c, "相关话题", "card related", 5, counts=False)
    )
    c.chrome("社区规则与讨论须知，请大家在本节点发帖前花两分钟读一遍。")
    return (
        f"<div class='row'><div class='col-lg-9'>{detail}{box}</div><div class='col-lg-3 sidebar'>{side}</div></div>",
        gold,
    )


def _taobao_ask(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    q = (
        c.text.prose(r, 1, c.key)[0]
        if c.shape != "short"
        else r.choice(
            ("这款质量怎么样？会掉色吗？", "尺码偏大还是偏小？", "用了一段时间的说说耐用吗？", "发货快吗？包装怎么样？")
        )
    )
    n = r.randint(4, 9)
    if c.shape == "short":
        answers = [
            c.text.prose(r, 1, c.key)[0]
            if r.random() < 0.7
            else r.choice(
                ("挺好的，推荐购买。", "还行吧，一分钱一分货。", "不掉色，洗了好几次了。", "偏大一码，建议买小一号。")
            )
            for _ in range(n)
        ]
    else:
        answers = ["".join(c.text.prose(r, r.randint(1, 3), c.key)) for _ in range(n)]
    gold = [q, *answers]
    colors = ("黑色", "白色", "卡其色", "雾霾蓝", "豆沙粉")
    c.chrome("购买了", "觉得有用", "以上内容为买家自行发布，不代表平台观点", "看了又看", "颜色分类")
    items = []
    for a in answers:
        items.append(
            f"<li class='answer-item'><div class='answer-user'><img src='/avatar/x.png'><span>{c.user()[:1]}**{r.choice('abcdefgh')}</span></div>"
            f"<div class='answer-content'>{a}</div><div class='answer-sku'>购买了 颜色分类：{r.choice(colors)}；尺码：{r.choice(('S', 'M', 'L', 'XL'))}</div>"
            f"<div class='answer-foot'><span>{r.randint(1, 12)}月{r.randint(1, 28)}日</span><span class='useful'>有{r.randint(0, 99)}人觉得有用</span></div></li>"
        )
    cards = []
    for h in c.heads(4):
        c.chrome(h)
        cards.append(
            f"<div class='card'><img src='/item/x.jpg'><p class='name'>{h}</p><p class='price'>¥{r.randint(19, 999)}.00</p><p>月销 {r.randint(10, 9999)}+</p></div>"
        )
    main = (
        f"<div class='item-mini'><img src='/item/main.jpg'><span>{c.title}</span><span class='price'>¥{r.randint(29, 999)}</span></div>"
        f"<div class='question'><i class='icon-ask'>问</i><h2>{q}</h2><span class='count'>共{n}个回答</span></div>"
        f"<ul class='answer-list'>{''.join(items)}</ul><p class='disclaimer'>以上内容为买家自行发布，不代表平台观点</p>"
        f"<div class='recommend'><h3>看了又看</h3>{''.join(cards)}</div>"
    )
    return main, gold


def _csdn_bbs(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = _posts(c, r.randint(3, 7), one_liners=False)
    users = [c.ascii_user() for _ in posts]
    gold: list[str] = []
    items = []
    c.chrome("结帖率", "本版专家分", "得分", "回复于", "引用", "相关推荐", "为您搜索")
    for i, paras in enumerate(posts):
        quote = ""
        qg: list[str] = []
        if i > 1 and r.random() < 0.4:
            j = r.randrange(1, i)
            q = _quote_of(c, posts[j])
            qg = [q]
            quote = f"<fieldset class='quote'><legend>引用 {j} 楼 {users[j]} 的回复:</legend><blockquote>{q}</blockquote></fieldset>"
        gold.extend(qg + paras)
        score = f"<span class='score'>得分 {r.randint(0, 20)}</span>" if i else ""
        medals = "".join(
            f"<li>{m}</li>" for m in r.sample(("Blank", "签到新秀", "持之以恒", "技术圈认证", "GitHub"), 2)
        )
        items.append(
            f"<div class='mod_topic_wrap post' id='post-{r.randint(10**8, 10**9)}'><dl class='topic_r'><dt class='user_info'><a href='/{users[i]}'><img src='/avatar/{users[i]}.jpg'></a>"
            f"<span class='nickname'>{users[i]}</span><span class='level'>等级 <i class='lv{r.randint(1, 9)}'></i></span><span>本版专家分：{r.randint(0, 9999)}</span><ul class='medal'>{medals}</ul></dt>"
            f"<dd class='floorNum'><span class='floor'>#{i + 1}</span>{score}<span class='time'>回复于 {c.date()}</span></dd>"
            f"<dd class='post_body'>{quote}{_ps(paras)}</dd>"
            f"<dd class='control'><a href='#'>点赞</a> <a href='#'>引用</a> <a href='#'>举报</a> <a href='#'>回复</a></dd></dl></div>"
        )
    rel = []
    for h in c.heads(5):
        s = c.text.prose(r, 1, c.key)[0]
        c.chrome(h, s)
        rel.append(f"<li><a href='/topics/{r.randint(10**8, 10**9)}'>{h}</a><p class='desc'>{s}</p></li>")
    head = (
        f"<div class='bbs_title_box'><h1>{c.title}</h1><div class='bbs_detail'><span>{users[0]}</span> <span>{c.date()}</span> "
        f"<span>结帖率 {r.randint(0, 100)}%</span> <span class='reward'>悬赏 {r.choice((20, 40, 50, 100))} 分</span></div></div>"
    )
    return (
        f"<div class='main'>{head}<div class='detailed'>{''.join(items)}</div>"
        f"<div class='related'><h3>相关推荐</h3><ul>{''.join(rel)}</ul></div></div>"
        f"<div class='aside'><div class='search-box'><h4>为您搜索</h4><input placeholder='搜索'></div></div>",
        gold,
    )


def _hupu_next(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = _posts(c, r.randint(4, 8))
    sfx = "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(5))
    users = [c.user() for _ in posts]
    gold = list(posts[0])
    c.chrome("亮了", "发布于", "举报", "这些回帖亮了", "来自")

    def reply(i: int, copy: bool) -> str:
        paras = posts[i]
        quote = ""
        if not copy and i > 1 and r.random() < 0.35:
            j = r.randrange(1, i)
            q = _quote_of(c, posts[j])
            gold.append(q)
            quote = f"<div class='index_reply-list-quote__{sfx}'><div class='quote-head'>引用 {j}楼 {users[j]} 的回复</div><div class='reply-list-content'>{q}</div></div>"
        if not copy:
            gold.extend(paras)
        return (
            f"<div class='post-reply-list'><div class='post-reply-list-wrapper'><div class='post-reply-list-user-info-top'><img src='/avatar/{i}.png'>"
            f"<a class='post-reply-list-user-info-top-name'>{users[i]}</a><span class='post-reply-list-user-info-top-time'>发布于 {c.date()} 来自{r.choice(('广东', '虎扑Android', 'iPhone客户端'))}</span><span class='floor'>{i}楼</span></div>"
            f"<div class='post-reply-list-content'>{quote}<div class='thread-content-detail'>{_ps(paras)}</div></div>"
            f"<div class='post-reply-list-operate'><span class='todo-list'>亮了({r.randint(0, 999)})</span><span>回复</span><span>举报</span></div></div></div>"
        )

    hot_ids = r.sample(range(1, len(posts)), 2)
    hot = f"<div class='index_bright-reply__{sfx}'><div class='title'>这些回帖亮了</div>{''.join(reply(i, True) for i in sorted(hot_ids))}</div>"
    rest = "".join(reply(i, False) for i in range(1, len(posts)))
    op = (
        f"<div class='index_bbs-post-web-body-left-wrapper__{sfx}'><div class='post-user'><a>{users[0]}</a><span>发布于 {c.date()}</span><span>楼主</span></div>"
        f"<div class='thread-content-detail'>{_ps(posts[0])}</div><div class='post-operate'><span>推荐 ({r.randint(1, 999)})</span><span>收藏</span><span>分享</span></div></div>"
    )
    side = _hot(c, "步行街热帖", f"index_bbs-post-web-body-right-wrapper__{sfx}", 8)
    return (
        f"<div class='bbs-post-web-top'><h1 class='post-title'>{c.title}</h1><span>{r.randint(1, 999)}回复 / {r.randint(1000, 99999)}浏览</span></div>"
        f"<div class='bbs-post-web-body'>{op}{hot}<div class='index_reply-list__{sfx}'><div class='title'>全部回帖</div>{rest}</div>{side}</div>",
        gold,
    )


def _douban_2024(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    posts = _posts(c, r.randint(3, 8))
    users = [c.user() for _ in posts]
    gold = list(posts[0])
    c.chrome("来自:", "IP属地", "回应", "最赞回应", "小组描述")
    lis = []
    for i, paras in enumerate(posts[1:], 1):
        quote = ""
        if i > 1 and r.random() < 0.35:
            j = r.randrange(1, i)
            q = _quote_of(c, posts[j])
            gold.append(q)
            quote = f"<div class='reply-quote'><span class='all ref-content'>{q}</span><span class='pubdate'><a href='/people/{j}/'>{users[j]}</a></span></div>"
        gold.extend(paras)
        lis.append(
            f"<li class='clearfix comment-item reply-item' data-cid='{r.randint(10**9, 10**10)}'><div class='user-face'><a href='/people/{i}/'><img class='pil' src='/icon/u{i}.jpg'></a></div>"
            f"<div class='reply-doc content'><div class='bg-img-green'><h4><a href='/people/{i}/'>{users[i]}</a>{' <span class=topic-author-icon>楼主</span>' if r.random() < 0.15 else ''}"
            f"<span class='pubtime'>{c.date()}:{r.randint(10, 59)} {r.choice(_REGIONS)}</span></h4></div>{quote}"
            f"<div class='markdown'>{''.join(f'<p class=reply-content>{p}</p>' for p in paras)}</div>"
            f"<div class='operation-div'><a class='comment-vote lnk-fav' href='#'>赞 ({r.randint(0, 99)})</a> <a class='lnk-reply' href='#'>回应</a> <a class='lnk-report' href='#'>举报</a></div></div></li>"
        )
    pop = []
    for i in r.sample(range(1, len(posts)), min(2, len(posts) - 1)):
        pop.append(
            f"<li class='comment-item'><h4><a>{users[i]}</a></h4><div class='reply-content'>{_ps(posts[i])}</div><span>赞 ({r.randint(50, 999)})</span></li>"
        )
    intro = r.choice(
        (
            "欢迎来到这个小组，这里聊生活中的小确幸和小烦恼，友善交流，拒绝人身攻击。",
            "本组只讨论与主题相关的内容，广告和引流帖一律删除，屡犯者移出小组。",
        )
    )
    c.chrome(intro)
    doc = (
        f"<div class='article'><h1>{c.title}</h1><div class='topic-doc'><h3><span class='from'>来自: <a href='/people/0/'>{users[0]}</a></span>"
        f"<span class='create-time color-green'>{c.date()}:{r.randint(10, 59)}</span> <span class='ip'>IP属地: {r.choice(_REGIONS)}</span></h3>"
        f"<div class='topic-content'><div id='link-report' class=''><div class='rich-content topic-richtext'>{_ps(posts[0])}</div></div></div>"
        f"<div class='sns-bar'><a href='#'>赞</a> <a href='#'>收藏</a> <a href='#'>转发</a></div></div>"
        f"<div id='popular-comments'><h3>最赞回应</h3><ul class='topic-reply popular-bd'>{''.join(pop)}</ul></div>"
        f"<ul class='topic-reply' id='comments'>{''.join(lis)}</ul><div class='paginator'><span class='prev'>&lt;前页</span><span class='thispage'>1</span><a href='?start=100'>2</a><span class='next'><a href='?start=100'>后页&gt;</a></span></div></div>"
    )
    side = f"<div class='aside'><div class='group-intro'><h2>小组描述</h2><p>{intro}</p></div>{_hot(c, '最新讨论', 'group-topics', 6)}</div>"
    return f"<div id='content'><div class='grid-16-8 clearfix'>{doc}{side}</div></div>", gold


def _zhidao_wap(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    detail = c.text.prose(r, 1, c.key) if r.random() < 0.6 else []
    n = r.randint(2, 5)
    if c.shape == "short":
        answers = [c.text.prose(r, r.randint(1, 2), c.key) for _ in range(n)]
        answers = [["".join(a)] for a in answers]
    else:
        answers = [_long_paras(c, 1, 3) for _ in range(n)]
    gold = [*detail, *[p for a in answers for p in a]]
    service = "推荐律师服务：若未解决您的问题，请您详细描述您的问题，通过在线咨询获得免费专业解答。"
    c.chrome(
        "最佳答案",
        "来自手机知道",
        "知道合伙人",
        "已赞过",
        "你对这个回答的评价是",
        service,
        "其他类似问题",
        "为你推荐",
        "展开全部",
    )
    cards = []
    for i, ans in enumerate(answers):
        label = "<div class='best-label'>最佳答案</div>" if i == 0 else ""
        body = _ps(ans)
        if i == 0 and len("".join(ans)) > 60:
            body = f"<div class='full-content' style='max-height:180px;overflow:hidden'>{body}</div><div class='expand'>展开全部</div>"
        cards.append(
            f"<div class='w-reply-item'>{label}<div class='w-reply-head'><img src='/avatar/{i}.jpg'><span class='uname'>{c.user()}</span> | <span>{r.choice(('来自手机知道', '知道合伙人', '来自电脑网络类芝麻团', '知道达人'))}</span> | <span>{r.randint(1, 18)}级</span></div>"
            f"<div class='w-reply-text'>{body}</div><div class='w-reply-time'>{c.date()[:10]}</div>"
            f"<div class='w-reply-bar'><span>已赞过</span><span>已踩过</span><span class='eval'>你对这个回答的评价是？</span><span>评论</span><span>收起</span></div></div>"
        )
        if i == 0:
            cards.append(f"<div class='w-service'><p>{service}</p><a href='#'>立即咨询</a></div>")
            if n > 1:
                cards.append(f"<div class='w-other-head'>其他{n - 1}条回答</div>")
    sim = []
    for h in c.heads(4):
        s = c.text.prose(r, 1, c.key)[0]
        c.chrome(h, s)
        sim.append(
            f"<li><a href='/question/{r.randint(10**8, 10**9)}.html'><h4>{h}？</h4><p>{s}</p></a><span>{c.date()[:10]}</span></li>"
        )
    q = f"<div class='w-question-box'><h1>{c.title}</h1>{''.join(f'<div class=w-detail-full>{d}</div>' for d in detail)}<div class='ask-info'><span>{c.user()}</span> <span>{c.date()[:10]}</span> <span>{r.randint(10, 9999)}浏览</span></div></div>"
    rec = _hot(c, "为你推荐", "w-recommend", 5, counts=False)
    return (
        f"<div class='w-main'>{q}<div class='w-answers'>{''.join(cards)}</div><div class='w-similar'><h3>其他类似问题</h3><ul>{''.join(sim)}</ul></div>{rec}</div>",
        gold,
    )


ENGINES: dict[str, Callable[[Ctx], tuple[str, list[str]]]] = {
    "smth": _smth,
    "discuz_touch": _discuz_touch,
    "tieba_vue": _tieba_vue,
    "muchong": _muchong,
    "ruby_china": _ruby_china,
    "taobao_ask": _taobao_ask,
    "csdn_bbs": _csdn_bbs,
    "hupu_next": _hupu_next,
    "douban_2024": _douban_2024,
    "zhidao_wap": _zhidao_wap,
}
KINDS = tuple(ENGINES)
_SITES = {
    "smth": "水木社区",
    "discuz_touch": "生活论坛",
    "tieba_vue": "百度贴吧",
    "muchong": "小木虫",
    "ruby_china": "Ruby China",
    "taobao_ask": "问大家",
    "csdn_bbs": "CSDN论坛",
    "hupu_next": "虎扑社区",
    "douban_2024": "豆瓣",
    "zhidao_wap": "百度知道",
}


_HALF = gen_score.ranked_halves(SET, ENGINES, SHAPES)


@dataclass
class Page31(GenPage):
    shape: str = ""

    @property
    def half(self) -> str:
        return _HALF[(self.kind, self.shape)]


def _frame(c: Ctx, site: str, main: str) -> str:
    r = c.rng
    nav = "".join(f"<a href='/{i}'>{w}</a>" for i, w in enumerate(("首页", "版块", "热门", "消息", "登录", "注册")))
    foot = f"{site}倡导文明上网，理性发言，请遵守国家法律法规和社区公约。"
    c.chrome(foot)
    ad = ""
    if r.random() < 0.5:
        a = r.choice(
            ("新人专享礼包已到账，点击领取满一百减二十优惠券。", "下载客户端，签到领积分，每日抽奖赢取精美周边。")
        )
        c.chrome(a)
        ad = f"<div class='ad-banner'><a href='/ad'>{a}</a><span>广告</span></div>"
    return (
        f"<div class='site-header'><a class='logo' href='/'>{site}</a><nav>{nav}</nav></div>{ad}"
        f"<div class='site-main'>{main}</div>"
        f"<div class='site-footer'><p>{foot}</p><p>© 20{r.randint(15, 25)} {site} 京ICP备{r.randint(10000000, 99999999)}号</p></div>"
    )


def build_page(engine: str, shape: str, index: int, text: Text, seed: str) -> Page31:
    pid = f"{engine}_{shape}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, _t, _p = rng.choice(text.articles)
    title = rng.choice(text.heads(rng, 1, "")).rstrip("。！？!?")
    c = Ctx(rng, text, key, shape, title)
    main, gold = ENGINES[engine](c)
    site = _SITES[engine]
    page = f"<!DOCTYPE html><html lang='zh-CN'><head><meta charset='utf-8'><title>{title} - {site}</title></head><body>{_frame(c, site, main)}</body></html>"
    page, text_gold, must, bad = gen_score.finish_zh(page, gold, c.bad, _norm, shape == "trad", index)
    return Page31(SET, pid, engine, page, text_gold, must, bad, source=key, shape=shape)


def build(data: Path, seed: str = SET) -> list[Page31]:
    text = Text.load(data)
    return [build_page(e, s, i, text, seed) for e in ENGINES for s in SHAPES for i in range(PAGES)]


def _url(p: gen_score.Page) -> str:
    return f"https://bbs.example.cn/thread/{p.id}"


SCORING = Scoring(_norm, _url, KINDS, label_width=14, id_width=28, snippet_chars=20)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
