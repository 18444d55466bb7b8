"""The DOM walk over one C pass's lists (``dom._walk_flat``, ``flatten`` in ``cleaner/extraction/_speedups.c``,
session 38) finds what the Python walk over selectolax's nodes (``dom._walk``) finds: every field of every line and
block and of the page (``dom.page_record``), on the tune pages of every extraction set and on generated pages of
random structure (every kind of element the walk tells apart, white space, hiding attributes, links around images,
nesting past ``MAX_DEPTH``). Without the module (a pure install) these tests are skipped: the Python walk runs."""

from __future__ import annotations

import random
import sys

import pytest

from cleaner.extraction import dom
from tests.conftest import ROOT, SHARED

sys.path.insert(0, str(ROOT / "bench"))
from bench_extract import SETS, load_set

speedups = pytest.importorskip("cleaner.extraction._speedups")

DATA = SHARED / "data" / "extraction"


def test_the_flat_walk_is_used_when_built() -> None:
    """Built, the module passes dom.py's probe (a selectolax that lays its nodes out otherwise fails here, where
    ``parse_page`` would fall back to the Python walk in silence)."""
    assert dom._FLAT_WALK


def _same(html: str) -> None:
    flat, plain = dom.page_record(dom._parse(html, True)), dom.page_record(dom._parse(html, False))
    assert flat == plain


@pytest.mark.skipif(not DATA.is_dir(), reason="../shared/data/extraction is not here")
@pytest.mark.parametrize("name", SETS)
def test_both_walks_agree_on_the_tune_pages(name: str) -> None:
    pages = load_set(DATA, name, 60, ("tune",))
    assert pages
    for page in pages:
        _same(page.html)


_TAGS = [
    *("div", "p", "section", "li", "ul", "td", "tr", "table", "h1", "h3", "pre", "article", "main", "blockquote"),
    *("span", "b", "a", "a", "em", "time", "img", "br", "hr", "cite", "aside", "footer", "menu", "button", "input"),
    *("select", "textarea", "noscript", "script", "figcaption", "custom-el", "svg", "label", "font", "center"),
]
_ATTRS = [
    "",
    ' class="post"',
    ' class="share-bar"',
    ' id="comments"',
    ' style="display:none"',
    ' style="float:right"',
    " hidden",
    ' class="hidden md:block"',
    ' role="dialog"',
    ' href="/next"',
    ' href="#top"',
    ' name="n"',
    ' src="x.jpg"',
    ' type="hidden"',
    ' type="password"',
    ' datetime="2024-05-06"',
]
_TEXTS = ["word", " ", "\n  ", "\t", "两个字。", "a, b. ", "\u3000", "\u00a0x", "end!", "长句子，有标点。 "]


def _fragment(rnd: random.Random, depth: int) -> str:
    out: list[str] = []
    for _ in range(rnd.randrange(0, 5 if depth < 6 else 2)):
        if rnd.random() < 0.4:
            out.append(rnd.choice(_TEXTS))
            continue
        tag = rnd.choice(_TAGS)
        attrs = "".join(rnd.choice(_ATTRS) for _ in range(rnd.randrange(0, 3)))
        inner = _fragment(rnd, depth + 1) if rnd.random() < 0.8 else ""
        out.append(f"<{tag}{attrs}>{inner}</{tag}>")
    return "".join(out)


def test_both_walks_agree_on_generated_pages() -> None:
    rnd = random.Random(38)
    for _ in range(400):
        _same(f"<html><head><title>t</title></head><body>{_fragment(rnd, 0)}</body></html>")


def test_both_walks_agree_past_the_depth_limit() -> None:
    rnd = random.Random(380)
    for _ in range(5):
        depth = dom.MAX_DEPTH + rnd.randrange(-3, 20)
        opened = "".join(f"<{rnd.choice(['div', 'span', 'p', 'a href=/x'])}>t{i} " for i in range(depth))
        _same(f"<html><body>{opened}<pre>a\nb</pre> end</body></html>")
