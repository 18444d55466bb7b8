"""The quick forms of session 36 (helper xspeed36) decide as the plain forms they stand for.

:func:`cleaner.extraction._unswallowed` reads the page once a try with two combined patterns where its plain form
lowers the page and searches it once a name: compared on generated pages of start and end tags in every case,
the characters that Unicode case-insensitive matching or ``str.lower()`` treat apart ("ſ", "ı", "İ", the Kelvin sign),
comments opened and closed, tags with no ">" after them, and the block tags that say the markup was taken in.
"""

from __future__ import annotations

import random
import sys

from cleaner.extraction import _OPENED, _lowered_as, _unswallowed, _unswallowed_plain

_NAMES = (*_OPENED, "p", "div", "br", "li", "scrip", "titles")


def _variant(rng: random.Random, name: str) -> str:
    out = []
    for c in name:
        pick = rng.random()
        if pick < 0.2:
            out.append(c.upper())
        elif pick < 0.25 and c == "s":
            out.append("\u017f")  # long s: matches "s" ignoring case, lowers to itself
        elif pick < 0.3 and c == "i":
            out.append(rng.choice("\u0131\u0130"))  # dotless i, capital I with a dot
        elif pick < 0.33 and c in "kt":
            out.append("\u212a")  # Kelvin sign: lowers to "k"
        else:
            out.append(c)
    return "".join(out)


def _page(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randrange(1, 40)):
        kind = rng.random()
        name = _variant(rng, rng.choice(_NAMES))
        if kind < 0.3:
            parts.append("<" + name + rng.choice(["", ">", " a=1>", "/>", "\t>", "x>", " ", "\u3000>"]))
        elif kind < 0.5:
            parts.append("</" + name + rng.choice(["", ">", " >"]))
        elif kind < 0.6:
            parts.append(rng.choice(["<!--", "-->", "<!-", "->", "--", "<!---->"]))
        elif kind < 0.7:
            parts.append(rng.choice(["<p>", "<DIV class=a>", "<br/>", "<h2>", "<td>", "<li "]))
        else:
            parts.append(rng.choice(["text", " ", ">", "<", "文字", "\U0001f600", "\u0130", "K", "a<b"]))
    return "".join(parts)


def test_unswallowed_is_the_plain_search() -> None:
    rng = random.Random(36)
    seen = 0
    for _ in range(6000):
        html = _page(rng)
        got = _unswallowed(html)
        assert got == _unswallowed_plain(html), html
        seen += got[1] > 0
    assert seen > 500  # (the pages take out a tag often enough for the comparison to say something)


def test_lowered_as_takes_every_code_point_that_lowers_onto_the_name() -> None:
    # the premise of _END_TAG: the one-character lowerings onto ASCII letters are the letter, its capital and the
    # Kelvin sign; only "İ" lowers to more than one character (then _unswallowed reads the page the plain way)
    longer = [c for c in map(chr, range(sys.maxunicode + 1)) if len(c.lower()) != 1]
    assert longer == ["\u0130"]
    onto: dict[str, set[str]] = {}
    for c in map(chr, range(sys.maxunicode + 1)):
        low = c.lower()
        if len(low) == 1 and low.isascii():
            onto.setdefault(low, set()).add(c)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert set(_lowered_as(letter)[1:-1]) == onto[letter]
    assert all(onto[c] == {c} for c in onto if not c.isalpha())  # ("<", "/", "-", ">", "!" lower from themselves)
