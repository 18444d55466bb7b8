"""An English copy with one letter in ten to five deleted keeps few of its 4-word shingles (a word is spoiled when any
of its letters goes) and its Latin letter grams are shared by every English text, so neither the word bands nor a
letter key pairs it with its original. A word loses its *first* letter only when that one is deleted: the
word-initial band keys (:func:`cleaner.dedup.signature.latin_keys`, 6-grams of the words' first letters) pair the
two, and the character rule asks a text of long words with its own in-span share (issue 13, dedup22a)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from cleaner.dedup import DedupParams, collapse, signature
from cleaner.dedup.index import MemoryIndex
from cleaner.dedup.normalize import folded_code_points
from cleaner.dedup.signature import (
    _CHAR_KEY_SEED,
    CHAR_BANDS,
    CHAR_KEYS_VERSION,
    CHAR_ROWS,
    LATIN_BANDS,
    LATIN_BINS,
    LATIN_KEY_MIN,
    _key_permutations,
    _oph_keys,
    _permutations,
    latin_keys,
    sketch_batch,
    sketch_text,
)
from cleaner.dedup.verify import chars_deleted, sketch_evidence
from cleaner.document import Document
from cleaner.state import SQLiteIndex

P = DedupParams()
OFF = DedupParams(chars_contained=0.0)

# synthetic English-like words (made here: 2-4 syllables each, 3,000 of them; a small vocabulary repeats its letter
# grams so often that no text is a subsequence of another by them) plus a few short function words
_SYLLABLES = [c + v for c in "bcdfghjklmnprstvwz" for v in ("a", "e", "i", "o", "u", "ai", "ou", "ee")]
_RNG = random.Random(13)
_WORDS = ["".join(_RNG.choice(_SYLLABLES) for _ in range(_RNG.randint(1, 3))) + _RNG.choice(("", "s", "ed", "ing"))
          for _ in range(3000)] + "the a of to in and on for that with".split()  # fmt: skip


def _story(rng: random.Random, sentences: int) -> str:
    out: list[str] = []
    for n in range(sentences):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(8, 16))]
        out.append(" ".join(words).capitalize() + ".")
        if n % 4 == 3:
            out.append("\n")
    return " ".join(out).replace(" \n ", "\n").strip()


def _delete_letters(text: str, rate: float, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    gone = set(rng.sample(letters, int(rate * len(letters))))
    return "".join(c for i, c in enumerate(text) if i not in gone)


def _latin(text: str, p: DedupParams = P) -> set[int]:
    return set(sketch_text("t", text, p).band_keys[p.bands :].tolist())


def _word_keys(text: str) -> set[int]:
    sk = sketch_text("t", text, P)
    return set(sk.band_keys[: P.bands].tolist()) | set(sk.window_keys.tolist())


def _pairs(seed: int, n: int, rates: tuple[float, float] = (0.06, 0.12)) -> list[tuple[str, str]]:
    """(original, copy) whose word keys share nothing: 6-12 % of the copy's letters deleted (``rates``)."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    while len(out) < n:
        text = _story(rng, rng.choice((30, 45)))
        copy = _delete_letters(text, rng.uniform(*rates), rng)
        if not _word_keys(text) & _word_keys(copy):
            out.append((text, copy))
    return out


def test_an_english_copy_with_letters_deleted_shares_a_word_initial_band_and_joins() -> None:
    pairs = _pairs(1, 10)
    assert sum(bool(_latin(a) & _latin(b)) for a, b in pairs) >= 6
    joined = sum(len(collapse([Document(id="o", text=a), Document(id="c", text=b)]).stories) == 1 for a, b in pairs)
    assert joined >= 5  # (main: 0 — never compared, and refused by the in-span share of CJK grams)


def test_a_copy_with_a_fifth_of_its_letters_deleted_is_paired_by_the_word_initial_bands() -> None:
    # (one in six to five letters deleted: ≈ 0.2 Jaccard of the word-initial grams; the 48-band MinHash over the mod-8
    # sample that came before paired 14 of 20 and joined 13)
    pairs = _pairs(5, 20, (0.15, 0.2))
    keyed = sum(bool(_latin(a) & _latin(b)) for a, b in pairs)
    assert keyed >= 15
    joined = sum(len(collapse([Document(id="o", text=a), Document(id="c", text=b)]).stories) == 1 for a, b in pairs)
    assert joined >= 12


def _sets(rng: np.random.Generator, n: int, jaccard: float) -> tuple[np.ndarray, np.ndarray]:
    shared = round(2 * n * jaccard / (1 + jaccard))
    common = rng.integers(0, 1 << 32, shared, dtype=np.uint64).astype(np.uint32)
    own = rng.integers(0, 1 << 32, 2 * (n - shared), dtype=np.uint64).astype(np.uint32)
    return np.concatenate((common, own[: n - shared])), np.concatenate((own[n - shared :], common))


def test_one_permutation_bins_agree_as_often_as_the_sets_overlap(monkeypatch: pytest.MonkeyPatch) -> None:
    # one bin a key (rows 1): the share of agreeing bins estimates the Jaccard, empty bins densified or not
    monkeypatch.setattr(signature, "LATIN_ROWS", 1)
    monkeypatch.setattr(signature, "LATIN_BANDS", LATIN_BINS)
    rng = np.random.default_rng(11)
    for n, jaccard in ((400, 0.1), (400, 0.3), (40, 0.3), (LATIN_KEY_MIN, 0.5)):
        agree = []
        for _ in range(60):
            a, b = _sets(rng, n, jaccard)
            ka, kb = _oph_keys(np.concatenate((a, b)), np.repeat(np.arange(2, dtype=np.int64), n), 2)
            assert ka.size == kb.size == LATIN_BINS
            agree.append(float(np.mean(ka == kb)))
        assert abs(np.mean(agree) - jaccard) < 0.05, (n, jaccard, np.mean(agree))


def test_one_permutation_keys_of_a_set_whatever_its_order_and_repeats() -> None:
    rng = np.random.default_rng(5)
    values = rng.integers(0, 1 << 32, 50, dtype=np.uint64).astype(np.uint32)
    shuffled = np.concatenate((values[::-1], values[:7]))
    few = values[: LATIN_KEY_MIN - 1]
    doc = np.repeat(np.arange(3, dtype=np.int64), (values.size, shuffled.size, few.size))
    one, other, none = _oph_keys(np.concatenate((values, shuffled, few)), doc, 3)
    assert one.size == LATIN_BANDS and np.array_equal(one, other) and none.size == 0
    assert (one >= 0).all() and (one < 1 << 62).all() and len(set(one.tolist())) == LATIN_BANDS
    assert np.array_equal(  # (the CJK keys: 16 bands, as drawn before)
        _key_permutations(_CHAR_KEY_SEED, CHAR_BANDS, CHAR_ROWS)[0],
        _permutations(CHAR_BANDS * CHAR_ROWS, _CHAR_KEY_SEED)[0],
    )


def test_the_character_rule_asks_a_text_of_long_words_with_its_own_share() -> None:
    asked_as_cjk = asked_as_words = 0
    for a, b in _pairs(2, 6, (0.16, 0.2)):  # (a copy keeps ≈ 0.8³ ≈ 0.5 of its 4-letter grams on the path)
        ea, eb = sketch_evidence(sketch_text("a", a, P)), sketch_evidence(sketch_text("b", b, P))
        assert ea.chars is not None and eb.chars is not None
        asked_as_cjk += chars_deleted(eb.chars, ea.chars, P)
        asked_as_words += chars_deleted(eb.chars, ea.chars, P, wordy=(True, True))
    assert asked_as_cjk <= 1 and asked_as_words >= 4


def test_keys_only_for_latin_texts_and_the_same_in_a_batch() -> None:
    rng = random.Random(3)
    english = _story(rng, 30)
    assert sketch_text("e", english, P).band_keys.size == P.bands + LATIN_BANDS
    assert sketch_text("e", english, OFF).band_keys.size == P.bands  # (no character rule: no keys)
    assert sketch_text("s", "The council met on Monday.", P).band_keys.size == P.bands  # (too few words)
    chinese = "记者今天上午报道，市政府召开发布会，宣布城市交通改造工程正式启动。" * 12
    assert sketch_text("z", chinese, P).band_keys.size in (P.bands, P.bands + CHAR_BANDS)
    assert not latin_keys(*(lambda c: (c, np.zeros(1, np.int64), np.full(1, c.size, np.int64)))(
        folded_code_points(chinese)[1]))[0].size  # fmt: skip
    texts = [("a", english), ("b", chinese), ("c", _story(rng, 40)), ("d", "Short."), ("e", "")]
    for sk, (did, t) in zip(sketch_batch(texts, P), texts, strict=True):  # (a batch gives each text its own keys)
        assert np.array_equal(sk.band_keys, sketch_text(did, t, P).band_keys)


def test_different_english_stories_of_one_vocabulary_stay_apart() -> None:
    rng = random.Random(4)
    docs = [Document(id=f"s{i}", text=_story(rng, 30)) for i in range(16)]
    assert len(collapse(docs).stories) == 16


def test_a_copy_of_the_next_night_finds_its_original_through_the_state(tmp_path: Path) -> None:
    joined = 0
    found = [(a, b) for a, b in _pairs(5, 6) if _latin(a) & _latin(b)][:3]
    for n, (original, copy) in enumerate(found):
        one_run = len(collapse([Document(id="o", text=original), Document(id="c", text=copy)]).stories) == 1
        joined += one_run
        memory = MemoryIndex(P)
        collapse([Document(id="o", text=original)], index=memory)
        with SQLiteIndex(tmp_path / f"s{n}.sqlite") as index:
            collapse([Document(id="o", text=original)], index=index)
        with SQLiteIndex(tmp_path / f"s{n}.sqlite") as index:
            assert "o" in index.candidates(sorted(_latin(copy)))
            night = collapse([Document(id="c", text=copy)], index=index)
        assert (night.stories == []) == one_run
        assert (collapse([Document(id="c", text=copy)], index=memory).stories == []) == one_run
    assert joined >= 2


def test_a_state_written_without_word_initial_bands_opens_and_runs_as_before(tmp_path: Path) -> None:
    original, copy = next((a, b) for a, b in _pairs(5, 6) if _latin(a) & _latin(b))
    with SQLiteIndex(tmp_path / "old.sqlite", params=OFF) as index:  # (no such keys, as the previous version wrote)
        collapse([Document(id="o", text=original)], index=index, params=OFF)
    with SQLiteIndex(tmp_path / "old.sqlite") as index:
        assert index.candidates(sorted(_latin(copy))) == []
        night = collapse([Document(id="c", text=copy)], index=index)
    assert [st.id for st in night.stories] == ["c"]


@pytest.mark.parametrize("recorded", ["cjk2-m8-b16r3-min16-s1+lat-w6-m8-b48r2", None])
def test_a_state_indexed_by_the_former_word_initial_keys_opens_and_keeps_its_stories(
    tmp_path: Path, recorded: str | None
) -> None:
    # a nightly job keeps its history across the upgrade: a state that records the former key scheme (or, written
    # before the scheme was recorded, none) is not refused; its stories are found by every other key family, a verbatim
    # repost and an edited one join the stored story, and the state records this version's scheme from then on
    import sqlite3

    original = _pairs(5, 1)[0][0]
    with SQLiteIndex(tmp_path / "former.sqlite") as index:
        collapse([Document(id="o", text=original)], index=index)
    db = sqlite3.connect(tmp_path / "former.sqlite")
    if recorded is None:
        db.execute("DELETE FROM meta WHERE key = 'char_keys_version'")
    else:
        db.execute("UPDATE meta SET value = ? WHERE key = 'char_keys_version'", (recorded,))
    db.commit()
    db.close()
    edited = original.replace(".", ";", 2)
    with SQLiteIndex(tmp_path / "former.sqlite") as index:
        night = collapse([Document(id="again", text=original), Document(id="edited", text=edited)], index=index)
    assert night.stories == [] and night.attached == 2  # (both join the stored story: nothing new is emitted)
    db = sqlite3.connect(tmp_path / "former.sqlite")
    row = db.execute("SELECT value FROM meta WHERE key = 'char_keys_version'").fetchone()
    db.close()
    assert row == (CHAR_KEYS_VERSION,)
