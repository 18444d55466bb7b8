"""A nightly state keeps the figures of its texts (issue 13, schema 6): a daily market report arriving the night after
another of its template stays its own story, as it does when both are in one run (``verify.figures_apart``); a state
written before figures were kept (schema 5) opens, runs as before for its stories and is marked 6; a state of a newer
schema is refused with a message that says so. Real SQLite files; the Redis twins are in ``test_state_redis.py``."""

from __future__ import annotations

import random
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from cleaner.dedup import DedupParams, collapse, sketch_text
from cleaner.dedup.signature import FIGURES_VERSION
from cleaner.dedup.verify import figures_asked
from cleaner.document import Document
from cleaner.errors import StateError
from cleaner.state import open_state
from cleaner.state.sqlite import SCHEMA_VERSION, pack_figures, unpack_figures
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus33

SEEDS = range(12)
"""Seeds of :func:`dedup_corpus33.market` (3-4 daily closes of one template each): the word rules alone join the first
two days of some of them (4 of 20 pairs when this was written)."""


def two_days(seed: int) -> tuple[str, str]:
    days = dedup_corpus33.market(random.Random(seed))
    return days[0], days[1]


def night(state: Any, doc_id: str, text: str) -> int:
    """One night of one text against ``state`` (a path or a redis:// URL), committed; the new stories it made."""
    with open_state(state) as index:
        made = len(collapse([Document(id=doc_id, text=text)], index=index).stories)
        index.save()
    return made


def nights_apart(states: Callable[[int], Any], unkept: Callable[[Any], None]) -> None:
    """Day 1 on night 1, day 2 on night 2: two stories, as in one run over both; with day 1 stored by a version that
    kept no figures (``unkept`` makes the state so), the word rules join some second days to it, as before."""
    joined_unkept = 0
    for seed in SEEDS:
        first, second = two_days(seed)
        assert len(collapse([Document(id="d1", text=first), Document(id="d2", text=second)]).stories) == 2
        kept, old = states(seed), states(100 + seed)
        assert night(kept, "d1", first) == 1 and night(kept, "d2", second) == 1
        assert night(old, "d1", first) == 1
        unkept(old)
        joined_unkept += night(old, "d2", second) == 0
    assert joined_unkept >= 1  # (what the state kept before: the test has teeth)


def as_schema_5(path: Path) -> None:
    """A state as the version before figures were kept wrote it: no figures columns, no figures_version, schema 5."""
    db = sqlite3.connect(path)
    with db:
        for table in ("story", "copy"):
            db.execute(f"ALTER TABLE {table} DROP COLUMN figures")
        db.execute("DELETE FROM meta WHERE key = 'figures_version'")
        db.execute("UPDATE meta SET value = '5' WHERE key = 'schema'")
    db.close()


def test_a_report_the_night_after_another_of_its_template_stays_its_own_story(tmp_path: Path) -> None:
    nights_apart(lambda n: tmp_path / f"s{n}.db", as_schema_5)


def test_a_state_keeps_the_figures_verification_can_ask(tmp_path: Path) -> None:
    report, _ = two_days(1)
    prose = "".join(
        f"第{n}段，清晨的公园里，市民们沿着湖边的小路慢慢散步，孩子们在草地上追逐嬉戏、放起风筝，几位老人坐在树荫下"
        "下棋聊天，卖早点的小摊前排起了长队，一派祥和安宁的景象，让人感到生活的美好与温暖。\n"
        for n in range(12)
    )
    for doc_id, text in (("r", report), ("p", prose)):
        sk = sketch_text(doc_id, text, DedupParams())
        with open_state(tmp_path / f"{doc_id}.db") as index:
            (st,) = collapse([Document(id=doc_id, text=text)], index=index).stories
            index.save()
        with open_state(tmp_path / f"{doc_id}.db") as index:
            got = index.get(st.id).figures
        assert got is not None and got.tolist() == figures_asked(sk.figures, sk.n_shingles).tolist()
        assert got.size == (sk.figures.size if doc_id == "r" else 0)  # (prose: none it could be asked)
    assert sk.figures.size >= 12  # (the prose has figures, just not enough of them per word to be asked)


def test_figures_pack_and_unpack() -> None:
    figures = np.array([3, 3, 7, 2**32 - 1] * 3, dtype=np.uint32)
    figures.sort()
    back = unpack_figures(pack_figures(figures, 10))
    assert back is not None and back.tolist() == figures.tolist()
    assert pack_figures(None, 10) is None and unpack_figures(None) is None
    assert pack_figures(figures, 1000) == b""  # (too few per word: never asked, none kept)
    assert unpack_figures(b"") is not None


def test_a_state_of_schema_5_opens_runs_as_before_and_is_marked_6(tmp_path: Path) -> None:
    first = two_days(4)[0]
    path = tmp_path / "old.db"
    night(path, "d1", first)
    as_schema_5(path)
    night(path, "x", "无关的另一篇短讯，" * 30)
    db = sqlite3.connect(path)
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert meta["schema"] == SCHEMA_VERSION == "6" and meta["figures_version"] == FIGURES_VERSION
    assert db.execute("SELECT count(*) FROM story WHERE figures IS NULL").fetchone()[0] == 1  # (the old story)
    assert db.execute("SELECT count(*) FROM story WHERE figures IS NOT NULL").fetchone()[0] == 1  # (the new one)
    with db:
        db.execute("UPDATE meta SET value = 'another-scheme' WHERE key = 'figures_version'")
    db.close()
    night(path, "y", "又一篇无关的短讯，" * 30)  # figures of another scheme: dropped, never asked
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM story WHERE figures IS NOT NULL").fetchone()[0] == 1  # (the newest)
        assert db.execute("SELECT value FROM meta WHERE key = 'figures_version'").fetchone() == (FIGURES_VERSION,)
    db.close()


def test_a_state_of_a_newer_schema_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    night(path, "d1", two_days(2)[0])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '7' WHERE key = 'schema'")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StateError, match=r"state schema 7 was written by a newer version of cleaner .* schemas 3-6"):
        night(path, "d2", two_days(2)[1])
    assert path.read_bytes() == before


def test_a_damaged_figures_blob_is_a_state_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    night(path, "d1", two_days(3)[0])
    with sqlite3.connect(path) as db:
        db.execute("UPDATE story SET figures = x'010203'")
    db.close()
    with pytest.raises(StateError, match="damaged"):
        night(path, "d2", two_days(3)[1])
