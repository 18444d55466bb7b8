"""The rule engine's shortcuts (substring triggers, first-character tables, the untouched-line
prefilter, the faster white-space regex) change nothing: the documents are the same as with a
reference engine that simply runs every rule's regex."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.document import Document, Reject
from cleaner.rules import (
    _LATIN,
    _ODD_CASE,
    Matcher,
    Rule,
    Rules,
    _any_of,
    _Dispatch,
    _dispatchable,
    _Either,
    _first_chars,
    _GluedFilter,
    default_rules,
)
from cleaner.text import textclean
from cleaner.text.textclean import clean_dump, normalize_text
from tests.textpieces import ENGINE_EXTRA
from tests.textpieces import PIECES as BASE_PIECES

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "extraction"
SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
LINE_KINDS = ("breadcrumb", "cut_tail", "cut_list", "meta", "strip", "drop_line")
OLD_SPACES = re.compile(f"[{textclean._SPACE}][ {textclean._SPACE}]*| [ {textclean._SPACE}]+")


def _hits(rule: Rule, line: str) -> bool:
    return (rule.regex.match(line) if rule.anchored else rule.regex.search(line)) is not None


def _reference_maybe(self: _GluedFilter, line: str) -> bool:
    return any(_hits(r, line) for r in self.rules)


def _reference_normalize(text: str) -> str:
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text or "\x85" in text or "\u2028" in text or "\u2029" in text:
        text = textclean._NEWLINES.sub("\n", text)
    text = textclean._INVISIBLE.sub("", text)
    return OLD_SPACES.sub(" ", text)


def _reference_stripped(line: str, rules: Rules, meta: dict[str, str], removed: Counter[str]) -> str:
    return textclean._strip_and_lift(line, rules.of("strip"), rules.of("meta"), meta, removed)


def _reference_first(self: Matcher, line: str) -> tuple[Rule, dict[str, str | None]] | None:
    for rule in self.rules:
        m = rule.regex.match(line) if rule.anchored else rule.regex.search(line)
        if m is not None:
            return rule, m.groupdict()
    return None


def _reference_verdict(
    line: str, rules: Rules, _kinds: frozenset[str] | None = None
) -> tuple[bool, str | None, str | None, str | None]:
    tail, block = rules.matcher("cut_tail").first(line), rules.matcher("cut_list").first(line)
    drop = rules.matcher("drop_line").first(line)
    return (
        len(line) < 200 and rules.matcher("breadcrumb").first(line) is not None,
        tail and tail[0].name,
        block and block[0].name,
        drop and drop[0].name,
    )


def _reference(mp: pytest.MonkeyPatch) -> None:
    """Every shortcut replaced by asking the rules' own regexes; nothing remembered."""
    mp.setattr(Rule, "applies", lambda self, line: True)
    mp.setattr(_GluedFilter, "maybe", _reference_maybe)
    mp.setattr(textclean, "_SPACES", OLD_SPACES)
    mp.setattr(textclean, "normalize_text", _reference_normalize)
    mp.setattr(textclean, "_stripped", _reference_stripped)
    mp.setattr(Matcher, "first", _reference_first)
    mp.setattr(textclean, "_verdict", _reference_verdict)
    mp.setattr(Rules, "kinds_given", lambda self, line, found: None)  # (every line asked every kind)


def _docs(text: str) -> list[Document | Reject]:
    return clean_dump(text, rules=default_rules())


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*/gold/*.txt"))][:400]
    return texts


PIECES = [*BASE_PIECES, *ENGINE_EXTRA]


def test_first_chars() -> None:
    assert _first_chars(r"^[(（]?\s*(?:责任编辑|责编)\s*[:：]") == frozenset("(（责")
    assert _first_chars(r"^(?i:ab|c)") == frozenset("acAC")
    assert _first_chars(r"^.{0,12}版权") is None
    assert _first_chars(r"^\d+条") == frozenset({"<digit>"})
    assert _first_chars(r"^x?") is None  # may match the empty string


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_spaces_regex_unchanged(text: str) -> None:
    assert textclean._SPACES.sub(" ", text) == OLD_SPACES.sub(" ", text)
    assert normalize_text(text) == _reference_normalize(text)
    assert normalize_text("abc " + text) == _reference_normalize("abc " + text)


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_prefilters_never_skip_a_match(text: str) -> None:
    rules = default_rules()
    for line in normalize_text(text).split("\n"):
        line = line.strip()
        line_hit = False
        for kind in LINE_KINDS:
            for rule in rules.of(kind):
                if _hits(rule, line):
                    line_hit = True
                    assert rule.applies(line), (rule.name, line)
                    if kind in ("strip", "meta"):
                        assert rules.maybe_glued(line), (rule.name, line)
        if line_hit:
            assert not rules.untouched(line), line


def test_real_lines_prefilters() -> None:
    rules = default_rules()
    for text in _texts():
        for line in normalize_text(text).split("\n"):
            line = line.strip()
            hits = [r for k in LINE_KINDS for r in rules.of(k) if _hits(r, line)]
            assert all(r.applies(line) for r in hits), line
            assert not hits or not rules.untouched(line), line
            for kind in LINE_KINDS:
                got, want = rules.matcher(kind).first(line), _reference_first(rules.matcher(kind), line)
                assert (got and (got[0].name, got[1])) == (want and (want[0].name, want[1])), (kind, line)


def test_same_documents_as_reference_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _texts()
    fast = [_docs(t) for t in texts]
    _reference(monkeypatch)
    assert [_docs(t) for t in texts] == fast


@given(st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_same_documents_on_generated_text(text: str) -> None:
    fast = _docs(text)
    with pytest.MonkeyPatch.context() as mp:
        _reference(mp)
        slow = _docs(text)
    assert slow == fast


def test_remembered_lines_lift_like_fresh_ones() -> None:
    """The per-line memory replays what a line lifts; an earlier value of a field still wins."""
    rules = default_rules()
    line = "本文来源:新京报 责任编辑:李四"
    first_meta: dict[str, str] = {}
    first_removed: Counter[str] = Counter()
    out1 = textclean._stripped(line, rules, first_meta, first_removed)
    meta = {"source": "earlier"}
    removed: Counter[str] = Counter()
    out2 = textclean._stripped(line, rules, meta, removed)
    ref_meta = {"source": "earlier"}
    ref_removed: Counter[str] = Counter()
    ref = textclean._strip_and_lift(line, rules.of("strip"), rules.of("meta"), ref_meta, ref_removed)
    assert out1 == out2 == ref
    assert (meta, removed) == (ref_meta, ref_removed)
    assert first_removed == ref_removed


def _own_groups(m: re.Match[str]) -> dict[str, str | None]:
    """The groups of the rule whose alternative matched (``rN`` and its ``rN_…``: what ``Matcher.first`` reads)."""
    name = m.lastgroup or ""
    return {k: v for k, v in m.groupdict().items() if k == name or k.startswith(name + "_")}


def test_dispatch_answers_as_one_alternation() -> None:
    """A line's alternation by its first character (``_Dispatch.subset``: the alternatives of unknown first
    character and the character's own, asked as one by ``_Either``) matches as the one alternation of all of them
    in rule order did, with the same rule and groups: on real lines, and on lines of two rules of which the later
    in rule order is in the other alternation."""
    rules = default_rules()
    dispatches = [rules.matcher(k)._dispatch for k in LINE_KINDS] + [f.dispatch for f in rules._filters()]
    lines = {ln.strip() for t in _texts() for ln in normalize_text(t).split("\n")}
    lines.update(["责任编辑：张三 本文来源：新华网", "本文来源：新华网 责任编辑：张三", "1 2 3 下一页", "Share this"])
    for d in dispatches:
        whole: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        for line in sorted(lines):
            if not line or not _dispatchable(line[0]):
                continue
            idx = tuple(sorted({*d.always, *d._own(line[0])}))
            if idx not in whole:
                whole[idx] = re.compile("|".join(d.parts[i] for i in idx)) if idx else None
            one, rx = whole[idx], d.subset(line[0])
            want = one.match(line) if one is not None else None
            got = rx.match(line) if rx is not None else None
            assert (got is None) == (want is None), line
            if got is not None and want is not None and want.lastgroup is not None:
                assert got.lastgroup == want.lastgroup, line
                assert _own_groups(got) == _own_groups(want), line
    # both alternations match: the rule first in rule order wins, whichever alternation holds it
    for parts, firsts in (
        (("(?P<r0>.{0,3}b)", "(?P<r1>ab)", "(?P<r2>.*c)"), (None, frozenset("a"), None)),
        (("(?P<r0>ab)", "(?P<r1>.{0,3}b)", "(?P<r2>abc)"), (frozenset("a"), None, frozenset("a"))),
    ):
        d = _Dispatch(parts, firsts)
        rx = d.subset("a")
        assert isinstance(rx, _Either) and rx.a.match("abc") and rx.b.match("abc")
        got, want = rx.match("abc"), re.compile("|".join(parts)).match("abc")
        assert got is not None and want is not None and got.lastgroup == want.lastgroup == "r0"


@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_matchers_answer_like_the_reference(text: str) -> None:
    rules = default_rules()
    for line in normalize_text(text).split("\n"):
        line = line.strip()
        for kind in ("breadcrumb", "cut_tail", "cut_list", "drop_line", "meta", "strip"):
            matcher = rules.matcher(kind)
            got = matcher.first(line)
            want = _reference_first(matcher, line)
            assert (got and (got[0].name, got[1])) == (want and (want[0].name, want[1])), (kind, line)


def test_latin_gate_covers_case_insensitive_letters() -> None:
    """The line filter tries its Latin-only alternatives on lines with a _LATIN character: every character a
    case-insensitive ASCII letter matches is one."""
    letter = re.compile("(?i)[a-z]")
    found = [chr(cp) for cp in range(0x110000) if letter.fullmatch(chr(cp))]
    assert all(_LATIN.fullmatch(ch) for ch in found), [ch for ch in found if not _LATIN.fullmatch(ch)]


def test_rare_literal_gate_is_exact() -> None:
    """The rare-literal gate tests lower-cased literals in ``line.lower()`` unless the line holds an _ODD_CASE
    character: for every other character, a case-insensitive ASCII character matches it only when its
    ``lower()`` is that character's lower case."""
    ascii_ci = re.compile("(?i)[\x20-\x7e]")
    candidates = [chr(cp) for cp in range(0x110000) if ascii_ci.fullmatch(chr(cp))]
    for ch in map(chr, range(0x20, 0x7F)):
        rx = re.compile("(?i)" + re.escape(ch))
        for other in candidates:
            if rx.fullmatch(other) and not _ODD_CASE.fullmatch(other):
                assert other.lower() == ch.lower(), (ch, other)
    rules = default_rules()
    for line in (
        "Copyright © 2024 Example Media. All rights reserved.",
        "COPYRIGHT (C) 2019 EXAMPLE",
        "ſign up now",
        "Sıgn up now »",
        "All rıghts reserved",
        "This site is now using Facebook Comments",
        "Get the best stories delivered straight to your inbox.",
        "Kelvin: all rights reserved",
    ):
        hits = [r.name for k in LINE_KINDS for r in rules.of(k) if _hits(r, line)]
        assert hits, line
        assert not rules.untouched(line), (line, hits)


def test_any_of_finds_what_the_plain_alternation_finds() -> None:
    words = ["责任编辑", "责编", "版权", "版权所有", "a", "ab", "abc", "b|c", "(x)", "转载请注明出处", "转载请联系作者"]
    lines = ["", "责", "责任", "责任编辑：王", "本文版权所", "xab", "b|", "b|c", "(x", "(x)", "转载请联系作者"]
    lines += [ln for t in _texts()[:40] for ln in normalize_text(t).split("\n")]
    for triggers in (default_rules()._filters()[1].triggers, words):
        rx, plain = re.compile(_any_of(triggers)), re.compile("|".join(map(re.escape, triggers)))
        for line in lines:
            assert (rx.search(line) is None) == (plain.search(line) is None), line


def test_squashes_to_agrees_with_squash() -> None:
    lines = [ln.strip() for t in _texts()[:40] for ln in normalize_text(t).split("\n") if ln.strip()][::8]
    lines += ["ΑΣ", "Σ", "x_y", "①②", "ﬁ", "İstanbul", "ISTANBUL", "ß", "Ｔｉｔｌｅ", "标题，", "——", ""]
    titles = [ln[:k] for ln in lines[::20] for k in (3, 12, 40)] + ["", "—", "标题", "title", "ſ"]
    for title in titles:
        squashed = textclean._squash(title)
        for line in lines:
            assert textclean._squashes_to(line, squashed) == (textclean._squash(line) == squashed), (line, title)


def test_applicable_is_the_rules_that_apply() -> None:
    from cleaner.rules import applicable

    rules = default_rules()
    lines = [ln.strip() for t in _texts()[:40] for ln in normalize_text(t).split("\n")]
    lines += ["", " ", "a", "Ａ", "责任编辑：王", "来源：新华社", "作者|某人", "ǅx", "ß", "İ", "\u3000x"]
    lines += ["分享至朋友圈", "责任编辑", "(完)"]
    for kind in ("strip", "meta", "drop_line", "cut_tail"):
        for line in lines:
            assert applicable(rules.of(kind), line) == [r for r in rules.of(kind) if r.applies(line)], (kind, line)
