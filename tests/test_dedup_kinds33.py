"""Two copies of one story refused for the wrong reason (issue 13, dedupkinds33; docs/dedup-kinds-33.md):

- a long copy with a fifth of its letters deleted holds, somewhere among its ≈ 150 gaps between shared grams, a stretch
  of 120+ letters with no sampled gram kept; ``verify._chars_deleted`` read it as a block of the copy's own. It is one
  now only when longer than scattered deletions explain at the pair's path density (``_CHAR_CHANCE``);
- two copies of one story each with a related-headline list of its own (sharing a headline or two) were a substitution
  of each other in ``collapse._Run.rehome``'s last test; their lists are set aside there now (``_Run._substituted``).
"""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
from dedup_corpus5 import build
from halves import TUNE

from cleaner.dedup import DedupParams, collapse, compare
from cleaner.dedup.signature import sketch_text
from cleaner.dedup.verify import sketch_evidence
from cleaner.document import Document

DATA = SHARED / "data" / "extraction"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")


@needs_data
@pytest.mark.parametrize(
    ("seed", "copy"), [("dedupkinds33-dev8", 323), ("dedupkinds33-dev9", 14), ("dedupkinds33-dev9", 652)]
)
def test_a_copy_with_letters_deleted_all_along_joins_its_original(seed: str, copy: int) -> None:
    # (tune stories of bench/dedup_corpus5.py, del_char_hi: English, 3-11 K characters; each was refused at one gap of
    # its own grams where the original holds more, not twice as much, shorter than the stretch chance explains)
    docs = build(DATA, seed)
    d = docs[copy]
    assert d.half == TUNE and "del_char_hi" in d.kind
    orig = next(x for x in docs if x.story == d.story and x.kind == "original")
    p = DedupParams()
    a, b = (sketch_evidence(sketch_text(n, x.text, p)) for n, x in (("copy", d), ("orig", orig)))
    assert compare(a, b, p).accepted


@needs_data
def test_two_copies_with_lists_of_their_own_are_one_story() -> None:
    # (tune story of dedupkinds33-dev9: d675 and d92 the original with two different related lists, d126 the original,
    # d575 a paragraph moved; d92 started a story of its own and the original went to d675)
    docs = build(DATA, "dedupkinds33-dev9")
    story = [i for i, d in enumerate(docs) if d.story == docs[126].story]
    assert sorted(docs[i].kind for i in story) == ["original", "para_move", "related", "related"]
    assert all(docs[i].half == TUNE for i in story)
    res = collapse([Document(id=f"d{i}", text=docs[i].text) for i in story])
    assert len(res.stories) == 1
