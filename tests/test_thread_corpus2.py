"""Golden tests (trafilatura style: snippets that must and must not appear) on *tune* pages of the second,
independent thread generator (``bench/thread_corpus2.py``) and on tiny threads of the first one (tune material):
what round 8 of the thread mechanism added. Check pages of thread_corpus2 are only scored
(``python bench/thread_corpus2.py --score``)."""

from __future__ import annotations

import statistics
import sys

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT
from tests.thread_checks import assert_fixed_and_split

sys.path.insert(0, str(ROOT / "bench"))
import thread_corpus
import thread_corpus2
from bench_extract import CUES_EN, CUES_ZH, leaks, prf

PAGES = {p.id: p for p in thread_corpus2.build()}
TUNE = [p for p in PAGES.values() if thread_corpus2.page_half(p.id) == "tune"]
TINY = {t.id: t for t in thread_corpus.build_tiny()}

GOLDEN: list[tuple[str, str, tuple[str, ...], tuple[str, ...]]] = [
    # (page, why, must, must not)
    (
        "vb4_0",
        "vBulletin 4: the first post's date under the thread title reads as a news story's byline, but its element is"
        " in every reply's header: the replies are the thread, no article's comments",
        ("That was it: the job ran a system Python.", "If you ride in the rain a lot, switch to sintered pads."),
        ("Join Date", "Reply With Quote"),
    ),
    (
        "phpbb_2",
        "phpBB: a 'Re: <title>' link heading over each reply made the replies' text teasers (empty output)",
        ("A balanced liquid feed every two weeks", "Can confirm, fixed it for me too.", "Great answer."),
        ("Posts:", "Joined:", "Re: Yellow leaves", "Currently growing: 14 kinds of tomato."),
    ),
    (
        "github_2",
        "GitHub-like timeline: a heading whose link is a date made the comments' text teasers",
        ("Browsers with many tabs can keep the processor busy.", "Bump, same problem.", "Interesting, never knew"),
        ("commented", "No one assigned", "added the"),
    ),
    (
        "github_1",
        "GitHub-like issue of one post",
        ("Thanks, cleaning the rotor and re-centring the caliper fixed it.",),
        ("opened this issue", "Assignees"),
    ),
    (
        "zhidao_3",
        "Zhidao: the question's text in an element whose first class ('line') the answers' user cards wear",
        ("睡前给它喂一顿，吃饱了猫一般会睡得比较久", "电动车买了三年，最近充满电只能跑二十公里", "通风是最有效的办法"),
        ("你对这个回答的评价是？", "已赞过", "次浏览", "为你推荐"),
    ),
    (
        "smf_0",
        "SMF: 'Re: <title>' subjects, '« Reply #n on: <date> »' lines and signatures stay out",
        ("I had the same issue and it turned out to be a loose rotor bolt.",),
        ("« Reply #", "Karma:", "Logged", "Ride more, worry less."),
    ),
    (
        "stackexchange_4",
        "Stack Exchange with one answer: its menu has 'Share' / 'Follow', no reply or report link",
        ("Squealing disc brakes are often contaminated.", "That was it: the job ran a system Python."),
        ("Improve this answer", "Add a comment", "Sorted by:"),
    ),
    (
        "hupu_4",
        "Hupu with one reply (its actions are '亮了' / '回复' / '举报' spans)",
        ("家里的猫最近总是半夜叫", "最近在看房子租，中介说押一付三"),
        ("发布于北京", "亮了(", "全部回复"),
    ),
]


@pytest.mark.parametrize("spec", GOLDEN, ids=[g[0] for g in GOLDEN])
def test_golden_generated_page(spec: tuple[str, str, tuple[str, ...], tuple[str, ...]]) -> None:
    page_id, _why, must, must_not = spec
    assert thread_corpus2.page_half(page_id) == "tune", "golden pages come from the tune half only"
    text = extract_html(PAGES[page_id].html).text
    for snippet in must:
        assert snippet in text, f"{page_id}: missing {snippet!r}"
    for snippet in must_not:
        assert snippet not in text, f"{page_id}: chrome {snippet!r} kept"


TINY_GOLDEN: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    # a reply's subject line, a thread's counters above the posts, the near-empty fallback read as a thread
    ("tiny_vbulletin_1", ("Thanks, that fixed it.", "My router keeps dropping Wi-Fi."), ("Re: ",)),
    ("tiny_discuz_1", ("先清洗一下滤网试试。", "外机风扇转不转？"), ("查看:", "回复:")),
    ("tiny_tieba_0", ("先清洗一下滤网试试。", "可能是缺氟了，找师傅看看。"), ("关注：", "贴子：")),
    ("tiny_zhihu_3", ("可能是缺氟了，找师傅看看。", "先清洗一下滤网试试。", "电容坏了换一个就行。"), ("个回答",)),
]


@pytest.mark.parametrize("spec", TINY_GOLDEN, ids=[g[0] for g in TINY_GOLDEN])
def test_golden_tiny_thread(spec: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:
    page_id, must, must_not = spec
    text = extract_html(TINY[page_id].html).text
    for snippet in must:
        assert snippet in text, f"{page_id}: missing {snippet!r}"
    for snippet in must_not:
        assert snippet not in text, f"{page_id}: chrome {snippet!r} kept"


def test_the_generator_is_fixed_and_split() -> None:
    assert_fixed_and_split(thread_corpus2)


def test_tune_half_scores() -> None:
    """The tune half as a whole (round 8: F1 0.949, no page leaking a cue word)."""
    f1s = []
    for p in TUNE:
        text = extract_html(p.html).text
        f1s.append(prf(text, p.gold())[0])
        assert not leaks(text, p.gold(), CUES_ZH if p.lang == "zh" else CUES_EN), p.id
    assert statistics.fmean(f1s) >= 0.94


@pytest.mark.parametrize("page_id", ["xenforo_5", "smf_5", "nga_5"])
def test_a_question_titling_its_page_once(page_id: str) -> None:
    """A tiny Q&A whose one-line question is the page's title (its heading and its post): the question once, then
    the answer."""
    page = PAGES[page_id]
    assert thread_corpus2.page_half(page_id) == "tune" and page.shape == "tiny_qa"
    text = extract_html(page.html).text
    question, answer = page.posts[0].paras[0], page.posts[1].paras[0]
    assert text.count(question) == 1 and answer in text
