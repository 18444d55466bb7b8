"""Modern pages (bench/modern_corpus.py): the article a script renders from app-state JSON, an article hidden
until a script shows it (``display:none``, ``<template>``), with the DOM holding little prose; a page whose DOM
holds its article is not read for JSON or hidden text."""

from __future__ import annotations

import json
import sys

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.structured import MAX_STATE, state_text
from tests.conftest import ROOT, SHARED
from tests.textpieces import NEWS_PARAGRAPHS

sys.path.insert(0, str(ROOT / "bench"))
import modern_corpus
import perturb
from bench_extract import load_set, prf

PARAGRAPHS = NEWS_PARAGRAPHS
HTML_BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
SHELL = (
    "<html><head><title>社区开设农民工维权绿色通道</title></head><body>"
    '<div class="nav"><a href="/">首页</a> <a href="/news">新闻</a></div>{dom}{script}</body></html>'
)


def _page(dom: str, script: str = "") -> str:
    return SHELL.format(dom=dom, script=script)


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("</", "<\\/")


def _all_kept(text: str) -> bool:
    return all(p in text for p in PARAGRAPHS)


def test_next_data_of_an_empty_app_gives_the_article_and_not_its_related_summaries() -> None:
    data = {
        "props": {
            "pageProps": {
                "article": {"title": "社区开设农民工维权绿色通道", "content": HTML_BODY},
                "related": [
                    {"title": "另一条新闻", "summary": "这是另一篇文章的摘要，它也有标点，也像正文一样长长的一句话。"}
                ],
            }
        },
        "buildId": "x1",
    }
    html = _page(
        '<div id="__next"><div class="skeleton"></div></div>',
        f'<script id="__NEXT_DATA__" type="application/json">{_json(data)}</script>',
    )
    doc = extract_html(html)
    assert _all_kept(doc.text) and "另一篇文章" not in doc.text
    assert doc.removed.get("html.fallback_app_state") == 1


def test_an_initial_state_assignment_with_plain_text_gives_the_article_not_the_comments() -> None:
    comments = [{"user": "u1", "content": "评论：我觉得这件事办得好，希望各地都能学习推广这样的做法。"}] * 3
    data = {"article": {"body": "\n".join(PARAGRAPHS)}, "comments": comments}
    html = _page(
        '<div id="app"><noscript>请开启JavaScript以浏览本页面。</noscript></div>',
        f"<script>window.__INITIAL_STATE__={_json(data)};(function(){{}})();</script>",
    )
    doc = extract_html(html)
    assert _all_kept(doc.text) and "评论" not in doc.text


def test_every_answer_of_a_question_in_app_state_json_is_kept_in_order() -> None:
    answers = {str(100 + k): {"content": f"<p>{p}</p>", "voteupCount": k} for k, p in enumerate(PARAGRAPHS)}
    data = {"initialState": {"entities": {"questions": {"1": {"title": "怎么看"}}, "answers": answers}}}
    html = _page('<div id="root"></div>', f'<script id="js-initialData" type="text/json">{_json(data)}</script>')
    text = extract_html(html).text
    assert _all_kept(text)
    assert [text.index(p) for p in PARAGRAPHS] == sorted(text.index(p) for p in PARAGRAPHS)


def test_a_state_built_in_code_is_read_for_its_string_literals() -> None:
    body = _json("\n".join(PARAGRAPHS))
    script = f"<script>window.__NUXT__=(function(a,b){{return {{data:[{{body:{body}}}],user:a}}}}(null,1));</script>"
    assert _all_kept(extract_html(_page('<div id="__nuxt">加载中…</div>', script)).text)


def test_a_client_side_template_gives_the_article() -> None:
    html = _page('<div id="app"></div>', f'<script type="text/html" id="tpl">{HTML_BODY}</script>')
    doc = extract_html(html)
    assert _all_kept(doc.text) and doc.removed.get("html.fallback_app_state") == 1


def test_an_article_hidden_until_a_script_runs_is_kept_when_it_is_the_only_prose() -> None:
    for dom in (
        f'<div class="content" style="display: none;">{HTML_BODY}</div>',
        f'<div id="app"></div><template id="t">{HTML_BODY}</template>',
    ):
        doc = extract_html(_page(dom))
        assert _all_kept(doc.text), dom[:40]
        assert doc.removed.get("html.fallback_hidden") == 1


def test_revealing_a_hidden_article_changes_its_tags_not_its_text() -> None:
    words = [
        "The hidden costs of the plan, the council said, were never shown to voters in the district.",
        "Its menu showed display: none of the figures, and the hidden = clause stayed in a drawer for years.",
    ]
    body = "".join(f"<p>{w}</p>" for w in words)
    doc = extract_html(_page(f'<div class="content" hidden style="display:none">{HTML_BODY}{body}</div>'))
    assert doc.removed.get("html.fallback_hidden") == 1
    assert all(w in doc.text for w in words) and "data-h" not in doc.text


def test_a_hidden_popup_stays_out_of_a_page_with_its_article_visible() -> None:
    popup = (
        '<div class="login-dialog" style="display:none"><p>登录后可以参与评论，还可以收藏文章、关注作者，'
        "获得更多精彩内容推荐，立即登录吧！</p></div>"
    )
    data = {"seo": {"description": "这是一段用来测试的摘要文字，它有标点，也像正文一样长。" * 20}}
    html = _page(
        f"<article>{HTML_BODY}{HTML_BODY}</article>{popup}", f'<script type="application/json">{_json(data)}</script>'
    )
    doc = extract_html(html)
    assert _all_kept(doc.text) and "登录" not in doc.text and "摘要文字" not in doc.text
    assert not any(k.startswith("html.fallback") for k in doc.removed)


def test_hostile_app_state_json_is_bounded() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    huge = _json({"a": ["这是一句话，很短。"] * 300_000})
    assert len(huge) > MAX_STATE
    for raw in (deep, huge, "{" + '"a":' * 50_000):
        html = _page('<div id="app"></div>', f'<script type="application/json">{raw}</script>')
        assert extract_html(html).text == ""
        assert state_text(html, 0) == []


def test_code_and_urls_in_json_strings_are_not_prose() -> None:
    data = {"code": "function f(a){return a.b(c)};var x=1;" * 10, "url": "https://example.com/" + "a" * 200}
    html = _page('<div id="app"></div>', f'<script type="application/json">{_json(data)}</script>')
    assert state_text(html, 0) == []


DATA = SHARED / "data" / "extraction"
TUNE_PAGE = ("daniel_zh", "20111209_tech.sina.com.cn_0fa41e")
"""A tune page whose body holds scripts and comments (dropped from the body's HTML when it is read from JSON)."""


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    "kind",
    ["next_data", "nuxt", "initial_state", "qa_json", "display_none", "template", "script_template"],
)
def test_a_tune_page_rendered_by_a_script_or_hidden_keeps_most_of_its_score(kind: str) -> None:
    set_name, page_id = TUNE_PAGE
    pages = load_set(DATA, set_name, None, ("tune",))
    page = next(p for p in pages if p.id.startswith(page_id))
    pool = modern_corpus.Pool(pages, "zh")
    index, _ = perturb.body_index(page.html, page.gold)
    base = prf(extract_html(modern_corpus.modern(page, "identity", index, pool) or "").text, page.gold)[0]
    html = modern_corpus.modern(page, kind, index, pool)
    assert html is not None
    assert prf(extract_html(html).text, page.gold)[0] >= base - 0.15


def test_many_unclosed_scripts_on_a_thin_page_are_read_in_linear_time() -> None:
    import time

    html = _page('<div id="app"></div>', "<script>var a = 1;" * 200_000)
    start = time.process_time()
    extract_html(html)
    assert time.process_time() - start < 5


def test_utility_classes_shared_by_the_article_and_a_video_box_do_not_make_the_box_a_reply() -> None:
    """A Tailwind page (issue #12): the same utility class string on a nav link, the ``<main>``, a table cell and
    the parts of a video box with a "Report Broken Video" link under the first paragraphs. Sharing that string
    with the article's lines is no reply template, so the box is no lone reply and the article goes on below it."""
    grid, text = "grid grid-cols-1 gap-6 md:grid-cols-3", "text-base leading-7 text-gray-700"
    paras = [
        f"Paragraph {i} of the guide: the reef tank needs steady water, live rock and a patient keeper, and the fish "
        "settles in within a few weeks when it has places to hide and algae to graze on every day."
        for i in range(1, 9)
    ]
    nav = "".join(f'<div class="{grid}"><a href="/s{i}">Section {i}</a></div>' for i in range(4))
    video = (
        f'<div class="mt-6 space-y-4"><div class="{grid}">Coral Beauty Angelfish (Centropyge bispinosus)</div>'
        f'<div><a href="mailto:x@example.com">Report Broken Video</a><div class="{grid}">Video of the fish.</div>'
        "<p>This angelfish is doing what they do best, which is picking and pecking at live rock, looking for a "
        f'tasty treat, and it looks well fed.</p><div class="{grid}"><a href="/videos">Our channel</a></div>'
        "</div></div>"
    )
    html = (
        "<html><head><title>Coral Beauty Angelfish</title></head><body>"
        f'<header class="{text}">{nav}</header>'
        f'<main class="{grid}"><h1 class="flex items-center">Coral Beauty Angelfish</h1>'
        f'<div class="{text}"><p><strong>A favorite of many hobbyists!</strong></p><p>{paras[0]}</p>{video}'
        + "".join(f"<p>{p}</p>" for p in paras[1:])
        + f'</div><table><tr><td class="{grid}">Care level: beginner</td></tr></table></main></body></html>'
    )
    doc = extract_html(html)
    assert all(p in doc.text for p in paras)


def test_reveal_changes_only_the_tags_that_hide() -> None:
    """``_reveal`` on tags of every case, a dotted capital I, an unclosed tag: ``<template>`` made a ``<div>``, what
    hides an element undone, every other tag as it was. (A regex handing it only the tags that hold "hidden" or
    "none", by a look-ahead, gave the same output but cost more instructions than the call per tag: session 29.)"""
    from cleaner.extraction import _reveal

    html = (
        '<div HIDDEN>a</div><p STYLE="Display: None">b</p><h\u0130dden x>c</h\u0130dden><None>d</None>'
        '<TEMPLATE><p>e</p></Template><p class="is-hidden x">f</p><input type="hidden"><p title="none">g</p>'
        '<p class="hidden"'
    )
    assert _reveal(html) == (
        '<div data-h>a</div><p STYLE="display:block">b</p><h\u0130dden x>c</h\u0130dden><None>d</None>'
        '<div><p>e</p></div><p class="data-h x">f</p><input type="hidden"><p title="none">g</p><p class="hidden"'
    )
    assert _reveal('<p class=a>x</p><div id="none-such">y</div>') is None
