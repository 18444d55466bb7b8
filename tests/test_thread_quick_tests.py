"""The quick tests in thread.py (a substring search on the lower-cased class and id names before the word split)
decide as the plain forms they guard, on generated names and pages: camel case, digits, separators, stems
inside longer words, and the non-ASCII letters that lower-case to ASCII ones."""

from __future__ import annotations

import random

from cleaner.extraction.dom import parse_page
from cleaner.extraction.thread import (
    _CAMEL,
    _WORD,
    ANSWER_STEMS,
    REPLY_STEMS,
    REPLY_WORDS,
    _answer_named,
    _answers_below,
    _reply_like_of,
)

_PIECES = [
    *REPLY_STEMS,
    *REPLY_WORDS,
    *ANSWER_STEMS,
    "Reply",
    "POST",
    "Comment",
    "Answer",
    "msgbox",
    "preply",
    "ui",
    "list",
    "x",
    "\u0130",  # İ: lower-cases to "i" and a combining dot
    "\u212a",  # the Kelvin sign: lower-cases to "k"
    "-",
    "_",
    " ",
    "7",
]


def _names(rnd: random.Random, n: int) -> list[str]:
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 6))) for _ in range(n)]


def _reply_like_reference(ident: str) -> bool:
    if not ident:
        return False
    words = _WORD.findall(_CAMEL.sub(" ", ident).lower())
    return any(w.startswith(REPLY_STEMS) or w in REPLY_WORDS for w in words)


def test_reply_like_is_the_word_test() -> None:
    for ident in _names(random.Random(11), 5000):
        assert _reply_like_of(ident) == _reply_like_reference(ident), ident


def test_answers_below_is_the_loop_over_blocks() -> None:
    rnd = random.Random(12)
    for _ in range(60):
        names = _names(rnd, 40)
        html = "".join(
            f'<div class="{name}"><p>line {k}</p>{"<div><img></div>" if k % 3 else ""}</div>'
            for k, name in enumerate(names)
        )
        page = parse_page(f"<html><body>{html}</body></html>")
        n = len(page.lines)
        for start in range(0, n, 3):
            end = min(n, start + rnd.randint(1, 12))
            plain = any(_answer_named(b.ident) for b in page.blocks if start <= b.start < end)
            assert _answers_below(page, start, end) == plain
