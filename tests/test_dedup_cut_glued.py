"""A repost cut short with another text glued to it joins its original; texts that share a lead, a footer or scattered
sentences stay apart (issue 13, dedup19a: ``verify.cut_and_glued``)."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams
from cleaner.dedup.verify import compare, cut_and_glued
from tests.dedup_texts import evidence as _ev
from tests.dedup_texts import sentences as _sentences
from tests.dedup_texts import story_numbers as _stories


def _para(sents: list[str]) -> str:
    return "\n".join(" ".join(sents[i : i + 4]) for i in range(0, len(sents), 4))


def test_a_copy_cut_short_with_a_text_glued_after_or_before_joins_its_original() -> None:
    rng = random.Random(1)
    p = DedupParams()
    joined = 0
    for n in range(10):
        story, other = _sentences(rng, 40), _sentences(rng, 12)
        cut = story[: rng.randint(16, 20)]
        copy = _para(cut) + "\n" + _para(other) if n % 2 else _para(other) + "\n" + _para(cut)
        original = _para(story)
        assert not compare(_ev(copy, p), _ev(original, p), p).accepted
        joined += len(set(_stories([original, copy]))) == 1
    assert joined >= 9


def test_reports_sharing_a_lead_or_a_footer_stay_apart() -> None:
    rng = random.Random(2)
    p = DedupParams()
    for _ in range(5):
        lead = _sentences(rng, 8)
        a, b = _para(lead + _sentences(rng, 16)), _para(lead + _sentences(rng, 18))  # (a lead: a third of each)
        assert not cut_and_glued(_ev(a, p), _ev(b, p), p)
        assert len(set(_stories([a, b]))) == 2
        footer = _sentences(rng, 20)
        c, d = _para(_sentences(rng, 16) + footer), _para(_sentences(rng, 18) + footer)  # (a footer: the end of both)
        assert not cut_and_glued(_ev(c, p), _ev(d, p), p)
        assert len(set(_stories([c, d]))) == 2
        # shared sentences scattered through both: no single block
        shared = _sentences(rng, 12)
        e = _para([s for pair in zip(shared, _sentences(rng, 12), strict=True) for s in pair])
        f = _para([s for pair in zip(shared, _sentences(rng, 12), strict=True) for s in pair])
        assert not cut_and_glued(_ev(e, p), _ev(f, p), p)
