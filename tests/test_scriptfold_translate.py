"""scriptfold.translate: the numpy path gives what str.translate gives."""

from __future__ import annotations

import random

import pytest

from cleaner.text.scriptfold import _BULK, _table, translate


def _texts() -> list[str]:
    pairs = _table()
    rnd = random.Random(7)
    odd = ["a", " ", "\ud800", "\udfff", "\U00020000", "\x00", "\uffff"]  # ASCII, lone surrogates, beyond the BMP
    chars = [*list(pairs)[:500], *list(pairs.values())[:500], *odd]
    bmp = [ch for ch in chars if ord(ch) < 0x10000]  # no character beyond the BMP: the path without masks
    return ["", "plain ascii " * 500] + [
        "".join(rnd.choice(pool) for _ in range(n))
        for pool in (chars, bmp)
        for n in (10, _BULK - 1, _BULK, 3 * _BULK + 7)
    ]


@pytest.mark.parametrize(
    "table",
    [
        {ord(k): v for k, v in _table().items()},
        {ord("a"): "b"},
        {0x20000: "x"},  # outside the BMP: str.translate
        {ord("a"): "bc"},  # not one character: str.translate
        {},
    ],
)
def test_translate_is_str_translate(table: dict[int, str]) -> None:
    for text in _texts():
        assert translate(text, table) == text.translate(table)
