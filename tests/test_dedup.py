"""Near-duplicate collapse: seed 004, reruns, edge cases, templates, traditional, truncation."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import CollapseResult, DedupParams, MemoryIndex, collapse, collapse_docs
from cleaner.dedup.components import collapse_by_component
from cleaner.dedup.signature import MAX_SKETCH_CHARS
from cleaner.document import Document, Source, content_id
from cleaner.errors import StateError
from cleaner.execution.executor import LocalExecutor

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "dedup"
SIX = ["为品牌增值", "多赢", "大数据", "导航", "小程序", "用户画像"]


def doc(text: str, path: str, segment: int = 0) -> Document:
    return Document(text=text, id=content_id(text), sources=[Source(path=path, segment=segment)])


def jx(n: int) -> str:
    return (FIX / f"seed004_jingxuan{n}.txt").read_text(encoding="utf-8")


def story_paths(res: CollapseResult) -> list[set[str]]:
    return [{f"{s.path}:{s.segment}" for s in st.sources} for st in res.stories]


def test_seed_004_jingxuan_pair_is_one_story_with_all_six_words() -> None:
    one, two, three = jx(1), jx(2), jx(3)
    assert [w for w in SIX if w not in one] == ["为品牌增值", "多赢", "导航", "用户画像"]
    res = collapse([doc(one, "004.txt", 1), doc(two, "004.txt", 2), doc(three, "004.txt", 3)])
    assert len(res.stories) == 2
    story = res.stories[0]
    assert all(w in story.text for w in SIX)
    assert [(s.segment, s.doc_id) for s in story.sources] == [(2, content_id(two)), (1, content_id(one))]
    assert story.sources[0].similarity == 1.0 and 0.5 < story.sources[1].similarity <= 1.0
    assert story.id == content_id(two)
    assert res.near_duplicates == 1 and res.counts()["stories"] == 2


def test_dropped_words_are_restored_into_a_longer_canonical() -> None:
    # 精选一 plus a closing paragraph is the longest copy, but it still lacks the six words 精选二 kept.
    longer = jx(1) + "\n本文由本站编辑整理发布，欢迎读者留言讨论微信服饰行业解决方案的后续进展与落地情况。"
    res = collapse([doc(longer, "a"), doc(jx(2), "b")])
    (story,) = res.stories
    assert story.id == content_id(longer)
    assert all(w in story.text for w in SIX)
    assert story.text.endswith("落地情况。")
    assert story.meta["dedup.restored"] == "6" and res.restored == 6
    plain = collapse([doc(longer, "a"), doc(jx(2), "b")], params=DedupParams(restore=False)).stories[0]
    assert plain.text == longer


def test_rerun_and_same_file_under_two_names_add_nothing() -> None:
    docs = [doc(jx(1), "004.txt", 1), doc(jx(2), "004.txt", 2), doc(jx(3), "004.txt", 3)]
    index = MemoryIndex()
    first = collapse(docs, index=index)
    again = collapse(docs, index=index)
    assert len(first.stories) == 2
    assert again.stories == [] and again.updates == []
    assert again.already_seen == 3 and again.exact_duplicates == 3
    renamed = [doc(d.text, "copy-of-004.txt", d.sources[0].segment) for d in docs]
    third = collapse(renamed, index=index)
    assert third.stories == [] and third.attached == 3
    assert {s.path for s in index.sources(first.stories[0].id)} == {"004.txt", "copy-of-004.txt"}

    both = collapse(docs + renamed)
    assert len(both.stories) == 2 and both.exact_duplicates == 3
    assert all(len(st.sources) in (2, 4) for st in both.stories)


def test_index_refuses_other_parameters() -> None:
    index = MemoryIndex(DedupParams())
    with pytest.raises(StateError):
        collapse([doc("x", "a")], params=DedupParams(shingle=5), index=index)
    collapse([doc("x", "a")], params=DedupParams(jaccard=0.6), index=index)  # thresholds may change


def test_edge_cases_short_empty_punctuation_mixed() -> None:
    texts = ["", "   ", "。，！？……", "!!! ???", "短", "hi", "微信", jx(3)]
    res = collapse([doc(t, f"f{i}") for i, t in enumerate(texts)])
    assert sum(len(st.sources) for st in res.stories) == len(texts)  # nothing dropped
    odd = collapse([Document(text="坏\udcff字节" * 30), Document(text="a\x00b" * 40)])  # no id given: computed
    assert len(odd.stories) == 2
    # "", "   " share no content id (white space folds to ""): one story; pure punctuation is kept as text.
    assert res.documents == len(texts)
    mixed_zh = "苹果公司 Apple Inc. 今天发布了 iPhone 15 Pro，搭载 A17 芯片，售价 999 美元起。" * 3
    mixed_2 = mixed_zh.replace("，", ",").replace("。", ".").upper()
    mixed = collapse([doc(mixed_zh, "m1"), doc(mixed_2, "m2"), doc("Apple Inc. released the iPhone.", "m3")])
    assert story_paths(mixed) == [{"m1:0", "m2:0"}, {"m3:0"}]


def test_100_identical_copies_take_the_fast_path() -> None:
    res = collapse([doc(jx(2), f"copy{i}.txt") for i in range(100)])
    (story,) = res.stories
    assert len(story.sources) == 100 and res.exact_duplicates == 99 and res.candidates == 0


def test_two_texts_a_caller_gave_one_id_are_both_kept() -> None:
    """The collapse takes an id for its text; a caller's id given to two different texts must not lose one."""
    a, b = jx(2), (FIX / "seed004_jingxuan1.txt").read_text(encoding="utf-8")[::-1]
    given = [Document(text=a, id="42"), Document(text=b, id="42"), Document(text=a + "\n", id="42")]
    for res in (collapse(given), collapse_by_component(given)[0]):
        assert sorted(st.text for st in res.stories) == sorted([a, b])
        assert sorted(s.doc_id for st in res.stories for s in st.sources) == ["42", f"42~{content_id(b)}"]
        assert res.exact_duplicates == 1  # the copy differing in white space only is the first text


def test_one_text_under_two_ids_is_one_story_however_short() -> None:
    """As ``cleaner run``'s content ids make it: identical texts are exact copies, even too short to compare."""
    for text in ["点击查看原文", "正文" * 5000, jx(2)]:
        given = [Document(text=text, id="a"), Document(text=text, id="b")]
        for res in (collapse(given), collapse_by_component(given)[0]):
            assert [sorted(s.doc_id for s in st.sources) for st in res.stories] == [["a", "b"]]
            assert res.exact_duplicates == 1 and res.candidates == 0


def test_ten_megabyte_text() -> None:
    """A text of 10 MB (under :data:`MAX_SKETCH_CHARS`, the pipeline's largest page: a longer one is ``too_large``,
    ``tests/test_hostile_inputs.py``) is compared like any other."""
    rng = random.Random(1)
    paras = [jx(1), jx(2)]
    big = "\n".join(paras[rng.randrange(2)][rng.randrange(500) :] for _ in range(3000))
    assert len(big.encode("utf-8")) > 10_000_000 and len(big) <= MAX_SKETCH_CHARS
    cut = big[: len(big) // 2] + "……阅读全文"
    res = collapse([doc(big, "big"), doc(cut, "cut"), doc(jx(3), "small")])
    assert len(res.stories) >= 2
    assert {"big:0", "cut:0"} in story_paths(res)


def template(story: str, k: int) -> str:
    nav = "首页 | 新闻 | 财经 | 科技 | 体育 | 娱乐 | 汽车 | 房产 | 教育 | 旅游\n当前位置：首页 > 资讯 > 正文\n"
    hot = "\n".join(f"热门推荐{i}：{line}" for i, line in enumerate(jx(4).split("。")[:12]))
    foot = "\n".join(f"相关阅读{i}：{line}" for i, line in enumerate(jx(4).split("。")[12:24]))
    legal = "\n关于我们 | 联系我们 | 广告服务 | 网站地图 | 版权声明 | Copyright © 2003-2017 示例网 版权所有"
    return nav + hot + f"\n第{k}条\n" + story + "\n" + foot + legal


def stories() -> list[str]:
    """Three different passages (≈ 260 characters each) of one article: different texts, no shared sentence."""
    text = jx(3)
    return [text[i * 600 : i * 600 + 260] for i in range(3)]


def test_no_chaining_through_a_shared_page_template() -> None:
    pages = [doc(template(s, i), f"page{i}") for i, s in enumerate(stories())]
    bare = doc("来源：新华社\n" + stories()[1], "bare1")
    res = collapse([*pages, bare])
    assert story_paths(res) == [{"page0:0"}, {"page1:0", "bare1:0"}, {"page2:0"}]
    assert res.substitutions >= 2


def test_traditional_and_simplified_copies_merge() -> None:
    import opencc

    trad = opencc.OpenCC("s2t").convert(jx(2))
    assert trad != jx(2)
    res = collapse([doc(jx(2), "s"), doc(trad, "t")])
    assert story_paths(res) == [{"s:0", "t:0"}]


def test_truncated_excerpt_joins_its_full_story() -> None:
    full = jx(2)
    excerpt = full[: len(full) * 2 // 5] + "……阅读全文"
    res = collapse([doc(excerpt, "excerpt"), doc(jx(3), "other"), doc(full, "full")])
    assert story_paths(res) == [{"excerpt:0", "full:0"}, {"other:0"}]
    assert res.stories[0].text == full  # the most complete copy is the canonical


def test_more_complete_copy_updates_a_stored_story() -> None:
    index = MemoryIndex()
    full = jx(2)
    first = collapse([doc(full[: len(full) * 3 // 5] + "……阅读全文", "monday")], index=index)
    second = collapse([doc(full, "tuesday")], index=index)
    assert second.stories == []
    (update,) = second.updates
    assert update.id == first.stories[0].id and update.text == full
    assert [s.path for s in update.sources] == ["tuesday", "monday"]  # canonical copy first


def test_order_and_workers_do_not_change_stories() -> None:
    texts = [jx(1), jx(2), jx(3), jx(2)[:700] + "……阅读全文", jx(1).replace("，", ","), *stories()]
    docs = [doc(t, f"f{i}") for i, t in enumerate(texts)]

    def canon(res: CollapseResult) -> set[tuple[str, str, frozenset[str]]]:
        return {(st.id, st.text, frozenset(s.path for s in st.sources)) for st in res.stories}

    base = canon(collapse(docs))
    shuffled = docs[:]
    random.Random(7).shuffle(shuffled)
    assert canon(collapse(shuffled)) == base
    with LocalExecutor(2) as ex:
        assert canon(collapse(docs, executor=ex)) == base
    assert [d.id for d in collapse_docs(docs)] == [st.id for st in collapse(docs).stories]


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 3), st.integers(0, 4), st.integers(0, 400)), min_size=1, max_size=8),
    st.randoms(use_true_random=False),
)
def test_every_copy_lands_in_exactly_one_story_whatever_the_order(
    picks: list[tuple[int, int, int]], rnd: random.Random
) -> None:
    bases = [jx(1), jx(2), jx(3), jx(4)]
    texts = []
    for base, edit, cut in picks:
        t = bases[base]
        t = [t, t[cut:], t[: len(t) - cut] + "……阅读全文", t.replace("，", ","), "来源：新华社\n" + t][edit]
        texts.append(t)
    docs = [doc(t, f"f{i}") for i, t in enumerate(texts)]
    res = collapse(docs)
    paths = sorted(s.path for st_ in res.stories for s in st_.sources)
    assert paths == sorted(f"f{i}" for i in range(len(docs)))
    shuffled = docs[:]
    rnd.shuffle(shuffled)
    again = collapse(shuffled)
    assert {(s.id, s.text) for s in again.stories} == {(s.id, s.text) for s in res.stories}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.integers(0, 40), max_size=12, unique=True), max_size=40), st.integers(1, 6), st.booleans()
)
def test_pairs_by_key_are_the_earlier_texts_sharing_a_key(key_lists: list[list[int]], cap: int, spread: bool) -> None:
    """The one-sort grouping gives what a band-key dictionary gives: every earlier text sharing a key, either
    as a direct pair or through a crowded key (bucket larger than the cap). Small keys share their high bits
    (the grouping's slow path); spread over the 64 bits, like real keys, they do not (the packed sort)."""
    from cleaner.dedup.collapse import _pairs_by_key
    from cleaner.dedup.signature import Sketch, flat_keys

    if spread:
        key_lists = [[k * (1 << 57) - (1 << 62) + k for k in ks] for ks in key_lists]
    empty = np.zeros(0, dtype=np.uint32)
    sketches = [Sketch(str(i), 1, 1, tuple(ks), (), empty, empty, False) for i, ks in enumerate(key_lists)]
    pairs, crowded = _pairs_by_key(*flat_keys(sketches), cap)
    holders: dict[int, list[int]] = {}
    for i, ks in enumerate(key_lists):
        expected = sorted({h for k in ks for h in holders.get(k, [])})
        found = set(pairs[i]) | {h for k in crowded[i] for h in holders.get(k, [])}
        assert sorted(found) == expected
        assert pairs[i] == sorted(set(pairs[i]))
        assert all(p < i for p in pairs[i])
        for k in ks:
            holders.setdefault(k, []).append(i)


def test_default_index_and_a_given_index_give_the_same_stories() -> None:
    """Without an index the run pairs texts by one sort; with one it also asks the index: same result."""
    texts = [jx(1), jx(2), jx(3), jx(2)[:700] + "……阅读全文", jx(1).replace("，", ","), *stories()]
    texts += [template(s, i) for i, s in enumerate(stories())]
    docs = [doc(t, f"f{i}") for i, t in enumerate(texts)]
    plain, given_ = collapse(docs), collapse(docs, index=MemoryIndex())
    assert [s.to_json() for s in plain.stories] == [s.to_json() for s in given_.stories]
    assert plain.counts() == given_.counts()


def test_pipeline_sketches_where_it_cleans_and_collapse_uses_them(tmp_path: Path) -> None:
    """process_files returns each distinct document's sketch; collapse given them gives the same stories."""
    from cleaner.dedup import sketch_text
    from cleaner.pipeline import process_files

    texts = [jx(1), jx(2), jx(2), jx(3)]
    paths = []
    for i, t in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(t, encoding="utf-8")
        paths.append(str(tmp_path / f"{i}.txt"))
    from cleaner.dedup.signature import unpack_sketches

    per_file, pack = process_files(paths)
    sketches = unpack_sketches(pack)
    docs = [d for items in per_file for d in items if isinstance(d, Document)]
    assert len(docs) == 4 and len(sketches) == len({d.id for d in docs}) == 3
    params = DedupParams()
    for sk in sketches:
        ref = sketch_text(sk.doc_id, next(d.text for d in docs if d.id == sk.doc_id), params)
        assert (sk.keys(), sk.length) == (ref.keys(), ref.length)
        assert np.array_equal(sk.evidence, ref.evidence) and np.array_equal(sk.positions, ref.positions)
    given = collapse(docs, sketches={sk.doc_id: sk for sk in sketches})
    assert [s.to_json() for s in given.stories] == [s.to_json() for s in collapse(docs).stories]


def _words(rng: random.Random, n: int) -> str:
    return " ".join(f"w{rng.randrange(100_000)}" for _ in range(n))


def _site_page(shared: list[str], own: list[str]) -> str:
    """A raw page of one site: shared template parts with the page's own parts between them."""
    return "\n".join(part for pair in zip(shared, [*own, ""], strict=True) for part in pair if part)


def test_different_stories_in_one_template_with_differing_sidebars_stay_apart() -> None:
    """Raw pages of one site differ in the story and in several sidebars and lists: the story is not most of what
    differs, but a block of ≥ substitution_block tokens on both sides between shared text is a substitution."""
    rng = random.Random(5)
    shared = [_words(rng, 600) for _ in range(5)]
    story_a, story_b = _words(rng, 250), _words(rng, 250)
    a = _site_page(shared, [story_a, *(_words(rng, 200) for _ in range(3))])
    b = _site_page(shared, [story_b, *(_words(rng, 200) for _ in range(3))])
    res = collapse([doc(a, "a"), doc(b, "b")])
    assert story_paths(res) == [{"a:0"}, {"b:0"}] or story_paths(res) == [{"b:0"}, {"a:0"}]
    assert res.substitutions >= 1
    same = collapse([doc(a, "a"), doc(b, "b")], params=DedupParams(substitution_block=0))
    assert len(same.stories) == 1  # what the share rule alone did


def test_one_story_with_small_differing_lines_in_one_template_merges() -> None:
    """The same story in the same template, with four short lines (an ad, a counter) different on each side: no
    block is story-sized, none holds a third of what differs — one story."""
    rng = random.Random(6)
    shared = [_words(rng, 300) for _ in range(5)]
    a = _site_page(shared, [_words(rng, 25) for _ in range(4)])
    b = _site_page(shared, [_words(rng, 25) for _ in range(4)])
    res = collapse([doc(a, "a"), doc(b, "b")])
    assert len(res.stories) == 1

