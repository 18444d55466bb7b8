"""Copies with many words deleted (up to a fifth) join their story; texts that share a title and a lead, or a
template, and go on with text of their own stay apart (issue 13: ``verify.deleted``)."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams, compare
from cleaner.dedup.verify import deleted_copy
from tests.dedup_texts import WORDS
from tests.dedup_texts import evidence as _ev
from tests.dedup_texts import story as _story
from tests.dedup_texts import story_numbers as _stories

HEADLINES = [f"{a.capitalize()} {b} {c} opens new {d} (Daily {e}, 2024-0{n % 9 + 1}-1{n % 10})" for n, (a, b, c, d, e)
             in enumerate(zip(WORDS, WORDS[5:], WORDS[11:], WORDS[17:], WORDS[23:], strict=False))]  # fmt: skip


def _delete_words(text: str, rate: float, rng: random.Random) -> str:
    return "\n".join(" ".join(w for w in line.split(" ") if rng.random() >= rate) for line in text.split("\n"))


def test_copies_with_a_fifth_of_their_words_deleted_join() -> None:
    rng = random.Random(3)
    params, off = DedupParams(), DedupParams(deleted_contained=0.0)
    joined = joined_off = 0
    for n in range(20):
        text = _story(rng, 12 if n % 2 else 60)  # (full and sampled evidence)
        copy = _delete_words(text, rng.uniform(0.15, 0.22), rng)
        joined += compare(_ev(copy, params), _ev(text, params), params).accepted
        joined_off += compare(_ev(copy, off), _ev(text, off), off).accepted
    assert joined >= 18 and joined > joined_off


def test_a_deleted_copy_with_a_block_of_headlines_joins() -> None:
    rng = random.Random(5)
    params = DedupParams()
    joined = 0
    for _ in range(10):
        text = _story(rng, 16)
        copy = _delete_words(text, 0.18, rng) + "\nRelated\n" + "\n".join(rng.sample(HEADLINES, 6))
        joined += compare(_ev(copy, params), _ev(text, params), params).accepted
    assert joined >= 8


def test_reports_sharing_a_title_and_a_lead_are_no_deleted_copies() -> None:
    # The rule adds no join here (the other rules decide as before: a long shared lead is joined by containment).
    rng = random.Random(7)
    params, off = DedupParams(), DedupParams(deleted_contained=0.0)
    for _ in range(10):
        title, lead = _story(rng, 1), _story(rng, 3)
        a = title + "\n" + lead + "\n" + _story(rng, 5)
        b = title + "\n" + _delete_words(lead, 0.15, rng) + "\n" + _story(rng, 4)
        for x, y in ((a, b), (b, a)):
            assert not deleted_copy(_ev(x, params), _ev(y, params), params)
            assert compare(_ev(x, params), _ev(y, params), params) == compare(_ev(x, off), _ev(y, off), off)


def test_pages_of_one_template_with_stories_of_about_one_length_stay_apart() -> None:
    rng = random.Random(11)
    head = "Home | News | Sport | Business | Weather\n" + "\n".join(rng.sample(HEADLINES, 4))
    tail = "Most read\n" + "\n".join(rng.sample(HEADLINES, 8)) + "\nCopyright 2024 Daily News. All rights reserved."
    pages = [head + "\n" + _story(rng, 3) + "\n" + tail for _ in range(4)]
    assert len(set(_stories(pages))) == 4


def test_a_page_with_a_word_deleted_copy_glued_to_another_text_joins_through_its_truncation() -> None:
    # The glued page (the story with words deleted, then another text) is refused by the original and starts a
    # story; its truncation, accepted by both, bridges them: a part of the glued page that is the original with
    # words deleted.
    rng = random.Random(13)
    together = 0
    for _ in range(6):
        text = _story(rng, 24)
        cut = _delete_words(text, 0.15, rng)
        glued = cut + "\nNext story\n" + _story(rng, 14)
        part = cut[: len(cut) * 2 // 3]
        got = _stories([glued, text, part])
        together += got[0] == got[1] == got[2]
    assert together >= 4


def test_a_deleted_copy_with_a_paragraph_moved_to_its_end_joins() -> None:
    # Words deleted all over and the first third of the paragraphs moved to the end: the moved paragraphs' shared
    # hashes are off the in-order path, in one stretch of each text (``verify._moved_block``), and their words
    # deleted count as moved text, not as text the original holds beyond the copy (5 of 20 joined before).
    rng = random.Random(17)
    params = DedupParams()
    joined = 0
    for _ in range(20):
        paras = _story(rng, 12).split("\n")
        k = len(paras) // 3 or 1
        copy = _delete_words("\n".join(paras[k:] + paras[:k]), 0.22, rng)
        joined += compare(_ev(copy, params), _ev("\n".join(paras), params), params).accepted
    assert joined >= 7


def test_texts_sharing_sentences_in_another_order_all_along_are_no_deleted_copies() -> None:
    # Shared sentences in shuffled order (no one moved block) are not read as words deleted.
    rng = random.Random(19)
    params = DedupParams()
    for _ in range(10):
        sents = [s for p in _story(rng, 12).split("\n") for s in p.split(". ")]
        other = sents[:]
        rng.shuffle(other)
        a, b = ". ".join(sents), _delete_words(". ".join(other), 0.15, rng)
        assert not deleted_copy(_ev(b, params), _ev(a, params), params)
