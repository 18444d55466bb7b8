"""A short thread under the page's title told by its shape alone (``thread.titled_thread``, ``thread._stamped_post``):
like siblings, each with a short header of a name and a time above its prose, starting just below the title, are
the content when the block chosen lies elsewhere (a side column's activity feed of long items outweighed them), and
a list of such posts loses its headers as chrome (``thread._items(stamped=True)``), whatever the classes name
(hashed CSS-in-JS names: no "post" or "reply" word)."""

from __future__ import annotations

import sys

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import perturbed_f1

sys.path.insert(0, str(ROOT / "bench"))
from bench_extract import load_set, prf

POSTS = [
    "Who would you name as the best stage performer of the last ten years?",
    "Obviously top billing goes to the old master, and in no particular order the three others.",
    "Great answer, I agree with the first name.",
    "I just found out that he was born in a small town by the sea, not in the capital.",
]
FEED = [
    "The touring show returns to the old theatre with a new programme of escapes and stories about the famous "
    "escapologist, who was above all a wonderful self publicist and never let the truth get in the way of a good "
    "story, especially one about himself; the performer tells some of those stories, true and exaggerated. " * 3,
    "News of the week from the magic world: a new television special, two festivals announced for the summer, a "
    "museum exhibition of posters and props, and an interview with a young performer about close-up work. " * 3,
    "A long review of the new book on card technique, with notes on each chapter, the history of the sleights, and "
    "the author's advice for beginners who want to practise in front of a mirror before they perform. " * 3,
]


def _page() -> str:
    """A page whose classes are hashed: the title, then four posts each headed by a time stamp and a user name; a
    side column of links and an activity feed of three long items, each headed by "X posted an update N days ago"."""
    body = "".join(
        f'<li><div class="css-h1x"><span>2021-05-2{k} at 3:4{k} pm #70{k}</span></div>'
        f'<div class="css-a9q"><a href="/u/{k}">user{k}</a></div><div class="css-b7z"><p>{p}</p></div></li>'
        for k, p in enumerate(POSTS)
    )
    main = f'<div class="css-x1">This topic has 3 replies.</div><ul class="css-q2">{body}</ul>'
    feed = "".join(
        f'<li class="css-f{k}"><p>Kenny posted an update {k + 1} days ago</p><div class="css-g{k}"><p>{t}</p></div>'
        "</li>"
        for k, t in enumerate(FEED)
    )
    nav = "".join(f'<li><a href="/n/{k}">Section number {k}</a></li>' for k in range(30))
    return (
        "<html><head><title>Who is the best stage performer?</title></head><body>"
        f'<div class="css-w1"><div class="css-c1"><h1>Who is the best stage performer?</h1>{main}</div>'
        f'<div class="css-s1"><ul class="css-n1">{nav}</ul><h2>Site Wide Activities</h2><ul class="css-f">{feed}</ul>'
        "</div></div></body></html>"
    )


def test_a_short_thread_under_the_title_beats_a_feed_of_long_items() -> None:
    """The start tree took the feed (its items' long prose outweighs the thread and the side column's links)."""
    text = extract_html(_page()).text
    for p in POSTS:
        assert p in text
    assert "posted an update" not in text
    assert "self publicist" not in text
    assert ("#70" in text) is False  # the posts' headers are chrome


DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("set_name", "page_id", "kind"),
    [
        ("magichtml_en", "forum_9bc65d367d3b3bda", "rename"),  # bbPress: an activity feed beside a short thread
        ("magichtml_en", "forum_44996889451f80a9", "rename"),  # IPS: "Posted <date>" heads, a spoiler-only post
    ],
)
def test_tune_thread_under_its_title_whatever_its_classes(set_name: str, page_id: str, kind: str) -> None:
    f_base, f_changed = perturbed_f1(DATA, set_name, page_id, kind)
    assert f_changed >= f_base - 0.03


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_deleted_reply_placeholders_are_no_thread() -> None:
    """Time-marked items that all say the same ("此回复已被删除！") are no replies: a NodeBB tune page's gold keeps the
    first post alone (0.91; 0.32 with the placeholders taken in as replies)."""
    pages = load_set(DATA, "magichtml_en", None, ("tune",))
    page = next(p for p in pages if p.id == "forum_39c13f85b5bd4e98")
    text = extract_html(page.html, url=page.url).text
    assert "此回复已被删除" not in text
    assert prf(text, page.gold)[0] >= 0.9


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_tune_replies_below_a_promotion_box_whatever_their_classes() -> None:
    """learnku: the course box between the post and its replies was hinted by its classes only."""
    f_base, f_changed = perturbed_f1(DATA, "magichtml_zh", "forum_7b01ccf33237e2a5", "rename")
    assert f_changed >= f_base - 0.03


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_an_articles_dated_comments_are_no_list_of_posts() -> None:
    """A long article and, under "热门评论", its comments, each under a dated "引用 投诉 支持 (2) 2004-12-13 09:02:13"
    bar: time-marked items far below the chosen block's start are no list of posts (the tune page's gold leaves the
    comments out)."""
    pages = load_set(DATA, "cleaneval_zh", None, ("tune",))
    page = next(p for p in pages if p.id == "24")
    text = extract_html(page.html, url=page.url).text
    assert "认为：" not in text
    assert prf(text, page.gold)[0] >= 0.97
