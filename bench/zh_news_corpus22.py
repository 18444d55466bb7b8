"""Chinese 2003-2010 portal pages whose content is not one article block, a generator of round 22 (issue #12).

    python bench/zh_news_corpus22.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_news_corpus22.py --score --cleaner-only   # cleaner alone
    python bench/zh_news_corpus22.py --list 20                # the worst tune pages
    python bench/zh_news_corpus22.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_news_corpus22.py --seed S --score         # fresh pages of the same layouts

Written (branch zhnews22) before cleaner was run on it, from the author's memory of how such pages were built in
2003-2010; no third-party page is copied. The gold follows the CleanEval convention (the cleaned text of the page's
content: its headings, list items, table rows and paragraphs; not navigation, link lists, headers / footers,
copyright, ads, pagers), as the cleaneval_zh tune golds show. One *kind* each:

- ``split_table``: a guide or price notice: an introduction, an ad box (image + "广告" + linked slogan), a table of
  items (one gold line per row), an ad box again, then numbered steps as paragraphs;
- ``td_continued``: a 2005 layout whose text runs on in a sibling ``<td>`` (two cells of one row, or a second
  ``<tr>`` below an ad cell), ``<font>`` and ``<br>`` lines;
- ``product``: a company's product page: 产品简介 (prose), 主要特点 (a bullet list of short phrases),
  技术参数 (a table), 适用范围 (prose); a 联系我们 side box, a product menu, a footer;
- ``faq``: a 常见问题 page: 8-14 questions, each a bold line ending in ？, each answered by one or two paragraphs;
- ``notice_list``: an office notice (通知) with numbered paragraphs, then an attached list (名单 / 日程 lines of short
  unpunctuated items), the 落款 (organisation, date);
- ``topic``: a special-topic (专题) page: a lead paragraph, then 4-7 short items (a linked headline and one or two
  sentences of summary each); a 相关专题 link list;
- ``headed_guide``: a guide with 一、二、三、 headings, 1. 2. 3. sub-headings and ``<ul>`` lists of sentences;
- ``paginated``: an article with "第1页 2 3 下一页" / "本文共3页" bars inside the body cell and a
  "凡本网注明来源…" statement written as prose below it.

Prose is the gold paragraphs of the tune pages of daniel_zh, cwced_zh and cleaneval_zh read at run time (nothing
of them is committed, as ``zh_portal_corpus``); headings, list items, table cells, questions and chrome words are the
generator's own. Snippets: the first and last gold line's openings must appear; link lists, ads, pagers, the side
boxes and the footer's statements must not. A page's half is :func:`bench.halves.half` of ``zhnews22/<id>``.
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
from zh_portal_corpus import (
    _PLACES,
    Text,
    _date,
    _footer,
    _head_list,
    _href,
    _name,
    _nav,
    _norm,
    _page,
    _paras,
    _url,
)

SET = "zhnews22"
KINDS = (
    "split_table",
    "td_continued",
    "product",
    "faq",
    "notice_list",
    "topic",
    "headed_guide",
    "paginated",
)
PAGES_PER_KIND = 24
Builder = Callable[[random.Random, Text, str, str, list[str], list[str]], tuple[str, list[str]]]

_NUMS = "一二三四五六七八九十"
_ADS = (
    "买房首选——阳光花园，首付仅需三万",
    "移动彩铃免费试听，发送短信即可订制",
    "全国招商加盟热线，小投资大回报",
    "英语四六级冲刺班火热报名中",
    "新款手机限时特价，点击查看",
    "网络游戏公测开启，注册送大礼",
)
_ITEMS = (
    ("普通护照", "200元", "15个工作日"),
    ("港澳通行证", "100元", "10个工作日"),
    ("台湾通行证", "100元", "10个工作日"),
    ("出入境证明", "免费", "当场办理"),
    ("户籍证明", "免费", "3个工作日"),
    ("身份证补办", "20元", "60天"),
    ("临时身份证", "10元", "当场办理"),
    ("驾驶证换证", "10元", "5个工作日"),
    ("行驶证补办", "15元", "当场办理"),
)
_FEATURES = (
    "采用全封闭结构设计",
    "运行噪音低于六十分贝",
    "支持远程监控和报警",
    "安装简便维护成本低",
    "关键部件采用进口材料",
    "能耗比同类产品降低百分之二十",
    "整机通过国家三C认证",
    "提供三年免费保修服务",
    "可根据用户需要定制",
    "操作界面全中文显示",
)
_PARAMS = (
    ("额定功率", "5.5千瓦"),
    ("额定电压", "380伏"),
    ("外形尺寸", "1200×800×1500毫米"),
    ("整机重量", "320公斤"),
    ("工作温度", "零下10度至45度"),
    ("防护等级", "IP54"),
    ("处理能力", "每小时2吨"),
    ("控制方式", "PLC自动控制"),
)
_PRODUCTS = ("污水处理设备", "变频控制柜", "空气净化机", "数控切割机", "节能锅炉", "不锈钢储罐", "除尘设备")
_QUESTIONS = (
    "如何申请开通网上银行？",
    "忘记登录密码怎么办？",
    "办理业务需要携带哪些证件？",
    "手续费是怎样收取的？",
    "可以委托他人代为办理吗？",
    "异地能否办理相关业务？",
    "申请提交后多久能有结果？",
    "如何查询办理进度？",
    "资料填写错误如何更正？",
    "证件过期还能继续使用吗？",
    "是否可以通过电话预约？",
    "未成年人如何办理？",
    "遇到问题应该向哪里投诉？",
    "网上提交的资料是否安全？",
)
_UNITS = ("市教育局", "市人事局", "市科技局", "市文化局", "市卫生局", "团市委", "市总工会")
_SUBJECTS = ("语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "政治", "音乐", "美术", "体育")
_SCHOOLS = ("第一中学", "第三中学", "实验中学", "外国语学校", "师范附中", "第十二中学", "育才中学", "铁路中学")
_HEADS = (
    "基本情况",
    "办理条件",
    "所需材料",
    "办理程序",
    "注意事项",
    "收费标准",
    "政策依据",
    "工作要求",
    "组织领导",
    "时间安排",
)
_TOPICS = ("抗战胜利六十周年", "关注三农", "两会特别报道", "神舟六号发射", "春运进行时", "抗击禽流感", "高考直通车")


def _clip(s: str, n: int) -> str:
    """The first sentence of ``s`` if short enough, else its first ``n`` characters up to a comma."""
    for stop in "。！？；":
        i = s.find(stop)
        if 8 <= i <= n:
            return s[: i + 1]
    i = s.rfind("，", 0, n)
    return s[: i + 1] if i >= 8 else s[:n]


def _ad_box(rng: random.Random, bad: list[str]) -> str:
    slogan = rng.choice(_ADS)
    bad.append(slogan)
    if rng.random() < 0.5:
        return f"<div class='ad' align='center'><a href='http://ad.example.cn/c?{rng.randint(1000, 9999)}' target='_blank'><img src='/ad/468x60_{rng.randint(1, 9)}.gif' width='468' height='60' border='0'></a><br><font size='1' color='#999999'>广告</font> <a href='http://ad.example.cn/c?{rng.randint(1000, 9999)}'>{slogan}</a></div>"
    return f"<table width='100%' bgcolor='#F5F5F5'><tr><td align='center'><font color='#999999' size='1'>广告</font></td><td><a href='http://ad.example.cn/?{rng.randint(1000, 9999)}'><b>{slogan}</b></a></td><td><img src='/ad/{rng.randint(1, 9)}.jpg' width='120' height='60'></td></tr></table>"


def _related(rng: random.Random, text: Text, title: str, bad: list[str], label: str = "相关链接") -> str:
    heads = text.heads(rng, rng.randint(3, 6), title)
    bad.extend(heads[:2])
    return _head_list(rng, heads, "related", label, dates=rng.random() < 0.5)


def _portal(rng: random.Random, text: Text, title: str, main: str, bad: list[str], words: str) -> str:
    """A 2005 portal shell: a nav row, the main cell, a side column of rank lists, a footer."""
    side = _head_list(
        rng, text.heads(rng, 8, title), "rank", rng.choice(("点击排行", "热点推荐", "本周热门")), dates=False
    )
    if rng.random() < 0.5:
        body = (
            "<table width='760' align='center' cellspacing='0' cellpadding='0' border='0'><tr>"
            f"<td width='560' valign='top'>{main}</td><td width='200' valign='top' bgcolor='#F0F5FA'>{side}</td></tr></table>"
        )
    else:
        body = f"<div id='wrap'><div id='main'>{main}</div><div id='side'>{side}</div></div>"
    return _nav(rng, words) + body + _footer(rng, rng.choice(("新闻网", "信息港", "在线", "门户网")))


# --- kinds ----------------------------------------------------------------------------------------------------------


def _split_table(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    intro = paras[: rng.randint(1, 2)]
    rest = paras[len(intro) : len(intro) + rng.randint(2, 4)]
    items = rng.sample(_ITEMS, rng.randint(4, 7))
    head = ("项目", "收费标准", "办理时限")
    rows = [head, *items]
    cap = rng.choice(("", "附：收费标准及办理时限一览表", "表一：各项业务收费标准"))
    table = (
        (f"<p align='center'><b>{cap}</b></p>" if cap else "")
        + "<table border='1' cellpadding='4' cellspacing='0' width='95%' align='center' bordercolor='#999999'>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>"
    )
    steps_title = rng.choice(("办理流程：", "办理步骤", "具体流程如下："))
    steps = [f"{i + 1}、{x}" for i, x in enumerate(rest)]
    body = (
        _paras(intro)
        + _ad_box(rng, bad)
        + table
        + (_ad_box(rng, bad) if rng.random() < 0.6 else "")
        + f"<p><b>{steps_title}</b></p>"
        + _paras(steps)
    )
    gold = intro + ([cap] if cap else []) + [" ".join(r) for r in rows] + [steps_title] + steps
    main = (
        f"<h1>{title}</h1><div class='info'>{_date(rng)}　来源：{rng.choice(_PLACES)}政务网</div>"
        f"<div class='content'>{body}</div>" + _related(rng, text, title, bad)
    )
    return _portal(rng, text, title, main, bad, "首页 办事指南 政策法规 便民服务 网上办事 公众参与"), gold


def _td_continued(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    cut = rng.randint(max(1, len(paras) // 3), max(1, len(paras) - 1))
    first, second = paras[:cut], paras[cut:]

    def cell(ps: list[str]) -> str:
        return "<font style='font-size:14px' color='#000000'>" + "".join(f"　　{x}<br><br>" for x in ps) + "</font>"

    ad = _ad_box(rng, bad)
    if rng.random() < 0.5:  # two cells of one row
        grid = (
            "<table width='100%' cellpadding='6'><tr>"
            f"<td width='50%' valign='top'>{cell(first)}</td><td width='50%' valign='top'>{cell(second)}</td></tr></table>{ad}"
        )
    else:  # an ad row between the two parts
        grid = f"<table width='100%' cellpadding='6'><tr><td>{cell(first)}</td></tr><tr><td align='center'>{ad}</td></tr><tr><td>{cell(second)}</td></tr></table>"
    main = (
        "<table width='100%'><tr><td align='center'><font size='4'><b>" + title + "</b></font></td></tr>"
        f"<tr><td align='center'><font size='2' color='#666666'>{_date(rng)}　{rng.choice(('千龙网', '北方网', '东方网', '大洋网'))}</font></td></tr>"
        f"<tr><td>{grid}</td></tr>"
        "<tr><td align='right'>【<a href='#'>打印</a>】【<a href='#'>关闭</a>】</td></tr></table>"
        + _related(rng, text, title, bad, "相关新闻")
    )
    return _portal(rng, text, title, main, bad, "首页 新闻 财经 体育 娱乐 科技 汽车 房产"), paras


def _product(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    prod = rng.choice(_PRODUCTS)
    model = f"{rng.choice('ABCDGHJKLMQSTWXYZ')}{rng.choice('ABCDGHJKLMQSTWXYZ')}-{rng.randint(100, 990)}型"
    name = f"{model}{prod}"
    intro = paras[: rng.randint(1, 2)]
    feats = rng.sample(_FEATURES, rng.randint(4, 7))
    params = rng.sample(_PARAMS, rng.randint(4, 7))
    scope = paras[len(intro) : len(intro) + 1]
    heads = ("产品简介", "主要特点", "技术参数", "适用范围")
    lst = (
        "<ul>" + "".join(f"<li>{f}</li>" for f in feats) + "</ul>"
        if rng.random() < 0.5
        else "".join(f"<br>{i + 1}．{f}" for i, f in enumerate(feats))
    )
    feat_lines = feats if lst.startswith("<ul>") else [f"{i + 1}．{f}" for i, f in enumerate(feats)]
    tab = (
        "<table border='1' cellspacing='0' cellpadding='3' width='90%'>"
        + "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in params)
        + "</table>"
    )
    body = (
        f"<h3>{heads[0]}</h3>"
        + _paras(intro)
        + f"<h3>{heads[1]}</h3>"
        + lst
        + f"<h3>{heads[2]}</h3>"
        + tab
        + (f"<h3>{heads[3]}</h3>" + _paras(scope) if scope else "")
    )
    gold = [heads[0], *intro, heads[1], *feat_lines, heads[2], *[f"{a} {b}" for a, b in params]]
    if scope:
        gold += [heads[3], *scope]
    firm = f"{rng.choice(_PLACES)}{rng.choice(('宏达', '华能', '金源', '中天', '鑫泰'))}机电设备有限公司"
    tel = f"0{rng.randint(10, 999)}-{rng.randint(1000000, 99999999)}"
    contact = (
        f"<div class='contact'><h4>联系我们</h4><p>{firm}</p><p>联系人：{_name(rng)}</p><p>电话：{tel}</p>"
        f"<p>传真：0{rng.randint(10, 999)}-{rng.randint(1000000, 99999999)}</p><p>地址：{rng.choice(_PLACES)}市经济开发区{rng.randint(1, 99)}号</p></div>"
    )
    bad.append(tel)
    menu = (
        "<div class='pmenu'><h4>产品中心</h4><ul>"
        + "".join(f"<li><a href='/product/{i}.html'>{p}</a></li>" for i, p in enumerate(_PRODUCTS))
        + "</ul></div>"
    )
    main = f"<div class='pos'>当前位置：<a href='/'>首页</a> &gt; <a href='/product/'>产品中心</a> &gt; {name}</div><h2>{name}</h2><div class='pbody'>{body}</div><p align='center'><a href='#'>[在线订购]</a> <a href='#'>[返回列表]</a></p>"
    page = (
        f"<div class='top'><img src='/logo.gif' alt='{firm}'><span>{firm}</span></div>"
        + _nav(rng, "网站首页 公司简介 产品中心 新闻动态 技术支持 在线留言 联系我们")
        + f"<table width='900' align='center'><tr><td width='220' valign='top'>{menu}{contact}</td><td valign='top'>{main}</td></tr></table>"
        + f"<div class='foot'>版权所有 © {firm}　技术支持：{rng.choice(('中国制造网', '阿里巴巴', '慧聪网'))}</div>"
    )
    return page, gold


def _faq(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    qs = rng.sample(_QUESTIONS, rng.randint(6, 10))
    answers = text.prose(rng, len(qs) * 2, key)
    form = rng.randrange(3)
    parts: list[str] = []
    gold: list[str] = []
    for i, q in enumerate(qs):
        a = answers[2 * i : 2 * i + (1 if rng.random() < 0.6 else 2)]
        a_text = "".join(a)
        if form == 0:
            parts.append(f"<p><b>{i + 1}、{q}</b></p><p>　　答：{a_text}</p>")
            gold += [f"{i + 1}、{q}", f"答：{a_text}"]
        elif form == 1:
            parts.append(f"<dt>问：{q}</dt><dd>答：{a_text}</dd>")
            gold += [f"问：{q}", f"答：{a_text}"]
        else:
            parts.append(
                f"<tr><td class='q'><font color='#CC0000'>Q：</font>{q}</td></tr><tr><td class='a'>A：{a_text}</td></tr>"
            )
            gold += [f"Q：{q}", f"A：{a_text}"]
    inner = "".join(parts)
    block = f"<dl>{inner}</dl>" if form == 1 else (f"<table width='100%'>{inner}</table>" if form == 2 else inner)
    ftitle = rng.choice(("常见问题解答", "办事常见问题", "客户服务常见问题", "热点问题解答"))
    main = (
        f"<div class='title'><h2>{ftitle}</h2></div><div class='faq'>{block}</div>"
        f"<p class='more'>没有找到您的问题？请拨打客服热线 {rng.randint(95500, 96000)} 或 <a href='#'>在线留言</a></p>"
    )
    bad.append("没有找到您的问题")
    return _portal(rng, text, title, main, bad, "首页 个人业务 公司业务 网上服务 客户服务 关于我们"), gold


def _notice_list(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    unit = rng.choice(_UNITS)
    schools = rng.sample(_SCHOOLS, 4)
    body = paras[: rng.randint(2, 4)]
    numbered = [f"{_NUMS[i]}、{x}" for i, x in enumerate(body)]
    lhead = rng.choice(("附：获奖名单", "附件：评选结果名单", "附：参会人员名单"))
    rows: list[str] = []
    for s in schools:
        names = "　".join(_name(rng) for _ in range(rng.randint(2, 5)))
        rows.append(f"{s}（{rng.choice(_SUBJECTS)}）：{names}" if rng.random() < 0.5 else f"{s}　{names}")
    grade = rng.choice(("一等奖", "二等奖", "优秀奖"))
    sign = [
        f"{rng.choice(_PLACES)}{unit}",
        f"二〇〇{rng.choice('三四五六七八九')}年{_NUMS[rng.randint(0, 9)]}月{_NUMS[rng.randint(0, 9)]}日",
    ]
    html_rows = "<br>".join(rows)
    cell = (
        f"<p align='center'><font size='4' color='#FF0000'><b>{title}</b></font></p>"
        + f"<p>各区县{unit[1:]}、各直属单位：</p>"
        + _paras(numbered)
        + f"<p><b>{lhead}</b></p><p><b>{grade}</b></p><p>{html_rows}</p>"
        + "".join(f"<p align='right'>{x}</p>" for x in sign)
    )
    gold = [f"各区县{unit[1:]}、各直属单位：", *numbered, lhead, grade, *rows, *sign]
    main = (
        f"<table width='100%'><tr><td class='pos'>您现在的位置：<a href='/'>首页</a> &gt;&gt; <a href='/tzgg/'>通知公告</a></td></tr>"
        f"<tr><td>{cell}</td></tr><tr><td align='center'>【<a href='#'>关闭窗口</a>】 发布日期：{_date(rng)[:10]} 阅读次数：{rng.randint(10, 9999)}</td></tr></table>"
    )
    return _portal(rng, text, title, main, bad, "首页 机构设置 政务公开 通知公告 办事指南 下载中心"), gold


def _topic(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    topic = rng.choice(_TOPICS)
    lead = paras[0]
    items = []
    gold = [lead]  # the topic's name is its page title, left out like every kind's headline
    for h in text.heads(rng, rng.randint(4, 7), title):
        summary = "".join(text.prose(rng, rng.randint(1, 2), key))
        items.append(
            f"<tr><td><img src='/img/dot.gif'> <a href='{_href(rng)}'><b>{h}</b></a></td></tr><tr><td class='zy'>{summary}<a href='#'>[详细]</a></td></tr>"
        )
        gold += [h, summary]
    more = text.heads(rng, 5, title)
    bad.extend(more[:2])
    main = (
        f"<table width='100%'><tr><td><img src='/zt/banner.jpg' alt='{topic}'></td></tr><tr><td class='ztt'><h1>{topic}专题</h1></td></tr>"
        f"<tr><td class='dy'><b>【导语】</b>{lead}</td></tr></table>"
        f"<table width='100%' class='news'>{''.join(items)}</table>"
        + _head_list(rng, more, "morezt", "相关专题", dates=False)
    )
    return _portal(rng, text, title, main, bad, "首页 国内 国际 社会 专题 评论 图片"), gold


def _headed_guide(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    k = min(rng.randint(2, 4), len(paras))
    heads = rng.sample(_HEADS, k)
    per = max(1, len(paras) // k)
    parts: list[str] = []
    gold: list[str] = []
    for i, h in enumerate(heads):
        chunk = paras[i * per : (i + 1) * per] if i < k - 1 else paras[i * per :]
        head = f"{_NUMS[i]}、{h}"
        parts.append(f"<h3>{head}</h3>" if rng.random() < 0.5 else f"<p><strong>{head}</strong></p>")
        gold.append(head)
        if chunk:
            parts.append(_paras(chunk[:1]))
            gold.append(chunk[0])
        bullets = [_clip(x, 40) for x in chunk[1:]] or [_clip(y, 40) for y in text.prose(rng, 2, key)]
        if rng.random() < 0.5:
            parts.append("<ul>" + "".join(f"<li>{b}</li>" for b in bullets) + "</ul>")
            gold += bullets
        else:
            sub = [f"{j + 1}．{b}" for j, b in enumerate(bullets)]
            parts.append("".join(f"<p>{s}</p>" for s in sub))
            gold += sub
    main = (
        f"<div class='art'><h1>{title}</h1><div class='src'>发布时间：{_date(rng)}　来源：本站</div>"
        f"<div class='txt'>{''.join(parts)}</div>{_ad_box(rng, bad)}</div>" + _related(rng, text, title, bad)
    )
    return _portal(rng, text, title, main, bad, "首页 政策 指南 资讯 下载 论坛"), gold


def _paginated(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    pages = rng.randint(2, 5)
    pager = (
        "<div class='pages' align='center'>"
        + rng.choice(("", f"本文共{pages}页　"))
        + "第1页 "
        + " ".join(f"<a href='/news/p_{i}.html'>第{i}页</a>" for i in range(2, pages + 1))
        + " <a href='/news/p_2.html'>下一页</a></div>"
        if rng.random() < 0.5
        else "<p align='center'>[1] "
        + " ".join(f"<a href='?page={i}'>[{i}]</a>" for i in range(2, pages + 1))
        + " <a href='?page=2'>[下一页]</a></p>"
    )
    site = rng.choice(("本网", "本站", "中华网"))
    statement = (
        f"凡本网注明“来源：{site}”的所有作品，版权均属于{site}，未经授权不得转载、摘编或利用其它方式使用上述作品。"
        "凡本网注明“来源：XXX（非本网）”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。"
    )
    bad.append("未经授权不得转载")
    bad.append("下一页")
    top = rng.random() < 0.3
    body = (pager if top else "") + _paras(paras) + pager
    main = (
        f"<table width='100%'><tr><td align='center' class='f24'><b>{title}</b></td></tr>"
        f"<tr><td align='center'>{_date(rng)}　来源：{rng.choice(('新华网', '人民网', '中国新闻网', '南方网'))}　作者：{_name(rng)}</td></tr>"
        f"<tr><td class='f14'>{body}</td></tr>"
        f"<tr><td><font color='#666666' size='2'>{statement}</font></td></tr></table>"
        + _related(rng, text, title, bad, "相关文章")
    )
    return _portal(rng, text, title, main, bad, "首页 新闻 军事 财经 文化 读书 论坛"), paras


BUILDERS: dict[str, Builder] = {
    "split_table": _split_table,
    "td_continued": _td_continued,
    "product": _product,
    "faq": _faq,
    "notice_list": _notice_list,
    "topic": _topic,
    "headed_guide": _headed_guide,
    "paginated": _paginated,
}


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, title, paras = rng.choice(text.articles)
    paras = [x for x in paras if "声明" not in x and "版权" not in x] or paras
    bad: list[str] = []
    body, gold = BUILDERS[kind](rng, text, key, title, list(paras), bad)
    html = _page(title + rng.choice(("", "_新闻中心", "-中国网", "_政务网")), body, rng.choice(("utf-8", None)))
    must = [_norm(gold[0])[:12], _norm(gold[-1])[:12]]
    text_gold = "\n".join(gold)
    bad = [b for b in bad if b and _norm(b) not in _norm(text_gold)]
    return GenPage(SET, pid, kind, html, text_gold, must, bad, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=15, id_width=20, snippet_chars=20, shown=_shown21)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
