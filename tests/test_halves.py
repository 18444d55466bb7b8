"""The committed tune/check split (bench/halves.tsv) is what bench/halves.py computes from shared/'s sets."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import halves

DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_committed_split_is_the_computed_one() -> None:
    rows = halves.split_table(DATA)
    committed = halves.TABLE.read_text(encoding="utf-8").splitlines()[1:]
    assert ["\t".join(r) for r in rows] == committed
    for set_name in {s for s, _, _ in rows}:
        counts = [sum(1 for s, _, h in rows if s == set_name and h == want) for want in halves.HALVES]
        assert abs(counts[0] - counts[1]) <= 2, (set_name, counts)


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_page_in_two_sets_is_in_one_half() -> None:
    """cwced_zh holds most of cleaneval_zh's pages: each copy of a page is on the same side of the split."""
    halves_of: dict[str, set[str]] = {}
    for set_name, pid, which in halves.split_table(DATA):
        key = halves._page_key(DATA / set_name / "html" / f"{pid}.html")
        if key:
            halves_of.setdefault(key, set()).add(which)
    assert sum(1 for h in halves_of.values() if len(h) > 1) == 0
    assert len(halves_of) < sum(1 for _ in DATA.glob("*/html/*.html"))  # copies exist (the test tests something)


def test_an_unknown_id_falls_to_its_hash_half() -> None:
    assert halves.half("dedup2", "story-1") in halves.HALVES
    assert halves.half("dedup2", "story-1") == halves.half("dedup2", "story-1")
    picks = {halves.half("corpus", str(i)) for i in range(50)}
    assert picks == set(halves.HALVES)
