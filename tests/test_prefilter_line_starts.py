"""A rule anchored at the line's start whose every match starts with one of some literals is looked for by those
literals at a line's start only (helper pipe31): "this " in prose, "most " in a sentence no longer make their line a
candidate for ``kinds_given`` (on the bench's pipeline corpus, 18,832 candidate lines → 11,367, the same answers on
every line of it, of the dedup bench corpora and of the raw text of the extraction tune pages)."""

from __future__ import annotations

import re

import pytest

from cleaner.rules import LINE_START, SCAN_AFTER_LINES, _line_starts, _stand_in, load_rules, prefilter
from cleaner.text.textclean import clean_lines

pytest.importorskip("hyperscan")


@pytest.mark.parametrize(
    ("pattern", "starts"),
    [
        (r"^(?:(?i:this (?:story|episode) was (?:produced|reported)))", ("this episode", "this story")),
        (r"^(?:(?:个人|企业)、?(?:企业|个人)?类$)", ("个人", "企业")),
        (r"^(?:(?:首页|主页|网站首页|Home)\s*[>»]\s*\S)", ("Home", "主页", "网站首页", "首页")),
        (r"^(?:责任编辑|责编)[:：]", ("责任编辑", "责编")),  # (the parser's shared 责 put back)
        (r"^(?:(?:[-—]{1,6}\s*)?(?:来自|发自)\s*[:：])", None),  # (an optional run first: any start)
        (r"^(?:foo|\d+bar)", None),  # (an alternative starts with no literal)
        (r"^(?:a|bc)", None),  # (one character)
        (r"this (?:story|episode)", None),  # (not anchored)
        (r"^[(（]\s*本文由", None),
    ],
)
def test_line_starts_of_a_pattern(pattern: str, starts: tuple[str, ...] | None) -> None:
    assert _line_starts(pattern) == starts
    if starts is not None:  # every match starts with one of them
        for line in ["this story was produced by x", "企业类", "Home > a", "责编：x", "网站首页 » b"]:
            m = re.match(pattern, line)
            assert m is None or line.startswith(starts)


def test_a_stand_in_at_the_line_start_only_where_it_is_no_shorter() -> None:
    this = r"^(?:(?i:this (?:story|episode|segment|report|podcast) was (?:produced|reported)))"
    lits, icase = _stand_in(this) or ((), False)
    assert icase and all(x.startswith(LINE_START) for x in lits)
    # "get " at the start is less rare than "delivered" anywhere: the literal held anywhere is kept
    got = _stand_in(r"^(?:(?i:get (?:more )?.{0,60} delivered (?:straight |right )?to your inbox))")
    assert got is not None and not any(x.startswith(LINE_START) for x in got[0])


def test_a_literal_after_a_line_break_is_found_at_each_line_start_the_first_too() -> None:
    sc = prefilter.scanner([LINE_START + "报道", "报"], [LINE_START + "this "], [])
    assert sc is not None
    lines = ["报道一", "我们报道", "This is", "read this now", "", "this", "THIS x"]
    this = 2 + len(prefilter._ODD)  # (ids: the literals, the odd characters, the caseless literals)
    assert sc.line_hits(lines) == {0: {0, 1}, 1: {1}, 2: {this}, 6: {this}}


def test_cleaning_is_the_same_and_prose_with_the_words_is_no_candidate() -> None:
    prose = [
        "Officials said this story was first reported last week, and most readers saw it.",
        "这家个人企业类的公司在本地很有名气。",
        "This story was produced by the newsroom.",
        "Most read",
        "个人类",
    ]
    scanned, plain = load_rules(), load_rules()
    scanned._filters()[1]._asked = SCAN_AFTER_LINES
    plain._filters()[1]._asked = -(1 << 40)  # never scanned: every line asked
    found = scanned.scan(prose)
    assert found is not None
    hit = {i for i, on in found.items() if scanned.kinds_given(prose[i], on) != frozenset()}
    assert {2, 3, 4} <= hit and 0 not in found and 1 not in found
    assert clean_lines(prose, scanned) == clean_lines(prose, plain)
