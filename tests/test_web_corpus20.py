"""Golden tests on *tune* pages of ``bench/web_corpus20.py`` (English forum engines, mail archives, Stack-Exchange
answers with code, multilingual news): what round 20 changed. The page texts are drawn at run time from the shared
extraction sets' tune golds and the machine's gettext catalogs, so the tests take the expected lines from the page's
own gold. Check pages are only scored (``python bench/web_corpus20.py --score``); the fresh seeds of the round's
report are never tested on."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

if not (Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction").is_dir():
    pytest.skip("web_corpus20 reads its texts from ../shared/data/extraction", allow_module_level=True)
sys.path.insert(0, str(ROOT / "bench"))
import web_corpus20
from halves import TUNE

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"


@pytest.fixture(scope="module")
def pages() -> dict[str, web_corpus20.GenPage]:
    text = web_corpus20.Text.load(DATA)
    out = {}
    for kind in ("se_code", "mhonarc"):
        for i in range(web_corpus20.PAGES_PER_KIND):
            p = web_corpus20.build_page(kind, i, text, web_corpus20.SET)
            if p.half == TUNE:
                out[p.id] = p
    return out


def _out(p: web_corpus20.GenPage) -> list[str]:
    return [x.strip() for x in extract_html(p.html, url=web_corpus20._url(p)).text.splitlines()]


def test_code_in_every_answer_stays(pages: dict[str, web_corpus20.GenPage]) -> None:
    """A ``<pre>`` code block in two answers or more is the answers' code, not a chrome slot they share (it weighs
    nothing as prose): every code line of the question and of the answers stays (it used to go from the answers)."""
    pids = [pid for pid in pages if pid.startswith("se_code-")]
    assert len(pids) >= 4
    for pid in pids:
        out = _out(pages[pid])
        gold_code = [
            x.strip()
            for x in pages[pid].gold.splitlines()
            if x.startswith(("    ", "$ ", "def ", "server {", "import "))
        ]
        missing = [x for x in gold_code if x not in out]
        assert not missing, (pid, missing)


def test_mail_archive_header_fields_go(pages: dict[str, web_corpus20.GenPage]) -> None:
    """A MHonArc page's header fields ("To: list@…", "From: X <x@…>", "Date: … +0200", "Message-id: <…@…>") go
    (rules: drop_line.mail-header); the message stays, its quoted lines with it (gold since round 38)."""
    pids = [pid for pid in pages if pid.startswith("mhonarc-")]
    assert len(pids) >= 3
    for pid in pids:
        out = _out(pages[pid])
        heads = [x for x in out if x.split(":")[0] in ("To", "From", "Date", "Message-id", "In-reply-to")]
        assert not heads, (pid, heads)
        body = [x for x in pages[pid].gold.splitlines() if len(x) > 80]  # the quoted lines are gold without "> "
        assert all(x.strip() in [y.removeprefix("> ") for y in out] for x in body), pid
