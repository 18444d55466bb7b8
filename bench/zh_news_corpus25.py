"""Chinese portal pages where a tiny story sits in a heavy frame, or a long story is split over containers (issue #12, round 25).

    python bench/zh_news_corpus25.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_news_corpus25.py --score --cleaner-only   # cleaner alone
    python bench/zh_news_corpus25.py --list 20                # the worst tune pages
    python bench/zh_news_corpus25.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_news_corpus25.py --seed S --score         # fresh pages of the same layouts

Why: from aggregates only (``bench_extract.py --bins``), the cwced_zh and cleaneval_zh *check* halves lose most of
their F1 on two catastrophes no tune page shows: a tiny gold text with a page-sized output (5-20x and >= 20x the
gold), and a long gold with under half of it in the output. This generator builds both for generic reasons, written
from the author's picture of such pages (no shared page is copied). Half the kinds are short stories in heavy
frames, half long stories whose body is split:

- ``notice_modern``: a 通知 / 公告 of one to three sentences and its 落款 (unit, date) in a 2015-style div layout;
  beside it a 热点 list of headlines with one- or two-sentence summaries, under it 相关阅读 summaries and a footer
  of legal text (免责声明: long prose sentences);
- ``brief_old``: a 2006 table page (GBK bytes) holding a one- to three-sentence 简讯; under it a long 网友评论 list
  (user, place, time, one to three sentences each), beside it a 今日导读 column of headlines with summaries;
- ``photo_modern``: a photo article: a large image, a one- or two-sentence caption (the gold), a thumbnail strip
  (other galleries' titles, or a slideshow's one-sentence captions), 相关图集 summaries, a comment list;
- ``announce_trad``: a short announcement in Traditional characters (OpenCC ``s2t``), a modern layout with a
  延伸閱讀 box of summaries above the footer and a 熱門 list with summaries beside it;
- ``paged_body``: a long article whose paragraphs are split over two or three sibling or cousin containers
  (a 分页 part each, a pager "上一页 1 2 3 下一页" between them), modern divs or 2008 tables;
- ``mid_table``: a long article with a data table (or a numbered list of sentences) in the middle; in the table
  layout the second half of the text is a cell of another row;
- ``ad_break``: a long article interrupted by a 相关阅读 / 推荐 block of headlines with summaries (on half the pages
  five to eight of them, up to three sentences each: as long as a part of the text) and an ad box, the text
  continuing in a sibling container (some Traditional);
- ``two_column``: a long article set in two columns (two cells of one row, or two floated divs), a side column of
  prose summaries beside.

Text: as ``zh_portal_corpus``, the gold paragraphs of the tune pages of daniel_zh, cwced_zh and cleaneval_zh read at
run time (nothing of them is committed); short stories are the opening sentences of a tune article's first
paragraph; filler prose is sentences of other tune articles; names, units and chrome words are the generator's own.
Gold (CleanEval convention): the story's sentences, list lines and table rows (cells joined by a space), a notice's
落款; no title, byline, pager, side boxes, comments, footer. Snippets: the first and last gold line's openings must
appear; the side boxes', comments' and footer's sentences must not. A page's half is :func:`bench.halves.half` of
``zhnews25/<id>``.
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
from zh_portal_corpus import _PLACES, Text, _date, _href, _name, _norm, _url

SET = "zhnews25"
KINDS = (
    "notice_modern",
    "brief_old",
    "photo_modern",
    "announce_trad",
    "paged_body",
    "mid_table",
    "ad_break",
    "two_column",
)
PAGES_PER_KIND = 20
Builder = Callable[[random.Random, Text, str, str, list[str], list[str]], tuple[str, list[str]]]

_SENT = re.compile(r"[^。！？]*[。！？]")
_SITES = ("新华网", "中国新闻网", "东方网", "大众网", "红网", "北青网", "南方网", "华龙网", "荆楚网")
_UNITS = (
    "市教育局",
    "市人力资源和社会保障局",
    "市科技局",
    "区政府办公室",
    "市交通运输局",
    "市卫生健康委员会",
    "团市委",
    "市气象局",
)
_LEGAL = (
    "凡本网注明来源的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
    "如因作品内容、版权和其它问题需要同本网联系的，请在作品发表之日起三十日内进行，否则视为放弃相关权利。",
    "本网站所刊登的各种新闻、信息和各种专题专栏资料，均为本网站版权所有，未经协议授权，禁止下载使用。",
    "违法和不良信息举报电话及邮箱已在页面公布，举报受理后将在五个工作日内给予答复，感谢广大网友的监督。",
    "未成年人在使用网络服务时应当在监护人的指导下进行，本网站将依法保护未成年人的个人信息和合法权益。",
)
_ADS = ("<div class='ad'><a href='http://ad.example.cn/c?id={n}'><img src='/ad/{n}.jpg' width='300' height='250'></a></div>",
        "<table width='100%'><tr><td align='center'><script>show_ad({n});</script><iframe src='/ad/{n}.html' width='468' height='60' frameborder='0'></iframe></td></tr></table>")  # fmt: skip


def _short(paras: list[str], rng: random.Random, most: int = 220) -> str:
    """The first one to three sentences of the article's first paragraph (at most ``most`` characters)."""
    first = next((x for x in paras if len(x) >= 30), paras[0])
    sents = [x for x in _SENT.findall(first) if len(x.strip()) >= 15] or [first]
    out = "".join(sents[: rng.randint(1, 3)])
    if len(out) > most:
        out = sents[0]
    if len(out) > most:
        cut = out.rfind("，", 0, most)
        out = out[: cut if cut > 20 else most] + "。"
    return out.strip()


def _summaries(rng: random.Random, text: Text, key: str, n: int, bad: list[str], modern: bool, most: int = 2) -> str:
    """``n`` headlines with one to ``most`` sentences of summary each."""
    items = []
    for h in text.heads(rng, n, ""):
        s = "".join(text.prose(rng, rng.randint(1, most), key))
        bad.append(s[:20])
        if modern:
            items.append(f'<li><h4><a href="{_href(rng)}">{h}</a></h4><p>{s}</p></li>')
        else:
            items.append(
                f"<tr><td><a href='{_href(rng)}' target='_blank'><b>{h}</b></a><br><font color='#666666'>{s}</font></td></tr>"
            )
    if modern:
        return "<ul class='list'>" + "".join(items) + "</ul>"
    return "<table width='100%' cellpadding='3'>" + "".join(items) + "</table>"


def _comments(rng: random.Random, text: Text, key: str, bad: list[str], modern: bool) -> str:
    rows = []
    for _ in range(rng.randint(8, 16)):
        said = "".join(text.prose(rng, rng.randint(1, 3), key))
        bad.append(said[:20])
        who = f"{rng.choice(_PLACES)}网友" if rng.random() < 0.5 else _name(rng) + str(rng.randint(1, 999))
        if modern:
            rows.append(
                f'<div class="item"><div class="u">{who} <span>{_date(rng)}</span></div><p>{said}</p><div class="op"><a href="#">顶({rng.randint(0, 999)})</a> <a href="#">回复</a></div></div>'
            )
        else:
            rows.append(
                f"<tr><td bgcolor='#F3F3F3'><font size='2'>{who}　发表于 {_date(rng)}</font></td></tr><tr><td>{said}</td></tr>"
            )
    head = f"网友评论（共{rng.randint(20, 3000)}条）"
    if modern:
        return f'<div class="box"><h3>{head}</h3>{"".join(rows)}<a href="#">查看更多评论</a></div>'
    return f"<table width='100%'><tr><td><b>{head}</b></td></tr>{''.join(rows)}</table>"


def _legal(rng: random.Random, bad: list[str]) -> str:
    lines = rng.sample(_LEGAL, rng.randint(2, 4))
    bad.extend(x[:20] for x in lines)
    return "".join(f"<p>{x}</p>" for x in lines)


def _modern(rng: random.Random, site: str, main: str, side: str, below: str, legal: str) -> str:
    nav = (
        '<div class="nav">'
        + " ".join(
            f'<a href="/{i}/">{w}</a>'
            for i, w in enumerate("首页 时政 国际 社会 财经 科技 教育 健康 图片 视频".split())
        )
        + "</div>"
    )
    crumb = f'<div class="crumb"><a href="/">{site}</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>'
    foot = f'<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/law/">法律声明</a></p>{legal}<p>Copyright © 20{rng.randint(10, 24)} {site} 版权所有</p></div>'
    return f'<div class="header"><a href="/"><img src="/logo.png" alt="{site}"></a>{nav}</div>{crumb}<div class="wrap"><div class="main">{main}</div><div class="side">{side}</div></div><div class="wrap">{below}</div>{foot}'


def _old(rng: random.Random, site: str, main: str, side: str, below: str, legal: str) -> str:
    chans = " | ".join(
        f"<a href='/{i}/'>{w}</a>" for i, w in enumerate("首页 新闻 体育 娱乐 财经 汽车 房产 论坛".split())
    )
    top = f"<table width='778' align='center'><tr><td><img src='/images/logo.gif'></td><td align='right'>{_date(rng)[:10]}</td></tr><tr><td colspan='2' bgcolor='#0055AA'>{chans}</td></tr></table>"
    row = f"<table width='778' align='center' cellspacing='0'><tr><td width='570' valign='top'>{main}</td><td width='8'></td><td width='200' valign='top' bgcolor='#F5F5F5'>{side}</td></tr></table>"
    rows = f"<table width='778' align='center'><tr><td>{below}</td></tr></table>" if below else ""
    foot = f"<table width='778' align='center'><tr><td align='center'><font size='2'><a href='/about/'>关于本站</a> | <a href='/ad/'>广告服务</a>{legal}Copyright &copy; 2003-2008 {site}</font></td></tr></table>"
    return top + row + rows + foot


def _head(title: str, rng: random.Random, modern: bool) -> str:
    meta = f"{_date(rng)[:16]}　来源：{rng.choice(_SITES)}　作者：{_name(rng)}"
    if modern:
        return f'<h1>{title}</h1><div class="info">{meta} <a href="#">字号：大 中 小</a></div>'
    return f"<tr><td align='center'><font size='4'><b>{title}</b></font></td></tr><tr><td align='center'><font size='2'>{meta}</font></td></tr>"


def _side(rng: random.Random, text: Text, key: str, bad: list[str], modern: bool, label: str) -> str:
    box = _summaries(rng, text, key, rng.randint(5, 8), bad, modern)
    return f'<div class="box"><h3>{label}</h3>{box}</div>' if modern else f"<b>{label}</b>{box}"


# --- short stories in heavy frames ------------------------------------------------------------------------------------


def _notice_modern(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    unit = f"{rng.choice(_PLACES)}{rng.choice(_UNITS)}"
    day = f"{rng.randint(2012, 2024)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
    body = _short(paras, rng)
    gold = [body, unit, day]
    sign = (
        f'<p style="text-align:right">{unit}</p><p style="text-align:right">{day}</p>'
        if rng.random() < 0.5
        else f'<div class="sign">{unit}<br>{day}</div>'
    )
    main = f'<div class="article">{_head(title, rng, True)}<div class="con"><p>　　{body}</p>{sign}</div><div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a></div><div class="editor">责任编辑：{_name(rng)}</div></div>'
    below = f'<div class="box"><h3>相关阅读</h3>{_summaries(rng, text, key, rng.randint(4, 7), bad, True)}</div>'
    return _modern(
        rng, rng.choice(_SITES), main, _side(rng, text, key, bad, True, "热点推荐"), below, _legal(rng, bad)
    ), gold


def _brief_old(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    body = _short(paras, rng)
    cell = (
        f"<font style='font-size:14px;line-height:160%'>　　{body}</font>" if rng.random() < 0.5 else f"<p>{body}</p>"
    )
    main = (
        f"<table width='100%' cellpadding='4'>{_head(title, rng, False)}<tr><td class='f14'>{cell}</td></tr>"
        f"<tr><td align='right'><font size='2'>【<a href='#'>我要评论</a>】【<a href='#'>打印</a>】【<a href='#'>关闭</a>】</font></td></tr>"
        f"<tr><td>{_comments(rng, text, key, bad, False)}</td></tr></table>"
    )
    return _old(rng, rng.choice(_SITES), main, _side(rng, text, key, bad, False, "今日导读"), "", _legal(rng, bad)), [
        body
    ]


def _photo_modern(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    body = _short(paras, rng, 160)
    n = rng.randint(4, 6)  # other galleries' titles, or (a slideshow's strip) each photo's own caption
    caps = text.heads(rng, n, title) if rng.random() < 0.5 else [c.rstrip("。！？") for c in text.prose(rng, n, key)]
    bad.extend(c[:20] for c in caps)
    thumbs = "".join(
        f'<li><a href="/pic/{rng.randint(1000, 9999)}.html"><img src="/pic/s{i}.jpg"></a><p>{c}</p></li>'
        for i, c in enumerate(caps)
    )
    cap = (
        f'<p class="pic-text">{body}</p>'
        if rng.random() < 0.5
        else f'<div class="desc"><span>1/{len(caps) + 1}</span>{body}</div>'
    )
    main = f'<div class="photo">{_head(title, rng, True)}<div class="big"><img src="/pic/{rng.randint(100000, 999999)}.jpg"></div>{cap}<div class="pn"><a href="#">上一张</a> <a href="#">下一张</a></div><ul class="thumbs">{thumbs}</ul></div>'
    below = f'<div class="box"><h3>相关图集</h3>{_summaries(rng, text, key, rng.randint(4, 6), bad, True, 1)}</div>{_comments(rng, text, key, bad, True)}'
    return _modern(
        rng, rng.choice(_SITES), main, _side(rng, text, key, bad, True, "图片排行"), below, _legal(rng, bad)
    ), [body]


def _announce_trad(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    body = _short(paras, rng)
    main = f'<div class="article">{_head(title, rng, True)}<div class="content"><p>{body}</p></div><div class="tags">標籤：<a href="#">公告</a></div></div>'
    below = f'<div class="box"><h3>延伸閱讀</h3>{_summaries(rng, text, key, rng.randint(5, 8), bad, True)}</div>'
    if rng.random() < 0.5:
        below += _comments(rng, text, key, bad, True)
    return _modern(
        rng,
        rng.choice(("中時新聞網", "聯合新聞網", "自由時報", "東森新聞")),
        main,
        _side(rng, text, key, bad, True, "熱門新聞"),
        below,
        _legal(rng, bad),
    ), [body]


# --- long stories split over containers -------------------------------------------------------------------------------


def _parts(paras: list[str], n: int, rng: random.Random) -> list[list[str]]:
    cuts = sorted(rng.sample(range(1, len(paras)), n - 1))
    return [paras[a:b] for a, b in zip([0, *cuts], [*cuts, len(paras)], strict=True)]


def _ps(paras: list[str], modern: bool) -> str:
    return "".join(f"<p>{x}</p>" if modern or i % 2 else f"　　{x}<br><br>" for i, x in enumerate(paras))


def _pager(rng: random.Random, n: int, k: int) -> str:
    nums = " ".join(f'<a href="/news/p_{i}.html">{i}</a>' if i != k else f"<b>{i}</b>" for i in range(1, n + 1))
    return f'<div class="pager"><a href="#">上一页</a> {nums} <a href="#">下一页</a></div>'


def _paged_body(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    modern = rng.random() < 0.5
    n = min(rng.randint(2, 3), len(paras))  # a two-paragraph text has two pages at most (was a crash on some seeds)
    parts = _parts(paras, n, rng)
    if modern:
        if rng.random() < 0.5:  # siblings
            inner = "".join(
                f'<div class="page-con" id="p{i}">{_ps(p, True)}</div>{_pager(rng, n, i + 1)}'
                for i, p in enumerate(parts)
            )
        else:  # cousins: each part in its own section wrapper
            inner = "".join(
                f'<div class="section"><div class="txt">{_ps(p, True)}</div>{_pager(rng, n, i + 1)}</div>'
                for i, p in enumerate(parts)
            )
        main = f'<div class="article">{_head(title, rng, True)}{inner}</div>'
        below = f'<div class="box"><h3>相关新闻</h3>{_summaries(rng, text, key, rng.randint(4, 6), bad, True, 1)}</div>'
        return _modern(
            rng, rng.choice(_SITES), main, _side(rng, text, key, bad, True, "排行榜"), below, _legal(rng, bad)
        ), paras
    rows = "".join(
        f"<tr><td class='f14'>{_ps(p, False)}</td></tr><tr><td align='center'>{_pager(rng, n, i + 1)}</td></tr>"
        for i, p in enumerate(parts)
    )
    main = f"<table width='100%' cellpadding='4'>{_head(title, rng, False)}{rows}</table>"
    return _old(rng, rng.choice(_SITES), main, _side(rng, text, key, bad, False, "相关报道"), "", ""), paras


def _mid_table(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    modern = rng.random() < 0.5
    a, b = _parts(paras, 2, rng)
    if rng.random() < 0.5:
        rows = [
            [f"{rng.choice(_PLACES)}", f"{rng.randint(100, 9999)}", f"{rng.uniform(-20, 30):.1f}%"]
            for _ in range(rng.randint(4, 9))
        ]
        hdr = ["地区", rng.choice(("数量（万元）", "人数", "产值（亿元）")), "同比增长"]
        mid = [" ".join(hdr), *(" ".join(r) for r in rows)]
        block = (
            "<table border='1' cellspacing='0' cellpadding='3' width='90%' align='center'>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in [hdr, *rows])
            + "</table>"
        )
    else:
        items = [f"{'一二三四五六'[i]}是{s}" for i, s in enumerate(text.prose(rng, rng.randint(3, 6), ""))]
        mid = items
        block = (
            "<ol>" + "".join(f"<li>{x}</li>" for x in items) + "</ol>" if modern else "".join(f"{x}<br>" for x in items)
        )
    gold = [*a, *mid, *b]
    if modern:
        main = f'<div class="article">{_head(title, rng, True)}<div class="con">{_ps(a, True)}</div><div class="tbl">{block}</div><div class="con">{_ps(b, True)}</div></div>'
        below = f'<div class="box"><h3>相关阅读</h3>{_summaries(rng, text, key, rng.randint(4, 6), bad, True)}</div>'
        return _modern(
            rng, rng.choice(_SITES), main, _side(rng, text, key, bad, True, "热点"), below, _legal(rng, bad)
        ), gold
    main = f"<table width='100%' cellpadding='4'>{_head(title, rng, False)}<tr><td class='f14'>{_ps(a, False)}{block}</td></tr><tr><td class='f14'>{_ps(b, False)}</td></tr></table>"
    return _old(rng, rng.choice(_SITES), main, _side(rng, text, key, bad, False, "相关新闻"), "", ""), gold


def _ad_break(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    modern = rng.random() < 0.6
    a, b = _parts(paras, 2, rng)
    heavy = rng.random() < 0.5  # a box of summaries as long as a part of the text, or a short one
    rel = _summaries(rng, text, key, rng.randint(5, 8) if heavy else rng.randint(3, 5), bad, modern, 3 if heavy else 1)
    ad = rng.choice(_ADS).format(n=rng.randint(100, 999))
    label = rng.choice(("相关阅读", "推荐阅读", "延伸阅读"))
    if modern:
        main = f'<div class="article">{_head(title, rng, True)}<div class="txt">{_ps(a, True)}</div><div class="rel"><h4>{label}</h4>{rel}</div>{ad}<div class="txt">{_ps(b, True)}</div><div class="editor">（责任编辑：{_name(rng)}）</div></div>'
        below = f'<div class="box"><h3>更多新闻</h3>{_summaries(rng, text, key, rng.randint(4, 6), bad, True)}</div>'
        return _modern(
            rng, rng.choice(_SITES), main, _side(rng, text, key, bad, True, "热门"), below, _legal(rng, bad)
        ), paras
    main = f"<table width='100%' cellpadding='4'>{_head(title, rng, False)}<tr><td class='f14'>{_ps(a, False)}</td></tr><tr><td><b>{label}</b>{rel}{ad}</td></tr><tr><td class='f14'>{_ps(b, False)}</td></tr></table>"
    return _old(rng, rng.choice(_SITES), main, _side(rng, text, key, bad, False, "今日推荐"), "", ""), paras


def _two_column(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    modern = rng.random() < 0.5
    a, b = _parts(paras, 2, rng)
    if modern:
        cols = f'<div class="cols"><div class="col" style="float:left;width:48%">{_ps(a, True)}</div><div class="col" style="float:right;width:48%">{_ps(b, True)}</div></div>'
        main = f'<div class="article">{_head(title, rng, True)}{cols}</div>'
        return _modern(
            rng, rng.choice(_SITES), main, _side(rng, text, key, bad, True, "要闻"), "", _legal(rng, bad)
        ), paras
    cols = f"<table width='100%' cellpadding='6'><tr><td width='50%' valign='top' class='f14'>{_ps(a, False)}</td><td width='50%' valign='top' class='f14'>{_ps(b, False)}</td></tr></table>"
    main = f"<table width='100%' cellpadding='4'>{_head(title, rng, False)}<tr><td>{cols}</td></tr></table>"
    return _old(
        rng, rng.choice(_SITES), main, _side(rng, text, key, bad, False, "要闻导读"), "", _legal(rng, bad)
    ), paras


BUILDERS: dict[str, Builder] = {
    "notice_modern": _notice_modern,
    "brief_old": _brief_old,
    "photo_modern": _photo_modern,
    "announce_trad": _announce_trad,
    "paged_body": _paged_body,
    "mid_table": _mid_table,
    "ad_break": _ad_break,
    "two_column": _two_column,
}
_TRAD = {"announce_trad": 1.0, "ad_break": 0.3, "paged_body": 0.2}


def build_page(kind: str, index: int, text: Text, seed: str, s2t: Callable[[str], str]) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, title, paras = rng.choice(text.articles)
    paras = [x for x in paras if "声明" not in x and "版权" not in x] or paras
    bad: list[str] = []
    body, gold = BUILDERS[kind](rng, text, key, title, list(paras), bad)
    full = f"<html><head><title>{title}_{rng.choice(_SITES)}</title></head><body>{body}</body></html>"
    text_gold = "\n".join(gold)
    if rng.random() < _TRAD.get(kind, 0.0):
        full, text_gold, bad = s2t(full), s2t(text_gold), [s2t(b) for b in bad]
    html: str | bytes = full
    if "<table width='778'" in full and rng.random() < 0.7:  # old layouts: GBK bytes, half with a charset meta
        meta = "<meta http-equiv='Content-Type' content='text/html; charset=gb2312'>" if rng.random() < 0.5 else ""
        html = full.replace("<head>", "<head>" + meta, 1).encode("gbk", errors="xmlcharrefreplace")
    else:
        html = full.replace("<head>", "<head><meta charset='utf-8'>", 1)
    lines = text_gold.splitlines()
    must = [_norm(lines[0])[:12], _norm(lines[-1])[:12]]
    bad = [b for b in bad if b and _norm(b) not in _norm(text_gold)]
    return GenPage(SET, pid, kind, html, text_gold, must, bad, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    import opencc

    s2t = opencc.OpenCC("s2t").convert
    text = Text.load(data)
    return [build_page(kind, i, text, seed, s2t) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=15, id_width=22, snippet_chars=20, shown=_shown21)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
