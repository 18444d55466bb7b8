"""bench/dedup_corpus5.py: deterministic, halves by story, tune-half sources only, hard negatives of their own."""

from __future__ import annotations

import sys
from collections import defaultdict

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus5
from halves import TUNE, half

DATA = SHARED / "data" / "extraction"
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")


def test_the_corpus_is_deterministic_and_split_by_story() -> None:
    docs = dedup_corpus5.build(DATA, "test-1")
    assert docs == dedup_corpus5.build(DATA, "test-1")
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.story.split("#")[0]].add(d.half)
    assert all(len(h) == 1 for h in halves_of.values())
    assert {d.half for d in docs} == {"tune", "check"}


def test_sources_are_tune_pages_and_every_kind_is_made() -> None:
    docs = dedup_corpus5.build(DATA, "test-2")
    for d in docs:
        name, _, rest = d.story.partition("/")
        if name != "synth":
            assert half(name, rest.split("#")[0]) == TUNE
    kinds = {k for d in docs for k in d.kind.split("+")}
    assert set(dedup_corpus5.KINDS) <= kinds
    groups = {d.group.split(":")[0] for d in docs if d.group}
    assert groups == set(dedup_corpus5.NEGATIVES)
    originals = {d.story for d in docs if d.kind == "original"}
    assert all(d.story in originals for d in docs if d.kind not in ("original", "neg"))
    assert not originals & {d.story for d in docs if d.kind == "neg"}


def test_scores_count_pairs_kinds_and_hard_negatives() -> None:
    docs = dedup_corpus5.build(DATA, "test-3")
    truth = [d.story for d in docs]
    perfect = dedup_corpus5.score(docs, truth)
    assert all(x["precision"] == x["recall"] == 1.0 for x in perfect.values())
    one = dedup_corpus5.score(docs, ["all"] * len(docs))
    assert all(x["recall"] == 1.0 and float(x["precision"]) < 0.1 for x in one.values())  # type: ignore[arg-type]
    assert all(v[0] == v[1] for x in one.values() for v in x["hn"].values())  # type: ignore[attr-defined]
