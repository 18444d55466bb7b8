"""Chinese forum and Q&A pages: what a page carries besides its thread, a generator of round 21 (issue #12, the
magichtml_zh forum check pages lose mostly precision).

Written before cleaner ran on it. The markup is the author's rendering, from memory, of how such pages are built;
no third-party page is copied, and every chrome sentence is the author's own. The earlier generators
(``forum_corpus18``, ``zh_modern_corpus19``, ``zh_forum_corpus20``, ``thread_corpus*``) hold the threads; this one
holds the prose-like things around and between their posts:

- ``discuz_rules``: a Discuz!-like table thread under a 版规 notice box (two or three sentences of rules), posts with
  "本帖最后由 X 于 … 编辑" lines, a user panel holding a self-introduction, long signatures in ``div.sign``, a 广告
  floor after the first post, and a 相关帖子 list of long titles below;
- ``phpwind_quote``: a phpwind-like thread whose replies quote earlier floors ("引用第3楼X于<date>发表的 :" +
  the quoted text, or "回复 2楼 X 的帖子"), a 楼主 summary box above (楼主 / 发帖 / 精华 / a profile sentence) and
  a "最新回复" sidebar of other threads' reply snippets;
- ``tieba_lzl``: a Tieba-like thread, floors with two or three 楼中楼 replies "user：text" each (the texts are gold),
  a 广告 floor that shares the posts' class, and a "贴吧热议" list;
- ``nga_mod``: an NGA-like thread with a moderator's action line and notice in a post ("[管理操作] …"), quotes
  "[quote]Reply to [pid] Post by X (date)" and a 顶 / 踩 bar ("顶 12 踩 3") under each post;
- ``reward_thread``: a Tianya-like long-post thread with an 打赏 list under the first post ("X 打赏了 100 赏金",
  a thank-you sentence), a 楼主 summary ("楼主发言：12次 发图：3张") and a 猜你喜欢 list of titles with summaries;
- ``douban_hot``: a Douban-group-like topic whose "最赞回应" box repeats the two most-liked replies before the full
  list (the copies are not gold: each reply once, in order), a 小组组规 side box and 相关话题 titles;
- ``qa_adopted``: a Wenwen / 360-like Q&A page: the question, a "网友采纳" answer, "其他N条回答" (gold), a 相关问题
  list of long question titles each with an answer snippet, a 热门问题 sidebar;
- ``zhidao_similar``: a Zhidao-like page: question, best answer, an "企业回答" advert answer in the answers' own
  markup, "其他类似问题" with dates and snippets, "为你推荐" entries with summaries.

Three shapes: ``short`` (one-sentence posts), ``long`` (several paragraphs), ``trad`` (Traditional characters).
Gold = the first post / question and every reply / answer in page order (a 楼中楼 reply's text included, its
"user：" not; a quote of an earlier floor's text included, as thread_corpus4 and the magichtml golds keep it, its
header not), without notices, rules, user panels, signatures, adverts, lists, "最赞回应" copies, vote bars or labels. Chrome strings (checked as "kept") are the author's own sentences and labels, never gold text.

Halves: per shape, the engines ranked by a hash of ``zhforum21/<id>``, alternately tune and check.

    python bench/zh_forum_corpus21.py --score            # cleaner and trafilatura, tune and check
    python bench/zh_forum_corpus21.py --verbose          # and each tune page's problems
    python bench/zh_forum_corpus21.py --dump ID          # a tune page's html, gold and output
    python bench/zh_forum_corpus21.py --seed S --score   # fresh pages of the same layouts
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
from zh_modern_corpus19 import QTITLES, REGIONS, Page, avatar, date, num, s2t, user

SET = "zhforum21"
SHAPES = ("short", "long", "trad")

RULES = [
    "本版严禁发布广告、外链及与主题无关的内容，违者删帖并视情节扣除积分。",
    "发帖前请先使用搜索功能，避免重复提问；标题请写清楚具体问题，方便其他网友解答。",
    "请文明发言，尊重他人观点，人身攻击和地域歧视一律封号处理，不另行通知。",
    "交易类帖子请移步二手交易版块，本版不受理任何交易纠纷，请大家谨慎对待。",
]
INTROS = [
    "自我介绍：八零后，在南方一座小城做了十几年的机械设计，业余喜欢骑行和拍照。",
    "个人简介：退休教师一枚，闲来无事上来看看，希望和大家多多交流学习心得。",
    "我是一名普通的上班族，养了两只猫，周末喜欢自己下厨研究各种新菜式。",
]
SIGNS = [
    "生活不止眼前的苟且，还有诗和远方的田野，愿每一个在路上的人都能被温柔以待。",
    "天行健，君子以自强不息；地势坤，君子以厚德载物。欢迎加我好友一起交流装修经验。",
    "本人长期从事家电维修工作，有问题可以站内短信联系我，看到必回，不收任何费用。",
]
ADS = [
    "本地装修公司年终特惠，全包套餐每平米立减二百元，前五十名报名还送全屋家电。",
    "零基础学会计，三个月拿证，名师一对一辅导，考不过全额退款，详情请咨询在线客服。",
    "新款电动牙刷限时五折，下单即送替换刷头两支，全国包邮并且支持七天无理由退换。",
]
RELATED = [
    "大家觉得现在这个价格入手合适吗？还是再等等看年底的促销活动",
    "第一次装修没经验，想请教一下水电改造到底应该注意哪些地方",
    "孩子今年上初中了，数学一直跟不上，有没有好的辅导方法推荐一下",
    "分享一下我这两年养多肉的心得，新手一定要避开这几个常见的坑",
    "老家的房子要不要翻修？花二十万到底值不值得，求过来人给点意见",
    "工作五年了想换个城市发展，大家觉得成都和杭州哪个更适合年轻人",
]
SNIPPETS = [
    "我也是这么觉得的，去年买的时候比现在便宜了不少，早知道就多囤一点了。",
    "楼上说得很对，关键还是要看自己的实际需求，别人的经验只能参考一下。",
    "这个问题我之前也遇到过，后来换了一家店重新检查了一遍就彻底解决了。",
    "谢谢楼主的用心分享，已经收藏了，等周末有空的时候再慢慢仔细看一遍。",
    "答：个人觉得主要还是看具体情况，不能一概而论，建议先咨询一下专业人士。",
    "答：我家去年也碰到过类似的事情，最后是找社区帮忙协调才处理好的。",
]
NOTICES = [
    "本帖已被设为精华，感谢楼主的用心分享，奖励积分二十分，希望大家多多参与讨论。",
    "本帖部分内容涉及个人隐私，已由版主屏蔽处理，请勿在回复中继续讨论相关信息。",
]
THANKS = [
    "感谢以下网友的打赏支持，你们的鼓励是我继续更新下去的最大动力！",
    "谢谢各位的打赏，后面的内容会尽快整理出来，请大家耐心等待一下。",
]
GROUP_RULES = [
    "本组欢迎分享真实的生活经验，禁止发布任何形式的广告和拉人进群的信息。",
    "请勿发布未经证实的消息，讨论时请保持理性，恶意引战的帖子将被直接删除。",
]
FLOORS = ["楼主", "沙发", "板凳", "地板"]
LEVELS = ["新手上路", "初级会员", "中级会员", "高级会员", "论坛元老"]


def br(paras: list[str]) -> str:
    return "<br>\n".join(paras)


def floor_name(k: int) -> str:
    return FLOORS[k] if k < len(FLOORS) else f"{k + 1}#"


def related(page: Page, rng: random.Random, n: int, snippets: bool = False) -> str:
    """``n`` links to other threads (long titles), each with a snippet line when asked: chrome."""
    out = []
    for t in rng.sample(RELATED, n):
        s = rng.choice(SNIPPETS) if snippets else ""
        ch(page, t, s)
        out.append(
            f'<li><a href="/t/{rng.randint(1000, 9999)}.html" title="{t}">{t}</a>'
            + (f'<p class="summary">{s}</p>' if s else "")
            + f'<span class="num">{rng.randint(2, 300)}回复</span></li>'
        )
    return "".join(out)


# ---------------------------------------------------------------------------------------------------- forums


def discuz_rules(page: Page, rng: random.Random) -> str:
    rules = rng.sample(RULES, rng.randint(2, 3))
    ch(
        page,
        "本版版规",
        *rules,
        "只看该作者",
        "使用道具",
        "举报",
        "相关帖子",
        "本帖最后由",
        "个人简介",
        "自我介绍",
        "广告",
    )

    def post(k: int) -> str:
        u = page.users[k]
        pid = 50000 + k
        intro = rng.choice(INTROS)
        ch(page, u, intro, LEVELS[k % 5])
        edited = ""
        if rng.random() < 0.5:
            edited = f'<i class="pstatus"> 本帖最后由 {u} 于 {date(rng)} 编辑 </i><br><br>'
        sign = ""
        if rng.random() < 0.6:
            s = rng.choice(SIGNS)
            ch(page, s)
            sign = f'<div class="sign" style="max-height:100px;">{s}</div>'
        return (
            f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" cellspacing="0" cellpadding="0"><tr>'
            f'<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="#" class="xw1">{u}</a></div></div><div class="avatar">{avatar(k)}</div>'
            f'<p><em><a href="#">{LEVELS[k % 5]}</a></em></p><div class="pil cl"><p class="intro">{intro}</p></div></td>'
            f'<td class="plc"><div class="pi"><strong><a href="#"><em>{floor_name(k)}</em></a></strong><div class="pti"><div class="authi"><em>发表于 {date(rng)}</em> <a href="#">只看该作者</a></div></div></div>'
            f'<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">{edited}{br(page.posts[k])}</td></tr></table></div></div></div>{sign}</td></tr>'
            f'<tr><td class="plc"><div class="po hin"><a class="fastre" href="#">回复</a> <a href="#">使用道具</a> <a href="#">举报</a></div></td></tr></table></div>'
        )

    adv = rng.choice(ADS)
    ch(page, adv)
    ad_floor = f'<div class="a_pt"><div class="ad-label">广告</div><a href="/ad/{rng.randint(1, 99)}" rel="nofollow">{adv}</a></div>'
    posts = [post(k) for k in range(len(page.posts))]
    posts.insert(1, ad_floor)
    notice = (
        f'<div class="bm notice"><div class="bm_h"><h3>本版版规</h3></div><div class="bm_c">{p_(rules)}</div></div>'
    )
    return (
        f'<div id="pt" class="bm cl"><a href="#">首页</a> › <a href="#">论坛</a> › <a href="#">{rng.choice(["家居装修", "汽车天地", "亲子教育"])}</a></div>'
        f'<div id="ct" class="wp cl">{notice}<div id="postlist" class="pl bm"><table><tr><td class="pls">查看: {num(rng)} | 回复: {len(page.posts) - 1}</td>'
        f'<td class="plc"><h1 class="ts"><span id="thread_subject">{page.title}</span></h1></td></tr></table>{"".join(posts)}</div>'
        f'<div class="bm related"><div class="bm_h"><h3>相关帖子</h3></div><ul class="xl">{related(page, rng, 4)}</ul></div></div>'
    )


def phpwind_quote(page: Page, rng: random.Random) -> str:
    op = page.users[0]
    profile = rng.choice(INTROS)
    ch(page, op, profile, "楼主", "发帖", "精华", "最新回复", "引用", "回复", "举报", "的帖子", "发表的")

    own = [list(x) for x in page.posts]

    def quote(k: int) -> str:
        """A quote of an earlier floor; its text joins the reply's gold (as thread_corpus4 and the magichtml golds
        keep a quote's text), its header not."""
        if k < 2 or rng.random() < 0.3:
            return ""
        j = rng.randrange(1, k)
        q = own[j][0]
        page.posts[k] = [q, *page.posts[k]]
        if rng.random() < 0.5:
            head = f"引用第{j + 1}楼{page.users[j]}于{date(rng)}发表的 :"
            ch(page, head)
            return f'<blockquote class="blockquote"><span class="b">{head}</span><br>{q}</blockquote>'
        head = f"回复 {j + 1}楼 {page.users[j]} 的帖子"
        ch(page, head)
        return f'<div class="quote"><b>{head}</b><br><span class="qtext">{q}</span></div>'

    def post(k: int) -> str:
        u = page.users[k]
        fl = "楼主" if k == 0 else f"{k + 1}楼"
        ch(page, u, fl)
        return (
            f'<table class="floot" cellspacing="0"><tr><td class="floot_left"><div class="readName b"><a href="#">{u}</a></div>{avatar(k)}<div class="user-level">{LEVELS[k % 5]}</div></td>'
            f'<td class="floot_right"><div class="tipTop s6"><span class="fr"><a href="#">{fl}</a></span><span>发表于: {date(rng)}</span></div>'
            f'<div class="tpc_content"><div class="f14 mb10" id="read_{k}">{quote(k)}{br(own[k])}</div></div>'
            f'<div class="tipBottom"><a href="#">引用</a> <a href="#">回复</a> <a href="#">举报</a></div></td></tr></table>'
        )

    box = (
        f'<div class="author-box"><div class="ab-head">楼主</div><a class="ab-name" href="#">{op}</a>{avatar(0)}'
        f'<ul><li>发帖 {rng.randint(10, 999)}</li><li>精华 {rng.randint(0, 9)}</li><li>注册 {date(rng)[:10]}</li></ul><p class="ab-sign">{profile}</p></div>'
    )
    latest = "".join(
        f'<li><a href="/read/{rng.randint(1000, 9999)}">{s}</a><span class="s">{rng.choice(["刚刚", "3分钟前", "1小时前"])}</span></li>'
        for s in rng.sample(SNIPPETS[:4], 3)
    )
    ch(page, *SNIPPETS[:4])
    return (
        f'<div id="main"><div class="bread"><a href="#">论坛首页</a> » <a href="#">{rng.choice(["摄影天地", "数码发烧", "情感驿站"])}</a></div>'
        f'<div class="side">{box}<div class="latest"><h3>最新回复</h3><ul>{latest}</ul></div></div>'
        f'<div class="t5"><h1 id="subject_tpc">{page.title}</h1></div><div class="read_t">{"".join(post(k) for k in range(len(page.posts)))}</div>'
        f'<div class="pages"><a href="#">上一页</a><b>1</b><a href="#">下一页</a></div></div>'
    )


def tieba_lzl(page: Page, rng: random.Random) -> str:
    """posts: first post, then per floor its reply and its 楼中楼 replies (``page.depth``-like layout in ``lzl``)."""
    bar = rng.choice(["生活", "数码", "考研"]) + "吧"
    ch(page, "只看楼主", "收藏", "回复", "我也说一句", "IP属地", bar, "贴吧热议", "广告")
    lzl_of: dict[int, list[int]] = {}
    tops: list[int] = []
    k = 0
    while k < len(page.posts):
        tops.append(k)
        lzl_of[k] = []
        j = k + 1
        if k > 0:
            while j < len(page.posts) and page.lzl[j]:
                lzl_of[k].append(j)
                j += 1
        k = j

    def floor(k: int, n: int) -> str:
        u = page.users[k]
        ch(page, u, f"{n}楼")
        subs = ""
        if lzl_of[k]:
            items = ""
            for j in lzl_of[k]:
                lu = page.users[j]
                ch(page, lu, f"{lu}：")
                items += (
                    f'<li class="lzl_single_post j_lzl_s_p">{avatar(j)}<div class="lzl_cnt"><a class="at j_user_card" href="#">{lu}</a>：<span class="lzl_content_main">{" ".join(page.posts[j])}</span>'
                    f'<div class="lzl_content_reply"><span class="lzl_time">{date(rng)}</span><a href="#" class="lzl_s_r">回复</a></div></div></li>'
                )
            subs = f'<div class="j_lzl_container core_reply_wrapper"><ul class="j_lzl_m_w">{items}<li class="lzl_li_pager"><a class="j_lzl_p">我也说一句</a></li></ul></div>'
        return (
            f'<div class="l_post l_post_bright j_l_post clearfix"><div class="d_author"><ul class="p_author"><li class="icon">{avatar(k)}</li><li class="d_name"><a class="p_author_name j_user_card" href="#">{u}</a></li></ul></div>'
            f'<div class="d_post_content_main"><div class="p_content"><div class="d_post_content j_d_post_content">{"<br>".join(page.posts[k])}</div></div>'
            f'<div class="core_reply j_lzl_wrapper"><div class="core_reply_tail"><ul class="p_mtail"><li><span class="tail-info">IP属地:{rng.choice(REGIONS)}</span></li><li><span class="tail-info">{n}楼</span></li>'
            f'<li><span class="tail-info">{date(rng)}</span></li></ul></div>{subs}</div></div></div>'
        )

    adv = rng.choice(ADS)
    ch(page, adv)
    ad_post = (
        f'<div class="l_post l_post_bright j_l_post clearfix"><div class="d_author"><ul class="p_author"><li class="d_name"><span class="p_author_name">{rng.choice(["好物推荐", "本地生活"])}</span></li></ul></div>'
        f'<div class="d_post_content_main"><div class="p_content"><div class="d_post_content j_d_post_content">{adv}</div></div><div class="core_reply_tail"><span class="label_text">广告</span></div></div></div>'
    )
    floors = [floor(k, i + 1) for i, k in enumerate(tops)]
    floors.insert(min(2, len(floors)), ad_post)
    hot = "".join(f'<li><a href="#">{t}</a><span>{num(rng)}</span></li>' for t in rng.sample(RELATED, 3))
    ch(page, *RELATED)
    return (
        f'<div class="card_top_wrap"><div class="card_title"><a class="card_title_fname" href="#">{bar}</a><span class="card_menNum">关注：{num(rng)}</span></div></div>'
        f'<div class="core_title_wrap_bright clearfix"><h3 class="core_title_txt" title="{page.title}">{page.title}</h3><ul class="core_title_btns"><li><a>只看楼主</a></li><li><a>收藏</a></li><li><a>回复</a></li></ul></div>'
        f'<div class="left_section"><div id="j_p_postlist" class="p_postlist">{"".join(floors)}</div></div>'
        f'<div class="right_section"><div class="topic_list"><h4>贴吧热议</h4><ul>{hot}</ul></div></div>'
    )


def nga_mod(page: Page, rng: random.Random) -> str:
    mod = user(rng)
    notice = rng.choice(NOTICES)
    ch(page, mod, notice, "[管理操作]", "用户级别", "威望", "发帖", "Reply to", "Post by", "回复", "引用", "只看作者")

    def row(k: int) -> str:
        u = page.users[k]
        quote = ""
        if k >= 2 and rng.random() < 0.6:
            j = rng.randrange(1, k)
            qd = date(rng)
            quote = f'<div class="quote">[quote]<a href="#" class="b">Reply</a> to <a href="#">[pid={2000 + j}]</a> Post by <a href="#">[uid]{page.users[j]}</a> ({qd})[/quote]</div>'
        op = ""
        if k == 0:
            op = f'<div class="ubbcode_mod"><span class="red">[管理操作]</span> 版主 {mod} 于 {date(rng)} 加入精华</div><div class="notice red">{notice}</div>'
        up, down = rng.randint(0, 99), rng.randint(0, 20)
        ch(page, u, f"#{k}", f"顶 {up} 踩 {down}")
        return (
            f'<table class="forumbox postbox" cellspacing="1"><tbody><tr class="postrow row{k % 2 + 1}">'
            f'<td class="c1"><a class="author b" href="#">{u}</a><div class="stat">用户级别: {LEVELS[k % 5]}<br>威望: {rng.randint(0, 20)}<br>发帖: {rng.randint(1, 9999)}</div></td>'
            f'<td class="c2"><div class="postInfo"><a class="small_colored_text_btn" href="#">#{k}</a><span class="postdatec">{date(rng)}</span><a href="#">只看作者</a></div>'
            f'<span id="postcontent{k}" class="postcontent ubbcode">{quote}{br(page.posts[k])}</span>{op}'
            f'<div class="postbtns"><span class="vote">顶 {up} 踩 {down}</span> <a href="#">回复</a> <a href="#">引用</a></div></td></tr></tbody></table>'
        )

    return (
        f'<div id="mainmenu"><a href="#">NGA玩家社区</a> » <a href="#">{rng.choice(["综合讨论", "网事杂谈", "硬件"])}</a></div>'
        f'<div id="m_posts"><h3 id="postsubject0">{page.title}</h3><div id="m_posts_c">{"".join(row(k) for k in range(len(page.posts)))}</div></div>'
        f'<div id="m_pbtnbtm"><a href="#">1</a><a href="#">2</a><a href="#">下一页</a></div>'
    )


def reward_thread(page: Page, rng: random.Random) -> str:
    op = page.users[0]
    thanks = rng.choice(THANKS)
    ch(page, op, thanks, "打赏", "赏金", "楼主发言", "发图", "猜你喜欢", "作者", "时间", "举报", "回复", "只看楼主")
    donors = [user(rng) for _ in range(rng.randint(3, 5))]
    ch(page, *donors)
    rewards = "".join(
        f'<li><a href="#">{d}</a> 打赏了 楼主 <b>{rng.choice([10, 50, 100, 500])}</b> 赏金</li>' for d in donors
    )
    reward = f'<div class="atl-reward"><p class="reward-thanks">{thanks}</p><ul>{rewards}</ul><p>已有 {len(donors)} 人打赏</p></div>'

    def item(k: int) -> str:
        u = page.users[k]
        ch(page, u)
        return (
            f'<div class="atl-item" id="{k}"><div class="atl-head"><div class="atl-info"><span>作者：<a class="js-vip-check" href="#">{u}</a></span><span>时间：{date(rng)}</span></div></div>'
            f'<div class="atl-con-bd"><div class="bbs-content">{br(page.posts[k])}</div></div>'
            f'<div class="atl-reply"><span>{k}楼</span> <a href="#">举报</a> | <a href="#">回复</a></div></div>'
        )

    likes = "".join(
        f'<div class="like-item"><a href="#">{t}</a><p class="like-sum">{s}</p></div>'
        for t, s in zip(rng.sample(RELATED, 3), rng.sample(SNIPPETS, 3), strict=True)
    )
    ch(page, *RELATED, *SNIPPETS)
    return (
        f'<div id="main" class="clearfix"><div class="atl-location"><a href="#">社区</a> > <a href="#">{rng.choice(["天涯杂谈", "情感天地", "舞文弄墨"])}</a></div>'
        f'<div class="atl-head"><h1><span class="s_title">{page.title}</span></h1><div class="atl-info"><span>楼主：<a href="#">{op}</a></span><span>时间：{date(rng)}</span><span>点击：{num(rng)}</span><span>回复：{len(page.posts) - 1}</span></div>'
        f'<div class="atl-menu"><span>楼主发言：{rng.randint(3, 40)}次</span> <span>发图：{rng.randint(0, 9)}张</span> <a href="#">只看楼主</a></div></div>'
        f'<div class="atl-main"><div class="atl-item host-item"><div class="atl-content"><div class="bbs-content clearfix">{br(page.posts[0])}</div></div>{reward}</div>'
        f"{''.join(item(k) for k in range(1, len(page.posts)))}</div>"
        f'<div class="guess-like"><h3>猜你喜欢</h3>{likes}</div></div>'
    )


def douban_hot(page: Page, rng: random.Random) -> str:
    gr = rng.sample(GROUP_RULES, 2)
    ch(page, *gr, "最赞回应", "小组组规", "相关话题", "来自", "回应", "赞", "你的回应")
    likes = [rng.randint(0, 200) for _ in page.posts]

    def reply(k: int, cls: str) -> str:
        u = page.users[k]
        ch(page, u)
        return (
            f'<li class="clearfix comment-item reply-item {cls}"><div class="user-face">{avatar(k)}</div><div class="reply-doc content"><div class="bg-img-green"><h4><a href="#">{u}</a>'
            f'<span class="pubtime">{date(rng)}</span></h4></div><div class="reply-content"><p>{br(page.posts[k])}</p></div>'
            f'<div class="operation_div"><a class="comment-vote" href="#">赞 ({likes[k]})</a> <a href="#">回应</a></div></div></li>'
        )

    top = sorted(range(1, len(page.posts)), key=lambda k: -likes[k])[:2]
    topic_rel = "".join(f'<li><a href="#">{t}</a></li>' for t in rng.sample(RELATED, 3))
    ch(page, *RELATED)
    return (
        f'<div id="content"><h1>{page.title}</h1><div class="grid-16-8 clearfix"><div class="article"><div class="topic-content clearfix"><div class="topic-doc">'
        f'<h3><span class="from">来自: <a href="#">{page.users[0]}</a></span><span class="create-time">{date(rng)}</span></h3>'
        f'<div class="topic-content"><div class="rich-content topic-richtext">{p_(page.posts[0])}</div></div></div></div>'
        f'<div class="popular-comments"><h3>最赞回应</h3><ul id="popular-comments" class="topic-reply popular-bd">{"".join(reply(k, "popular") for k in top)}</ul></div>'
        f'<ul id="comments" class="topic-reply">{"".join(reply(k, "") for k in range(1, len(page.posts)))}</ul>'
        f'<div class="comment-form"><h2>你的回应</h2><textarea></textarea></div></div>'
        f'<div class="aside"><div class="group-rules"><h2>小组组规</h2>{p_(gr)}</div><div class="rel-topics"><h2>相关话题</h2><ul>{topic_rel}</ul></div></div></div></div>'
    )


# ---------------------------------------------------------------------------------------------------- Q&A


def qa_adopted(page: Page, rng: random.Random) -> str:
    ch(page, "网友采纳", "热心网友", "其他", "条回答", "相关问题", "热门问题", "有用", "分享", "举报", "我来回答")
    n_other = len(page.posts) - 2

    def answer(k: int, adopted: bool) -> str:
        u = page.users[k]
        ch(page, u)
        label = '<span class="adopt-label">网友采纳</span>' if adopted else ""
        return (
            f'<div class="answer-item{" answer-best" if adopted else ""}">{label}<div class="answer-user"><a href="#">{u}</a><span class="grade">热心网友</span><span class="time">{date(rng)}</span></div>'
            f'<div class="answer-content">{p_(page.posts[k])}</div><div class="answer-tools"><a href="#">有用({rng.randint(0, 99)})</a><a href="#">分享</a><a href="#">举报</a></div></div>'
        )

    others = "".join(answer(k, False) for k in range(2, len(page.posts)))
    hot = "".join(f'<li><a href="#">{t}</a></li>' for t in rng.sample(QTITLES, 3))
    ch(page, *QTITLES)
    return (
        f'<div class="main"><div class="question"><h1 class="q-title">{page.title}</h1><div class="q-content">{p_(page.posts[0])}</div>'
        f'<div class="q-info"><a href="#">{page.users[0]}</a><span>{date(rng)}</span><a class="btn" href="#">我来回答</a></div></div>'
        f'<div class="answers">{answer(1, True)}<div class="other-hd"><h3>其他{n_other}条回答</h3></div>{others}</div>'
        f'<div class="relate-q"><h3>相关问题</h3><ul class="relate-list">{related(page, rng, 4, snippets=True)}</ul></div></div>'
        f'<div class="side"><div class="hot-q"><h3>热门问题</h3><ul>{hot}</ul></div></div>'
    )


def zhidao_similar(page: Page, rng: random.Random) -> str:
    ch(
        page,
        "最佳答案",
        "企业回答",
        "其他类似问题",
        "为你推荐",
        "展开全部",
        "已赞过",
        "已踩过",
        "你对这个回答的评价是？",
        "评论",
        "收起",
        "广告",
    )
    best = page.users[1]
    ch(page, best)
    vote = f'<div class="wgt-eva"><span class="evaluate">{rng.randint(1, 900)}</span><span class="evaluate-bad">{rng.randint(0, 30)}</span><span>已赞过</span><span>已踩过</span><div class="evaluate-title">你对这个回答的评价是？</div><a href="#">评论</a><a href="#">收起</a></div>'
    adv = rng.choice(ADS)
    company = rng.choice(["某某教育科技有限公司", "某某家居装饰工程公司"])
    ch(page, adv, company)
    ad_answer = (
        f'<div class="bd answer answer-ad"><div class="line info"><a class="user-name" href="#">{company}</a><span class="ad-tag">企业回答</span></div>'
        f'<div class="line content"><div class="answer-text mb-10">{adv}</div></div><span class="ad-mark">广告</span></div>'
    )
    others = "".join(
        f'<div class="bd answer"><div class="line info"><a class="user-name" href="#">{page.users[k]}</a><span>{date(rng)}</span></div>'
        f'<div class="line content"><div class="answer-text mb-10">{br(page.posts[k])}</div></div>{vote}</div>'
        for k in range(2, len(page.posts))
    )
    ch(page, *page.users[2:])
    similar = "".join(
        f'<li class="similar-item"><a href="#">{t}</a><span class="date">{date(rng)[:10]}</span><p class="similar-sum">{s}</p></li>'
        for t, s in zip(rng.sample(RELATED, 3), rng.sample(SNIPPETS, 3), strict=True)
    )
    ch(page, *RELATED, *SNIPPETS)
    recommend = "".join(f'<div class="rec-item"><a href="#">{t}</a></div>' for t in rng.sample(QTITLES, 2))
    ch(page, *QTITLES)
    return (
        f'<div id="body" class="layout"><div id="wgt-ask" class="wgt-ask"><h1><span class="ask-title">{page.title}</span></h1>'
        f'<div class="line mt-5 q-content"><span class="con">{br(page.posts[0])}</span></div><div class="ask-info"><a href="#">{page.users[0]}</a><span>{date(rng)}</span></div></div>'
        f'<div class="wgt-best"><div class="wgt-best-header"><span class="wgt-best-title">最佳答案</span></div><div class="wgt-replyer-all"><a class="wgt-replyer-all-uname" href="#">{best}</a><span>{date(rng)}</span></div>'
        f'<div class="answer-text line"><div class="best-text mb-10">{br(page.posts[1])}</div><div class="wgt-best-mask"><span>展开全部</span></div></div>{vote}</div>'
        f'<div class="wgt-answers"><div class="hd line other-hd"><h2>其他回答</h2></div>{ad_answer}{others}</div>'
        f'<div class="wgt-similar"><h2>其他类似问题</h2><ul>{similar}</ul></div>'
        f'<div class="wgt-rec"><h2>为你推荐</h2>{recommend}</div></div>'
    )


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "discuz_rules": ("forum", discuz_rules),
    "phpwind_quote": ("forum", phpwind_quote),
    "tieba_lzl": ("forum", tieba_lzl),
    "nga_mod": ("forum", nga_mod),
    "reward_thread": ("forum", reward_thread),
    "douban_hot": ("forum", douban_hot),
    "qa_adopted": ("qa", qa_adopted),
    "zhidao_similar": ("qa", zhidao_similar),
}

SITES = {
    "discuz_rules": ("生活家论坛", ["首页", "论坛", "搜索", "登录", "注册"]),
    "phpwind_quote": ("爱好者社区", ["论坛首页", "搜索", "帮助", "登录"]),
    "tieba_lzl": ("百度贴吧", ["首页", "进吧", "会员"]),
    "nga_mod": ("NGA玩家社区", ["首页", "版面", "搜索", "设置"]),
    "reward_thread": ("天涯社区", ["首页", "社区", "博客", "搜索"]),
    "douban_hot": ("豆瓣", ["首页", "浏览发现", "话题广场", "我的小组"]),
    "qa_adopted": ("问问", ["首页", "问题库", "我要提问"]),
    "zhidao_similar": ("百度知道", ["首页", "问题", "全部问题", "教育科学"]),
}


def _posts(rng: random.Random, kind: str, shape: str, engine: str) -> tuple[list[list[str]], list[bool]]:
    """The posts and, per post, whether it is a 楼中楼 reply (``tieba_lzl`` only)."""
    long_pool = [x for x in texts()["zh"] if " " not in x and "声明" not in x and "版权" not in x]
    short_pool = _sentences("zh")

    def take(pool: list[str], n: int) -> list[str]:
        return [pool[rng.randrange(len(pool))] for _ in range(n)]

    if engine == "tieba_lzl":
        posts = [take(short_pool if shape == "short" else long_pool, 1)]
        lzl = [False]
        for _ in range(rng.randint(2, 3)):
            posts.append(take(short_pool if shape == "short" else long_pool, 1))
            lzl.append(False)
            for _ in range(rng.randint(2, 3)):
                posts.append(take(short_pool, 1))
                lzl.append(True)
        return posts, lzl
    if kind == "qa":
        n = rng.randint(3, 4)
        if shape == "short":
            return [take(short_pool, 1)] + [take(short_pool, rng.randint(1, 2)) for _ in range(n - 1)], [False] * n
        return [take(long_pool, rng.randint(1, 2))] + [take(long_pool, rng.randint(1, 3)) for _ in range(n - 1)], [
            False
        ] * n
    n = rng.randint(3, 4) if shape == "short" else rng.randint(3, 6)
    if shape == "short":
        return [take(short_pool, 1), *[take(short_pool, 1) for _ in range(n)]], [False] * (n + 1)
    posts = [take(long_pool, rng.randint(1, 3)), *[take(long_pool, rng.randint(1, 2)) for _ in range(n)]]
    return posts, [False] * (n + 1)


def build(seed: str = SET) -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (tune and check then mean nothing)."""
    out: list[Page] = []
    for engine, (kind, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts, lzl = _posts(rng, kind, shape, engine)
            users = [user(rng) for _ in posts]
            title = rng.choice(QTITLES) if kind == "qa" else rng.choice(RELATED[:3]) + "（续）"
            page = Page(f"{engine}_{v}", engine, "zh", shape, title, posts, kind, users)
            page.lzl = lzl  # type: ignore[attr-defined]
            body = fn(page, rng)
            site, nav_items = SITES[engine]
            nav = "".join(f'<a href="/{i}">{x}</a> ' for i, x in enumerate(nav_items))
            foot = f"© 2024 {site} 京ICP备{rng.randint(10**7, 10**8)}号 违法和不良信息举报电话：400-140-2108"
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
