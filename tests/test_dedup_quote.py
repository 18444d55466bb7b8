"""Pages that quote one long post and add their own replies are no copies of each other (issue 13, ``verify.quoted``):
the rules for edits scattered over the text took them (their replies share a thread's phrases), though what they
share is one passage and every difference lies outside it. A short truncated copy with words deleted, whose one
undamaged stretch holds most of what it shares, still joins."""

from __future__ import annotations

import itertools
import random
import sys

from cleaner.dedup import DedupParams, collapse, compare
from cleaner.dedup import verify as V
from cleaner.document import Document
from tests.conftest import ROOT
from tests.dedup_texts import evidence, sentences

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus33

P = DedupParams()


def _flags(a: V.Evidence, b: V.Evidence) -> tuple[V.Evidence, bytes, V.Evidence, bytes]:
    x, y = V._aligned(a, b, P.sample_mod)
    ua, ub, _ = V._shared_distinct(x, y)
    return x, V._flags(x.hashes, ub, x.sampled), y, V._flags(y.hashes, ua, y.sampled)


def test_thread_pages_quoting_one_post_stay_apart() -> None:
    asked = 0
    for seed in range(10):
        pages = dedup_corpus33.forum(random.Random(f"quote-{seed}"))
        evs = [evidence(t, P) for t in pages]
        for a, b in itertools.permutations(evs, 2):
            x, in_b, y, in_a = _flags(a, b)
            if V.quoted(x, in_b, y, in_a, P):
                asked += 1
                assert not compare(a, b, P).accepted
        docs = [Document(id=f"p{n}", text=t) for n, t in enumerate(pages)]
        stories = collapse(docs).stories
        assert len(stories) == 3
    assert asked >= 20  # (without verify.quoted, 8 of these 60 ordered pairs were accepted and 4 groups merged)


def test_a_short_truncated_copy_with_words_deleted_is_no_quote() -> None:
    """The first sentences of a story with a few words deleted: its longest undamaged stretch often holds most of what
    it shares, but it is no passage of a page's length (``min_containment_shingles`` tokens)."""
    rng = random.Random(7)
    joined = most = 0
    for _ in range(20):
        text = sentences(rng, 30)
        words = " ".join(text[:5]).split()
        for _ in range(3):  # three words deleted here and there
            del words[rng.randrange(len(words))]
        a, b = evidence(" ".join(words), P), evidence("\n".join(text), P)
        x, in_b, y, in_a = _flags(a, b)
        assert not V.quoted(x, in_b, y, in_a, P)
        most += max(map(len, in_b.split(b"\x00"))) >= 0.5 * in_b.count(1)
        joined += compare(a, b, P).accepted
    assert joined >= 15 and most >= 5
