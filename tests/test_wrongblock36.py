"""Wrong blocks on pages nobody tuned on (issue #12, session 36, branch wrongblock36): a short story under its title
beside or above chrome that holds more prose than it. The pages are written here; the text is our own."""

# ruff: noqa: E501  (Chinese text is wide)
from __future__ import annotations

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.content import title_line
from cleaner.extraction.dom import parse_page

TITLE = "渡轮冬季检修完毕 周六恢复通航"
STORY = [
    "港口渡轮周六上午迎来今年第一批乘客。整个冬天渡轮都停在船坞里，工人们更换了两台发动机，又把船身从头到尾重新刷了一遍漆，"
    "码头上不少老乘客特意早早赶来排队。",
    "运营公司表示，今年夏季的班次与去年相同，每四十分钟一班；检修之前购买的船票在六月底之前仍然可以使用。",
]
TEASERS = [
    (
        "夜市下月起迁往老车站广场",
        "每逢周五晚上六点到午夜开市，其间广场禁止车辆通行，去年在码头摆摊的商户可以继续使用原来的摊位。",
    ),
    (
        "市图书馆考试期间延长开放时间",
        "六月中旬以前，阅览室每个工作日开放到晚上十点，学生需要提前一天在网上预约座位并携带借书证。",
    ),
    (TITLE, "渡轮在船坞里度过了整个冬天，更换了发动机之后重新下水。"),
    (
        "志愿者沿运河种下两百棵树",
        "新栽的树木用来替换春季暴风中倒下的老杨树，秋天还将安排几次植树活动，欢迎市民报名参加。",
    ),
    (
        "学校乐团获得地区比赛第一名",
        "四十名学生演奏了音乐老师改编的一组民间舞曲，乐团七月将前往省城参加决赛，家长们正在筹集路费。",
    ),
]
ABOUT = [
    "本站行情数据由多家数据服务商提供，走势图所用的历史数据每日收盘后更新一次，盘中数据可能有十五分钟左右的延迟，请读者留意。",
    "页面上列出的券商链接只是为了方便读者查找，本站与这些券商没有任何合作关系，读者如需开户，应当直接向券商咨询办理，并仔细阅读相关说明。",
    "本站所刊载的各类信息仅供读者参考，读者据此进行的任何操作，由读者自行承担后果，请读者在使用之前向有关方面核实。",
]
RANKING = "<b>精彩回顾</b>" + "".join(
    f"<div><a href='/r/{i}.html'>{h}</a></div>"
    for i, h in enumerate(
        [
            "老街改造方案公布",
            "春季车展今日开幕",
            "地铁三号线试运行",
            "菜价连续三周回落",
            "暴雨预警解除",
            "新医院年底开诊",
            "中学新校区奠基",
            "机场大巴调整线路",
            "老字号月饼涨价",
            "滨江公园重新开放",
            "出租车起步价不变",
            "旧货市场搬迁",
        ]
    )
)


def _teaser_page() -> str:
    """A table portal: the title in a plain cell, a two-paragraph story, a sidebar of headline links each with a
    summary (one of them the page's own story, as a "most read" list names it), a long "about us" box in the footer."""
    side = "".join(f'<div><h4><a href="/n/{i}.html">{h}</a></h4><p>{s}</p></div>' for i, (h, s) in enumerate(TEASERS))
    story = "".join(f"<p>{p}</p>" for p in STORY)
    return (
        f"<html><head><title>{TITLE}</title></head><body><table><tr><td><a href='/'>首页</a> - <a href='/n/'>新闻</a>"
        f"</td></tr></table><table><tr><td><div><table><tr><td><b>{TITLE}</b></td></tr><tr><td>2024-03-02 08:13 "
        f"来源：本站</td></tr></table>{story}</div><div><div>编辑推荐</div>{side}</div></td><td>{RANKING}</td></tr></table>"
        f"<table><tr><td>{'<br>'.join(ABOUT)}</td></tr><tr><td>Copyright 2024 港口新闻网</td></tr></table></body></html>"
    )


def test_title_line_skips_a_listed_headline_link() -> None:
    """The title shows on a plain line above the story and again as one headline link among others of a teaser
    list: the plain line is the title line (the list's link is another story's slot)."""
    page = parse_page(_teaser_page())
    line = title_line(page, TITLE)
    assert line >= 0
    assert page.lines[line].link_chars == 0


def test_short_story_under_its_title_beats_a_footer_past_a_teaser_list() -> None:
    """The short story under the title is the text, not the longer "about us" box past the list of teasers."""
    text = extract_html(_teaser_page()).text
    assert STORY[0][:30] in text
    assert ABOUT[0][:30] not in text
    assert TEASERS[0][1][:30] not in text


NOTICE = [
    "本市今天下午在滨江路举行防汛演练，三百多名抢险队员参加。",
    "演练模拟了江水漫过堤岸的情形，队员们用两个小时垒起了一道沙袋墙。",
    "防汛办表示，今年汛期将比往年提前，请沿江居民留意预警信息。",
]
COMMENTS = [
    "去年那场大水我家一楼全泡了，希望今年早做准备，别再让老百姓吃亏。堤岸那一段年年修年年坏，到底是什么原因，有关部门应该给个说法。",
    "演练是好事，但是关键还是平时的维护，排水管道堵了好几年都没人来清理，一下大雨路口就变成河，车子根本过不去，行人只能绕远路。",
    "沙袋墙两个小时就垒好了，速度确实快，队员们辛苦了。不过真正发大水的时候往往是半夜，希望夜里也能有人值班，第一时间通知到每家每户。",
    "建议把预警信息也发到小区的业主群里，很多老人不看新闻，也不会用手机上的软件，只有邻居之间互相提醒才靠得住，街道可以牵个头。",
]
PICKS = "".join(
    f"<h3><a href='/p/{i}.html'>{h}</a></h3><p>{t}</p>"
    for i, (h, t) in enumerate(
        [
            ("老城区停车难怎么破", "新建的三座立体车库下月投入使用，可以增加六百个车位。"),
            ("菜篮子价格稳中有降", "本周蔬菜批发价格连续第三周下降，叶菜类降幅最大。"),
            ("夜间公交线路再添两条", "两条线路都经过火车站，末班车延长到凌晨一点。"),
            ("社区食堂受到老人欢迎", "每份午餐十二元，七十岁以上的老人还可以再减两元。"),
        ]
    )
)
RELATED = "".join(
    f"<li><a href='/n/{i}.html'>{h}</a></li>"
    for i, h in enumerate(
        ["江堤加固工程开工", "防汛物资储备到位", "气象台发布暴雨预报", "排水管网改造完成", "沿江步道暂时封闭"]
    )
)


def _comment_page(heading: str = "<h3>网友评论</h3><span>共4条评论</span>") -> str:
    """A short notice under its title, then a comment section whose heading is split over two elements ("网友评论"
    over "共4条评论", both in the element that opens the list of comments), the comments four times its length."""
    items = "".join(
        f"<li class='qi'><div class='qu'><a href='/u/{i}'>网友{i}</a>{i + 1}小时前</div><div class='qt'>{c}</div>"
        f"<div class='qb'><a href='#'>回复</a> · <a href='#'>赞 {3 * i + 2}</a> · <a href='#'>举报</a></div></li>"
        for i, c in enumerate(COMMENTS)
    )
    notice = "".join(f"<p>{p}</p>" for p in NOTICE)
    return (
        "<html><head><title>滨江路举行防汛演练_新闻中心</title></head><body><div class='nav'><a href='/'>首页</a> "
        f"<a href='/n/'>新闻</a> <a href='/f/'>财经</a></div><div class='w1'>{PICKS}<div class='crumb'><a href='/'>新闻中心</a> &gt; <a href='/n/'>本地新闻</a> &gt; 正文</div><div class='art'><h1>滨江路举行防汛演练</h1>"
        f"<p>2024年05月09日 20:38</p><p>来源：本地新闻网</p><div>字号：<a href='#'>大</a>|<a href='#'>小</a></div>"
        "<h5><a href='#'>0人参与</a><a href='#'>0条评论</a><a href='#'>打印</a><a href='#'>转发</a></h5>"
        f"{notice}<div class='tags'>[责任编辑：王明] 标签：<a href='/t/1'>防汛</a> <a href='/t/2'>演练</a> <a href='/t/3'>滨江路</a>"
        "</div><div class='mob'><a href='/m/'>手机看新闻</a> 随时随地看新闻</div></div>"
        f"<div class='rel'><b>相关新闻</b><ul>{RELATED}</ul></div><table><tr><td>分享到：</td><td><div class='share'><a href='#'>更多</a></div></td></tr></table><div class='qs'><div class='qh'>{heading}</div>"
        f"<ul>{items}</ul><div><a href='/c/'>查看更多评论</a></div></div></div></body></html>"
    )


@pytest.mark.parametrize(
    "heading", ["<h3>网友评论</h3><span>共4条评论</span>", "<h3>Comments</h3><div>4 Comments</div>"]
)
def test_short_notice_above_a_split_comment_heading(heading: str) -> None:
    """The notice is the text; the comments below the split heading are not (they are no thread: the heading and
    its count open the comments' element, :func:`~cleaner.extraction.content._story_above_comments`)."""
    text = extract_html(_comment_page(heading)).text
    assert NOTICE[0][:15] in text and NOTICE[2][:15] in text
    assert not any(c[:15] in text for c in COMMENTS)
