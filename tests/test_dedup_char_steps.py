"""A copy with characters deleted is a subsequence of its original: between two shared grams of its in-order path it
holds no more characters than the original. Two things made such copies read as holding text of their own
(``verify._chars_deleted``'s excess over 3 % of the span): the original's moved text subtracted from its side of a gap
(meant for a paragraph moved, it counted as the copy's excess where the copy holds the same text), and a chance step
at an end of the path into a headline list of the copy's own (``verify._trimmed``) (issue 13, dedup30)."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
from dedup_corpus5 import build
from halves import TUNE

from cleaner.dedup import DedupParams, compare
from cleaner.dedup.signature import sketch_text
from cleaner.dedup.verify import _trimmed, sketch_evidence

DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("seed", "copy", "kind", "deleted"),
    [
        ("dedup30-dev1", 284, "del_char_hi", "del_char"),
        ("dedup30-dev5", 758, "related", "del_char"),
        ("dedup31-dev5", 695, "para_move", "del_char_hi"),
        ("dedup31-dev2", 794, "para_move", "del_char_hi"),
    ],
)
def test_a_copy_with_characters_deleted_joins_its_original(seed: str, copy: int, kind: str, deleted: str) -> None:
    # (tune stories of bench/dedup_corpus5.py: d284 a fifth of its characters deleted and cut inside a sentence, refused
    # at 76 excess characters of 72 allowed, all of them the original's moved text; d758 characters deleted and a
    # headline list appended, the path's last step 346 characters into the list. dedup31's, English, a fifth of the
    # letters deleted and a paragraph moved, which is thinned like the rest, so the gap that holds it (in the
    # original, or in the copy) finds its grams elsewhere at the share the path keeps (≈ 0.45 for 4-letter grams),
    # under the "half of the gap" a moved block needed: the original's gap read as a block of its own, the copy's as
    # excess: d695 5 of its 12 and d794 10 of its 17 grams in the original's gap found in the copy off the path;
    # d794's copy holds 185 letters of it where the original holds none)
    docs = build(DATA, seed)
    d = docs[copy]
    assert d.half == TUNE and kind in d.kind and deleted in d.kind
    orig = next(x for x in docs if x.story == d.story and x.kind == "original")
    p = DedupParams()
    a, b = (sketch_evidence(sketch_text(n, x.text, p)) for n, x in (("copy", d), ("orig", orig)))
    verdict = compare(a, b, p)
    assert verdict.accepted and not verdict.substitution


def test_a_chance_step_at_either_end_of_the_path_is_trimmed() -> None:
    pa = np.arange(0, 400, 8, dtype=np.uint32)  # (the copy: a gram every 8 characters)
    pb = np.arange(0, 290, 10, dtype=np.uint32)  # (the original: every 10, the copy's deletions between)
    ia, ib = list(range(12, 39)), list(range(1, 28))
    assert _trimmed(ia, ib, pa, pb) == (ia, ib)  # (no gap where the copy holds more: untouched)
    # first and last steps far into the copy's own text (86 and 78 characters more there than in the original), the
    # original ending 10 characters after them
    assert _trimmed([0, *ia, 49], [0, *ib, 28], pa, pb) == (ia, ib)
    # the original goes on past the last step (its own text there too): that end is left as it is
    longer = np.arange(0, 500, 10, dtype=np.uint32)
    got = _trimmed([0, *ia, 49], [0, *ib, 28], pa, longer)
    assert got == ([*ia, 49], [*ib, 28])
    short_a, short_b = [0, 30, 31], [0, 1, 2]
    assert _trimmed(short_a, short_b, pa, pb) == (short_a, short_b)  # (a short path is left as it is)
