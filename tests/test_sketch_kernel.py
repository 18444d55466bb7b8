"""The compiled sketch kernel (``cleaner/dedup/_sketch.c``) gives the numpy path's sketches bit for bit.

Skipped when the kernel is not built (``python bench/build_sketch.py`` builds it in place)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner.dedup.signature as signature
from cleaner.dedup import DedupParams, Sketch
from cleaner.dedup.verify import increasing_path

_sketch = pytest.importorskip("cleaner.dedup._sketch")

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "fixtures"

PARAMS = [
    DedupParams(),
    DedupParams(window=0),
    DedupParams(minhash_mod=1, shingle=1),
    DedupParams(window=8, window_bands=4, full_max=6),
    DedupParams(minhash_mod=3, sample_mod=6, anchor_mod=5, fine_mod=3),  # moduli not powers of two
    DedupParams(num_perm=100, bands=30, rows=3, window=40, window_bands=7),  # permutations not a multiple of 16
    DedupParams(anchor_mod=0, fine_mod=0, full_max=0, shingle=7, window=4000),
    DedupParams(num_perm=17, bands=17, rows=1, window=2, window_bands=1, minhash_mod=1),
]


def _same(a: Sketch, b: Sketch) -> str | None:
    """The first field where two sketches differ (values, types or dtypes), else None."""
    for name in ("doc_id", "length", "n_shingles", "sampled", "n_grams"):
        x, y = getattr(a, name), getattr(b, name)
        if x != y or type(x) is not type(y):
            return name
    for name in ("band_keys", "window_keys", "evidence", "positions", "chars", "char_positions"):
        x, y = getattr(a, name), getattr(b, name)
        if x.dtype != y.dtype or x.shape != y.shape or not np.array_equal(x, y):
            return name
    return None


def _tokens(texts: list[str], tokenizer: str) -> tuple[np.ndarray, ...]:
    """:func:`signature._batch_tokens` by the kernel and by numpy: the same arrays (values and dtypes)."""
    got = signature._batch_tokens(texts, tokenizer)
    kernel, signature._kernel = signature._kernel, None
    try:
        want = signature._batch_tokens(texts, tokenizer)
    finally:
        signature._kernel = kernel
    for g, w in zip(got, want, strict=True):
        assert g.dtype == w.dtype and np.array_equal(g, w)
    return got


def _check(items: list[tuple[str, str]], params: DedupParams) -> None:
    if not items:
        return
    tokens = _tokens([t for _, t in items], params.tokenizer)
    got = signature._kernel_sketches(items, params, *tokens)
    want = signature._numpy_sketches(items, params, *tokens)
    assert len(got) == len(want) == len(items)
    for g, w in zip(got, want, strict=True):
        assert _same(g, w) is None, (g.doc_id, _same(g, w), params)


def _fixture_texts() -> list[str]:
    out = [f.read_text(encoding="utf-8") for f in sorted((FIX / "dedup").glob("*.txt"))]
    out.append((FIX / "sample_portal.txt").read_text(encoding="utf-8"))
    return out


def _odd_texts() -> list[str]:
    rng = random.Random(5)
    cjk = "".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(4000))
    words = [f"w{i}" for i in range(9000)]
    return [
        "",
        " ",
        "\n\n",
        "。。。",
        "a",
        "一",
        "a b c",
        "微信",
        "微信发布服饰",
        "abc\udcff def",  # a lone surrogate
        "國際新聞：臺灣與香港的經濟發展報導，記者們說這是歷史性的一刻。",  # Traditional
        "emoji 😀😀 🎉 party 𠮷野家 𝐀𝐁𝐂 mathematical 😀 again",  # astral code points
        "😀",
        "x " * 3000,
        "微信发布" * 3000,
        " ".join(words),
        cjk,
        "\n".join(cjk[i : i + 40] for i in range(0, len(cjk), 40)),
        "body { color: red; }\n.a{b:c;d:e}\n正文内容在这里，一段很长的新闻。\nvar a = 1;",
        "Ação de São Paulo e 2017年12月7日 Москва новости العربية हिन्दी",
    ]


@pytest.mark.parametrize("params", PARAMS)
def test_kernel_equals_numpy_on_real_and_odd_texts(params: DedupParams) -> None:
    texts = _fixture_texts() + _odd_texts()
    items = [(f"d{i}", t) for i, t in enumerate(texts)]
    for size in (1, 2, 7, len(items)):  # batch boundaries anywhere
        for s in range(0, len(items), size):
            _check(items[s : s + size], params)


def test_kernel_equals_numpy_on_a_long_text() -> None:
    rng = random.Random(9)
    vocab = ["新闻", "发布", "经济", "增长", "市场", "记者", "报道", "今天", "国家", "统计局", "apple", "数据"]
    long = "".join(rng.choice(vocab) + ("\n" if rng.random() < 0.05 else "") for _ in range(120_000))
    _check([("long", long), ("short", "新闻发布今天")], DedupParams())


def test_sketch_batch_uses_the_kernel_and_falls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    items = [(f"d{i}", t) for i, t in enumerate(_odd_texts())]
    with_kernel = signature.sketch_batch(items, DedupParams())
    monkeypatch.setattr(signature, "_kernel", None)
    monkeypatch.setattr(signature, "_char_evidence_kernel", None)
    without = signature.sketch_batch(items, DedupParams())
    assert all(_same(a, b) is None for a, b in zip(with_kernel, without, strict=True))


def test_char_evidence_kernel_is_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The kernel's character evidence (``char_evidence``: signature.char_grams and char_evidence in one loop per
    text) is the numpy path's, value for value and dtype for dtype: short texts kept whole, long ones sampled, CJK and
    other scripts, astral code points, empty texts, any batch boundary."""
    assert signature._char_evidence_kernel is not None
    texts = _fixture_texts() + _odd_texts()
    items = [(f"d{i}", t) for i, t in enumerate(texts)]
    for size in (1, 3, len(items)):
        batches = [items[s : s + size] for s in range(0, len(items), size)]
        with_kernel = [sk for b in batches for sk in signature.sketch_batch(b, DedupParams())]
        with monkeypatch.context() as m:
            m.setattr(signature, "_char_evidence_kernel", None)
            without = [sk for b in batches for sk in signature.sketch_batch(b, DedupParams())]
        assert any(sk.n_grams > signature.CHAR_FULL for sk in with_kernel)
        for a, b in zip(with_kernel, without, strict=True):
            assert _same(a, b) is None, (a.doc_id, _same(a, b))
    cps = np.array([97, 98, 32, 99, 100, 101, 102], dtype=np.uint32)
    i64 = np.int64
    with pytest.raises(ValueError):
        _sketch.char_evidence(cps, np.array([0], dtype=i64), np.array([8], dtype=i64), 128, 8, 0xFFFF0007)
    with pytest.raises(ValueError):
        _sketch.char_evidence(cps, np.array([3, 0], dtype=i64), np.array([2], dtype=i64), 128, 8, 0xFFFF0007)
    got = _sketch.char_evidence(cps, np.array([0, 3], dtype=i64), np.array([2, 7], dtype=i64), 128, 8, 0xFFFF0007)
    assert [np.frombuffer(x, dtype=i64).tolist() for x in got[2:]] == [[0, 1], [0, 1], [2, 4]]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 40), max_size=120), st.booleans())
def test_increasing_path_kernel_is_the_python_loop(seq: list[int], ordered: bool) -> None:
    """The kernel's ``increasing_path`` (verify._in_order_path's loop) picks the very path the Python loop picks: ties,
    repeats, runs mostly in order (as a copy's are), empty input."""
    seq = sorted(seq) if ordered else seq
    got = np.frombuffer(_sketch.increasing_path(np.array(seq, dtype=np.int64)), dtype=np.int64).tolist()
    assert got == increasing_path(seq)
    with pytest.raises(ValueError):
        _sketch.increasing_path(b"123")


ALPHABET = st.sampled_from(
    ["新闻", "发布", "經濟", "微信", "a", "bc", "Ação", " ", "\n", "。", "😀", "𠮷", "1", "x{y;z}", "=", "é"]
)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(ALPHABET, max_size=80).map("".join), max_size=6),
    st.sampled_from(PARAMS),
)
def test_kernel_equals_numpy_property(texts: list[str], params: DedupParams) -> None:
    _check([(str(i), t) for i, t in enumerate(texts)], params)


def _args(params: DedupParams) -> tuple[object, ...]:
    return signature.kernel_params(params)


def test_kernel_refuses_inconsistent_buffers() -> None:
    cps = np.array([97, 98, 32, 99], dtype=np.uint32)
    i64 = np.int64
    args = _args(DedupParams())
    empty = _sketch.tail(cps[:0], np.zeros(0, i64), np.zeros(0, i64), np.zeros(0, i64), *args)
    assert [len(x) for x in empty] == [0, 0, 0, 0, 0]
    none = _sketch.tail(cps[:0], np.zeros(0, i64), np.zeros(0, i64), np.zeros(3, i64), *args)
    assert np.frombuffer(none[0], dtype=np.int64).reshape(-1, 5).tolist() == [[0] * 5] * 3
    bad = [
        (cps, np.array([0, 3], i64), np.array([2, 5], i64), np.array([2], i64)),  # beyond the code points
        (cps, np.array([2], i64), np.array([1], i64), np.array([1], i64)),  # start after end
        (cps, np.array([-1], i64), np.array([1], i64), np.array([1], i64)),  # negative
        (cps, np.array([0], i64), np.array([1], i64), np.array([2], i64)),  # counts do not add up
        (cps, np.array([0], i64), np.array([1], i64), np.array([-1, 2], i64)),
        (cps, np.array([0], i64), np.array([1, 2], i64), np.array([1], i64)),  # starts and ends differ in size
        (cps.view(np.uint8)[:3], np.array([0], i64), np.array([1], i64), np.array([1], i64)),  # not whole items
    ]
    for c, s, e, n in bad:
        with pytest.raises(ValueError):
            _sketch.tail(c, s, e, n, *args)
    a, b, *rest = args
    with pytest.raises(ValueError):  # more band rows than permutations
        _sketch.tail(cps, np.zeros(0, i64), np.zeros(0, i64), np.zeros(0, i64), a[:10], b[:10], *rest)
    with pytest.raises(ValueError):
        _sketch.tail(cps, np.zeros(0, i64), np.zeros(0, i64), np.zeros(0, i64), a, b[:5], *rest)
    with pytest.raises(ValueError):  # shingle 0
        _sketch.tail(cps, np.zeros(0, i64), np.zeros(0, i64), np.zeros(0, i64), a, b, 0, *rest[1:])


def test_kernel_bounds_leave_empty_tokens_to_numpy_and_refuse_inconsistent_buffers() -> None:
    cps = np.array([0x5FAE, 0x4FE1, 32, 97], dtype=np.uint32)  # 微信 a
    i64 = np.int64
    first, lens, seg = np.array([0], i64), np.array([4], i64), np.array([1], np.uint8)
    got = _sketch.bounds(cps, first, lens, seg, np.array([2, 1, 1], i64), np.array([3], i64))
    assert got is not None and [np.frombuffer(x, dtype=i64).tolist() for x in got] == [[0, 3], [2, 4], [2]]
    assert _sketch.bounds(cps, first, lens, seg, np.array([2, 0, 1, 1], i64), np.array([4], i64)) is None
    bad = [
        (first, lens, seg, np.array([2, 1], i64), np.array([2], i64)),  # does not cover the text
        (first, lens, seg, np.array([2, 1, 1], i64), np.array([2], i64)),  # counts do not add up
        (first, lens, seg, np.array([5, -1], i64), np.array([2], i64)),  # a token beyond its text
        (first, np.array([5], i64), seg, np.array([5], i64), np.array([1], i64)),  # a text beyond the code points
        (first, lens, np.array([1, 0], np.uint8), np.array([4], i64), np.array([1], i64)),  # flags of other texts
    ]
    for f, n, s, t, p in bad:
        with pytest.raises(ValueError):
            _sketch.bounds(cps, f, n, s, t, p)
    assert np.frombuffer(_sketch.lengths(["ab", "", "😀"]), dtype=i64).tolist() == [2, 0, 1]
    with pytest.raises(TypeError):
        _sketch.lengths([1])


def test_kernel_code_lines_blank_what_numpy_blanks(monkeypatch: pytest.MonkeyPatch) -> None:
    """normalize.blank_code with the kernel's line counts and with numpy's: the same folded code points, on raw HTML
    (stylesheets and scripts left in) and on odd texts, text by text and joined as a batch."""
    from cleaner.dedup import normalize

    html = [f.read_text(encoding="utf-8", errors="replace") for f in sorted((FIX / "html").rglob("*.htm*"))]
    blocks = [
        "p {\n  color: red\n}\nprose",
        "f() {\n if (a) {\n  b\n }\n}",
        "a {\n\u3000}\n",  # (a line of white space beyond ASCII: not ASCII, forgets the open block)
        "x {\u3000\n y\n}\x1c",  # (str.strip's white space)
        "} else {\n z\n}",
        "{\n" + "a\n" * 120 + "}",  # (longer than a block)
        "{\n中文\n}",
        "  {  \n\t}\t",
    ]
    texts = [*html, *_odd_texts(), *blocks, "a{b;c}", "{\n}", "x=1;y=2;\n\n;;", "{" * 50, "a\n" * 10 + "}{;", "<>"]
    assert any("{" in t for t in html)
    batch = "\n".join(texts)
    starts = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]]).tolist()
    cases: list[tuple[str, list[int] | None]] = [(t, None) for t in texts] + [(batch, starts)]
    for text, firsts in cases:
        raw = normalize.code_points(text)
        got = normalize.fold_code_points(raw)
        normalize.blank_code(raw, got, text, firsts)
        monkeypatch.setattr(normalize, "_code_lines", None)
        monkeypatch.setattr(normalize, "_code_blocks", None)
        want = normalize.fold_code_points(raw)
        normalize.blank_code(raw, want, text, firsts)
        monkeypatch.undo()
        assert np.array_equal(got, want)
    assert normalize._code_line_stats(np.zeros(0, dtype=np.uint32)) is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(["{", "}", " ", "\n", "a", "中", "\u3000", ";", "\t", "\x1c"]), max_size=60).map("".join)
)
def test_kernel_code_blocks_are_normalize_code_blocks(text: str) -> None:
    from cleaner.dedup import normalize

    raw = normalize.code_points(text)
    i64 = np.int64
    got = np.frombuffer(_sketch.code_blocks(raw, np.array([0], i64), np.array([raw.size], i64), 3), dtype=i64)
    monkey = normalize._BLOCK_LINES
    try:
        normalize._BLOCK_LINES = 3  # (short blocks, so that hypothesis finds the limit)
        want = normalize.code_blocks(text) if "{" in text else []
    finally:
        normalize._BLOCK_LINES = monkey
    assert got.reshape(-1, 2).tolist() == [list(p) for p in want]


def test_kernel_split_cut_reads_one_call_as_numpy_does() -> None:
    """split_cut: each line's token lengths and its line break, as signature._segment_lines reads them; None where a
    line break is not a token of its own (the caller then cuts line by line)."""
    lines = ["微信发布", "", "ab c"]
    whole = "\n".join(lines) + "\n"

    def lens(got: tuple[list[bytes], bool] | None) -> tuple[list[list[int]], bool] | None:
        return None if got is None else ([np.frombuffer(b, dtype=np.int64).tolist() for b in got[0]], got[1])

    good = ["微信", "发布", "\n", "\n", "ab", " ", "c", "\n"]
    assert "".join(good) == whole
    assert lens(_sketch.split_cut(good, lines)) == ([[2, 2, 1], [1], [2, 1, 1, 1]], True)
    found, covers, _ = signature._segment_lines(lines, "rjieba")
    assert lens(_sketch.split_cut(signature.cut_text(whole, "rjieba"), lines)) == ([f.tolist() for f in found], covers)
    assert _sketch.split_cut(["微信发", "布\n", "\n", "ab c\n"], lines) is None  # a token across a line break
    assert _sketch.split_cut(["微信发布", "", "\n", "\n", "ab c", "\n"], lines) is None  # an empty token before it
    assert lens(_sketch.split_cut([*good, "x"], lines)) == ([[2, 2, 1], [1], [2, 1, 1, 1]], False)  # one too many
    assert _sketch.split_cut(good[:-1], lines) is None  # the last line break missing
    assert lens(_sketch.split_cut([], [])) == ([], True)
    nlines = np.array([2, 1], dtype=np.int64)
    cache = {"a": np.array([1, 1], np.int64).tobytes(), "b c": np.array([1, 1, 1, 1], np.int64).tobytes()}
    tl, per = _sketch.gather(["a", "b c", "a"], cache, {}, nlines)
    assert np.frombuffer(tl, np.int64).tolist() == [1, 1, 1, 1, 1, 1] and np.frombuffer(per, np.int64).tolist() == [
        5,
        1,
    ]
    with pytest.raises(KeyError):
        _sketch.gather(["a", "zz", "a"], cache, {}, nlines)
    with pytest.raises(ValueError):
        _sketch.gather(["a", "b c"], cache, {}, nlines)  # counts do not add up


def test_line_keys_kernel_is_numpy_path() -> None:
    """siterepeat's line keys by the kernel (str read in place, lower case by a table) are the numpy path's, on
    every code point (BMP by the table, İ, astral characters by Python's tables, Σ left to the numpy path), with
    digits, white space and upper-case neighbours around it, and on the fixtures."""
    from cleaner.text import siterepeat

    assert siterepeat._kernel is not None
    every = [chr(c) for c in range(0x110000) if c != 10 and not 0xD800 <= c < 0xE000]
    texts = [
        "\n".join(f"x{c}1 {c.upper()}{c}2\u30003" for c in every[lo : lo + 2000]) for lo in range(0, len(every), 2000)
    ]
    texts += ["", "\n", "a\n\nb", "\ud800x\udfff 12  34", "İİ1\n1İ2", "ΣΑΣ σας", "１２ ３\t٤\xa0abc", "abc" * 30000]
    texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(FIX.rglob("*.txt"))[:50]]
    rng = random.Random(7)
    pool = [*"aZ09 \t\u3000\xa0\r\x1c\x85\u2028İΣς٣中文😀\U00010400"]
    pool += [chr(rng.randrange(0x20, 0xFFFF)) for _ in range(500)]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 80))) for _ in range(500)]
    texts = [t.replace("\ud800", "") if rng.random() < 0.5 else t for t in texts]
    got = siterepeat.line_keys_batch(texts)
    assert got == siterepeat._numpy_keys(texts)
    assert [len(k) // 8 for k in got] == [t.count("\n") + 1 for t in texts]


def test_verify_kernel_is_numpy() -> None:
    """verify's kernel functions (sorted distinct values, members of a sorted distinct array, values two such arrays
    share) give what numpy gives: empty arrays, repeats, all of a few values, full 32-bit values, strided input."""
    from cleaner.dedup import verify

    distinct32, members32, common32 = verify._KERNEL
    assert distinct32 is not None and members32 is not None and common32 is not None
    rng = np.random.default_rng(3)
    for trial in range(2000):
        n, m = int(rng.integers(0, 300)), int(rng.integers(0, 300))
        top = int(rng.choice([2, 50, 1 << 16, 1 << 32]))
        a = rng.integers(0, top, n, dtype=np.uint64).astype(np.uint32)
        b = rng.integers(0, top, m, dtype=np.uint64).astype(np.uint32)
        if trial % 5 == 0:
            a = a[::2]
        ua, ub = verify._distinct(a), verify._distinct(b)
        assert ua.dtype == np.uint32 and np.array_equal(ua, signature.sorted_distinct(a))
        assert np.array_equal(np.frombuffer(distinct32(np.ascontiguousarray(b)), dtype=np.uint32), np.unique(b))
        assert common32(ua, ub) == np.intersect1d(ua, ub).size
        assert members32(np.ascontiguousarray(a), ub) == verify._members(a, ub).view(np.uint8).tobytes()
        assert verify._flags(a, ub, True) == verify._members(a, ub).view(np.uint8).tobytes()


def _flag_strings(rng: np.random.Generator, n: int) -> bytes:
    """Flags of 0 and 1 as verify makes them: runs of hits and of misses, lone hits, all of one kind."""
    kind = int(rng.integers(0, 4))
    if kind == 0:
        return bytes(rng.integers(0, 2, n, dtype=np.uint8))
    if kind == 1:
        return bytes([int(kind == 1 and rng.random() < 0.5)]) * n
    out = bytearray()
    while len(out) < n:
        out += bytes([int(rng.random() < 0.6)]) * int(rng.integers(1, 9))
    return bytes(out[:n])


def test_verify_path_kernels_are_numpy() -> None:
    """The kernel's in-order path (pairs, path and shared count of verify._in_order_path in one call), its running
    off-path counts, its grams of common words, its runs of misses and its lone hits cleared (``members32``'s third
    argument) are what their numpy and Python twins in verify give: repeated hashes matched at every place, no shared
    hash, empty arrays, all flags set or none, full 32-bit values."""
    from cleaner.dedup import verify

    k = _sketch
    rng = np.random.default_rng(21)
    for trial in range(3000):
        n, m = int(rng.integers(0, 200)), int(rng.integers(0, 200))
        top = int(rng.choice([3, 40, 1 << 16, 1 << 32]))
        a = rng.integers(0, top, n, dtype=np.uint64).astype(np.uint32)
        b = rng.integers(0, top, m, dtype=np.uint64).astype(np.uint32)
        if trial % 4 == 0 and n and m:  # (a copy: b's hashes in a's order, some deleted, some moved)
            b = a[rng.random(n) < 0.8]
            if b.size > 4 and trial % 8 == 0:
                b = np.concatenate((b[b.size // 2 :], b[: b.size // 2]))
        ua, ub = verify._distinct(a), verify._distinct(b)
        in_b = verify._members(a, ub).view(np.uint8).tobytes()
        in_a = verify._members(b, ua).view(np.uint8).tobytes()
        if trial % 3 == 0:  # (flags with places cleared: not every shared hash flagged)
            in_b = bytes(x & y for x, y in zip(in_b, _flag_strings(rng, len(in_b)), strict=True))
        want = verify.in_order_path(a, in_b, b, in_a)
        assert k.in_order_path(a, in_b, b, in_a) == want
        assert k.off_path(in_b, want[0]) == verify.off_path(in_b, want[0])
        assert k.off_path(in_a, []) == verify.off_path(in_a, [])
        xa, xb, on_b, on_a = k.common_places(a, b, in_b, in_a, 3)
        wa, wb, won_b, won_a = verify.common_grams(a, b, in_b, in_a)
        assert (xa, xb, on_b, on_a) == (wa.view(np.uint8).tobytes(), wb.view(np.uint8).tobytes(), won_b, won_a)
        flags = _flag_strings(rng, n)
        assert k.miss_runs(flags) == verify.miss_runs(flags)
        assert k.members32(a, ub, True) == verify._LONE_HIT.sub(b"\x00", k.members32(a, ub))
        assert k.members32(a, ub, False) == k.members32(a, ub)
    for bad in ((b"123", b"", b"", b""), (np.zeros(2, np.uint32), b"\x01", b"", b"")):
        with pytest.raises(ValueError):
            k.in_order_path(*bad)
    with pytest.raises(IndexError):
        k.off_path(b"\x01\x00", [2])
    assert k.off_path(b"\x01\x01\x00\x01", [-1]) == [0, 1, 2, 2, 2]


def test_common_places_on_long_and_sampled_arrays() -> None:
    """The kernel's grams of common words (a set of the repeated values, probed per value: speed27) are the numpy
    twin's on arrays of a long text's size (thousands of values, hundreds repeated), on sampled-like values (multiples
    of a power of two: equal low bits), with 0 among the repeated values or not, and with nothing repeated."""
    from cleaner.dedup import verify

    k = _sketch
    rng = np.random.default_rng(27)
    for trial in range(60):
        n, m = int(rng.integers(0, 6000)), int(rng.integers(0, 6000))
        top = int(rng.choice([50, 2000, 1 << 20, 1 << 32]))
        step = int(rng.choice([1, 8, 1 << 12]))
        a = (rng.integers(0, top, n, dtype=np.uint64) * step).astype(np.uint32)
        b = (rng.integers(0, top, m, dtype=np.uint64) * step).astype(np.uint32)
        if trial % 3 == 0 and n:
            b = np.concatenate((a[rng.random(n) < 0.7], b[: m // 4]))
        if trial % 5 == 0 and a.size:
            a[: min(4, a.size)] = 0
        in_b = bytes(rng.integers(0, 2, a.size, dtype=np.uint8))
        in_a = bytes(rng.integers(0, 2, b.size, dtype=np.uint8))
        for x, y, fx, fy in ((a, b, in_b, in_a), (b, a, in_a, in_b)):
            got = k.common_places(x, y, fx, fy, 3)
            wa, wb, won_b, won_a = verify.common_grams(x, y, fx, fy)
            assert got == (wa.view(np.uint8).tobytes(), wb.view(np.uint8).tobytes(), won_b, won_a)


def test_char_keys_kernel_is_numpy() -> None:
    """The character band keys made in the kernel's character loop are ``signature.char_keys`` of the numpy path's
    grams: texts below and above the keys' floor, long texts sampled, other scripts, a batch of many texts."""
    texts = _fixture_texts() + _odd_texts()
    pool = "新闻发布经济微信中国人民的一是了在"
    texts += ["".join(random.Random(i).choice(pool) for _ in range(i * 37)) for i in range(12)]
    lens = np.array([len(t) for t in texts], dtype=np.int64)
    first = np.concatenate(([0], np.cumsum(lens + 1)[:-1])).astype(np.int64)
    from cleaner.dedup.normalize import folded_code_points

    _, cps = folded_code_points("\n".join(texts))
    cps = np.ascontiguousarray(cps, dtype=np.uint32)
    got = signature._batch_char_evidence(cps, first, first + lens, True)
    h, pos, grams, _, cjk = signature._char_grams(cps, first, first + lens)
    ch, cpos, kept = signature.char_evidence(h, pos, grams)
    assert np.array_equal(got[0], ch) and np.array_equal(got[1], cpos) and np.array_equal(got[2], kept)
    assert sum(x.size > 0 for x in signature.char_keys(h, cjk, grams)) > 5
    want = _with_numpy_keys(cps, first, first + lens)  # (the fixtures' English texts get word-initial keys after them)
    assert all(x.dtype == y.dtype and np.array_equal(x, y) for x, y in zip(got[4], want, strict=True))


def _latin_texts() -> list[str]:
    """Pseudo-English texts (words of a random alphabet), some with Chinese, digit or capitalised words mixed in near
    the 2/3 line, astral code points, and texts of a few words, for the word-initial keys."""
    rng = random.Random(23)
    vocab = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randrange(1, 9))) for _ in range(900)]
    other = ["新闻", "经济", "123", "Ünïcode", "😀x", "𠮷野家", "Zeta", "ß", "-", "é"]
    out = []
    for i in range(40):
        n = rng.choice([0, 1, 5, 6, 7, 30, 140, 400, 1500])
        share = rng.choice([0.0, 0.2, 0.33, 0.34, 0.5])
        words = [rng.choice(other) if rng.random() < share else rng.choice(vocab) for _ in range(n)]
        sep = rng.choice([" ", "  ", "\n", " , "])
        out.append(sep.join(words) if i % 7 else " " + sep.join(words) + " ")
    return out


def _with_numpy_keys(cps: np.ndarray, first: np.ndarray, last: np.ndarray) -> list[np.ndarray]:
    """The numpy path's character keys then word-initial keys of each text (what the kernel's loop must give)."""
    h, _, grams, _, cjk = signature._char_grams(cps, first, last)
    return [
        np.concatenate((c, w)) if w.size else c
        for c, w in zip(signature.char_keys(h, cjk, grams), signature.latin_keys(cps, first, last), strict=True)
    ]


def test_latin_keys_kernel_is_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    """The word-initial band keys made in the kernel's character loop are ``signature.latin_keys`` (after
    ``char_keys``) of the numpy path: Latin, Chinese and mixed texts on both sides of the 2/3 line, astral code
    points, empty and few-word texts; texts joined by a line break, adjacent, with gaps, and raw (unfolded) code points
    whose capitals are no Latin word starts; and the pure-Python fallback gives the same."""
    from cleaner.dedup.normalize import folded_code_points

    texts = _latin_texts() + _odd_texts()[:13] + _fixture_texts()
    lens = np.array([len(t) for t in texts], dtype=np.int64)
    first = np.concatenate(([0], np.cumsum(lens + 1)[:-1])).astype(np.int64)
    _, cps = folded_code_points("\n".join(texts))
    raw = np.frombuffer("\n".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    rng = random.Random(7)
    cuts = np.array(sorted(rng.sample(range(raw.size), 60)), dtype=np.int64)
    cases = [
        (np.ascontiguousarray(cps, dtype=np.uint32), first, first + lens),
        (raw, first, first + lens),
        (raw, np.concatenate(([0], cuts)), np.concatenate((cuts, [raw.size]))),  # adjacent texts
        (raw, cuts[::2], cuts[1::2]),  # gaps between texts
    ]
    for case, (c, f, e) in enumerate(cases):
        got = signature._batch_char_evidence(c, f, e, True)[4]
        one = np.zeros(1, np.int64)
        want = [_with_numpy_keys(c[a:b], one, np.full(1, b - a, np.int64))[0] for a, b in zip(f, e, strict=True)]
        assert sum(x.size == signature.LATIN_BANDS for x in want) > 3
        assert all(x.dtype == y.dtype and np.array_equal(x, y) for x, y in zip(got, want, strict=True)), case
        if case == 0:  # (texts as sketch_batch joins them: numpy's batch path, and the pure-Python fallback)
            assert all(np.array_equal(x, y) for x, y in zip(_with_numpy_keys(c, f, e), want, strict=True))
            with monkeypatch.context() as m:
                m.setattr(signature, "_char_evidence_kernel", None)
                pure = signature._batch_char_evidence(c, f, e, True)[4]
            assert all(x.dtype == y.dtype and np.array_equal(x, y) for x, y in zip(pure, want, strict=True))
    empty = np.zeros(0, dtype=np.uint32)
    zero = np.zeros(1, dtype=np.int64)
    assert signature._batch_char_evidence(empty, zero, zero, True)[4][0].size == 0
