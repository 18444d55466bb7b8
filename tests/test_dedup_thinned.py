"""Copies with words deleted where the deletions crowd one long gap between shared sampled hashes, whose paragraphs
were moved, or that are the canonical's original (the canonical the copy with words deleted and a text glued after
it): they join; a gap that holds text of its own stays a block (issue 13: ``verify._thinned``, ``_DELETED_ORDER``,
``verify._deleted_canonical``)."""

from __future__ import annotations

import random

import numpy as np

from cleaner.dedup import DedupParams, compare
from cleaner.dedup.verify import Evidence, deleted_copy
from tests.test_dedup_deleted import _delete_words, _ev, _stories, _story

P = DedupParams()


def _sampled(positions: list[int], hashes: list[int]) -> Evidence:
    return Evidence(np.array(hashes, dtype=np.uint32), np.array(positions, dtype=np.uint32), True, positions[-1] + 1)


def _pair(own_in_gap: int) -> tuple[Evidence, Evidence]:
    """A canonical of 40 sampled hashes, one every 10 tokens but one gap of 60 tokens; a copy with a token deleted in
    every gap and 25 of the long gap's 60 deleted (35 left), holding ``own_in_gap`` hashes of its own there."""
    shared = [8 * (n + 1) for n in range(40)]
    pb = [0]
    for n in range(39):
        pb.append(pb[-1] + (60 if n == 20 else 10))
    pa, ha = [0], [shared[0]]
    for n in range(39):
        if n == 20:
            ha += [8 * (1000 + m) for m in range(own_in_gap)]  # (the copy's own hashes in the long gap)
            pa += [pa[-1] + 3 + 5 * m for m in range(own_in_gap)]
            pa.append(pa[-1 - own_in_gap] + 35)
        else:
            pa.append(pa[-1] + 9)
        ha.append(shared[n + 1])
    return _sampled(pa, ha), _sampled(pb, shared)


def test_a_long_gap_thinned_by_deleted_words_is_no_block() -> None:
    copy, canonical = _pair(own_in_gap=1)
    assert deleted_copy(copy, canonical, P)


def test_a_gap_with_text_of_its_own_opposite_a_longer_one_is_a_block() -> None:
    # as many hashes of its own as own text of 35 tokens holds (one in eight): another passage, not deletions
    copy, canonical = _pair(own_in_gap=4)
    assert not deleted_copy(copy, canonical, P)


def test_a_word_deleted_copy_with_two_paragraphs_swapped_joins() -> None:
    rng = random.Random(4)
    joined = 0
    for _ in range(20):
        text = _story(rng, 40)
        paras = _delete_words(text, 0.2, rng).split("\n")
        paras[1], paras[6] = paras[6], paras[1]
        joined += compare(_ev("\n".join(paras), P), _ev(text, P), P).accepted
    assert joined >= 13  # (11 with the in-order share of the interleaved rule, 0.9)


def test_the_original_joins_a_canonical_that_is_its_copy_with_words_deleted_and_a_text_glued() -> None:
    # The glued copy is longer: placed first, it is the canonical when the original comes.
    rng = random.Random(1)
    joined = together = 0
    for n in range(10):
        text = _story(rng, 80)
        glued = _delete_words(text, 0.15, rng) + "\nNext story\n" + _story(rng, 40)
        joined += compare(_ev(text, P), _ev(glued, P), P).accepted
        if n < 4:
            got = _stories([glued, text])
            together += got[0] == got[1]
    assert joined >= 8 and together >= 3  # (2 and 1 asked one way only)


def test_a_text_sharing_a_lead_with_a_longer_report_is_not_its_original() -> None:
    # the longer report holds the lead (words deleted) and a body of its own: the shorter is no original of it
    rng = random.Random(9)
    for _ in range(8):
        title, lead = _story(rng, 1), _story(rng, 6)
        a = title + "\n" + lead + "\n" + _story(rng, 4)
        b = title + "\n" + _delete_words(lead, 0.15, rng) + "\n" + _story(rng, 30)
        assert not compare(_ev(a, P), _ev(b, P), P).accepted
