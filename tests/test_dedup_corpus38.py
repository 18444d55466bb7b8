"""bench/dedup_corpus38.py (the tenth repost generator): deterministic, one half per story (its gold page's) and per
hard-negative group, every edit kind and hard negative made, a glued page's gold part the larger, novel chapters
longer than their chrome."""

from __future__ import annotations

import random
import sys
from collections import defaultdict

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus38
from halves import half

DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_the_corpus_is_deterministic_split_by_story_and_makes_every_kind() -> None:
    docs = dedup_corpus38.build(DATA, "test-1")
    assert docs == dedup_corpus38.build(DATA, "test-1")
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.group or d.story].add(d.half)
        if d.kind != "neg":
            assert d.half == half("dedup38", d.story)
    assert all(len(h) == 1 for h in halves_of.values())
    assert {d.half for d in docs} == {"tune", "check"}
    assert set(dedup_corpus38.KINDS) <= {k for d in docs for k in d.kind.split("+")}
    assert {d.group.split(":")[0] for d in docs if d.group} == set(dedup_corpus38.NEGATIVES)
    originals = {d.story for d in docs if d.kind == "original"}
    assert all(d.story in originals for d in docs if d.kind not in ("original", "neg"))
    assert sum(len(d.text.encode()) for d in docs) >= 1_000_000


def test_glued_keeps_the_gold_part_larger_and_novel_chapters_outweigh_their_chrome() -> None:
    rng = random.Random(3)
    story = "\n".join(f"第{i}段，本市今天召开了一次会议，讨论了很多问题。" * 3 for i in range(8))
    other = "\n".join(f"另一篇文章的第{i}段，内容完全不同。" * 4 for i in range(20))
    for _ in range(20):
        page = dedup_corpus38.glued(rng, story, other)
        assert len(story) >= 0.55 * len(page)
    texts = iter([other] * 10)
    chapters = dedup_corpus38.novel(rng, lambda: next(texts))
    assert 3 <= len(chapters) <= 4
    assert all(len(c) > 900 for c in chapters[:-1])
