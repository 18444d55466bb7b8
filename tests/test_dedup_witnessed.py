"""Placement of copies that one reading of a pair refuses (collapse._Run, issue 13, dedup27): a text that is a copy,
both ways, of a copy of a story whose canonical holds a block of its own joins that story when the copy is, both ways,
a copy of another copy of it (``_witnessed``: otherwise the text starts a story and offer() takes the copy from its
story, splitting it); a text no story takes joins the closest story whose canonical is its copy (``_back``); a story
whose canonical is a text of another story cut short with a text glued rehomes there (``_cut_back``)."""

from __future__ import annotations

import sys

import pytest

from cleaner.dedup import collapse
from cleaner.document import Document


def _tune_story(seed: str, doc: int) -> list[str]:
    """The texts of the story of document ``doc`` of ``bench/dedup_corpus5.py`` (seed ``seed``): a tune story (skips
    when ../shared is not here)."""
    from tests.conftest import ROOT, SHARED

    data = SHARED / "data" / "extraction"
    if not data.is_dir():
        pytest.skip("../shared/data/extraction is not here")
    sys.path.insert(0, str(ROOT / "bench"))
    import dedup_corpus5
    from halves import TUNE

    docs = dedup_corpus5.build(data, seed)
    mine = [d for d in docs if d.story == docs[doc].story]
    assert {d.half for d in mine} == {TUNE}
    return [d.text for d in mine]


def _pure_run() -> type:
    """The collapse's run class, when it is pure Python (a compiled class's methods are not patched: skip)."""
    module = sys.modules["cleaner.dedup.collapse"]
    if not str(module.__file__).endswith(".py"):
        pytest.skip("cleaner.dedup.collapse is compiled: its methods are not patched")
    return module._Run  # type: ignore[no-any-return]


def _stories(texts: list[str]) -> int:
    return len(collapse([Document(id=f"t{i}", text=t) for i, t in enumerate(texts)]).stories)


@pytest.mark.parametrize(
    ("seed", "doc"),
    [
        # a Chinese synthetic story: the canonical is a copy with characters deleted and a list appended, the original
        # joined it by the character rule; a copy cut short with a text glued, which that canonical refuses, is a copy
        # of the original both ways, and the original of the plain copy with the canonical's deletions
        ("dedup27-dev3", 100),
        # English (daniel_en tune): the canonical a copy with a paragraph moved and a text glued; a copy with letters
        # deleted joined through the original; a copy of that copy with more letters and words deleted
        ("dedup27-dev4", 649),
    ],
)
def test_a_copy_of_a_copy_that_another_copy_holds_both_ways_joins_its_story(seed: str, doc: int) -> None:
    texts = _tune_story(seed, doc)
    assert _stories(texts) == 1


# (the English story of dedup27-dev4 no longer needs its witness since recall29: the canonical's character rule takes
# the copy with letters deleted itself, a Latin gap of a few new grams being its text thinned: _CHAR_OWN_LEAST_WORDY)
@pytest.mark.parametrize(("seed", "doc"), [("dedup27-dev3", 100)])
def test_without_a_witness_the_story_splits(monkeypatch: pytest.MonkeyPatch, seed: str, doc: int) -> None:
    texts = _tune_story(seed, doc)
    monkeypatch.setattr(sys.modules["cleaner.dedup.collapse"], "_WITNESSES", 0)
    assert _stories(texts) == 2


@pytest.mark.parametrize(
    ("seed", "doc"),
    [
        # English (daniel_en tune): a copy with letters deleted that the original refuses as its copy and accepts as
        # its canonical (the character rule's in-order path, found from one side)
        ("dedup27-dev5", 251),
        # Chinese (cwced_zh tune): a copy with characters deleted and a paragraph moved, against a copy with a list
        ("dedup27-dev6", 563),
    ],
)
def test_a_text_whose_closest_canonical_is_its_copy_joins_that_story(
    monkeypatch: pytest.MonkeyPatch, seed: str, doc: int
) -> None:
    texts = _tune_story(seed, doc)
    assert _stories(texts) == 1
    run = _pure_run()
    monkeypatch.setattr(run, "_back", lambda self, mine: None)
    assert _stories(texts) == 2


def test_a_story_whose_canonical_is_a_copy_cut_short_with_a_text_glued_rehomes(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a Chinese synthetic tune story: the copy cut at a sentence end with a text glued bare starts a story, the
    # original goes to a copy with words deleted and another text glued, the plain cut copy joins the first: the first
    # story's canonical is the original cut short, its copy both ways as placement's cut rule reads it)
    texts = _tune_story("dedup27-dev9", 668)
    assert _stories(texts) == 1
    run = _pure_run()
    monkeypatch.setattr(run, "_cut_back", lambda self, sid, mine, did, copy: False)
    assert _stories(texts) == 2


def test_the_reverse_reading_does_not_set_aside_a_canonicals_own_lines() -> None:
    """``_back`` reads the closest canonical as the copy, without the core rule: two two-line texts sharing one line
    (``[A, B]`` and ``[A, C]``) stay two stories in either order (with the core rule, ``[A, B]`` read as a copy of
    ``[A, C]`` whose own tail ``B`` is a teaser's chrome, and they joined)."""
    a = "新华社北京电 国家统计局今天发布数据显示，前三季度国内生产总值同比增长百分之五点二。专家表示，经济运行平稳。"
    b = "The city council voted on Tuesday to approve the new budget, which includes funds for schools and roads."
    page, dump = Document(text=a + "\n" + b, id="page"), Document(text=a + "\n" + a[::-1], id="dump")
    for docs in ([page, dump], [dump, page]):
        assert sorted(s.id for s in collapse(docs).stories) == ["dump", "page"]
