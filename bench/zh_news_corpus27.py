"""Chinese 2005-2012 portal pages: tiny stories amid prose-like chrome, bodies cut into rows and tables, story wrappers that hold the page's lists (issue #12, round 27).

    python bench/zh_news_corpus27.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_news_corpus27.py --score --cleaner-only   # cleaner alone
    python bench/zh_news_corpus27.py --list 20                # the worst tune pages
    python bench/zh_news_corpus27.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_news_corpus27.py --seed S --score         # fresh pages of the same layouts

Why: the cleaneval_zh check half loses 63 % of its F1 on two pages (aggregates only): a tiny gold with a page-sized
output, and a long gold with less than half of it out; no tune page shows either. Rounds 24-26 built tiny stories
beside *lists* of summaries or comments and long stories split in two or three *parts*; this one builds the shapes
they leave out, written (branch zhnews27) before cleaner was run on it, from the author's picture of CleanEval-era
pages (no third-party page is copied). Table layouts, ``<font>`` / ``<br>`` text without ``<p>``, inline styles and
no class names, gb2312 / GBK bytes, 来源 / 责任编辑 lines, 打印本页 / 关闭窗口, 第1页 2 3 下一页 pagers. One *kind*
each:

- ``scroll_brief``: a 快讯 of 40-250 characters in the story cell of a 2008 table page; *in the same cell* under it a
  滚动新闻 list whose lines are a time, a linked headline and a one-sentence summary as plain text; beside it a 公告
  box of three to five prose notices; a footer of several rows of prose (address, licences, statements);
- ``notice_board``: a 通知 of one to three sentences and its 落款 in an inline-styled div column (no classes); its
  sibling boxes are an 公告栏 of other notices (a date and one or two sentences each, not linked) and a 本站简介
  of prose; the title is an ``<h1>`` on half the pages, a bold styled div on the rest;
- ``photo_center``: a photo story (a ``<center>``'d image and a one- or two-sentence caption in ``<font>``, the gold)
  in a cell that also holds a 要闻 block: five to eight items of an image, a linked headline and two or three
  sentences of summary;
- ``row_paras``: a long story set one paragraph per table row (``<tr><td>``), some rows ``<font>`` + ``<br>``; between
  rows a picture row (image + caption), a 相关链接 row of headlines and an ad row; 责任编辑 and a 第1页 pager rows
  below;
- ``split_tables``: a long story split over two or three sibling ``<table>``s of uneven length (``<font>`` text with
  ``<br><br>``), between them a float-right picture table, an ad table and a 相关链接 table of headlines with
  one-sentence summaries;
- ``paged_divs``: a long story in inline-styled ``<div>``s: the first part in ``<p>``s, then a "相关链接：" line, a
  picture with its caption, the next part as ``<br>`` lines, then "第1页 2 3 下一页" and "本文共3页";
- ``wrap_lists``: a story of two to six paragraphs (``<br>`` lines in a ``<div>``, or ``<p>``s) inside a wrapper that
  also holds, as siblings, four to seven ``<ul>`` lists (最新文章, 热门文章, 相关文章, 专题推荐: headlines with dates,
  one before the story on half the pages) and a prose 本站简介;
- ``td_lists``: the same in one big ``<td>``: the story (tiny on half the pages) as ``<font>`` text, and the lists as
  "·headline (05-12)<br>" lines, with a 网站简介 of prose at the cell's end.

Text: as ``zh_portal_corpus``, the gold paragraphs of the tune pages of daniel_zh, cwced_zh and cleaneval_zh read at
run time (nothing of them is committed); tiny stories are the opening sentences of a tune article's first
paragraph; filler prose is sentences of other tune articles; names, units, addresses and chrome words are the
generator's own. Gold (CleanEval convention): the story's paragraphs (a caption for ``photo_center``, a notice's
落款); no title, byline, captions of pictures inside a long story, lists, boxes, pager, footer. Snippets: the first and
last gold line's openings must appear; the boxes', summaries', notices' and footer's sentences must not. A page's
half is :func:`bench.halves.half` of ``zhnews27/<id>``.
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring
from zh_news_corpus21 import _shown21
from zh_news_corpus25 import _UNITS, _parts, _short
from zh_portal_corpus import _PLACES, Text, _date, _href, _name, _norm, _url

SET = "zhnews27"
KINDS = (
    "scroll_brief",
    "notice_board",
    "photo_center",
    "row_paras",
    "split_tables",
    "paged_divs",
    "wrap_lists",
    "td_lists",
)
PAGES_PER_KIND = 20
Builder = Callable[[random.Random, Text, str, str, list[str], list[str]], tuple[str, list[str], bool]]

_SITES = ("中国江苏网", "东北新闻网", "中安在线", "四川在线", "大河网", "齐鲁网", "千龙网", "北方网", "胶东在线")
_LISTS = ("最新文章", "热门文章", "相关文章", "专题推荐", "图片新闻", "本周排行", "推荐阅读")
_FOOT = (
    "地址：{p}市{r}路{n}号{s}大厦{f}层　邮编：{z}　新闻热线：0{t}-{u}　广告热线：0{t}-{v}",
    "《互联网新闻信息服务许可证》编号：{n}{z}　增值电信业务经营许可证：{p}B2-{u}　网络文化经营许可证：{p}网文[{y}]{n}号",
    "本网站由{p}日报社主办，{p}新闻网络传媒有限公司承办，未经书面授权，任何单位和个人不得转载、摘编或以其它方式使用本网站内容。",
    "本站所载稿件及图片凡注明来源为本网的，版权均属本网所有，其他媒体转载时须注明出处，违者本网将依法追究其法律责任。",
    "违法和不良信息举报电话：0{t}-{v}　举报邮箱：jubao@{p}news.cn　{p}互联网违法和不良信息举报中心受理公众举报。",
    "建议使用1024×768分辨率浏览本站，使用IE6.0以上版本浏览器，以获得最佳的浏览效果。",
)
_NOTICES = (
    "本站将于本周六凌晨零时至六时进行服务器维护升级，届时部分栏目将暂停访问，由此带来的不便敬请谅解。",
    "为进一步做好新闻宣传工作，本网现面向社会公开招聘编辑记者若干名，有意者请将个人简历发送至本网人事部邮箱。",
    "本网论坛实行实名注册制度，请广大网友文明上网、理性发言，凡发布违法信息者，本网将依法配合有关部门处理。",
    "欢迎广大读者踊跃投稿，来稿请注明作者真实姓名、工作单位和联系电话，一经采用，即付稿酬。",
    "即日起本网开通手机版，读者可通过手机浏览器随时随地阅读本网新闻，欢迎广大读者使用并提出宝贵意见。",
    "本网新闻热线全天二十四小时开通，欢迎广大市民提供新闻线索，线索一经采用将给予一定奖励。",
    "本网年度优秀网评作品征集活动正在进行中，截稿日期为本月底，获奖作品将在本网首页集中展示。",
)
_ABOUT = (
    "{site}是经国务院新闻办公室批准的省级重点新闻网站，由{p}日报报业集团主办，于二〇〇〇年正式开通。",
    "网站立足{p}、面向全国，设有新闻、财经、文化、教育、旅游等数十个频道，日均发布新闻稿件两千余条。",
    "经过多年的发展，{site}已经成为{p}对外宣传的重要窗口和广大网民获取本地资讯的主要渠道之一。",
    "本站坚持正确的舆论导向，以权威、及时、贴近为宗旨，努力为广大网民提供全面准确的新闻信息服务。",
)
_AD = (
    "<table width='100%'><tr><td align='center'><script language='javascript' src='/ad/js/{n}.js'></script><iframe src='/ad/{n}.htm' width='468' height='60' scrolling='no' frameborder='0'></iframe></td></tr></table>",
    "<table width='100%'><tr><td align='center'><a href='http://ad.example.cn/c.php?id={n}' target='_blank'><img src='/ad/{n}.gif' width='560' height='80' border='0'></a></td></tr></table>",
)


def _fill(rng: random.Random, s: str, site: str) -> str:
    return s.format(
        p=rng.choice(_PLACES),
        r=rng.choice(("人民", "解放", "中山", "建设", "长江")),
        n=rng.randint(10, 999),
        s=rng.choice(("报业", "传媒", "新闻")),
        f=rng.randint(3, 28),
        z=rng.randint(100000, 899999),
        t=rng.randint(10, 999),
        u=rng.randint(10000000, 89999999),
        v=rng.randint(10000000, 89999999),
        y=rng.randint(2005, 2012),
        site=site,
    )


def _foot(rng: random.Random, site: str, bad: list[str]) -> str:
    lines = [_fill(rng, x, site) for x in rng.sample(_FOOT, rng.randint(3, 6))]
    bad.extend(x[:20] for x in lines)
    rows = "".join(f"<tr><td align='center'><font size='2' color='#666666'>{x}</font></td></tr>" for x in lines)
    menu = " | ".join(f"<a href='/{w}/'>{w}</a>" for w in ("关于我们", "网站声明", "联系方式", "广告服务", "网站地图"))
    return f"<table width='778' align='center' style='border-top:2px solid #003399'><tr><td align='center'>{menu}</td></tr>{rows}<tr><td align='center'>Copyright &copy; 2003-20{rng.randint(8, 12):02d} {site} All Rights Reserved</td></tr></table>"


def _top(rng: random.Random, site: str) -> str:
    chans = " | ".join(
        f"<a href='/{i}/'>{w}</a>" for i, w in enumerate("首页 新闻 时政 社会 财经 文化 体育 娱乐 论坛 博客".split())
    )
    return (
        f"<table width='778' align='center'><tr><td><img src='/images/logo.gif' alt='{site}'></td><td align='right'><font size='2'>{_date(rng)[:10]} 星期{rng.choice('一二三四五六日')}</font></td></tr>"
        f"<tr><td colspan='2' bgcolor='#003399' style='color:#FFFFFF;font-size:14px'>{chans}</td></tr></table>"
    )


def _meta(rng: random.Random) -> str:
    return f"来源：{rng.choice(_SITES)}　作者：{_name(rng)}　{_date(rng)}"


def _title_rows(title: str, rng: random.Random) -> str:
    return (
        f"<tr><td align='center' style='font-size:20px;font-weight:bold;color:#003399;padding:10px'>{title}</td></tr>"
        f"<tr><td align='center'><font size='2' color='#999999'>{_meta(rng)}　【字体：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>】</font></td></tr>"
    )


def _tools(rng: random.Random) -> str:
    return (
        f"<tr><td align='right'><font size='2'>（责任编辑：{_name(rng)}）</font></td></tr>"
        "<tr><td align='right'><font size='2'>【<a href='#'>发表评论</a>】【<a href='javascript:window.print()'>打印本页</a>】【<a href='javascript:window.close()'>关闭窗口</a>】</font></td></tr>"
    )


def _side_notices(rng: random.Random, bad: list[str], label: str = "网站公告") -> str:
    ns = rng.sample(_NOTICES, rng.randint(3, 5))
    bad.extend(x[:20] for x in ns)
    rows = "".join(f"<tr><td style='font-size:12px;line-height:160%'>{_date(rng)[:10]}　{x}</td></tr>" for x in ns)
    return f"<table width='100%' cellpadding='3'><tr><td bgcolor='#E8EEF7'><b>{label}</b></td></tr>{rows}</table>"


def _frame(rng: random.Random, site: str, main: str, side: str, bad: list[str]) -> str:
    row = f"<table width='778' align='center' cellspacing='0' cellpadding='0'><tr><td width='560' valign='top'>{main}</td><td width='10'></td><td width='208' valign='top' bgcolor='#F7F7F7'>{side}</td></tr></table>"
    return _top(rng, site) + row + _foot(rng, site, bad)


def _links(rng: random.Random, text: Text, n: int, bad: list[str], label: str, summary: bool) -> str:
    heads = text.heads(rng, n, "")
    bad.extend(h for h in heads if len(h) >= 10)
    rows = []
    for h in heads:
        extra = ""
        if summary:
            s = text.prose(rng, 1, "")[0]
            bad.append(s[:20])
            extra = f"<br><font color='#666666'>{s}</font>"
        rows.append(f"<tr><td>·<a href='{_href(rng)}' target='_blank'>{h}</a>{extra}</td></tr>")
    return f"<table width='100%' cellpadding='2' style='border:1px solid #CCCCCC'><tr><td bgcolor='#EEEEEE'><b>{label}</b></td></tr>{''.join(rows)}</table>"


def _tiny(paras: list[str], rng: random.Random) -> str:
    s = _short(paras, rng, 250)
    return s if len(s) >= 40 else _short(paras, rng, 250)


# --- tiny stories ------------------------------------------------------------------------------------------------


def _scroll_brief(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str], bool]:
    site = rng.choice(_SITES)
    body = _tiny(paras, rng)
    label = "<b>【快讯】</b>" if rng.random() < 0.3 else ""
    lines = []
    for h in text.heads(rng, rng.randint(8, 14), title):
        s = text.prose(rng, 1, key)[0]
        bad.append(s[:20])
        lines.append(f"[{_date(rng)[11:]}] <a href='{_href(rng)}'>{h}</a>：{s}<br>")
    scroll = f"<b>滚动新闻</b><br>{''.join(lines)}"
    main = (
        f"<table width='100%' cellpadding='5'>{_title_rows(title, rng)}"
        f"<tr><td style='font-size:14px;line-height:180%'><font>　　{label}{body}</font><br><br>"
        f"<div align='right'><font size='2'>（责任编辑：{_name(rng)}）</font></div><br>{scroll}</td></tr></table>"
    )
    side = _side_notices(rng, bad) + _links(rng, text, rng.randint(6, 9), bad, "热点排行", False)
    return _frame(rng, site, main, side, bad), [body], True


def _notice_board(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str], bool]:
    site = rng.choice(_SITES)
    unit = f"{rng.choice(_PLACES)}{rng.choice(_UNITS)}"
    day = f"二〇{rng.choice('〇一')}{rng.choice('一二三四五六七八九')}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    body = _tiny(paras, rng)
    head = (
        f"<h1 style='font-size:20px;text-align:center'>{title}</h1>"
        if rng.random() < 0.5
        else f"<div style='font-size:20px;font-weight:bold;text-align:center;padding:8px'>{title}</div>"
    )
    story = (
        f"<div style='padding:10px'>{head}<div style='text-align:center;color:#999;font-size:12px'>{_meta(rng)}</div>"
        f"<div style='font-size:14px;line-height:200%'>　　{body}<br><br><div style='text-align:right'>{unit}<br>{day}</div></div></div>"
    )
    others = []
    for _ in range(rng.randint(5, 8)):
        s = "".join(text.prose(rng, rng.randint(1, 2), key))
        bad.append(s[:20])
        others.append(
            f"<div style='border-bottom:1px dashed #CCC;padding:4px'><span style='color:#C00'>[{_date(rng)[:10]}]</span> {s}</div>"
        )
    board = f"<div style='border:1px solid #9CF;margin-top:10px'><div style='background:#E8F0FF;font-weight:bold;padding:3px'>公告栏</div>{''.join(others)}</div>"
    about = [_fill(rng, x, site) for x in _ABOUT]
    bad.extend(x[:20] for x in about)
    intro = f"<div style='border:1px solid #9CF;margin-top:10px'><div style='background:#E8F0FF;font-weight:bold;padding:3px'>本站简介</div><div style='padding:5px;line-height:160%'>{''.join(about)}</div></div>"
    col = story + board + intro if rng.random() < 0.5 else story + intro + board
    nav = (
        "<div style='background:#036;color:#FFF;padding:4px'>"
        + " | ".join(
            f"<a href='/{w}/' style='color:#FFF'>{w}</a>"
            for w in ("首页", "通知公告", "政务动态", "办事指南", "政策法规", "互动交流")
        )
        + "</div>"
    )
    left = (
        "<div style='float:left;width:180px'>"
        + _links(rng, text, rng.randint(6, 10), bad, "栏目导航", False)
        + "</div>"
    )
    page = f"<div style='width:960px;margin:0 auto'>{nav}{left}<div style='float:right;width:770px'>{col}</div><div style='clear:both'></div>{_foot(rng, site, bad)}</div>"
    return page, [body, unit, day], rng.random() < 0.5


def _photo_center(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str], bool]:
    site = rng.choice(_SITES)
    body = _short(paras, rng, 160)
    items = []
    for h in text.heads(rng, rng.randint(5, 8), title):
        s = "".join(text.prose(rng, rng.randint(2, 3), key))
        bad.append(s[:20])
        items.append(
            f"<table width='100%'><tr><td width='130' valign='top'><img src='/pic/{rng.randint(1000, 9999)}.jpg' width='120' height='90'></td>"
            f"<td valign='top'><a href='{_href(rng)}'><b>{h}</b></a><br><font style='font-size:12px;color:#555'>{s}</font></td></tr></table>"
        )
    cell = (
        f"<center><img src='/photo/{rng.randint(100000, 999999)}.jpg' width='500' border='0'></center><br>"
        f"<font style='font-size:14px'>　　{body}</font><br>"
        f"<div align='center'><a href='#'>上一张</a>　<a href='#'>下一张</a></div><br>"
        f"<table width='100%'><tr><td bgcolor='#EEE'><b>要闻</b></td></tr></table>{''.join(items)}"
    )
    main = f"<table width='100%' cellpadding='5'>{_title_rows(title, rng)}<tr><td>{cell}</td></tr></table>"
    side = _links(rng, text, rng.randint(6, 9), bad, "图片排行", False) + _side_notices(rng, bad, "编辑推荐")
    return _frame(rng, site, main, side, bad), [body], True


# --- long stories cut into rows / tables / divs -----------------------------------------------------------------------


def _pic(rng: random.Random, text: Text, bad: list[str], align: str = "center") -> str:
    cap = text.prose(rng, 1, "")[0].rstrip("。")
    bad.append(cap[:20])
    return f"<table align='{align}' border='0'><tr><td align='center'><img src='/pic/{rng.randint(100000, 999999)}.jpg' width='300'></td></tr><tr><td align='center'><font size='2' color='#333333'>{cap}</font></td></tr></table>"


def _pager(rng: random.Random) -> str:
    n = rng.randint(2, 5)
    nums = " ".join(f"<a href='/news/p{i}.htm'>{i}</a>" for i in range(2, n + 1))
    return f"第1页 {nums} <a href='/news/p2.htm'>下一页</a>" + (f"　本文共{n}页" if rng.random() < 0.5 else "")


def _row_paras(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str], bool]:
    site = rng.choice(_SITES)
    rows = []
    spots = rng.sample(range(1, len(paras)), min(len(paras) - 1, rng.randint(1, 3)))
    extras = [
        f"<tr><td align='center'>{_pic(rng, text, bad)}</td></tr>",
        f"<tr><td>{_links(rng, text, rng.randint(3, 6), bad, '相关链接', False)}</td></tr>",
        f"<tr><td>{rng.choice(_AD).format(n=rng.randint(100, 999))}</td></tr>",
    ]
    rng.shuffle(extras)
    for i, p in enumerate(paras):
        if i in spots:
            rows.append(extras[spots.index(i) % len(extras)])
        cell = f"<font style='font-size:14px'>　　{p}</font><br>" if rng.random() < 0.5 else f"　　{p}"
        rows.append(f"<tr><td style='line-height:180%;font-size:14px'>{cell}</td></tr>")
    tail = f"<tr><td align='center'>{_pager(rng)}</td></tr>" + _tools(rng)
    main = f"<table width='100%' cellpadding='4'>{_title_rows(title, rng)}{''.join(rows)}{tail}</table>"
    side = _links(rng, text, rng.randint(6, 9), bad, "新闻排行", False) + _side_notices(rng, bad)
    return _frame(rng, site, main, side, bad), paras, True


def _split_tables(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str], bool]:
    site = rng.choice(_SITES)
    n = 3 if len(paras) >= 5 and rng.random() < 0.5 else 2
    parts = _parts(paras, n, rng)

    def tab(ps: list[str]) -> str:
        inner = "".join(f"　　{x}<br><br>" for x in ps)
        return f"<table width='100%' cellpadding='6'><tr><td style='font-size:14px;line-height:180%'><font>{inner}</font></td></tr></table>"

    between = [
        _pic(rng, text, bad, "right"),
        rng.choice(_AD).format(n=rng.randint(100, 999)),
        _links(rng, text, rng.randint(3, 6), bad, "相关链接", True),
    ]
    rng.shuffle(between)
    out = ""
    for i, p in enumerate(parts):
        if i:
            out += between[i - 1] + (between[2] if n == 2 and rng.random() < 0.5 else "")
        out += tab(p)
    head = f"<table width='100%'>{_title_rows(title, rng)}</table>"
    tail = f"<table width='100%'><tr><td align='center'>{_pager(rng)}</td></tr>{_tools(rng)}</table>"
    side = _side_notices(rng, bad) + _links(rng, text, rng.randint(6, 9), bad, "本周热点", False)
    return _frame(rng, site, head + out + tail, side, bad), paras, True


def _paged_divs(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str], bool]:
    site = rng.choice(_SITES)
    a, b = _parts(paras, 2, rng)
    rel = text.heads(rng, 3, title)
    bad.extend(rel)
    cap = text.prose(rng, 1, key)[0].rstrip("。")
    bad.append(cap[:20])
    pa = "".join(f"<p style='text-indent:2em'>{x}</p>" for x in a)
    pb = "".join(f"　　{x}<br><br>" for x in b)
    relline = (
        "<div style='margin:8px 0;font-size:12px'>相关链接："
        + "　".join(f"<a href='{_href(rng)}'>{h}</a>" for h in rel)
        + "</div>"
    )
    picture = f"<div style='text-align:center'><img src='/pic/{rng.randint(10000, 99999)}.jpg'><div style='font-size:12px;color:#666'>{cap}</div></div>"
    story = (
        f"<div style='font-size:20px;font-weight:bold;text-align:center'>{title}</div><div style='text-align:center;font-size:12px;color:#888'>{_meta(rng)}</div>"
        f"<div style='font-size:14px;line-height:180%'>{pa}</div>{relline}{picture}<div style='font-size:14px;line-height:180%'>{pb}</div>"
        f"<div style='text-align:center'>{_pager(rng)}</div><div style='text-align:right;font-size:12px'>责任编辑：{_name(rng)}</div>"
        "<div style='text-align:right;font-size:12px'>[<a href='#'>打印本页</a>] [<a href='#'>关闭窗口</a>]</div>"
    )
    side = f"<div style='float:right;width:250px'>{_side_notices(rng, bad)}{_links(rng, text, rng.randint(6, 9), bad, '热门推荐', rng.random() < 0.5)}</div>"
    page = f"<div style='width:960px;margin:0 auto'>{_top(rng, site)}<div style='float:left;width:690px'>{story}</div>{side}<div style='clear:both'></div>{_foot(rng, site, bad)}</div>"
    return page, paras, rng.random() < 0.6


# --- stories whose wrapper holds the page's lists ---------------------------------------------------------------------


def _ul(rng: random.Random, text: Text, label: str, bad: list[str], title: str) -> str:
    heads = text.heads(rng, rng.randint(6, 10), title)
    bad.extend(h for h in heads if len(h) >= 10)
    items = "".join(
        f"<li><a href='{_href(rng)}'>{h}</a> <span style='color:#999'>({_date(rng)[5:10]})</span></li>" for h in heads
    )
    return f"<div style='margin-top:10px'><div style='font-weight:bold;border-bottom:2px solid #C00'>{label}</div><ul style='margin:4px 0'>{items}</ul></div>"


def _wrap_lists(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str], bool]:
    site = rng.choice(_SITES)
    gold = paras[: rng.randint(2, min(6, len(paras)))]
    if rng.random() < 0.5:
        inner = "".join(f"　　{x}<br><br>" for x in gold)
    else:
        inner = "".join(f"<p>{x}</p>" for x in gold)
    labels = rng.sample(_LISTS, rng.randint(4, 7))
    lists = [_ul(rng, text, lab, bad, title) for lab in labels]
    about = [_fill(rng, x, site) for x in rng.sample(_ABOUT, 3)]
    bad.extend(x[:20] for x in about)
    story = (
        f"<h1 style='font-size:20px;text-align:center'>{title}</h1><div style='text-align:center;font-size:12px;color:#888'>{_meta(rng)}</div>"
        f"<div style='font-size:14px;line-height:180%'>{inner}</div><div style='text-align:right;font-size:12px'>（责任编辑：{_name(rng)}）</div>"
    )
    before = lists.pop(0) if rng.random() < 0.5 else ""
    wrapper = f"<div id='content'>{before}{story}{''.join(lists)}<div style='margin-top:10px'><b>本站简介</b><br>{''.join(about)}</div></div>"
    page = f"<div style='width:960px;margin:0 auto'>{_top(rng, site)}{wrapper}{_foot(rng, site, bad)}</div>"
    return page, gold, rng.random() < 0.5


def _td_lists(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str], bool]:
    site = rng.choice(_SITES)
    if rng.random() < 0.5:
        gold = [_tiny(paras, rng)]
    else:
        gold = paras[: rng.randint(2, min(5, len(paras)))]
    inner = "".join(f"　　{x}<br><br>" for x in gold)
    blocks = []
    for lab in rng.sample(_LISTS, rng.randint(3, 6)):
        heads = text.heads(rng, rng.randint(6, 10), title)
        bad.extend(h for h in heads if len(h) >= 10)
        blocks.append(
            f"<br><b>{lab}</b><br>"
            + "".join(f"·<a href='{_href(rng)}'>{h}</a> ({_date(rng)[5:10]})<br>" for h in heads)
        )
    about = [_fill(rng, x, site) for x in rng.sample(_ABOUT, 3)]
    bad.extend(x[:20] for x in about)
    cell = (
        f"<font style='font-size:14px;line-height:180%'>{inner}</font>"
        f"<div align='right'><font size='2'>来源：{rng.choice(_SITES)}　责任编辑：{_name(rng)}</font></div>"
        f"{''.join(blocks)}<br><b>网站简介</b><br>{''.join(about)}"
    )
    main = f"<table width='100%' cellpadding='5'>{_title_rows(title, rng)}<tr><td valign='top'>{cell}</td></tr></table>"
    side = _links(rng, text, rng.randint(5, 8), bad, "频道导航", False)
    return _frame(rng, site, main, side, bad), gold, True


BUILDERS: dict[str, Builder] = {
    "scroll_brief": _scroll_brief,
    "notice_board": _notice_board,
    "photo_center": _photo_center,
    "row_paras": _row_paras,
    "split_tables": _split_tables,
    "paged_divs": _paged_divs,
    "wrap_lists": _wrap_lists,
    "td_lists": _td_lists,
}


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, title, paras = rng.choice(text.articles)
    paras = [x for x in paras if "声明" not in x and "版权" not in x] or paras
    bad: list[str] = []
    body, gold, gbk = BUILDERS[kind](rng, text, key, title, list(paras), bad)
    full = f"<html><head><title>{title}-{rng.choice(_SITES)}</title></head><body style='margin:0'>{body}</body></html>"
    text_gold = "\n".join(gold)
    html: str | bytes
    if gbk and rng.random() < 0.8:  # GBK bytes; a gb2312 meta on most, none on the rest
        meta = "<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>" if rng.random() < 0.7 else ""
        html = full.replace("<head>", "<head>" + meta, 1).encode("gbk", errors="xmlcharrefreplace")
    else:
        html = full.replace("<head>", "<head><meta charset='utf-8'>", 1)
    lines = text_gold.splitlines()
    must = [_norm(lines[0])[:12], _norm(lines[-1])[:12]]
    bad = [b for b in bad if b and _norm(b) not in _norm(text_gold)]
    return GenPage(SET, pid, kind, html, text_gold, must, bad, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=15, id_width=22, snippet_chars=20, shown=_shown21)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
