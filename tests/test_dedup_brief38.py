"""A brief of a story — its title (or one of its own) and first paragraphs with page lines of its own around and between
them (source, byline and share lines under the title, an advert line between paragraphs, a "read the full story" line
after them) — joins the story (``verify.lined_head``); two reports under one title and lead, forum pages under one
quoted post, and notices of one template with other dates and figures stay apart."""

from __future__ import annotations

import random

from cleaner.dedup import DedupParams
from cleaner.dedup.verify import compare, lined_head
from tests.dedup_texts import evidence as _ev
from tests.dedup_texts import sentences as _sentences
from tests.dedup_texts import story as _story
from tests.dedup_texts import story_numbers as _stories

P = DedupParams()


def _news(rng: random.Random, paragraphs: int) -> tuple[str, list[str]]:
    """A title and ``paragraphs`` paragraphs of two sentences."""
    title = " ".join(_sentences(rng, 1)).rstrip(".")[:70]
    return title, [" ".join(_sentences(rng, 2)) for _ in range(paragraphs)]


def _brief(rng: random.Random, title: str, paras: list[str], keep: int) -> str:
    """The story's first ``keep`` paragraphs in a page of an outlet's lines (written here, no site's)."""
    body: list[str] = []
    for i, x in enumerate(paras[:keep]):
        body.append(x)
        if i % 2 and i < keep - 1:
            body.append("Advertisement")
    return "\n".join(
        [
            "The Riverside Courier",
            title,
            f"Listen to this story · {rng.randint(2, 6)} min",
            f"Staff writer · March {rng.randint(1, 28)}, 2026 at 7:{rng.randint(10, 59)} a.m.",
            "Share  Post  Email",
            "Image",
            f"Photo by staff | Crews clear the road near Mill Street, March {rng.randint(1, 28)}.",
            *body,
            "Read the full story at The Valley Herald, our partner in the valley.",
            "View the original page on The Riverside Courier",
            "Share  Post  Email",
        ]
    )


def test_a_brief_in_page_lines_joins_its_story() -> None:
    rng = random.Random(38)
    refused = 0
    for n in range(12):
        title, paras = _news(rng, rng.randint(6, 9))
        original = "\n".join([title, *paras])
        head = title if n % 2 else f"What we know: {' '.join(_sentences(rng, 1))[:50]}"  # (or a headline of its own)
        brief = _brief(rng, head, paras, 2 if n % 2 else 3)
        a, b = _ev(brief, P), _ev(original, P)
        refused += not compare(a, b, P).accepted and not compare(b, a, P).accepted
        assert lined_head(a, b, P) and lined_head(b, a, P)
        assert len(set(_stories([original, brief]))) == 1
    assert refused >= 6  # (no rule on the whole texts takes half of them)


def test_reports_under_one_title_and_lead_stay_apart() -> None:
    """One title and lead, then a body of its own each (runs of their own longer than a line or two)."""
    rng = random.Random(39)
    for n in range(8):
        title, lead = _news(rng, 2)
        a = "\n".join([title, *lead, _story(rng, 8 if n % 2 else 16)])
        b = "\n".join([title, *lead, _story(rng, 8 if n % 2 else 16)])
        assert not lined_head(_ev(a, P), _ev(b, P), P)
        assert len(set(_stories([a, b]))) == 2


def test_forum_pages_under_one_quoted_post_stay_apart() -> None:
    """Two pages of one thread: the title and the quoted first post, then short replies of their own, a stock reply
    shared near the end (said later in the other page: no part of its head)."""
    rng = random.Random(40)
    title, quoted = _news(rng, 1)
    stock = "Same here, hoping the people in charge read this thread."

    def page(n: int) -> str:
        replies = [" ".join(_sentences(rng, rng.randint(1, 2))) for _ in range(5)]
        replies.insert(n % 3 + 2, stock)
        lines = [f"{title} - Riverside forum", f"Page {n}", "Quoting the first post:", *quoted]
        for i, x in enumerate(replies):
            lines += [f"#{10 * n + i} user{rng.randint(100, 999)} posted on 2026-03-{rng.randint(10, 28)}", x]
        return "\n".join(lines)

    pages = [page(n) for n in range(2, 6)]
    for x in pages[1:]:
        assert not lined_head(_ev(x, P), _ev(pages[0], P), P)
    assert len(set(_stories(pages))) == 4


def test_notices_of_one_template_stay_apart() -> None:
    """One notice's words, other dates, times, rooms and phone numbers: alike in short runs all along."""
    rng = random.Random(41)

    def notice() -> str:
        d = [rng.randint(1, 28) for _ in range(4)]
        return "\n".join(
            [
                "Notice of the 2026 county clerk examination registration",
                "Under the county rules the registration for the clerk examination is announced as follows. "
                f"Registration opens on May {d[0]} and closes on June {d[1]} at {rng.randint(1, 11)} p.m. "
                f"Candidates register online with form {rng.randint(1000, 9999)} and a photograph. "
                f"The written examination is held on July {d[2]} in room {rng.randint(100, 999)} of the county "
                f"hall. Questions go to the office at {rng.randint(200, 999)}-{rng.randint(1000, 9999)}.",
                "County human resources office",
                f"April {d[3]}, 2026",
            ]
        )

    notices = [notice() for _ in range(4)]
    for x in notices[1:]:
        assert not lined_head(_ev(x, P), _ev(notices[0], P), P)
    assert len(set(_stories(notices))) == 4
