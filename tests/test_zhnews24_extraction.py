"""Chinese 2003-2008 table-layout pages whose content is short, round 24 (issue #12, bench/zh_news_corpus24.py): a
notice or an agenda under the page title in one cell of a layout row, a side cell of longer prose beside it.
Pages written here (no third-party markup copied)."""

from __future__ import annotations

from cleaner.extraction import extract_html

NOTICE = "因供水管网改造施工，本月二十日上午八时至下午六时城东片区将暂停供水，请各单位和居民提前做好储水准备。"
ABOUT = (
    "本局是市政府主管全市城市供水、排水和节约用水工作的职能部门，内设办公室、计划财务科、供水管理科等六个科室。",
    "近年来，本局围绕保障城市供水安全这一中心任务，不断加大管网改造力度，供水普及率和水质合格率逐年提高。",
    "全局干部职工将继续坚持以人为本的服务理念，努力为广大市民提供安全、优质、便捷的供水服务。",
    "欢迎社会各界对我们的工作提出宝贵意见和建议，我们将认真研究并及时予以答复，不断改进工作作风。",
)
ROWS = (
    ("8:30-9:00", "代表报到", "宾馆大堂", "主持人：王明"),
    ("9:00-9:30", "开幕式", "学术报告厅", "主持人：王明"),
    ("9:30-11:30", "主题报告", "学术报告厅", "主持人：李华"),
    ("14:00-16:00", "分组讨论", "第一会议室", "主持人：张强"),
    ("16:30-17:30", "大会交流", "学术报告厅", "主持人：李华"),
)


def _layout(main: str, title: str = "关于城东片区暂停供水的通知") -> str:
    side = "<table width='100%'><tr><td bgcolor='#DDEEFF'><b>单位简介</b></td></tr>" + "".join(
        f"<tr><td><font size='2'>{s}</font></td></tr>" for s in ABOUT
    )
    side += "</table><table><tr><td><a href='/n/1.htm'>关于调整办公时间的公告</a></td></tr></table>"
    return (
        f"<html><head><meta charset='utf-8'><title>{title}_市水务局</title></head><body>"
        "<table width='760'><tr><td><a href='/'>首页</a> | <a href='/zw/'>政务公开</a> | <a href='/bs/'>办事指南</a>"
        "</td></tr></table>"
        "<table width='760'><tr>"
        f"<td width='560' valign='top'><table width='100%'><tr><td align='center'><b>{title}</b></td></tr>"
        f"<tr><td align='center'>发布时间：2005-06-18　点击数：326</td></tr>{main}</table></td>"
        f"<td width='200' valign='top'>{side}</td></tr></table>"
        "<table width='760'><tr><td>版权所有 市水务局 2005</td></tr></table></body></html>"
    )


def test_short_notice_under_the_title_beats_the_side_column() -> None:
    """A one-sentence notice in the title's cell of the layout row and a 单位简介 box of four sentences in the side
    cell beside it: the notice is the text (before, the side box's prose outscored it and came out alone)."""
    text = extract_html(_layout(f"<tr><td>　　{NOTICE}</td></tr>")).text
    assert NOTICE[:20] in text
    assert all(s[:15] not in text for s in ABOUT)


def test_agenda_under_the_title_keeps_its_rows_without_the_side_column() -> None:
    """One sentence over an agenda table of short rows in the title's cell: the side cell's prose is not taken in as
    a part of a split body (the row that the title cell was chosen from fences the parts)."""
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in ROWS)
    intro = "第三届全市供水行业技术交流会定于六月二十日在市科技会堂召开，会期一天，现将日程安排如下。"
    main = f"<tr><td>　　{intro}</td></tr><tr><td><table border='1'>{rows}</table></td></tr>"
    text = extract_html(_layout(main, "全市供水行业技术交流会日程")).text
    assert intro[:20] in text and "分组讨论" in text and "16:30-17:30" in text
    assert all(s[:15] not in text for s in ABOUT)


def test_article_in_a_nested_cell_below_the_title_stays() -> None:
    """The title and the article in one outer cell (the article in a nested table's cell), the side prose in the
    other cell: the title's cell holds the chosen block, nothing moves."""
    body = "".join(f"<p>{s}</p>" for s in (NOTICE, *ABOUT[:2]))
    text = extract_html(_layout(f"<tr><td><table><tr><td>{body}</td></tr></table></td></tr>")).text
    assert NOTICE[:20] in text and ABOUT[1][:15] in text
