"""Data tables inside the story's block (issue #12, round 33): the cells of a quote, results or spec table — rows of two
or more cells, a header row or a label column, number-only cells in several rows — are the story's data, and no
drop_line rule (``number-only``) removes them (``cleaner.extraction.tables``, ``clean_lines``' ``cells``); a page
counter, a vote count or a "1 2 3 下一页" bar outside such a table still goes. The pages are the author's own, shaped
like the tune pages of ``bench/zh_news_corpus33.py`` (style ``eastmoney``, dev seed ``tables33-dev1``)."""

from __future__ import annotations

from cleaner.extraction import extract_html
from cleaner.text.textclean import clean_lines

P1 = "今日两市震荡走高，电力设备板块午后集体拉升，多只个股涨幅居前，成交额较上一交易日明显放大。"
P2 = "分析人士认为，随着年度业绩陆续披露，市场关注点将逐步转向基本面确定性较强的品种，短期波动难以避免。"
ROWS = (
    ("600101", "东岭电气", "75.56", "+6.98%", "36.05"),
    ("000237", "西江银行", "50.74", "+8.34%", "35.68"),
    ("600512", "北原重工", "42.57", "+3.33%", "6.03"),
)


def _page(body: str, below: str = "") -> str:
    return (
        "<html><head><title>电力设备板块午后拉升_财经</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/cj/">财经</a> <a href="/gp/">股票</a></div>'
        '<div class="main"><h1>电力设备板块午后拉升</h1>'
        f'<div id="ContentBody">{body}</div>{below}</div></body></html>'
    )


def _table() -> str:
    head = "<tr><th>代码</th><th>名称</th><th>最新价</th><th>涨跌幅</th><th>成交额(亿元)</th></tr>"
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    return f"<table class='data'>{head}{rows}</table>"


def test_quote_table_keeps_its_numbers() -> None:
    doc = extract_html(_page(f"<p>{P1}</p>{_table()}<p>{P2}</p>"))
    lines = doc.text.splitlines()
    for row in ROWS:
        for cell in row:
            assert cell in lines
    assert lines[0] == P1 and lines[-1] == P2


def test_label_column_without_header_is_a_data_table() -> None:
    rows = "".join(f"<tr><td>{name}</td><td>{price}</td><td>{amount}</td></tr>" for _, name, price, _, amount in ROWS)
    lines = extract_html(_page(f"<p>{P1}</p><table>{rows}</table><p>{P2}</p>")).text.splitlines()
    assert "75.56" in lines and "42.57" in lines and "6.03" in lines


def test_pager_and_counts_outside_a_data_table_still_go() -> None:
    pager = "<table><tr><td>1</td><td>2</td><td>3</td><td>下一页</td></tr></table>"
    body = f"<p>{P1}</p><div>12</div><p>{P2}</p>{pager}"
    lines = extract_html(_page(body)).text.splitlines()
    assert lines == [P1, P2]


def test_cells_guard_only_drop_line() -> None:
    texts = [P1, "1024", "36.05", P2]
    assert clean_lines(texts).lines == [P1, P2]
    assert clean_lines(texts, cells=frozenset({2})).lines == [P1, "36.05", P2]


def test_quote_widget_of_linked_names_is_no_data_table() -> None:
    """A quote box set above the story in its element (linked stock names, prices, with or without a header row) is
    chrome: its prices go as before."""
    head = "<tr><th>名称</th><th>最新价</th><th>涨跌幅</th></tr>"
    rows = "".join(
        f'<tr><td><a href="/q/{k}">{name}</a></td><td>{price}</td><td>{change}</td></tr>'
        for k, (_, name, price, change, _) in enumerate(ROWS)
    )
    for table in (f"<table>{rows}</table>", f"<table>{head}{rows}</table>"):
        widget = f'<div class="kw"><div class="kh">行情</div>{table}</div>'
        lines = extract_html(_page(f"{widget}<p>{P1}</p><p>{P2}</p>")).text.splitlines()
        assert "75.56" not in lines and "42.57" not in lines
        assert P1 in lines and P2 in lines
