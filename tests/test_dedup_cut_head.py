"""A repost cut short with another text after the cut joins its original (``verify.cut_head``); reports that share a
lead, and pages of one template, stay apart."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams
from cleaner.dedup.verify import cut_head, cut_under
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
    text of its own after it (``tests/test_state.py``), so ``cut_head`` leaves it alone (``cut_under`` and the texts'
    lines take it: below)."""
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


def _cut_inside(text: str, share: float) -> str:
    """``text`` cut after a word inside a sentence, near ``share`` of it, where its paragraph goes on."""
    at = text.rfind(" ", 0, int(len(text) * share))
    while text[at - 1] == "." or "\n" in text[at : at + 2]:
        at = text.rfind(" ", 0, at - 1)
    return text[:at]


def test_a_copy_cut_short_with_another_text_glued_before_it_joins_its_original() -> None:
    """The mirror of the first case (dedup21b): another text, then the story's head cut inside a paragraph (and a
    "read on" line or none). The head starts a line of the copy and ends inside a line of the original."""
    rng = random.Random(15)
    joined = joined_off = 0
    for n in range(10):
        text = _story(rng, 20 if n % 2 else 60)
        head = _cut_inside(text, rng.uniform(0.4, 0.8))
        other = _story(rng, 40)[: int(len(head) * rng.uniform(0.3, 0.8))]
        copy = other + rng.choice(["\n", "\n* * *\n", "\n\n"]) + head + rng.choice(["", " ...", "\nContinue reading"])
        assert cut_under(_ev(copy, P), _ev(text, P), P) is not None
        joined += len(set(_stories([text, copy]))) == 1
        joined_off += len(set(_stories([text, copy], OFF))) == 1
    assert joined == 10 and joined_off <= 4


def test_a_story_and_a_passage_of_its_end_with_text_of_its_own_stay_apart() -> None:
    """A story, and a text that opens with its last paragraphs and goes on with its own sentences on the same line:
    the shared block ends one and starts the other, as for a copy glued before its cut original, but the story ends
    with a whole sentence and the text opens with no title of the story's. A text whose last lines open another (a
    stylesheet after one short story and before another) shares whole lines: no cut either."""
    rng = random.Random(16)
    for n in range(6):
        sents = _sentences(rng, 30 if n % 2 else 60)
        story = "\n".join(" ".join(sents[i : i + 4]) for i in range(0, len(sents), 4))
        tail = sents[-14:] + _sentences(rng, 8)  # (from a paragraph's start, or from inside one)
        passage = "\n".join(" ".join(tail[i : i + 4]) for i in range(0, len(tail), 4))
        assert len(set(_stories([story, passage]))) == 2
        block = _story(rng, 16)
        assert len(set(_stories([_story(rng, 12) + "\n" + block, block + "\n" + _story(rng, 12)]))) == 2


def _paragraphs(rng: random.Random, n: int) -> list[str]:
    """A title line and ``n`` paragraphs of four sentences, one a line."""
    sents = _sentences(rng, 4 * n)
    return ["Title " + " ".join(_sentences(rng, 1))[:60]] + [" ".join(sents[i : i + 4]) for i in range(0, 4 * n, 4)]


def test_a_copy_glued_before_its_original_cut_right_before_a_sentence_mark_joins_it() -> None:
    """Another text, then the story's head cut right before the full stop that ends a paragraph: the original's line
    goes on with that mark alone, and the copy ends inside the sentence (``collapse._Run._goes_on``)."""
    rng = random.Random(19)
    joined = 0
    for n in range(6):
        lines = _paragraphs(rng, 8 if n % 2 else 14)
        text = "\n".join(lines)
        keep = rng.randint(len(lines) // 2, len(lines) - 2)
        head = "\n".join(lines[:keep]).rstrip(".")
        other = _story(rng, 40)[: int(len(head) * rng.uniform(0.3, 0.6))]
        copy = other + "\n" + head
        assert cut_under(_ev(copy, P), _ev(text, P), P) is not None
        joined += len(set(_stories([text, copy]))) == 1
    assert joined == 6
