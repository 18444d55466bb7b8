"""bench/dedup_corpus33.py: deterministic, halves by story (a hard negative group in one half), every kind and hard
negative made, no shared gold text read (its stories are written from its own sentence frames)."""

from __future__ import annotations

import sys
from collections import defaultdict

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus33


def test_the_corpus_is_deterministic_split_by_story_and_makes_every_kind() -> None:
    docs = dedup_corpus33.build(None, "test-1", stories=60)
    assert docs == dedup_corpus33.build(None, "test-1", stories=60)
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.story.rsplit(":", 1)[0] if d.story.startswith(("neg:", "glued2")) else d.story].add(d.half)
    assert all(len(h) == 1 for h in halves_of.values())
    assert {d.half for d in docs} == {"tune", "check"}
    assert set(dedup_corpus33.KINDS) <= {k for d in docs for k in d.kind.split("+")}
    assert {d.group.split(":")[0] for d in docs if d.group} == set(dedup_corpus33.NEGATIVES)
    originals = {d.story for d in docs if d.kind == "original"}
    assert all(d.story in originals for d in docs if d.kind not in ("original", "neg"))
