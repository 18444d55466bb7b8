"""Map step of the collapse: normalisation, rjieba = jieba tokens, datasketch-equal MinHash, parameters."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import DedupParams, Sketch, sketch_text
from cleaner.dedup.normalize import fold, fold_table, load_or_build_table, normalize
from cleaner.dedup.signature import (
    CHAR_BANDS,
    _permutations,
    band_keys,
    minhash,
    minhash_windows,
    shingle_hashes,
    sketch_batch,
)
from cleaner.dedup.tokens import tokenize

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "extraction"
FIX = Path(__file__).resolve().parent.parent / "fixtures" / "dedup"


def toks(text: str) -> list[str]:
    return tokenize(normalize(text))


def test_normalize_folds_width_case_traditional_and_punctuation() -> None:
    assert normalize("微信發佈服飾行業指數，ＡＢＣ１２３！") == "微信发布服饰行业指数 abc123"
    assert toks("微信發佈「服飾」行業指數，ＡＢＣ１２３！") == toks("微信发布“服饰”行业指数, abc123!")
    assert toks("Hello,   WORLD — it's 2017.") == ["hello", "world", "it", "s", "2017"]
    assert toks("。，！？……") == toks("") == toks(" \n\t ") == []
    assert normalize("Ｓｔｒａßｅ 乾隆 𝐀𝐁 😀 \udcff") == "straße 干隆 ab"


def test_fold_table_is_idempotent_and_keeps_lengths() -> None:
    table = fold_table()
    assert np.array_equal(table[table], table)
    text = "微信發佈「服飾」\r\nＡＢＣ\udcff😀ǅ"
    assert fold(text).size == len(text)


@pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/data/extraction is not here")
def test_rjieba_yields_jieba_tokens_on_real_chinese_text() -> None:
    files = sorted(GOLD.glob("*_zh/gold/*.txt"))
    assert len(files) > 300
    differ = []
    for f in files:
        norm = normalize(f.read_text(encoding="utf-8"))
        if tokenize(norm, "rjieba") != tokenize(norm, "jieba"):
            differ.append(f.name)
    assert differ == []


def test_mixed_text_tokens() -> None:
    assert toks("苹果公司Apple发布iPhone 15，售价999美元。") == [
        "苹果公司",
        "apple",
        "发布",
        "iphone",
        "15",
        "售价",
        "999",
        "美元",
    ]
    assert tokenize("plain english words") == ["plain", "english", "words"]
    assert tokenize("") == []


def test_minhash_is_datasketch_affine32() -> None:
    from datasketch import MinHash

    hashes = shingle_hashes(tokenize(normalize((FIX / "seed004_jingxuan2.txt").read_text(encoding="utf-8"))), 4)
    ref = MinHash(num_perm=128, seed=1, scheme="affine32", hashfunc=lambda x: x)
    ref.update_batch([int(h) for h in hashes])
    assert np.array_equal(ref.hashvalues, minhash(hashes, 128, 1))
    a, b = _permutations(64, 7)
    ref_a, ref_b = MinHash(num_perm=64, seed=7, scheme="affine32").permutations
    assert np.array_equal(ref_a, a[0]) and np.array_equal(ref_b, b[0])
    assert np.array_equal(MinHash(num_perm=128, scheme="affine32").hashvalues, minhash(hashes[:0], 128, 1))


def test_window_minhash_equals_minhash_of_the_window() -> None:
    rng = np.random.default_rng(3)
    hashes = rng.integers(0, 2**32, 1000, dtype=np.uint64).astype(np.uint32)
    full, windows = minhash_windows(hashes, 32, 1, 192)
    assert np.array_equal(full, minhash(hashes, 32, 1))
    assert windows.shape == (len(range(0, 1000, 96)) - 1, 32)
    for w in range(windows.shape[0]):
        assert np.array_equal(windows[w], minhash(hashes[w * 96 : w * 96 + 192], 32, 1))


def test_short_texts_and_band_keys() -> None:
    p = DedupParams()
    assert shingle_hashes(["one", "two"], 4).size == 1  # shorter than a shingle: one shingle
    assert shingle_hashes([], 4).size == 0
    empty = sketch_text("e", "。。。", p)
    assert empty.n_shingles == 0 and empty.keys() == () and empty.evidence.size == 0
    sk = sketch_text("x", (FIX / "seed004_jingxuan2.txt").read_text(encoding="utf-8"), p)
    assert len(sk.band_keys) == p.bands + CHAR_BANDS and all(0 <= k < 2**63 for k in sk.keys())  # (+ characters')
    assert sk.band_keys.dtype == sk.window_keys.dtype == np.int64
    assert sk.sampled and sk.evidence.size == sk.positions.size < sk.n_shingles
    assert pickle.loads(pickle.dumps(sk)).keys() == sk.keys()
    for odd in ("微信\udcff发布服饰行业指数方案", "abc\udcff def ghi jkl", "a\x00b c\x00d e f g h", "\ufeff\u200b"):
        sketch_text("odd", odd, p)  # lone surrogates, NULs, zero-width characters: never an exception
    sig = minhash(shingle_hashes(["a", "b", "c", "d", "e"], 4), p.num_perm, p.seed)
    assert band_keys(sig, 3, 2) == band_keys(sig, 5, 2)[:3]  # a window's keys equal the same bands' keys


def test_fingerprint_covers_signature_fields_only() -> None:
    base = DedupParams()
    assert base.fingerprint() == DedupParams().fingerprint()
    assert base.fingerprint() == DedupParams(jaccard=0.7, containment=0.9, restore=False).fingerprint()
    for change in (
        {"shingle": 5},
        {"num_perm": 256, "bands": 64, "rows": 4},
        {"seed": 2},
        {"sample_mod": 16},
        {"tokenizer": "jieba"},
        {"normalizer_version": "0"},
        {"window": 0},
    ):
        assert DedupParams(**change).fingerprint() != base.fingerprint(), change  # type: ignore[arg-type]
    assert "datasketch" in base.signature_fields()["minhash_version"]
    with pytest.raises(ValueError):
        DedupParams(bands=100, rows=2)


WORDS = st.sampled_from(["微信", "服饰", "行业", "指数", "发布", "the", "story", "2017", "，", "。", " ", "發佈"])


@settings(max_examples=60, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_sketch_never_fails_and_is_deterministic(words: list[str]) -> None:
    text = "".join(words)
    p = DedupParams()
    a, b = sketch_text("d", text, p), sketch_text("d", text, p)
    assert a.keys() == b.keys() and np.array_equal(a.evidence, b.evidence)
    assert a.n_shingles == shingle_hashes(tokenize(normalize(text)), p.shingle).size


def test_fold_table_is_cached_on_disk(tmp_path: Path) -> None:
    built = load_or_build_table(tmp_path / "cache")
    assert np.array_equal(built, fold_table())
    (saved,) = (tmp_path / "cache").glob("fold-*.npy")
    assert np.array_equal(load_or_build_table(tmp_path / "cache"), built)
    saved.write_bytes(b"not a table")  # a damaged cache is rebuilt
    assert np.array_equal(load_or_build_table(tmp_path / "cache"), built)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert np.array_equal(load_or_build_table(blocker / "sub"), built)  # cannot write: still a table


def test_window_minhash_of_the_first_permutations_only() -> None:
    rng = np.random.default_rng(5)
    hashes = rng.integers(0, 2**32, 777, dtype=np.uint64).astype(np.uint32)
    full, windows = minhash_windows(hashes, 64, 1, 96)
    part_full, part = minhash_windows(hashes, 64, 1, 96, window_perms=21)
    assert np.array_equal(full, part_full) and np.array_equal(windows[:, :21], part)


def _same(a: Sketch, b: Sketch) -> bool:
    return (
        (a.doc_id, a.length, a.n_shingles, a.band_keys.tolist(), a.window_keys.tolist(), a.sampled)
        == (b.doc_id, b.length, b.n_shingles, b.band_keys.tolist(), b.window_keys.tolist(), b.sampled)
        and np.array_equal(a.evidence, b.evidence)
        and np.array_equal(a.positions, b.positions)
        and a.evidence.dtype == b.evidence.dtype == a.positions.dtype == np.uint32
    )


@pytest.mark.parametrize(
    "params", [DedupParams(), DedupParams(window=0), DedupParams(minhash_mod=1, shingle=1), DedupParams(window=4000)]
)
def test_batch_sketches_equal_text_by_text(params: DedupParams) -> None:
    texts = [f.read_text(encoding="utf-8") for f in sorted(FIX.glob("*.txt"))]
    texts += ["", "。。。", "a", "a b c", "微信", "微信发布服饰", "abc\udcff def", "x " * 3000, "微信发布" * 3000]
    texts.insert(2, " ".join(f"w{i}" for i in range(9000)))  # with window=0: more samples than one block
    items = [(f"d{i}", t) for i, t in enumerate(texts)]
    for size in (1, 3, len(items)):
        got = [sk for s in range(0, len(items), size) for sk in sketch_batch(items[s : s + size], params)]
        assert len(got) == len(items)
        for (doc_id, text), sk in zip(items, got, strict=True):
            assert _same(sk, sketch_text(doc_id, text, params)), (doc_id, size)
    assert sketch_batch([], params) == []


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=60), max_size=8))
def test_batch_sketches_equal_text_by_text_property(texts: list[list[str]]) -> None:
    p = DedupParams(window=8, window_bands=4, full_max=6)
    items = [(str(i), "".join(t)) for i, t in enumerate(texts)]
    for (doc_id, text), sk in zip(items, sketch_batch(items, p), strict=True):
        assert _same(sk, sketch_text(doc_id, text, p))


def test_batch_falls_back_like_text_when_a_segmentation_does_not_cover_the_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import cleaner.dedup.signature as signature
    import cleaner.dedup.tokens as tokens

    def lossy(norm: str, tokenizer: str) -> list[str]:
        return [norm[:-1]] if "服" in norm else list(norm)

    monkeypatch.setattr(signature, "cut_text", lossy)
    monkeypatch.setattr(tokens, "cut_text", lossy)
    p = DedupParams()
    items = [("a", "微信发布服饰行业 指数 abc"), ("b", "微信 发布"), ("c", "plain words here")]
    for (doc_id, text), sk in zip(items, sketch_batch(items, p), strict=True):
        assert _same(sk, sketch_text(doc_id, text, p))


def test_packed_sketches_come_back_the_same() -> None:
    """What a worker sends back (a few flat arrays) unpacks to the sketches it packed."""
    import pickle

    from cleaner.dedup.signature import pack_sketches, unpack_sketches

    p = DedupParams()
    texts = [(FIX / f"seed004_jingxuan{i}.txt").read_text(encoding="utf-8") for i in (1, 2, 3)]
    sketches = sketch_batch([(str(i), t) for i, t in enumerate([*texts, "", "。。。", "short text"])], p)
    back = unpack_sketches(pickle.loads(pickle.dumps(pack_sketches(sketches))))
    assert len(back) == len(sketches) and all(_same(a, b) for a, b in zip(back, sketches, strict=True))
    assert unpack_sketches(pack_sketches([])) == []
    legacy = Sketch("t", 1, 1, (1, 2), (), np.zeros(0, np.uint32), np.zeros(0, np.uint32), False)
    assert legacy.band_keys.dtype == np.int64 and legacy.keys() == (1, 2)  # any sequence is kept as an array


def test_batch_of_new_lines_with_a_line_twice_equals_text_by_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch whose distinct lines are all new, some lines twice (cut in one call with their repeats), then a batch
    of seen and new lines, from an empty line memory; also with a segmentation that does not cover its text."""
    import cleaner.dedup.signature as signature
    import cleaner.dedup.tokens as tokens

    p = DedupParams()
    first = [("a", "微信发布服饰行业指数\n同一行出现两次\n第三行"), ("b", "同一行出现两次\nplain words\n另一行文字")]
    second = [("c", "第三行\n全新的一行内容"), ("d", "微信发布服饰行业指数\n全新的一行内容\n同一行出现两次")]
    for lossy in (False, True):
        monkeypatch.setattr(signature, "_line_caches", {})
        monkeypatch.setattr(signature, "_line_cache_chars", {})
        if lossy:

            def cut(norm: str, tokenizer: str) -> list[str]:
                return [norm[:-1]] if "服" in norm else list(norm)

            monkeypatch.setattr(signature, "cut_text", cut)
            monkeypatch.setattr(tokens, "cut_text", cut)
        for items in (first, second, first):
            for (doc_id, text), sk in zip(items, sketch_batch(items, p), strict=True):
                assert _same(sk, sketch_text(doc_id, text, p)), (lossy, doc_id)


@pytest.mark.parametrize("tokenizer", ["rjieba", "jieba"])
def test_a_long_text_is_segmented_in_pieces_with_the_same_tokens(
    tokenizer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A text over CUT_PIECE characters is cut a piece at a time, each ending after white space (one rjieba call
    over a 20 M-character text held gigabytes in Rust, whose allocation failure aborts the process): the tokens are
    those of one call, whatever the piece size, also where a piece has no white space."""
    import random

    from cleaner.dedup import tokens

    rng = random.Random(7)
    letters = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年 \n  abc12 é"
    for _ in range(60):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(1, 1500)))
        whole = tokens._cut(text, tokenizer)
        monkeypatch.setattr(tokens, "CUT_PIECE", rng.randint(1, 120))
        assert tokens.cut_text(text, tokenizer) == whole
