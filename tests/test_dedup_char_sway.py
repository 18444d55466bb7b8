"""A copy with characters deleted and a paragraph moved read as holding text of its own in ``verify._chars_deleted``
(issue 13, dedup31): the moved paragraph is thinned like the rest, so the gap that holds it (in the original, or in
the copy) finds its grams elsewhere at the share the path keeps (≈ 0.45 for English 4-letter grams with a fifth of the
letters deleted), under the "half of the gap" a moved block needed; the original's gap then read as a block of its own,
the copy's as excess."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
from dedup_corpus5 import build
from halves import TUNE

from cleaner.dedup import DedupParams, compare
from cleaner.dedup.signature import sketch_text
from cleaner.dedup.verify import sketch_evidence

DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("seed", "copy", "kind"),
    [("dedup31-dev5", 695, "para_move"), ("dedup31-dev2", 794, "para_move")],
)
def test_a_copy_with_characters_deleted_joins_its_original(seed: str, copy: int, kind: str) -> None:
    # (tune stories of bench/dedup_corpus5.py, English, a fifth of the letters deleted and a paragraph moved: 5 of its
    # 12 and 10 of its 17 grams in the original's gap found in the copy off the path; d794's copy holds 185 letters
    # of it where the original holds none)
    docs = build(DATA, seed)
    d = docs[copy]
    assert d.half == TUNE and kind in d.kind and "del_char_hi" in d.kind
    orig = next(x for x in docs if x.story == d.story and x.kind == "original")
    p = DedupParams()
    a, b = (sketch_evidence(sketch_text(n, x.text, p)) for n, x in (("copy", d), ("orig", orig)))
    verdict = compare(a, b, p)
    assert verdict.accepted and not verdict.substitution
