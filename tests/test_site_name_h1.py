"""The site's name in the ``<h1>`` is not the story's title (``metadata._story_heading``, helper catfall37).

A classic blog theme heads every page with the blog's name, an ``<h1>`` that is one home link, and puts the post's
title in a linked ``<h2>``; the ``<title>`` names both ("Post : Blog"). Taken as the title, the blog's name left the
post's own heading and paragraphs reading as a teaser of another post, and a short post lost the block choice to its
comments (a catastrophic choice: the comments came out, the post did not). The ``<title>``'s other part, shown by a
lower heading and longer than the ``<h1>``, is the title then. A question page whose linked ``<h1>`` is the question
keeps it over a shorter part of the ``<title>`` that a heading also shows (a tag)."""

from __future__ import annotations

from cleaner.extraction import extract_html

POST = [
    "Have you ever noticed how the old valve radios hum for a second before the voice comes through? My father said it "
    "was the set clearing its throat, and I still think of it that way whenever I switch one on.",
    "This week I finally got the walnut cabinet model working again, after a winter of hunting for one small part.",
]
COMMENTS = [
    "I have to give special attention to the way you describe the sound of the old sets, because every little detail "
    "you mention brings back the evenings we spent in the kitchen listening to the football results with my uncle.",
    "I have to disagree with you on the second point, but the rest of it is spot on and well worth the read.",
    "Our county library had a whole shelf of repair manuals for these radios until they cleared it out a few years "
    "ago, and nobody there could tell me where the books had gone when I asked about them last spring.",
    "Does anyone know whether the meeting of the radio club next week is open to the public or not?",
    "Same thing happened to my brother last year and nobody at the shop would call him back about the part.",
]


def _blog(title_sep: str = " : ") -> str:
    comments = "".join(
        f'<li id="comment-{k}"><cite>reader{k}</cite> Says:<br><small><a href="#">May {k + 1}, 2008 at 3:10 PM</a>'
        f"</small><p>{text}</p></li>"
        for k, text in enumerate(COMMENTS)
    )
    return (
        f"<html><head><title>The Walnut Cabinet Radio{title_sep}Notes From the Porch</title></head><body>"
        '<div id="page"><div id="header"><h1><a href="/">Notes From the Porch</a></h1>'
        '<div class="description">Where a retired shop teacher writes about old radios and small towns.</div></div>'
        '<div id="content"><div class="post" id="post-681">'
        '<h2><a href="/2009/11/radio.html" rel="bookmark">The Walnut Cabinet Radio</a></h2>'
        "<small>October 19, 2013</small>"
        f'<div class="entry">{"".join(f"<p>{p}</p>" for p in POST)}</div>'
        '<p class="postmetadata">Posted in <a href="#">Radios</a> | <a href="#comments">5 Comments</a></p></div>'
        f'<h3 id="comments">5 Responses to "The Walnut Cabinet Radio"</h3><ol class="commentlist">{comments}</ol>'
        '<h3 id="respond">Leave a Reply</h3><form id="commentform"><p><input name="author"> Name (required)</p>'
        "</form></div></div></body></html>"
    )


def test_blog_name_h1_yields_to_the_post_heading() -> None:
    for sep in (" : ", " | ", " » "):
        doc = extract_html(_blog(sep))
        assert doc.title == "The Walnut Cabinet Radio"
        assert POST[0] in doc.text and POST[1] in doc.text
        assert COMMENTS[0] not in doc.text


def test_question_h1_keeps_its_title_over_a_tag() -> None:
    body = " ".join(POST)
    html = (
        "<html><head><title>visual - Which duplo digit is six or nine? - Puzzling</title></head><body>"
        '<h1><a href="/questions/1">Which duplo digit is six or nine?</a></h1>'
        f'<div class="question"><p>{body}</p><h3>visual</h3></div></body></html>'
    )
    assert extract_html(html).title == "Which duplo digit is six or nine?"
