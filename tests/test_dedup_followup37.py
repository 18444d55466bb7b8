"""A follow-up story that ends with its predecessor's background paragraphs stays apart from it (``verify._behind_own``,
dedup37 ``followup``); a repost under a page header, and an excerpt of a story beside its updated version, still join.

(dedup37 dev seeds, tune: 3 of 4 and 5 of 7 follow-up pairs merged, every one by the core rule, which set the
predecessor's title and lead aside as if they were a page header.)"""

from __future__ import annotations

import random

import pytest

from cleaner.dedup import DedupParams
from cleaner.dedup.verify import _aligned, _core_contained, _flags, _shared_distinct, compare
from tests.dedup_texts import evidence as _ev
from tests.dedup_texts import sentences as _sentences
from tests.dedup_texts import story_numbers as _stories

P = DedupParams()


def _head(rng: random.Random) -> list[str]:
    """A title (6 words) and a one-sentence lead: 14-22 tokens, a short own head as the core rule sees one."""
    return [" ".join(_sentences(rng, 1)[0].split()[:6]), _sentences(rng, 1)[0]]


def _core_takes(cand: str, canon: str) -> bool:
    a, b = _aligned(_ev(cand, P), _ev(canon, P), P.sample_mod)
    _, ub, _ = _shared_distinct(a, b)
    return _core_contained(a, _flags(a.hashes, ub, a.sampled), P.edge) >= P.core_containment


@pytest.mark.parametrize("n", range(6))
def test_a_follow_up_carrying_its_predecessors_paragraphs_stays_apart(n: int) -> None:
    rng = random.Random(f"followup/{n}")
    body = _sentences(rng, 4)
    first = "\n".join([*_head(rng), *body])
    own = _sentences(rng, 12 + n)
    follow = "\n".join([*_head(rng), *own, *body[:3]])  # (its own report, then background carried verbatim)
    assert _core_takes(first, follow)  # (what joined them before: the head set aside, the rest all in the follow-up)
    assert not compare(_ev(first, P), _ev(follow, P), P).accepted
    assert len(set(_stories([first, follow]))) == 2


@pytest.mark.parametrize("n", range(6))
def test_a_repost_under_a_page_header_still_joins_its_story(n: int) -> None:
    rng = random.Random(f"header/{n}")
    story = "\n".join(_sentences(rng, 6 + n))
    header = "Home | News | Local | Sports\nBy staff writer | Updated 5:12 p.m.\n" + _sentences(rng, 1)[0]
    page = f"{header}\n{story}\nShare this story | 12 comments"
    assert compare(_ev(page, P), _ev(story, P), P).accepted
    assert len(set(_stories([story, page]))) == 1


@pytest.mark.parametrize("n", range(6))
def test_an_excerpt_under_a_new_headline_still_joins_the_updated_version(n: int) -> None:
    """The update: a new lead and a new paragraph above, the story's paragraphs after (the shared part goes on into
    more of the update's own text); the excerpt: a new title and lead, then the story's first paragraphs."""
    rng = random.Random(f"update/{n}")
    paras = [" ".join(_sentences(rng, 2)) for _ in range(8)]
    original = "\n".join([*_head(rng), *paras])
    new = [" ".join(_sentences(rng, 3)), " ".join(_sentences(rng, 2))]
    update = "\n".join([*_head(rng), new[0], *paras[:6], new[1], *paras[6:]])
    excerpt = "\n".join([*_head(rng), *paras[:4], "Read the full story on our website."])
    assert len(set(_stories([original, update, excerpt]))) == 1
