"""Chinese news pages of portal templates no earlier generator writes, a generator of round 20 (issue #12).

    python bench/zh_news_corpus20.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_news_corpus20.py --score --cleaner-only   # cleaner alone
    python bench/zh_news_corpus20.py --list 20                # the worst tune pages
    python bench/zh_news_corpus20.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_news_corpus20.py --seed S --score         # fresh pages of the same layouts

Written (branch zhnews20) before cleaner was run on it, from the author's memory of how the portals' pages are
built; no third-party page is copied. ``bench/perturb.py`` changes the layout around the bench pages' article
element and ``bench/zh_portal_corpus.py`` writes finance, recipe, sections, TW/HK, comments, gallery and short
story pages; this one writes the templates those leave out, one *kind* each, two to four template variants a kind:

- ``gov_table``: a provincial / city government or county news page: nested tables, ``<font>``, the text as
  ``<br>`` lines or ``<p>`` with ``　　`` indents, a "发布时间：… 来源：… 作者：… 浏览次数：…" line,
  "【字体：大 中 小】", "打印本页 关闭窗口", 上一篇 / 下一篇, a 相关链接 table and a footer with 主办 / 承办 /
  备案 / 网站标识码;
- ``central_wire``: Xinhua-, People's-Daily- and CCTV-like pages: "新华社北京…电（记者…）" or "央视网消息：" opening
  the first paragraph, 【纠错】, 责任编辑, "视频加载中", 相关稿件 / 相关新闻 lists, "分享到", an ``<!--repaste-->``
  comment, an editor line, 扫码 prompts;
- ``portal_old``: the 2008-2015 templates of Sina / Sohu / NetEase / QQ / ifeng: ``#artibody`` / ``#endText`` /
  ``#Cnt-Main-Article-QQ`` / ``#main_content``, ``　　`` indents, a 画中画 advertisement inside the body, the
  portal's statement line ("新浪声明：…"), "(责任编辑：…)", "我要评论 (N)", "本文来源：…", 相关阅读 and a
  热门排行 sidebar;
- ``portal_new``: the newer app-era templates: one ``<p>`` or ``<div>`` a paragraph in hashed class names, "展开全文",
  "打开APP，阅读全文", an author card, a 热点推荐 feed of cards (headline, summary, source, comment count), a
  "相关推荐" list and a floating bar;
- ``trad_tw``: a Taiwanese portal in Traditional characters (UTF-8): "廣告" slots *between* the body's paragraphs,
  an inline "延伸閱讀：" link line and a "相關新聞" list *inside* the body element, "分享到", "最新" and "熱門"
  rankings beside it, 「記者…／…報導」;
- ``trad_hk``: a Hong Kong portal in Traditional characters, UTF-8 or Big5-HKSCS bytes: the body as ``<br><br>``
  lines in one ``<div>``, a 圖片 caption, "廣告" boxes, "相關新聞", "最新新聞", "熱門" and a 即時 ticker;
- ``finance_quote``: a finance page: a stock quote box (price, change, volume, 市盈率) *above* the text, an
  analyst table, a 免责声明, 研报 / 资金流向 lists and 7x24 快讯 lines beside it;
- ``sports_live``: a match report with a score box, a 技术统计 table and a 文字直播 feed of short time-stamped lines
  below it (the gold is the report);
- ``multipage``: page one of a multi-page article: a pager inside the body ("第1页 第2页 … 下一页"), "本文共N页",
  "单页阅读 / 全文阅读", "(未完，请看下一页)" under the text;
- ``figure_body``: images inside the body with a centred one-line caption paragraph under each ("图为……",
  "（图片来源：……）"), and a 组图 counter; a caption set as a paragraph is in the gold, one in a caption element
  is not (the bench golds' conventions);
- ``short_side_left``: a 2-3 sentence story whose long sidebar (headline + summary items, 图片新闻, 最新) comes
  *before* it in the source, and a 网友评论 box with 3 comments under it;
- ``lead_split``: the article's first paragraph (a 导语 / lead, labelled or not) in its own container above the
  byline and share bar, the rest in the body element below.

Article text: as ``zh_portal_corpus``, the gold paragraphs of the tune pages of daniel_zh, cwced_zh and
cleaneval_zh read at run time (nothing of them is committed); filler prose is sentences of other tune articles;
headlines are tune titles; chrome words are the generator's own. Gold: the article's paragraphs (the wire-service
opening kept as part of the first paragraph, captions inside the body kept); no title, byline, caption outside the
body, table, statement or chrome; a labelled lead ("核心提示：") without its label. Snippets: the
first and last paragraph's openings must appear; headlines, summaries, comments, captions, live lines, the
disclaimer must not. A page's half is :func:`bench.halves.half` of ``zhnews20/<id>``.
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
from zh_portal_corpus import (
    _PLACES,
    _STOCKS,
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
    _share,
    _shown,
    _url,
)

SET = "zhnews20"
KINDS = (
    "gov_table",
    "central_wire",
    "portal_old",
    "portal_new",
    "trad_tw",
    "trad_hk",
    "finance_quote",
    "sports_live",
    "multipage",
    "figure_body",
    "short_side_left",
    "lead_split",
)
PAGES_PER_KIND = 24
TRADITIONAL = ("trad_tw", "trad_hk")
Builder = Callable[[random.Random, Text, str, str, list[str], list[str]], tuple[str, list[str]]]

_CITIES = ("长沙", "株洲", "宜昌", "绵阳", "泉州", "洛阳", "临沂", "赣州", "柳州", "遵义", "南通", "嘉兴")
_TEAMS = ("广州队", "山东泰山", "上海海港", "北京国安", "成都蓉城", "浙江队", "天津津门虎", "武汉三镇")


def _ind(paras: list[str], tag: str = "p") -> str:
    return "".join(f"<{tag}>　　{x}</{tag}>" for x in paras)


def _count(rng: random.Random) -> int:
    return rng.randint(12, 98765)


# --- kinds ----------------------------------------------------------------------------------------------------------


def _gov_table(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    city = rng.choice(_CITIES)
    site = (
        f"{city}市人民政府"
        if rng.random() < 0.5
        else f"{city}市{rng.choice(('教育局', '卫生健康委员会', '发展和改革委员会', '自然资源和规划局'))}"
    )
    meta = f"发布时间：{_date(rng)[:10]}　来源：{rng.choice(('市政府办公室', '本站原创', f'{city}日报', '区融媒体中心'))}　作者：{_name(rng)}　浏览次数：{_count(rng)}"
    font = "【字体：<a href='#'>大</a> <a href='#'>中</a> <a href='#'>小</a>】"
    tools = "<a href='javascript:window.print()'>【打印本页】</a> <a href='javascript:window.close()'>【关闭窗口】</a>"
    prev_next = text.heads(rng, 2, title)
    rel = text.heads(rng, 5, title)
    bad.extend(prev_next + rel[:2])
    variant = rng.randrange(3)
    if variant == 0:  # <br> lines in a <font> inside a cell
        story = "<font style='font-size:16px' face='宋体'>" + "<br>".join(f"　　{x}" for x in paras) + "</font>"
    elif variant == 1:  # <p> with indents and inline styles (a CMS export of a Word file)
        story = "".join(
            f"<p style='text-indent:2em;line-height:1.75'><span style='font-family:仿宋_GB2312;font-size:16pt'>{x}</span></p>"
            for x in paras
        )
    else:
        story = f"<div id='zoom' class='TRS_Editor'>{_ind(paras)}</div>"
    left = (
        "<table width='200' border='0' cellpadding='0' cellspacing='0'><tr><td class='lm'><font color='#ffffff'><b>政务公开</b></font></td></tr>"
        + "".join(
            f"<tr><td><a href='/zwgk/{i}/'>·{w}</a></td></tr>"
            for i, w in enumerate("政策文件 政策解读 人事信息 规划计划 财政资金 应急管理 政府公报".split())
        )
        + "</table>"
    )
    related = (
        "<table width='100%'><tr><td class='xglj'><b>相关链接</b></td></tr>"
        + "".join(
            f"<tr><td>·<a href='{_href(rng, 'art')}' target='_blank'>{h}</a> <font color='#999999'>[{_date(rng)[:10]}]</font></td></tr>"
            for h in rel
        )
        + "</table>"
    )
    article = (
        "<table width='760' border='0' cellpadding='0' cellspacing='0'><tr>"
        + (f"<td width='200' valign='top'>{left}</td>" if rng.random() < 0.6 else "")
        + "<td valign='top'><table width='100%' border='0'>"
        + "<tr><td class='position'>当前位置：<a href='/'>首页</a> &gt; <a href='/xwzx/'>新闻中心</a> &gt; <a href='/xwzx/gzdt/'>工作动态</a></td></tr>"
        + f"<tr><td align='center' class='bt'><font size='5' color='#1f4e9c'><b>{title}</b></font></td></tr>"
        + f"<tr><td align='center' class='xx'><font color='#666666'>{meta}</font>　{font}</td></tr>"
        + "<tr><td height='1' bgcolor='#cccccc'></td></tr>"
        + f"<tr><td class='nr' valign='top'>{story}</td></tr>"
        + f"<tr><td align='right'>{tools}</td></tr>"
        + f"<tr><td>上一篇：<a href='{_href(rng, 'art')}'>{prev_next[0]}</a><br>下一篇：<a href='{_href(rng, 'art')}'>{prev_next[1]}</a></td></tr>"
        + f"<tr><td>{related}</td></tr></table></td></tr></table>"
    )
    nav = (
        "<table width='100%' bgcolor='#1f4e9c'><tr>"
        + "".join(
            f"<td><a href='/{i}/'><font color='#ffffff'>{w}</font></a></td>"
            for i, w in enumerate("首页 政务公开 政务服务 互动交流 走进%s 专题专栏".replace("%s", city).split())
        )
        + "</tr></table>"
    )
    foot = (
        f"<table width='100%' class='foot'><tr><td align='center'>主办：{site}办公室　承办：{city}市大数据中心<br>"
        f"网站标识码：{rng.randint(10**9, 10**10 - 1)}　{rng.choice(('湘', '鄂', '川', '闽', '豫', '鲁', '赣', '桂', '黔', '苏', '浙'))}ICP备{rng.randint(10**7, 10**8)}号　"
        f"<img src='/images/ga.png'>公网安备 {rng.randint(10**13, 10**14)}号<br>联系电话：0{rng.randint(700, 999)}-{rng.randint(10**6, 10**7)}　建议使用1024×768分辨率浏览</td></tr></table>"
    )
    body = (
        f"<table width='100%'><tr><td><img src='/images/banner.jpg' alt='{site}'></td></tr></table>"
        + nav
        + article
        + foot
    )
    return body, paras


def _central_wire(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    variant = rng.randrange(3)
    rel = text.heads(rng, rng.randint(4, 8), title)
    bad.extend(rel[:2])
    reporter = _name(rng)
    editor = _name(rng)
    city = rng.choice(("北京", "上海", "广州", "武汉", "成都", "西安"))
    if variant == 0:  # Xinhua-like
        paras[0] = f"新华社{city}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电（记者{reporter}）{paras[0]}"
        main = (
            f"<div class='header'><div class='h-title'>{title}</div><div class='h-info'><span class='h-time'>{_date(rng)}</span> <span>来源：新华网</span></div></div>"
            f"<div class='main-aticle'><div id='detail'>{_paras(paras)}<p class='editor'>【责任编辑:{editor}】</p></div>"
            f"<div class='share'>分享到：<a href='#'>微信</a> <a href='#'>微博</a> <a href='#'>QQ空间</a></div><div class='jc'><a href='#'>【纠错】</a></div></div>"
            + _head_list(rng, rel, "xgxw", "相关新闻", dates=True)
            + "<div class='ewm'><img src='/qr.png'><p>扫一扫，分享到微信</p></div>"
        )
        nav = _nav(rng, "首页 时政 国际 财经 思客 网评 图片 视频 数据 学习进行时")
    elif variant == 1:  # People's-Daily-like
        src = rng.choice(("人民日报", "人民网", "人民日报海外版"))
        paras[0] = f"本报{city}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电　（记者{reporter}）　{paras[0]}"
        main = (
            f"<div class='col-1 fl'><h1>{title}</h1><div class='col-1-1 fl'>{_date(rng)[:16]}　来源：<a href='/'>{src}</a></div>"
            f"<div class='rm_txt_con cf'><!--repaste.body.begin-->{_ind(paras)}<!--repaste.body.end--></div>"
            f"<div class='edit cf'>(责编：{editor}、{_name(rng)})</div>"
            + "<div class='box_news'><h2>相关新闻</h2><ul>"
            + "".join(f"<li><a href='{_href(rng, 'n1')}'>{h}</a></li>" for h in rel)
            + "</ul></div><div class='share'>分享让更多人看到</div></div>"
        )
        side = _head_list(rng, text.heads(rng, 8, title), "ph", "热点排行", dates=False)
        main += f"<div class='col-2 fr'>{side}</div>"
        nav = _nav(rng, "人民网首页 时政 国际 经济 社会 观点 教育 科技 文化 体育")
    else:  # CCTV-like
        paras[0] = f"央视网消息（{rng.choice(('新闻联播', '新闻直播间', '朝闻天下'))}）：{paras[0]}"
        main = (
            f"<div class='cnt_nav'><a href='/'>首页</a> &gt; <a href='/news/'>新闻频道</a> &gt; 正文</div>"
            f"<div class='cnt_bd'><h1>{title}</h1><div class='function'><span class='info'>央视网 {_date(rng)}</span> <span class='fsize'>A+ A-</span></div>"
            f"<div class='video_box'><div class='player'>视频加载中，请稍候...</div><p>{title}</p></div>"
            f"<!--repaste.body.begin-->{_paras(paras)}<!--repaste.body.end-->"
            f"<div class='zebian'><span>编辑：{_name(rng)}</span><span>责任编辑：{editor}</span></div></div>"
            + "<div class='tuijian'><h3>相关新闻</h3><ul>"
            + "".join(f"<li><a href='{_href(rng, 'news')}'>{h}</a> <span>{_date(rng)[5:16]}</span></li>" for h in rel)
            + "</ul></div><div class='bottom_ewm'>扫码看新闻 <img src='/ewm.png'></div>"
        )
        nav = _nav(rng, "首页 新闻 体育 综艺 纪录 电视剧 动画 直播 央视频")
    return nav + f"<div class='w1000'>{main}</div>" + _footer(rng, "网"), paras


def _portal_old(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    portal = rng.choice(("sina", "sohu", "163", "qq", "ifeng"))
    rel = text.heads(rng, 6, title)
    hot = text.heads(rng, 10, title)
    bad.extend(rel[:2] + hot[:2])
    cut = max(1, len(paras) // 2)
    pip = "<div class='pip' style='float:left;width:300px'><!-- 正文页画中画 --><script>ad_show('pip')</script><a href='/ad/'><img src='/ad300.jpg'></a><p>广告</p></div>"
    date = _date(rng)
    src = rng.choice(("新华网", "中国新闻网", "京华时报", "南方都市报", "法制晚报", "北京青年报"))
    editor = _name(rng)
    body_html = _ind(paras[:cut]) + pip + _ind(paras[cut:])
    if portal == "sina":
        art = (
            f"<h1 id='artibodyTitle'>{title}</h1><div class='time-source'>{date} <span>来源：{src}</span> <a href='#comment'>我要评论({_count(rng)})</a></div>"
            f"<!-- publish_helper name='原始正文' --><div class='blkContainerSblkCon' id='artibody'>{body_html}"
            f"<!-- publish_helper_end --><p class='article-editor'>（责任编辑：{editor}）</p></div>"
            "<div class='otherContent'><p>新浪声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。</p></div>"
        )
        bad.append("新浪网登载此文出于传递更多信息")
    elif portal == "sohu":
        art = (
            f"<div class='text-title'><h1>{title}</h1><div class='article-info'><span id='pubtime_baidu'>{date}</span> 来源：<span id='media_span'>{src}</span> 作者：{_name(rng)}</div></div>"
            f"<div itemprop='articleBody' id='contentText'>{body_html}</div><div class='editShare'>(责任编辑：{editor}) <a href='#'>我要纠错</a></div>"
            f"<div id='sohuComment'>我来说两句 排行榜 已有{_count(rng)}人参与</div>"
        )
    elif portal == "163":
        art = (
            f"<div class='post_content_main' id='epContentLeft'><h1>{title}</h1><div class='post_time_source'>{date}　来源: <a id='ne_article_source' href='#'>{src}</a></div>"
            f"<div class='post_text' id='endText'><p class='otitle'>（原标题：{title}）</p>{body_html}<div class='ep-source cDGray'><span class='left'>本文来源：{src} </span> <span class='ep-editor'>责任编辑：{editor}_NN{rng.randint(1000, 9999)}</span></div></div></div>"
            f"<div class='post_comment_toolbar'>跟贴 {_count(rng)} 参与 {_count(rng)} <a href='#'>发贴</a></div>"
        )
    elif portal == "qq":
        art = (
            f"<div class='hd'><h1>{title}</h1><div class='tit-bar'><span class='pubTime'>{date}</span> <span class='where'>{src}</span> <a href='#'>我要分享</a></div></div>"
            f"<div id='Cnt-Main-Article-QQ' class='Cnt-Main-Article-QQ' bosszone='content'>{body_html}</div>"
            f"<div class='ft'><div id='rv-player'></div><div class='qq_editor'>责任编辑：{editor}</div></div>"
        )
    else:
        art = (
            f"<div id='artical'><h1 id='artical_topic'>{title}</h1><div id='artical_sth'><span class='ss01'>{date}</span> <span class='ss03'>{src}</span></div>"
            f"<div id='main_content' class='js_selection_area'>{body_html}<span class='ifengLogo'><a href='/'><img src='/logo.gif'></a></span></div>"
            f"<p class='zb_ph'>[责任编辑：{editor} PN{rng.randint(100, 999)}]</p></div>"
        )
    rel_box = _head_list(rng, rel, "related", rng.choice(("相关阅读", "相关新闻", "相关报道")), dates=True)
    side = _head_list(rng, hot, "rank", "热门排行", dates=False) + "<div class='ad'><img src='/ad_side.jpg'>广告</div>"
    main = f"<div class='wrap'><div class='main'>{art}{_share(rng)}{rel_box}</div><div class='side'>{side}</div></div>"
    return _nav(rng, "首页 新闻 体育 娱乐 财经 科技 汽车 房产 博客 读书") + main + _footer(rng, "门户"), paras


def _portal_new(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    h = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(5))
    per = rng.randrange(2)
    if per == 0:
        story = "".join(f"<p class='_{h}p'>{x}</p>" for x in paras)
    else:
        story = "".join(f"<div class='index-module_text_{h}'><span class='bjh-p'>{x}</span></div>" for x in paras)
    src = rng.choice(("澎湃新闻", "红星新闻", "极目新闻", "潇湘晨报", "封面新闻", "每日经济新闻"))
    author = f"<div class='author-card_{h}'><img src='/a.png'><a href='/author/'>{src}</a><span>{_count(rng)}粉丝</span><button>关注</button><p>{rng.choice(('优质资讯领域创作者', '官方账号', '媒体账号'))}</p></div>"
    cards = []
    for hd in text.heads(rng, rng.randint(6, 10), title):
        s = text.prose(rng, 1, key)[0]
        bad.append(s[:20])
        cards.append(
            f"<div class='feed-card_{h}'><a href='{_href(rng, 'a')}'><h3>{hd}</h3></a><p class='summary'>{s}</p><div class='card-info'><span>{rng.choice(('环球网', '中新网', '上观新闻'))}</span> <span>{rng.randint(1, 999)}评</span> <span>{rng.randint(1, 23)}小时前</span></div></div>"
        )
    fold = "<div class='unfold-field'><div class='unfold-btn'>展开全文</div></div>" if rng.random() < 0.5 else ""
    app = "<div class='open-app'>打开APP，阅读全文 <a href='#'>立即打开</a></div>" if rng.random() < 0.5 else ""
    bar = "<div class='float-bar'><span>点赞</span> <span>收藏</span> <span>评论</span> <span>分享</span></div>"
    main = (
        f"<div class='article-wrap_{h}'><h1 class='title_{h}'>{title}</h1><div class='info_{h}'>{src} {_date(rng)} 发布于{rng.choice(_PLACES)}</div>{author if rng.random() < 0.5 else ''}"
        f"<div class='content_{h}'>{story}</div>{fold}{app}<div class='statement_{h}'>举报/反馈</div>{bar}</div>"
        + f"<div class='recommend_{h}'><h2>{rng.choice(('热点推荐', '相关推荐', '为你推荐'))}</h2>{''.join(cards)}</div>"
    )
    return (
        f"<div id='root'><div class='header_{h}'><a href='/'>首页</a> <a href='/news'>新闻</a> <a href='/login'>登录</a></div>{main}</div>",
        paras,
    )


def _trad_tw(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    rel = text.heads(rng, 4, title)
    ext = text.heads(rng, 1, title)[0]
    latest = text.heads(rng, 8, title)
    hot = text.heads(rng, 8, title)
    bad.extend([ext, *rel[:2], *latest[:1], *hot[:1]])
    byline = f"記者{_name(rng)}／{rng.choice(('台北', '台中', '高雄', '新北', '桃園'))}報導"
    blocks: list[str] = [f"<p>{byline}</p>" if rng.random() < 0.5 else ""]
    slot = 0
    for i, x in enumerate(paras):
        blocks.append(f"<p>{x}</p>")
        if i % 2 == 1 and i < len(paras) - 1:
            slot += 1
            blocks.append(
                f"<div class='ad-slot' id='ad{slot}'><span class='ad-label'>廣告</span><div id='div-gpt-ad-{rng.randint(10**6, 10**7)}'></div></div>"
            )
        if i == len(paras) // 2 and rng.random() < 0.6:
            blocks.append(f"<p><strong>延伸閱讀：</strong><a href='{_href(rng, 'news')}'>{ext}</a></p>")
    blocks.append(
        "<div class='related-in'><h3>相關新聞</h3><ul>"
        + "".join(f"<li><a href='{_href(rng, 'news')}'>{h}</a></li>" for h in rel)
        + "</ul></div>"
    )
    story = f"<div class='article-body' itemprop='articleBody'>{''.join(blocks)}</div>"
    share = "<div class='share-bar'>分享到：<a href='#'>Facebook</a> <a href='#'>LINE</a> <a href='#'>Twitter</a> <a href='#'>複製連結</a></div>"
    side = (
        "<aside class='side'>"
        + _head_list(rng, latest, "latest", "最新", dates=True)
        + "<div class='ad'>廣告</div>"
        + _head_list(rng, hot, "popular", "熱門", dates=False)
        + "</aside>"
    )
    main = f"<main><article><h1>{title}</h1><div class='meta'><time>{_date(rng)}</time> <span class='cat'>{rng.choice(('生活', '社會', '政治', '財經', '國際'))}</span></div>{share}{story}{share}</article>{side}</main>"
    return _nav(rng, "首頁 即時 熱門 政治 社會 國際 財經 娛樂 體育 生活 影音") + main + _footer(rng, "新聞網"), paras


def _trad_hk(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    rel = text.heads(rng, 5, title)
    latest = text.heads(rng, 10, title)
    ticker = text.heads(rng, 4, title)
    cap = text.prose(rng, 1, key)[0].rstrip("。！？")
    bad.extend(rel[:2] + latest[:2] + ticker[:1] + [cap])
    story = "<br><br>".join(paras)
    photo = f"<div class='photo'><img src='/img/{rng.randint(1, 9999)}.jpg'><div class='caption'>{cap}（資料圖片）</div></div>"
    ad = "<div class='ad-box'>廣告<br><iframe src='/ad.html' width='300' height='250'></iframe></div>"
    tick = (
        "<marquee class='ticker'>即時：" + "　".join(ticker) + "</marquee>"
        if rng.random() < 0.5
        else "<div class='ticker'>即時：" + "　".join(f"<a href='#'>{t}</a>" for t in ticker) + "</div>"
    )
    main = (
        f"<div class='content-left'><h1>{title}</h1><div class='date'>{_date(rng)} {rng.choice(('港聞', '要聞', '兩岸', '社會'))}</div>{photo}"
        f"<div class='article-content'>{story}</div>{ad}"
        + _head_list(rng, rel, "related", "相關新聞", dates=False)
        + "<div class='share'>分享到：<a href='#'>Facebook</a> <a href='#'>WhatsApp</a> <a href='#'>微信</a></div></div>"
        + "<div class='content-right'>"
        + _head_list(rng, latest, "latest", "最新新聞", dates=True)
        + "<div class='hot'><h3>熱門</h3><p>熱門 | 最新 | 最多人讀</p></div></div>"
    )
    return _nav(rng, "主頁 港聞 兩岸 國際 財經 體育 娛樂 副刊 即時") + tick + main + _footer(rng, "日報"), paras


def _finance_quote(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    stock = rng.choice(_STOCKS)
    code = f"{rng.choice(('600', '601', '000', '002', '300'))}{rng.randint(100, 999)}"
    price = rng.uniform(3, 300)
    quote = (
        f"<div class='quote-box'><div class='q-name'><a href='/s/{code}'>{stock}</a> ({code})</div>"
        f"<div class='q-price'>{price:.2f} <span>{rng.uniform(-9, 9):+.2f}%</span></div><table class='q-tab'>"
        f"<tr><td>今开：{price * 0.99:.2f}</td><td>最高：{price * 1.03:.2f}</td><td>成交量：{rng.randint(1, 999)}万手</td></tr>"
        f"<tr><td>昨收：{price * 0.98:.2f}</td><td>最低：{price * 0.97:.2f}</td><td>市盈率：{rng.uniform(5, 80):.2f}</td></tr></table>"
        "<div class='q-links'><a href='#'>行情</a> <a href='#'>资金流向</a> <a href='#'>股吧</a> <a href='#'>研报</a></div></div>"
    )
    analysts = (
        "<table class='rating'><tr><th>机构</th><th>评级</th><th>目标价</th></tr>"
        + "".join(
            f"<tr><td>{rng.choice(('中信证券', '国泰君安', '华泰证券', '招商证券'))}</td><td>{rng.choice(('买入', '增持', '中性'))}</td><td>{rng.uniform(5, 300):.2f}</td></tr>"
            for _ in range(3)
        )
        + "</table>"
    )
    disclaimer = rng.choice(
        (
            "免责声明：本文内容与数据仅供参考，不构成投资建议，使用前请核实。据此操作，风险自担。",
            "风险提示：市场有风险，投资需谨慎。本文观点仅代表作者本人，不构成任何投资建议。",
        )
    )
    bad.append(disclaimer[:16])
    flash = text.prose(rng, 6, key)
    bad.append(flash[0][:20])
    kuai = (
        "<div class='kuaixun'><h3>7x24小时快讯</h3><ul>"
        + "".join(
            f"<li><span class='t'>{rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}</span> {s}</li>" for s in flash
        )
        + "</ul></div>"
    )
    reports = text.heads(rng, 5, title)
    bad.append(reports[0])
    src = rng.choice(("证券时报网", "中国证券报", "财联社", "第一财经", "21世纪经济报道"))
    top = rng.random() < 0.6
    main = (
        f"<div class='art-main'><h1>{title}</h1><div class='art-info'>{_date(rng)} 来源：{src} 作者：{_name(rng)}</div>"
        + (quote if top else "")
        + f"<div class='article-body' id='ContentBody'>{_paras(paras)}</div>"
        + (quote if not top else "")
        + f"{analysts}<p class='disclaimer'>{disclaimer}</p><div class='editor'>责任编辑：{_name(rng)}</div>"
        + _head_list(rng, reports, "reports", "相关研报", dates=True)
        + "</div>"
    )
    return _nav(
        rng, "首页 财经 股票 基金 期货 外汇 港股 美股 理财"
    ) + main + f"<div class='side'>{kuai}</div>" + _footer(rng, "财经网"), paras


def _sports_live(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    a, b = rng.sample(_TEAMS, 2)
    sa, sb = rng.randint(0, 4), rng.randint(0, 4)
    score = f"<div class='score-box'><span class='team'>{a}</span> <span class='score'>{sa} : {sb}</span> <span class='team'>{b}</span><div class='status'>已结束 第{rng.randint(1, 30)}轮</div></div>"
    stats = (
        "<table class='tech'><tr><th>"
        + a
        + "</th><th>技术统计</th><th>"
        + b
        + "</th></tr>"
        + "".join(
            f"<tr><td>{rng.randint(1, 20)}</td><td>{w}</td><td>{rng.randint(1, 20)}</td></tr>"
            for w in ("射门", "射正", "角球", "犯规", "黄牌")
        )
        + f"<tr><td>{rng.randint(35, 65)}%</td><td>控球率</td><td>{rng.randint(35, 65)}%</td></tr></table>"
    )
    lines = []
    for m in sorted(rng.sample(range(1, 95), rng.randint(10, 18)), reverse=True):
        s = text.prose(rng, 1, key)[0]
        if len(bad) < 3:
            bad.append(s[:20])
        lines.append(f"<li><span class='min'>{m}'</span> <span class='txt'>{s}</span></li>")
    live = f"<div class='live'><h3>文字直播</h3><div class='live-tabs'><a href='#'>全部</a> <a href='#'>只看进球</a> <a href='#'>倒序</a></div><ul>{''.join(lines)}</ul></div>"
    report = f"<div class='report'><h1>{title}</h1><div class='info'>{_date(rng)} 来源：{rng.choice(('新浪体育', '腾讯体育', '懂球帝', '体坛周报'))}</div><div class='text'>{_paras(paras)}</div><p class='editor'>（编辑：{_name(rng)}）</p></div>"
    order = rng.random() < 0.5
    main = score + (report + stats + live if order else stats + report + live)
    return _nav(rng, "首页 体育 中超 英超 NBA CBA 综合 彩票") + f"<div class='match'>{main}</div>" + _footer(
        rng, "体育"
    ), paras


def _multipage(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    n = rng.randint(2, 6)
    pager = (
        "<div class='page'>"
        + (f"本文共{n}页 " if rng.random() < 0.5 else "")
        + "<a class='prev'>上一页</a> "
        + " ".join(
            f"<a href='_{i}.shtml'>{'第' + str(i) + '页' if rng.random() < 0.3 else i}</a>" for i in range(1, n + 1)
        )
        + " <a href='_2.shtml'>下一页</a></div>"
    )
    more = rng.choice(
        (
            "（未完，请看下一页）",
            "<a href='_2.shtml'>点击进入下一页</a>",
            "<a href='all.shtml'>单页阅读</a> | <a href='all.shtml'>全文阅读</a>",
        )
    )
    rel = text.heads(rng, 5, title)
    bad.extend(rel[:2])
    inside = rng.random() < 0.6
    story = _paras(paras) + (f"<p align='center'>{more}</p>" + pager if inside else "")
    main = (
        f"<div class='article'><h1>{title}</h1><div class='info'>{_date(rng)} 来源：{rng.choice(('中国青年报', '新京报', '羊城晚报', '扬子晚报'))}</div>"
        f"<div class='content' id='content'>{story}</div>"
        + ("" if inside else f"<p>{more}</p>{pager}")
        + _head_list(rng, rel, "related", "相关文章", dates=False)
        + "</div>"
    )
    return _nav(rng, "首页 新闻 社会 文化 健康 教育") + main + _footer(rng, "网"), paras


def _figure_body(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    # a caption set as a plain paragraph of the body is the article's: the bench golds keep it ("图为……", "资料图：
    # ……", "……摄"); one in a caption element (<figcaption>, class "img_descr") is not in the gold, as daniel_zh's
    # golds leave out all 25 such captions of its tune pages (magichtml_zh's keep 19 of 26: no one convention)
    caps = [c.rstrip("。！？") for c in text.prose(rng, 3, key)]
    blocks: list[str] = []
    gold: list[str] = []
    k = 0
    n = rng.randint(2, 3)
    for i, x in enumerate(paras):
        if i in (0, 2, 4) and k < n:
            cap = caps[k]
            form = rng.randrange(3)
            if form == 0:
                line = f"图为{cap}。{_name(rng)} 摄"
                blocks.append(
                    f"<p style='text-align:center'><img src='/u/{rng.randint(1, 9999)}.jpg'></p><p style='text-align:center'>{line}</p>"
                )
            elif form == 1:
                line = f"{cap}（图片来源：视觉中国）"
                blocks.append(
                    f"<div class='img_wrapper'><img src='/u/{rng.randint(1, 9999)}.jpg' alt=''><span class='img_descr'>{line}</span></div>"
                )
            else:
                line = cap
                blocks.append(
                    f"<figure><img src='/u/{rng.randint(1, 9999)}.jpg'><figcaption>{k + 1}/{n} {cap}</figcaption></figure>"
                )
            if form == 0:
                gold.append(line)
            k += 1
        blocks.append(f"<p>{x}</p>")
        gold.append(x)
    main = f"<div class='article'><h1>{title}</h1><div class='info'>{_date(rng)} 来源：{rng.choice(('中新网', '环球网', '北京日报'))}</div><div class='article-content'>{''.join(blocks)}</div><p class='editor'>责任编辑：{_name(rng)}</p>{_share(rng)}</div>"
    heads = text.heads(rng, 6, title)
    bad.extend(heads[:2])
    return _nav(rng, "首页 国内 国际 图片 视频") + main + _head_list(rng, heads, "more", "更多新闻") + _footer(
        rng, "网"
    ), gold


def _short_side_left(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    body = paras[:1] if rng.random() < 0.6 else paras[:2]
    items = []
    for hd in text.heads(rng, rng.randint(5, 8), title):
        s = text.prose(rng, 1, key)[0]
        bad.append(s[:20])
        items.append(f"<li><a href='{_href(rng)}'><b>{hd}</b></a><p>{s}</p></li>")
    pics = (
        "<div class='tupian'><h3>图片新闻</h3>"
        + "".join(
            f"<div class='pic'><img src='/p{i}.jpg'><a href='#'>{h}</a></div>"
            for i, h in enumerate(text.heads(rng, 4, title))
        )
        + "</div>"
    )
    latest = _head_list(rng, text.heads(rng, 8, title), "zuixin", "最新", dates=True)
    side = f"<div class='left-col'><div class='yaowen'><h3>要闻</h3><ul>{''.join(items)}</ul></div>{pics}{latest}</div>"
    comments = []
    for _ in range(3):
        c = text.prose(rng, 1, key)[0]
        bad.append(c[:20])
        comments.append(
            f"<div class='cmt'><span class='u'>{rng.choice(_PLACES)}网友</span> <span>{_date(rng)}</span><p>{c}</p><a href='#'>顶</a> <a href='#'>踩</a></div>"
        )
    cbox = f"<div class='comment'><h3>网友评论（{rng.randint(3, 99)}）</h3>{''.join(comments)}<a href='#'>查看全部评论</a></div>"
    main = f"<div class='right-col'><h1>{title}</h1><div class='info'>{_date(rng)} 来源：{rng.choice(('中新网', '新华网', '央广网'))}</div><div class='content'>{_paras(body)}</div><p class='editor'>【编辑：{_name(rng)}】</p>{cbox}</div>"
    return _nav(rng, "首页 滚动 国内 国际 社会 财经") + f"<div class='wrap'>{side}{main}</div>" + _footer(
        rng, "新闻网"
    ), body


def _lead_split(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    label = rng.choice(("", "导语：", "【导读】", "核心提示："))
    lead = f"<div class='{rng.choice(('summary', 'abstract', 'lead', 'news-guide'))}'><p>{label}{paras[0]}</p></div>"
    meta = f"<div class='meta'>{_date(rng)} 来源：{rng.choice(('澎湃新闻', '中国新闻周刊', '南方周末'))} 作者：{_name(rng)}</div>"
    rest = f"<div class='{rng.choice(('news_txt', 'article-body', 'text'))}'>{_paras(paras[1:])}</div>"
    rel = text.heads(rng, 5, title)
    bad.extend(rel[:2])
    order = rng.randrange(2)
    head = f"<h1>{title}</h1>" + (lead + meta + _share(rng) if order == 0 else meta + lead + _share(rng))
    main = (
        f"<div class='newscontent'>{head}{rest}<p class='editor'>责任编辑：{_name(rng)}</p>"
        + _head_list(rng, rel, "related", "相关推荐", dates=False)
        + "</div>"
    )
    gold = paras  # the label is chrome; the lead paragraph is the article's
    return _nav(rng, "首页 时事 财经 思想 生活 视频") + main + _footer(rng, "新闻"), gold


BUILDERS: dict[str, Builder] = {
    "gov_table": _gov_table,
    "central_wire": _central_wire,
    "portal_old": _portal_old,
    "portal_new": _portal_new,
    "trad_tw": _trad_tw,
    "trad_hk": _trad_hk,
    "finance_quote": _finance_quote,
    "sports_live": _sports_live,
    "multipage": _multipage,
    "figure_body": _figure_body,
    "short_side_left": _short_side_left,
    "lead_split": _lead_split,
}


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, title, paras = rng.choice(text.articles)
    # a tune gold's own statement line ("免责声明：本文仅代表作者个人观点…") is the source site's chrome, not prose
    paras = [x for x in paras if "声明" not in x and "版权" not in x] or paras
    bad: list[str] = []
    body, gold = BUILDERS[kind](rng, text, key, title, list(paras), bad)
    big5 = kind == "trad_hk" and index % 2 == 1
    html = _page(
        title + rng.choice(("_新闻中心", "-新闻频道", "_网", "")),
        body,
        "big5" if big5 and index % 4 == 1 else (None if big5 else "utf-8"),
    )
    must = [gold[0][:12], gold[-1][:12]]
    if kind in TRADITIONAL:
        import opencc

        conv = opencc.OpenCC("s2t").convert
        html, gold, must, bad = conv(html), [conv(g) for g in gold], [conv(m) for m in must], [conv(b) for b in bad]
    data: str | bytes = html.encode("big5hkscs", errors="xmlcharrefreplace") if big5 else html
    return GenPage(SET, pid, kind, data, "\n".join(gold), must, bad, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


SCORING = Scoring(_norm, _url, KINDS, label_width=17, id_width=22, snippet_chars=20, shown=_shown)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
