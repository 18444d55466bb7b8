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

Regional *words* differ too (登入 / 登录, 檢舉 / 举报, 回覆 / 回复): after its characters, a folded page has the
Taiwan / Hong Kong words of the packaged ``rules/phrases.txt`` (from OpenCC's phrase dictionaries) turned into
their mainland ones (:func:`_phrase_fold`), where that can be undone exactly: a word of the same length, whose
mainland form is nowhere on the page. The unfold turns them back before the characters.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any, Final, TypeVar

import numpy as np
import numpy.typing as npt

from cleaner.dedup.kernel import count_marked

__all__ = [
    "MIN_TRADITIONAL", "Fold", "PageFold", "Phrases", "few_traditional", "fold_chars", "fold_page", "page_fold",
    "translate", "unfold",
]  # fmt: skip

MIN_TRADITIONAL: Final = 20
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


@cache
def _phrases() -> dict[str, str]:
    """Regional word → mainland word (``phrases.txt``), both through the character fold (:func:`_table`): the pairs
    that differ and have the same length, the first of a word kept."""
    chars = {ord(t): s for t, s in _table().items()}
    pairs: dict[str, str] = {}
    text = files("cleaner.rules").joinpath("phrases.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        regional, tab, mainland = line.partition("\t")
        if not tab or line.startswith("#"):
            continue
        a, b = regional.strip().translate(chars), mainland.strip().translate(chars)
        if a and a != b and len(a) == len(b):
            pairs.setdefault(a, b)
    return pairs


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """One regex of ``words``, as a trie of their characters (longest first at each branch: a longer word wins)."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(_branches(trie))


def _branches(node: dict[str, Any]) -> str:
    """The regex of a trie node: its branches, the deepest first, then the end of a word (``""``) if one ends here."""
    alts = [re.escape(ch) + _branches(sub) for ch, sub in sorted(node.items(), key=lambda kv: -_depth(kv[1])) if ch]
    if "" in node:
        alts.append("")
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _depth(node: dict[str, Any]) -> int:
    """The length of the longest word below a trie node, plus one."""
    return 1 + max((_depth(sub) for ch, sub in node.items() if ch), default=0)


Phrases = tuple[tuple[str, str], ...]
"""Regional word → mainland word pairs of a user's rules files (``[phrases]``: :attr:`cleaner.rules.Rules.phrases`)."""


@lru_cache(maxsize=8)
def _phrase_table(extra: Phrases = ()) -> tuple[dict[str, str], re.Pattern[str]]:
    """:func:`_phrases` with the pairs of ``extra`` (through the character fold; theirs replace the packaged ones),
    and one regex of their words of both kinds, regional and mainland."""
    chars = {ord(t): s for t, s in _table().items()}
    pairs = dict(_phrases())
    for regional, mainland in extra:
        a, b = regional.translate(chars), mainland.translate(chars)
        if a and a != b and len(a) == len(b):
            pairs[a] = b
    return pairs, _alternation([*pairs, *pairs.values()])


@lru_cache(maxsize=8)
def _mainland_words(extra: Phrases = ()) -> frozenset[str]:
    """The mainland words of :func:`_phrase_table`."""
    return frozenset(_phrase_table(extra)[0].values())


def _phrase_fold(
    folded: str, also: Sequence[str], extra: Phrases = (), mixed: frozenset[str] = frozenset()
) -> tuple[str, dict[str, str]] | None:
    """``folded`` (a page after the character fold) with its regional words of :func:`_phrases` (and ``extra``) in
    mainland form, and mainland word → the page's word; ``None`` when it holds none that can be undone exactly.

    A word is folded only when its mainland form is not on the page nor in ``also`` (strings that reach the results
    unfolded), and of two regional words of one mainland form on the page (點選 and 點閱) only the more frequent; and
    not when it holds a character of two origins on the page (``mixed``: 连 on a page with 連結 and 连结), which
    only its place on the page tells how to unfold (:class:`PageFold`).
    Then every mainland word of the result must be one the fold made (none made across the edge of a folded word,
    none hidden inside or across another word when they were looked for), or no word is folded. One scan of the
    page: a mainland word anywhere on the result overlaps a word the scan found (else the scan had found it), so
    the test looks there only."""
    phrases, words = _phrase_table(extra)
    hits = [(m.start(), m.group()) for m in words.finditer(folded)]
    if not hits:
        return None
    mainland = _mainland_words(extra)
    on_page = {w for _at, w in hits if w in mainland}
    back: dict[str, str] = {}
    for w, _n in Counter(w for _at, w in hits if w in phrases).most_common():
        t = phrases[w]
        if t not in back and t not in on_page and not any(t in a for a in also) and mixed.isdisjoint(w):
            back[t] = w
    if not back:
        return None
    pieces: list[str] = []
    done = 0
    made: dict[int, int] = {}  # where the fold made a mainland word: its length
    for at, w in hits:
        became = phrases.get(w)
        if became is not None and back.get(became) == w:
            pieces += (folded[done:at], became)
            done = at + len(w)
            made[at] = len(w)
    pieces.append(folded[done:])
    phrased = "".join(pieces)
    sizes = sorted({len(t) for t in back})
    for at, w in hits:
        for n in sizes:
            for i in range(max(0, at - n + 1), at + len(w)):
                if made.get(i) != n and phrased[i : i + n] in back:
                    return None  # (a mainland word the unfold would turn into a regional one the page has not)
    return phrased, back


def _any_of_words(words: Iterable[str]) -> re.Pattern[str]:
    """One regex of ``words``, the longest first (compiled through ``re``'s cache: a site's pages ask the same)."""
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


_CODE_POINTS: Final = 0x110000


@cache
def _traditional_mask() -> npt.NDArray[np.bool_]:
    """Per code point: a Traditional character of the table (what the table's regex matches)?"""
    mask = np.zeros(_CODE_POINTS, dtype=np.bool_)
    mask[[ord(t) for t in _table()]] = True
    return mask


@cache
def _traditional() -> re.Pattern[str]:
    """A class of the table's Traditional characters (the same characters as :func:`_traditional_mask`)."""
    return re.compile("[" + "".join(re.escape(t) for t in sorted(_table())) + "]")


@cache
def _traditional_bits() -> bytes:
    """:func:`_traditional_mask` as a bit set (code point c: bit ``c & 7`` of byte ``c >> 3``), for the kernel's
    ``count_marked``."""
    return np.packbits(_traditional_mask(), bitorder="little").tobytes()


_COUNT_MARKED: Final = count_marked()
"""The kernel's ``count_marked`` (a bit set of 136 KB whose CJK part stays in the cache, in place of a regex of a
class of the table's thousands of characters), if it is built."""


def _traditional_count(text: str, need: int) -> int:
    """How many of the table's Traditional characters ``text`` holds, counted up to ``need``."""
    if _COUNT_MARKED is not None:
        return _COUNT_MARKED(text, _traditional_bits(), need)
    hits = 0
    if need > 0:
        for _m in _traditional().finditer(text):
            hits += 1
            if hits >= need:
                break
    return hits


def _bit_set(chars: frozenset[str]) -> bytes:
    """``chars`` as a bit set for the kernel's ``count_marked`` (code point c: bit ``c & 7`` of byte ``c >> 3``, up to
    the last of them)."""
    codes = [ord(ch) for ch in chars]
    bits = bytearray((max(codes) >> 3) + 1)
    for c in codes:
        bits[c >> 3] |= 1 << (c & 7)
    return bytes(bits)


def _code_points(text: str) -> npt.NDArray[np.uint32]:
    """The code points of ``text`` (lone surrogates as their own)."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


_count: Final = np.count_nonzero
_PROBE: Final = 1024
_PROBE_HITS: Final = 3


def _probe(html: str) -> str:
    """Five stretches of :data:`_PROBE` characters spread over ``html``: a Traditional page shows its characters
    in any of them (navigation, body, footer)."""
    n = len(html) - _PROBE
    return "".join(html[at : at + _PROBE] for at in (n // 10, 3 * n // 10, n // 2, 7 * n // 10, 9 * n // 10))


Census = tuple[npt.NDArray[np.uint32], list[int], list[int]]
"""A page's code points, and its Traditional characters of the table with their counts (:func:`_census`)."""


def _census(html: str, least: int = MIN_TRADITIONAL) -> Census | None:
    """The page's code points, and its Traditional characters of the table with their counts (in the order of
    first occurrence), or ``None`` when it has fewer than ``least`` of them. At :data:`MIN_TRADITIONAL` (a page
    alone) a long page is first probed (:func:`_probe`); below it (a page of a dump that holds that many) it is
    not."""
    if html.isascii():
        return None
    # (the tests before the census, by the regex of the table's characters: its class is a few KB, where the numpy
    # mask's look-ups miss the cache once the rest of the cleaning has run; most pages hold none of them)
    if len(html) > 4 * _PROBE and least >= MIN_TRADITIONAL:
        if _traditional_count(_probe(html), _PROBE_HITS) < _PROBE_HITS:
            return None  # a scan of the whole page costs ≈ 5 % of an extraction; most pages are Simplified
    elif not _traditional_count(html, 1):
        return None  # (none at all: fewer than MIN_TRADITIONAL)
    traditional = _traditional_mask()
    codes = _code_points(html)
    found = codes[traditional[codes]]  # the Traditional characters of the table, as code points
    if len(found) < max(1, least):
        return None
    # Counter(found) in numpy: each character with its count, in the order of first occurrence
    chars, first, counts = np.unique(found, return_index=True, return_counts=True)
    order = np.argsort(first)
    return codes, chars[order].tolist(), counts[order].tolist()


@cache
def _fold_table() -> dict[int, str]:
    """Every Traditional character of the table → its Simplified one, for ``str.translate``."""
    return {ord(t): s for t, s in _table().items()}


def fold_chars(text: str, *also: str | None) -> str | None:
    """``text`` with each of its Traditional characters of the table folded to its Simplified one (one character
    for one: the same length and positions), or ``None`` when it holds fewer than :data:`MIN_TRADITIONAL` of them
    (all counted: no probe). A character whose Simplified form is in ``also`` stays, as :func:`fold_page` leaves
    it. Not undone: what a dump's pages are is read on it (:func:`cleaner.text.textclean.clean_dump`), and each
    page is then folded on its own."""
    if text.isascii() or _traditional_count(text, MIN_TRADITIONAL) < MIN_TRADITIONAL:
        return None
    table = _fold_table()
    also_chars = {ch for a in also if a for ch in a}
    if also_chars:
        table = {t: s for t, s in table.items() if s not in also_chars}
    elif len(text) >= _BULK:  # (the whole table: its code point table made once)
        lut = _fold_lut()
        if lut is not None:
            return _translate_lut(text, lut)
    return translate(text, table)


def few_traditional(text: str) -> bool:
    """Whether ``text`` holds fewer than :data:`MIN_TRADITIONAL` of the table's Traditional characters, and so does
    its NFC form: they are counted with the CJK compatibility ideographs (:data:`_COMPAT_IDEOGRAPHS`), the only
    characters NFC turns into one of them (each into one; ``tests/test_scriptfold_dump34.py`` checks every code
    point). A cheap test before a text is normalized: :func:`fold_chars` of a text that has fewer is ``None``."""
    if text.isascii():
        return True
    if _COUNT_MARKED is not None:
        return _COUNT_MARKED(text, _foldable_bits(), MIN_TRADITIONAL) < MIN_TRADITIONAL
    hits = 0
    for _m in _foldable().finditer(text):
        hits += 1
        if hits >= MIN_TRADITIONAL:
            return False
    return True


_COMPAT_IDEOGRAPHS: Final = ((0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
"""The CJK Compatibility Ideographs and their Supplement (inclusive ranges): NFC maps each to a unified ideograph."""


@cache
def _foldable_bits() -> bytes:
    """:func:`_traditional_bits` with the CJK compatibility ideographs marked too (:func:`few_traditional`)."""
    mask = _traditional_mask().copy()
    for lo, hi in _COMPAT_IDEOGRAPHS:
        mask[lo : hi + 1] = True
    return np.packbits(mask, bitorder="little").tobytes()


@cache
def _foldable() -> re.Pattern[str]:
    """:func:`_traditional`'s class with the CJK compatibility ideographs (without the kernel)."""
    ranges = "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _COMPAT_IDEOGRAPHS)
    return re.compile("[" + "".join(re.escape(t) for t in sorted(_table())) + ranges + "]")


@cache
def _fold_lut() -> npt.NDArray[np.uint32] | None:
    """:func:`_fold_table` as a table of the BMP's code points (:func:`_translate_lut`), or None when it folds a
    character beyond the BMP (:func:`translate` would not take the table then). Made once: building it costs
    ≈ 0.3 ms (a dict of thousands of characters read in Python), more than mapping a page through it."""
    table = _fold_table()
    if any(k >= _BMP or len(v) != 1 for k, v in table.items()):
        return None
    return _lut(table)


def page_fold(html: str, *also: str | None) -> Fold | None:
    """The fold for ``html``, or ``None`` when it has fewer than :data:`MIN_TRADITIONAL` Traditional characters.

    ``also``: other strings that may reach the results unfolded (a URL, a title given by the caller); a
    character of theirs is never the target of the fold, so unfolding leaves them as they are."""
    census = _census(html)
    if census is None:
        return None
    codes, chars, counts = census
    pairs = _table()
    present = np.zeros(_CODE_POINTS, dtype=np.bool_)  # set(html), as a table of code points
    present[codes] = True
    also_chars = {ch for a in also if a for ch in a}
    by_target: dict[str, tuple[int, str]] = {}
    for code, n in zip(chars, counts, strict=True):
        t = chr(code)
        s = pairs[t]
        if present[ord(s)] or s in also_chars:
            continue  # 后 on a page with 後: folding 後 could not be undone
        if s not in by_target or n > by_target[s][0]:
            by_target[s] = (n, t)
    fold = {ord(t): s for s, (_, t) in by_target.items()}
    return (fold, {ord(s): t for s, (_, t) in by_target.items()}) if fold else None


_BULK: Final = 1024
"""Strings at least this long are translated with a lookup table in numpy (:func:`translate`): ≈ 30 µs for the
table, then a nanosecond a character, against ≈ 57 ns a character for ``str.translate`` (equal near 500)."""
_BMP: Final = 0x10000


def translate(text: str, table: dict[int, str]) -> str:
    """``text.translate(table)`` for a table of single characters of the Basic Multilingual Plane.

    ``str.translate`` looks every character of a non-ASCII text up in the dict (≈ 40 ns a character, a fifth of
    the extraction of a Traditional page); a long text is instead mapped through a table of the 65,536 BMP code
    points in numpy (its UTF-32 code units; lone surrogates pass through), the same characters out."""
    if len(text) < _BULK or text.isascii() or any(k >= _BMP or len(v) != 1 for k, v in table.items()):
        return text.translate(table)
    return _translate_lut(text, _lut(table))


def _lut(table: dict[int, str]) -> npt.NDArray[np.uint32]:
    """``table`` (BMP code points → single characters) as a table of the BMP's 65,536 code points."""
    lut = np.arange(_BMP, dtype=np.uint32)
    lut[np.fromiter(table, dtype=np.uint32, count=len(table))] = np.fromiter(
        (ord(v) for v in table.values()), dtype=np.uint32, count=len(table)
    )
    return lut


def _translate_lut(text: str, lut: npt.NDArray[np.uint32]) -> str:
    """:func:`translate` of ``text`` through ``lut`` (:func:`_lut`): characters beyond the BMP pass through."""
    codes = _code_points(text)
    if int(codes.max()) < _BMP:  # (most pages: one look-up per character, no masks)
        mapped = lut.take(codes)
    else:
        mapped = np.where(codes < _BMP, lut[codes & (_BMP - 1)], codes)
    return mapped.tobytes().decode("utf-32-le", "surrogatepass")


def unfold(value: T, back: dict[int, str]) -> T:
    """``value`` (a string, or lists, tuples and dicts of them) with the page's own characters back."""
    return _each_string(value, lambda text: translate(text, back))


def _each_string(value: T, change: Callable[[str], str]) -> T:
    """``value`` with ``change`` applied to every string in it (in lists, tuples and dicts, keys too)."""
    if isinstance(value, str):
        return change(value)  # type: ignore[return-value]
    if isinstance(value, list):
        return [_each_string(v, change) for v in value]  # type: ignore[return-value]
    if isinstance(value, tuple):
        return tuple(_each_string(v, change) for v in value)  # type: ignore[return-value]
    if isinstance(value, dict):
        return {_each_string(k, change): _each_string(v, change) for k, v in value.items()}  # type: ignore[return-value]
    return value


_WINDOWS: Final = ((12, 12), (6, 6), (3, 3), (0, 4), (4, 0), (2, 1), (1, 2), (0, 2), (2, 0), (1, 1), (0, 1), (1, 0))
"""Contexts (characters before, after) in which a folded character of two origins is looked up on the folded
page when its whole line is not found there, widest first."""
SCANNED: Final = 1 << 29
"""Characters of a page scanned by failed searches, at most (lines the page does not hold as they read, from
character references or JSON, cost a scan of the page each: a 1.4 MB page of 40,000 lines with an ``&amp;`` took
50 s; a Chinese tune page, at most 1,778 failed searches of a 60 KB page)..."""
NEAR: Final = 4096
"""...past which lines and contexts are looked for only this far after where the one before was found, and the
characters of two origins not located that way take their most frequent origin on the page."""
_SPACE: Final = re.compile(r"\s+")
_LINE: Final = re.compile(r"\S(?:[^\n]*\S)?")
"""A line of a string, without the white space at its ends."""


_SPACES: Final = 0x3001
"""White space (``str.isspace``) ends at U+3000."""


@cache
def _space_mask() -> npt.NDArray[np.bool_]:
    """Per code point below :data:`_SPACES`: white space?"""
    return np.array([chr(c).isspace() for c in range(_SPACES)], dtype=np.bool_)


def _is_space(codes: npt.NDArray[np.uint32]) -> npt.NDArray[np.bool_]:
    """Per code point of ``codes``: white space?"""
    below = codes < _SPACES
    return below & _space_mask()[np.where(below, codes, 0)]


class PageFold:
    """A page folded to Simplified characters (:attr:`folded`, for extraction) and the way back to its own.

    The fold is one character for one, so the folded page has the original's length and positions. Where a
    Simplified character has two origins on the page (发 on a page with both 發 and 发: a Simplified language
    switch or nav bar on a Traditional page), a string taken from the folded page is unfolded by position: each
    of its lines is found in the folded page's text (its tags and white space left out) and the original's
    characters at the same offsets put back; where a line is not found whole, the context of each such
    character is. A character that cannot be located takes its most frequent origin on the page."""

    __slots__ = (
        "_back", "_html", "_majority", "_markup", "_mixed", "_mixed_bits", "_origins", "_scanned", "_text", "_words",
        "fold", "folded",
    )  # fmt: skip

    def __init__(
        self,
        html: str,
        fold: dict[int, str],
        back: dict[int, str],
        origins: dict[str, list[tuple[int, str]]],
        also: Sequence[str] = (),
        phrases: Phrases = (),
        markup: bool = True,
    ) -> None:
        """``back``: the unfold of the characters of one origin; ``origins``: those of two or more (their
        Traditional origins, with each one's count on the page); ``also``: strings that may reach the results
        unfolded (no regional word is folded into a word of theirs); ``phrases``: words to fold beside the packaged
        ones (:data:`Phrases`); ``markup``: ``html`` holds tags (else ``<`` is a character of its text)."""
        self.fold = fold
        self._markup = markup
        self.folded = translate(html, fold)
        self._html = html
        self._back = back
        self._origins = origins
        # the characters of two origins, as a set and a bit set (a regex class of them compiled per page cost more
        # than the searches it made: docs/pipeline-speed-26.md)
        self._mixed: frozenset[str] | None = frozenset("".join(origins)) if origins else None
        self._words: tuple[re.Pattern[str], dict[str, str]] | None = None
        """The mainland words the page's regional ones became (:func:`_phrase_fold`), one regex, and their origins."""
        words = _phrase_fold(self.folded, [translate(a, fold) for a in also], phrases, self._mixed or frozenset())
        if words is not None:
            self.folded = words[0]
            self._words = (_any_of_words(words[1]), words[1])
        self._mixed_bits = _bit_set(self._mixed) if self._mixed is not None and _COUNT_MARKED is not None else b""
        self._text: tuple[str, npt.NDArray[np.intp]] | None = None
        self._majority: dict[str, str] | None = None
        self._scanned = 0

    def unfold(self, value: T) -> T:
        """``value`` (a string, or lists, tuples and dicts of them) with the page's own characters back."""
        return _each_string(value, self._string)

    def _visible(self) -> tuple[str, npt.NDArray[np.intp]]:
        """The folded page without its tags (a page of markup) and white space, and where each of its characters is
        on the page. (In a text, a ``<`` is a character: as a tag's start it hid the rest of a dump from the search,
        and the characters of two origins after it took their most frequent one.)"""
        if self._text is None:
            codes = _code_points(self.folded)
            shown = ~_is_space(codes)
            if self._markup:
                at = np.arange(len(codes), dtype=np.int32)
                last_open = np.maximum.accumulate(np.where(codes == ord("<"), at, -1))
                last_close = np.maximum.accumulate(np.where(codes == ord(">"), at, -1))
                shown &= last_open <= np.concatenate(([-1], last_close[:-1]))  # from a "<" to its ">", both out
            where = np.flatnonzero(shown)
            self._text = (codes[where].tobytes().decode("utf-32-le", "surrogatepass"), where)
        return self._text

    def _string(self, text: str) -> str:
        if self._words is not None:  # the regional words first (same lengths: the positions stay)
            mainland, origin = self._words
            out = translate(mainland.sub(lambda m: origin[m.group()], text), self._back)
        else:
            out = translate(text, self._back)
        if not self._holds_mixed(text):
            return out
        pieces: list[str] = []  # out up to done, with the lines unfolded by position
        done = 0
        cursor = 0
        for m in _LINE.finditer(text):
            start, line = m.start(), m.group()
            if not self._holds_mixed(line):
                continue
            pieces.append(out[done:start])
            done = start + len(line)
            p = self._find(self.folded, line, cursor)  # most lines are on the page as they are, after the one before
            if p >= 0:
                pieces.append(self._html[p : p + len(line)])
                cursor = p + len(line)
            else:
                chars = list(out[start:done])
                cursor = self._by_text(line, cursor, chars)
                pieces.append("".join(chars))
        pieces.append(out[done:])
        return "".join(pieces)

    def _holds_mixed(self, text: str) -> bool:
        """Does ``text`` hold a character of two origins?"""
        if self._mixed is None:
            return False
        if self._mixed_bits:
            return _COUNT_MARKED is not None and _COUNT_MARKED(text, self._mixed_bits, 1) > 0
        return not self._mixed.isdisjoint(text)

    def _by_text(self, line: str, cursor: int, chars: list[str]) -> int:
        """Unfold into ``chars`` (those of ``line``, unfolded by :attr:`_back`) a line not on the page as it is
        after ``cursor``: found in the page's text (its tags and white space left out), whole or by the context of
        each character of two origins. The cursor after it (on the page)."""
        visible, where = self._visible()
        html = self._html
        compact = _SPACE.sub("", line)
        places = np.flatnonzero(~_is_space(_code_points(line))).tolist()
        at = int(np.searchsorted(where, cursor))
        p = self._find(visible, compact, at)
        if p < 0:
            p = self._find(self.folded, line)
            if p >= 0:
                chars[:] = html[p : p + len(line)]
                return p + len(line)
            p = self._find(visible, compact)
        if p >= 0:
            for k, at in zip(places, where[p : p + len(compact)].tolist(), strict=True):
                chars[k] = html[at]
            return int(where[p + len(compact) - 1]) + 1
        hits, offsets, missed = self._windows(visible, compact, at)
        for i, at in zip(hits, where[offsets].tolist(), strict=True):
            chars[places[i]] = html[at]
        for i in missed:  # not located: the character's most frequent origin on the page
            chars[places[i]] = self._most_frequent().get(chars[places[i]], chars[places[i]])
        return int(where[max(offsets)]) + 1 if offsets else cursor

    def _find(self, hay: str, needle: str, start: int = 0) -> int:
        """``hay.find(needle, start)``; once failed searches scanned :data:`SCANNED` characters of this page, only
        within :data:`NEAR` characters after ``start``."""
        if self._scanned >= SCANNED:
            return hay.find(needle, start, start + len(needle) + NEAR)
        p = hay.find(needle, start)
        if p < 0:
            self._scanned += len(hay) - start
        return p

    def _most_frequent(self) -> dict[str, str]:
        """Each character of two origins whose most frequent origin is another: that origin."""
        if self._majority is None:
            self._majority = {}
            codes = _code_points(self._html)  # the page's own count of each (the character itself is an origin too)
            mixed = _code_points("".join(self._origins))
            chars, counts = np.unique(codes[np.isin(codes, mixed)], return_counts=True)
            own = dict(zip(chars.tolist(), counts.tolist(), strict=True))
            for s, ts in self._origins.items():
                t = max([*ts, (own.get(ord(s), 0), s)])[1]
                if t != s:
                    self._majority[s] = t
        return self._majority

    def _windows(self, visible: str, compact: str, cursor: int) -> tuple[list[int], list[int], list[int]]:
        """The characters of two origins in ``compact`` (a line not found whole), each with its place in
        ``visible`` as found by its context, nearest after ``cursor`` first; and those not found."""
        mixed = self._mixed
        assert mixed is not None
        hits: list[int] = []
        offsets: list[int] = []
        missed: list[int] = []
        for k in [k for k, ch in enumerate(compact) if ch in mixed]:
            if self._scanned >= SCANNED:
                missed.append(k)
                continue
            for left, right in _WINDOWS:
                i, j = max(0, k - left), min(len(compact), k + right + 1)
                if j - i < 2:
                    continue
                p = self._find(visible, compact[i:j], cursor)
                if p < 0:
                    p = self._find(visible, compact[i:j])
                if p >= 0:
                    hits.append(k)
                    offsets.append(p + k - i)
                    cursor = p + k - i
                    break
            else:
                missed.append(k)
        return hits, offsets, missed


def fold_page(
    html: str, *also: str | None, phrases: Phrases = (), least: int = MIN_TRADITIONAL, markup: bool = True
) -> PageFold | None:
    """The :class:`PageFold` of ``html``, or ``None`` when it has fewer than ``least`` (:data:`MIN_TRADITIONAL`)
    Traditional characters. A page whose every Simplified target has one origin folds as :func:`page_fold` does;
    otherwise every Traditional character is folded (but those whose Simplified form is in ``also``: other strings
    that may reach the results unfolded) and the results are unfolded by position. Then its regional words
    (``rules/phrases.txt`` and ``phrases``) are folded into mainland ones where that can be undone exactly.
    ``markup``: ``html`` is a page of markup (its tags are left out where a string is looked for by position);
    False for a text, where ``<`` is a character."""
    census = _census(html, least)
    if census is None:
        return None
    codes, chars, counts = census
    pairs = _fold_table()  # (by code point: no string made and hashed per character to look it up)
    also_chars = {ch for a in also if a for ch in a}
    fold: dict[int, str] = {}
    origins: dict[str, list[tuple[int, str]]] = {}
    for code, n in zip(chars, counts, strict=True):
        s = pairs[code]
        if s in also_chars:
            continue
        fold[code] = s
        ts = origins.get(s)
        if ts is None:
            origins[s] = [(n, chr(code))]
        else:
            ts.append((n, chr(code)))
    if not fold:
        return None
    present = np.zeros(int(codes.max()) + 1, dtype=np.bool_)  # set(html), as a table of code points
    present[codes] = True
    targets = np.fromiter((ord(s) for s in origins), dtype=np.int64, count=len(origins))
    on_page = (targets < len(present)) & present[np.minimum(targets, len(present) - 1)]
    mixed = [s for s, here in zip(origins, on_page.tolist(), strict=True) if here or len(origins[s]) > 1]
    two = set(mixed)  # (a set: a page has hundreds of them, and each origin is asked)
    back = {ord(s): ts[0][1] for s, ts in origins.items() if len(ts) == 1 and s not in two}
    # (no mixed: what page_fold gives, the same tables, so the same results)
    return PageFold(html, fold, back, {s: origins[s] for s in mixed}, [a for a in also if a], phrases, markup)
