"""The article survives another portal's layout (bench/perturb.py): a related box or ranking above the body, an
ancestor full of link lists, a split body, share and comment-login forms, an unclosed ``<noscript>``, a sidebar of
headline teasers with prose summaries, meaningless class names."""

from __future__ import annotations

import sys

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.textpieces import NEWS_PARAGRAPHS

sys.path.insert(0, str(ROOT / "bench"))
import perturb
from bench_extract import Page, load_set, prf

CLEAN_NEW_KINDS = ("comments_below", "recent_comments", "next_article", "price_widget", "deep_nesting")
"""The layouts of round three whose boxes leave no text in the output of the synthetic page (the others add prose
that is kept: a caption, a tagline, an author's bio, a cookie notice; ``short_paragraphs`` and ``br_lines`` change
the lines of the body: tested below that the article is kept whole)."""
WHOLE_BODY_KINDS = [
    kind
    for kind in perturb.KINDS
    if kind not in ("short_sidebar", "tail_heading", *perturb.BIG5_KINDS, *perturb.NEWS19_KINDS)
    and (kind not in perturb.NEW_KINDS or kind in CLEAN_NEW_KINDS)
]
"""The perturbations that keep the whole body and add nothing (``short_sidebar`` cuts it short; ``tail_heading``
leaves two paragraphs of this short page below its heading, too few to tell from a comment box's notices: tested on
tune pages below; ``trad_big5`` converts the page to Traditional characters: tested on tune pages below; round
five (``NEWS19_KINDS``) applies to Chinese pages only and adds prose or lines some golds keep: a float column of
teasers is tested below)."""
PARAGRAPHS = NEWS_PARAGRAPHS
HEADLINES = [
    "地铁故障演练区间内停车数百乘客紧急疏散",
    "小微企业所得税减半征收标准提高",
    "英国十二月通胀率下降至六个月低点",
    "春节假期全台十五条森林步道推荐",
    "汽车整车三包拟提至五万公里",
    "国务院食安办部署春节食品安全检查",
    "高端白酒旺季面临压力",
    "武广高铁春运高峰取消刷身份证",
    "医院手术后失误将纱布留在男童鼻腔内",
    "中电信终端年会今日开幕",
    "柯达宣布重组并起诉苹果侵犯专利",
    "民间资本成投资活动的主体",
]
SUMMARIES = [
    "北市卫生局昨天整理了年菜热量资讯，发现年夜饭若每样都吃一人份，热量将破两千大卡，提醒民众注意。",
    "作为亚洲偶像的少女组合，皮肤细嫩水润，护肤方法也多种多样，最重要的是走出了冬季护肤误区。",
    "大家都通过网络订票了，还怎么收铁路信息费呢，要不然大家怎么会发现订票电话比网络成功率高。",
    "以心脏的人工血管为例，一般一根就是一万到两万元，不同的病人用的长度不同，费用差别也很大。",
    "今年春节假期，林务局特别列出十五条国家级森林步道，提供民众走春的好选择，吸引大批游客。",
    "我省已经在探索保险机制，正在考虑推出更多的关爱措施，让外出务工人员安心回家过年。",
    "有趣的是，啤酒公司的估值就像一杯啤酒，上层的泡沫远大于下面的啤酒，而除掉泡沫，啤酒却很少。",
    "从经济因素考虑，合约机相对会比较划算，卖场向消费者主要介绍的也是合约机，裸机销售受到控制。",
    "也就是说，听证会上呼声很高的三十天太短得到了回应，三十天延长到了六十天，市民普遍表示欢迎。",
    "但有多位业内人士认为，这家公司的破产是可以避免的，它将变为一家依赖单一盈利业务模式的小公司。",
]
MENU = "".join(
    f'<li><a href="/c{i}/">{name}</a></li>' for i, name in enumerate("首页 新闻 体育 娱乐 财经 科技 汽车 房产".split())
)
HTML = f"""<html><head><title>农民工维权绿色通道开通_新闻中心</title></head><body>
<div class="top"><ul>{MENU}</ul></div>
<div class="wrap"><div class="crumb"><a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>
<h1>农民工维权绿色通道开通</h1><div class="info">2011-12-16 01:23 来源：工人日报</div>
<div class="text">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div>
<div class="end">（责任编辑：王明）</div></div>
<div class="foot"><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | 版权所有 2011</div>
</body></html>"""


def _pool() -> perturb.Pool:
    pool = perturb.Pool([])
    pool.headlines, pool.summaries = list(HEADLINES), list(SUMMARIES)
    return pool


def _page() -> Page:
    gold = "\n".join(PARAGRAPHS)
    return Page(set="synthetic", id="wq", html=HTML, gold=gold, url=None, lang="zh", page_type="article", half="tune")


@pytest.mark.parametrize("kind", WHOLE_BODY_KINDS)
def test_the_article_and_nothing_else_under_every_perturbation(kind: str) -> None:
    page = _page()
    index, agreement = perturb.body_index(page.html, page.gold)
    assert agreement > 0.95
    html = perturb.perturb(page, kind, index, _pool())
    assert html is not None
    text = extract_html(html).text
    for para in PARAGRAPHS:
        assert para in text, kind
    for noise in [*HEADLINES, *SUMMARIES, "网友评论仅供其表达个人看法", "把这篇文章推荐给朋友", "热门排行", "相关阅读"]:
        assert noise not in text, (kind, noise)


def test_a_body_split_into_three_siblings_is_kept_whole() -> None:
    page = _page()
    index, _ = perturb.body_index(page.html, page.gold)
    html = perturb.perturb(page, "split_body", index, _pool())
    assert html is not None and html.count('class="p') >= 3  # three containers and an ad box between
    assert extract_html(html).text.splitlines() == PARAGRAPHS


def test_a_body_part_beside_a_link_column_is_kept_with_the_rest() -> None:
    # the first part of the body shares its container with a column of headline links (it scores below zero as a
    # whole), an advertisement stands between it and the rest, which sits in a table cell
    column = "".join(f'<li><a href="/n{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES))
    first, rest = ("".join(f'<p class="text">{p}</p>' for p in part) for part in (PARAGRAPHS[:2], PARAGRAPHS[2:]))
    html = f"""<html><head><title>农民工维权绿色通道开通_新闻中心</title></head><body><div class="all">
<div class="title">农民工维权绿色通道开通</div><div class="p1"><div class="rec"><ul>{column}</ul></div>
{first}</div><div class="a4"><a href="/ad/1">点击查看详情</a></div>
<table class="p2"><tr><td>{rest}</td></tr></table></div></body></html>"""
    text = extract_html(html).text
    assert text.splitlines() == PARAGRAPHS
    # the part is taken in from its first paragraph on: the headline column above it stays out
    assert not any(h in text for h in HEADLINES)


def test_a_short_last_part_below_an_advertisement_is_kept_and_a_notice_is_not() -> None:
    # the body goes on below an advertisement box in a sibling container of its own: two paragraphs, too little
    # beside the rest for the widening (SIBLING_SHARE), but they wear the body's paragraph kind; a labelled
    # notice in that kind further down ("声明：…") and a column of teasers are no part of the body
    paragraphs = [*PARAGRAPHS[:3], *SUMMARIES[1:10]]  # a longer article: the notice is too little for the widening
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    ad = '<div class="a4"><a href="/ad/1">点击查看详情</a></div>'
    column = "".join(f'<li><a href="/n{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES))
    notice = "声明：本站登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述，文章内容仅供参考。"
    last = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[3:])
    html = f"""<html><head><title>农民工维权绿色通道开通_新闻中心</title></head><body><div class="all">
<h1>农民工维权绿色通道开通</h1><div class="p1">{body}</div>{ad}<div class="p3">{last}</div>
{ad}<div class="p4"><p>{notice}</p></div><div class="side"><ul>{column}</ul><p>{SUMMARIES[0]}</p></div>
</div></body></html>"""
    text = extract_html(html).text
    assert text.splitlines() == [*paragraphs, *PARAGRAPHS[3:]]
    assert not any(h in text for h in HEADLINES) and SUMMARIES[0] not in text


def test_cut_summaries_under_a_details_link_do_not_outweigh_a_short_article() -> None:
    # a two-paragraph story far below its title (a related box between) and a sidebar of summaries cut short
    # ("……[详情]"): the summaries are teasers of other pages, not prose
    related = "".join(f'<li><a href="/r{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES))
    side = "".join(
        f'<div class="it"><p class="t">{s[:30]}……<a href="/d{i}.html">[详情]</a></p></div>'
        for i, s in enumerate(SUMMARIES[:6])
    )
    html = f"""<html><head><title>农民工维权绿色通道开通_新闻中心</title></head><body>
<div class="l"><h1>农民工维权绿色通道开通</h1><div class="rel"><ul>{related}</ul></div>
<div class="text"><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p></div></div><div class="r">{side}</div></body></html>"""
    text = extract_html(html).text
    assert text.splitlines() == PARAGRAPHS[:2]


def test_a_labelled_summary_above_a_related_box_is_kept() -> None:
    # "摘要：…" between the title and the body, a box of related links between it and the body
    lede = "摘要：安徽省合肥市蜀山区二里街社区为农民工开设了维权绿色通道，帮助他们追讨被拖欠的工资。"
    related = "".join(f'<li><a href="/r{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES))
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"""<html><head><title>农民工维权绿色通道开通_新闻中心</title></head><body><div class="main">
<h1>农民工维权绿色通道开通</h1><div class="sum">{lede}</div><div class="rel"><h3>相关阅读</h3><ul>{related}</ul></div>
<div class="text">{body}</div></div></body></html>"""
    assert extract_html(html).text.splitlines() == [lede, *PARAGRAPHS]


def test_a_teaser_sidebar_with_short_headlines_is_left_out() -> None:
    # headlines of 3-7 characters or a short English name among the long ones: the run of (headline, summary) pairs
    # is told by its markup (every headline an <h4>, every summary a <p>), not broken by the short ones
    pool = _pool()
    pool.headlines = [
        h if i % 3 else short
        for i, (h, short) in enumerate(
            zip(HEADLINES, ["投身外交", "Joel on Software", "中国共产党党章", "世艺网"] * 3, strict=False)
        )
    ]
    page = _page()
    index, _ = perturb.body_index(page.html, page.gold)
    html = perturb.perturb(page, "sidebar", index, pool)
    assert html is not None
    text = extract_html(html).text
    assert text.splitlines()[: len(PARAGRAPHS)] == PARAGRAPHS
    for noise in SUMMARIES:
        assert noise not in text


DATA = SHARED / "data" / "extraction"
TUNE_PAGES = [
    ("daniel_zh", "20120117_udn.com_7d22e82f0dbbcbdf642725ba5ec289c39418f60d5c123c28f6298e61"),
    ("cwced_zh", "3e1af229-5b3e-4cfc-82b2-481f37d7adf7"),
]


def _perturbed(set_name: str, page_id: str, kinds: tuple[str, ...], lang: str = "zh") -> tuple[Page, float, list[str]]:
    """A tune page (by id or id prefix), its F1 unperturbed (``identity``), its text under each of ``kinds``."""
    pages = load_set(DATA, set_name, None, ("tune",))
    page = next(p for p in pages if p.id.startswith(page_id))
    pool = perturb.Pool(pages, lang)
    index, _ = perturb.body_index(page.html, page.gold)
    base = prf(extract_html(perturb.perturb(page, "identity", index, pool) or "").text, page.gold)[0]
    texts = []
    for kind in kinds:
        html = perturb.perturb(page, kind, index, pool)
        assert html is not None, kind
        texts.append(extract_html(html).text)
    return page, base, texts


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(("set_name", "page_id"), TUNE_PAGES)
def test_tune_pages_keep_their_score_under_a_teaser_sidebar_and_an_open_noscript(set_name: str, page_id: str) -> None:
    kinds = ("sidebar", "noscript", "forms", "rename")
    page, base, texts = _perturbed(set_name, page_id, kinds)
    for kind, text in zip(kinds, texts, strict=True):
        assert prf(text, page.gold)[0] >= base - 0.05, kind


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_tune_page_split_beside_its_link_column_keeps_its_score() -> None:
    # cwced_zh c25d25c2 (tune): the first part of the split body shares its container with the page's link column
    page, base, (text,) = _perturbed("cwced_zh", "c25d25c2-6e22-44fb-b073-0ff2f1c23643", ("split_body",))
    assert prf(text, page.gold)[0] >= base - 0.01


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("set_name", "page_id", "below"),
    [
        # one-sentence paragraphs, a subheading ("变化二：60天包退换") after the inserted heading
        ("daniel_zh", "20120117_finance.huanqiu.com_371ddd83", "对于第一次的征求意见稿中颇有争议的条款"),
        ("cwced_zh", "8cb7b39d", ""),
        # a short article: two paragraphs and the source line below the heading (issue #12 item 4)
        ("daniel_zh", "20120117_news.163.com_d3112a32", "三起连续的“质量门”事件"),
        # English: a caption above the heading, a byline and a date below it, one-sentence paragraphs
        ("daniel_en", "20120112_www.latimes.com_9fa8e2c8", "The findings come from a study published"),
        ("daniel_en", "20111215_www.bbc.co.uk_3ca58792", "She said at least half of the acute trusts"),
    ],
)
def test_a_bare_tail_heading_inside_a_tune_body_does_not_cut_it(set_name: str, page_id: str, below: str) -> None:
    # "相关报道：" alone among the paragraphs (perturb.py tail_heading) cut the rest of the article
    page, base, (text,) = _perturbed(set_name, page_id, ("tail_heading",), set_name[-2:])
    assert prf(text, page.gold)[0] >= base - 0.05
    assert below in text and "相关报道" not in text and "Related Articles" not in text


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_tune_page_with_minified_numbered_class_names_keeps_its_score() -> None:
    # daniel_zh money.163.com bdfd8f24 (tune): with every class renamed "x1", "x2"... the article's wrapper and
    # its siblings looked like one repeated kind (digits dropped), and expand_repeated climbed to their parent
    page_id = "20120117_money.163.com_bdfd8f24bfa1e0b6d3e6331a324692fb0bbb3cf5e33e7a7ab9ce2fcb"
    page, base, (text,) = _perturbed("daniel_zh", page_id, ("rename_digits",))
    assert prf(text, page.gold)[0] >= base - 0.05


PARAGRAPHS_EN = [
    "The city council voted on Tuesday night to extend the late-night bus service to the northern suburbs, after "
    "two years of complaints from shift workers who had no way home after midnight.",
    "Under the plan, three new routes will run every forty minutes between midnight and five in the morning, "
    "starting in March, at a cost of about 1.2 million dollars a year.",
    "Council member Rosa Delgado, who proposed the change, said the old timetable had been written for a city "
    "that no longer exists, and that nurses, cleaners and cooks had paid the price.",
    "Opponents argued that the money would be better spent on repairing the roads, but the motion passed by "
    "nine votes to four after a debate that lasted well into the evening.",
    "The transit authority said it would publish the new timetables in February and review the ridership "
    "figures after six months to decide whether the service should be expanded.",
]
HEADLINES_EN = [
    "Storm closes mountain pass for the second time this week",
    "Local bakery wins national award for its sourdough bread",
    "School board approves new start times for the autumn term",
    "Hospital opens a new wing for children with rare diseases",
    "Police warn drivers about a surge in catalytic converter thefts",
    "Library extends opening hours during the exam season",
    "River clean-up volunteers collect two tonnes of rubbish",
    "Stadium expansion plan faces fresh opposition from residents",
    "Farmers market returns to the town square this weekend",
    "University announces a tuition freeze for next year",
    "New cycle lane opens along the waterfront promenade",
    "Museum to return ancient artefacts to their country of origin",
]
SUMMARIES_EN = [
    "Forecasters expect heavy snow to continue through the weekend, and officials have urged drivers to stay home.",
    "The family-run shop, which opened in 1982, beat more than four hundred entries from across the country.",
    "Parents had campaigned for later start times, citing research on teenagers' sleep and their grades.",
    "The new wing has thirty beds and a school room, and was paid for largely by private donations.",
    "Thieves can remove the part in under a minute, and the cost of replacing it has risen sharply this year.",
    "Students will be able to use the reading rooms until midnight from the first week of May until June.",
    "The volunteers found shopping trolleys, tyres and a piano among the rubbish pulled from the water.",
    "Residents say the larger stadium would bring traffic and noise to streets that are already crowded.",
    "More than sixty stalls will sell fruit, vegetables, cheese and bread from eight in the morning until noon.",
    "The freeze will apply to all undergraduate courses, the university said in a statement on Monday.",
]
MENU_EN = "".join(
    f'<li><a href="/{name.lower()}/">{name}</a></li>' for name in "Home News Sport Business Culture Opinion".split()
)
HTML_EN = f"""<html><head><title>Council extends late-night buses | The Daily Courier</title></head><body>
<div class="top"><ul>{MENU_EN}</ul></div>
<div class="wrap"><div class="crumb"><a href="/">Home</a> &gt; <a href="/news/">News</a></div>
<h1>Council extends late-night buses</h1><div class="info">By Sam Porter, 16 January 2012</div>
<div class="text">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS_EN)}</div></div>
<div class="foot"><a href="/about">About us</a> | <a href="/contact">Contact</a> | Copyright 2012</div>
</body></html>"""


def _page_en() -> Page:
    gold = "\n".join(PARAGRAPHS_EN)
    return Page(
        set="synthetic", id="bus", html=HTML_EN, gold=gold, url=None, lang="en", page_type="article", half="tune"
    )


@pytest.mark.parametrize("kind", WHOLE_BODY_KINDS)
def test_an_english_article_and_nothing_else_under_every_perturbation(kind: str) -> None:
    page = _page_en()
    index, agreement = perturb.body_index(page.html, page.gold)
    assert agreement > 0.95
    pool = perturb.Pool([], "en")
    pool.headlines, pool.summaries = list(HEADLINES_EN), list(SUMMARIES_EN)
    html = perturb.perturb(page, kind, index, pool)
    assert html is not None
    text = extract_html(html).text
    for para in PARAGRAPHS_EN:
        assert para in text, kind
    notices = ["Email this article to a friend", "You must be logged in", "Most Read", "Related Articles"]
    for noise in [*HEADLINES_EN, *SUMMARIES_EN, *notices]:
        assert noise not in text, (kind, noise)


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_related_articles_box_between_the_summary_and_the_body_cuts_nothing() -> None:
    """The box's header ("Related Articles", 16 characters) goes with its links: it is no tail heading."""
    page, base, (text,) = _perturbed("scrapinghub_en", "04a6711caa7c687592777718866e781e", ("related_above",), "en")
    assert prf(text, page.gold)[0] >= base - 0.05


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_an_english_teaser_box_taken_in_with_the_article_loses_its_summaries() -> None:
    """Headline links over one-sentence summaries below the body, inside the article's container."""
    page, base, (text,) = _perturbed("daniel_en", "20120117_www.google.com_19aa0640", ("sidebar",), "en")
    assert prf(text, page.gold)[0] >= base - 0.05


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_comment_form_without_class_names_stays_out() -> None:
    """A Drupal comment form (name, e-mail, "allowed HTML tags" notices, a text area) next to the article, its
    class names renamed away: the form's notices are no prose."""
    page, base, (text,) = _perturbed("daniel_en", "20120112_twocircles.net_e952787c", ("rename",), "en")
    assert "Allowed HTML tags" not in text
    assert prf(text, page.gold)[0] >= base - 0.05


def test_next_and_previous_story_teasers_below_the_body_are_dropped() -> None:
    """One "next story" and one "previous story" teaser at the end of the article's element, each a linked
    heading over a one-line summary and a byline: the summaries go with their headlines."""
    teasers = "".join(
        f'<div><h5><a href="/s/{k}">{HEADLINES_EN[k]}</a></h5><p>{SUMMARIES_EN[k]}</p><div>Sam Porter</div></div>'
        for k in (0, 1)
    )
    last = f"<p>{PARAGRAPHS_EN[-1]}</p>"
    html = HTML_EN.replace(last, last + teasers)
    assert teasers in html
    text = extract_html(html).text
    assert all(para in text for para in PARAGRAPHS_EN)
    assert SUMMARIES_EN[0] not in text and SUMMARIES_EN[1] not in text


def _squashed(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("kind", perturb.NEW_KINDS)
def test_the_article_is_kept_whole_under_every_new_layout(kind: str) -> None:
    # comments, a next story, boxes of prose, captions, one sentence a paragraph, <br> lines, deep nesting: every
    # paragraph of the article is still output (the lines may be split or joined differently)
    for page, pool, paragraphs in ((_page(), _pool(), PARAGRAPHS), (_page_en(), _pool_en(), PARAGRAPHS_EN)):
        index, _ = perturb.body_index(page.html, page.gold)
        html = perturb.perturb(page, kind, index, pool)
        if html is None and kind == "short_paragraphs":
            continue  # (the synthetic paragraphs are one sentence each)
        assert html is not None, kind
        text = _squashed(extract_html(html).text)
        for para in paragraphs:
            assert _squashed(para) in text, (kind, para)


def _pool_en() -> perturb.Pool:
    pool = perturb.Pool([], "en")
    pool.headlines, pool.summaries = list(HEADLINES_EN), list(SUMMARIES_EN)
    return pool


def test_comments_below_an_english_article_are_left_out() -> None:
    """A comment section (names, times, "Reply · Like 12" bars, 1-4 sentences each) in a container of its own below
    an article of five paragraphs: the article ends where the comments start (their header and count too)."""
    page = _page_en()
    index, _ = perturb.body_index(page.html, page.gold)
    html = perturb.perturb(page, "comments_below", index, _pool_en())
    assert html is not None
    text = extract_html(html).text
    assert text.splitlines()[-1] == PARAGRAPHS_EN[-1]
    assert not any(s in text for s in SUMMARIES_EN)


def test_a_forum_post_and_its_replies_side_by_side_stay_a_thread() -> None:
    """The same replies set beside the opening post's paragraphs in one element (a thread, not an article's comment
    section below it): every reply is kept."""
    replies = "".join(
        f'<div class="qi"><div class="qu"><a href="/u/{k}">user{k}</a> 2 hours ago</div><p>{SUMMARIES_EN[k]}</p>'
        f'<div class="qb"><a href="#r{k}">Reply</a> · <a href="#l{k}">Like {k + 3}</a></div></div>'
        for k in range(4)
    )
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS_EN)
    html = f"""<html><head><title>Council extends late-night buses</title></head><body><div class="main">
<h1>Council extends late-night buses</h1>{body}{replies}</div></body></html>"""
    text = extract_html(html).text
    assert all(p in text for p in PARAGRAPHS_EN)
    assert all(SUMMARIES_EN[k] in text for k in range(4))


def test_a_next_chinese_story_appended_below_the_article_is_left_out() -> None:
    """An infinite-scroll page: below the article, another story's linked headline, byline and paragraphs."""
    page = _page()
    index, _ = perturb.body_index(page.html, page.gold)
    html = perturb.perturb(page, "next_article", index, _pool())
    assert html is not None
    assert extract_html(html).text.splitlines() == PARAGRAPHS


def test_a_next_english_story_appended_below_the_article_is_left_out() -> None:
    """The same in English: the next story's linked headline, its byline ("By Sarah_K 3 hours ago") and paragraphs
    (the first of them teasers to the line gains, counted as prose all the same)."""
    page = _page_en()
    index, _ = perturb.body_index(page.html, page.gold)
    pool = _pool_en()
    pool.articles = [("other", HEADLINES_EN[3], SUMMARIES_EN[:6])]
    html = perturb.perturb(page, "next_article", index, pool)
    assert html is not None
    assert extract_html(html).text.splitlines() == PARAGRAPHS_EN


def test_a_linked_heading_without_a_byline_inside_the_article_cuts_nothing() -> None:
    """A linked ``<h2>`` over paragraphs in another element but with no byline between is a section of the
    article (a "Read more" link set as a heading, a listicle's item), not an appended story: the text is kept."""
    first = "".join(f"<p>{p}</p>" for p in PARAGRAPHS_EN[:3])
    rest = "".join(f"<p>{p}</p>" for p in PARAGRAPHS_EN[3:] + SUMMARIES_EN[:6])
    html = f"""<html><head><title>Council extends late-night buses</title></head><body><div class="main">
<h1>Council extends late-night buses</h1><div class="info">By Sam Porter, 16 January 2012</div>
<div class="a">{first}</div><h2><a href="/routes">{HEADLINES_EN[10]}</a></h2><div class="b">{rest}</div>
</div></body></html>"""
    text = extract_html(html).text
    assert all(p in text for p in PARAGRAPHS_EN + SUMMARIES_EN[:6])


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("set_name", "page_id"),
    [
        ("scrapinghub_en", "042bb7b5"),  # a subscriber teaser: two paragraphs and "All..." above the next story
        ("daniel_en", "20120117_www.mirror.co.uk_c3f826ea"),  # a 12-character headline ("Ocean in a drop")
        ("magichtml_en", "article_c6154d2bd4273275"),
        ("daniel_zh", "20120117_udn.com_7d22e82f"),  # one paragraph below the page's title line
    ],
)
def test_a_tune_page_ends_before_the_next_story_appended_below_it(set_name: str, page_id: str) -> None:
    page, base, (text,) = _perturbed(set_name, page_id, ("next_article",), set_name[-2:])
    assert prf(text, page.gold)[0] >= base - 0.02


@pytest.mark.parametrize("paragraphs", [1, 3])
def test_comments_below_a_short_news_story_are_left_out(paragraphs: int) -> None:
    """A news story of four paragraphs or fewer under its headline and its byline ("2011-12-16 01:23 来源：工人日报"),
    with a comment section below it: the story ends where the comments start (they are no thread's replies: the
    byline's element is not in the comments' template)."""
    html = HTML.replace(
        "".join(f"<p>{p}</p>" for p in PARAGRAPHS), "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:paragraphs])
    )
    gold = "\n".join(PARAGRAPHS[:paragraphs])
    page = Page(set="synthetic", id="wq", html=html, gold=gold, url=None, lang="zh", page_type="article", half="tune")
    index, _ = perturb.body_index(page.html, page.gold)
    out = perturb.perturb(page, "comments_below", index, _pool())
    assert out is not None
    assert extract_html(out).text.splitlines() == PARAGRAPHS[:paragraphs]


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    "page_id",
    [
        "20111215_news.163.com_634ff7bf",  # three paragraphs; the byline holds links ("有0人参与 手机看新闻")
        "20120117_news.xinmin.cn_2cb0611a",  # two paragraphs; the selection starts at the breadcrumb above the title
        "20120112_finance.ifeng.com_e3e6688c",  # the byline a <p> like each comment's text: compared by named element
    ],
)
def test_a_short_tune_story_ends_before_the_comments_below_it(page_id: str) -> None:
    page, base, (text,) = _perturbed("daniel_zh", page_id, ("comments_below",))
    assert prf(text, page.gold)[0] >= base - 0.05


def test_a_cookie_dialog_above_the_article_is_left_out() -> None:
    """An element with ``role="dialog"`` (a consent box, a sign-up modal) is an overlay: its paragraph is no part of
    the article, whatever its class names."""
    for page, pool, paragraphs in ((_page(), _pool(), PARAGRAPHS), (_page_en(), _pool_en(), PARAGRAPHS_EN)):
        index, _ = perturb.body_index(page.html, page.gold)
        html = perturb.perturb(page, "cookie", index, pool)
        assert html is not None
        assert extract_html(html).text.splitlines() == paragraphs


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_cookie_dialog_above_a_short_blog_post_does_not_make_it_a_thread() -> None:
    # scrapinghub_en ac3c0355 (tune): a two-paragraph "open thread" post over its comments; the consent paragraph
    # above made it a post of three paragraphs taken with its comments (0.918 -> 0.110)
    page, base, (text,) = _perturbed("scrapinghub_en", "ac3c035520461017", ("cookie",), "en")
    assert prf(text, page.gold)[0] >= base - 0.02


def test_an_author_card_below_the_article_is_left_out() -> None:
    # perturb.py bio_box: "关于作者", a linked name, a one- or two-sentence bio, "文章 445 粉丝 37056", "+ 关注" and a
    # follow button below the body; the bio was kept as the article's last paragraph
    page = _page()
    index, _ = perturb.body_index(page.html, page.gold)
    html = perturb.perturb(page, "bio_box", index, _pool())
    assert html is not None and "粉丝" in html
    text = extract_html(html).text
    for para in PARAGRAPHS:
        assert para in text
    assert "粉丝" not in text and not any(s in text for s in SUMMARIES)


def test_an_author_card_needs_counters_or_a_follow_button_and_leaves_a_short_article() -> None:
    from cleaner.extraction.content import _profile_line

    for line in ("文章 445 粉丝 37056", "6 关注 31990 粉丝 27754 微博", "+ 关注", "加关注", "Posts 12 | Followers 3k"):
        assert _profile_line(line), line
    for line in ("阅读 1234 评论 5", "2012年1月17日 18:10", "关注民生", "文章来源：新华网", "粉丝 12"):
        assert not _profile_line(line), line
    # the bio box is the whole text: kept
    card = "<div><p>记者张三，长期关注民生与财经新闻，著有多部报告文学作品。</p><div>文章 12 粉丝 345</div></div>"
    html = f"<html><body><h1>标题</h1>{card}</body></html>"
    assert "记者张三" in extract_html(html).text


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_tune_page_leaves_out_the_profile_card_above_a_weibo_post() -> None:
    # daniel_zh t.cntv.cn 6b23666e (tune): the account's card ("中国网络电视台遍布全球的新媒体记者…", "6 关注 31990 粉丝
    # 27754 微博") above the post it shares its block with
    pages = load_set(DATA, "daniel_zh", None, ("tune",))
    page = next(p for p in pages if p.id.startswith("20120112_t.cntv.cn_6b23666e"))
    text = extract_html(page.html, url=page.url).text
    assert "粉丝" not in text and "遍布全球的新媒体记者" not in text
    assert "马来西亚国家邮政局12日限量发行了一套" in text


def _tail_page(inside: bool, last: str = PARAGRAPHS[3]) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    tail = f"<p>相关报道：</p><p>{last}</p>"
    body = f'<div class="text">{paras}{tail}</div>' if inside else f'<div class="text">{paras}</div><div>{tail}</div>'
    return f"<html><head><title>标题</title></head><body><h1>标题</h1>{body}</body></html>"


def test_a_tail_heading_set_like_the_paragraphs_around_it_cuts_nothing_over_one_paragraph() -> None:
    # perturb.py tail_heading on short articles: "相关报道：" as a <p> among the body's <p>s with one paragraph
    # below it (uho.com.tw, yam, winandmac); in a box of its own it still cuts the paragraph under it
    inside = extract_html(_tail_page(inside=True)).text
    assert PARAGRAPHS[3] in inside and "相关报道" not in inside
    apart = extract_html(_tail_page(inside=False)).text
    assert PARAGRAPHS[2] in apart and PARAGRAPHS[3] not in apart and "相关报道" not in apart
    # an editor's tag after the paragraph's full stop (finance.qq.com: "…挤出效应。”（瑥丼）")
    tagged = PARAGRAPHS[3] + "（完）"
    assert tagged in extract_html(_tail_page(inside=True, last=tagged)).text


# --- round four (news18) ---------------------------------------------------------------------------------------

TEASER = (
    '<div class="nt"><h2><a href="/n/2.html">小微企业所得税减半征收标准提高</a></h2>'
    "<p>财政部昨天发布通知，小型微利企业所得税减半征收的标准由三万元提高到六万元。这项政策将从今年开始执行，"
    "预计惠及一百多万户企业。</p></div>"
)


def _short_story(below: str) -> str:
    return f"""<html><head><title>农民工维权绿色通道开通_新闻中心</title></head><body><div class="wrap">
<h1>农民工维权绿色通道开通</h1><div class="text"><p>{PARAGRAPHS[0]}</p></div>{below}</div></body></html>"""


def test_a_second_storys_teaser_below_a_short_article_is_left_out() -> None:
    # perturb.py teaser_below: a linked <h2> headline and two sentences of another story in a box of their own
    # below a one-paragraph article outscored it (the summary is Chinese: base_gains' linked-heading rule is for
    # summaries without Chinese text)
    text = extract_html(_short_story(TEASER)).text
    assert text.splitlines() == [PARAGRAPHS[0]]


def test_a_linked_subheading_inside_an_article_keeps_its_paragraphs() -> None:
    # the same markup inside the article's own element (a linked subheading over its section) is no teaser box
    body = f'<h2><a href="/topic/1.html">维权绿色通道怎样运作</a></h2><p>{PARAGRAPHS[1]}</p>'
    html = _short_story("").replace("</p></div>", f"</p>{body}<p>{PARAGRAPHS[2]}</p></div>", 1)
    text = extract_html(html).text
    assert PARAGRAPHS[1] in text and PARAGRAPHS[2] in text


@pytest.mark.parametrize("extra", [2, 0])
def test_an_article_ends_at_longer_readers_comments_under_a_counted_header(extra: int) -> None:
    # perturb.py long_comments: the comment section's header "读者留言（5）" counted as a paragraph beside the
    # comments, so they read as a thread's replies to the article and were kept; with the comments outweighing the
    # article (extra=0), the list was chosen and the article taken in above it as the thread's first post
    comments = "".join(
        f'<div class="hm"><div class="hn"><span>{k + 1}楼</span> <a href="/u/{k}">网友{k}</a> '
        f'<span>{k + 2}小时前</span></div><div class="hp">{"".join(SUMMARIES[k : k + 4])}</div><div class="hq">'
        f'<a href="#s{k}">支持({k * 7})</a> <a href="#o{k}">反对({k})</a> <a href="#r{k}">回复</a></div></div>'
        for k in range(5)
    )
    paragraphs = [*PARAGRAPHS, *SUMMARIES[10 - extra :]] if extra else PARAGRAPHS
    article = "".join(f"<p>{p}</p>" for p in paragraphs)
    html = f"""<html><head><title>农民工维权绿色通道开通_新闻中心</title></head><body><div class="wrap">
<h1>农民工维权绿色通道开通</h1><div class="text">{article}</div>
<div class="hl"><div class="hh">读者留言（5）</div>{comments}</div></div></body></html>"""
    text = extract_html(html).text
    assert text.splitlines() == paragraphs


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    "page_id",
    ["20120112_finance.ifeng.com_e3e6688c", "20120117_news.xinmin.cn_2cb0611a"],  # daniel_zh tune pages
)
def test_a_taiwan_portals_message_board_below_the_article_is_left_out(page_id: str) -> None:
    # perturb.py trad_big5: the page in Traditional characters (Taiwan vocabulary, Big5 bytes), "留言" (Taiwan, Hong
    # Kong: comments) over a member-login notice and a readers' disclaimer below the body: the notices were kept
    pages = load_set(DATA, "daniel_zh", None, ("tune",))
    page = next(p for p in pages if p.id.startswith(page_id))
    index, _ = perturb.body_index(page.html, page.gold)
    html = perturb.perturb(page, "trad_big5", index, perturb.Pool(pages))
    assert html is not None
    doc = extract_html(html.encode("big5hkscs", "xmlcharrefreplace"), url=page.url)
    text = doc.text
    assert "發表留言" not in text and "個人意見" not in text
    assert prf(text, perturb._s2twp(page.gold))[0] >= 0.9
    assert doc.removed.get("cut_tail.zh-message-comments", 0) >= 1  # (the cut at the comment form's heading, counted)


# --- round five (zhnews19) -------------------------------------------------------------------------------------


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_float_column_of_teasers_stays_out_past_a_listlike_summary() -> None:
    # perturb.py float_columns on a daniel_zh tune page (sina.com.hk): a class-less floated column of teasers (a
    # headline link over a summary) above a short article; one summary reads as a keyword list ("…站点包括：立水桥、
    # 大屯路东、…"), counts as less than nothing and ended the run of teaser pairs, so the other summaries counted
    # as prose and led the output (F1 0.64)
    pages = load_set(DATA, "daniel_zh", None, ("tune",))
    page = next(p for p in pages if p.id.startswith("20120117_news.sina.com.hk_e7c77b54"))
    index, _ = perturb.body_index(page.html, page.gold)
    html = perturb.perturb(page, "float_columns", index, perturb.Pool(pages))
    assert html is not None
    text = extract_html(html, url=page.url).text
    assert "草根英雄" not in text and "立水桥" not in text
    assert prf(text, page.gold)[0] >= 0.9


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("set_name", "page_id"),
    [
        ("daniel_en", "20111215_news.stv.tv_3868f9a9"),
        ("scrapinghub_en", "042bb7b5"),
        ("magichtml_en", "article_c9d7202a66cd79fc"),
    ],
)
def test_an_english_tune_page_ends_at_readers_comments_counted_in_full_width_brackets(
    set_name: str, page_id: str
) -> None:
    # perturb.py long_comments in English: "Readers' comments（7）" (full-width brackets, as English pages of
    # Chinese-run sites set them) over comments holding 1.5-2.5 times the article: html.toml en-comment-section read
    # only ASCII brackets, and the comments were kept (F1 0.39-0.49 on these). (Where the comments outweigh the
    # article so that their list is chosen alone: the test below.)
    page, base, (text,) = _perturbed(set_name, page_id, ("long_comments",), "en")
    assert "Readers' comments" not in text
    assert prf(text, page.gold)[0] >= base - 0.05


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("set_name", "page_id"),
    [
        ("daniel_en", "20120112_scienceblogs.com_19abf46d"),
        ("scrapinghub_en", "ea25dd7e"),
        ("scrapinghub_en", "ec7fc408"),
    ],
)
def test_a_long_story_above_a_comment_list_chosen_alone_is_kept_whole(
    set_name: str, page_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # perturb.py long_comments (draw holding29-dev1) on English tune pages: comments under "Readers' comments（28）"
    # outweigh the article, so their list (or the block holding the title, the story and the list) is chosen; the
    # heading was not read as a comment section (F1 0.37 / 0.05 / 0.37), and read as one, the story was its best
    # single paragraph (a blog post whose quoted news sits in a "more" element: 0.14), while the story's hints
    # ("more", "pagination-first") were weighed against a page of which the comments hold most of the prose
    monkeypatch.setattr(perturb, "SEED", "holding29-dev1")
    page, base, (text,) = _perturbed(set_name, page_id, ("long_comments",), "en")
    assert "Readers' comments" not in text
    assert prf(text, page.gold)[0] >= base - 0.05


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_block_holding_the_story_and_its_comments_below_the_title_ends_at_the_comment_heading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # perturb.py comments_below (draw holding29-dev1) on a scrapinghub_en tune page: the block chosen holds the
    # byline, the story and "Comments / 18 Comments" over the comments, the title just above it; only a block
    # holding the title ended at the heading, so the comments were kept (F1 0.29)
    monkeypatch.setattr(perturb, "SEED", "holding29-dev1")
    page, base, (text,) = _perturbed("scrapinghub_en", "042bb7b5", ("comments_below",), "en")
    assert "18 Comments" not in text
    assert prf(text, page.gold)[0] >= base - 0.05
