"""An aggregator's teaser page holds a story's title, a source and time line under it, the story's head cut short and
"read on", share and comment-count lines: the line under the title is the copy's own text *inside* the part it shares
with the story, which no rule on the whole text sets aside. Placement asks again with the page's head of chrome lines
set aside (``collapse.prose_of``, ``_Run._unchromed``), and accepts only when the story's text starts right after that
head: a template page's story under the portal's header is text of its own there (issue 13, dedup30)."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
import dedup_corpus5
import dedup_corpus6
from halves import TUNE

from cleaner.dedup import collapse
from cleaner.dedup.collapse import prose_of
from cleaner.document import Document

DATA = SHARED / "data" / "extraction"
needs_data = pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")


def _stories(texts: list[str]) -> int:
    res = collapse([Document(id=f"d{i}", text=t) for i, t in enumerate(texts)])
    return len(res.stories)


def test_the_head_of_chrome_lines_is_set_aside() -> None:
    body = "开刀时，很多人都担心遇到新手医师，成了练刀对象。培养一个外科医师能够独当一面之前，要经过很多练习。"
    page = f"少宰几只猪！微创手术练手劲\n来源：中国新闻网 2018年7月4日\n{body}\n余下全文\n评论(814)"
    assert prose_of(page) == f"{body}\n余下全文\n评论(814)"
    assert prose_of(f"少宰几只猪！微创手术练手劲\n{body}") is None  # (a title alone: nothing to set aside)
    assert prose_of(f"标题\n来源：某某网\n{body[:20]}") is None  # (no more than a line left)


@needs_data
@pytest.mark.parametrize("copy", [240, 855])
def test_a_teaser_page_joins_its_story(copy: int) -> None:
    # (tune stories of bench/dedup_corpus6.py seed dedup30-dev1: a source and time line under the title, the story
    # cut short, a "read on" line, share and comment lines; d240 with words replaced, d855 with words deleted)
    docs = dedup_corpus6.build(DATA, "dedup30-dev1")
    d = docs[copy]
    assert d.half == TUNE and "cut_teaser" in d.kind
    orig = next(x for x in docs if x.story == d.story and x.kind == "original")
    assert _stories([orig.text, d.text]) == 1


@needs_data
def test_two_template_pages_with_short_stories_stay_apart() -> None:
    # (tune hard negatives of bench/dedup_corpus5.py seed dedup18-dev1: one portal template, a one-paragraph story in
    # one page, four in the other; without the header the short story's page is mostly the template's list and footer)
    docs = dedup_corpus5.build(DATA, "dedup18-dev1")
    a, b = docs[249], docs[608]
    assert a.half == b.half == TUNE and a.kind == b.kind == "neg" and a.group == b.group
    assert _stories([a.text, b.text]) == 2
