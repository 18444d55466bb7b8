# ruff: noqa: E501  (markup is long literal lines)
"""Golden tests on *tune* pages of ``bench/web_corpus21.py`` (English threads whose replies got dropped): what round
21 changed, and a self-contained page of the same shape. The generator's page texts are drawn at run time from the
shared extraction sets' tune golds, so those tests take the expected lines from the page's own gold. Check pages are
only scored (``python bench/web_corpus21.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

_POST = (
    "I replaced the fan in my home server last week and since then the machine shuts down after an hour or so. "
    "The temperatures look fine in the BIOS, and the logs show nothing before the power goes."
)
_MORE = "It is a six year old board with the stock cooler, and the new fan is the same model as the old one was."
_REPLIES = (
    "Did you check the power supply? A tired one can do exactly that under load.",
    "Thanks, that worked!",
    "Same here.",
    "Had the same board, the capacitors near the socket were bulging after five years of use.",
)


def _vanilla(heading: str) -> str:
    """A Vanilla-like discussion: the first post and each comment in a ``div.Message``, a heading between them."""
    comments = "".join(
        f'<li class="Item ItemComment" id="Comment_{i}"><div class="Comment"><div class="Item-Header CommentHeader">'
        f'<div class="AuthorWrap"><span class="Author"><a class="Username" href="#">user{i}</a></span>'
        f'<span class="AuthorInfo"><span class="MItem Rank">Member</span></span></div><div class="Meta CommentMeta">'
        f'<span class="MItem DateCreated"><a class="Permalink" href="#"><time>{i + 2} days ago</time></a></span></div></div>'
        f'<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{text}</div>'
        f'<div class="Reactions"><span class="ReactButton">Like {i}</span> <a class="ReactButton" href="#">Quote</a> '
        '<a class="ReactButton" href="#">Flag</a></div></div></div></div></li>'
        for i, text in enumerate(_REPLIES)
    )
    return (
        "<html><head><title>Server shuts down after an hour</title></head><body>"
        '<div id="Frame"><div class="Head"><a class="Title" href="/">Home Lab Forum</a><ul class="SiteMenu">'
        '<li><a href="/categories">Categories</a></li><li><a href="/entry/signin">Sign In</a></li></ul></div>'
        '<div id="Body"><div id="Content" class="Column ContentColumn"><div class="PageTitle"><h1>Server shuts down after an hour</h1></div>'
        '<div class="MessageList Discussion"><div class="Item-Header DiscussionHeader"><span class="Author">'
        '<a class="Username" href="#">starter</a></span> <span class="MItem DateCreated">7 hours ago</span></div>'
        '<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">'
        f"<p>{_POST}</p><p>{_MORE}</p></div></div></div></div>"
        f'<div class="CommentsWrap"><span class="BeforeCommentHeading"></span><h2 class="CommentHeading">{heading}</h2>'
        f'<ul class="MessageList DataList Comments">{comments}</ul></div>'
        '<div class="CommentForm"><h2 class="H">Leave a Comment</h2><textarea></textarea><button>Post Comment</button></div></div></div>'
        '<div id="Foot"><a href="#">Powered by Vanilla</a></div></div></body></html>'
    )


@pytest.mark.parametrize("heading", ["Comments", "4 Comments"])
def test_comments_heading_between_posts_of_one_template(heading: str) -> None:
    """A discussion whose first post and replies are set in the same element (``div.Message``) is a thread, not an
    article with comments, and a "Comments" heading between them is its label: the replies stay. (This page passed
    before round 21 too; the generator's pages below, with their texts, did not: the tail rule
    ``cut_tail.en-comments`` cut the replies at that heading, or the list was read as an article's comments.)"""
    out = [x.strip() for x in extract_html(_vanilla(heading), url="http://forum.example.org/d/1").text.splitlines()]
    assert _POST in out and _MORE in out
    assert all(r in out for r in _REPLIES), out
    assert heading not in out and "Leave a Comment" not in out


def test_blog_comments_under_their_heading_still_go() -> None:
    """A blog post's paragraphs (``<p>`` in ``div.entry-content``) and its comments (``div.comment-content``) are
    not one template: the "Comments" heading still ends the post."""
    paras = "".join(f"<p>{_POST} Part {i}.</p>" for i in range(5))
    comments = "".join(
        f'<li class="comment"><div class="comment-author">user{i} says:</div><div class="comment-content"><p>{t}</p></div>'
        f'<div class="reply"><a href="#">Reply</a></div></li>'
        for i, t in enumerate(_REPLIES)
    )
    html = (
        "<html><head><title>Notes on a home server</title></head><body><article><h1>Notes on a home server</h1>"
        f'<div class="entry-meta">Posted on June 2, 2021 by Ann</div><div class="entry-content">{paras}</div></article>'
        f'<div id="comments"><h2>Comments</h2><ol class="comment-list">{comments}</ol></div></body></html>'
    )
    out = extract_html(html, url="http://blog.example.org/notes").text
    assert "Part 4." in out
    assert _REPLIES[0] not in out and _REPLIES[3] not in out


@pytest.mark.skipif(not DATA.is_dir(), reason="web_corpus21 reads its texts from ../shared/data/extraction")
def test_short_thread_replies_stay() -> None:
    """Every tune page of ``short_thread`` (replies of one short line under a ``Comments`` heading) keeps every post."""
    import web_corpus21
    from halves import TUNE

    text = web_corpus21.Text.load(DATA)
    pages = [
        web_corpus21.build_page("short_thread", i, text, web_corpus21.SET) for i in range(web_corpus21.PAGES_PER_KIND)
    ]
    pages = [p for p in pages if p.half == TUNE]
    assert len(pages) >= 4
    for p in pages:
        out = {web_corpus21._norm(x) for x in extract_html(p.html, url=web_corpus21._url(p)).text.splitlines()}
        missing = [x for x in p.gold.splitlines() if web_corpus21._norm(x) not in out]
        assert not missing, (p.id, missing)


@pytest.mark.skipif(not DATA.is_dir(), reason="web_corpus21 reads its texts from ../shared/data/extraction")
def test_discussion_opening_in_a_comment_element_stays() -> None:
    """A GitHub-Discussions-like opening post set in an element named as a comment (``js-comment``, a negative hint)
    above the list of answers chosen as the content: its paragraphs stay with the answers (they went)."""
    import web_corpus21
    from halves import TUNE

    text = web_corpus21.Text.load(DATA)
    pages = [
        web_corpus21.build_page("gh_nested", i, text, web_corpus21.SET) for i in range(web_corpus21.PAGES_PER_KIND)
    ]
    pages = [p for p in pages if p.half == TUNE]
    assert len(pages) >= 4
    for p in pages:
        out = {web_corpus21._norm(x) for x in extract_html(p.html, url=web_corpus21._url(p)).text.splitlines()}
        opening = p.gold.splitlines()[:2]
        assert all(web_corpus21._norm(x) in out for x in opening), p.id
