"""bench/dedup_raw26.py: deterministic, halves by story, tune pages only, stories set into shared portal chromes."""

from __future__ import annotations

import sys
from collections import defaultdict
from typing import Any

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import dedup_raw26
import dedup_raw27
from halves import TUNE, half

DATA = SHARED / "data" / "extraction"
pytestmark = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")


@pytest.mark.parametrize("gen", [dedup_raw26, dedup_raw27], ids=["raw26", "raw27"])
def test_the_corpus_is_deterministic_split_by_story_and_made_of_tune_pages(gen: Any) -> None:
    """Both raw-crawl generators (dedup_raw27: few texts per chrome, A/B chromes, heavy chromes, comment threads)."""
    docs = gen.build(DATA, "test-1")
    assert docs == gen.build(DATA, "test-1")
    halves_of: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        halves_of[d.story.split("#")[0]].add(d.half)
        name, _, pid = d.story.partition("/")
        assert half(name, pid.split("#")[0]) == TUNE
    assert all(len(h) == 1 for h in halves_of.values())
    assert {d.half for d in docs} == {"tune", "check"}
    assert set(gen.KINDS) <= {k for d in docs for k in d.kind.split("+")}
    assert {d.group.split(":")[0] for d in docs if d.group} == set(gen.NEGATIVES)


def test_a_copy_holds_its_story_in_another_chrome() -> None:
    pages = {p.pid: p for p in dedup_raw26.load(DATA)}
    docs = dedup_raw26.build(DATA, "test-2")
    portal = [d for d in docs if d.kind == "portal"]
    assert portal
    for d in portal:
        page = pages[d.story]
        assert all(line in d.text for line in page.story)  # the whole story, title repeated in the body
        assert d.text.count(page.title) >= 2
        assert "\n".join(page.head[1:] + page.foot) not in d.text  # not its own page's chrome
    originals = {d.story: d.text for d in docs if d.kind == "original"}
    assert all("\n".join(pages[s].story) in t for s, t in originals.items())  # the page as crawled
    template = defaultdict(list)
    for d in docs:
        if d.group.startswith("template:"):
            template[d.group].append(d.text)
    for texts in template.values():  # one chrome: a long stretch of lines shared by every page of the group
        shared = set.intersection(*({x for x in t.split("\n") if len(x) >= 4} for t in texts))
        assert sum(map(len, shared)) >= 200
