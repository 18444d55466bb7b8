"""Forum threads under another forum's layout (bench/perturb_threads.py): the posts are found by their agreement with
the gold, every layout keeps the gold text in the page, and the thread survives what broke it: a signature of prose
under every post (however its element is named), and the first post's own signature and action bar below it in its
item, above the replies."""

from __future__ import annotations

import sys

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED
from tests.thread_checks import perturbed_f1

sys.path.insert(0, str(ROOT / "bench"))
import perturb_threads as pt
from bench_extract import Page, prf
from perturb import Pool

POSTS = [
    [
        "My laptop fan has been running at full speed since the last firmware update, even when the machine is idle.",
        "I already tried resetting the SMC and reinstalling the drivers. Has anyone found a fix for this?",
    ],
    ["Same here. Rolling back to the previous firmware fixed it for me, but it took about an hour."],
    ["Check the power plan settings first; the update switched mine to maximum performance without asking."],
    ["Thanks, the power plan was the culprit. Everything is quiet again after switching it back."],
]
MOTTOS = [
    "Life is what happens to you while you are busy making other plans, as the old song goes.",
    "The best way to predict the future is to invent it, and the second best is to read the manual.",
    "Every expert was once a beginner who refused to give up on the hard problems in front of them.",
    "Simplicity is prerequisite for reliability, and reliability is the only feature users notice.",
]


def _thread(signed: bool) -> str:
    """A thread whose items are named by no class word (``pp``): a user panel, a date, the post, a signature of
    prose (``signed``), a reply / quote / report bar."""
    items = []
    for k, (paras, motto) in enumerate(zip(POSTS, MOTTOS, strict=True)):
        body = "".join(f"<p>{p}</p>" for p in paras)
        sign = f'<div class="sg">{motto}</div>' if signed else ""
        items.append(
            f'<div class="pp"><div class="pl"><div class="up"><img src="/a/{k}.png"><a href="/u/{k}">user{k}</a>'
            f'<div class="ul">Senior Member</div><div class="us">Posts: {120 + k}</div>'
            f'<div class="uj">Joined: 2019-0{k + 1}-11</div></div></div><div class="pr">'
            f'<div class="pt">Posted 2024-03-0{k + 1} 10:2{k}</div><div class="tx">{body}</div>{sign}'
            f'<div class="pa"><a href="#r">Reply</a> <a href="#q">Quote</a> <a href="#x">Report</a>'
            f' <span class="v">Like {k + 2}</span></div></div></div>'
        )
    return (
        "<html><head><title>Laptop fan at full speed after update - Help forum</title></head><body>"
        '<div class="nav"><a href="/">Home</a> <a href="/f">Forums</a> <a href="/new">New posts</a></div>'
        "<h1>Laptop fan at full speed after update</h1>"
        f'<div class="stream">{"".join(items)}</div>'
        '<div class="foot">Contact us | Terms | Privacy</div></body></html>'
    )


def _page(html: str) -> Page:
    gold = "\n".join(p for paras in POSTS for p in paras)
    return Page("synthetic_en", "thread-1", html, gold, None, "en", "forum", "tune")


@pytest.mark.parametrize("signed", [False, True])
def test_every_post_is_kept_and_no_signature(signed: bool) -> None:
    text = extract_html(_thread(signed)).text
    for paras in POSTS:
        for p in paras:
            assert p in text
    for motto in MOTTOS:
        assert motto not in text


def test_the_posts_are_found_by_their_agreement_with_the_gold() -> None:
    page = _page(_thread(signed=True))
    found = pt.locate_posts(page.html, page.gold)
    assert found is not None
    _, container, posts = found
    assert container.attrs.get("class") == "stream"
    assert [p.attrs.get("class") for p in posts] == ["pp"] * 4


@pytest.mark.parametrize("kind", pt.KINDS)
def test_every_layout_keeps_the_gold_text_in_the_page(kind: str) -> None:
    page = _page(_thread(signed=False))
    pool = Pool([page], "en")
    done = pt.perturb(page, kind, pool)
    if kind == "quote_blocks":  # one reply quotes the one above it: the quoted excerpt joins the gold
        assert done is not None
        html, gold = done
        assert gold.startswith(page.gold) and len(gold) > len(page.gold)
        assert html.count("<blockquote") == 1
        assert gold[len(page.gold) :].strip() in html
    else:
        assert done is not None
        html, gold = done
        assert gold == page.gold
    text = " ".join(extract_html(html).text.split())
    assert prf(text, gold)[0] > 0.5
    for paras in POSTS:
        for p in paras:
            assert p in html


DATA = SHARED / "data" / "extraction"


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize(
    ("set_name", "page_id"),
    [("magichtml_zh", "forum_3a43c342657cab39"), ("magichtml_en", "forum_5d5c1f0e282cdb38")],
)
def test_tune_threads_keep_their_score_under_a_user_panel_and_signature_per_post(set_name: str, page_id: str) -> None:
    """A flarum thread (signatures labelled "签名：") and a phpBB thread (each post inside the new item, its
    signature and bar below it, above the next item's user panel: the first post's tail must not end the thread)."""
    f_base, f_changed = perturbed_f1(DATA, set_name, page_id, "chrome_per_post")
    assert f_changed >= f_base - 0.05
