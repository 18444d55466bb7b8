"""bench/dedup_corpus36.py: deterministic, halves by story (a hard-negative group in one half), every kind and hard
negative made, no shared gold text read (its texts are written from its own frames), short posts 80-300 characters,
the press releases' shared block 30-45 % of each."""

from __future__ import annotations

import re
import sys
from collections import defaultdict

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus36


def test_the_corpus_is_deterministic_split_by_story_and_makes_every_kind() -> None:
    docs = dedup_corpus36.build(None, "test-1", stories=90)
    assert docs == dedup_corpus36.build(None, "test-1", stories=90)
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.story.rsplit(":", 1)[0] if d.story.startswith("neg:") else d.story].add(d.half)
    assert all(len(h) == 1 for h in halves_of.values())
    assert {d.half for d in docs} == {"tune", "check"}
    assert set(dedup_corpus36.KINDS) <= {k for d in docs for k in d.kind.split("+")}
    assert {d.group.split(":")[0] for d in docs if d.group} == set(dedup_corpus36.NEGATIVES)
    originals = {d.story for d in docs if d.kind == "original"}
    assert all(d.story in originals for d in docs if d.kind not in ("original", "neg"))
    assert all(d.story not in originals for d in docs if d.kind == "neg")


def test_posts_are_short_and_press_releases_share_a_third_of_their_text() -> None:
    import random

    rng = random.Random(36)
    for _ in range(40):
        assert 80 <= len(dedup_corpus36.post(rng).text()) <= 300
    for _ in range(10):
        texts = dedup_corpus36.about_boiler(rng)
        tails = [t[re.search(r"\n(关于|About )", t).start() :] for t in texts]  # type: ignore[union-attr]
        assert len(set(tails)) == 1
        assert all(0.28 <= len(tails[0]) / len(t) <= 0.47 for t in texts)
