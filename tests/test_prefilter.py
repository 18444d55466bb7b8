"""The rules' multi-pattern line scan (cleaner.rules.prefilter) is a superset of the per-line test it stands in
for: every line a rule may touch is among its candidates, so cleaning gives the same output with or without it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.rules import KINDS, SCAN_AFTER_LINES, Rules, default_rules, load_rules, prefilter
from cleaner.text.textclean import clean_lines

hs = pytest.importorskip("hyperscan")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"

TRICKY = [
    "分享到：微信 朋友圈",
    "责任编辑：张三",
    "（责任编辑：李四_NB12）",
    "2024年5月10日 08:30 来源：新华社",
    "Kelvin is using Facebook comments",  # the Kelvin sign, a case-insensitive k
    "ſign up for our newsletter",  # a long s
    "ADVERTISEMENT",
    "Advertiſement",
    "© 2024 Reuters. All rights reserved.",
    "Photo: Getty Images",
    "12,345",
    "１２万",
    "٣٤٥",  # Arabic-Indic digits: \d
    "：",
    "— — —",
    "\u3000\u3000",
    "home > news > world",
    "Home » News",
    "a | b | print | share",
    "by John Smith | May 3, 2024",
    "Share this article",
    "related: the best of the week",
    "更多关于 北京 的文章",
    "版权所有 © 新浪网 未经授权不得转载",
    "本文来源：人民日报",
    "作者：王五",
    "[img]x[/img] a [/img]",
    "<img src='x'>",
    "Comments (12)",
    "3 comments",
    "\ud800 lone surrogate",
]


def _lines() -> list[str]:
    out = list(TRICKY)
    for path in sorted(FIXTURES.rglob("*.txt")):
        out.extend(path.read_text(encoding="utf-8", errors="replace").split("\n"))
    return [ln.strip() for ln in out]


def _scanner(rules: Rules) -> prefilter.LineScanner:
    src = rules._filters()[1].scan_source
    assert src is not None
    sc = prefilter.scanner(*src)
    assert sc is not None
    return sc


def test_odd_characters_are_the_ones_re_folds_to_ascii_letters() -> None:
    others = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    assert set(re.findall("(?i)[a-z]", others)) == set(prefilter._ODD)


def test_case_sets_hold_what_re_matches_without_case() -> None:
    # a cased letter other than ASCII under (?i) is loosened to the characters re matches to it (no longer to any
    # character): checked over the whole code space for the letters of the rules and a spread of the others
    every = prefilter._everything()
    letters = {ch for r in default_rules().rules for ch in r.pattern if not ch.isascii() and prefilter._cased(ch)}
    letters.update(prefilter._cased_chars()[::97])
    letters.update("ΣσςſKİıΐΰẞß")
    for ch in sorted(letters):
        found = {ord(m.group()) for m in re.finditer(re.escape(ch), every, re.I)}
        cases = prefilter._case_set(ord(ch))
        assert cases is not None and found <= set(cases), ch


def test_phrases_in_other_cased_scripts_are_found_in_any_case() -> None:
    rules = default_rules()
    lines = ["СЛЕДУЮЩАЯ СТАТЬЯ", "Следующая статья", "ΕΠΌΜΕΝΟ ΆΡΘΡΟ", "Ähnliche Artikel", "ÄHNLICHE ARTIKEL", "x" * 20]
    found = _scanner(rules).candidates(lines)
    assert found is not None
    for i, line in enumerate(lines):
        if not rules.untouched(line):
            assert i in found, line
    assert 5 not in found


def test_every_touchable_line_is_a_candidate() -> None:
    rules = default_rules()
    lines = [ln for ln in _lines() if ln and "\ud800" not in ln]
    found = _scanner(rules).candidates(lines)
    assert found is not None
    missed = [ln for i, ln in enumerate(lines) if not rules.untouched(ln) and i not in found]
    assert not missed
    assert len(found) < len(lines)  # (and it rules lines out)


def _scanned() -> tuple[list[str], Rules, dict[int, set[int]]]:
    """The fixture lines (and pairs of them on one line), the default rules with their scan built, what it found."""
    lines = [ln for ln in _lines() if ln and "\ud800" not in ln]
    lines += [f"{a} {b}" for a, b in zip(lines[::7], lines[3::11], strict=False)]  # two lines' things on one
    rules = load_rules()
    rules._filters()[1]._asked = SCAN_AFTER_LINES  # built on first use
    found = rules.scan(lines)
    assert found
    return lines, rules, found


def test_what_the_scan_found_answers_as_untouched_does() -> None:
    """``untouched_given`` (only the rules that what the scan found on a line stands in for asked) is
    ``untouched`` on every line the scan reports."""
    lines, rules, found = _scanned()
    assert found.keys() == rules.touched(lines)
    differ = [ln for i, on in found.items() if rules.untouched_given(ln := lines[i], on) != rules.untouched(ln)]
    assert not differ
    assert sum(rules.untouched(lines[i]) for i in found) > 10  # (lines the scan reports that no rule touches)


def test_the_kinds_the_scan_names_hold_every_kind_that_matches() -> None:
    """``kinds_given`` is empty when ``untouched_given`` is true, and (when it names kinds) names the kind of every
    line rule that matches the line, on every line the scan reports. A line that holds a rule's trigger literal
    (``untouched_given`` false) but no match of the rules of that literal names none of their kinds: no matcher
    is asked of it."""
    lines, rules, found = _scanned()
    named = by_trigger_only = 0
    for i, on in found.items():
        line = lines[i]
        kinds = rules.kinds_given(line, on)
        if kinds is None:
            continue
        named += 1
        if rules.untouched_given(line, on):
            assert not kinds, line
        elif not kinds:
            by_trigger_only += 1
        matched = {r.kind for r in rules.rules if r.kind in KINDS[2:] and r.regex.search(line)}
        assert matched <= kinds, (line, matched, kinds)
    assert named > 10
    assert by_trigger_only > 0


def test_loosened_patterns_match_where_re_does() -> None:
    """Each packaged rule's pattern, loosened, matches every line (of the fixtures and the tricky ones) that the
    pattern matches."""
    lines = [ln for ln in _lines() if ln and "\ud800" not in ln]
    for rule in default_rules().rules:
        if rule.timed:
            continue
        hit = [ln for ln in lines if rule.regex.search(ln)]
        if not hit:
            continue
        sc = prefilter.LineScanner([], [], [rule.pattern])
        found = sc.candidates(hit)
        assert found == set(range(len(hit))), rule.name


@pytest.mark.parametrize(
    ("pattern", "line"),
    [
        (r"^(?i:kelvin)$", "\u212aelvin"),
        (r"^(?i:[a-z]+ing)$", "\u017fing"),
        (r"^\d{4}年", "٢٠٢٤年"),
        (r"^(?=.*x)abc(?!d)", "abcx"),
        (r"\bword\b", "a word here"),
        (r"^(?P<a>ab)(?P=a)$", "abab"),
        (r"^[^\s)）]{1,40}$", "no-space-line"),
        (r"^(?i:[^a-z]+)$", "123"),
        (r"^a{2,300}$", "a" * 250),
        (r"^(?:x|y)++z$", "xyz"),
        (r"(?i)^ÉTÉ$", "été"),
        (r"^\w+\s\w+$", "漢字 テスト"),
    ],
)
def test_loosen_keeps_matches(pattern: str, line: str) -> None:
    assert re.search(pattern, line)
    sc = prefilter.LineScanner([], [], [pattern])
    assert sc.candidates(["other", line, "x"]) is not None
    assert 1 in (sc.candidates(["other", line, "x"]) or set())


@pytest.mark.parametrize(
    ("pattern", "anchored"),
    [
        (r"^.{0,80}?foo", False),
        (r"^(?:(?=.{0,300}$).*\bbar)", False),
        (r"^(?:(?=.*\b(?:print|share)\b)(?:.{0,25}\|){2,}.{0,25})$", False),
        (r"^(?:(?:[^|]{0,80}\|){2,}[^|]{0,80})$", True),  # (a run of some characters only)
        (r"^(?:.*foo|bar)", True),  # (the other alternative is at the line's start only)
        (r"^(?:.{0,80}x|y)z", True),
        (r"^\d+.*", True),
    ],
)
def test_a_leading_run_of_any_character_drops_the_anchor(pattern: str, anchored: bool) -> None:
    """A loosened pattern whose start is any run of the line's characters looks for the rest anywhere in the line
    (the same lines: a cheaper automaton for Hyperscan), unless an alternative in its groups does not start so; on
    the fixture lines, the same lines hold a match with the anchor and without it."""
    loose = prefilter.loosen(pattern)
    assert loose.startswith("^") == anchored
    lines = [ln for ln in _lines() if ln and "\ud800" not in ln] + ["xx foo", "a | b | c", "y bar", "yz", "12"]
    data = "\n".join(lines).encode()

    def lines_hit(expr: str) -> set[int]:
        db = hs.Database(mode=hs.HS_MODE_BLOCK)
        flags = hs.HS_FLAG_UTF8 | hs.HS_FLAG_MULTILINE | hs.HS_FLAG_ALLOWEMPTY
        db.compile(expressions=[expr.encode()], ids=[0], elements=1, flags=flags)
        ends: list[int] = []
        db.scan(data, match_event_handler=lambda _i, _s, end, _f, _c: ends.append(end))
        return {data.count(b"\n", 0, end) for end in ends}

    found = lines_hit(loose)
    if not anchored:
        assert found == lines_hit("^" + loose)
    assert {k for k, ln in enumerate(lines) if re.search(pattern, ln)} <= found


def test_cleaning_is_the_same_with_and_without_the_scan() -> None:
    text = (FIXTURES / "sample_portal.txt").read_text(encoding="utf-8")
    lines = text.split("\n") + TRICKY
    scanned, plain = load_rules(), load_rules()
    scanned._filters()[1]._asked = SCAN_AFTER_LINES  # built on first use
    plain._filters()[1]._asked = -(1 << 40)  # never: line by line
    assert clean_lines(lines, scanned) == clean_lines(lines, plain)
    assert scanned._filters()[1]._scanner and scanned._filters()[1]._scanner[0] is not None


def test_lines_with_a_line_break_are_asked_one_by_one() -> None:
    sc = _scanner(default_rules())
    assert sc.candidates(["a\nb", "c"]) is None
    assert sc.candidates(["\ud800"]) is None
    assert sc.candidates([]) == set()


def test_a_pattern_the_scan_cannot_take_makes_every_line_its_candidate_and_only_its() -> None:
    """A pattern :func:`loosen` refuses (it can match nothing at all, or only lookaheads are left) stands for every
    line, its own index on each; the other patterns keep their answers (before, no scanner at all: every rule of every
    line asked one by one, ≈ 20 % slower extraction when a packaged cookie rule had a non-ASCII cased letter; a user's
    rule without a literal is run with a time-out and leaves its filter unscanned as before)."""
    with pytest.raises(ValueError):
        prefilter.loosen(r"^(?=foo)")
    sc = prefilter.scanner([], [], [r"x*"])
    assert sc is not None and sc.candidates(["a", "", "b"]) == {0, 1, 2}
    sc = prefilter.scanner(["zz"], [], [r"^(?=.*çerez)(?i:(?=.*kabul)).*$", r"^ab+c$"])
    assert sc is not None
    cookie, abc = 1 + len(prefilter._ODD), 2 + len(prefilter._ODD)  # (ids: the literal, the odd characters, patterns)
    hits = {0: {cookie, abc}, 1: {cookie}, 2: {0, cookie}, 3: {cookie}}
    assert sc.line_hits(["abbc", "xx", "zz y", "Çerez kabul"]) == hits
    assert prefilter.scanner(["a"], [], [r"^a+$"]) is not None
