"""The extraction's C speed-ups (``cleaner/extraction/_speedups.c``, session 37) give what their Python gives.

The attribute reads (``block_ident``, ``named_anchor``) are checked element by element against dom.py's own
``_ident`` / ``_anchor`` tests of ``node.attributes`` on generated pages of attribute shapes; the three text loops
against the regexes they replace, over every code point and on generated strings. Without the module (a pure
install) the tests that need it are skipped: dom.py then runs its Python."""

from __future__ import annotations

import random
import re

import pytest
from selectolax.lexbor import LexborHTMLParser

from cleaner.extraction import dom

speedups = pytest.importorskip("cleaner.extraction._speedups")

_NON_WORD = re.compile(r"[\W_]+")
_DECIMALS = re.compile(r"\d+")


def test_the_walk_uses_the_module_when_built() -> None:
    """Built, the module binds selectolax's lexbor functions and passes dom.py's check on its probe page (a new
    selectolax whose module exports them no more, or answers otherwise, fails here, where the walk would fall back
    to its Python in silence)."""
    assert dom._BLOCK_IDENT is speedups.block_ident
    assert dom._NAMED_ANCHOR is speedups.named_anchor
    assert dom.cjk_ungap is speedups.cjk_ungap
    assert dom.alnum_only is speedups.alnum_only
    assert dom.no_decimals is speedups.no_decimals


_NAMES = ["class", "id", "style", "role", "hidden", "name", "href", "data-x", "title", "CLASS", "Id", "xlink:href"]
_VALUES = [
    None,
    "",
    "post",
    "post main",
    "p-12",
    "hidden",
    "d-none x",
    "chide",
    "display:none",
    "DISPLAY:NONE",
    "float:left",
    "color: red",
    "dialog",
    "alertdialog",
    "文章 正文",
    "a\u00e9",
    "\ufeffx",
    "&amp;",
    "&#0;",
    "x\u0130y",
    " sp ",
]


def _element(rnd: random.Random) -> str:
    tag = rnd.choice(["div", "p", "a", "section", "li", "span"])
    attrs = []
    for _ in range(rnd.randrange(0, 5)):
        name, value = rnd.choice(_NAMES), rnd.choice(_VALUES)
        attrs.append(name if value is None else f'{name}="{value}"')
    return f"<{tag} {' '.join(attrs)}><b>x</b> y</{tag}>"


def test_attribute_reads_agree_with_the_python() -> None:
    rnd = random.Random(37)
    checked = quick = 0
    for _ in range(300):
        page = "<html><body>" + "".join(_element(rnd) for _ in range(20)) + "</body></html>"
        root = LexborHTMLParser(page).root
        assert root is not None
        for node in root.traverse(include_text=True):
            attrs = node.attributes
            got = speedups.block_ident(node.mem_id)
            checked += 1
            if got is not None:
                quick += 1
                assert got == (dom._ident(attrs) if attrs else ""), attrs
                assert "float" not in (attrs.get("style") or "")
            assert speedups.named_anchor(node.mem_id) == ("name" in attrs and "href" not in attrs), attrs
    assert checked > 6000 and quick > checked // 4


def test_text_loops_agree_over_every_code_point() -> None:
    for c in range(0x110000):
        ch = chr(c)
        for text in (ch, "a" + ch + "1"):
            assert speedups.alnum_only(text) == _NON_WORD.sub("", text)
            assert speedups.no_decimals(text) == _DECIMALS.sub("", text)


def test_cjk_ungap_agrees_with_the_pattern() -> None:
    rnd = random.Random(7)
    pool = [*"中文 ，。a 1", *"\u3000\u303f\u3400\u9fff\uff00\uffef\u2fff\ua000\U0001f600"]
    for _ in range(50000):
        text = "".join(rnd.choice(pool) for _ in range(rnd.randrange(0, 12)))
        assert speedups.cjk_ungap(text) == dom.CJK_GAP.sub("", text)
        assert speedups.alnum_only(text) == _NON_WORD.sub("", text)  # (== on str also compares the kinds)
