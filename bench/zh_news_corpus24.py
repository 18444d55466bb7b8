"""Chinese 2003-2008 portal pages whose content is very short, or all short lines, a generator of round 24 (issue #12).

    python bench/zh_news_corpus24.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_news_corpus24.py --score --cleaner-only   # cleaner alone
    python bench/zh_news_corpus24.py --list 20                # the worst tune pages
    python bench/zh_news_corpus24.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_news_corpus24.py --seed S --score         # fresh pages of the same layouts

Why: the per-page score distribution of the cwced_zh and cleaneval_zh *check* halves (``bench_extract.py --bins``,
session 24) shows their loss is mostly catastrophes, not a broad loss: on cwced_zh one page of gold < 500 characters
with an output ≥ 20 times its gold carries half the F1 deficit; on cleaneval_zh one page of gold < 200 characters
(output 5-20 times the gold) and one of gold 2,000-5,000 characters (output under half of it) carry 63 %. No tune
page shows either kind. Written (branch zhnews24) before cleaner was run on it, from the author's memory of how such
2003-2008 pages were built; no third-party page is copied. All pages are table layouts with ``<font>`` and
``<td class="f14">``-style cells, no class names that tell content from chrome. One *kind* each:

- ``photo_caption``: a 图片新闻 page: a large image, a one- or two-sentence caption under it (the gold), 上一张 /
  下一张, a row of 相关图片 thumbnails each with a one-sentence caption, a 相关报道 cell of headlines with one-sentence
  summaries, a 新闻排行 list;
- ``brief_item``: a 简讯 of one or two sentences in the left cell of a two-cell row whose right cell is a 今日导读
  column (6-9 headlines, each with a one- or two-sentence summary), a 相关新闻 list under the brief;
- ``video_intro``: a video page: a player (``<object>`` / ``<embed>``), a one- or two-sentence introduction under it,
  a 相关视频 table (title + one-sentence description per cell) and 网友评论 (user, time, one or two sentences);
- ``notice_short``: an organisation's short notice (公告): one to three sentences, then the 落款 (organisation, date)
  right-aligned; beside it a 单位简介 box of four or five sentences of prose and a 最新公告 list;
- ``schedule``: an agenda (会议日程 / 活动安排): one introductory sentence, then a table of 10-20 rows (time, item,
  place, host; no sentence ends), dates as header rows; beside it a 会议简介 / 相关新闻 box of prose;
- ``name_list``: a 名单 / 公示 page: one sentence, then 3-5 groups (a heading line and 6-20 short items each: names
  with a unit, joined in lines by spaces or one a line), the 落款 and a 监督电话 line; beside it a prose box.

Text: as ``zh_portal_corpus``, the gold paragraphs of the tune pages of daniel_zh, cwced_zh and cleaneval_zh read at
run time (nothing of them is committed); the short content is the opening sentences of a tune article's first
paragraph; filler prose is sentences of other tune articles; names, units, times and chrome words are the
generator's own. Gold (CleanEval convention): the content's sentences, headings, table rows (cells joined by a
space) and list lines, the 落款; no title, byline, caption of other pictures, side boxes, lists, comments, footer.
Snippets: the first and last gold line's openings must appear; the side boxes' and comments' sentences must not.
A page's half is :func:`bench.halves.half` of ``zhnews24/<id>``.
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from gen_score import GenPage, Result, Scoring
from zh_news_corpus21 import _shown21
from zh_portal_corpus import _PLACES, Text, _date, _href, _name, _norm, _page, _url

SET = "zhnews24"
KINDS = ("photo_caption", "brief_item", "video_intro", "notice_short", "schedule", "name_list")
PAGES_PER_KIND = 24
Builder = Callable[[random.Random, Text, str, str, list[str], list[str]], tuple[str, list[str]]]

_SENT = re.compile(r"[^。！？]*[。！？]")
_SITES = ("千龙新闻网", "搜狐新闻", "新浪网", "中华网", "东方网", "人民网", "北方网", "大洋网")
_UNITS = ("市教育局", "市人事局", "市科技局", "市文化局", "市卫生局", "团市委", "市总工会", "区政府办公室", "市体育局")
_SCHOOLS = ("第一中学", "第三中学", "实验中学", "外国语学校", "师范附中", "育才中学", "铁路中学", "职业技术学院")
_EVENTS = (
    "开幕式",
    "代表报到",
    "主题报告",
    "分组讨论",
    "大会交流",
    "专题讲座",
    "参观考察",
    "工作午餐",
    "闭幕式",
    "颁奖仪式",
    "合影留念",
    "文艺晚会",
    "圆桌论坛",
    "经验介绍",
    "领导讲话",
)
_ROOMS = ("第一会议室", "学术报告厅", "综合楼三楼", "市民中心", "大礼堂", "国际会议中心", "宾馆多功能厅", "体育馆")
_GROUPS = ("一等奖", "二等奖", "三等奖", "优秀组织奖", "先进集体", "先进个人", "优秀指导教师", "入围名单")
_NOTICES = (
    "关于调整办公时间的公告",
    "关于停水的通知",
    "关于举办培训班的通知",
    "关于开展安全检查的公告",
    "关于系统升级维护的公告",
    "关于受理申报工作的通知",
)


def _short(paras: list[str], rng: random.Random, most: int = 200) -> list[str]:
    """One or two opening sentences of the article's first paragraph (at most ``most`` characters)."""
    sents = _SENT.findall(paras[0]) or [paras[0]]
    take = sents[: rng.randint(1, 2)]
    out = "".join(take)
    if len(out) > most:
        out = take[0]
    if len(out) > most:
        cut = out.rfind("，", 0, most)
        out = out[: cut if cut > 20 else most] + "。"
    return [out.strip()]


def _rank_list(rng: random.Random, heads: list[str], label: str) -> str:
    rows = "".join(
        f"<tr><td width='8%'><font color='#CC0000'>{i + 1}</font></td><td><a href='{_href(rng)}' target='_blank'>{h}</a></td></tr>"
        for i, h in enumerate(heads)
    )
    return f"<table width='100%' cellspacing='0' cellpadding='2'><tr><td colspan='2' bgcolor='#EEEEEE'><b>{label}</b></td></tr>{rows}</table>"


def _summaries(rng: random.Random, text: Text, key: str, heads: list[str], bad: list[str], most: int = 2) -> str:
    """Headline + one or two sentences of prose per item, as table rows of neutral markup."""
    rows = []
    for h in heads:
        s = "".join(text.prose(rng, rng.randint(1, most), key))
        bad.append(s[:20])
        rows.append(
            f"<tr><td><a href='{_href(rng)}' target='_blank'><b>{h}</b></a><br><font color='#666666'>{s}</font></td></tr>"
        )
    return "<table width='100%' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


def _shell(rng: random.Random, site: str, main: str, side: str, below: str = "") -> str:
    """A 2005 page: a logo / channel bar, one table row of a main cell and a side cell, rows below, a footer."""
    chans = " | ".join(
        f"<a href='/{i}/'>{w}</a>" for i, w in enumerate("首页 新闻 体育 娱乐 财经 汽车 房产 论坛 图片".split())
    )
    top = f"<table width='760' align='center'><tr><td><img src='/images/logo.gif' alt='{site}'></td><td align='right'>{_date(rng)[:10]}</td></tr><tr><td colspan='2' bgcolor='#003399'><font color='#FFFFFF'>{chans}</font></td></tr></table>"
    where = f"<table width='760' align='center'><tr><td><font size='2'>您现在的位置：<a href='/'>{site}</a> &gt; <a href='/news/'>新闻中心</a> &gt; 正文</font></td></tr></table>"
    row = f"<table width='760' align='center' cellspacing='0' cellpadding='0'><tr><td width='560' valign='top'>{main}</td><td width='200' valign='top' bgcolor='#F7F7F7'>{side}</td></tr></table>"
    rows = f"<table width='760' align='center'><tr><td>{below}</td></tr></table>" if below else ""
    foot = f"<table width='760' align='center'><tr><td align='center'><font size='2'><a href='/about/'>关于我们</a> | <a href='/ad/'>广告服务</a> | <a href='/contact/'>联系方式</a><br>Copyright &copy; 2000-2005 {site} All Rights Reserved 版权所有</font></td></tr></table>"
    return top + where + row + rows + foot


def _photo_caption(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    gold = _short(paras, rng, 160)
    n = rng.randint(4, 6)
    caps = [c.rstrip("。！？") for c in text.prose(rng, n, key)]
    bad.extend(c[:20] for c in caps)
    thumbs = "".join(
        f"<td width='{100 // n}%' align='center' valign='top'><a href='/photo/{rng.randint(1000, 9999)}.htm'><img src='/photo/s{i}.jpg' width='100' height='75' border='0'></a><br><font size='2'>{c}</font></td>"
        for i, c in enumerate(caps)
    )
    main = (
        f"<table width='100%'><tr><td align='center'><font size='4'><b>{title}</b></font></td></tr>"
        f"<tr><td align='center'><font size='2' color='#666666'>{_date(rng)} 来源：{rng.choice(_SITES)}</font></td></tr>"
        f"<tr><td align='center'><img src='/photo/{rng.randint(100000, 999999)}.jpg' width='500' height='375' border='0' alt=''></td></tr>"
        f"<tr><td class='f14'>{gold[0]}</td></tr>"
        f"<tr><td align='center'><a href='#'>&lt;&lt;上一张</a> <a href='#'>下一张&gt;&gt;</a> <a href='#'>返回图片首页</a></td></tr>"
        f"<tr><td bgcolor='#EEEEEE'><b>相关图片</b></td></tr><tr><td><table width='100%'><tr>{thumbs}</tr></table></td></tr></table>"
    )
    side = _rank_list(rng, text.heads(rng, 8, title), "新闻排行")
    below = "<b>相关报道</b>" + _summaries(rng, text, key, text.heads(rng, rng.randint(4, 6), title), bad)
    return _shell(rng, rng.choice(_SITES), main, side, below), gold


def _brief_item(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    gold = _short(paras, rng)
    rel = "".join(
        f"<li><a href='{_href(rng)}'>{h}</a> <font size='1'>({_date(rng)[5:10]})</font></li>"
        for h in text.heads(rng, 5, title)
    )
    main = (
        f"<table width='100%' cellpadding='5'><tr><td align='center'><font size='4'><b>{title}</b></font></td></tr>"
        f"<tr><td align='center'><font size='2'>{_date(rng)}　{rng.choice(_SITES)}</font></td></tr>"
        f"<tr><td class='f14'><font style='font-size:14px'>　　{gold[0]}</font></td></tr>"
        f"<tr><td align='right'><font size='2'>【<a href='#'>发表评论</a>】【<a href='#'>推荐给朋友</a>】【<a href='#'>打印</a>】【<a href='#'>关闭</a>】</font></td></tr>"
        f"<tr><td><b>相关新闻</b><ul>{rel}</ul></td></tr></table>"
    )
    side = "<b>今日导读</b>" + _summaries(rng, text, key, text.heads(rng, rng.randint(6, 9), title), bad)
    return _shell(rng, rng.choice(_SITES), main, side), gold


def _video_intro(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    gold = _short(paras, rng)
    player = f"<object classid='clsid:6BF52A52-394A-11d3-B153-00C04F79FAA6' width='480' height='360'><param name='URL' value='mms://video.example.cn/{rng.randint(1000, 9999)}.wmv'><embed src='mms://video.example.cn/{rng.randint(1000, 9999)}.wmv' width='480' height='360'></embed></object>"
    vids = []
    for h in text.heads(rng, 6, title):
        s = text.prose(rng, 1, key)[0]
        bad.append(s[:20])
        vids.append(
            f"<td width='33%' valign='top'><a href='/v/{rng.randint(1000, 9999)}.htm'><img src='/v/{rng.randint(1, 99)}.jpg' width='120' height='90' border='0'><br>{h}</a><br><font size='2' color='#666666'>{s}</font></td>"
        )
    vtab = "<table width='100%'><tr>" + "".join(vids[:3]) + "</tr><tr>" + "".join(vids[3:]) + "</tr></table>"
    comments = []
    for _ in range(rng.randint(3, 6)):
        said = "".join(text.prose(rng, rng.randint(1, 2), key))
        bad.append(said[:20])
        who = f"{rng.choice(_PLACES)}网友" if rng.random() < 0.5 else _name(rng) + str(rng.randint(1, 999))
        comments.append(
            f"<tr><td bgcolor='#F0F0F0'><font size='2'>{who}　{_date(rng)}</font></td></tr><tr><td>{said}</td></tr>"
        )
    ctab = f"<table width='100%'><tr><td><b>网友评论</b>（共{len(comments)}条）</td></tr>{''.join(comments)}</table>"
    intro = f"<font color='#333333'>{gold[0]}</font>" if rng.random() < 0.5 else f"<p>{gold[0]}</p>"
    main = (
        f"<table width='100%'><tr><td><font size='4'><b>{title}</b></font></td></tr><tr><td align='center'>{player}</td></tr>"
        f"<tr><td><font size='2'>播放次数：{rng.randint(100, 99999)}　上传时间：{_date(rng)}</font></td></tr>"
        f"<tr><td class='f14'>{intro}</td></tr><tr><td bgcolor='#EEEEEE'><b>相关视频</b></td></tr><tr><td>{vtab}</td></tr><tr><td>{ctab}</td></tr></table>"
    )
    side = _rank_list(rng, text.heads(rng, 10, title), "视频排行")
    return _shell(rng, rng.choice(_SITES), main, side), gold


def _notice_short(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    body = _short(paras, rng, 220)
    unit = f"{rng.choice(_PLACES)}{rng.choice(_UNITS)}"
    day = f"二〇〇{'三四五六七八'[rng.randint(0, 5)]}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    gold = [*body, unit, day]
    about = text.prose(rng, rng.randint(4, 5), key)
    bad.extend(s[:20] for s in about)
    side = (
        f"<table width='100%'><tr><td bgcolor='#DDEEFF'><b>单位简介</b></td></tr><tr><td><font size='2'>{''.join(about)}</font></td></tr></table>"
        + _rank_list(rng, list(rng.sample(_NOTICES, 5)), "最新公告")
    )
    main = (
        f"<table width='100%' cellpadding='6'><tr><td align='center'><font size='4' color='#CC0000'><b>{title}</b></font></td></tr>"
        f"<tr><td align='center'><font size='2'>发布时间：{_date(rng)[:10]}　点击数：{rng.randint(10, 9999)}</font></td></tr>"
        f"<tr><td class='f14'>　　{body[0]}<br><br><div align='right'>{unit}<br>{day}</div></td></tr>"
        f"<tr><td align='center'><font size='2'>【<a href='javascript:window.print()'>打印本页</a>】【<a href='javascript:window.close()'>关闭窗口</a>】</font></td></tr></table>"
    )
    return _shell(rng, f"{rng.choice(_PLACES)}政务网", main, side), gold


def _schedule(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    intro = _short(paras, rng, 120)
    month = rng.randint(1, 12)
    days = rng.randint(2, 3)
    gold = list(intro)
    rows = []
    for d in range(days):
        head = f"{month}月{10 + d}日（星期{'一二三四五六日'[(d + rng.randint(0, 4)) % 7]}）"
        gold.append(head)
        rows.append(f"<tr><td colspan='4' bgcolor='#DDEEFF'><b>{head}</b></td></tr>")
        hour = rng.randint(8, 9)
        for ev in rng.sample(_EVENTS, rng.randint(4, 7)):
            span = f"{hour}:{rng.choice(('00', '30'))}-{hour + 1}:{rng.choice(('00', '30'))}"
            hour += rng.randint(1, 2)
            cells = [span, ev, rng.choice(_ROOMS), f"主持人：{_name(rng)}" if rng.random() < 0.6 else _name(rng)]
            gold.append(" ".join(cells))
            rows.append("<tr>" + "".join(f"<td><font size='2'>{c}</font></td>" for c in cells) + "</tr>")
    table = (
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' bordercolor='#999999'>"
        + "".join(rows)
        + "</table>"
    )
    prose = text.prose(rng, rng.randint(5, 7), key)
    bad.extend(s[:20] for s in prose)
    label = rng.choice(("会议简介", "相关新闻", "背景资料"))
    side = f"<table width='100%'><tr><td bgcolor='#DDEEFF'><b>{label}</b></td></tr><tr><td><font size='2'>{''.join(prose[:3])}</font></td></tr><tr><td><font size='2'>{''.join(prose[3:])}</font></td></tr></table>"
    main = (
        f"<table width='100%' cellpadding='4'><tr><td align='center'><font size='4'><b>{title}</b></font></td></tr>"
        f"<tr><td align='center'><font size='2'>{_date(rng)}　来源：{rng.choice(_SITES)}</font></td></tr>"
        f"<tr><td class='f14'>　　{intro[0]}</td></tr><tr><td>{table}</td></tr></table>"
    )
    return _shell(rng, rng.choice(_SITES), main, side), gold


def _name_list(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    intro = _short(paras, rng, 150)
    gold = list(intro)
    parts = []
    one_a_line = rng.random() < 0.5
    for grp in rng.sample(_GROUPS, rng.randint(3, 5)):
        gold.append(grp)
        items = [f"{_name(rng)}（{rng.choice(_PLACES)}{rng.choice(_SCHOOLS)}）" for _ in range(rng.randint(6, 20))]
        if one_a_line:
            gold.extend(items)
            parts.append(f"<br><b>{grp}</b><br>" + "<br>".join(items))
        else:
            lines = [items[i : i + 3] for i in range(0, len(items), 3)]
            gold.extend("　".join(x) for x in lines)
            parts.append(f"<br><b>{grp}</b><br>" + "<br>".join("　".join(x) for x in lines))
    unit = f"{rng.choice(_PLACES)}{rng.choice(_UNITS)}"
    day = f"{rng.randint(2003, 2008)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    tel = f"监督电话：0{rng.randint(10, 999)}-{rng.randint(1000000, 9999999)}"
    gold += [tel, unit, day]
    prose = text.prose(rng, rng.randint(5, 7), key)
    bad.extend(s[:20] for s in prose)
    side = f"<table width='100%'><tr><td bgcolor='#DDEEFF'><b>{rng.choice(('相关新闻', '活动介绍', '评选办法'))}</b></td></tr><tr><td><font size='2'>{''.join(prose)}</font></td></tr></table>"
    main = (
        f"<table width='100%' cellpadding='4'><tr><td align='center'><font size='4'><b>{title}</b></font></td></tr>"
        f"<tr><td align='center'><font size='2'>{_date(rng)[:10]}　点击：{rng.randint(10, 9999)}</font></td></tr>"
        f"<tr><td class='f14'>　　{intro[0]}{''.join(parts)}<br><br>{tel}<br><div align='right'>{unit}<br>{day}</div></td></tr></table>"
    )
    return _shell(rng, f"{rng.choice(_PLACES)}教育信息网", main, side), gold


BUILDERS: dict[str, Builder] = {
    "photo_caption": _photo_caption,
    "brief_item": _brief_item,
    "video_intro": _video_intro,
    "notice_short": _notice_short,
    "schedule": _schedule,
    "name_list": _name_list,
}


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, title, paras = rng.choice(text.articles)
    paras = [x for x in paras if "声明" not in x and "版权" not in x] or paras
    bad: list[str] = []
    body, gold = BUILDERS[kind](rng, text, key, title, list(paras), bad)
    html = _page(title + rng.choice(("", "_新闻中心", "-千龙网", "_搜狐新闻")), body, rng.choice(("gb2312", None)))
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
