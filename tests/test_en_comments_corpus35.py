"""The English comment-section generator of round 35 (``bench/en_comments_corpus35.py``): articles whose comments are
not their text, beside forum, discussion and Q&A threads whose replies are. Generated pages are tune pages of the dev
seed ``enforum35-dev1``; the round's fresh seeds are never tested on."""

from __future__ import annotations

import sys

from tests.conftest import ROOT

SEED = "enforum35-dev1"


def _gen():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "bench"))
    import en_comments_corpus35 as gen

    return gen


def test_generator_halves_and_gold() -> None:
    """Both halves are drawn, every kind is in both (over its two shapes) or one, article pages have must-not
    snippets, the pages of a seed are the same each time, and a thread's gold holds its replies."""
    gen = _gen()
    pages = gen.build(None, SEED)
    assert {p.half for p in pages} == {"tune", "check"}
    assert all(p.gold and len(p.must) == 2 for p in pages)
    assert all(p.must_not for p in pages if p.kind not in gen.THREADS)
    again = [gen.build_page(p.kind, p.shape, int(p.id.rsplit("_", 1)[1]), SEED) for p in pages[::7]]
    assert [p.html for p in pages[::7]] == [p.html for p in again]
    assert all(p.gold.count("\n") >= 2 for p in pages if p.kind in gen.THREADS)
    assert not any(m in p.gold for p in pages for m in p.must_not)
