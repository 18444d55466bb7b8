# ruff: noqa: E501  (markup is long literal lines)
"""Golden tests on *tune* pages of ``bench/en_forum_corpus25.py`` (WordPress forum plugins, Misago, UBB.threads,
small boards) and self-contained markup of the same shapes: what round 25 changed. The generator's texts are drawn
at run time from the shared extraction sets' tune golds. Check pages are only scored
(``python bench/en_forum_corpus25.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import json
import os
import re
import sys
import tomllib
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.thread import _common_words
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

_POSTS = (
    "The pump stopped twice last week and the pond level dropped by a hand's width overnight. "
    "I cleaned the intake and checked the hose for kinks, but nothing looked wrong to me.",
    "Check the float switch first, a bit of algae on it can keep it from telling the pump that there is water.",
    "Thanks, that worked for me.",
    "Thanks, that worked for me too.",
    "If the float is clean, the impeller may be worn: they last about three seasons in hard water, sometimes less.",
)
_REACTIONS = (
    "pond_kim and retro_rob have reacted to this post.",
    None,
    "ElmStreet and mkl have reacted to this post.",
    None,
    "wanderer42 and K9 have reacted to this post.",
)


def _asgaros(posts: tuple[str, ...], reactions: tuple[str | None, ...]) -> str:
    items = "".join(
        f'<div class="post-element"><div class="post-author"><a href="#">user{i}</a><small>{i + 3} Posts</small></div>'
        f'<div class="post-wrapper"><div class="forum-post-header"><div class="forum-post-date">Quote from <a href="#">user{i}</a> on March {i + 2}, 2024, 10:3{i} am</div></div>'
        f'<div class="post-message"><p>{t}</p>'
        + (f'<div class="post-reactions-summary"><span class="reaction-names">{r}</span></div>' if r else "")
        + "</div></div></div>"
        for i, (t, r) in enumerate(zip(posts, reactions, strict=True))
    )
    return (
        '<html><head><title>Pump stops</title></head><body><header><a href="/">Pond Keepers</a></header>'
        f'<div id="af-wrapper"><h1 class="main-title">Pump stops</h1><div id="topic-content">{items}</div></div><footer>© Pond Keepers</footer></body></html>'
    )


def test_reaction_lines_of_one_template_go() -> None:
    """Lines of one template with other names in it, in the same slot of several posts ("X and Y have reacted to
    this post."), are the posts' chrome; every post's text stays, the two near-alike one-line replies too."""
    out = extract_html(_asgaros(_POSTS, _REACTIONS), url="https://example.org/forum/topic/pump-stops/").text
    assert all(t in out for t in _POSTS), out
    assert "reacted to this post" not in out, out


def test_common_words_is_a_subsequence_length() -> None:
    assert (
        _common_words("png kb uploaded by jenny_b days ago".split(), "jpg kb uploaded by old timer days ago".split())
        == 5
    )
    assert _common_words([], ["a"]) == 0
    assert _common_words("a b c".split(), "c b a".split()) == 1


@pytest.mark.skipif(not DATA.is_dir(), reason="en_forum_corpus25 reads its texts from ../shared/data/extraction")
@pytest.mark.parametrize("kind", ["asgaros", "misago", "bbpress"])
def test_generator_tune_pages_keep_their_posts(kind: str) -> None:
    """Tune pages of ``kind`` on the round's dev seed keep their gold's first and last sentence; on those where a
    template line (reactions, attachment lines, revision logs) is in two posts or more, none of it leaks."""
    import en_forum_corpus25 as gen
    from halves import TUNE

    text = gen.Text.load(DATA)
    pages = [gen.build_page(kind, i, text, "en25-dev1") for i in range(8)]
    pages = [p for p in pages if p.half == TUNE]
    assert len(pages) >= 2
    for p in pages:
        out = gen._norm(extract_html(p.html, url=gen._url(p)).text)
        assert all(gen._norm(m) in out for m in p.must), p.id
        leaked = [m for m in p.must_not if gen._norm(m) in out and _templated(m, p.must_not)]
        assert not leaked, (p.id, leaked)


def _templated(line: str, lines: list[str]) -> bool:
    """Does another line of ``lines`` share 60 % of ``line``'s words, in order (one template, other names)?"""
    words = line.split()
    return any(x != line and _common_words(words, x.split()) >= 0.6 * max(len(words), len(x.split())) for x in lines)


def _rule(name: str) -> re.Pattern[str]:
    table = tomllib.loads((ROOT / "cleaner" / "rules" / "html.toml").read_text(encoding="utf-8"))
    return re.compile(table["drop_line"][name])


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("forum-attachment", "PNG, 19.8 KB, uploaded by ankitsaini_ei 7 days ago."),
        ("forum-attachment", "zip, 1,204 KB, uploaded by Old Timer on March 3, 2021."),
        ("forum-reacted", "qualmy91 and klwild have reacted to this post."),
        ("forum-reacted", "qualmy91 has reacted to this post."),
        ("forum-bbp-revision", "This reply was modified 4 years ago by pond_kim."),
        ("forum-bbp-revision", "This topic was modified 2 years, 3 months ago by Old Timer. Reason: typo"),
        ("forum-login-to-post", "Please Login or Register to create posts and topics."),
        ("invision-topic-summary", "Top Posters In This Topic"),
        ("invision-topic-summary", "Recently Browsing 0 members"),
        ("kaskus-chrome", "azhuramasda memberi reputasi"),
        ("kaskus-chrome", "Tulis komentar menarik atau mention replykgpt untuk ngobrol seru"),
        ("wp-login-to-comment", "You must be logged in to post a comment."),
        ("forum-edited", "Last edited by Parihaka; 22 Apr 22,, 09:08."),
        ("forum-modified-stamp", "mariorojas - 2 years ago (last modified 2 years ago)"),
    ],
)
def test_forum_plugin_chrome_lines_match(name: str, line: str) -> None:
    """Misago's attachment line, Asgaros Forum's reactions line and login notice, bbPress's revision log."""
    assert _rule(name).match(line)


def test_forum_plugin_rules_leave_prose() -> None:
    assert not _rule("forum-reacted").match(
        "Nobody here has reacted to this post with the anger I expected, which surprised me."
    )
    assert not _rule("forum-attachment").match("Yes, 20 KB, uploaded by me yesterday, but the link is broken now.")
    assert not _rule("forum-bbp-revision").match(
        "This reply was modified by the moderators because it broke the rules."
    )


@pytest.mark.skipif(not DATA.is_dir(), reason="reads magichtml_en tune pages from ../shared/data/extraction")
@pytest.mark.parametrize(
    ("page", "gone", "kept"),
    [
        ("forum_c2229829ebfbbc94", "uploaded by ankitsaini_ei", "Did you change its files in any way on your setup?"),
        ("forum_dd58d570743b864f", "reacted to this post", "Danke. Dann bin ich fertig."),
        ("forum_dd58d570743b864f", "create posts and topics", "Hallo biker. Kannst du mir noch einmal CSS mit helfen?"),
        ("forum_ebc78eae1107eb46", "Top Posters In This Topic", "I can't see a way to do this in 7.1."),
        ("forum_20bf4bbd323160eb", "memberi reputasi", "kayaknya ada nih stock maenan ponakan"),
        ("forum_c48a8fd6d23b4583", "Tulis komentar menarik", "Sini ane musnahkan"),
        (
            "forum_87344ed138bfc3b5",
            "You must be logged in to post a comment.",
            "Building a client base takes time and effort.",
        ),
    ],
)
def test_forum_plugin_tune_pages(page: str, gone: str, kept: str) -> None:
    """magichtml_en tune pages (Misago, Asgaros Forum, Invision, Kaskus, a WordPress board): the chrome line goes (their golds do not hold it), the posts stay."""
    from halves import TUNE, half

    assert half("magichtml_en", page) == TUNE
    meta = {json.loads(x)["id"]: json.loads(x) for x in (DATA / "magichtml_en" / "meta.jsonl").read_text().splitlines()}
    html = (DATA / "magichtml_en" / "html" / f"{page}.html").read_text(encoding="utf-8", errors="replace")
    out = extract_html(html, url=meta[page]["url"]).text
    assert gone not in out
    assert kept in out
