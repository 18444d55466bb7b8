"""A generated corpus of forum threads and Q&A pages, written for the tests (issue #12, deliverable 2).

Each page is written here, in the markup style of one engine (Discuz!, phpBB, vBulletin, Tieba, Baidu Zhidao,
Zhihu, Douban group, a Weibo-like microblog, Stack-Exchange-like Q&A, Discourse's crawler view, a utility-CSS
forum) and, as a control, a news article with a comment list (whose gold is the article alone), from what those
engines' public pages look like; no third-party page is copied. A page has a header and
navigation, a sidebar, the first post or question and 3-8 replies or answers with user chrome (avatars, names,
levels, post counts, dates, signatures, vote counts, "reply" / "report" / "quote" links), quotes, pagination and
a footer. Its gold text is the first post and every reply, in order (a quote's text included, its "X wrote:"
header not).

    python bench/thread_corpus.py --write fixtures/threads   # (re)write the fixture files
    python bench/thread_corpus.py --score                    # cleaner's F1 on the fixtures, tune and check
    python bench/thread_corpus.py --tiny                     # F1 on generated tiny threads (tune material)

Every page belongs to a half by :func:`halves.half` ("threads", its id): the tests assert on tune pages only,
``--score`` prints both halves side by side (read only the check half's scores).
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from halves import CHECK, HALVES, TUNE, half

SET = "threads"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "threads"

ZH = [
    "我家那台老空调用了八年，最近制冷越来越差，开一整晚房间还是闷热，不知道是不是该加氟了。",
    "师傅上门看过，说外机的冷凝器太脏，清洗一下就好，花了一百二十块钱，效果确实明显。",
    "建议先自己把过滤网拆下来用清水冲一冲，晾干再装回去，很多时候就是滤网堵了。",
    "加氟要看压力表，不是随便加的，有些维修工一上来就说缺氟，其实多半是在坑人。",
    "我去年也遇到过同样的情况，最后发现是电容老化了，换了一个三十块钱的电容就好了。",
    "八年的机器能效比较低，如果维修费超过五百，不如直接换一台一级能效的新机，电费也省。",
    "楼主可以看看外机风扇转不转，如果风扇不转，压缩机热保护会频繁停机，制冷就差。",
    "谢谢大家的回复，今天按照楼上说的清洗了滤网，又请人洗了外机，现在冷得很快了。",
    "这个问题在南方很常见，梅雨季节过后外机上全是灰和柳絮，一年至少要清洗一次。",
    "补充一点，清洗外机前一定要断电，用水管从里往外冲，不要用高压水枪直接对着翅片。",
    "我们小区物业统一找了一家清洗公司，每台六十块，上门服务，价格还算公道。",
    "新买的空调也别忘了定期清洗，不然细菌和霉菌会在蒸发器上繁殖，吹出来的风有异味。",
    "周末去爬了香山，人比想象中多很多，从东门上去一路排队，走到山顶用了将近三个小时。",
    "红叶还没有完全红，大概再过一周是最好的时候，建议大家错开周末，工作日去人会少很多。",
    "下山走的北门那条路，台阶比较陡，膝盖不好的朋友最好带上登山杖，慢慢走。",
    "山脚下的小吃街价格偏贵，一碗面要四十块，想省钱的话可以自己带点干粮和水。",
    "孩子今年上初一，数学一下子跟不上了，上课听得懂，回家做题就错，家长也很着急。",
    "初一数学主要是有理数和方程，关键是把基础概念弄清楚，错题一定要让孩子自己重做一遍。",
    "我家孩子也是这样，后来每天做二十分钟口算，坚持了两个月，计算错误明显少了。",
    "不建议一开始就报很多补习班，先和数学老师沟通一下，看看具体是哪一块没掌握。",
]

EN = [
    "After the last firmware update my router drops the Wi-Fi connection every evening around nine.",
    "It comes back on its own after a few minutes, but any video call in progress is cut off.",
    "Have you tried switching the 5 GHz band to a fixed channel? Auto channel selection caused the same drops for me.",
    "Check the system log for DFS events. On some channels the router has to leave when it detects radar.",
    "I had exactly this problem. Rolling back to the previous firmware fixed it until the vendor released a patch.",
    "The evening timing suggests interference from neighbours, since that is when everyone streams at once.",
    "Thanks, everyone. Setting channel 36 by hand has kept the connection stable for three days now.",
    "Good to hear. You may want to mark the thread as solved so that others can find the answer.",
    "Another thing worth checking is the scheduled reboot option, which some models enable by default.",
    "I replaced the stock antennas with longer ones and the signal in the back room improved a lot.",
    "The sourdough starter I made last week smells like nail polish remover and barely rises at all.",
    "That smell usually means the starter is hungry. Feed it twice a day and keep it somewhere warmer.",
    "Use a mix of whole wheat and white flour for the first week, it gives the yeast more to eat.",
    "Mine took almost two weeks before it doubled reliably, so do not give up on it too early.",
    "Discard most of it before each feeding, otherwise the ratio of old starter to fresh flour stays too high.",
    "Update: after four days of regular feeding it now doubles in six hours and smells pleasantly sour.",
    "How do I read a large CSV file in chunks without loading the whole thing into memory?",
    "You can pass a chunk size to the reader and process each chunk inside a loop, which keeps memory flat.",
    "If you only need a few columns, select them when reading; that alone can cut memory use by half.",
    "For really large files consider converting them once to Parquet, which is much faster to scan later.",
]


@dataclass
class Thread:
    """One page: its id, engine, language, the posts' texts (each a list of paragraphs, a quote first if any),
    and the chrome strings that must not appear in the output."""

    id: str
    engine: str
    lang: str
    title: str
    posts: list[list[str]]
    quotes: dict[int, str] = field(default_factory=dict)
    chrome: set[str] = field(default_factory=set)
    html: str = ""

    def gold(self) -> str:
        out: list[str] = []
        for k, paras in enumerate(self.posts):
            if k in self.quotes:
                out.append(self.quotes[k])
            out.extend(paras)
        return "\n".join(out)


ZH_NAMES = [
    "老王爱钓鱼",
    "南山小道士",
    "青柠不加糖",
    "风吹麦浪呀",
    "阿飞正传迷",
    "小鹿乱撞君",
    "半杯凉白开",
    "夜猫子老李",
]
EN_NAMES = [
    "kestrel_77",
    "marmot.dev",
    "quietharbor",
    "bytewrangler",
    "ferncastle",
    "oldmanriver",
    "pixelmoth",
    "tundra_fox",
]


def _posts(rng: random.Random, pool: list[str], n: int, first_paras: int) -> list[list[str]]:
    texts = pool[:]
    rng.shuffle(texts)
    out = [texts[:first_paras]]
    at = first_paras
    for _ in range(n - 1):
        k = rng.choice((1, 1, 2))
        out.append(texts[at : at + k] or [texts[0]])
        at += k
        if at >= len(texts):
            at = first_paras
    return out


def _zh_frame(title: str, body: str, site: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} - {site}</title></head><body>"
        f"<div id='hd'><div class='wp'><a class='logo' href='/'>{site}</a><ul class='nav'><li><a href='/'>首页</a></li>"
        "<li><a href='/f'>论坛</a></li><li><a href='/g'>群组</a></li><li><a href='/h'>帮助</a></li></ul>"
        "<div class='login'><a>登录</a> | <a>立即注册</a></div></div></div>"
        f"<div id='pt' class='bm cl'><a href='/'>{site}</a> › <a href='/f'>生活交流</a> › <a>{title}</a></div>"
        f"<div id='wp' class='wp'>{body}"
        "<div class='sidebar side'><h3>热门帖子</h3><ul><li><a href='/t/1'>夏天到了，大家家里空调开多少度合适？</a></li>"
        "<li><a href='/t/2'>周末带孩子去哪儿玩比较好</a></li><li><a href='/t/3'>分享一个很好用的记账方法</a></li></ul>"
        "<h3>版块推荐</h3><ul><li><a>数码</a></li><li><a>美食</a></li><li><a>旅游</a></li></ul></div></div>"
        "<div id='ft'><p><a>关于我们</a> | <a>联系方式</a> | <a>免责声明</a> | <a>手机版</a></p>"
        f"<p>Copyright © 2003-2024 {site} 版权所有 京ICP备12345678号</p></div></body></html>"
    )


def _en_frame(title: str, body: str, site: str) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | {site}</title></head><body>"
        f"<header class='site-header'><a class='brand' href='/'>{site}</a><nav class='main-nav'><ul>"
        "<li><a href='/'>Home</a></li><li><a href='/forums'>Forums</a></li><li><a href='/whats-new'>What's new</a></li>"
        "<li><a href='/members'>Members</a></li></ul></nav><div class='user-links'><a>Log in</a> <a>Register</a></div>"
        f"</header><div class='breadcrumb'><a href='/'>{site}</a> › <a href='/forums'>Forums</a> › <a>Help</a></div>"
        f"<main class='container'>{body}"
        "<aside class='sidebar'><h3>Latest threads</h3><ul><li><a href='/t/1'>Which laptop for a student budget?</a>"
        "</li><li><a href='/t/2'>Best budget mechanical keyboard this year</a></li><li><a href='/t/3'>Backup strategy "
        "for family photos</a></li></ul><h3>Forum statistics</h3><dl><dt>Threads</dt><dd>112,904</dd><dt>Messages"
        "</dt><dd>1,904,221</dd><dt>Members</dt><dd>88,410</dd></dl></aside></main>"
        "<footer class='site-footer'><ul><li><a>Contact us</a></li><li><a>Terms and rules</a></li><li><a>Privacy "
        f"policy</a></li><li><a>Help</a></li></ul><p>Copyright © 2024 {site}. All rights reserved.</p></footer>"
        "</body></html>"
    )


def _p(paras: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in paras)


def _br(paras: list[str]) -> str:
    return "<br />\n".join(paras)


def discuz(t: Thread, rng: random.Random) -> str:
    items = []
    for k, paras in enumerate(t.posts):
        name, pid = ZH_NAMES[k % 8], 3000 + k * 7
        lv, pts = f"Lv.{rng.randint(2, 9)}", f"积分 {rng.randint(100, 9000)}"
        sig = f"签名：{name}的小窝，欢迎来坐坐"
        floor = "楼主" if k == 0 else f"{k + 1}#"
        date = f"发表于 2023-5-{k + 3} 1{k}:2{k}"
        t.chrome |= {lv, pts, sig, date, "只看该作者", "使用道具", "举报", "回复"}
        quote = ""
        if k in t.quotes:
            qn = ZH_NAMES[(k - 1) % 8]
            quote = (
                f"<div class='quote'><blockquote><font size='2'><a><font color='#999999'>{qn} 发表于 2023-5-{k + 2} "
                f"10:00</font></a></font><br />{t.quotes[k]}</blockquote></div><br />"
            )
            t.chrome.add(f"{qn} 发表于 2023-5-{k + 2}")
        items.append(
            f"<div id='post_{pid}'><table id='pid{pid}' class='plhin' summary='pid{pid}' cellspacing='0' cellpadding='0'>"
            f"<tr><td class='pls' rowspan='2'><div class='pls favatar'><div class='pi'><div class='authi'>"
            f"<a class='xw1' href='/space-uid-{pid}.html'>{name}</a></div></div><div><div class='avatar'><a><img "
            f"src='/avatar/{pid}.jpg' /></a></div></div><div class='tns xg2'><table><tr><th><p><a>{rng.randint(1, 99)}</a>"
            f"</p>主题</th><th><p><a>{rng.randint(100, 999)}</a></p>帖子</th><th><p><a>{pts[3:]}</a></p>积分</th></tr>"
            f"</table></div><p><em><a>{lv}</a></em></p><dl class='pil cl'><dt>{pts}</dt></dl></div></td>"
            f"<td class='plc'><div class='pi'><strong><a id='postnum{pid}'>{floor}</a></strong><div class='pti'>"
            f"<div class='authi'><img class='authicn' src='/online.gif' /><em id='authorposton{pid}'>{date}</em>"
            f"<span class='pipe'>|</span><a>只看该作者</a></div></div></div><div class='pct'><div class='pcb'>"
            f"<div class='t_fsz'><table cellspacing='0' cellpadding='0'><tr><td class='t_f' id='postmessage_{pid}'>"
            f"{quote}{_br(paras)}</td></tr></table></div></div></div></td></tr><tr><td class='plc plm'>"
            f"<div class='sign'>{sig}</div></td></tr><tr><td class='pls'></td><td class='plc'><div class='po hin'>"
            f"<div class='pob cl'><em><a class='fastre'>回复</a></em><p><a>使用道具</a> <a>举报</a></p></div></div>"
            f"</td></tr></table></div>"
        )
    body = (
        f"<div id='ct' class='wp cl'><div id='pgt' class='pgs mbm cl'><div class='pg'><strong>1</strong><a>2</a>"
        f"<a>3</a><a class='nxt'>下一页</a></div><a id='newspecial'>发帖</a><a id='post_reply'>回复</a></div>"
        f"<div id='postlist' class='pl bm'><table cellspacing='0' cellpadding='0'><tr><td class='pls ptn pbn'>"
        f"<div class='hm ptn'><span class='xg1'>查看:</span> <span class='xi1'>{rng.randint(1000, 9999)}</span>"
        f"<span class='pipe'>|</span><span class='xg1'>回复:</span> <span class='xi1'>{len(t.posts) - 1}</span>"
        f"</div></td><td class='plc ptm pbn vwthd'><h1 class='ts'><span id='thread_subject'>{t.title}</span></h1>"
        f"</td></tr></table>{''.join(items)}</div><div class='pgs mtm mbm cl'><div class='pg'><strong>1</strong>"
        "<a>2</a><a>3</a><a class='nxt'>下一页</a></div><span class='pgb y'><a>返回列表</a></span></div></div>"
    )
    t.chrome |= {"下一页", "返回列表", "热门帖子", "版权所有"}
    return _zh_frame(t.title, body, "生活家论坛")


def tieba(t: Thread, rng: random.Random) -> str:
    items = []
    for k, paras in enumerate(t.posts):
        name = ZH_NAMES[(k + 3) % 8]
        badge, lv = ("吧主" if k == 3 else "吧友"), str(rng.randint(3, 14))
        date = f"2023-06-{k + 10:02d} 0{k}:1{k}"
        t.chrome |= {date, f"{k + 1}楼", "回复(", "收起回复"}
        items.append(
            f"<div class='l_post j_l_post l_post_bright' data-field='{{}}'><div class='d_author'><ul class='p_author'>"
            f"<li class='icon'><div class='icon_relative j_user_card'><a class='p_author_face'><img src='/p/{k}.jpg' />"
            f"</a></div></li><li class='d_name'><a class='p_author_name j_user_card'>{name}</a></li>"
            f"<li class='l_badge'><div class='p_badge'><a class='user_badge d_badge_bright'><div class='d_badge_title'>"
            f"{badge}</div><div class='d_badge_lv'>{lv}</div></a></div></li></ul></div>"
            f"<div class='d_post_content_main'><div class='p_content'><cc><div id='post_content_{9000 + k}' "
            f"class='d_post_content j_d_post_content' style='display:;'>            {_br(paras)}</div><br></cc></div>"
            f"<div class='core_reply j_lzl_wrapper'><div class='core_reply_tail clearfix'><div class='post-tail-wrap'>"
            f"<span class='j_jb_ele'><a class='j_jubao'>举报</a> |</span><span class='tail-info'>来自Android客户端</span>"
            f"<span class='tail-info'>{k + 1}楼</span><span class='tail-info'>{date}</span></div><ul class='p_reply'>"
            f"<li><a class='lzl_link_unfold'>回复({rng.randint(1, 9)})</a></li></ul></div></div></div></div>"
        )
    body = (
        f"<div class='content'><div class='card_top_wrap'><div class='card_title'><a class='card_title_fname'>空调吧</a>"
        f"<span class='card_menNum'>关注：125,334</span><span class='card_infoNum'>贴子：4,508,291</span></div></div>"
        f"<div class='core_title_wrap_bright'><h3 class='core_title_txt'>{t.title}</h3><ul class='core_title_btns'>"
        f"<li><a>只看楼主</a></li><li><a>收藏</a></li><li><a>回复</a></li></ul></div>"
        f"<div class='p_thread thread_theme_5'><ul class='l_posts_num'><li class='l_pager pager_theme_4'><span>1</span>"
        f"<a>2</a><a>下一页</a><a>尾页</a></li><li class='l_reply_num'><span>{len(t.posts) * 3}</span>回复贴，共"
        f"<span>2</span>页</li></ul></div><div class='left_section'><div id='j_p_postlist' class='p_postlist'>"
        f"{''.join(items)}</div></div><div class='p_thread thread_theme_7'><ul class='l_posts_num'><li class='l_pager'>"
        f"<span>1</span><a>2</a><a>下一页</a><a>尾页</a></li></ul></div></div>"
    )
    t.chrome |= {"只看楼主", "尾页", "回复贴", "来自Android客户端"}
    return _zh_frame(t.title, body, "百度贴吧")


def zhidao(t: Thread, rng: random.Random) -> str:
    ev = "<div class='wgt-eva'><span class='evaluate'>已赞过</span><span class='evaluate-bad'>已踩过</span><div>你对这个回答的评价是？</div><a>评论</a><a>收起</a></div>"
    answers = []
    for k, paras in enumerate(t.posts[1:], 1):
        name = ZH_NAMES[(k + 1) % 8]
        info = f"{name} 2023-0{k % 9 + 1}-12"
        best = k == 1
        head = "<div class='wgt-best-mask'><span class='best-title'>最佳答案</span></div>" if best else ""
        answers.append(
            f"<div class='{'wgt-best' if best else 'bd answer'}' id='answer-{2000 + k}'>{head}"
            f"<div class='line info f-aid'><a class='user-name'>{name}</a><span class='grid-r f-aid pos-time'>"
            f"{info[len(name) + 1 :]}</span><span class='ml-10'>推荐于</span></div><div class='line content'>"
            f"<div class='answer-text mb-10 line'><div class='{'best-text' if best else 'con'} mb-10'>{_br(paras)}"
            f"</div></div></div>{ev}<div class='wgt-replyer-all'><span>TA获得超过{rng.randint(100, 9999)}个赞</span>"
            f"<a>关注</a></div></div>"
        )
        t.chrome |= {info[len(name) + 1 :], "推荐于", "获得超过"}
    t.chrome |= {"你对这个回答的评价是", "已赞过", "最佳答案", "其他回答", "为你推荐"}
    body = (
        f"<div id='body' class='container'><div class='wgt-ask'><h1 id='wgt-ask-title'><span class='ask-title'>"
        f"{t.title}</span></h1><div class='line mt-5 q-content'><span class='con'>{_br(t.posts[0])}</span></div>"
        f"<div class='line f-aid ask-info'><span>{ZH_NAMES[0]}</span> <span>2023-01-0{rng.randint(1, 9)}</span>"
        f"<a>举报</a></div></div><div class='wgt-answers'><div class='hd line other-hd'><h2>其他回答</h2>"
        f"<span>共{len(answers)}条</span></div>{''.join(answers)}</div><div class='wgt-related'><h2>为你推荐：</h2><ul>"
        "<li><a>空调不制冷是什么原因</a></li><li><a>空调多久清洗一次</a></li></ul></div></div>"
    )
    return _zh_frame(t.title, body, "百度知道")


def zhihu(t: Thread, rng: random.Random) -> str:
    answers = []
    for k, paras in enumerate(t.posts[1:], 1):
        name = ZH_NAMES[(k + 5) % 8]
        votes = rng.randint(10, 999)
        date = f"发布于 2023-0{k % 9 + 1}-1{k} 12:0{k}"
        t.chrome |= {f"{votes} 人赞同了该回答", date, f"赞同 {votes}", "条评论", "收藏", "喜欢"}
        answers.append(
            f"<div class='List-item' tabindex='0'><div class='ContentItem AnswerItem' data-zop='{{}}'>"
            f"<div class='ContentItem-meta'><div class='AuthorInfo AnswerItem-authorInfo'><span class='UserLink "
            f"AuthorInfo-avatarWrapper'><img class='Avatar AuthorInfo-avatar' src='/a/{k}.jpg'></span>"
            f"<div class='AuthorInfo-content'><div class='AuthorInfo-head'><span class='UserLink AuthorInfo-name'>"
            f"<a class='UserLink-link'>{name}</a></span></div><div class='AuthorInfo-detail'><div class='AuthorInfo-badge'>"
            f"<div class='ztext AuthorInfo-badgeText'>家电维修从业者</div></div></div></div></div>"
            f"<div class='css-h5al4j'><span>{votes} 人赞同了该回答</span></div></div>"
            f"<div class='RichContent RichContent--unescapable'><span><div class='RichContent-inner'>"
            f"<span class='RichText ztext CopyrightRichText-richText css-1g0fqss' itemprop='text'>{_p(paras)}</span>"
            f"</div></span><div><div class='ContentItem-time'><a><span>{date}</span></a></div></div>"
            f"<div class='ContentItem-actions RichContent-actions'><span><button class='Button VoteButton'>​赞同 {votes}"
            f"</button><button class='Button VoteButton--down'></button></span><button class='Button ContentItem-action'>"
            f"{rng.randint(2, 80)} 条评论</button><button class='Button'>分享</button><button class='Button'>收藏</button>"
            f"<button class='Button'>喜欢</button></div></div></div></div>"
        )
    t.chrome |= {"关注问题", "写回答", "邀请回答", "个回答", "默认排序", "家电维修从业者"}
    body = (
        f"<div class='QuestionPage'><div class='QuestionHeader'><div class='QuestionHeader-content'>"
        f"<div class='QuestionHeader-main'><div class='QuestionHeader-tags'><a class='TopicLink'>空调</a>"
        f"<a class='TopicLink'>家用电器</a></div><h1 class='QuestionHeader-title'>{t.title}</h1>"
        f"<div class='QuestionRichText'><span class='RichText ztext' itemprop='text'>{_p(t.posts[0])}</span></div>"
        f"</div><div class='QuestionHeader-side'><div class='NumberBoard'><div>关注者</div><strong>{rng.randint(100, 999)}"
        f"</strong><div>被浏览</div><strong>{rng.randint(10000, 99999)}</strong></div></div></div>"
        f"<div class='QuestionHeader-footer'><button>关注问题</button><button>写回答</button><button>邀请回答</button>"
        f"<button>好问题</button><button>添加评论</button><button>分享</button></div></div>"
        f"<div class='Question-main'><div class='ListShortcut'><div class='Question-mainColumn'>"
        f"<div class='Card AnswersNavWrapper'><div class='List'><div class='List-header'><h4 class='List-headerText'>"
        f"<span>{len(answers) * 7} 个回答</span></h4><div class='List-headerOptions'>默认排序</div></div><div>"
        f"{''.join(answers)}</div></div></div></div></div></div></div>"
    )
    return _zh_frame(t.title, body, "知乎")


def douban(t: Thread, rng: random.Random) -> str:
    replies = []
    for k, paras in enumerate(t.posts[1:], 1):
        name = ZH_NAMES[(k + 2) % 8]
        date = f"2023-07-0{k} 1{k}:0{k}:2{k}"
        t.chrome |= {date, "删除", "回应", "赞"}
        quote = ""
        if k in t.quotes:
            qn = ZH_NAMES[(k + 1) % 8]
            quote = (
                f"<div class='reply-quote-content'><span class='all ref-content'>{t.quotes[k]}</span>"
                f"<span class='pubdate'><a>{qn}</a></span></div>"
            )
        replies.append(
            f"<li class='clearfix comment-item reply-item' id='{40000 + k}' data-cid='{40000 + k}'>"
            f"<div class='user-face'><a><img class='pil' src='/u/{k}.jpg' /></a></div><div class='reply-doc content'>"
            f"<div class='bg-img-green'><h4><a>{name}</a><span class='pubtime'>{date}</span></h4></div>{quote}"
            f"<p class='reply-content'>{_br(paras)}</p><div class='operation-div'><div class='operation-more'>"
            f"<a class='comment-vote lnk-fav'>赞</a><a class='lnk-reply'>回应</a><a class='lnk-delete-comment'>删除</a>"
            f"</div></div></div></li>"
        )
    t.chrome |= {"来自: ", "举报", "推荐", "最新讨论", "发起人"}
    body = (
        f"<div id='content'><h1>{t.title}</h1><div class='grid-16-8 clearfix'><div class='article'>"
        f"<div class='topic-content clearfix'><div class='user-face'><a><img src='/u/0.jpg' /></a></div>"
        f"<div class='topic-doc'><h3><span class='from'>来自: <a>{ZH_NAMES[1]}</a></span><span class='create-time "
        f"color-green'>2023-07-01 09:12:33</span></h3><div class='topic-content'><div class='rich-content topic-richtext'>"
        f"{_p(t.posts[0])}</div></div><div class='sns-bar'><a class='lnk-doulist-add'>添加到豆列</a> <a>举报</a>"
        f"</div><div class='action-react'><a class='react-add'>赞</a> <a>收藏</a> <a>转发</a></div></div></div>"
        f"<ul class='topic-reply' id='comments'>{''.join(replies)}</ul><div class='paginator'><span class='prev'>&lt;前页"
        f"</span><span class='thispage'>1</span><a>2</a><span class='next'><a>后页&gt;</a></span></div></div>"
        f"<div class='aside'><div class='mod'><h2>最新讨论</h2><ul><li><a>有没有一起周末去徒步的</a></li><li><a>"
        f"求推荐好用的保温杯</a></li></ul></div><div class='mod'><h2>发起人</h2><p>{ZH_NAMES[1]}</p></div></div></div></div>"
    )
    return _zh_frame(t.title, body, "豆瓣")


def weibo(t: Thread, rng: random.Random) -> str:
    comments = []
    for k, paras in enumerate(t.posts[1:], 1):
        name = ZH_NAMES[(k + 4) % 8]
        date = f"6月{k + 1}日 2{k % 4}:1{k}"
        t.chrome |= {date, "举报", "回复"}  # the name opens the comment's line: not told apart
        comments.append(
            f"<div class='list_li S_line1 clearfix' comment_id='{5000 + k}'><div class='WB_face W_fl'><a><img "
            f"src='/f/{k}.jpg' width='30' /></a></div><div class='list_con'><div class='WB_text'><a usercard='id={k}'>"
            f"{name}</a>：{' '.join(paras)}</div><div class='WB_func clearfix'><div class='WB_handle W_fr'><ul>"
            f"<li><span><a>举报</a></span></li><li><span><a>回复</a></span></li><li><span><a><span><em>ñ</em>"
            f"<em>{rng.randint(1, 99)}</em></span></a></span></li></ul></div><div class='WB_from S_txt2'>{date}</div>"
            f"</div></div></div>"
        )
    t.chrome |= {"转发", "评论 ", "来自 iPhone客户端", "关注", "热门评论"}
    body = (
        f"<div class='WB_frame'><div class='WB_main_c'><div class='WB_cardwrap WB_feed_type' mid='88'>"
        f"<div class='WB_feed_detail clearfix'><div class='WB_face W_fl'><img src='/me.jpg' /></div>"
        f"<div class='WB_detail'><div class='WB_info'><a class='W_f14 W_fb S_txt1'>{ZH_NAMES[6]}</a> <a>关注</a></div>"
        f"<div class='WB_from S_txt2'><a>6月1日 20:00</a> 来自 iPhone客户端</div>"
        f"<div class='WB_text W_f14' node-type='feed_list_content'>{' '.join(t.posts[0])}</div></div></div>"
        f"<div class='WB_feed_handle'><div class='WB_handle'><ul class='WB_row_line'><li><a><span>转发 "
        f"{rng.randint(10, 99)}</span></a></li><li><a><span>评论 {len(comments)}</span></a></li><li><a><span>赞 "
        f"{rng.randint(100, 999)}</span></a></li></ul></div></div><div class='WB_feed_repeat'><div class='WB_repeat'>"
        f"<div class='repeat_list'><div class='list_box'><div class='WB_repeat_title'>热门评论</div>"
        f"<div class='list_ul'>{''.join(comments)}</div></div></div></div></div></div></div></div>"
    )
    return _zh_frame(t.title, body, "微博")


def phpbb(t: Thread, rng: random.Random) -> str:
    items = []
    for k, paras in enumerate(t.posts):
        name, pid = EN_NAMES[k % 8], 48000 + k * 3
        posts, joined = f"Posts: {rng.randint(10, 9999)}", f"Joined: Tue Mar 0{k + 1}, 2016 9:12 pm"
        sig = f"Running OpenWrt 22.03 on three access points — {name}"
        t.chrome |= {posts, joined, sig, "» Mon Jan", "Top", "Report this post"}
        quote = ""
        if k in t.quotes:
            qn = EN_NAMES[(k - 1) % 8]
            quote = f"<blockquote><div><cite><a>{qn}</a> wrote: <a>↑</a></cite>{t.quotes[k]}</div></blockquote>"
            t.chrome.add(f"{qn} wrote:")
        items.append(
            f"<div id='p{pid}' class='post has-profile bg{k % 2 + 1}'><div class='inner'><dl class='postprofile' "
            f"id='profile{pid}'><dt class='has-profile-rank has-avatar'><div class='avatar-container'><a class='avatar'>"
            f"<img class='avatar' src='/download/file.php?avatar={k}.png' /></a></div><a class='username'>{name}</a></dt>"
            f"<dd class='profile-rank'>{'Site Admin' if k == 2 else 'Posts: a few'}</dd><dd class='profile-posts'>"
            f"<strong>Posts:</strong> <a>{posts[7:]}</a></dd><dd class='profile-joined'><strong>Joined:</strong> "
            f"{joined[8:]}</dd></dl><div class='postbody'><div id='post_content{pid}'><h3 {'class=first' if k == 0 else ''}>"
            f"<a href='#p{pid}'>{'Re: ' if k else ''}{t.title}</a></h3><ul class='post-buttons'><li><a title='Report "
            f"this post' class='button'><span>Report</span></a></li><li><a class='button' title='Reply with quote'>"
            f"<span>Quote</span></a></li></ul><p class='author'><a class='unread'>Post</a> <span class='responsive-hide'>"
            f"by <strong><a class='username'>{name}</a></strong> » </span>Mon Jan 0{k + 2}, 2023 1:2{k} pm</p>"
            f"<div class='content'>{quote}{_br(paras)}</div><div id='sig{pid}' class='signature'>{sig}</div></div></div>"
            f"<div class='back2top'><a class='top' title='Top'>Top</a></div></div></div><hr class='divider' />"
        )
    t.chrome |= {"Post Reply", "Jump to", "Who is online", "Users browsing this forum"}
    body = (
        f"<div id='page-body' class='page-body'><h2 class='topic-title'><a>{t.title}</a></h2><div class='action-bar "
        f"bar-top'><a class='button'>Post Reply</a><div class='search-box'><input type='search' placeholder='Search this "
        f"topic…' /></div><div class='pagination'>{len(t.posts)} posts • Page <strong>1</strong> of <strong>1</strong>"
        f"</div></div>{''.join(items)}<div class='action-bar bar-bottom'><a class='button'>Post Reply</a><div "
        f"class='pagination'>{len(t.posts)} posts • Page 1 of 1</div></div><div class='action-bar actions-jump'><a>Return "
        f"to “Networking”</a><div class='jumpbox'><span>Jump to</span></div></div><div class='stat-block online-list'>"
        f"<h3>Who is online</h3><p>Users browsing this forum: No registered users and 3 guests</p></div></div>"
    )
    return _en_frame(t.title, body, "Router Help Forum")


def vbulletin(t: Thread, rng: random.Random) -> str:
    items = []
    for k, paras in enumerate(t.posts):
        name, pid = EN_NAMES[(k + 2) % 8], 771000 + k
        join, posts = f"Join Date: Apr 201{k}", f"Posts: {rng.randint(20, 4000)}"
        sig = f"Baking since the lockdown of 2020, {rng.randint(3, 40)} loaves and counting"
        t.chrome |= {join, posts, sig, "Reply With Quote", f"#{k + 1}", "Junior Member", "Senior Member"}
        quote = ""
        if k in t.quotes:
            qn = EN_NAMES[(k + 1) % 8]
            quote = (
                f"<div class='bbcode_container'><div class='bbcode_quote'><div class='quote_container'><div "
                f"class='bbcode_quote_container'></div><div class='bbcode_postedby'><img alt='Quote' /> Originally "
                f"Posted by <strong>{qn}</strong></div><div class='message'>{t.quotes[k]}</div></div></div></div>"
            )
            t.chrome.add("Originally Posted by")
        items.append(
            f"<li class='postbitlegacy postbitim postcontainer old' id='post_{pid}'><div class='posthead'><span "
            f"class='postdate old'><span class='date'>01-0{k + 1}-2023,&nbsp;<span class='time'>10:1{k} AM</span></span>"
            f"</span><span class='nodecontrols'><a class='postcounter'>#{k + 1}</a></span></div><div class='postdetails'>"
            f"<div class='userinfo'><div class='username_container'><a class='username offline'><strong>{name}</strong>"
            f"</a></div><span class='usertitle'>{'Senior Member' if k % 2 else 'Junior Member'}</span><a class='postuseravatar'>"
            f"<img src='/customavatars/avatar{k}.gif' /></a><hr /><dl class='userinfo_extra'><dt>Join Date</dt><dd>Apr "
            f"201{k}</dd><dt>Posts</dt><dd>{posts[7:]}</dd></dl></div><div class='postbody'><div class='postrow'>"
            f"<h2 class='title icon'>{'Re: ' if k else ''}{t.title}</h2><div class='content'><div id='post_message_{pid}'>"
            f"<blockquote class='postcontent restore'>{quote}{_br(paras)}</blockquote></div></div></div><div "
            f"class='after_content'><blockquote class='signature restore'><div class='signaturecontainer'>{sig}</div>"
            f"</blockquote></div><div class='cleardiv'></div></div></div><div class='postfoot'><div class='textcontrols "
            f"floatcontainer'><span class='postcontrols'><a class='quote'>Reply With Quote</a></span></div></div>"
            f"<hr /></li>"
        )
    t.chrome |= {"Quick Navigation", "Similar Threads", "Bookmarks", "Posting Permissions"}
    body = (
        f"<div id='pagetitle'><h1>Thread: <span class='threadtitle'><a>{t.title}</a></span></h1></div>"
        f"<div id='above_postlist' class='above_postlist'><a class='newcontent_textcontrol'>Reply to Thread</a>"
        f"<div id='pagination_top' class='pagination_top'><span><a>Page 1 of 2</a></span><span class='selected'>"
        f"<a>1</a></span><span><a>2</a></span><span class='prev_next'><a>Next</a></span></div></div>"
        f"<div id='postlist' class='postlist restrain'><ol id='posts' class='posts'>{''.join(items)}</ol></div>"
        f"<div id='below_postlist' class='noinlinemod below_postlist'><div id='pagination_bottom'><a>Quick Navigation"
        f"</a> <a>Baking</a> <a>Top</a></div></div><div id='similar_threads'><h4>Similar Threads</h4><ol><li><a>Starter "
        f"not rising after a week</a></li><li><a>Rye starter smells like vinegar</a></li></ol></div><div "
        f"class='options_block'><h4>Bookmarks</h4><ul><li><a>Digg</a></li></ul><h4>Posting Permissions</h4><ul><li>You "
        f"may not post new threads</li><li>You may not post replies</li></ul></div>"
    )
    return _en_frame(t.title, body, "The Fresh Loaf Club")


def stackexchange(t: Thread, rng: random.Random) -> str:
    def cell(paras: list[str], k: int, verb: str) -> str:
        votes = rng.randint(-2, 400)
        name = EN_NAMES[(k + 4) % 8]
        rep = f"{rng.randint(1, 99)},{rng.randint(100, 999)}"
        t.chrome |= {f"{verb} Mar {k + 3}, 2020 at 9:1{k}", rep, "Improve this", "Follow", "silver badges"}
        return (
            f"<div class='post-layout'><div class='votecell post-layout--left'><div class='js-voting-container d-flex "
            f"jc-center fd-column ai-stretch gs4 fc-black-200'><button class='js-vote-up-btn' aria-label='Up vote'>"
            f"<svg></svg></button><div class='js-vote-count flex--item d-flex fd-column ai-center fc-black-500 fs-title' "
            f"itemprop='upvoteCount'>{votes}</div><button class='js-vote-down-btn' aria-label='Down vote'><svg></svg>"
            f"</button></div></div><div class='postcell post-layout--right'><div class='s-prose js-post-body' "
            f"itemprop='text'>{_p(paras)}</div><div class='mt24'><div class='d-flex fw-wrap ai-start jc-end gs8 gsy'>"
            f"<div class='flex--item mr16 fl1 w96'><div class='js-post-menu pt2'><div class='d-flex gs8 s-anchors "
            f"s-anchors__muted fw-wrap'><div class='flex--item'><a class='js-share-link'>Share</a></div><div "
            f"class='flex--item'><a class='js-suggest-edit-post'>Improve this {verb[:-2] if verb == 'answered' else 'question'}"
            f"</a></div><div class='flex--item'><button class='s-btn s-btn__link'>Follow</button></div></div></div></div>"
            f"<div class='post-signature flex--item fl0'><div class='user-info'><div class='user-action-time'>{verb} <span "
            f"class='relativetime'>Mar {k + 3}, 2020 at 9:1{k}</span></div><div class='user-gravatar32'><a><div "
            f"class='gravatar-wrapper-32'><img src='/g/{k}.png' /></div></a></div><div class='user-details'><a>{name}</a>"
            f"<div class='-flair'><span class='reputation-score'>{rep}</span><span><span class='badge2'></span><span "
            f"class='badgecount'>{rng.randint(2, 40)}</span></span><span title='silver badges'>{rng.randint(2, 9)} silver "
            f"badges</span></div></div></div></div></div></div><span class='d-none' itemprop='commentCount'>0</span>"
            f"<div class='post-layout--right js-post-comments-component'><div class='comments js-comments-container "
            f"bt bc-black-075 mt12'><ul class='comments-list js-comments-list'></ul></div><div class='js-comment-actions'>"
            f"<a class='js-add-link comments-link'>Add a comment</a></div></div></div></div>"
        )

    answers = []
    for k, paras in enumerate(t.posts[1:], 1):
        accepted = " accepted-answer" if k == 1 else ""
        answers.append(
            f"<a name='{6100 + k}'></a><div id='answer-{6100 + k}' class='answer js-answer{accepted}' "
            f"data-answerid='{6100 + k}' itemprop='{'acceptedAnswer' if k == 1 else 'suggestedAnswer'}' itemscope>"
            f"{cell(paras, k, 'answered')}</div>"
        )
    t.chrome |= {"Add a comment", "Sorted by", "Your Answer", "Hot Network Questions", "Not the answer you're"}
    body = (
        f"<div id='content' class='snippet-hidden'><div itemprop='mainEntity' itemscope><div id='question-header' "
        f"class='d-flex sm:fd-column'><h1 itemprop='name' class='fs-headline1 ow-break-word mb8 flex--item fl1'>"
        f"<a class='question-hyperlink'>{t.title}</a></h1><div class='ml12 aside-cta flex--item sm:ml0'><a "
        f"class='ws-nowrap s-btn s-btn__primary'>Ask Question</a></div></div><div class='d-flex fw-wrap pb8 mb16 bb "
        f"bc-black-075'><div class='flex--item ws-nowrap mr16 mb8'><span class='fc-light mr2'>Asked</span> <time>3 years "
        f"ago</time></div><div class='flex--item ws-nowrap mr16 mb8'><span class='fc-light mr2'>Viewed</span> "
        f"{rng.randint(2, 90)}k times</div></div><div id='mainbar' role='main'><div class='question js-question' "
        f"id='question' data-questionid='6100'>{cell(t.posts[0], 0, 'asked')}</div><div id='answers'><a "
        f"name='tab-top'></a><div id='answers-header'><div class='answers-subheader d-flex ai-center mb8'><div "
        f"class='flex--item fl1'><h2 class='mb0'>{len(answers)} Answers <span style='display:none;' "
        f"itemprop='answerCount'>{len(answers)}</span></h2></div><div class='flex--item'><label>Sorted by:</label>"
        f"<select><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div>"
        f"</div></div>{''.join(answers)}<h2 class='bottom-notice'>Not the answer you're looking for? Browse other "
        f"questions tagged <a class='post-tag'>python</a> or <a>ask your own question</a>.</h2></div><form "
        f"id='post-form' class='post-form js-add-answer-component'><h2 class='space'>Your Answer</h2><textarea "
        f"name='post-text'></textarea><button class='s-btn s-btn__primary'>Post Your Answer</button></form></div></div>"
        f"<div id='sidebar' class='show-votes' role='complementary'><div id='hot-network-questions' class='module "
        f"tex2jax_ignore'><h4>Hot Network Questions</h4><ul><li><a>Why does my loop skip every other line?</a></li>"
        f"<li><a>Can a function return two different types safely?</a></li></ul></div></div></div>"
    )
    return _en_frame(t.title, body, "Stack Overflow")


def discourse(t: Thread, rng: random.Random) -> str:
    items = []
    for k, paras in enumerate(t.posts):
        name = EN_NAMES[(k + 6) % 8]
        likes = f"{rng.randint(2, 30)} Likes"
        date = f"January {k + 3}, 2024, 4:1{k}pm"
        t.chrome |= {likes, date, f"#{k + 1}"}
        quote = ""
        if k in t.quotes:
            qn = EN_NAMES[(k + 5) % 8]
            quote = (
                f"<aside class='quote no-group' data-username='{qn}' data-post='{k}' data-topic='913'><div "
                f"class='title'><div class='quote-controls'></div><img src='/q.png' class='avatar'> {qn}:</div>"
                f"<blockquote><p>{t.quotes[k]}</p></blockquote></aside>"
            )
        items.append(
            f"<div id='post_{k + 1}' itemprop='comment' itemscope itemtype='http://schema.org/Comment' "
            f"class='topic-body crawler-post'><div class='crawler-post-meta'><span class='creator' itemprop='author' "
            f"itemscope itemtype='http://schema.org/Person'><a itemprop='url'><span itemprop='name'>{name}</span></a>"
            f"</span><span class='crawler-post-infos'><time itemprop='datePublished' datetime='2024-01-0{k + 3}'>"
            f"{date}</time><meta itemprop='dateModified'><span itemprop='position'>#{k + 1}</span></span></div>"
            f"<div class='post' itemprop='text'>{quote}{_p(paras)}</div><div itemprop='interactionStatistic' "
            f"itemscope itemtype='http://schema.org/InteractionCounter'><meta itemprop='interactionType'><meta "
            f"itemprop='userInteractionCount'><span class='post-likes'>{likes}</span></div></div>"
        )
    t.chrome |= {"Related topics", "Powered by Discourse", "Topic Replies Views Activity"}
    body = (
        f"<div id='main-outlet' class='wrap' role='main'><div id='topic-title'><h1><a itemprop='url'>{t.title}</a></h1>"
        f"<div class='topic-category'><span class='category-name'>Help</span></div></div>{''.join(items)}"
        f"<div id='related-topics' class='more-topics__list' role='complementary'><h3 id='related-topics-title' "
        f"class='more-topics__list-title'>Related topics</h3><div class='topic-list-container'><table "
        f"class='topic-list'><thead><tr><th>Topic</th><th>Replies</th><th>Views</th><th>Activity</th></tr></thead>"
        f"<tbody><tr><td><a class='title raw-link raw-topic-link'>Starter smells like acetone</a></td><td>4</td>"
        f"<td>812</td><td>Mar 2023</td></tr></tbody></table></div></div><footer class='container wrap'><nav "
        f"class='crawler-nav'><ul><li><a>Home</a></li><li><a>Categories</a></li><li><a>Guidelines</a></li></ul></nav>"
        f"<p class='powered-by-link'>Powered by Discourse, best viewed with JavaScript enabled</p></footer></div>"
    )
    return _en_frame(t.title, body, "Home Bakers Community")


def utility(t: Thread, rng: random.Random) -> str:
    """A utility-CSS forum (Tailwind-like classes, no class word naming posts)."""
    items = []
    for k, paras in enumerate(t.posts):
        name = EN_NAMES[(k + 1) % 8]
        level = f"Level {rng.randint(2, 30)}"
        date = f"{k + 2} days ago"
        t.chrome |= {level, date, "Reply", "Report", "Share"}
        items.append(
            f"<div class='mb-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm'><div class='flex items-center "
            f"gap-3'><img class='h-10 w-10 rounded-full' src='/av/{k}.png' /><div class='flex flex-col'><a "
            f"class='font-semibold text-sm'>{name}</a><span class='text-xs text-gray-500'>{level} · {date}</span></div>"
            f"</div><div class='mt-3 text-base leading-relaxed'>{_p(paras)}</div><div class='mt-3 flex gap-4 text-sm "
            f"text-gray-500'><button>▲ {rng.randint(0, 90)}</button><button>Reply</button><button>Share</button><button>"
            f"Report</button></div></div>"
        )
    body = (
        f"<div class='mx-auto max-w-3xl px-4'><div class='mb-6'><h1 class='text-2xl font-bold'>{t.title}</h1><p "
        f"class='text-sm text-gray-500'>in <a>Home Networking</a> · {len(t.posts) - 1} replies</p></div>"
        f"{''.join(items)}<nav class='flex justify-center gap-2'><a>‹ Prev</a><a>1</a><a>2</a><a>Next ›</a></nav></div>"
    )
    return _en_frame(t.title, body, "NetTalk")


def xenforo(t: Thread, rng: random.Random) -> str:
    """XenForo 2: ``<article class='message message--post'>`` items, a user cell beside the post, "X said:" quotes,
    a Like / Reply / Report bar."""
    items = []
    for k, paras in enumerate(t.posts):
        name, pid = EN_NAMES[(k + 3) % 8], 210400 + k * 11
        title, msgs = ("Well-known member" if k % 2 else "New member"), f"Messages {rng.randint(10, 5000)}"
        date = f"Feb {k + 4}, 2024"
        t.chrome |= {title, msgs, date, "Like", "Reply", "Report", f"#{k + 1}", "Click to expand..."}
        quote = ""
        if k in t.quotes:
            qn = EN_NAMES[(k + 2) % 8]
            quote = (
                f"<blockquote class='bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch' data-quote='{qn}'>"
                f"<div class='bbCodeBlock-title'><a class='bbCodeBlock-sourceJump'>{qn} said:</a></div><div "
                f"class='bbCodeBlock-content'><div class='bbCodeBlock-expandContent js-expandContent'>{t.quotes[k]}</div>"
                f"<div class='bbCodeBlock-expandLink js-expandLink'><a role='button'>Click to expand...</a></div></div>"
                f"</blockquote>"
            )
            t.chrome.add(f"{qn} said:")
        items.append(
            f"<article class='message message--post js-post js-inlineModContainer' data-author='{name}' "
            f"data-content='post-{pid}' id='js-post-{pid}'><span class='u-anchorTarget' id='post-{pid}'></span>"
            f"<div class='message-inner'><div class='message-cell message-cell--user'><section class='message-user'>"
            f"<div class='message-avatar'><div class='message-avatar-wrapper'><a class='avatar avatar--m'><img "
            f"src='/data/avatars/m/{k}.jpg' alt='{name}' /></a></div></div><div class='message-userDetails'><h4 "
            f"class='message-name'><a class='username'>{name}</a></h4><h5 class='userTitle message-userTitle'>{title}</h5>"
            f"</div><div class='message-userExtras'><dl class='pairs pairs--justified'><dt>Messages</dt><dd>{msgs[9:]}</dd>"
            f"</dl></div></section></div><div class='message-cell message-cell--main'><div class='message-main "
            f"js-quickEditTarget'><header class='message-attribution message-attribution--split'><ul "
            f"class='message-attribution-main listInline'><li class='u-concealed'><a><time class='u-dt'>{date}</time></a>"
            f"</li></ul><ul class='message-attribution-opposite listInline'><li><a class='message-attribution-gadget'>"
            f"<i class='fa--xf far fa-share-alt'></i></a></li><li><a>#{k + 1}</a></li></ul></header><div "
            f"class='message-content js-messageContent'><div class='message-userContent lbContainer js-lbContainer'>"
            f"<article class='message-body js-selectToQuote'><div class='bbWrapper'>{quote}{_br(paras)}</div>"
            f"<div class='js-selectToQuoteEnd'>&nbsp;</div></article></div></div><footer class='message-footer'><div "
            f"class='message-actionBar actionBar'><div class='actionBar-set actionBar-set--external'><a "
            f"class='actionBar-action actionBar-action--like'>Like</a><a class='actionBar-action actionBar-action--reply'>"
            f"Reply</a></div><div class='actionBar-set actionBar-set--internal'><a class='actionBar-action "
            f"actionBar-action--report'>Report</a></div></div><div class='reactionsBar js-reactionsList'></div></footer>"
            f"</div></div></div></article>"
        )
    t.chrome |= {"You must log in or register to reply here.", "Share:", "Similar threads"}
    body = (
        f"<div class='p-body-inner'><div class='p-body-header'><div class='p-title'><h1 class='p-title-value'>{t.title}"
        f"</h1></div><div class='p-description'><ul class='listInline listInline--bullet'><li><a class='username'>"
        f"{EN_NAMES[3]}</a></li><li><time>Feb 4, 2024</time></li></ul></div></div><div class='p-body-main'><div "
        f"class='p-body-content'><div class='block block--messages'><div class='block-outer'><div class='pageNav'><ul "
        f"class='pageNav-main'><li class='pageNav-page pageNav-page--current'><a>1</a></li><li class='pageNav-page'>"
        f"<a>2</a></li></ul><a class='pageNav-jump pageNav-jump--next'>Next</a></div></div><div class='block-container "
        f"lbContainer'><div class='block-body js-replyNewMessageContainer'>{''.join(items)}</div></div></div><div "
        f"class='blockMessage blockMessage--error'>You must log in or register to reply here.</div><div "
        f"class='block block--similar'><h3 class='block-header'>Similar threads</h3><div class='block-body'><div "
        f"class='structItem'><a>Mesh system keeps dropping the backhaul</a></div><div class='structItem'><a>Powerline "
        f"adapters worth it?</a></div></div></div><div class='shareButtons'><span class='shareButtons-label'>Share:"
        f"</span><a>Facebook</a><a>Reddit</a><a>Email</a></div></div></div></div>"
    )
    return _en_frame(t.title, body, "Home Network Forums")


def _reddit_comment(t: Thread, rng: random.Random, k: int, inner: str) -> str:
    name = EN_NAMES[(k + 4) % 8]
    points, age = f"{rng.randint(2, 400)}", f"{k + 1}h ago"
    t.chrome |= {age, "Reply", "Share", "Award", "level 1"}
    return (
        f"<shreddit-comment author='{name}' depth='{k % 2}' thingid='t1_k{k}' score='{points}'><div slot='commentAvatar'>"
        f"<faceplate-img src='/snoo/{k}.png'></faceplate-img></div><div slot='commentMeta' class='flex flex-row "
        f"items-center'><faceplate-hovercard><a class='font-bold text-neutral-content-strong'>{name}</a>"
        f"</faceplate-hovercard><span class='text-neutral-content-weak'>•</span><faceplate-timeago><time>{age}</time>"
        f"</faceplate-timeago></div><div slot='comment' id='t1_k{k}-comment-rtjson-content' class='md text-14'>"
        f"{_p(t.posts[k])}</div><shreddit-comment-action-row slot='actionRow'><button class='button-plain'><span>"
        f"{points}</span></button><button class='button-plain'>Reply</button><button class='button-plain'>Award</button>"
        f"<button class='button-plain'>Share</button></shreddit-comment-action-row>{inner}</shreddit-comment>"
    )


def reddit(t: Thread, rng: random.Random) -> str:
    """A Reddit-like post page: custom elements, a post and a comment *tree* (every second comment a reply to the
    one before, nested inside it), button action rows, utility classes only."""
    comments = []
    k = 1
    while k < len(t.posts):
        inner = _reddit_comment(t, rng, k + 1, "") if k + 1 < len(t.posts) and k % 2 else ""
        comments.append(_reddit_comment(t, rng, k, inner))
        k += 2 if inner else 1
    t.chrome |= {"Join", "Sort by:", "Best", "Community Info", "Members", "Online"}
    body = (
        f"<shreddit-app><div class='main-container flex gap-md'><main class='main w-full'><shreddit-post "
        f"post-title='{t.title}' author='{EN_NAMES[0]}'><div slot='credit-bar' class='flex items-center'><a "
        f"class='text-12'>r/HomeNetworking</a><span>•</span><faceplate-timeago><time>5h ago</time></faceplate-timeago>"
        f"<button class='button-primary'>Join</button></div><h1 slot='title' class='font-semibold text-18'>{t.title}</h1>"
        f"<div slot='text-body' class='md text-14'>{_p(t.posts[0])}</div><div class='flex gap-sm'><button>"
        f"{rng.randint(10, 500)}</button><button>{len(t.posts) - 1}</button><button>Share</button></div></shreddit-post>"
        f"<div class='flex items-center'><span>Sort by:</span><button>Best</button></div><shreddit-comment-tree "
        f"post-id='t3_x'>{''.join(comments)}</shreddit-comment-tree></main><div id='right-sidebar-container' "
        f"class='sidebar-grid'><div class='text-14'><h2>Community Info</h2><p>{rng.randint(100, 999)}k Members</p>"
        f"<p>{rng.randint(100, 999)} Online</p></div></div></div></shreddit-app>"
    )
    return _en_frame(t.title, body, "reddit")


def kaskus(t: Thread, rng: random.Random) -> str:
    """A Kaskus-like utility-CSS forum: each post an element with no class at all around utility-class children,
    a bar of ``<button>``s (with icons) for its actions."""
    items = []
    for k, paras in enumerate(t.posts):
        name = EN_NAMES[(k + 5) % 8]
        rank, date = f"Kaskuser · {rng.randint(10, 900)} posts", f"{k + 1}-03-2024 1{k}:0{k}"
        t.chrome |= {rank, date, "Quote", "Reply", "Share", "Report"}
        items.append(
            f"<div id='post{7700 + k}'><div class='flex items-center justify-between border-b px-4 py-2'><div "
            f"class='flex items-center gap-2'><img class='h-8 w-8 rounded-full' src='/a/{k}.png'/><div><div "
            f"class='text-sm font-bold'>{name}</div><div class='text-xs text-secondary'>{rank}</div></div></div><div "
            f"class='text-xs text-secondary'>{date}</div></div><div class='px-4 py-3 text-primary "
            f"leading-normal break-words'>{_br(paras)}</div><div class='flex justify-end gap-3 px-4 pb-2 text-secondary'>"
            f"<button class='flex items-center'><i class='fas fa-quote-left'></i><span class='ml-1'>Quote</span></button>"
            f"<button class='flex items-center'><i class='fas fa-reply'></i><span class='ml-1'>Reply</span></button>"
            f"<button class='flex items-center'><i class='fas fa-share'></i></button><button class='flex "
            f"items-center'><i class='fas fa-flag'></i></button></div></div>"
        )
    body = (
        f"<div class='mx-auto w-full max-w-screen-lg'><div class='bg-surface p-4'><h1 class='text-lg "
        f"font-bold'>{t.title}</h1><div class='text-xs text-secondary'>{len(t.posts) - 1} replies · {rng.randint(100, 9999)}"
        f" views</div></div><div class='mt-2 bg-surface'>{''.join(items)}</div><div class='flex justify-center gap-2 "
        f"p-4'><a>1</a><a>2</a><a>Next</a></div></div>"
    )
    return _en_frame(t.title, body, "KASKUS")


def _css(rng: random.Random) -> str:
    return "css-" + "".join(rng.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(6))


def minified(t: Thread, rng: random.Random) -> str:
    """A modern Chinese Q&A / comment page built by a CSS-in-JS framework: every class a hash (``css-1x2y3z``),
    one per element kind, no class word naming posts or replies."""
    c = {n: _css(rng) for n in ("item", "head", "name", "meta", "body", "bar", "btn", "list", "q", "qbody", "count")}
    items = []
    for k, paras in enumerate(t.posts[1:], 1):
        name = ZH_NAMES[(k + 6) % 8]
        date, ip = f"2024-0{k % 9 + 1}-0{k % 9 + 1}", "IP 属地：广东"
        t.chrome |= {date, ip, "回复", "举报", "赞"}
        items.append(
            f"<div class='{c['item']}'><div class='{c['head']}'><img class='{c['name']}' src='/u/{k}.webp'/><span "
            f"class='{c['name']}'>{name}</span></div><div class='{c['body']}'>{_p(paras)}</div><div class='{c['meta']}'>"
            f"<span>{date}</span><span>{ip}</span></div><div class='{c['bar']}'><button class='{c['btn']}'>赞 "
            f"{rng.randint(0, 300)}</button><button class='{c['btn']}'>回复</button><button class='{c['btn']}'>举报</button>"
            f"</div></div>"
        )
    body = (
        f"<div id='root'><div class='{c['q']}'><h1 class='{_css(rng)}'>{t.title}</h1><div class='{c['head']}'><span "
        f"class='{c['name']}'>{ZH_NAMES[0]}</span><span class='{c['meta']}'>发布于 2024-01-01</span></div><div "
        f"class='{c['qbody']}'>{_p(t.posts[0])}</div></div><div class='{c['count']}'>全部评论（{len(items)}）</div><div "
        f"class='{c['list']}'>{''.join(items)}</div><div class='{_css(rng)}'>没有更多了</div></div>"
    )
    t.chrome |= {"全部评论", "没有更多了", "发布于"}
    return _zh_frame(t.title, body, "问答社区")


def bbs(t: Thread, rng: random.Random) -> str:
    """An old BBS with no class names at all: every post a bare ``<table>`` (author row, text row), ``<hr>``
    between posts, the title a ``<b>`` (水木/天涯-era markup)."""
    items = []
    for k, paras in enumerate(t.posts):
        name = ZH_NAMES[(k + 1) % 8]
        date = f"发信站: 生活家 (2009年3月{k + 2}日 2{k % 4}:1{k}:00)"
        t.chrome |= {date, "回复本文", "引用", "举报", f"第{k + 1}楼"}
        items.append(
            f"<table width='100%' border='0' cellspacing='0'><tr><td bgcolor='#e8f0f8'><font size='2'>作者：<a>{name}"
            f"</a>　{date}　第{k + 1}楼</font></td></tr><tr><td><font size='3'>{_br(paras)}</font></td></tr><tr><td "
            f"align='right'><font size='2'><a>回复本文</a> | <a>引用</a> | <a>举报</a></font></td></tr></table><hr>"
        )
    body = (
        f"<center><table width='960'><tr><td><b>{t.title}</b></td></tr><tr><td>[<a>返回版面</a>] [<a>同主题阅读</a>] "
        f"[<a>上一篇</a>] [<a>下一篇</a>]</td></tr><tr><td>{''.join(items)}</td></tr><tr><td>[<a>返回版面</a>] "
        f"[<a>发表回复</a>]</td></tr></table></center>"
    )
    t.chrome |= {"返回版面", "同主题阅读", "发表回复"}
    return _zh_frame(t.title, body, "生活家BBS")


COMMENTS_ZH = [
    "写得很好，支持一下！",
    "这篇报道很及时，希望有关部门重视。",
    "我们那边也是这样，感同身受。",
    "顶一个，说出了大家的心声。",
]


def news(t: Thread, rng: random.Random) -> str:
    """A control page: a news article of several paragraphs and a comment list below it (the comments are not
    the text: its gold is the article alone)."""
    comments = []
    for k, text in enumerate(COMMENTS_ZH):
        name = ZH_NAMES[k % 8]
        date = f"2023-08-0{k + 1} 0{k}:3{k}"
        t.chrome |= {text, date, "回复", "举报"}
        comments.append(
            f"<li class='comment-item'><div class='comment-user'><img src='/c/{k}.jpg'><a>{name}</a>"
            f"<span class='comment-lv'>Lv{k + 2}</span></div><div class='comment-text'><p>{text}</p></div>"
            f"<div class='comment-bar'><span>{date}</span><a>回复</a><a>举报</a><a>赞 {rng.randint(1, 99)}</a></div></li>"
        )
    t.chrome |= {"网友评论", "相关阅读", "责任编辑"}
    body = (
        f"<div class='main'><div class='article'><h1>{t.title}</h1><div class='info'><span>2023-08-01 08:00</span>"
        f"<span>来源：生活日报</span></div><div class='article-content'>{_p(t.posts[0])}</div>"
        f"<div class='editor'>责任编辑：王明</div></div><div class='comment-box'><h3>网友评论</h3>"
        f"<ul class='comment-list'>{''.join(comments)}</ul></div><div class='related'><h3>相关阅读</h3><ul>"
        "<li><a>高温天气注意防暑降温</a></li><li><a>夏季用电高峰来临</a></li></ul></div></div>"
    )
    return _zh_frame(t.title, body, "生活日报")


ENGINES: dict[str, tuple[str, Callable[[Thread, random.Random], str]]] = {
    "news": ("zh", news),
    "discuz": ("zh", discuz),
    "tieba": ("zh", tieba),
    "zhidao": ("zh", zhidao),
    "zhihu": ("zh", zhihu),
    "douban": ("zh", douban),
    "weibo": ("zh", weibo),
    "phpbb": ("en", phpbb),
    "vbulletin": ("en", vbulletin),
    "stackexchange": ("en", stackexchange),
    "discourse": ("en", discourse),
    "utility": ("en", utility),
    "xenforo": ("en", xenforo),
    "reddit": ("en", reddit),
    "kaskus": ("en", kaskus),
    "minified": ("zh", minified),
    "bbs": ("zh", bbs),
}
SINGLE_REPLY = frozenset({"xenforo", "reddit", "kaskus", "minified", "bbs"})
"""Engines added in round 7: their second variant is a thread with one reply."""
ZH_TITLES = ["家里空调制冷效果越来越差怎么办？", "周末爬香山的一点经验分享", "孩子初一数学跟不上怎么办"]
EN_TITLES = [
    "Router drops Wi-Fi every evening after update",
    "Sourdough starter smells strange",
    "Reading a big CSV in chunks",
]
VARIANTS = 4
"""Pages per engine: the last with a long first post (six paragraphs), which is what tells a thread from an
article followed by comments."""


def build() -> list[Thread]:
    out: list[Thread] = []
    for engine, (lang, fn) in ENGINES.items():
        for v in range(VARIANTS):
            rng = random.Random(f"{engine}/{v}")
            pool, titles = (ZH, ZH_TITLES) if lang == "zh" else (EN, EN_TITLES)
            n = rng.randint(4, 9)  # the first post and 3-8 replies
            first = 1 if engine == "weibo" else rng.choice((1, 2, 3))
            if engine == "news":
                n, first = 1, rng.choice((3, 5, 6))
            elif v == VARIANTS - 1:
                first = 6
            if engine in SINGLE_REPLY and v == 1:
                n = 2
            posts = _posts(rng, pool, n, first)
            t = Thread(id=f"{engine}_{v}", engine=engine, lang=lang, title=titles[v % len(titles)], posts=posts)
            if engine in ("discuz", "phpbb", "vbulletin", "douban", "discourse", "xenforo") and n > 3:
                k = rng.randint(2, n - 1)
                t.quotes[k] = posts[k - 1][0]
            t.html = fn(t, rng)
            t.chrome = {c for c in t.chrome if c.strip() and c not in t.gold()}
            out.append(t)
    return out


TINY_ZH = [
    "空调不制冷了怎么办？",
    "先清洗一下滤网试试。",
    "可能是缺氟了，找师傅看看。",
    "外机风扇转不转？",
    "谢谢，已经修好了。",
    "电容坏了换一个就行。",
    "八年的空调建议换新的。",
]
TINY_EN = [
    "My router keeps dropping Wi-Fi.",
    "Try a fixed channel.",
    "Update the firmware first.",
    "Thanks, that fixed it.",
    "Check the DFS log.",
    "Same problem here.",
]


def build_tiny(per_engine: int = 6) -> list[Thread]:
    """Tiny threads (round 7): every engine but the news control, posts of 10-30 characters, a one-line first post
    and 1-3 replies, where the user chrome outweighs the text (seeded "tiny/<engine>/<n>"; not fixtures)."""
    out: list[Thread] = []
    for engine, (lang, fn) in ENGINES.items():
        if engine == "news":
            continue
        for v in range(per_engine):
            rng = random.Random(f"tiny/{engine}/{v}")
            pool, titles = (TINY_ZH, ZH_TITLES) if lang == "zh" else (TINY_EN, EN_TITLES)
            posts = _posts(rng, pool, rng.randint(2, 4), 1)
            t = Thread(id=f"tiny_{engine}_{v}", engine=engine, lang=lang, title=titles[v % 3], posts=posts)
            t.html = fn(t, rng)
            out.append(t)
    return out


def score_tiny() -> None:
    from bench_extract import prf

    from cleaner.extraction import extract_html

    per: dict[str, list[float]] = {}
    for t in build_tiny():
        per.setdefault(t.engine, []).append(prf(extract_html(t.html).text, t.gold())[0])
    scores = [f for fs in per.values() for f in fs]
    print(
        f"tiny threads: {len(scores)} F1 {statistics.fmean(scores):.3f} | "
        + " ".join(f"{e} {statistics.fmean(fs):.2f}" for e, fs in per.items())
    )


def write(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    meta = []
    for t in build():
        (folder / f"{t.id}.html").write_text(t.html, encoding="utf-8")
        (folder / f"{t.id}.txt").write_text(t.gold() + "\n", encoding="utf-8")
        meta.append(
            json.dumps(
                {
                    "id": t.id,
                    "engine": t.engine,
                    "lang": t.lang,
                    "half": half(SET, t.id),
                    "title": t.title,
                    "posts": ["\n".join(p) for p in t.posts],
                    "chrome": sorted(t.chrome),
                },
                ensure_ascii=False,
            )
        )
    (folder / "meta.jsonl").write_text("\n".join(meta) + "\n", encoding="utf-8")
    print(f"{len(meta)} pages written to {folder}")


def load(folder: Path = FIXTURES) -> list[dict[str, object]]:
    """The fixture pages' records (``meta.jsonl``), each with its ``html`` and ``gold`` text."""
    out = []
    for line in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        rec: dict[str, object] = json.loads(line)
        rec["html"] = (folder / f"{rec['id']}.html").read_text(encoding="utf-8")
        rec["gold"] = (folder / f"{rec['id']}.txt").read_text(encoding="utf-8")
        out.append(rec)
    return out


def check_page(rec: dict[str, object], text: str) -> list[str]:
    """What is wrong with ``text`` as the output of the page ``rec``: a post missing or out of order, chrome kept."""
    problems = []
    at = 0
    flat = text.replace("\n", " ")
    for k, post in enumerate(rec["posts"]):  # type: ignore[attr-defined]
        for para in str(post).split("\n"):
            pos = flat.find(para, at)
            if pos < 0:
                problems.append(f"post {k} missing or out of order: {para[:30]}")
            else:
                at = pos + len(para)
    problems.extend(f"chrome kept: {c}" for c in rec["chrome"] if c in text)  # type: ignore[attr-defined]
    return problems


def score(folder: Path, verbose: bool) -> None:
    from bench_extract import CUES_EN, CUES_ZH, leaks, prf

    from cleaner.extraction import extract_html

    rows: dict[str, list[tuple[float, float, float, bool, bool]]] = {h: [] for h in HALVES}
    for rec in load(folder):
        text = extract_html(str(rec["html"])).text
        f1, p, r = prf(text, str(rec["gold"]))
        bad = check_page(rec, text)
        h = str(rec["half"])
        leaked = bool(leaks(text, str(rec["gold"]), CUES_ZH if rec["lang"] == "zh" else CUES_EN))
        rows[h].append((f1, p, r, bool(bad), leaked))
        if verbose and h == TUNE:
            print(f"  {rec['id']:<18}{f1:.3f} p={p:.2f} r={r:.2f} {'; '.join(bad)[:160]}")
    cells = []
    for h in (TUNE, CHECK):
        rs = rows[h]
        cells.append(
            f"{h}: {len(rs):>3} F1 {statistics.fmean(x[0] for x in rs):.3f} prec {statistics.fmean(x[1] for x in rs):.3f}"
            f" recall {statistics.fmean(x[2] for x in rs):.3f} leak {sum(x[4] for x in rs) / len(rs):.1%}"
            f" pages with a problem {sum(x[3] for x in rs)}"
        )
    print(" | ".join(cells))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--write", type=Path, help="write the fixture pages to this folder")
    ap.add_argument("--score", action="store_true", help="score cleaner on the fixture pages, tune and check")
    ap.add_argument("--verbose", action="store_true", help="with --score: each tune page's score and problems")
    ap.add_argument("--tiny", action="store_true", help="score cleaner on generated tiny threads (tune material)")
    ap.add_argument("--folder", type=Path, default=FIXTURES)
    args = ap.parse_args(argv)
    if args.tiny:
        score_tiny()
    if args.write:
        write(args.write)
    if args.score:
        score(args.folder, args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
