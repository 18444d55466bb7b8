"""cleaner/dedup/split.py: stories whose texts are one story only by the run's template lines (a portal's chrome)
are split after placement — on the raw-crawl generator's tune half (bench/dedup_raw26.py), in one run, per
component (the staged run) and with a stored index (a split is tonight's: a new story its copies move to)."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest

from cleaner.dedup import collapse
from cleaner.dedup.components import collapse_by_component
from cleaner.dedup.index import MemoryIndex
from cleaner.dedup.params import DedupParams
from cleaner.dedup.split import split_parts, template_share, without
from cleaner.document import Document
from cleaner.state.sqlite import SQLiteIndex
from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import dedup_raw26

DATA = SHARED / "data" / "extraction"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")


def _tune() -> tuple[list[Document], dict[str, str]]:
    docs = dedup_raw26.build(DATA, "raw26b-dev1")  # (the whole corpus, as the bench runs it; tune labels only)
    truth = {f"d{i}": d.story for i, d in enumerate(docs) if d.half == "tune"}
    return [Document(id=f"d{i}", text=d.text) for i, d in enumerate(docs)], truth


def _wrong(stories: list[Document], truth: dict[str, str]) -> int:
    """Stories holding tune texts of two or more true stories."""
    return sum(len({truth[str(s.doc_id)] for s in st.sources if str(s.doc_id) in truth}) > 1 for st in stories)


def _grouping(stories: list[Document]) -> list[list[str]]:
    return sorted(sorted(str(s.doc_id) for s in st.sources) for st in stories)


@needs_data
def test_a_chain_of_one_portals_pages_is_split_the_same_in_one_run_and_per_component() -> None:
    docs, truth = _tune()
    off = collapse(docs, params=DedupParams(split_share=0.0))
    assert _wrong(off.stories, truth) >= 3  # raw26b-dev1 tune: pages of one chrome with different stories chained
    res = collapse(docs)
    assert _wrong(res.stories, truth) == 0 and res.split >= 3
    assert res.counts()["stories"] == len(off.stories) + res.split
    staged, _ = collapse_by_component(docs, task_texts=8)
    assert [(s.id, s.text, _grouping([s])) for s in staged.stories] == [
        (s.id, s.text, _grouping([s])) for s in res.stories
    ]
    assert staged.split == res.split


@needs_data
def test_a_split_in_a_stored_index_is_tonights_new_story(tmp_path: Path) -> None:
    docs, _truth = _tune()
    plain = collapse(docs)
    for idx in (MemoryIndex(), SQLiteIndex(tmp_path / "state.sqlite")):
        night = collapse(docs, index=idx)
        assert _grouping(night.stories) == _grouping(plain.stories) and night.split == plain.split
        again = collapse(docs, index=idx)  # the same dump tomorrow: every text known, in the story it was split to
        assert not again.stories and again.already_seen == len(docs)
        for st in night.stories:
            for src in st.sources:
                assert idx.story_of_doc(str(src.doc_id)) == st.id
        idx.commit()


def test_only_the_story_whose_texts_differ_without_template_lines_is_split() -> None:
    chrome = [f"portal line {i} with the site's hot list entry" for i in range(12)]
    texts = {
        "a1": "\n".join([*chrome[:6], "story A first sentence here.", *chrome[6:]]),
        "a2": "\n".join([*chrome[:6], "story B other words entirely.", *chrome[6:]]),
        "b1": "\n".join([*chrome[:6], "story C, a third one.", *chrome[6:]]),
        "c1": "\n".join([*chrome[:6], "story D.", *chrome[6:]]),
    }
    assert template_share(texts["a1"], set(chrome)) > 0.8
    assert without(texts["a1"], set(chrome)) == "story A first sentence here."

    def inner(ds: list[Document]) -> list[list[str]]:  # (each bare text its own story)
        return [[d.id] for d in ds]

    members = {"a1": ["a1", "a2"], "b1": ["b1"], "c1": ["c1"]}
    near = {"a1": {"b1", "c1"}}
    got = split_parts(members, near, texts.__getitem__, stories=3, least=4, share=0.3, inner=inner)
    assert got == {"a1": [["a2"]]}
    # two stories in the group: no line is template, nothing asked
    assert not split_parts(
        {"a1": ["a1", "a2"], "b1": ["b1"]}, {"a1": {"b1"}}, texts.__getitem__, stories=3, least=4, share=0.3,
        inner=inner,
    )  # fmt: skip
    # texts that stay one story without the template lines: not split
    one = split_parts(
        members, near, texts.__getitem__, stories=3, least=4, share=0.3, inner=lambda ds: [[d.id for d in ds]]
    )
    assert not one
    assert replace(DedupParams(), split_share=0.0).split_share == 0.0


def test_a_copy_whose_chrome_rows_changed_stays_and_a_shared_footer_weighs_by_its_stories() -> None:
    """A part stays when it holds its story's paragraphs (prose lines), whatever its chrome's short rows and script
    lines (another crawl day: numbers, navigation); a prose line other stories of the group hold too (a site's
    footer) weighs its length over their number, so two stories under one footer are still split."""
    template = [f"全站导航 第{i}栏 新闻 体育 财经 娱乐 科技 汽车 房产 读书 教育 时尚" for i in range(10)]
    para = [
        "记者今日从市政府获悉，全市新建的三座公园将于下月正式向市民开放。",
        "据介绍，公园内设有儿童游乐区和健身步道，市民可免费入园。",
    ]
    news = "另一则消息：本市今年新增公交线路十二条，覆盖城区东部的新建小区和两所学校。"
    footer = "本网站所刊载信息，不代表本站观点。如转载稿涉及版权等问题，请在两周内来电或来函与本网联系，谢谢合作。"

    def rows(day: int) -> list[str]:  # (a hot list: its numbers change every day)
        return [f"热点{i}：今日头条新闻第{i * day}条 {day}月{i}日" for i in range(12)]

    def code(day: int) -> list[str]:
        return [f"var _hmt = _hmt || []; hm.src = 'https://hm.example.com/hm.js?{day * 7919}';"]

    texts = {
        "a": "\n".join([*template, *rows(3), *para, *code(3), footer]),
        "b": "\n".join([*template, *rows(5), *para, *code(5)]),  # the same page crawled another day
        "c": "\n".join([*template, *rows(3), news, *code(3), footer]),  # another story, same day, same chrome
    }
    for i in range(4):  # other stories of the group: the template, two of them the footer
        other = f"其他新闻{i}：这是一则完全不同的报道，讲述另一件事情。"
        texts[f"o{i}"] = "\n".join([*template, other, *([footer] * (i < 2))])
    near = {"a": {f"o{i}" for i in range(4)}}

    def inner(ds: list[Document]) -> list[list[str]]:  # (each bare text its own story: the inner collapse refuses)
        return [[d.id] for d in ds]

    def parts(members: dict[str, list[str]]) -> dict[str, list[list[str]]]:
        return split_parts(members, near, texts.__getitem__, stories=5, least=4, share=0.3, inner=inner)

    others = {f"o{i}": [f"o{i}"] for i in range(4)}
    assert not parts({"a": ["a", "b"], **others})  # (line for line, its rows and script differ: was split)
    assert parts({"a": ["a", "c"], **others}) == {"a": [["c"]]}  # (the footer, held by 3 stories: little weight)
