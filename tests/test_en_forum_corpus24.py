# ruff: noqa: E501  (markup is long literal lines)
"""Golden tests on *tune* pages of ``bench/en_forum_corpus24.py`` (English forum and support-community engines with
chrome inside their posts) and self-contained markup of the same shapes: what round 24 changed. The generator's
texts are drawn at run time from the shared extraction sets' tune golds. Check pages are only scored
(``python bench/en_forum_corpus24.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import os
import re
import sys
import tomllib
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.dom import hint_of
from cleaner.extraction.thread import _DATED
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

_POSTS = (
    "The mash sat at sixty-six degrees for an hour and the gravity still came out four points under the recipe. "
    "I used the same grain bill as last time and crushed it at the shop.",
    "Check your thermometer against boiling water first, a cheap one can be off by two or three degrees easily.",
    "Thanks, that worked!",
    "A longer mash at a lower temperature gives you more fermentable sugar, but not more of it overall, sadly.",
)


@pytest.mark.parametrize(
    "line",
    [
        "Last edited by Old Timer (2012-11-14 14:22:33)",
        "Edited 3 time(s). Last edit at 04/13/2012 10:11AM by pixel_pusher.",
        "Last edited by bob; 03-05-2024 at 10:22 AM. Reason: fixed the link to the manual",
        "Last edited by X; 03-05-2024 at 10:22 AM.",
    ],
)
def test_forum_edit_stamps_are_dropped(line: str) -> None:
    """FluxBB's, Phorum's and vBulletin's edit stamps (with a "Reason:") are drop_line.forum-edited."""
    table = tomllib.loads((ROOT / "cleaner" / "rules" / "html.toml").read_text(encoding="utf-8"))
    pattern = table["drop_line"]["forum-edited"]
    assert re.match(pattern, line)
    assert not re.match(pattern, "Last edited by the time I came back it was gone.")


def test_english_month_dates_are_dated() -> None:
    """A post header with a month's name and no time of day holds a date; a word like "market" is no month."""
    assert _DATED.search("tux_fan Independent Advisor Replied on Sep 26, 2014")
    assert _DATED.search("Posted 12 March 2019")
    assert not _DATED.search("the market 12, 2014")


def test_signature_classes_are_weak() -> None:
    """FluxBB's ``postsignature`` and vBulletin 4's ``signaturecontainer`` are boilerplate hints, as ``signature`` is."""
    assert hint_of("postsignature postmsg") < 0
    assert hint_of("signaturecontainer") < 0
    assert hint_of("signature") < 0


def test_mail_signature_in_a_br_body_goes() -> None:
    """A HyperKitty message body of ``<br>`` lines: its "-- " line and the signature below it go, its text stays."""
    mails = "".join(
        f'<div class="email"><div class="email-header"><span class="name"><a href="#">sender{i}</a></span> <span class="date">Mar {i + 2}, 2020 4:1{i} p.m.</span></div>'
        f'<div class="email-body">{t}<br><br>-- <br>Keep calm and check the logs before you post a question.</div>'
        '<div class="email-info"><a href="#">Reply</a> <a href="#">Back to the thread</a></div></div>'
        for i, t in enumerate(_POSTS)
    )
    html = (
        '<html><head><title>Low gravity</title></head><body><nav><a href="/">Mailman 3</a> <a href="#">Lists</a></nav>'
        f'<div class="container"><div class="thread-header"><h3>Low gravity</h3></div>{mails}</div><footer>Powered by HyperKitty</footer></body></html>'
    )
    out = extract_html(html, url="http://lists.example.org/archives/thread/ABC/").text
    assert all(t in out for t in _POSTS), out
    assert "Keep calm" not in out, out


@pytest.mark.skipif(not DATA.is_dir(), reason="en_forum_corpus24 reads its texts from ../shared/data/extraction")
@pytest.mark.parametrize("kind", ["fluxbb", "phorum", "ms_community"])
def test_generator_tune_pages_leak_no_chrome(kind: str) -> None:
    """Every tune page of ``kind`` on the round's dev seed keeps its gold's first and last sentence and leaks none of
    its chrome (FluxBB signatures under a reply, Phorum's "Edited N time(s)" box, the feedback sentences and "Replied on <date>" headers)."""
    import en_forum_corpus24 as gen
    from halves import TUNE

    text = gen.Text.load(DATA)
    pages = [gen.build_page(kind, i, text, "en24-dev1") for i in range(6)]
    pages = [p for p in pages if p.half == TUNE]
    assert len(pages) >= 2
    for p in pages:
        out = gen._norm(extract_html(p.html, url=gen._url(p)).text)
        assert all(gen._norm(m) in out for m in p.must), p.id
        assert not [m for m in p.must_not if gen._norm(m) in out], p.id
        assert " replied on " not in out, p.id
