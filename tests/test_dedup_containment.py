"""Short stories inside long pages and short prefixes: anchor-pair keys find them (docs/dedup-containment.md)."""

from __future__ import annotations

import numpy as np

from cleaner.dedup import DedupParams, collapse
from cleaner.dedup.collapse import _pairs_by_key
from cleaner.dedup.normalize import normalize
from cleaner.dedup.signature import (
    ANCHOR_BIT,
    FINE_BIT,
    Sketch,
    anchor_keys,
    flat_keys,
    sketch_batch,
    sketch_text,
)
from cleaner.dedup.tokens import tokenize
from cleaner.dedup.verify import Evidence, _flags, _segments, compare
from tests.test_dedup import doc, jx, story_paths, template


def short_stories() -> list[str]:
    """Three different short passages (≈ 110 characters, 40-60 shingles) of one article."""
    text = jx(3)
    return [text[i * 600 : i * 600 + 110] for i in range(3)]


def test_a_short_story_finds_the_long_page_it_is_published_in() -> None:
    """A bare short story shares a small Jaccard similarity with its templated page (MinHash bands and windows
    never pair them); anchor-pair keys do, and the other pages of the template stay apart."""
    pages = [doc(template(s, i), f"page{i}") for i, s in enumerate(short_stories())]
    bare = doc(short_stories()[1], "bare1")
    res = collapse([*pages, bare])
    assert story_paths(res) == [{"page0:0"}, {"page1:0", "bare1:0"}, {"page2:0"}]
    off = collapse([*pages, bare], params=DedupParams(anchor_mod=0))
    assert {"bare1:0"} in story_paths(off)  # (what the anchor keys add)


def test_anchor_keys_are_marked_consistent_and_in_the_batch_sketch() -> None:
    p = DedupParams()
    text = short_stories()[0]
    one = sketch_text("a", text, p)
    anchors = one.window_keys[(one.window_keys >= ANCHOR_BIT) & (one.window_keys < ANCHOR_BIT | FINE_BIT)]
    assert anchors.size > 0 and (one.band_keys < ANCHOR_BIT).all()
    inside = sketch_text("b", template(text, 7), p)
    assert np.isin(anchors, inside.window_keys).mean() > 0.5  # the page holds the story's anchor pairs
    batch = sketch_batch([("a", text), ("b", template(text, 7))], p)
    assert np.array_equal(batch[0].window_keys, one.window_keys)
    assert np.array_equal(batch[1].window_keys, inside.window_keys)
    assert anchor_keys(np.zeros(0, dtype=np.uint32), 8).size == 0


def _short_page(story: str, k: int) -> str:
    """A page of ≈ 130 shingles of template around ``story`` (a *short* text: full evidence, fine keys)."""
    nav = "首页 | 新闻 | 财经 | 科技 | 体育 | 娱乐 | 汽车 | 房产 | 教育 | 旅游\n当前位置：首页 > 资讯 > 正文\n"
    hot = "\n".join(f"热门推荐{i}：{line}" for i, line in enumerate(jx(4).split("。")[:3]))
    foot = "\n".join(f"相关阅读{i}：{line}" for i, line in enumerate(jx(4).split("。")[3:6]))
    return nav + hot + f"\n第{k}条\n" + story + "\n" + foot


def test_fine_keys_find_the_short_page_of_a_tiny_story() -> None:
    """A tiny story (27 shingles) holds no pair of the mod-8 anchors, so no anchor-pair key: a fine key (pairs of
    the mod-4 sample, short texts only) finds its page; the template's other pages stay apart."""
    text = jx(3)
    tiny = text[600:660]
    p = DedupParams()
    sk = sketch_text("a", tiny, p)
    keys = sk.window_keys[sk.window_keys >= ANCHOR_BIT]
    assert sk.n_shingles < p.min_containment_shingles and keys.size and (keys >= ANCHOR_BIT | FINE_BIT).all()
    long_keys = sketch_text("l", text, p).window_keys  # (a long text: no fine keys)
    assert not (long_keys >= ANCHOR_BIT | FINE_BIT).any()
    pages = [doc(_short_page(tiny, 1), "p1"), doc(tiny, "bare")]
    pages += [doc(_short_page(text[900 + 70 * i : 960 + 70 * i], i + 2), f"p{i + 2}") for i in range(2)]
    assert story_paths(collapse(pages)) == [{"p1:0", "bare:0"}, {"p2:0"}, {"p3:0"}]
    assert story_paths(collapse(pages, params=DedupParams(fine_mod=0))) == [{"p1:0"}, {"bare:0"}, {"p2:0"}, {"p3:0"}]
    batch = sketch_batch([("a", tiny), ("b", pages[0].text), ("l", text)], p)
    assert np.array_equal(batch[0].window_keys, sk.window_keys)
    assert np.array_equal(batch[1].window_keys, sketch_text("b", pages[0].text, p).window_keys)
    assert np.array_equal(batch[2].window_keys, long_keys)


def test_one_fine_key_pairs_a_tiny_text_two_pair_a_short_one() -> None:
    f1, f2 = ANCHOR_BIT | FINE_BIT | 11, ANCHOR_BIT | FINE_BIT | 12
    sks = [_sk(0, [f1, f2]), _sk(1, [f1, f2]), _sk(2, [f1])]
    short = np.ones(3, dtype=bool)
    tiny = np.zeros(3, dtype=bool)
    few = np.ones(3, dtype=bool)  # (no anchor-pair keys: one would do for them, not for fine ones)
    assert _pairs_by_key(*flat_keys(sks), 32, short=short, tiny=tiny, few=few)[0] == [[], [0], []]
    tiny[2] = True
    assert _pairs_by_key(*flat_keys(sks), 32, short=short, tiny=tiny, few=few)[0] == [[], [0], [0, 1]]
    long_ = np.zeros(3, dtype=bool)
    assert _pairs_by_key(*flat_keys(sks), 32, short=long_, tiny=np.zeros(3, dtype=bool))[0] == [[], [], []]


def _sk(i: int, keys: list[int]) -> Sketch:
    empty = np.zeros(0, dtype=np.uint32)
    return Sketch(str(i), 1, 1, (), tuple(keys), empty, empty, False)


def test_anchor_pairs_need_two_shared_keys_a_short_text_and_a_small_bucket() -> None:
    a1, a2, a3 = ANCHOR_BIT + 11, ANCHOR_BIT + 12, ANCHOR_BIT + 13
    sks = [_sk(0, [a1, a2]), _sk(1, [a1, a2]), _sk(2, [a3]), _sk(3, [a3]), _sk(4, [a1, a2])]
    short = np.array([True, True, True, True, False])
    tiny = np.zeros(5, dtype=bool)
    pairs, crowded = _pairs_by_key(*flat_keys(sks), 32, short=short, tiny=tiny)
    assert pairs == [[], [0], [], [], [0, 1]]  # one shared anchor key (texts 2, 3) is not enough
    tiny[3] = True
    assert _pairs_by_key(*flat_keys(sks), 32, short=short, tiny=tiny)[0][3] == [2]  # unless one text is tiny
    long_ = np.zeros(5, dtype=bool)
    assert _pairs_by_key(*flat_keys(sks), 32, short=long_, tiny=tiny)[0] == [[], [], [], [], []]  # two long texts
    many = [_sk(i, [a1, a2, 5]) for i in range(6)]
    pairs, crowded = _pairs_by_key(*flat_keys(many), 3, short=np.ones(6, dtype=bool), tiny=np.zeros(6, dtype=bool))
    assert all(c == [5] for c in crowded[:]) and pairs == [[]] * 6  # a crowded anchor bucket finds nothing


def test_a_lone_shared_hash_between_misses_of_a_full_evidence_is_a_miss() -> None:
    x = np.array([1, 2, 9, 3, 4, 5, 7, 8, 6], dtype=np.uint32)
    shared = np.array([1, 2, 5, 7, 8], dtype=np.uint32)  # sorted distinct
    assert _flags(x, shared, sampled=True) == bytes([1, 1, 0, 0, 0, 1, 1, 1, 0])
    lone = np.array([1, 2, 4, 7], dtype=np.uint32)
    assert _flags(x, lone, sampled=False) == bytes([1, 1, 0, 0, 0, 0, 0, 0, 0])  # (a run of two stays)
    assert _flags(x, lone, sampled=True) == bytes([1, 1, 0, 0, 1, 0, 1, 0, 0])


def _rewrite(text: str, keep: int, other: str) -> str:
    """Another outlet's version of ``text``: of every four sentences the first ``keep`` kept as they are, the rest
    replaced by sentences of ``other``, in the same order."""
    theirs = other.split("。")
    return "。".join(s if i % 4 < keep else theirs[i % len(theirs)] for i, s in enumerate(text.split("。")))


def test_a_partial_rewrite_joins_when_shared_text_runs_all_along_in_one_order() -> None:
    """Half of the sentences kept (Jaccard ≈ 0.34, containment ≈ 0.5: below every other rule), shared text in many
    runs spread over both texts: one story. The same sentences in another order, or the rule off, stay apart."""
    p, off = DedupParams(), DedupParams(aligned_segments=0)
    original, rewrite = jx(3), _rewrite(jx(3), 2, jx(1))
    a, b = sketch_text("a", rewrite, p), sketch_text("b", original, p)
    ev_a = Evidence(a.evidence, a.positions, a.sampled, a.n_shingles)
    ev_b = Evidence(b.evidence, b.positions, b.sampled, b.n_shingles)
    v = compare(ev_a, ev_b, p)
    assert 0.3 < v.jaccard < 0.5 and v.contained < 0.7 and v.accepted
    assert not compare(ev_a, ev_b, off).accepted
    assert len(collapse([doc(original, "o"), doc(rewrite, "r")]).stories) == 1
    assert len(collapse([doc(original, "o"), doc(rewrite, "r")], params=off).stories) == 2
    sentences = rewrite.split("。")
    shuffled = "。".join(sentences[1::2] + sentences[::2])  # the same sentences, the order broken
    c = sketch_text("c", shuffled, p)
    assert not compare(Evidence(c.evidence, c.positions, c.sampled, c.n_shingles), ev_b, p).accepted


def test_interleaved_needs_many_shared_runs_inside_and_no_dominant_block() -> None:
    p = DedupParams()
    rewrite = bytes([1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0, 1, 1, 1, 0, 0, 1, 1])
    assert _segments(rewrite, p)
    template = bytes([1] * 6 + [0] * 10 + [1] * 6)  # head and tail shared, one block between: a template
    assert not _segments(template, p)
    one_block = bytes([1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1] + [0] * 12)  # runs inside, but one block holds most
    assert not _segments(one_block, p)
    edges_only = bytes([1] * 8 + [0, 1, 1, 0, 1, 1, 0] + [1] * 8)  # the inner runs hold too little of the shared
    assert not _segments(edges_only, p)


def test_words_of_other_letters_are_one_token_whether_or_not_cjk_is_in_the_text() -> None:
    """The segmenter cuts letters outside ASCII and CJK one by one; joined again, a Portuguese or Hindi text with a
    CJK date in its header has the same tokens (and collapses with the bare text)."""
    body = "São Paulo é a maior cidade do Brasil e uma das maiores do mundo, com milhões de habitantes. " * 3
    assert tokenize(normalize(body)) == tokenize(normalize("2017年12月7日 " + body))[6:]
    assert tokenize(normalize("Straße 中国人民 abc A股")) == ["straße", "中国", "人民", "abc", "a", "股"]
    p = DedupParams()
    bare, headed = sketch_text("a", body, p), sketch_text("b", "新闻 2017年12月7日 来源：新华网\n" + body, p)
    assert headed.n_shingles - bare.n_shingles < 12
    assert len(collapse([doc(body, "bare"), doc("新闻 2017年12月7日 来源：新华网\n" + body, "page")]).stories) == 1


def test_a_part_of_a_rewrite_joins_the_story_the_rewrite_joined() -> None:
    """The second half of another outlet's rewrite shares too little with the original (its canonical) for any
    rule, but it is nearly all inside the rewrite, a copy of the story: it joins (not with the rule off)."""
    original, rewrite = jx(3), _rewrite(jx(3), 2, jx(1))
    half = rewrite[len(rewrite) // 2 :]
    docs = [doc(original, "o"), doc(rewrite, "r"), doc(half, "h")]
    assert story_paths(collapse(docs)) == [{"o:0", "r:0", "h:0"}]
    off = collapse(docs, params=DedupParams(member_similarity=2.0))
    assert story_paths(off) == [{"o:0", "r:0"}, {"h:0"}]


def test_a_short_text_with_a_line_of_its_own_before_it_joins_its_page() -> None:
    """A short story (20-39 shingles) with an editor's line before it: below the short containment (0.8) as a
    whole; with the unshared head set aside (``edge``, as for longer texts) the rest is in the page."""
    text = jx(3)
    tiny = text[600:650]
    cand = "编辑推荐 精选三 来源：本站综合 作者：小编\n" + tiny
    p = DedupParams()

    def ev(t: str) -> Evidence:
        sk = sketch_text("x", t, p)
        return Evidence(sk.evidence, sk.positions, sk.sampled, sk.n_shingles)

    v = compare(ev(cand), ev(_short_page(tiny, 1)), p)
    assert p.short_containment_shingles <= ev(cand).n_shingles < p.min_containment_shingles
    assert v.contained < p.short_containment and v.accepted
    other = compare(ev(cand), ev(_short_page(text[900:950], 2)), p)
    assert not other.accepted


def test_a_stub_page_of_a_template_stays_apart_from_its_other_pages() -> None:
    """A page of a template whose story is a stub of a few words lies almost whole in another page of the template
    (containment ≈ 0.97); what it has of its own between the template's head and tail, opposite the other page's
    story, makes it a substitution (dedup3's one hard-negative merge, December 2026). A truncated copy that ends
    in "……阅读全文" before a short shared footer still joins its story."""
    p = DedupParams()

    def ev(text: str) -> Evidence:
        sk = sketch_text("x", text, p)
        return Evidence(sk.evidence, sk.positions, sk.sampled, sk.n_shingles)

    story = jx(3)[600:760]
    for stub in ("记者从市政府获悉", "（完）责任编辑：王明"):
        page, stub_page = ev(_short_page(story, 1)), ev(_short_page(stub, 2))  # (full evidence: ≤ 512 shingles)
        v = compare(stub_page, page, p)
        assert v.contained > 0.9 and v.substitution and not v.accepted
        assert compare(stub_page, page, DedupParams(substitution_own=0)).accepted  # (what the rule adds)
    res = collapse([doc(_short_page(story, 1), "p1"), doc(_short_page("记者从市政府获悉", 2), "p2")])
    assert story_paths(res) == [{"p1:0"}, {"p2:0"}]
    head, foot = "新浪新闻 首页 > 国内新闻 > 正文\n", "\n责任编辑：李华 SN225\n文章关键词：新闻 资讯 我要反馈 保存网页"
    text = jx(3)[:1500]
    teaser = head + text[:700] + "……阅读全文" + foot
    assert compare(ev(teaser), ev(head + text + foot), p).accepted


def test_a_stub_page_stays_apart_from_a_long_page_of_its_template_on_sampled_evidence() -> None:
    """A stub page of a template (full evidence) against a page of the template with a long story (sampled): the
    pair is compared on sampled evidence, where the stub's one line holds no hash, so the stub page reads as the
    template alone, contained in the long page (dedup3:9311, 9402 tune). Its tokens between the frame that shared
    text cannot cover make it a substitution (verify._hidden_stub); a truncated copy of the long page does not."""
    p = DedupParams()

    def ev(text: str) -> Evidence:
        sk = sketch_text("x", text, p)
        return Evidence(sk.evidence, sk.positions, sk.sampled, sk.n_shingles)

    story = jx(3)[:1500]
    page = ev(_short_page(story, 1))
    stub = ev(_short_page("这台颁奖典礼将于1月20日19时30分在北京卫视播出。", 2))
    assert page.sampled and not stub.sampled
    for v in (compare(stub, page, p), compare(page, stub, p)):
        assert v.substitution and not v.accepted
    assert compare(stub, page, DedupParams(substitution_own=0)).accepted  # (what the rule adds)
    for cut in (story[:200], story[:200] + "……", story[:700] + "……阅读全文"):
        assert compare(ev(_short_page(cut, 1)), page, p).accepted


def test_a_short_story_cut_by_a_shared_line_in_a_long_template_stays_apart() -> None:
    """Two pages of one long template (sampled evidence) whose stories share one short line (a source line, a
    "next page" link): the short story's block is cut in two by the line's one sampled hash, so neither half holds a
    third of what differs and the share rule missed it (raw xinmin.cn / nzherald pages, December 2026). Read as a
    miss, that lone hit leaves one block opposite the other page's story."""
    p = DedupParams()

    def ev(text: str) -> Evidence:
        sk = sketch_text("x", text, p)
        return Evidence(sk.evidence, sk.positions, sk.sampled, sk.n_shingles)

    text, line = jx(3), jx(2)[148:162]
    long_page = template(text[:900] + "\n" + line + "\n" + text[900:1300], 1)
    short_page = template(text[1400:1460] + "\n" + line + "\n" + text[1600:1660], 2)
    a, b = ev(short_page), ev(long_page)
    assert a.sampled and b.sampled
    in_b = _flags(a.hashes, np.unique(b.hashes))
    assert b"\x00\x01\x00" in in_b  # (the line's lone shared hash inside the short story)
    v = compare(a, b, p)
    assert v.contained >= p.containment and v.substitution and not v.accepted
    assert story_paths(collapse([doc(long_page, "p1"), doc(short_page, "p2")])) == [{"p1:0"}, {"p2:0"}]
