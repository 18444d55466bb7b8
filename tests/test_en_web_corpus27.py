# ruff: noqa: E501  (markup is long literal lines)
"""Golden tests on *tune* pages of ``bench/en_web_corpus27.py`` (short stories beside prose decoys of their size,
threads whose leak is user chrome) and self-contained markup of the same shapes: what round 27 changed. The
generator's texts are drawn at run time from the shared extraction sets' tune golds; check pages are only scored
(``python bench/en_web_corpus27.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.gen_checks import assert_tune_pages

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

_STORY = (
    "The council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found "
    "that two of its steel supports had lost a third of their thickness to rust.",
    "Cyclists and people on foot will still be able to cross, the council said, while a ferry will run every twenty "
    "minutes between the two quays during the eighteen months the repairs are expected to take.",
)
_BOXES = (
    "We are a small independent newsroom that has covered the town and its harbour since the paper was founded by "
    "a group of fishermen who wanted to read about their own quays rather than the capital's.",
    "Our mission is to report on the decisions that shape daily life here, from the school board to the port "
    "authority, and to explain them in plain words to everyone who lives along the river.",
    "Our reporters answer every letter they get, and the best of them are printed on Saturdays with a reply from "
    "the person or office they were written to, which keeps everyone honest.",
)
_TITLE = "Harbour bridge to close to cars"


def _page(body: str) -> str:
    return (
        f"<html><head><title>{_TITLE}</title></head><body>"
        '<div class="topnav"><a href="#">Home</a> | <a href="#">News</a> | <a href="#">Sport</a></div>'
        f"{body}</body></html>"
    )


def _story() -> str:
    return f'<div class="story"><h1>{_TITLE}</h1><p>Jun 7, 2021</p>{"".join(f"<p>{p}</p>" for p in _STORY)}</div>'


def test_a_short_story_beats_a_fat_footer_of_headed_boxes() -> None:
    """A footer of "About us" / "Our mission" boxes, each a heading and one paragraph, outweighs a two-paragraph
    story under the title; the story is chosen and does not run on into the footer."""
    cols = "".join(
        f'<div class="col"><h4>{h}</h4><p>{t}</p></div>'
        for h, t in zip(("About us", "Our mission", "Letters"), _BOXES, strict=True)
    )
    form = '<div class="col"><h4>Contact</h4><form><label>Name</label><input type="text"><textarea></textarea><button>Send</button></form></div>'
    out = extract_html(_page(_story() + f"<div>{cols}{form}</div>")).text
    assert all(p in out for p in _STORY), out
    assert not any(t in out for t in _BOXES), out


def test_headed_boxes_beside_the_story_in_one_column_are_its_sections() -> None:
    """Sections of the story (a heading and a paragraph each) that are the story block's own siblings are no
    column of boxes: they stay."""
    sections = "".join(
        f"<section><h2>{h}</h2><p>{t}</p></section>"
        for h, t in zip(("The vote", "The repairs", "The shops"), _BOXES, strict=True)
    )
    body = f'<article><div class="lead"><h1>{_TITLE}</h1>{"".join(f"<p>{p}</p>" for p in _STORY)}</div>{sections}</article>'
    out = extract_html(_page(body)).text
    assert all(p in out for p in _STORY) and all(t in out for t in _BOXES), out


def test_a_linked_post_title_over_two_paragraphs_beside_an_about_box() -> None:
    """A 2008 blog: the post's title links to its permalink (its paragraphs may be a teaser's summary), and the
    sidebar's "About this blog" paragraphs follow under a plain heading: they are another box, not the next teaser,
    and the post is chosen."""
    post = f'<div><h3><a href="/2008/03/bridge.html">{_TITLE}</a></h3>{"".join(f"<p>{p}</p>" for p in _STORY)}<p>Posted by Ann at 6:27 PM | <a href="#">1 comments</a></p></div>'
    side = f'<div><h2>About this blog</h2>{"".join(f"<p>{t}</p>" for t in _BOXES)}<h2>Archive</h2><ul><li><a href="#">March 2008</a></li></ul></div>'
    html = f"<html><head><title>{_TITLE}</title></head><body><div><h1>Ann's Notebook</h1></div><table><tr><td>{post}</td><td>{side}</td></tr></table></body></html>"
    out = extract_html(html).text
    assert all(p in out for p in _STORY), out
    assert not any(t in out for t in _BOXES), out


_POSTS = (
    "The pump stopped twice last week and the pond level dropped by a hand's width overnight. I cleaned the intake "
    "and checked the hose for kinks, but nothing looked wrong to me.",
    "Check the float switch first, a bit of algae on it can keep it from telling the pump that there is water.",
    "Thanks, that worked for me.",
)
_INTERESTS = "Restoring old clocks, long walks along the canal and reading about the history of the railways."
_SIG = "Proud owner of a 1972 Beetle that leaks oil every single morning."


def _vb_thread() -> str:
    posts = ""
    for i, t in enumerate(_POSTS):
        posts += (
            f'<table class="tborder" id="post{i}"><tr><td class="thead">#{i + 1} Mar {i + 3}, 2010</td></tr><tr><td class="alt2">'
            f'<div><a class="bigusername" href="#">user{i}</a></div><div class="smallfont">Senior Member</div>'
            f'<div class="smallfont"><div>Join Date: Mar 2008</div><div>Location: Ohio</div><div>Interests: {_INTERESTS}</div><div>Posts: {100 + i}</div></div></td>'
            f'<td class="alt1"><div id="post_message_{i}">{t}</div><div>__________________<br>{_SIG}</div></td></tr>'
            f'<tr><td class="alt2" colspan="2"><a href="#">Quote</a> <a href="#">Reply</a></td></tr></table>'
            f'<div class="thanks">The Following 2 Users Say Thank You to user{i} For This Useful Post: ann, bob</div>'
        )
    return f'<html><head><title>Pump stops</title></head><body><div class="navbar"><a href="#">Forum</a> &gt; Pump stops</div><div id="posts">{posts}</div></body></html>'


def test_a_vbulletin_postbit_keeps_the_posts_without_the_posters_chrome() -> None:
    """Profile fields ("Interests:" with a sentence), a signature under vBulletin's rule of underscores and the
    thanks list leave the thread; every post stays."""
    out = extract_html(_vb_thread(), url="https://forum.example.org/showthread.php?t=1").text
    assert all(p in out for p in _POSTS), out
    assert _INTERESTS not in out and _SIG not in out and "Say Thank You" not in out, out


def test_a_profile_field_is_a_short_label_and_a_colon() -> None:
    """A field's label is one to three words before a colon and a space; a sentence with a colon in it is none."""
    from cleaner.extraction.content import _FIELD

    assert _FIELD.fullmatch("Interests: reading about the railways.")
    assert not _FIELD.fullmatch("Thanks, that worked: the float was stuck.")


def _rule(name: str) -> re.Pattern[str]:
    rules = tomllib.loads((ROOT / "cleaner" / "rules" / "html.toml").read_text(encoding="utf-8"))
    for section in rules.values():
        if isinstance(section, dict) and name in section:
            value = section[name]
            return re.compile(value if isinstance(value, str) else value["pattern"])
    raise KeyError(name)


def test_audio_credit_and_overview_rules() -> None:
    credits = _rule("en-audio-credits")
    assert credits.match(
        "This story was produced by Marcus Foster and edited by Laura Reed, with audio engineering by Ken Brooks."
    )
    assert credits.match(
        "Listen and subscribe to our daily news podcast wherever you get your podcasts, and tell a friend about it."
    )
    assert not credits.match("This story was first told to me by my grandmother, who heard it on the quay.")
    assert not credits.match("Listen to the birds at dawn and you will hear the difference.")
    thanks = _rule("forum-thanks-list")
    assert thanks.match(
        "The Following 3 Users Say Thank You to pixel_pusher For This Useful Post: sparkyNZ, quiet_storm, zapata"
    )
    assert _rule("mail-thread-overview").match(
        "Thread overview: 5+ messages / expand[flat|nested]  mbox.gz  Atom feed  top"
    )


@pytest.mark.skipif(not DATA.is_dir(), reason="en_web_corpus27 reads its texts from ../shared/data/extraction")
@pytest.mark.parametrize(
    ("kind", "indices"),
    [
        ("about_blog", (0, 8, 9)),
        ("footer_about", (0, 1, 3)),
        ("shop_widget", (3, 5, 8)),
        ("vb_userinfo", (0, 1, 2)),
        ("audio_credits", (0, 4, 5)),
    ],
)
def test_generator_tune_pages(kind: str, indices: tuple[int, ...]) -> None:
    """Tune pages of the round's dev seed that failed at the start of the round: their gold's first and last
    sentence kept, none of their decoys' sentences."""
    import en_web_corpus27 as gen

    assert_tune_pages(gen, gen.Text.load(DATA), "en27-dev1", [(kind, i) for i in indices])


def test_a_trending_strip_of_cards_inside_the_article_leaves_the_story_whole() -> None:
    """A "Trending Now" strip of cards (a linked ``<h3>`` and a summary paragraph each) between the byline and a
    two-paragraph story, all in the article's element (bench/en_web_corpus27.py trending_strip, tune pages of dev
    seeds): the story's paragraphs right below the last card are not that card's summary (they are outside the
    strip), so the story is kept alone, not the whole article element with every summary (3-5x the gold)."""
    cards = "".join(
        f'<div class="card"><a href="/story/{i}.html"><h3>{h}</h3></a><p>{t}</p></div>'
        for i, (h, t) in enumerate(
            zip(
                (
                    "Port authority names a new chief executive",
                    "School board delays the vote on longer days",
                    "Ferry timetable changes for the winter months",
                ),
                _BOXES,
                strict=True,
            )
        )
    )
    story = "".join(f"<p>{p}</p>" for p in _STORY)
    html = _page(
        f'<div class="article"><h1>{_TITLE}</h1><div class="byline">By Ann Lee, Jun 7, 2021</div>'
        f'<div class="trending"><h2>Trending Now</h2>{cards}</div>{story}'
        '<div class="tags">Topics: <a href="#">News</a></div></div>'
    )
    assert extract_html(html).text == "\n".join(_STORY)
