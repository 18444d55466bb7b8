# ruff: noqa: E501  (markup is long literal lines)
"""Golden tests on *tune* pages of ``bench/en_forum_corpus30.py`` (English forum, Q&A and discussion engines as
served to a crawler) and self-contained markup of the same shapes: what round 30 changed. The generator's texts are
drawn at run time from the shared extraction sets' tune golds. Check pages are only scored
(``python bench/en_forum_corpus30.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

_POSTS = (
    "The starter went flat after four days on the counter, and the loaf I baked from it barely rose at all. "
    "I feed it once a day with equal weights of flour and water, and the kitchen stays at about twenty degrees.",
    "Try feeding it twice a day for a week, and use some whole rye flour: the wild yeasts like it much better.",
    "Same here, following.",
    "Mine did the same in winter. A warmer spot on top of the fridge fixed it within a few days, no other change.",
)
_NOTICE = "Something went wrong while trying to load the full version of this site. Try hard-refreshing this page to fix the error."


def _flarum(cookie: bool) -> str:
    """A Flarum discussion as served to a crawler: an empty app shell, the posts in ``<noscript id=flarum-content>``,
    a hidden "Loading..." and a hidden load-error notice (and maybe a cookie banner)."""
    posts = "".join(
        f'<article><div class="PostUser"><h3 class="PostUser-name">baker{i}</h3></div><div class="Post-body"><p>{t}</p></div></article><hr>'
        for i, t in enumerate(_POSTS)
    )
    banner = '<div class="cookie-banner"><p>We use cookies to personalise content and to analyse our traffic. By continuing to use this site you agree to our use of cookies.</p><button>Accept</button></div>'
    return (
        "<html><head><title>Starter went flat - Sourdough Bakers</title></head><body>"
        '<div id="app" class="App"><header id="header" class="App-header"><div class="container"></div></header>'
        '<main class="App-content"><div id="content"></div><noscript id="flarum-noscript"><div class="Alert"><div class="container">This site is best viewed in a modern browser with JavaScript enabled.</div></div>'
        f'<div id="flarum-content" class="container"><h1>Starter went flat</h1><div>{posts}</div><a href="?page=2">Next Page &raquo;</a></div></noscript></main></div>'
        f'{banner if cookie else ""}<div id="flarum-loading" style="display: none">Loading...</div>'
        f'<div id="flarum-loading-error" style="display: none"><div class="container"><p>{_NOTICE}</p></div></div></body></html>'
    )


@pytest.mark.parametrize("cookie", [False, True])
def test_a_script_forum_serves_its_posts_in_noscript(cookie: bool) -> None:
    """The page's visible DOM gives nothing (or a cookie banner): the posts of its ``<noscript>`` are the text, not
    the hidden load-error notice beside them; the script notice above them goes."""
    doc = extract_html(_flarum(cookie), url="https://forum.example.org/d/12-starter-went-flat")
    lines = doc.text.splitlines()
    assert lines == list(_POSTS), lines
    assert doc.removed.get("html.fallback_noscript") == 1


def _rule(name: str) -> re.Pattern[str]:
    table = tomllib.loads((ROOT / "cleaner" / "rules" / "html.toml").read_text(encoding="utf-8"))
    return re.compile(table["drop_line"][name])


@pytest.mark.parametrize(
    "line",
    [
        "This site is best viewed in a modern browser with JavaScript enabled.",
        "Your browser does not seem to support JavaScript. As a result, your viewing experience will be diminished, and you have been placed in read-only mode.",
        "Please enable JavaScript to view the comments.",
    ],
)
def test_script_notices_match(line: str) -> None:
    assert _rule("en-javascript").match(line)


def test_script_notice_rule_leaves_prose() -> None:
    rule = _rule("en-javascript")
    assert not rule.match(
        "This site is best viewed as a history of the town, told with JavaScript enabled maps by its readers over ten years."
    )
    assert not rule.match("Your browser does not need JavaScript for this.")  # (no: it matches only "support")


@pytest.mark.skipif(not DATA.is_dir(), reason="en_forum_corpus30 reads its texts from ../shared/data/extraction")
def test_generator_flarum_tune_pages_keep_their_posts() -> None:
    """Flarum tune pages of the round's dev seeds: the gold's first and last sentence come out, F1 ≥ 0.95."""
    import en_forum_corpus30 as gen
    from bench_extract import prf
    from halves import TUNE

    text = gen.Text.load(DATA)
    pages = [
        gen.build_page("flarum", i, text, seed) for seed in ("enforum30-dev1", "enforum30-dev2") for i in range(10)
    ]
    pages = [p for p in pages if p.half == TUNE]
    assert len(pages) >= 4
    for p in pages:
        out = extract_html(p.html, url=gen._url(p)).text
        norm = gen._norm(out)
        assert all(gen._norm(m) in norm for m in p.must), p.id
        assert prf(out, p.gold)[0] >= 0.95, p.id
