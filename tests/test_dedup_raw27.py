"""bench/dedup_raw27.py (its determinism and halves: test_dedup_raw26.py): few texts per chrome, A/B chromes, heavy
chromes, comment threads."""

from __future__ import annotations

import random
import sys
from collections import defaultdict

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import dedup_raw26
import dedup_raw27

DATA = SHARED / "data" / "extraction"
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")


def test_a_site_serves_few_texts_some_chromes_are_heavy_some_copies_carry_comments() -> None:
    rng = random.Random("t")
    pages = dedup_raw26.load(DATA, dedup_raw27.MAX_CHROME)
    titles = [p.title for p in pages]
    chromes = dedup_raw27.Chromes(rng, pages, titles)
    for _ in range(len(pages)):  # (fewer draws than sites × 2: no site drawn twice)
        chromes.take(rng.randint(1, 2))
    assert max(chromes.uses.values()) <= dedup_raw27.PER_CHROME[1]
    assert sum(1 for a, _ in chromes.pool if sum(map(len, a.head + a.foot)) > 30_000) >= len(pages) // 5
    for a, b in chromes.pool:  # the B variant: another crawl day's chrome of the same site
        assert a.head != b.head and a.story == b.story
    docs = dedup_raw27.build(DATA, "test-2")
    thread = [d for d in docs if "comments" in d.kind.split("+")]
    assert thread and all("网友评论" in d.text for d in thread)
    pair = defaultdict(list)
    for d in docs:
        if d.group.startswith("pair:"):
            pair[d.group].append(d)
    assert pair and all(len(ds) == 2 for ds in pair.values())
