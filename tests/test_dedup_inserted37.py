"""A wire story re-edited locally — a title of its own holding the original's, a local paragraph after the title or
after the lead, the story cut after some paragraphs — joins its original (``verify.cut_inserted``); two reports
under one title and lead, pages of one template, and a story with another text glued before its head stay apart."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams
from cleaner.dedup.verify import cut_inserted
from tests.dedup_texts import evidence as _ev
from tests.dedup_texts import sentences as _sentences
from tests.dedup_texts import story as _story
from tests.dedup_texts import story_numbers as _stories

P = DedupParams()


def _wire(rng: random.Random, paragraphs: int) -> tuple[str, list[str]]:
    """A title and ``paragraphs`` paragraphs of two or three sentences."""
    title = " ".join(_sentences(rng, 1)).rstrip(".")[:70]
    return title, [" ".join(_sentences(rng, rng.randint(2, 3))) for _ in range(paragraphs)]


def test_a_local_edition_of_a_wire_story_cut_short_joins_it() -> None:
    rng = random.Random(37)
    for n in range(12):
        title, paras = _wire(rng, rng.randint(5, 8))
        original = "\n".join([title, *paras])
        keep = max(2, round(len(paras) * rng.uniform(0.55, 0.8)))
        local = " ".join(_sentences(rng, rng.randint(1, 2)))
        at = 0 if n % 2 else 1  # (after the title, or after the lead paragraph)
        body = paras[:keep]
        body.insert(at, local)
        copy = "\n".join([f"Local angle: {title}", *body])
        assert cut_inserted(_ev(copy, P), _ev(original, P), P) and cut_inserted(_ev(original, P), _ev(copy, P), P)
        assert len(set(_stories([original, copy]))) == 1


def test_reports_under_one_title_and_lead_stay_apart() -> None:
    """One title and lead, a body of its own each: the copy's own text ends it (no shared text after it)."""
    rng = random.Random(38)
    for n in range(8):
        title, lead = _wire(rng, 1)
        a = "\n".join([title, *lead, _story(rng, 8 if n % 2 else 20)])
        b = "\n".join([title, *lead, _story(rng, 8 if n % 2 else 20)])
        assert not cut_inserted(_ev(a, P), _ev(b, P), P)
        assert len(set(_stories([a, b]))) == 2


def test_pages_of_one_template_are_no_insertion() -> None:
    """A shared header and footer around different stories: the original's shared text is not one block at its head."""
    rng = random.Random(39)
    header = "\n".join(_story(rng, 4).split(". "))
    footer = "\n".join(_story(rng, 3).split(". "))
    pages = [header + "\n" + _story(rng, 6) + "\n" + footer for _ in range(4)]
    for x in pages[1:]:
        assert not cut_inserted(_ev(x, P), _ev(pages[0], P), P)
    assert len(set(_stories(pages))) == 4


def test_a_text_glued_before_a_story_head_is_no_insertion() -> None:
    """Another story, then the head of this one: the copy's shared text does not start within ``edge`` tokens of its
    start (``cut_under`` and the texts' lines judge that shape)."""
    rng = random.Random(40)
    title, paras = _wire(rng, 6)
    original = "\n".join([title, *paras])
    copy = _story(rng, 12) + "\n" + "\n".join([title, *paras[:3]])
    assert not cut_inserted(_ev(copy, P), _ev(original, P), P)
