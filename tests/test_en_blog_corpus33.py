"""Golden tests on *tune* pages of ``bench/en_blog_corpus33.py`` (issue #12, round 33): a short blog post whose
comments follow a heading that counts them and names the post ("4 Responses to “…”", WordPress Kubrick), or whose
footer links to its counted comments set below in items named as comments (TypePad), is the post alone, not a thread
of the post and its comments (``content._counted_heading_between``, ``content._commented_post``). The generator's
texts are drawn at run time from the shared extraction sets' tune golds; check pages are only scored; the fresh seeds
of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.gen_checks import assert_tune_pages

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

pytestmark = pytest.mark.skipif(not (DATA / "scrapinghub_en").is_dir(), reason="needs the shared extraction sets")


@pytest.mark.parametrize("seed", ["enblog33", "enblog33-dev1"])
def test_a_blog_post_under_a_counted_comment_heading_is_the_post_alone(seed: str) -> None:
    """kubrick pages (tune, both shapes) and TypePad pages (tune, long: the post's footer "Permalink | Comments (3)"
    and the comments in ``div.comment`` items, ``content._commented_post``): every sentence the post must keep, none
    of the comments below it."""
    import en_blog_corpus33 as gen
    from halves import TUNE

    text = gen.Text.load(DATA)
    for kind, shape in [("kubrick", "short"), ("kubrick", "long"), ("typepad", "long")]:
        for i in range(gen.PAGES):
            p = gen.build_page(kind, shape, i, text, seed)
            assert p.half == TUNE
            out = gen._norm(extract_html(p.html, url=gen._url(p)).text)
            assert all(gen._norm(m) in out for m in p.must), p.id
            assert not [m for m in p.must_not if gen._norm(m) in out], p.id


def test_a_voted_topic_keeps_its_voted_replies() -> None:
    """A community topic whose post and replies bear scores ("57 votes" / "9 points", Zendesk's ``vote-sum``) is a
    thread, not a story and its comments, under an ``<article>`` or a counted heading ("38 comments";
    ``content._voted``): the tune pages of web_corpus21 ``tree`` and en_forum_corpus24 ``zendesk`` on the dev seed
    of round 33 that kept the post alone."""
    import en_forum_corpus24
    import web_corpus21

    seed = "enblog33-dev1"
    assert_tune_pages(web_corpus21, web_corpus21.Text.load(DATA), seed, [("tree", i) for i in (0, 4, 8, 9, 12, 13)])
    assert_tune_pages(en_forum_corpus24, en_forum_corpus24.Text.load(DATA), seed, [("zendesk", 0), ("zendesk", 10)])


def test_a_community_post_whose_replies_bear_scores_keeps_them() -> None:
    """An old-Reddit-like self post ("1 comments share save" in its bar, no score of its own) and a reply in a
    ``div.comment`` with "495 points": a thread, not a blog post and its comments (``content._commented_post`` stops
    at a reply's score). thread_corpus2's tune page reddit_old_4 on the round's dev seed."""
    import gen_sweep
    from bench_extract import prf

    gen = gen_sweep.Generator("thread_corpus2", DATA)
    page = next(p for p in gen.build("enblog33-dev1") if p.id == "reddit_old_4")
    assert gen_sweep.half_of(gen, page) == "tune"
    assert prf(extract_html(page.html).text, page.gold())[0] > 0.95


@pytest.mark.parametrize("seed", ["enblog33", "enblog34-dev1"])
def test_a_post_filed_under_a_category_ends_above_its_discussion(seed: str) -> None:
    """forum_comments pages (tune, long): a blog post whose footer files it and links to its discussion ("Filed under
    Books | Discuss in the forum"), then forum-like comment rows (user cell, "Posted: … Subject: Re: …", prose): the
    post alone, the footer and every comment out (rule ``cut_tail.en-filed-under``)."""
    import en_blog_corpus33 as gen
    from halves import TUNE

    text = gen.Text.load(DATA)
    for i in range(gen.PAGES):
        p = gen.build_page("forum_comments", "long", i, text, seed)
        assert p.half == TUNE
        out = gen._norm(extract_html(p.html, url=gen._url(p)).text)
        assert all(gen._norm(m) in out for m in p.must), p.id
        assert not [m for m in p.must_not if gen._norm(m) in out], p.id
        assert "filed under" not in out, p.id


@pytest.mark.parametrize("seed", ["enblog33", "enblog34-dev1"])
def test_a_press_release_ends_at_its_end_mark(seed: str) -> None:
    """press pages (tune, short): "FOR IMMEDIATE RELEASE", a dateline lead, "###", then the media contact and a
    disclaimer in the release's own box: the release ends at the mark (rule ``cut_tail.press-end``, heads
    ``end-mark``: it cuts between paragraphs too, the contact and the boilerplate below it being prose)."""
    import en_blog_corpus33 as gen
    from halves import TUNE

    text = gen.Text.load(DATA)
    for i in range(gen.PAGES):
        p = gen.build_page("press", "short", i, text, seed)
        assert p.half == TUNE
        out = gen._norm(extract_html(p.html, url=gen._url(p)).text)
        assert all(gen._norm(m) in out for m in p.must), p.id
        assert not [m for m in p.must_not if gen._norm(m) in out], p.id
        assert "media contact" not in out and "###" not in out, p.id


def test_a_media_contact_heads_a_release_tail_without_an_end_mark() -> None:
    """No "###": the "Media contact:" line cuts the release's tail (rule ``cut_tail.press-contact``); above the story
    it is no cut."""
    from cleaner.text.textclean import clean_lines

    body = [
        "DAYTON, Ohio, May 3, 2009 -- The county's largest employer said on Monday that it would add two hundred jobs.",
        "The new positions will be filled over the next eighteen months, the company said in a statement on Monday.",
        "Media contact: Jane Doe, Director of Communications, (555) 123-4567",
        "Acme Industries makes valves and fittings for the water industry and employs 900 people in three states.",
    ]
    assert clean_lines(body).lines == body[:2]


@pytest.mark.parametrize("seed", ["enblog33", "enblog34-dev1"])
def test_credited_captions_and_site_notices_leave_the_story(seed: str) -> None:
    """newspaper pages (tune, long): a picture box in the story's cell whose caption ends with its credit ("Jane Doe
    stands outside the building on May 3. (Staff photo)", longer than a bare caption: ``textclean._PHOTO_CREDIT``);
    npr pages (tune, long): the notice under the story ("We are not responsible for the content of external internet
    sites…", rule ``drop_line.en-external-sites``; Drupal's "There are currently 3 users and 41 guests online",
    ``drop_line.en-who-online``). The pull quote stays where it stands, as the gold holds it."""
    import en_blog_corpus33 as gen
    from halves import TUNE

    text = gen.Text.load(DATA)
    for kind in ("newspaper", "npr"):
        for i in range(gen.PAGES):
            p = gen.build_page(kind, "long", i, text, seed)
            assert p.half == TUNE
            out = gen._norm(extract_html(p.html, url=gen._url(p)).text)
            assert all(gen._norm(m) in out for m in p.must), p.id
            leaked = [m for m in p.must_not if gen._norm(m) in out]
            assert not [m for m in leaked if "podcast" not in m], p.id  # (the program's podcast line: its own)


def test_a_credited_caption_between_paragraphs_goes_and_an_uncredited_sentence_stays() -> None:
    from cleaner.text.textclean import clean_lines

    para = "The council voted on Tuesday to close the old library building and move its books to the school annex."
    caption = "Mayor Jane Doe stands outside the library building on Main Street on Tuesday morning. (Staff photo)"
    plain = "Mayor Jane Doe stands outside the library building on Main Street on Tuesday morning, as she does."
    assert clean_lines([para, caption, para], captions=frozenset({1})).lines == [para, para]
    assert clean_lines([para, plain, para], captions=frozenset({1})).lines == [para, plain, para]
    assert clean_lines([para, caption, para]).lines == [para, caption, para]  # (not under a picture: kept)


@pytest.mark.parametrize(
    "notice",
    [
        "The views in this release are those of the company and are subject to change without notice.",
        "The opinions in this column are solely those of the author.",
        "We are not responsible for the content of external internet sites linked from this page.",
        "The BBC is not responsible for the content of external internet sites",
        "There are currently 3 users and 41 guests online, and the newest member joined an hour ago.",
    ],
)
def test_a_site_notice_under_the_story_goes(notice: str) -> None:
    """Rules ``drop_line.en-views-those-of``, ``en-external-sites``, ``en-who-online`` (en_blog_corpus33's npr and
    drupal6 pages on round 34's dev seeds kept them)."""
    from cleaner.text.textclean import clean_lines

    para = "The council voted on Tuesday to close the old library building and move its books to the school annex."
    assert clean_lines([para, notice]).lines == [para]
