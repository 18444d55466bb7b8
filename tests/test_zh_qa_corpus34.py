"""Tests of round 34 (issue #12, helper forum34): tune pages of ``bench/zh_qa_corpus34.py`` (an independent generator
of Chinese forum, Q&A and comment pages) and pages written here. A list of posts too short to carry punctuation whose
only per-post chrome is a name and a bare date (no label) is told by its shape (``shortposts``: a date alone is a
header; of two varying slots, the post is the one under the other), and stays the content however few characters it
has (no fallback block with the names and dates back in). A post's "—— 来自 <phone model>" tail and a follow-up's bare
追问 / 追答 label go (rules ``forum-client-device``, ``zhidao-chrome``). The generator's texts are drawn at run time
from the shared extraction sets' tune golds; its check pages are only scored; the fresh seeds of the round's report
are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

needs_data = pytest.mark.skipif(not (DATA / "daniel_zh").is_dir(), reason="needs the shared extraction sets")

SEED = "forum34-dev1"


@pytest.fixture(scope="module")
def text() -> Any:
    import zh_qa_corpus34 as gen

    return gen.Text.load(DATA)


def _page(text: Any, kind: str, shape: str, i: int, seed: str = SEED) -> tuple[Any, str]:
    import zh_qa_corpus34 as gen
    from halves import TUNE

    p = gen.build_page(kind, shape, i, text, seed)
    assert p.half == TUNE, p.id
    return p, extract_html(p.html, url=gen._url(p)).text


def test_the_halves() -> None:
    """Ten kinds x three shapes; per shape, half of the kinds are tune pages."""
    import zh_qa_corpus34 as gen

    assert len(gen.KINDS) == 10
    for shape in gen.SHAPES:
        assert sum(gen._HALF[(k, shape)] == "tune" for k in gen.KINDS) == 5


@needs_data
@pytest.mark.parametrize(("seed", "i"), [(SEED, 0), (SEED, 1), (SEED, 2), ("forum34-dev2", 0), ("forum34-dev2", 1)])
def test_tiny_dated_replies_stay_without_names_and_dates(text: Any, seed: str, i: int) -> None:
    """Replies of two to twelve characters under a name and a bare date: every reply stays, no name, no date, no
    footer sentence."""
    import zh_qa_corpus34 as gen

    p, got = _page(text, "tiny_dated", "trad", i, seed)
    norm = gen._norm(got)
    for line in p.gold.splitlines()[1:]:
        assert gen._norm(line) in norm, (p.id, line)
    assert not [m for m in p.must_not if gen._norm(m) in norm], p.id


_REPLIES = ("顶", "同问", "谢谢分享", "学习了", "+1", "怎么下载呢", "已收藏")


def _tiny(name_tag: str, stamp: str) -> str:
    items = "".join(
        f"<div class='comment'><div class='user'><{name_tag} class='n'>网友{7 * i + 3}</{name_tag}></div>"
        f"<div class='time'>{stamp.format(i=i + 1)}</div><div class='text'>{x}</div></div>"
        for i, x in enumerate(_REPLIES)
    )
    return (
        "<html><head><meta charset='utf-8'><title>这个插件在哪里下载 - 问答社区</title></head><body>"
        "<div class='nav'><a href='/'>首页</a><a href='/q'>问答</a><a href='/login'>登录</a></div>"
        "<div class='main'><h1>这个插件在哪里下载</h1>"
        f"<div class='comments'>{items}</div></div>"
        "<div class='foot'><p>本站提倡文明发言，请勿发布广告内容。</p></div></body></html>"
    )


@pytest.mark.parametrize("name_tag", ["a", "span"])
@pytest.mark.parametrize("stamp", ["2023-05-{i:02d} 10:1{i}", "05-{i:02d}"])
def test_short_posts_under_a_name_and_a_bare_date(name_tag: str, stamp: str) -> None:
    out = extract_html(_tiny(name_tag, stamp), url="https://ask.example.cn/q/1").text
    lines = out.splitlines()
    assert lines[-len(_REPLIES) :] == list(_REPLIES)
    assert "网友" not in out and "05-0" not in out and "文明发言" not in out


@needs_data
@pytest.mark.parametrize("i", range(3))
def test_a_posts_device_tail_goes(text: Any, i: int) -> None:
    """A page 2 of a thread whose posts end with "—— 来自 <phone model>" (no "客户端"): every post stays, no tail."""
    import zh_qa_corpus34 as gen

    p, got = _page(text, "page_two", "short", i, "forum34-dev2")
    norm = gen._norm(got)
    assert all(gen._norm(line) in norm for line in p.gold.splitlines()), p.id
    assert not [x for x in got.splitlines() if x.startswith("——")], p.id


@needs_data
@pytest.mark.parametrize(("shape", "i"), [("short", 0), ("short", 1), ("long", 0), ("long", 1)])
def test_follow_up_labels_go_their_texts_stay(text: Any, shape: str, i: int) -> None:
    """A best answer's 追问 / 追答 exchange, each label in an element of its own: the texts stay, the labels go."""
    import zh_qa_corpus34 as gen

    p, got = _page(text, "zhidao_zhuiwen", shape, i, "forum34-dev2")
    norm = gen._norm(got)
    asks = ("那如果时间来不及怎么办？", "请问这个需要提前准备材料吗？", "谢谢，还有别的办法吗？", "具体要多久能办好？")
    asked = [x for x in p.gold.splitlines() if x in asks]
    assert asked and all(gen._norm(x) in norm for x in asked), p.id
    assert not {"追问", "追答"} & set(got.splitlines()), p.id
