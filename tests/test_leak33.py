# ruff: noqa: E501  (markup is long literal lines)
"""Boilerplate leak (issue #12, round 33): what generated tune pages of the dev seeds ``leak33-dev1`` and
``leak33-dev2`` left in the text, fixed by structure where it could be (a thread's notice below its list of posts:
``thread._notice_below``) and by anchored rules otherwise. Self-contained markup of the same shapes, and tune pages of
the generators; the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

_POSTS = (
    "We replaced the old boiler last winter and the gas bill went down by about a fifth, so it paid for itself.",
    "Check whether your landlord has to agree first: in our building the boiler belongs to the owner, not to us.",
    "The installer told us to bleed the radiators every autumn; it made the top floor noticeably warmer.",
    "A smart thermostat helped more than the new boiler did, because nobody heats empty rooms any more.",
)
_NOTICE = "This discussion is now closed to new replies. You can still mark posts as helpful or ask a new question."


def _thread(after: str) -> str:
    """A community thread: the question, then a list of replies, each with a user line, a rank and a report link,
    then ``after`` in the page's main element, outside the list."""
    posts = "".join(
        f'<section class="reply"><div class="author">member{i}</div><div class="rank">Level {i + 2}</div>'
        f'<div class="body"><p>{t}</p></div><div class="footer"><a href="#">Report</a> Posted {i + 1} days ago</div></section>'
        for i, t in enumerate(_POSTS)
    )
    return (
        "<html><head><title>Is a new boiler worth it? - Home forum</title></head><body>"
        '<div id="top"><a href="/">Home forum</a> <a href="/login">Log in</a></div>'
        '<main class="main"><h1>Is a new boiler worth it?</h1><div class="question"><p>Our boiler is twenty years old and '
        "the repair man says it will not last another winter. Is a new one worth the money, or should we wait?</p></div>"
        f'<div class="all-replies"><h2>{len(_POSTS)} replies</h2>{posts}</div>{after}</main>'
        '<div id="foot">© Home forum</div></body></html>'
    )


def test_a_notice_below_the_list_of_posts_goes() -> None:
    """A thread's closing notice below the element holding its list of replies (a sidebar's posting rules, "You need
    to log in before you can comment") is no reply: it goes, every reply stays."""
    text = extract_html(_thread(f'<div class="closed-notice"><p>{_NOTICE}</p></div>')).text
    assert _NOTICE not in text
    for t in _POSTS:
        assert t in text


def test_a_second_list_of_posts_below_stays() -> None:
    """Below the list, more than two lines of prose are more posts (a second page's list in another template): they
    stay."""
    more = (
        "The second installer quoted less and came a week earlier, so get at least three quotes before you decide.",
        "We kept the old one running for two more years with a new pump; it was the cheapest choice for us.",
        "Ask the council about grants: ours paid a third of the cost for tenants on a low income last year.",
    )
    after = '<div class="older">' + "".join(f"<div class='old-post'><p>{t}</p></div>" for t in more) + "</div>"
    text = extract_html(_thread(after)).text
    for t in (*_POSTS, *more):
        assert t in text


def _tune_page(module: str, seed: str, kind: str) -> list[object]:
    if not (DATA / "daniel_en").is_dir():
        pytest.skip("shared extraction data not available")
    gen = __import__(module)
    return [p for p in gen.build(DATA, seed) if p.kind == kind and p.half == "tune"]


@pytest.mark.parametrize(("seed", "kind"), [("leak33-dev1", "steam"), ("leak33-dev2", "apple_community")])
def test_generated_thread_notices_go(seed: str, kind: str) -> None:
    """en_forum_corpus32's Steam-like rule box in the right column and Apple-like closed-thread notice, on tune pages
    of the dev seeds: out of the text on every page (the replies scored as before: tune F1 only rose)."""
    import en_forum_corpus32 as gen
    import gen_score

    pages = _tune_page("en_forum_corpus32", seed, kind)
    assert pages
    for page in pages:
        out = extract_html(page.html, url=gen.SCORING.url(page)).text  # type: ignore[arg-type, attr-defined]
        result = gen_score.judge(page, out, gen.SCORING.norm)  # type: ignore[arg-type]
        assert not result.leaked, page.id  # type: ignore[attr-defined]
