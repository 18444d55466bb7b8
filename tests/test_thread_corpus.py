"""The generated thread corpus (fixtures/threads, written by bench/thread_corpus.py): on every *tune* page, in
the markup styles of Discuz!, Tieba, Zhidao, Zhihu, Douban, a Weibo-like microblog, phpBB, vBulletin,
Stack-Exchange-like Q&A, Discourse, a utility-CSS forum, XenForo, a Reddit-like comment tree, a Kaskus-like forum,
a CSS-in-JS Q&A page and a classless BBS, the output holds the first post and every reply in
order, and none of the page's user chrome (check pages are only scored, by ``thread_corpus.py --score``)."""

from __future__ import annotations

import sys

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import thread_corpus

PAGES = thread_corpus.load()
TUNE = [p for p in PAGES if p["half"] == "tune"]
KNOWN = {
    # what the mechanism does not do yet (see docs/extraction-threads.md), by what the problem says: named here,
    # so that a fix shows. A first post's
    # "来自:" line (the first post is not one of the items, so no slot tells it is chrome), phpBB's quote header
    # (a <cite> inline with the quote: one line). (Its who-is-online box after the last post goes since round 8:
    # "online" is a weak boilerplate word.)
    "douban_1": ("来自: ",),
    "phpbb_1": (" wrote:",),
}


def test_the_fixtures_are_what_the_generator_writes() -> None:
    built = {t.id: t for t in thread_corpus.build()}
    assert {p["id"] for p in PAGES} == set(built)
    for p in PAGES:
        assert p["html"] == built[str(p["id"])].html
        assert p["gold"] == built[str(p["id"])].gold() + "\n"
    assert len(TUNE) >= 12 and {p["engine"] for p in TUNE} == set(thread_corpus.ENGINES)


@pytest.mark.parametrize("page", TUNE, ids=[str(p["id"]) for p in TUNE])
def test_every_post_in_order_and_no_user_chrome(page: dict[str, object]) -> None:
    text = extract_html(str(page["html"])).text
    known = KNOWN.get(str(page["id"]), ())
    problems = [p for p in thread_corpus.check_page(page, text) if not any(k in p for k in known)]
    assert not problems
