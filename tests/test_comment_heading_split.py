"""A comment heading split over two elements (``<h3>网友评论</h3><span>共24条评论</span>``): the heading line has no
count, the line below it does; read together they are one counted heading, and a short story above it is chosen
without the comments (``content._counted_comments``, ``content._count_below``)."""

from __future__ import annotations

import sys

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.content import _count_below
from cleaner.extraction.dom import Page, parse_page
from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import perturb
from bench_extract import load_set, prf

DATA = SHARED / "data" / "extraction"


def _line(page_html: str, text: str) -> tuple[Page, int]:
    page = parse_page(page_html)
    return page, next(i for i, ln in enumerate(page.lines) if ln.text.strip() == text)


@pytest.mark.parametrize(
    "box",
    [
        '<div class="qh"><h3>网友评论</h3><span>共24条评论</span></div>',  # the count in the heading's parent
        '<div class="qh"><div class="t">网友评论</div><div class="n">已有18人参与</div></div>',  # in a sibling
        '<div class="qh"><h3>Comments</h3><span>(24 comments)</span></div>',
        '<div class="qh"><h3>读者留言</h3><em>评论（5）</em></div>',
    ],
)
def test_a_count_line_beside_a_comment_heading_is_its_count(box: str) -> None:
    html = f"<html><body><p>正文第一段。</p><div class='c'>{box}<p>评论的内容。</p></div></body></html>"
    head = box.split(">")[2].split("<")[0]
    page, i = _line(html, head)
    assert _count_below(page, i)


@pytest.mark.parametrize(
    "box",
    [
        '<ul class="bar"><li>评论</li><li>8765</li></ul>',  # a microblog's counter bar: a bare number
        '<div class="qh"><h3>网友评论</h3><span>共24条评论，欢迎大家踊跃发表自己的看法</span></div>',  # a sentence
        '<div class="qh"><h3>网友评论</h3></div><div class="x"><div class="y"><span>共24条评论</span></div></div>',
    ],
)
def test_other_lines_below_a_comment_heading_are_no_count(box: str) -> None:
    html = f"<html><body><p>正文第一段。</p><div class='c'>{box}<p>评论的内容。</p></div></body></html>"
    head = "评论" if "bar" in box else "网友评论"
    page, i = _line(html, head)
    assert not _count_below(page, i)


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    "page_id",
    [
        "20120117_www.winandmac.com_6096fd61",  # base: 0.939 -> 0.198, the story chosen with the comments
        "20120112_go.rss.sina.com.cn_24ddac9a",  # base: 0.933 -> 0.354
        "20120112_t.cntv.cn_6b23666e",  # base: 0.812 -> 0.333
    ],
)
def test_a_short_tune_story_ends_at_a_split_comment_heading(page_id: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # perturb.py comments_below, draw cmthead31-dev1, daniel_zh tune pages: "网友评论" / "共18条评论" over the comments
    monkeypatch.setattr(perturb, "SEED", "cmthead31-dev1")
    pages = load_set(DATA, "daniel_zh", None, ("tune",))
    page = next(p for p in pages if p.id.startswith(page_id))
    pool = perturb.Pool(pages, "zh")
    index, _ = perturb.body_index(page.html, page.gold)
    base = prf(extract_html(perturb.perturb(page, "identity", index, pool) or "").text, page.gold)[0]
    html = perturb.perturb(page, "comments_below", index, pool)
    assert html is not None
    text = extract_html(html).text
    assert "查看更多评论" not in text
    assert prf(text, page.gold)[0] >= base - 0.05
