"""Two ways a copy with characters deleted read as holding text of its own in ``verify._chars_deleted`` (issue 13,
dedup31): a step of the in-order path placed on another place of a common gram (one gap of the copy longer than the
original's, the next far shorter: the block rule fired on the second), and a paragraph moved in the copy and thinned
like the rest, whose grams the original's gap holds at the share the path keeps (≈ 0.45 for English 4-letter grams
with a fifth of the letters deleted), under the "half of the gap" a moved block needed."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
from dedup_corpus5 import build
from halves import TUNE

from cleaner.dedup import DedupParams, compare
from cleaner.dedup.signature import sketch_text
from cleaner.dedup.verify import _unswayed, sketch_evidence

DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("seed", "copy", "kind"),
    [("dedup31-dev5", 19, "del_char_hi"), ("dedup31-dev5", 695, "para_move"), ("dedup31-dev2", 794, "para_move")],
)
def test_a_copy_with_characters_deleted_joins_its_original(seed: str, copy: int, kind: str) -> None:
    # (tune stories of bench/dedup_corpus5.py, English, a fifth of the letters deleted: d19's path steps on a gram of
    # the original 51 letters too far (gaps of 11 / 62 letters then 97 / 71); d695 and d794 have a paragraph moved,
    # 5 of its 12 and 10 of its 17 grams found in the copy off the path)
    docs = build(DATA, seed)
    d = docs[copy]
    assert d.half == TUNE and kind in d.kind and "del_char_hi" in d.kind
    orig = next(x for x in docs if x.story == d.story and x.kind == "original")
    p = DedupParams()
    a, b = (sketch_evidence(sketch_text(n, x.text, p)) for n, x in (("copy", d), ("orig", orig)))
    verdict = compare(a, b, p)
    assert verdict.accepted and not verdict.substitution


def test_a_chance_step_between_a_longer_and_a_shorter_gap_is_dropped() -> None:
    # the copy: a gram every 8 characters; the original: every 10 (the copy's deletions between)
    pa, pb = list(range(0, 400, 8)), list(range(0, 400, 10))
    ia = list(range(30))
    assert _unswayed(ia, ia, pa, pb) == (ia, ia)  # (every gap thinned alike: untouched)
    # the copy's gram 10 placed on the original's gram 16: the gap before it 62 characters longer in the original,
    # the one after it 46 longer in the copy, the two together thinned like the rest
    ja, jb = [*range(10), 10, *range(17, 30)], [*range(10), 16, *range(17, 30)]
    kept = [*range(10), *range(17, 30)]
    assert _unswayed(ja, jb, pa, pb) == (kept, kept)
    # the other order (the copy's gap the longer first)
    assert _unswayed(jb, ja, pa, pb) == (kept, kept)
    # a block of the original's own (its gap 72 characters longer, the next no longer in the copy): left to the block
    # rule
    la, lb = list(range(20)), [*range(10), *range(17, 27)]
    assert _unswayed(la, lb, pa, pb) == (la, lb)
    assert _unswayed([0, 1], [0, 5], pa, pb) == ([0, 1], [0, 5])  # (a path of one gap is left as it is)
