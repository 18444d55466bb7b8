"""Speed changes of session 38 (dspeed38) against what they replaced: the same answers, asked cheapest first.

``verify.chars_deleted`` (the character rule, ≈ a third of ``collapse()`` on English news of one topic: dedup37) now
refuses a side before its path is trimmed and read when the path is under half of that side's shared grams, and the
whole pair when the path is no longer than ``deleted_gaps``; ``_chars_deleted`` asks its in-span test (the shared grams
between the path's ends, counted on the flags) before :func:`verify._one_block`, whose answers both sides share
(``_blocks_both``). Checked here on pairs of English texts of shared frames (copies with characters or words deleted,
paragraphs moved, blocks glued, other stories of the frames): every pair and both orders give the verdict and the
``clean`` answer that asking both sides in full gives; and the in-span count equals the count read from
``_off_path``.
"""

from __future__ import annotations

import random

import numpy as np

from cleaner.dedup import verify
from cleaner.dedup.params import DedupParams
from cleaner.dedup.signature import sketch_batch

_WORDS = (
    "the council said on Tuesday that its budget would rise by percent next year after residents asked for more "
    "police officers and repairs to roads while the mayor told reporters the plan was fair and the city could not "
    "wait any longer storm flooding closed schools across the county as officials warned of power cuts and trees down"
).split()


def _story(rng: random.Random, frames: list[list[str]]) -> list[str]:
    paras = []
    for frame in rng.sample(frames, 6):
        words = [w if rng.random() > 0.15 else rng.choice(_WORDS) for w in frame]  # (a frame filled with its facts)
        paras.append(" ".join(words) + ".")
    return paras


def _copy(rng: random.Random, paras: list[str]) -> str:
    kind = rng.randrange(5)
    if kind == 0:  # characters deleted here and there
        text = "\n".join(paras)
        return "".join(c for c in text if c == "\n" or rng.random() > 0.04)
    if kind == 1:  # words deleted
        return "\n".join(" ".join(w for w in p.split() if rng.random() > 0.08) for p in paras)
    if kind == 2:  # a paragraph moved
        moved = paras[:]
        moved.insert(rng.randrange(len(moved)), moved.pop(rng.randrange(len(moved))))
        return "\n".join(moved)
    if kind == 3:  # a block glued after it
        return "\n".join(paras) + "\n" + " ".join(rng.choice(_WORDS) for _ in range(60))
    return "\n".join(paras[: rng.randrange(2, len(paras))])  # cut short


def _evidences() -> list[verify.Evidence]:
    rng = random.Random(38)
    frames = [[rng.choice(_WORDS) for _ in range(rng.randrange(12, 30))] for _ in range(14)]
    texts = []
    for _ in range(24):
        paras = _story(rng, frames)
        texts.append("\n".join(paras))
        texts.extend(_copy(rng, paras) for _ in range(2))
    sketches = sketch_batch([(f"t{i}", t) for i, t in enumerate(texts)], DedupParams())
    return [verify.sketch_evidence(sk) for sk in sketches]


def _asked_in_full(a: verify.Evidence, b: verify.Evidence, p: DedupParams, words: tuple[float, float]) -> list[bool]:
    """``chars_deleted`` as it was: each side asked that the share test asks, its path trimmed and read in full."""
    x, y = verify._aligned(a, b, verify.CHAR_MOD)
    ux, uy = verify._distinct(x.hashes), verify._distinct(y.hashes)
    inter = int(np.count_nonzero(verify._members(ux, uy)))
    if inter <= p.deleted_gaps or inter < p.chars_contained * min(ux.size, uy.size):
        return [False]
    in_b, in_a = verify._flags(x.hashes, uy, True), verify._flags(y.hashes, ux, True)
    asked = [in_b.count(1) >= (words[0] + 0.15) * len(in_b), in_a.count(1) >= (words[1] + 0.15) * len(in_a)]
    at_a, at_b, on_b, on_a = verify._common_grams(x.hashes, y.hashes, in_b, in_a)
    ia, ib, shared = verify._in_order_path(x, on_b, y, on_a)
    clean: list[bool] = []
    if asked[0] and verify._chars_deleted(x, y, (ia, ib, shared), on_b, on_a, (at_a, at_b), p, False, clean):
        return [True, *clean]
    ok = asked[1] and verify._chars_deleted(y, x, (ib, ia, on_a.count(1)), on_a, on_b, (at_b, at_a), p, False, clean)
    return [ok, *clean]


def test_chars_deleted_as_asked_in_full() -> None:
    p = DedupParams()
    evs = [e for e in _evidences() if e.chars is not None]
    accepted = asked = 0
    for i, a in enumerate(evs):
        for b in evs[i + 1 :]:
            for x, y in ((a, b), (b, a)):
                assert x.chars is not None and y.chars is not None
                words = verify.compare(x, y, p)
                shares = (words.contained, words.covers)
                clean: list[bool] = []
                got = verify.chars_deleted(x.chars, y.chars, p, shares, (False, False), clean)
                assert [got, *clean] == _asked_in_full(x.chars, y.chars, p, shares)
                accepted += got
                asked += 1
    assert asked > 1000 and accepted > 10  # (pairs of both kinds were asked)


def test_held_in_span_counted_on_the_flags() -> None:
    p = DedupParams()
    evs = [e.chars for e in _evidences() if e.chars is not None]
    seen = 0
    for i, a in enumerate(evs):
        for b in evs[i + 1 : i + 8]:
            x, y = verify._aligned(a, b, verify.CHAR_MOD)
            ux, uy = verify._distinct(x.hashes), verify._distinct(y.hashes)
            in_b, in_a = verify._flags(x.hashes, uy, True), verify._flags(y.hashes, ux, True)
            _, _, on_b, on_a = verify._common_grams(x.hashes, y.hashes, in_b, in_a)
            ia, _, _ = verify._in_order_path(x, on_b, y, on_a)
            if len(ia) <= p.deleted_gaps:
                continue
            moved = verify._off_path(on_b, ia)
            assert on_b.count(1, ia[0], ia[-1] + 1) == len(ia) + moved[ia[-1] + 1] - moved[ia[0]]
            seen += 1
    assert seen > 50
