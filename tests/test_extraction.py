"""HTML extraction: golden pages from fixtures/html, metadata, and bad input."""

from __future__ import annotations

import codecs
import json
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.document import Document
from cleaner.extraction import MAX_CHARS, extract_html
from cleaner.extraction.dom import hint_of, parse_page
from cleaner.extraction.metadata import clean_title, normalize_date
from cleaner.rules import load_rules

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "html"
EXPECTED: dict[str, dict[str, Any]] = tomllib.loads((FIXTURES / "expected.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def golden() -> dict[str, Document]:
    return {name: extract_html((FIXTURES / name).read_bytes()) for name in EXPECTED}


def test_every_fixture_page_has_expectations() -> None:
    pages = {p.name for p in FIXTURES.glob("*.html")}
    assert pages == set(EXPECTED)
    kinds = {spec["type"] for spec in EXPECTED.values()}
    assert {"article", "wechat", "qa", "forum", "english"} <= kinds


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_golden_page(golden: dict[str, Document], name: str) -> None:
    spec = EXPECTED[name]
    doc = golden[name]
    assert doc.title == spec["title"]
    for snippet in spec["must_contain"]:
        assert snippet in doc.text, f"{name}: missing {snippet!r}"
    for snippet in spec["must_not_contain"]:
        assert snippet not in doc.text, f"{name}: boilerplate {snippet!r} kept"
    for key, prefix in spec.get("meta", {}).items():
        assert doc.meta.get(key, "").startswith(prefix), f"{name}: meta {key}={doc.meta.get(key)!r}"
    assert set(doc.meta) <= {"published", "author", "origin", "editor", "site", "original_title", "description"}
    if "encoding" in spec:
        assert doc.encoding == spec["encoding"]
    assert "\n\n" not in doc.text
    assert all(line == line.strip() and line for line in doc.text.split("\n"))


def test_str_and_bytes_agree() -> None:
    raw = (FIXTURES / "article_sohu.html").read_bytes()
    assert extract_html(raw).text == extract_html(raw.decode("utf-8")).text


def test_url_is_kept() -> None:
    doc = extract_html("<p>正文内容，足够长的一句话。</p>", url="https://example.com/a")
    assert doc.url == "https://example.com/a"


def _page(body: str, head: str = "") -> str:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


ARTICLE = "".join(
    f"<p>这是文章的第{i}段，记者在现场看到，许多居民排队等候，秩序井然，大家都很关心这件事情的进展。</p>"
    for i in range(1, 7)
)


def test_article_beats_navigation_and_comments() -> None:
    html = _page(
        "<div class='nav'><a href='/'>首页</a><a href='/a'>新闻</a><a href='/b'>体育</a></div>"
        "<h1>市民排队等候</h1>"
        f"<div class='article-content'>{ARTICLE}</div>"
        "<div class='comment-list'><p>网友甲：写得很好，支持一下，希望以后多报道这样的事情。</p></div>"
        "<ul class='related'><li><a href='/1'>相关新闻一则标题很长很长</a></li>"
        "<li><a href='/2'>相关新闻二则标题很长很长</a></li></ul>"
        "<div class='footer'>版权所有 © 2024 某某网 京ICP备00000000号</div>",
        "<title>市民排队等候_网易新闻</title>",
    )
    doc = extract_html(html)
    assert doc.title == "市民排队等候"
    assert "这是文章的第1段" in doc.text and "这是文章的第6段" in doc.text
    for junk in ("首页", "网友甲", "相关新闻", "版权所有"):
        assert junk not in doc.text
    assert len(doc.text.split("\n")) == 6


def test_wechat_hidden_container_is_read() -> None:
    html = _page(
        "<div id='js_content' class='rich_media_content' style='visibility: hidden;'>"
        f"{ARTICLE}</div><div style='display:none'>隐藏的菜单内容，不该出现在正文里。</div>"
    )
    doc = extract_html(html)
    assert "这是文章的第3段" in doc.text
    assert "隐藏的菜单" not in doc.text


def test_elements_hidden_by_a_framework_class_are_not_read() -> None:
    # A/B variants of a donation appeal, hidden by Bootstrap/Tailwind/Bulma classes; one shown again at a width
    html = _page(
        f"<article>{ARTICLE}"
        "<h4 class='hidden appeal-control'>隐藏的呼吁标题甲，不该出现在正文里。</h4>"
        "<p class='appeal d-none'>隐藏的呼吁正文乙，不该出现在正文里。</p>"
        "<p class='is-hidden'>隐藏的呼吁正文丙，不该出现在正文里。</p>"
        "<p class='hidden md:block'>宽屏上显示的这一段，记者在现场看到，居民排队等候，秩序井然。</p>"
        "<p class='d-none d-lg-block'>大屏上显示的这一段，记者随后进行了采访，大家都很关心进展。</p>"
        "<p class='hidden-title'>类名只是含有这个词的段落，记者在现场看到，许多居民排队等候。</p>"
        "</article>"
    )
    text = extract_html(html).text
    assert "这是文章的第6段" in text
    assert "隐藏的呼吁" not in text
    assert "宽屏上显示" in text and "大屏上显示" in text and "类名只是含有" in text


def test_br_separated_paragraphs_and_headings() -> None:
    body = "<div class='content'><h2>小标题</h2>" + "<br>".join(
        f"第{i}行正文内容，说明情况，记者随后进行了采访。" for i in range(5)
    )
    doc = extract_html(_page(body + "</div>"))
    lines = doc.text.split("\n")
    assert lines[0] == "小标题"
    assert len(lines) == 6


def test_forum_keeps_every_post_and_drops_user_chrome() -> None:
    posts = "".join(
        f"<div class='post'><div class='user-info'><a href='/u/{i}'>用户{i}</a><span>3 小时前</span></div>"
        f"<div class='post-content'>这是第{i}楼的回复，我觉得这个问题的关键在于配置是否正确。</div></div>"
        for i in range(1, 6)
    )
    doc = extract_html(_page(f"<h1>请教一个配置问题</h1><div class='thread'>{posts}</div>"))
    for i in range(1, 6):
        assert f"这是第{i}楼的回复" in doc.text
    assert "用户3" not in doc.text


def test_related_links_inside_an_article_do_not_cut_it() -> None:
    links = "".join(f"<p><a href='/n{i}'>相关新闻标题第{i}条，标题很长很长</a></p>" for i in range(3))
    body = f"<div class='article'>{ARTICLE}<p>相关新闻：</p>{links}{ARTICLE.replace('第', '后第')}</div>"
    doc = extract_html(_page(body))
    assert "这是文章的第1段" in doc.text and "这是文章的后第6段" in doc.text
    assert "相关新闻" not in doc.text


def test_code_in_posts_is_content() -> None:
    code = (
        "<pre>export https_proxy=http://127.0.0.1:7890\nexport http_proxy=http://127.0.0.1:7890\nsource ~/.bashrc</pre>"
    )
    body = f"<div class='post-body'><p>设置代理的方法如下，在终端里执行：</p>{code}</div>"
    doc = extract_html(_page("<div class='menu'><a href='/'>首页</a></div>" + body))
    assert "export https_proxy=http://127.0.0.1:7890" in doc.text
    assert "source ~/.bashrc" in doc.text.split("\n")


def test_table_of_text_is_kept() -> None:
    rows = "".join(f"<tr><td>第{i}段正文，内容在表格单元格里，这是老式网站常见的排版方式。</td></tr>" for i in range(5))
    doc = extract_html(_page(f"<table><tbody>{rows}</tbody></table>"))
    assert doc.text.count("\n") == 4


def test_boilerplate_rules_run_on_extracted_lines() -> None:
    body = (
        f"<div class='article'>{ARTICLE}<p>（责任编辑：王小明）</p><p>返回搜狐，查看更多</p>"
        "<p>特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布，本平台仅提供信息存储服务，"
        "不代表本平台观点。</p></div>"
    )
    doc = extract_html(_page(body))
    assert doc.meta["editor"] == "王小明"
    assert "责任编辑" not in doc.text and "返回搜狐" not in doc.text and "特别声明" not in doc.text
    assert doc.removed


def test_custom_rules_are_used(tmp_path: Path) -> None:
    extra = tmp_path / "mine.toml"
    extra.write_text("[drop_line]\nmy-rule = '第3段'\n", encoding="utf-8")
    doc = extract_html(_page(f"<div class='article'>{ARTICLE}</div>"), rules=load_rules([extra]))
    assert "第3段" not in doc.text and "第4段" in doc.text
    assert doc.removed.get("drop_line.my-rule") == 1


def test_metadata_from_meta_tags_and_byline() -> None:
    head = (
        "<title>标题在这里 - 新浪网</title><meta property='og:site_name' content='新浪网'>"
        "<meta name='description' content='一段摘要'>"
    )
    body = (
        "<h1>标题在这里</h1><div class='info'>2024-05-10 08:30 来源：新华社 作者：张三</div>"
        f"<div class='content'>{ARTICLE}</div>"
    )
    doc = extract_html(_page(body, head))
    assert doc.title == "标题在这里"
    assert doc.meta["published"] == "2024-05-10 08:30"
    assert doc.meta["origin"] == "新华社"
    assert doc.meta["author"] == "张三"
    assert doc.meta["site"] == "新浪网"
    assert doc.meta["description"] == "一段摘要"
    assert "来源" not in doc.text


def test_published_from_meta_tag() -> None:
    head = "<meta property='article:published_time' content='2019-11-19T11:00:09+00:00'>"
    doc = extract_html(_page(f"<article>{ARTICLE}</article>", head))
    assert doc.meta["published"] == "2019-11-19 11:00:09"


@pytest.mark.parametrize(
    ("raw", "h1", "og", "expected"),
    [
        ("城市有轨电车之困_网易新闻", [], "", "城市有轨电车之困"),
        ("苹果称诉讼应被驳回 - 新浪网", [], "", "苹果称诉讼应被驳回"),
        ("地震当地情况如何？ | 知乎", [], "", "地震当地情况如何？"),
        ("Ruby：极致的脚本语言 · Ruby China", [], "", "Ruby：极致的脚本语言"),
        ("Some Headline - The New York Times", ["Some Headline"], "", "Some Headline"),
        ("首页", ["真正的标题"], "真正的标题_网易", "真正的标题"),
        ("", [], "", ""),
    ],
)
def test_title_cleaning(raw: str, h1: list[str], og: str, expected: str) -> None:
    page = parse_page("<html><body></body></html>")
    page.title, page.h1 = raw, h1
    if og:
        page.meta["og:title"] = og
    assert clean_title(page) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-10 08:30:12", "2024-05-10 08:30:12"),
        ("2024年5月9日 17:05", "2024-05-09 17:05"),
        ("发布时间：2011/12/16", "2011-12-16"),
        ("2019-11-19T11:00:09+00:00", "2019-11-19 11:00:09"),
        ("no date here", None),
        ("2024-13-40", None),
    ],
)
def test_normalize_date(text: str, expected: str | None) -> None:
    assert normalize_date(text) == expected


def test_class_hints() -> None:
    assert hint_of("article-content") == 1
    assert hint_of("comment-list") == -2
    assert hint_of("sidebarRight") == -3
    assert hint_of("post tag-foo") == 0  # WordPress: a weak hint does not beat a content word
    assert hint_of("widget") == -1
    assert hint_of("") == 0


# --- bad input: a clear empty result, never an exception, never a hang ---------------------------


@pytest.mark.parametrize(
    "data",
    [
        "",
        b"",
        "   \n\t ",
        "<html></html>",
        "<script>var a = '<p>not text</p>';</script>",
        "<html><head><script>x()</script><style>p{}</style></head><body><script>y()</script></body></html>",
        "<frameset cols='50%,50%'><frame src='a.html'><frame src='b.html'></frameset>",
        "<html><body><iframe src='x.html'></iframe><noscript>请启用JavaScript</noscript></body></html>",
        "<!-- only a comment -->",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4,
        b"\x00" * 1000,
    ],
)
def test_empty_results(data: str | bytes) -> None:
    doc = extract_html(data)
    assert isinstance(doc, Document)
    assert doc.text == ""


def test_wrong_declared_charset() -> None:
    text = _page(f"<div class='content'>{ARTICLE}</div>")
    raw = text.replace("utf-8", "gbk").encode("gb18030")
    doc = extract_html(raw, encoding="utf-8")  # the transport lies; the bytes are GB18030
    assert "这是文章的第2段" in doc.text
    doc = extract_html(text.encode("utf-8"), encoding="shift_jis")
    assert "这是文章的第2段" in doc.text


def test_bom_wins() -> None:
    raw = codecs.BOM_UTF8 + _page(f"<div class='content'>{ARTICLE}</div>").encode("utf-8")
    assert "这是文章的第5段" in extract_html(raw, encoding="gb18030").text


def test_unclosed_tags() -> None:
    html = (
        "<html><body><div class='content'><p>第一段正文没有结束标签，记者看到现场很热闹。"
        "<p>第二段也没有，大家都在排队。<div><span>第三段，"
    )
    doc = extract_html(html)
    assert "第一段正文没有结束标签" in doc.text and "第二段也没有" in doc.text


def test_huge_page_is_cut_not_hung() -> None:
    para = "<p>这是一段很长的正文，用来把页面撑到二十兆字节，看看提取会不会卡住。</p>"
    html = _page("<div class='content'>" + para * (20_000_000 // len(para.encode("utf-8")) + 1) + "</div>")
    assert len(html.encode("utf-8")) > 20_000_000
    doc = extract_html(html)
    assert doc.text.startswith("这是一段很长的正文")
    assert len(doc.text) <= MAX_CHARS


@pytest.mark.parametrize(
    "html",
    [
        "<div>" * 100_000 + "深处的文字" + "</div>" * 100_000,
        "<div><span>a</span>" * 100_000,
        "<b>x" * 100_000,
        "<p>正文在前面，这是一段正常的文字。</p>" + "<section>" * 100_000 + "deep",
    ],
)
def test_deep_nesting(html: str) -> None:
    doc = extract_html(html)
    assert isinstance(doc.text, str)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<div>",
                    "</div>",
                    "<p>",
                    "</p>",
                    "<a href=x>",
                    "</a>",
                    "<br>",
                    "<table><tr><td>",
                    "<script>",
                    "<pre>",
                    "</pre>",
                    "<h1>",
                    "<li>",
                    "<!--",
                    "-->",
                    "<div class='comment'>",
                    "<span style='display:none'>",
                    "。",
                    "，",
                    "\n",
                    "&amp;",
                    "&#0;",
                    "<",
                    ">",
                    "\x00",
                ]
            ),
            st.text(max_size=30),
        ),
        max_size=60,
    )
)
def test_never_raises(parts: list[str]) -> None:
    html = "".join(parts)
    doc = extract_html(html)
    assert isinstance(doc.text, str)
    doc = extract_html(html.encode("utf-8", "surrogatepass"))
    assert isinstance(doc.text, str)


PARA = "这是一段足够长的正文内容，讲述了事情的来龙去脉，并且包含多个句子。第二句话也在这里。"


def test_class_worn_by_the_prose_is_not_boilerplate() -> None:
    # every paragraph carries a "share" class (a text-selection sharer): the class names the content
    paras = "".join(f'<p class="selectionShareable">{PARA}{k}</p>' for k in range(4))
    html = f'<html><body><div class="menu"><a href="/">首页</a></div><div>{paras}</div></body></html>'
    doc = extract_html(html)
    assert doc.text.count(PARA) == 4


def test_form_controls_are_not_content() -> None:
    report = "".join(
        f'<div class="ui radio checkbox"><input type="radio" name="r"><label>理由{k}：恶意灌水、广告、推广等内容，'
        f"以及其他不友善的内容。</label></div>"
        for k in range(8)
    )
    html = f"<html><body><div>{report}</div><div><p>{PARA}</p><p>{PARA}</p></div></body></html>"
    doc = extract_html(html)
    assert PARA in doc.text
    assert "恶意灌水" not in doc.text


def test_a_login_box_is_not_content() -> None:
    """The form around a password field holds labels and buttons, however punctuated they are."""
    notice = "<p>帖子不存在或已被删除，请返回论坛首页重新选择。</p><p>如有疑问，请联系本版版主说明情况，谢谢合作。</p>"
    form = (
        '<form action="login"><table>'
        "<tr><td>您还没有登录，请输入用户名和密码后继续您的操作。</td></tr>"
        '<tr><td>用户名</td><td><input name="u"></td></tr>'
        '<tr><td>密码</td><td><input type="password" name="p"></td></tr>'
        '<tr><td>记住我的登录状态，<br>下次访问时无需再次输入。</td><td><input type="radio" name="c">不保存</td></tr>'
        "</table></form>"
    )
    doc = extract_html(f"<html><body><div>{notice}</div>{form}</body></html>")
    assert "帖子不存在或已被删除" in doc.text
    assert "请输入用户名和密码" not in doc.text
    assert "下次访问时无需再次输入" not in doc.text


def test_a_post_whose_title_is_its_text_is_not_emptied() -> None:
    """A short post whose page title is its whole text keeps that text (rather than an empty page), and says so."""
    post = "今天天气真好，我们一起去公园散步吧！"
    html = (
        f"<html><head><title>{post}</title></head><body>"
        '<div class="nav"><a href="/">首页</a> <a href="/login">登录</a></div>'
        f'<div class="post"><p>{post}</p></div>'
        '<div class="footer-links"><a href="/a">关于我们</a> <a href="/b">联系我们</a></div></body></html>'
    )
    doc = extract_html(html)
    assert doc.text == post
    assert doc.title == post
    assert doc.removed.get("html.title_is_text") == 1


def test_fallback_root_finds_prose_that_the_scoring_rejects() -> None:
    from cleaner.extraction.content import fallback_root, select_root

    # short clauses without a sentence end score as chrome; the fallback still finds the block of text
    items = "".join(f"<p>Rain, then sun {k}, then rain</p>" for k in range(8))
    page = parse_page(f'<html><body><div class="nav"><a href="/">Home</a></div><div id="x">{items}</div></body></html>')
    assert select_root(page) is None
    sel = fallback_root(page)
    assert sel is not None
    assert page.lines[sel.start].text.startswith("Rain, then sun 0")


def test_tail_rule_above_the_body_removes_only_its_line() -> None:
    from cleaner.text.textclean import clean_lines

    lines = ["相关报道", "某某新闻标题一", PARA, PARA + "又一段。", "相关报道", "某某新闻标题二"]
    out = clean_lines(lines).lines
    assert out.count(PARA) == 1 and PARA + "又一段。" in out
    assert "某某新闻标题二" not in out  # below the body the tail is cut
    assert "相关报道" not in out


def test_tail_rule_inside_a_run_of_prose_removes_only_its_line() -> None:
    from cleaner.text.textclean import clean_lines

    body = [PARA + str(k) for k in range(6)]
    out = clean_lines([*body[:2], "相关报道", *body[2:]]).lines
    assert out == body


CJK_RUN = [
    "记者昨天从市交通委获悉，为方便夜间出行，本市将在春节前，开通三条夜间公交线路。",
    "据介绍，新线路每隔四十分钟发一班车，覆盖北部的五个居住区。",
    "变化二：夜班车延长运营",
    "交通委负责人表示，夜班车的运营时间将延长到凌晨五点，方便早班的工人。",
    "此前，不少市民反映夜间出行不便，希望增开线路，这次调整回应了这些诉求。",
    "据了解，三条线路的票价与日间线路相同，市民可以使用交通卡乘车。",
]


def test_tail_rule_between_one_sentence_chinese_paragraphs_removes_only_its_line() -> None:
    # Chinese news writes one sentence a paragraph (not a paragraph by _prose) with subheadings between; a bare
    # tail heading (or a sentence opening like a comment notice) among them cuts nothing but itself
    from cleaner.text.textclean import clean_lines

    for line in ("相关报道：", "热门话题", "网友评论说，这件事情其实早有苗头，相关部门应该及时回应。"):
        assert clean_lines([*CJK_RUN[:2], line, *CJK_RUN[2:]]).lines == CJK_RUN, line


def test_tail_rule_under_a_subheading_of_the_article_removes_only_its_line() -> None:
    # a numbered subheading ("2. Never urged ...") stands between the paragraph before and the tail heading
    from cleaner.text.textclean import clean_lines

    body = [PARA + str(k) for k in range(6)]
    lines = [*body[:2], "2. Never urged Ukraine to investigate", "Related Articles", *body[2:]]
    assert clean_lines(lines).lines == [*body[:2], "2. Never urged Ukraine to investigate", *body[2:]]


def test_tail_rule_over_headlines_or_comments_below_a_chinese_body_still_cuts() -> None:
    from cleaner.text.textclean import clean_lines

    headlines = ["本市三条夜班公交线路春节前开通", "北部居住区居民出行将更方便", "交通委回应市民夜间出行诉求"]
    assert clean_lines([*CJK_RUN, "相关报道：", *headlines]).lines == CJK_RUN
    comments = ["北京网友 2012-01-17 20:10", "支持，早该开了。", "上海网友 2012-01-17 21:02", "好事。"]
    assert clean_lines([*CJK_RUN, "所有评论仅代表网友意见，本站保持中立。", *comments]).lines == CJK_RUN
    # nor do notices in sentences under a comment heading, near the end of the text (a comment box's rules)
    notices = ["请您文明上网、理性发言，在注册后参与评论。", "网友评论仅供其表达个人看法，并不表明本站同意其观点。"]
    assert clean_lines([*CJK_RUN, "网友评论", *notices]).lines == CJK_RUN


EN_RUN = [
    "The city council voted on Tuesday to open three night bus lines before the holidays, officials said.",
    "The new lines will run every forty minutes and serve five residential districts in the north of the city.",
    "By Jane Doe, City Desk",
    "January 9, 2012",
    "Transport officials said the night buses would run until five in the morning, in time for early shifts.",
    "Residents had long complained that there was no way home after midnight for those who work late in the centre.",
    '"We listened to them and we acted," the council leader said at a news conference on Tuesday afternoon.',
    "Fares will be the same as on the day lines, and travel cards will be accepted on every bus of the network.",
]
CJK_SHORT = [
    "记者昨天从市交通委获悉，为方便夜间出行，本市将在春节前开通三条夜间公交线路，覆盖北部的五个居住区。",
    "据介绍，新线路每隔四十分钟发一班车，运营时间将延长到凌晨五点，方便早班的工人和夜间下班的市民出行。",
    "此前，不少市民反映夜间出行不便，希望增开线路，交通委负责人表示，这次调整正是回应了这些诉求。",
    "据了解，三条线路的票价与日间线路相同，市民可以使用交通卡乘车，换乘日间线路也享受同样的优惠。",
]


@pytest.mark.parametrize(
    ("body", "heading", "at"),
    [
        (EN_RUN, "Related Articles", 2),
        (EN_RUN, "Read more", 5),
        (EN_RUN, "Related Articles", 6),  # the last two paragraphs alone below it
        (CJK_SHORT, "相关报道：", 2),
        (CJK_SHORT, "相关报道：", 1),
    ],
)
def test_tail_heading_over_a_run_of_prose_removes_only_its_line(body: list[str], heading: str, at: int) -> None:
    # perturb.py tail_heading: a bare tail heading among the paragraphs (bylines, short quotes, one-sentence
    # English paragraphs, a short Chinese article below it): the prose below it is the article's (issue #12 item 4)
    from cleaner.text.textclean import clean_lines

    assert clean_lines([*body[:at], heading, *body[at:]]).lines == body


def test_tail_heading_over_headlines_decks_or_teasers_still_cuts() -> None:
    from cleaner.text.textclean import clean_lines

    headlines = ["Council opens three night bus lines", "Night buses to run until 5 a.m.", "Fares stay the same"]
    decks = [
        "Tim Burton reunites with the cast of his film too!",
        "From greenwashing to misinformation, it's tricky terrain.",
        "The robot is designed to take on tasks more hazardous to humans.",
        "The campaign wants to build on the new viral trend of the week.",
    ]
    teasers = [x for h in headlines for x in (h, "A summary sentence of the story, about as long as the prose is.")]
    for tail in (headlines, decks, teasers, ["Copyright 2012 The Daily", "Privacy policy"]):
        assert clean_lines([*EN_RUN, "Related Articles", *tail]).lines == EN_RUN, tail[0]
    zh_teasers = [
        x
        for h in ("本市三条夜班公交线路春节前开通", "交通委回应市民诉求")
        for x in (h, "这是一段摘要文字，它有标点，也像正文一样长。")
    ]
    assert clean_lines([*CJK_SHORT, "相关报道：", *zh_teasers]).lines == CJK_SHORT
    # a comment section's heading over comments in prose still cuts (comments are prose too)
    comments = ["jdoe 2012-01-09 20:10", EN_RUN[4], EN_RUN[7], "msmith 2012-01-09 21:02", EN_RUN[6]]
    assert clean_lines([*EN_RUN, "Comments", *comments]).lines == EN_RUN


@pytest.mark.parametrize(
    "line",
    [
        "Comments (3)",
        "Reader's comments »",
        "Login or register to post comments",
        "Big Box Advertisement",
        "Copyright: Medical News Today",
        "Get more local news delivered straight to your inbox. Sign up for free newsletters and alerts.",
        "Post a comment",
        "12 comments",
        "Share this:",
        "© 2012 Example Media Inc. All rights reserved.",
        "Copyright 2012 The Associated Press. All rights reserved. This material may not be published, broadcast.",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Share this: Facebook Twitter Email",
        "Advertisement - Continue reading below",
        "Report abuse",
    ],
)
def test_english_comment_and_ad_chrome_lines_are_dropped(line: str) -> None:
    from cleaner.text.textclean import clean_lines

    body = ["The council voted on Tuesday to close the old bridge. Repairs start in spring."] * 2
    assert clean_lines([*body, line]).lines == body


def test_english_comment_policy_cuts_the_comment_section() -> None:
    from cleaner.text.textclean import clean_lines

    body = [f"The council voted on Tuesday ({k}) to close the bridge. Repairs start in spring." for k in range(3)]
    for notice in (
        "*Submitted comments are subject to moderation before being displayed.",
        "Comments are filtered for language and registration is required.",
        "Currently there are no comments. Be the first to comment!",
        "USA TODAY is now using Facebook Comments on our stories and blog posts.",
        "Commenting is closed for this article.",
    ):
        assert clean_lines([*body, notice, "Great article, thanks!"]).lines == body


def test_thread_replies_below_a_short_first_post_are_kept_without_user_chrome() -> None:
    question = "<p>请问这个插件在新版本上还能不能用？我试了几次都没有成功。</p>"
    replies = "".join(
        f'<div class="comment-item"><div class="user-name">用户{k}</div><div class="time">2020.06.0{k} 发布</div>'
        f'<div class="rich-text"><p>回复内容{k}：可以用，需要先更新到最新版本。</p></div>'
        f'<div class="actions">点赞</div><div class="actions">举报</div></div>'
        for k in range(1, 4)
    )
    html = (
        f'<html><body><div class="nav"><a href="/">首页</a></div><div class="detail">{question}</div>'
        f'<div class="head-title">3个评论</div><div class="comment-list">{replies}</div></body></html>'
    )
    text = extract_html(html).text
    assert "请问这个插件" in text
    from cleaner.extraction.content import select_root

    sel = select_root(parse_page(html))
    assert sel is not None and sel.replies >= 0  # the thread mechanism, not the block scoring, found them
    for k in range(1, 4):
        assert f"回复内容{k}" in text
    assert "用户1" not in text and "举报" not in text and "发布" not in text


def test_consent_overlay_at_the_end_of_the_page_is_boilerplate() -> None:
    cookie = "我们使用 Cookie 以允许我们网站的正常工作、个性化设计内容和广告，提供社交媒体功能并分析访问情况。"
    paras = "".join(f"<p>{cookie}{k}</p>" for k in range(5))
    overlay = f'<div id="onetrust-consent-sdk"><div class="ot-pc-content">{paras}</div></div>'
    html = f"<html><body><div><p>{PARA}</p><p>{PARA}又一段。</p></div>{overlay}</body></html>"
    text = extract_html(html).text
    assert PARA in text and "Cookie" not in text
    # the same word on a wrapper inside the page is a consent state, not a banner
    html = (
        f'<html><body><div class="page consent-given"><p>{PARA}</p><p>{PARA}又一段。</p></div><p>页脚</p></body></html>'
    )
    assert PARA in extract_html(html).text


def test_a_run_of_teasers_after_the_article_is_not_content() -> None:
    body = "".join(
        f"<p>The council voted on Tuesday to close the old bridge {k}. Repairs will start in the spring.</p>"
        for k in range(4)
    )
    teasers = "".join(
        f'<li><a href="/n{k}">Another story headline number {k} here</a> CITY: A summary of the other story, '
        f"which goes on for a while. It has sentences.</li>"
        for k in range(5)
    )
    html = f'<html><body><div><div class="story">{body}</div><ul>{teasers}</ul></div></body></html>'
    text = extract_html(html).text
    assert "close the old bridge 3" in text
    assert "Another story headline" not in text and "A summary of the other story" not in text


def test_blog_written_in_short_lines_is_content() -> None:
    # lines without punctuation, now and then one with a comma or a question mark
    verse = "".join(f"<p>{'短い、' if k % 4 == 0 else '短い一行の文章ですけれど'}{k}</p>" for k in range(30))
    html = (
        '<html><body><div class="announcer">タイトルとブログ名が入る長い見出しの行です！とても長い。</div>'
        f'<div class="entry-body">{verse}</div><div class="menu"><a href="/">ホーム</a></div></body></html>'
    )
    text = extract_html(html).text
    assert "短い一行の文章ですけれど1\n" in text and "短い一行の文章ですけれど26\n" in text


def test_a_traditional_page_is_read_through_a_fold_that_is_undone_exactly() -> None:
    """Rules written in Simplified characters hold on a Traditional page (為您推薦, 責任編輯), and the text comes
    back in the page's own characters, even where the page mixes the two forms of a character (後 and 后)."""
    from cleaner.text.scriptfold import page_fold

    body = "".join(
        f"<p>第{i}段：臺灣的記者報導，這場會議之後，皇后與各國代表討論了經濟發展與環境問題，結論將於下週公佈。</p>"
        for i in range(6)
    )
    page = (
        "<html><head><title>會議報導</title></head><body><article><h1>會議報導</h1>"
        f"{body}<p>責任編輯：王小明</p></article>"
        "<div><h3>為您推薦</h3><ul><li><a href='/a'>另一則新聞標題很長很長</a></li>"
        "<li><a href='/b'>第二則新聞標題也很長很長</a></li></ul></div></body></html>"
    )
    fold = page_fold(page)
    assert fold is not None and "后" not in fold[0].values()  # 后 is on the page: 後 is not folded into it
    doc = extract_html(page)
    assert "之後" in doc.text and "皇后" in doc.text and "臺灣的記者報導" in doc.text
    assert "責任編輯" not in doc.text and "另一則新聞" not in doc.text
    assert "王小明" in " ".join(doc.meta.values())
    simplified = extract_html("<html><body><p>" + "这是简体中文的正文，内容完整。" * 5 + "</p></body></html>")
    assert page_fold("<p>" + "这是简体中文的正文，内容完整。" * 5 + "</p>") is None and "简体" in simplified.text


def test_a_traditional_page_with_simplified_words_is_folded_and_unfolded_by_position() -> None:
    """A Traditional page that also holds Simplified words (a language switch, a nav bar, a quoted line) still
    reads through the fold (責任編輯 and 為您推薦 are found though 责任编辑 and 为您推荐 are on the page), and
    every character of the text is the page's own: the Traditional article and the Simplified quote alike."""
    from cleaner.text.scriptfold import fold_page

    nav = "".join(f"<a href='/{i}'>{w}</a>" for i, w in enumerate(["简体中文", "新闻", "经济", "责任编辑", "为您推荐"]))
    paras = [
        f"第{i}段：臺灣的記者報導，這場會議之後，各國代表討論了經濟發展與環境問題，結論將於下週公佈。" for i in range(6)
    ]
    quote = "简体版的说明：这是为您准备的经济新闻，关于发展的报道。"
    # inline tags and an entity: the line is not on the page as it is
    tagged = "經濟<b>發展</b>與新聞 &amp; 為您說明的<a href='/x'>經濟</a>報導，這是第七段的內容。"
    page = (
        f"<html><head><title>會議報導</title></head><body><div class='nav'>{nav}</div><article><h1>會議報導</h1>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + f"<p>{tagged}</p><p>{quote}</p><p>責任編輯：王小明</p></article>"
        "<div><h3>為您推薦</h3><ul><li><a href='/a'>另一則新聞標題很長很長</a></li>"
        "<li><a href='/b'>第二則新聞標題也很長很長</a></li></ul></div></body></html>"
    )
    fold = fold_page(page)
    assert fold is not None and fold.fold[ord("經")] == "经" and fold.fold[ord("責")] == "责"
    assert len(fold.folded) == len(page)
    doc = extract_html(page)
    assert all(p in doc.text for p in paras) and quote in doc.text
    assert "經濟發展與新聞 & 為您說明的經濟報導，這是第七段的內容。" in doc.text
    assert "責任編輯" not in doc.text and "另一則新聞" not in doc.text and "为您推荐" not in doc.text
    assert "王小明" in " ".join(doc.meta.values()) and doc.title == "會議報導"
    assert set(doc.text) - {"\n"} <= set(page)


def test_text_the_page_does_not_hold_as_it_reads_is_unfolded_with_bounded_work() -> None:
    """A string whose contexts are nowhere on the page (text from JSON or character references) stops scanning the
    page once failed searches scanned SCANNED characters: its characters of two origins then take their most
    frequent origin."""
    from cleaner.text.scriptfold import SCANNED, fold_page

    trad = "這是關於經濟發展與國際貿易的報導內容為讀者提供詳細分析"
    page = "<div>简体中文 发展 经济 这</div>" + "".join(f"<p>{trad[i % 7 :]}{trad}。</p>" for i in range(300))
    fold = fold_page(page)
    assert fold is not None
    nowhere = "这发展经济" * 40000  # (these five in this order are nowhere on the page)
    back = fold.unfold(nowhere)
    assert len(back) == len(nowhere) and SCANNED <= fold._scanned < SCANNED + 2 * len(page)
    assert back.endswith("這發展經濟")  # past the budget: each character's most frequent origin on the page


def test_a_traditional_text_dump_is_cleaned_like_its_simplified_form() -> None:
    """Text dumps go through the same fold: the same rules fire, the text keeps its own characters and its id is
    made from them."""
    import opencc

    from cleaner.document import Document, content_id
    from cleaner.text.textclean import clean_dump

    s2t = opencc.OpenCC("s2t").convert
    para = "第{}段：台湾的记者报道，这场会议之后，各国代表讨论了经济发展与环境问题，结论将于下周公布。\n"
    tail = ["责任编辑：王小明", "用微信扫码二维码 分享至好友和朋友圈", "为您推荐"]
    tail += ["另一则新闻标题很长", "第二则新闻标题也很长"]
    dump = "会议报道\n" + "".join(para.format(i) for i in range(5)) + "\n".join(tail) + "\n"
    [simplified] = clean_dump(dump, source="s.txt")
    [traditional] = clean_dump(s2t(dump), source="t.txt")
    assert isinstance(simplified, Document) and isinstance(traditional, Document)
    assert traditional.text == s2t(simplified.text) and traditional.title == s2t(simplified.title)
    assert traditional.removed == simplified.removed and traditional.meta == {"editor": "王小明"}
    assert traditional.id == content_id(traditional.text) == traditional.sources[0].doc_id


def test_traditional_chinese_lines_meet_the_simplified_rules() -> None:
    para = "段新聞內容，記者在現場看到了許多市民，大家都說這個政策對生活很有幫助。"
    body = "".join(f"<p>這是第{i}{para}</p>" for i in range(4))
    tail = "<p>（責任編輯：錢芳）</p>"
    html = f"<html><body><h1>市政府宣佈新政策</h1><div class='content'>{body}{tail}</div></body></html>"
    doc = extract_html(html)
    assert "記者在現場看到了許多市民" in doc.text  # the text stays in traditional characters
    assert "責任編輯" not in doc.text and "钱芳" not in doc.text
    assert doc.meta.get("editor") == "錢芳"  # lifted metadata in the page's own characters


LD_PARA = (
    "市政府今天召开新闻发布会，介绍了今年城市更新工作的进展情况。全市已完成老旧小区改造一百二十个，惠及居民三万多户。"
)


def _ld_page(ld: str, body: str = '<div id="app"></div>') -> str:
    return (
        "<html><head><title>城市更新进展</title>"
        f'<script type="application/ld+json">{ld}</script></head><body>{body}</body></html>'
    )


def test_a_page_a_script_renders_gives_the_article_its_json_ld_states() -> None:
    article = '{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "城市更新进展", '
    article += f'"articleBody": "{LD_PARA}<br>{LD_PARA[:30]}&amp;更多"}}'
    doc = extract_html(_ld_page(article))
    assert doc.text.split("\n") == [LD_PARA, LD_PARA[:30] + "&更多"]
    assert doc.removed.get("html.fallback_json_ld") == 1
    # a Q&A page: the question, then every answer in order
    accepted = "先检查电源线是否插好，再换一个插座试试，很多时候就是这个原因。"
    suggested = "拔掉电池，按住电源键三十秒放电，然后再开机试一试。"
    qa = {"@type": "QAPage", "mainEntity": {"@type": "Question", "name": "电脑开不了机怎么办？", "text": LD_PARA,
          "acceptedAnswer": {"@type": "Answer", "text": accepted},
          "suggestedAnswer": [{"@type": "Answer", "text": suggested}]}}  # fmt: skip
    lines = extract_html(_ld_page(json.dumps(qa, ensure_ascii=False))).text.split("\n")
    assert lines[1:] == [LD_PARA, accepted, suggested]


def test_json_ld_is_not_read_when_the_page_has_prose_and_bad_json_ld_is_ignored() -> None:
    dom = (
        "<article><p>" + "记者从市交通委获悉，地铁新线将于年底开通运营，沿线居民出行将更加便利。" * 2 + "</p></article>"
    )
    other = '{"@type": "NewsArticle", "articleBody": "' + LD_PARA * 3 + '"}'
    doc = extract_html(_ld_page(other, dom))
    assert "地铁新线" in doc.text and "城市更新" not in doc.text and "html.fallback_json_ld" not in doc.removed
    for bad in ('{"articleBody": ', "[1, 2", '{"@type": "NewsArticle", "articleBody": 12}', "null"):
        assert extract_html(_ld_page(bad)).text == ""


def test_a_page_longer_than_what_is_read_says_so() -> None:
    # (links whose text alone is past the cut: markup without text, their attributes included, is slimmed first)
    links = "".join(f'<a href="/{i}">链接{i}</a>' for i in range(MAX_CHARS // 8))
    doc = extract_html(f"<html><body><nav>{links}</nav><p>{LD_PARA}</p></body></html>")
    assert doc.removed.get("html.cut_at_max_chars") == 1
    assert "html.cut_at_max_chars" not in extract_html(_ld_page("{}", f"<p>{LD_PARA}</p>")).removed
