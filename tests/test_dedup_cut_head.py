"""A repost cut short with another text after the cut joins its original (``verify.cut_head``); reports that share a
lead, and pages of one template, stay apart."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams
from cleaner.dedup.verify import cut_head
from tests.dedup_texts import evidence as _ev
from tests.dedup_texts import sentences as _sentences
from tests.dedup_texts import story as _story
from tests.dedup_texts import story_numbers as _stories

OFF = DedupParams(cut_head=0)
P = DedupParams()


def _cut(text: str, share: float) -> str:
    """``text`` cut at the sentence end nearest ``share`` of it."""
    at = text.rfind(". ", 0, int(len(text) * share))
    return text[: at + 1] if at > 0 else text[: int(len(text) * share)]


def test_a_copy_cut_short_with_another_text_glued_after_it_joins_its_original() -> None:
    rng = random.Random(5)
    joined = joined_off = 0
    for n in range(10):
        text = _story(rng, 20 if n % 2 else 60)  # (full and sampled evidence)
        head = _cut(text, rng.uniform(0.35, 0.8))
        other = _story(rng, 40)
        copy = head + rng.choice(["\n", "\nNext story\n", " "]) + other[: int(len(head) * rng.uniform(0.5, 0.8))]
        assert cut_head(_ev(copy, P), _ev(text, P), P) and cut_head(_ev(text, P), _ev(copy, P), P)
        joined += len(set(_stories([text, copy]))) == 1
        joined_off += len(set(_stories([text, copy], OFF))) == 1
    assert joined == 10 and joined_off <= 4  # (without the rule: a few join by containment of what they share)


def test_reports_sharing_a_lead_stay_apart() -> None:
    """Two reports under one lead (a third of each at most): the shared head is too small a part of either."""
    rng = random.Random(6)
    for n in range(8):
        lead = _story(rng, 2 if n % 2 else 6)
        a = lead + "\n" + _story(rng, 8 if n % 2 else 40)
        b = lead + "\n" + _story(rng, 8 if n % 2 else 40)
        assert not cut_head(_ev(a, P), _ev(b, P), P)
        assert len(set(_stories([a, b]))) == 2


def test_pages_of_one_template_stay_apart() -> None:
    """Pages of one site: a shared header and footer (or a long footer alone) around different stories."""
    rng = random.Random(7)
    header = "\n".join(_story(rng, 6).split(". "))
    footer = "\n".join(_story(rng, 12).split(". "))
    pages = [header + "\n" + _story(rng, 3) + "\n" + footer for _ in range(4)]
    assert len(set(_stories(pages))) == 4
    signed = [_story(rng, 30) + "\n" + footer for _ in range(4)]
    assert len(set(_stories(signed))) == 4


def test_a_copy_glued_before_its_cut_original_is_not_a_cut_head() -> None:
    """The shared block ends one text and starts the other: also the shape of an excerpt of a story's later part with
    text of its own after it (``tests/test_state.py``), so the rule leaves it alone."""
    rng = random.Random(8)
    text = _story(rng, 40)
    copy = _story(rng, 12) + "\n" + _cut(text, 0.6)
    assert not cut_head(_ev(copy, P), _ev(text, P), P)


def test_pages_under_one_title_and_lead_paragraph_stay_apart() -> None:
    """Parts of one long text, each under the same title and long lead paragraph (the lead half of a page or more):
    the shared head is whole lines on both sides, no story cut where its paragraph goes on."""
    rng = random.Random(9)
    for _ in range(4):
        title_lead = "Title " + " ".join(_sentences(rng, 1)) + "\n" + " ".join(_sentences(rng, 10))
        parts = [title_lead + "\n" + _story(rng, rng.randint(6, 12)) for _ in range(2)]
        assert cut_head(_ev(parts[0], P), _ev(parts[1], P), P)  # (the shape alone would join them)
        assert len(set(_stories(parts))) == 2
