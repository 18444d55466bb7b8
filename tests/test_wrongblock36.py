"""Wrong blocks on pages nobody tuned on (issue #12, session 36, branch wrongblock36): a short story under its title
beside or above chrome that holds more prose than it. The pages are written here; the text is our own."""

# ruff: noqa: E501  (Chinese text is wide)
from __future__ import annotations

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
