"""Chinese news-portal pages in layouts the bench sets rarely have, around the Chinese sets' tune gold texts.

    python bench/zh_portal_corpus.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_portal_corpus.py --score --cleaner-only   # cleaner alone (quick)
    python bench/zh_portal_corpus.py --list 20                # the worst tune pages and what leaked / went missing
    python bench/zh_portal_corpus.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_portal_corpus.py --seed S --score         # fresh pages of the same layouts (halves still apply)

Issue #12: on ~200 unseen Chinese portal pages the failures were a wrong block, the whole page as the block,
split bodies (finance portals; recipe pages: intro, table, steps), Traditional Chinese (Big5 / HK / TW)
portals and tail rules in the wrong place. ``bench/perturb.py`` changes the layout *around* the bench pages'
article element; this generator writes whole pages of its own, one layout a *kind* (``KINDS``):

- ``finance_split``: a finance portal: the article in two or three sibling containers (``<div>``s of one
  class, or a ``<div>`` and a table cell) with a quote table of the stocks it names ("相关股票") and a pager
  between them, a disclaimer, a "相关新闻" list and a market sidebar;
- ``recipe``: a recipe / how-to page: an intro paragraph, an ingredients table (name, amount), numbered steps
  (each a sentence of prose) and tips, each part in its own sibling container with its own heading, a
  "猜你喜欢" grid of other recipes and a comment count;
- ``sections``: a long article split into sections, each its own ``<div>`` with an ``<h2>`` subheading (一、 …),
  an advertisement box between two of them;
- ``tw_related_above``: a Taiwanese portal in Traditional characters (UTF-8): a "延伸閱讀" box and a "熱門新聞"
  ranking *above* the body, a 「記者…／台北報導」 byline, Facebook-like share bar;
- ``hk_big5``: a Hong Kong portal in Traditional characters encoded in Big5-HKSCS (bytes; half the pages
  declare ``charset=big5`` in a ``<meta>``, half declare nothing), 2005-style tables, ``<br><br>`` paragraphs,
  a "相關新聞" list under the body;
- ``comments_long``: a short-to-medium article followed by a long reader comment section (12-20 comments of 1-3
  sentences of other articles, each with a user, a place, a time, 支持 / 反对 / 回复 counts);
- ``gallery``: a photo story: 1-3 paragraphs and a slideshow of 6-10 photos, each with a one-line caption and a
  "n/N" counter, thumbnails, 上一张 / 下一张;
- ``short_related``: a one- or two-paragraph story with a long "相关新闻" list under it, each a headline and a
  one-sentence summary (a prose-looking block longer than the story).

Article text: the gold paragraphs of the *tune* pages of daniel_zh, cwced_zh and cleaneval_zh (articles), read
at run time from ``--data`` (nothing of it is committed). Filler prose (comments, summaries, captions) is
sentences of *other* tune articles; headlines are tune pages' titles; the names, numbers and fixed words of the
chrome are the generator's own. Traditional pages are converted with OpenCC ``s2t`` (page and gold alike).

Gold: the article's paragraphs (for ``recipe``: intro, ingredient lines, steps, tips; for ``sections``: the
subheadings too); no title, byline, caption or chrome. Score: token F1 against it, the snippet rule (the first
and the last paragraph's opening must appear; no must-not snippet may: inserted headlines, summaries, comments,
captions, the disclaimer), leak rate and empty outputs. A page's half is :func:`bench.halves.half` of
``zhportal/<id>``; ``--list`` and ``--dump`` show tune pages only.
"""

# ruff: noqa: E501  (markup is long literal lines)
from __future__ import annotations

import html as htmlmod
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing
sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_score
from bench_extract import load_set
from gen_score import GenPage, Result, Scoring, TextPool
from halves import TUNE

SET = "zhportal"
SOURCES = ("daniel_zh", "cwced_zh", "cleaneval_zh")
KINDS = (
    "finance_split",
    "recipe",
    "sections",
    "tw_related_above",
    "hk_big5",
    "comments_long",
    "gallery",
    "short_related",
)
PAGES_PER_KIND = 30

_PROSE_END = re.compile(r"[。！？”」]$")
_SENT = re.compile(r"[^。！？\n]{12,80}[。！？]")
_TITLE_SPLIT = re.compile(r"\s*[_|｜\-—]\s*|\s{2,}")

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许邓冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢傅钟姜崔谭廖范汪陆金石戴贾韦夏邱方侯邹熊孟秦白江阎薛尹段雷黎史龙陶贺顾毛郝龚邵万钱严赖覃洪武莫孔"
_GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉文斌宇浩凯健俊帆帅旭宁龙林欣"
_PLACES = (
    "北京",
    "上海",
    "广东",
    "浙江",
    "江苏",
    "四川",
    "湖北",
    "山东",
    "河南",
    "福建",
    "辽宁",
    "陕西",
    "重庆",
    "天津",
)
_STOCKS = (
    "中国平安",
    "招商银行",
    "贵州茅台",
    "万科A",
    "中信证券",
    "工商银行",
    "格力电器",
    "五粮液",
    "比亚迪",
    "中国石油",
)
_FOODS = (
    ("鸡蛋", "2个"),
    ("面粉", "200克"),
    ("白糖", "30克"),
    ("牛奶", "150毫升"),
    ("猪肉", "300克"),
    ("生抽", "1汤匙"),
    ("老抽", "半汤匙"),
    ("料酒", "1汤匙"),
    ("姜", "3片"),
    ("葱", "2根"),
    ("大蒜", "4瓣"),
    ("盐", "适量"),
    ("食用油", "适量"),
    ("土豆", "2个"),
    ("青椒", "1个"),
    ("番茄", "3个"),
    ("豆腐", "1块"),
    ("淀粉", "10克"),
)
_DISH = (
    "红烧肉",
    "番茄炒蛋",
    "麻婆豆腐",
    "土豆烧牛肉",
    "葱油饼",
    "蛋挞",
    "可乐鸡翅",
    "酸辣土豆丝",
    "鱼香肉丝",
    "糖醋排骨",
)


# --- text -----------------------------------------------------------------------------------------------------------


@dataclass
class Text(TextPool):
    """Tune articles (title, paragraphs), headlines and sentences of the Chinese sets."""

    @classmethod
    def load(cls, data: Path) -> Text:
        arts: list[tuple[str, str, list[str]]] = []
        heads: list[str] = []
        sents: list[tuple[str, str]] = []
        seen: set[str] = set()
        for name in SOURCES:
            for p in load_set(data, name, None, (TUNE,)):
                if p.page_type != "article":
                    continue
                key = f"{name}/{p.id}"
                m = re.search(r"<title[^>]*>([^<]{4,})</title>", p.html, re.I)
                title = _TITLE_SPLIT.split(htmlmod.unescape(m.group(1)).strip())[0].strip() if m else ""
                if not 6 <= len(title) <= 40:
                    title = ""
                paras = [
                    x.strip() for x in p.gold.splitlines() if len(x.strip()) >= 30 and _PROSE_END.search(x.strip())
                ]
                sig = "".join(paras[:2])[:60]
                if sig in seen:  # cwced_zh and cleaneval_zh share pages: one article once
                    continue
                seen.add(sig)
                if title:
                    heads.append(title)
                if title and len(paras) >= 3:
                    arts.append((key, title, paras[:14]))
                for s in _SENT.findall(p.gold):
                    sents.append((key, s.strip()))
        return cls(arts, heads, sents)


# --- markup pieces --------------------------------------------------------------------------------------------------


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.randint(1, 2)))


def _date(rng: random.Random) -> str:
    return f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def _href(rng: random.Random, stem: str = "news") -> str:
    return f"/{stem}/{rng.randint(2010, 2024)}/{rng.randint(100000, 999999)}.shtml"


def _paras(paras: list[str], tag: str = "p") -> str:
    return "".join(f"<{tag}>{x}</{tag}>" for x in paras)


def _nav(rng: random.Random, words: str) -> str:
    return '<div class="nav">' + " | ".join(f'<a href="/{i}/">{w}</a>' for i, w in enumerate(words.split())) + "</div>"


def _head_list(rng: random.Random, heads: list[str], cls: str, label: str, dates: bool = True) -> str:
    items = "".join(
        f'<li><a href="{_href(rng)}">{h}</a>' + (f" <span>{_date(rng)[5:10]}</span>" if dates else "") + "</li>"
        for h in heads
    )
    return f'<div class="{cls}"><h3>{label}</h3><ul>{items}</ul></div>'


def _footer(rng: random.Random, site: str) -> str:
    return (
        f'<div class="footer"><p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/ad/">广告服务</a>'
        f' | <a href="/jobs/">招聘信息</a></p><p>Copyright © 2003-20{rng.randint(12, 24)} {site} 版权所有 京ICP证{rng.randint(10000, 99999)}号</p></div>'
    )


def _page(title: str, body: str, charset: str | None = "utf-8") -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>{body}</body></html>"


def _share(rng: random.Random) -> str:
    return '<div class="share">分享到：<a href="#">微博</a> <a href="#">微信</a> <a href="#">QQ空间</a> <a href="#">复制链接</a></div>'


# --- kinds ----------------------------------------------------------------------------------------------------------


def _finance_split(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    cut = sorted(rng.sample(range(1, len(paras)), min(2, len(paras) - 1)))
    parts = [paras[: cut[0]]] + ([paras[cut[0] : cut[1]], paras[cut[1] :]] if len(cut) > 1 else [paras[cut[0] :]])
    parts = [p for p in parts if p]
    stocks = rng.sample(_STOCKS, 3)
    quote = (
        '<div class="stock-box"><h4>相关股票</h4><table><tr><th>名称</th><th>最新价</th><th>涨跌幅</th><th>成交额</th></tr>'
        + "".join(
            f"<tr><td><a href='/q/{rng.randint(600000, 603999)}'>{s}</a></td><td>{rng.uniform(3, 200):.2f}</td><td>{rng.uniform(-9, 9):+.2f}%</td><td>{rng.randint(1, 90)}亿</td></tr>"
            for s in stocks
        )
        + "</table></div>"
    )
    disclaimer = "免责声明：本文仅代表作者个人观点，与本网无关。其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。"
    bad.append(disclaimer[:30])
    rel = text.heads(rng, 6, title)
    bad.extend(rel[:2])
    side = text.heads(rng, 8, title)
    bad.extend(side[:2])
    style = rng.randrange(3)
    blocks: list[str] = []
    for i, part in enumerate(parts):
        if style == 0:
            blocks.append(f'<div class="article-content">{_paras(part)}</div>')
        elif style == 1:
            blocks.append(
                f'<div class="art_p{i + 1}">{_paras(part)}</div>'
                if i != 1
                else f'<table class="art_tab"><tr><td>{_paras(part)}</td></tr></table>'
            )
        else:
            blocks.append(f"<div>{_paras(part)}</div>")
        if i == 0:
            blocks.append(quote)
        elif i < len(parts) - 1:
            blocks.append(f'<div class="adv"><a href="/ad/{rng.randint(1, 99)}"><img src="/ad.gif"></a></div>')
    pager = '<div class="pager"><a href="#">上一页</a> <a href="#">1</a> <a href="#">2</a> <a href="#">下一页</a></div>'
    main = (
        f'<div class="main"><h1>{title}</h1><div class="info">{_date(rng)} 来源：{rng.choice(("证券时报", "中国证券报", "上海证券报", "每日经济新闻"))} 作者：{_name(rng)}</div>'
        + "".join(blocks)
        + (pager if rng.random() < 0.5 else "")
        + f'<p class="disclaimer">{disclaimer}</p><div class="editor">（责任编辑：{_name(rng)}）</div>'
        + _share(rng)
        + _head_list(rng, rel, "related", "相关新闻")
        + "</div>"
    )
    sidebar = (
        '<div class="side">'
        + _head_list(rng, side, "hot", "财经排行", dates=False)
        + (
            '<div class="market"><h3>大盘行情</h3><p>上证指数 3,0'
            + str(rng.randint(10, 99))
            + ".12 +0.35%</p><p>深证成指 9,8"
            + str(rng.randint(10, 99))
            + ".45 -0.12%</p></div></div>"
        )
    )
    body = (
        _nav(rng, "首页 财经 股票 基金 理财 期货 外汇 债券 保险")
        + (main + sidebar if rng.random() < 0.7 else sidebar + main)
        + _footer(rng, "财经网")
    )
    return body, paras


def _recipe(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    dish = rng.choice(_DISH)
    intro = paras[:1]
    steps = text.prose(rng, rng.randint(4, 7), "")
    steps = [s for s in steps]
    foods = rng.sample(_FOODS, rng.randint(5, 9))
    tips = paras[1:2]
    others = rng.sample([d for d in _DISH if d != dish], 6)
    bad.extend(f"{o}的做法" for o in others[:2])
    ingr_rows = "".join(f"<tr><td>{n}</td><td>{a}</td></tr>" for n, a in foods)
    step_html = "".join(
        f'<li><div class="step-img"><img src="/s{i}.jpg"></div><div class="step-text"><span class="num">{i + 1}</span><p>{s}</p></div></li>'
        for i, s in enumerate(steps)
    )
    head = f'<div class="recipe-head"><h1>{dish}的做法</h1><div class="stat">{rng.randint(100, 9999)}人做过 · {rng.randint(10, 999)}收藏</div><div class="author">菜谱作者：<a href="/u/{rng.randint(1, 9999)}">{_name(rng)}</a></div></div>'
    parts = [
        f'<div class="intro">{_paras(intro)}</div>',
        f'<div class="ings"><h2>用料</h2><table>{ingr_rows}</table></div>',
        f'<div class="steps"><h2>{dish}的做法步骤</h2><ol>{step_html}</ol></div>',
        f'<div class="tips"><h2>小贴士</h2>{_paras(tips)}</div>',
    ]
    grid = (
        '<div class="also"><h3>猜你喜欢</h3><ul>'
        + "".join(
            f'<li><a href="/r/{rng.randint(1, 99999)}"><img src="/t.jpg"><p>{o}的做法</p><span>{rng.randint(10, 999)}人做过</span></a></li>'
            for o in others
        )
        + "</ul></div>"
    )
    comments = f'<div class="cmt"><h3>作品动态（{rng.randint(3, 99)}）</h3><a href="#">上传我做的{dish}</a></div>'
    body = (
        _nav(rng, "首页 菜谱 菜单 作品动态 厨房问答 美食专题 登录 注册")
        + f'<div class="wrap">{head}{"".join(parts)}{comments}{grid}</div>'
        + _footer(rng, "美食天下")
    )
    gold = intro + [f"{n} {a}" for n, a in foods] + steps + tips
    return body, gold


def _sections(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    nums = "一二三四五六七八"
    n = min(len(paras) // 2, rng.randint(2, 4)) or 1
    size = max(1, len(paras) // n)
    chunks = [paras[i * size : (i + 1) * size] if i < n - 1 else paras[i * size :] for i in range(n)]
    subs = [f"{nums[i]}、{h[:14]}" for i, h in enumerate(text.heads(rng, n, title))]
    rel = text.heads(rng, 5, title)
    bad.extend(rel[:2])
    blocks = []
    for i, (s, c) in enumerate(zip(subs, chunks, strict=True)):
        blocks.append(f'<div class="section"><h2>{s}</h2>{_paras(c)}</div>')
        if i == 0 and n > 1:
            blocks.append(
                f'<div class="ad-box"><span>广告</span><a href="/ad/{rng.randint(1, 99)}">{rng.choice(("点击领取新人红包", "限时优惠 立即下载APP"))}</a></div>'
            )
    main = f'<div class="article"><h1>{title}</h1><p class="meta">{_date(rng)} 来源：{rng.choice(("新华网", "人民网", "中国新闻网"))}</p>{"".join(blocks)}<p class="editor">责任编辑：{_name(rng)}</p></div>'
    body = (
        _nav(rng, "首页 新闻 国内 国际 社会 评论 专题")
        + main
        + _head_list(rng, rel, "related", "相关阅读")
        + _footer(rng, "新闻网")
    )
    gold = [x for s, c in zip(subs, chunks, strict=True) for x in [s, *c]]
    return body, gold


def _tw_related_above(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    rel = text.heads(rng, 5, title)
    hot = text.heads(rng, 8, title)
    bad.extend(rel[:2] + hot[:2])
    byline = f"記者{_name(rng)}／{rng.choice(('台北', '台中', '高雄', '新北'))}報導"
    above = (
        _head_list(rng, rel, "extend", "延伸閱讀", dates=False)
        + '<div class="rank"><h3>熱門新聞</h3><ol>'
        + "".join(f'<li><a href="{_href(rng)}">{h}</a></li>' for h in hot)
        + "</ol></div>"
    )
    story = f'<div class="story"><p class="byline">{byline}</p>{_paras(paras)}<p class="tags">#{" #".join(title[:4] for _ in range(1))}</p></div>'
    fb = '<div class="fb-bar"><a href="#">讚</a> <a href="#">分享</a> <a href="#">留言</a> 加入LINE好友</div>'
    main = f'<div class="content"><h1>{title}</h1><div class="date">{_date(rng)}</div>{fb}{above}{story}{fb}</div>'
    body = _nav(rng, "首頁 即時 政治 社會 國際 財經 娛樂 運動 生活") + main + _footer(rng, "新聞網")
    return body, paras


def _hk_big5(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    rel = text.heads(rng, 6, title)
    bad.extend(rel[:2])
    nav = (
        '<table width="100%"><tr>'
        + "".join(
            f'<td><a href="/{i}/"><font size="2">{w}</font></a></td>'
            for i, w in enumerate("港聞 中國 國際 財經 體育 娛樂 副刊 社評".split())
        )
        + "</tr></table>"
    )
    story = "<br><br>".join(paras)
    related = (
        "<table><tr><td><b>相關新聞</b></td></tr>"
        + "".join(f'<tr><td>‧<a href="{_href(rng)}">{h}</a></td></tr>' for h in rel)
        + "</table>"
    )
    main = (
        f'<table width="760" border="0"><tr><td width="160" valign="top">{_head_list(rng, text.heads(rng, 6, title), "left", "即時新聞", dates=False)}</td>'
        f'<td valign="top"><font size="4"><b>{title}</b></font><br><font size="2">{_date(rng)[:10]}</font><br><br><font size="3">{story}</font><br><br>{related}</td></tr></table>'
    )
    body = (
        nav
        + main
        + '<p align="center"><font size="1">版權所有 不得轉載 Copyright © '
        + str(rng.randint(2004, 2012))
        + " 新聞網 All rights reserved.</font></p>"
    )
    return body, paras


def _comments_long(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    paras = paras[: rng.randint(3, 6)]
    items = []
    for _ in range(rng.randint(12, 20)):
        said = "".join(text.prose(rng, rng.randint(1, 3), key))
        bad.append(said[:20])
        who = f"{rng.choice(_PLACES)}网友" if rng.random() < 0.5 else _name(rng) + str(rng.randint(1, 999))
        items.append(
            f'<div class="comment-item"><div class="user"><a href="/u/{rng.randint(1, 99999)}">{who}</a> <span class="ip">[{rng.choice(_PLACES)}]</span> <span class="time">{_date(rng)}</span></div>'
            f'<div class="cont">{said}</div><div class="act"><a href="#">支持({rng.randint(0, 999)})</a> <a href="#">反对({rng.randint(0, 99)})</a> <a href="#">回复</a></div></div>'
        )
    cbox = f'<div class="comments"><h3>网友评论</h3><p>已有{rng.randint(20, 9999)}人参与 <a href="#">查看全部评论</a></p><form><textarea name="c"></textarea><input type="submit" value="发表评论"></form>{"".join(items)}</div>'
    main = f'<div class="article"><h1>{title}</h1><p class="meta">{_date(rng)} 来源：{rng.choice(("新浪新闻", "网易新闻", "搜狐新闻"))}</p><div class="text">{_paras(paras)}</div><p class="editor">（编辑：{_name(rng)}）</p></div>'
    body = _nav(rng, "首页 新闻 体育 娱乐 财经 科技 军事 论坛") + main + cbox + _footer(rng, "新闻中心")
    return body, paras


def _gallery(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    paras = paras[: rng.randint(1, 3)]
    n = rng.randint(6, 10)
    caps = [c.rstrip("。！？") for c in text.prose(rng, n, key)]
    bad.extend(caps[:2])
    slides = "".join(
        f'<li class="slide"><img src="/p/{i}.jpg" alt=""><div class="caption"><span class="count">{i + 1}/{n}</span> {c}</div></li>'
        for i, c in enumerate(caps)
    )
    thumbs = (
        '<div class="thumbs">' + "".join(f'<a href="#p{i}"><img src="/p/{i}_s.jpg"></a>' for i in range(n)) + "</div>"
    )
    ctrl = '<div class="ctrl"><a href="#">上一张</a> <a href="#">下一张</a> <a href="#">查看原图</a> <a href="#">播放</a></div>'
    gal = f'<div class="gallery"><ul>{slides}</ul>{ctrl}{thumbs}</div>'
    story = f'<div class="summary">{_paras(paras)}</div>'
    main = (
        f'<div class="photo-main"><h1>{title}</h1><p class="meta">{_date(rng)} 摄影：{_name(rng)}</p>'
        + (story + gal if rng.random() < 0.5 else gal + story)
        + "</div>"
    )
    more = _head_list(rng, text.heads(rng, 6, title), "more", "更多图集", dates=False)
    body = _nav(rng, "首页 图片 新闻图片 娱乐图片 体育图片 历史图片") + main + more + _footer(rng, "图片频道")
    return body, paras


def _short_related(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    paras = paras[: rng.randint(1, 2)]
    heads = text.heads(rng, rng.randint(5, 8), title)
    items = []
    for h in heads:
        s = text.prose(rng, 1, key)[0]
        bad.append(s[:20])
        items.append(f'<li><h4><a href="{_href(rng)}">{h}</a></h4><p>{s}</p><span class="t">{_date(rng)}</span></li>')
    rel = f'<div class="rel-news"><h3>相关新闻</h3><ul>{"".join(items)}</ul></div>'
    main = f'<div class="article"><h1>{title}</h1><p class="meta">{_date(rng)} 来源：{rng.choice(("中新网", "央视网", "澎湃新闻"))}</p><div class="text">{_paras(paras)}</div><p class="editor">【责任编辑：{_name(rng)}】</p>{_share(rng)}</div>'
    body = _nav(rng, "首页 国内 国际 社会 财经 体育") + main + rel + _footer(rng, "新闻网")
    return body, paras


BUILDERS: dict[str, Callable[[random.Random, Text, str, str, list[str], list[str]], tuple[str, list[str]]]] = {
    "finance_split": _finance_split,
    "recipe": _recipe,
    "sections": _sections,
    "tw_related_above": _tw_related_above,
    "hk_big5": _hk_big5,
    "comments_long": _comments_long,
    "gallery": _gallery,
    "short_related": _short_related,
}
TRADITIONAL = ("tw_related_above", "hk_big5")


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    # every article is a tune text; a page's half is its id's
    key, title, paras = rng.choice(text.articles)
    bad: list[str] = []
    body, gold = BUILDERS[kind](rng, text, key, title, list(paras), bad)
    html = _page(
        title + rng.choice(("_新闻中心", "_财经频道", "-新闻网", "")),
        body,
        None if kind == "hk_big5" and index % 2 else ("big5" if kind == "hk_big5" else "utf-8"),
    )
    must = [gold[0][:12], gold[-1][:12]]
    if kind in TRADITIONAL:
        import opencc

        conv = opencc.OpenCC("s2t").convert
        html, gold, must, bad = conv(html), [conv(g) for g in gold], [conv(m) for m in must], [conv(b) for b in bad]
    data: str | bytes = html
    if kind == "hk_big5":
        data = html.encode("big5hkscs", errors="xmlcharrefreplace")
    return GenPage(SET, pid, kind, data, "\n".join(gold), must, bad, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


# --- scoring --------------------------------------------------------------------------------------------------------


def _norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower()


def _shown(html: str | bytes) -> str:
    return html.decode("big5hkscs", errors="replace") if isinstance(html, bytes) else html


def _url(p: gen_score.Page) -> str:
    return f"http://news.example.com/{p.id}.html"


SCORING = Scoring(_norm, _url, KINDS, label_width=17, id_width=22, snippet_chars=20, shown=_shown)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
