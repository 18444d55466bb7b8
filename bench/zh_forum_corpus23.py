"""Chinese forum and Q&A pages: the chrome *inside and around posts* of forum software no earlier generator renders,
a generator of round 23 (issue #12, the magichtml_zh forum check pages lose mostly precision).

Written before cleaner ran on it. The markup is the author's rendering, from memory, of how such pages are built;
no third-party page is copied, and every chrome sentence is the author's own. The earlier generators hold the
threads (``forum_corpus18``, ``thread_corpus*``), modern platforms (``zh_modern_corpus19``, ``zh_forum_corpus22``),
notices, adverts, signatures and quoted floors (``zh_forum_corpus20/21``); this one holds the line-level chrome that
sits in a post's own cell, in templates not yet generated:

- ``pojie_rate``: a 吾爱破解-like Discuz! X3.4 thread: a 回帖奖励 banner sentence above the first post, 免费评分
  tables under posts ("参与人数 3 吾爱币 +5 热心值 +3" and one *sentence* of praise per rater, repeated across
  posts), a 免责声明 box after the first post, "附件: 您需要登录才可以下载或查看" inside posts, a user panel with
  medal names and "在线时间 N 小时", a 快速回复 box with a prompt sentence;
- ``discuz_x35``: a Discuz! X3.5 div template (``message`` divs): "—— 来自 X Android 客户端" tails inside the post
  text, a poll in the first post (单选投票, options with "41.18% (7)"), 点评 entries under posts (a user, a short
  sentence, a date), 返回列表 / 上一主题 / 下一主题 and page links;
- ``dvbbs``: a 动网-like table thread: the user column as "头衔：/等级：/文章：/积分：/注册：/在线：" lines, "第 N 楼"
  headers, a "以下内容需要回复才能浏览" notice, "此帖被 X 在 <date> 重新编辑" lines at a post's end, a
  "----------" separator and a signature;
- ``phpwind9``: a phpwind 9-like thread: "来自：移动客户端" lines, 喜欢(N) / 回复 / 点评 bars, 点评 lists under posts
  ("X 点评：" + a short sentence), a guest prompt sentence in the reply box ("按 Ctrl+Enter 快捷提交");
- ``tieba_pc``: Tieba's PC layout of 2015–2020: level badges ("12 知名人士"), post tails "来自Android客户端 3楼
  <date>", a folded floor ("该楼层疑似违规已被系统折叠 隐藏此楼查看此楼", no text), a 会员 badge line;
- ``hupu_pc``: a 虎扑-like PC thread: "这些回帖亮了" repeating two replies before the list (the copies are not
  gold), tails "发自虎扑Android客户端" inside posts, "亮了(12)" bars;
- ``v2ex_zh``: a V2EX-like topic in Chinese: "这是一个创建于 N 天前的主题，其中的信息可能已经有所发展或是发生改变。",
  "by X at 2 天前, 1234 次点击", the topic, "第 1 条附言 · 2 天前" + an appended paragraph (gold), replies with
  "3 天前 via Android ❤ 2 #12", "请尽量让自己的回复能够对别人有帮助", 今日热议主题;
- ``zhihu_2015``: Zhihu's PC layout of 2014–2016 (``zm-item-answer``): answers under a one-sentence bio
  ("知乎用户，" + a bio), "赞同 123", "发布于 2015-03-02", "添加评论 感谢 分享 收藏 • 没有帮助 • 举报 • 作者保留权利",
  a 相关问题 sidebar with "N 个回答".

Three shapes: ``short`` (one-sentence posts), ``long`` (several paragraphs), ``trad`` (Traditional characters).
Gold = the first post / question and every reply / answer in page order (a V2EX 附言's text included, its label not),
without tails, banners, rating tables, 点评, polls, notices, user panels, signatures, medals, bars, copies or lists.
Chrome strings (checked as "kept") are the author's own sentences and labels, never gold text.

Halves: per shape, the engines ranked by a hash of ``zhforum23/<id>``, alternately tune and check.

    python bench/zh_forum_corpus23.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_forum_corpus23.py --verbose          # and each tune page's problems
    python bench/zh_forum_corpus23.py --dump ID          # a tune page's html, gold and output
    python bench/zh_forum_corpus23.py --seed S --score   # fresh pages of the same layouts
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
from forum_corpus18 import _sentences, ch
from thread_corpus4 import texts
from zh_forum_corpus21 import RELATED, SIGNS, br, floor_name
from zh_modern_corpus19 import QTITLES, Page, avatar, date, num, s2t, user

SET = "zhforum23"
SHAPES = ("short", "long", "trad")

RATE_REASONS = [
    "欢迎分析讨论交流，本论坛有你更精彩！",
    "热心回复，用心讨论，共获提升！",
    "谢谢分享，辛苦楼主了，期待更多好作品！",
    "鼓励转贴优秀软件安全工具和文档！",
]
REWARD = [
    "回帖奖励 3 个论坛币，每次回帖奖励 1 个论坛币，回复奖励中奖概率 50%，最多回帖奖励 3 次。",
    "本帖设有回帖奖励，认真回复的网友有机会获得论坛币，灌水回复不计入奖励名额。",
]
DISCLAIMERS = [
    "免责声明：本站发布的一切资源仅限用于学习和研究目的，不得将上述内容用于商业或者非法用途，否则一切后果请用户自负。",
    "郑重声明：帖子内容均来自网友发布，仅代表发帖人个人观点，与本论坛立场无关，如有侵权请联系管理员删除。",
]
ATTACH = "您需要登录才可以下载或查看，没有账号？立即注册"
MEDALS = ["热心会员", "优秀版主", "论坛贡献奖", "技术之星", "签到达人"]
QUICK = [
    "发帖前要善用论坛搜索功能，那里可能会有你要找的答案或者已经有人发布过相同内容了。",
    "请勿灌水，提倡文明发言，回复内容与主题无关的将被删除并扣除相应积分。",
]
TAILS = ["Android 客户端", "iPhone 客户端", "手机版", "小米手机", "华为Mate60"]
POLL = ["完全同意", "基本同意", "不太同意", "说不好"]
DIANPING = [
    "说得很有道理，学习了",
    "同意楼上的看法",
    "这个办法我也试过，有用",
    "支持一下，写得很清楚",
    "收藏了，谢谢分享",
]
HIDDEN = [
    "以下内容需要回复才能浏览，请先登录后回复本帖。",
    "本帖隐藏的内容需要回复才可以浏览，游客请先注册登录。",
]
GUEST = [
    "您目前还是游客，请登录或注册后再参与讨论，按 Ctrl+Enter 快捷提交。",
    "登录后才可以发表回复，还没有账号？花一分钟注册一个吧。",
]
FOLDED = "该楼层疑似违规已被系统折叠 隐藏此楼查看此楼"
V2EX_OLD = "这是一个创建于 {n} 天前的主题，其中的信息可能已经有所发展或是发生改变。"
V2EX_BOX = "请尽量让自己的回复能够对别人有帮助，不要发布与主题无关的内容。"
ZH_BIOS = [
    "知乎用户，业余爱好者，喜欢研究一些奇怪的问题",
    "在读研究生，关注城市规划与交通",
    "前程序员，现在做点小生意",
    "历史爱好者，偶尔写写读书笔记",
]
HOT = [
    "有没有什么适合周末一个人去的地方，最好离市区近一点的",
    "家里老人总是相信保健品广告，应该怎么劝才好",
    "第一次养猫需要提前准备哪些东西，求一份清单",
    "租房遇到不退押金的房东，有什么办法可以维权",
    "大家平时都用什么方法记账，坚持下来的秘诀是什么",
]
TITLES = [
    "分享一个自己整理的小工具，希望对大家有用",
    "求助：家里的老电脑开机特别慢，怎么处理比较好",
    "聊聊这几年换工作的一点经历和感受",
    "关于孩子上兴趣班的问题，想听听大家的意见",
]


def hot_list(page: Page, rng: random.Random, n: int, counts: str = "回复") -> str:
    """``n`` links to other threads (long titles) with counts: chrome."""
    items = rng.sample(HOT + RELATED, n)
    ch(page, *items)
    return "".join(
        f'<li><a href="/t/{rng.randint(1000, 9999)}">{t}</a> <span class="num">{rng.randint(2, 300)} {counts}</span></li>'
        for t in items
    )


def pages_bar(rng: random.Random) -> str:
    n = rng.randint(3, 9)
    return f'<div class="pg"><strong>1</strong><a href="#">2</a><a href="#">3</a><a href="#" class="last">... {n}</a><label><input type="text" size="2" value="1"> / {n} 页</label><a href="#" class="nxt">下一页</a></div>'


# ---------------------------------------------------------------------------------------------------- engines


def pojie_rate(page: Page, rng: random.Random) -> str:
    reward = rng.choice(REWARD)
    disclaimer = rng.choice(DISCLAIMERS)
    quick = rng.choice(QUICK)
    ch(
        page,
        reward,
        disclaimer,
        quick,
        ATTACH,
        *RATE_REASONS,
        "免费评分",
        "参与人数",
        "在线时间",
        "收起理由",
        "快速回复",
        *MEDALS,
    )

    def post(k: int) -> str:
        u = page.users[k]
        pid = 70000 + k
        medals = "".join(
            f'<img src="/medal/{m}.gif" alt="{m}" title="{m}">' for m in rng.sample(MEDALS, rng.randint(1, 3))
        )
        panel = (
            f'<div class="pi"><div class="authi"><a href="#" class="xw1">{u}</a></div></div><div class="avatar">{avatar(k)}</div>'
            f'<div class="tns xg2"><table><tr><th><p>{rng.randint(1, 99)}</p>主题</th><th><p>{rng.randint(1, 999)}</p>帖子</th><td><p>{rng.randint(1, 9999)}</p>积分</td></tr></table></div>'
            f'<p><em><a href="#">{rng.choice(["初入江湖", "小有名气", "业界精英"])}</a></em></p><p class="md_ctrl">{medals}</p>'
            f'<dl class="pil cl"><dt>在线时间</dt><dd>{rng.randint(10, 3000)} 小时</dd><dt>UID</dt><dd>{rng.randint(1000, 999999)}</dd></dl>'
        )
        body = br(page.posts[k])
        top = f'<div class="threadnotice"><i class="fico-reward"></i>{reward}</div>' if k == 0 else ""
        attach = ""
        if k == 0 or rng.random() < 0.3:
            attach = f'<div class="attach_nopermission attach_tips"><div><h3><strong>附件: {ATTACH}</strong></h3></div></div>'
        rate = ""
        if k == 0 or rng.random() < 0.5:
            raters = rng.sample(page.users[:k] + page.users[k + 1 :] or ["匿名"], min(3, max(1, len(page.users) - 1)))
            rows = "".join(
                f'<tr><td><a href="#">{r}</a></td><td class="xi1"> + {rng.randint(1, 3)}</td><td class="xi1"> + 1</td><td class="xg1">{rng.choice(RATE_REASONS)}</td></tr>'
                for r in raters
            )
            rate = (
                f'<dl id="ratelog_{pid}" class="rate"><dd><table class="ratl"><tr><th class="xw1" width="120"><a href="#">参与人数 <span class="xi1">{len(raters)}</span></a></th>'
                f'<th class="xw1" width="80">吾爱币 <i><span class="xi1">+{rng.randint(2, 9)}</span></i></th><th class="xw1" width="80">热心值 <i><span class="xi1">+{len(raters)}</span></i></th>'
                f'<th><a class="y xi2" href="#">收起</a><i class="txt_h">理由</i></th></tr><tbody class="ratl_l">{rows}</tbody></table><p class="ratc"><a href="#" class="xi2">查看全部评分</a></p></dd></dl>'
            )
        after = f'<div class="disclaimer"><p>{disclaimer}</p></div>' if k == 0 else ""
        return (
            f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="pls" rowspan="2">{panel}</td>'
            f'<td class="plc"><div class="pi"><strong><a href="#"><em>{floor_name(k)}</em></a></strong><div class="pti"><div class="authi"><em>发表于 {date(rng)}</em> | <a href="#">只看该作者</a></div></div></div>'
            f'<div class="pct"><div class="pcb">{top}<div class="t_fsz"><table><tr><td class="t_f" id="postmessage_{pid}">{body}</td></tr></table>{attach}</div>{rate}</div></div>{after}</td></tr>'
            f'<tr><td class="plc plm"><div class="po hin"><a href="#">回复</a> <a href="#">举报</a> <a href="#">免费评分</a></div></td></tr></table></div>'
        )

    return (
        f'<div id="pt" class="bm cl"><a href="#">首页</a> › <a href="#">论坛</a> › <a href="#">{rng.choice(["原创发布区", "精品软件区", "求助问答区"])}</a></div>'
        f'<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><table><tr><td class="pls"><div class="hm ptn"><span class="xg1">查看:</span> {num(rng)} | <span class="xg1">回复:</span> {len(page.posts) - 1}</div></td>'
        f'<td class="plc ptm pbn vwthd"><h1 class="ts"><span id="thread_subject">{page.title}</span></h1></td></tr></table>{"".join(post(k) for k in range(len(page.posts)))}</div>'
        f'{pages_bar(rng)}<div id="f_pst" class="pl bm bmw"><div class="bm_h"><h2>快速回复</h2></div><div class="pls"></div><div class="plc"><p class="xg1">{quick}</p>'
        f'<div class="pt hm">您需要登录后才可以回帖 <a href="#">登录</a> | <a href="#">注册</a></div><textarea name="message"></textarea><button>发表回复</button></div></div></div>'
    )


def discuz_x35(page: Page, rng: random.Random) -> str:
    site = rng.choice(["生活家论坛", "江城社区", "老友记论坛"])
    votes = [rng.randint(1, 30) for _ in POLL]
    total = sum(votes)
    ch(page, *POLL, *DIANPING, "单选投票", "参与投票", "点评", "返回列表", "上一主题", "下一主题", f"来自 {site}")

    def poll() -> str:
        rows = "".join(
            f'<tr><td class="pvt"><input type="radio" name="pollanswers[]"> <label>{o}</label></td><td class="pvts"><div class="pbg"><div class="pbr" style="width:{v * 100 // total}%"></div></div>{v * 100 / total:.2f}% <em>({v})</em></td></tr>'
            for o, v in zip(POLL, votes, strict=True)
        )
        return f'<form class="pcht"><div class="pinf"><strong>单选投票</strong>, 共有 {total} 人参与投票</div><table class="pvtbl">{rows}</table><button class="pn">提交</button></form>'

    def post(k: int) -> str:
        u = page.users[k]
        paras = list(page.posts[k])
        tail = ""
        if rng.random() < 0.6:
            t = rng.choice(TAILS)
            tail = f'<br><br><font color="#999999">—— 来自 {site} {t}</font>'
            ch(page, f"来自 {site} {t}")
        dp = ""
        if rng.random() < 0.5:
            items = "".join(
                f'<div class="pstl"><div class="psta"><a href="#" class="xi2 xw1">{user(rng)}</a></div><div class="psti">{rng.choice(DIANPING)} <span class="xg1">发表于 {date(rng)}</span></div></div>'
                for _ in range(rng.randint(1, 2))
            )
            dp = f'<div id="comment_{k}" class="cm"><h3 class="psth xs1"><span class="icon_ring vm"></span>点评</h3>{items}</div>'
        return (
            f'<div id="post_{80000 + k}" class="plhin post-item"><div class="post-author"><a class="avatar" href="#">{avatar(k)}</a><div class="author-name"><a href="#">{u}</a><span class="group">{rng.choice(["注册会员", "中级会员", "版主"])}</span></div></div>'
            f'<div class="post-main"><div class="post-head"><em class="floor">{k + 1}#</em><span class="time">发表于 {date(rng)}</span></div>'
            f'<div class="message" id="postmessage_{80000 + k}">{br(paras)}{tail}</div>{poll() if k == 0 else ""}{dp}'
            f'<div class="post-ops"><a href="#">回复</a><a href="#">点评</a><a href="#">举报</a></div></div></div>'
        )

    return (
        f'<div class="z-nav"><a href="#">{site}</a> &gt; <a href="#">{rng.choice(["城市生活", "情感天地", "数码讨论"])}</a></div>'
        f'<div class="thread-wrap"><div class="thread-head"><h1>{page.title}</h1><div class="thread-stat">查看 {num(rng)} 回复 {len(page.posts) - 1}</div></div>'
        f'<div id="postlist" class="post-list">{"".join(post(k) for k in range(len(page.posts)))}</div>'
        f'<div class="thread-foot"><a href="#">返回列表</a> <a href="#">上一主题</a> <a href="#">下一主题</a>{pages_bar(rng)}</div></div>'
    )


def dvbbs(page: Page, rng: random.Random) -> str:
    hidden = rng.choice(HIDDEN)
    ch(page, hidden, "头衔：", "等级：", "文章：", "积分：", "注册：", "在线：", "重新编辑", "楼主", "引用回复", *SIGNS)

    def post(k: int) -> str:
        u = page.users[k]
        user_col = (
            f'<td class="tablebody1" valign="top" width="175"><b>{u}</b><br>{avatar(k)}<br>头衔：{rng.choice(["江湖新秀", "资深会员", "版主"])}<br>'
            f"等级：{rng.choice(['新手上路', '论坛游民', '职业侠客'])}<br>文章：{rng.randint(1, 3000)}<br>积分：{rng.randint(10, 9000)}<br>"
            f"注册：{rng.randint(2003, 2009)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日<br>在线：{rng.randint(1, 900)}小时</td>"
        )
        body = br(page.posts[k])
        extra = ""
        if k == 0 and rng.random() < 0.7:
            extra += f'<br><div class="hidecontent" style="border:1px dashed #999">{hidden}</div>'
        if rng.random() < 0.4:
            e = f"此帖被 {u} 在 {date(rng)} 重新编辑"
            extra += f'<br><br><font color="gray">[ {e} ]</font>'
            ch(page, e)
        sign = ""
        if rng.random() < 0.5:
            sign = (
                f'<br>----------------------------------------------<br><span class="sign">{rng.choice(SIGNS)}</span>'
            )
        return (
            f'<table cellpadding="3" cellspacing="1" class="tableborder1" width="98%"><tr><td class="tablebody2" colspan="2"><b>{"楼主" if k == 0 else f"第 {k + 1} 楼"}</b> '
            f'<a href="#">引用回复</a> <a href="#">编辑</a> 发表于 {date(rng)}</td></tr><tr>{user_col}'
            f'<td class="tablebody1" valign="top"><blockquote class="postbody"><span id="textstyle_{k}" style="font-size:10.5pt">{body}</span>{extra}</blockquote>{sign}</td></tr></table>'
        )

    return (
        f'<table width="98%" class="tableborder1"><tr><td>&gt;&gt; <a href="#">{rng.choice(["动网先锋论坛", "江南社区"])}</a> → <a href="#">{rng.choice(["灌水乐园", "电脑技术"])}</a> → 查看主题</td></tr></table>'
        f'<table width="98%" class="tableborder1"><tr><th class="tabletitle">* 帖子主题：{page.title}</th></tr></table>'
        f"{''.join(post(k) for k in range(len(page.posts)))}"
        f'<table width="98%"><tr><td>本主题贴数 {len(page.posts)}，分页：[1] <a href="#">[2]</a> 转到</td></tr></table>'
    )


def phpwind9(page: Page, rng: random.Random) -> str:
    guest = rng.choice(GUEST)
    ch(page, guest, *DIANPING, "来自：移动客户端", "喜欢", "点评", "快速回复")

    def post(k: int) -> str:
        u = page.users[k]
        tail = '<div class="from_mobile">来自：移动客户端</div>' if rng.random() < 0.5 else ""
        dp = ""
        if rng.random() < 0.5:
            items = "".join(
                f'<li><a href="#">{user(rng)}</a> 点评：{rng.choice(DIANPING)} <span class="time">{date(rng)}</span></li>'
                for _ in range(rng.randint(1, 3))
            )
            dp = f'<div class="J_post_comment comment_list"><ul>{items}</ul><a href="#">查看全部点评</a></div>'
        return (
            f'<div class="floor cc" id="read_{k}"><div class="floor_info"><a href="#" class="face">{avatar(k)}</a><div class="name"><a href="#">{u}</a></div>'
            f'<div class="level">{rng.choice(["新手上路", "侠客", "骑士"])}</div><div class="stats">发帖 {rng.randint(1, 999)} · 积分 {rng.randint(1, 9999)}</div></div>'
            f'<div class="floor_content"><div class="floor_top"><span class="fr">{floor_name(k)}</span>发布于：{date(rng)}</div>'
            f'<div class="editor_content">{br(page.posts[k])}</div>{tail}'
            f'<div class="floor_bottom"><a href="#" class="like">喜欢({rng.randint(0, 30)})</a> <a href="#">回复</a> <a href="#">点评</a> <a href="#">举报</a></div>{dp}</div></div>'
        )

    return (
        f'<div class="bread_crumb"><a href="#">首页</a><em>&gt;</em><a href="#">{rng.choice(["站务讨论", "技术交流", "休闲灌水"])}</a></div>'
        f'<div class="box_wrap thread_page J_check_wrap"><div class="read_title"><h1 id="J_post_title">{page.title}</h1></div>'
        f'<div id="J_posts_list">{"".join(post(k) for k in range(len(page.posts)))}</div>'
        f'<div class="floor_reply"><h3>快速回复</h3><p class="tips">{guest}</p><textarea></textarea><button type="submit">提交</button></div></div>'
    )


def tieba_pc(page: Page, rng: random.Random) -> str:
    fold_at = rng.randrange(1, len(page.posts) + 1)
    ch(page, FOLDED, "来自Android客户端", "来自iPhone客户端", "知名人士", "贴吧会员", "只看楼主", "收藏")

    def folded() -> str:
        return f'<div class="l_post l_post_bright j_l_post folded"><div class="d_author"><a href="#">{user(rng)}</a></div><div class="p_forbidden_tip">{FOLDED}</div></div>'

    def floor(k: int) -> str:
        u = page.users[k]
        lv = rng.randint(1, 15)
        src = rng.choice(["来自Android客户端", "来自iPhone客户端", ""])
        vip = '<div class="icon_vip">贴吧会员</div>' if rng.random() < 0.3 else ""
        return (
            f'<div class="l_post l_post_bright j_l_post clearfix"><div class="d_author"><ul class="p_author"><li class="icon">{avatar(k)}</li><li class="d_name"><a class="p_author_name" href="#">{u}</a></li>{vip}'
            f'<li class="l_badge"><div class="d_badge_bright"><div class="d_badge_title">{rng.choice(["知名人士", "初级粉丝", "铁杆吧友"])}</div><div class="d_badge_lv">{lv}</div></div></li></ul></div>'
            f'<div class="d_post_content_main"><div class="p_content"><cc><div id="post_content_{90000 + k}" class="d_post_content j_d_post_content">{br(page.posts[k])}</div></cc></div>'
            f'<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail"><ul class="p_tail"><li><span>{src}</span></li><li><span>{k + 1}楼</span></li><li><span>{date(rng)}</span></li></ul><a class="lzl_link_unfold">回复</a></div></div></div></div>'
        )

    floors = []
    for k in range(len(page.posts)):
        if k == fold_at:
            floors.append(folded())
        floors.append(floor(k))
    if fold_at == len(page.posts):
        floors.append(folded())
    bar = rng.choice(["装修", "考研", "显卡", "成都"]) + "吧"
    return (
        f'<div class="card_top_wrap"><a class="card_title_fname" href="#">{bar}</a><span class="card_menNum">关注：{num(rng)}</span></div>'
        f'<div class="core_title_wrap_bright clearfix"><h3 class="core_title_txt" title="{page.title}">{page.title}</h3><ul class="core_title_btns"><li><a>只看楼主</a></li><li><a>收藏</a></li><li><a>回复</a></li></ul></div>'
        f'<div class="p_thread"><div class="l_thread_info"><span class="red">{len(page.posts) + 1}</span>回复贴，共<span class="red">1</span>页</div></div>'
        f'<div id="j_p_postlist" class="p_postlist">{"".join(floors)}</div>'
    )


def hupu_pc(page: Page, rng: random.Random) -> str:
    ch(
        page,
        "这些回帖亮了",
        "亮了",
        "发自虎扑Android客户端",
        "发自虎扑iPhone客户端",
        "发自手机虎扑 m.hupu.com",
        "只看楼主",
        "举报",
    )
    lights: dict[int, int] = {k: rng.randint(0, 40) for k in range(1, len(page.posts))}

    def reply(k: int, copy: bool) -> str:
        u = page.users[k]
        tail = ""
        if not copy and rng.random() < 0.5:
            tail = f'<br><br><small class="f666"><a href="#">{rng.choice(["发自虎扑Android客户端", "发自虎扑iPhone客户端", "发自手机虎扑 m.hupu.com"])}</a></small>'
        return (
            f'<div class="floor{" light" if copy else ""}"><div class="floor_box"><div class="author"><div class="left"><a class="u" href="#">{u}</a><span class="stime">{date(rng)}</span></div>'
            f'<div class="right"><span class="floornum">{"亮" if copy else k}楼</span></div></div>'
            f'<table class="case"><tr><td><div class="quote-content">{br(page.posts[k])}{tail}</div></td></tr></table>'
            f'<div class="ilike"><span class="ilike_icon">亮了(<span class="stime">{lights[k]}</span>)</span><a href="#">回复</a><a href="#">举报</a></div></div></div>'
        )

    lit = sorted(rng.sample(range(1, len(page.posts)), min(2, len(page.posts) - 1)))
    return (
        f'<div class="breadCrumbs"><a href="#">虎扑社区</a> &gt; <a href="#">{rng.choice(["步行街", "湿乎乎的话题", "装备区"])}</a></div>'
        f'<div class="bbs_head"><h1 id="j_data" data-title="{page.title}">{page.title}</h1><div class="post-info"><span>{num(rng)}</span>亮 · {len(page.posts) - 1}回复</div></div>'
        f'<div id="tpc" class="floor"><div class="floor_box"><div class="author"><a class="u" href="#">{page.users[0]}</a><span class="stime">{date(rng)}</span><a href="#">只看楼主</a></div>'
        f'<table class="case"><tr><td><div class="quote-content">{br(page.posts[0])}</div></td></tr></table></div></div>'
        f'<div id="readfloor" class="w_reply"><h2 class="subhead">这些回帖亮了</h2>{"".join(reply(k, True) for k in lit)}</div>'
        f'<div class="w_reply"><h2 class="subhead">全部回帖</h2>{"".join(reply(k, False) for k in range(1, len(page.posts)))}</div>'
    )


def v2ex_zh(page: Page, rng: random.Random) -> str:
    old = V2EX_OLD.format(n=rng.randint(400, 3000))
    ch(
        page,
        old,
        V2EX_BOX,
        "今日热议主题",
        "次点击",
        "条附言",
        "via Android",
        "via iPhone",
        "登录",
        "加入收藏",
        "忽略主题",
    )
    append: list[str] = getattr(page, "append", [])
    clicks = rng.randint(300, 9000)
    supp = ""
    if append:
        supp = f'<div class="subtle"><span class="fade">第 1 条附言 &nbsp;·&nbsp; {rng.randint(1, 20)} 天前</span><div class="topic_content">{br(append)}</div></div>'
    head = (
        f'<div class="box"><div class="header"><div class="fr">{avatar(0)}</div><a href="/">V2EX</a> <span class="chevron">&nbsp;›&nbsp;</span> <a href="/go/qna">问与答</a>'
        f'<h1>{page.title}</h1><small class="gray"><a href="#">{page.users[0]}</a> · {rng.randint(2, 900)} 天前 · {clicks} 次点击</small></div>'
        f'<div class="outdated">{old}</div><div class="cell"><div class="topic_content">{br(page.posts[0])}</div></div>{supp}'
        f'<div class="topic_buttons"><a href="#" class="tb">加入收藏</a> <a href="#" class="tb">Tweet</a> <a href="#" class="tb">忽略主题</a></div></div>'
    )
    cells = "".join(
        f'<div id="r_{100 + k}" class="cell"><table cellpadding="0" cellspacing="0" border="0" width="100%"><tr><td width="48" valign="top" align="center">{avatar(k)}</td><td width="10"></td>'
        f'<td width="auto" valign="top" align="left"><div class="fr"><span class="no">{k}</span></div><strong><a href="#" class="dark">{page.users[k]}</a></strong>&nbsp; &nbsp;<span class="ago">{rng.randint(1, 900)} 天前{rng.choice(["", " via Android", " via iPhone"])}</span>'
        + (f'&nbsp; &nbsp;<span class="small fade">❤ {rng.randint(1, 9)}</span>' if rng.random() < 0.5 else "")
        + f'<div class="sep5"></div><div class="reply_content">{br(page.posts[k])}</div></td></tr></table></div>'
        for k in range(1, len(page.posts))
    )
    replies = f'<div class="box"><div class="cell"><span class="gray">{len(page.posts) - 1} 条回复 &nbsp;<strong class="snow">•</strong> &nbsp;2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} 12:0{rng.randint(0, 9)}:33 +08:00</span></div>{cells}</div>'
    box = f'<div class="box"><div class="cell">添加一条新回复</div><div class="cell"><p class="gray">{V2EX_BOX}</p><textarea></textarea><input type="submit" value="回复"></div></div>'
    side = f'<div id="Rightbar"><div class="box"><div class="cell"><span class="fade">今日热议主题</span></div><ul>{hot_list(page, rng, 4)}</ul></div></div>'
    return f'<div id="Wrapper"><div class="content">{side}<div id="Main">{head}{replies}{box}</div></div></div>'


def zhihu_2015(page: Page, rng: random.Random) -> str:
    ch(page, *ZH_BIOS, "添加评论", "作者保留权利", "没有帮助", "感谢", "发布于", "相关问题", "个回答", "收起")

    def answer(k: int) -> str:
        bio = rng.choice(ZH_BIOS)
        votes = rng.randint(1, 3000)
        return (
            f'<div class="zm-item-answer zm-item-expanded" data-aid="{300 + k}"><a class="zg-anchor-hidden" name="answer-{300 + k}"></a>'
            f'<div class="zm-votebar"><button class="up"><span class="count">{votes}</span><span class="label">赞同</span></button><button class="down"><span class="label">反对，不会显示你的姓名</span></button></div>'
            f'<div class="answer-head"><div class="zm-item-answer-author-info"><a class="zm-item-link-avatar" href="#">{avatar(k)}</a><a class="author-link" href="#">{page.users[k]}</a>，<span class="bio" title="{bio}">{bio}</span></div>'
            f'<div class="zm-item-vote-info"><span class="voters text"><a href="#">{votes} 人赞同</a></span></div></div>'
            f'<div class="zm-item-rich-text expandable js-collapse-body"><div class="zm-editable-content clearfix">{br(page.posts[k])}</div></div>'
            f'<div class="zm-item-meta answer-actions clearfix"><div class="zm-meta-panel"><a class="answer-date-link meta-item" href="#">发布于 {date(rng)[:10]}</a>'
            f'<a href="#" class="meta-item toggle-comment">添加评论</a><a href="#" class="meta-item">感谢</a><a href="#" class="meta-item">分享</a><a href="#" class="meta-item">收藏</a>'
            f'<span class="zg-bull">•</span><a href="#" class="meta-item">没有帮助</a><span class="zg-bull">•</span><a href="#" class="meta-item">举报</a><span class="zg-bull">•</span><span class="copyright">作者保留权利</span><a class="collapse meta-item" href="#">收起</a></div></div></div>'
        )

    rel = "".join(
        f'<li><a href="/question/{rng.randint(10**7, 10**8)}">{t}</a> <span class="num">{rng.randint(2, 300)} 个回答</span></li>'
        for t in rng.sample(HOT, 4)
    )
    ch(page, *HOT)
    return (
        f'<div class="zg-wrap zu-main" id="zh-single-question-page"><div class="zu-main-content"><div class="zm-tag-editor"><a class="zm-item-tag" href="#">{rng.choice(["生活", "心理学", "职场"])}</a></div>'
        f'<div id="zh-question-title"><h2 class="zm-item-title">{page.title}</h2></div>'
        f'<div id="zh-question-detail" class="zm-item-rich-text"><div class="zm-editable-content">{br(page.posts[0])}</div></div>'
        f'<div class="zh-answers-title"><h3>{len(page.posts) - 1} 个回答</h3></div><div id="zh-question-answer-wrap">{"".join(answer(k) for k in range(1, len(page.posts)))}</div></div>'
        f'<div class="zu-main-sidebar"><div class="zm-side-section"><h3>相关问题</h3><ul>{rel}</ul></div></div></div>'
    )


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "pojie_rate": ("forum", pojie_rate),
    "discuz_x35": ("forum", discuz_x35),
    "dvbbs": ("forum", dvbbs),
    "phpwind9": ("forum", phpwind9),
    "tieba_pc": ("forum", tieba_pc),
    "hupu_pc": ("forum", hupu_pc),
    "v2ex_zh": ("forum", v2ex_zh),
    "zhihu_2015": ("qa", zhihu_2015),
}

SITES = {
    "pojie_rate": ("破解技术论坛", ["首页", "论坛", "排行榜", "登录", "注册"]),
    "discuz_x35": ("生活家论坛", ["首页", "论坛", "广播", "搜索"]),
    "dvbbs": ("动网先锋论坛", ["论坛首页", "注册", "登录", "搜索", "帮助"]),
    "phpwind9": ("爱好者社区", ["首页", "论坛", "本站", "登录"]),
    "tieba_pc": ("百度贴吧", ["首页", "进吧", "会员"]),
    "hupu_pc": ("虎扑社区", ["首页", "NBA", "步行街", "装备"]),
    "v2ex_zh": ("V2EX", ["首页", "节点", "登录", "注册"]),
    "zhihu_2015": ("知乎", ["首页", "话题", "发现", "消息"]),
}


def _posts(rng: random.Random, kind: str, shape: str) -> list[list[str]]:
    long_pool = [x for x in texts()["zh"] if " " not in x and "声明" not in x and "版权" not in x]
    short_pool = _sentences("zh")

    def take(pool: list[str], n: int) -> list[str]:
        return [pool[rng.randrange(len(pool))] for _ in range(n)]

    n = rng.randint(3, 4) if shape == "short" or kind == "qa" else rng.randint(3, 6)
    if shape == "short":
        return [take(short_pool, 1), *[take(short_pool, 1) for _ in range(n)]]
    return [take(long_pool, rng.randint(1, 3)), *[take(long_pool, rng.randint(1, 2)) for _ in range(n)]]


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    short_pool = _sentences("zh")
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, kind, shape)
            users = [user(rng) for _ in posts]
            title = rng.choice(QTITLES) if kind == "qa" else rng.choice(TITLES)
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            if engine == "v2ex_zh" and rng.random() < 0.8:
                page.append = [short_pool[rng.randrange(len(short_pool))]]  # type: ignore[attr-defined]
            body = fn(page, rng)
            if engine == "v2ex_zh":
                page.posts[0] = [*page.posts[0], *getattr(page, "append", [])]  # the 附言 follows the topic in gold
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = f"© 2019 {site} 京ICP备{rng.randint(10**7, 10**8)}号 Powered by {rng.choice(['Discuz!', 'phpwind', 'Dvbbs'])}"
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
    return thread_score.cli(argv, __doc__, build, page_half, check_page, ("all", "forum", "qa", *SHAPES), SET)


if __name__ == "__main__":
    raise SystemExit(main())
