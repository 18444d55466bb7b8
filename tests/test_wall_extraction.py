"""A short story under the page's title is not given up for a prose block past a wall of chrome below it
(:func:`cleaner.extraction.content._past_wall`): a copyright notice, a disclaimer, a site's mission statement or a
comment policy further down the page outscores a story of one or two paragraphs once the lists between them (a
teaser sidebar, "most read" rankings) keep any block from holding both. A deck under the headline and a summary box
repeating the story are no story: the story past the lists stays the choice."""

from __future__ import annotations

import sys

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import perturb
from bench_extract import load_set, prf

STORY = [
    "The city council voted on Tuesday night to extend the late-night bus service to the northern suburbs, after "
    "two years of complaints from shift workers who had no way home after midnight.",
    "Under the plan, three new routes will run every forty minutes between midnight and five in the morning.",
]
NOTICE = [
    "All content on this website is the property of the publisher and may not be reproduced, distributed, "
    "transmitted, cached or otherwise used without the prior written permission of the publisher in any form.",
    "Articles marked as coming from other sources are reprinted to share more information and do not mean that "
    "this website agrees with their views or vouches for the accuracy of what they describe.",
    "Readers who wish to contact the editors about the content, the copyright or anything else on this website "
    "are asked to write to the address below within thirty days of publication.",
]
HEADLINES = [
    "Mayor opens the new riverside park after a decade of planning",
    "Schools in the district to start an hour later from September",
    "Storm leaves thousands without power across the coastal towns",
    "Local bakery wins the national prize for its sourdough bread",
    "Hospital waiting lists fall for the third month in a row",
    "Football club names its new coach after a difficult season",
    "Rail line to close for two weekends of track repairs",
    "Library extends its opening hours during the exam period",
]
MENU = "".join(f'<li><a href="/s{i}/">Section {i}</a></li>' for i in range(12))
LISTS = "".join(
    f'<div class="b{k}"><h3>Most read {k}</h3><ul>'
    + "".join(f'<li><a href="/n/{k}{i}.html">{h}</a></li>' for i, h in enumerate(HEADLINES))
    + "</ul></div>"
    for k in range(3)
)


def _page(top: str, below: str) -> str:
    return (
        f"<html><head><title>Council extends the night buses</title></head><body><ul>{MENU}</ul>"
        f'<div class="main"><h1>Council extends the night buses</h1>{top}</div>{LISTS}{below}</body></html>'
    )


def test_a_short_story_under_the_title_wins_over_a_longer_notice_past_the_lists() -> None:
    story = "".join(f"<p>{p}</p>" for p in STORY)
    notice = '<div class="x"><h5>Copyright</h5>' + "".join(f"<p>{p}</p>" for p in NOTICE) + "</div>"
    text = extract_html(_page(f'<div class="t">{story}</div>', notice)).text
    assert STORY[0] in text and STORY[1] in text
    assert not any(p in text for p in NOTICE)


def test_a_deck_under_the_headline_does_not_win_over_the_story_past_the_lists() -> None:
    deck = f"<h2>{' '.join(STORY)}</h2>"  # longer than a page's least text: no fallback would undo the choice
    body = '<div class="body">' + "".join(f"<p>{p}</p>" for p in NOTICE) + "</div>"
    text = extract_html(_page(deck, body)).text
    assert all(p in text for p in NOTICE)
    assert STORY[0] not in text  # the story's block, not the page around the deck


def test_a_summary_box_under_the_title_does_not_win_over_the_story_it_repeats() -> None:
    summary = f'<div class="sum"><p>{NOTICE[0]}</p><p>{NOTICE[1]}</p></div>'
    body = '<div class="body">' + "".join(f"<p>{p}</p>" for p in [*NOTICE, *STORY]) + "</div>"
    text = extract_html(_page(summary, body)).text
    assert STORY[0] in text and STORY[1] in text


SUMMARIES = [
    "The park runs for two miles along the water and includes a playground, a cafe and a new footbridge.",
    "Parents said the change would give teenagers more sleep, while bus companies warned of higher costs.",
    "Engineers worked through the night to restore the lines brought down by falling trees and high winds.",
    "The judges praised the crust and the long fermentation that gives the loaf its slightly sour taste.",
    "Officials credited the new evening clinics, which have seen more than four thousand patients so far.",
    "The former assistant coach takes over a squad that finished one place above the relegation zone.",
    "Replacement buses will run between the stations, and journeys are expected to take twenty minutes longer.",
    "Students will be able to use the reading rooms until midnight on weekdays for the next six weeks.",
]


def test_a_teaser_sidebar_is_a_wall_however_much_prose_its_summaries_hold() -> None:
    """A teaser list (a headline link, then a sentence of summary, eight times) between a short story under the
    title and a longer notice further down: its summaries are other stories, not a bridge of prose; the story wins
    over the notice past it (they count as nothing in the choice, and as chrome in the wall)."""
    story = "".join(f"<p>{p}</p>" for p in STORY)
    teasers = (
        '<div class="picks"><div>Editor\'s Picks</div>'
        + "".join(
            f'<div class="i"><h4><a href="/n/{i}.html">{h}</a></h4><p>{s}</p></div>'
            for i, (h, s) in enumerate(zip(HEADLINES, SUMMARIES, strict=True))
        )
        + "</div>"
    )
    notice = '<div class="x"><h5>Copyright</h5>' + "".join(f"<p>{p}</p>" for p in NOTICE) + "</div>"
    page = (
        f"<html><head><title>Council extends the night buses</title></head><body><ul>{MENU}</ul>"
        f'<div class="main"><h1>Council extends the night buses</h1><div class="t">{story}</div></div>'
        f"{teasers}{notice}</body></html>"
    )
    text = extract_html(page).text
    assert STORY[0] in text and STORY[1] in text
    assert not any(p in text for p in NOTICE) and not any(s in text for s in SUMMARIES)


DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("set_name", "page_id"),
    [
        ("daniel_zh", "20120117_news.cbbn.net_a9bcfb35"),  # a copyright statement's numbered paragraphs below
        ("daniel_en", "20120112_www.cbc.ca_97b451f7"),  # a headline paragraph wrapped in its link, in a list below
        ("daniel_en", "20120117_www.inpharm.com_13cb4a94"),  # the site's mission statement in <h6> paragraphs below
        ("daniel_en", "20120112_yourlife.usatoday.com_1516de67"),  # a correction notice below
        ("cwced_zh", "c268c1b4"),  # a stock-quote disclaimer past the teasers and the site's lists
        ("daniel_en", "20120117_www.ctv.ca_a35ad8f1"),  # readers' comments past the teasers
        ("scrapinghub_en", "7dfc3e35"),  # only the title chosen: the fallback took the teasers' summaries in
        ("daniel_en", "20120112_www.businessweek.com_b77c6be2"),  # the same, the story cut to its headline
    ],
)
def test_a_short_tune_story_beside_a_teaser_sidebar_keeps_its_score(set_name: str, page_id: str) -> None:
    """perturb.py ``short_sidebar`` on tune pages: the story cut short, a long teaser sidebar after it; the F1 of
    the short page without the sidebar is kept."""
    pages = load_set(DATA, set_name, None, ("tune",))
    page = next(p for p in pages if p.id.startswith(page_id))
    pool = perturb.Pool(pages, set_name[-2:])
    index, _ = perturb.body_index(page.html, page.gold)
    html = perturb.perturb(page, "short_sidebar", index, pool)
    plain = perturb.perturb(page, "short", index, pool)
    assert html is not None and plain is not None
    gold = perturb.short_gold(html, page.gold)
    assert prf(extract_html(html).text, gold)[0] >= prf(extract_html(plain).text, gold)[0] - 0.05


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_tune_pages_one_paragraph_under_its_title_beats_a_quote_past_its_lists() -> None:
    # magichtml_en article_8f20 (tune): a video story of one paragraph; a pull quote further down outscored it
    page = next(p for p in load_set(DATA, "magichtml_en", None, ("tune",)) if p.id == "article_8f203971ba54bca9")
    assert prf(extract_html(page.html).text, page.gold)[0] >= 0.95


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
def test_a_body_split_by_a_related_box_set_inside_it_is_not_cut_to_its_lead() -> None:
    # en_web_corpus25b sidebar30-dev6 (tune) related_above-2: the lead paragraph, a related box of teasers inside the
    # body's element, the rest of the story below it; the story's last paragraph outscored the lead alone
    import en_web_corpus25b

    pages = en_web_corpus25b.build(DATA, "sidebar30-dev6")
    page = next(p for p in pages if p.id == "sidebar30-dev6-related_above-2")
    assert page.half == "tune"
    assert prf(extract_html(page.html, url=en_web_corpus25b.SCORING.url(page)).text, page.gold)[0] >= 0.95
