"""bench/dedup_corpus6.py: deterministic, halves by story, every kind and hard negative made; and what it showed:
reports of one template with other names and figures are no copies with characters deleted (``verify._CHAR_OTHER``)."""

from __future__ import annotations

import itertools
import random
import sys
from collections import defaultdict

import pytest

from cleaner.dedup import DedupParams, compare
from cleaner.dedup.signature import sketch_text
from cleaner.dedup.verify import Evidence, sketch_evidence
from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus6

DATA = SHARED / "data" / "extraction"
P = DedupParams()


def _ev(text: str) -> Evidence:
    return sketch_evidence(sketch_text("t", text, P))


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_the_corpus_is_deterministic_split_by_story_and_makes_every_kind() -> None:
    docs = dedup_corpus6.build(DATA, "test-1")
    assert docs == dedup_corpus6.build(DATA, "test-1")
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.story.split("#")[0]].add(d.half)
    assert all(len(h) == 1 for h in halves_of.values())
    assert {d.half for d in docs} == {"tune", "check"}
    assert set(dedup_corpus6.KINDS) <= {k for d in docs for k in d.kind.split("+")}
    assert {d.group.split(":")[0] for d in docs if d.group} == set(dedup_corpus6.NEGATIVES)
    originals = {d.story for d in docs if d.kind == "original"}
    assert all(d.story in originals for d in docs if d.kind not in ("original", "neg"))


def test_reports_of_one_template_with_other_names_and_figures_stay_apart() -> None:
    # (before _CHAR_OTHER the character rule took 13 of these 36 pairs for copies with characters deleted)
    rng = random.Random(28)
    for make in (dedup_corpus6.weather, dedup_corpus6.stocks):
        for _ in range(3):
            for a, b in itertools.combinations(make(rng, 4), 2):
                assert not compare(_ev(a), _ev(b), P).accepted
                assert not compare(_ev(b), _ev(a), P).accepted
