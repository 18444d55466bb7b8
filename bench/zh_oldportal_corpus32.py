"""Chinese portal article pages of the 2005-2012 era, a generator of round 32 (issue #12: cleaneval_zh check read 0.901
against 0.972 on tune; its two worst check pages are a short story taken with its surroundings and a long story of
which under half was kept).

Written (branch shortsplit32) before cleaner's block selection was read and before cleaner was run on it. The markup
is the author's rendering, from memory, of what these portals served in those years (table layouts, ``<font>`` tags,
GB2312 / GBK bytes); no third-party page is copied and every chrome sentence is the author's own.

Styles (``STYLES``): ``xinhua`` (新华网-like: a 760-pixel table, 新华网X月X日电 lead, "【字号 大 中 小】【打印】
【关闭】", 相关新闻 / 热点排行 boxes), ``people`` (人民网-like: ``div.text_c`` / ``#p_content``, 编辑 line, 相关专题,
"(责任编辑：X)"), ``sina`` (新浪-like: ``#artibody``, "【评论】【收藏】【打印】【关闭】", 相关新闻 with dates, 新浪热点
排行), ``netease`` (网易-like: ``#endText``, "本文来源：X", "(责任编辑：X_NN1234)", 跟贴 teasers), ``sohu`` (搜狐-like:
``#sohu_content``, "我要说两句", 搜狐焦点图), ``chinanews`` (中新网-like: ``div.left_zw``, "【编辑:X】", 图片新闻),
``local`` (a 地方门户 such as "XX在线": ``<td bgcolor>`` cells, ``<font>`` paragraphs, 今日导读 teasers with summaries,
友情链接), ``gov`` (政府网站: 发布时间 / 来源 / 浏览次数 row, "【字体：大 中 小】", 打印本页 / 关闭窗口, 相关链接, 主办 /
承办 / 备案 footer), ``school`` (学校网站 news: 发布者 / 点击数, 上一篇 / 下一篇, 校园快讯 list, 版权所有 footer).

Shapes (``SHAPES``):

- ``short``: a short story (1-3 paragraphs, 60-250 characters) inside heavy chrome: nav tables, 相关新闻, 热点排行,
  图片新闻 with captions, teaser lists whose items carry a one-sentence summary, 友情链接, a 版权 footer; on some pages
  a 相关新闻 list or a comment teaser sits in the same cell right under the story;
- ``split``: a long story split across siblings: two or three sibling ``<table>``s with an ad table between, ``<tr>``
  rows with an ad row between, sibling ``<td>``s (lead beside a picture, then the rest in the next row), or sibling
  ``<div>``s with an inline 相关阅读 box between; captions (gold), a small data table (gold, one line per row) on some;
- ``pages``: a long story's first page of several: its paragraphs, then "第1页 第2页 第3页 下一页" (and on some pages
  "本文共N页" above), a picture with a caption (gold) on some.

Every page has the style's tool bar ("【字号 大 中 小】【打印】【关闭】" and kin) and an editor line. Gold = the story's
paragraphs (captions and table rows inside the story included), without the title, the date / source line, the tool
bars, the editor line, pagers, ads and boxes. Chrome strings (checked as "kept") are the author's own sentences and
labels, headlines and teaser summaries taken from other articles, never gold text.

Text: the gold paragraphs and sentences of the tune pages of daniel_zh, cwced_zh and cleaneval_zh, read at run time
(``zh_portal_corpus.Text``); no check page's text is used.

Halves: per shape, the styles ranked by a hash of ``zholdportal32/<style>/<shape>``, alternately tune and check
(every seed draws the same split). The check half is a measuring half: scores only.

    python bench/zh_oldportal_corpus32.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_oldportal_corpus32.py --score --cleaner-only   # cleaner alone
    python bench/zh_oldportal_corpus32.py --list 20                # the worst tune pages
    python bench/zh_oldportal_corpus32.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_oldportal_corpus32.py --seed S --score         # fresh pages of the same layouts
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring
from zh_portal_corpus import Text, _name, _norm

SET = "zholdportal32"
SHAPES = ("short", "split", "pages")
PAGES = 3
"""Pages per style and shape."""

_NOTICE = re.compile("声明|版权|免责|来源[:：]|编辑|责任")
_SENTS = re.compile(r"[^。！？]+[。！？]”?")
_CITIES = (
    "北京",
    "上海",
    "广州",
    "成都",
    "武汉",
    "南京",
    "杭州",
    "西安",
    "长沙",
    "郑州",
    "济南",
    "沈阳",
    "福州",
    "昆明",
)


@dataclass
class Ctx:
    """One page being built: its random source, texts, style, shape, title, story key and chrome strings."""

    rng: random.Random
    text: Text
    key: str
    style: str
    shape: str
    title: str
    bad: list[str] = field(default_factory=list)
    para: float = -1.0
    """The page's one draw of its paragraph markup (:func:`_ps`): every part of a story is set the same way."""

    def chrome(self, *xs: str) -> None:
        self.bad.extend(xs)

    def date(self, fmt: str = "-") -> str:
        r = self.rng
        y, m, d, hh, mm = r.randint(2005, 2012), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59)
        if fmt == "年":
            return f"{y}年{m:02d}月{d:02d}日 {hh:02d}:{mm:02d}"
        return f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}"

    def heads(self, n: int) -> list[str]:
        hs = [h.rstrip("。！？!?") for h in self.text.heads(self.rng, n, self.title)]
        self.chrome(*hs)
        return hs

    def href(self, stem: str = "news") -> str:
        r = self.rng
        return f"/{stem}/{r.randint(2005, 2012)}-{r.randint(1, 12):02d}/{r.randint(10, 28)}/content_{r.randint(1000000, 9999999)}.htm"

    def summary(self) -> str:
        s = self.text.prose(self.rng, 1, self.key)[0]
        self.chrome(s)
        return s


# --- story text ------------------------------------------------------------------------------------------------------


def _short_story(c: Ctx) -> list[str]:
    """1-3 paragraphs of 60-250 characters in all: consecutive sentences of one article."""
    r = c.rng
    _k, _t, paras = r.choice([a for a in c.text.articles if a[0] != c.key])
    sents = [s for p in paras if not _NOTICE.search(p) for s in _SENTS.findall(p)]
    if not sents:
        sents = c.text.prose(r, 4, c.key)
    start = r.randint(0, max(0, len(sents) - 3))
    want = r.randint(60, 250)
    out: list[str] = []
    for s in sents[start:]:
        if out and len("".join(out)) + len(s) > 250:
            break
        out.append(s)
        if len("".join(out)) >= want:
            break
    while len("".join(out)) < 60:
        out.append(c.text.prose(r, 1, c.key)[0])
    n = min(len(out), r.choice((1, 1, 2, 3)))
    size = -(-len(out) // n)
    return ["".join(out[i : i + size]) for i in range(0, len(out), size)]


def _long_story(c: Ctx, paras: list[str]) -> list[str]:
    keep = [p for p in paras if not _NOTICE.search(p)] or paras
    if len(keep) < 4:
        _k, _t, more = c.rng.choice([a for a in c.text.articles if a[0] != c.key])
        keep += [p for p in more if not _NOTICE.search(p)]
    return keep[: c.rng.randint(5, 12)]


def _lead(c: Ctx, first: str) -> str:
    """The agency dateline some styles open with (gold: it is the story's first words)."""
    r = c.rng
    city = r.choice(_CITIES)
    m, d = r.randint(1, 12), r.randint(1, 28)
    if c.style == "xinhua":
        return f"新华网{city}{m}月{d}日电（记者{_name(r)}）{first}"
    if c.style == "chinanews":
        return f"中新网{city}{m}月{d}日电 （记者 {_name(r)}）{first}"
    if c.style == "people" and r.random() < 0.5:
        return f"本报{city}{m}月{d}日电  （记者{_name(r)}）{first}"
    return first


# --- chrome ---------------------------------------------------------------------------------------------------------

COMMENTED = ("netease", "sohu", "sina")
"""The styles that show a comment box under the story's related list (the big portals' pages of those years)."""
_SITE = {
    "xinhua": "新华网",
    "people": "人民网",
    "sina": "新浪网",
    "netease": "网易新闻",
    "sohu": "搜狐新闻",
    "chinanews": "中国新闻网",
    "local": "江城在线",
    "gov": "青山市人民政府",
    "school": "东湖师范学院新闻网",
}
_NAV = {
    "xinhua": "首页 时政 国际 财经 体育 娱乐 科技 教育 图片 视频 论坛 博客",
    "people": "首页 时政 国际 观点 社会 经济 教育 科技 文化 图片 强国论坛",
    "sina": "新闻中心 国内 国际 社会 军事 体育 娱乐 财经 科技 博客 视频 论坛",
    "netease": "首页 新闻 体育 娱乐 财经 汽车 科技 手机 女人 房产 游戏 跟贴",
    "sohu": "搜狐首页 新闻 体育 娱乐 财经 IT 汽车 房产 女人 视频 博客 社区",
    "chinanews": "首页 即时新闻 国内 国际 社会 财经 港澳 台湾 华人 图片 视频",
    "local": "首页 本地新闻 社会民生 房产 汽车 家居 教育 旅游 美食 论坛 分类信息",
    "gov": "首页 政务公开 政务动态 部门动态 县区动态 公告公示 办事服务 互动交流 走进青山",
    "school": "学校首页 学校概况 机构设置 教学科研 招生就业 学工在线 校园文化 图书馆",
}
_TOOLS = {
    "xinhua": "【字号 大 中 小】【打印】【关闭】",
    "people": "【字号 大 中 小】 打印本页 关闭窗口",
    "sina": "【评论】【收藏】【打印】【关闭】",
    "netease": "【字号 大 中 小】【打印】【关闭】",
    "sohu": "【我来说两句】【打印】【推荐给朋友】【关闭】",
    "chinanews": "【字号 大 中 小】【打印】【关闭】",
    "local": "【字号：大 中 小】【打印本页】【关闭窗口】",
    "gov": "【字体：大 中 小】【打印本页】【关闭窗口】",
    "school": "【字体：大 中 小】【打印】【关闭】",
}
_FOOT = {
    "xinhua": "本网所刊登的各类稿件，未经书面授权不得转载使用，违者本网将依法追究责任。",
    "people": "本网站所有内容均受著作权保护，未经同意请勿转载，转载时务必注明出处。",
    "sina": "新浪公司对网友发表的内容不负任何责任，一切言论只代表网友个人立场。",
    "netease": "网易公司版权所有，本站内容如需转载请与编辑部联系并取得许可。",
    "sohu": "搜狐公司对本站刊载内容保留一切权利，任何单位和个人不得擅自复制传播。",
    "chinanews": "凡本网注明来源的作品，版权均属本网所有，转载请注明出处并保留作者署名。",
    "local": "本站部分信息来自网友投稿与合作媒体，如有侵权请及时告知我们予以删除。",
    "gov": "主办单位：青山市人民政府办公室 承办单位：青山市信息中心 联系电话：0731-2345678",
    "school": "版权所有 东湖师范学院党委宣传部 地址：湖北省东湖市文华路18号 邮编：430000",
}


def _nav_table(c: Ctx) -> str:
    site = _SITE[c.style]
    links = "".join(
        f'<td align="center"><a href="/{i}/" class="nav">{w}</a></td>' for i, w in enumerate(_NAV[c.style].split())
    )
    today = f"今天是{c.date('年')[:11]} 星期{c.rng.choice('一二三四五六日')}"
    c.chrome(today)
    return (
        f'<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td width="200"><a href="/"><img src="/images/logo.gif" alt="{site}" border="0"></a></td>'
        f'<td align="right"><font color="#666666">{today}</font> | <a href="/sethome">设为首页</a> | <a href="/fav">加入收藏</a></td></tr></table>'
        f'<table width="760" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#C00000"><tr height="28">{links}</tr></table>'
        f'<table width="760" align="center"><tr><td class="weizhi">您现在的位置： <a href="/">{site}</a> &gt;&gt; <a href="/news/">新闻中心</a> &gt;&gt; 正文</td></tr></table>'
    )


def _related(c: Ctx, label: str, n: int) -> str:
    items = "".join(
        f'<tr><td class="list">·<a href="{c.href()}" target="_blank">{h}</a> <font color="#999999">{c.date()[5:10]}</font></td></tr>'
        for h in c.heads(n)
    )
    c.chrome(label)
    return f'<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="bt"><b>{label}</b></td></tr>{items}</table>'


def _ranking(c: Ctx, label: str) -> str:
    items = "".join(
        f'<tr><td width="18"><font color="#CC0000">{i}</font></td><td><a href="{c.href()}">{h}</a></td></tr>'
        for i, h in enumerate(c.heads(c.rng.randint(8, 10)), 1)
    )
    c.chrome(label)
    return f'<table width="100%" cellspacing="0" cellpadding="2" class="rank"><tr><td colspan="2" class="bt">{label}</td></tr>{items}</table>'


def _pictures(c: Ctx, label: str) -> str:
    cells = "".join(
        f'<td align="center" width="33%"><a href="{c.href("photo")}"><img src="/photo/{c.rng.randint(100, 999)}.jpg" width="120" height="90" border="0"></a><br><a href="{c.href("photo")}">{h}</a></td>'
        for h in c.heads(3)
    )
    c.chrome(label)
    return (
        f'<table width="100%" cellpadding="4"><tr><td colspan="3" class="bt">{label}</td></tr><tr>{cells}</tr></table>'
    )


def _teasers(c: Ctx, label: str) -> str:
    """Headlines each with a one-sentence summary: prose-looking items of other stories."""
    items = "".join(
        f'<tr><td><a href="{c.href()}"><b>{h}</b></a><br><font color="#555555">{c.summary()}</font> <a href="{c.href()}">[详细]</a></td></tr>'
        for h in c.heads(c.rng.randint(3, 5))
    )
    c.chrome(label)
    return f'<table width="100%" cellpadding="4" class="daodu"><tr><td class="bt">{label}</td></tr>{items}</table>'


def _friends(c: Ctx) -> str:
    names = ("人民网", "新华网", "央视网", "中国网", "光明网", "中青网", "东方网", "大河网", "荆楚网", "红网", "华龙网")
    links = " | ".join(f'<a href="http://www{i}.example.cn/">{n}</a>' for i, n in enumerate(c.rng.sample(names, 7)))
    c.chrome("友情链接")
    return f'<table width="760" align="center"><tr><td><b>友情链接：</b>{links}</td></tr></table>'


def _footer(c: Ctx) -> str:
    r = c.rng
    foot = _FOOT[c.style]
    about = "关于我们 | 广告服务 | 联系方式 | 网站地图 | 招聘信息 | 法律声明"
    icp = f"Copyright © {r.randint(2005, 2012)} {_SITE[c.style]} All Rights Reserved 京ICP备{r.randint(1000000, 9999999)}号"
    c.chrome(foot, icp)
    return f'<table width="760" align="center" class="foot"><tr><td align="center">{about}<br>{foot}<br>{icp}</td></tr></table>'


def _comment_teaser(c: Ctx) -> str:
    r = c.rng
    note = "网友评论仅代表其个人看法，并不表明本站赞同其观点或证实其描述。"
    rows = "".join(
        f'<tr><td><font color="#666666">{r.choice(("网友", "匿名网友", "江城网友"))}[{r.randint(1, 255)}.{r.randint(1, 255)}.*.*] 于 {c.date()} 说：</font><br>{c.summary()}</td></tr>'
        for _ in range(r.randint(2, 3))
    )
    c.chrome(note, "查看全部评论", "发表评论")
    return f'<table width="100%" class="pinglun"><tr><td class="bt">网友评论 <a href="/comment/">查看全部评论</a></td></tr>{rows}<tr><td><font size="2">{note}</font> <a href="/comment/post">发表评论</a></td></tr></table>'


def _meta_line(c: Ctx) -> str:
    r = c.rng
    src = r.choice(("新华网", "人民日报", "中国新闻网", "本站原创", "江城晚报", "青山日报", "学院新闻中心"))
    if c.style == "gov":
        line = f"发布时间：{c.date()}　来源：{r.choice(('市政府办公室', '市发改委', '县政府'))}　浏览次数：{r.randint(10, 9999)}"
    elif c.style == "school":
        line = f"发布者：{r.choice(('宣传部', '教务处', '团委'))}　发布时间：{c.date()[:10]}　点击数：{r.randint(10, 5000)}"
    else:
        line = f"{c.date('年')}　来源：{src}"
    c.chrome(line)
    return line


def _editor(c: Ctx) -> str:
    r = c.rng
    who = _name(r)
    forms = {
        "xinhua": f"责任编辑：{who}",
        "people": f"(责任编辑：{who})",
        "sina": f"(编辑：{who})",
        "netease": f"(责任编辑：{who}_NN{r.randint(1000, 9999)})",
        "sohu": f"(责任编辑：{who})",
        "chinanews": f"【编辑:{who}】",
        "local": f"编辑：{who}  审核：{_name(r)}",
        "gov": f"【责任编辑：{who}】",
        "school": f"（审核：{_name(r)}  编辑：{who}）",
    }
    line = forms[c.style]
    c.chrome(line)
    return line


def _ad(c: Ctx) -> str:
    r = c.rng
    words = r.choice(
        (
            "买房看房就上江城房产网，楼盘信息天天更新",
            "暑期特惠：海南双飞五日游，报名即送旅游保险",
            "名校名师一对一辅导，免费试听火热预约中",
        )
    )
    c.chrome(words)
    return f'<table width="100%" align="center"><tr><td align="center"><a href="http://ad.example.cn/c?{r.randint(1, 99999)}" target="_blank"><img src="/ad/{r.randint(1, 99)}.gif" width="468" height="60" border="0" alt="广告"></a><br><a href="http://ad.example.cn/">{words}</a></td></tr></table>'


# --- story bodies ---------------------------------------------------------------------------------------------------


def _ps(c: Ctx, paras: list[str]) -> str:
    """Paragraphs as the style writes them: ``<p>``, text + ``<br><br>`` with nbsp indents, or ``<p>`` with an
    ideographic-space indent; one draw per page."""
    if c.para < 0:
        c.para = c.rng.random()
    if c.style in ("local", "gov") and c.para < 0.6:
        return "<br><br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{x}" for x in paras)
    if c.style in ("xinhua", "school") and c.para < 0.5:
        return "".join(f"<p>　　{x}</p>" for x in paras)
    return "".join(f"<p>{x}</p>" for x in paras)


def _caption(c: Ctx) -> tuple[str, str]:
    r = c.rng
    cap = f"图为{c.text.prose(r, 1, c.key)[0].rstrip('。！？')}。"
    if len(cap) > 60:
        cap = cap[:58] + "。"
    html = f'<p align="center"><img src="/pic/{r.randint(1000, 9999)}.jpg" border="0"></p><p align="center"><font color="#000080">{cap}</font></p>'
    return html, cap


def _data_table(c: Ctx) -> tuple[str, list[str]]:
    r = c.rng
    head = ["项目", "2010年", "2011年", "增长"]
    items = r.sample(
        ("生产总值", "财政收入", "固定资产投资", "社会消费品零售总额", "城镇居民人均收入", "农民人均纯收入"), 3
    )
    rows = [head] + [
        [
            it,
            f"{r.randint(100, 999)}.{r.randint(0, 9)}亿元",
            f"{r.randint(100, 999)}.{r.randint(0, 9)}亿元",
            f"{r.randint(1, 25)}.{r.randint(0, 9)}%",
        ]
        for it in items
    ]
    html = (
        '<table border="1" cellspacing="0" cellpadding="3" align="center" width="90%">'
        + "".join("<tr>" + "".join(f"<td>{x}</td>" for x in row) + "</tr>" for row in rows)
        + "</table>"
    )
    return html, [" ".join(row) for row in rows]


def _short_body(c: Ctx) -> tuple[str, list[str]]:
    gold = _short_story(c)
    gold[0] = _lead(c, gold[0])
    return _ps(c, gold), gold


def _split_body(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    """A long story in two or three sibling containers with an ad, an inline box or a picture between them."""
    r = c.rng
    story = _long_story(c, paras)
    story[0] = _lead(c, story[0])
    gold: list[str] = []
    cut = sorted(r.sample(range(1, len(story)), min(len(story) - 1, r.choice((1, 2)))))
    parts = [story[i:j] for i, j in zip([0, *cut], [*cut, len(story)], strict=True)]
    blocks: list[str] = []
    for i, part in enumerate(parts):
        html = _ps(c, part)
        gold.extend(part)
        if i == 0 and r.random() < 0.4:
            cap_html, cap = _caption(c)
            html += cap_html
            gold.append(cap)
        if i == len(parts) - 1 and r.random() < 0.35:
            tab_html, rows = _data_table(c)
            html += tab_html
            gold.extend(rows)
        blocks.append(html)
    how = r.choice(("tables", "rows", "tds", "divs"))
    if how == "tables":
        between = [_ad(c) for _ in blocks[1:]]
        out = blocks[0] and f'<table width="100%" class="zw"><tr><td class="zw">{blocks[0]}</td></tr></table>'
        for b, gap in zip(blocks[1:], between, strict=True):
            out += gap + f'<table width="100%" class="zw"><tr><td class="zw">{b}</td></tr></table>'
        return out, gold
    if how == "rows":
        rows = [f'<tr><td class="content">{b}</td></tr>' for b in blocks]
        out = rows[0] + "".join(f'<tr><td align="center">{_ad(c)}</td></tr>' + x for x in rows[1:])
        return f'<table width="100%" cellpadding="5">{out}</table>', gold
    if how == "tds":
        pic = f'<img src="/pic/{r.randint(1000, 9999)}.jpg" width="240" border="0">'
        rest = "".join(f'<tr><td colspan="2" class="content">{b}</td></tr>' for b in blocks[1:])
        return (
            f'<table width="100%" cellpadding="5"><tr><td valign="top" class="content">{blocks[0]}</td><td width="250" valign="top">{pic}</td></tr>{rest}</table>',
            gold,
        )
    boxes = []
    for _ in blocks[1:]:
        hs = c.heads(r.randint(2, 3))
        c.chrome("相关阅读")
        boxes.append(
            '<div class="xgyd"><b>相关阅读：</b><ul>'
            + "".join(f'<li><a href="{c.href()}">{h}</a></li>' for h in hs)
            + "</ul></div>"
        )
    out = f'<div class="text">{blocks[0]}</div>' + "".join(
        bx + f'<div class="text">{b}</div>' for bx, b in zip(boxes, blocks[1:], strict=True)
    )
    return out, gold


def _pages_body(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    r = c.rng
    story = _long_story(c, paras)
    story[0] = _lead(c, story[0])
    gold = list(story)
    html = _ps(c, story)
    if r.random() < 0.4:
        cap_html, cap = _caption(c)
        k = r.randint(1, len(story) - 1)
        html = _ps(c, story[:k]) + cap_html + _ps(c, story[k:])
        gold = [*story[:k], cap, *story[k:]]
    n = r.randint(2, 5)
    pager = "".join(f'<a href="index_{i}.htm">第{i}页</a> ' if i > 1 else "<b>第1页</b> " for i in range(1, n + 1))
    pager = f'<div class="page" align="center">{pager}<a href="index_2.htm">下一页</a> <a href="index_{n}.htm">尾页</a></div>'
    c.chrome("下一页", "尾页", f"第{n}页")
    top = ""
    if r.random() < 0.4:
        top = f'<div align="right"><font color="#999999">本文共{n}页</font></div>'
        c.chrome(f"本文共{n}页")
    return top + html + pager, gold


def _body(c: Ctx, paras: list[str]) -> tuple[str, list[str]]:
    if c.shape == "short":
        return _short_body(c)
    if c.shape == "split":
        return _split_body(c, paras)
    return _pages_body(c, paras)


# --- page -----------------------------------------------------------------------------------------------------------


def _title_html(c: Ctx) -> str:
    if c.style in ("xinhua", "local", "gov", "school"):
        return f'<tr><td align="center" class="title"><font size="5" color="#003399"><b>{c.title}</b></font></td></tr>'
    return f'<tr><td align="center"><h1>{c.title}</h1></td></tr>'


def _article_cell(c: Ctx, body: str) -> str:
    """The left column: title, meta line, tool bar, the story, editor line, then what follows the story."""
    r = c.rng
    tools = _TOOLS[c.style]
    c.chrome(tools)
    meta = f'<tr><td align="center" class="laiyuan"><font color="#666666">{_meta_line(c)}</font>　{tools if r.random() < 0.5 else ""}</td></tr>'
    editor = f'<tr><td align="right">{_editor(c)}</td></tr>'
    after = f'<tr><td align="right">{tools}</td></tr>'
    below: list[str] = []
    if c.shape == "short" and r.random() < 0.5:
        # the related list or a comment teaser in the same cell, right under the story
        body += _related(c, "相关新闻", r.randint(4, 6)) if r.random() < 0.6 else _comment_teaser(c)
    else:
        below.append(_related(c, r.choice(("相关新闻", "相关链接", "相关报道")), r.randint(4, 7)))
    if c.style in COMMENTED and r.random() < 0.6:
        below.append(_comment_teaser(c))
    if c.style == "school":
        prev, nxt = c.heads(2)
        below.append(
            f'<table width="100%"><tr><td>上一篇：<a href="{c.href()}">{prev}</a></td></tr><tr><td>下一篇：<a href="{c.href()}">{nxt}</a></td></tr></table>'
        )
        c.chrome("上一篇", "下一篇")
    rows = "".join(f"<tr><td>{b}</td></tr>" for b in below)
    return (
        f'<table width="100%" border="0" cellspacing="0" cellpadding="0">{_title_html(c)}{meta}'
        f'<tr><td class="zhengwen" id="{r.choice(("zoom", "artibody", "endText", "fontzoom", "content"))}">{body}</td></tr>'
        f"{editor}{after}{rows}</table>"
    )


def _side(c: Ctx) -> str:
    r = c.rng
    boxes = [
        _ranking(c, r.choice(("热点排行", "新闻排行", "点击排行", "一周热点"))),
        _pictures(c, r.choice(("图片新闻", "精彩图片", "图说天下"))),
        _teasers(c, r.choice(("今日导读", "推荐阅读", "编辑推荐"))),
    ]
    if c.shape == "short":
        boxes.append(_ranking(c, r.choice(("24小时排行", "本月热点", "评论排行"))))
    r.shuffle(boxes)
    return "".join(f"<tr><td>{b}</td></tr>" for b in boxes)


def _page(c: Ctx, body: str) -> str:
    r = c.rng
    site = _SITE[c.style]
    left = _article_cell(c, body)
    side = _side(c)
    under = _teasers(c, r.choice(("更多精彩", "网友关注", "热门推荐"))) if r.random() < 0.5 else ""
    main = (
        f'<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr>'
        f'<td width="540" valign="top">{left}{under}</td><td width="10"></td>'
        f'<td width="210" valign="top" bgcolor="#F5F5F5"><table width="100%">{side}</table></td></tr></table>'
    )
    return (
        f'<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head>'
        f"<title>{c.title}_{site}</title>"
        f'<meta name="keywords" content="{c.title}"><link href="/css/style.css" rel="stylesheet" type="text/css">'
        f'<script language="javascript" src="/js/common.js"></script></head>'
        f'<body topmargin="0" leftmargin="0">{_nav_table(c)}{main}{_friends(c)}{_footer(c)}</body></html>'
    )


def _encode(c: Ctx, full: str) -> bytes | str:
    """GB2312 / GBK bytes declared by a meta on most pages (undeclared on a few), UTF-8 on the rest."""
    r = c.rng.random()
    if r < 0.75:
        cs = c.rng.choice(("gb2312", "gbk", "GB2312"))
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">' if r < 0.65 else ""
        return full.replace("<head>", "<head>" + meta, 1).encode("gbk", errors="xmlcharrefreplace")
    return full.replace("<head>", '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">', 1)


STYLES = tuple(_SITE)
KINDS = STYLES
_HALF = gen_score.ranked_halves(SET, STYLES, SHAPES)


@dataclass
class Page32(GenPage):
    shape: str = ""

    @property
    def half(self) -> str:
        return _HALF[(self.kind, self.shape)]


def build_page(style: str, shape: str, index: int, text: Text, seed: str) -> Page32:
    pid = gen_score.page_id(SET, f"{style}_{shape}", index, seed)
    rng = random.Random(f"{seed}/{style}_{shape}_{index}")
    key, title, paras = rng.choice(text.articles)
    c = Ctx(rng, text, key, style, shape, title.rstrip("。！？!?"))
    body, gold = _body(c, paras)
    full = _page(c, body)
    gold = [g for g in gold if g.strip()]
    text_gold = "\n".join(gold)
    must = [_norm(gold[0])[:12], _norm(gold[-1])[-12:]]
    ng = _norm(text_gold)
    bad = [b for b in dict.fromkeys(c.bad) if b and _norm(b) not in ng]
    return Page32(SET, pid, style, _encode(c, full), text_gold, must, bad, source=key, shape=shape)


def build(data: Path, seed: str = SET) -> list[Page32]:
    text = Text.load(data)
    return [build_page(s, sh, i, text, seed) for s in STYLES for sh in SHAPES for i in range(PAGES)]


def _url(p: gen_score.Page) -> str:
    return f"http://news.example.cn/{p.id}.htm"


def _shown(html: str | bytes) -> str:
    return html.decode("gbk", errors="replace") if isinstance(html, bytes) else html


SCORING = Scoring(_norm, _url, KINDS, label_width=12, id_width=30, snippet_chars=20, shown=_shown)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
