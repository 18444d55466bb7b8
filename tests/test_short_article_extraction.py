"""A short article on a page that carries much more other text (bench/short_article_corpus.py, issue #12): the
extraction stops at the article's end. Readers' posts set beside the article's element, a second story under a
plain heading and its byline, a list of teasers whose summaries end in the same "Read more" link. The text is our
own."""

from __future__ import annotations

from cleaner.extraction import extract_html
from cleaner.extraction.content import page_gains
from cleaner.extraction.dom import Line, parse_page
from cleaner.extraction.metadata import is_byline
from cleaner.text.textclean import body_start

TITLE = "Harbour ferry returns after a winter of repairs"
STORY = [
    "The harbour ferry carried its first passengers of the year on Saturday morning, after a winter in dry dock "
    "during which its engines were rebuilt and its hull was repainted from bow to stern.",
    "The operator said the timetable would stay as it was last summer, with a boat every forty minutes, and that "
    "tickets bought before the repairs would still be accepted until the end of June.",
]
POSTS = [
    "I took the first boat this morning with my two children and the crossing was as smooth as I remember it. The "
    "new seats on the upper deck are far more comfortable than the old wooden benches.",
    "Forty minutes between boats is still too long for people who commute across the harbour every day. The "
    "operator should add an early service before seven, as it did ten years ago.",
    "Good to see the old ferry back in the water, but the ticket office was closed when I arrived and the machine "
    "only took cards. Not everyone who rides the ferry has one.",
]
OTHER_STORY = [
    "Council workers began clearing the storm drains along the river path on Monday, a week after heavy rain left "
    "parts of it under water and forced cyclists to take the road instead.",
    "The works are expected to last a fortnight, and the path will stay open on weekends while they go on, the "
    "council said in a notice posted at both ends of the path.",
    "Residents who use the path every day said the flooding had grown worse each autumn and asked for a lasting "
    "solution rather than another round of clearing.",
]
TEASERS = [
    (
        "Night market moves to the old station square",
        "Stalls will open on Fridays from six until midnight, and the square will be closed to cars while they do. "
        "Traders who sold on the quayside last year have been offered the same pitches.",
    ),
    (
        "Library extends its opening hours for exam season",
        "Reading rooms will stay open until ten on weekdays until the middle of June. Students are asked to book a "
        "desk online the day before and to bring their library card.",
    ),
    (
        "Volunteers plant two hundred trees along the canal",
        "The new trees replace those lost in the spring storm, when high winds brought down most of the old "
        "poplars. More planting days are planned for the autumn.",
    ),
    (
        "School orchestra wins the regional competition",
        "Forty pupils played a programme of folk dances arranged by their music teacher. The orchestra will now "
        "travel to the national final in the capital in July.",
    ),
    (
        "Bus company trials electric buses on the hill route",
        "Two electric buses will run on the steepest route in town for three months. Passengers are invited to "
        "leave their comments on the company's website.",
    ),
]


def _page(body: str) -> str:
    return f"<html><head><title>{TITLE} - Harbour Gazette</title></head><body>{body}</body></html>"


def _article() -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY)
    return f'<div class="art"><h1>{TITLE}</h1><div class="info">2023-04-02 By Karen Wilson</div>{paras}</div>'


def _line(text: str) -> Line:
    return Line(text, len(text.replace(" ", "")), 0, 0, 0, 0)


def test_a_date_and_an_author_after_by_is_a_byline() -> None:
    for text in ("2023-04-02 By Karen Wilson", "By Karen Wilson 2023-04-02", "2023-04-02 Posted by John Smith"):
        assert is_byline(_line(text))
    for text in ("2023-04-02 stand by me and the others", "2023-04-02 Goodbye by The Sea."):
        assert not is_byline(_line(text))


def test_readers_posts_beside_the_article_element_are_cut() -> None:
    """The posts are siblings of the article's element in one container (no comment-named class anywhere): below
    a news story under its byline they are its comments, not a thread's replies."""
    posts = "".join(
        f'<div class="p"><div class="a"><b>reader{i}</b> <span>2023-04-0{i + 3}</span></div>'
        f'<div class="b"><p>{p}</p></div><div class="f"><a href="#q">Quote</a> <a href="#r">Report</a></div></div>'
        for i, p in enumerate(POSTS)
    )
    html = _page(f'<div class="main">{_article()}<div class="hd">Readers\' posts (3)</div>{posts}</div>')
    text = extract_html(html).text
    for para in STORY:
        assert para in text
    for post in POSTS:
        assert post[:60] not in text


def test_a_second_story_under_a_plain_heading_and_its_byline_is_cut() -> None:
    second = "".join(f"<p>{p}</p>" for p in OTHER_STORY)
    head = '<h2>River path closed for drain works</h2><div class="info">By John Smith 2023-04-03</div>'
    story = f'<div class="story">{head}{second}</div>'
    text = extract_html(_page(f'<div class="main">{_article()}{story}</div>')).text
    for para in STORY:
        assert para in text
    for para in OTHER_STORY:
        assert para[:60] not in text


def test_the_page_title_above_its_byline_opens_the_article_not_a_second_story() -> None:
    """A line of prose above the page's own heading (a sign-in notice) does not make that heading a second story."""
    paras = "".join(f"<p>{p}</p>" for p in STORY + OTHER_STORY)
    body = (
        '<div class="box"><div>Log in or create a free account for complete access to everything we publish!</div>'
        f'<h1>{TITLE}</h1><div class="info">By Karen Wilson 2023-04-02</div>{paras}</div>'
    )
    text = extract_html(_page(body)).text
    for para in STORY + OTHER_STORY:
        assert para in text


ZH_TITLE = "城南老码头渡轮恢复通航"
ZH_STORY = [
    "经过一个冬天的检修，城南老码头的渡轮于本周六上午恢复通航，发动机全部翻新，船身也重新刷了漆。",
    "运营方表示，班次安排与去年夏天相同，每四十分钟一班，检修前购买的船票在六月底之前仍然有效。",
]
ZH_TEASERS = [
    (
        "夜市搬到老火车站广场",
        "每周五晚六点到午夜开放，届时广场禁止机动车通行。去年在码头边摆摊的商户可以优先选择摊位。",
    ),
    (
        "图书馆考试季延长开放时间",
        "工作日阅览室开放到晚上十点，持续到六月中旬。学生需提前一天在网上预约座位，并携带借书证。",
    ),
    (
        "志愿者沿运河种下两百棵树",
        "新种的树用来替换春季暴风中倒下的老杨树。秋天还将组织更多的植树活动，欢迎市民报名参加。",
    ),
    (
        "学校乐团在地区比赛中获奖",
        "四十名学生演奏了由音乐老师改编的民间舞曲。乐团将于七月前往省城参加全国总决赛的角逐。",
    ),
    (
        "公交公司在山区线路试运行电动公交",
        "两辆电动公交车将在最陡的线路上运行三个月，欢迎乘客在公司网站上留下意见和建议。",
    ),
    (
        "老城区将新建三座口袋公园",
        "公园选址在拆除违章建筑后腾出的空地上，预计年底前完工，周边居民可就设计方案提出意见。",
    ),
]


def test_teaser_summaries_ending_in_the_same_link_are_cut() -> None:
    """Headlines in bold (no link), summaries ending in "阅读全文>>", inside a content-named wrapper."""
    items = "".join(
        f'<li><b>{h}</b><p>{s} <a href="/n/{i}">阅读全文&gt;&gt;</a></p></li>' for i, (h, s) in enumerate(ZH_TEASERS)
    )
    story = "".join(f"<p>{p}</p>" for p in ZH_STORY)
    article = f'<div class="art"><h1>{ZH_TITLE}</h1><div class="info">2023年4月2日 记者 张伟</div>{story}</div>'
    body = f'<div class="main">{article}<div class="box2"><div class="hd">更多新闻</div><ul>{items}</ul></div></div>'
    text = extract_html(f"<html><head><title>{ZH_TITLE}_城市快讯</title></head><body>{body}</body></html>").text
    for para in ZH_STORY:
        assert para in text
    for head, summary in ZH_TEASERS:
        assert head not in text and summary[:20] not in text


def test_paragraphs_ending_in_links_of_their_own_keep_their_weight() -> None:
    """Paragraphs that end in a link without a sentence before it (a footnote, an "edit" link on a heading) are
    no teaser summaries."""
    paras = "".join(f'<p>{p[:-1]} <a href="/src/{i}">source</a></p>' for i, p in enumerate(STORY + OTHER_STORY))
    page = parse_page(_page(paras))
    gains = page_gains(page)
    assert all(g > 0 for g in gains)


def test_short_answers_over_their_bars_of_actions_keep_their_weight() -> None:
    """Each answer of a Q&A page ends above the same bar ("…你对这个回答的评价是？<a>评论</a>"): no teaser list."""
    answers = ["已经解决了，谢谢大家。", "建议去售后问问。", "这个要看具体情况。", "我也遇到过，后来自己好了。"]
    body = "".join(
        f'<div class="info">网友{i}</div><p>{a}</p><div class="eva">{i + 3}已赞过已踩过你对这个回答的评价是？'
        '<a href="#c">评论</a><a href="#x">收起</a></div>'
        for i, a in enumerate(answers)
    )
    page = parse_page(f"<html><head><title>电动车续航变短怎么办</title></head><body>{body}</body></html>")
    gains = page_gains(page)
    for i, ln in enumerate(page.lines):
        if ln.text in answers:
            assert gains[i] > 0, ln.text


BIO = (
    "She has covered the harbour and its boats for twelve years, and before that wrote about the town's schools. "
    "She lives by the river with her family and a very old dog."
)
NOTICES = [
    "Have a news tip? Call our newsroom or write to us; we read every message, though we cannot answer each one.",
    "The views expressed in readers' letters are their own and do not necessarily reflect those of this paper.",
]


def _tail_box(first: str) -> str:
    card = f'<div class="au"><b>About the author: Karen Wilson</b><p>{BIO}</p></div>'
    rest = '<p class="cr">Copyright 2023 Harbour Gazette. All rights reserved.</p>'
    notes = "".join(f"<p>{n}</p>" for n in NOTICES)
    return f'<div class="ft">{notes + card if first == "notes" else card + notes}{rest}</div>'


def test_a_named_author_card_below_the_article_cuts_its_whole_box() -> None:
    """A page tail in one box beside the article's element: notices above an "About the author: Name" card, or the
    card first with its bio, a run of sentences, below it. The card's heading names the author, so it cuts inside a
    run of prose too, and the notices above it in its box go with it."""
    for first in ("notes", "card"):
        for layout in ("div", "table"):
            if layout == "div":
                body = f'<div class="main">{_article()}{_tail_box(first)}</div>'
            else:
                body = f'<table><tr><td class="main">{_article()}</td></tr><tr><td>{_tail_box(first)}</td></tr></table>'
            text = extract_html(_page(body)).text
            assert text.splitlines() == STORY, (first, layout, text)


def test_the_second_half_of_a_split_article_over_a_card_is_kept() -> None:
    """The article split across two sibling elements, the card below the second: the second half is no page tail
    (it holds more text than the box of a tail may, beside the first half)."""
    more = OTHER_STORY
    second = "".join(f"<p>{p}</p>" for p in more)
    card = f'<div class="au"><b>About the author: Karen Wilson</b><p>{BIO}</p></div>'
    body = f'<div class="main">{_article()}<div class="more">{second}{card}</div></div>'
    text = extract_html(_page(body)).text
    for para in (*STORY, *more):
        assert para in text
    assert BIO[:40] not in text


def test_a_chinese_named_author_card_is_cut_with_its_box() -> None:
    story = [
        "本市轮渡周六上午恢复运营，这艘渡轮在船坞里度过了一个冬天，发动机全部翻新，船身也重新刷了漆。",
        "运营方表示，时刻表与去年夏天相同，每四十分钟一班，维修前购买的船票在六月底前仍然有效。",
    ]
    notes = "<p>新闻线索请拨打本报热线，或发送邮件给我们；我们会认真阅读每一条来信，但无法一一回复。</p>"
    card = "<div><b>关于作者：王晓明</b><p>本报记者，长期关注城市交通与港口建设。此前负责教育报道。</p></div>"
    paras = "".join(f"<p>{p}</p>" for p in story)
    art = f'<div class="art"><h1>轮渡恢复运营</h1><div class="info">2023年4月2日 记者 王晓明</div>{paras}</div>'
    body = f'<div class="main">{art}<div class="ft">{notes}{card}</div></div>'
    html = f"<html><head><title>轮渡恢复运营_港城晚报</title></head><body>{body}</body></html>"
    assert extract_html(html).text.splitlines() == story


def test_a_chinese_brief_of_one_sentence_starts_the_body_for_the_tail_rules() -> None:
    """A one-sentence brief ("…，…。" of 40+ characters) is the body text: the "更多新闻" box of teasers and the
    comments (table rows) below it are cut."""
    brief = "本市轮渡周六上午恢复运营，运营方表示时刻表与去年夏天相同，维修前购买的船票在六月底前仍然有效。"
    teasers = [
        ("夜市搬到老车站广场", "摊位每周五晚六点开到午夜，广场届时禁止车辆通行。去年在码头摆摊的商户保留原来的位置。"),
        ("图书馆考试季延长开放时间", "阅览室工作日开放到晚上十点，持续到六月中旬。学生需提前一天在网上预约座位。"),
        ("志愿者沿运河种下两百棵树", "新树替换了春季风暴中倒下的老杨树。秋天还将安排更多植树日。"),
        ("公交公司在山区线路试用电动车", "两辆电动公交车将在最陡的线路上运行三个月。乘客可在公司网站留言。"),
    ]
    more = "".join(f'<li><b>{h}</b><p>{x} <a href="/n/{i}">阅读全文>></a></p></li>' for i, (h, x) in enumerate(teasers))
    said = [
        "第一班船很平稳，上层的新座椅比以前的木凳舒服多了，孩子们也很喜欢。",
        "四十分钟一班还是太久，每天过港上班的人希望早上七点前能加一班。",
        "很高兴老渡轮回来了，不过售票处没开门，机器只能刷卡，不是每个人都有卡。",
    ]
    rows = "".join(
        f'<tr><td class="u"><b>网友{i}</b> 2023年4月{i + 3}日</td></tr><tr><td>{c}</td></tr>'
        f'<tr><td align="right"><a href="#r{i}">回复</a> <a href="#l{i}">顶({i})</a></td></tr>'
        for i, c in enumerate(said)
    )
    art = f'<div class="art"><h1>轮渡恢复运营</h1><div class="info">2023年4月2日 记者 王晓明</div><p>{brief}</p></div>'
    box = f'<div class="box2"><div class="hd">更多新闻</div><ul class="l">{more}</ul></div>'
    talk = f'<div class="hd">网友评论（3）</div><table width="100%" class="list">{rows}</table>'
    body = f'<div class="main">{art}{box}{talk}</div>'
    html = f"<html><head><title>轮渡恢复运营_港城晚报</title></head><body>{body}</body></html>"
    assert extract_html(html).text.splitlines() == [brief]


def test_what_starts_the_body_text() -> None:
    assert body_start("本市轮渡周六上午恢复运营，运营方表示时刻表与去年夏天相同，维修前购买的船票在六月底前仍然有效。")
    assert not body_start("志愿者沿运河种下两百棵树，更多植树日安排在秋天。")  # a short one: a teaser's summary
    assert not body_start("轮渡恢复运营 运营方表示时刻表与去年夏天相同")
