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


def _product(body: str) -> str:
    menu = "".join(
        f"<li><a href='/p/{k}.html'>{w}</a></li>" for k, w in enumerate(("污水处理设备", "变频控制柜", "除尘设备"))
    )
    return (
        "<html><head><meta charset='utf-8'><title>WSZ-2型污水处理设备_某某环保设备有限公司</title></head><body>"
        "<div class='nav'><a href='/'>网站首页</a> | <a href='/about'>公司简介</a> | <a href='/p/'>产品中心</a></div>"
        f"<table width='900'><tr><td width='220' valign='top'><h4>产品中心</h4><ul>{menu}</ul></td><td valign='top'>"
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
