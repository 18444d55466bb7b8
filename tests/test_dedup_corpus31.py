"""bench/dedup_corpus31.py (the independent repost generator): deterministic, one half per story (the half of the
page its gold came from), every edit kind and hard negative made, no two stories from near-copy golds."""

from __future__ import annotations

import sys
from collections import defaultdict

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus31
from halves import half

DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_the_corpus_is_deterministic_split_by_story_and_makes_every_kind() -> None:
    docs = dedup_corpus31.build(DATA, "test-1")
    assert docs == dedup_corpus31.build(DATA, "test-1")
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.story].add(d.half)
    assert all(len(h) == 1 for h in halves_of.values())
    for d in docs:
        if d.kind == "original":
            set_name, page = d.story.split("/", 1)
            assert half(set_name, page) == d.half
    assert {d.half for d in docs} == {"tune", "check"}
    assert set(dedup_corpus31.KINDS) <= {k for d in docs for k in d.kind.split("+")}
    assert {d.group.split(":")[0] for d in docs if d.group} == {"entity", "template", "followup"}
    originals = {d.story for d in docs if d.kind == "original"}
    assert all(d.story in originals for d in docs if d.kind not in ("original", "neg"))
    assert all(d.story not in originals for d in docs if d.kind == "neg")


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_no_two_sources_share_a_third_of_their_shingles() -> None:
    # (cwced_zh and cleaneval_zh hold different golds of the same pages; before this filter they were two stories)
    src = dedup_corpus31.sources(DATA)
    shingles = [dedup_corpus31._shingles(s.text) for s in src]
    index: dict[int, list[int]] = defaultdict(list)
    for i, sh in enumerate(shingles):
        hits: dict[int, int] = defaultdict(int)
        for g in sh:
            for k in index[g]:
                hits[k] += 1
        assert all(n <= 0.3 * min(len(sh), len(shingles[k])) for k, n in hits.items()), src[i].sid
        for g in sh:
            index[g].append(i)
