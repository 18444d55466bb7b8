"""German-first news and blog layouts (``bench/multi_corpus26.py``, issue #12, round 26): golden tests on *tune* pages
of its dev seed ``en26-dev1`` (the generator's texts are its own, so the pages need no shared data) and the pieces
they rest on: consent platforms' element names as banner hints, a consent wall followed by another banner at the
page's end, numeric European dates in bylines ("Von Anna Berger 20.07.2020 17:54"). Check
pages are only scored (``python bench/multi_corpus26.py --score``); the fresh seeds of the round's report are never
tested on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from cleaner.extraction.dom import BANNER, Line, hint_of
from cleaner.extraction.metadata import is_byline
from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))


@pytest.fixture(scope="module")
def dev_pages() -> dict[str, object]:
    import multi_corpus26

    return {p.id: p for p in multi_corpus26.build(Path("."), "en26-dev1")}


@pytest.mark.parametrize(
    "pid",
    [
        "en26-dev1-consent-6",  # a Sourcepoint consent wall first in the body ("sp_message_container_1")
        "en26-dev1-consent-12",  # the wall at the page's end, a cookie notice after it
        "en26-dev1-consent-1",  # Dutch wall
        "en26-dev1-comments-13",  # a short German story under "Von … 20.07.2020 17:54", Facebook comments below
        "en26-dev1-comments-16",  # a Spanish one
    ],
)
def test_tune_page_passes_the_snippet_rule(dev_pages: dict[str, object], pid: str) -> None:
    from gen_score import judge
    from old_web_corpus import _norm

    page = dev_pages[pid]
    assert page.half == "tune"  # type: ignore[attr-defined]
    out = extract_html(page.html, url=f"http://www.example.com/{pid}.html").text  # type: ignore[attr-defined]
    r = judge(page, out, _norm)  # type: ignore[arg-type]
    assert r.ok, (r.leaked, r.missing)
    assert r.f1 > 0.99


@pytest.mark.parametrize(
    "ident",
    [
        "message-container sp_message_container_1045",
        "qc-cmp2-container",
        "usercentrics-root",
        "didomi-host",
        "CybotCookiebotDialog",
        "BorlabsCookie",
        "cmpbox cmpfull",
        "cmplz-cookiebanner cmplz-show",
        "iubenda-cs-banner",
    ],
)
def test_consent_platform_names_are_banners(ident: str) -> None:
    assert hint_of(ident) == BANNER


@pytest.mark.parametrize("ident", ["message-container", "entry-content consent-given", "comp-main", "cmp-article"])
def test_content_names_stay(ident: str) -> None:
    assert hint_of(ident) != BANNER


def _line(text: str) -> Line:
    return Line(text, len(text.replace(" ", "")), 0, 0, 0, 0)


@pytest.mark.parametrize(
    "text", ["Von Anna Berger 20.07.2020 17:54", "07.11.2024 12:42", "Par Claire Martin 3.5.2023", "12.05.2024 - 18:01"]
)
def test_numeric_european_dates_make_bylines(text: str) -> None:
    assert is_byline(_line(text))


@pytest.mark.parametrize(
    "text",
    [
        "Am 20.07.2020 hat der Gemeinderat von Lübeck mit knapper Mehrheit die Gebühren für die Kitas eingefroren.",
        "Sales fell 1.2.2020 was a record.",
    ],
)
def test_dates_in_sentences_make_no_bylines(text: str) -> None:
    assert not is_byline(_line(text))
