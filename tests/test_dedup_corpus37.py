"""bench/dedup_corpus37.py: deterministic, halves by story (a hard-negative group in one half), every kind and hard
negative made, its texts its own (no shared gold text read), a follow-up's carried paragraphs at most 35 % of it, and
the nightly mode puts every document in one story of the state."""

from __future__ import annotations

import random
import sys
from collections import defaultdict

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus37


def test_the_corpus_is_deterministic_split_by_story_and_makes_every_kind() -> None:
    docs = dedup_corpus37.build(None, "test-1", stories=90)
    assert docs == dedup_corpus37.build(None, "test-1", stories=90)
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.story.rsplit(":", 1)[0] if d.story.startswith("neg:") else d.story].add(d.half)
    assert all(len(h) == 1 for h in halves_of.values())
    assert {d.half for d in docs} == {"tune", "check"}
    assert set(dedup_corpus37.KINDS) <= {k for d in docs for k in d.kind.split("+")}
    assert {d.group.split(":")[0] for d in docs if d.group} == set(dedup_corpus37.NEGATIVES)
    originals = {d.story for d in docs if d.kind == "original"}
    assert all(d.story in originals for d in docs if d.kind not in ("original", "neg"))


def test_a_follow_up_carries_at_most_a_third_of_itself_and_updates_come_on_later_nights() -> None:
    rng = random.Random(37)
    for _ in range(20):
        first, follow = dedup_corpus37.followup(rng)
        carried = [p for p in first.split("\n")[1:] if p in follow.split("\n")]
        assert sum(len(p) for p in carried) <= 0.36 * len(follow)
    nights = dedup_corpus37.build_nights(None, "test-2", stories=60)
    first_night = {d.story: n for d, n in nights if d.kind == "original"}
    late = [(d, n) for d, n in nights if d.kind.endswith("update") and "+" not in d.kind]
    assert late and all(n > first_night[d.story] or n == 3 for d, n in late)


def test_the_nightly_mode_puts_every_document_in_a_story() -> None:
    with_nights = dedup_corpus37.build_nights(None, "test-3", stories=24)
    docs = [d for d, _ in with_nights]
    pred, _ = dedup_corpus37.run_nights(docs, [n for _, n in with_nights], 3)
    assert len(pred) == len(docs) and not any(p.startswith("lost") for p in pred)
    originals = [i for i, d in enumerate(docs) if d.kind == "original"]
    assert len({pred[i] for i in originals}) == len(originals)  # (different stories stay apart across nights)
