"""Which lines of a document could a rule touch: one compiled multi-pattern scan over all of them.

:meth:`cleaner.rules.Rules.untouched` asks, line by line, whether any line rule can match (trigger substrings,
anchored alternations, ...): a few regex calls per line, most of a text dump's cleaning time. :class:`LineScanner`
answers for all the lines of a document at once with `Hyperscan <https://pypi.org/project/hyperscan/>`_ (a
SIMD multi-pattern matcher): the lines are joined by line breaks and scanned once for every trigger literal and
for a *loosened* copy of every pattern (:func:`loosen`), whose matches are a superset of the pattern's on each
line. A line the scan does not report cannot be touched (the caller skips it); a reported one is asked the
exact per-line question as before, so results are identical with or without the scanner.

A pattern the scan cannot take stands for every line (:data:`EVERY_LINE`: only its rules are asked line by line).
Without the ``hyperscan`` package (or when Hyperscan refuses the patterns together), :func:`scanner` gives ``None``
and the line-by-line path runs alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any, Final

import numpy as np

from cleaner.rules.hscache import compiled_database

_hs: Any
try:
    import hyperscan as _hs
except ImportError:  # pragma: no cover - platforms without wheels
    _hs = None

try:
    import re._constants as _c  # type: ignore[import-not-found]
    import re._parser as _p  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - other Pythons
    _c = None
    _p = None

_tolower: Any
_extra_cases: Any
try:  # what re lowers a character to, and the characters with more than one lower case (as re._compiler uses them)
    import _sre  # type: ignore[import-not-found]
    import re._casefix as _casefix  # type: ignore[import-not-found]

    _tolower = _sre.unicode_tolower
    _extra_cases = _casefix._EXTRA_CASES
except (ImportError, AttributeError):  # pragma: no cover - other Pythons
    _tolower = None
    _extra_cases = None

__all__ = ["LineScanner", "literal_finder", "loosen", "scanner"]

_MAX_CP = 0x10FFFF
_REPEAT_CAP = 4
"""Bounded repeats above this become unbounded, and at least this many (a superset; large bounded repeats
make big automata, slow to compile)."""
_WIDE_RANGES = 40
"""A class with more ranges of non-ASCII characters than this takes every non-ASCII character."""
_ANY = r"[^\n]"

Ranges = list[tuple[int, int]]


class _Unsupported(Exception):
    """A construct the loosening does not know: no scanner for these rules."""


def _everything() -> str:
    """Every code point but the surrogates, in order (4 MB: made when a table below is, not kept)."""
    codes = np.concatenate((np.arange(0xD800, dtype=np.uint32), np.arange(0xE000, _MAX_CP + 1, dtype=np.uint32)))
    return codes.tobytes().decode("utf-32-le")


@lru_cache(maxsize=8)
def _runs(pattern: str) -> Ranges:
    """The code points ``re`` matches with ``pattern`` (a class, repeated), as ranges: exact for ``re``."""
    out: Ranges = []
    for m in re.finditer(pattern, _everything()):
        lo, hi = ord(m.group()[0]), ord(m.group()[-1])
        if hi - lo + 1 == len(m.group()):
            out.append((lo, hi))
        else:  # (the run crosses the surrogate gap)
            out.extend((ord(ch), ord(ch)) for ch in m.group())
    return _merge(out)


@lru_cache(maxsize=1)
def _cased_chars() -> tuple[str, ...]:
    """The characters other than ASCII whose lower case is another: what a case-insensitive class may lower."""
    text = _everything()
    low = text.replace("\u0130", "i").lower()  # (İ is the one character whose lower case is two)
    assert len(low) == len(text)
    a, b = (np.frombuffer(x.encode("utf-32-le"), dtype=np.uint32) for x in (text, low))
    return tuple(text[i] for i in np.flatnonzero(a != b).tolist() if i >= 128)


_ASCII_CATEGORY = {r"\d+": [(48, 57)], r"\s+": [(9, 13), (32, 32)], r"\w+": [(48, 57), (65, 90), (95, 95), (97, 122)]}


def _merge(ranges: Ranges) -> Ranges:
    out: Ranges = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _complement(ranges: Ranges) -> Ranges:
    out: Ranges = []
    at = 0
    for lo, hi in _merge(ranges):
        if lo > at:
            out.append((at, lo - 1))
        at = max(at, hi + 1)
    if at <= _MAX_CP:
        out.append((at, _MAX_CP))
    return out


def _without_gaps(ranges: Ranges) -> Ranges:
    """Without surrogates (never in valid UTF-8) and the line break (matches stay inside a line)."""
    out: Ranges = []
    for lo, hi in _merge(ranges):
        for a, b in ((lo, min(hi, 9)), (max(lo, 11), min(hi, 0xD7FF)), (max(lo, 0xE000), hi)):
            if a <= b:
                out.append((a, b))
    return out


_KEPT = ((0, 0xFF), (0x2000, 0x206F), (0x3000, 0x303F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF))
"""Code points a class keeps exactly (ASCII, Latin-1, general and CJK punctuation, CJK ideographs, full-width
forms: what the texts are made of); between them, neighbouring ranges of a class are joined (a superset with
fewer ranges: ``re``'s ``\\d`` or ``\\w`` has dozens or hundreds)."""


def _coarse(ranges: Ranges) -> Ranges:
    out: Ranges = []
    for lo, hi in ranges:
        if out and not any(max(out[-1][1] + 1, k0) <= min(lo - 1, k1) for k0, k1 in _KEPT):
            out[-1] = (out[-1][0], hi)  # (no kept code point between the two ranges)
        else:
            out.append((lo, hi))
    return out


def _char(cp: int) -> str:
    ch = chr(cp)
    if ch.isascii() and ch.isalnum():
        return ch
    if ch.isascii() and ch.isprintable() and ch != " ":
        return "\\" + ch
    return f"\\x{{{cp:x}}}"


def _cls(ranges: Ranges) -> str:
    parts = _coarse(_without_gaps(ranges))
    wide = [(a, b) for a, b in parts if b >= 128]
    if len(wide) > _WIDE_RANGES:  # (a large set of non-ASCII characters: all of them, a small automaton)
        parts = [(a, min(b, 127)) for a, b in parts if a < 128] + [(128, 0xD7FF), (0xE000, _MAX_CP)]
    if not parts:
        raise _Unsupported("an empty class")
    body = "".join(_char(a) if a == b else f"{_char(a)}-{_char(b)}" for a, b in parts)
    return f"[{body}]"


def _cased(ch: str) -> bool:
    return ch.lower() != ch or ch.upper() != ch


def _fold(chars: Ranges, icase: bool) -> Ranges | None:
    """The characters a case-insensitive match of ``chars`` can take (``None``: unknown, take any)."""
    if not icase:
        return chars
    out = list(chars)
    for lo, hi in chars:
        if hi - lo > 70000:
            return None
        for cp in range(lo, hi + 1):
            ch = chr(cp)
            if cp < 128:
                if ch.isalpha():  # (and the odd characters: every line holding one is a candidate anyway)
                    out.extend((ord(x), ord(x)) for x in (ch.lower(), ch.upper()))
            elif _cased(ch):
                others = _case_set(cp)
                if others is None:
                    return None
                out.extend((x, x) for x in others)
    return _merge(out)


@lru_cache(maxsize=4096)
def _case_set(cp: int) -> tuple[int, ...] | None:
    """The characters that ``re`` matches to the cased character ``cp`` without case (``None``: unknown): those
    whose simple lower case is its lower case or one of that one's extra cases (``re._casefix``), as ``re``
    compiles a case-insensitive literal. (Before this, any character stood for such a letter: a rule's Cyrillic
    and Greek phrases loosened to runs of wildcards, a database of megabytes.)"""
    if _tolower is None or _extra_cases is None:
        return None
    low = _tolower(cp)
    targets = {low, *_extra_cases.get(low, ())}
    found = {cp, *targets}
    found.update(x for x in range(65, 91) if _tolower(x) in targets)
    found.update(ord(x) for x in _cased_chars() if _tolower(ord(x)) in targets)
    return tuple(sorted(found))


def _category(code: Any, ascii_only: bool) -> Ranges:
    name = str(code).lower()
    for key, rx in (("digit", r"\d+"), ("space", r"\s+"), ("word", r"\w+")):
        if key in name:
            base = _ASCII_CATEGORY[rx] if ascii_only else _runs(rx)
            return _complement(base) if "not" in name else base
    raise _Unsupported(name)


def _in(items: Any, icase: bool, ascii_only: bool) -> str:
    negate = False
    chars: Ranges = []
    cats: Ranges = []
    for op, arg in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            chars.append((arg, arg))
        elif op is _c.RANGE:
            chars.append((arg[0], arg[1]))
        elif op is _c.CATEGORY:
            cats.extend(_category(arg, ascii_only))
        else:
            raise _Unsupported(str(op))
    folded = _fold(chars, icase)
    if folded is None:
        return _ANY
    allowed = _merge(folded + cats)
    if not icase:
        return _cls(_complement(allowed) if negate else allowed)
    # case-insensitive: re tests the lower case of a character against the set (literals folded as above)
    cased = _cased_chars()
    if negate:
        return _cls(_merge(_complement(allowed) + [(ord(x), ord(x)) for x in cased]))
    more = [
        (ord(x), ord(x)) for x in cased if len(x.lower()) == 1 and x not in _ODD and _inside(ord(x.lower()), allowed)
    ]
    return _cls(_merge(allowed + more))


def _inside(cp: int, ranges: Ranges) -> bool:
    k = bisect.bisect_right(ranges, (cp, _MAX_CP + 1)) - 1
    return k >= 0 and ranges[k][0] <= cp <= ranges[k][1]


def _literal(cp: int, icase: bool) -> str:
    folded = _fold([(cp, cp)], icase)
    if folded is None:
        return _ANY
    if len(folded) == 1 and folded[0][0] == folded[0][1]:
        ch = chr(cp)
        if ch == "\n":
            return "\\n"
        return re.escape(ch) if ch.isascii() and ch.isprintable() else f"\\x{{{cp:x}}}"
    return _cls(folded)


def _seq(seq: Any, flags: int, trim: bool) -> str:
    items = list(seq)
    if trim:  # a trailing part that can match nothing (or an assertion) only narrows: dropped
        while items and _droppable(items[-1]):
            items.pop()
    out = []
    for k, (op, arg) in enumerate(items):
        last = trim and k == len(items) - 1
        out.append(_node(op, arg, flags, last))
    return "".join(out)


def _droppable(item: tuple[Any, Any]) -> bool:
    op, arg = item
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return True
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return bool(arg[0] == 0)
    return False


def _node(op: Any, arg: Any, flags: int, last: bool) -> str:
    icase = bool(flags & re.IGNORECASE)
    ascii_only = bool(flags & re.ASCII)
    c = _c
    if op is c.LITERAL:
        return _literal(arg, icase)
    if op is c.NOT_LITERAL:
        if icase:
            return _ANY
        return _cls(_complement([(arg, arg)]))
    if op is c.ANY:
        return _ANY
    if op is c.IN:
        return _in(arg, icase, ascii_only)
    if op is c.BRANCH:
        return "(?:" + "|".join(_seq(b, flags, last) for b in arg[1]) + ")"
    if op is c.SUBPATTERN:
        _group, add, dele, sub = arg
        return "(?:" + _seq(sub, (flags | add) & ~dele, last) + ")"
    if op is getattr(c, "ATOMIC_GROUP", None):
        return "(?:" + _seq(arg, flags, last) + ")"
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = arg
        lo = min(lo, _REPEAT_CAP)
        bound = "" if hi is c.MAXREPEAT or hi > _REPEAT_CAP else str(hi)
        return "(?:" + _seq(sub, flags, False) + "){" + f"{lo},{bound}" + "}"
    if op is c.AT:
        if arg in (c.AT_BEGINNING, c.AT_BEGINNING_STRING, c.AT_BEGINNING_LINE):
            return "^"
        if arg in (c.AT_END, c.AT_END_STRING, c.AT_END_LINE):
            return "$"
        return ""  # word boundaries: dropped (a superset)
    if op in (c.ASSERT, c.ASSERT_NOT):
        return ""  # lookarounds only narrow: dropped
    if op is c.GROUPREF:
        return _ANY + "*"
    if op is c.GROUPREF_EXISTS:
        _group, yes, no = arg
        return "(?:" + _seq(yes, flags, last) + "|" + (_seq(no, flags, last) if no is not None else "") + ")"
    raise _Unsupported(str(op))


def loosen(pattern: str) -> str:
    """A Hyperscan pattern (UTF-8, multi-line) that matches, inside each line of a text joined by line breaks,
    wherever ``pattern`` (an ``re`` pattern) matches that line on its own, and maybe elsewhere: classes exactly as
    ``re`` has them, lookarounds and word boundaries dropped, case-insensitive letters as their case sets,
    repeats of more than :data:`_REPEAT_CAP` unbounded, a trailing part that can match nothing dropped.
    Raises ``ValueError`` for what it cannot loosen, and for a pattern that can match an empty string (every line
    would be a candidate, each position a report)."""
    if _p is None:
        raise ValueError("no regex parser")
    try:
        parsed = _p.parse(pattern, 0)
        if parsed.getwidth()[0] == 0:
            raise _Unsupported("matches an empty string")
        return _unanchored(_seq(parsed, parsed.state.flags, True))
    except (_Unsupported, re.error, RecursionError) as exc:
        raise ValueError(f"cannot loosen {pattern!r}: {exc}") from exc


_LEADING_ANY: Final = re.compile(r"\^((?:\(\?:)*)(?:\(\?:\[\^\\n\]\)\{0,\}|\[\^\\n\]\*)")
"""A loosened pattern that starts at a line's start, inside groups, with any run of the line's characters:
``^(?:(?:[^\\n]){0,}…``."""


def _unanchored(expr: str) -> str:
    """``expr`` without its leading ``^`` when a run of any of the line's characters follows it (inside groups that
    hold no alternation at their own level): the same lines hold a match (the run can reach back to the line's
    start), and Hyperscan finds such a pattern without a start-of-line automaton. The scan's database of loosened
    patterns took ≈ 20 % less time on the pipeline's speed corpus (same lines reported)."""
    m = _LEADING_ANY.match(expr)
    if m is None:
        return expr
    depth = opened = len(m.group(1)) // 3
    k = m.end()
    while k < len(expr) and depth > 0:
        ch = expr[k]
        if ch == "\\":
            k += 2
            continue
        if ch == "[":  # (a class: its own "|" and parentheses are escaped or plain characters)
            k += 1
            while k < len(expr) and expr[k] != "]":
                k += 2 if expr[k] == "\\" else 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth <= opened:  # (an alternative of an opened group that may not start with the run)
            return expr
        k += 1
    return expr[1:]


class LineScanner:
    """Lines (of one document) that hold a literal or a loosened pattern's match; see the module doc."""

    def __init__(self, literals: Sequence[str], caseless: Sequence[str], patterns: Sequence[str]) -> None:
        """``literals`` found as they are, ``caseless`` with or without case (ASCII letters; a line with one of
        the odd characters that ``re`` matches to an ASCII letter without case, such as the Kelvin sign, is a
        candidate whatever it holds), ``patterns`` (``re``) as :func:`loosen` makes them. The literals go in a
        database of their own, as UTF-8 bytes (compiled in a fraction of the time the patterns take)."""
        assert _hs is not None
        words = [x.encode() for x in (*literals, *_ODD, *caseless)]
        self._words = bool(words)
        self._dbs = [_literal_db(words, caseless_from=len(words) - len(caseless))] if words else []
        self._sizes = [len(words)] if words else []
        if patterns:
            exprs = [_loosened(p) for p in patterns]
            try:
                db = _pattern_db(exprs)
            except _hs.error:  # (one Hyperscan refuses, too large, ...): it alone stands for every line
                exprs = [x if _compiles(x) else EVERY_LINE for x in exprs]
                db = _pattern_db(exprs)
            self._dbs.append(db)
            self._sizes.append(len(exprs))
        self._scratch = [_hs.Scratch(db) for db in self._dbs]

    def candidates(self, lines: Sequence[str]) -> set[int] | None:
        """Indices of the lines (none holds a line break) that a rule may touch; the others surely not.
        ``None`` when the scan cannot say (a line break inside a line, text that is not valid UTF-8, a scan that
        fails)."""
        hits = self.line_hits(lines)
        return None if hits is None else set(hits)

    def line_hits(self, lines: Sequence[str]) -> dict[int, set[int]] | None:
        """:meth:`candidates`, each with what was found on it: the indices of the literals (in the order
        ``literals``, :data:`_ODD`, ``caseless``) and, after them, of the patterns."""
        joined = "\n".join(lines)
        if joined.count("\n") != max(len(lines) - 1, 0):
            return None
        try:
            data = joined.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates
            return None
        found: list[tuple[int, int]] = []
        add = found.append
        base = 0
        shift = 0

        def hit(id_: int, _start: int, end: int, _flags: int, _ctx: object) -> None:
            add((end - shift, base + id_))

        try:
            for db, scratch, size in zip(self._dbs, self._scratch, self._sizes, strict=True):
                # the literals are scanned in the text after a line break, so that one starting with a line break
                # (a stand-in found only where a line starts) is found on the first line too; their ends are
                # shifted back into the text
                shift = 1 if base == 0 and self._words else 0
                db.scan(b"\n" + data if shift else data, match_event_handler=hit, scratch=scratch)
                base += size
        except _hs.error:  # (a scratch in use by another thread, ...): line by line
            return None
        out: dict[int, set[int]] = {}
        line = at = 0  # the line breaks before data[at]: line
        count = data.count
        for end, id_ in sorted(found):  # (a few per document: counted from one to the next, not a pass over the text)
            line += count(b"\n", at, end)
            at = end
            ids = out.get(line)
            if ids is None:
                out[line] = {id_}
            else:
                ids.add(id_)
        return out


EVERY_LINE: Final = b"^"
"""What the scan looks for in place of a pattern it cannot take (:func:`loosen` cannot loosen it, or Hyperscan refuses
it): the start of every line, so every line is a candidate of that pattern's rules (asked line by line) and the other
rules keep the scan. Before, one such pattern — a user's rule, or a cookie word with a non-ASCII cased letter in a
lookahead (helper multi27: "çerez") — left the whole filter without a scan, ≈ 20 % slower extraction, same output."""


def _loosened(pattern: str) -> bytes:
    try:
        return loosen(pattern).encode()
    except ValueError:
        return EVERY_LINE


def _pattern_db(exprs: Sequence[bytes]) -> Any:
    assert _hs is not None
    flag = _hs.HS_FLAG_UTF8 | _hs.HS_FLAG_MULTILINE | _hs.HS_FLAG_ALLOWEMPTY
    return compiled_database(_hs, exprs, flag)  # (from the cache on disk when it holds it: cleaner.rules.hscache)


def _compiles(expr: bytes) -> bool:
    assert _hs is not None
    try:
        _pattern_db([expr])
    except _hs.error:
        return False
    return True


def _literal_db(words: Sequence[bytes], caseless_from: int) -> Any:
    """A Hyperscan database of literal byte strings, those from index ``caseless_from`` on without case."""
    assert _hs is not None
    flags = [_hs.HS_FLAG_CASELESS if k >= caseless_from else 0 for k in range(len(words))]
    return compiled_database(_hs, words, flags, literal=True)


_ODD = "\u0130\u0131\u017f\u212a"
"""İ, ı, ſ and the Kelvin sign: what ``re`` matches to i, s and k without case (``tests/test_prefilter.py``
checks this against the running ``re``)."""


@lru_cache(maxsize=16)
def _cached(literals: tuple[str, ...], caseless: tuple[str, ...], patterns: tuple[str, ...]) -> LineScanner | None:
    try:
        return LineScanner(literals, caseless, patterns)
    except Exception:  # a pattern hyperscan refuses (too large, ...): the line-by-line path alone
        return None


def scanner(literals: Sequence[str], caseless: Sequence[str], patterns: Sequence[str]) -> LineScanner | None:
    """A :class:`LineScanner` for these literals and ``re`` patterns (shared per process), or ``None`` when
    Hyperscan is not installed or cannot take them."""
    if _hs is None or _p is None:
        return None
    return _cached(tuple(literals), tuple(caseless), tuple(patterns))


class _LiteralFinder:
    """Does a byte string hold one of some literals? One Hyperscan scan, stopped at the first match."""

    def __init__(self, literals: Sequence[bytes]) -> None:
        assert _hs is not None
        self._db = _literal_db(literals, caseless_from=len(literals))
        self._scratch = _hs.Scratch(self._db)

    def __call__(self, data: bytes) -> bool | None:
        """True if ``data`` holds one of the literals, False if not, None when the scan cannot say (a scratch in
        use by another thread, ...)."""
        try:
            self._db.scan(data, match_event_handler=_stop, scratch=self._scratch)
        except _hs.ScanTerminated:
            return True
        except _hs.error:
            return None
        return False


def _stop(_id: int, _start: int, _end: int, _flags: int, _ctx: object) -> bool:
    return True  # (a true return ends the scan)


@lru_cache(maxsize=16)
def literal_finder(literals: tuple[bytes, ...]) -> _LiteralFinder | None:
    """A finder of ``literals`` in byte strings (shared per process: call it when needed), or ``None`` without
    Hyperscan. Scanning a page's UTF-8 bytes for a rare literal this way is several times faster than a regex or
    ``str.find`` on its text, which do not skip ahead by more than a character."""
    if _hs is None:
        return None
    try:
        return _LiteralFinder(literals)
    except Exception:  # pragma: no cover - a Hyperscan that refuses plain literals
        return None
