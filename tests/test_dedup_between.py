"""A copy that its story's canonical and a later text each accept both ways keeps the two in one story
(collapse._Run._between): the text joins the copy's story instead of starting one that would take the copy away and
leave the canonical alone (issue 13, dedup22b)."""

from __future__ import annotations

import random

from tests.dedup_texts import story as _story
from tests.dedup_texts import story_numbers as _stories


def _delete_words(text: str, rate: float, rng: random.Random) -> str:
    return "\n".join(" ".join(w for w in line.split(" ") if rng.random() >= rate) for line in text.split("\n"))


def test_two_word_deleted_copies_that_refuse_each_other_stay_with_their_original() -> None:
    # The longest text (words deleted and another text glued after) starts the story and takes the original; a copy
    # with other words deleted, refused by that canonical, was a story of its own that took the original from it
    # (9 of 20 together before). Now it joins the original's story.
    rng = random.Random(23)
    together = 0
    for _ in range(20):
        text = _story(rng, 12)
        glued = _delete_words(text, 0.15, rng) + "\nNext story\n" + _story(rng, 4)
        copy = _delete_words(text, 0.15, rng)
        got = _stories([glued, text, copy])
        together += got[0] == got[1] == got[2]
    assert together >= 16


def test_texts_that_only_share_a_page_stay_apart() -> None:
    # Two stories each with a copy of its own: the copies' stories stay two (no copy lies between them both ways).
    rng = random.Random(31)
    for _ in range(10):
        a, b = _story(rng, 12), _story(rng, 12)
        got = _stories([a, _delete_words(a, 0.15, rng), b, _delete_words(b, 0.15, rng)])
        assert got[0] == got[1] and got[2] == got[3] and got[0] != got[2]
