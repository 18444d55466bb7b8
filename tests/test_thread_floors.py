"""A thread's numbered floors told by their shape alone (``thread._floors``): like siblings, each with a short
header of a name, a time and a floor number rising by one from item to item ("#2 Post by X » 2024-04-10 16:01"),
are a thread's replies whatever their classes name (hashed CSS-in-JS names: no "post" or "reply" word). A long
first post takes them in; a long floor that outweighs the others widens to the list of floors (tune pages under
``bench/perturb_threads.py`` layouts). An article's comments, dated but not numbered so, stay out."""

from __future__ import annotations

import sys

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import perturbed_f1

sys.path.insert(0, str(ROOT / "bench"))
import perturb
from bench_extract import load_set, prf

FIRST = [
    "Let us assume I have installed a distribution package of the web server on a small office machine.",
    "I have my own module, which is not part of the distribution, and it depends on the packaged server.",
    "It should be rebuilt after every upgrade of the package, which the unattended upgrades make at night.",
    "How should this be done, and is there a hook that runs after the package manager has finished?",
    "Is it possible to stop the upgrade if the external module fails to build against the new version?",
    "I think this is a general question that does not depend on the package, so others must have met it.",
]
REPLIES = [
    "There are several places where such upgrades are logged, and the package log is the first of them.",
    "The most important part is to rebuild right after the upgrade, which the package system cannot do.",
    "A modified repository proxy that rebuilds the module before serving the package would also work.",
    "Thanks to both of you, I will try the proxy first and write back here with what I have found.",
]


def _flat_thread(numbered: bool) -> str:
    """A Hacker-News-like page: a first post of five paragraphs in ``<main>``, then the replies as the bare ``<li>``
    items of one ``<ul>``, each headed by inline spans "userN <date time>" and (``numbered``) "#N"."""
    items = "".join(
        f"<li><span>user{k}</span> <span>2017-12-0{k + 1} 16:5{k}</span>{f' <span>#{k + 1}</span>' if numbered else ''}"
        f'<div class="comment"><a href="/u/{k}">user{k}</a> - {k + 1} years ago | <a href="/t/{k}">thread</a></div>'
        f'<p>{r}</p><div><a href="/r/{k}">reply</a></div></li>'
        for k, r in enumerate(REPLIES * 2)
    )
    paras = "".join(f"<p>{p}</p>" for p in FIRST[:5])
    return (
        "<html><head><title>Agreper - Minimal web forum software</title></head><body>"
        "<h1>Agreper - Minimal web forum software</h1>"
        f"<main>ann - 2 years ago (last modified 2 years ago){paras}<ul>{items}</ul></main></body></html>"
    )


@pytest.mark.parametrize("numbered", [True, False])
def test_numbered_floors_under_a_long_first_post_are_its_replies(numbered: bool) -> None:
    """Numbered, the replies are the thread's (the start tree kept none: a first post of five paragraphs is an
    article unless its replies are named so); unnumbered, they stay out as before (an article's comments)."""
    text = extract_html(_flat_thread(numbered)).text
    for p in FIRST[:5]:
        assert p in text
    for r in REPLIES:
        assert (r in text) == numbered


def _article_with_comments(numbered: bool) -> str:
    """A blog article of six paragraphs under its title and byline, then dated comments, each with a reply link;
    ``numbered``: each comment's header opens with its floor number ("#1"), under "Readers' comments (4)"."""
    comments = "".join(
        f'<div class="c1"><div class="c2">{f"#{k + 1} " if numbered else ""}<a href="/u/{k}">reader{k}</a>'
        f' 2024-05-1{k} 09:1{k}</div><div class="c3">{r}</div><div class="c4"><a href="#r{k}">Reply</a></div></div>'
        for k, r in enumerate(REPLIES)
    )
    paras = "".join(f"<p>{p}</p>" for p in FIRST)
    label = "Readers' comments (4)" if numbered else "4 Comments"
    return (
        "<html><head><title>Rebuilding modules on upgrade - A blog</title></head><body>"
        '<div class="b1"><a href="/">Home</a> <a href="/about">About</a></div>'
        f'<div class="b2"><h1>Rebuilding modules on upgrade</h1><div class="b3">By Ann Lee, 2024-05-09</div>'
        f'<div class="b4">{paras}</div><h3>{label}</h3><div class="b5">{comments}</div></div></body></html>'
    )


@pytest.mark.parametrize("numbered", [False, True])
def test_an_articles_dated_comments_stay_out(numbered: bool) -> None:
    """Dated comments stay out; numbered ones too under a line naming them comments."""
    text = extract_html(_article_with_comments(numbered)).text
    for p in FIRST:
        assert p in text
    for r in REPLIES:
        assert r not in text


DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("set_name", "page_id", "kind"),
    [
        ("magichtml_en", "forum_5d5c1f0e282cdb38", "rename"),  # phpBB, classes hashed: a long first post
        ("magichtml_en", "forum_baece742e02c5670", "rename"),  # "Reply N - Posted by: X <date time>" heads
        ("magichtml_en", "forum_f297ca438db75f6d", "flat_list"),  # Hacker-News-like: "X <date time> #N" spans
        ("magichtml_en", "forum_f297ca438db75f6d", "table_floors"),  # one long floor among short ones
        ("magichtml_zh", "forum_3a43c342657cab39", "table_floors"),  # flarum in Discuz! tables: "N楼 发表于"
    ],
)
def test_tune_threads_keep_their_replies_whatever_their_classes(set_name: str, page_id: str, kind: str) -> None:
    f_base, f_changed = perturbed_f1(DATA, set_name, page_id, kind)
    assert f_changed >= f_base - 0.03


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("set_name", "page_id"),
    [("scrapinghub_en", "06e5123e4ef7cfb4"), ("magichtml_en", "article_e870e9deb7e33c96")],
)
def test_numbered_comments_under_their_heading_stay_out_of_a_tune_article(set_name: str, page_id: str) -> None:
    """perturb.py's ``long_comments`` (readers' comments holding more text than the article, each headed by a floor
    number, a user and a time, under "Readers' comments (N)"): read as a thread's floors without the heading test."""
    pages = load_set(DATA, set_name, None, ("tune",))
    page = next(p for p in pages if p.id.startswith(page_id))
    pool = perturb.Pool(pages, "en")
    index, _ = perturb.body_index(page.html, page.gold)
    base = prf(extract_html(perturb.perturb(page, "identity", index, pool) or "").text, page.gold)[0]
    html = perturb.perturb(page, "long_comments", index, pool)
    assert html is not None
    assert prf(extract_html(html).text, page.gold)[0] >= base - 0.1
