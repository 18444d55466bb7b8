"""A copy with one CJK character in ten or so deleted keeps ≈ 80 % of its character 2-grams but few of its 4-word
shingles: its word bands miss its original, so it is never compared with it. Character band keys (a MinHash over the
CJK grams, :func:`cleaner.dedup.signature.char_keys`) make the pair a candidate, in one run and across nights (issue
13). Latin text and short texts get none; ``chars_contained=0`` turns them off with the rule they feed."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from test_dedup_chars import OFF, P, _delete_chars, _story

from cleaner.dedup import DedupParams, collapse
from cleaner.dedup.index import MemoryIndex
from cleaner.dedup.signature import CHAR_BANDS, LATIN_BANDS, sketch_batch, sketch_text
from cleaner.document import Document
from cleaner.state import SQLiteIndex


def _word_keys(text: str) -> set[int]:
    sk = sketch_text("t", text, P)
    return set(sk.band_keys[: P.bands].tolist()) | set(sk.window_keys.tolist())


def _char_keys(text: str, p: DedupParams = P) -> set[int]:
    return set(sketch_text("t", text, p).band_keys[P.bands :].tolist())


def _pairs(seed: int, n: int) -> list[tuple[str, str]]:
    """(original, copy) whose word keys share nothing: 15-20 % of the copy's CJK characters deleted."""
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        text = _story(rng, rng.choice((20, 40)))
        copy = _delete_chars(text, rng.uniform(0.15, 0.2), rng)
        if not _word_keys(text) & _word_keys(copy):
            out.append((text, copy))
    return out


def test_a_copy_its_word_bands_miss_shares_a_character_band_and_joins() -> None:
    pairs = _pairs(1, 10)
    assert sum(bool(_char_keys(a) & _char_keys(b)) for a, b in pairs) >= 8
    joined = sum(len(collapse([Document(id="o", text=a), Document(id="c", text=b)]).stories) == 1 for a, b in pairs)
    assert joined >= 8  # (main: 0 — the pair was never compared)


def test_latin_short_and_switched_off_texts_get_no_character_bands() -> None:
    rng = random.Random(2)
    text = _story(rng, 30)
    sk = sketch_text("t", text, P)
    assert sk.band_keys.size == P.bands + CHAR_BANDS and (sk.band_keys >= 0).all()
    assert sketch_text("t", text, OFF).band_keys.size == P.bands  # (no rule to feed: no keys)
    english = " ".join(rng.choice(("market", "shares", "rose", "after", "report", "the", "bank")) for _ in range(600))
    assert sketch_text("e", english, P).band_keys.size == P.bands + LATIN_BANDS  # (word-initial keys, no CJK ones)
    short = "记者今天上午报道，市政府召开发布会。"
    assert sketch_text("s", short, P).band_keys.size == sketch_text("s", short, OFF).band_keys.size  # (few grams)
    texts = [("a", text), ("b", english), ("c", _story(rng, 12)), ("d", "短。")]
    for sk, (did, t) in zip(sketch_batch(texts, P), texts, strict=True):  # (a batch gives each text its own keys)
        assert np.array_equal(sk.band_keys, sketch_text(did, t, P).band_keys)


def test_different_stories_of_one_vocabulary_stay_apart() -> None:
    rng = random.Random(3)
    docs = [Document(id=f"s{i}", text=_story(rng, 30)) for i in range(12)]  # (55 words: many shared grams)
    assert len(collapse(docs).stories) == 12


def test_a_copy_of_the_next_night_finds_its_original_through_the_state(tmp_path: Path) -> None:
    joined = 0
    for n, (original, copy) in enumerate(_pairs(4, 4)):
        one_run = len(collapse([Document(id="o", text=original), Document(id="c", text=copy)]).stories) == 1
        joined += one_run
        memory = MemoryIndex(P)
        collapse([Document(id="o", text=original)], index=memory)
        with SQLiteIndex(tmp_path / f"s{n}.sqlite") as index:
            collapse([Document(id="o", text=original)], index=index)
        with SQLiteIndex(tmp_path / f"s{n}.sqlite") as index:  # (read back: the stored band rows hold the keys)
            assert index.candidates(sorted(_char_keys(copy))) == ["o"]
            night = collapse([Document(id="c", text=copy)], index=index)
        assert (night.stories == []) == one_run  # (joins the stored story exactly when one run joins them)
        assert (collapse([Document(id="c", text=copy)], index=memory).stories == []) == one_run
    assert joined >= 2


def test_a_state_written_without_character_bands_opens_and_runs_as_before(tmp_path: Path) -> None:
    original, copy = _pairs(4, 1)[0]
    with SQLiteIndex(tmp_path / "old.sqlite", params=OFF) as index:  # (as the previous version wrote it: no such keys)
        collapse([Document(id="o", text=original)], index=index, params=OFF)
    with SQLiteIndex(tmp_path / "old.sqlite") as index:
        assert index.candidates(sorted(_char_keys(copy))) == []
        night = collapse([Document(id="c", text=copy)], index=index)
    assert [st.id for st in night.stories] == ["c"]  # (its own story, as before: nothing finds the stored original)
