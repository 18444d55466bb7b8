"""The faster dedup functions give exactly what the reference copies in tests/dedup_reference.py give (the
implementations before the speed work): on the real gold texts and on generated input."""

from __future__ import annotations

import itertools
import random
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner.dedup.signature as signature
from cleaner.dedup import DedupParams
from cleaner.dedup.index import MemoryIndex, StoryEntry
from cleaner.dedup.merge import _sentences, restore
from cleaner.dedup.signature import _batch_tokens, sketch_batch
from cleaner.dedup.verify import Evidence, compare
from tests.dedup_reference import RefBands, ref_batch_tokens, ref_compare, ref_restore, ref_sentences

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "extraction"
FIX = Path(__file__).resolve().parent.parent / "fixtures" / "dedup"
needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/data/extraction is not here")

HALF2FULL = str.maketrans({",": "，", ".": "。", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"})
FULL2HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"})


def _gold(limit: int) -> list[str]:
    files = sorted(GOLD.glob("*/gold/*.txt"))
    step = max(1, len(files) // limit)
    return [f.read_text(encoding="utf-8") for f in files[::step][:limit]]


def _copy(text: str, rng: random.Random) -> str:
    """A repost: some of word deletions, a dropped sentence, punctuation width, truncation, header and footer."""
    if rng.random() < 0.6:  # drop a few 2-4 character pieces
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(max(1, len(text) - 4))
            text = text[:at] + text[at + rng.randint(2, 4) :]
    if rng.random() < 0.3:
        sents = re.split(r"(?<=[。！？!?])", text)
        if len(sents) > 3:
            del sents[rng.randrange(1, len(sents) - 1)]
        text = "".join(sents)
    if rng.random() < 0.3:
        text = text.translate(FULL2HALF if "，" in text else HALF2FULL)
    if rng.random() < 0.2:
        text = text[: int(len(text) * rng.uniform(0.4, 0.9))] + "……阅读全文"
    if rng.random() < 0.3:
        text = "首页 > 新闻 > 正文\n2017年5月1日 来源：新华网\n" + text + "\n责任编辑：李华\n分享到：微信 微博"
    return text


def _clusters(n: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [[t] + [_copy(t, rng) for _ in range(rng.randint(1, 3))] for t in _gold(n)]


def _clear_line_cache() -> None:
    for cache in signature._line_caches.values():
        cache.clear()
    signature._line_cache_chars.clear()


def _same_tokens(texts: list[str]) -> None:
    want = ref_batch_tokens(texts, "rjieba")
    for _ in range(2):  # segmented afresh, then from the line cache
        got = _batch_tokens(texts, "rjieba")
        for g, w in zip(got, want, strict=True):
            assert isinstance(g, np.ndarray) and isinstance(w, np.ndarray)
            assert g.dtype == w.dtype and np.array_equal(g, w)


@needs_gold
def test_batch_tokens_equal_the_reference_on_real_text() -> None:
    _clear_line_cache()
    texts = [t for cluster in _clusters(160, 1) for t in cluster]
    for s in range(0, len(texts), 37):
        _same_tokens(texts[s : s + 37])


def test_batch_tokens_equal_the_reference_on_fixtures_and_edge_cases() -> None:
    texts = [f.read_text(encoding="utf-8") for f in sorted(FIX.glob("*.txt"))]
    texts += ["", "\n", "\n\n微信\n\n", "。。。", "a", "微信\n", "\n微信", "微信 发布\r\n服饰", "abc\udcff 微信 def"]
    texts += ["微信发布" * 3000, "x\n" * 500, "𠀀微信😀\n發佈"]
    _same_tokens(texts)
    for t in texts:
        _same_tokens([t])


LINES = st.lists(
    st.sampled_from(["微信", "服饰", "行业指数", "發佈", "the", "story", "2017", "，", "。", " ", "\n", "\n\n", "é"]),
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(st.lists(LINES, min_size=1, max_size=6))
def test_batch_tokens_equal_the_reference_property(texts: list[list[str]]) -> None:
    _same_tokens(["".join(t) for t in texts])


def test_line_cache_is_cleared_past_its_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(signature, "_LINE_CACHE_CHARS", 10)
    _clear_line_cache()
    texts = ["微信发布服饰行业指数\n微信发布", "行业指数发布\n微信"]
    _same_tokens(texts)
    _same_tokens(texts[::-1])
    assert sum(map(len, signature._line_caches.values())) <= 4


def _evidence(sketches: list[signature.Sketch]) -> list[Evidence]:
    return [Evidence(s.evidence, s.positions, s.sampled, s.n_shingles) for s in sketches]


@needs_gold
@pytest.mark.parametrize("params", [DedupParams(), DedupParams(full_max=10_000), DedupParams(anchor=1, substitution=8)])
def test_compare_equals_the_reference_on_real_text(params: DedupParams) -> None:
    clusters = _clusters(60, 2)
    ev = [_evidence(sketch_batch([(str(i), t) for i, t in enumerate(c)], params)) for c in clusters]
    pairs = [(a, b) for c in ev for a in c for b in c]  # copies of one story
    pairs += [(c[0], d[-1]) for c, d in itertools.pairwise(ev)]  # different stories
    pairs += [(c[-1], d[0]) for c, d in zip(ev, ev[7:], strict=False)]
    for a, b in pairs:
        assert compare(a, b, params) == ref_compare(a, b, params)


def test_compare_equals_the_reference_on_templated_pages() -> None:
    """Different stories inside one shared page template: the substitution path."""
    head = "首页 | 新闻 | 财经 | 科技 | 体育\n当前位置：首页 > 资讯 > 正文\n" + "热门推荐：今日要闻速览。" * 12
    tail = "\n相关阅读\n" + "关于我们 | 联系我们 | 广告服务 | 网站地图 | 版权声明。" * 12
    stories = [
        "微信发布服饰行业指数报告，运动服饰品牌关注度持续上升，年轻用户成为消费主力。",
        "央行宣布下调存款准备金率零点五个百分点，释放长期资金约一万亿元，支持实体经济发展。",
        "气象台发布暴雨蓝色预警，预计未来三天南方地区将有大到暴雨，局地有大暴雨。",
    ]
    for params in (DedupParams(), DedupParams(full_max=10_000), DedupParams(anchor=1, substitution=8)):
        texts = [head + s * k + tail for s in stories for k in (1, 3)] + stories
        ev = _evidence(sketch_batch([(str(i), t) for i, t in enumerate(texts)], params))
        verdicts = [compare(a, b, params) for a in ev for b in ev]
        assert verdicts == [ref_compare(a, b, params) for a in ev for b in ev]
        assert any(v.substitution for v in verdicts)


def _ev_strategy(alphabet: int) -> st.SearchStrategy[Evidence]:
    @st.composite
    def build(draw: st.DrawFn) -> Evidence:
        hashes = draw(st.lists(st.integers(0, alphabet), max_size=60))
        gaps = draw(st.lists(st.integers(1, 9), min_size=len(hashes), max_size=len(hashes)))
        positions = np.cumsum(np.array(gaps, dtype=np.int64)).astype(np.uint32) - np.uint32(1 if gaps else 0)
        sampled = draw(st.booleans())
        n = int(positions[-1]) + 4 if len(hashes) else draw(st.integers(0, 3))
        return Evidence(np.array(hashes, dtype=np.uint32) * np.uint32(8), positions, sampled, n)

    return build()


@settings(max_examples=150, deadline=None)
@given(
    _ev_strategy(40),
    _ev_strategy(40),
    st.integers(1, 4),
    st.integers(1, 30),
    st.integers(1, 3),
    st.sampled_from([1, 2, 8]),
)
def test_compare_equals_the_reference_property(
    a: Evidence, b: Evidence, k: int, span: int, anchor: int, mod: int
) -> None:
    params = DedupParams(shingle=k, substitution=span, anchor=anchor, sample_mod=mod, min_containment_shingles=10)
    assert compare(a, b, params) == ref_compare(a, b, params)
    assert compare(b, a, params) == ref_compare(b, a, params)
    assert compare(a, a, params) == ref_compare(a, a, params)


@needs_gold
def test_restore_equals_the_reference_on_real_text() -> None:
    rng = random.Random(3)
    restored = 0
    for cluster in _clusters(150, 3):
        original, copies = cluster[0], cluster[1:]
        canonical = _copy(original, rng)  # a canonical that dropped words the others kept
        for others in (copies, [original, *copies], [original]):
            got = restore(canonical, others)
            assert got == ref_restore(canonical, others)
            restored += got[1]
    assert restored > 20


SENTENCE_PIECES = st.sampled_from(
    [
        "微信",
        "发布",
        "服饰",
        "行业",
        "a",
        "b.c",
        "。",
        "！",
        "？",
        "；",
        "!",
        "?",
        ";",
        "\n",
        ".",
        ". ",
        " ",
        "\x00",
        "",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(SENTENCE_PIECES, max_size=40))
def test_sentences_equal_the_reference_property(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _sentences(text) == ref_sentences(text)
    assert "".join(_sentences(text)) == text


@needs_gold
def test_sentences_equal_the_reference_on_real_text() -> None:
    for text in _gold(400):
        assert _sentences(text) == ref_sentences(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(SENTENCE_PIECES, max_size=30), min_size=2, max_size=5),
    st.randoms(use_true_random=False),
)
def test_restore_equals_the_reference_property(texts: list[list[str]], rnd: random.Random) -> None:
    canonical, *others = ["".join(t) for t in texts]
    others.append("".join(p + ("服饰" if rnd.random() < 0.3 else "") for p in texts[0]))  # words put back
    assert restore(canonical, others) == ref_restore(canonical, others)
    assert restore(canonical, others, context=1) == ref_restore(canonical, others, context=1)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["s1", "s2", "s3", "s4", "s5"]), st.lists(st.integers(0, 30), max_size=12)),
        max_size=25,
    ),
    st.lists(st.lists(st.integers(0, 30), max_size=12), max_size=6),
)
def test_memory_index_candidates_equal_a_plain_set_index(
    ops: list[tuple[str, list[int]]], lookups: list[list[int]]
) -> None:
    idx, ref = MemoryIndex(), RefBands()
    empty = np.zeros(0, dtype=np.uint32)
    for sid, keys in ops:
        if sid in idx._stories:
            idx.add_copy(sid, sid + str(len(keys)), keys if len(keys) % 2 else tuple(keys))
        else:
            idx.add_story(StoryEntry(sid, sid, 1, 1, empty, empty, False), keys)
        ref.index(sid, keys)
        assert idx.candidates(keys) == ref.candidates(keys)
    for keys in lookups:
        assert idx.candidates(keys) == ref.candidates(keys)
        assert idx.candidates(tuple(keys)) == ref.candidates(keys)


def test_memory_index_copies_every_field_of_a_source() -> None:
    from dataclasses import fields

    from cleaner.document import Source

    src = Source(path="a", record=1, segment=2, url="u", similarity=0.5, doc_id="d", input_id="i", extra={"k": 1})
    idx = MemoryIndex()
    assert idx.add_source("s", src) and not idx.add_source("s", src)
    (got,) = idx.sources("s")
    assert got == src and got is not src
    names = ["path", "record", "segment", "url", "similarity", "doc_id", "input_id", "extra"]
    assert [f.name for f in fields(Source)] == names
