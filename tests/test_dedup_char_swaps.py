"""An English copy with about a fifth of its letters deleted whose in-order path holds one gap of its own grams where
the original holds no more characters (a step placed on a chance gram) among many deletion sites is still a
subsequence of its original: no word-level substitution is looked for (issue 13, ``verify._CHAR_SWAP_SITES``)."""

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
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")


@pytest.mark.parametrize("copy", [333, 446])
def test_an_english_copy_with_letters_deleted_and_one_chance_swap_joins_its_original(copy: int) -> None:
    # (det26: tune stories of bench/dedup_corpus5.py seed det26-dev4: 61 deletion sites and one swap gap; 24 and one,
    # with a list of headlines appended)
    docs = build(DATA, "det26-dev4")
    d = docs[copy]
    assert d.half == TUNE and "del_char_hi" in d.kind
    orig = next(x for x in docs if x.story == d.story and x.kind == "original")
    p = DedupParams()
    a, b = (sketch_evidence(sketch_text(n, x.text, p)) for n, x in (("copy", d), ("orig", orig)))
    verdict = compare(a, b, p)
    assert verdict.accepted and not verdict.substitution
