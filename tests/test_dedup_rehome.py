"""A story of one run whose canonical is a copy, both ways, of texts that joined one other, larger story joins it
(collapse._Run.rehome, issue 13, dedup24): the longest copy (a list of headlines appended) starts a story, refuses a
copy with words deleted and another list, and the original and its moved-paragraph copy go to that copy's story."""

from __future__ import annotations

import random

from tests.dedup_texts import sentences
from tests.dedup_texts import story as _story
from tests.dedup_texts import story_numbers as _stories


def _delete_words(text: str, rate: float, rng: random.Random) -> str:
    return "\n".join(" ".join(w for w in line.split(" ") if rng.random() >= rate) for line in text.split("\n"))


def _headlines(rng: random.Random, n: int) -> str:
    return "\n".join(" ".join(rng.choice(s.split()) for _ in range(7)).title() for s in sentences(rng, n))


def test_a_listed_copy_that_started_a_story_joins_its_original() -> None:
    rng = random.Random(24)
    for _ in range(15):
        text = _story(rng, 16)
        paras = text.split("\n")
        listed = text + "\nRelated stories\n" + _headlines(rng, 14)
        other = _delete_words(text, 0.2, rng) + "\nMore news\n" + _headlines(rng, 8)
        got = _stories([listed, other, text, "\n".join(paras[1:] + paras[:1])])
        assert len(set(got)) == 1, got
