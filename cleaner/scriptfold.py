"""Traditional Chinese pages read like Simplified ones, by a fold that can be undone exactly.

The rules (``为您推荐``, ``责任编辑``, ``用微信扫码``) and the extraction's own cue words are written in
Simplified characters, so on a Big5 / HK / TW page (``為您推薦``, ``責任編輯``) they found nothing. Instead of a
second copy of every rule, a page with Traditional characters is extracted *folded*: each Traditional
character becomes its Simplified one (OpenCC ``t2s``, one character for one, from the packaged
``rules/t2s.txt``), and the result is unfolded back.

The fold is made per page so that it is one-to-one on that page: a Traditional character is folded only if
its Simplified form does not occur on the page, and of several Traditional characters with one Simplified
form (發 and 髮 → 发) only the most frequent is. So every string the extraction takes from the folded page
(text, title, metadata, audit lines) unfolds to the page's own characters, exactly.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files
from typing import TypeVar

import numpy as np
import numpy.typing as npt

__all__ = ["MIN_TRADITIONAL", "Fold", "page_fold", "translate", "unfold"]

MIN_TRADITIONAL = 20
"""A page is folded when it holds at least this many Traditional-only characters (a Simplified page that quotes
a few is left as it is)."""

Fold = tuple[dict[int, str], dict[int, str]]
"""(fold table, unfold table) for ``str.translate``."""

T = TypeVar("T")


@cache
def _table() -> dict[str, str]:
    """Traditional character → Simplified (``t2s.txt``)."""
    pairs: dict[str, str] = {}
    text = files("cleaner.rules").joinpath("t2s.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if len(line) == 2 and not line.startswith("#"):
            pairs[line[0]] = line[1]
    return pairs


_CODE_POINTS = 0x110000


@cache
def _traditional_mask() -> npt.NDArray[np.bool_]:
    """Per code point: a Traditional character of the table (what the table's regex matches)?"""
    mask = np.zeros(_CODE_POINTS, dtype=np.bool_)
    mask[[ord(t) for t in _table()]] = True
    return mask


@cache
def _span() -> re.Pattern[str]:
    """A class of the code points from the table's lowest Traditional character to its highest."""
    codes = [ord(t) for t in _table()]
    return re.compile(f"[{re.escape(chr(min(codes)))}-{re.escape(chr(max(codes)))}]")


def _code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text`` (lone surrogates as their own)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


_count = np.count_nonzero
_PROBE = 1024
_PROBE_HITS = 3


def _probe(html: str) -> str:
    """Five stretches of :data:`_PROBE` characters spread over ``html``: a Traditional page shows its characters
    in any of them (navigation, body, footer)."""
    n = len(html) - _PROBE
    return "".join(html[at : at + _PROBE] for at in (n // 10, 3 * n // 10, n // 2, 7 * n // 10, 9 * n // 10))


def page_fold(html: str, *also: str | None) -> Fold | None:
    """The fold for ``html``, or ``None`` when it has fewer than :data:`MIN_TRADITIONAL` Traditional characters.

    ``also``: other strings that may reach the results unfolded (a URL, a title given by the caller); a
    character of theirs is never the target of the fold, so unfolding leaves them as they are."""
    if html.isascii():
        return None
    traditional = _traditional_mask()
    if len(html) > 4 * _PROBE:
        if _count(traditional[_code_points(_probe(html))]) < _PROBE_HITS:
            return None  # a scan of the whole page costs ≈ 5 % of an extraction; most pages are Simplified
    elif _span().search(html) is None:
        return None  # (a short English text with curly quotes: no character in the table's range; on a long page
        # the regex's scan of every character costs more than the probe's numpy pass)
    pairs = _table()
    codes = _code_points(html)
    found = codes[traditional[codes]]  # the Traditional characters of the table, as code points
    if len(found) < MIN_TRADITIONAL:
        return None
    # Counter(found) in numpy: each character with its count, in the order of first occurrence
    chars, first, counts = np.unique(found, return_index=True, return_counts=True)
    order = np.argsort(first)
    present = np.zeros(_CODE_POINTS, dtype=np.bool_)  # set(html), as a table of code points
    present[codes] = True
    also_chars = {ch for a in also if a for ch in a}
    by_target: dict[str, tuple[int, str]] = {}
    for code, n in zip(chars[order].tolist(), counts[order].tolist(), strict=True):
        t = chr(code)
        s = pairs[t]
        if present[ord(s)] or s in also_chars:
            continue  # 后 on a page with 後: folding 後 could not be undone
        if s not in by_target or n > by_target[s][0]:
            by_target[s] = (n, t)
    fold = {ord(t): s for s, (_, t) in by_target.items()}
    return (fold, {ord(s): t for s, (_, t) in by_target.items()}) if fold else None


_BULK = 4096
"""Strings at least this long are translated with a lookup table in numpy (:func:`translate`)."""
_BMP = 0x10000


def translate(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)`` for a table of single characters of the Basic Multilingual Plane.

    ``str.translate`` looks every character of a non-ASCII text up in the dict (≈ 40 ns a character, a fifth of
    the extraction of a Traditional page); a long text is instead mapped through a table of the 65,536 BMP code
    points in numpy (its UTF-32 code units; lone surrogates pass through), the same characters out."""
    if len(text) < _BULK or text.isascii() or any(k >= _BMP or len(v) != 1 for k, v in table.items()):
        return text.translate(table)
    lut = np.arange(_BMP, dtype=np.uint32)
    lut[np.fromiter(table, dtype=np.uint32, count=len(table))] = np.fromiter(
        (ord(v) for v in table.values()), dtype=np.uint32, count=len(table)
    )
    codes = _code_points(text)
    if int(codes.max()) < _BMP:  # (most pages: one look-up per character, no masks)
        mapped = lut.take(codes)
    else:
        mapped = np.where(codes < _BMP, lut[codes & (_BMP - 1)], codes)
    return mapped.tobytes().decode("utf-32-le", "surrogatepass")


def unfold(value: T, back: dict[int, str]) -> T:
    """``value`` (a string, or lists, tuples and dicts of them) with the page's own characters back."""
    if isinstance(value, str):
        return translate(value, back)  # type: ignore[return-value]
    if isinstance(value, list):
        return [unfold(v, back) for v in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(unfold(v, back) for v in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {unfold(k, back): unfold(v, back) for k, v in value.items()}  # type: ignore[return-value]
    return value
