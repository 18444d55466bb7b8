"""A story's canonical that ends in a trailing list keeps where its list starts in the state, so that a later night
sets the list aside as one run over both nights does (issue 13: ``StoryEntry.list_start``)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from cleaner.dedup import DedupParams, MemoryIndex, collapse
from cleaner.dedup.index import DedupIndex
from cleaner.document import Document
from cleaner.state import SQLiteIndex
from tests.test_dedup_lists import _headlines, _story, _truncated


def _pairs(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """(original, copy): the copy cut short and given a block of headlines longer than what it lost (so it is the
    longer text, placed first in one run and the canonical of the first night). Long stories: a short one whose copy
    is mostly list is found in one run by keys a state does not keep (anchor pairs), a candidate gap of its own."""
    out = []
    for _ in range(n):
        text = _story(rng, 60)
        out.append((text, _truncated(text, rng.uniform(0.4, 0.6)) + "\n" + _headlines(rng, 120)))
    return out


def _one_run(original: str, copy: str) -> bool:
    res = collapse([Document(id="copy", text=copy), Document(id="orig", text=original)])
    return len(res.stories) == 1


def _two_nights(original: str, copy: str, index: DedupIndex) -> bool:
    first = collapse([Document(id="copy", text=copy)], index=index)
    second = collapse([Document(id="orig", text=original)], index=index)
    return len(first.stories) == 1 and second.stories == []


def test_a_night_sets_aside_the_list_of_a_canonical_stored_by_an_earlier_night(tmp_path: Path) -> None:
    rng = random.Random(21)
    pairs = _pairs(rng, 5)
    one = [_one_run(o, c) for o, c in pairs]
    assert sum(one) >= 4  # (the list rule joins them in one run)
    assert [_two_nights(o, c, MemoryIndex()) for o, c in pairs] == one
    for n, (o, c) in enumerate(pairs):
        with SQLiteIndex(tmp_path / f"s{n}.sqlite") as index:
            assert _two_nights(o, c, index) == one[n]


def test_a_state_written_before_list_starts_were_kept_reads_them_as_none(tmp_path: Path) -> None:
    rng = random.Random(22)
    (original, copy), *_ = _pairs(rng, 1)
    path = tmp_path / "old.sqlite"
    lists_only = DedupParams(cut_head=0)  # (the cut-head rule joins the two by their shared head, list or no list)
    with SQLiteIndex(path) as index:
        collapse([Document(id="copy", text=copy)], params=lists_only, index=index)
    db = sqlite3.connect(path)  # the column dropped: a state of the version before
    db.execute("ALTER TABLE story DROP COLUMN list_start")
    db.commit()
    db.close()
    with SQLiteIndex(path) as index:  # the column is added back, 0 (no list known): the night runs as before
        night = collapse([Document(id="orig", text=original)], params=lists_only, index=index)
    assert len(night.stories) == 1
    with SQLiteIndex(path) as index:
        assert all(index.get(st.id).list_start == 0 for st in night.stories)
    params = DedupParams(list_lines=0)  # the list rule off: nothing is read, nothing kept
    with SQLiteIndex(tmp_path / "off.sqlite", params) as index:
        (st,) = collapse([Document(id="copy", text=copy)], params=params, index=index).stories
        assert index.get(st.id).list_start == 0
