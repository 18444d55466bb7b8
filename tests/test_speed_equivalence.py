"""The numpy forms of the nesting guard and of the Traditional-Chinese fold decide as the plain forms they replace.

The references below are the former implementations (byte counts per chunk, a regex ``findall`` with a
``Counter`` and ``set(html)``), run on generated inputs: the chunk edges of the guard, pages on both sides of
the probe and the fold thresholds, characters beyond the BMP, lone surrogates.
"""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from cleaner.extraction import _BARE, _CHUNK, MAX_NESTING, _maybe_deep
from cleaner.text.scriptfold import _PROBE, _PROBE_HITS, MIN_TRADITIONAL, Fold, _probe, _table, page_fold

_CLOSING = re.compile(rb"</")


def _maybe_deep_reference(data: bytes) -> bool:
    chunks = range(0, len(data), _CHUNK)
    tags = [data.count(b"<", i, i + _CHUNK) for i in chunks]
    total = sum(tags)
    if total <= MAX_NESTING:
        return False
    enough = (total - MAX_NESTING) / 2
    closed = 0
    for i, n in zip(chunks, tags, strict=True):
        if n > MAX_NESTING // 2:
            ends = len(_CLOSING.findall(data, i, i + _CHUNK))
            if ends * 8 < n:
                return True
            closed += ends
        elif closed < enough:
            closed += len(_CLOSING.findall(data, i, i + _CHUNK))
    if total - 2 * closed > MAX_NESTING:
        for tag in (b"div", b"span", b"noscript"):
            if data.count(b"<" + tag) - data.count(b"</" + tag) > MAX_NESTING:
                return True
    return False


def test_maybe_deep_is_the_byte_count_test() -> None:
    rnd = random.Random(7)
    pieces = [b"<div>", b"</div>", b"<", b"</", b"<span>", b"</span>", b"<b>", b"x" * 50, "中文".encode(), b"/", b"\n"]
    flagged = 0
    for _ in range(150):
        weights = [rnd.random() for _ in pieces]
        size = rnd.choice([0, 100, 5000, _CHUNK - 1, _CHUNK, _CHUNK + 1, 2 * _CHUNK, 200_000])
        out = bytearray(b"".join(rnd.choices(pieces, weights, k=size // 4 + 1))[:size])
        if len(out) > _CHUNK and rnd.random() < 0.5:  # a "</" across a chunk edge counts in neither chunk
            edge = _CHUNK * rnd.randint(1, len(out) // _CHUNK)
            if edge < len(out):
                out[edge - 1 : edge + 1] = b"</"
        data = bytes(out)
        expected = _maybe_deep_reference(data)
        flagged += expected
        assert _maybe_deep(data) == expected
    assert 0 < flagged < 150  # both answers were tried


def _page_fold_reference(html: str, *also: str | None) -> Fold | None:
    if html.isascii():
        return None
    pairs = _table()
    traditional = re.compile("[" + "".join(sorted(pairs)) + "]")
    if len(html) > 4 * _PROBE and len(traditional.findall(_probe(html))) < _PROBE_HITS:
        return None
    found = traditional.findall(html)
    if len(found) < MIN_TRADITIONAL:
        return None
    present = set(html).union(*(a for a in also if a))
    by_target: dict[str, tuple[int, str]] = {}
    for t, n in Counter(found).items():
        s = pairs[t]
        if s in present:
            continue
        if s not in by_target or n > by_target[s][0]:
            by_target[s] = (n, t)
    fold = {ord(t): s for s, (_, t) in by_target.items()}
    return (fold, {ord(s): t for s, (_, t) in by_target.items()}) if fold else None


def test_page_fold_is_the_findall_fold() -> None:
    pairs = _table()
    rnd = random.Random(11)
    traditional = list(pairs)[:200]
    simplified = [pairs[t] for t in traditional]
    odd = ["a", " ", "<p>", "中文", "\U00020000", "\ud800", *[s for s in pairs.values() if ord(s) > 0xFFFF][:3]]
    folded = 0
    for _ in range(150):
        share = rnd.choice([0.0, 0.001, 0.01, 0.2])
        n = rnd.choice([30, 500, 4 * _PROBE + 1, 12_000])
        html = "".join(
            rnd.choice(traditional) if rnd.random() < share else rnd.choice(simplified + odd) for _ in range(n)
        )
        also = rnd.choice([None, "", "".join(rnd.choice(simplified) for _ in range(5))])
        expected = _page_fold_reference(html, also)
        got = page_fold(html, also)
        folded += expected is not None
        assert got == expected
        if got is not None and expected is not None:
            assert list(got[0].items()) == list(expected[0].items())  # the same order, too
    assert folded > 0


def _marks_reference(data: bytes, chunk: int, bare: int) -> tuple[int, list[int], list[int], list[int], list[int]]:
    """The kernel's ``page_marks`` in plain counts: ``=``; ``<`` and ``</`` per chunk; the whole stretches of ``bare``
    bytes without ``<`` or ``>``, and those without ``<``."""
    starts = range(0, len(data), chunk)
    lt = [data.count(b"<", i, i + chunk) for i in starts]
    closes = [len(_CLOSING.findall(data, i, i + chunk)) for i in starts]
    stretches = range(len(data) // bare)
    flagged = [
        k
        for k in stretches
        if b"<" not in data[k * bare : (k + 1) * bare] or b">" not in data[k * bare : (k + 1) * bare]
    ]
    return data.count(b"="), lt, closes, flagged, [k for k in flagged if b"<" not in data[k * bare : (k + 1) * bare]]


def test_page_marks_are_the_byte_counts() -> None:
    """The kernel's counts for ``_guard`` (``_maybe_deep`` on them decides as the byte count test), chunk edges
    included."""
    sketch = pytest.importorskip("cleaner.dedup._sketch")
    rnd = random.Random(11)
    pieces = [b"<div>", b"</div>", b"<", b"</", b">", b"=", b'a="b"', b"x" * 50, "中文".encode(), b"/", b"\n"]
    for _ in range(150):
        weights = [rnd.random() for _ in pieces]
        size = rnd.choice([0, 1, 7, 100, 5000, _CHUNK - 1, _CHUNK, _CHUNK + 1, 2 * _CHUNK, 200_000])
        data = b"".join(rnd.choices(pieces, weights, k=size // 4 + 1))[:size]
        for chunk, bare in ((_CHUNK, _BARE), (7, 5), (2, 1)):
            assert sketch.page_marks(data, chunk, bare) == _marks_reference(data, chunk, bare)
        _, lt, closes, _, _ = sketch.page_marks(data, _CHUNK, _BARE)
        assert _maybe_deep(data, None, (lt, closes)) == _maybe_deep_reference(data)


def test_page_marks_of_runs_of_one_mark() -> None:
    """Runs of one mark past the kernel's 255 steps of 16 bytes (where each byte-wide count is full), at lengths
    around a step and a pair across two steps."""
    sketch = pytest.importorskip("cleaner.dedup._sketch")
    for unit in (b"<", b"=", b"</", b"<<//", b"<=/", b"x" * 15 + b"<", b"x" * 16 + b"</"):
        for size in (15, 16, 17, 18, 33, 255 * 16, 255 * 16 + 1, 255 * 16 + 17, 3 * 255 * 16 + 5):
            data = (unit * size)[:size]
            for chunk, bare in ((_CHUNK, _BARE), (255 * 16, 7), (2, 1)):
                assert sketch.page_marks(data, chunk, bare) == _marks_reference(data, chunk, bare)
