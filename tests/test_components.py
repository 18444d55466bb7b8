"""The collapse per connected component (cleaner.dedup.components) gives exactly the in-memory collapse: same stories,
same order, same counts — on real texts, templated pages, stories with more copies than a paired bucket holds, a
chaining template; in process and on a pool; and through ``cleaner run`` on real files (same bytes)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import collapse
from cleaner.dedup.collapse import CollapseResult
from cleaner.dedup.components import collapse_by_component, component_labels
from cleaner.document import Document
from cleaner.execution.executor import LocalExecutor
from cleaner.execution.partition import components
from tests.test_dedup import doc, jx, stories, template

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "dedup"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.integers(0, 30), max_size=5), min_size=1, max_size=30))
def test_component_labels_are_the_union_find_components(key_lists: list[list[int]]) -> None:
    flat = np.array([k for ks in key_lists for k in ks], dtype=np.int64)
    counts = np.array([len(ks) for ks in key_lists], dtype=np.int64)
    got = component_labels(flat, counts).tolist()
    names = [f"{i:03d}" for i in range(len(key_lists))]
    holders: dict[int, list[str]] = {}
    for name, ks in zip(names, key_lists, strict=True):
        for k in ks:
            holders.setdefault(k, []).append(name)
    pairs = [(h[0], o) for h in holders.values() for o in h[1:]]
    want = components(names, pairs)
    assert got == [int(want[n]) for n in names]


def _same(docs: list[Document], task_texts: int, workers: int = 1) -> tuple[CollapseResult, int]:
    want = collapse(docs)
    if workers == 1:
        got, grouping = collapse_by_component(docs, task_texts=task_texts)
    else:
        with LocalExecutor(workers) as ex:
            got, grouping = collapse_by_component(docs, executor=ex, task_texts=task_texts)
    assert [s.to_json() for s in got.stories] == [s.to_json() for s in want.stories]
    assert got.counts() == want.counts()
    return got, grouping.largest


def _reposts(text: str, n: int, rng: random.Random) -> list[str]:
    out = []
    for _ in range(n):
        t = text
        for _ in range(rng.randint(0, 4)):
            at = rng.randrange(max(1, len(t) - 4))
            t = t[:at] + t[at + rng.randint(2, 4) :]
        if rng.random() < 0.3:
            t = t[: int(len(t) * rng.uniform(0.5, 0.9))] + "……阅读全文"
        if rng.random() < 0.3:
            t = "首页 > 新闻 > 正文\n来源：新华网\n" + t + "\n责任编辑：李华"
        out.append(t)
    return out


def _corpus(seed: int) -> list[Document]:
    """The four fixture stories and passages of them, reposted (one story more than 32 times: only large buckets
    pair its copies), templated pages, exact copies, shuffled."""
    rng = random.Random(seed)
    bases = [jx(n) for n in (1, 2, 3, 4)] + [jx(3)[i * 500 : i * 500 + 400] for i in range(4)]
    texts = [*bases, *_reposts(bases[0], 40, rng)]
    for b in bases[1:]:
        texts += _reposts(b, rng.randint(0, 5), rng)
    texts += [template(s, i) for i, s in enumerate(stories())] + ["来源：新华社\n" + stories()[1]]
    texts += [texts[rng.randrange(len(texts))] for _ in range(6)]
    rng.shuffle(texts)
    return [doc(t, f"f{i}") for i, t in enumerate(texts)]


@pytest.mark.parametrize("task_texts", [1, 7, 10_000])
def test_per_component_collapse_equals_the_in_memory_collapse(task_texts: int) -> None:
    got, largest = _same(_corpus(3), task_texts)
    assert got.moved + got.near_duplicates > 0 and largest > 32


def test_per_component_collapse_on_a_pool_equals_the_in_memory_collapse() -> None:
    _same(_corpus(5), task_texts=5, workers=2)


def test_a_shared_template_is_one_component_and_its_stories_stay_apart() -> None:
    pages = [doc(template(s, i), f"page{i}") for i, s in enumerate(stories())]
    bare = doc("来源：新华社\n" + stories()[1], "bare1")
    got, largest = _same([*pages, bare], task_texts=1)
    assert len(got.stories) == 3 and largest == 4


def test_fixture_pair_and_edge_cases() -> None:
    texts = [(FIX / f"seed004_jingxuan{n}.txt").read_text(encoding="utf-8") for n in (1, 2, 3, 4)]
    docs = [doc(t, f"x{i}") for i, t in enumerate([*texts, "", "。。。", "a", texts[0], "Hello world " * 40])]
    _same(docs, task_texts=1)


def test_the_steps_after_placement_run_per_component_too() -> None:
    """A framed page whose story is an article's lead (:meth:`_Run.unframe`) and a listed copy that started a story
    (:meth:`_Run.rehome`): both join per component as in memory. Before, the per-component collapse skipped
    ``unframe`` (``make bench-dedup``'s dedup corpus: 1,097 stories against 1,095), so a ``-j 2`` run of enough
    documents wrote other stories than ``-j 1``."""
    from tests.test_dedup_template import _site, _text, _words

    rng = random.Random(0)
    article = [_words(rng, 6), _words(rng, 25)] + [_words(rng, 60) for _ in range(8)]
    texts = _site(rng, [article[:2], [_words(rng, 6), _words(rng, 25)], [_words(rng, 6), _words(rng, 25)]])
    texts["article"] = _text(article)
    got, _ = _same([Document(id=k, text=t) for k, t in texts.items()], task_texts=1)
    assert len(got.stories) == 3

    from tests.dedup_texts import story
    from tests.test_dedup_rehome import _delete_words, _headlines

    rng = random.Random(24)
    docs = []
    for i in range(4):
        text = story(rng, 16)
        paras = text.split("\n")
        listed = text + "\nRelated stories\n" + _headlines(rng, 14)
        other = _delete_words(text, 0.2, rng) + "\nMore news\n" + _headlines(rng, 8)
        docs += [doc(t, f"s{i}.{j}") for j, t in enumerate([listed, other, text, "\n".join(paras[1:] + paras[:1])])]
    got, _ = _same(docs, task_texts=3)
    assert len(got.stories) == 4


def _write_corpus(root: Path, seed: int) -> None:
    for i, d in enumerate(_corpus(seed)):
        sub = root / f"d{i % 3}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"p{i:03d}.txt").write_text(d.text, encoding="utf-8")
    more = _reposts(jx(2), 5, random.Random(1))
    lines = [json.dumps({"url": f"https://example.com/{i}", "text": t}) for i, t in enumerate(more)]
    (root / "more.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def _run(inputs: Path, out: Path, *extra: str) -> bytes:
    cmd = [sys.executable, "-m", "cleaner.cli", "run", str(inputs), "-o", str(out), *extra]
    subprocess.run(cmd, check=True, capture_output=True, timeout=600)
    return (out / "stories.jsonl").read_bytes()


@pytest.mark.parametrize("workers", ["1", "2"])
def test_cleaner_run_per_component_writes_the_same_bytes(tmp_path: Path, workers: str) -> None:
    _write_corpus(tmp_path / "in", 11)
    want = _run(tmp_path / "in", tmp_path / "memory", "-j", workers, "--grouping", "memory")
    got = _run(tmp_path / "in", tmp_path / "comp", "-j", workers, "--grouping", "components")
    # three stories: jingxuan 1+2, 3 and 4. Before dedup20b's cut_head rule a fourth held the template page whose
    # story is jingxuan 3's first 260 characters with the related-reading lines after it; a cut copy with other
    # text glued after the cut now joins its original, as the corpus's other passages of jingxuan 3 already did
    assert got == want and want.count(b"\n") >= 3
    report = json.loads((tmp_path / "comp" / "report.json").read_text())
    assert report["components"]["largest"] > 32


def test_a_stock_footer_on_many_pages_does_not_chain_their_components() -> None:
    """Forty different stories under one stock footer: the footer's anchor-pair keys are held by more texts than a
    paired bucket holds, so the collapse pairs nothing by them, and they connect nothing either (and a task that
    holds only some of those texts does not pair them by those keys)."""
    rng = random.Random(7)
    pool = [chr(c) for c in range(0x4E00, 0x4E00 + 800)]
    footer = "\n本文来源：示例新闻网，责任编辑：李华。版权所有，未经授权不得转载。"
    footer += "欢迎关注我们的微信公众号获取更多资讯。"
    docs = [doc("".join(rng.choice(pool) for _ in range(300)) + "。" + footer, f"s{i}") for i in range(40)]
    docs.append(doc(docs[3].text[:200] + footer, "s3-cut"))  # one real copy among them
    for task_texts in (1, 10_000):
        got, largest = _same(docs, task_texts)
        assert largest < 10 and len(got.stories) <= 41


def test_a_tiny_story_and_its_short_page_share_a_component_by_a_fine_key() -> None:
    """Fine anchor-pair keys pair a tiny text only: one held by no tiny text connects nothing (idle), one a tiny
    text holds connects its holders, so the tiny story and its page are collapsed in one task."""
    from tests.test_dedup import story_paths
    from tests.test_dedup_containment import _short_page

    text = jx(3)
    pages = [doc(_short_page(text[s : s + 60], i), f"p{i}") for i, s in enumerate((600, 900, 1200, 1500))]
    got, _ = _same([*pages, doc(text[600:660], "bare")], task_texts=1)
    assert {"p0:0", "bare:0"} in story_paths(got)
