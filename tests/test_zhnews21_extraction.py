"""Chinese blogs, poems, encyclopedia entries and novel chapters of round 21 (issue #12, bench/zh_news_corpus21.py):
a blog post's comments under a counted heading, a poem without punctuation, a reference list, a novel site's line.
Pages written here (no third-party markup copied)."""

from __future__ import annotations

from cleaner.extraction import extract_html

POST = (
    "周末带孩子去郊外的湿地公园走了走，秋天的芦苇已经泛黄，湖面上有不少候鸟在觅食，孩子看得特别开心，一直问个不停。",
    "回来的路上顺便去镇上的老街吃了一碗米粉，味道还是小时候的样子，老板说这家店已经开了三十多年了。",
)
COMMENTS = (
    "看了你的文章，我也想周末带家人去那里走走，请问公园门票多少钱？停车方便吗？",
    "老街的米粉我也吃过，确实好吃，不过周末人太多了，要排很久的队才能吃上。",
    "写得真好，照片也拍得漂亮，期待博主下一篇游记，顺便问一下用的是什么相机。",
)
STANZA = ("风从远方来", "吹过村口的老槐树", "母亲站在门前", "望着那条弯弯的小路", "一年又一年", "等我回家")


def _blog(after: str) -> str:
    side = (
        "<div class='side'><h3>个人资料</h3><p>博客等级：12</p><p>博客访问：45,678</p><h3>最新博文</h3><ul>"
        + "".join(f"<li><a href='/b/{k}.html'>博主的第{k}篇旅行日记标题</a></li>" for k in range(6))
        + "</ul></div>"
    )
    return (
        "<html><head><meta charset='utf-8'><title>秋天的湿地公园_小林的博客</title></head><body>"
        "<div class='head'><h1>小林的博客</h1><a href='/'>首页</a> <a href='/list'>博文目录</a></div>"
        f"<div class='wrap'>{side}<div class='main'><div class='articalTitle'><h2>秋天的湿地公园</h2>"
        "<span class='time'>(2009-10-18 21:05:33)</span></div>"
        "<div class='articalTag'>标签：<a href='#'>旅游</a> <a href='#'>杂谈</a> 分类：<a href='#'>随笔</a></div>"
        f"<div class='articalContent'>{''.join(f'<div>{x}</div>' for x in POST)}</div>"
        "<div class='IL'>阅读(1234) 评论(3) 收藏 转载 喜欢▼ 打印 举报</div>"
        f"{after}</div></div><div class='footer'>Copyright © 2009 博客 版权所有</div></body></html>"
    )


def test_blog_post_ends_at_its_counted_comment_heading() -> None:
    """A blog post, its counters, then "评论 [3] 发评论" over visitors' comments (a user, a time, 回复 / 删除, a
    sentence or two of prose): the comments are not the post's text (before, the post and the comments were chosen
    as one block and read as a list of posts)."""
    comments = "".join(
        f"<li><div class='tit'><a href='#'>网友{k}</a> 2009-10-1{k + 1} 08:0{k} "
        "<a href='#'>回复</a> <a href='#'>删除</a></div>"
        f"<div class='inner'>{c}</div></li>"
        for k, c in enumerate(COMMENTS)
    )
    heading = "<div class='allCommTit'><strong>评论</strong> <span>[3]</span> <a href='#'>发评论</a></div>"
    after = f"<div class='allComm'>{heading}<ul>{comments}</ul></div>"
    text = extract_html(_blog(after)).text
    assert POST[0][:20] in text and POST[1][:20] in text
    assert not any(c[:12] in text for c in COMMENTS)


def test_blog_post_without_comment_heading_unchanged() -> None:
    """The same post without comments comes out whole (the heading test reads only a counted comment heading)."""
    text = extract_html(_blog("")).text
    assert POST[0][:20] in text and POST[1][:20] in text


def test_poem_without_punctuation_is_not_empty() -> None:
    """A poem whose lines carry no punctuation, one line a paragraph, on a page with no prose at all: its lines
    come out (before, the page gave an empty text)."""
    lines = "".join(f"<p>{x}</p>" for x in STANZA)
    html = (
        "<html><head><meta charset='utf-8'><title>村口的槐树_诗歌_文学网</title></head><body>"
        "<div class='nav'><a href='/'>首页</a> | <a href='/sg/'>诗歌</a> | <a href='/sw/'>散文</a></div>"
        "<div class='article'><h1>村口的槐树</h1><div class='info'>2011-05-02 来源：文学网</div>"
        f"<div class='con'>{lines}</div></div>"
        "<div class='side'><h3>热门文章</h3><ul>"
        + "".join(f"<li><a href='/a/{k}.html'>另一首诗歌的标题第{k}首</a></li>" for k in range(6))
        + "</ul></div></body></html>"
    )
    text = extract_html(html).text
    assert text.splitlines()[-len(STANZA) :] == list(STANZA)
    assert "热门文章" not in text


def test_reference_list_and_novel_site_lines_go() -> None:
    """An entry's "参考资料" list is the page's tail; a novel site's "天才一秒记住本站地址" line in the text goes."""
    paras = (
        "湿地公园位于城市东郊，总面积约两千公顷，是当地最大的城市湿地，每年吸引大量候鸟在此越冬。",
        "公园始建于二〇〇五年，经过多年建设，已经成为市民休闲和开展自然教育的重要场所。",
        "园内设有观鸟台、栈道和科普馆，节假日游客众多，管理部门实行预约入园制度。",
    )
    refs = "".join(
        f"<li>{k}. <a href='#'>湿地公园建设情况报道第{k}篇</a> ．新华网[引用日期2012-03-0{k}]</li>" for k in range(1, 4)
    )
    html = (
        "<html><head><meta charset='utf-8'><title>湿地公园_百科</title></head><body><h1>湿地公园</h1>"
        "<div id='content'>天才一秒记住本站地址：www.example.com<br /><br />"
        + "".join(f"　　{x}<br /><br />" for x in paras)
        + f"</div><dl class='ref'><dt>参考资料</dt><ul>{refs}</ul></dl></body></html>"
    )
    text = extract_html(html).text
    assert all(x[:15] in text for x in paras)
    assert "记住本站" not in text and "引用日期" not in text and "参考资料" not in text
