"""Decoys that look like prose (bench/decoy_corpus.py, issue #12): a short news story beside a longer comment list,
a "Most Read" ranking whose items are a rank, a headline link and a summary, a price widget whose stock notice is a
sentence. The text is the generator's shapes with text of our own."""

from __future__ import annotations

from cleaner.extraction import extract_html
from cleaner.extraction.dom import Line
from cleaner.extraction.metadata import is_byline

TITLE = "Council votes to close the old library on Main Street"
STORY = [
    "The county council voted on Tuesday night to close the old library on Main Street after a long debate that "
    "ran past midnight, ending a campaign that residents had waged for nearly three years.",
    "Supporters said they would keep raising money for a new building, and several members of the council "
    "promised to look again at the budget when the state announces its grants in the spring.",
]
COMMENTS = [
    "I grew up in that library and spent every summer afternoon there reading whatever the librarians handed me, "
    "so this decision feels like losing a piece of my childhood. Shame on the council for letting it happen.",
    "The building has needed a new roof for a decade and nobody wanted to pay for it. Closing it was the only "
    "responsible choice, however sad it is, and the money can go to the branch libraries instead.",
    "Three years of petitions and meetings, and in the end the vote was scheduled for a night when most of us "
    "could not attend. That tells you everything about how much they wanted to hear from residents.",
    "Maybe the school district could take over the building and keep at least the children's room open. Other "
    "towns have done it, and it would cost far less than a new building on the edge of town.",
]
OTHER = [
    (
        "Storm knocks out power to thousands across the valley",
        "Crews worked through the night to restore power "
        "to the homes and businesses hit hardest by the wind, the utility said in a statement on Wednesday.",
    ),
    (
        "School board approves new bus routes for the fall term",
        "Parents had complained about long rides all year, "
        "and the board said the new routes would cut the longest trips by a quarter of an hour.",
    ),
    (
        "Local bakery wins state award for its apple pie recipe",
        "The owners said they never expected to win "
        "anything and that the recipe came from a grandmother who baked for the church every Sunday.",
    ),
    (
        "Highway project delayed again by funding shortfall",
        "Officials blamed rising costs of steel and concrete, "
        "and said the work would not resume before the legislature passes the next transportation budget.",
    ),
]
STOCK = (
    "In stock. Usually ships within two business days; free standard delivery on orders over fifty dollars, and "
    "free returns within thirty days of purchase."
)


def _page(body: str) -> str:
    return f"<html><head><title>{TITLE} - The Gazette</title></head><body>{body}</body></html>"


def _comments() -> str:
    items = "".join(
        f'<li class="comment"><div class="meta"><b>reader{i}</b> 2022-03-1{i}</div><p>{c}</p>'
        f'<a href="#r{i}">Reply</a></li>'
        for i, c in enumerate(COMMENTS)
    )
    return f'<section id="comments"><h3>{len(COMMENTS)} Comments</h3><ol class="comment-list">{items}</ol></section>'


def _story(paras: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f'<article><h1>{TITLE}</h1><div class="byline">Karen Wilson · 2015-12-07</div>{body}</article>'


def test_a_name_and_a_date_joined_by_a_separator_is_a_byline() -> None:
    for text in ("Karen Wilson · 2015-12-07", "张伟 | 2019-03-02", "The Gazette / 2021-11-30"):
        assert is_byline(Line(text, len(text.replace(" ", "")), 0, 0, 0, 0))
    sentence = "Sales rose · 2015-12-07 was a record."
    assert not is_byline(Line(sentence, len(sentence.replace(" ", "")), 0, 1, 0, 0))


def test_ranked_most_read_summaries_beside_a_table_story() -> None:
    """ "1<a>Headline</a>" then a summary paragraph, four times: the summaries are teasers, not the story."""
    rows = "".join(
        f'<li><span class="rank">{i + 1}</span><a href="/n/{i}.html">{h}</a><p class="summary">{s}</p></li>'
        for i, (h, s) in enumerate(OTHER)
    )
    side = f'<td width="220" valign="top"><h3>Most Read</h3><ol>{rows}</ol></td>'
    story = f"<td><font size=5><b>{TITLE}</b></font><br><br>" + "<br><br>".join(STORY) + "</td>"
    text = extract_html(_page(f"<table><tr>{side}{story}</tr></table>")).text
    for para in STORY:
        assert para in text
    for head, summary in OTHER:
        assert head not in text and summary[:50] not in text


def test_price_widget_notice_beside_the_review() -> None:
    """A box around a form of several controls (size, colour, quantity) holds one sentence: the widget's notice."""
    widget = (
        f'<div class="price-box"><span>Price</span> <span>$435.71</span><p class="stock">{STOCK}</p>'
        '<form action="/cart"><label>Size <select><option>S</option><option>M</option></select></label>'
        '<label>Colour <select><option>Black</option></select></label><label>Quantity <input type="number"></label>'
        "<button>Add to cart</button></form></div>"
    )
    story = f"<td><font size=5><b>{TITLE}</b></font><br><br>" + "<br><br>".join(STORY) + "</td>"
    text = extract_html(_page(f'<table><tr>{story}<td width="200">{widget}</td></tr></table>')).text
    for para in STORY:
        assert para in text
    assert STOCK[:40] not in text


ZH_TITLE = "老街改造完成 百年戏台重新开放"
ZH_STORY = "经过一年多的修缮，城南老街上的百年戏台于本周六重新向市民开放，首场演出吸引了上千名居民前来观看。"
ZH_COMMENTS = [
    "小时候每年春节都跟着爷爷去戏台看戏，后来戏台关了好多年，没想到还能再看到它重新热闹起来，真是太高兴了。",
    "修缮花了这么长时间，希望以后能定期安排演出，不要只是开放几天就又关起来，老街需要的是长期有人气的活动。",
    "周末带孩子去看了，整体保留了原来的样子，木雕都修得很细致，就是停车太难了，建议周边多设一些临时停车位。",
    "老街改造这几年争议一直不少，能把戏台这样的老建筑保留下来已经很不容易了，希望其他老房子也能这样好好修。",
]
ZH_OTHER = [
    ("秋季新款轻薄羽绒服 三色可选", "面料轻薄保暖，适合早晚温差较大的季节穿着，洗涤后不易变形，收纳时可压缩。"),
    ("家用多功能电饭煲 五升大容量", "支持预约定时和多种烹饪模式，内胆采用不粘涂层，清洗方便，适合三到六口之家。"),
    ("儿童护眼台灯 无频闪可调光", "三档色温随意切换，灯臂可自由调节角度，底座稳固不易倾倒，适合孩子读书写字。"),
    ("户外双人帐篷 防雨防晒款", "搭建简单，一人几分钟即可完成，双层设计通风透气，适合露营和周末短途出游使用。"),
]


def test_teasers_with_a_price_line_between_them_are_no_part_of_the_story() -> None:
    """ "看了又看": a headline link, a summary and a "价格: 27" line, four times, below a review."""
    items = "".join(
        f'<li><a href="/p/{i}.html">{h}</a></li><p>{s}</p><li>价格: {27 + i}</li>' for i, (h, s) in enumerate(ZH_OTHER)
    )
    review = "".join(f"<p>{c}</p>" for c in ZH_COMMENTS)
    body = (
        f'<div class="review"><h2>{ZH_TITLE}</h2>{review}</div>'
        f'<section class="also"><h3>看了又看</h3><ul>{items}</ul></section>'
    )
    html = f"<html><head><title>{ZH_TITLE}_城市快讯</title></head><body>{body}</body></html>"
    text = extract_html(html).text
    for c in ZH_COMMENTS:
        assert c in text
    for head, summary in ZH_OTHER:
        assert head not in text and summary[:20] not in text


def test_reply_box_beside_a_one_line_question_is_no_widget() -> None:
    """A text area and a button under a one-line question (Hacker News' item form): the question stays."""
    question = "Has anyone here moved a large Postgres database between clouds without downtime?"
    table = (
        f'<table class="fatitem"><tr><td class="title"><a>Ask: {question[:30]}</a></td></tr>'
        '<tr><td class="subtext">344 points by <a>bytewise</a> 2 hours ago | <a>7 comments</a></td></tr>'
        f'<tr><td><div class="toptext">{question}</div></td></tr>'
        '<tr><td><form><textarea name="text"></textarea><br><input type="submit" value="add comment"></form></td></tr>'
        "</table>"
    )
    html = f"<html><head><title>Ask: {question[:30]} | Hacker News</title></head><body>{table}</body></html>"
    assert question in extract_html(html).text


def test_a_one_paragraph_story_above_its_counted_comment_section() -> None:
    """decoy_corpus ``short`` (sweep28-dev2): the story's one paragraph under its title, then ``<h3>4 Comments</h3>``
    opening a section whose list of comments outweighs it. The list was chosen and read as replies; the heading
    opens the element that holds the list, so the story under the title is the content."""
    html = _page(_story(STORY[:1]) + _comments())
    text = extract_html(html).text
    assert STORY[0] in text
    for c in COMMENTS:
        assert c[:50] not in text


def _line(text: str, link: str = "") -> Line:
    return Line(text, len(text.replace(" ", "")), len(link.replace(" ", "")), 0, 0, 0)


def test_comment_section_headings_need_their_count() -> None:
    """One heading test for a comment section (content._comment_section): "3 Comments", "Comments (12)",
    "1 Response", "12 thoughts on “…”", "网友评论（93）", a Sina blog's "评论 [8] 发评论" (its form link) name one; a
    bare "Comments" (a tab), a sentence, a thread's "7 replies to this topic" or Douban's "回应 3" (replies are a
    thread's content), and a teaser's "4 Comments" link do not."""
    from cleaner.extraction.content import _comment_section

    for text in ("3 Comments", "Comments (12)", "1 Response", "12 comments:", "1,204 Comments", "评论（93）"):
        assert _comment_section(_line(text)), text
    assert _comment_section(_line("12 thoughts on “Council votes to close the old library”"))
    assert _comment_section(_line("评论 [8] 发评论", link="发评论"))
    for text in (
        "Comments",
        "Show comments",
        "Comments are closed.",
        "7 replies to this topic",
        "回应 3",
        "Replies (4)",
    ):
        assert not _comment_section(_line(text)), text
    assert not _comment_section(_line("4 Comments", link="4 Comments"))


def test_a_one_paragraph_story_under_its_title_beats_the_comment_list_around_it() -> None:
    """The strict pass chooses the one-paragraph story under the ``<h1>``; too little prose for a root, the lenient
    pass (which ignores comment names) chose the longer comment list beside it (decoy_corpus short-13:
    content._comments_over_story)."""
    text = extract_html(_page(_story(STORY[:1]) + _comments()), url="https://example.com/a").text
    assert STORY[0] in text
    assert not any(c[:40] in text for c in COMMENTS)


def test_a_thread_whose_posts_are_all_comment_named_keeps_its_replies() -> None:
    """The first post inside the comment markup too (a forum's posts named "comment"): the lenient choice stands."""
    items = "".join(
        f'<li class="comment"><div class="meta"><b>user{i}</b> 2022-03-1{i}</div><p>{c}</p></li>'
        for i, c in enumerate([STORY[0], *COMMENTS])
    )
    html = _page(f'<div class="comments"><h1>{TITLE}</h1><ol class="comment-list">{items}</ol></div>')
    text = extract_html(html, url="https://example.com/t").text
    assert STORY[0] in text and COMMENTS[-1][:40] in text


def test_a_story_below_its_comment_section_in_one_wrapper_is_the_content() -> None:
    """Comments set above the story in source order (a template that floats them aside), both in one element, with
    and without class names: the story under the title, below the counted heading "4 Comments" and its comments,
    is the content (en_web_corpus28 comments_above: content._title_under_comments)."""
    plain = _comments().replace(' id="comments"', "").replace(' class="comment-list"', "")
    plain = plain.replace(' class="comment"', "")
    for comments in (_comments(), plain):
        for paras in (STORY[:1], STORY):
            html = _page(f'<div id="wrap">{comments}{_story(paras)}</div>')
            text = extract_html(html, url="https://example.com/a").text
            assert all(p in text for p in paras)
            assert not any(c[:40] in text for c in COMMENTS)
