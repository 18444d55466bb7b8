"""Rewritten dedup pieces against the code they replaced (pspeed17): the same answers on varied inputs.

- ``verify._in_order_path`` (two lists instead of a list of pairs, ``bisect`` skipped where a pair extends the run)
  against the earlier version, kept here;
- ``lists.list_tokens`` by the kernel's cut (``signature.kernel_cut``) against ``tokenize`` with rjieba itself.
"""

from __future__ import annotations

import bisect
import random

import numpy as np
import pytest

from cleaner.dedup import lists, signature, tokens, verify
from cleaner.dedup.normalize import normalize
from cleaner.dedup.params import DedupParams
from cleaner.dedup.verify import Evidence


def _old_in_order_path(a: Evidence, in_b: bytes, b: Evidence, in_a: bytes) -> tuple[list[int], list[int], int]:
    places: dict[int, list[int]] = {}
    at_b = np.flatnonzero(np.frombuffer(in_a, dtype=np.uint8))
    for j, h in zip(at_b.tolist(), b.hashes[at_b].tolist(), strict=True):
        places.setdefault(h, []).append(j)
    seq: list[tuple[int, int]] = []
    shared = 0
    at_a = np.flatnonzero(np.frombuffer(in_b, dtype=np.uint8))
    for i, h in zip(at_a.tolist(), a.hashes[at_a].tolist(), strict=True):
        if h in places:
            shared += 1
            seq.extend((i, j) for j in reversed(places[h]))
    tails: list[int] = []
    at: list[int] = []
    back = [-1] * len(seq)
    for n, (_, j) in enumerate(seq):
        k = bisect.bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
            at.append(n)
        else:
            tails[k] = j
            at[k] = n
        back[n] = at[k - 1] if k else -1
    path: list[tuple[int, int]] = []
    n = at[-1] if at else -1
    while n >= 0:
        path.append(seq[n])
        n = back[n]
    path.reverse()
    return [i for i, _ in path], [j for _, j in path], shared


def _evidence(hashes: list[int]) -> Evidence:
    h = np.array(hashes, dtype=np.uint32)
    return Evidence(h, np.arange(h.size, dtype=np.uint32) * 3, True, h.size)


def _pair(rng: random.Random) -> tuple[Evidence, bytes, Evidence, bytes]:
    """Two evidences of an edited copy: a common text with deletions, insertions, moved blocks, repeated hashes."""
    alphabet = rng.choice([4, 30, 1000, 1 << 20])
    base = [rng.randrange(alphabet) for _ in range(rng.randrange(0, 120))]
    b = list(base)
    a = [h for h in base if rng.random() > rng.choice([0.0, 0.1, 0.5])]
    if a and rng.random() < 0.4:  # a block moved
        s = rng.randrange(len(a))
        e = min(len(a), s + rng.randrange(1, 20))
        block, rest = a[s:e], a[:s] + a[e:]
        at = rng.randrange(len(rest) + 1)
        a = rest[:at] + block + rest[at:]
    for _ in range(rng.randrange(0, 10)):  # insertions of their own
        side = a if rng.random() < 0.5 else b
        side.insert(rng.randrange(len(side) + 1), rng.randrange(alphabet))
    if rng.random() < 0.2:
        a.reverse()
    ea, eb = _evidence(a), _evidence(b)
    in_b = bytes(int(h in set(b)) for h in a)
    in_a = bytes(int(h in set(a)) for h in b)
    if rng.random() < 0.3:  # flags that drop some shared hashes (as a lone hit in a full evidence)
        in_b = bytes(f if rng.random() > 0.2 else 0 for f in in_b)
        in_a = bytes(f if rng.random() > 0.2 else 0 for f in in_a)
    return ea, in_b, eb, in_a


def test_in_order_path_as_before() -> None:
    rng = random.Random(17)
    for _ in range(3000):
        a, in_b, b, in_a = _pair(rng)
        assert verify._in_order_path(a, in_b, b, in_a) == _old_in_order_path(a, in_b, b, in_a)


def _texts(rng: random.Random) -> list[str]:
    words = ["中国", "北京", "新闻", "记者", "报道", "经济", "发展", "市场", "公司", "网球拍卖会", "清华大学", "γ射线"]
    words += ["T恤", "AT&T", "iphone", "c++", "a.b_c", "2017年", "12月7日", "é中文ü", "，", "。", "！", "、", " "]
    words += ["x", "Hello", "world", "١٢٣", "ภาษา", "\u3000", "\U00020000", "\uf900", "—", "(", ")", "《", "》"]
    out = []
    for _ in range(400):
        lines = ["".join(rng.choice(words) for _ in range(rng.randrange(1, 12))) for _ in range(rng.randrange(1, 12))]
        story = "这是一段很长的正文，" * rng.randrange(3, 30) + "结束了。"
        out.append(story + "\n" + "\n".join(lines))
        out.append("\n".join(lines))
    return out


def test_list_tokens_by_the_kernel_cut_as_by_rjieba(monkeypatch: pytest.MonkeyPatch) -> None:
    if signature._jieba_pieces() is None:
        pytest.skip("the kernel's cut is not checked for this rjieba / jieba dictionary")
    rng = random.Random(1717)
    texts = _texts(rng)
    used = 0
    for text in texts:
        start = lists.list_chars(text, 2)
        if start >= 0:
            norm = normalize(text[start:])
            cut = signature.kernel_cut(norm, "rjieba")
            if cut is not None:
                used += 1
                assert cut == tokens.cut_text(norm, "rjieba")
    assert used > 100
    fast = [lists.list_tokens(t, 2) for t in texts]
    monkeypatch.setattr(lists, "kernel_cut", lambda norm, tokenizer: None)  # rjieba's own cut
    assert fast == [lists.list_tokens(t, 2) for t in texts]
    assert sum(1 for n in fast if n) > 100


def test_kernel_cut_where_it_does_not_apply() -> None:
    assert signature.kernel_cut("中文 文本", "jieba") is None
    assert signature.kernel_cut("", "rjieba") is None
    assert signature.kernel_cut("中文\n文本", "rjieba") is None
    assert signature.kernel_cut("中" * (tokens.CUT_PIECE + 1), "rjieba") is None


def _full(ev: Evidence, rng: random.Random) -> Evidence:
    """``ev`` as a full (unsampled) evidence half the time: :func:`verify.similarity` aligns the two as compare does."""
    return Evidence(ev.hashes, ev.positions, False, ev.n_shingles) if rng.random() < 0.5 else ev


def test_similarity_is_the_verdicts() -> None:
    """``verify.similarity`` (cspeed19: what ``_Run.offer`` asks before a comparison) is ``compare(...).similarity``,
    bit for bit, on varied pairs, sampled and full; and ``verify._distinct``'s kept answers are the fresh ones."""
    rng = random.Random(19)
    params = DedupParams()
    for _ in range(2000):
        a, _, b, _ = _pair(rng)
        a, b = _full(a, rng), _full(b, rng)
        for x, y in ((a, b), (b, a), (a, a)):
            assert verify.similarity(x, y, params) == verify.compare(x, y, params).similarity
        assert np.array_equal(verify._distinct(a.hashes), signature.sorted_distinct(a.hashes))


def test_distinct_memory_is_bounded_and_exact() -> None:
    """``verify._distinct`` keeps its answers for at most ``_DISTINCT_KEPT`` arrays holding at most ``_DISTINCT_BYTES``
    bytes (speed27: kept for more arrays than the 1,024 of before, so bounded by size too); every answer, kept or
    fresh, is ``sorted_distinct``'s, and the byte count is what the kept arrays hold."""
    rng = np.random.default_rng(27)
    held = verify._RECENT

    def check() -> None:
        assert len(held) <= verify._DISTINCT_KEPT
        assert verify._RECENT_SIZE[0] == sum(v.nbytes + d.nbytes for v, d in held.values()) <= verify._DISTINCT_BYTES

    big = [rng.integers(0, 1 << 20, 1 << 18, dtype=np.uint64).astype(np.uint32) for _ in range(40)]  # 1 MB each
    for x in big + big[::-1]:
        assert np.array_equal(verify._distinct(x), signature.sorted_distinct(x))
        check()
    small = [rng.integers(0, 50, 8, dtype=np.uint64).astype(np.uint32) for _ in range(verify._DISTINCT_KEPT + 100)]
    for x in small:
        assert np.array_equal(verify._distinct(x), signature.sorted_distinct(x))
    check()
    assert all(np.array_equal(verify._distinct(x), signature.sorted_distinct(x)) for x in small[-50:] + big[:3])
    check()
