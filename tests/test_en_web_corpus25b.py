"""Golden tests on *tune* pages of ``bench/en_web_corpus25b.py`` (English pages where block choice fails for
generic reasons) and self-contained markup of the same shapes: what round 25b changed. The generator's texts are
drawn at run time from the shared extraction sets' tune golds; check pages are only scored
(``python bench/en_web_corpus25b.py --score``); the fresh seeds of the round's report are never tested on."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from cleaner.extraction import extract_html
from tests.conftest import ROOT, SHARED

DATA = Path(os.environ.get("CLEANER_SHARED", SHARED)) / "data" / "extraction"
sys.path.insert(0, str(ROOT / "bench"))

_PARAS = (
    "The council voted on Tuesday to close the old harbour bridge to cars from next spring, after engineers found "
    "that two of its steel supports had lost a third of their thickness to rust.",
    "Cyclists and people on foot will still be able to cross, the council said, while a ferry will run every twenty "
    "minutes between the two quays during the eighteen months the repairs are expected to take.",
    "Shop owners on the north quay said they feared losing customers, and asked the council to put up signs on the "
    "ring road telling drivers how to reach the car parks from the other side of the river.",
)
_SPINNER = "Loading the full story, please wait a moment."


def _shell(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>Harbour bridge to close to cars</title>{head}</head><body>"
        '<header><a href="/">Harbour Times</a> <nav><a href="#">News</a> <a href="#">Sport</a></nav></header>'
        f"<main><article><h1>Harbour bridge to close to cars</h1>{body}</article></main>"
        "<footer>© Harbour Times</footer></body></html>"
    )


def test_a_lazy_page_whose_article_is_in_noscript_gives_the_article() -> None:
    paras = "".join(f"<p>{p}</p>" for p in _PARAS)
    body = f'<div class="lazy"><div class="spinner">{_SPINNER}</div></div><noscript><div>{paras}</div></noscript>'
    doc = extract_html(_shell(body))
    assert all(p in doc.text for p in _PARAS), doc.text
    assert doc.removed.get("html.fallback_noscript") == 1


def test_a_placeholder_line_beside_a_json_ld_article_gives_the_json_ld_article() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": "\n\n".join(_PARAS)}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    doc = extract_html(_shell(f'<div class="spinner">{_SPINNER}</div>', head))
    assert all(p in doc.text for p in _PARAS) and _SPINNER not in doc.text, doc.text
    assert doc.removed.get("html.fallback_json_ld") == 1


def test_an_article_in_the_dom_is_not_replaced_by_its_json_ld_or_a_noscript() -> None:
    """A short article the DOM holds (over the thin-text bound) stays, though JSON-LD states a longer one and a
    ``<noscript>`` holds prose (a message to turn scripts on)."""
    shown = _PARAS[0]
    ld = {"@type": "NewsArticle", "articleBody": "\n\n".join(_PARAS * 3)}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    note = (
        "<noscript><p>Please turn on JavaScript in your browser to see the comments and the photo gallery of this "
        "page.</p></noscript>"
    )
    doc = extract_html(_shell(f"<p>{shown}</p>{note}", head))
    assert doc.text == shown


@pytest.mark.skipif(not DATA.is_dir(), reason="en_web_corpus25b reads its texts from ../shared/data/extraction")
def test_generator_tune_lazy_pages_keep_their_article() -> None:
    """Tune ``noscript_lazy`` pages on the round's dev seed keep their gold's first and last sentence."""
    import en_web_corpus25b as gen
    from halves import TUNE

    text = gen.Text.load(DATA)
    pages = [gen.build_page("noscript_lazy", i, text, "en25b-dev1") for i in range(10)]
    pages = [p for p in pages if p.half == TUNE]
    assert len(pages) >= 2
    for p in pages:
        out = gen._norm(extract_html(p.html, url=gen._url(p)).text)
        assert all(gen._norm(m) in out for m in p.must), p.id


def test_a_price_box_with_two_notice_lines_is_a_widget() -> None:
    """A buy box around a settings form (size, colour) holding a stock line and a shipping line: both notices go,
    the product's description stays."""
    stock = "Only 3 left in stock, so order soon to receive it before the weekend."
    ship = "Free standard shipping on orders over $40, and returns are accepted within thirty days of delivery."
    box = (
        f'<div class="buy-box"><span class="price">$116.16</span><p class="stock">{stock}</p><p>{ship}</p>'
        "<form><label>Size</label><select><option>S</option><option>M</option></select><label>Colour</label>"
        "<select><option>Black</option></select><button>Add to cart</button></form></div>"
    )
    body = f'<div class="product-info"><div class="summary">{"".join(f"<p>{p}</p>" for p in _PARAS)}</div>{box}</div>'
    out = extract_html(_shell(body)).text
    assert all(p in out for p in _PARAS), out
    assert stock not in out and ship not in out, out
