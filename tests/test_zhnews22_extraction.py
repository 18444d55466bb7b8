"""Chinese 2003-2010 pages whose content is not one article block, round 22 (issue #12, bench/zh_news_corpus22.py):
a product page whose one paragraph of prose sits among headed lists and a parameter table. Pages written here (no
third-party markup copied)."""

from __future__ import annotations

from cleaner.extraction import extract_html

INTRO = (
    "本设备采用生物接触氧化工艺，适用于生活污水和与之类似的工业有机废水的处理，"
    "出水水质稳定，运行费用低，操作管理十分方便。"
)
FEATURES = ("采用全封闭结构设计", "运行噪音低于六十分贝", "支持远程监控和报警", "安装简便维护成本低")
PARAMS = (("处理能力", "每小时2吨"), ("额定功率", "5.5千瓦"), ("整机重量", "320公斤"))


CONTACT = (
    "<div class='contact'><h4>联系我们</h4><p>某某环保设备有限公司</p><p>联系人：王先生</p>"
    "<p>电话：0531-88886666</p><p>传真：0531-88886667</p><p>地址：济南市经济开发区18号</p></div>"
)


def _product(body: str, side: str = "") -> str:
    menu = "".join(
        f"<li><a href='/p/{k}.html'>{w}</a></li>" for k, w in enumerate(("污水处理设备", "变频控制柜", "除尘设备"))
    )
    return (
        "<html><head><meta charset='utf-8'><title>WSZ-2型污水处理设备_某某环保设备有限公司</title></head><body>"
        "<div class='nav'><a href='/'>网站首页</a> | <a href='/about'>公司简介</a> | <a href='/p/'>产品中心</a></div>"
        f"<table width='900'><tr><td width='220' valign='top'><h4>产品中心</h4><ul>{menu}</ul>{side}</td>"
        "<td valign='top'>"
        f"<h2>WSZ-2型污水处理设备</h2><div class='pbody'>{body}</div>"
        "<p><a href='#'>[在线订购]</a> <a href='#'>[返回列表]</a></p></td></tr></table>"
        "<div class='foot'>版权所有 © 某某环保设备有限公司</div></body></html>"
    )


def _headed(prose_last: bool) -> str:
    tab = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in PARAMS)
    return (
        f"<h3>产品简介</h3><p>{INTRO}</p><h3>主要特点</h3><ul>{''.join(f'<li>{f}</li>' for f in FEATURES)}</ul>"
        f"<h3>技术参数</h3><table border='1'>{tab}</table>" + (f"<h3>适用范围</h3><p>{INTRO}</p>" if prose_last else "")
    )


def test_product_page_keeps_its_headed_lists() -> None:
    """One paragraph of prose among 主要特点 / 技术参数 headings, a bullet list and a parameter table, all in one
    element without a link: the lists and the table are the page's content (before, the paragraph alone)."""
    text = extract_html(_product(_headed(prose_last=False))).text
    assert INTRO[:20] in text
    assert all(f in text for f in FEATURES)
    assert "每小时2吨" in text and "主要特点" in text
    assert "返回列表" not in text and "污水处理设备\n变频控制柜" not in text


def test_product_parent_with_links_not_widened() -> None:
    """The same element with a link among its lines (a list of other products) is not taken whole."""
    links = (
        "<h3>相关产品</h3><ul>"
        + "".join(f"<li><a href='/p/{k}.html'>型号{k}污水处理设备</a></li>" for k in range(4))
        + "</ul>"
    )
    text = extract_html(
        _product(f"<h3>产品简介</h3><p>{INTRO}</p><h3>主要特点</h3><p>{'；'.join(FEATURES)}</p>{links}")
    ).text
    assert INTRO[:20] in text
    assert "型号1污水处理设备" not in text


def test_product_side_column_with_a_contact_box_left_out() -> None:
    """A side cell of the layout row holding a product menu and a 联系我们 box of label lines ("电话：…": short
    lines that end no sentence) beside the product's cell, under a page title of the company's name alone (no
    title line to find the product's cell by): the side cell is no part of the text (before, the contact lines'
    gains took the whole row in)."""
    html = _product(f"<h3>产品简介</h3><p>{INTRO}</p><h3>适用范围</h3><p>{INTRO}</p>", CONTACT)
    html = html.replace("WSZ-2型污水处理设备_某某环保设备有限公司</title>", "某某环保设备有限公司</title>")
    text = extract_html(html).text
    assert INTRO[:20] in text
    assert "0531-88886666" not in text and "联系人" not in text


LEAD = "今年是抗战胜利六十周年，本网推出特别专题，回顾那段艰苦卓绝的岁月，讲述亲历者的故事。"
ITEMS = (
    (
        "老兵回忆当年的战斗",
        "八十六岁的老兵坐在院子里，慢慢讲起六十多年前在山区打游击的日子，说到牺牲的战友时几度哽咽。",
    ),
    ("纪念馆迎来参观高峰", "进入八月以来，纪念馆每天接待参观者超过五千人次，其中不少是学校组织的学生和退休老人。"),
    ("一封家书的故事", "这封写于一九四三年的家书保存至今，信纸已经发黄，字迹却依然清晰，记录了一个普通士兵的牵挂。"),
    ("史料整理工作启动", "市档案馆近日启动抗战史料整理工作，计划用两年时间把散落在民间的照片和文字资料收集起来。"),
)


def _topic(items: tuple[tuple[str, str], ...]) -> str:
    rows = "".join(
        f"<tr><td><a href='/n/{k}.html'><b>{h}</b></a></td></tr><tr><td>{s}<a href='/n/{k}.html'>[详细]</a></td></tr>"
        for k, (h, s) in enumerate(items)
    )
    more = "".join(f"<li><a href='/zt/{k}.html'>往期专题第{k}期的标题文字</a></li>" for k in range(5))
    return (
        "<html><head><meta charset='utf-8'><title>抗战胜利六十周年专题_新闻中心</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/gn/'>国内</a> | <a href='/zt/'>专题</a></div>"
        "<table width='760'><tr><td valign='top'><table><tr><td><h1>抗战胜利六十周年专题</h1></td></tr>"
        f"<tr><td><b>【导语】</b>{LEAD}</td></tr></table><table>{rows}</table>"
        f"<div class='more'><h3>相关专题</h3><ul>{more}</ul></div></td></tr></table>"
        "<div class='footer'>Copyright © 2005 新闻中心 版权所有</div></body></html>"
    )


def test_topic_page_keeps_its_items() -> None:
    """A special-topic page: a lead, then four headline links each over a one-sentence summary: the headlines and
    summaries are the page's content (before, the lead alone: such pairs are teasers on an article page)."""
    text = extract_html(_topic(ITEMS)).text
    assert LEAD[:20] in text
    assert all(s[:20] in text for _, s in ITEMS)
    assert all(h in text.splitlines() for h, _ in ITEMS)
    assert "往期专题" not in text


def test_comments_under_a_short_article_are_no_topic_items() -> None:
    """A short article's comments, each a linked user name over the comment: one user's name over two of them,
    or a name with the comment's time on its line, makes them no topic items (the names are no headlines)."""
    names = ("小熊饼干", "老司机", "小熊饼干", "江南烟雨")
    same = tuple((n, s) for n, (_, s) in zip(names, ITEMS, strict=True))
    others = (*names[1:], "甲乙")
    timed = tuple((f"{n}</a>{k + 2}天前<a>", s) for k, (n, (_, s)) in enumerate(zip(others, ITEMS, strict=True)))
    for items in (same, timed):
        text = extract_html(_topic(items)).text
        assert LEAD[:20] in text
        assert not any(s[:20] in text for _, s in ITEMS)


def test_topic_items_below_a_long_article_stay_teasers() -> None:
    """The same pairs under an article of several paragraphs are other stories' teasers: left out."""
    body = "".join(f"<p>{LEAD}{s}</p>" for _, s in ITEMS[:3])
    html = _topic(ITEMS).replace(f"<b>【导语】</b>{LEAD}", body)
    text = extract_html(html).text
    assert LEAD[:20] in text
    assert ITEMS[3][1][:20] not in text
