"""CleanEval-era Chinese pages whose content is not plain news prose, a generator of round 38 (issue #12).

    python bench/zh_portal_corpus38.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_portal_corpus38.py --score --cleaner-only   # cleaner alone
    python bench/zh_portal_corpus38.py --list 20                # the worst tune pages
    python bench/zh_portal_corpus38.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_portal_corpus38.py --seed S --score         # fresh pages of the same layouts

Written (branch zhnews38) before cleaner's block choice was read for such pages and before cleaner was run on it,
from the author's memory of 2003-2010 Chinese sites; no third-party page is copied. The earlier Chinese generators
(``zh_portal_corpus``, ``zh_portal_corpus31``, ``zh_news_corpus20``-``27``, ``33``, ``zh_oldportal_corpus32``,
``zh_longnews_corpus34``, ``zh_records_corpus35``) render news portals of many eras, galleries, pagers, ad breaks,
related boxes above and inside the body, Big5 / GBK pages, notices, FAQs, schedules and record tables; none renders
the kinds below (each page picks one of three frames: a 2005 nested-table portal with ``<font>`` cells and a left
column, a frames-era page whose left column is many small link tables, a 2010 ``<div>`` layout with classes):

- ``press_release``: a company's 新闻稿: a dateline opening ("（北京，2006年5月8日）——…"), the release's paragraphs, a
  bold "关于X公司" heading and two sentences about the firm, a "媒体联系人" block (name, 电话, 传真, 电子邮件 lines);
  beside it a 新闻中心 menu and an 其他新闻稿 list with dates;
- ``conference``: an academic conference notice on a department site (ReadNews.asp-like): a "作者 / 来源 / 点击数 /
  更新时间" row, "一、会议时间" … numbered heading lines with one short line each, a 日程 of time lines, a 联系方式
  block (联系人, 电话, 传真, 电子邮件, 地址); 上一篇 / 下一篇 and 最新文章 / 热门文章 columns;
- ``statute``: a regulation or charter (法规): a 发布部门 / 发布日期 / 实施日期 / 效力 table above, "第一章　总则" chapter
  lines and "第一条　…" articles (one to three sentences each; after the first run of cleaner, chapters left without
  an article by a short source text are no longer written); 相关法规 list, 【字体：大 中 小】;
- ``resource_info``: a film / software download page: "◎译　　名　…" field lines (full-width padded labels, short
  values, a cast of one name a line), "◎简　　介" then prose paragraphs, a 看点 heading; 下载地址 link rows, 相关影片;
- ``reprint``: an article reposted on a 2005 文章中心 (ShowArticle.asp-like): "文章来源 / 作者 / 点击 / 更新时间" row,
  the text, a closing source line "（原载《X报》2005年3月8日）", then the site's notice "本站部分文章来自互联网…转载请注明
  出处…" in a box under the text, "【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】", 上一篇 / 下一篇, and on half
  the pages a 相关文章 list *above* the text; a third of the pages in Traditional characters (Big5 bytes);
- ``top_list``: a ranking feature (盘点 / 排行): an introduction, then 6-10 entries, each a "第N位：X" heading line,
  two or three short field lines ("上榜理由：…", "推荐指数：★★★★"), one paragraph; ad tables between some entries;
- ``hardwrap``: a 2004 page whose story is typeset as hard-wrapped lines (a ``<br>`` every 34-40 characters,
  mid-sentence, paragraphs ``<br><br>　　``), in ``<pre>`` on some pages; a third in Traditional characters;
- ``thesis``: a paper on an academic-paper site: 摘要 and 关键词 lines, numbered section headings, paragraphs, a
  参考文献 heading and "[1] …" entries; 论文下载 buttons, 相关论文 list, a left 分类导航 column.

Text: as ``zh_portal_corpus``, the gold paragraphs of the tune pages of daniel_zh, cwced_zh and cleaneval_zh read at
run time (nothing of them is committed); headlines are tune titles; names, firms, field values, headings, chrome
words and sentences are the generator's own. Gold: the convention the shared cleaneval_zh / cwced_zh *tune* golds
follow (read for this generator): the content's lines as the page sets them (paragraphs, subheadings and heading
lines, short field lines, list lines, hard-wrapped lines as wrapped), a contact block and a closing source line
("——《X》…", "信息来源：…") inside the content are gold; the title is not (cwced_zh leaves it out, cleaneval_zh keeps it:
one line), nor the byline / info row, the site's notices and statements, menus, lists, pagers, tool bars, download
rows, ads and the footer. Snippets: the first 12 and last 12 normalised characters of the gold must appear; the
chrome sentences (notices, the firm-menu teasers, list headlines, footer lines) must not. A page's half is
:func:`bench.halves.half` of ``zhportal38/<id>`` (the id holds no seed: a fresh seed's pages keep their ids' halves).
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
from zh_portal_corpus import _PLACES, Text, _name, _norm, _url

SET = "zhportal38"
KINDS = ("press_release", "conference", "statute", "resource_info", "reprint", "top_list", "hardwrap", "thesis")
PAGES_PER_KIND = 20
TRAD_KINDS = ("reprint", "hardwrap")
Builder = Callable[[random.Random, Text, str, str, list[str], list[str]], tuple[str, list[str]]]

_FIRMS = ("华信通", "东方联创", "新锐科技", "中天信息", "恒远电子", "金桥软件", "海纳数码", "博达网络")
_SITES = ("天地文章网", "求实学术网", "星河资讯港", "北方教育在线", "绿野文摘", "读书人家园")
_FOOT = (
    "本站所有文章仅供学习交流之用，其版权归原作者所有，如有冒犯之处请来信告知，我们将在三日内删除。",
    "建议使用IE6.0浏览器，在1024乘768分辨率下浏览本站，以获得最佳显示效果。",
    "站长信箱：webmaster@{d}.com.cn　客服热线：0{t}-{u}　备案序号：{p}ICP备{n}号",
    "未经本站书面许可，任何单位和个人不得镜像本站内容，违者本站保留追究法律责任的权利。",
    "本站由{p}某某信息技术有限公司提供技术支持，服务器托管于{p}电信数据中心。",
)
_NOTICE = (
    "【声明】本站部分文章来自互联网，转载请注明出处，如有侵犯您的权益请及时与本站联系，我们会尽快删除。",
    "本文仅代表作者个人观点，与本站立场无关，欢迎广大网友对文中观点展开讨论并发表评论。",
    "欢迎投稿：凡向本站投稿的作者，请在稿件末尾注明真实姓名、通信地址和联系电话，以便寄发稿酬。",
)
_TEASE = (
    "公司荣获年度十佳软件企业称号，董事长在颁奖典礼上发表讲话。",
    "新一代数据平台正式发布，多家合作伙伴出席发布会并签署合作协议。",
    "公司与某大学共建联合实验室，双方将在人才培养方面开展深度合作。",
    "公司第三季度营业收入同比增长百分之三十，净利润创历史新高。",
)
_FIELDS_FILM = (
    ("类　　别", ("剧情", "动作", "爱情", "喜剧", "战争")),
    ("语　　言", ("普通话", "粤语", "国语")),
    ("字　　幕", ("中文", "中英双字", "无")),
    ("文件格式", ("RMVB", "AVI", "DVDRip")),
    ("视频尺寸", ("592 x 320", "640 x 352", "720 x 400")),
    ("文件大小", ("1CD", "2CD", "700MB")),
)
_REASONS = ("上榜理由", "入选理由", "推荐理由", "点评")
_CH_NUM = "一二三四五六七八九十"


def _fill(rng: random.Random, s: str) -> str:
    return s.format(
        d=rng.choice(("tiandi", "qiushi", "xinghe", "beifang")),
        t=rng.randint(10, 999),
        u=rng.randint(1000000, 89999999),
        p=rng.choice(_PLACES),
        n=rng.randint(10000, 99999),
    )


def _chnum(n: int) -> str:
    if n <= 10:
        return _CH_NUM[n - 1]
    if n < 20:
        return "十" + _CH_NUM[n - 11]
    return _CH_NUM[n // 10 - 1] + "十" + (_CH_NUM[n % 10 - 1] if n % 10 else "")


def _links(rng: random.Random, text: Text, key: str, n: int, label: str, bad: list[str], dates: bool = True) -> str:
    heads = text.heads(rng, n, key)
    bad.extend(heads[:3])
    rows = "".join(
        f"<tr><td>·<a href='/show.asp?id={rng.randint(1000, 99999)}'>{h}</a>"
        + (
            f" <font color='#999999'>({rng.randint(2003, 2008)}-{rng.randint(1, 12)}-{rng.randint(1, 28)})</font>"
            if dates
            else ""
        )
        + "</td></tr>"
        for h in heads
    )
    return f"<table width='100%' cellpadding='2'><tr><td bgcolor='#e8eef7'><b>{label}</b></td></tr>{rows}</table>"


def _foot(rng: random.Random, site: str, bad: list[str]) -> str:
    lines = [_fill(rng, x) for x in rng.sample(_FOOT, 3)]
    bad.extend(x[:18] for x in lines)
    menu = " | ".join(
        f"<a href='/{w}.asp'>{w}</a>" for w in ("网站简介", "联系我们", "广告服务", "版权声明", "友情链接")
    )
    rows = "".join(f"<br>{x}" for x in lines)
    return f"<table width='760' align='center'><tr><td align='center'><font size='2'>{menu}{rows}<br>Copyright &copy; 2003-2006 {site} All Rights Reserved</font></td></tr></table>"


def _frame(
    rng: random.Random, text: Text, key: str, title: str, main: str, side: str, bad: list[str]
) -> tuple[str, str]:
    """The page around ``main`` in one of three frames; returns (frame name, body html)."""
    site = rng.choice(_SITES)
    style = rng.choice(("table2005", "frames", "div2010"))
    nav = " | ".join(f"<a href='/{i}/'>{w}</a>" for i, w in enumerate("首页 新闻 文章 下载 论坛 留言 搜索".split()))
    foot = _foot(rng, site, bad)
    if style == "table2005":
        body = (
            f"<table width='760' align='center'><tr><td><img src='/img/logo.gif' alt='{site}'></td><td align='right'><font size='2'>{nav}</font></td></tr></table>"
            f"<table width='760' align='center' cellspacing='0'><tr><td width='190' valign='top' bgcolor='#f4f4f4'>{side}</td>"
            f"<td width='570' valign='top'><table width='100%'><tr><td align='center'><font size='4'><b>{title}</b></font></td></tr>"
            f"<tr><td class='f14'>{main}</td></tr></table></td></tr></table>{foot}"
        )
    elif style == "frames":
        boxes = "".join(
            _links(rng, text, key, rng.randint(4, 7), label, bad, dates=False)
            for label in rng.sample(("频道导航", "专题推荐", "友情链接", "本站推荐", "精彩专题"), 3)
        )
        body = (
            f"<table width='100%'><tr><td>{nav}</td></tr></table><table width='100%'><tr><td width='180' valign='top'>{boxes}{side}</td>"
            f"<td valign='top'><div align='center'><font size='4' color='#990000'><b>{title}</b></font></div><hr size='1'>{main}</td></tr></table>{foot}"
        )
    else:
        body = (
            f"<div id='header'><div class='logo'>{site}</div><div class='nav'>{nav}</div></div><div id='wrap'><div class='left'>{side}</div>"
            f"<div class='right'><h1>{title}</h1><div class='content'>{main}</div></div></div><div id='footer'>{foot}</div>"
        )
    return style, body


def _side(rng: random.Random, text: Text, key: str, bad: list[str]) -> str:
    return _links(rng, text, key, rng.randint(6, 10), rng.choice(("最新文章", "热门文章", "推荐阅读")), bad) + _links(
        rng, text, key, rng.randint(5, 8), rng.choice(("本周排行", "相关专题")), bad, dates=False
    )


def _br(lines: list[str]) -> str:
    return "<br>".join(lines)


def _press_release(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    firm = rng.choice(_FIRMS)
    city = rng.choice(_PLACES)
    opening = f"（{city}，200{rng.randint(4, 8)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日）——{firm}公司今天宣布，{paras[0]}"
    body = [opening, *paras[1 : rng.randint(3, 6)]]
    about = [
        f"关于{firm}公司",
        f"{firm}公司成立于199{rng.randint(2, 9)}年，总部位于{city}，是国内领先的信息技术服务提供商之一，员工逾{rng.randint(3, 20)}00人。",
        f"公司在全国设有{rng.randint(8, 30)}家分支机构，更多信息请访问公司网站。",
    ]
    who = _name(rng)
    contact = [
        "媒体联系人：",
        who,
        f"电话：0{rng.randint(10, 29)}-{rng.randint(60000000, 89999999)}",
        f"传真：0{rng.randint(10, 29)}-{rng.randint(60000000, 89999999)}",
        f"电子邮件：press@{rng.choice(('huaxin', 'dflc', 'xinrui'))}.com.cn",
    ]
    parts = "".join(f"<p>{x}</p>" for x in body)
    parts += f"<p><b>{about[0]}</b><br>{about[1]}{about[2]}</p>"
    parts += f"<p>{_br(contact)}</p>" if rng.random() < 0.5 else "".join(f"<div>{x}</div>" for x in contact)
    tools = "<div align='right'>【<a href='#'>返回</a>】【<a href='javascript:window.print()'>打印</a>】【<a href='javascript:window.close()'>关闭</a>】</div>"
    teasers = rng.sample(_TEASE, 3)
    bad.extend(teasers)
    other = (
        "<table width='100%'><tr><td><b>其他新闻稿</b></td></tr>"
        + "".join(
            f"<tr><td><a href='/news/{rng.randint(100, 999)}.htm'>{t}</a> 200{rng.randint(4, 8)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}</td></tr>"
            for t in teasers
        )
        + "</table>"
    )
    menu = (
        "<table><tr><td><b>新闻中心</b></td></tr>"
        + "".join(
            f"<tr><td><a href='/news/{w}.htm'>{w}</a></td></tr>"
            for w in ("公司新闻", "行业动态", "媒体报道", "新闻稿", "图片中心")
        )
        + "</table>"
    )
    main = f"<div class='info'>发布时间：200{rng.randint(4, 8)}-0{rng.randint(1, 9)}-{rng.randint(10, 28)}　浏览次数：{rng.randint(50, 999)}</div>{parts}{tools}{other}"
    gold = [*body, about[0], about[1] + about[2], *contact]
    return _frame(rng, text, key, title, main, menu + _side(rng, text, key, bad), bad)[1], gold


def _conference(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    univ = f"{rng.choice(_PLACES)}{rng.choice(('大学', '师范大学', '理工大学'))}"
    month, day = rng.randint(3, 11), rng.randint(5, 20)
    intro = paras[0]
    items = [
        ("一、会议时间", f"200{rng.randint(4, 7)}年{month}月{day}日至{day + 2}日"),
        ("二、会议地点", f"{univ}学术交流中心{rng.randint(1, 5)}楼报告厅"),
        ("三、会议主题", paras[1][: rng.randint(18, 40)].rstrip("，、；") + "。"),
        ("四、会议议程", ""),
    ]
    agenda = [
        f"{month}月{day}日 全天 报到",
        f"{month}月{day + 1}日上午 开幕式、大会主题报告",
        f"{month}月{day + 1}日下午 分组讨论",
        f"{month}月{day + 2}日上午 大会总结、闭幕式",
    ]
    who1, who2 = _name(rng), _name(rng)
    contact = [
        "五、联系方式",
        f"联系人：{who1} 老师　{who2} 老师",
        f"电话：0{rng.randint(10, 29)}-{rng.randint(20000000, 89999999)}",
        f"传真：0{rng.randint(10, 29)}-{rng.randint(20000000, 89999999)}",
        f"电子邮件：conf{rng.randint(10, 99)}@{rng.choice(('pku', 'nankai', 'whu', 'sdu'))}.edu.cn",
        f"地址：{univ}经济学院办公室（邮编：{rng.randint(100000, 799999)}）",
    ]
    gold = [intro]
    html = f"<p>{intro}</p>"
    for head, line in items:
        gold.append(head)
        html += f"<p><b>{head}</b></p>"
        if line:
            gold.append(line)
            html += f"<p>{line}</p>"
    gold.extend(agenda)
    html += "<p>" + _br(agenda) + "</p>"
    more = paras[2:4]
    gold.extend(more)
    html += "".join(f"<p>{x}</p>" for x in more)
    gold.extend(contact)
    html += f"<p><b>{contact[0]}</b><br>" + _br(contact[1:]) + "</p>"
    signed = [f"{univ}经济学院", f"200{rng.randint(4, 7)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
    gold.extend(signed)
    html += "<p align='right'>" + _br(signed) + "</p>"
    info = f"<div align='center'><font size='2' color='#666666'>作者：佚名　来源：本站原创　点击数：{rng.randint(100, 9999)}　更新时间：200{rng.randint(4, 7)}-{rng.randint(1, 12)}-{rng.randint(1, 28)}</font></div>"
    pn = text.heads(rng, 2, key)
    bad.extend(pn)
    prevnext = f"<table width='100%'><tr><td>上一篇文章：<a href='/ReadNews.asp?NewsID={rng.randint(1000, 9999)}'>{pn[0]}</a></td></tr><tr><td>下一篇文章：<a href='/ReadNews.asp?NewsID={rng.randint(1000, 9999)}'>{pn[1]}</a></td></tr></table>"
    main = (
        f"{info}<table width='100%'><tr><td style='font-size:14px;line-height:160%'>{html}</td></tr></table>{prevnext}"
    )
    return _frame(rng, text, key, title, main, _side(rng, text, key, bad), bad)[1], gold


def _statute(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    sents = [s for p in paras for s in _split(p)]
    rng.shuffle(sents)
    chapters = ("总则", "组织机构", "工作职责", "监督管理", "附则")[: rng.randint(3, 5)]
    gold: list[str] = []
    html = ""
    n = 0
    for i, name in enumerate(chapters, 1):
        if not sents:  # no chapter without an article
            break
        head = f"第{_chnum(i)}章　{name}"
        gold.append(head)
        html += f"<p align='center'><b>{head}</b></p>"
        for _ in range(rng.randint(2, 4)):
            if not sents:
                break
            n += 1
            art = f"第{_chnum(n)}条　" + "".join(sents.pop() for _ in range(min(len(sents), rng.randint(1, 2))))
            gold.append(art)
            html += f"<p>　　{art}</p>" if rng.random() < 0.7 else f"{art}<br>"
    dept = f"{rng.choice(_PLACES)}省{rng.choice(('人民政府办公厅', '教育厅', '财政厅', '科学技术厅'))}"
    meta = f"<table border='1' cellspacing='0' width='100%'><tr><td>发布部门：{dept}</td><td>发布文号：{rng.choice(_PLACES)[0]}政发〔200{rng.randint(2, 6)}〕{rng.randint(1, 99)}号</td></tr><tr><td>发布日期：200{rng.randint(2, 6)}-{rng.randint(1, 12)}-{rng.randint(1, 28)}</td><td>实施日期：200{rng.randint(3, 7)}-01-01　效力：现行有效</td></tr></table>"
    tools = "<div align='right'>【字体：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>】【<a href='#'>打印本页</a>】【<a href='#'>关闭窗口</a>】</div>"
    main = f"{meta}{tools}<div id='fontzoom'>{html}</div>" + _links(rng, text, key, rng.randint(5, 8), "相关法规", bad)
    return _frame(rng, text, key, title, main, _side(rng, text, key, bad), bad)[1], gold


def _split(p: str) -> list[str]:
    out, cur = [], ""
    for ch in p:
        cur += ch
        if ch in "。！？":
            out.append(cur)
            cur = ""
    return [s for s in out if len(s) >= 8] or [p]


def _resource_info(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    name = title[: rng.randint(4, 8)]
    fields = [
        f"◎译　　名　{name}",
        f"◎片　　名　{name}",
        f"◎年　　代　200{rng.randint(0, 6)}",
        f"◎国　　家　{rng.choice(('中国', '中国香港', '中国台湾', '韩国'))}",
    ]
    fields += [f"◎{lab}　{rng.choice(vals)}" for lab, vals in rng.sample(_FIELDS_FILM, rng.randint(3, 6))]
    fields += [f"◎片　　长　{rng.randint(85, 140)} Min", f"◎导　　演　{_name(rng)}"]
    cast = [_name(rng) for _ in range(rng.randint(3, 6))]
    fields.append(f"◎主　　演　{cast[0]}")
    body = paras[: rng.randint(2, 4)]
    look = paras[len(body) : len(body) + rng.randint(1, 3)]
    gold = [*fields, *cast[1:], "◎简　　介", *body]
    html = _br(fields + cast[1:]) + "<br><br>◎简　　介<br>" + "<br>".join(f"　　{x}" for x in body)
    if look:
        gold += ["看点", *look]
        html += "<br><br><b>看点</b><br>" + "<br>".join(f"　　{x}" for x in look)
    down = (
        "<table width='100%' border='1'><tr><td bgcolor='#ffffcc'><b>下载地址</b>（请使用迅雷或快车下载）</td></tr>"
        + "".join(
            f"<tr><td><a href='ftp://down{i}.example.cn/{rng.randint(1000, 9999)}.rmvb'>网通下载{i}</a>　<a href='#'>电信下载{i}</a></td></tr>"
            for i in range(1, 4)
        )
        + "</table>"
    )
    warn = "下载说明：本站所有资源均来自网络，仅供网友试看交流，请在下载后二十四小时内删除。"
    bad.append(warn)
    main = f"<div style='font-size:12px'>{html}</div>{down}<p><font color='red'>{warn}</font></p>" + _links(
        rng, text, key, rng.randint(5, 8), "相关影片", bad
    )
    return _frame(rng, text, key, title, main, _side(rng, text, key, bad), bad)[1], gold


def _reprint(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    paper = rng.choice(("南方周末", "中国青年报", "经济观察报", "北京晚报", "新民周刊", "读者"))
    src = (
        f"（原载《{paper}》200{rng.randint(3, 6)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日）"
        if rng.random() < 0.6
        else f"——《{paper}》200{rng.randint(3, 6)}年第{rng.randint(1, 24)}期"
    )
    body = paras[: rng.randint(3, 10)]
    gold = [*body, src]
    notice = rng.choice(_NOTICE)
    bad.append(notice)
    info = f"<table width='100%'><tr><td align='center'><font size='2'>文章来源：网络转载　作者：{rng.choice(('佚名', _name(rng)))}　点击：{rng.randint(10, 9999)}　更新时间：200{rng.randint(4, 7)}-{rng.randint(1, 12)}-{rng.randint(1, 28)}</font></td></tr></table>"
    tools = "<div align='right'>【<a href='#'>发表评论</a>】【<a href='#'>加入收藏</a>】【<a href='#'>告诉好友</a>】【<a href='#'>打印此文</a>】【<a href='#'>关闭窗口</a>】</div>"
    pn = text.heads(rng, 2, key)
    bad.extend(pn)
    prevnext = f"<div>上一篇：<a href='/ShowArticle.asp?ArticleID={rng.randint(100, 9999)}'>{pn[0]}</a><br>下一篇：<a href='/ShowArticle.asp?ArticleID={rng.randint(100, 9999)}'>{pn[1]}</a></div>"
    text_html = (
        "".join(f"<p>　　{x}</p>" for x in body)
        if rng.random() < 0.5
        else "<font size='3'>" + "<br><br>".join(f"　　{x}" for x in body) + "</font>"
    )
    text_html += f"<p align='right'>{src}</p>" if rng.random() < 0.5 else f"<p>{src}</p>"
    above = _links(rng, text, key, rng.randint(4, 6), "相关文章", bad) if rng.random() < 0.5 else ""
    main = f"{info}{above}<table width='100%'><tr><td>{text_html}</td></tr></table><table width='96%' border='1' bordercolor='#cccccc'><tr><td><font color='#666666'>{notice}</font></td></tr></table>{tools}{prevnext}"
    return _frame(rng, text, key, title, main, _side(rng, text, key, bad), bad)[1], gold


def _top_list(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    n = rng.randint(6, 10)
    intro = paras[0]
    gold = [intro]
    html = f"<p>{intro}</p>"
    pool = [p for p in paras[1:]] + [s for s in text.prose(rng, 2 * n, key)]
    names = text.heads(rng, n, key)
    for i in range(1, n + 1):
        head = f"第{_chnum(i)}位：{names[i - 1][: rng.randint(4, 10)]}"
        lines = [
            f"{rng.choice(_REASONS)}：{pool[i][: rng.randint(10, 24)].rstrip('，、；。')}",
            f"推荐指数：{'★' * rng.randint(2, 5)}",
        ]
        if rng.random() < 0.5:
            lines.append(f"综合指数：{rng.randint(5, 10)}")
        para = pool[i + n - 1] if i + n - 1 < len(pool) else pool[i]
        gold += [head, *lines, para]
        block = f"<p><b>{head}</b></p><p>{_br(lines)}</p><p>{para}</p>"
        html += f"<div class='item'>{block}</div>" if rng.random() < 0.5 else block
        if i % 3 == 0 and i < n:
            html += f"<table width='100%'><tr><td align='center'><a href='http://ad.example.cn/c?id={rng.randint(1, 999)}'><img src='/ad/{rng.randint(1, 99)}.gif' width='468' height='60'></a><br><font size='1'>广告</font></td></tr></table>"
    rank = _links(rng, text, key, rng.randint(8, 10), "排行榜", bad, dates=False)
    return _frame(rng, text, key, title, html, rank + _side(rng, text, key, bad), bad)[1], gold


def _wrap(p: str, rng: random.Random) -> list[str]:
    width = rng.randint(34, 40)
    return [p[i : i + width] for i in range(0, len(p), width)]


def _hardwrap(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    body = paras[: rng.randint(4, 12)]
    gold: list[str] = []
    chunks = []
    for p in body:
        lines = _wrap("　　" + p, rng)
        gold.extend(x.strip("　") for x in lines)
        chunks.append("<br>\n".join(lines))
    if rng.random() < 0.3:
        main = "<pre style='font-size:14px'>" + "\n\n".join(c.replace("<br>\n", "\n") for c in chunks) + "</pre>"
    else:
        main = "<font size='3'>" + "<br><br>\n".join(chunks) + "</font>"
    src = (
        f"<p><font size='2'>来源：{rng.choice(('千龙网', '东方网', '北方网', '大洋网'))}　编辑：{_name(rng)}</font></p>"
    )
    main = f"<table width='100%'><tr><td>{main}</td></tr></table>{src}" + _links(
        rng, text, key, rng.randint(4, 7), "相关新闻", bad
    )
    return _frame(rng, text, key, title, main, _side(rng, text, key, bad), bad)[1], gold


def _thesis(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    abstract = "摘要：" + paras[0]
    words = "关键词：" + "；".join(h[:4] for h in text.heads(rng, 4, key))
    heads = ["一、引言", "二、问题的提出", "三、原因分析", "四、对策与建议", "五、结论"][: rng.randint(3, 5)]
    gold = [abstract, words]
    html = f"<p><b>摘要：</b>{paras[0]}</p><p><b>关键词：</b>{words[4:]}</p>"
    rest = paras[1:]
    for i, h in enumerate(heads):
        part = rest[i * 2 : i * 2 + 2] or [rng.choice(text.prose(rng, 3, key))]
        gold += [h, *part]
        html += f"<h3>{h}</h3>" + "".join(f"<p>{x}</p>" for x in part)
    refs = [
        f"[{i}] {_name(rng)}. {h[:12]}[J]. {rng.choice(('经济研究', '管理世界', '中国软科学', '商业研究'))}, 200{rng.randint(0, 7)}, ({rng.randint(1, 12)}): {rng.randint(10, 90)}-{rng.randint(91, 120)}."
        for i, h in enumerate(text.heads(rng, rng.randint(4, 8), key), 1)
    ]
    gold += ["参考文献", *refs]
    html += "<p><b>参考文献</b></p>" + (
        "<p>" + _br(refs) + "</p>" if rng.random() < 0.5 else "".join(f"<p>{r}</p>" for r in refs)
    )
    author = f"<div class='author'>{_name(rng)}（{rng.choice(_PLACES)}大学 经济管理学院，{rng.choice(_PLACES)} {rng.randint(100000, 799999)}）</div>"
    down = "<div class='down'><a href='#'>【论文下载】</a> <a href='#'>【收藏本文】</a> <a href='#'>【推荐给好友】</a></div>"
    cats = (
        "<table><tr><td><b>分类导航</b></td></tr>"
        + "".join(
            f"<tr><td><a href='/list/{i}.html'>{w}论文</a></td></tr>"
            for i, w in enumerate(("经济学", "管理学", "法学", "教育学", "文学", "计算机", "医学"))
        )
        + "</table>"
    )
    main = f"{author}{down}{html}{down}" + _links(rng, text, key, rng.randint(5, 8), "相关论文", bad)
    return _frame(rng, text, key, title, main, cats + _side(rng, text, key, bad), bad)[1], gold


BUILDERS: dict[str, Builder] = {
    "press_release": _press_release,
    "conference": _conference,
    "statute": _statute,
    "resource_info": _resource_info,
    "reprint": _reprint,
    "top_list": _top_list,
    "hardwrap": _hardwrap,
    "thesis": _thesis,
}


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, title, paras = rng.choice(text.articles)
    paras = [x for x in paras if "声明" not in x and "版权" not in x] or paras
    bad: list[str] = []
    body, gold = BUILDERS[kind](rng, text, key, title, list(paras), bad)
    trad = kind in TRAD_KINDS and index % 3 == 0
    site = rng.choice(_SITES)
    full = f"<html><head><title>{title} - {site}</title></head><body leftmargin='0' topmargin='0'>{body}</body></html>"
    page, text_gold, must, bad = gen_score.finish_zh(full, gold, bad, _norm, trad, index)
    html: str | bytes
    if trad:
        meta = "<meta http-equiv='Content-Type' content='text/html; charset=big5'>"
        html = page.replace("<head>", "<head>" + meta, 1).encode("big5", errors="xmlcharrefreplace")
    elif rng.random() < 0.4:
        meta = "<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>"
        html = page.replace("<head>", "<head>" + meta, 1).encode("gbk", errors="xmlcharrefreplace")
    else:
        html = page.replace("<head>", "<head><meta charset='utf-8'>", 1)
    return GenPage(SET, pid, kind, html, text_gold, must, bad, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


def _shown38(html: str | bytes) -> str:
    if isinstance(html, str):
        return html
    return html.decode("big5" if b"charset=big5" in html[:300] else "gbk", errors="replace")


SCORING = Scoring(_norm, _url, KINDS, label_width=15, id_width=22, snippet_chars=20, shown=_shown38)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
