"""Two stories of one run bridged by a copy both canonicals accept (collapse._Run._bridge, verify.related), and the
frame a small block needs to be a substitution (DedupParams.substitution_small)."""

from __future__ import annotations

import random

from cleaner.dedup import collapse
from cleaner.dedup.params import DedupParams
from cleaner.dedup.verify import compare, related
from cleaner.document import Document
from tests.dedup_texts import evidence as _ev


def _words(rng: random.Random, n: int) -> list[str]:
    return [f"w{rng.randrange(10**6)}" for _ in range(n)]


def _text(parts: list[list[str]]) -> str:
    return "\n".join(" ".join(p) + "." for p in parts)


def _clusters(texts: dict[str, str]) -> set[frozenset[str]]:
    res = collapse([Document(id=k, text=t) for k, t in texts.items()])
    return {frozenset(s.doc_id for s in st.sources) for st in res.stories}


def _two_versions(own_words: int) -> tuple[str, str, str]:
    """Two outlets' versions of one story (five shared paragraphs, two of them in another order in the second, a
    sentence of its own after each of the first four: 40 words in the first, ``own_words`` in the second), and a
    copy of their first two shared paragraphs."""
    rng = random.Random(5)
    p = [_words(rng, 60) for _ in range(5)]
    x, y = [_words(rng, 40) for _ in range(4)], [_words(rng, own_words) for _ in range(4)]
    a = _text([p[0], x[0], p[1], x[1], p[2], x[2], p[3], x[3], p[4]])
    b = _text([p[0], y[0], p[1], y[1], p[3], y[2], p[2], y[3], p[4]])
    return a, b, _text([p[0], p[1]])


def test_a_copy_accepted_by_two_versions_of_one_story_joins_them() -> None:
    """Two outlets' versions of one story (shared paragraphs, two of them in another order, a sentence of its own
    between each): each refuses the other (82 % of what they share in one order), a shorter copy of their first two
    paragraphs placed after both lies in each — one story, as it would be had that copy come first."""
    a, b, c = _two_versions(40)
    params = DedupParams()
    ea, eb, ec = _ev(a, params), _ev(b, params), _ev(c, params)
    assert not compare(eb, ea, params).accepted and not compare(ea, eb, params).accepted
    assert compare(ec, ea, params).accepted and compare(ec, eb, params).accepted
    assert related(eb, ea, params)
    assert _clusters({"a": a, "b": b, "c": c}) == {frozenset("abc")}
    assert _clusters({"a": a, "b": b}) == {frozenset("a"), frozenset("b")}


def test_a_copy_of_a_template_does_not_join_its_pages() -> None:
    """Pages of one template with different stories, and a page of it with no story, which both accept: not one
    story (their canonicals are a substitution of each other)."""
    rng = random.Random(6)
    head, tail = _words(rng, 120), _words(rng, 120)
    a = _text([head, _words(rng, 60), tail])
    b = _text([head, _words(rng, 60), tail])
    empty = _text([head, tail])
    params = DedupParams()
    ea, eb = _ev(a, params), _ev(b, params)
    assert compare(ea, eb, params).substitution
    assert not related(ea, eb, params)
    got = _clusters({"a": a, "b": b, "e": empty})
    assert frozenset("ab") not in got and not any({"a", "b"} <= s for s in got)


def test_a_title_above_two_leads_is_no_template() -> None:
    """One story under one title with two outlets' different first sentences (a small block between a title-sized
    frame and the long shared rest): not a substitution; the same small block between a template's long head and
    tail still is."""
    rng = random.Random(7)
    title, body = _words(rng, 8), [_words(rng, 40) for _ in range(8)]
    a = _text([title, _words(rng, 22), *body])
    b = _text([title, _words(rng, 22), *body])
    params, before = DedupParams(), DedupParams(substitution_small=0.0)
    ea, eb = _ev(a, params), _ev(b, params)
    assert compare(ea, eb, before).substitution
    v = compare(ea, eb, params)
    assert not v.substitution and v.accepted
    head, tail = _words(rng, 160), _words(rng, 160)
    ta = _ev(_text([head, _words(rng, 22), tail]), params)
    tb = _ev(_text([head, _words(rng, 22), tail]), params)
    assert compare(ta, tb, params).substitution


def test_the_bridged_story_keeps_the_more_complete_canonical() -> None:
    """Whichever version the bridging copy joins (here both accept it equally, and the ids decide), the story keeps
    the longer version as its canonical text and id."""
    long, short, copy = _two_versions(30)
    for long_id, short_id in (("a", "b"), ("b", "a")):
        docs = [Document(id=long_id, text=long), Document(id=short_id, text=short), Document(id="c", text=copy)]
        (story,) = collapse(docs).stories
        assert story.text == long
        assert {s.doc_id for s in story.sources if s.similarity == 1.0} == {long_id}


def test_a_template_page_joins_the_article_whose_lead_is_its_story() -> None:
    """A page of a template holding the lead of a long article as its story, and a bare copy of that lead: the page
    refuses the article (most of it is template) and the article the page; the bare copy lies whole in both, framed
    by the template in the page, so the three are one story. A page of the template with another story, and a copy
    that is a headline-sized line, stay apart."""
    rng = random.Random(8)
    head, tail = _words(rng, 150), _words(rng, 150)
    lead = [_words(rng, 30), _words(rng, 30)]
    article = _text([*lead, *[_words(rng, 60) for _ in range(8)]])
    page, other = _text([head, *lead, tail]), _text([head, _words(rng, 60), tail])
    bare = _text(lead)
    params = DedupParams()
    ep, ea = _ev(page, params), _ev(article, params)
    assert not compare(ep, ea, params).accepted and not compare(ea, ep, params).accepted
    assert _clusters({"a": article, "p": page, "q": other, "b": bare}) == {frozenset("apb"), frozenset("q")}
    line = _text([lead[0][:12]])
    got = _clusters({"a": article, "p": page, "q": other, "l": line})
    assert not any({"a", "p"} <= s for s in got)


def test_a_copy_that_lies_in_one_canonical_and_holds_the_other_joins_them() -> None:
    """An original, a longer copy of it (header, two paragraphs swapped, footer) and a copy of its first four
    paragraphs with a word deleted from two of them between another header and footer: the two copies refuse each
    other, each starts a story, and the original, placed last, is accepted by both. It lies nearly whole in the first
    copy, and the second is a copy of it both ways: one story, as had the original come first (_Run._part_of)."""
    rng = random.Random(1)
    o = [_words(rng, 20) for _ in range(6)]
    h1, f1, h2, f2 = (_words(rng, 30) for _ in range(4))
    original = _text(o)
    first = _text([h1, *o[:2], o[3], o[2], *o[4:], f1])
    second = _text([h2, *(x[:5] + x[6:] if i < 2 else x for i, x in enumerate(o[:4])), f2])
    params = DedupParams()
    e1, e2 = _ev(first, params), _ev(second, params)
    assert not compare(e1, e2, params).accepted and not compare(e2, e1, params).accepted
    assert not related(e1, e2, params)
    assert _clusters({"o": original, "a": first, "b": second}) == {frozenset("oab")}
    assert _clusters({"a": first, "b": second}) == {frozenset("a"), frozenset("b")}


def test_a_copy_of_the_version_that_joined_loosely_joins_through_it() -> None:
    """A story of two outlets' versions (joined by the bridge; the longer one is the canonical) and a truncated,
    word-deleted copy of the shorter version: the canonical refuses it (most of it is the other version's own
    sentences), the version it was made from accepts it (not nearly whole: 0.73 of it) and would not be better off
    in a story of the copy's own. It joins through that version (collapse._Run._by_member, ``_stays``)."""
    a, b, c = _two_versions(30)
    lines = b.split("\n")
    words = (lines[0] + " " + lines[1]).replace(".", "").split()
    d = " ".join(w for i, w in enumerate(words) if i % 12 != 5) + "."
    params = DedupParams()
    ea, eb, ed = _ev(a, params), _ev(b, params), _ev(d, params)
    assert not compare(ed, ea, params).accepted
    v = compare(ed, eb, params)
    assert v.accepted and v.similarity < params.member_similarity
    assert _clusters({"a": a, "b": b, "c": c, "d": d}) == {frozenset("abcd")}


def test_an_original_that_is_the_larger_part_of_two_copies_joins_them() -> None:
    """(dedup19a) An original; a copy of it with words deleted here and there and another text glued after it; a copy
    cut short with a third text glued after it. The copies refuse each other (one head, two tails), each starts a
    story, and the original, placed after both, is accepted by both and is the larger part of each, whose own text
    lies at its end (words deleted inside are no text of its own): one story (_Run._larger_part)."""
    for seed in range(3):
        rng = random.Random(seed)
        s = [_words(rng, 30) for _ in range(10)]
        g1, g2 = [_words(rng, 30) for _ in range(4)], [_words(rng, 30) for _ in range(3)]
        original = _text(s)
        first = _text([[w for i, w in enumerate(p) if (i + 3 * n) % 9 != 4] for n, p in enumerate(s)] + g1)
        second = _text(s[:7] + g2)
        params = DedupParams()
        e1, e2 = _ev(first, params), _ev(second, params)
        assert not compare(e1, e2, params).accepted and not compare(e2, e1, params).accepted
        assert _clusters({"o": original, "a": first, "b": second}) == {frozenset("oab")}
        assert _clusters({"a": first, "b": second}) == {frozenset("a"), frozenset("b")}
