"""A second, independent generated corpus of forum threads and Q&A pages (issue #12, round 8).

Written before any tuning of round 8 and apart from ``thread_corpus.py`` (whose layouts were written by the people
tuning the thread mechanism, so they flatter it). The markup of each layout follows what the engines' public pages
are made of as the author knows them (no third-party page is copied): Discuz! X3 (``postlist``, ``plhin``,
``pls`` / ``plc``, ``authi``, ``t_f``, ``sign``), phpBB 3 prosilver (``postprofile``, ``postbody``, ``content``,
``signature``), vBulletin 4 (``postbitlegacy``, ``postcontent``) and 5 (``b-post``, ``js-post__content-text``),
XenForo 2 (``message--post``, ``bbWrapper``, ``bbCodeBlock--quote``), Discourse (``topic-post``, ``cooked``),
Flarum (``PostStream-item``, ``Post-body``), NodeBB (``component="post"``), Simple Machines (``windowbg``,
``postarea``, ``inner``), Baidu Tieba (``l_post``, ``d_post_content``, ``core_reply_tail``), Baidu Zhidao (best
answer and other answers), Zhihu (``QuestionAnswer-content``, ``RichContent-inner``, ``ContentItem-actions``),
Douban group (``topic-content``, ``reply-doc``), NGA (``forumbox postbox``, ``postcontent ubbcode``), Hupu
(``post-reply-list``), V2EX (``cell`` / ``reply_content``), Stack Exchange (question, answers, comments, vote
counts), old and new Reddit, a GitHub-issue-like timeline, a Weibo-like comment list, and a small Q&A site (one
question, one short answer).

Every engine gets six pages, one per *shape*: a thread of 3-8 replies, a first post alone, replies that are
one-liners, a long first post with a few replies, one reply, and a tiny Q&A (a one-line question and one
answer of tens of characters). Around them: header, navigation, breadcrumbs, a sidebar of hot topics, some
"who's online" boxes, ads between posts, signatures, quotes, pagination bars, "related threads" boxes and a
footer. The gold text is the first post (or question) and every reply (or answer, or comment) in order, a
quote's text included and its "X wrote:" header not; the thread title is not in the gold.

Pages split by :func:`page_half`: per shape, the engines ranked by a hash of ``threads2/<id>`` alternate between
tune and check (so every shape has about as many pages in each half). Tune on the tune half, read only the check
half's scores.

    python bench/thread_corpus2.py --score            # cleaner and trafilatura, tune and check, per shape
    python bench/thread_corpus2.py --verbose          # and each tune page's problems
    python bench/thread_corpus2.py --dump ID          # a tune page's html, gold and output (tune pages only)
"""

# ruff: noqa: E501  (page markup is written in long literal lines)
from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import thread_score
from halves import TUNE
from thread_score import ThreadPage, problems

SET = "threads2"
SHAPES = ("thread", "single", "oneliner", "long", "one_reply", "tiny_qa")

ZH = [
    "电动车买了三年，最近充满电只能跑二十公里，以前能跑五十多公里，是不是电池不行了？",
    "铅酸电池一般两到三年就会明显衰减，可以先去店里测一下每块电池的电压，看看是不是有一块坏了。",
    "如果只是其中一块电池落后，单独换那一块就行，没必要整组换，能省下不少钱。",
    "换锂电池要注意控制器和充电器是否匹配，不匹配的话容易出安全问题，千万别图便宜。",
    "冬天气温低的时候续航本来就会下降三成左右，等天气暖和了可以再观察一下。",
    "我上个月刚换了一组新电池，花了六百多块，现在每天上下班来回完全够用。",
    "充电的时候尽量不要充一整夜，充满后及时拔掉，对电池寿命有好处。",
    "楼主住的小区能不能在楼下充电？很多地方现在都不让推上楼了，要注意安全。",
    "最近在看房子租，中介说押一付三，还要再交一个月的中介费，感觉负担挺重的。",
    "签合同之前一定要把屋里的家电一件一件试一遍，有问题拍照留证，退租的时候才不会扯皮。",
    "可以直接在租房平台上找房东直租，虽然花的时间多一些，但能省下一个月的中介费。",
    "合同里一定要写清楚水电燃气怎么算，有的房东按商业电价收，一个月下来差好几十。",
    "我之前租的房子隔音特别差，晚上隔壁说话都听得清清楚楚，看房最好晚上再去一次。",
    "家里的猫最近总是半夜叫，还到处乱跑，白天却一直睡觉，不知道是不是生病了。",
    "猫本来就是晨昏活动的动物，白天多陪它玩一会儿，消耗掉精力，晚上就会安静很多。",
    "如果猫还没有绝育，半夜叫很可能是发情了，建议等身体条件合适的时候去做手术。",
    "睡前给它喂一顿，吃饱了猫一般会睡得比较久，我家的就是这样调整过来的。",
    "千万不要在它叫的时候起来哄它，不然它会以为叫了就有人理，以后叫得更凶。",
    "新房装修完三个月了，甲醛检测还是超标一点，家里有小孩，不敢马上搬进去住。",
    "通风是最有效的办法，夏天温度高释放得快，多开窗多通风，再等一两个月测一次。",
    "活性炭只能吸附一部分，作用有限，空气净化器要选带甲醛滤网的，还得定期换滤芯。",
    "最好找有资质的检测机构做一次全面检测，网上买的检测盒误差比较大，只能做参考。",
    "准备考研已经半年了，每天学习十个小时，但是模拟考的分数一直上不去，有点焦虑。",
    "分数上不去先别急着加时间，回头看看错题，是知识点没掌握还是做题方法的问题。",
    "专业课一定要找目标院校的真题来做，不同学校出题风格差别很大，只看教材是不够的。",
    "学累了就出去跑跑步，保持好的睡眠比多学一个小时更重要，心态放平最关键。",
]

EN = [
    "The rear brake on my commuter bike squeals loudly every time I stop, even after I replaced the pads.",
    "Squealing disc brakes are often contaminated. Clean the rotor with isopropyl alcohol and sand the pads lightly.",
    "Make sure the caliper is centred over the rotor; a slightly misaligned caliper will make noise no matter what.",
    "New pads need to be bedded in. Do ten or fifteen firm stops from moderate speed before judging them.",
    "If you ride in the rain a lot, switch to sintered pads. They are louder when dry but last much longer.",
    "I had the same issue and it turned out to be a loose rotor bolt. Check that all six are tight.",
    "Thanks, cleaning the rotor and re-centring the caliper fixed it. The bike is quiet again.",
    "My Python project works on my laptop but fails on the build server with a module not found error.",
    "Print sys.path on the server. It is almost always a different interpreter than the one you installed into.",
    "Create the virtual environment inside the job and install the package with pip install -e before the tests.",
    "Pin your dependencies in a lock file so the server installs exactly the versions you tested with.",
    "Also check the working directory. Relative imports that work from the project root break elsewhere.",
    "That was it: the job ran a system Python. Activating the environment first solved the problem.",
    "My tomato plants have yellow leaves at the bottom and the yellow is slowly moving up the stem.",
    "Lower leaves turning yellow is usually a nitrogen shortage or simply old leaves the plant no longer needs.",
    "Water at the base in the morning and never on the leaves; wet foliage invites early blight.",
    "Pull off the yellow leaves and throw them away rather than composting them, in case it is a fungus.",
    "A balanced liquid feed every two weeks once the first fruits set made a big difference for mine.",
    "My laptop battery drops from full to twenty percent in about ninety minutes of light browsing.",
    "Open the battery report and compare design capacity with full charge capacity to see how worn it is.",
    "Browsers with many tabs can keep the processor busy. Check the task manager for anything using power.",
    "Lower the screen brightness and turn off keyboard backlighting; the display is the biggest power draw.",
    "If the battery is below seventy percent of its design capacity, a replacement is the only real fix.",
    "The report says the battery holds only fifty eight percent of its design capacity, so I ordered a new one.",
]

ZH_SHORT = [
    "同问，蹲一个答案。",
    "楼上说得对。",
    "感谢分享，学习了。",
    "我也遇到过，后来自己好了。",
    "顶一下，希望有人解答。",
    "支持楼主！",
    "这个要看具体情况。",
    "已经解决了，谢谢大家。",
    "mark一下，回头再看。",
    "建议去售后问问。",
]
EN_SHORT = [
    "Same here, following.",
    "This worked for me, thanks!",
    "Great answer.",
    "Did you ever solve this?",
    "Bump, same problem.",
    "+1 to the above.",
    "Can confirm, fixed it for me too.",
    "Thanks for sharing.",
    "Interesting, never knew that.",
    "Marking this as solved.",
]
ZH_QA = [
    ("猫咪可以吃葡萄吗？", "不可以，葡萄对猫有毒，会伤害肾脏。"),
    ("电动车电池能放在家里充电吗？", "不建议，最好在楼下的集中充电点充。"),
    ("租房押金一般什么时候退？", "退房验收没问题后，一般当天或一周内退。"),
    ("甲醛超标多久可以入住？", "通风三到六个月，检测合格后再住。"),
    ("考研英语一般考多少分？", "多数专业过国家线就行，四五十分左右。"),
    ("自行车刹车响怎么办？", "擦干净刹车盘，再调一下卡钳位置。"),
]
EN_QA = [
    ("Can cats eat grapes?", "No. Grapes are toxic to cats and can damage their kidneys."),
    ("How long does a laptop battery last?", "Usually two to four years before it drops noticeably."),
    ("Why are my tomato leaves yellow?", "Most often a lack of nitrogen; feed them every two weeks."),
    ("How do I bed in new brake pads?", "Do ten firm stops from moderate speed without locking the wheel."),
    ("Is pip install -e needed for tests?", "Only if your tests import the package from its source tree."),
    ("What causes a module not found error in CI?", "A different interpreter than the one you installed into."),
]
ZH_TITLES = [
    "电动车电池续航变短怎么办",
    "第一次租房要注意什么",
    "猫半夜总是叫怎么回事",
    "新房甲醛超标怎么处理",
    "考研复习分数上不去",
]
EN_TITLES = [
    "Rear disc brake squeals after new pads",
    "Module not found on the build server",
    "Yellow leaves on tomato plants",
    "Laptop battery drains fast",
]
ZH_NAMES = ["骑车的阿龙", "租房小白", "橘猫的铲屎官", "装修狗", "上岸的鱼", "路过的网友", "老张说事", "一只小透明"]
EN_NAMES = ["gearhead42", "pyfan_jo", "greenthumb", "mossy_rock", "n8_rides", "debugduck", "sunny_patch", "k_tanaka"]
ZH_SIGS = [
    "生活不止眼前的苟且，还有诗和远方的田野。",
    "本人签名：认真生活，快乐每一天。",
    "骑行十年，风雨无阻。",
    "专注装修经验分享二十年。",
]
EN_SIGS = [
    "Ride more, worry less.",
    "Opinions are my own. Rigs: 2019 Trek, 2021 Canyon.",
    "Never trust a computer you can't throw out a window.",
    "Currently growing: 14 kinds of tomato.",
]
ZH_ADS = ["【广告】夏季家电大促，满一千减两百，点击立即抢购！", "【推广】0元领取考研资料大礼包，限时报名中"]
EN_ADS = [
    "Advertisement: Save 20% on all bike parts this week only. Shop now!",
    "Sponsored: Try our cloud CI free for 30 days.",
]


@dataclass
class Post:
    paras: list[str]
    user: str
    quote: tuple[str, str] | None = None  # (quoted user, quoted text)
    comments: list[str] = field(default_factory=list)


@dataclass
class Page(ThreadPage[Post]):
    """One page: id, engine, language, shape, title, posts, the chrome strings that must not be in the output."""

    chrome: set[str] = field(default_factory=set)
    html: str = ""

    def gold(self) -> str:
        out: list[str] = []
        for p in self.posts:
            if p.quote:
                out.append(p.quote[1])
            out.extend(p.paras)
            out.extend(p.comments)
        return "\n".join(out)


# -- page frames ---------------------------------------------------------------------------------------------------


def frame_zh(page: Page, body: str, rng: random.Random, site: str, online: bool = False) -> str:
    hot = "".join(
        f"<li><a href='/thread-{900 + k}-1-1.html'>{t}</a></li>" for k, t in enumerate(rng.sample(ZH_TITLES, 4))
    )
    who = (
        "<div class='bm oll'><h3>在线会员</h3><p>当前在线 1893 人，其中会员 212 人，游客 1681 人。最高记录是 9021 于 2021-5-3。</p>"
        "<p><a>老张说事</a>、<a>一只小透明</a>、<a>路过的网友</a></p></div>"
        if online
        else ""
    )
    if online:
        page.chrome.add("当前在线 1893 人")
    page.chrome.update({"京ICP证080047号", "扫码下载客户端"})
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{page.title}_{site}</title>"
        "<script>var _hmt = _hmt || [];</script><style>.a{color:red}</style></head><body>"
        f"<div id='toptb'><div class='wp'><a href='/'>设为首页</a><a>收藏本站</a><span>欢迎来到{site}</span><a>登录</a><a>注册</a></div></div>"
        f"<div id='hd'><h2><a href='/' title='{site}'>{site}</a></h2><div id='nv'><ul><li class='a'><a href='/forum.php'>论坛</a></li>"
        "<li><a href='/group'>圈子</a></li><li><a href='/home'>家园</a></li><li><a href='/misc'>排行榜</a></li></ul></div>"
        "<form id='scbar_form' action='/search.php'><input type='text' name='srchtxt' placeholder='请输入搜索内容'><button>搜索</button></form></div>"
        f"<div id='pt'><a href='/'>首页</a> <em>›</em> <a href='/forum-2-1.html'>生活百科</a> <em>›</em> <a>{page.title}</a></div>"
        f"<div id='ct' class='wp'><div class='mn'>{body}</div>"
        f"<div class='sd'><div class='bm'><h3>热门主题</h3><ul class='xl'>{hot}</ul></div>"
        "<div class='bm'><div class='qr'><img src='/qr.png'><p>扫码下载客户端</p></div></div></div></div>"
        f"{who}<div id='ft'><p><a>关于我们</a><span class='pipe'>|</span><a>联系我们</a><span class='pipe'>|</span><a>举报中心</a>"
        f"<span class='pipe'>|</span><a>手机版</a></p><p>Copyright © 2001-2024 {site} 版权所有 京ICP证080047号</p></div></body></html>"
    )


def frame_en(page: Page, body: str, rng: random.Random, site: str, online: bool = False) -> str:
    latest = "".join(
        f"<li><a href='/t/{300 + k}'>{t}</a><span class='meta'>{rng.randint(2, 40)} replies</span></li>"
        for k, t in enumerate(rng.sample(EN_TITLES, 3))
    )
    who = (
        "<div class='stat-block online-list'><h3>Who is online</h3><p>In total there are 154 users online :: 6 registered, 0 hidden and 148 guests</p>"
        "<p>Registered users: <a>gearhead42</a>, <a>debugduck</a>, <a>Google [Bot]</a></p></div>"
        if online
        else ""
    )
    if online:
        page.chrome.add("In total there are 154 users online")
    page.chrome.update({"Powered by community software", "Get the weekly digest"})
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{page.title} - {site}</title>"
        "<script>window.dataLayer=[];</script></head><body>"
        f"<div class='top-bar'><a class='logo' href='/'>{site}</a><nav><a href='/forums'>Forums</a> <a href='/new'>New posts</a>"
        " <a href='/search'>Search</a> <a href='/login'>Log in</a> <a href='/register'>Sign up</a></nav></div>"
        f"<ul class='crumbs'><li><a href='/'>Home</a></li><li><a href='/forums/help'>Help and support</a></li></ul>"
        f"<div class='page-wrap'><div class='page-main'>{body}</div>"
        f"<div class='page-side'><section class='widget'><h4>Latest discussions</h4><ul>{latest}</ul></section>"
        "<section class='widget newsletter'><h4>Newsletter</h4><p>Get the weekly digest</p><form><input type='email' placeholder='Email'><button>Subscribe</button></form></section></div></div>"
        f"{who}<footer><ul><li><a>Terms</a></li><li><a>Privacy</a></li><li><a>Contact</a></li></ul>"
        f"<p>Powered by community software. Copyright © 2024 {site}. All rights reserved.</p></footer></body></html>"
    )


def pager_zh(page: Page) -> str:
    page.chrome.add("下一页")
    return "<div class='pg'><a class='prev'>上一页</a><strong>1</strong><a>2</a><a>3</a><label>/ 3 页</label><a class='nxt'>下一页</a></div>"


def pager_en(page: Page) -> str:
    page.chrome.add("Page 1 of 3")
    return "<div class='pagination'><span>Page 1 of 3</span> <a class='active'>1</a> <a>2</a> <a>3</a> <a class='next'>Next ›</a></div>"


def ad(page: Page, rng: random.Random) -> str:
    text = rng.choice(ZH_ADS if page.lang == "zh" else EN_ADS)
    page.chrome.add(text)
    return f"<div class='ad_between a_pr'><a href='/ad?id={rng.randint(1, 99)}'>{text}</a></div>"


def chrome(page: Page, *strings: str) -> None:
    page.chrome.update(strings)


def p_(paras: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in paras)


def br_(paras: list[str]) -> str:
    return "<br>\n".join(paras)


def date(rng: random.Random, zh: bool) -> str:
    m, d, h, mi = rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)
    return f"2023-{m}-{d} {h:02d}:{mi:02d}" if zh else f"Mar {d}, 2023 at {h % 12 + 1}:{mi:02d} PM"


# -- engines -------------------------------------------------------------------------------------------------------


def discuz(page: Page, rng: random.Random) -> str:
    out = [
        f"<div id='postlist' class='pl bm'><table cellspacing='0' cellpadding='0'><tr><td class='pls ptn pbn'><div class='hm ptn'><span class='xg1'>查看:</span> <span class='xi1'>{rng.randint(100, 9000)}</span><span class='pipe'>|</span><span class='xg1'>回复:</span> <span class='xi1'>{len(page.posts) - 1}</span></div></td>"
        f"<td class='plc ptm pbn vwthd'><h1 class='ts'><span id='thread_subject'>{page.title}</span></h1></td></tr></table>"
    ]
    for k, p in enumerate(page.posts):
        pid = 3000 + k
        floor = ["楼主", "沙发", "板凳", "地板"][k] if k < 4 else f"{k + 1}#"
        quote = (
            f"<div class='quote'><blockquote><font size='2'><font color='#999999'>{p.quote[0]} 发表于 {date(rng, True)}</font></font><br>{p.quote[1]}</blockquote></div><br>"
            if p.quote
            else ""
        )
        if p.quote:
            chrome(page, f"{p.quote[0]} 发表于")
        sig = ""
        if rng.random() < 0.4:
            s = rng.choice(ZH_SIGS)
            sig = f"<div class='sign' style='max-height:100px;'>{s}</div>"
            chrome(page, s)
        chrome(page, "积分", "只看该作者", "发消息", "电梯直达")
        out.append(
            f"<div id='post_{pid}'><table id='pid{pid}' class='plhin' summary='pid{pid}'><tr>"
            f"<td class='pls' rowspan='2'><div class='pls favatar'><div class='pi'><div class='authi'><a class='xw1'>{p.user}</a></div></div>"
            f"<div class='avatar'><img src='/avatar/{pid}.jpg'></div><div class='tns xg2'><table><tr><th><p><a>{rng.randint(1, 90)}</a></p>主题</th>"
            f"<th><p><a>{rng.randint(10, 900)}</a></p>帖子</th><td><p><a>{rng.randint(100, 9000)}</a></p>积分</td></tr></table></div>"
            f"<p><em><a>{rng.choice(['中级会员', '高级会员', '新手上路'])}</a></em></p><ul class='xl xl2 o cl'><li class='pm2'><a>发消息</a></li></ul></div></td>"
            f"<td class='plc'><div class='pi'><strong><a id='postnum{pid}'>{floor}</a></strong><div class='pti'><div class='authi'>"
            f"<img class='authicn' src='/online_member.gif'><em id='authorposton{pid}'>发表于 {date(rng, True)}</em><span class='pipe'>|</span><a>只看该作者</a>"
            + ("<span class='pipe'>|</span><a>倒序浏览</a><span class='pipe'>|</span><a>阅读模式</a>" if k == 0 else "")
            + f"</div></div></div><div class='pct'><div class='pcb'><div class='t_fsz'><table cellspacing='0' cellpadding='0'><tr>"
            f"<td class='t_f' id='postmessage_{pid}'>{quote}{br_(p.paras)}</td></tr></table></div></div></div></td></tr>"
            f"<tr><td class='plc plm'>{sig}</td></tr><tr><td class='pls'></td><td class='plc'><div class='po hin'><div class='pob cl'><em><a class='fastre'>回复</a><a>支持</a><a>反对</a></em>"
            f"<p><a>举报</a></p></div></div></td></tr></table></div>"
        )
        if k == 0 and rng.random() < 0.6:
            out.append(ad(page, rng))
    out.append(
        f"</div>{pager_zh(page)}<div id='f_pst' class='pl bm'><form id='fastpostform'><textarea name='message'></textarea><button>发表回复</button></form><p>您需要登录后才可以回帖 <a>登录</a> | <a>立即注册</a></p></div>"
    )
    chrome(page, "您需要登录后才可以回帖")
    return frame_zh(page, "".join(out), rng, "生活家论坛", online=rng.random() < 0.5)


def tieba(page: Page, rng: random.Random) -> str:
    out = [
        f"<div class='core_title_wrap_bright'><h3 class='core_title_txt' title='{page.title}'>{page.title}</h3><ul class='core_title_btns'><li><a>只看楼主</a></li><li><a>收藏</a></li><li><a>回复</a></li></ul></div>"
    ]
    out.append(
        f"<div class='p_thread'><ul class='l_posts_num'><li class='l_reply_num'><span class='red'>{len(page.posts) + rng.randint(0, 30)}</span>回复贴，共<span class='red'>1</span>页</li></ul></div><div id='j_p_postlist' class='p_postlist'>"
    )
    chrome(page, "回复贴，共", "来自Android客户端", "只看楼主")
    for k, p in enumerate(page.posts):
        lvl = rng.randint(1, 15)
        out.append(
            f"<div class='l_post j_l_post l_post_bright' data-field='{{}}'><div class='d_author'><ul class='p_author'><li class='icon'><img src='/p/{k}.jpg'></li>"
            f"<li class='d_name'><a class='p_author_name j_user_card'>{p.user}</a></li><li class='l_badge'><div class='d_badge_title'>吧友</div><div class='d_badge_lv'>{lvl}</div></li></ul></div>"
            f"<div class='d_post_content_main'><div class='p_content'><cc><div id='post_content_{7000 + k}' class='d_post_content j_d_post_content clearfix' style='display:;'>{br_(p.paras)}</div><br></cc></div>"
            f"<div class='core_reply j_lzl_wrapper'><div class='core_reply_tail clearfix'><div class='post-tail-wrap'><span class='tail-info'>来自Android客户端</span><span class='tail-info'>{k + 1}楼</span>"
            f"<span class='tail-info'>{date(rng, True)}</span></div><ul class='p_reply'><li><a class='lzl_link_unfold'>回复</a></li></ul></div></div></div></div>"
        )
        if k == 1 and rng.random() < 0.7:
            out.append(ad(page, rng))
    out.append(
        f"</div>{pager_zh(page)}<div class='tb_rich_poster'><p>发表回复</p><div class='editor'></div><button>发 表</button></div>"
    )
    return frame_zh(page, "".join(out), rng, "百度贴吧")


def zhidao(page: Page, rng: random.Random) -> str:
    q = page.posts[0]
    out = [
        f"<div id='wgt-ask' class='wgt-ask'><h1><span class='ask-title'>{page.title}</span></h1>"
        + (f"<div class='line mt-5 q-content'><span class='con'>{br_(q.paras)}</span></div>" if q.paras else "")
        + f"<div class='line f-aid ask-info'><span class='grid-r ask-time'>{date(rng, True)}</span><a class='ask-author'>{q.user}</a><span>{rng.randint(10, 900)}次浏览</span></div></div>"
    ]
    chrome(page, "次浏览", "已赞过", "你对这个回答的评价是？", "为你推荐")
    for k, p in enumerate(page.posts[1:]):
        best = k == 0
        out.append(
            f"<div id='{'wgt-best' if best else f'answer-{k}'}' class='{'wgt-best' if best else 'wgt-answers answer'}'>"
            + ("<div class='hd line other-hd'><span class='best-title'>最佳答案</span></div>" if best else "")
            + f"<div class='line info f-aid'><a class='user-name'>{p.user}</a><span class='grid-r f-aid pos-time'>{date(rng, True)}</span></div>"
            f"<div class='line content'><div class='best-text mb-10' id='best-content-{k}'>{p_(p.paras)}</div></div>"
            f"<div class='line wgt-eva'><span class='evaluate evaluate-32'>{rng.randint(0, 200)}</span><span>已赞过</span><span>已踩过</span><span class='evaluate-info'>你对这个回答的评价是？</span><a>评论</a><a>收起</a></div></div>"
        )
        if best and len(page.posts) > 2:
            out.append(f"<div class='wgt-answers-hd'><h2>其他{len(page.posts) - 2}条回答</h2></div>")
    out.append(
        "<div class='wgt-related'><h2>为你推荐</h2><ul>"
        + "".join(f"<li><a>{t}</a></li>" for t in ZH_TITLES[:3])
        + "</ul></div>"
    )
    return frame_zh(page, "".join(out), rng, "百度知道")


def zhihu(page: Page, rng: random.Random) -> str:
    q = page.posts[0]
    out = [
        f"<div class='QuestionHeader'><div class='QuestionHeader-content'><div class='QuestionHeader-main'><div class='QuestionHeader-topics'><a class='TopicLink'>生活</a><a class='TopicLink'>经验</a></div>"
        f"<h1 class='QuestionHeader-title'>{page.title}</h1><div class='QuestionRichText'><span class='RichText ztext'>{p_(q.paras)}</span></div></div>"
        f"<div class='QuestionFollowStatus'><div class='NumberBoard'><div class='NumberBoard-item'>关注者 <strong>{rng.randint(10, 9999)}</strong></div><div class='NumberBoard-item'>被浏览 <strong>{rng.randint(1000, 99999)}</strong></div></div></div></div>"
        "<div class='QuestionHeader-footer'><button>关注问题</button><button>写回答</button><button>邀请回答</button><button>好问题</button><button>分享</button></div></div>"
        f"<div class='Question-main'><div class='List'><div class='List-header'><h4 class='List-headerText'>{len(page.posts) - 1} 个回答</h4><div class='List-headerOptions'>默认排序</div></div>"
    ]
    chrome(page, "被浏览", "写回答", "默认排序", "赞同 ", "条评论")
    for p in page.posts[1:]:
        out.append(
            f"<div class='List-item'><div class='ContentItem AnswerItem' itemprop='answer'><div class='ContentItem-meta'><div class='AuthorInfo'><img class='Avatar'><div class='AuthorInfo-content'>"
            f"<div class='AuthorInfo-name'><a class='UserLink-link'>{p.user}</a></div><div class='AuthorInfo-badge'>{rng.choice(['生活达人', '宠物话题下的优秀答主', ''])}</div></div></div>"
            f"<div class='css-1gomreu'>{rng.randint(2, 900)} 人赞同了该回答</div></div>"
            f"<div class='RichContent RichContent--unescapable'><div class='RichContent-inner'><span class='RichText ztext CopyrightRichText-richText' itemprop='text'>{p_(p.paras)}</span></div>"
            f"<div class='ContentItem-time'><a>发布于 {date(rng, True)}</a></div><div class='ContentItem-actions'><button class='VoteButton'>赞同 {rng.randint(1, 900)}</button>"
            f"<button>{rng.randint(1, 99)} 条评论</button><button>分享</button><button>收藏</button><button>喜欢</button></div></div></div></div>"
        )
    out.append("</div></div>")
    return frame_zh(page, "".join(out), rng, "知乎")


def douban(page: Page, rng: random.Random) -> str:
    op = page.posts[0]
    out = [
        f"<div class='article'><h1>{page.title}</h1><div class='topic-content clearfix'><div class='topic-doc'>"
        f"<h3><span class='from'>来自: <a>{op.user}</a></span><span class='create-time color-green'>{date(rng, True)}</span></h3>"
        f"<div id='link-report' class='topic-content'><div class='rich-content topic-richtext'>{p_(op.paras)}</div></div>"
        "<div class='action-react'><a class='react-btn'>赞</a><a>收藏</a><a>转发</a></div></div></div>"
        "<ul id='comments' class='topic-reply'>"
    ]
    chrome(page, "来自: ", "回应", "最赞回应")
    for k, p in enumerate(page.posts[1:]):
        quote = (
            f"<div class='reply-quote'><span class='short'>{p.quote[1]}</span><span class='pubdate'><a>{p.quote[0]}</a></span></div>"
            if p.quote
            else ""
        )
        if p.quote:
            chrome(page, f">{p.quote[0]}<")
        out.append(
            f"<li class='clearfix comment-item reply-item' id='{8000 + k}' data-cid='{8000 + k}'><div class='user-face'><img class='pil'></div>"
            f"<div class='reply-doc content'><div class='bg-img-green'><h4><a>{p.user}</a><span class='pubtime'>{date(rng, True)}</span></h4></div>"
            f"{quote}<p class='reply-content'>{br_(p.paras)}</p><div class='operation-div'><a class='lnk-reply'>回应</a><a class='comment-vote lnk-fav'>赞 ({rng.randint(0, 30)})</a></div></div></li>"
        )
    out.append(f"</ul>{pager_zh(page)}<div class='txd'><form><textarea></textarea><span>回应</span></form></div></div>")
    return frame_zh(page, "".join(out), rng, "豆瓣")


def nga(page: Page, rng: random.Random) -> str:
    out = [f"<div id='m_posts'><h3 id='postsubject0'>{page.title}</h3><div id='m_posts_c'>"]
    chrome(page, "级别: ", "威望: ", "发帖: ", "注册: ")
    for k, p in enumerate(page.posts):
        quote = (
            f"<div class='quote'>[b]Reply to [pid={k}]Reply[/pid] Post by [uid]{p.quote[0]}[/uid] ({date(rng, True)})[/b]<br>{p.quote[1]}</div>"
            if p.quote
            else ""
        )
        out.append(
            f"<table class='forumbox postbox' cellspacing='1'><tbody><tr id='post1strow{k}' class='postrow row{k % 2 + 1}'>"
            f"<td class='c1'><a id='postauthor{k}' class='author b'>{p.user}</a><div class='posterinfo'><div class='stat'>级别: {rng.choice(['学徒', '新手', '骑士'])}<br>威望: {rng.randint(0, 9)}<br>发帖: {rng.randint(1, 5000)}<br>注册: 2019-0{rng.randint(1, 9)}-1{k}</div></div></td>"
            f"<td class='c2' id='postcontainer{k}'><div class='postInfo'><a name='l{k}' class='small_colored_text_btn stxt block_txt_c0'>#{k}</a><span id='postdate{k}' class='stxt'>{date(rng, True)}</span></div>"
            f"<span id='postcontent{k}' class='postcontent ubbcode'>{quote}{br_(p.paras)}</span><div class='postBtnPos'><a>回复</a><a>引用</a><a>评分</a></div></td></tr></tbody></table>"
        )
    out.append(f"</div></div>{pager_zh(page)}")
    return frame_zh(page, "".join(out), rng, "NGA玩家社区")


def hupu(page: Page, rng: random.Random) -> str:
    op = page.posts[0]
    out = [
        f"<div class='bbs-post-web-body'><div class='post-wrapper'><div class='bbs-post-web-main-title'><h1 class='name'>{page.title}</h1></div>"
        f"<div class='post-user'><a class='post-user-comp-info-top-name'>{op.user}</a><span class='post-user-comp-info-top-time'>{date(rng, True)}</span><span>发布于北京</span></div>"
        f"<div class='bbs-thread-comp main-thread'><div class='thread-content-detail'>{p_(op.paras)}</div></div>"
        f"<div class='post-operate'><span class='post-operate-comp-main-recommend'>推荐 ({rng.randint(0, 99)})</span><span>收藏</span><span>举报</span></div></div>"
    ]
    chrome(page, "发布于北京", "亮了(", "全部回复")
    if len(page.posts) > 1:
        out.append(
            f"<div class='post-reply'><div class='post-reply-list-title'>全部回复 ({len(page.posts) - 1})</div><div class='post-reply-list-wrapper'>"
        )
        for p in page.posts[1:]:
            out.append(
                f"<div class='post-reply-list'><div class='post-reply-list-user'><a class='post-reply-list-user-info-top-name'>{p.user}</a><span class='post-reply-list-user-info-top-time'>{date(rng, True)}</span></div>"
                f"<div class='post-reply-list-container'><div class='post-reply-list-content'><div class='thread-content-detail'>{p_(p.paras)}</div></div>"
                f"<div class='post-reply-list-operate'><span class='todo-list-text'>亮了({rng.randint(0, 90)})</span><span class='todo-list-text'>回复</span><span>举报</span></div></div></div>"
            )
        out.append("</div></div>")
    out.append("</div>")
    return frame_zh(page, "".join(out), rng, "虎扑社区")


def v2ex(page: Page, rng: random.Random) -> str:
    op = page.posts[0]
    zh = page.lang == "zh"
    out = [
        f"<div class='box'><div class='header'><div class='fr'><a><img class='avatar'></a></div><a href='/'>V2EX</a> <span class='chevron'>›</span> <a>问与答</a>"
        f"<h1>{page.title}</h1><small class='gray'><a>{op.user}</a> · {rng.randint(1, 20)} 小时前 · {rng.randint(100, 9000)} 次点击</small></div>"
        f"<div class='cell'><div class='topic_content'><div class='markdown_body'>{p_(op.paras)}</div></div></div>"
        "<div class='topic_buttons'><a class='tb'>加入收藏</a><a class='tb'>Tweet</a><a class='tb'>忽略主题</a></div></div>"
    ]
    chrome(page, "次点击", "条回复", "加入收藏")
    if len(page.posts) > 1:
        out.append(
            f"<div class='box'><div class='cell'><span class='gray'>{len(page.posts) - 1} 条回复 <span class='snow'>•</span> {date(rng, zh)}</span></div>"
        )
        for k, p in enumerate(page.posts[1:]):
            out.append(
                f"<div id='r_{5000 + k}' class='cell'><table cellpadding='0' cellspacing='0' border='0' width='100%'><tr><td width='48' valign='top' align='center'><img class='avatar' src='/a/{k}.png'></td>"
                f"<td width='10'></td><td width='auto' valign='top' align='left'><div class='fr'><a href='#;'><img src='/reply_neue.png' alt='Reply'></a> <span class='no'>{k + 1}</span></div>"
                f"<strong><a class='dark'>{p.user}</a></strong> <span class='ago'>{rng.randint(1, 20)} 小时前</span><div class='sep5'></div>"
                f"<div class='reply_content'>{br_(p.paras)}</div></td></tr></table></div>"
            )
        out.append("</div>")
    out.append(
        "<div class='box'><div class='cell'><div class='fr'><a>↑ 回到顶部</a></div>添加一条新回复</div><div class='cell'><form><textarea id='reply_content'></textarea><input type='submit' value='回复'></form></div></div>"
    )
    return frame_zh(page, "".join(out), rng, "V2EX") if zh else frame_en(page, "".join(out), rng, "V2EX")


def weibo(page: Page, rng: random.Random) -> str:
    op = page.posts[0]
    out = [
        f"<div class='WB_feed_detail clearfix'><div class='WB_face'><img></div><div class='WB_detail'><div class='WB_info'><a class='W_f14 W_fb S_txt1'>{op.user}</a></div>"
        f"<div class='WB_from S_txt2'><a>{date(rng, True)}</a> 来自 <a>iPhone客户端</a></div><div class='WB_text W_f14' node-type='feed_list_content'>{br_(op.paras)}</div></div></div>"
        f"<div class='WB_feed_handle'><ul class='WB_row_line'><li><a><span>转发 {rng.randint(1, 99)}</span></a></li><li><a><span>评论 {len(page.posts) - 1}</span></a></li><li><a><span>赞 {rng.randint(1, 999)}</span></a></li></ul></div>"
        "<div class='WB_feed_repeat'><div class='list_box'><div class='list_ul' node-type='feed_list_commentList'>"
    ]
    chrome(page, "iPhone客户端", "按热度", "查看更多")
    out.append("<div class='WB_repeat_tab'><a class='S_txt1'>按热度</a> <a>按时间</a></div>")
    for k, p in enumerate(page.posts[1:]):
        out.append(
            f"<div class='list_li S_line1 clearfix' comment_id='{4400 + k}'><div class='WB_face W_fl'><img></div><div class='list_con'>"
            f"<div class='WB_text'><a class='S_txt1'>{p.user}</a>：{' '.join(p.paras)}</div>"
            f"<div class='WB_func clearfix'><div class='WB_handle W_fr'><ul class='clearfix'><li><a>举报</a></li><li><a>回复</a></li><li><a>赞 {rng.randint(1, 99)}</a></li></ul></div>"
            f"<div class='WB_from S_txt2'>{rng.randint(1, 12)}月{rng.randint(1, 28)}日 {rng.randint(10, 23)}:{rng.randint(10, 59)}</div></div></div></div>"
        )
    out.append("<a class='WB_cardmore'>查看更多</a></div></div></div>")
    return frame_zh(page, "".join(out), rng, "微博")


def smallqa(page: Page, rng: random.Random) -> str:
    q = page.posts[0]
    zh = page.lang == "zh"
    out = [f"<div class='qa-main'><div class='question-box'><h1 class='question-title'>{page.title}</h1>"]
    if q.paras and q.paras[0] != page.title:
        out.append(f"<div class='question-desc'>{p_(q.paras)}</div>")
    out.append(
        f"<div class='question-meta'><span>{'提问者' if zh else 'Asked by'} {q.user}</span><span>{date(rng, zh)}</span><span>{rng.randint(5, 900)}{'人看过' if zh else ' views'}</span></div></div>"
    )
    chrome(page, "人看过" if zh else " views", "相关问题" if zh else "Related questions")
    for p in page.posts[1:]:
        out.append(
            f"<div class='answer-box'><div class='answer-user'><img class='avatar'><span class='name'>{p.user}</span><span class='level'>LV{rng.randint(1, 9)}</span></div>"
            f"<div class='answer-con'>{p_(p.paras)}</div><div class='answer-ops'><a>{'有用' if zh else 'Helpful'} {rng.randint(0, 40)}</a><a>{'没用' if zh else 'Not helpful'}</a><a>{'举报' if zh else 'Report'}</a></div></div>"
        )
    titles = ZH_TITLES if zh else EN_TITLES
    out.append(
        f"<div class='related-box'><h3>{'相关问题' if zh else 'Related questions'}</h3><ul>"
        + "".join(
            f"<li><a>{t}</a><span>{rng.randint(1, 30)}{'个回答' if zh else ' answers'}</span></li>" for t in titles[:4]
        )
        + "</ul></div></div>"
    )
    return frame_zh(page, "".join(out), rng, "问答网") if zh else frame_en(page, "".join(out), rng, "AskAnything")


def phpbb(page: Page, rng: random.Random) -> str:
    out = [
        f"<h2 class='topic-title'><a>{page.title}</a></h2><div class='action-bar bar-top'><a class='button'>Post Reply</a><div class='search-box'><input placeholder='Search this topic…'></div><div class='pagination'>{len(page.posts)} posts • Page <strong>1</strong> of <strong>1</strong></div></div>"
    ]
    chrome(page, "Posts:", "Joined:", "Post Reply", "Search this topic")
    for k, p in enumerate(page.posts):
        quote = (
            f"<blockquote><div><cite><a>{p.quote[0]}</a> wrote: <a class='post-link'>↑</a></cite>{p.quote[1]}</div></blockquote>"
            if p.quote
            else ""
        )
        if p.quote:
            chrome(page, f"{p.quote[0]} wrote:")
        sig = ""
        if rng.random() < 0.5:
            s = rng.choice(EN_SIGS)
            sig = f"<div id='sig{k}' class='signature'>{s}</div>"
            chrome(page, s)
        out.append(
            f"<div id='p{1000 + k}' class='post has-profile bg{k % 2 + 1}'><div class='inner'><dl class='postprofile' id='profile{1000 + k}'>"
            f"<dt class='has-profile-rank has-avatar'><div class='avatar-container'><img class='avatar'></div><a class='username'>{p.user}</a></dt><dd class='profile-rank'>{rng.choice(['Newbie', 'Regular', 'Moderator'])}</dd>"
            f"<dd class='profile-posts'><strong>Posts:</strong> <a>{rng.randint(1, 3000)}</a></dd><dd class='profile-joined'><strong>Joined:</strong> Tue Jan 0{rng.randint(1, 9)}, 2019 4:12 pm</dd></dl>"
            f"<div class='postbody'><div id='post_content{1000 + k}'><h3 class='{'first' if k == 0 else ''}'><a>{'Re: ' if k else ''}{page.title}</a></h3>"
            f"<ul class='post-buttons'><li><a class='button button-icon-only' title='Quote'><span>Quote</span></a></li></ul>"
            f"<p class='author'><a class='unread'></a><span class='responsive-hide'>by <strong><a class='username'>{p.user}</a></strong> » </span><time>{date(rng, False)}</time></p>"
            f"<div class='content'>{quote}{br_(p.paras)}</div>{sig}</div></div><div class='back2top'><a class='top'>Top</a></div></div></div><hr class='divider'>"
        )
    out.append(
        f"<div class='action-bar bar-bottom'><a class='button'>Post Reply</a>{pager_en(page)}</div><div class='jumpbox'><span>Jump to</span><select><option>General discussion</option></select></div>"
    )
    return frame_en(page, "".join(out), rng, "Bike Repair Forum", online=rng.random() < 0.6)


def vb4(page: Page, rng: random.Random) -> str:
    out = [
        f"<div id='pagetitle'><h1>Thread: <span class='threadtitle'>{page.title}</span></h1></div><div id='postlist' class='postlist restrain'><ol id='posts' class='posts'>"
    ]
    chrome(page, "Join Date", "Reply With Quote", "Thread:")
    for k, p in enumerate(page.posts):
        quote = (
            f"<div class='bbcode_container'><div class='bbcode_quote'><div class='quote_container'><div class='bbcode_quote_container'></div><div class='bbcode_postedby'>Originally Posted by <strong>{p.quote[0]}</strong></div>"
            f"<div class='message'>{p.quote[1]}</div></div></div></div>"
            if p.quote
            else ""
        )
        if p.quote:
            chrome(page, "Originally Posted by")
        sig = ""
        if rng.random() < 0.5:
            s = rng.choice(EN_SIGS)
            sig = f"<div class='after_content'><blockquote class='signature restore'><div class='signaturecontainer'>{s}</div></blockquote></div>"
            chrome(page, s)
        out.append(
            f"<li class='postbitlegacy postbitim postcontainer old' id='post_{2000 + k}'><div class='posthead'><span class='postdate old'><span class='date'>{date(rng, False)}</span></span>"
            f"<span class='nodecontrols'><a class='postcounter'>#{k + 1}</a></span></div><div class='postdetails'><div class='userinfo'><div class='username_container'><a class='username offline'><strong>{p.user}</strong></a></div>"
            f"<span class='usertitle'>{rng.choice(['Junior Member', 'Senior Member'])}</span><a class='postuseravatar'><img></a><hr><dl class='userinfo_extra'><dt>Join Date</dt><dd>Feb 2014</dd><dt>Posts</dt><dd>{rng.randint(1, 4000)}</dd></dl></div>"
            f"<div class='postbody'><div class='postrow'><div class='content'><div id='post_message_{2000 + k}'><blockquote class='postcontent restore'>{quote}{br_(p.paras)}</blockquote></div></div></div>{sig}"
            f"<div class='cleardiv'></div></div></div><div class='postfoot'><div class='textcontrols floatcontainer'><span class='postcontrols'><a class='quote'>Reply With Quote</a></span></div></div></li>"
        )
    out.append(
        f"</ol></div>{pager_en(page)}<div id='thread_info' class='thread_info block'><h4 class='threadinfohead blockhead'>Thread Information</h4><div class='thread_info_block blockbody formcontrols'><p>There are currently 1 users browsing this thread. (0 members and 1 guests)</p></div></div>"
    )
    chrome(page, "There are currently 1 users browsing this thread")
    return frame_en(page, "".join(out), rng, "TechTalk Forums")


def vb5(page: Page, rng: random.Random) -> str:
    out = [
        f"<h1 class='main-title js-main-title hide-on-editmode'>{page.title}</h1><div class='conversation-toolbar-wrapper'><span class='b-button'>Collapse</span></div><ul class='conversation-list list-container h-clearfix thread-view'>"
    ]
    chrome(page, "Collapse", "Tags: None", "Comment")
    for k, p in enumerate(page.posts):
        out.append(
            f"<li class='b-post js-post js-comment-entry__parent h-restore--on-preview b-post--{'first' if k == 0 else 'text'}' data-node-id='{600 + k}'><div class='b-post__grid'>"
            f"<div class='b-post__arrow'></div><div class='b-post__body'><div class='b-userinfo'><a class='b-avatar b-avatar--m'><img></a><div class='b-userinfo__details'><div class='author h-text-size--14'><strong><a>{p.user}</a></strong></div>"
            f"<div class='b-userinfo__rank'>{rng.choice(['Member', 'Senior Member'])}</div></div></div><div class='b-post__content js-post__content'><hr class='b-divider--section'>"
            f"<div class='b-media__body'><div class='b-post__timestamp'><time>{date(rng, False)}</time></div><div class='js-post__content-wrapper h-wordwrap'><div class='js-post__content-text restore h-wordwrap'>{br_(p.paras)}</div></div>"
            + ("<div class='b-post__footer'><div class='tags'>Tags: None</div></div>" if k == 0 else "")
            + "</div></div><ul class='b-comment-entry h-margin-top-xl'><li><a class='b-button js-comment-entry__button'>Comment</a></li><li><a>Post</a></li><li><a>Cancel</a></li></ul></div></div></li>"
        )
    out.append(f"</ul>{pager_en(page)}")
    return frame_en(page, "".join(out), rng, "vBulletin Community")


def xenforo(page: Page, rng: random.Random) -> str:
    out = [
        f"<div class='p-title'><h1 class='p-title-value'>{page.title}</h1></div><div class='p-description'><ul class='listInline'><li>Thread starter <a>{page.posts[0].user}</a></li><li><time>Start date {date(rng, False)}</time></li></ul></div>"
    ]
    out.append(
        "<div class='block block--messages'><div class='block-container lbContainer'><div class='block-body js-replyNewMessageContainer'>"
    )
    chrome(page, "Thread starter", "Start date", "Click to expand...")
    for k, p in enumerate(page.posts):
        quote = (
            f"<blockquote class='bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch'><div class='bbCodeBlock-title'><a class='bbCodeBlock-sourceJump'>{p.quote[0]} said:</a></div>"
            f"<div class='bbCodeBlock-content'><div class='bbCodeBlock-expandContent js-expandContent'>{p.quote[1]}</div><div class='bbCodeBlock-expandLink js-expandLink'><a role='button'>Click to expand...</a></div></div></blockquote>"
            if p.quote
            else ""
        )
        if p.quote:
            chrome(page, f"{p.quote[0]} said:")
        sig = ""
        if rng.random() < 0.4:
            s = rng.choice(EN_SIGS)
            sig = f"<aside class='message-signature'><div class='bbWrapper'>{s}</div></aside>"
            chrome(page, s)
        out.append(
            f"<article class='message message--post js-post js-inlineModContainer' data-author='{p.user}' data-content='post-{900 + k}' id='js-post-{900 + k}'><span class='u-anchorTarget'></span>"
            f"<div class='message-inner'><div class='message-cell message-cell--user'><section class='message-user'><div class='message-avatar'><img></div><div class='message-userDetails'>"
            f"<h4 class='message-name'><a class='username'>{p.user}</a></h4><h5 class='userTitle message-userTitle'>{rng.choice(['Well-known member', 'New member'])}</h5></div>"
            f"<div class='message-userExtras'><dl class='pairs pairs--justified'><dt>Joined</dt><dd>Jun {rng.randint(1, 28)}, 2018</dd></dl><dl class='pairs pairs--justified'><dt>Messages</dt><dd>{rng.randint(1, 9000)}</dd></dl></div></section></div>"
            f"<div class='message-cell message-cell--main'><div class='message-main js-quickEditTarget'><header class='message-attribution message-attribution--split'><ul class='message-attribution-main listInline'><li class='u-concealed'><a><time class='u-dt'>{date(rng, False)}</time></a></li></ul>"
            f"<ul class='message-attribution-opposite listInline'><li><a>Share</a></li><li><a>#{k + 1}</a></li></ul></header><div class='message-content js-messageContent'><div class='message-userContent lbContainer js-lbContainer'>"
            f"<article class='message-body js-selectToQuote'><div class='bbWrapper'>{quote}{br_(p.paras)}</div><div class='js-selectToQuoteEnd'>&nbsp;</div></article></div>{sig}</div>"
            f"<footer class='message-footer'><div class='message-actionBar actionBar'><div class='actionBar-set actionBar-set--external'><a class='actionBar-action actionBar-action--report'>Report</a></div>"
            f"<div class='actionBar-set actionBar-set--internal'><a class='actionBar-action--like'>Like</a><a class='actionBar-action--reply'>Reply</a></div></div></footer></div></div></div></article>"
        )
        if k == 0 and rng.random() < 0.5:
            out.append(ad(page, rng))
    out.append(
        f"</div></div></div>{pager_en(page)}<div class='block-outer'><div class='shareButtons'><span>Share:</span><a>Facebook</a><a>Twitter</a><a>Reddit</a><a>Email</a><a>Link</a></div></div>"
    )
    return frame_en(page, "".join(out), rng, "Garden Chat")


def discourse(page: Page, rng: random.Random) -> str:
    out = [
        f"<div id='topic-title'><h1><a class='fancy-title'>{page.title}</a></h1><div class='topic-category'><span class='badge-category'>Support</span></div></div><div class='posts-wrapper'>"
    ]
    chrome(page, "Solved by", "Related topics", "Suggested Topics")
    for k, p in enumerate(page.posts):
        quote = (
            f"<aside class='quote no-group' data-username='{p.quote[0]}' data-post='{k}'><div class='title'><div class='quote-controls'></div><img class='avatar'> {p.quote[0]}:</div><blockquote><p>{p.quote[1]}</p></blockquote></aside>"
            if p.quote
            else ""
        )
        if p.quote:
            chrome(page, f"{p.quote[0]}:")
        likes = f"<div class='actions'><button class='like-count'>{rng.randint(1, 30)}</button><button class='toggle-like' title='like this post'>♥</button><button class='share' title='copy a link'>Share</button><button class='reply' title='begin composing a reply'>Reply</button></div>"
        out.append(
            f"<div class='topic-post clearfix regular' id='post_{k + 1}'><article id='post_{k + 1}' class='boxed onscreen-post' data-post-id='{770 + k}'><div class='row'>"
            f"<div class='topic-avatar'><a class='trigger-user-card'><img class='avatar'></a></div><div class='topic-body clearfix'><div role='heading' class='topic-meta-data'><div class='names trigger-user-card'><span class='first username'><a>{p.user}</a></span></div>"
            f"<div class='post-infos'><div class='post-info post-date'><a class='post-date'><span class='relative-date'>{rng.randint(1, 30)}d</span></a></div></div></div>"
            f"<div class='regular contents'><div class='cooked'>{quote}{p_(p.paras)}</div><section class='post-menu-area clearfix'><nav class='post-controls'>{likes}</nav></section></div></div></div></article></div>"
        )
    out.append(
        "</div><div class='more-topics__container'><h3 class='suggested-topics-title'>Suggested Topics</h3><table class='topic-list'><tbody>"
    )
    out.append(
        "".join(
            f"<tr class='topic-list-item'><td class='main-link'><a class='title'>{t}</a></td><td class='posts'>{rng.randint(1, 40)}</td><td class='views'>{rng.randint(40, 900)}</td></tr>"
            for t in EN_TITLES
        )
    )
    out.append("</tbody></table></div>")
    return frame_en(page, "".join(out), rng, "Discourse Meta")


def flarum(page: Page, rng: random.Random) -> str:
    out = [
        f"<div class='DiscussionPage'><header class='Hero DiscussionHero'><div class='container'><ul class='DiscussionHero-items'><li class='item-tags'><span class='TagLabel'>Help</span></li><li class='item-title'><h2 class='DiscussionHero-title'>{page.title}</h2></li></ul></div></header>"
    ]
    out.append("<div class='DiscussionPage-stream'><div class='PostStream' role='feed'>")
    chrome(page, "Tagged Help", "replied")
    for k, p in enumerate(page.posts):
        out.append(
            f"<div class='PostStream-item' data-index='{k}' data-number='{k + 1}'><article class='Post CommentPost Post--by-actor'><div><header class='Post-header'><ul><li class='item-user'><div class='PostUser'><h3 class='PostUser-name'><a><img class='Avatar'><span class='username'>{p.user}</span></a></h3></div></li>"
            f"<li class='item-meta'><div class='Dropdown PostMeta'><a class='Dropdown-toggle'><time>{rng.randint(2, 11)} months ago</time></a></div></li></ul></header>"
            f"<div class='Post-body'>{p_(p.paras)}</div><aside class='Post-actions'><ul><li class='item-like'><button class='Button Button--link'><span class='Button-label'>Like</span></button></li>"
            f"<li class='item-reply'><button class='Button Button--link'><span class='Button-label'>Reply</span></button></li></ul></aside>"
            + (
                f"<footer class='Post-footer'><ul><li class='item-liked'><div class='Post-likedBy'>{rng.choice(EN_NAMES)} and {rng.randint(2, 9)} others liked this.</div></li></ul></footer>"
                if rng.random() < 0.5
                else ""
            )
            + "</div></article></div>"
        )
        if k == 0:
            chrome(page, "others liked this.")
    out.append(
        "<div class='PostStream-item'><div class='ReplyPlaceholder'><article class='Post CommentPost editing'><header class='Post-header'><div class='PostUser'><h3>Write a Reply...</h3></div></header></article></div></div></div></div></div>"
    )
    chrome(page, "Write a Reply...")
    return frame_en(page, "".join(out), rng, "Flarum Community")


def nodebb(page: Page, rng: random.Random) -> str:
    out = [
        f"<div class='topic'><div class='topic-header'><h1 component='post/header' class='topic-title' itemprop='name'><span class='topic-title' component='topic/title'>{page.title}</span></h1>"
    ]
    out.append(
        f"<div class='topic-info'><span class='text-muted'>{len(page.posts)} Posts</span> <span class='text-muted'>{rng.randint(2, 9)} Posters</span> <span class='text-muted'>{rng.randint(40, 900)} Views</span></div></div><ul component='topic' class='posts timeline' data-tid='44'>"
    )
    chrome(page, "Posters", "Views", "Reply", "Quote")
    for k, p in enumerate(page.posts):
        out.append(
            f"<li component='post' class='{'topic-owner-post' if k == 0 else ''}' data-index='{k}' data-pid='{880 + k}' itemscope itemtype='http://schema.org/Comment'><a component='post/anchor' data-index='{k}'></a>"
            f"<div class='clearfix post-header'><div class='icon pull-left'><a><img component='user/picture' class='avatar'></a></div><small class='pull-left'><strong><a itemprop='author'>{p.user}</a></strong>"
            f"<span class='visible-xs-inline-block'><a class='permalink'><span class='timeago'>{date(rng, False)}</span></a></span></small></div><br>"
            f"<div class='content' component='post/content' itemprop='text'>{p_(p.paras)}</div>"
            f"<div class='post-footer'><div class='clearfix'><small class='pull-right'><span class='post-tools'><a component='post/reply' class='no-select'>Reply</a><a component='post/quote' class='no-select'>Quote</a></span>"
            f"<span class='votes'><a component='post/upvote'><i class='fa fa-chevron-up'></i></a><span component='post/vote-count'>{rng.randint(0, 20)}</span><a component='post/downvote'><i class='fa fa-chevron-down'></i></a></span></small></div></div></li>"
        )
    out.append(f"</ul>{pager_en(page)}</div>")
    return frame_en(page, "".join(out), rng, "NodeBB Community")


def smf(page: Page, rng: random.Random) -> str:
    out = [
        f"<div id='display_head' class='information'><h2 class='display_title'><span id='top_subject'>{page.title}</span></h2><p>« on: {date(rng, False)} »</p><span class='nextlinks'>« previous next »</span></div><div id='forumposts'><form>"
    ]
    chrome(page, "previous next", "« Reply #", "Logged", "Karma:")
    for k, p in enumerate(page.posts):
        quote = (
            f"<div class='quoteheader'><div class='topslice_quote'><a>Quote from: {p.quote[0]} on {date(rng, False)}</a></div></div><blockquote class='bbc_standard_quote'>{p.quote[1]}<br></blockquote><div class='quotefooter'><div class='botslice_quote'></div></div>"
            if p.quote
            else ""
        )
        if p.quote:
            chrome(page, f"Quote from: {p.quote[0]}")
        sig = ""
        if rng.random() < 0.5:
            s = rng.choice(EN_SIGS)
            sig = f"<div class='signature' id='msg_{300 + k}_signature'>{s}</div>"
            chrome(page, s)
        out.append(
            f"<div class='windowbg{'2' if k % 2 else ''}'><span class='topslice'><span></span></span><div class='post_wrapper'><div class='poster'><h4><a>{p.user}</a></h4><ul class='reset smalltext' id='msg_{300 + k}_extra_info'>"
            f"<li class='membergroup'>{rng.choice(['Newbie', 'Full Member', 'Hero Member'])}</li><li class='stars'>*</li><li class='postcount'>Posts: {rng.randint(1, 999)}</li><li class='karma'>Karma: +{rng.randint(0, 9)}/-0</li><li class='avatar'><img class='avatar'></li></ul></div>"
            f"<div class='postarea'><div class='flow_hidden'><div class='keyinfo'><div class='messageicon'><img></div><h5 id='subject_{300 + k}'><a>{'Re: ' if k else ''}{page.title}</a></h5>"
            f"<div class='smalltext'>« {'Reply #' + str(k) + ' ' if k else ''}on: {date(rng, False)} »</div></div><ul class='reset smalltext quickbuttons'><li class='quote_button'><a>Quote</a></li></ul></div>"
            f"<div class='post'><div class='inner' id='msg_{300 + k}'>{quote}{br_(p.paras)}</div></div></div>"
            f"<div class='moderatorbar'><div class='smalltext modified' id='modified_{300 + k}'></div><div class='smalltext reportlinks'><a>Report to moderator</a> <img> Logged</div>{sig}</div></div><span class='botslice'><span></span></span></div><hr class='post_separator'>"
        )
    out.append(f"</form></div>{pager_en(page)}")
    return frame_en(page, "".join(out), rng, "Simple Machines Forum", online=rng.random() < 0.5)


def stackexchange(page: Page, rng: random.Random) -> str:
    q = page.posts[0]

    def comments(cs: list[str]) -> str:
        if not cs:
            return "<div class='comments js-comments-container'><ul class='comments-list js-comments-list'></ul></div><div class='js-comment-actions'><a class='js-add-link comments-link'>Add a comment</a></div>"
        lis = "".join(
            f"<li class='comment js-comment'><div class='js-comment-actions comment-actions'><div class='comment-score'><span class='cool'>{rng.randint(1, 9)}</span></div></div>"
            f"<div class='comment-text js-comment-text-and-form'><div class='comment-body js-comment-edit-hide'><span class='comment-copy'>{c}</span> – <div class='d-inline-flex'><a class='comment-user'>{rng.choice(EN_NAMES)}</a>"
            f"<span class='comment-date'><span class='relativetime-clean'>{date(rng, False)}</span></span></div></div></div></li>"
            for c in cs
        )
        return f"<div class='comments js-comments-container'><ul class='comments-list js-comments-list'>{lis}</ul></div><div class='js-comment-actions'><a class='js-add-link comments-link'>Add a comment</a></div>"

    def cell(p: Post, kind: str, votes: int, accepted: bool) -> str:
        return (
            f"<div class='post-layout'><div class='votecell post-layout--left'><div class='js-voting-container'><button class='js-vote-up-btn' aria-label='Up vote'></button>"
            f"<div class='js-vote-count' itemprop='upvoteCount'>{votes}</div><button class='js-vote-down-btn' aria-label='Down vote'></button>"
            + (
                "<div class='js-accepted-answer-indicator' title='Loading when this answer was accepted…'>✓</div>"
                if accepted
                else ""
            )
            + f"</div></div><div class='{kind}cell post-layout--right'><div class='s-prose js-post-body' itemprop='text'>{p_(p.paras)}</div>"
            + (
                "<div class='post-taglist'><ul class='ml0 list-ls-none js-post-tag-list-wrapper d-inline'><li><a class='post-tag'>python</a></li><li><a class='post-tag'>ci</a></li></ul></div>"
                if kind == "post"
                else ""
            )
            + "<div class='mb0'><div class='js-post-menu'><div class='d-flex'><a class='js-share-link'>Share</a><a>Improve this answer</a><button class='js-follow-post'>Follow</button></div></div>"
            f"<div class='post-signature owner'><div class='user-info'><div class='user-action-time'>{'asked' if kind == 'post' else 'answered'} {date(rng, False)}</div><div class='user-details'><a>{p.user}</a>"
            f"<div class='-flair'><span class='reputation-score'>{rng.randint(1, 90)},{rng.randint(100, 999)}</span><span class='badge1'></span><span class='badgecount'>{rng.randint(1, 40)}</span></div></div></div></div></div></div>"
            f"<div class='post-layout--right js-post-comments-component'>{comments(p.comments)}</div></div>"
        )

    chrome(
        page,
        "Add a comment",
        "Improve this answer",
        "Sorted by:",
        "Not the answer you're looking for?",
        "Highest score (default)",
    )
    out = [
        f"<div id='question-header'><h1 itemprop='name'><a class='question-hyperlink'>{page.title}</a></h1><div><a class='ws-nowrap s-btn s-btn__primary'>Ask Question</a></div></div>"
        f"<div class='d-flex'><div class='flex--item'><span>Asked</span> <time>{rng.randint(1, 9)} years ago</time></div><div class='flex--item'><span>Viewed</span> {rng.randint(100, 90000)} times</div></div>"
        f"<div id='mainbar' role='main'><div class='question js-question' id='question' data-questionid='7001'>{cell(q, 'post', rng.randint(-2, 200), False)}</div>"
        f"<div id='answers'><div id='answers-header'><div class='answers-subheader'><h2 class='mb0'>{len(page.posts) - 1} Answer{'s' if len(page.posts) != 2 else ''}</h2><div><label>Sorted by:</label><select><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div></div>"
    ]
    for k, p in enumerate(page.posts[1:]):
        out.append(
            f"<a name='{7100 + k}'></a><div id='answer-{7100 + k}' class='answer js-answer{' accepted-answer' if k == 0 else ''}' data-answerid='{7100 + k}' itemprop='{'acceptedAnswer' if k == 0 else 'suggestedAnswer'}'>{cell(p, 'answer', rng.randint(0, 300), k == 0)}</div>"
        )
    out.append(
        "<h2 class='bottom-notice'>Not the answer you're looking for? Browse other questions tagged <a class='post-tag'>python</a> or <a>ask your own question</a>.</h2></div></div>"
    )
    return frame_en(page, "".join(out), rng, "Stack Overflow")


def reddit_old(page: Page, rng: random.Random) -> str:
    op = page.posts[0]

    def thing(p: Post, k: int) -> str:
        return (
            f"<div class=' thing id-t1_{k:05x} noncollapsed comment ' id='thing_t1_{k:05x}' data-type='comment'><p class='parent'></p><div class='midcol unvoted'><div class='arrow up'></div><div class='arrow down'></div></div>"
            f"<div class='entry unvoted'><p class='tagline'><a class='expand'>[–]</a><a class='author may-blank'>{p.user}</a><span class='userattrs'></span> <span class='score unvoted'>{rng.randint(1, 500)} points</span> <time class='live-timestamp'>{rng.randint(2, 9)} hours ago</time></p>"
            f"<form class='usertext warn-on-unload'><div class='usertext-body may-blank-within md-container '><div class='md'>{p_(p.paras)}</div></div></form>"
            "<ul class='flat-list buttons'><li class='first'><a class='bylink'>permalink</a></li><li><a>embed</a></li><li><a>save</a></li><li><a>report</a></li><li class='reply-button'><a>reply</a></li></ul></div>"
            "<div class='child'></div><div class='clearleft'></div></div>"
        )

    chrome(page, "points", "permalink", "submitted", "all comments")
    out = [
        f"<div id='siteTable' class='sitetable linklisting'><div class='thing link self'><div class='entry'><p class='title'><a class='title may-blank'>{page.title}</a> <span class='domain'>(self.AskHome)</span></p>"
        f"<p class='tagline'>submitted {rng.randint(2, 9)} hours ago by <a class='author'>{op.user}</a></p><div class='expando'><form class='usertext'><div class='usertext-body may-blank-within md-container'><div class='md'>{p_(op.paras)}</div></div></form></div>"
        f"<ul class='flat-list buttons'><li class='first'><a class='bylink comments'>{len(page.posts) - 1} comments</a></li><li><a>share</a></li><li><a>save</a></li><li><a>hide</a></li><li><a>report</a></li></ul></div></div></div>"
        f"<div class='commentarea'><div class='panestack-title'><span class='title'>all {len(page.posts) - 1} comments</span></div><div class='menuarea'><span>sorted by:</span> <a>best</a></div>"
        "<div class='sitetable nestedlisting'>"
    ]
    for k, p in enumerate(page.posts[1:]):
        out.append(thing(p, k + 1))
    out.append("</div></div>")
    return frame_en(page, "".join(out), rng, "reddit")


def reddit_new(page: Page, rng: random.Random) -> str:
    op = page.posts[0]
    chrome(page, "Reply", "Share", "Award", "Sort by:")
    out = [
        f"<div class='_1oQyIsiPHYt6nx7VOmd1sz'><div data-test-id='post-content'><div class='_2mHuuvyV9doV3zwbZPtIPG'><span class='_2tbHP6ZydRpjI44J3syuqC'>Posted by u/{op.user}</span> <span>{rng.randint(2, 9)} hours ago</span></div>"
        f"<div class='_2SdHzo12ISmrC8H86TgSCp'><h1 class='_eYtD2XCVieq6emjKBH3m'>{page.title}</h1></div><div class='_292iotee39Lmt0MkQZ2hPV RichTextJSON-root'>{p_(op.paras)}</div>"
        f"<div class='_3-miAEojrCvx_4FQ8x3P-s'><span class='FHCV02u6Cp2zYL0fhQPsO'>{len(page.posts) - 1} comments</span><button class='kU8ebCMnbXfjCWfqn0WPb'>Share</button><button>Save</button></div></div>"
        "<div class='_1YCqQVO-9r-Up6QPB9H6_4'><div class='_2MXxu3cS5y9B9eO0bm9nN_'>Sort by: <button>Best</button></div></div><div class='_1Vr95hAxw-_dkdsdHx8j5b'>"
    ]
    for k, p in enumerate(page.posts[1:]):
        out.append(
            f"<div class='_3sf33-9rVAO_v4y0pIW_CH' style='padding-left:16px'><div class='Comment t1_{k:04x} P8SGAKMtRxNwlmLz1zdJu' tabindex='-1'><div class='_1DooEIX-1Nj5rweIc5cw_E'><img class='_2TN8dEgAQbSyKntWpSPYM7'></div>"
            f"<div class='_1z5rdmX8TDr6mqwNv7A70U'><div class='_2mHuuvyV9doV3zwbZPtIPG'><a class='wM6scouPXXsFDSZmZPHRo'>{p.user}</a> · <a class='_3yx4Dn0W3Yunucf5sVJeFU'>{rng.randint(2, 9)} hr. ago</a></div>"
            f"<div data-testid='comment' class='_3cjCphgls6DH-irkVaA0GM'><div class='_292iotee39Lmt0MkQZ2hPV RichTextJSON-root'>{p_(p.paras)}</div></div>"
            f"<div class='_3KgrO85L1p9wQbgwG27q4y'><div class='_1E9mcoVn4MYnuBQSVDt1gC'><button aria-label='upvote'></button><div class='_1rZYMD_4xY3gRcSS3p8ODO'>{rng.randint(1, 400)}</div><button aria-label='downvote'></button></div>"
            "<button class='_374Hkkigy4E0srcVYOUqWa'>Reply</button><button class='_374Hkkigy4E0srcVYOUqWa'>Award</button><button class='_374Hkkigy4E0srcVYOUqWa'>Share</button></div></div></div></div>"
        )
    out.append("</div></div>")
    return frame_en(page, "".join(out), rng, "reddit")


def github(page: Page, rng: random.Random) -> str:
    chrome(page, "commented", "added the", "Assignees", "No one assigned")
    out = [
        f"<div class='gh-header'><h1 class='gh-header-title'><bdi class='js-issue-title markdown-title'>{page.title}</bdi> <span class='f1-light color-fg-muted'>#{rng.randint(100, 9999)}</span></h1>"
        f"<div class='gh-header-meta'><span class='State State--open'>Open</span> <a class='author'>{page.posts[0].user}</a> opened this issue on {date(rng, False)} · {len(page.posts) - 1} comments</div></div>"
        "<div class='Layout'><div class='Layout-main'><div class='js-discussion js-socket-channel'>"
    ]
    for k, p in enumerate(page.posts):
        out.append(
            f"<div class='TimelineItem js-comment-container'><div class='avatar-parent-child TimelineItem-avatar'><a><img class='avatar rounded-2'></a></div>"
            f"<div class='timeline-comment-group js-minimizable-comment-group'><div class='ml-n3 timeline-comment unminimized-comment comment previewable-edit js-comment'><div class='timeline-comment-header clearfix'>"
            f"<div class='timeline-comment-actions'><details class='details-overlay'><summary aria-label='Show options'>…</summary></details></div>"
            f"<h3 class='timeline-comment-header-text f5 text-normal'><strong><a class='author Link--primary text-bold'>{p.user}</a></strong> commented <a class='Link--secondary js-timestamp'><relative-time>{date(rng, False)}</relative-time></a></h3></div>"
            f"<div class='edit-comment-hide'><task-lists><table class='d-block'><tbody class='d-block'><tr class='d-block'><td class='d-block comment-body markdown-body js-comment-body'>{p_(p.paras)}</td></tr></tbody></table></task-lists>"
            + (
                f"<div class='comment-reactions'><button class='social-reaction-summary-item'>👍 {rng.randint(1, 9)}</button></div>"
                if rng.random() < 0.5
                else ""
            )
            + "</div></div></div></div>"
        )
        if k == 0 and len(page.posts) > 2:
            out.append(
                f"<div class='TimelineItem js-targetable-element'><div class='TimelineItem-badge'></div><div class='TimelineItem-body'><a class='author'>{rng.choice(EN_NAMES)}</a> added the <span class='IssueLabel'>bug</span> label {date(rng, False)}</div></div>"
            )
    out.append(
        "</div></div><div class='Layout-sidebar'><div class='discussion-sidebar-item'><div class='discussion-sidebar-heading'>Assignees</div><span>No one assigned</span></div><div class='discussion-sidebar-item'><div class='discussion-sidebar-heading'>Labels</div><a class='IssueLabel'>bug</a></div></div></div>"
    )
    return frame_en(page, "".join(out), rng, "GitHub")


ENGINES: dict[str, tuple[str, Callable[[Page, random.Random], str]]] = {
    "discuz": ("zh", discuz),
    "tieba": ("zh", tieba),
    "zhidao": ("zh", zhidao),
    "zhihu": ("zh", zhihu),
    "douban": ("zh", douban),
    "nga": ("zh", nga),
    "hupu": ("zh", hupu),
    "v2ex": ("zh", v2ex),
    "weibo": ("zh", weibo),
    "smallqa_zh": ("zh", smallqa),
    "phpbb": ("en", phpbb),
    "vb4": ("en", vb4),
    "vb5": ("en", vb5),
    "xenforo": ("en", xenforo),
    "discourse": ("en", discourse),
    "flarum": ("en", flarum),
    "nodebb": ("en", nodebb),
    "smf": ("en", smf),
    "stackexchange": ("en", stackexchange),
    "reddit_old": ("en", reddit_old),
    "reddit_new": ("en", reddit_new),
    "github": ("en", github),
    "smallqa_en": ("en", smallqa),
}
QUOTING = {"discuz", "douban", "nga", "phpbb", "vb4", "xenforo", "discourse", "smf"}
COMMENTING = {"stackexchange"}


def _posts(rng: random.Random, lang: str, shape: str) -> list[Post]:
    pool = ZH[:] if lang == "zh" else EN[:]
    short = ZH_SHORT[:] if lang == "zh" else EN_SHORT[:]
    names = ZH_NAMES[:] if lang == "zh" else EN_NAMES[:]
    rng.shuffle(pool)
    rng.shuffle(short)
    if shape == "tiny_qa":
        q, a = rng.choice(ZH_QA if lang == "zh" else EN_QA)
        return [Post([q], names[0]), Post([a], names[1])]
    first = {"long": rng.randint(4, 6), "single": rng.randint(1, 3)}.get(shape, rng.randint(1, 3))
    n_replies = {"single": 0, "one_reply": 1, "long": rng.randint(2, 4)}.get(shape, rng.randint(3, 8))
    posts = [Post(pool[:first], names[0])]
    at = first
    for k in range(n_replies):
        if shape == "oneliner":
            paras = [short[k % len(short)]]
        else:
            m = rng.choice((1, 1, 2))
            paras = pool[at : at + m] or [pool[-1]]
            at = at + m if at + m < len(pool) else first
        posts.append(Post(paras, names[(k + 1) % len(names)]))
    return posts


def build(seed: str = "threads2") -> list[Page]:
    """The pages; another ``seed`` gives fresh pages of the same layouts (ids and halves stay those of the fixed
    seed: with a fresh seed, tune and check mean nothing, every page is new material)."""
    out: list[Page] = []
    for engine, (lang, fn) in ENGINES.items():
        for v, shape in enumerate(SHAPES):
            rng = random.Random(f"{seed}/{engine}/{v}")
            posts = _posts(rng, lang, shape)
            titles = ZH_TITLES if lang == "zh" else EN_TITLES
            title = posts[0].paras[0] if shape == "tiny_qa" else titles[v % len(titles)]
            if shape == "tiny_qa" and engine.startswith("smallqa"):
                posts[0].paras = [title]
            page = Page(id=f"{engine}_{v}", engine=engine, lang=lang, shape=shape, title=title, posts=posts)
            if engine in QUOTING and len(posts) > 3 and shape != "oneliner":
                k = rng.randint(2, len(posts) - 1)
                posts[k].quote = (posts[k - 1].user, posts[k - 1].paras[0])
            if engine in COMMENTING and shape in ("thread", "long"):
                posts[0].comments = [rng.choice(EN_SHORT)]
                posts[1].comments = [rng.choice(EN_SHORT) + " Worked on my machine as well."]
            page.html = fn(page, rng)
            thread_score.settle_chrome(page)
            out.append(page)
    return out


page_half = thread_score.page_halves(SET, ENGINES, SHAPES)
"""The half of a page: per shape, engines ranked by the hash of ``threads2/<id>``, alternately tune and check."""


def check_page(page: Page, text: str) -> list[str]:
    return problems((([p.quote[1]] if p.quote else []) + p.paras + p.comments for p in page.posts), page.chrome, text)


def score(verbose: bool, tools: tuple[str, ...]) -> None:
    listed = (lambda page, h: h == TUNE) if verbose else None
    thread_score.score(build(), tools, page_half, check_page, ("all", "zh", "en", *SHAPES), listed=listed, width=10)


def dump(page_id: str) -> None:
    from cleaner.extraction import extract_html

    for page in build():
        if page.id == page_id:
            if page_half(page.id) != TUNE:
                print("a check page: scores only")
                return
            print(page.html, "\n---- gold\n", page.gold(), "\n---- output\n", extract_html(page.html).text, sep="")
            print("---- problems\n", "\n".join(check_page(page, extract_html(page.html).text)), sep="")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--score", action="store_true", help="score cleaner and trafilatura, tune and check")
    ap.add_argument("--verbose", action="store_true", help="with --score: tune pages with a problem")
    ap.add_argument("--cleaner-only", action="store_true", help="with --score: cleaner only")
    ap.add_argument("--dump", help="print a tune page's html, gold and output")
    args = ap.parse_args(argv)
    if args.score or args.verbose:
        score(args.verbose, ("cleaner",) if args.cleaner_only else ("cleaner", "trafilatura"))
    if args.dump:
        dump(args.dump)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
