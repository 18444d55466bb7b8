"""Chinese blogs, novels, encyclopedia entries and older organisation / portal pages, a generator of round 21 (issue #12).

    python bench/zh_news_corpus21.py --score                  # cleaner and trafilatura, tune and check, per kind
    python bench/zh_news_corpus21.py --score --cleaner-only   # cleaner alone
    python bench/zh_news_corpus21.py --list 20                # the worst tune pages
    python bench/zh_news_corpus21.py --dump ID                # a tune page's html, gold and cleaner output
    python bench/zh_news_corpus21.py --seed S --score         # fresh pages of the same layouts

Written (branch zhnews21) before cleaner was run on it, from the author's memory of how such pages were built in
2005-2012; no third-party page is copied. ``zh_portal_corpus`` and ``zh_news_corpus20`` write news portals; this one
writes the page kinds they leave out, one *kind* each, two or three template variants a kind:

- ``blog_post``: a Sina / NetEase / Sohu blog post (2006-2012): title and time, 标签 / 分类 line, the post, a
  "阅读(123) 评论(4) 收藏 转载 喜欢 打印 举报" line, 前一篇 / 后一篇, a 博主 profile sidebar (level, points, visits,
  a one-sentence 博主简介 in prose), 最新博文 / 博文分类 lists;
- ``blog_comments``: a short blog post (1-2 paragraphs) with 4-9 visitors' comments under it (user, time, one or two
  sentences of prose, 回复 / 删除), a 发评论 form;
- ``novel_chapter``: a novel chapter page: 上一章 / 章节目录 / 下一章 / 加入书签 bars above and below, the text as
  ``　　…<br /><br />`` lines in one ``<div id="content">``, the site's "记住本站地址" line inside it, a 推荐阅读 list;
- ``encyclopedia``: an encyclopedia entry (2010-era wiki layout): a summary, a 目录 box, numbered section headings,
  paragraphs, a 参考资料 list, 词条标签, 浏览次数 / 编辑次数 / 最近更新 side box;
- ``org_gbk``: a school / association / company news page: frames-era nested tables, ``<font>``, a
  "发布人：… 发布时间：… 点击数：…" line, 【关闭窗口】; the bytes are GBK but the page declares ``gb2312`` and the
  text holds GBK-only characters (names such as 王镕, 李喆);
- ``printer``: a printer-friendly page: title, source line, text, "本文网址：http://…", [打印本页] [关闭窗口];
- ``td_br_footer``: the text as ``<br><br>`` lines in one ``<td>`` and a footer written as prose (主办单位, 地址,
  邮编, 电话, 版权所有, 备案号 in sentences with commas and full stops);
- ``editor_note``: a long 编者按 / 导语 (one or two paragraphs, labelled, in a box or a bold paragraph) above the
  text;
- ``interview_qa``: an interview: an introduction, then 记者：… / 答：… (or 问 / 答, or the interviewee's name)
  lines, the labels bold or plain;
- ``short_lines``: many short one-line paragraphs: a poem (lines of 5-14 characters under "文/…"), or a list of
  points ("一是……；二是……"), each line its own ``<p>`` or a ``<br>`` line;
- ``inline_table``: an article with a table of figures inside the text (region / year / value / growth);
- ``portal_2005``: a 2005 portal page (Sohu, Qianlong, Sina of that time): tables, ``<td class="f14">`` text,
  【发表评论】【推荐给朋友】【打印】【关闭】, a 相关新闻 list and "[上一页] [1] [2] [下一页]" in the same cell.

Article text: as ``zh_portal_corpus``, the gold paragraphs of the tune pages of daniel_zh, cwced_zh and
cleaneval_zh read at run time (nothing of them is committed); filler prose is sentences of other tune articles;
headlines are tune titles; chrome words, questions, section names and the poem's line cuts are the generator's own.
Gold: the article's text (paragraphs; an editor's note without its label; interview lines with their labels;
section headings of an entry; a table of figures in the text as one line per row); no title, byline, tags, counters,
comments, profile, references, footer. Snippets: the first and last gold line's openings must appear; headlines,
comments, the blogger's bio, references, the footer's prose must not. A page's half is :func:`bench.halves.half`
of ``zhnews21/<id>``.
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
    _share,
    _shown,
    _url,
)

SET = "zhnews21"
KINDS = (
    "blog_post",
    "blog_comments",
    "novel_chapter",
    "encyclopedia",
    "org_gbk",
    "printer",
    "td_br_footer",
    "editor_note",
    "interview_qa",
    "short_lines",
    "inline_table",
    "portal_2005",
)
PAGES_PER_KIND = 24
Builder = Callable[[random.Random, Text, str, str, list[str], list[str]], tuple[str, list[str]]]

_GBK_NAMES = ("王镕", "李喆", "张堃", "刘珺", "陈昇", "赵璟", "周彧", "孙赟", "吴玥", "郑頔")
_CLAUSE = re.compile(r"[^，。！？；：、“”\s]{4,14}")
_ORG = (
    "实验中学",
    "第一中学",
    "职业技术学院",
    "师范大学附属小学",
    "软件行业协会",
    "机械工业有限公司",
    "书法家协会",
    "红十字会",
)
_SECTIONS = ("概述", "历史沿革", "主要内容", "发展现状", "社会影响", "相关事件", "争议", "评价")
_NUMS = "一二三四五六七八九十"


def _count(rng: random.Random) -> int:
    return rng.randint(12, 98765)


def _day(rng: random.Random) -> str:
    return f"20{rng.randint(5, 12):02d}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _time(rng: random.Random) -> str:
    return f"{_day(rng)} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _ind_br(paras: list[str]) -> str:
    return "".join(f"　　{x}<br /><br />" for x in paras)


def _clauses(paras: list[str]) -> list[str]:
    return [c for x in paras for c in _CLAUSE.findall(x)]


# --- kinds ----------------------------------------------------------------------------------------------------------


def _blog_side(rng: random.Random, text: Text, key: str, title: str, bad: list[str]) -> str:
    bio = text.prose(rng, 1, key)[0]
    bad.append(bio[:20])
    latest = text.heads(rng, 6, title)
    bad.append(latest[0])
    cats = "".join(
        f"<li><a href='/category/{i}'>{w}</a>({rng.randint(1, 90)})</li>"
        for i, w in enumerate(("默认分类", "随笔", "杂谈", "旅游", "读书", "摄影"))
    )
    return (
        f"<div class='SG_colW21'><div class='SG_conn' id='module_901'><div class='SG_connHead'><span class='title'>个人资料</span></div>"
        f"<div class='SG_connBody'><div class='info_img'><img src='/head.jpg'></div><div class='info_nm'><strong>{_name(rng)}</strong></div>"
        f"<div class='info_btn'><a href='#'>加好友</a> <a href='#'>发纸条</a> <a href='#'>写留言</a> <a href='#'>加关注</a></div>"
        f"<ul class='info_list'><li>博客等级：{rng.randint(1, 30)}</li><li>博客积分：{_count(rng)}</li><li>博客访问：{_count(rng):,}</li><li>关注人气：{rng.randint(1, 9999)}</li></ul>"
        f"<div class='info_intro'>博主简介：{bio}</div></div></div>"
        f"<div class='SG_conn'><div class='SG_connHead'><span class='title'>最新博文</span></div><ul class='list_009'>"
        + "".join(f"<li><a href='{_href(rng, 'blog')}'>{h}</a></li>" for h in latest)
        + f"</ul></div><div class='SG_conn'><div class='SG_connHead'><span class='title'>博文分类</span></div><ul>{cats}</ul></div>"
        "<div class='SG_conn'><div class='SG_connHead'><span class='title'>访客</span></div><p>"
        + " ".join(f"<a href='#'>{_name(rng)}</a>" for _ in range(6))
        + "</p></div></div>"
    )


def _blog_frame(
    rng: random.Random, text: Text, key: str, title: str, story: str, bad: list[str], after: str = ""
) -> str:
    tags = " ".join(
        f"<a href='/tag/{i}'>{w}</a>"
        for i, w in enumerate(rng.sample(("杂谈", "生活", "教育", "文化", "情感", "社会", "财经", "旅游"), 3))
    )
    cat = rng.choice(("默认分类", "随笔", "杂谈", "心情日记", "原创"))
    prev_next = text.heads(rng, 2, title)
    bad.extend(prev_next)
    counts = f"阅读({_count(rng)}) 评论({rng.randint(0, 99)}) 收藏 转载({rng.randint(0, 50)}) 喜欢▼ 打印 举报"
    variant = rng.randrange(3)
    if variant == 0:  # Sina blog
        post = (
            f"<div class='articalTitle'><h2 class='titName SG_txta'>{title}</h2><span class='time SG_txtc'>({_time(rng)})</span></div>"
            f"<div class='articalTag'><table><tr><td class='blog_tag'><h3>标签：</h3>{tags}</td><td class='blog_class'>分类：<a href='#'>{cat}</a></td></tr></table></div>"
            f"<div id='sina_keyword_ad_area2' class='articalContent'>{story}</div>"
            f"<div class='articalInfo'><div class='IL'>{counts}</div></div>"
            f"<div class='articalfrontback SG_j_linedot1'><div><span class='SG_txtb'>前一篇：</span><a href='{_href(rng, 'blog')}'>{prev_next[0]}</a></div>"
            f"<div><span class='SG_txtb'>后一篇：</span><a href='{_href(rng, 'blog')}'>{prev_next[1]}</a></div></div>"
        )
        shell = f"<div id='sinablogHead'><h1>{_name(rng)}的博客</h1><div class='blognav'><a href='/'>首页</a> <a href='/list'>博文目录</a> <a href='/photo'>图片</a> <a href='/about'>关于我</a></div></div>"
    elif variant == 1:  # NetEase blog
        post = (
            f"<div class='nbw-ryt ztag clearfix'><h3 class='title pre fs1'><span class='tcnt'>{title}</span></h3>"
            f"<p class='tdep clearfix nbw-act fc06'><span class='pleft'><span class='blogsep'>{_time(rng)[:16]}</span>|&nbsp;分类： <a href='#'>{cat}</a> |&nbsp;标签：{tags}</span>"
            "<span class='pright'><a href='#'>举报</a> |<a href='#'>字号</a> 大 中 小 <a href='#'>订阅</a></span></p>"
            f"<div class='nbw-blog-start'></div><div class='bct fc05 fc11 nbw-blog ztag'>{story}</div><div class='nbw-blog-end'></div>"
            f"<div class='nbw-fce fs0'><span>阅读({_count(rng)})</span>| <span>评论({rng.randint(0, 99)})</span> | <a href='#'>分享到：</a></div>"
            f"<div class='nbw-bda'><span>上一篇：</span><a href='{_href(rng, 'blog')}'>{prev_next[0]}</a> <span>下一篇：</span><a href='{_href(rng, 'blog')}'>{prev_next[1]}</a></div></div>"
        )
        shell = f"<div class='nbw-head'><h1>{_name(rng)}的博客</h1><p>{rng.choice(('记录生活点滴', '在路上', '一个人的书房'))}</p><a href='/'>首页</a> <a href='/blog'>日志</a> <a href='/album'>相册</a> <a href='/music'>音乐</a> <a href='/collect'>收藏</a> <a href='/profile'>博友</a> <a href='/about'>关于我</a></div>"
    else:  # Sohu blog
        post = (
            f"<div class='item'><div class='item-head'><h2>{title}</h2><div class='date'><span>{_time(rng)[:16]}</span> | 分类：<a href='#'>{cat}</a> | 标签：{tags}</div></div>"
            f"<div class='item-body'><div class='item-content' id='main-content'>{story}</div></div>"
            f"<div class='item-foot'><a href='#'>分享</a> | 阅读<span>({_count(rng)})</span> | 评论 ({rng.randint(0, 99)}) | <a href='#'>引用通告</a> | <a href='#'>固定链接</a> | <a href='#'>收藏</a></div>"
            f"<div class='prenext'>上一篇：<a href='{_href(rng, 'blog')}'>{prev_next[0]}</a><br>下一篇：<a href='{_href(rng, 'blog')}'>{prev_next[1]}</a></div></div>"
        )
        shell = f"<div id='hd'><div class='blog-title'><h1>{_name(rng)}的BLOG</h1></div><div class='nav'><a href='/'>我的首页</a> <a href='/entry'>我的博客</a> <a href='/album'>我的相册</a> <a href='/friends'>我的好友</a></div></div>"
    side = _blog_side(rng, text, key, title, bad)
    main = f"<div class='SG_colW73'>{post}{after}</div>"
    return (
        shell
        + (f"<div class='wrap'>{side}{main}</div>" if rng.random() < 0.5 else f"<div class='wrap'>{main}{side}</div>")
        + _footer(rng, "博客")
    )


def _blog_story(rng: random.Random, paras: list[str]) -> str:
    form = rng.randrange(3)
    if form == 0:
        return _paras(paras)
    if form == 1:
        return "".join(f"<div>　　{x}</div><div>&nbsp;</div>" for x in paras)
    return "<p>" + _ind_br(paras) + "</p>"


def _blog_post(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    return _blog_frame(rng, text, key, title, _blog_story(rng, paras), bad), paras


def _blog_comments(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    body = paras[: rng.randint(1, 2)]
    items = []
    for i in range(rng.randint(4, 9)):
        c = "".join(text.prose(rng, rng.randint(1, 2), key))
        bad.append(c[:20])
        user = rng.choice((_name(rng), f"{rng.choice(_PLACES)}网友", "新浪网友", f"blog{rng.randint(100, 9999)}"))
        items.append(
            f"<li><div class='SG_revert_Tit'><span class='SG_floatL'><a href='#'>{user}</a> {_time(rng)[:16]}</span><span class='SG_floatR'><a href='#'>回复</a> <a href='#'>删除</a></span></div>"
            f"<div class='SG_revert_Inner SG_txtb'>{c}</div></li>"
            if i % 2 == 0 or rng.random() < 0.5
            else f"<li><p><b>{user}</b> 说：</p><p>{c}</p><p class='time'>{_time(rng)[:16]} <a href='#'>回复</a></p></li>"
        )
    after = (
        f"<div class='allComm'><div class='allCommTit'><strong>评论</strong> <span>[{len(items)}]</span> <a href='#'>发评论</a></div>"
        f"<ul class='SG_cmp_revert'>{''.join(items)}</ul></div>"
        "<div class='writeComm'><p>发评论</p><textarea></textarea><p>登录名： <input> 密码： <input> <input type='checkbox'>匿名评论</p><button>发评论</button>"
        "<p>以上网友发言只代表其个人观点，不代表新浪网的观点或立场。</p></div>"
    )
    return _blog_frame(rng, text, key, title, _blog_story(rng, body), bad, after), body


def _novel_chapter(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    book = rng.choice(("都市风云", "江湖夜雨", "大道朝天", "星河往事", "重生之商海", "乡村教师", "北漂十年"))
    n = rng.randint(12, 980)
    chap = f"第{n}章 {title[:10]}"
    bar = f"<div class='bottem'><a href='/book/{n - 1}.html'>上一章</a> ← <a href='/book/'>章节目录</a> → <a href='/book/{n + 1}.html'>下一章</a> <a href='#'>加入书签</a> <a href='#'>投推荐票</a></div>"
    site = rng.choice(("www.biquge.la", "www.xxbiquge.com", "www.23us.so", "www.qidian-read.net"))
    notice = f"天才一秒记住本站地址：{site}" if rng.random() < 0.5 else f"最快更新{book}最新章节！"
    variant = rng.randrange(2)
    if variant == 0:
        content = f"<div id='content'>{notice}<br /><br />{_ind_br(paras)}</div>"
    else:
        content = f"<div id='content'><p>{notice}</p>{''.join(f'<p>　　{x}</p>' for x in paras)}<p>（本章完）</p></div>"
    rec = _head_list(rng, text.heads(rng, 6, title), "tuijian", "推荐阅读：", dates=False)
    bad.extend([notice])
    main = (
        f"<div class='con_top'><a href='/'>小说阅读网</a> &gt; <a href='/book/'>{book}</a> &gt; {chap}</div>"
        f"<div class='bookname'><h1>{chap}</h1>{bar}<div class='info'>作者：{_name(rng)}　更新时间：{_time(rng)}　字数：{sum(len(x) for x in paras)}</div></div>"
        f"{content}{bar}<div class='tip'>本站所有小说为转载作品，所有章节均由网友上传，转载至本站只是为了宣传，让更多读者欣赏。</div>{rec}"
    )
    bad.append("所有章节均由网友上传")
    return _nav(rng, "首页 玄幻 修真 都市 穿越 网游 科幻 排行榜 全本") + f"<div class='box_con'>{main}</div>" + _footer(
        rng, "小说网"
    ), paras


def _encyclopedia(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    summary, rest = paras[0], paras[1:]
    k = min(len(rest), rng.randint(2, 4))
    names = rng.sample(_SECTIONS, k)
    sections: list[tuple[str, list[str]]] = []
    per = max(1, len(rest) // k)
    for i, nm in enumerate(names):
        chunk = rest[i * per : (i + 1) * per] if i < k - 1 else rest[i * per :]
        if chunk:
            sections.append((nm, chunk))
    toc = "".join(
        f"<li><span class='index'>{i + 1}</span><a href='#{i + 1}'>{nm}</a></li>" for i, (nm, _) in enumerate(sections)
    )
    body = "".join(
        f"<div class='para-title level-2'><h2 class='title-text'><span class='title-prefix'>{i + 1}</span>{nm}</h2><a class='edit-icon' href='#'>编辑</a></div>"
        + "".join(f"<div class='para'>{x}<sup>[{rng.randint(1, 5)}]</sup></div>" for x in chunk)
        for i, (nm, chunk) in enumerate(sections)
    )
    refs = []
    for i, h in enumerate(text.heads(rng, rng.randint(3, 6), title)):
        refs.append(
            f"<li><span class='index'>{i + 1}.</span><a href='{_href(rng, 'ref')}'>{h}</a> ．{rng.choice(('新华网', '人民网', '中国新闻网'))}[引用日期{_day(rng)}]</li>"
        )
        if i == 0:
            bad.append(h)
    term = title[: rng.randint(4, 8)]
    tags = " ".join(
        f"<span class='taglist'>{w}</span>"
        for w in rng.sample(("社会", "历史", "文化", "人物", "事件", "地理", "经济"), 3)
    )
    main = (
        f"<div class='main-content'><dl class='lemmaWgt-lemmaTitle'><dd><h1>{term}</h1><a href='#'>编辑</a> <a href='#'>锁定</a> <a href='#'>讨论</a></dd></dl>"
        f"<div class='promotion-declaration'>本词条由“科普中国”科学百科词条编写与应用工作项目 审核 。</div>"
        f"<div class='lemma-summary'><div class='para'>{summary}</div></div>"
        f"<div class='lemmaWgt-lemmaCatalog'><h2 class='block-title'>目录</h2><ol>{toc}</ol></div>{body}"
        f"<dl class='lemma-reference'><dt>参考资料</dt><ul>{''.join(refs)}</ul></dl>"
        f"<div id='open-tag'><span class='open-tag-title'>词条标签：</span>{tags}</div></div>"
    )
    side = (
        f"<div class='side-content'><div class='lemmaWgt-promotion'><h3>词条统计</h3><ul><li>浏览次数：{_count(rng)}次</li><li>编辑次数：{rng.randint(1, 80)}次 <a href='#'>历史版本</a></li>"
        f"<li>最近更新：{_name(rng)} （{_day(rng)}）</li><li>突出贡献者：<a href='#'>{_name(rng)}</a></li></ul></div>"
        + _head_list(rng, text.heads(rng, 5, title), "hot-lemma", "相关词条", dates=False)
        + "</div>"
    )
    gold = [summary] + [y for nm, chunk in sections for y in [nm, *chunk]]
    return _nav(
        rng, "首页 分类 特色百科 用户 权威合作 手机百科 个人中心"
    ) + f"<div class='body-wrapper'>{main}{side}</div>" + _footer(rng, "百科"), gold


def _org_frame(
    rng: random.Random, text: Text, title: str, org: str, cell: str, bad: list[str], prose_foot: bool
) -> str:
    menu = "".join(
        f"<tr><td height='24' background='/images/menu_bg.gif'>&nbsp;<img src='/images/dot.gif'> <a href='/list.asp?id={i}'><font color='#003366'>{w}</font></a></td></tr>"
        for i, w in enumerate(
            ("学校概况", "新闻动态", "通知公告", "教学科研", "党建工作", "招生就业", "校友之窗", "联系我们")
        )
    )
    city = rng.choice(("长沙", "宜昌", "绵阳", "泉州", "洛阳", "临沂", "赣州", "柳州"))
    if prose_foot:
        foot_text = (
            f"本网站由{city}市{org}主办，版权所有，未经书面许可，不得转载或镜像本站内容。"
            f"地址：{city}市{rng.choice(('人民路', '解放路', '建设大道', '新华街'))}{rng.randint(1, 300)}号，邮编：{rng.randint(400000, 650000)}，"
            f"联系电话：0{rng.randint(700, 999)}-{rng.randint(1000000, 9999999)}，传真：0{rng.randint(700, 999)}-{rng.randint(1000000, 9999999)}。"
            f"技术支持：{city}{rng.choice(('创新', '天网', '金桥'))}网络科技有限公司。ICP备案号：{rng.choice(('湘', '鄂', '川', '闽', '豫'))}ICP备{rng.randint(10**7, 10**8)}号。"
        )
        bad.append(f"本网站由{city}市{org}主办")
    else:
        foot_text = (
            f"版权所有：{city}市{org}　地址：{city}市{rng.choice(('人民路', '解放路', '建设大道'))}{rng.randint(1, 300)}号<br>"
            f"电话：0{rng.randint(700, 999)}-{rng.randint(1000000, 9999999)}　邮编：{rng.randint(400000, 650000)}　{rng.choice(('湘', '鄂', '川'))}ICP备{rng.randint(10**7, 10**8)}号"
        )
    foot = f"<table width='778' align='center' bgcolor='#E8E8E8'><tr><td align='center'><font size='2' color='#666666'>{foot_text}</font></td></tr></table>"
    banner = f"<table width='778' align='center' cellpadding='0' cellspacing='0'><tr><td><img src='/images/top.jpg' width='778' height='120' alt='{city}市{org}'></td></tr></table>"
    news = _head_list(rng, text.heads(rng, 5, title), "zxdt", "最新动态", dates=True)
    return (
        banner
        + "<table width='778' align='center' cellpadding='0' cellspacing='0'><tr>"
        + f"<td width='180' valign='top'><table width='100%'>{menu}</table>{news}</td>"
        + f"<td width='598' valign='top'>{cell}</td></tr></table>"
        + foot
    )


def _org_gbk(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    who = rng.sample(_GBK_NAMES, 2)
    org = rng.choice(_ORG)
    paras = list(paras)
    paras[0] = f"{paras[0]}{who[0]}同志出席并讲话。"
    paras[-1] = (
        f"{paras[-1]}（通讯员 {who[1]}）" if rng.random() < 0.5 else f"{paras[-1]}{who[1]}对下一步工作提出了要求。"
    )
    meta = f"发布人：{rng.choice(('admin', '办公室', '宣传部', who[1]))}　发布时间：{_day(rng)}　点击数：{_count(rng)}　来源：本站原创"
    if rng.random() < 0.5:
        story = "<font size='3' face='宋体'>" + "".join(f"<p>　　{x}</p>" for x in paras) + "</font>"
    else:
        story = "<span style='font-size:10.5pt;line-height:200%'>" + "".join(f"　　{x}<br>" for x in paras) + "</span>"
    cell = (
        f"<table width='100%' border='0' cellpadding='5'><tr><td class='position'>您现在的位置：<a href='/'>首页</a> &gt;&gt; <a href='/list.asp?id=1'>新闻动态</a></td></tr>"
        f"<tr><td align='center'><font size='4' color='#CC0000'><strong>{title}</strong></font></td></tr>"
        f"<tr><td align='center'><font color='#999999' size='2'>{meta}</font></td></tr><tr><td><hr size='1' color='#CCCCCC'></td></tr>"
        f"<tr><td class='content'>{story}</td></tr>"
        "<tr><td align='right'>【<a href='javascript:window.print()'>打印此文</a>】【<a href='javascript:window.close()'>关闭窗口</a>】</td></tr></table>"
    )
    return _org_frame(rng, text, title, org, cell, bad, rng.random() < 0.5), paras


def _printer(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    host = rng.choice(("news.sina.com.cn", "www.chinanews.com", "news.qq.com", "www.xinhuanet.com", "news.163.com"))
    src = rng.choice(("新华网", "中国新闻网", "人民日报", "北京晨报"))
    if rng.random() < 0.5:
        body = (
            "<table width='600' align='center' border='0'><tr><td align='right'><a href='javascript:window.print()'>[打印本页]</a> <a href='javascript:window.close()'>[关闭窗口]</a></td></tr>"
            f"<tr><td align='center'><b><font size='4'>{title}</font></b></td></tr><tr><td align='center'><font size='2'>{_time(rng)[:16]}　来源：{src}</font></td></tr>"
            f"<tr><td><font size='3'>{''.join(f'<p>　　{x}</p>' for x in paras)}</font></td></tr>"
            f"<tr><td><font size='2'>本文网址：http://{host}{_href(rng)}</font></td></tr></table>"
        )
    else:
        body = (
            f"<div class='print'><h2>{title}</h2><p class='src'>{src} {_time(rng)[:16]}</p><hr>{_paras(paras)}<hr>"
            f"<p class='url'>原文地址：http://{host}{_href(rng)}</p><p>Copyright © 1998-2012 {src} All Rights Reserved.</p>"
            "<p><a href='#' onclick='window.print()'>打印</a> | <a href='#' onclick='window.close()'>关闭</a></p></div>"
        )
    return body, paras


def _td_br_footer(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    org = rng.choice(_ORG)
    cell = (
        f"<table width='100%' cellpadding='8'><tr><td class='title' align='center'><b>{title}</b></td></tr>"
        f"<tr><td align='center' class='date'>{_day(rng)}　{rng.choice(('作者：', '来源：'))}{rng.choice((org, _name(rng)))}</td></tr>"
        f"<tr><td class='text'>{'<br><br>'.join(paras)}</td></tr></table>"
    )
    return _org_frame(rng, text, title, org, cell, bad, True), paras


def _editor_note(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    k = 2 if len(paras) >= 5 and rng.random() < 0.4 else 1
    note, body = paras[:k], paras[k:]
    label = rng.choice(("编者按：", "【编者按】", "导语：", "编者的话："))
    form = rng.randrange(3)
    if form == 0:  # a box above the text
        first = f"<b>{label}</b>{note[0]}"
        box = f"<div class='bianzhe' style='border:1px dashed #ccc;background:#f5f5f5'><p>{first}</p>{_paras(note[1:])}</div>"
        story = box + f"<div class='content'>{_paras(body)}</div>"
    elif form == 1:  # bold / italic paragraphs at the top of the text
        story = (
            f"<div class='content'><p><strong>{label}</strong><font color='#0000FF'>{note[0]}</font></p>"
            + "".join(f"<p><font color='#0000FF'>{x}</font></p>" for x in note[1:])
            + _paras(body)
            + "</div>"
        )
    else:  # a table cell of its own (2008 CMS)
        story = f"<table width='95%' bgcolor='#EEF3F9'><tr><td><font color='#336699'>{label}{'<br>'.join(note)}</font></td></tr></table><div id='text'>{_paras(body)}</div>"
    rel = text.heads(rng, 5, title)
    bad.extend(rel[:2])
    main = (
        f"<div class='article'><h1>{title}</h1><div class='info'>{_date(rng)} 来源：{rng.choice(('中国青年报', '南方周末', '新京报', '瞭望东方周刊'))} 作者：{_name(rng)}</div>"
        f"{story}<p class='editor'>（责任编辑：{_name(rng)}）</p>{_share(rng)}</div>"
        + _head_list(rng, rel, "related", "相关阅读")
    )
    return _nav(rng, "首页 新闻 评论 专题 人物 访谈") + main + _footer(rng, "新闻网"), paras


_QUESTIONS = (
    "您怎样看待这件事情？",
    "这项工作目前进展如何？",
    "下一步有什么打算？",
    "群众最关心的问题是什么？",
    "遇到的最大困难是什么？",
    "有人担心会带来负面影响，您怎么看？",
    "这对普通人意味着什么？",
    "您对年轻人有什么建议？",
    "当初为什么会做出这个决定？",
    "如何评价过去一年的成绩？",
)


def _interview_qa(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    intro, answers = paras[:1], paras[1:]
    guest = _name(rng)
    ql, al = rng.choice((("记者：", "答："), ("问：", "答："), ("记者：", f"{guest}："), ("主持人：", f"{guest}：")))
    qs = rng.sample(_QUESTIONS, min(len(_QUESTIONS), len(answers)))
    bold = rng.random() < 0.5
    lines = list(intro)
    html_lines = [f"<p>{x}</p>" for x in intro]
    for q, a in zip(qs, answers, strict=False):
        lines += [f"{ql}{q}", f"{al}{a}"]
        qh = f"<p><strong>{ql}{q}</strong></p>" if bold else f"<p>{ql}{q}</p>"
        ah = f"<p><strong>{al}</strong>{a}</p>" if bold and rng.random() < 0.5 else f"<p>{al}{a}</p>"
        html_lines += [qh, ah]
    rel = text.heads(rng, 5, title)
    bad.extend(rel[:2])
    main = (
        f"<div class='main'><h1>{title}</h1><h2 class='subtitle'>——访{rng.choice(('市教育局局长', '著名作家', '公司董事长', '县委书记', '研究员'))}{guest}</h2>"
        f"<div class='info'>{_date(rng)} 来源：{rng.choice(('人民网', '中国教育报', '经济日报'))} 记者 {_name(rng)}</div>"
        f"<div id='ctrlfscont'>{''.join(html_lines)}</div><p class='editor'>责任编辑：{_name(rng)}</p>{_share(rng)}</div>"
        + _head_list(rng, rel, "xgft", "相关访谈")
    )
    return _nav(rng, "首页 访谈 直播 专题 图片 视频") + main + _footer(rng, "访谈"), lines


def _short_lines(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    clauses = _clauses(paras)
    if len(clauses) < 8:
        clauses = clauses + _clauses(text.prose(rng, 8, key))
    if rng.random() < 0.5:  # a poem
        n = min(len(clauses), rng.randint(8, 20))
        start = rng.randrange(max(1, len(clauses) - n))
        lines = clauses[start : start + n]
        gold = list(lines)
        head = f"<p>文/{_name(rng)}</p>"
        if rng.random() < 0.5:
            story = head + "".join(f"<p>{x}</p>" for x in lines)
        else:
            story = head + "<p>" + "<br>".join(lines) + "</p>"
    else:  # a list of points under a lead paragraph
        n = min(len(clauses), rng.randint(5, 10))
        pts = [f"{'一二三四五六七八九十'[i]}是{c}；" for i, c in enumerate(clauses[:n])]
        pts[-1] = pts[-1][:-1] + "。"
        gold = [paras[0], *pts]
        if rng.random() < 0.5:
            story = f"<p>{paras[0]}</p>" + "".join(f"<p>{x}</p>" for x in pts)
        else:
            story = f"<p>　　{paras[0]}<br>" + "<br>".join(f"　　{x}" for x in pts) + "</p>"
    rel = text.heads(rng, 6, title)
    bad.extend(rel[:2])
    main = (
        f"<div class='left'><div class='article'><h1>{title}</h1><div class='info'>{_date(rng)} 来源：{rng.choice(('文学网', '散文在线', '市文明办'))}</div>"
        f"<div class='art_con'>{story}</div><div class='page_tool'>【<a href='#'>收藏</a>】【<a href='#'>打印</a>】【<a href='#'>关闭</a>】</div></div></div>"
        f"<div class='right'>{_head_list(rng, rel, 'hot', '热门文章', dates=False)}{_head_list(rng, text.heads(rng, 6, title), 'new', '最新更新')}</div>"
    )
    return _nav(rng, "首页 散文 诗歌 小说 杂文 随笔 日记") + main + _footer(rng, "文学网"), gold


def _inline_table(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    places = rng.sample(_PLACES, rng.randint(4, 7))
    y = rng.randint(2006, 2012)
    unit = rng.choice(("亿元", "万吨", "万人", "万辆"))
    head = ["地区", f"{y - 1}年（{unit}）", f"{y}年（{unit}）", "增长（%）"]
    rows = [head]
    for p in places:
        a = rng.uniform(50, 9000)
        g = rng.uniform(-5, 25)
        rows.append([p, f"{a:.1f}", f"{a * (1 + g / 100):.1f}", f"{g:.1f}"])
    cut = rng.randint(1, max(1, len(paras) - 1))
    cap = f"表{rng.randint(1, 3)}：{y}年部分地区主要指标" if rng.random() < 0.5 else ""
    tab = (
        (f"<p align='center'><b>{cap}</b></p>" if cap else "")
        + "<table border='1' cellspacing='0' cellpadding='3' align='center' width='90%'>"
        + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
        + "</table>"
    )
    story = _paras(paras[:cut]) + tab + _paras(paras[cut:])
    gold = paras[:cut] + ([cap] if cap else []) + [" ".join(r) for r in rows] + paras[cut:]
    rel = text.heads(rng, 5, title)
    bad.extend(rel[:2])
    main = (
        f"<div class='article'><h1>{title}</h1><div class='info'>{_date(rng)} 来源：{rng.choice(('经济日报', '中国统计信息网', '第一财经日报'))}</div>"
        f"<div id='Content'>{story}</div><p class='editor'>（编辑：{_name(rng)}）</p>{_share(rng)}</div>"
        + _head_list(rng, rel, "related", "相关新闻")
    )
    return _nav(rng, "首页 宏观 金融 产经 数据 图表") + main + _footer(rng, "经济网"), gold


def _portal_2005(
    rng: random.Random, text: Text, key: str, title: str, paras: list[str], bad: list[str]
) -> tuple[str, list[str]]:
    rel = text.heads(rng, rng.randint(3, 6), title)
    bad.extend(rel[:2])
    src = rng.choice(("北京青年报", "千龙网", "新京报", "华夏时报", "中国青年报"))
    tools = "【<a href='#'>发表评论</a>】【<a href='#'>推荐给朋友</a>】【<a href='#'>打印</a>】【<a href='#'>关闭</a>】"
    pager = "[<a href='#'>上一页</a>] [1] [<a href='#'>2</a>] [<a href='#'>下一页</a>]" if rng.random() < 0.5 else ""
    relhtml = "<br>".join(
        f"·<a href='{_href(rng)}'>{h}</a> <font color='#666666'>({_date(rng)[5:10]})</font>" for h in rel
    )
    cell = (
        f"<td class='f14' valign='top'>{''.join(f'<p>　　{x}</p>' for x in paras)}"
        + (f"<p align='center'>{pager}</p>" if pager else "")
        + f"<p>（责任编辑：{_name(rng)}）</p><p align='right'>{tools}</p>"
        + f"<br><b>相关新闻</b><br>{relhtml}</td>"
    )
    side = (
        "<td width='200' valign='top'>"
        + _head_list(rng, text.heads(rng, 10, title), "ph", "新闻排行", dates=False)
        + "<img src='/ad/200x300.gif'></td>"
    )
    art = (
        "<table width='760' align='center' border='0' cellspacing='0' cellpadding='0'><tr><td valign='top'><table width='100%'>"
        f"<tr><td align='center' class='f24'><b>{title}</b></td></tr><tr><td align='center' class='f12'>{_date(rng)}　来源：{src}</td></tr>"
        f"<tr>{cell}</tr></table></td>{side}</tr></table>"
    )
    nav = (
        "<table width='760' align='center'><tr>"
        + "".join(
            f"<td><a href='/{i}/'>{w}</a></td>"
            for i, w in enumerate("首页 新闻 体育 娱乐 财经 IT 汽车 房产 短信 邮箱".split())
        )
        + "</tr></table>"
    )
    return nav + art + _footer(rng, "新闻中心"), paras


BUILDERS: dict[str, Builder] = {
    "blog_post": _blog_post,
    "blog_comments": _blog_comments,
    "novel_chapter": _novel_chapter,
    "encyclopedia": _encyclopedia,
    "org_gbk": _org_gbk,
    "printer": _printer,
    "td_br_footer": _td_br_footer,
    "editor_note": _editor_note,
    "interview_qa": _interview_qa,
    "short_lines": _short_lines,
    "inline_table": _inline_table,
    "portal_2005": _portal_2005,
}


def build_page(kind: str, index: int, text: Text, seed: str) -> GenPage:
    pid = f"{kind}_{index}"
    rng = random.Random(f"{seed}/{pid}")
    key, title, paras = rng.choice(text.articles)
    # a tune gold's own statement line ("免责声明：本文仅代表作者个人观点…") is the source site's chrome, not prose
    paras = [x for x in paras if "声明" not in x and "版权" not in x] or paras
    bad: list[str] = []
    body, gold = BUILDERS[kind](rng, text, key, title, list(paras), bad)
    gbk = kind == "org_gbk"
    html = _page(title + rng.choice(("", "_新闻中心", "-博客", "_网")), body, "gb2312" if gbk else "utf-8")
    must = [_norm(gold[0])[:12], _norm(gold[-1])[:12]]
    data: str | bytes = html.encode("gbk", errors="xmlcharrefreplace") if gbk else html
    return GenPage(SET, pid, kind, data, "\n".join(gold), must, bad, source=key)


def build(data: Path, seed: str = SET) -> list[GenPage]:
    text = Text.load(data)
    return [build_page(kind, i, text, seed) for kind in KINDS for i in range(PAGES_PER_KIND)]


def _shown21(html: str | bytes) -> str:
    return html.decode("gbk", errors="replace") if isinstance(html, bytes) else _shown(html)


SCORING = Scoring(_norm, _url, KINDS, label_width=15, id_width=20, snippet_chars=20, shown=_shown21)


def judge(page: GenPage, out: str) -> Result:
    return gen_score.judge(page, out, _norm)


def main(argv: list[str] | None = None) -> int:
    return gen_score.main(argv, __doc__, build, SET, SCORING)


if __name__ == "__main__":
    raise SystemExit(main())
