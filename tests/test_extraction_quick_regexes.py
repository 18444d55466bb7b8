"""The quick tests put before costly regexes in the extraction (issue #12, speed) decide as the regexes they guard.

Each guard is a necessary condition: a one-class test of the first character a pattern can open with
(``_SIGNUP_FIRST``, ``_HEADING_FIRST``), or a digit that every match holds (the floor numbers, dates and ages
behind ``thread._numbered`` and ``thread._stamp_line``). The tests read the patterns' parsed form, so a word added
to a pattern later without its first letter in the guard fails here; and they compare the guarded functions, and
the answers they remember by text, with their plain forms on generated lines.
"""

from __future__ import annotations

import random
import re
from re import _constants as sre
from re import _parser as sre_parse
from typing import Any

from cleaner.extraction import _positions
from cleaner.extraction.content import (
    _INLINE_HEAD,
    _NEIGHBOUR,
    _SIGNATURE_RULE,
    _SIGNUP_FIRST,
    _SIGNUP_LINK,
    NEIGHBOUR_FIRST,
)
from cleaner.extraction.dom import _CAMEL, Line, camel_lower, parse_page
from cleaner.extraction.thread import (
    _AGE,
    _DATED,
    _DIGITS,
    _FLOOR_MARK,
    _FLOOR_NO,
    _HEADING_FIRST,
    _LETTER,
    _NO_DIGITS,
    _OVER_REPEAT,
    COMMENT_HEADING,
    FLOOR_HEAD,
    REPEAT_CHARS,
    _bar_line,
    _bar_line_of,
    _numbered,
    _stamp_line,
    comment_heading,
)

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _firsts(seq: Any, out: list[tuple[Any, Any]]) -> bool:
    """Collect into ``out`` the items (``LITERAL`` or ``IN``) a match of the parsed sequence ``seq`` can open with;
    whether the sequence can match the empty string."""
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op in (sre.LITERAL, sre.IN, sre.NOT_LITERAL, sre.ANY, sre.CATEGORY):
            out.append((op, av))
            return False
        if op == sre.SUBPATTERN:
            if not _firsts(av[-1], out):
                return False
        elif op == sre.BRANCH:
            if not any([_firsts(alt, out) for alt in av[1]]):
                return False
        elif op in _REPEATS:
            if not _firsts(av[2], out) and av[0] > 0:
                return False
        else:
            raise AssertionError(f"unexpected op {op}")
    return True


def _openers(pattern: re.Pattern[str]) -> list[str]:
    """Characters standing for every item a match of ``pattern`` can open with (each literal and its case forms;
    a digit for a digit class; every member of a small class)."""
    items: list[tuple[Any, Any]] = []
    assert not _firsts(sre_parse.parse(pattern.pattern, pattern.flags), items), "the pattern matches nothing"
    chars: list[str] = []
    for op, av in items:
        if op == sre.LITERAL:
            chars.append(chr(av))
        elif op == sre.IN:
            for kind, arg in av:
                if kind == sre.LITERAL:
                    chars.append(chr(arg))
                elif kind == sre.RANGE:
                    chars.extend(chr(c) for c in range(arg[0], arg[1] + 1))
                elif kind == sre.CATEGORY and arg in (sre.CATEGORY_DIGIT, sre.CATEGORY_UNI_DIGIT):
                    chars.extend("0٣９")
                else:
                    raise AssertionError(f"unexpected class item {kind} {arg}")
        else:
            raise AssertionError(f"unexpected opener {op}")
    return [v for c in chars for v in {c, c.upper(), c.lower(), c.swapcase()} if len(v) == 1]


def _needs_digit(seq: Any) -> bool:
    """Does every match of the parsed sequence ``seq`` consume a decimal digit (``\\d``)?"""
    for op, av in seq:
        if op == sre.IN and av in ([(sre.CATEGORY, sre.CATEGORY_UNI_DIGIT)], [(sre.CATEGORY, sre.CATEGORY_DIGIT)]):
            return True
        if op == sre.SUBPATTERN and _needs_digit(av[-1]):
            return True
        if op == sre.BRANCH and all(_needs_digit(alt) for alt in av[1]):
            return True
        if op in _REPEATS and av[0] > 0 and _needs_digit(av[2]):
            return True
    return False


def test_first_character_guards_take_every_opening() -> None:
    for pattern, guard in ((_SIGNUP_LINK, _SIGNUP_FIRST), (COMMENT_HEADING, _HEADING_FIRST)):
        chars = _openers(pattern)
        assert len(chars) >= 10
        missed = [c for c in chars if guard.match(c) is None]
        assert not missed, (pattern.pattern[:40], missed)


def test_the_guarded_patterns_all_hold_a_digit() -> None:
    for pattern in (_FLOOR_NO, _DATED, _AGE):
        assert _needs_digit(sre_parse.parse(pattern.pattern, pattern.flags)), pattern.pattern[:40]


def _holds_one_of(seq: Any, chars: set[str]) -> bool:
    """Does every match of the parsed sequence ``seq`` consume a character of ``chars`` (a literal of them, or a class
    of them only)?"""
    for op, av in seq:
        if op == sre.LITERAL and chr(av) in chars:
            return True
        if op == sre.IN and all(kind == sre.LITERAL and chr(arg) in chars for kind, arg in av):
            return True
        if op == sre.SUBPATTERN and _holds_one_of(av[-1], chars):
            return True
        if op == sre.BRANCH and all(_holds_one_of(alt, chars) for alt in av[1]):
            return True
        if op in _REPEATS and av[0] > 0 and _holds_one_of(av[2], chars):
            return True
    return False


def test_first_character_sets_take_every_opening() -> None:
    """``content_lines`` asks ``_NEIGHBOUR`` only of lines opening with a character of ``NEIGHBOUR_FIRST``, and
    ``_SIGNATURE_RULE`` only of lines opening with "_"."""
    for pattern, firsts in ((_NEIGHBOUR, NEIGHBOUR_FIRST), (_SIGNATURE_RULE, frozenset("_"))):
        chars = _openers(pattern)
        assert chars
        assert set(chars) <= firsts, (pattern.pattern[:40], set(chars) - firsts)


def test_every_inline_head_holds_a_colon() -> None:
    """``content._inline_said`` asks ``_INLINE_HEAD`` only of lines holding a ":": every match consumes one (the
    time's)."""
    assert _holds_one_of(sre_parse.parse(_INLINE_HEAD.pattern, _INLINE_HEAD.flags), {":"})
    assert not _holds_one_of(sre_parse.parse(r"\d{1,2}(?::\d{2})?", 0), {":"})  # (an optional one is no proof)


def test_every_floor_number_holds_a_floor_mark() -> None:
    """``thread._FLOOR_MARK`` (the quick search before ``_FLOOR_NO``) holds a character of every branch, and every
    character that matches one of its letters ignoring case (the branch of "reply", "post"… is matched so)."""
    marks = {c for c in map(chr, range(0x30000)) if _FLOOR_MARK.fullmatch(c)}
    assert _holds_one_of(sre_parse.parse(_FLOOR_NO.pattern, _FLOOR_NO.flags), marks)
    for letter in "rpcan":
        folded = {c for c in map(chr, range(0x30000)) if re.fullmatch(f"(?i:{letter})", c)}
        assert folded <= marks, letter


_PIECES = [
    "#",
    "# ",
    "3",
    "12",
    "٣",
    "楼",
    "第",
    "回复",
    "Reply",
    "POST",
    "po\u017ft",  # poſt: matches "post" ignoring case
    "No.",
    "评论",
    "网友",
    "（",
    "）",
    " ",
    "2024-04-10",
    "16:01",
    "3 天前",
    "2 hours ago",
    "May 3, 2021",
    "张三",
    "name",
    "Kommentare",
    "Σχόλια",
    "\u0130",
    "\u212a",
    "Sign up",
    "subscribe",
    "!",
    "»",
    ":",
]


def _lines(seed: int, n: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 7))) for _ in range(n)]


def _stamp_line_plain(text: str) -> bool:
    if len(text) > FLOOR_HEAD:
        return False
    rest = _AGE.sub("", _DATED.sub("", text))
    return rest != text and _LETTER.search(_FLOOR_NO.sub("", _DIGITS.sub("", rest))) is not None


def test_guarded_functions_decide_as_the_plain_forms() -> None:
    lines = _lines(30, 6000)
    assert sum(_numbered(t) for t in lines) > 100 and sum(comment_heading(t) for t in lines) > 10
    for t in lines:
        assert _numbered(t) == (_FLOOR_NO.search(t) is not None), t
        assert _stamp_line(t) == _stamp_line_plain(t), t
        assert comment_heading(t) == (len(t) <= 16 and COMMENT_HEADING.match(t.strip()) is not None), t
        assert _SIGNUP_FIRST.match(t) is not None or _SIGNUP_LINK.match(t) is None, t
        long = t * 9
        assert (_OVER_REPEAT.match(long) is not None) == (len(_NO_DIGITS.sub("", long)) > REPEAT_CHARS), long


def test_remembered_answers_are_the_plain_ones() -> None:
    """``_stamp_line``, ``comment_heading`` and ``_bar_line`` remember their answers by text (the same header, heading
    and action lines are asked of every probe of a thread): asked twice, in the other order the second time, each
    answers as its plain form."""
    lines = _lines(32, 4000)
    lines += [t + " 回复 赞 12" for t in lines[:500]] + [" ".join(lines[i : i + 2]) for i in range(0, 1000, 2)]
    for t in [*lines, *reversed(lines)]:
        assert _stamp_line(t) == _stamp_line_plain(t), t
        assert comment_heading(t) == (len(t) <= 16 and COMMENT_HEADING.match(t.strip()) is not None), t
        assert _bar_line(t) == _bar_line_of(t), t
    assert sum(_bar_line(t) for t in lines) > 50 and sum(_stamp_line(t) for t in lines) > 50


def test_camel_lower_is_the_substitution() -> None:
    """``dom.camel_lower`` (a search for a capital after a lower-case letter or digit before the look-behind
    substitution, none for a lower-case name) gives what the substitution and ``lower`` gave, on generated class
    and id names: camel case, capitals alone and in runs, digits, separators, non-ASCII capitals and letters that
    lower-case to ASCII ones."""
    pieces = ["post", "Content", "ARTICLE", "x", "Q", "9", "-", "_", " ", "\u0130", "\u212a", "\u00c9t\u00e9"]
    pieces += ["aB", "1Z"]
    rnd = random.Random(33)
    names = ["", "a", "A", "9", "aB", "9Z", "AB", "Ab", "\u0130x"]
    names += ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 7))) for _ in range(5000)]
    for name in names:
        assert camel_lower(name) == _CAMEL.sub(" ", name).lower(), name


def test_positions_are_the_map_of_every_line() -> None:
    """``extraction._positions`` (one pass along the page's lines) gives the index of each of the lines asked the
    map of every line gave (-1 for one not there): subsequences, a line twice, lines out of order, a line of another
    page, none."""
    page = parse_page("<body>" + "".join(f"<p>line {i}</p>" for i in range(40)) + "</body>")
    other = parse_page("<body><p>elsewhere</p></body>").lines[0]
    lines = page.lines
    rnd = random.Random(33)
    cases: list[list[Line]] = [lines[:], lines[3:9], [lines[5], lines[5]], [lines[7], lines[2]], [other]]
    cases.append([lines[1], other])
    for _ in range(500):
        picked = sorted(rnd.sample(range(len(lines)), rnd.randint(1, 12)))
        case = [lines[i] for i in picked]
        if rnd.random() < 0.3:
            case.insert(rnd.randrange(len(case) + 1), rnd.choice([other, *lines]))
        cases.append(case)
    for case in cases:
        at = {id(ln): i for i, ln in enumerate(lines)}
        assert _positions(lines, case) == [at.get(id(ln), -1) for ln in case]
