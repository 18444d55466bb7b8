"""Threads and Q&A pages (issue #12, deliverable 2): the first post or question and every reply, in order,
without the user chrome repeated in the replies. Pages written here (no third-party markup copied)."""

from __future__ import annotations

from cleaner.extraction import extract_html

POST = "【#高考倒计时17天#】高考临近，请考生注意作息规律，保证充足睡眠，饮食清淡卫生。转发，为所有考生加油！"
COMMENTS = ("孩子最近压力很大，希望一切顺利，考出理想成绩！", "放平心态，正常发挥就好，加油学弟学妹们。")


def _microblog(title: str) -> str:
    comments = "".join(
        f'<div class="list_li clearfix"><div class="list_con"><div class="WB_text"><a>网友{k}</a>：{text}</div>'
        '<div class="WB_func"><div class="WB_handle"><ul><li><a>举报</a></li><li><a>回复</a></li>'
        f'<li><a>赞 {k}</a></li></ul></div><div class="WB_from">5月20日 08:3{k}</div></div></div></div>'
        for k, text in enumerate(COMMENTS)
    )
    return (
        f"<html><head><meta charset='utf-8'><title>{title} - 微博</title></head><body>"
        '<div class="nav"><a>首页</a><a>发现</a><a>登录</a></div>'
        '<div class="WB_cardwrap"><div class="WB_feed_detail"><div class="WB_detail"><div class="WB_info">'
        '<a>人民日报</a></div><div class="WB_from"><a>5月20日 08:30</a> 来自 <a>微博 weibo.com</a></div>'
        f'<div class="WB_text W_f14">{POST}</div></div></div>'
        '<div class="WB_feed_handle"><ul><li><a><span>转发 2万</span></a></li><li><a><span>评论 8765</span></a></li>'
        "<li><a><span>赞 10万</span></a></li></ul></div>"
        f'<div class="WB_feed_repeat"><div class="repeat_list">{comments}</div></div></div>'
        '<div class="footer">Copyright © 2009-2024 WEIBO</div></body></html>'
    )


def test_a_post_that_is_the_page_title_is_kept() -> None:
    # a microblog post (or a one-line question) titles its page: the title repeated in the text is the text
    doc = extract_html(_microblog(POST))
    assert POST in doc.text
    assert all(c in doc.text for c in COMMENTS)
    text = extract_html(_microblog("人民日报的微博")).text
    assert text.startswith(POST)
    # the comments are like siblings named by no class word: each has reply / report / like links
    assert all(c in text for c in COMMENTS)
    assert "举报" not in text and "回复" not in text and "5月20日" not in text


def test_a_line_repeated_in_every_reply_is_user_chrome_even_with_a_question_mark() -> None:
    texts = (
        "米和水按一比一点二放，新米少放一点水，陈米多放一点水。",
        "电饭锅内胆上一般都有刻度线，按照几杯米就加到几的刻度就行。",
        "我家一直是米上面留一个指节的水，蒸出来软硬刚好。",
    )
    answers = "".join(
        f'<div class="answer"><div class="author">用户{k}</div><div class="answer-text"><p>{text}</p></div>'
        '<div class="evaluate">已赞过 已踩过 你对这个回答的评价是？</div></div>'
        for k, text in enumerate(texts, 1)
    )
    html = (
        "<html><body><div class='nav'><a>首页</a></div><div class='question'><h1>蒸米饭放多少水？</h1>"
        "<p>第一次用电饭锅，不知道放多少水合适，怕蒸出来太硬或者太软。</p></div>"
        f"<div class='answers'>{answers}</div></body></html>"
    )
    text = extract_html(html).text
    assert "第一次用电饭锅" in text
    assert all(t in text for t in texts)
    assert "你对这个回答的评价是" not in text and "用户2" not in text


def test_a_list_of_posts_named_by_no_class_word_loses_its_user_chrome() -> None:
    posts = (
        "The installer stops at the driver step and asks for a reboot every single time.",
        "Same here on the old laptop. Unplugging the dock before the driver step fixed it for me.",
        "Thanks, that worked. The dock was the problem all along, it never finished the install.",
        "Good to know. I will add this to the troubleshooting page of the wiki tonight.",
    )
    items = "".join(
        f'<div class="card mb-3"><div class="meta"><span>user{k}</span><span>Joined 2019 · 4{k} posts</span></div>'
        f'<div class="body"><p>{text}</p></div><div class="links"><a>Quote</a> <a>Reply</a> <a>Report</a></div></div>'
        for k, text in enumerate(posts)
    )
    html = (
        "<html><body><div class='top'><a>Home</a><a>Forums</a></div>"
        f"<div class='thread'><h1>Installer loops at the driver step</h1>{items}</div></body></html>"
    )
    text = extract_html(html).text
    assert all(p in text for p in posts)
    assert "Joined 2019" not in text and "user2" not in text and "Report" not in text


def _short_qa(answers: tuple[str, ...], item: str) -> str:
    opened = f"<div class='{item}'>" if item else "<div>"
    items = "".join(
        f"{opened}<div class='user'><a>热心网友{k}</a> <span>2019-03-0{k + 2}</span></div><div class='txt'>{text}</div>"
        "<div class='ops'><a>赞</a> <a>回复</a></div></div>"
        for k, text in enumerate(answers)
    )
    return (
        "<html><head><meta charset='utf-8'><title>电脑开机黑屏怎么办_问答</title></head><body>"
        "<div class='header'><a>首页</a> <a>问答</a> <a>登录</a></div><div class='main'><div class='question'>"
        "<h1>电脑开机黑屏怎么办</h1><div class='qinfo'><span>提问者：小明</span> <span>2019-03-01</span></div>"
        f"<div class='qtext'>我的电脑开机黑屏了怎么办？</div></div><div class='ans-hd'>{len(answers)}个回答</div>"
        f"<div class='comment-list'>{items}</div></div><div class='side'><h3>相关问题</h3><ul><li><a>电脑开机黑屏只有"
        "鼠标怎么回事</a></li><li><a>笔记本开机黑屏但是电源灯亮</a></li></ul></div></body></html>"
    )


def test_a_one_line_question_keeps_its_one_answer_or_its_unnamed_answers() -> None:
    # below a question of one sentence, one comment alone is its answer; items with no class in a list named as
    # comments are its answers; the answers' user chrome and the answer count go
    one = ("检查一下显示器的电源线和信号线。",)
    two = (*one, "可能是内存条松了，拔下来擦一擦。")
    for answers, item in ((one, "comment-item"), (one, ""), (two, "")):
        text = extract_html(_short_qa(answers, item)).text
        assert text.startswith("我的电脑开机黑屏了怎么办？")
        assert all(a in text for a in answers)
        assert "热心网友" not in text and "个回答" not in text and "2019-03-0" not in text


def test_replies_whose_only_action_is_a_heart_lose_their_chrome() -> None:
    # a V2EX-like topic: replies are "cell" rows (no class word names them) whose thank button is a "♥" and whose
    # reply button an image; the counters above them ("1234 次点击", "2 条回复 • date") go
    replies = ("青轴太吵，推荐茶轴。", "我用的是某品牌的红轴，三年了还很好用。")
    cells = "".join(
        f"<div id='r_{k}' class='cell'><table><tr><td><img class='avatar' src='/a.png'></td><td><div class='fr'>"
        f"<div class='thank_area'><a class='thank'>♥</a></div><a><img src='/reply.png' alt='Reply'></a>"
        f"<span class='no'>{k + 1}</span></div><strong><a class='dark'>user{k}</a></strong> <span class='ago'>"
        f"{k + 2} 小时前</span><div class='reply_content'>{text}</div></td></tr></table></div>"
        for k, text in enumerate(replies)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>求推荐一款好用的机械键盘 - V2EX</title></head><body>"
        "<div id='Main'><div class='box'><div class='header'><a>V2EX</a> › <a>硬件</a><h1>求推荐一款好用的机械键盘</h1>"
        "<small class='gray'><a>op</a> · 5 小时前 · 1234 次点击</small></div><div class='cell'><div "
        "class='topic_content'><p>预算五百以内，主要写代码用，有什么推荐吗？</p></div></div><div class='topic_buttons'>"
        "<div class='fr'>1234 次点击 ∙ 3 人收藏</div><a>加入收藏</a> <a>忽略主题</a></div></div><div class='box'><div "
        f"class='cell'><span class='gray'>2 条回复 • 2024-01-01 12:00:00 +08:00</span></div>{cells}</div></div>"
        "</body></html>"
    )
    text = extract_html(html).text
    assert text.startswith("预算五百以内")
    assert all(r in text for r in replies)
    assert "次点击" not in text and "条回复" not in text and "user0" not in text


def test_action_word_fast_paths_answer_as_the_case_insensitive_patterns() -> None:
    """The ASCII fast paths of the action-word tests lower-case the line and match case-sensitively: they hold while
    every word is lower case, and give the answers of the ``re.I`` patterns on lines of every case."""
    from cleaner.extraction import thread

    assert all(w == w.lower() for w in (*thread.ACTIONS, *thread.BAR_WORDS))
    lines = [
        "Reply", "REPLY | QUOTE | REPORT", "Like · Reply · 3h", "Balas Kutip", "回复 举报", "ſhare likes", "LİKE REPLY",
        "Permalink", "The reporter quoted him.", "12 likes 3 replies", "Antworten Zitieren", "♥ 12", "",
    ]
    for line in lines:
        assert thread._action_hint(line) == (thread._ACTION_HINT.search(line) is not None), line


def test_a_drop_down_of_cut_topic_titles_is_no_paragraph() -> None:
    # a forum's quick-links drop-down: option groups of <a> without href, one line per group, the topic titles cut
    # with an ellipsis; long and punctuated, but a menu of other topics, not the one post of the topic
    titles = "".join(
        f"<a class='enabled'><span>Topic {k}: roaming charges, new plans of this{'…' if k % 2 else ''}</span></a> "
        for k in range(1, 5)
    )
    post = (
        "The bonus is valid from the first of July to the end of August. It applies to every top up of one hundred "
        "dollars made in a store, and it cannot be combined with any other offer of the season."
    )
    html = (
        "<html><head><meta charset='utf-8'><title>Account bonus | Plans | Forum</title></head><body>"
        "<div class='dd'><div class='ddChild'>"
        + "".join(f"<div class='opta'><span>Group {g}</span> {titles}</div>" for g in range(3))
        + "</div></div><div class='topic'><div class='spPostUserName'>pdops</div>"
        f"<div class='spPostContent'><p>{post}</p></div></div></body></html>"
    )
    text = extract_html(html).text
    assert post in text
    assert "roaming charges" not in text


def test_a_question_in_the_answers_template_above_a_related_line_is_kept() -> None:
    # a Q&A page: the one-line question in an element like each answer (same class) but in a box of its own, then a
    # related-questions line (navigation-like, no prose) and an answer count, then the answers' list
    question = "Why does my sourdough starter smell of nail varnish after a week in the fridge?"
    answers = (
        "That smell is acetone from a hungry starter. Feed it twice a day for a few days at room temperature and it "
        "will come back; discard most of it before each feed so that the yeast has enough flour to eat.",
        "A week is long for a young starter. Keep a small amount, feed it before it goes into the fridge, and take "
        "it out a day before you bake. The smell goes once it is active again, so there is no need to throw it away.",
    )

    def post(k: int, text: str) -> str:
        return (
            f'<div class="post-row" id="p{k}"><div class="post-author"><a href="/u/{k}">baker{k}</a>'
            f'<span class="post-date">2/{k + 1}/2024 10:1{k}</span></div><div class="post-body"><p>{text}</p></div>'
            '<div class="post-actions"><a href="#">Reply</a> <a href="#">Quote</a></div></div>'
        )

    related = " · ".join(f'<a href="/q/{k}">Another question about starters number {k}…</a>' for k in range(5))
    html = (
        "<html><head><meta charset='utf-8'><title>Starter smell - Q&amp;A</title></head><body>"
        f'<div class="main"><h1>Starter smell</h1><div class="question">{post(0, question)}</div>'
        f'<div class="related-q"><b>Related questions</b> {related}</div><div class="answer-count">2 answers</div>'
        f'<div class="answers">{post(1, answers[0])}{post(2, answers[1])}</div></div></body></html>'
    )
    text = extract_html(html).text
    assert text.split("\n") == [question, *answers]


def test_a_posts_footer_links_are_its_action_bar() -> None:
    """A ``<footer>`` inside a post is stepped over (no line), but its few links count as the post's buttons; a page's
    own footer of many links does not."""
    from cleaner.extraction.dom import parse_page

    links = "".join(f"<a href='/p{k}'>Page {k}</a>" for k in range(10))
    page = parse_page(
        "<html><body><article class='answer-item'><p>Use a torque wrench and tighten the bolts in a star pattern.</p>"
        "<footer class='answer-foot'><a href='#'>Reply</a><a href='#'>Report</a></footer></article>"
        f"<footer>{links}</footer></body></html>"
    )
    labels = [label for _, label in page.buttons]
    assert labels == ["Reply", "Report"]
    assert not any("Reply" in ln.text for ln in page.lines)


REPLIES = (
    "我这边也测过了，换成新版本以后问题就没有再出现过，大家可以参考一下。",
    "三款都用过一段时间，下面是我自己整理的对比，价格是上个月的报价。",
    "谢谢楼主分享，正好最近也在纠结买哪一款，这个对比很有用。",
)
TABLE = (("型号", "价格", "续航"), ("甲款", "1299元", "12小时"), ("乙款", "1599元", "15小时"))

PANEL = "<table class='profile'><tr><td>积分</td><td>{}</td></tr><tr><td>帖子</td><td>{}</td></tr></table>"

RATING = (
    "<div class='rate'><table><tr><th>评分</th><th>参与人数 2</th><th>威望 +2</th><th>收起理由</th></tr>"
    "<tr><td>网友{0}</td><td>+ 1</td><td>赞一个!</td></tr>"
    "<tr><td>网友9</td><td>+ 1</td><td>很给力!</td></tr></table></div>"
)


def _table_thread(at: int, panel: bool, rated: bool = False) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in TABLE)
    replies = "".join(
        f'<div class="reply"><div class="user"><a>网友{k}</a> <span>2024-05-0{k + 1} 10:2{k}</span></div>'
        + (PANEL.format(k * 37, k + 5) if panel else "")
        + f'<div class="content"><p>{text}</p>{"<table>" + cells + "</table>" if k == at else ""}</div>'
        + (RATING.format(k) if rated and k == 0 else "")
        + '<div class="bar"><a>回复</a> <a>举报</a></div></div>'
        for k, text in enumerate(REPLIES)
    )
    return (
        "<html><head><meta charset='utf-8'><title>三款耳机怎么选 - 数码论坛</title></head><body>"
        '<div class="nav"><a>首页</a><a>论坛</a><a>登录</a></div><div class="thread"><h1>三款耳机怎么选</h1>'
        f'<div class="post"><p>{POST}</p>{RATING.format(7) if rated else ""}</div>'
        f'<div class="replies">{replies}</div></div>'
        '<div class="footer">Copyright © 2024 数码论坛</div></body></html>'
    )


def test_a_replys_data_table_is_part_of_the_reply() -> None:
    # a 3x3 table of short cells in one reply weighs less than nothing, and its slot is worn by that reply only:
    # it is data (thread._data_cells), not the replies' chrome, in the middle of the thread and at its end
    # (content._table_tail); a user panel's rows in every reply and a rating log stay chrome
    cases = ((1, False, False), (2, False, False), (1, True, False), (2, True, False), (1, False, True))
    for at, panel, rated in cases:
        text = extract_html(_table_thread(at, panel, rated)).text
        lines = text.splitlines()
        assert all(r in text for r in REPLIES), (at, panel, text)
        cells = [c for row in TABLE for c in row]
        assert [x for x in lines if x in cells] == cells, (at, panel, text)
        assert lines.index(cells[0]) > lines.index(REPLIES[at])
        # a user panel of label / value rows in every reply is their chrome (its labels recur)
        assert "积分" not in text and "网友" not in text and "举报" not in text, (at, panel, text)
        # a rating log under the first post and under one reply: its head row recurs on the page, in cells alike
        assert "评分" not in text and "赞一个" not in text, text
